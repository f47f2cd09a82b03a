"""`make torture`: bad input, kill -9, two runs at once and memory, printed as figures.

1. Bad inputs: the corpus of tools/make_bad_inputs.py ingested in one batch (in this
   process, as `minutes ingest` would); per file the expected and actual status and the
   one-line error.
2. kill -9 and rerun: `minutes ingest` on a folder of minutes is killed (a) inside a
   document's transaction, (b) while a page is being OCR'd, (c) after k pages, read off
   its progress bar. Right after each kill every stored document must be complete; after
   a rerun the store must hold exactly the rows of a clean ingest: none lost, none
   duplicated, none changed, none without its `documents` row.
3. Two `minutes ingest` at once on one store: the second exits 3 with one line, the
   first finishes, the store is whole.
4. Peak memory of `minutes ingest` alone on the 500-page PDF, on the 20000 x 20000 px
   image and, for comparison, on a one-page PDF: the largest single process (its
   VmHWM) and the whole process tree (RSS of the command and all its descendants
   summed, sampled every 50 ms; pages shared after fork count once per process, so
   this is an upper bound).

The crash helpers are also used by tests/test_crash.py. Fakes appear only for fault
injection: a tesseract that hangs (to have a page in flight when the kill comes) and a
driver that kills its own process in the middle of a document's transaction.
"""

from __future__ import annotations

import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]

import make_bad_inputs  # noqa: E402

from pipeline import run, store  # noqa: E402

MINUTES = [sys.executable, "-m", "pipeline"]
TRUTH = ROOT / "samples" / "truth"
SCANNED_NAME = "05-kallelse-skannad.png"  # sorted among the text files: some before, some after
FAKE_TESSERACT = """#!/bin/sh
# Fault injection: a tesseract that hangs. It marks that it started, waits for the release
# file (at most 30 s), then writes a fixed text where tesseract would.
touch "$MINUTES_FAKE_MARK"
n=0
while [ ! -e "$MINUTES_FAKE_RELEASE" ] && [ $n -lt 300 ]; do sleep 0.1; n=$((n + 1)); done
printf 'Kallelse till sammanträde med kommunstyrelsen\\n' > "$2.txt"
printf 'level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth\\theight\\tconf\\ttext\\n' > "$2.tsv"
"""
# Runs `minutes` with store._insert wrapped: the process SIGKILLs itself right after the
# pages of its Nth document are inserted, i.e. inside that document's open transaction.
KILL_IN_TRANSACTION = """
import os, signal, sys
from pipeline import cli, store
nth, documents, insert = int(os.environ["MINUTES_KILL_AT_DOCUMENT"]), [], store._insert
def _insert(con, table, rows):
    insert(con, table, rows)
    documents.extend([table] if table == "documents" else [])
    if table == "pages" and len(documents) == nth:
        os.kill(os.getpid(), signal.SIGKILL)
store._insert = _insert
sys.exit(cli.main(sys.argv[1:]))
"""


# --- the folder of minutes the kills happen on ------------------------------------------------


def crash_inputs(folder: Path, text_files: int = 7) -> list[Path]:
    """Real minutes as .txt files (from samples/truth), one born-digital PDF and one scanned
    page, named so that the scanned page comes fifth; returns the files in ingest order."""
    folder.mkdir(parents=True, exist_ok=True)
    numbers = [n for n in range(1, text_files + 2) if n != 5]  # 5 is the scanned page
    for n, source in zip(numbers, sorted(TRUTH.glob("*.txt")), strict=False):
        (folder / f"{n:02d}-{source.name}").write_bytes(source.read_bytes())
    (folder / "09-digital_protokoll.pdf").write_bytes((ROOT / "samples" / "digital_protokoll.pdf").read_bytes())
    _scanned_page(folder / SCANNED_NAME)
    return sorted(folder.iterdir())


