"""A large CSV/TXT table read in blocks, each block through the one enterprise import.

:func:`plan_blocks` reads the header once (encoding, delimiter, header rows:
:func:`gzmap.io.enterprises.preview_file`) and cuts the rest of the file into
blocks of about ``block_bytes`` at record boundaries: at a line break outside
quotes (an even number of ``"`` before it), so a quoted cell holding a line
break is never cut. GBK and UTF-8 never use the bytes of ``"`` or a line
break inside a character, so the cut is safe in both.

:func:`import_block` (run on a worker) reads its byte range behind the
file's header lines, runs :func:`gzmap.io.enterprises.import_file` with the
file's encoding, delimiter, column mapping and datum, and renumbers rows to
the whole file's lines. Exact duplicates inside a block are found there;
:func:`duplicates_across` finds those across blocks from each accepted row's
hash (the import's own test: the row's cells as text, hashed), the first in
the file kept, as in the single-machine import.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["Block", "BlockPlan", "duplicates_across", "import_block", "plan_blocks"]

#: Bytes per block unless told: ~64 MB of CSV is ~0.5 million enterprises.
BLOCK_BYTES = 64 * 1024 * 1024
_SCAN = 8 * 1024 * 1024


@dataclass(frozen=True)
class Block:
    """Bytes ``start``..``end`` of the file, whose first line is line ``first_line`` (1-based)."""

    index: int
    start: int
    end: int
    first_line: int


@dataclass
class BlockPlan:
    """How a table is read in blocks: the ``preamble`` (the file's bytes up to the data), the header's last
    line, the encoding, delimiter, column mapping and datum every block uses."""

    path: str
    preamble: bytes
    header_line: int
    encoding: str
    delimiter: str
    mapping: Any
    options: Any
    blocks: list[Block] = field(default_factory=list)


def plan_blocks(path, options, block_bytes: int = BLOCK_BYTES) -> BlockPlan:
    """Read the header of the table at ``path`` and cut the rest into blocks (see the module notes)."""
    from dataclasses import replace

    from gzmap.io.enterprises import preview_file

    path = Path(path)
    table, mapping = preview_file(path, nrows=50, options=options)
    header_line = max(table.header_rows) if table.header_rows else 1
    start = _offset_after_line(path, header_line)
    with open(path, "rb") as fh:
        preamble = fh.read(start)
    opts = replace(options, mapping=options.mapping or mapping, encoding=table.encoding, delimiter=table.delimiter)
    plan = BlockPlan(str(path), preamble, header_line, table.encoding or "utf-8", table.delimiter or ",", mapping, opts)
    plan.blocks = _cut(path, start, header_line + 1, max(int(block_bytes), 1024))
    return plan


def _offset_after_line(path: Path, line: int) -> int:
    """Byte offset just after line ``line`` (1-based) ends (header lines hold no quoted line breaks)."""
    with open(path, "rb") as fh:
        for _ in range(line):
            if not fh.readline():
                break
        return fh.tell()


def _cut(path: Path, start: int, first_line: int, block_bytes: int) -> list[Block]:
    """Blocks of ~``block_bytes`` from ``start`` to the end, cut after a line break outside quotes."""
    size = path.stat().st_size
    blocks: list[Block] = []
    with open(path, "rb") as fh:
        pos, line = start, first_line
        while pos < size:
            target = min(pos + block_bytes, size)
            fh.seek(pos)
            head = fh.read(target - pos)
            quotes = head.count(b'"')
            cut = target if target >= size else target + _next_break(fh, target, quotes % 2, size)
            if cut - pos > len(head):
                fh.seek(target)
                head += fh.read(cut - target)
            blocks.append(Block(len(blocks), pos, cut, line))
            line += head[: cut - pos].count(b"\n")
            pos = cut
    return blocks


def _next_break(fh, at: int, odd: int, size: int) -> int:
    """Bytes from ``at`` to just after the first line break outside quotes (``odd``: inside quotes at ``at``)."""
    fh.seek(at)
    seen = 0
    while at + seen < size:
        chunk = fh.read(_SCAN)
        if not chunk:
            break
        for i in _breaks_and_quotes(chunk):
            if chunk[i] == 0x22:
                odd ^= 1
            elif not odd:
                return seen + i + 1
        seen += len(chunk)
    return size - at


def _breaks_and_quotes(chunk: bytes):
    arr = np.frombuffer(chunk, dtype=np.uint8)
    return np.flatnonzero((arr == 0x0A) | (arr == 0x22)).tolist()


def import_block(plan: BlockPlan, block: Block):
    """The enterprise import of one block: ``(ImportResult, row hashes of the accepted rows)``, rows
    numbered as lines of the whole file."""
    from gzmap.io.enterprises import import_table
    from gzmap.io.errors import ReadError
    from gzmap.io.tables import read_table

    with open(plan.path, "rb") as fh:
        fh.seek(block.start)
        data = fh.read(block.end - block.start)
    opts = plan.options
    with tempfile.TemporaryDirectory(prefix="gzmap-block-") as tmp:
        part = Path(tmp) / Path(plan.path).name
        part.write_bytes(plan.preamble + data)
        try:
            table = read_table(
                part,
                encoding=plan.encoding,
                delimiter=plan.delimiter,
                header_row=plan.header_line,
                extra_cells=opts.extra_cells,
            )
            res = import_table(table, opts)
        except ReadError as exc:
            if "no data rows" in str(exc):
                return None, np.empty(0, np.uint64)
            raise ReadError(Path(plan.path), exc.reason) from None
    hashes = row_hashes(table, res.accepted["source_row"].to_numpy())
    _renumber(res, block.first_line - (plan.header_line + 1))
    res.path = Path(plan.path)
    return res, hashes


def _renumber(res, shift: int) -> None:
    """Move the block's row numbers (lines of the block file) to the whole file's lines."""
    if not shift:
        return
    res.accepted["source_row"] = res.accepted["source_row"] + shift
    res.rejected["file_row"] = res.rejected["file_row"].astype("int64") + shift
    res.rejected["message"] = [
        re.sub(r"(of row )(\d+)", lambda m: m.group(1) + str(int(m.group(2)) + shift), t) if isinstance(t, str) else t
        for t in res.rejected["message"]
    ]


def row_hashes(table, rows: np.ndarray) -> np.ndarray:
    """Hash of the original cells, as text, of the rows of ``table`` read from file rows ``rows`` (the
    import's duplicate test)."""
    import pandas as pd

    pos = np.searchsorted(table.file_rows, rows)
    sub = table.data.iloc[pos]
    return pd.util.hash_pandas_object(sub.astype("string"), index=False).to_numpy()


def duplicates_across(parts: list) -> dict:
    """``{block index: {file row: first file row}}``: accepted rows that exactly repeat a row of an earlier
    block. ``parts``: per block ``(hashes, file rows)`` of its accepted rows, in file order."""
    import pandas as pd

    if len(parts) < 2:
        return {}
    h = np.concatenate([p[0] for p in parts])
    rows = np.concatenate([p[1] for p in parts])
    block = np.concatenate([np.full(len(p[0]), i) for i, p in enumerate(parts)])
    dup = pd.Series(h).duplicated(keep="first").to_numpy()
    if not dup.any():
        return {}
    first = pd.Series(rows[~dup], index=h[~dup])
    out: dict = {}
    for b, r, f in zip(block[dup], rows[dup], first.reindex(h[dup]).to_numpy()):
        out.setdefault(int(b), {})[int(r)] = int(f)
    return out
