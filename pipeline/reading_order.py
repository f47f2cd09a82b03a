"""Reading order of an OCR'd page: label/value grids read row by row, as a clerk reads them.

The first page of a Swedish protokoll is a grid: a narrow column of labels ("Plats och tid",
"Beslutande", "Justerare") beside a wide column of values. tesseract's layout analysis often
takes the labels as one block and the values as another and reads them one after the other,
so "Justerare" ends up a screen away from "Marianne Eklöf (S)". This module rebuilds the page
text from tesseract's word boxes (its TSV output): blocks that stand side by side and include
a narrow one (a label column, a signature cell, a case number beside a title) are read as rows
of the page, left to right; everything else keeps tesseract's order. Two wide blocks side by
side are real columns of running text and are left as tesseract read them.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

# A block narrower than this share of the page's text width is a label or cell, not a text column.
NARROW_BLOCK = 0.3
# A gutter with at least this share of the page's text width on either side divides text columns.
COLUMN = 0.35
# Left edges this close (share of the text width) are aligned.
ALIGNED = 0.03
# Two boxes are on one row when they share this much of the smaller one's height.
SAME_ROW = 0.5


@dataclass
class Line:
    left: int
    top: int
    right: int
    bottom: int
    words: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass
class Block:
    left: int
    top: int
    right: int
    bottom: int
    paragraphs: list[list[Line]] = field(default_factory=list)

    @property
    def lines(self) -> list[Line]:
        return [line for paragraph in self.paragraphs for line in paragraph]

    @property
    def width(self) -> int:
        return self.right - self.left


def grid_text(tsv: str) -> str | None:
    """The page text in reading order, or None when tesseract's own order stands (no grid found)."""
    blocks = read_blocks(tsv)
    width = max((b.right for b in blocks), default=0) - min((b.left for b in blocks), default=0)
    groups = sorted(side_by_side(blocks), key=lambda g: min(blocks[i].top for i in g))
    split = with_column_heads([columns(group, blocks, width) for group in groups], blocks, width)
    regions = [region for parts in split for region in parts]
    grids = [r for r in regions if len(r) > 1 and any(blocks[i].width < NARROW_BLOCK * width for i in r)]
    if not grids:
        return None
    parts = []
    for region in sorted(regions, key=lambda r: (min(blocks[i].top for i in r), min(blocks[i].left for i in r))):
        if region in grids:
            parts.append("\n".join("\t".join(line.text for line in row) for row in rows(region, blocks)))
        else:
            parts.extend("\n".join(line.text for line in p) for i in sorted(region) for p in blocks[i].paragraphs)
    return "\n\n".join(parts) + "\n"


def columns(group: set[int], blocks: list[Block], width: int) -> list[set[int]]:
    """The group split at gutters with a text column on either side (each at least COLUMN of `width`)."""
    spans: list[list[int]] = []
    for left, right in sorted((blocks[i].left, blocks[i].right) for i in group):
        if spans and left < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], right)
        else:
            spans.append([left, right])
    start, end = spans[0][0], spans[-1][1]
    for (_, gutter_left), (gutter_right, _) in zip(spans, spans[1:]):
        if min(gutter_left - start, end - gutter_right) >= COLUMN * width:
            left = {i for i in group if blocks[i].right <= gutter_left}
            return columns(left, blocks, width) + columns(group - left, blocks, width)
    return [group]


def with_column_heads(split: list[list[set[int]]], blocks: list[Block], width: int) -> list[list[set[int]]]:
    """A one-row group of headings straight above text columns, one over each, heads those columns."""
    merged: list[list[set[int]]] = []
    for parts in split:
        if merged and len(merged[-1]) == 1 and len(parts) > 1 and _heads(merged[-1][0], parts, blocks, width):
            heads = sorted(merged.pop()[0], key=lambda i: blocks[i].left)
            parts = [column | {head} for head, column in zip(heads, parts)]
        merged.append(parts)
    return merged


def _heads(group: set[int], parts: list[set[int]], blocks: list[Block], width: int) -> bool:
    if len(group) != len(parts) or len(rows(group, blocks)) != 1:
        return False
    lefts = sorted(blocks[i].left for i in group)
    return all(abs(left - min(blocks[i].left for i in column)) <= ALIGNED * width for left, column in zip(lefts, parts))


def read_blocks(tsv: str) -> list[Block]:
    """tesseract's blocks in its order, each with its paragraphs of lines of words."""
    blocks: dict[int, Block] = {}
    paragraphs: dict[tuple[int, int], list[Line]] = {}
    lines: dict[tuple[int, int, int], Line] = {}
    for row in csv.reader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        try:  # level, page, block, paragraph, line, word, left, top, width, height, confidence, text
            level, _, block, paragraph, line, _, left, top, width, height = (int(v) for v in row[:10])
        except ValueError:
            continue  # the CLI's header row
        text = row[11].strip() if len(row) > 11 else ""
        box = (left, top, left + width, top + height)
        if level == 2:
            blocks[block] = Block(*box)
        elif level == 3 and block in blocks:
            paragraphs[block, paragraph] = []
            blocks[block].paragraphs.append(paragraphs[block, paragraph])
        elif level == 4 and (block, paragraph) in paragraphs:
            lines[block, paragraph, line] = Line(*box)
            paragraphs[block, paragraph].append(lines[block, paragraph, line])
        elif level == 5 and (block, paragraph, line) in lines and text:
            lines[block, paragraph, line].words.append(text)
    for block in blocks.values():
        block.paragraphs = [[line for line in p if line.words] for p in block.paragraphs]
        block.paragraphs = [p for p in block.paragraphs if p]
    return [b for b in blocks.values() if b.paragraphs]


def side_by_side(blocks: list[Block]) -> list[set[int]]:
    """Groups of blocks (indexes) joined by standing beside one another on the page."""
    group_of = list(range(len(blocks)))

    def root(i: int) -> int:
        while group_of[i] != i:
            group_of[i] = group_of[group_of[i]]
            i = group_of[i]
        return i

    for i, a in enumerate(blocks):
        for j in range(i + 1, len(blocks)):
            b = blocks[j]
            if (a.right <= b.left or b.right <= a.left) and _lines_share_row(a, b):
                group_of[root(i)] = root(j)
    groups: dict[int, set[int]] = {}
    for i in range(len(blocks)):
        groups.setdefault(root(i), set()).add(i)
    return list(groups.values())


def rows(group: set[int], blocks: list[Block]) -> list[list[Line]]:
    """The lines of a group of blocks as rows of the page, top to bottom, each row left to right."""
    found: list[list[Line]] = []
    for line in sorted((line for i in group for line in blocks[i].lines), key=lambda line: line.top):
        row = next((r for r in reversed(found[-3:]) if all(_share_row(line, other) for other in r)), None)
        if row is None:
            found.append([line])
        else:
            row.append(line)
    return [sorted(row, key=lambda line: line.left) for row in found]


def _lines_share_row(a: Block, b: Block) -> bool:
    return any(_share_row(line, other) for line in a.lines for other in b.lines)


def _share_row(a: Line, b: Line) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap >= SAME_ROW * min(a.bottom - a.top, b.bottom - b.top)
