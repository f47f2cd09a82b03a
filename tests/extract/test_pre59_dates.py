"""Robustness probes of date kinds, written before the deciding test (rounds 59-62) was read: forms
written anew from domain.md and the gold schema, each in a context a clerk commonly writes but the
corpus holds only once or twice. The kind expected is the one the gold is consistent about for that
cue (deadline for "senast", "före", "sista ansökningsdag", a report due to a body; reference for
dated documents, "inkom", "hölls", earlier decisions and reported periods; event for next meetings,
"hålls", "löper ut"; other for the document's own, justering and anslag dates). Probes that passed
at once stay as guards."""

from __future__ import annotations

import datetime as dt

from tests.extract.forms import run

NOTES = "Minnesanteckningar\nRektorsgruppen grundskola\nDatum: 2026-03-04\nNärvarande: Åsa Holm, Kent Ny, Pia Öst\n\n"
PROTOCOL = "Kultur- och utbildningsnämnden\nSammanträdesdatum 2026-04-15\n\n"


def _kinds(doc):
    return {(d.text, d.date, d.kind) for d in doc.dates}


def _kind_of(doc, day):
    return {d.kind for d in doc.dates if d.date == day}


def _paragraph(body: str) -> str:
    return "Orsa kommun\n" + PROTOCOL + "§ 31 Skolskjutsar\nDnr KUN 2026/41\n\n" + body


# --- deadlines ---------------------------------------------------------------------------------


def test_must_be_handed_in_by_is_a_deadline():  # guard
    doc = run(
        _paragraph(
            "Ansökan om statsbidrag ska vara inlämnad senast den 8 maj 2026.\n\nBeslut\nNämnden beslutar att notera informationen.\n"
        )
    )
    assert _kind_of(doc, dt.date(2026, 5, 8)) == {"deadline"}


def test_an_answer_wished_before_a_day_is_a_deadline():
    doc = run(
        _paragraph(
            "Kommunstyrelsen har skickat planen på remiss. Svar önskas före den 20 maj 2026.\n\nBeslut\nNämnden beslutar att notera informationen.\n"
        )
    )
    assert _kind_of(doc, dt.date(2026, 5, 20)) == {"deadline"}


def test_the_last_day_to_apply_is_a_deadline():  # guard
    doc = run(
        _paragraph(
            "Skolverket utlyser medel för läxhjälp. Sista ansökningsdag är 2 juni 2026.\n\nBeslut\nNämnden beslutar att notera informationen.\n"
        )
    )
    assert _kind_of(doc, dt.date(2026, 6, 2)) == {"deadline"}


def test_a_report_back_to_the_body_on_a_day_is_a_deadline():  # guard
    doc = run(
        _paragraph(
            "Beslut\nNämnden beslutar att ge förvaltningen i uppdrag att utreda turtätheten och "
            "återrapportera till nämnden den 16 september 2026.\n"
        )
    )
    assert _kind_of(doc, dt.date(2026, 9, 16)) == {"deadline"}


def test_must_be_handed_in_on_a_day_without_senast_is_a_deadline():
    doc = run(
        _paragraph(
            "Remissvaret ska vara inlämnat den 8 maj 2026. Enkäten ska vara inskickad 2026-05-22.\n\n"
            "Beslut\nNämnden beslutar att notera informationen.\n"
        )
    )
    assert _kind_of(doc, dt.date(2026, 5, 8)) == {"deadline"}
    assert _kind_of(doc, dt.date(2026, 5, 22)) == {"deadline"}


def test_an_answer_wished_on_a_day_is_a_deadline():
    doc = run(
        _paragraph(
            "Kommunstyrelsen har skickat planen på remiss. Synpunkter från nämnden önskas den 20 maj 2026.\n\n"
            "Beslut\nNämnden beslutar att notera informationen.\n"
        )
    )
    assert _kind_of(doc, dt.date(2026, 5, 20)) == {"deadline"}


def test_coming_back_to_a_later_meeting_of_the_body_is_a_deadline():
    doc = run(
        _paragraph(
            "Beslut\nNämnden beslutar att förvaltningen återkommer med nya turer "
            "till kultur- och utbildningsnämndens sammanträde den 20 maj 2026.\n"
        )
    )
    assert _kind_of(doc, dt.date(2026, 5, 20)) == {"deadline"}


