"""Which column holds what: coordinates, name, address, sub-sector, numbers.

Detection works on the header names (Chinese and English, with units and
datum hints such as ``经度(GCJ-02)`` or ``bd_lng``) and, where names say
nothing, on the values (a numeric column whose values lie between 73 and 136
is a longitude in China). It also recognises:

* one combined column ``"113.32,23.11"`` (lon, lat; or lat, lon when the
  values say so),
* degree–minute–second text such as ``113°19'28.2"E`` or ``113度19分28.2秒``,
* projected coordinates (metres) and the likely EPSG code,
* swapped latitude/longitude columns, offered as a fix.

Parsing of coordinate values lives here too: :func:`parse_coordinate` turns a
column of numbers or text into float degrees (NaN where it cannot).
"""

from __future__ import annotations

import re
from dataclasses import asdict
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

import numpy as np
import pandas as pd

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate
from gzmap.io.messages import note
from gzmap.io.numbers import PLAIN_FLOAT
from gzmap.io.numbers import parse_column
from gzmap.io.numbers import plain_floats

__all__ = [
    "ROLES",
    "ColumnMapping",
    "detect_columns",
    "CRS_REASON",
    "DatumReason",
    "guess_datum_hint",
    "parse_combined",
    "parse_coordinate",
    "parse_number",
]

#: Roles a column can play, in the order the import wizard shows them.
ROLES = ["lon", "lat", "coords", "name", "address", "category", "employees", "revenue", "founded"]

# China's extent in degrees (a little larger than the GCJ-02 box is not needed)
LON_RANGE = (73.0, 136.0)
LAT_RANGE = (3.0, 54.0)


class DatumReason(str):
    """Why a datum is suggested: the English sentence (it *is* the string) plus its parts,
    so that the app can say it in the UI language.

    ``kind``: ``"column"`` or ``"file name"`` (``name`` mentions ``word``),
    ``"provenance file"`` (``name``), ``"crs"`` (the file's own CRS) or
    ``"projection"`` (``name``: ``zone38``, ``utm49``, ``gk114`` or ``unknown``).
    """

    kind: str
    name: str
    word: str

    def __new__(cls, text: str, kind: str, name: str = "", word: str = ""):
        obj = super().__new__(cls, text)
        obj.kind, obj.name, obj.word = kind, name, word
        return obj

    def __reduce__(self):  # pickled with its parts (a distributed import sends the mapping to workers)
        return (DatumReason, (str(self), self.kind, self.name, self.word))


#: A datum suggestion's reason in words, by kind (and by projection name), said in the UI language.
_REASON_WORDS = {
    "column": QT_TRANSLATE_NOOP("ImportNotes", "column “{name}”, which mentions “{word}”"),
    "file name": QT_TRANSLATE_NOOP("ImportNotes", "file name “{name}”, which mentions “{word}”"),
    "provenance file": QT_TRANSLATE_NOOP("ImportNotes", "the provenance file “{name}”"),
    "crs": QT_TRANSLATE_NOOP("ImportNotes", "the file's coordinate reference system"),
    "zone38": QT_TRANSLATE_NOOP(
        "ImportNotes", "eastings carry zone prefix 38 (CGCS2000 3-degree Gauss-Kruger zone 38)"
    ),
    "utm49": QT_TRANSLATE_NOOP("ImportNotes", "metre coordinates typical of UTM zone 49N around Guangzhou"),
    "gk114": QT_TRANSLATE_NOOP("ImportNotes", "metre coordinates typical of CGCS2000 3-degree GK CM 114E"),
    "unknown": QT_TRANSLATE_NOOP("ImportNotes", "projected coordinates in metres; choose their EPSG code"),
}
#: The reason given when a point file's own CRS suggests the datum.
CRS_REASON = DatumReason("the file's coordinate reference system", "crs")


