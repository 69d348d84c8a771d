"""Find things on the map: enterprises by name, typed coordinates, what is near a point.

* :func:`find_by_name` matches a Chinese substring (``智原``), pinyin initials
  (``gzzy`` for 广州智原…) or full pinyin without tones (``zhiyuan``), via
  pypinyin; polyphonic characters match any of their readings.
* :func:`parse_coordinates` reads coordinates typed in any supported datum,
  e.g. ``113.32, 23.11 gcj02``, ``23.11 113.32`` (latitude first is
  recognised in China), ``113°19'12"E 23°6'36"N 百度``, and returns WGS84.
* :func:`within_distance` lists the features within R metres of a point,
  nearest first, with geodesic distances on the WGS84 ellipsoid (pyproj.Geod).
"""

from __future__ import annotations

import math
import re
import weakref
from dataclasses import dataclass

import numpy as np
import pandas as pd

from gzmap.core.datums import DatumError
from gzmap.core.datums import convert
from gzmap.core.datums import normalize_datum

__all__ = ["CoordinateMatch", "find_by_name", "name_column", "parse_coordinates", "pinyin_keys", "within_distance"]

NAME_COLUMNS = ("name", "name_zh", "企业名称", "名称", "公司名称", "单位名称", "name_en")


def name_column(df: pd.DataFrame) -> str | None:
    """The column holding feature names (``name``, ``name_zh``, ``企业名称``, ...), or None."""
    for c in NAME_COLUMNS:
        if c in df.columns:
            return c
    for c in df.columns:
        if isinstance(c, str) and ("名称" in c or c.lower().endswith("name")):
            return c
    return None


# -- pinyin ------------------------------------------------------------------------------

#: character -> (its pinyin initials, its toneless readings, the initial of its most common reading)
_char_cache: dict[str, tuple[frozenset[str], frozenset[str], str]] = {}


def _char_readings(chars: set[str]) -> None:
    """Fill the per-character cache of (initials, toneless readings) for ``chars``."""
    from pypinyin import Style
    from pypinyin import pinyin

    todo = sorted(c for c in chars if c not in _char_cache)
    if not todo:
        return
    readings = pinyin(todo, style=Style.NORMAL, heteronym=True, errors="default")
    # pinyin() on a list returns one reading list per element; a character without pinyin is kept as its reading
    for ch, item in zip(todo, readings):
        vals = [v.lower() for v in item if v] or [ch.lower()]
        if not any(v.isalpha() and v.isascii() for v in vals):
            vals = [ch.lower()]
        _char_cache[ch] = (frozenset(v[0] for v in vals), frozenset(vals), vals[0][0])


def pinyin_keys(name: str) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """Per character of ``name``: the set of pinyin initials and the set of toneless readings.

    Polyphonic characters carry all their readings (行: h/x, hang/xing);
    other characters stand for themselves, lower-cased. Spaces are skipped."""
    chars = [c for c in str(name) if not c.isspace()]
    _char_readings(set(chars))
    return [_char_cache[c][0] for c in chars], [_char_cache[c][1] for c in chars]


_key_cache: dict[int, tuple] = {}


class _Keys:
    def __init__(self, names: list[str]):
        self.names = names
        _char_readings({c for n in names for c in n})
        self.initials: list[list[frozenset[str]]] = []
        self.fulls: list[list[frozenset[str]]] = []
        #: initials of each name's most common readings, e.g. "gzzyyxkjyxgs"
        self.primary = pd.Series(
            ["".join(_char_cache[c][2] for c in n if not c.isspace()) for n in names], dtype=object
        )
        for n in names:
            ini, full = pinyin_keys(n)
            self.initials.append(ini)
            self.fulls.append(full)


def _initials_match(query: str, initials: list[frozenset[str]]) -> int:
    """Position where ``query`` (letters) matches consecutive characters' initials, or -1."""
    n = len(query)
    for start in range(0, len(initials) - n + 1):
        if all(query[k] in initials[start + k] for k in range(n)):
            return start
    return -1


def _full_match(query: str, full: list[frozenset[str]]) -> int:
    """Position where ``query`` spells consecutive characters' full readings (the last may be a prefix)."""
    for start in range(len(full)):
        rest = query
        i = start
        while rest and i < len(full):
            hit = None
            for reading in sorted(full[i], key=len, reverse=True):
                if rest.startswith(reading):
                    hit = reading
                    break
                if reading.startswith(rest):
                    hit = rest
                    break
            if hit is None:
                break
            rest = rest[len(hit) :]
            i += 1
        if not rest:
            return start
    return -1