def test_a_follow_up_that_takes_place_on_a_day_is_a_deadline():
    doc = run(
        _paragraph(
            "Beslut\nNämnden beslutar att godkänna planen. Uppföljning av planen sker vid "
            "nämndens sammanträde den 16 september 2026.\n"
        )
    )
    assert _kind_of(doc, dt.date(2026, 9, 16)) == {"deadline"}


# --- references --------------------------------------------------------------------------------


def test_a_period_reported_on_is_a_reference():  # guard
    doc = run(
        _paragraph(
            "Förvaltningen redovisar delegationsbeslut fattade under perioden 1 januari – 31 mars 2026.\n\n"
            "Beslut\nNämnden beslutar att lägga redovisningen till handlingarna.\n"
        )
    )
    assert _kind_of(doc, dt.date(2026, 1, 1)) == {"reference"}


def test_an_earlier_decision_with_its_paragraph_is_a_reference():  # guard
    doc = run(
        _paragraph(
            "Nämnden beslutade den 11 februari 2026 (§ 12) att utreda skolskjutsarna.\n\n"
            "Beslut\nNämnden beslutar att godkänna utredningen.\n"
        )
    )
    assert _kind_of(doc, dt.date(2026, 2, 11)) == {"reference"}


def test_according_to_a_decision_of_a_day_is_a_reference():  # guard
    doc = run(
        _paragraph(
            "Enligt beslut 2025-05-12 ska skolskjutsen ses över varje år.\n\n"
            "Beslut\nNämnden beslutar att godkänna översynen.\n"
        )
    )
    assert _kind_of(doc, dt.date(2025, 5, 12)) == {"reference"}


def test_a_proposal_that_came_in_on_a_day_is_a_reference():  # guard
    doc = run(
        _paragraph(
            "Ett medborgarförslag om tätare turer till Skattungbyn inkom den 2 mars 2026.\n\n"
            "Beslut\nNämnden beslutar att besvara förslaget.\n"
        )
    )
    assert _kind_of(doc, dt.date(2026, 3, 2)) == {"reference"}


def test_a_dated_document_is_a_reference():  # guard
    doc = run(
        _paragraph(
            "Beslutsunderlag\nTjänsteskrivelse daterad 2026-03-30\n\nBeslut\nNämnden beslutar att godkänna förslaget.\n"
        )
    )
    assert _kind_of(doc, dt.date(2026, 3, 30)) == {"reference"}


def test_a_letter_of_a_day_is_a_reference():
    doc = run(
        _paragraph(
            "Enligt förvaltningens skrivelse av den 20 april 2026 behövs två nya linjer.\n\n"
            "Beslut\nNämnden beslutar att godkänna förslaget.\n"
        )
    )
    assert _kind_of(doc, dt.date(2026, 4, 20)) == {"reference"}


def test_a_decision_in_a_paragraph_heading_is_a_reference():  # guard
    doc = run(
        "Orsa kommun\n" + PROTOCOL + "§ 32 Skolinspektionens beslut 2026-02-27 efter tillsyn av Kyrkskolan\n"
        "Dnr KUN 2026/12\n\nBeslut\nNämnden beslutar att lägga informationen till handlingarna.\n"
    )
    assert _kind_of(doc, dt.date(2026, 2, 27)) == {"reference"}


# --- events ------------------------------------------------------------------------------------


def test_the_group_meets_next_time_is_an_event():
    doc = run(
        NOTES + "Gruppen träffas nästa gång den 8 april.\n\n1. Frånvaro\nKent redovisar frånvaron.\n\n"
        "2. Fortbildning\nPia berättar om kursen.\n"
    )
    assert _kind_of(doc, dt.date(2026, 4, 8)) == {"event"}


def test_a_planning_day_and_a_term_start_are_events():  # guard
    doc = run(
        _paragraph(
            "Planeringsdag för all personal hålls fredag 12 juni. Terminsstart 17 augusti 2026.\n\n"
            "Beslut\nNämnden beslutar att fastställa läsårstiderna.\n"
        )
    )
    assert _kind_of(doc, dt.date(2026, 6, 12)) == {"event"}
    assert _kind_of(doc, dt.date(2026, 8, 17)) == {"event"}


def test_a_week_number_is_no_date():  # guard
    doc = run(_paragraph("Intervjuer hålls vecka 34.\n\nBeslut\nNämnden beslutar att notera informationen.\n"))
    assert not doc.dates or all(d.date != dt.date(2026, 8, 34 % 31) for d in doc.dates)
    assert not any("34" in d.text for d in doc.dates)


