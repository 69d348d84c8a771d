"""gzmap clusters / density / hotspots / lq, run as a user would (in-process through gzmap.cli.main)."""

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest

from gzmap.cli import main
from gzmap.io.geotiff import read_geotiff


@pytest.fixture
def points_gpkg(tmp_path):
    rng = np.random.default_rng(4)
    lon = np.r_[
        113.370 + rng.normal(0, 0.0015, 200), 113.325 + rng.normal(0, 0.0015, 200), rng.uniform(113.2, 113.5, 100)
    ]
    lat = np.r_[23.100 + rng.normal(0, 0.0015, 200), 23.120 + rng.normal(0, 0.0015, 200), rng.uniform(23.0, 23.2, 100)]
    sub = np.r_[["games"] * 200, ["animation"] * 200, rng.choice(["music", "aigc"], 100)]
    g = gpd.GeoDataFrame(
        {"subsector": sub, "employees": rng.integers(1, 50, 500)},
        geometry=gpd.points_from_xy(lon, lat),
        crs="EPSG:4326",
    )
    path = tmp_path / "ent.gpkg"
    g.to_file(path)
    return path


def test_clusters_writes_points_hulls_and_summary(points_gpkg, tmp_path, capsys):
    out = tmp_path / "clusters.gpkg"
    assert (
        main(["clusters", str(points_gpkg), "-o", str(out), "--eps", "300", "--min-samples", "20", "--data-names"]) == 0
    )
    assert "2 clusters" in capsys.readouterr().out
    layers = [name for name, _ in pyogrio.list_layers(out)]
    assert layers == ["points", "clusters"]
    pts = gpd.read_file(out, layer="points")
    assert len(pts) == 500 and set(pts["cluster"]) >= {1, 2, -1}
    hulls = gpd.read_file(out, layer="clusters")
    assert sorted(hulls["dominant_subsector"]) == ["animation", "games"]
    summary = pd.read_csv(tmp_path / "clusters_summary.csv", encoding="utf-8-sig")
    assert list(summary["cluster"]) == [1, 2, -1]
    assert summary["n_points"].sum() == 500


def test_clusters_concave_hdbscan(points_gpkg, tmp_path):
    out = tmp_path / "h.gpkg"
    assert (
        main(
            [
                "clusters",
                str(points_gpkg),
                "-o",
                str(out),
                "--method",
                "hdbscan",
                "--min-cluster-size",
                "50",
                "--hull",
                "concave",
            ]
        )
        == 0
    )
    assert len(gpd.read_file(out, layer="clusters")) == 2


def test_density_writes_geotiff(points_gpkg, tmp_path):
    out = tmp_path / "heat.tif"
    assert (
        main(
            ["density", str(points_gpkg), "-o", str(out), "--bandwidth", "500", "--cell", "50", "--weight", "employees"]
        )
        == 0
    )
    tif = read_geotiff(out)
    assert tif.crs.to_epsg() == 32649 and (tif.transform[0], -tif.transform[4]) == (50.0, 50.0)
    total = tif.values[tif.values != tif.nodata].sum() * 0.05**2
    emp = gpd.read_file(points_gpkg)["employees"].sum()
    assert total == pytest.approx(emp, rel=0.01)


def test_hotspots_writes_classes(points_gpkg, tmp_path):
    out = tmp_path / "hs.gpkg"
    assert (
        main(["hotspots", str(points_gpkg), "-o", str(out), "--cell", "500", "--shape", "hex", "--permutations", "199"])
        == 0
    )
    cells = gpd.read_file(out, layer="hotspots")
    assert (cells["gi_class"] == 3).any()
    assert cells["value"].sum() == 500


def test_lq_from_an_enterprise_csv(tmp_path):
    csv = tmp_path / "ent.csv"
    pd.DataFrame(
        {
            "企业名称": [f"公司{i}" for i in range(6)],
            "细分行业": ["游戏", "游戏", "动漫", "动漫", "动漫", "游戏"],
            "经度": [113.325, 113.326, 113.325, 113.370, 113.371, 113.370],
            "纬度": [23.120, 23.121, 23.120, 23.100, 23.101, 23.100],
        }
    ).to_csv(csv, index=False)
    out = tmp_path / "lq.csv"
    assert main(["lq", str(csv), "--by", "district", "-o", str(out), "--data-names"]) == 0
    lq = pd.read_csv(out, encoding="utf-8-sig").set_index(["district_en", "subsector"])
    # Tianhe: 2 games of 3; city: 3 games of 6 -> LQ 4/3
    assert lq.loc[("Tianhe", "games"), "lq"] == pytest.approx(4 / 3, rel=1e-5)
    assert (tmp_path / "lq_specialisation.csv").exists() and (tmp_path / "lq_clark_evans.csv").exists()


@pytest.mark.parametrize(
    "argv, message",
    [
        (["clusters", "{in}", "-o", "{tmp}/o.csv"], "output must end in .gpkg"),
        (["density", "{tmp}/missing.gpkg", "-o", "{tmp}/o.tif"], "missing.gpkg: file not found"),
        (["density", "{in}", "-o", "{tmp}/o.tif", "--weight", "staff"], "no weight column 'staff'"),
        (["lq", "{in}", "-o", "{tmp}/o.csv", "--field", "sector"], "no sub-sector column 'sector'"),
    ],
)
def test_bad_input_gives_one_line_and_exit_1(points_gpkg, tmp_path, capsys, argv, message):
    argv = [a.format(**{"in": points_gpkg, "tmp": tmp_path}) for a in argv]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize(
    "argv, message",
    [
        (
            ["clusters", "{in}", "-o", "{tmp}/o.gpkg", "--eps", "0"],
            "gzmap clusters: argument --eps: eps must be greater than 0 m",
        ),
        (["hotspots", "{in}", "-o", "{tmp}/o.gpkg", "--cell", "-5"], "cell must be greater than 0 m"),
        (["clusters", "{in}", "-o", "{tmp}/o.gpkg", "--concave-ratio", "1.5"], "concave_ratio must be at most 1"),
        (["clusters", "{in}", "-o", "{tmp}/o.gpkg", "--min-samples", "2.5"], "min_samples must be a whole number"),
        (["hotspots", "{in}", "-o", "{tmp}/o.gpkg", "--permutations", "-1"], "permutations must be at least 0"),
        (["density", "{in}", "-o", "{tmp}/o.tif", "--bandwidth", "nan"], "bandwidth must be a number"),
    ],
)
def test_out_of_bounds_parameters_are_usage_errors_before_any_reading(points_gpkg, tmp_path, capsys, argv, message):
    """The declared bounds: one line, exit 2, the parameter named, nothing written."""
    argv = [a.format(**{"in": points_gpkg, "tmp": tmp_path}) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "--help" in err and "Traceback" not in err
    assert not list(tmp_path.glob("o.*"))


def test_every_declared_parameter_is_an_option_with_its_default():
    """The sub-commands are generated from the declarations: same names, same defaults."""
    from gzmap.analysis.registry import get
    from gzmap.cli import build_parser

    parser = build_parser()
    for analysis_id in ("clusters", "kde", "hotspots", "lq"):
        decl = get(analysis_id)
        args = parser.parse_args([decl.command, "in.gpkg", "-o", "out"])
        for param in decl.params:
            assert getattr(args, param.name) == (param.default or (False if param.type == "bool" else None)), param
