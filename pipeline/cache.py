"""Word tables that load in milliseconds: built once from their source files, kept in a cache folder.

Reading the lexicon and the lemma table from their text, JSON and gzip sources costs a second or
two per run (over a million Python strings). Both helpers here keep what they build under
`$XDG_CACHE_HOME/minutes` (or `~/.cache/minutes`; `MINUTES_CACHE` overrides), keyed by the
SHA-256 of the source files' bytes, so an edited source is rebuilt and a stale file is never read:
- `cached(name, sources, build)`: any value marshal can write (dicts, sets, tuples of str and numbers);
- `word_table(name, sources, entries)`: a `WordTable`, a dict or set of words held in one file that
  is mapped into memory, so no string exists until a word is looked up.
A folder that cannot be written costs only speed: the value is built in memory every run.
"""

from __future__ import annotations

import hashlib
import marshal
import mmap
import os
import tempfile
import zlib
from array import array
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TypeVar

FORMAT = b"minutes-cache-3"  # part of every key: a new layout never reads an old file
T = TypeVar("T")


def folder() -> Path:
    if os.environ.get("MINUTES_CACHE"):
        return Path(os.environ["MINUTES_CACHE"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "minutes"
    try:
        return Path.home() / ".cache" / "minutes"
    except (RuntimeError, KeyError):  # no home directory: a folder that cannot exist, so nothing is kept
        return Path("/nonexistent/minutes-cache")


def cached(name: str, sources: Iterable[Path], build: Callable[[], T]) -> T:
    """`build()`, or what it returned before for the same bytes of `sources` (marshal-able values only)."""
    path = _path(name, sources, ".marshal")
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):  # missing or damaged: build it again
        pass
    value = build()
    _save(path, marshal.dumps(value))
    return value


def word_table(name: str, sources: Iterable[Path], entries: Callable[[], Mapping[str, str] | Iterable[str]]
               ) -> WordTable:
    """A `WordTable` of `entries()` (a mapping, or words for a set), kept for the same bytes of `sources`."""
    path = _path(name, sources, ".table")
    try:
        with open(path, "rb") as fh:
            return WordTable(mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ))
    except (OSError, ValueError):  # missing, empty or damaged: build it again
        pass
    data = WordTable.build(entries())
    _save(path, data)
    return WordTable(data)


def _path(name: str, sources: Iterable[Path], suffix: str) -> Path:
    digest = hashlib.sha256(FORMAT)
    for source in sources:
        digest.update(source.read_bytes())
    return folder() / f"{name}-{digest.hexdigest()[:20]}{suffix}"


def _save(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (a concurrent reader sees the old file or the whole new one)
    and remove the files of the same name built from other sources."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        name = path.name[:-len(path.suffix)].rsplit("-", 1)[0]
        for old in path.parent.glob(f"{name}-*{path.suffix}"):
            if old != path and old.name[len(name) + 1:-len(path.suffix)].isalnum():
                old.unlink(missing_ok=True)
    except OSError:
        pass  # no cache: the next run builds the table again


class WordTable:
    """A read-only str → str mapping (a set when every value is "") in one block of bytes.

    Layout: the number of buckets (8 bytes), the end of every bucket (8 bytes each), then the
    entries "\\nword\\tvalue", in buckets by CRC-32 of "\\nword\\t". A lookup searches one bucket
    (a few entries). Supports `in`, `get` and `[]`, like the dict or frozenset it replaces.
    """

    BUCKET_SIZE = 4  # entries per bucket, on average

    def __init__(self, data: bytes | mmap.mmap):
        if len(data) < 16:
            raise ValueError("not a word table")
        self.data = data
        self.buckets = int.from_bytes(data[:8], "little")
        self.base = 8 * (self.buckets + 2)  # where the entries start
        self.ends = array("Q")
        self.ends.frombytes(data[8:self.base])
        if len(self.ends) != self.buckets + 1 or self.base + self.ends[-1] != len(data):
            raise ValueError("not a word table (truncated?)")

    @classmethod
    def build(cls, entries: Mapping[str, str] | Iterable[str]) -> bytes:
        """The bytes of a table of `entries` (a mapping, or words for a set)."""
        import numpy as np

        words = list(entries)
        needles = [f"\n{word}\t".encode("utf-8", "surrogatepass") for word in words]
        lines = needles
        if isinstance(entries, Mapping):
            lines = [n + entries[w].encode("utf-8", "surrogatepass") for n, w in zip(needles, words)]
        buckets = max(1, len(words) // cls.BUCKET_SIZE)
        bucket = np.fromiter(map(zlib.crc32, needles), dtype=np.int64, count=len(needles)) % buckets
        blob = b"".join([lines[i] for i in np.argsort(bucket, kind="stable").tolist()])
        if blob.count(b"\n") != len(words) or blob.count(b"\t") != len(words):
            raise ValueError("a word table entry holds a tab or a newline")
        sizes = np.bincount(bucket, weights=np.fromiter(map(len, lines), dtype=np.float64, count=len(lines)),
                            minlength=buckets)
        ends = np.concatenate(([0], np.cumsum(sizes))).astype("<u8")
        return buckets.to_bytes(8, "little") + ends.tobytes() + blob

    def get(self, word: str, default: str | None = None) -> str | None:
        at, end = self._find(word)
        if at < 0:
            return default
        stop = self.data.find(b"\n", at, end)
        return self.data[at:end if stop < 0 else stop].decode("utf-8", "surrogatepass")

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._find(word)[0] >= 0

    def _find(self, word: str) -> tuple[int, int]:
        """(where the value of `word` starts, end of its bucket); -1 when the word is not listed."""
        if "\n" in word or "\t" in word:
            return -1, 0
        needle = f"\n{word}\t".encode("utf-8", "surrogatepass")
        bucket = zlib.crc32(needle) % self.buckets
        end = self.base + self.ends[bucket + 1]
        at = self.data.find(needle, self.base + self.ends[bucket], end)
        return (at if at < 0 else at + len(needle)), end

    def __getitem__(self, word: str) -> str:
        value = self.get(word)
        if value is None:
            raise KeyError(word)
        return value

    def __len__(self) -> int:
        return self.data[self.base:].count(b"\n")
