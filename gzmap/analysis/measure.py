"""Measuring on the map: lengths of polylines and areas of polygons on the ellipsoid.

Vertices are longitude/latitude in degrees on WGS84 (GZMap's storage datum;
CGCS2000's ellipsoid differs from WGS84's by 0.1 mm in the semi-minor axis,
far below what a planner measures). Lengths are geodesic (pyproj.Geod, Karney's
algorithms), so a measurement does not depend on the map's projection or
zoom. Results are in metres and square metres; :func:`length_text` and
:func:`area_text` format them in m/km and m²/km²/亩 in the UI language.
"""

from __future__ import annotations

from collections.abc import Sequence

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate

__all__ = ["MU_M2", "area_m2", "area_text", "length_m", "length_text", "segment_lengths_m"]

#: One 亩 (mu), the Chinese land unit planners quote: 10,000/15 m² (666.67 m²).
MU_M2 = 10_000.0 / 15.0

_UNITS = {
    "m": QT_TRANSLATE_NOOP("Measure", "{value} m"),
    "km": QT_TRANSLATE_NOOP("Measure", "{value} km"),
    "m2": QT_TRANSLATE_NOOP("Measure", "{value} m²"),
    "km2": QT_TRANSLATE_NOOP("Measure", "{value} km²"),
    "mu": QT_TRANSLATE_NOOP("Measure", "{value} mu"),
}


def _geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


def _checked(points: Sequence[tuple[float, float]], least: int) -> tuple[list[float], list[float]]:
    import math

    lons = [float(p[0]) for p in points]
    lats = [float(p[1]) for p in points]
    if len(lons) < least:
        raise ValueError(f"at least {least} vertices needed, got {len(lons)}")
    for lon, lat in zip(lons, lats):
        if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
            raise ValueError(f"vertex ({lon}, {lat}) is not a longitude/latitude in degrees")
    return lons, lats


def segment_lengths_m(points: Sequence[tuple[float, float]]) -> list[float]:
    """Geodesic length in metres of each segment of the polyline through ``points`` (lon, lat degrees)."""
    lons, lats = _checked(points, 2)
    _, _, dists = _geod().inv(lons[:-1], lats[:-1], lons[1:], lats[1:])
    return [float(d) for d in dists]


def length_m(points: Sequence[tuple[float, float]]) -> float:
    """Geodesic length in metres of the polyline through ``points`` (lon, lat degrees, WGS84)."""
    return float(sum(segment_lengths_m(points)))


def area_m2(points: Sequence[tuple[float, float]]) -> float:
    """Area in square metres on the ellipsoid of the polygon with vertices ``points`` (lon, lat degrees).

    The ring closes itself; the vertex order (clockwise or not) does not matter.
    """
    lons, lats = _checked(points, 3)
    area, _ = _geod().polygon_area_perimeter(lons, lats)
    return abs(float(area))


def length_text(metres: float, lang: str | None = None) -> str:
    """``metres`` as "850 m" or "12.35 km" in ``lang``."""
    if metres < 1000:
        return translate("Measure", _UNITS["m"], lang).format(value=f"{metres:,.0f}")
    return translate("Measure", _UNITS["km"], lang).format(value=f"{metres / 1000:,.2f}")


def area_text(square_metres: float, lang: str | None = None) -> str:
    """``square_metres`` as m² (below 0.1 km²) or km², with the same area in 亩 (mu)."""
    if square_metres < 100_000:
        main = translate("Measure", _UNITS["m2"], lang).format(value=f"{square_metres:,.0f}")
    else:
        main = translate("Measure", _UNITS["km2"], lang).format(value=f"{square_metres / 1e6:,.3f}")
    mu = translate("Measure", _UNITS["mu"], lang).format(value=f"{square_metres / MU_M2:,.1f}")
    return f"{main} ({mu})"
