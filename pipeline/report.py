"""Report: the store's decisions as one self-contained HTML file that works offline.

The page holds its data (JSON), its CSS and its JavaScript inline, and draws its charts
itself as SVG: nothing is fetched, so it opens from a USB stick or an e-mail. It shows

- a heat map of decisions per theme and kommun (click a cell to filter),
- decisions per year, one line per theme (for the kommun and theme chosen),
- a table of the decisions (date, kommun, organ, §, title, text, themes, file, page),
  filtered by free text, theme and kommun as you type.

The filters can be given in the address: `report.html#q=kurator&theme=elevhalsa&kommun=Skövde`,
and the address follows the filters, so a view can be bookmarked or sent.
The rows are those of `minutes decisions` with the same filters (query.decisions).
"""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path

import pandas as pd

from . import __version__, query, themes

NO_THEME = "(inget tema)"
MAX_ROWS = 20_000  # table rows carried in the file; the charts always count every decision
COLUMNS = ["meeting_date", "municipality", "organ", "paragraph", "title", "kind", "text", "themes", "file_name",
           "page_no"]
ASSETS = Path(__file__).resolve().parent / "data"


def build(db: Path, out: Path, max_rows: int = MAX_ROWS, **filters) -> dict[str, int]:
    """Write the report of the decisions matching `filters` (as for query.decisions) to `out`."""
    frame = query.decisions(db, **filters)
    data = payload(frame, max_rows, filters)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(data), encoding="utf-8")
    return {"decisions": len(frame), "rows": len(data["rows"])}


def payload(frame: pd.DataFrame, max_rows: int, filters: dict) -> dict:
    """What the page needs: theme labels, counts per theme × kommun × year, and table rows."""
    labels = {t.key: t.label for t in themes.taxonomy()}
    years = pd.to_datetime(frame["meeting_date"]).dt.year
    exploded = pd.DataFrame({
        "theme": [list(t) if len(t) else [NO_THEME] for t in frame["themes"]],
        "kommun": frame["municipality"].fillna("(okänd)"),
        "year": years.fillna(0).astype(int),
    }).explode("theme")
    counts = exploded.groupby(["theme", "kommun", "year"]).size().reset_index(name="n")
    rows = frame[COLUMNS].head(max_rows)
    return {
        "title": "Beslut per tema och kommun",
        "made": f"minutes {__version__}, {dt.date.today().isoformat()}",
        "filters": {k: v for k, v in filters.items() if v},
        "total": len(frame),
        "labels": {**labels, NO_THEME: NO_THEME},
        "counts": counts.values.tolist(),
        "columns": COLUMNS,
        "rows": [[_cell(v) for v in row] for row in rows.itertuples(index=False)],
    }


def _cell(value):
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        return [str(v) for v in value]
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return None
    if isinstance(value, (dt.date, pd.Timestamp)):
        return value.isoformat()[:10]
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def render(data: dict) -> str:
    """The HTML page: template with the data, CSS and JS inlined."""
    template = (ASSETS / "report.html").read_text(encoding="utf-8")
    # "</" inside a script element would end it: JSON allows the escaped form "<\/".
    blob = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return (
        template.replace("{{title}}", html.escape(data["title"]))
        .replace("{{css}}", (ASSETS / "report.css").read_text(encoding="utf-8"))
        .replace("{{js}}", (ASSETS / "report.js").read_text(encoding="utf-8"))
        .replace("{{data}}", blob)
    )
