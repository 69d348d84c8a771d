"""Chinese datum conversions: known values, round trips and behaviour outside China."""

import numpy as np
import pytest
from hypothesis import given, settings
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
