"""Display names of fields (table columns), their coded values and units: one per language.

GZMap's own columns have stable names in the data (``n_points``,
``dominant_subsector``, ``share_games``, ``gi_label_zh``/``gi_label_en``);
a user sees each as ONE column with its display name in the interface
language: ``企业数`` / ``Enterprises``. A column the catalogue does not know
is the user's and keeps its own name in both languages.

* :func:`field_label` — the display name of a column (``"n_points"`` ->
  ``"企业数"``); ``share_<sub-sector>`` reads "share of <sub-sector>".
* :func:`shown_columns` — the columns a table shows: of a bilingual group
  (``X``, ``X_zh``, ``X_en``) only the one in the language, and none of the
  columns in ``hidden`` (a user's column that a standard column replaces).
* :func:`value_text` — a coded value in words (``"games"`` -> ``"游戏"``,
  ``"clustered"`` -> ``"集聚"``, ``"gcj02"`` -> ``"GCJ-02"``); None when the
  column holds no codes.
* :func:`field_kind` — ``"count"`` (whole numbers), ``"money"`` (rounded to
  its unit), ``"code"`` (digits ungrouped) or ``""``.
* :func:`unit_text` — a unit in the language (``"亿元"`` -> ``"100 million
  yuan"``, ``"points per km²"`` -> ``"点/km²"``); an unknown unit as given.
* :func:`display_frame` — a frame as a user reads it (one column per field,
  display names as headers, codes in words, with ``rounded`` numbers as a
  table shows them: :func:`shown_numbers`): what a CSV written for people
  holds.

Everything is looked up in the one translation catalogue (context
``Fields``, see :mod:`gzmap.core.i18n`). Pure: no Qt.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import language
from gzmap.core.i18n import translate

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "DATUM_NAMES",
    "FIELDS",
    "code_said",
    "column_decimals",
    "share_text",
    "shown_numbers",
    "datum_text",
    "display_frame",
    "field_kind",
    "field_label",
    "register_codes",
    "register_words",
    "shown_columns",
    "unit_text",
    "value_text",
]


#: column -> (display name marked in context "Fields", kind). The kind decides how a value prints.
FIELDS: dict[str, tuple[str, str]] = {
    # enterprises (the standard columns of an import)
    "name": (QT_TRANSLATE_NOOP("Fields", "Enterprise name"), ""),
    "address": (QT_TRANSLATE_NOOP("Fields", "Address"), ""),
    "subsector": (QT_TRANSLATE_NOOP("Fields", "Sub-sector"), "subsector"),
    "employees": (QT_TRANSLATE_NOOP("Fields", "Employees"), "count"),
    "revenue": (QT_TRANSLATE_NOOP("Fields", "Revenue"), "money"),
    "founded": (QT_TRANSLATE_NOOP("Fields", "Founded"), "code"),
    "source_row": (QT_TRANSLATE_NOOP("Fields", "Row in file"), "code"),
    # boundaries
    "adcode": (QT_TRANSLATE_NOOP("Fields", "Adcode"), "code"),
    "parent_adcode": (QT_TRANSLATE_NOOP("Fields", "Parent adcode"), "code"),
    "level": (QT_TRANSLATE_NOOP("Fields", "Level"), "level"),
    "area_km2": (QT_TRANSLATE_NOOP("Fields", "Area (km²)"), ""),
    "district": (QT_TRANSLATE_NOOP("Fields", "District"), ""),
    "districts": (QT_TRANSLATE_NOOP("Fields", "Districts"), ""),
    "population": (QT_TRANSLATE_NOOP("Fields", "Population"), "count"),
    # clusters
    "cluster": (QT_TRANSLATE_NOOP("Fields", "Cluster"), "code"),
    "cluster_role": (QT_TRANSLATE_NOOP("Fields", "Role in cluster"), "role"),
    "cluster_size": (QT_TRANSLATE_NOOP("Fields", "Cluster size"), "count"),
    "label": (QT_TRANSLATE_NOOP("Fields", "Label"), ""),
    "n_points": (QT_TRANSLATE_NOOP("Fields", "Enterprises"), "count"),
    "n_core": (QT_TRANSLATE_NOOP("Fields", "Core points"), "count"),
    "density_km2": (QT_TRANSLATE_NOOP("Fields", "Density (per km²)"), ""),
    "centroid_lon": (QT_TRANSLATE_NOOP("Fields", "Centre longitude (WGS84)"), ""),
    "centroid_lat": (QT_TRANSLATE_NOOP("Fields", "Centre latitude (WGS84)"), ""),
    "dominant_subsector": (QT_TRANSLATE_NOOP("Fields", "Main sub-sector"), "subsector"),
    "dominant_share": (QT_TRANSLATE_NOOP("Fields", "Share of the main sub-sector"), "share"),
    "employees_sum": (QT_TRANSLATE_NOOP("Fields", "Employees (total)"), "count"),
    "revenue_sum": (QT_TRANSLATE_NOOP("Fields", "Revenue (total)"), "money"),
    "share_of_points": (QT_TRANSLATE_NOOP("Fields", "Share of all enterprises"), "share"),
    # heat surface parameters
    "kind": (QT_TRANSLATE_NOOP("Fields", "Analysis"), "code_word"),
    "kernel": (QT_TRANSLATE_NOOP("Fields", "Kernel"), "code_word"),
    "bandwidth_m": (QT_TRANSLATE_NOOP("Fields", "Bandwidth (m)"), ""),
    "cell_m": (QT_TRANSLATE_NOOP("Fields", "Cell size (m)"), ""),
    "weight": (QT_TRANSLATE_NOOP("Fields", "Weight field"), "code_word"),
    "method": (QT_TRANSLATE_NOOP("Fields", "Method"), "code_word"),
    "total_weight": (QT_TRANSLATE_NOOP("Fields", "Total weight"), ""),
    "unit": (QT_TRANSLATE_NOOP("Fields", "Unit"), "unit"),
    "study_area": (QT_TRANSLATE_NOOP("Fields", "Study area"), "code_word"),
    # hot spots
    "cell_id": (QT_TRANSLATE_NOOP("Fields", "Cell"), "code"),
    "value": (QT_TRANSLATE_NOOP("Fields", "Value"), ""),
    "gi_z": (QT_TRANSLATE_NOOP("Fields", "Gi* z-score"), ""),
    "gi_p": (QT_TRANSLATE_NOOP("Fields", "p-value"), ""),
    "gi_p_adj": (QT_TRANSLATE_NOOP("Fields", "p-value (FDR)"), ""),
    "gi_confidence": (QT_TRANSLATE_NOOP("Fields", "Confidence"), ""),
    "gi_class": (QT_TRANSLATE_NOOP("Fields", "Class code"), "code"),
    "gi_label": (QT_TRANSLATE_NOOP("Fields", "Hot or cold spot"), ""),
    "cells": (QT_TRANSLATE_NOOP("Fields", "Cells"), "count"),
    "points": (QT_TRANSLATE_NOOP("Fields", "Enterprises"), "count"),
    # district statistics, location quotients
    "count": (QT_TRANSLATE_NOOP("Fields", "Enterprises"), "count"),
    "district_total": (QT_TRANSLATE_NOOP("Fields", "Enterprises in the district"), "count"),
    "subsector_total": (QT_TRANSLATE_NOOP("Fields", "Enterprises in the sub-sector"), "count"),
    "total": (QT_TRANSLATE_NOOP("Fields", "All enterprises"), "count"),
    "share_in_district": (QT_TRANSLATE_NOOP("Fields", "Share in the district"), "share"),
    "share_in_city": (QT_TRANSLATE_NOOP("Fields", "Share in the city"), "share"),
    "lq": (QT_TRANSLATE_NOOP("Fields", "Location quotient"), ""),
    "herfindahl": (QT_TRANSLATE_NOOP("Fields", "Herfindahl index"), ""),
    "krugman": (QT_TRANSLATE_NOOP("Fields", "Krugman index"), ""),
    "n": (QT_TRANSLATE_NOOP("Fields", "Enterprises"), "count"),
    "n_subsectors": (QT_TRANSLATE_NOOP("Fields", "Sub-sectors"), "count"),
    "top_subsector": (QT_TRANSLATE_NOOP("Fields", "Main sub-sector"), "subsector"),
    "mean_nn_m": (QT_TRANSLATE_NOOP("Fields", "Mean nearest-neighbour distance (m)"), ""),
    "expected_nn_m": (QT_TRANSLATE_NOOP("Fields", "Expected distance if random (m)"), ""),
    "R": (QT_TRANSLATE_NOOP("Fields", "Clark–Evans R"), ""),
    "z": (QT_TRANSLATE_NOOP("Fields", "z-score"), ""),
    "p": (QT_TRANSLATE_NOOP("Fields", "p-value"), ""),
    "pattern": (QT_TRANSLATE_NOOP("Fields", "Pattern"), "code_word"),
    "lisa_i": (QT_TRANSLATE_NOOP("Fields", "Local Moran's I"), ""),
    "lisa_z": (QT_TRANSLATE_NOOP("Fields", "z-score"), ""),
    "lisa_p": (QT_TRANSLATE_NOOP("Fields", "p-value"), ""),
    "lisa_p_adj": (QT_TRANSLATE_NOOP("Fields", "p-value (FDR)"), ""),
    "lisa_confidence": (QT_TRANSLATE_NOOP("Fields", "Confidence"), ""),
    "lisa_quadrant": (QT_TRANSLATE_NOOP("Fields", "Quadrant"), "code_word"),
    "lisa_label": (QT_TRANSLATE_NOOP("Fields", "LISA class"), "code_word"),
    # rejected rows of an import
    "file_row": (QT_TRANSLATE_NOOP("Fields", "Row in file"), "code"),
    "reason": (QT_TRANSLATE_NOOP("Fields", "Reason"), "reason"),
    "message": (QT_TRANSLATE_NOOP("Fields", "Details"), ""),
    "column": (QT_TRANSLATE_NOOP("Fields", "Column"), ""),
    "source_datum": (QT_TRANSLATE_NOOP("Fields", "Datum"), "datum"),
    # indicators
    "indicator": (QT_TRANSLATE_NOOP("Fields", "Indicator"), ""),
    "year": (QT_TRANSLATE_NOOP("Fields", "Year"), "code"),
    "region": (QT_TRANSLATE_NOOP("Fields", "Region"), ""),
    # development index (U_<group>: a group's score; score_<year>, D_<year>: years side by side)
    "score": (QT_TRANSLATE_NOOP("Fields", "Development index (closeness)"), ""),
    "rank": (QT_TRANSLATE_NOOP("Fields", "Rank"), "count"),
    "C": (QT_TRANSLATE_NOOP("Fields", "Coupling degree"), ""),
    "T": (QT_TRANSLATE_NOOP("Fields", "Comprehensive coordination index"), ""),
    "D": (QT_TRANSLATE_NOOP("Fields", "Coupling coordination degree"), ""),
    "band": (QT_TRANSLATE_NOOP("Fields", "Coordination band"), ""),
    "main_obstacle": (QT_TRANSLATE_NOOP("Fields", "Main obstacle"), ""),
    "group": (QT_TRANSLATE_NOOP("Fields", "Group"), ""),
    "direction": (QT_TRANSLATE_NOOP("Fields", "Direction"), "code_word"),
    "entropy": (QT_TRANSLATE_NOOP("Fields", "Entropy"), ""),
    "weight_in_group": (QT_TRANSLATE_NOOP("Fields", "Weight in the group"), ""),
    "obstacle_pct": (QT_TRANSLATE_NOOP("Fields", "Obstacle degree (%)"), ""),
    "obstacle_rank": (QT_TRANSLATE_NOOP("Fields", "Obstacle rank"), "count"),
    # co-location quotients (a matrix's other columns are sub-sectors)
    "category": (QT_TRANSLATE_NOOP("Fields", "Category"), "subsector"),
    "a": (QT_TRANSLATE_NOOP("Fields", "Sub-sector A"), "subsector"),
    "b": (QT_TRANSLATE_NOOP("Fields", "Sub-sector B"), "subsector"),
    "n_a": (QT_TRANSLATE_NOOP("Fields", "Enterprises of A"), "count"),
    "n_b": (QT_TRANSLATE_NOOP("Fields", "Enterprises of B"), "count"),
    "nn_count": (QT_TRANSLATE_NOOP("Fields", "Neighbours of B around A"), ""),
    "clq": (QT_TRANSLATE_NOOP("Fields", "Co-location quotient"), ""),
}

#: ``U_<group>``, ``<field>_<year>``: a group's score, a field's value in a year.
_GROUP_SCORE = re.compile(r"^U_(.+)$")
_OF_YEAR = re.compile(r"^(.+)_(\d{4})$")
#: Coded words of the columns of kind "code_word", "role", "level" (context "FieldValues").
_WORDS: dict[str, str] = {
    "kde": QT_TRANSLATE_NOOP("FieldValues", "kernel density"),
    "quartic": QT_TRANSLATE_NOOP("FieldValues", "quartic"),
    "gaussian": QT_TRANSLATE_NOOP("FieldValues", "Gaussian"),
    "epanechnikov": QT_TRANSLATE_NOOP("FieldValues", "Epanechnikov"),
    "triangular": QT_TRANSLATE_NOOP("FieldValues", "triangular"),
    "uniform": QT_TRANSLATE_NOOP("FieldValues", "uniform"),
    "exact": QT_TRANSLATE_NOOP("FieldValues", "exact"),
    "binned": QT_TRANSLATE_NOOP("FieldValues", "binned"),
    "fft": QT_TRANSLATE_NOOP("FieldValues", "binned (FFT)"),
    "auto": QT_TRANSLATE_NOOP("FieldValues", "automatic"),
    "clustered": QT_TRANSLATE_NOOP("FieldValues", "clustered"),
    "random": QT_TRANSLATE_NOOP("FieldValues", "random"),
    "dispersed": QT_TRANSLATE_NOOP("FieldValues", "dispersed"),
    "core": QT_TRANSLATE_NOOP("FieldValues", "core point"),
    "border": QT_TRANSLATE_NOOP("FieldValues", "border point"),
    "member": QT_TRANSLATE_NOOP("FieldValues", "member"),
    "noise": QT_TRANSLATE_NOOP("FieldValues", "noise"),
    "city": QT_TRANSLATE_NOOP("FieldValues", "city"),
    "district": QT_TRANSLATE_NOOP("FieldValues", "district"),
    "province": QT_TRANSLATE_NOOP("FieldValues", "province"),
    "HH": QT_TRANSLATE_NOOP("FieldValues", "High-High"),
    "LL": QT_TRANSLATE_NOOP("FieldValues", "Low-Low"),
    "LH": QT_TRANSLATE_NOOP("FieldValues", "Low-High"),
    "HL": QT_TRANSLATE_NOOP("FieldValues", "High-Low"),
    "ns": QT_TRANSLATE_NOOP("FieldValues", "not significant"),
    "(all)": QT_TRANSLATE_NOOP("FieldValues", "(all)"),
    "all": QT_TRANSLATE_NOOP("FieldValues", "all"),
    "None": QT_TRANSLATE_NOOP("FieldValues", "none"),
    "benefit": QT_TRANSLATE_NOOP("FieldValues", "benefit (more is better)"),
    "cost": QT_TRANSLATE_NOOP("FieldValues", "cost (less is better)"),
    "cities": QT_TRANSLATE_NOOP("FieldValues", "the cities holding the points"),
    "guangzhou": QT_TRANSLATE_NOOP("FieldValues", "Guangzhou"),
    "polygon": QT_TRANSLATE_NOOP("FieldValues", "a given polygon"),
}

#: Units in both languages: Chinese unit -> marked English (context "Units"), both ways.
_UNITS: dict[str, str] = {
    "亿元": QT_TRANSLATE_NOOP("Units", "100 million yuan"),
    "万元": QT_TRANSLATE_NOOP("Units", "10,000 yuan"),
    "元": QT_TRANSLATE_NOOP("Units", "yuan"),
    "万人": QT_TRANSLATE_NOOP("Units", "10,000 people"),
    "人": QT_TRANSLATE_NOOP("Units", "people"),
    "家": QT_TRANSLATE_NOOP("Units", "enterprises"),
    "个": QT_TRANSLATE_NOOP("Units", "items"),
    "平方公里": QT_TRANSLATE_NOOP("Units", "km²"),
    "点/平方公里": QT_TRANSLATE_NOOP("Units", "points per km²"),
    "点/km²": QT_TRANSLATE_NOOP("Units", "points per km²"),
    "家/平方公里": QT_TRANSLATE_NOOP("Units", "enterprises per km²"),
    "元/人": QT_TRANSLATE_NOOP("Units", "yuan per person"),
    "万元/人": QT_TRANSLATE_NOOP("Units", "10,000 yuan per person"),
    "年": QT_TRANSLATE_NOOP("Units", "years"),
    "项": QT_TRANSLATE_NOOP("Units", "items"),
}
_UNITS_EN = {v: k for k, v in _UNITS.items()}
_UNITS_EN["points per km²"] = "点/km²"

#: kind -> (context, {code: marked English}) registered by :func:`register_codes`.
_VOCABULARIES: dict[str, tuple[str, dict[str, str]]] = {}

_SHARE = re.compile(r"^share_(.+)$")
_LANG_SUFFIX = re.compile(r"^(.+)_(zh|en)$")


def _subsector_label(key: str, lang: str) -> str | None:
    from gzmap.core.taxonomy import load_taxonomy

    tax = load_taxonomy()
    if key in tax.keys or (tax.other is not None and key == tax.other.key):
        return tax.get(key).label("zh" if lang == "zh_CN" else "en")
    return None


def _base(column: str) -> str:
    m = _LANG_SUFFIX.match(str(column))
    return m.group(1) if m else str(column)


def field_label(column, lang: str | None) -> str:
    """The display name of ``column`` in ``lang``; a column the catalogue does not know, as it is.

    ``X_zh``/``X_en`` take the name of ``X``; ``share_<key>`` of a sub-sector reads
    "Share: <sub-sector>".
    """
    lang = language(lang)
    col = str(column)
    entry = FIELDS.get(col) or FIELDS.get(_base(col))
    if col in ("name_zh", "name_en"):
        return translate("Fields", QT_TRANSLATE_NOOP("Fields", "Name"), lang)
    if entry is not None:
        return translate("Fields", entry[0], lang)
    m = _SHARE.match(col)
    if m and (sub := _subsector_label(m.group(1), lang)) is not None:
        return translate("Fields", QT_TRANSLATE_NOOP("Fields", "Share: {subsector}"), lang, subsector=sub)
    return _patterned_label(col, lang)


def _patterned_label(col: str, lang: str) -> str:
    """A sub-sector key's label, ``U_<group>`` as "Score: <group>", ``<known field>_<year>`` as
    "<field> <year>"; any other column as it is."""
    if (sub := _subsector_label(col, lang)) is not None:
        return sub
    if m := _GROUP_SCORE.match(col):
        return translate("Fields", QT_TRANSLATE_NOOP("Fields", "Score: {group}"), lang, group=m.group(1))
    m = _OF_YEAR.match(col)
    if m and m.group(1) in FIELDS:
        return f"{field_label(m.group(1), lang)} {m.group(2)}"
    return col


def field_kind(column) -> str:
    """How a value of ``column`` prints: ``"count"``, ``"money"``, ``"code"``, ``"share"`` (a fraction
    0–1 printed as a percentage, :func:`share_text`; also every ``share_<sub-sector>``) or ``""`` (as it is)."""
    entry = FIELDS.get(str(column)) or FIELDS.get(_base(str(column)))
    kind = entry[1] if entry else ""
    if not entry and (m := _SHARE.match(str(column))) and _subsector_label(m.group(1), "en") is not None:
        return "share"
    return kind if kind in ("count", "money", "code", "share") else ""


#: Decimals of a share printed as a percentage (22.7%).
SHARE_DECIMALS = 1


def share_text(value) -> str:
    """A share (a fraction, 0–1) as a percentage with :data:`SHARE_DECIMALS` decimals: 0.2266 -> ``"22.7%"``;
    a value that is not a finite number as it is."""
    try:
        f = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{f * 100:.{SHARE_DECIMALS}f}%" if math.isfinite(f) else str(value)


def register_codes(kind: str, context: str, words: dict[str, str]) -> None:
    """Let columns of ``kind`` put their codes in words: ``words`` maps a code to its English text
    marked in ``context`` (how a layer below core, e.g. the import's rejection reasons, adds its own)."""
    _VOCABULARIES[kind] = (context, words)


def value_text(column, value, lang: str | None) -> str | None:
    """A coded ``value`` of ``column`` in words in ``lang`` (a sub-sector key, a pattern, a reason
    code, a datum name), or None when the column holds no codes or the code is unknown."""
    entry = FIELDS.get(str(column)) or FIELDS.get(_base(str(column)))
    kind = entry[1] if entry else ""
    if not kind or value is None:
        return None
    text = str(value)
    lang = language(lang)
    if kind == "subsector":
        return _subsector_label(text, lang) or _word(text, lang)
    if kind == "unit":
        return unit_text(text, lang)
    if kind == "datum":
        return datum_text(text)
    if kind in _VOCABULARIES:
        context, words = _VOCABULARIES[kind]
        return translate(context, words[text], lang) if text in words else None
    if kind in ("code_word", "role", "level"):
        return _word(text, lang)
    return None


#: Coded words an analysis adds (:func:`register_words`): code -> (context, English marked there).
_MORE_WORDS: dict[str, tuple[str, str]] = {}


def register_words(context: str, words: dict[str, str]) -> None:
    """Let an analysis's own coded words (``words``: code -> English marked in ``context``, e.g. the
    emerging hot-spot patterns) read in words wherever a column of coded words shows them."""
    _MORE_WORDS.update({code: (context, text) for code, text in words.items()})


def code_said(column, value, lang: str | None) -> str:
    """A coded ``value`` of ``column`` in words in ``lang`` (:func:`value_text`), else the value as it is."""
    return value_text(column, value, lang) or str(value)


def _word(code: str, lang: str) -> str | None:
    if code in _WORDS:
        return translate("FieldValues", _WORDS[code], lang)
    if code in _MORE_WORDS:
        return translate(*_MORE_WORDS[code], lang)
    return None


#: How a datum is written for people (the codes GZMap keeps are lower case: ``gcj02``).
DATUM_NAMES = {"wgs84": "WGS84", "gcj02": "GCJ-02", "bd09": "BD-09", "cgcs2000": "CGCS2000"}


def datum_text(datum) -> str:
    """A datum code as people write it: ``"gcj02"`` -> ``"GCJ-02"``; ``EPSG:4526`` and unknown codes as given."""
    return DATUM_NAMES.get(str(datum or "").strip().lower(), str(datum or ""))


def unit_text(unit: str, lang: str | None) -> str:
    """``unit`` in ``lang``: ``"亿元"`` -> ``"100 million yuan"`` in English and back; unknown units as given."""
    unit = str(unit or "").strip()
    if not unit:
        return ""
    if language(lang) == "zh_CN":
        return unit if unit in _UNITS else _UNITS_EN.get(unit, unit)
    marked = _UNITS.get(unit)
    return translate("Units", marked, "en") if marked else unit


def shown_columns(columns: Iterable, lang: str | None, hidden: Iterable = ()) -> list:
    """The columns a table shows in ``lang``, in order: of ``X``, ``X_zh``, ``X_en`` only one (the
    language's; ``X`` when it holds codes :func:`value_text` puts in words), none in ``hidden``."""
    lang = language(lang)
    cols = [c for c in columns]
    present = {str(c) for c in cols}
    skip = {str(h) for h in hidden}
    own, other = ("_zh", "_en") if lang == "zh_CN" else ("_en", "_zh")
    out = []
    for c in cols:
        name = str(c)
        if name in skip:
            continue
        base = _base(name)
        if name.endswith(other) and (base + own) in present:
            continue  # the other language's twin
        if name == base and (base + own) in present and not _codes_in_words(base):
            continue  # X beside X_<lang>: the translation is shown
        if name.endswith(own) and base in present and _codes_in_words(base):
            continue  # X_<lang> beside codes GZMap puts in words itself
        if name.endswith(other) and base in present and _codes_in_words(base):
            continue
        out.append(c)
    return out


def _codes_in_words(column: str) -> bool:
    entry = FIELDS.get(column)
    return bool(entry and entry[1] in ("subsector", "code_word", "role", "level", "unit", "datum"))


MAX_DECIMALS = 6  # a coordinate in degrees to ~0.1 m
MAX_SIGNIFICANT = 9
_SAMPLE = 20_000


def column_decimals(values) -> int:
    """The fewest decimals that show every value of a float column (a sample of it) exactly,
    at most six decimals and nine significant digits."""
    import numpy as np

    v = np.asarray(values, dtype=float)
    v = v[np.isfinite(v)][:_SAMPLE]
    if v.size == 0:
        return 0
    top = float(np.max(np.abs(v)))
    cap = min(MAX_DECIMALS, max(0, MAX_SIGNIFICANT - 1 - int(math.floor(math.log10(top))))) if top > 0 else 0
    for d in range(cap + 1):
        if np.all(np.abs(np.round(v, d) - v) <= 1e-9 * np.maximum(1.0, np.abs(v))):
            return d
    return cap


def shown_numbers(series: pd.Series, whole: bool, decimals: int = 0) -> pd.Series:
    """A numeric column as a table shows it: ``whole`` numbers (counts, codes, money rounded to its
    unit) and numbers shown with no decimals as integers, missing values kept missing; other numbers
    rounded to ``decimals``."""
    import numpy as np
    import pandas as pd

    values = pd.to_numeric(series, errors="coerce").astype(float)
    if whole or decimals <= 0:  # written as 1235, not 1235.0
        whole_values = values.round(0)
        finite = np.isfinite(whole_values)
        if finite.sum() == whole_values.notna().sum() and bool((whole_values[finite].abs() < 2**53).all()):
            return whole_values.astype("Int64")
        return whole_values  # an infinity or a number past exact integers stays a float
    return values.round(decimals)


def _shown_column(column, series: pd.Series, lang: str | None, rounded: bool) -> pd.Series:
    """One column of :func:`display_frame`: codes in words; ``rounded`` numbers (also those of a
    column of numbers and missing values that pandas keeps as objects)."""
    import numpy as np
    import pandas as pd

    if pd.api.types.is_bool_dtype(series):
        return series
    if not pd.api.types.is_numeric_dtype(series):
        words = {v: value_text(column, v, lang) for v in pd.unique(series.dropna())}
        if any(w is not None for w in words.values()):
            return series.map(lambda v, w=words: w.get(v) or v if v is not None else v)
        numbers = pd.to_numeric(series, errors="coerce") if rounded else None
        if numbers is None or not series.notna().any() or numbers.notna().sum() != series.notna().sum():
            return series
        if series.dropna().map(lambda v: isinstance(v, (bool, np.bool_))).any():
            return series
        series = numbers
    if not rounded:
        return series
    if field_kind(column) == "share":
        return series.map(lambda v: v if pd.isna(v) else share_text(v))
    whole = field_kind(column) in ("count", "code", "money") or pd.api.types.is_integer_dtype(series)
    return shown_numbers(series, whole, column_decimals(series))


def display_frame(df: pd.DataFrame, lang: str | None, hidden: Iterable = (), rounded: bool = False) -> pd.DataFrame:
    """``df`` as a user reads it in ``lang``: :func:`shown_columns`, display names as headers,
    coded values in words; with ``rounded``, numbers as a table shows them (:func:`shown_numbers`:
    counts and codes whole, money rounded to its unit, other numbers to the decimals they need),
    else left as they are."""
    import pandas as pd

    cols = shown_columns(df.columns, lang, hidden)
    out = pd.DataFrame(index=df.index)
    for c in cols:
        if field_label(c, lang) in out.columns:  # two columns with one display name: keep the first
            continue
        out[field_label(c, lang)] = _shown_column(c, df[c], lang, rounded)
    return out
