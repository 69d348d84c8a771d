"""The bundled synthetic sample: about 10,000 enterprises clustered at the reference places,
stored in GCJ-02, labelled synthetic, reproducible from its seeded script."""

import json
import subprocess
import sys

import numpy as np
import pandas as pd

from gzmap.core import datums
from gzmap.io.sample import sample_enterprises_layer
from gzmap.paths import geo_path

CLUSTERS = {"Pazhou": (113.370, 23.100), "Wanbo": (113.360, 23.000), "Science City": (113.445, 23.165)}


def test_sample_layer_is_styled_labelled_synthetic_and_in_wgs84():
    layer = sample_enterprises_layer()
    assert 9000 <= len(layer) <= 11000
    assert layer.provenance["synthetic"] is True
    assert "synthetic" in layer.name_en.lower() and "合成" in layer.name_zh
    assert layer.source_datum == "gcj02"
    assert layer.data.crs.to_epsg() == 4326
    assert layer.style.field == "subsector"
    assert layer.data["subsector"].notna().all()
    assert len(set(layer.data["subsector"].astype(str))) == 10
    for col in ("name", "address", "employees", "revenue", "founded"):
        assert layer.data[col].notna().mean() > 0.99, col
    # two calls give independent layers
    assert sample_enterprises_layer().data is not layer.data


def test_points_cluster_at_the_reference_places_and_stay_in_guangzhou():
    gdf = sample_enterprises_layer().data
    x, y = gdf.geometry.x.to_numpy(), gdf.geometry.y.to_numpy()
    assert x.min() > 112.9 and x.max() < 114.1 and y.min() > 22.5 and y.max() < 23.95
    # density within 1.5 km of a cluster centre is far above the city-wide average
    area_city_km2 = 7434.0
    for name, (cx, cy) in CLUSTERS.items():
        d = np.hypot((x - cx) * 102.4, (y - cy) * 110.6)
        near = (d < 1.5).sum()
        assert near / (np.pi * 1.5**2) > 20 * len(gdf) / area_city_km2, name


def test_file_is_gcj02_and_the_layer_is_its_wgs84_conversion():
    raw = pd.read_csv(geo_path("sample_enterprises.csv"))
    assert list(raw.columns[:3]) == ["企业名称", "细分行业", "成立年份"]
    layer = sample_enterprises_layer()
    wx, wy = datums.gcj02_to_wgs84(raw["经度"].to_numpy(), raw["纬度"].to_numpy())
    got = layer.data.sort_values("source_row")
    assert np.abs(got.geometry.x.to_numpy() - wx).max() < 1e-7
    # the stored coordinates are offset from WGS84 by the GCJ-02 shift (hundreds of metres)
    shift_m = np.hypot((raw["经度"] - wx) * 102400, (raw["纬度"] - wy) * 110600)
    assert 300 < np.median(shift_m) < 800
    prov = json.loads(geo_path("sample_enterprises.PROVENANCE.json").read_text(encoding="utf-8"))
    assert prov["synthetic"] is True and prov["coordinate_datum"] == "gcj02"
    assert prov["rows"] == len(raw)


def test_generator_is_seeded_and_reproduces_the_file(tmp_path):
    code = (
        "import sys; sys.path.insert(0, 'tools'); import make_sample_enterprises as m; "
        "m.generate(500, 7).to_csv(sys.argv[1], index=False)"
    )
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    root = geo_path("x").parents[2]
    for out in (a, b):
        subprocess.run([sys.executable, "-c", code, str(out)], check=True, cwd=root)
    assert a.read_bytes() == b.read_bytes()