def datum_reason_text(reason, lang: str | None) -> str:
    """Where a datum suggestion came from (a :class:`DatumReason`) in ``lang``; any other text as it is."""
    kind, name, word = (getattr(reason, k, "") for k in ("kind", "name", "word"))
    key = name if kind == "projection" else kind
    if key not in _REASON_WORDS:
        return str(reason)
    return translate("ImportNotes", _REASON_WORDS[key], lang, name=name, word=word)


@dataclass
class ColumnMapping:
    """Column names for each role (None when the file has no such column).

    ``coords`` is a single column holding both numbers ("113.32,23.11");
    ``coords_order`` is ``"lonlat"`` or ``"latlon"`` for it. ``swapped`` says
    the values of the ``lon`` and ``lat`` columns look exchanged (most rows).
    ``format`` is ``"decimal"``, ``"dms"`` (degree-minute-second text) or
    ``"projected"`` (metres in a projected CRS; see ``datum_hint``).
    """

    lon: str | None = None
    lat: str | None = None
    coords: str | None = None
    coords_order: str = "lonlat"
    name: str | None = None
    address: str | None = None
    category: str | None = None
    employees: str | None = None
    revenue: str | None = None
    founded: str | None = None
    swapped: bool = False
    format: str = "decimal"
    datum_hint: str | None = None
    datum_reason: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def has_coordinates(self) -> bool:
        return bool(self.coords) or bool(self.lon and self.lat)

    def coordinate_columns(self) -> list[str]:
        return [c for c in ([self.coords] if self.coords else [self.lon, self.lat]) if c]

    def get(self, role: str) -> str | None:
        return getattr(self, role)

    def to_dict(self) -> dict:
        return asdict(self)


# --------------------------------------------------------------------------- header names


def _norm(name: str) -> str:
    """Lower case, no spaces/punctuation/bracketed units: ``'经度 (GCJ-02)'`` -> ``'经度'``."""
    s = str(name).strip().lower()
    s = re.sub(r"[\(（\[【][^\)）\]】]*[\)）\]】]", "", s)  # bracketed units / datum notes
    s = re.sub(r"[\s_\-\.:/：·]+", "", s)
    return s


_DATUM_WORDS = [
    "gcj02",
    "gcj",
    "wgs84",
    "wgs",
    "bd09",
    "bd",
    "baidu",
    "amap",
    "gaode",
    "gps",
    "高德",
    "百度",
    "火星",
    "国家2000",
    "cgcs2000",
]


def _strip_datum(s: str) -> str:
    for w in sorted(_DATUM_WORDS, key=len, reverse=True):
        s = s.replace(w, "")
    return s


# exact names after _norm/_strip_datum, in priority order, and substrings
_EXACT = {
    "lon": [
        "经度",
        "lng",
        "lon",
        "long",
        "longitude",
        "x",
        "x坐标",
        "横坐标",
        "东经",
        "经度坐标",
        "pointx",
        "lng坐标",
        "坐标x",
        "经度值",
    ],
    "lat": ["纬度", "lat", "latitude", "y", "y坐标", "纵坐标", "北纬", "纬度坐标", "pointy", "坐标y", "纬度值"],
    "coords": [
        "坐标",
        "经纬度",
        "经纬度坐标",
        "location",
        "coordinates",
        "coordinate",
        "lnglat",
        "lonlat",
        "latlng",
        "latlon",
        "位置坐标",
        "坐标位置",
        "gps坐标",
        "xy",
        "点位",
        "坐标点",
    ],
    "name": [
        "企业名称",
        "名称",
        "公司名称",
        "单位名称",
        "企业名",
        "公司",
        "企业",
        "name",
        "company",
        "companyname",
        "enterprise",
        "enterprisename",
        "机构名称",
        "市场主体名称",
        "title",
    ],
    "address": [
        "地址",
        "详细地址",
        "注册地址",
        "经营地址",
        "企业地址",
        "办公地址",
        "通讯地址",
        "address",
        "addr",
        "location address",
        "streetaddress",
    ],
    "category": [
        "细分行业",
        "行业",
        "类别",
        "子行业",
        "行业类别",
        "行业分类",
        "分类",
        "门类",
        "所属行业",
        "类型",
        "业态",
        "子领域",
        "领域",
        "category",
        "sector",
        "subsector",
        "industry",
        "type",
        "class",
    ],
    "employees": [
        "从业人员",
        "从业人数",
        "员工人数",
        "职工人数",
        "人数",
        "员工数",
        "从业人员数",
        "就业人数",
        "employees",
        "staff",
        "headcount",
        "employee",
        "numberofemployees",
    ],
    "revenue": [
        "营收",
        "营业收入",
        "收入",
        "主营业务收入",
        "营业额",
        "年营收",
        "revenue",
        "income",
        "turnover",
        "sales",
    ],
    "founded": [
        "成立年份",
        "成立时间",
        "成立日期",
        "注册年份",
        "注册时间",
        "注册日期",
        "成立年",
        "founded",
        "foundingyear",
        "yearfounded",
        "established",
        "founding",
        "year",
        "年份",
    ],
}
_CONTAINS = {
    "lon": ["经度", "longitude", "lng"],
    "lat": ["纬度", "latitude"],
    "coords": ["经纬度", "坐标"],
    "name": ["名称", "name"],
    "address": ["地址", "address"],
    "category": ["行业", "类别", "分类", "sector", "category", "industry"],
    "employees": ["从业", "员工", "职工", "人数", "employee", "staff"],
    "revenue": ["营收", "收入", "revenue", "income", "turnover"],
    "founded": ["成立", "注册年", "founded", "establish"],
}