def _scanned_page(path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFont

    lines = ["Kallelse till sammanträde", "Kommunstyrelsen i Skara kallas till sammanträde", "tisdagen den 14 maj 2019"]
    img = Image.new("L", (1800, 500), 255)
    font = ImageFont.truetype(str(make_bad_inputs.FONT), 48) if make_bad_inputs.FONT.exists() else None
    for n, line in enumerate(lines):
        ImageDraw.Draw(img).text((100, 80 + n * 110), line, font=font, fill=0)
    img.save(path, dpi=(300, 300))


def ingest_command(folder: Path, db: Path, *extra: str) -> list[str]:
    return [*MINUTES, "ingest", str(folder), "--db", str(db), "--workers", "2", *extra]


def fake_tesseract_env(bin_dir: Path) -> tuple[dict[str, str], Path, Path]:
    """Environment whose tesseract hangs (see FAKE_TESSERACT); returns it, the mark and the release file."""
    bin_dir.mkdir(parents=True, exist_ok=True)
    fake = bin_dir / "tesseract"
    fake.write_text(FAKE_TESSERACT, encoding="utf-8")
    fake.chmod(0o755)
    mark, release = bin_dir / "started", bin_dir / "release"
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}", MINUTES_OCR_ENGINE="cli",
               MINUTES_FAKE_MARK=str(mark), MINUTES_FAKE_RELEASE=str(release))  # the CLI engine runs PATH's tesseract
    return env, mark, release


# --- what the store holds -----------------------------------------------------------------------


Census = dict[tuple[str, str], tuple[int, int]]  # (table, doc_id) -> (rows, checksum of the rows)


def census(db: Path) -> Census:
    """Rows and a checksum of their content per document and table (documents without ingested_at)."""
    found: Census = {}
    with duckdb.connect(str(db), read_only=True) as con:
        for table in store.DOC_TABLES:
            columns = [c for (c,) in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall() if c != "ingested_at"]
            rows = con.execute(
                f"SELECT doc_id, count(*), sum(hash({', '.join(columns)})) FROM {table} GROUP BY doc_id"
            ).fetchall()
            found.update({(table, doc_id): (n, int(checksum)) for doc_id, n, checksum in rows})
    return found


def orphan_rows(db: Path) -> int:
    """Rows of document tables whose doc_id has no `documents` row."""
    with duckdb.connect(str(db), read_only=True) as con:
        return sum(
            con.execute(f"SELECT count(*) FROM {t} WHERE doc_id NOT IN (SELECT doc_id FROM documents)").fetchone()[0]
            for t in store.DOC_TABLES if t != "documents"
        )


def half_written(found: Census, reference: Census) -> int:
    """Stored documents whose rows differ in any table from a clean ingest's."""
    stored = {doc for (table, doc) in found if table == "documents"}
    tables = {table for table, _ in reference}
    return sum(any(found.get((t, doc)) != reference.get((t, doc)) for t in tables) for doc in stored)


def differences(found: Census, reference: Census) -> tuple[int, int, int]:
    """Rows lost, rows duplicated (or extra) and (table, document) groups with changed content."""
    lost = duplicated = changed = 0
    for key in found.keys() | reference.keys():
        got, want = found.get(key, (0, 0)), reference.get(key, (0, 0))
        lost += max(0, want[0] - got[0])
        duplicated += max(0, got[0] - want[0])
        changed += got[0] == want[0] and got[1] != want[1]
    return lost, duplicated, changed


# --- the kills ---------------------------------------------------------------------------------------


@dataclass
class KillOutcome:
    scenario: str
    killed: bool  # the run died from SIGKILL (not finished before the kill)
    left_behind: list[str]  # names of the killed run's processes still running 0.5 s after
    stored_at_kill: int  # documents in the store right after the kill
    half_written_at_kill: int
    orphans_at_kill: int
    rerun_exit: int
    lost: int
    duplicated: int
    changed: int
    orphans: int

    @property
    def clean(self) -> bool:
        return self.killed and not (self.half_written_at_kill or self.orphans_at_kill or self.lost
                                    or self.duplicated or self.changed or self.orphans) and self.rerun_exit == 0

    def line(self) -> str:
        return (f"{'ok ' if self.clean else 'BAD'} {self.scenario:<34} killed {'yes' if self.killed else 'NO ':<3}  "
                f"stored at kill {self.stored_at_kill:>2}, half-written {self.half_written_at_kill}, "
                f"orphans {self.orphans_at_kill}; rerun exit {self.rerun_exit}: lost {self.lost}, "
                f"duplicated {self.duplicated}, changed {self.changed}, orphans {self.orphans}; "
                f"processes left running {len(self.left_behind)} {_names(self.left_behind)}")


