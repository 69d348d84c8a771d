"""Indicator layers: joined values, honest classes, legends that add up, derived indicators,
change between years and the GBA competitor tables."""

import warnings

import geopandas as gpd
import mapclassify
import numpy as np
import pytest
import shapely

from gzmap.analysis.competitors import comparison_table
from gzmap.analysis.competitors import competitor_cities
from gzmap.analysis.competitors import gba_ranking
from gzmap.analysis.indicators import SCHEMES
from gzmap.analysis.indicators import add_change
from gzmap.analysis.indicators import enterprise_indicators
from gzmap.analysis.indicators import graduated_style
from gzmap.analysis.indicators import join_indicators
from gzmap.core.style import NODATA_FILL
from gzmap.core.style import style_from_dict
from gzmap.io.indicators import read_indicator_table
from gzmap.paths import geo_path

warnings.filterwarnings("ignore", message="Numba not installed")


@pytest.fixture(scope="module")
def sample():
    return read_indicator_table(geo_path("indicators_sample.csv"))


@pytest.fixture(scope="module")
def districts(sample):
    return join_indicators(sample, "districts")


@pytest.fixture(scope="module")
def gba(sample):
    return join_indicators(sample, "gba")


def test_population_lands_on_the_right_districts_with_its_metadata(districts):
    col = districts.column_for("常住人口")
    assert col == "常住人口 2020"
    values = districts.values(col)
    assert values["440106"] == pytest.approx(224.2) and values["440111"] == pytest.approx(374.0)
    meta = districts.columns[col]
    assert meta.unit == "万人" and meta.year == "2020" and "Census" in meta.source and meta.approx
    assert "(万人)" in meta.describe("zh") and "approx" in meta.describe("en")


@pytest.mark.parametrize("scheme", ["Quantiles", "FisherJenks", "EqualInterval"])
@pytest.mark.parametrize("k", [3, 4, 5, 7])
def test_class_breaks_equal_mapclassify(gba, scheme, k):
    col = "地区生产总值 2023"
    style = graduated_style(gba, col, scheme=scheme, k=k)
    expected = mapclassify.classify(gba.gdf[col].to_numpy(dtype=float), scheme, k=k)
    np.testing.assert_allclose(style.breaks, expected.bins)
    np.testing.assert_array_equal(style.classify(gba.gdf), expected.yb)


@pytest.mark.parametrize("scheme", ["StdMean", "BoxPlot"])
def test_fixed_class_schemes_equal_mapclassify(districts, scheme):
    col = "常住人口 2020"
    style = graduated_style(districts, col, scheme=scheme)
    expected = mapclassify.classify(districts.gdf[col].to_numpy(dtype=float), scheme)
    np.testing.assert_allclose(style.breaks, expected.bins)
    np.testing.assert_array_equal(style.classify(districts.gdf), expected.yb)
    entries = style.legend(districts.gdf, keep_empty=True)
    assert [e.count for e in entries] == list(expected.counts)
    # the legend shows no empty class (a box plot's outlier classes are often empty)
    assert [e.count for e in style.legend(districts.gdf)] == [c for c in expected.counts if c]


def test_manual_breaks(districts):
    col = "常住人口 2020"
    style = graduated_style(districts, col, scheme="UserDefined", breaks=[100, 200, 300])
    expected = mapclassify.UserDefined(districts.gdf[col].to_numpy(dtype=float), [100, 200, 300])
    np.testing.assert_allclose(style.breaks, expected.bins)  # the maximum closes the last class
    assert [e.count for e in style.legend(districts.gdf)] == [2, 6, 2, 1] == list(expected.counts)
    with pytest.raises(ValueError, match="manual breaks"):
        graduated_style(districts, col, scheme="UserDefined")


def test_unknown_scheme_lists_the_valid_ones(districts):
    with pytest.raises(ValueError) as err:
        graduated_style(districts, "常住人口 2020", scheme="Jenks")
    for name in SCHEMES:
        assert name in str(err.value)