def test_dates_in_a_table_of_activities_are_events():  # guard
    doc = run(
        _paragraph(
            "Tidplan\nAktivitet\tDatum\nSamråd med vårdnadshavare\t2026-05-06\nNya turer börjar\t2026-08-17\n\n"
            "Beslut\nNämnden beslutar att godkänna tidplanen.\n"
        )
    )
    assert _kind_of(doc, dt.date(2026, 8, 17)) == {"event"}


# --- the document's own dates ------------------------------------------------------------------


def test_a_dated_signature_block_is_other():  # guard
    doc = run(
        _paragraph(
            "Beslut\nNämnden beslutar att godkänna förslaget.\n\nJusterandes signatur\n\n"
            "Rätt utdraget intygar\nOrsa 2026-04-21\nLina Berg, nämndsekreterare\n"
        )
    )
    assert _kind_of(doc, dt.date(2026, 4, 21)) == {"other"}


def test_a_summons_its_own_date_is_other_and_its_day_the_meeting():  # guard
    doc = run(
        "Orsa kommun\nKALLELSE\n2026-04-07\n\nKultur- och utbildningsnämnden kallas till sammanträde\n"
        "Tid: onsdag 15 april 2026 kl. 13.00\nPlats: Kommunhuset, Orsa\n\nÄrenden\n1. Val av justerare\n"
        "2. Skolskjutsar, KUN 2026/41\n\nFörhinder anmäls till nämndsekreteraren senast måndag 13 april.\n"
    )
    assert _kind_of(doc, dt.date(2026, 4, 7)) == {"other"}
    assert _kind_of(doc, dt.date(2026, 4, 15)) == {"meeting"}
    assert _kind_of(doc, dt.date(2026, 4, 13)) == {"deadline"}


# --- minnesanteckningar without § ---------------------------------------------------------------


def test_notes_without_paragraphs_keep_their_dates_kinds():
    doc = run(
        NOTES + "Skolverkets enkät om frånvaro skickades ut den 20 februari. Svaren ska vara inne senast 27/3.\n"
        "Kent tar fram en sammanställning. Studiedagen hålls 24 april.\nNästa möte: tisdag 7 april kl. 13.15.\n"
    )
    assert _kind_of(doc, dt.date(2026, 3, 4)) == {"meeting"}
    assert _kind_of(doc, dt.date(2026, 2, 20)) == {"reference"}
    assert _kind_of(doc, dt.date(2026, 3, 27)) == {"deadline"}
    assert _kind_of(doc, dt.date(2026, 4, 24)) == {"event"}
    assert _kind_of(doc, dt.date(2026, 4, 7)) == {"event"}


def test_prose_above_the_first_topic_of_notes_keeps_its_kinds():
    # the sentences stand in the attendance section, above the first numbered topic
    doc = run(
        NOTES + "Studiedagen hålls 24 april. Enkäten skickades ut den 20 februari.\n\n"
        "1. Ekonomi\nKent redovisar utfallet per 28 februari. Budgeten ska vara klar senast 30/4.\n\n"
        "2. Nästa möte\nTisdag 7 april kl. 13.15\n\nVid anteckningarna\nÅsa Holm\n"
    )
    assert _kind_of(doc, dt.date(2026, 4, 24)) == {"event"}
    assert _kind_of(doc, dt.date(2026, 2, 20)) == {"reference"}
    assert _kind_of(doc, dt.date(2026, 2, 28)) == {"reference"}
    assert _kind_of(doc, dt.date(2026, 4, 30)) == {"deadline"}


def test_a_term_that_starts_and_ends_under_an_unrecognised_heading_is_an_event():
    doc = run(
        "Anteckningar från rektorsträff\nOnsdag 4 mars 2026 kl. 9.00-11.00, Kyrkskolan\n\nDeltagare\n"
        "Åsa Holm, rektor\nKent Ny, rektor\n\nLäsårstider\nTerminen slutar 12 juni. Höstterminen startar 17 augusti.\n\n"
        "Enkäten\nSvaren ska vara inne senast 27/3.\n\nNästa träff\n8 april\n"
    )
    assert _kind_of(doc, dt.date(2026, 6, 12)) == {"event"}
    assert _kind_of(doc, dt.date(2026, 8, 17)) == {"event"}
    assert _kind_of(doc, dt.date(2026, 3, 27)) == {"deadline"}
    assert _kind_of(doc, dt.date(2026, 4, 8)) == {"event"}


