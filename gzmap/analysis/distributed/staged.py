"""A large table imported on the cluster, block by block, into a folder of GeoParquet files.

Each block (:mod:`.blocks`) is validated and converted to WGS84 on a worker;
its accepted rows are written as ``block-NNNNN.parquet`` and its rejected rows
as ``_rejected/block-NNNNN.csv`` (the columns of ``gzmap convert``'s rejected
rows). Exact duplicates across blocks are found from the rows' hashes and
moved to the later block's rejected rows, as the single-machine import does.

Columns are stored so that every block has one schema: text as strings,
numbers as float64 (a block whose numbers are all whole would otherwise say
int64 and another float64), ``source_row`` as int64.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

import numpy as np

__all__ = ["Staged", "stage_table"]


@dataclass
class Staged:
    """What the import of a table in blocks gave: the folder of accepted blocks and the counts."""

    folder: Path
    rows_read: int = 0
    n_accepted: int = 0
    reasons: Counter = field(default_factory=Counter)
    #: reason code -> (file row, column) of its first rejected row
    examples: dict = field(default_factory=dict)
    rejected_files: list = field(default_factory=list)
    source_datum: str = "wgs84"
    datum_assumed: bool = False
    notes: list = field(default_factory=list)

    @property
    def n_rejected(self) -> int:
        return sum(self.reasons.values())

    def top_reasons(self, n: int = 5, lang: str = "en") -> list[str]:
        """The commonest reasons for rejected rows, in the words of the single-machine import."""
        from gzmap.io.enterprises import reason_lines

        return reason_lines(self.reasons.most_common(n), self.examples, lang)


def stage_table(client, path, options, folder: Path, progress=None, block_bytes=None) -> Staged:
    """Import the table at ``path`` in blocks on the cluster into ``folder`` (created); see the module notes."""
    from gzmap.analysis.distributed.blocks import BLOCK_BYTES
    from gzmap.analysis.distributed.blocks import duplicates_across
    from gzmap.analysis.distributed.blocks import plan_blocks
    from gzmap.analysis.distributed.tasks import wait_all

    plan = plan_blocks(path, options, block_bytes or BLOCK_BYTES)
    (folder / "_rejected").mkdir(parents=True, exist_ok=True)
    futures = client.map(_stage_block, plan.blocks, plan=plan, folder=str(folder), pure=False)
    parts = wait_all(client, futures, progress, 0.0, 0.85, "importing blocks")
    cross = duplicates_across([(p["hashes"], p["rows"]) for p in parts])
    if cross:
        again = [
            client.submit(_restage_block, plan, plan.blocks[b], drops, str(folder), pure=False)
            for b, drops in cross.items()
        ]
        for b, part in zip(cross, wait_all(client, again, progress, 0.85, 0.95, "exact duplicates")):
            parts[b] = part
    return _summary(folder, parts)


def _summary(folder: Path, parts: list) -> Staged:
    out = Staged(folder)
    for p in parts:
        out.rows_read += p["rows_read"]
        out.n_accepted += p["n_accepted"]
        out.reasons.update(p["reasons"])
        for code, (row, column) in p["examples"].items():
            if code not in out.examples or row < out.examples[code][0]:
                out.examples[code] = (row, column)
        if p["rejected"]:
            out.rejected_files.append(p["rejected"])
        out.notes += [n for n in p["notes"] if n not in out.notes]
    first = next((p for p in parts if p["datum"]), None)
    if first is not None:
        out.source_datum, out.datum_assumed = first["datum"], first["assumed"]
    return out


def _stage_block(block, plan, folder: str, drops: dict | None = None) -> dict:
    """Import one block and write its accepted and rejected rows (run on a worker)."""
    from gzmap.analysis.distributed.blocks import import_block
    from gzmap.io.enterprises import first_examples

    res, hashes = import_block(plan, block)
    if res is None:
        return {
            "rows_read": 0,
            "n_accepted": 0,
            "reasons": {},
            "examples": {},
            "rejected": None,
            "notes": [],
            "datum": None,
            "assumed": False,
            "hashes": hashes,
            "rows": np.empty(0, np.int64),
        }
    accepted, rejected = res.accepted, res.rejected
    if drops:
        accepted, rejected = _move_duplicates(plan, block, accepted, rejected, drops)
    stem = f"block-{block.index:05d}"
    if len(accepted):
        _uniform(accepted).to_parquet(Path(folder) / f"{stem}.parquet")
    rej = None
    if len(rejected):
        from gzmap.io.table_writer import write_table

        rej = str(Path(folder) / "_rejected" / f"{stem}.csv")
        write_table(rejected, rej)
    return {
        "rows_read": res.rows_read,
        "n_accepted": len(accepted),
        "reasons": dict(Counter(rejected["reason"].tolist())),
        "examples": first_examples(rejected),
        "rejected": rej,
        "notes": list(res.reading_notes()),
        "datum": res.source_datum,
        "assumed": bool(res.datum_assumed),
        "hashes": hashes,
        "rows": accepted["source_row"].to_numpy(dtype=np.int64) if not drops else np.empty(0, np.int64),
    }


def _restage_block(plan, block, drops: dict, folder: str) -> dict:
    return _stage_block(block, plan, folder, drops)


def _move_duplicates(plan, block, accepted, rejected, drops: dict):
    """Move the accepted rows whose file row is in ``drops`` (file row -> first file row) to the rejected
    rows, with their original cells, as the import writes a duplicate."""
    import pandas as pd

    from gzmap.io.tables import read_table

    mask = accepted["source_row"].isin(list(drops)).to_numpy()
    rows = accepted["source_row"].to_numpy()[mask]
    shift = block.first_line - (plan.header_line + 1)
    import tempfile

    with open(plan.path, "rb") as fh, tempfile.TemporaryDirectory(prefix="gzmap-block-") as tmp:
        fh.seek(block.start)
        part = Path(tmp) / Path(plan.path).name
        part.write_bytes(plan.preamble + fh.read(block.end - block.start))
        table = read_table(part, encoding=plan.encoding, delimiter=plan.delimiter, header_row=plan.header_line)
    orig = table.data.iloc[np.searchsorted(table.file_rows, rows - shift)].reset_index(drop=True)
    head_cols = ["file_row", "reason", "message", "column", "value"]
    orig.columns = [str(c) if str(c) not in head_cols else f"{c}_src" for c in orig.columns]
    head = pd.DataFrame(
        {
            "file_row": rows,
            "reason": "duplicate",
            "message": [f"exact duplicate of row {drops[int(r)]}" for r in rows],
            "column": None,
            "value": None,
        }
    )
    moved = pd.concat([head, orig], axis=1)
    both = pd.concat([rejected, moved], ignore_index=True).sort_values("file_row", kind="stable", ignore_index=True)
    return accepted[~mask].reset_index(drop=True), both


def _uniform(gdf):
    """The block's columns in the types every block shares (see the module notes)."""
    import pandas as pd

    out = gdf.copy()
    for c in out.columns:
        if c in (out.geometry.name, "source_row"):
            continue
        s = out[c]
        if isinstance(s.dtype, pd.CategoricalDtype) or s.dtype == object or str(s.dtype).startswith("string"):
            out[c] = s.astype("string")
        elif s.dtype.kind in "iuf":
            out[c] = s.astype("float64")
        elif s.dtype.kind == "b":
            out[c] = s.astype("float64")
    out["source_row"] = out["source_row"].astype("int64")
    return out
