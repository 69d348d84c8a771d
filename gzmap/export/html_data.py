"""Safe, compact data for the HTML export: JSON that cannot break out of a
``<script>``, text clipped and stripped of local paths, points packed in columns.

Points are embedded as one binary block (base64 in a ``<script type="text/plain">``):
quantised longitude/latitude as uint32 offsets in micro-degrees (1e-6 degree,
about 0.1 m), a class code per point, then the popup attributes as UTF-8
JSON columns (text columns dictionary-encoded when values repeat). Large
blocks are gzip-compressed; the page inflates them with the browser's
``DecompressionStream``.
"""

from __future__ import annotations

import base64
import gzip
import json
import math
import re
from dataclasses import dataclass
from dataclasses import field
from typing import Any
from typing import overload

import numpy as np
import pandas as pd

from gzmap.core.path_text import strip_paths

__all__ = ["MAX_TEXT", "PointPayload", "TextCleaner", "encode_points", "safe_json", "strip_paths"]

#: Longest attribute text kept in a popup/tooltip (characters); longer values are clipped.
MAX_TEXT = 1000
#: Quantum of embedded point coordinates, degrees.
QUANTUM = 1e-6
#: Point blocks whose raw size exceeds this many bytes are gzip-compressed.
COMPRESS_ABOVE = 1_500_000

_JS_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JS_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")