def _name_score(role: str, header: str) -> int:
    """3 exact name, 2 exact after dropping datum words, 1 substring, 0 no match."""
    n = _norm(header)
    if n in _EXACT[role]:
        return 3
    s = _strip_datum(n)
    if s and s in _EXACT[role]:
        return 2
    if role == "lon" and re.fullmatch(r"(lng|lon|long|x)\d*", s or ""):
        return 2
    if role == "lat" and re.fullmatch(r"(lat|y)\d*", s or ""):
        return 2
    if any(w in n for w in _CONTAINS[role]):
        # "经纬度" contains "经度"? no, but "经度纬度" style names are combined
        if role in ("lon", "lat") and ("经纬" in n or ("经度" in n and "纬度" in n)):
            return 0
        return 1
    return 0


def sidecar_datum(path) -> tuple[str | None, str]:
    """Datum stated by a provenance file beside a table: ``<stem>.PROVENANCE.json``
    with a ``coordinate_datum`` (or ``source_datum``) entry, as GZMap writes for
    the data it ships. Returns ``(datum, reason)`` or ``(None, "")``."""
    import json
    from pathlib import Path

    path = Path(path)
    side = path.with_name(f"{path.stem}.PROVENANCE.json")
    if not side.is_file():
        return None, ""
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, ""
    datum = meta.get("coordinate_datum") or meta.get("source_datum") if isinstance(meta, dict) else None
    if not datum:
        return None, ""
    return str(datum), DatumReason(f"provenance file {side.name!r}", "provenance file", side.name)


def guess_datum_hint(names, filename: str = "") -> tuple[str | None, str]:
    """Datum suggested by column names or the file name: ``(datum, reason)``.

    ``gcj``/``高德``/``amap`` suggest GCJ-02, ``bd``/``百度``/``baidu`` BD-09,
    ``wgs``/``gps`` WGS84, ``cgcs2000``/``国家2000`` CGCS2000.
    """
    rules = [
        ("gcj02", ["gcj", "高德", "amap", "gaode", "火星", "腾讯", "tencent"]),
        ("bd09", ["bd09", "bd_", "bdlng", "bdlat", "百度", "baidu"]),
        ("wgs84", ["wgs", "gps"]),
        ("cgcs2000", ["cgcs2000", "国家2000", "cgcs"]),
    ]
    places = [(str(n), "column") for n in names] + [(str(filename), "file name")]
    for datum, words in rules:
        for text, where in places:
            low = text.lower()
            for w in words:
                if w in low:
                    return datum, DatumReason(f"{where} {text!r} (mentions {w!r})", where, text, w)
    return None, ""


