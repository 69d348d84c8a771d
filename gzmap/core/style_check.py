"""A layer's style checked against its data: a field it cannot use falls back to a plain symbol.

A style from a project file (or one the data changed under) may name a field
the table does not have, a column with no value at all, or one of the wrong
type (text for a graduated style; lists, bytes or geometries for categories
or labels). Drawn as it is, every feature would be grey "no data" or the
labels would vanish without a word. :func:`checked_style` returns the style
to draw instead — a plain symbol (the style's own base symbol, title, unit,
year and source kept), or the style without its labels — and one warning per
problem, naming the layer and the field, so that the layer is still drawn and
exported and the user is told why it looks plain.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate
from gzmap.core.style import SingleStyle
from gzmap.core.style import Style

__all__ = ["checked_style", "layer_style_problems", "plain_where_unusable"]

#: What is wrong with a field ({what}: the style's field or the label field).
_MISSING = QT_TRANSLATE_NOOP("StyleCheck", "layer '{layer}': {what} '{field}' is not in the table")
_EMPTY = QT_TRANSLATE_NOOP("StyleCheck", "layer '{layer}': {what} '{field}' has no value")
_TYPE = QT_TRANSLATE_NOOP("StyleCheck", "layer '{layer}': {what} '{field}' holds {kind}, not {wanted}")
#: Which field ({what}) and what is drawn instead.
_STYLE_FIELD = (
    QT_TRANSLATE_NOOP("StyleCheck", "the style's field"),
    QT_TRANSLATE_NOOP("StyleCheck", "; drawn with a plain symbol"),
)
_LABEL_FIELD = (
    QT_TRANSLATE_NOOP("StyleCheck", "the label field"),
    QT_TRANSLATE_NOOP("StyleCheck", "; drawn without labels"),
)
_NUMBERS = QT_TRANSLATE_NOOP("StyleCheck", "numbers")
_VALUES = QT_TRANSLATE_NOOP("StyleCheck", "text or numbers")
_TEXT = QT_TRANSLATE_NOOP("StyleCheck", "text")
_OBJECTS = QT_TRANSLATE_NOOP("StyleCheck", "lists, bytes or shapes")


def checked_style(style: Style, df, layer_name: str, lang: str = "en") -> tuple[Style, list[str]]:
    """``(style to draw, warnings in lang)`` for ``style`` over the table ``df`` of the layer named
    ``layer_name``: the style itself when it can use its fields."""
    if df is None or not hasattr(df, "columns"):
        return style, []
    warnings: list[str] = []
    field = getattr(style, "field", "") if style.kind in ("categorized", "graduated") else ""
    if field:
        problem = _field_problem(df, field, numeric=style.kind == "graduated", lang=lang)
        if problem is not None:
            warnings.append(_warning(problem, _STYLE_FIELD, layer_name, field, lang))
            style = _plain(style)
    label = style.label_field
    if label:
        problem = _label_problem(df, label, lang)
        if problem is not None:
            warnings.append(_warning(problem, _LABEL_FIELD, layer_name, label, lang))
            style = replace(style, label_field=None)
    return style, warnings


def _warning(problem: tuple[str, dict[str, Any]], which: tuple[str, str], layer: str, field: str, lang: str) -> str:
    """One warning: what is wrong with the field ``which[0]`` and what is drawn instead (``which[1]``)."""
    what, instead = (translate("StyleCheck", text, lang) for text in which)
    return translate("StyleCheck", problem[0], lang, layer=layer, what=what, field=field, **problem[1]) + instead


def _plain(style: Style) -> SingleStyle:
    """One symbol for every feature: the style's base symbol, with its labels and legend words."""
    return SingleStyle(
        symbol=style.symbol,
        label_field=style.label_field,
        title_zh=style.title_zh,
        title_en=style.title_en,
        unit=style.unit,
        year=style.year,
        source=style.source,
    )


def _field_problem(df, field: str, numeric: bool, lang: str) -> tuple[str, dict[str, Any]] | None:
    """(message, values) of what keeps the style from classifying by ``field``, or None."""
    import pandas as pd

    if field not in df.columns:
        return _MISSING, {}
    col = df[field]
    present = col.dropna()
    if present.empty:
        return _EMPTY, {}
    if _objects(present):
        return _TYPE, {"kind": translate("StyleCheck", _OBJECTS, lang), "wanted": _wanted(numeric, lang)}
    if numeric and pd.to_numeric(present, errors="coerce").isna().all():
        return _TYPE, {"kind": translate("StyleCheck", _TEXT, lang), "wanted": _wanted(numeric, lang)}
    return None


def _label_problem(df, field: str, lang: str) -> tuple[str, dict[str, Any]] | None:
    """(message, values) of what keeps labels from reading ``field`` (or its _zh/_en columns), or None."""
    columns = [c for c in (field, f"{field}_zh", f"{field}_en") if c in df.columns]
    if not columns:
        return _MISSING, {}
    present = [df[c].dropna() for c in columns]
    if all(p.empty for p in present):
        return _EMPTY, {}
    if any(_objects(p) for p in present if not p.empty):
        return _TYPE, {"kind": translate("StyleCheck", _OBJECTS, lang), "wanted": translate("StyleCheck", _TEXT, lang)}
    return None


def _objects(values) -> bool:
    """Whether ``values`` (no nulls) hold lists, dicts, bytes or geometries rather than scalars."""
    sample = values.iloc[: min(len(values), 200)]
    return any(isinstance(v, (list, tuple, dict, set, bytes, bytearray)) or hasattr(v, "geom_type") for v in sample)


def _wanted(numeric: bool, lang: str) -> str:
    return translate("StyleCheck", _NUMBERS if numeric else _VALUES, lang)


def layer_style_problems(layer, lang: str = "en") -> tuple[Style, list[str]]:
    """:func:`checked_style` of a layer with a table (``layer.data``); its own style and no warning
    for a layer without one (rasters, tiles)."""
    data = getattr(layer, "data", None)
    if data is None or not hasattr(data, "columns"):
        return layer.style, []
    return checked_style(layer.style, data, layer.name_zh or layer.name_en or layer.id, lang)


def plain_where_unusable(layers, lang: str = "en") -> list[str]:
    """Give each of ``layers`` whose style or label field its table cannot serve the style to draw
    (plain, or without labels), for an export; the warnings, naming layer and field."""
    warnings: list[str] = []
    for layer in layers:
        style, problems = layer_style_problems(layer, lang)
        if problems:
            layer.style = style
            warnings.extend(problems)
    return warnings
