"""One style model for canvas, HTML and print.

A :class:`Style` turns a layer's features into class indices
(:meth:`Style.classify`) and holds one :class:`Symbol` per class plus a
no-data symbol. The Qt renderer, the HTML exporter and the report legend all
consume the same indices, symbols and :meth:`Style.legend` entries, so a
colour is decided once, here.

Colours are ``#rrggbb`` strings; sizes are in points (1/72 inch), which the
renderer converts to device pixels for screen (96 dpi) or paper.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict
from dataclasses import dataclass
from dataclasses import field as dc_field
from dataclasses import fields
from dataclasses import replace
from typing import TYPE_CHECKING
from typing import Any

import numpy as np

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate

if TYPE_CHECKING:  # pandas is imported where data is classified: it takes ~0.2 s to load
    import pandas as pd

__all__ = [
    "CategorizedStyle",
    "GraduatedStyle",
    "LegendEntry",
    "SingleStyle",
    "Style",
    "Symbol",
    "StyleError",
    "color_ramp",
    "grid_rgba",
    "hex_color",
    "style_from_dict",
]

#: ColorBrewer ramps offered in the UI; the first is the colour-blind-safe default.
RAMPS = ["YlGnBu", "YlOrRd", "Blues", "Greens", "Purples", "OrRd", "PuBuGn", "RdYlBu", "Spectral", "BrBG"]

#: Qualitative palette for categories (ColorBrewer Set1/Dark2-like, 10+ colours).
QUALITATIVE = [
    "#e41a1c",
    "#377eb8",
    "#4daf4a",
    "#984ea3",
    "#ff7f00",
    "#a65628",
    "#f781bf",
    "#1b9e77",
    "#d95f02",
    "#7570b3",
    "#66a61e",
    "#e6ab02",
    "#666666",
]

NODATA_FILL = "#d9d9d9"

#: Marker shapes the renderers draw.
MARKERS = ("circle",)
#: Classification schemes (mapclassify names) a graduated style may name.
SCHEMES = (
    "Quantiles",
    "EqualInterval",
    "NaturalBreaks",
    "FisherJenks",
    "JenksCaspall",
    "HeadTailBreaks",
    "MaximumBreaks",
    "Percentiles",
    "StdMean",
    "BoxPlot",
    "UserDefined",
)
#: Upper bounds for sizes in points (a marker or line wider than a sheet of A4 is no style).
MAX_SIZE_PT = 200.0
MAX_STROKE_PT = 50.0
#: Longest text a style holds (titles, units, sources, field names), characters.
MAX_STYLE_TEXT = 4096
MAX_CLASSES = 256

_HEX_RE = re.compile(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


class StyleError(ValueError):
    """A style value is of the wrong type or out of range; the message names the field."""


def hex_color(value: Any, what: str = "colour") -> str:
    """``value`` as a lower-case ``#rrggbb`` string, or :class:`StyleError`.

    Only hexadecimal colours are accepted: a colour string goes into CSS, SVG
    attributes and QColor unchanged, so anything else (``red;background:url(...)``)
    must never get that far.
    """
    if not isinstance(value, str) or not _HEX_RE.fullmatch(value.strip()):
        shown = repr(value)[:40]
        raise StyleError(f"{what}: {shown} is not a colour (expected #rrggbb)")
    c = value.strip()[1:].lower()
    if len(c) == 3:
        c = "".join(ch * 2 for ch in c)
    return "#" + c


def _number(value: Any, what: str, low: float, high: float) -> float:
    """``value`` as a finite float in [low, high], or :class:`StyleError`."""
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise StyleError(f"{what}: {repr(value)[:40]} is not a number")
    v = float(value)
    if not math.isfinite(v) or not low <= v <= high:
        raise StyleError(f"{what}: {v!r} is outside {low:g}–{high:g}")
    return v


def _optional_text(value: Any, what: str) -> str | None:
    """``value`` checked as by :func:`_text`, or None when it is None."""
    return None if value is None else _text(value, what)


def _text(value: Any, what: str) -> str:
    """``value`` as text of at most ``MAX_STYLE_TEXT`` characters (a whole number is taken as its digits)."""
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        value = str(value)  # e.g. a year saved as a number
    if not isinstance(value, str):
        raise StyleError(f"{what}: {repr(value)[:40]} is not text")
    if len(value) > MAX_STYLE_TEXT:
        raise StyleError(f"{what}: text of {len(value):,} characters (at most {MAX_STYLE_TEXT:,})")
    return value


def color_ramp(name: str, n: int) -> list[str]:
    """``n`` colours of the ColorBrewer ramp ``name`` (branca's copy of ColorBrewer).

    A trailing ``_r`` reverses the ramp. Unknown names raise ``ValueError``
    listing the valid ones.
    """
    from branca.utilities import color_brewer

    reverse = name.endswith("_r")
    base = name[:-2] if reverse else name
    try:
        colors = color_brewer(base, n=max(n, 3))
    except (ValueError, KeyError):
        raise ValueError(f"unknown colour ramp {name!r}; valid ramps: {', '.join(RAMPS)}") from None
    if n < 3:  # ColorBrewer ramps start at 3 classes; take the ends
        colors = [colors[0], colors[-1]][:n] if n == 2 else [colors[len(colors) // 2]]
    elif len(colors) != n:
        idx = np.linspace(0, len(colors) - 1, n).round().astype(int)
        colors = [colors[i] for i in idx]
    colors = [c.lower() for c in colors]
    return colors[::-1] if reverse else colors


@dataclass(frozen=True)
class Symbol:
    """How one class of features is drawn.

    ``size`` is a point marker's diameter in points; ``stroke_width`` is in
    points; ``fill_opacity`` is 0–1 and multiplies the layer's opacity.
    """

    fill: str = "#3182bd"
    stroke: str = "#ffffff"
    stroke_width: float = 0.6
    size: float = 5.0
    fill_opacity: float = 1.0
    marker: str = "circle"

    def __post_init__(self) -> None:
        # Every consumer (QPainter, CSS, Leaflet options) takes these as they are: check them once here.
        checked = {
            "fill": hex_color(self.fill, "fill"),
            "stroke": hex_color(self.stroke, "stroke"),
            "stroke_width": _number(self.stroke_width, "stroke_width", 0.0, MAX_STROKE_PT),
            "size": _number(self.size, "size", 0.0, MAX_SIZE_PT),
            "fill_opacity": _number(self.fill_opacity, "fill_opacity", 0.0, 1.0),
        }
        if self.marker not in MARKERS:
            raise StyleError(f"marker: {repr(self.marker)[:40]} is not one of {', '.join(MARKERS)}")
        for name, value in checked.items():
            object.__setattr__(self, name, value)

    def rgba(self) -> tuple[int, int, int, int]:
        """Fill colour as 0–255 RGBA."""
        return (*hex_to_rgb(self.fill), int(round(255 * self.fill_opacity)))


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    """``#rrggbb`` (or ``#rgb``) to an (r, g, b) tuple of 0–255 ints; :class:`StyleError` otherwise."""
    c = hex_color(color)
    return int(c[1:3], 16), int(c[3:5], 16), int(c[5:7], 16)


@dataclass
class LegendEntry:
    """One row of a legend: a symbol, a label in both languages, a count."""

    symbol: Symbol
    label_zh: str
    label_en: str
    count: int | None = None
    #: (lower, upper) bounds of a graduated class in the field's units (lower None: open below)
    bounds: tuple[float | None, float] | None = None

    def label(self, lang: str) -> str:
        return self.label_zh if lang.startswith("zh") else self.label_en


@dataclass
class Style:
    """Base: one symbol for every feature. Subclasses classify by a field.

    ``unit``, ``year`` and ``source`` describe the styled value and are shown
    in legends, tooltips and exports.
    """

    symbol: Symbol = dc_field(default_factory=Symbol)
    label_field: str | None = None
    title_zh: str = ""
    title_en: str = ""
    unit: str = ""
    year: str = ""
    source: str = ""
    #: Size by field: marker *area* proportional to this numeric field's absolute value, the largest
    #: value drawn ``size_largest`` points across (at least :data:`SIZE_SMALLEST` points); None keeps
    #: the class symbols' sizes.
    size_field: str | None = None
    size_largest: float = 16.0

    kind = "single"

    # -- the interface every consumer uses --------------------------------
    @property
    def symbols(self) -> list[Symbol]:
        """Symbols by class index."""
        return [self.symbol]

    @property
    def nodata_symbol(self) -> Symbol:
        return replace(self.symbol, fill=NODATA_FILL)

    def classify(self, df: pd.DataFrame) -> np.ndarray:
        """Class index of each row (int32); -1 means no data."""
        return np.zeros(len(df), dtype=np.int32)

    def symbol_for(self, index: int) -> Symbol:
        return self.nodata_symbol if index < 0 else self.symbols[index]

    def sizes(self, df: pd.DataFrame) -> np.ndarray:
        """(n,) marker diameters in points, one per feature: the class symbol's size, or by
        :attr:`size_field` (a proportional :class:`GraduatedStyle` scales them with its value)."""
        if self.size_field and self.size_field in df.columns:
            import pandas as pd

            v = pd.to_numeric(df[self.size_field], errors="coerce").to_numpy(dtype=float)
            return proportional_sizes(v, self.size_largest, SIZE_SMALLEST, self.nodata_symbol.size)
        table = np.array([s.size for s in self.symbols] + [self.nodata_symbol.size], dtype=float)
        idx = self.classify(df)
        return table[np.where(idx < 0, len(self.symbols), idx)]

    def rgba(self, df: pd.DataFrame) -> np.ndarray:
        """(n, 4) uint8 RGBA fill colours, one row per feature."""
        table = np.array([s.rgba() for s in self.symbols] + [self.nodata_symbol.rgba()], dtype=np.uint8)
        idx = self.classify(df)
        return table[np.where(idx < 0, len(self.symbols), idx)]

    def legend(self, df: pd.DataFrame | None = None, keep_empty: bool = False) -> list[LegendEntry]:
        """The legend rows (counts of ``df``'s rows when given). A classified style leaves out the
        classes no row of ``df`` falls in unless ``keep_empty`` (then one row per class, in order)."""
        count = None if df is None else len(df)
        return [LegendEntry(self.symbol, self.title_zh, self.title_en, count)]

    def legend_title(self, lang: str) -> str:
        """The title in ``lang`` with the unit in ``lang`` and the year, unless the title names it
        already: ``"GDP 2023 (100 million yuan)"``, ``"GDP（亿元，2023）"``."""
        from gzmap.core.fields import unit_text

        title = self.title_zh if lang.startswith("zh") else self.title_en
        year = str(self.year or "")
        bits = [b for b in (unit_text(self.unit, lang), "" if year and year in title else year) if b]
        if not (bits and title):
            return title
        return f"{title}（{'，'.join(bits)}）" if lang.startswith("zh") else f"{title} ({', '.join(bits)})"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["kind"] = self.kind
        return d


@dataclass
class SingleStyle(Style):
    kind = "single"


@dataclass
class CategorizedStyle(Style):
    """One symbol per value of ``field``; other values use ``other``.

    ``categories`` maps the value (as a string) to ``(Symbol, label_zh, label_en)``.
    """

    field: str = ""
    categories: dict[str, tuple[Symbol, str, str]] = dc_field(default_factory=dict)
    other: Symbol | None = None

    kind = "categorized"

    @property
    def symbols(self) -> list[Symbol]:
        syms = [c[0] for c in self.categories.values()]
        return syms + ([self.other] if self.other is not None else [])

    def classify(self, df: pd.DataFrame) -> np.ndarray:
        if self.field not in df.columns:
            return np.full(len(df), -1, dtype=np.int32)
        lookup = {k: i for i, k in enumerate(self.categories)}
        values = df[self.field].astype("string")
        codes = values.map(lookup).fillna(-1).to_numpy(dtype=np.int32)
        keys = lookup
        if self.other is not None:
            codes[codes < 0] = len(keys)
        return codes

    def legend(self, df: pd.DataFrame | None = None, keep_empty: bool = False) -> list[LegendEntry]:
        counts = None
        if df is not None:
            counts = np.bincount(self.classify(df) + 1, minlength=len(self.symbols) + 1)[1:]
        out = []
        for i, (sym, zh, en) in enumerate(self.categories.values()):
            if counts is not None and not counts[i] and not keep_empty:
                continue  # a category no feature has says nothing
            out.append(LegendEntry(sym, zh, en, None if counts is None else int(counts[i])))
        if self.other is not None and (counts is None or counts[-1] > 0 or keep_empty):
            out.append(LegendEntry(self.other, "其他", "Other", None if counts is None else int(counts[-1])))
        return out

    @classmethod
    def from_values(
        cls, field: str, values, labels: dict[str, tuple[str, str]] | None = None, base: Symbol | None = None, **kw
    ) -> CategorizedStyle:
        """Build a categorized style over ``values`` with the qualitative palette."""
        base = base or Symbol()
        cats: dict[str, tuple[Symbol, str, str]] = {}
        for i, v in enumerate(values):
            zh, en = (labels or {}).get(str(v), (str(v), str(v)))
            cats[str(v)] = (replace(base, fill=QUALITATIVE[i % len(QUALITATIVE)]), zh, en)
        return cls(field=field, categories=cats, other=replace(base, fill="#999999"), **kw)

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        d["categories"] = {k: [asdict(s), zh, en] for k, (s, zh, en) in self.categories.items()}
        return d


@dataclass
class GraduatedStyle(Style):
    """Classes of a numeric ``field`` by a mapclassify scheme and a ColorBrewer ramp.

    ``breaks`` are class upper bounds, as mapclassify's ``bins``; they are
    computed by :meth:`fit` (or given, for scheme ``"UserDefined"``).
    """

    field: str = ""
    scheme: str = "Quantiles"
    k: int = 5
    ramp: str = "YlGnBu"
    breaks: list[float] = dc_field(default_factory=list)
    decimals: int = 1
    #: Graduated symbols: marker diameters (points) of the first and last class,
    #: interpolated between; None keeps ``symbol.size`` for every class.
    size_min: float | None = None
    size_max: float | None = None
    #: Proportional symbols: :meth:`sizes` makes marker *area* proportional to
    #: the value (diameter ``size_max`` at the largest value, at least ``size_min``).
    proportional: bool = False
    #: Rasters: cells at or below this value are not drawn (a heat surface's lowest class,
    #: :func:`gzmap.analysis.layers.kde_style`); None draws every class.
    floor: float | None = None
    #: Fisher–Jenks breaks fitted on a fixed-seed sample of this many values
    #: (:mod:`gzmap.core.jenks`); None when every value was used.
    sample: int | None = None

    kind = "graduated"

    def fit(self, df: pd.DataFrame) -> GraduatedStyle:
        """Compute ``breaks`` from the data (Fisher–Jenks by :mod:`gzmap.core.jenks`, on a
        fixed-seed sample above :data:`~gzmap.core.jenks.JENKS_SAMPLE` values; the other
        schemes by mapclassify, imported only for them: its import takes seconds of the GIL on a cold
        start, which a worker's fit would take from the GUI thread); returns self. Slow on large data:
        the app fits in a worker."""
        import pandas as pd

        values = pd.to_numeric(df[self.field], errors="coerce").to_numpy(dtype=float)
        values = values[np.isfinite(values)]
        self.sample = None
        if values.size == 0:
            self.breaks = []
            return self
        if self.scheme.lower().replace("_", "") == "fisherjenks":
            from gzmap.core.jenks import sampled_fisher_jenks

            bins, self.sample = sampled_fisher_jenks(values, min(self.k, MAX_CLASSES))
            self.breaks = [float(b) for b in np.unique(bins)]
            return self
        import mapclassify

        kwargs: dict[str, Any] = {}
        if self.scheme.lower() in {"userdefined", "user_defined", "manual"}:
            kwargs["bins"] = list(self.breaks)
            scheme = "UserDefined"
        else:
            scheme = self.scheme
            if scheme.lower() not in {"std_mean", "stdmean", "box_plot", "boxplot"}:
                kwargs["k"] = min(self.k, max(len(np.unique(values)), 1))
        classifier = mapclassify.classify(values, scheme, **kwargs)
        self.breaks = [float(b) for b in np.unique(classifier.bins)]  # ties make equal bounds: one class
        return self

    @property
    def symbols(self) -> list[Symbol]:
        n = max(len(self.breaks), 1)
        colors = color_ramp(self.ramp, n)
        if self.size_min is not None and self.size_max is not None:
            sizes = np.linspace(self.size_min, self.size_max, n) if n > 1 else [self.size_max]
            return [replace(self.symbol, fill=c, size=float(z)) for c, z in zip(colors, sizes)]
        return [replace(self.symbol, fill=c) for c in colors]

    def sizes(self, df: pd.DataFrame) -> np.ndarray:
        if not self.proportional or self.field not in df.columns:
            return super().sizes(df)
        import pandas as pd

        v = pd.to_numeric(df[self.field], errors="coerce").to_numpy(dtype=float)
        big = self.size_max if self.size_max is not None else 3 * self.symbol.size
        small = self.size_min if self.size_min is not None else 0.0
        return proportional_sizes(v, big, small, self.nodata_symbol.size)

    def classify(self, df: pd.DataFrame) -> np.ndarray:
        if self.field not in df.columns or not self.breaks:
            return np.full(len(df), -1, dtype=np.int32)
        import pandas as pd

        v = pd.to_numeric(df[self.field], errors="coerce").to_numpy(dtype=float)
        idx = np.searchsorted(np.asarray(self.breaks), v, side="left").astype(np.int32)
        idx = np.minimum(idx, len(self.breaks) - 1)
        idx[np.isnan(v)] = -1
        return idx

    def legend(self, df: pd.DataFrame | None = None, keep_empty: bool = False) -> list[LegendEntry]:
        """One row per class with its range and count, then "No data" when some rows have none.

        With ``df``, classes no row falls in are left out (unless ``keep_empty``), and data that
        cannot be classified says so instead of making a one-class legend: a single row naming
        the one value, or a single "no data" row when no row has a number. Classes at or below
        :attr:`floor` are labelled as not drawn.
        """
        if df is None:
            return self._class_rows(None, None, keep_empty=True)
        import pandas as pd

        vals = pd.to_numeric(df[self.field], errors="coerce") if self.field in df else pd.Series(dtype=float)
        counts = np.bincount(self.classify(df) + 1, minlength=len(self.breaks) + 1)
        nodata = int(len(df) - vals.notna().sum()) if self.field in df else len(df)
        if not keep_empty and vals.notna().any() and vals.nunique() == 1:
            only = float(vals.dropna().iloc[0])
            sym = self.symbol_for(int(self.classify(df)[vals.notna().to_numpy()][0]))
            rows = [_one_value_entry(sym, f"{{:,.{self.decimals}f}}".format(only), int(vals.notna().sum()))]
        elif not keep_empty and not vals.notna().any() and len(df):
            return [_no_values_entry(self.nodata_symbol, len(df))]
        else:
            rows = self._class_rows(counts, vals.min() if vals.notna().any() else None, keep_empty)
        if nodata:
            rows.append(LegendEntry(self.nodata_symbol, "无数据", "No data", nodata))
        return rows

    def _class_rows(self, counts, lowest, keep_empty: bool) -> list[LegendEntry]:
        """The class rows: range labels from ``lowest`` (None: "≤ upper"), ``counts`` (index 0: no data)."""
        out = []
        prev = lowest
        fmt = f"{{:,.{self.decimals}f}}"
        for i, (sym, upper) in enumerate(zip(self.symbols, self.breaks)):
            if prev is None or prev > upper:  # e.g. box plot's low-outlier class below the data
                label, prev = f"≤ {fmt.format(upper)}", None
            else:
                label = f"{fmt.format(prev)} – {fmt.format(upper)}"
            count = None if counts is None else int(counts[i + 1])
            low = None if prev is None else float(prev)
            prev = upper
            if count == 0 and not keep_empty:
                continue
            zh = en = label
            if self.floor is not None and upper <= self.floor:
                sym = replace(sym, fill_opacity=0.0)
                zh, en = (f"{label}{translate('Legend', _NOT_DRAWN, lang)}" for lang in ("zh_CN", "en"))
            out.append(LegendEntry(sym, zh, en, count, (low, float(upper))))
        return out


#: Smallest marker of a size-by-field style, points.
SIZE_SMALLEST = 2.0


def proportional_sizes(values: np.ndarray, largest: float, smallest: float, nodata: float) -> np.ndarray:
    """Marker diameters (points) whose areas are proportional to ``|values|``: ``largest`` for the
    largest, at least ``smallest``; ``nodata`` where a value is missing."""
    v = np.asarray(values, dtype=float)
    vmax = np.nanmax(np.abs(v)) if np.isfinite(v).any() else np.nan
    with np.errstate(invalid="ignore", divide="ignore"):
        out = largest * np.sqrt(np.abs(v) / vmax) if vmax and np.isfinite(vmax) else np.full(len(v), largest)
    out = np.maximum(out, smallest)
    out[~np.isfinite(v)] = nodata
    return out


_NOT_DRAWN = QT_TRANSLATE_NOOP("Legend", " (not drawn)")
_ONE_VALUE = QT_TRANSLATE_NOOP("Legend", "One value only: {value}")
_NO_VALUES = QT_TRANSLATE_NOOP("Legend", "No data: no value to classify")


def _one_value_entry(symbol: Symbol, value: str, count: int) -> LegendEntry:
    """The legend row of data holding a single value (nothing to classify): it names the value."""
    zh, en = (translate("Legend", _ONE_VALUE, lang, value=value) for lang in ("zh_CN", "en"))
    return LegendEntry(symbol, zh, en, count)


def _no_values_entry(symbol: Symbol, count: int) -> LegendEntry:
    """The legend row of data with no number at all."""
    zh, en = (translate("Legend", _NO_VALUES, lang) for lang in ("zh_CN", "en"))
    return LegendEntry(symbol, zh, en, count)


_KINDS = {"single": SingleStyle, "categorized": CategorizedStyle, "graduated": GraduatedStyle}


def style_from_dict(d: Any) -> Style:
    """Inverse of :meth:`Style.to_dict` (used by project files, which may come from anyone).

    Every value is checked against its type and range; anything wrong raises
    :class:`StyleError` naming the field. Keys this version does not know are
    ignored (a newer GZMap may add some).
    """
    if not isinstance(d, dict):
        raise StyleError(f"style: expected an object, not {type(d).__name__}")
    kind = d.get("kind", "single")
    cls = _KINDS.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise StyleError(f"kind: {repr(kind)[:40]} is not one of {', '.join(_KINDS)}")
    known = {f.name for f in fields(cls)}
    kw: dict[str, Any] = {k: v for k, v in d.items() if k in known}
    kw["symbol"] = _symbol(d.get("symbol", {}), "symbol")
    kw["label_field"] = _optional_text(kw.get("label_field"), "label_field")
    kw["size_field"] = _optional_text(kw.get("size_field"), "size_field")
    if "size_largest" in kw:
        kw["size_largest"] = _number(kw["size_largest"], "size_largest", 0.0, MAX_SIZE_PT)
    for name in ("title_zh", "title_en", "unit", "year", "source"):
        if name in kw:
            kw[name] = _text(kw[name], name)
    if cls is CategorizedStyle:
        kw["field"] = _text(kw.get("field", ""), "field")
        cats = d.get("categories", {})
        if not isinstance(cats, dict) or len(cats) > MAX_CLASSES:
            raise StyleError(f"categories: expected an object of at most {MAX_CLASSES} categories")
        out = {}
        for key, value in cats.items():
            what = f"categories[{str(key)[:40]!r}]"
            if not isinstance(value, (list, tuple)) or len(value) != 3:
                raise StyleError(f"{what}: expected [symbol, label_zh, label_en]")
            out[_text(key, what)] = (_symbol(value[0], what), _text(value[1], what), _text(value[2], what))
        kw["categories"] = out
        kw["other"] = _symbol(d["other"], "other") if d.get("other") else None
    elif cls is GraduatedStyle:
        kw["field"] = _text(kw.get("field", ""), "field")
        scheme = _text(kw.get("scheme", "Quantiles"), "scheme")
        if scheme.lower().replace("_", "") not in {name.lower() for name in SCHEMES} | {"manual"}:
            raise StyleError(f"scheme: {repr(scheme)[:40]} is not one of {', '.join(SCHEMES)}")
        ramp = _text(kw.get("ramp", "YlGnBu"), "ramp")
        try:
            color_ramp(ramp, 3)
        except ValueError as exc:
            raise StyleError(f"ramp: {exc}") from None
        kw["ramp"] = ramp
        kw["k"] = int(_number(kw.get("k", 5), "k", 1, MAX_CLASSES))
        kw["decimals"] = int(_number(kw.get("decimals", 1), "decimals", 0, 12))
        breaks = kw.get("breaks", [])
        if not isinstance(breaks, list) or len(breaks) > MAX_CLASSES:
            raise StyleError(f"breaks: expected a list of at most {MAX_CLASSES} numbers")
        kw["breaks"] = [_number(b, f"breaks[{i}]", -math.inf, math.inf) for i, b in enumerate(breaks)]
        if any(b > a for a, b in zip(kw["breaks"][1:], kw["breaks"])):
            raise StyleError("breaks: class bounds must increase")
        for name in ("size_min", "size_max"):
            if kw.get(name) is not None:
                kw[name] = _number(kw[name], name, 0.0, MAX_SIZE_PT)
        if kw.get("floor") is not None:
            kw["floor"] = _number(kw["floor"], "floor", -math.inf, math.inf)
        if kw.get("sample") is not None:
            kw["sample"] = int(_number(kw["sample"], "sample", 1, 2**31))
        if not isinstance(kw.get("proportional", False), bool):
            raise StyleError("proportional: expected true or false")
    return cls(**kw)


def _symbol(d: Any, what: str) -> Symbol:
    if not isinstance(d, dict):
        raise StyleError(f"{what}: expected an object, not {type(d).__name__}")
    known = {f.name for f in fields(Symbol)}
    try:
        return Symbol(**{k: v for k, v in d.items() if k in known})
    except StyleError as exc:
        raise StyleError(f"{what}.{exc}") from None


def grid_rgba(style: Style, values, opacity: float = 1.0) -> np.ndarray:
    """(h, w, 4) uint8 colours of a raster grid's cells by ``style``.

    The one rule for raster layers on canvas, print and HTML: NaN, values
    <= 0 and values at or below the style's ``floor`` (a heat surface's lowest
    class) are transparent; alpha is the class colour's times ``opacity``.
    """
    import pandas as pd

    values = np.asarray(values, dtype=float)
    column = getattr(style, "field", "") or "value"  # a raster's style classifies its cell values
    rgba = style.rgba(pd.DataFrame({column: values.ravel()})).reshape(values.shape + (4,)).copy()
    rgba[..., 3] = (rgba[..., 3].astype(float) * opacity).astype(np.uint8)
    floor = getattr(style, "floor", None)
    hidden = ~np.isfinite(values) | (values <= (0.0 if floor is None else max(float(floor), 0.0)))
    rgba[hidden] = 0
    return np.ascontiguousarray(rgba)