def find_by_name(df: pd.DataFrame, query: str, column: str | None = None, limit: int = 50) -> pd.DataFrame:
    """Rows of ``df`` whose name matches ``query``, best matches first.

    Chinese or other text matches as a case-insensitive substring; a query of
    Latin letters also matches pinyin initials (``gzzy``) and full pinyin
    (``zhiyuan``). Returns a frame with the matching rows plus ``row``
    (position in ``df``), ``match`` (``exact``/``prefix``/``text``/``initials``/
    ``pinyin``) and ``score`` (lower is better), at most ``limit`` rows.
    """
    column = column or name_column(df)
    empty = df.iloc[:0].assign(row=pd.Series(dtype=int), match=pd.Series(dtype=str), score=pd.Series(dtype=float))
    q = (query or "").strip()
    if column is None or not q:
        return empty
    names = df[column].astype("string").fillna("")
    lower = names.str.lower()
    ql = q.lower()
    scores = np.full(len(df), np.inf)
    kinds = np.array([""] * len(df), dtype=object)
    pos = lower.str.find(ql).to_numpy(dtype=float, na_value=-1)
    exact = (lower == ql).to_numpy(dtype=bool, na_value=False)
    hit = pos >= 0
    lengths = names.str.len().to_numpy(dtype=float, na_value=0)
    scores[hit] = 10 + pos[hit] + lengths[hit] / 100
    kinds[hit] = "text"
    prefix = pos == 0
    scores[prefix] = 5 + lengths[prefix] / 100
    kinds[prefix] = "prefix"
    scores[exact] = 0
    kinds[exact] = "exact"
    if re.fullmatch(r"[a-zA-Z]+", q):
        keys = _keys_for(df, column, names)
        primary = keys.primary.str.find(ql).to_numpy(dtype=float)
        first = ~hit & (primary >= 0)
        scores[first] = 20 + primary[first] + lengths[first] / 100
        kinds[first] = "initials"
        candidates = np.flatnonzero(~hit & ~first)
        for i in candidates:
            ini = keys.initials[i]
            p = _initials_match(ql, ini) if len(ql) <= len(ini) else -1
            if p >= 0:
                scores[i] = 25 + p + lengths[i] / 100  # via a less common reading
                kinds[i] = "initials"
                continue
            if len(ql) >= 2:
                p = _full_match(ql, keys.fulls[i])
                if p >= 0:
                    scores[i] = 30 + p + lengths[i] / 100
                    kinds[i] = "pinyin"
    found = np.flatnonzero(np.isfinite(scores))
    if found.size == 0:
        return empty
    order = found[np.lexsort((found, scores[found]))][:limit]
    out = df.iloc[order].copy()
    out["row"] = order
    out["match"] = kinds[order]
    out["score"] = scores[order]
    return out


def _keys_for(df, column, names) -> _Keys:
    """Pinyin keys of a frame's names, computed once per frame object."""
    entry = _key_cache.get(id(df))
    if entry is not None and entry[0]() is df and entry[1] == column and len(entry[2].names) == len(names):
        return entry[2]
    keys = _Keys(list(names))
    key = id(df)
    try:
        ref = weakref.ref(df, lambda _r: _key_cache.pop(key, None))
    except TypeError:
        return keys
    _key_cache[key] = (ref, column, keys)
    return keys


# -- coordinates ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CoordinateMatch:
    """Coordinates typed by a user: as typed (``lon``, ``lat`` in ``datum``) and in WGS84."""

    lon: float
    lat: float
    datum: str
    lon_wgs84: float
    lat_wgs84: float
    swapped: bool = False  # the user typed latitude first


_DATUM_WORDS = (
    r"(wgs\s*-?\s*84|gps|gcj\s*-?\s*0?2|gcj|bd\s*-?\s*0?9(?:ll)?|baidu|amap|gaode|tencent|mars|cgcs\s*2000|"
    r"epsg:\s*\d+|高德|腾讯|火星|百度|国家\s*2000)"
)
_NUM = r"[-+]?\d+(?:\.\d+)?"
_DMS = (
    r"(?P<{n}>[-+]?\d+(?:\.\d+)?)\s*[°度]\s*(?:(?P<{n}m>\d+(?:\.\d+)?)\s*['′分]\s*)?(?:(?P<{n}s>\d+(?:\.\d+)?)\s*[\"″秒]\s*)?"
    r"(?P<{n}h>[NSEWnsew东西南北])?"
)


def _dms_value(m, n: str) -> tuple[float, str | None]:
    v = float(m.group(n))
    mins = float(m.group(n + "m") or 0)
    secs = float(m.group(n + "s") or 0)
    value = abs(v) + mins / 60 + secs / 3600
    if v < 0:
        value = -value
    hemi = (m.group(n + "h") or "").upper()
    hemi = {"东": "E", "西": "W", "南": "S", "北": "N"}.get(hemi, hemi) or None
    if hemi in ("S", "W"):
        value = -abs(value)
    return value, hemi


