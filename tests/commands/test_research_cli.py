"""gzmap colocation / cross-k / devindex / sites, run as a user would (in-process through gzmap.cli.main)."""

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest

from gzmap.cli import main
from gzmap.paths import geo_path


@pytest.fixture
def points_gpkg(tmp_path):
    rng = np.random.default_rng(4)
    lon = np.r_[
        113.370 + rng.normal(0, 0.002, 200), 113.325 + rng.normal(0, 0.002, 200), rng.uniform(113.2, 113.5, 100)
    ]
    lat = np.r_[23.100 + rng.normal(0, 0.002, 200), 23.120 + rng.normal(0, 0.002, 200), rng.uniform(23.0, 23.2, 100)]
    sub = np.r_[rng.choice(["games", "animation"], 200), ["music"] * 200, rng.choice(["music", "aigc"], 100)]
    g = gpd.GeoDataFrame(
        {"subsector": sub, "employees": rng.integers(1, 50, 500)},
        geometry=gpd.points_from_xy(lon, lat),
        crs="EPSG:4326",
    )
    path = tmp_path / "ent.gpkg"
    g.to_file(path)
    return path


def test_colocation_writes_local_layer_matrix_and_pairs(points_gpkg, tmp_path, capsys):
    out = tmp_path / "clq.gpkg"
    assert (
        main(
            [
                "colocation",
                str(points_gpkg),
                "--category",
                "subsector",
                "-o",
                str(out),
                "--permutations",
                "99",
                "--data-names",
            ]
        )
        == 0
    )
    assert "4 categories; 500 points" in capsys.readouterr().out
    local = gpd.read_file(out, layer="local")
    assert len(local) == 500 and set(local["clq_class"]) <= {"colocated", "isolated", "ns", "undefined"}
    matrix = pd.read_csv(tmp_path / "clq_matrix.csv", encoding="utf-8-sig").set_index("category")
    assert list(matrix.columns) == ["aigc", "animation", "games", "music"]
    assert matrix.loc["music", "music"] > 1 > matrix.loc["music", "games"]
    pairs = pd.read_csv(tmp_path / "clq_pairs.csv", encoding="utf-8-sig")
    assert len(pairs) == 16 and pairs["p"].between(0, 1).all()


def test_cross_k_writes_the_l_function_and_envelope(points_gpkg, tmp_path, capsys):
    out = tmp_path / "ck.csv"
    argv = ["cross-k", str(points_gpkg), "--category", "subsector", "--a", "games", "--b", "music", "-o", str(out)]
    assert main([*argv, "--max-distance", "500", "--steps", "10", "--envelopes", "19", "--data-names"]) == 0
    table = pd.read_csv(out, encoding="utf-8-sig")
    assert list(table["r"]) == pytest.approx(np.arange(50, 501, 50))
    assert {"l", "l_low", "l_high", "pattern"} <= set(table.columns)
    assert "repulsion" in capsys.readouterr().out  # games sit apart from the music cluster


def test_devindex_on_the_shipped_sample(tmp_path, capsys):
    out = tmp_path / "dev.csv"
    table, groups = geo_path("devindex_sample.csv"), geo_path("devindex_groups.csv")
    assert (
        main(["devindex", str(table), "--join", "districts", "--groups", str(groups), "-o", str(out), "--data-names"])
        == 0
    )
    assert "11 regions x 5 years, 8 indicators in 3 groups" in capsys.readouterr().out
    scores = pd.read_csv(out, encoding="utf-8-sig")
    assert len(scores) == 55 and scores["D"].between(0, 1).all() and scores["band_zh"].notna().all()
    latest = scores[scores["year"] == scores["year"].max()].set_index("name_en")
    assert latest["rank"].idxmin() == "Tianhe"
    weights = pd.read_csv(tmp_path / "dev_weights.csv", encoding="utf-8-sig")
    assert weights["weight"].sum() == pytest.approx(1) and set(weights["direction"]) == {"benefit", "cost"}
    assert (tmp_path / "dev_years.csv").exists() and (tmp_path / "dev_obstacles.csv").exists()


def test_sites_writes_sites_and_covered_demand(points_gpkg, tmp_path, capsys):
    cand = gpd.GeoDataFrame(
        {"name": ["Pazhou", "Tianhe", "Baiyun"]},
        geometry=gpd.points_from_xy([113.370, 113.325, 113.27], [23.100, 23.120, 23.18]),
        crs="EPSG:4326",
    )
    cand.to_file(tmp_path / "cand.gpkg")
    out = tmp_path / "sites.gpkg"
    argv = ["sites", str(points_gpkg), "--candidates", str(tmp_path / "cand.gpkg"), "-p", "2", "--distance", "1000"]
    assert main([*argv, "-o", str(out), "--data-names"]) == 0
    assert "mclp: 2 sites cover" in capsys.readouterr().out
    assert [name for name, _ in pyogrio.list_layers(out)] == ["sites", "demand"]
    sites = gpd.read_file(out, layer="sites")
    assert sorted(sites["name"]) == ["Pazhou", "Tianhe"]
    summary = pd.read_csv(tmp_path / "sites_summary.csv", encoding="utf-8-sig")
    assert summary["demand_covered"].iloc[0] == sites["demand_covered"].sum() >= 400


@pytest.mark.parametrize(
    "argv, message",
    [
        (["colocation", "{in}", "-o", "{tmp}/o.gpkg", "--neighbour", "vr"], "neighbour 'vr' of field 'subsector'"),
        (["cross-k", "{in}", "-o", "{tmp}/o.csv", "--a", "games", "--b", "vr"], "category b 'vr' of field 'subsector'"),
        (["sites", "{in}", "-o", "{tmp}/o.gpkg", "--weight", "subsector"], "weight field 'subsector' has the value"),
        (["sites", "{in}", "-o", "{tmp}/o.gpkg", "--candidates", "{far}"], "candidate row 1 (114.50000, 22.10000)"),
        (["devindex", "{flat}", "-o", "{tmp}/o.csv"], "indicator 'b' is constant (5 in every row)"),
        (["devindex", "{flat}", "-o", "{tmp}/o.csv", "--groups", "{badgroups}"], "row 2: direction 'up' of 'a'"),
        (["devindex", "{far}", "-o", "{tmp}/o.csv"], "far.gpkg: unknown or unsupported file format"),  # not a table
        (["devindex", "{flat}", "-o", "{tmp}/o.csv", "--groups", "{tmp}/none.csv"], "none.csv: file not found"),
    ],
)
def test_bad_input_gives_one_line_and_exit_1(points_gpkg, tmp_path, capsys, argv, message):
    gpd.GeoDataFrame(geometry=gpd.points_from_xy([114.5], [22.1]), crs="EPSG:4326").to_file(tmp_path / "far.gpkg")
    flat = tmp_path / "flat.csv"
    flat.write_text("region,a,b\n天河区,1,5\n海珠区,2,5\n越秀区,3,5\n", encoding="utf-8")
    (tmp_path / "g.csv").write_text("indicator,group,direction\na,x,up\n", encoding="utf-8")
    names = {
        "in": points_gpkg,
        "tmp": tmp_path,
        "far": tmp_path / "far.gpkg",
        "flat": flat,
        "badgroups": tmp_path / "g.csv",
    }
    assert main([a.format(**names) for a in argv]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
