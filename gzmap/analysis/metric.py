"""Point layers in metres: the checks every analysis makes before any work starts.

Analyses measure distances and areas in a metric CRS. Layers in the project
are stored in WGS84 longitude/latitude (degrees); :func:`metric_points`
projects them to UTM zone 49N (EPSG:32649, metres), which is accurate to
better than 0.1 % across Guangzhou. A layer already in a projected CRS whose
unit is the metre is used as it is.

Every problem the user can fix raises :class:`AnalysisInputError` (a
``ValueError``) with a one-line message, before any long computation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import Phrase

__all__ = [
    "DEFAULT_METRIC_CRS",
    "AnalysisInputError",
    "category_error",
    "MetricPoints",
    "attribute_columns",
    "check_positive",
    "metric_crs_for",
    "metric_points",
    "metric_xy",
]

#: UTM zone 49N (WGS84), metres: the default metric CRS for Guangzhou.
DEFAULT_METRIC_CRS = "EPSG:32649"


class AnalysisInputError(ValueError):
    """Input an analysis cannot use; ``str(err)`` is one line saying what to change."""


@dataclass
class MetricPoints:
    """Point coordinates in metres.

    ``x``/``y`` are easting/northing in ``crs`` (metres), one per row of the
    input, in input order.
    """

    x: np.ndarray
    y: np.ndarray
    crs: str

    @property
    def xy(self) -> np.ndarray:
        """(n, 2) array of coordinates in metres."""
        return np.column_stack([self.x, self.y])

    def __len__(self) -> int:
        return len(self.x)


def attribute_columns(table) -> list:
    """The columns of a table other than its geometry (a GeoDataFrame's active one)."""
    geometry = getattr(getattr(table, "geometry", None), "name", None)
    return [c for c in table.columns if c != geometry]


def check_positive(name: str, value, unit: str = "m") -> float:
    """``float(value)`` if it is a finite number > 0, else :class:`AnalysisInputError`."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise AnalysisInputError(f"{name} must be a number, got {value!r}") from None
    if not np.isfinite(v) or v <= 0:
        raise AnalysisInputError(f"{name} must be greater than 0{(' ' + unit) if unit else ''}, got {value!r}")
    return v


def _crs_obj(crs):
    from pyproj import CRS

    if isinstance(crs, CRS):
        return crs
    try:
        return _crs_of_text(crs) if isinstance(crs, str) else CRS.from_user_input(crs)
    except Exception:
        raise AnalysisInputError(f"unknown coordinate reference system {crs!r}") from None


@lru_cache(maxsize=64)
def _crs_of_text(text: str):
    """The pyproj CRS of a text (parsed once: a parse costs tens of ms, a partition of points pays it)."""
    from pyproj import CRS

    return CRS.from_user_input(text)


def _is_metric(crs_obj) -> bool:
    if not crs_obj.is_projected:
        return False
    units = {(a.unit_name or "").lower() for a in crs_obj.axis_info}
    return bool(units) and units <= {"metre", "meter", "m"}


_NO_CRS = Phrase(
    "AnalysisErrors",
    QT_TRANSLATE_NOOP(
        "AnalysisErrors",
        "the layer has no coordinate reference system; set one first (EPSG:4326 for longitude/latitude)",
    ),
)

#: The things an analysis counts, as its messages name them.
_WHATS = {
    "points": QT_TRANSLATE_NOOP("AnalysisErrors", "points"),
    "enterprises": QT_TRANSLATE_NOOP("AnalysisErrors", "enterprises"),
    "candidates": QT_TRANSLATE_NOOP("AnalysisErrors", "candidates"),
}


def _what(what: str) -> str:
    """The thing counted (``points``, ``enterprises``, ``candidates``) as a word of the catalogue."""
    return Phrase("AnalysisErrors", what) if what in _WHATS else what


def category_error(text: str, what: str, name, field_name: str, cats: list[str]) -> AnalysisInputError:
    """The error for a category ``name`` of ``field_name`` that is not one of ``cats`` (those with two or
    more points): ``text`` (marked in context AnalysisErrors) takes ``what``, ``name``, ``field`` and ``cats``."""
    return AnalysisInputError(
        Phrase("AnalysisErrors", text, what=what, name=name, field=field_name, cats=", ".join(cats))
    )


def _empty(what: str) -> AnalysisInputError:
    """The error for an empty layer or selection of ``what`` (points, enterprises...)."""
    text = QT_TRANSLATE_NOOP("AnalysisErrors", "no {what}: the layer or the selection is empty")
    return AnalysisInputError(Phrase("AnalysisErrors", text, what=_what(what)))


def _no_location(row: int, missing: int, n: int) -> Phrase:
    return Phrase(
        "AnalysisErrors",
        QT_TRANSLATE_NOOP(
            "AnalysisErrors",
            "row {row} has no location (empty geometry); {missing} of {n} rows lack one — "
            "remove them or fix their coordinates",
        ),
        row=row + 1,
        missing=missing,
        n=n,
    )


@lru_cache(maxsize=16)
def _transformer(src, target: str):
    """The pyproj Transformer (longitude, latitude order) from ``src`` to ``target``, made once (~0.1 s)."""
    from pyproj import Transformer

    return Transformer.from_crs(src, target, always_xy=True)


def _checked_metric(crs) -> str:
    """``crs`` as a string, if it is a projected CRS in metres (else :class:`AnalysisInputError`)."""
    c = _crs_obj(crs)
    if not _is_metric(c):
        kind = "a geographic CRS in degrees" if c.is_geographic else "not in metres"
        raise AnalysisInputError(
            f"{crs} is {kind}; distances need a projected CRS in metres such as "
            f"{DEFAULT_METRIC_CRS} (UTM 49N) or EPSG:4526 (CGCS2000 GK zone 38)"
        )
    return c.to_string()


def metric_crs_for(gdf, crs=None) -> str:
    """The metric CRS an analysis of ``gdf`` will use (``crs`` if given).

    Raises :class:`AnalysisInputError` if ``crs`` is geographic (degrees) or
    not in metres, or if the layer has no CRS.
    """
    return _metric_crs(gdf.crs, crs)


def _metric_crs(src_crs, crs=None) -> str:
    """:func:`metric_crs_for` of a layer whose CRS is ``src_crs`` (a pyproj CRS or None)."""
    target = None if crs is None else _checked_metric(crs)
    if src_crs is None:  # even with a metric ``crs``: the points cannot be brought into it
        raise AnalysisInputError(_NO_CRS)
    if target is not None:
        return target
    if _is_metric(src_crs):
        return src_crs.to_string()
    if src_crs.is_geographic:
        return DEFAULT_METRIC_CRS
    raise AnalysisInputError(
        f"the layer's CRS ({src_crs.to_string()}) is projected but not in metres; reproject it to "
        f"{DEFAULT_METRIC_CRS} first"
    )


def metric_points(gdf, *, crs=None, min_points: int = 1, distinct: bool = True, what: str = "points") -> MetricPoints:
    """Validate a point layer and return its coordinates in metres.

    Parameters
    ----------
    gdf
        GeoDataFrame of Point features (WGS84 degrees, or a projected CRS in metres).
    crs
        Metric CRS to compute in; default: the layer's own if metric, else EPSG:32649.
    min_points
        Fewest points the analysis can work with.
    distinct
        Require at least two different locations (when ``min_points > 1``).
    what
        What the points are, for messages ("points", "enterprises").

    Raises
    ------
    AnalysisInputError
        Empty layer or selection, no CRS, a geographic ``crs``, missing or
        non-point geometry (naming the first bad row), too few points, all
        points at one location, longitude/latitude out of range.
    """
    import geopandas as gpd

    if not isinstance(gdf, gpd.GeoDataFrame):
        raise AnalysisInputError("expected a point layer (GeoDataFrame)")
    n = len(gdf)
    if n == 0:
        raise _empty(what)
    metric_crs_for(gdf, crs)  # a missing or unusable CRS is reported before the row checks
    geoms = gdf.geometry
    missing = geoms.isna().to_numpy() | geoms.is_empty.to_numpy()
    if missing.any():
        row = int(np.flatnonzero(missing)[0])
        raise AnalysisInputError(_no_location(row, int(missing.sum()), n))
    types = geoms.geom_type.to_numpy()
    bad = types != "Point"
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise AnalysisInputError(
            Phrase(
                "AnalysisErrors",
                QT_TRANSLATE_NOOP("AnalysisErrors", "expects point features; row {row} is a {type}"),
                row=row + 1,
                type=types[row],
            )
        )
    return metric_xy(
        geoms.x.to_numpy(dtype=float),
        geoms.y.to_numpy(dtype=float),
        gdf.crs,
        crs=crs,
        min_points=min_points,
        distinct=distinct,
        what=what,
    )


def metric_xy(
    x, y, src_crs, *, crs=None, min_points: int = 1, distinct: bool = True, what: str = "points"
) -> MetricPoints:
    """:func:`metric_points` for coordinate arrays ``x``/``y`` in ``src_crs`` (degrees for
    longitude/latitude, else the CRS's units); NaN in both marks a row without a location.

    For commands that read coordinates without building a GeoDataFrame.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    n = len(x)
    if n == 0:
        raise _empty(what)
    if src_crs is None:
        raise AnalysisInputError(_NO_CRS)
    src = _crs_obj(src_crs)
    target = _metric_crs(src, crs)
    missing = np.isnan(x) & np.isnan(y)
    if missing.any():
        row = int(np.flatnonzero(missing)[0])
        raise AnalysisInputError(_no_location(row, int(missing.sum()), n))
    if n < min_points:
        raise AnalysisInputError(
            Phrase(
                "AnalysisErrors",
                QT_TRANSLATE_NOOP("AnalysisErrors", "need at least {min} {what}, got {n}"),
                min=min_points,
                what=_what(what),
                n=n,
            )
        )
    if not (np.isfinite(x).all() and np.isfinite(y).all()):
        row = int(np.flatnonzero(~(np.isfinite(x) & np.isfinite(y)))[0])
        raise AnalysisInputError(
            Phrase(
                "AnalysisErrors",
                QT_TRANSLATE_NOOP("AnalysisErrors", "row {row} has a non-finite coordinate"),
                row=row + 1,
            )
        )
    if src.is_geographic and ((np.abs(x) > 180).any() or (np.abs(y) > 90).any()):
        row = int(np.flatnonzero((np.abs(x) > 180) | (np.abs(y) > 90))[0])
        raise AnalysisInputError(
            f"row {row + 1} has coordinates ({x[row]:g}, {y[row]:g}) that are not longitude/latitude "
            f"degrees although the layer's CRS ({src.to_string()}) says so"
        )
    if not _crs_obj(target).equals(src):
        x, y = _transformer(src, target).transform(x, y)
        x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if distinct and min_points > 1 and n > 1 and np.ptp(x) == 0 and np.ptp(y) == 0:
        raise AnalysisInputError(f"all {n} {what} are at the same location; nothing to analyse (check the geocoding)")
    return MetricPoints(x, y, target)
