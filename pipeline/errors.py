"""Error classes, each a failure class with its own exit code and one-line message.

The CLI prints `str(error)` as one line (traceback only with -v) and exits with
`error.exit_code`. A failure inside one document becomes an `ingest_log` row and
never stops the batch.
"""

from __future__ import annotations


class MinutesError(Exception):
    """Base class: a failure the user can act on."""

    exit_code = 1


class UsageError(MinutesError):
    """Bad arguments: a path that does not exist, an unknown format."""

    exit_code = 2


class InputError(MinutesError):
    """An input file that cannot be read: unsupported, empty, corrupt, encrypted."""

    exit_code = 1


class OcrError(MinutesError):
    """The OCR engine or rasteriser failed or timed out on a page."""

    exit_code = 1


class StoreError(MinutesError):
    """The DuckDB store cannot be opened, is locked by another run, or is from a newer version."""

    exit_code = 3


class QueryError(MinutesError):
    """A user query that is not allowed (writes, file access) or does not parse."""

    exit_code = 4


EXIT_CODES = {
    0: "all files ingested or skipped / command succeeded",
    1: "some input files failed (see ingest_log)",
    2: "usage error",
    3: "store error (cannot open, locked by another run, newer schema)",
    4: "query refused or invalid",
    130: "interrupted",
}