def reference_census(folder: Path, db: Path) -> Census:
    """What a clean, uninterrupted `minutes ingest` of `folder` stores."""
    subprocess.run(ingest_command(folder, db, "--quiet"), capture_output=True, timeout=300, check=True)
    return census(db)


def kill_in_transaction(folder: Path, db: Path, nth: int = 3) -> tuple[bool, list[str]]:
    """Run ingest with a process that SIGKILLs itself inside its `nth` document's transaction."""
    env = dict(os.environ, MINUTES_KILL_AT_DOCUMENT=str(nth))
    proc = subprocess.Popen([sys.executable, "-c", KILL_IN_TRANSACTION, *ingest_command(folder, db, "--quiet")[3:]],
                            env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return _kill_when(proc, lambda: False, limit=300)  # it kills itself


def kill_during_ocr(folder: Path, db: Path, bin_dir: Path) -> tuple[bool, list[str]]:
    """SIGKILL the ingest (its main process only, as `kill -9 PID` does) while tesseract is at work."""
    env, mark, _ = fake_tesseract_env(bin_dir)
    proc = subprocess.Popen(ingest_command(folder, db, "--quiet"), env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return _kill_when(proc, lambda: mark.exists())


def kill_after_pages(folder: Path, db: Path, pages: int) -> tuple[bool, list[str]]:
    """SIGKILL the ingest once its progress bar shows `pages` pages done."""
    proc = subprocess.Popen(ingest_command(folder, db), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = b""
    while proc.poll() is None:
        chunk = os.read(proc.stderr.fileno(), 4096)
        if not chunk:
            break
        seen = seen[-200:] + chunk
        done = [int(n) for n in _PAGES_DONE.findall(seen)]
        if done and max(done) >= pages:
            break
    return _kill_when(proc, lambda: True)


_PAGES_DONE = re.compile(rb"\| *(\d+)/\d+ ")  # tqdm's "| 7/15 ["


def _kill_when(proc: subprocess.Popen, ready, limit: float = 120) -> tuple[bool, list[str]]:
    """Wait for `ready()`, SIGKILL `proc` (not its children) and reap it. Returns whether it died
    from SIGKILL and how many of its processes (pool workers, engines) still run 0.5 s later;
    those are then ended, so they cannot disturb the rerun."""
    deadline = time.monotonic() + limit
    while not ready() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    if proc.poll() is None:
        proc.kill()
    proc.wait()
    if proc.stderr:
        proc.stderr.close()
    time.sleep(0.5)  # time enough for the workers to exit, if they notice their parent is gone
    left_behind = _group_members(proc.pid)
    _end_group(proc.pid)
    return proc.returncode == -signal.SIGKILL, left_behind


def _names(names: list[str]) -> str:
    return "(" + ", ".join(sorted(names)) + ")" if names else ""


def _group_members(pgid: int) -> list[str]:
    import psutil

    members = []
    for process in psutil.process_iter(["status"]):
        try:
            if os.getpgid(process.pid) == pgid and process.info["status"] != psutil.STATUS_ZOMBIE:
                members.append(process.name())
        except (ProcessLookupError, PermissionError):
            continue
    return members


def _end_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)  # workers of the killed run, and the fake tesseract they wait for
    except ProcessLookupError:
        pass


def rerun_and_compare(scenario: str, kill: tuple[bool, list[str]], folder: Path, db: Path, reference: Census) -> KillOutcome:
    at_kill = census(db) if db.exists() else {}
    orphans_at_kill = orphan_rows(db) if db.exists() else 0
    rerun = subprocess.run(ingest_command(folder, db, "--quiet"), capture_output=True, timeout=300)
    found = census(db)
    return KillOutcome(
        scenario, *kill,
        stored_at_kill=sum(table == "documents" for table, _ in at_kill),
        half_written_at_kill=half_written(at_kill, reference),
        orphans_at_kill=orphans_at_kill,
        rerun_exit=rerun.returncode,
        **dict(zip(("lost", "duplicated", "changed"), differences(found, reference), strict=True)),
        orphans=orphan_rows(db),
    )


def kill_scenarios(tmp: Path, page_points: tuple[int, ...] = (4, 9)) -> list[KillOutcome]:
    folder = tmp / "minutes"
    crash_inputs(folder)
    reference = reference_census(folder, tmp / "reference.duckdb")
    outcomes = []
    for nth in (1, 6):  # the first document; one after the OCR pool has started
        db = tmp / f"transaction-{nth}.duckdb"
        kill = kill_in_transaction(folder, db, nth)
        outcomes.append(rerun_and_compare(f"inside transaction of document {nth}", kill, folder, db, reference))
    db = tmp / "ocr.duckdb"
    kill = kill_during_ocr(folder, db, tmp / "fake-bin")
    outcomes.append(rerun_and_compare("while a page is OCR'd", kill, folder, db, reference))
    for pages in page_points:
        db = tmp / f"pages-{pages}.duckdb"
        kill = kill_after_pages(folder, db, pages)
        outcomes.append(rerun_and_compare(f"after {pages} pages done", kill, folder, db, reference))
    return outcomes


# --- two runs at once ---------------------------------------------------------------------------


@dataclass
class TwoRuns:
    first_exit: int
    second_exit: int
    second_stderr: str
    documents: int
    inputs: int
    orphans: int
    third_exit: int  # the second run, retried after the first finished

    @property
    def clean(self) -> bool:
        one_line = len(self.second_stderr.strip().splitlines()) == 1
        return (self.first_exit == 0 and self.second_exit == 3 and one_line and self.third_exit == 0
                and "in use by another minutes run" in self.second_stderr
                and self.documents == self.inputs and not self.orphans)


def two_runs_at_once(folder: Path, db: Path, bin_dir: Path) -> TwoRuns:
    """Start an ingest, hold it on a page (hanging tesseract), start a second on the same store."""
    env, mark, release = fake_tesseract_env(bin_dir)
    first = subprocess.Popen(ingest_command(folder, db, "--quiet"), env=env, start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not mark.exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        second = subprocess.run(ingest_command(folder, db, "--quiet"), env=env, capture_output=True, timeout=120)
    finally:
        release.touch()
        first.wait(timeout=120)
    third = subprocess.run(ingest_command(folder, db, "--quiet"), env=env, capture_output=True, timeout=120)
    with duckdb.connect(str(db), read_only=True) as con:
        documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    return TwoRuns(first.returncode, second.returncode, second.stderr.decode("utf-8", "replace"), documents,
                   len(list(folder.iterdir())), orphan_rows(db), third.returncode)


# --- memory -------------------------------------------------------------------------------------------


def peak_memory(command: list[str], interval: float = 0.05) -> tuple[int, float, float, float]:
    """Run `command`; return its exit code, seconds, and peak memory in MB: of its largest process
    (the kernel's high-water mark VmHWM, read while it runs) and of its whole process tree (RSS
    summed over the command and all its descendants, sampled every `interval` s)."""
    import psutil

    started = time.monotonic()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root = psutil.Process(proc.pid)
    high_water: dict[int, int] = {}
    tree_peak = 0
    while proc.poll() is None:
        try:
            members = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        total = 0
        for member in members:
            try:
                total += member.memory_info().rss
                high_water[member.pid] = max(high_water.get(member.pid, 0), _vm_hwm(member.pid))
            except (psutil.NoSuchProcess, FileNotFoundError, ProcessLookupError):
                continue
        tree_peak = max(tree_peak, total)
        time.sleep(interval)
    proc.wait()
    largest = max(high_water.values(), default=0)
    return proc.returncode, time.monotonic() - started, largest / 2**20, max(tree_peak, largest) / 2**20


def _vm_hwm(pid: int) -> int:
    """Peak resident memory of process `pid` so far, in bytes (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


# --- the report -------------------------------------------------------------------------------------------


def bad_inputs(tmp: Path) -> tuple[dict[str, str], dict[str, list[tuple[str, str | None]]], int]:
    corpus, db = tmp / "bad", tmp / "torture.duckdb"
    expected = make_bad_inputs.build(corpus)
    escaped = 0
    try:
        run.ingest([corpus], db, workers=2)
    except Exception as exc:  # the batch itself must never fail
        escaped = 1
        print(f"ESCAPED: {run.one_line(exc)}")
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT source_path, status, error FROM ingest_log").fetchall()
    by_file: dict[str, list[tuple[str, str | None]]] = {}
    for source, status, error in rows:
        by_file.setdefault(str(Path(source).relative_to(corpus)), []).append((status, error))
    return expected, by_file, escaped


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="minutes-torture-") as name:
        tmp = Path(name)
        print("== bad inputs, one batch ==")
        expected, by_file, escaped = bad_inputs(tmp)
        as_expected = multi_line = wrong_count = clear_errors = 0
        for file, want in sorted(expected.items()):
            got = by_file.get(file, [])
            status, error = got[0] if got else ("(no row)", None)
            as_expected += status == want
            wrong_count += len(got) != 1
            multi_line += bool(error and "\n" in error)
            clear_errors += status == want == "failed" and bool(error) and "\n" not in error
            print(f"{'ok ' if status == want else 'BAD'} {file:<38} expected {want:<9} got {status:<9} {error or ''}")
        batch_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        failing = sum(want == "failed" for want in expected.values())

        print("\n== kill -9 during ingest, then rerun (compared with a clean ingest) ==")
        outcomes = kill_scenarios(tmp / "kill")
        for outcome in outcomes:
            print(outcome.line())

        print("\n== two `minutes ingest` at once on one store ==")
        two = two_runs_at_once(tmp / "kill" / "minutes", tmp / "two.duckdb", tmp / "fake-bin-two")
        print(f"{'ok ' if two.clean else 'BAD'} first exit {two.first_exit}, second exit {two.second_exit}: "
              f"{two.second_stderr.strip()!r}; after: {two.documents}/{two.inputs} documents, "
              f"{two.orphans} orphan rows, retry exit {two.third_exit}")

        print("\n== peak memory, `minutes ingest` alone on one file (largest process / whole tree) ==")
        memory = {}
        for label, file in (("500-page PDF (495 text-layer + 5 scanned pages)", "bilaga-500-sidor.pdf"),
                            ("20000 x 20000 px image", "giant.png"),
                            ("one-page PDF, for comparison", "good.pdf")):
            code, seconds, largest, tree = peak_memory(
                [*MINUTES, "ingest", str(tmp / "bad" / file), "--db", str(tmp / f"{file}.duckdb"), "--quiet"])
            memory[label] = (largest, tree)
            print(f"{label:<48} exit {code}, {seconds:5.1f} s, largest process {largest:4.0f} MB, "
                  f"process tree {tree:4.0f} MB")

    lost = sum(o.lost for o in outcomes)
    duplicated = sum(o.duplicated for o in outcomes)
    damaged = sum(o.changed + o.orphans + o.half_written_at_kill + o.orphans_at_kill for o in outcomes)
    print("\n== summary ==")
    print(f"bad inputs tried                 {len(expected)} ({failing} unreadable, {len(expected) - failing} "
          f"readable despite their quirks)")
    print(f"handled with a clear error       {clear_errors} of {failing} (one line each in ingest_log); "
          f"not as expected {len(expected) - as_expected}, multi-line errors {multi_line}, "
          f"files without exactly one log row {wrong_count}")
    print(f"crashes (exceptions escaping)    {escaped}; batch peak memory {batch_peak:.0f} MB")
    print(f"kill -9 + rerun                  {len(outcomes)} kills ({sum(o.killed for o in outcomes)} landed): "
          f"rows lost {lost}, duplicated {duplicated}, half-written/changed/orphaned {damaged}")
    left = [name for o in outcomes for name in o.left_behind]
    print(f"processes left after kill -9     {len(left)} {_names(left)}; OCR pool workers die with the ingest "
          f"(PR_SET_PDEATHSIG), a CLI tesseract child ends with its page; ended here by this script")
    print(f"two runs at once                 {'second refused with one line, store whole' if two.clean else 'BAD'}")
    for label, (largest, tree) in memory.items():
        print(f"peak memory, {label:<48} {largest:.0f} MB largest process, {tree:.0f} MB process tree")
    ok = (as_expected == len(expected) and not escaped and not multi_line and not wrong_count
          and all(o.clean for o in outcomes) and two.clean)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