def test_a_summons_dates_its_items_and_its_signature():  # guard
    doc = run(
        "Orsa kommun\nKALLELSE\n2026-04-07\n\nKultur- och utbildningsnämnden kallas till sammanträde\n"
        "Tid: onsdag 15 april 2026 kl. 13.00\nPlats: Kommunhuset, Orsa\nGruppmöten hålls tisdag 14 april kl. 18.00.\n\n"
        "Ärenden\n1. Val av justerare\n2. Redovisning av delegationsbeslut 1 februari-31 mars 2026\n"
        "3. Tjänsteskrivelse daterad 2026-03-30, KUN 2026/41\n\nHandlingarna finns tillgängliga från den 9 april.\n"
        "Orsa den 7 april 2026\nLina Berg, ordförande\n"
    )
    assert _kind_of(doc, dt.date(2026, 4, 14)) == {"event"}
    assert _kind_of(doc, dt.date(2026, 2, 1)) == {"reference"}
    assert _kind_of(doc, dt.date(2026, 3, 30)) == {"reference"}
    assert _kind_of(doc, dt.date(2026, 4, 9)) == {"event"}
    assert _kind_of(doc, dt.date(2026, 4, 7)) == {"other"}


def test_an_invitation_its_day_is_the_event_and_its_last_days_deadlines():  # guard
    doc = run(
        "Orsa kommun 2026-03-02\nInbjudan till inspirationsdag om läsfrämjande\n"
        "Tisdagen den 5 maj 2026 kl. 9.00-15.00 i Orsa Folkets hus\nAnmälan senast 15 april via länken. "
        "Avbokning senast 28 april.\nProgram skickas ut den 20 april.\nVälkomna!\n"
    )
    assert _kind_of(doc, dt.date(2026, 3, 2)) == {"other"}
    assert _kind_of(doc, dt.date(2026, 5, 5)) == {"event"}
    assert _kind_of(doc, dt.date(2026, 4, 15)) == {"deadline"}
    assert _kind_of(doc, dt.date(2026, 4, 20)) == {"event"}


def test_a_press_release_dates_what_it_tells():  # guard
    doc = run(
        "Orsa kommun\nPressmeddelande\n2026-04-16\n\nNy skolskjutslinje till Skattungbyn\n"
        "Kultur- och utbildningsnämnden beslutade i onsdags att starta en ny linje. Den nya linjen börjar gälla "
        "17 augusti. Synpunkter kan lämnas senast 30 april. Samrådet med vårdnadshavare hölls den 3 mars.\n"
    )
    assert _kind_of(doc, dt.date(2026, 4, 16)) == {"other"}
    assert _kind_of(doc, dt.date(2026, 4, 15)) == {"meeting"}
    assert _kind_of(doc, dt.date(2026, 8, 17)) == {"event"}
    assert _kind_of(doc, dt.date(2026, 4, 30)) == {"deadline"}
    assert _kind_of(doc, dt.date(2026, 3, 3)) == {"reference"}


def test_an_action_lines_done_label_and_a_time_limit_are_deadlines():
    doc = run(
        NOTES + "1. Frånvaro\nKent redovisar frånvaron.\n\n2. Enkät\nAnsvarig: Kent. Klart: 30/4.\n"
        "Tidsfrist: 2026-05-15.\n\n3. Lokaler\nAnsvarig: Pia\nKlart: 12/5\n"
    )
    assert _kind_of(doc, dt.date(2026, 4, 30)) == {"deadline"}
    assert _kind_of(doc, dt.date(2026, 5, 15)) == {"deadline"}
    assert _kind_of(doc, dt.date(2026, 5, 12)) == {"deadline"}


def test_a_building_that_stands_ready_on_a_day_is_an_event():  # guard: no action line's "Klart:"
    doc = run(
        _paragraph(
            "Förvaltningen föreslår en ny skola som ska stå\nklar den 1 augusti 2028.\n\n"
            "Beslut\nNämnden beslutar att godkänna förslaget.\n"
        )
    )
    assert _kind_of(doc, dt.date(2028, 8, 1)) == {"event"}
