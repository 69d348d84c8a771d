"""Find: names (Chinese substring, pinyin initials, full pinyin), typed coordinates in any datum,
enterprises within R metres sorted by distance."""

import geopandas as gpd
import numpy as np
import pytest
import shapely
from pyproj import Geod

from gzmap.analysis.search import find_by_name
from gzmap.analysis.search import parse_coordinates
from gzmap.analysis.search import within_distance
from gzmap.core.datums import convert

NAMES = [
    "广州智原游戏科技有限公司",
    "广州银行数字服务中心",
    "深圳智原动漫有限公司",
    "广州星河音乐有限公司",
    "Canton Pixel Studio",
    "广州行业协会",
]


@pytest.fixture
def enterprises():
    pts = [(113.3245, 23.1064), (113.33, 23.11), (114.05, 22.54), (113.26, 23.13), (113.3246, 23.1066), (113.2, 23.2)]
    return gpd.GeoDataFrame({"name": NAMES, "employees": range(6)}, geometry=[shapely.Point(p) for p in pts], crs=4326)


def test_chinese_substring(enterprises):
    r = find_by_name(enterprises, "智原")
    # same match position: the shorter (closer) name first
    assert list(r["name"]) == ["深圳智原动漫有限公司", "广州智原游戏科技有限公司"]
    assert list(r["row"]) == [2, 0] and set(r["match"]) == {"text"}


def test_pinyin_initials_and_full_pinyin(enterprises):
    assert list(find_by_name(enterprises, "gzzy")["name"]) == ["广州智原游戏科技有限公司"]
    assert list(find_by_name(enterprises, "GZXH")["name"]) == ["广州星河音乐有限公司"]
    assert sorted(find_by_name(enterprises, "zhiyuan")["row"]) == [0, 2]
    # a polyphonic character matches by either reading: 银行 (yinhang) and 行业 (hangye)
    assert "广州银行数字服务中心" in find_by_name(enterprises, "yh")["name"].tolist()
    assert "广州行业协会" in find_by_name(enterprises, "hy")["name"].tolist()


def test_latin_names_and_ranking(enterprises):
    r = find_by_name(enterprises, "canton pixel studio")
    assert r["match"].iloc[0] == "exact"
    r = find_by_name(enterprises, "广州")
    assert len(r) == 4 and set(r["match"]) == {"prefix"}
    assert find_by_name(enterprises, "不存在").empty and find_by_name(enterprises, "  ").empty


@pytest.mark.parametrize(
    "text, datum, lon, lat",
    [
        ("113.32, 23.11 gcj02", "gcj02", 113.32, 23.11),
        ("113.32,23.11", "wgs84", 113.32, 23.11),
        ("23.11, 113.32", "wgs84", 113.32, 23.11),
        ("113.32，23.11 高德", "gcj02", 113.32, 23.11),
        ("bd09: 113.3325 23.1175", "bd09", 113.3325, 23.1175),
        ("113°19'12\"E 23°6'36\"N", "wgs84", 113.32, 23.11),
        ("北纬23°6′36″ 东经113°19′12″ 百度", "bd09", 113.32, 23.11),
        ("东经113.32 北纬23.11 WGS84", "wgs84", 113.32, 23.11),
        ("113.32 23.11 CGCS2000", "cgcs2000", 113.32, 23.11),
        ("lat 23.11 lon 113.32", "wgs84", 113.32, 23.11),
    ],
)
def test_coordinates_in_any_datum(text, datum, lon, lat):
    m = parse_coordinates(text)
    assert m.datum == datum
    assert m.lon == pytest.approx(lon, abs=1e-9) and m.lat == pytest.approx(lat, abs=1e-9)
    wlon, wlat = convert(np.array([lon]), np.array([lat]), datum, "wgs84")
    assert (m.lon_wgs84, m.lat_wgs84) == pytest.approx((wlon[0], wlat[0]), abs=1e-9)
    if datum in ("gcj02", "bd09"):
        assert abs(m.lon_wgs84 - lon) > 1e-3  # really converted (hundreds of metres in Guangzhou)


def test_default_datum_and_non_coordinates():
    assert parse_coordinates("113.32 23.11", default_datum="gcj02").datum == "gcj02"
    assert parse_coordinates("广州智原") is None and parse_coordinates("") is None
    with pytest.raises(ValueError, match="not a longitude/latitude"):
        parse_coordinates("213.32, 23.11")


def test_within_distance_sorted_by_geodesic_distance(enterprises):
    r = within_distance(enterprises, 113.3245, 23.1064, 1500)
    assert list(r["row"]) == [0, 4, 1]
    assert r["distance_m"].is_monotonic_increasing and r["distance_m"].iloc[0] == 0
    _, _, d = Geod(ellps="WGS84").inv(113.3245, 23.1064, 113.33, 23.11)
    assert r["distance_m"].iloc[2] == pytest.approx(d, abs=1e-6)
    assert within_distance(enterprises, 113.3245, 23.1064, 10).row.tolist() == [0]
    far = within_distance(enterprises, 113.3245, 23.1064, 200_000)
    assert 2 in far["row"].tolist()  # Shenzhen, ~110 km away


def test_within_distance_matches_brute_force_on_random_points():
    rng = np.random.default_rng(1)
    lon, lat = 113.0 + rng.random(5000) * 0.8, 22.7 + rng.random(5000) * 0.9
    gdf = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon, lat), crs=4326)
    r = within_distance(gdf, 113.3, 23.1, 3000)
    _, _, d = Geod(ellps="WGS84").inv(np.full(5000, 113.3), np.full(5000, 23.1), lon, lat)
    assert sorted(r["row"]) == sorted(np.flatnonzero(d <= 3000).tolist())