def parse_coordinates(text: str, default_datum: str = "wgs84") -> CoordinateMatch | None:
    """Coordinates in ``text``, or None when it does not look like coordinates.

    Accepts "lon, lat", "lon lat", "lat, lon" (recognised in China when the first
    number is a latitude and the second a longitude), degrees-minutes-seconds with
    N/E or 北纬/东经, full-width commas, and a datum word anywhere (``wgs84``/
    ``gps``, ``gcj02``/``高德``, ``bd09``/``百度``, ``cgcs2000``, ``EPSG:NNNN``);
    without one, ``default_datum``. Raises ``ValueError`` with a one-line message
    for numbers that cannot be coordinates (e.g. latitude 123).
    """
    if not text or not text.strip():
        return None
    s = text.strip().replace("，", ",").replace("；", ";").replace("（", "(").replace("）", ")")
    datum = default_datum
    m = re.search(_DATUM_WORDS, s, flags=re.IGNORECASE)
    if m:
        try:
            datum = normalize_datum(re.sub(r"\s+", "", m.group(0)).lower().replace("gcj2", "gcj02"))
        except DatumError:
            datum = normalize_datum(m.group(0))
        s = (s[: m.start()] + " " + s[m.end() :]).strip()
    lat_word = re.search(r"北纬|南纬|纬度|lat(?:itude)?", s, flags=re.IGNORECASE)
    lon_word = re.search(r"东经|西经|经度|lon(?:gitude)?|lng", s, flags=re.IGNORECASE)
    lat_first_words = bool(lat_word and lon_word and lat_word.start() < lon_word.start())
    s = re.sub(r"(东经|西经|北纬|南纬|经度|纬度|longitude|latitude|lon|lat|lng)\s*[:=：]?", " ", s, flags=re.IGNORECASE)
    s = s.strip(" ()[];:：")
    lon = lat = None
    swapped = False
    dms = re.compile(r"^\s*" + _DMS.format(n="a") + r"\s*[,;/\s]\s*" + _DMS.format(n="b") + r"\s*$")
    dm = dms.match(s) if ("°" in s or "度" in s) else None
    if dm:
        a, ha = _dms_value(dm, "a")
        b, hb = _dms_value(dm, "b")
        if ha in ("N", "S") or hb in ("E", "W") or lat_first_words:
            lat, lon, swapped = a, b, True
        else:
            lon, lat = a, b
    else:
        nums = re.fullmatch(rf"\s*({_NUM})\s*(?:[,;/]\s*|\s+)({_NUM})\s*", s)
        if not nums:
            return None
        a, b = float(nums.group(1)), float(nums.group(2))
        lon, lat = a, b
        if lat_first_words:
            lon, lat, swapped = b, a, True
        elif abs(a) <= 90 < abs(b) <= 180:
            lon, lat, swapped = b, a, True
        elif 3 <= a <= 54 and 73 <= b <= 136 and not (73 <= a <= 136):
            lon, lat, swapped = b, a, True  # latitude first, in China
    if not (-180 <= lon <= 180) or not (-90 <= lat <= 90):
        raise ValueError(
            f"'{text.strip()}' is not a longitude/latitude: longitude must be within ±180 and "
            "latitude within ±90 degrees"
        )
    x, y = convert(np.array([lon]), np.array([lat]), datum, "wgs84")
    return CoordinateMatch(
        float(lon), float(lat), datum, float(np.asarray(x).ravel()[0]), float(np.asarray(y).ravel()[0]), swapped
    )


# -- distance --------------------------------------------------------------------------------


def within_distance(gdf, lon: float, lat: float, radius_m: float, progress=None):
    """Features of ``gdf`` (EPSG:4326 points, or anything: its representative point is used)
    within ``radius_m`` metres of (lon, lat) WGS84 degrees, nearest first.

    Distances are geodesic on the WGS84 ellipsoid (pyproj.Geod), in metres, in
    the added ``distance_m`` column; ``row`` is the position in ``gdf``.
    A bounding-box filter first keeps this fast for a million points.
    """
    import shapely
    from pyproj import Geod

    if radius_m < 0 or not math.isfinite(radius_m):
        raise ValueError("the search radius must be a positive number of metres")
    geoms = np.asarray(gdf.geometry.values)
    types = shapely.get_type_id(geoms)
    pts = geoms
    if np.any((types != 0) & (types >= 0)):
        pts = shapely.point_on_surface(geoms)
    x = shapely.get_x(pts)
    y = shapely.get_y(pts)
    ok = np.isfinite(x) & np.isfinite(y)
    # generous box: 1 degree of latitude is at least 110.5 km; longitude shrinks with cos(lat)
    dlat = radius_m / 110_000.0 * 1.01 + 1e-9
    coslat = max(math.cos(math.radians(min(abs(lat) + dlat, 89.9))), 1e-6)
    dlon = radius_m / (111_320.0 * coslat) * 1.01 + 1e-9
    box = ok & (np.abs(y - lat) <= dlat) & (np.abs(((x - lon) + 180) % 360 - 180) <= dlon)
    idx = np.flatnonzero(box)
    geod = Geod(ellps="WGS84")
    if idx.size:
        _, _, dist = geod.inv(np.full(idx.size, lon), np.full(idx.size, lat), x[idx], y[idx])
        dist = np.asarray(dist, dtype=float)
    else:
        dist = np.zeros(0)
    keep = dist <= radius_m
    idx, dist = idx[keep], dist[keep]
    order = np.lexsort((idx, dist))
    idx, dist = idx[order], dist[order]
    out = gdf.iloc[idx].copy()
    out["distance_m"] = dist
    out["row"] = idx
    return out
