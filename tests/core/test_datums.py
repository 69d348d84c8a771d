"""Chinese datum conversions: known values, round trips and behaviour outside China."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from gzmap.core import datums

# Canton Tower, WGS84 → GCJ-02 by the published formula (also what eviltransform gives).
CANTON_WGS = (113.3245, 23.1066)
CANTON_GCJ = (113.32992122, 23.10399821)


def metres(dlon, dlat, lat):
    return np.hypot(np.asarray(dlon) * 111320 * np.cos(np.radians(lat)), np.asarray(dlat) * 110574)


def test_gcj02_offset_in_guangzhou_is_about_half_a_kilometre_east_and_south():
    lon, lat = datums.wgs84_to_gcj02(*CANTON_WGS)
    assert float(lon) == pytest.approx(CANTON_GCJ[0], abs=1e-7)
    assert float(lat) == pytest.approx(CANTON_GCJ[1], abs=1e-7)
    east = (float(lon) - CANTON_WGS[0]) * 111320 * np.cos(np.radians(23.1))
    north = (float(lat) - CANTON_WGS[1]) * 110574
    assert 450 < east < 650 and -350 < north < -200


def _published_wgs84_to_gcj02(lon: float, lat: float) -> tuple[float, float]:
    """The GCJ-02 forward formula term by term, as published (eviltransform, coordtransform)."""
    import math

    a, ee, pi = 6378245.0, 0.00669342162296594323, math.pi
    x, y = lon - 105.0, lat - 35.0
    dlat = (
        -100.0
        + 2.0 * x
        + 3.0 * y
        + 0.2 * y * y
        + 0.1 * x * y
        + 0.2 * math.sqrt(abs(x))
        + (20.0 * math.sin(6.0 * x * pi) + 20.0 * math.sin(2.0 * x * pi)) * 2.0 / 3.0
        + (20.0 * math.sin(y * pi) + 40.0 * math.sin(y / 3.0 * pi)) * 2.0 / 3.0
        + (160.0 * math.sin(y / 12.0 * pi) + 320 * math.sin(y * pi / 30.0)) * 2.0 / 3.0
    )
    dlon = (
        300.0
        + x
        + 2.0 * y
        + 0.1 * x * x
        + 0.1 * x * y
        + 0.1 * math.sqrt(abs(x))
        + (20.0 * math.sin(6.0 * x * pi) + 20.0 * math.sin(2.0 * x * pi)) * 2.0 / 3.0
        + (20.0 * math.sin(x * pi) + 40.0 * math.sin(x / 3.0 * pi)) * 2.0 / 3.0
        + (150.0 * math.sin(x / 12.0 * pi) + 300.0 * math.sin(x / 30.0 * pi)) * 2.0 / 3.0
    )
    radlat = lat / 180.0 * pi
    magic = 1 - ee * math.sin(radlat) ** 2
    sqrtmagic = math.sqrt(magic)
    dlat = (dlat * 180.0) / ((a * (1 - ee)) / (magic * sqrtmagic) * pi)
    dlon = (dlon * 180.0) / (a / sqrtmagic * math.cos(radlat) * pi)
    return lon + dlon, lat + dlat


def test_forward_formula_equals_the_published_one_term_by_term():
    rng = np.random.default_rng(3)
    lon, lat = rng.uniform(73.7, 134.7, 20_000), rng.uniform(18.2, 53.5, 20_000)
    glon, glat = datums.wgs84_to_gcj02(lon, lat)
    ref = np.array([_published_wgs84_to_gcj02(a, b) for a, b in zip(lon, lat)])
    assert np.abs(glon - ref[:, 0]).max() < 1e-11  # degrees: about a micrometre
    assert np.abs(glat - ref[:, 1]).max() < 1e-11


in_china_lon = st.floats(73.7, 134.7)
in_china_lat = st.floats(18.2, 53.5)


@settings(max_examples=300, deadline=None)
@given(in_china_lon, in_china_lat)
def test_gcj02_round_trip_under_a_centimetre(lon, lat):
    g = datums.wgs84_to_gcj02(lon, lat)
    back = datums.gcj02_to_wgs84(*g)
    assert metres(back[0] - lon, back[1] - lat, lat) < 0.01


@settings(max_examples=300, deadline=None)
@given(in_china_lon, in_china_lat)
def test_bd09_round_trip_under_a_centimetre(lon, lat):
    b = datums.wgs84_to_bd09(lon, lat)
    back = datums.bd09_to_wgs84(*b)
    assert metres(back[0] - lon, back[1] - lat, lat) < 0.01


@settings(max_examples=200, deadline=None)
@given(st.floats(-180, 180), st.floats(-85, 85))
def test_identity_outside_china(lon, lat):
    if datums.in_china(lon, lat):
        return
    for fn in (datums.wgs84_to_gcj02, datums.gcj02_to_wgs84, datums.wgs84_to_bd09, datums.bd09_to_wgs84):
        out = fn(lon, lat)
        assert float(out[0]) == lon and float(out[1]) == lat


def test_arrays_keep_nan_and_shape():
    lon = np.array([113.3, np.nan, 2.35])
    lat = np.array([23.1, 23.1, 48.85])
    glon, glat = datums.convert(lon, lat, "wgs84", "gcj02")
    assert glon.shape == (3,) and np.isnan(glon[1])
    assert glon[2] == 2.35 and glat[2] == 48.85  # Paris is outside China


def test_convert_through_projected_crs_and_cgcs2000():
    x, y = datums.convert(*CANTON_GCJ, "gcj02", "EPSG:4526")  # CGCS2000 GK zone 38 (metres)
    assert 38_000_000 < float(x) < 39_000_000  # zone-prefixed false easting
    lon, lat = datums.convert(x, y, "EPSG:4526", "wgs84")
    assert metres(float(lon) - CANTON_WGS[0], float(lat) - CANTON_WGS[1], 23.1) < 0.01
    lon2, lat2 = datums.convert(*CANTON_WGS, "wgs84", "cgcs2000")
    assert float(lon2) == CANTON_WGS[0]


def test_unknown_datum_lists_the_valid_ones():
    with pytest.raises(datums.DatumError, match="wgs84, gcj02, bd09, cgcs2000"):
        datums.normalize_datum("mars2")
    assert datums.normalize_datum("高德") == "gcj02"
    assert datums.normalize_datum("Baidu") == "bd09"
    assert datums.normalize_datum("4490") == "cgcs2000"


def test_many_points_in_one_city_round_trip_under_a_millimetre():
    # enough points in a small area that the inverse starts from its interpolated table
    rng = np.random.default_rng(11)
    lon, lat = 113.3 + rng.normal(0, 0.12, 100_000), 23.1 + rng.normal(0, 0.1, 100_000)
    lon[:10] = np.nan  # missing coordinates stay missing
    g = datums.wgs84_to_gcj02(lon, lat)
    assert datums._guess_table(g[0][10:], g[1][10:], 1e-8, 30) is not None
    back = datums.gcj02_to_wgs84(*g)
    assert np.isnan(back[0][:10]).all()
    assert metres(back[0][10:] - lon[10:], back[1][10:] - lat[10:], 23.1).max() < 0.001
