"""The data files of models/: tab-separated tables read one way everywhere.

Kept apart from the stages so that a command that only needs a gazetteer (`minutes
decisions --municipality …`) does not import the extractors to read one.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

MODELS = Path(__file__).resolve().parent.parent / "models"


@cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV file in models/ ('#' lines are comments, the first other line names the columns)."""
    rows = [ln for ln in (MODELS / name).read_text(encoding="utf-8").splitlines() if ln.strip()]
    rows = [ln for ln in rows if not ln.startswith("#")]
    columns = rows[0].split("\t")
    table = []
    for row in rows[1:]:
        cells = row.split("\t") + [""] * len(columns)
        table.append({col: cells[i].strip() for i, col in enumerate(columns)})
    return tuple(table)