def test_legend_counts_add_up_to_regions_with_data_and_no_data_is_distinct(districts):
    gdf = districts.gdf.copy()
    col = "常住人口 2020"
    gdf.loc[gdf["adcode"] == "440115", col] = np.nan  # Nansha without data
    frame = type(districts)(gdf, districts.columns)
    style = graduated_style(frame, col, scheme="Quantiles", k=4)
    entries = style.legend(gdf)
    classes = [e for e in entries if e.label_en != "No data"]
    nodata = [e for e in entries if e.label_en == "No data"]
    assert sum(e.count for e in classes) == 10
    assert nodata and nodata[0].count == 1 and nodata[0].symbol.fill == NODATA_FILL
    assert NODATA_FILL not in {s.fill for s in style.symbols}
    # class ranges are ascending and join up
    assert all(a.bounds[1] <= b.bounds[1] for a, b in zip(classes, classes[1:]))
    rgba = style.rgba(gdf)
    nansha = int(np.flatnonzero(gdf["adcode"] == "440115")[0])
    assert tuple(rgba[nansha][:3]) == (0xD9, 0xD9, 0xD9)
    # legend title carries unit and year; the source travels with the style
    assert style.legend_title("zh") == "常住人口 2020（万人）"  # the year once, in the title
    assert "Census" in style.source


def test_default_ramp_is_colour_blind_safe(districts):
    style = graduated_style(districts, "常住人口 2020")
    assert style.ramp == "YlGnBu"  # sequential ColorBrewer ramp, safe for the common colour-vision deficiencies


def test_style_survives_a_round_trip_through_a_project_file(districts):
    style = graduated_style(districts, "常住人口 2020", scheme="Quantiles", k=4, opacity=0.7, labels=True)
    again = style_from_dict(style.to_dict())
    np.testing.assert_array_equal(again.classify(districts.gdf), style.classify(districts.gdf))
    assert again.symbols == style.symbols and again.symbols[0].fill_opacity == pytest.approx(0.7)
    assert again.source == style.source and again.unit == "万人"


def test_value_labels_follow_the_language(districts):
    style = graduated_style(districts, "常住人口 2020", labels=True)
    gdf = districts.gdf
    row = gdf.index[gdf["adcode"] == "440106"][0]
    assert gdf.loc[row, f"{style.label_field}_zh"] == "天河区 224.2"
    assert gdf.loc[row, f"{style.label_field}_en"] == "Tianhe 224.2"


def test_graduated_and_proportional_symbol_sizes(districts):
    col = "常住人口 2020"
    grad = graduated_style(districts, col, scheme="Quantiles", k=5, size_min=4, size_max=20)
    sizes = [s.size for s in grad.symbols]
    assert sizes[0] == 4 and sizes[-1] == 20 and sizes == sorted(sizes)
    prop = graduated_style(districts, col, size_max=30, proportional=True)
    s = prop.sizes(districts.gdf)
    v = districts.gdf[col].to_numpy()
    assert s[np.argmax(v)] == pytest.approx(30)
    # area proportional to value
    np.testing.assert_allclose((s / 30) ** 2, v / v.max())


