"""A layer's filter: which of its features the map, the legend, the exports and (on request) the
analyses see.

A filter combines, all of them optional:

* an attribute expression (:mod:`gzmap.core.filter_expression`: ``subsector = 'games' AND revenue > 1000``),
  kept as its checked tree of plain values, never as code;
* a time filter (:class:`gzmap.core.time_filter.TimeFilter`: a year, "as of" a year, a range);
* categories switched off in the legend: values of a categorised style's field (and "Other").

It is saved in the project as plain data (:meth:`LayerFilter.to_dict`, the shape of
:data:`FILTER_SCHEMA`) and checked again when read back (:meth:`LayerFilter.from_dict`):
a project may come from anyone. :meth:`LayerFilter.mask` turns it into a boolean
mask over a layer's rows; the layer caches the mask and the year columns it reads,
so a redraw, or a time slider moving, only compares numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from typing import Any

import numpy as np

from gzmap.core.filter_expression import Expression
from gzmap.core.filter_expression import ExpressionError
from gzmap.core.filter_expression import check_tree
from gzmap.core.filter_expression import to_text
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate
from gzmap.core.schema import AnyJSON
from gzmap.core.schema import Obj
from gzmap.core.time_filter import TimeFilter
from gzmap.core.time_filter import TimeFilterError
from gzmap.core.time_filter import year_values

__all__ = [
    "FILTER_SCHEMA",
    "LayerFilter",
    "LayerFilterError",
    "YearCache",
    "closing_field",
    "year_fields",
    "year_filter",
]

#: The shape of a saved filter: objects where objects belong (:meth:`LayerFilter.from_dict` checks the
#: rest, so that a wrong value is refused with a message naming the layer).
FILTER_SCHEMA = Obj(
    {"expression": AnyJSON(), "time": Obj(nullable=True), "categories": Obj(nullable=True)},
    nullable=True,
)

_SAVED = QT_TRANSLATE_NOOP("LayerFilter", "its filter is not valid: {reason}")


class LayerFilterError(ValueError):
    """A saved filter that cannot be used; ``message(lang)`` gives the reason in one line."""

    def __init__(self, reason: Callable[[str | None], str]):
        self._reason = reason
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        return translate("LayerFilter", _SAVED, lang).format(reason=self._reason(lang))


#: (field) -> years of that column as floats (NaN where none), read once per layer data.
YearCache = Callable[[str], np.ndarray]


@dataclass(frozen=True)
class LayerFilter:
    """What a layer shows. ``expression``: a checked expression tree (or None); ``time``: a
    :class:`TimeFilter` (or None); ``hidden``: category keys of ``category_field`` switched off in the
    legend, ``hide_other``: the "Other" class switched off too."""

    expression: dict | None = None
    time: TimeFilter | None = None
    category_field: str | None = None
    hidden: frozenset[str] = field(default_factory=frozenset)
    hide_other: bool = False

    @property
    def active(self) -> bool:
        """True when the filter leaves anything out."""
        return self.expression is not None or self.time is not None or bool(self.hidden) or self.hide_other

    @property
    def expression_text(self) -> str:
        return "" if self.expression is None else to_text(self.expression)

    def with_expression(self, expression: Expression | dict | None) -> LayerFilter:
        tree = expression.tree if isinstance(expression, Expression) else expression
        return replace(self, expression=None if tree is None else check_tree(tree))

    def with_time(self, time: TimeFilter | None) -> LayerFilter:
        return replace(self, time=time)

    def with_category(self, style_field: str, key: str | None, shown: bool) -> LayerFilter:
        """Switch category ``key`` (None: "Other") of ``style_field`` on or off."""
        hidden = self.hidden if self.category_field == style_field else frozenset()
        other = self.hide_other if self.category_field == style_field else False
        if key is None:
            other = not shown
        else:
            hidden = hidden - {key} if shown else hidden | {key}
        return replace(self, category_field=style_field, hidden=frozenset(hidden), hide_other=other)

    def category_hidden(self, style_field: str, key: str | None) -> bool:
        if self.category_field != style_field:
            return False
        return self.hide_other if key is None else key in self.hidden

    # -- the mask -------------------------------------------------------------------------
    def mask(self, frame, style=None, years: YearCache | None = None, categories: bool = True):
        """Boolean numpy array over the rows of ``frame``, or None when everything shows.

        ``style``: the layer's style (category toggles apply while it is categorised by
        :attr:`category_field`); ``years``: a cache of year columns (default: read now);
        ``categories``: False leaves the legend's toggles out (the legend lists switched-off rows).
        Raises :class:`ExpressionError` / :class:`TimeFilterError` when the filter does not fit the data.
        """
        from gzmap.core.filter_expression import evaluate

        out = None
        if self.expression is not None:
            out = evaluate(self.expression, frame)
        if self.time is not None:
            out = _and(out, self._time_mask(frame, years or _reader(frame)))
        if categories and (self.hidden or self.hide_other):
            out = _and(out, self._category_mask(frame, style))
        return out

    def _time_mask(self, frame, years: YearCache):
        t = self.time
        assert t is not None
        for column in (t.field, t.closed_field):
            if column is not None and column not in frame.columns:
                raise TimeFilterError("no_field", column)
        return t.mask_years(years(t.field), years(t.closed_field) if t.closed_field else None)

    def _category_mask(self, frame, style):
        if getattr(style, "field", None) != self.category_field or not hasattr(style, "categories"):
            return None
        keys = list(style.categories)
        hidden = [i for i, k in enumerate(keys) if k in self.hidden]
        if self.hide_other:
            hidden += [-1, len(keys)]  # no data and the "Other" class
        return ~np.isin(style.classify(frame), hidden)

    # -- saving ---------------------------------------------------------------------------
    def to_dict(self) -> dict:
        """Plain data for the project file (:data:`FILTER_SCHEMA`)."""
        categories = None
        if self.hidden or self.hide_other:
            categories = {"field": self.category_field, "hidden": sorted(self.hidden), "other": self.hide_other}
        return {
            "expression": self.expression,
            "time": None if self.time is None else self.time.to_dict(),
            "categories": categories,
        }

    @classmethod
    def from_dict(cls, data: Any) -> LayerFilter | None:
        """The filter saved as ``data`` (untrusted: from a project file), None for none;
        :class:`LayerFilterError` says what is wrong."""
        if data is None:
            return None
        if not isinstance(data, dict) or not set(data) <= {"expression", "time", "categories"}:
            raise LayerFilterError(lambda lang: "expression, time, categories")
        try:
            tree = None if data.get("expression") is None else check_tree(data["expression"])
            time = None if data.get("time") is None else TimeFilter.from_dict(data["time"])
        except (ExpressionError, TimeFilterError) as exc:
            raise LayerFilterError(exc.message) from None
        cats = data.get("categories") or {}
        hidden = cats.get("hidden") or [] if isinstance(cats, dict) else None
        if not isinstance(hidden, list) or not all(isinstance(v, str) and len(v) <= 1000 for v in hidden):
            raise LayerFilterError(lambda lang: "categories")
        if not isinstance(cats.get("other", False), bool):
            raise LayerFilterError(lambda lang: "categories.other")
        field_name = cats.get("field")
        if cats and (not isinstance(field_name, str) or not field_name or len(field_name) > 256):
            raise LayerFilterError(lambda lang: "categories.field")
        flt = cls(tree, time, field_name if cats else None, frozenset(hidden), bool(cats.get("other", False)))
        return flt if flt.active else None


_YEAR_WORDS = ("year", "founded", "date", "年", "日期", "成立", "注销", "closed", "dereg")
_CLOSED_WORDS = ("注销", "吊销", "撤销", "closed", "closing", "dereg", "dissol")


def closing_field(column) -> bool:
    """True for a column named as a closing or deregistration year (注销年份, closed, ...)."""
    name = str(column).lower()
    return any(w in name for w in _CLOSED_WORDS)


def year_fields(frame) -> list:
    """Columns of ``frame`` that hold years or dates (named so, or of a date type, with at least one year
    in their first 2,000 cells), founding years first and closing years last."""
    import pandas as pd

    geometry = getattr(getattr(frame, "geometry", None), "name", None)
    out = []
    for column in frame.columns:
        name = str(column).lower()
        if column == geometry:
            continue
        if pd.api.types.is_datetime64_any_dtype(frame[column]) or any(w in name for w in _YEAR_WORDS):
            if np.isfinite(year_values(frame[column].head(2000))[0]).any():
                out.append(column)
    return sorted(out, key=lambda c: (closing_field(c), str(c) != "founded"))


def year_filter(layer, year: int, mode: str = "as_of") -> LayerFilter | None:
    """``layer``'s filter showing ``year`` by ``mode`` (the layer's own time field, else its first year field,
    with its closing-year field for "as of"); None for a layer with no year or date field."""
    data = getattr(layer, "data", None)
    if data is None:
        return None
    flt = layer.filter or LayerFilter()
    if flt.time is not None:
        field_name, closed = flt.time.field, flt.time.closed_field
    else:
        fields = year_fields(data)
        founding = [c for c in fields if not closing_field(c)]
        if not founding:
            return None
        field_name = founding[0]
        closed = next((c for c in fields if closing_field(c)), None)
    end = year if mode == "range" else None
    start = flt.time.start if mode == "range" and flt.time is not None else year
    return flt.with_time(TimeFilter(field_name, mode, min(start, year), end, closed if mode == "as_of" else None))


def _and(a, b):
    if b is None:
        return a
    return b if a is None else a & b


def _reader(frame) -> YearCache:
    return lambda column: year_values(frame[column])[0]