def safe_json(obj: Any) -> str:
    """JSON text safe to place inside a ``<script>`` element or a JS expression.

    ``<``, ``>`` and ``&`` become ``\\u003c`` etc., so no value can close the
    script element or open a comment; NaN/inf become ``null``.
    """
    text = json.dumps(_finite(obj), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _JS_ESCAPE_RE.sub(lambda m: _JS_ESCAPES[m.group(0)], text)


def _finite(obj: Any) -> Any:
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {str(k): _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    if isinstance(obj, np.generic):
        return _finite(obj.item())
    return obj


@dataclass
class TextCleaner:
    """Clip long texts and count what was clipped, per (layer, column)."""

    max_len: int = MAX_TEXT
    clipped: dict[tuple[str, str], int] = field(default_factory=dict)

    @overload
    def __call__(self, value: str, layer: str = "", column: str = "") -> str: ...

    @overload
    def __call__(self, value: Any, layer: str = "", column: str = "") -> str | None: ...

    def __call__(self, value: Any, layer: str = "", column: str = "") -> str | None:
        """``value`` as text, cut to ``max_len`` characters (a text stays a text); None for a missing value."""
        if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
            return None
        text = str(value)
        if len(text) > self.max_len:
            self.clipped[(layer, column)] = self.clipped.get((layer, column), 0) + 1
            text = text[: self.max_len] + "…"
        return text

    def column(self, series: pd.Series, layer: str, column: str) -> list[str | None]:
        """Clean a whole column fast (vectorised length check)."""
        s = series.astype("object")
        isna = pd.isna(s).to_numpy()
        texts = np.full(len(s), None, dtype=object)
        # only present values are turned into text: pandas' str dtype keeps a blank cell as NaN
        texts[~isna] = s[~isna].astype(str).to_numpy(dtype=object)
        lengths = np.fromiter((0 if t is None else len(t) for t in texts), dtype=np.int64, count=len(texts))
        long = lengths > self.max_len
        if long.any():
            self.clipped[(layer, column)] = self.clipped.get((layer, column), 0) + int(long.sum())
            for i in np.flatnonzero(long):
                texts[i] = texts[i][: self.max_len] + "…"
        texts[isna] = None
        return texts.tolist()


@dataclass
class PointPayload:
    """An encoded point layer: ``header`` (small JSON-able dict) and ``block`` (base64 text)."""

    header: dict[str, Any]
    block: str
    raw_bytes: int
    compressed: bool


def _number_column(values: pd.Series) -> list[float | int | None]:
    """Finite numbers (ints when all are whole, else 6 significant digits); NaN/inf/text -> None."""
    v = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)
    bad = ~np.isfinite(v)
    v = np.where(bad, 0.0, v)
    if np.all(v == np.round(v)) and np.all(np.abs(v) < 2**53):
        out: list = v.astype(np.int64).tolist()
    else:
        out = [float(f"{x:.6g}") for x in v.tolist()]
    for i in np.flatnonzero(bad):
        out[i] = None
    return out


def _text_column(values: list[str | None]) -> dict[str, Any]:
    """Plain list, or a dictionary + codes when values repeat (addresses, sectors)."""
    n = len(values)
    codes, uniques = pd.factorize(pd.Series(values, dtype="object"), use_na_sentinel=True)
    if n and len(uniques) <= n // 2:
        return {"dict": [str(u) for u in uniques], "codes": codes.astype(int).tolist()}
    return {"values": values}


def encode_points(
    lon: np.ndarray,
    lat: np.ndarray,
    codes: np.ndarray,
    columns: list[dict[str, Any]],
    compress: bool | None = None,
    sizes: np.ndarray | None = None,
) -> PointPayload:
    """Pack points for the page.

    Parameters
    ----------
    lon, lat
        WGS84 degrees (finite).
    codes
        Class index per point (-1 = no data), from ``Style.classify``.
    columns
        ``[{"key":..., "label":..., "kind": "text"|"number"|"code", "values": list}]``
        (a code or year is a number shown with its digits ungrouped)
        popup columns, already cleaned.
    compress
        Force gzip on/off; by default on above :data:`COMPRESS_ABOVE` bytes.
    sizes
        Optional marker diameter per point in CSS pixels (proportional symbols),
        stored in quarter pixels (0–63.75 px).
    """
    n = int(len(lon))
    x0 = math.floor(float(np.min(lon))) if n else 0.0
    y0 = math.floor(float(np.min(lat))) if n else 0.0
    qx = np.round((np.asarray(lon, dtype=float) - x0) / QUANTUM).astype(np.uint32)
    qy = np.round((np.asarray(lat, dtype=float) - y0) / QUANTUM).astype(np.uint32)
    c = np.asarray(codes, dtype=np.int64) + 1  # 0 = no data
    ctype = "u8" if c.size == 0 or c.max() < 255 else "u16"
    cbytes = c.astype(np.uint8 if ctype == "u8" else np.uint16).tobytes()
    cols_json = []
    for col in columns:
        entry = {"key": col["key"], "label": col["label"], "kind": col["kind"]}
        if col["kind"] in ("number", "code"):
            entry["values"] = _number_column(pd.Series(col["values"]))
        else:
            entry.update(_text_column(col["values"]))
        cols_json.append(entry)
    # values are already clean: texts or None, finite numbers or None (see _number_column)
    attrs = json.dumps(cols_json, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    if sizes is not None:
        cbytes += np.clip(np.round(np.asarray(sizes, dtype=float) * 4), 1, 255).astype(np.uint8).tobytes()
    pad = (-len(cbytes)) % 4
    blob = b"".join([qx.astype("<u4").tobytes(), qy.astype("<u4").tobytes(), cbytes, b"\0" * pad, attrs])
    raw = len(blob)
    if compress is None:
        compress = raw > COMPRESS_ABOVE
    if compress:
        blob = gzip.compress(blob, compresslevel=6, mtime=0)
    header = {
        "n": n,
        "x0": x0,
        "y0": y0,
        "q": QUANTUM,
        "ctype": ctype,
        "attrOffset": 8 * n + len(cbytes) + pad,
        "gzip": bool(compress),
        "sizes": sizes is not None,
        "sizeOffset": 8 * n + (n if ctype == "u8" else 2 * n),
    }
    return PointPayload(header, base64.b64encode(blob).decode("ascii"), raw, bool(compress))