def test_change_between_years_and_unit_mismatch(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text(
        "region,indicator,year,value,unit\n"
        "Tianhe,enterprises,2022,100,家\nTianhe,enterprises,2023,150,家\n"
        "Haizhu,enterprises,2022,80,家\nHaizhu,enterprises,2023,60,家\n"
        "Tianhe,revenue,2022,5000000,万元\nTianhe,revenue,2023,520,亿元\n",
        encoding="utf-8",
    )
    frame = join_indicators(read_indicator_table(p), "districts")
    assert frame.years("enterprises") == ["2022", "2023"]
    assert frame.column_for("enterprises") == "enterprises 2023"
    col = add_change(frame, "enterprises", "2022", "2023")
    v = frame.values(col)
    assert v["440106"] == 50 and v["440105"] == -20 and np.isnan(v["440103"])
    rel = add_change(frame, "enterprises", "2022", "2023", relative=True)
    assert frame.values(rel)["440105"] == pytest.approx(-25.0) and frame.columns[rel].unit == "%"
    with pytest.raises(ValueError, match="万元.*亿元|2022.*2023"):
        add_change(frame, "revenue", "2022", "2023")


def test_enterprise_indicators_count_density_per_resident_and_shares(districts):
    gdf = districts.gdf
    tianhe = gdf.geometry[gdf["adcode"] == "440106"].iloc[0]
    haizhu = gdf.geometry[gdf["adcode"] == "440105"].iloc[0]
    pt_t, pt_h = shapely.point_on_surface(tianhe), shapely.point_on_surface(haizhu)
    pts = [pt_t] * 30 + [pt_h] * 10 + [shapely.Point(100.0, 10.0)]  # one far outside Guangzhou
    cats = ["游戏电竞"] * 20 + ["动漫"] * 10 + ["动漫"] * 10 + ["动漫"]
    ent = gpd.GeoDataFrame({"subsector": cats}, geometry=pts, crs="EPSG:4326")
    frame = enterprise_indicators(ent, "districts")
    v = frame.values("企业数")
    assert v["440106"] == 30 and v["440105"] == 10 and v["440103"] == 0
    assert frame.long.attrs["outside"] == 1
    area = gdf.set_index("adcode")["area_km2"]
    assert frame.values("企业密度")["440106"] == pytest.approx(30 / area["440106"])
    assert frame.values("每万人企业数")["440106"] == pytest.approx(30 / 224.2)
    assert frame.values("占比 游戏电竞")["440106"] == pytest.approx(200 / 3)
    assert frame.values("占比 动漫")["440105"] == pytest.approx(100.0)
    assert np.isnan(frame.values("占比 动漫")["440103"])  # no enterprises: no share, not 0 %
    assert frame.columns["企业密度"].unit == "家/km²" and frame.columns["企业数"].derived


def test_gba_ranking_on_gdp(gba):
    ranking = gba_ranking(gba, "地区生产总值 2023")
    assert ranking["name_en"].tolist()[:3] == ["Shenzhen", "Guangzhou", "Hong Kong"]
    gz = ranking[ranking["is_guangzhou"]].iloc[0]
    assert gz["rank"] == 2 and gz["unit"] == "亿元" and gz["year"] == "2023"
    assert ranking["share"].sum() == pytest.approx(100.0)
    assert len(ranking) == 11


def test_comparison_guangzhou_against_each_competitor(sample):
    table = comparison_table(sample, ["地区生产总值", "常住人口"])
    bj = table[(table["name_en"] == "Beijing") & (table["indicator"] == "地区生产总值")].iloc[0]
    assert bj["guangzhou"] == 30356 and bj["value"] == 43761
    assert bj["difference"] == 30356 - 43761 and bj["ratio"] == pytest.approx(30356 / 43761)
    assert bj["group"] == "national" and bj["year"] == "2023" and bj["approx"]
    # Beijing's population is not in the sample: it stays missing, not guessed
    bj_pop = table[(table["name_en"] == "Beijing") & (table["indicator"] == "常住人口")].iloc[0]
    assert np.isnan(bj_pop["value"]) and np.isnan(bj_pop["difference"])
    assert set(table["name_en"]) >= {"Shenzhen", "Hong Kong", "Shanghai", "Hangzhou", "Chengdu"}
    assert "Guangzhou" not in set(table["name_en"])


def test_competitor_points_are_wgs84_and_labelled():
    pts = competitor_cities()
    assert pts.crs.to_epsg() == 4326
    names = set(pts["name_en"])
    assert {"Beijing", "Shanghai", "Hangzhou", "Chengdu", "Shenzhen"} <= names
    bj = pts[pts["name_en"] == "Beijing"].geometry.iloc[0]
    assert 116.3 < bj.x < 116.5 and 39.8 < bj.y < 40.0
    assert pts["name_zh"].str.len().min() >= 2
