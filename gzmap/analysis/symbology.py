"""What the symbology dock offers and builds, without Qt: fields and categorised styles.

* :func:`category_fields` — every column a layer can be categorised or labelled by (text,
  integers, categories; not geometry, not the helper label columns);
* :func:`numeric_fields` — the columns holding numbers (graduated colours, size by field);
* :func:`categorized_style` — one colour per value: the sub-sector taxonomy's colours and
  names when the values are its keys, otherwise the qualitative palette for the
  :data:`MAX_CATEGORIES` most frequent values and "Other" for the rest;
* :func:`fit_graduated` — the graduated style fitted on the data, the one call the dock runs
  in a worker (``progress`` keyword, :func:`gzmap.ui.tasks.run_task`).
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from gzmap.core.style import QUALITATIVE
from gzmap.core.style import CategorizedStyle
from gzmap.core.style import GraduatedStyle
from gzmap.core.style import Symbol

__all__ = ["MAX_CATEGORIES", "category_fields", "categorized_style", "fit_graduated", "numeric_fields"]

#: Categories a categorised style colours (the qualitative palette's size less "Other").
MAX_CATEGORIES = len(QUALITATIVE) - 1

_HELPER_SUFFIXES = ("·label_zh", "·label_en")


def _candidate_columns(df) -> list[str]:
    geometry = getattr(getattr(df, "geometry", None), "name", None)
    return [str(c) for c in df.columns if c != geometry and not str(c).endswith(_HELPER_SUFFIXES)]


def numeric_fields(df) -> list[str]:
    """Columns of ``df`` holding numbers (> 80 % of a text column parsing as numbers counts;
    booleans and the region codes ``adcode``/``parent_adcode`` do not)."""
    out = []
    for c in _candidate_columns(df):
        if c in ("adcode", "parent_adcode"):
            continue
        s = df[c]
        if pd.api.types.is_bool_dtype(s):
            continue
        if pd.api.types.is_numeric_dtype(s):
            out.append(c)
        elif s.dtype == object and len(s) and pd.to_numeric(s, errors="coerce").notna().mean() > 0.8:
            out.append(c)
    return out


def category_fields(df) -> list[str]:
    """Every column ``df`` can be categorised or labelled by: text, integers, categories, booleans
    (not geometry, lists or bytes, nor the helper label columns)."""
    out = []
    for c in _candidate_columns(df):
        s = df[c]
        if s.dtype == object:
            sample = s.dropna().head(50)
            if sample.map(lambda v: isinstance(v, (list, tuple, dict, bytes, bytearray))).any():
                continue
            if sample.map(lambda v: hasattr(v, "geom_type")).any():
                continue
        out.append(c)
    return out


def categorized_style(df, field: str, symbol: Symbol | None = None, title_zh: str = "", title_en: str = ""):
    """A :class:`CategorizedStyle` of ``df[field]``: taxonomy colours and names for sub-sector keys,
    else the :data:`MAX_CATEGORIES` most frequent values (then by value) and grey "Other".
    ``symbol`` is the base symbol (size, stroke, opacity) every category keeps."""
    from gzmap.core.taxonomy import enterprise_style
    from gzmap.core.taxonomy import load_taxonomy

    if field not in df.columns:
        raise KeyError(f"no field {field!r} in the table")
    values = df[field].dropna()
    values = values[values.astype(str).str.strip() != ""]
    keys = values.astype(str)
    tax = load_taxonomy()
    base = symbol or Symbol()
    if len(keys) and keys.isin(tax.keys).mean() > 0.5:
        style = enterprise_style(tax, field=field, size=base.size, present=list(pd.unique(keys)))
        cats = {k: (replace(base, fill=s.fill), zh, en) for k, (s, zh, en) in style.categories.items()}
        other = replace(base, fill=style.other.fill if style.other else "#999999")
        return CategorizedStyle(
            symbol=base, field=field, categories=cats, other=other, title_zh=title_zh, title_en=title_en
        )
    counts = keys.value_counts()
    order = sorted(counts.index, key=lambda k: (-int(counts[k]), _sort_key(k)))[:MAX_CATEGORIES]
    order = sorted(order, key=_sort_key)  # the legend lists the values in their own order
    return CategorizedStyle.from_values(field, order, base=base, title_zh=title_zh, title_en=title_en)


def _sort_key(value: str):
    """Numbers in numeric order before text in text order."""
    try:
        return (0, float(value), "")
    except ValueError:
        return (1, 0.0, value)


def fit_graduated(frame, column: str, progress=None, **kw) -> GraduatedStyle:
    """:func:`gzmap.analysis.indicators.graduated_style` without value labels (the caller adds them
    on its own thread: they write columns to the layer's table). Fitting Fisher–Jenks on large
    data takes a moment: call this in a worker."""
    from gzmap.analysis.indicators import graduated_style

    if progress is not None:
        progress(0.0)
    style = graduated_style(frame, column, labels=False, **kw)
    if progress is not None:
        progress(1.0)
    return style
