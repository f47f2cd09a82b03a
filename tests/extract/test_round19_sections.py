"""Forms of sections met in held-out round 19, written by hand in other words: one small document
per form, run through segmentation and extraction as the pipeline runs them."""

from __future__ import annotations

from tests.extract.forms import decided, items, run

# --- sections ----------------------------------------------------------------------------------

# an agenda table (number, matter, presenter) whose column gaps OCR lost: a speck between the
# caption's cells, the first number read as a letter, the numbers without dots, the presenter run
# on at the row's end, the diarienummer in parentheses under the title, which may wrap around it
NOTICE_TABLE_LOST_GAPS = (
    "KALLELSE\nÖsterby kommun\n\nTill ledamöter och ersättare i kultur- och fritidsnämnden\n\n"
    "Tid: onsdagen den 15 oktober 2025 kl. 17.30\nPlats: Kommunhuset, sal Ljusnan\n\n"
    "Förhinder anmäls till sekreteraren senast den 8 oktober.\n\n"
    "Föredragningslista\n\n"
    "Nr : Ärende Föredragande\n\n"
    "l Upprop och val av justerare\n\n"
    "2 Fastställande av dagordning\n\n"
    "3 Budgetuppföljning augusti 2025 Controller Sofia Lund\n"
    "(KFN 2025/77)\n\n"
    "4 Taxor för simhallen 2026 Fritidschef Omar Berg\n"
    "(KFN 2025/80)\n\n"
    "5 Bidrag till studieförbunden för Kulturchef Eva Holm\n"
    "år 2026 (KFN 2025/41) ;\n\n"
    "6 Yttrande: Regionens plan för Kulturchef Eva Holm\n"
    "biblioteken i länet (KFN ;\n"
    "2025/102)\n\n"
    "7 Anmälan av delegationsbeslut\n\n"
    "8 Övriga frågor\n\n"
    "Österby den 6 oktober 2025\n\n"
    "Karin Ström (M) Anders Nyqvist\n"
    "Ordförande Sekreterare\n"
)


def test_rows_of_an_agenda_table_whose_gaps_ocr_lost_keep_their_title_and_diarienummer():
    assert items(run(NOTICE_TABLE_LOST_GAPS)) == [
        ("1.", None, "Upprop och val av justerare"),
        ("2.", None, "Fastställande av dagordning"),
        ("3.", "KFN 2025/77", "Budgetuppföljning augusti 2025"),
        ("4.", "KFN 2025/80", "Taxor för simhallen 2026"),
        ("5.", "KFN 2025/41", "Bidrag till studieförbunden för år 2026"),
        ("6.", "KFN 2025/102", "Yttrande: Regionens plan för biblioteken i länet"),
        ("7.", None, "Anmälan av delegationsbeslut"),
        ("8.", None, "Övriga frågor"),
    ]


# informal minutes signed under "Antecknat av" / the writer's name: a signature, not a topic
MINUTES_NOTED_BY = (
    "Minnesanteckningar rektorsmöte\n\n"
    "Datum Onsdag 4 februari 2026\n"
    "Närvarande\n"
    "Stina Ek - skolchef\n"
    "Olof Berg - rektor, Norrskolan\n"
    "Förhinder: Per Sund - rektor, Västerskolan\n\n"
    "Lovskola\n"
    "Stina berättade om planerna för lovskola under sommaren.\n"
    "Beslut: Lovskolan förläggs till Norrskolan.\n\n"
    "Nästa möte\n"
    "Onsdag 4 mars kl 13.00 i Norrskolan.\n\n"
    "Antecknat av\n"
    "Olof Berg\n"
)


def test_the_noted_by_heading_at_the_end_of_informal_minutes_opens_no_topic():
    assert items(run(MINUTES_NOTED_BY)) == [(None, None, "Lovskola"), (None, None, "Nästa möte")]


# --- decisions ---------------------------------------------------------------------------------

# a "Beslut:" line as wide as the page that ends its sentence, and on the next line news that
# decides nothing: the decision is the line alone
MINUTES_DECISION_THEN_NEWS = (
    "Minnesanteckningar ledningsgrupp förskola\n\n"
    "Datum Tisdag 10 februari 2026\n"
    "Närvarande\n"
    "Åsa Lind - förskolechef\n"
    "Jonas Falk - rektor, Solrosens förskola\n"
    "Förhinder: Lena Borg - förskollärare\n\n"
    "Språkutveckling\n"
    "Åsa redovisade läget för språkutvecklingen i förskolorna under hösten som gått nu.\n"
    "Beslut: Jonas får i uppdrag att sammanställa materialet om språkutveckling till mars.\n"
    "Åsa och Jonas deltar i länets nätverksträff om flerspråkighet i Umeå 12 mars.\n\n"
    "Nästa möte\n"
    "Tisdag 10 mars kl 13.00.\n"
)


def test_a_sentence_on_the_line_under_a_closed_decision_line_decides_nothing_without_a_cue():
    assert decided(run(MINUTES_DECISION_THEN_NEWS)) == [
        ("Språkutveckling", "uppdrag", "Jonas får i uppdrag att sammanställa materialet om språkutveckling till mars."),
    ]
