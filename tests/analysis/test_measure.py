"""Measuring distance and area on the ellipsoid (issue 16's measure tool, its pure part)."""

import math

import pytest

from gzmap.analysis.measure import MU_M2
from gzmap.analysis.measure import area_m2
from gzmap.analysis.measure import area_text
from gzmap.analysis.measure import length_m
from gzmap.analysis.measure import length_text

CANTON_TOWER = (113.3245, 23.1066)  # ../shared/reference/figures.md
GUANGZHOU_SOUTH_STATION = (113.2693, 22.9887)  # approximate WGS84 position of the station building


def vincenty_m(p, q):
    """Independent WGS84 inverse (Vincenty 1975), metres."""
    a, f = 6378137.0, 1 / 298.257223563
    b = a * (1 - f)
    L = math.radians(q[0] - p[0])
    U1, U2 = (math.atan((1 - f) * math.tan(math.radians(v[1]))) for v in (p, q))
    lam = L
    for _ in range(200):
        sl, cl = math.sin(lam), math.cos(lam)
        ss = math.hypot(math.cos(U2) * sl, math.cos(U1) * math.sin(U2) - math.sin(U1) * math.cos(U2) * cl)
        cs = math.sin(U1) * math.sin(U2) + math.cos(U1) * math.cos(U2) * cl
        sigma = math.atan2(ss, cs)
        sa = math.cos(U1) * math.cos(U2) * sl / ss
        c2a = 1 - sa * sa
        c2sm = cs - 2 * math.sin(U1) * math.sin(U2) / c2a
        C = f / 16 * c2a * (4 + f * (4 - 3 * c2a))
        prev, lam = lam, L + (1 - C) * f * sa * (sigma + C * ss * (c2sm + C * cs * (-1 + 2 * c2sm**2)))
        if abs(lam - prev) < 1e-13:
            break
    u2 = c2a * (a * a - b * b) / (b * b)
    A = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)))
    B = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)))
    ds = B * ss * (c2sm + B / 4 * (cs * (-1 + 2 * c2sm**2) - B / 6 * c2sm * (-3 + 4 * ss**2) * (-3 + 4 * c2sm**2)))
    return b * A * (sigma - ds)


def test_canton_tower_to_guangzhou_south_station_is_the_ellipsoidal_distance():
    d = length_m([CANTON_TOWER, GUANGZHOU_SOUTH_STATION])
    assert d == pytest.approx(vincenty_m(CANTON_TOWER, GUANGZHOU_SOUTH_STATION), rel=1e-6)
    assert 13_000 < d < 14_500  # about 14 km south-west across the river
    assert length_text(d, "en").endswith(" km") and length_text(d, "zh_CN").endswith("公里")


def test_a_polyline_is_the_sum_of_its_legs_and_order_does_not_matter_for_area():
    via = (113.30, 23.05)
    assert length_m([CANTON_TOWER, via, GUANGZHOU_SOUTH_STATION]) == pytest.approx(
        vincenty_m(CANTON_TOWER, via) + vincenty_m(via, GUANGZHOU_SOUTH_STATION), rel=1e-6
    )
    ring = [(113.30, 23.10), (113.31, 23.10), (113.31, 23.11), (113.30, 23.11)]
    assert area_m2(ring) == pytest.approx(area_m2(ring[::-1]))


def test_a_square_kilometre_near_guangzhou_is_1500_mu():
    lat = 23.1
    dlat = 1000 / 110_760.0  # about one kilometre of latitude at 23°N
    dlon = 1000 / (111_320.0 * math.cos(math.radians(lat)))
    ring = [(113.3, lat), (113.3 + dlon, lat), (113.3 + dlon, lat + dlat), (113.3, lat + dlat)]
    area = area_m2(ring)
    assert area == pytest.approx(1e6, rel=0.01)
    assert area / MU_M2 == pytest.approx(1500, rel=0.01)
    assert "km²" in area_text(area, "en") and "mu" in area_text(area, "en")
    assert "亩" in area_text(area, "zh_CN") and "平方公里" in area_text(area, "zh_CN")


@pytest.mark.parametrize("points", [[(113.3, 23.1)], [(113.3, 23.1), (float("nan"), 23.0)], [(500, 23), (113, 23)]])
def test_bad_vertices_are_refused(points):
    with pytest.raises(ValueError):
        length_m(points)