# --------------------------------------------------------------------------- value parsing

_DMS = re.compile(
    r"""^\s*(?P<h1>[NSEW东西南北])?\s*
        (?P<deg>[-+]?\d+(?:\.\d+)?)\s*(?:°|º|度|d|:|\s)\s*
        (?:(?P<min>\d+(?:\.\d+)?)\s*(?:'|′|’|分|m|:|\s)?\s*)?
        (?:(?P<sec>\d+(?:\.\d+)?)\s*(?:"|″|”|''|秒|s)?\s*)?
        (?P<h2>[NSEW东西南北])?\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
_FLOAT = re.compile(rf"^\s*{PLAIN_FLOAT}\s*$")


def _dms_one(text) -> float:
    if text is None:
        return np.nan
    s = str(text).strip()
    if not s:
        return np.nan
    if _FLOAT.match(s):
        return float(s)
    m = _DMS.match(s)
    if not m:
        return np.nan
    deg = float(m.group("deg"))
    mins = float(m.group("min") or 0)
    secs = float(m.group("sec") or 0)
    if mins >= 60 or secs >= 60:
        return np.nan
    value = abs(deg) + mins / 60 + secs / 3600
    hemi = (m.group("h1") or m.group("h2") or "").upper()
    if deg < 0 or hemi in ("S", "W", "南", "西"):
        value = -value
    return value


def parse_coordinate(values: pd.Series) -> np.ndarray:
    """Float degrees (or metres) from a column of numbers, numeric text or DMS text; NaN where unparseable.

    Numeric columns pass through without a copy of Python objects, so a
    million-row column costs milliseconds.
    """
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype):
        return values.to_numpy(dtype=float, na_value=np.nan)
    num = plain_floats(values)
    bad = np.isnan(num) & values.notna().to_numpy()
    if bad.any():
        sub = values[bad]
        codes, uniques = pd.factorize(sub)
        parsed = np.array([_dms_one(_fullwidth(u)) for u in uniques], dtype=float)
        num[bad] = parsed[codes] if len(parsed) else np.nan
    return num


def _fullwidth(s) -> str:
    """Full-width digits and punctuation (common in Chinese Excel files) to ASCII."""
    s = str(s)
    return s.translate(_FW) if any(ord(c) > 0xFF00 for c in s) else s


_FW = {0xFF10 + i: 0x30 + i for i in range(10)}
_FW.update({0xFF0E: ord("."), 0xFF0C: ord(","), 0xFF0D: ord("-"), 0xFF1A: ord(":")})


_PAIR = re.compile(r"^\s*[\(\[]?\s*([-+]?\d+(?:\.\d+)?)\s*[,，;；\s]\s*([-+]?\d+(?:\.\d+)?)\s*[\)\]]?\s*$")


def parse_combined(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Two float arrays from a column of ``"113.32,23.11"`` text (also ``；``, full-width comma, spaces)."""
    s = values.astype("string")
    parts = s.str.extract(_PAIR)
    a = np.array(pd.to_numeric(parts[0], errors="coerce").to_numpy(dtype=float, na_value=np.nan), copy=True)
    b = np.array(pd.to_numeric(parts[1], errors="coerce").to_numpy(dtype=float, na_value=np.nan), copy=True)
    return a, b


def parse_number(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Floats from a numeric-attribute column and a mask of cells that held text that is not a number.

    Thousands separators (``1,200``), full-width digits and a unit after the
    number (``50人``, ``1200万元``) are accepted; ``约50人`` gives 50. Cells
    with no number at all (``不详``, ``N/A``) give NaN and are flagged. See
    :mod:`gzmap.io.numbers`, which reads indicator values by the same rules.
    """
    return parse_column(values, trailing_text=True)


# --------------------------------------------------------------------------- detection


def _frac_in(values: np.ndarray, lo: float, hi: float) -> float:
    v = values[np.isfinite(values)]
    if v.size == 0:
        return 0.0
    return float(np.mean((v >= lo) & (v <= hi)))


def _sample(df: pd.DataFrame, n: int = 2000) -> pd.DataFrame:
    """About ``n`` rows from across the table: contiguous slices (cheap for Arrow-backed columns)."""
    if len(df) <= n:
        return df
    k = 8
    size = n // k
    starts = np.linspace(0, len(df) - size, k).astype(int)
    return pd.concat([df.iloc[s : s + size] for s in starts])


def detect_columns(df: pd.DataFrame, filename: str = "") -> ColumnMapping:
    """Guess the role of each column of ``df`` from header names, then values.

    Looks at a sample of at most 2,000 rows, so it is cheap for big tables.
    """
    m = ColumnMapping()
    sample = _sample(df)
    names = _Names([str(c) for c in df.columns])
    _coordinates_by_name(m, sample, names)
    if not m.has_coordinates:
        _combined_by_content(m, sample, names)
    if not m.has_coordinates:
        _lonlat_by_content(m, sample, names)
    _coordinate_format(m, sample)
    for role in ("name", "address", "category", "employees", "revenue", "founded"):
        setattr(m, role, names.take(role))
    if m.name is None:
        m.name = _distinct_text_column(sample, names)
    if m.datum_hint is None:
        m.datum_hint, m.datum_reason = sidecar_datum(filename) if filename else (None, "")
    if m.datum_hint is None:
        m.datum_hint, m.datum_reason = guess_datum_hint(names.cols, Path(filename).name if filename else "")
    return m


class _Names:
    """The table's column names, and those already given a role."""

    def __init__(self, cols: list[str]):
        self.cols = cols
        self.used: set[str] = set()

    def free(self) -> list[str]:
        return [c for c in self.cols if c not in self.used]

    def best(self, role: str) -> str | None:
        """The free column whose name fits ``role`` best (:func:`_name_score`; the first on a tie)."""
        scored = [(_name_score(role, c), -i, c) for i, c in enumerate(self.cols) if c not in self.used]
        scored = [s for s in scored if s[0] >= 1]
        return max(scored)[2] if scored else None

    def take(self, role: str) -> str | None:
        c = self.best(role)
        if c is not None:
            self.used.add(c)
        return c


def _coordinates_by_name(m: ColumnMapping, sample: pd.DataFrame, names: _Names) -> None:
    """Longitude and latitude columns named so, else a combined column named so whose values are pairs."""
    lon, lat = names.best("lon"), names.best("lat")
    if lon and lat and lon != lat:
        m.lon, m.lat = lon, lat
        names.used |= {lon, lat}
        return
    c = names.best("coords")
    if c and _combined_fraction(sample[c]) > 0.5:
        m.coords = c
        names.used.add(c)


def _combined_by_content(m: ColumnMapping, sample: pd.DataFrame, names: _Names) -> None:
    """The first text column whose values are mostly ``"lon,lat"`` pairs in China."""
    for c in names.free():
        if not pd.api.types.is_numeric_dtype(sample[c].dtype) and _combined_fraction(sample[c]) > 0.6:
            m.coords = c
            names.used.add(c)
            return


def _lonlat_by_content(m: ColumnMapping, sample: pd.DataFrame, names: _Names) -> None:
    """Columns of non-integer numbers mostly within China's longitude and latitude ranges (degrees)."""
    cand_lon, cand_lat = [], []
    for c in names.free():
        v = parse_coordinate(sample[c])
        if np.isfinite(v).mean() < 0.5:
            continue
        if _frac_in(v, *LON_RANGE) > 0.8 and not _looks_integer(v):
            cand_lon.append(c)
        elif _frac_in(v, *LAT_RANGE) > 0.8 and not _looks_integer(v):
            cand_lat.append(c)
    if cand_lon and cand_lat:
        m.lon, m.lat = cand_lon[0], cand_lat[0]
        names.used |= {m.lon, m.lat}
        m.notes.append(
            note(
                QT_TRANSLATE_NOOP("ImportNotes", "coordinates recognised by their values: {lon}, {lat}"),
                lon=m.lon,
                lat=m.lat,
            )
        )


def _coordinate_format(m: ColumnMapping, sample: pd.DataFrame) -> None:
    """From the coordinate values: the order of a combined column, DMS text, swapped columns, or
    projected metres (with the likely CRS)."""
    if m.coords:
        a, b = parse_combined(sample[m.coords])
        if _frac_in(a, *LAT_RANGE) > 0.8 and _frac_in(b, *LON_RANGE) > 0.8:
            m.coords_order = "latlon"
        return
    if not (m.lon and m.lat):
        return
    raw_lon, raw_lat = sample[m.lon], sample[m.lat]
    x, y = parse_coordinate(raw_lon), parse_coordinate(raw_lat)
    if not pd.api.types.is_numeric_dtype(raw_lon.dtype):
        direct = pd.to_numeric(raw_lon, errors="coerce")
        if direct.isna().mean() > 0.5 and np.isfinite(x).mean() > 0.5:
            m.format = "dms"
    if not (np.isfinite(x).any() and np.isfinite(y).any()):
        return
    if _frac_in(x, *LAT_RANGE) > 0.5 and _frac_in(y, *LON_RANGE) > 0.5:
        m.swapped = True
        m.notes.append(
            note(
                QT_TRANSLATE_NOOP("ImportNotes", "{lon!r} holds latitudes and {lat!r} longitudes: swapped"),
                lon=m.lon,
                lat=m.lat,
            )
        )
    elif np.nanmedian(np.abs(x)) > 1000 and np.nanmedian(np.abs(y)) > 1000:
        m.format = "projected"
        m.datum_hint, m.datum_reason = _guess_projection(x, y)


def _distinct_text_column(sample: pd.DataFrame, names: _Names) -> str | None:
    """The first free text column whose values are mostly distinct (a name column by its values)."""
    for c in names.free():
        if pd.api.types.is_numeric_dtype(sample[c].dtype):
            continue
        s = sample[c].dropna().astype(str)
        if len(s) and s.nunique() / len(s) > 0.9:
            names.used.add(c)
            return c
    return None


def _looks_integer(v: np.ndarray) -> bool:
    f = v[np.isfinite(v)]
    return bool(f.size) and bool(np.all(f == np.round(f)))


def _combined_fraction(values: pd.Series) -> float:
    s = values.dropna()
    if len(s) == 0 or pd.api.types.is_numeric_dtype(s.dtype):
        return 0.0
    a, b = parse_combined(s)
    ok = np.isfinite(a) & np.isfinite(b)
    inside = ok & (
        ((a >= LON_RANGE[0]) & (a <= LON_RANGE[1]) & (b >= LAT_RANGE[0]) & (b <= LAT_RANGE[1]))
        | ((b >= LON_RANGE[0]) & (b <= LON_RANGE[1]) & (a >= LAT_RANGE[0]) & (a <= LAT_RANGE[1]))
    )
    return float(inside.mean())


def _guess_projection(x: np.ndarray, y: np.ndarray) -> tuple[str | None, str]:
    """Likely projected CRS for metre coordinates around Guangzhou."""
    mx, my = np.nanmedian(x), np.nanmedian(y)
    if 38_000_000 < mx < 39_000_000 and 2_000_000 < my < 3_000_000:
        return "EPSG:4526", DatumReason(
            "eastings carry zone prefix 38 (CGCS2000 3-degree Gauss-Kruger zone 38)", "projection", "zone38"
        )
    if 300_000 < mx < 900_000 and 2_000_000 < my < 3_000_000:
        if 650_000 < mx < 900_000:
            return "EPSG:32649", DatumReason(
                "metre coordinates typical of UTM zone 49N around Guangzhou", "projection", "utm49"
            )
        return "EPSG:4547", DatumReason(
            "metre coordinates typical of CGCS2000 3-degree GK CM 114E", "projection", "gk114"
        )
    return None, DatumReason("projected coordinates in metres; choose their EPSG code", "projection", "unknown")
