"""A layer's filter in the HTML page: which rows go into the page, and the page's time slider.

The page holds what the map shows: the rows the layer's expression and its
legend toggles keep (:mod:`gzmap.core.layer_filter`). The time filter is not
applied here but carried: each point's year (and closing year, for "as of")
goes into the layer's config with the filter's mode and year, and the page's
script (``gz.timeSlider`` in ``runtime/gzmap.js``) draws a slider with a Play
button that shows the points of the chosen year, "as of" it or in a range, the
same rule as :meth:`gzmap.core.time_filter.TimeFilter.mask_years`. A point with
no usable year (text, blank, 0) is in no year. Texts reach the page as JSON
values, never as markup.

The legend of such a layer follows the slider: :func:`timed_legend` gives one
row per class some point of the page falls in (empty in the filter's year too,
since another year fills it) keyed by
the class code the points carry (0: no data, k + 1: class k), counted for the
filter's year; the script recounts the keyed cells at every step.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate

__all__ = ["page_rows", "time_config", "timed_legend"]

_TEXTS = {
    "play": QT_TRANSLATE_NOOP("HtmlTime", "Play"),
    "pause": QT_TRANSLATE_NOOP("HtmlTime", "Pause"),
    "year": QT_TRANSLATE_NOOP("HtmlTime", "Founded in {year}"),
    "as_of": QT_TRANSLATE_NOOP("HtmlTime", "As of {year}"),
    "range": QT_TRANSLATE_NOOP("HtmlTime", "{start}–{year}"),
    "shown": QT_TRANSLATE_NOOP("HtmlTime", "{n} shown"),
}


def page_rows(layer, rows: np.ndarray) -> np.ndarray:
    """Of ``rows`` (positions in ``layer.data``), those the layer's filter keeps apart from its time part
    (which the page's slider applies); ``rows`` itself when the layer has no such filter."""
    flt = getattr(layer, "filter", None)
    if flt is None or not hasattr(layer, "data"):
        return rows
    rest = replace(flt, time=None)
    if not rest.active:
        return rows
    try:
        mask = rest.mask(layer.data, layer.style)
    except ValueError:  # a filter that no longer fits the data shows everything (as on the canvas)
        return rows
    return rows if mask is None else rows[mask[rows]]


def _year_list(years: np.ndarray, base: int) -> list[int]:
    """Years as small offsets from ``base`` (-1: no year), for a compact page."""
    out = np.where(np.isfinite(years), years - base, -1)
    return out.astype(np.int64).tolist()


def time_config(layer, rows: np.ndarray, lang: str) -> dict[str, Any] | None:
    """The page's time slider settings for the point ``rows`` of ``layer`` (None without a time filter)."""
    flt = getattr(layer, "filter", None)
    time = None if flt is None else flt.time
    if time is None or time.field not in layer.data.columns:
        return None
    years = layer.years(time.field)[rows]
    known = years[np.isfinite(years)]
    first = int(known.min()) if known.size else time.start
    last = int(known.max()) if known.size else time.start
    closed = None
    if time.mode == "as_of" and time.closed_field in layer.data.columns:
        closed = _year_list(layer.years(time.closed_field)[rows], first)
    return {
        "base": first,
        "years": _year_list(years, first),
        "closed": closed,
        "mode": time.mode,
        "start": time.start,
        "end": time.end,
        "min": min(first, time.start),
        "max": max(last, time.end or time.start),
        "texts": {k: translate("HtmlTime", v, lang) for k, v in _TEXTS.items()},
    }


def timed_legend(layer, df) -> list[tuple[Any, int]] | None:
    """``[(legend entry, class code)]`` of the page's points ``df`` of ``layer`` with every class listed and
    counted in the year its time filter shows; None when the layer has no time filter for the page."""
    flt = getattr(layer, "filter", None)
    time = None if flt is None else flt.time
    if time is None or time.field not in df.columns:
        return None
    style = layer.style
    entries = style.legend(df, keep_empty=True)
    classes = len(style.symbols)
    codes = (style.classify(df) + 1) if len(df) else np.zeros(0, dtype=np.int64)
    counts = np.bincount(codes[time.mask(df)], minlength=classes + 1)
    present = np.bincount(codes, minlength=classes + 1)  # in some year: a class the slider may fill
    keys = [k + 1 if k < classes else 0 for k in range(len(entries))]  # rows after the classes: no data
    return [(replace(e, count=int(counts[k])), k) for e, k in zip(entries, keys) if present[k]]
