"""``gzmap lq --regions FILE``: location quotients in a user's polygon layer, the same on a LocalCluster of
2 worker processes as on one machine (issue 19 item 3: "a user layer such as every county of China")."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from gzmap.cli import main


@pytest.fixture(scope="module")
def squares(tmp_path_factory):
    """Nine 0.1-degree squares over part of the synthetic points (others fall outside), named in ``name``."""
    cells = [(113.20 + 0.1 * i, 22.95 + 0.1 * j) for i in range(3) for j in range(3)]
    gdf = gpd.GeoDataFrame(
        {"name": [f"方格{i + 1}" for i in range(len(cells))]},
        geometry=[shapely.box(x, y, x + 0.1, y + 0.1) for x, y in cells],
        crs="EPSG:4326",
    )
    path = tmp_path_factory.mktemp("regions") / "squares.gpkg"
    gdf.to_file(path)
    return path


def _tables(out):
    return {
        name: pd.read_csv(out.with_name(out.stem + suffix + ".csv"), encoding="utf-8-sig")
        for name, suffix in (("lq", ""), ("specialisation", "_specialisation"), ("clark_evans", "_clark_evans"))
    }


def test_lq_by_a_regions_layer_is_exactly_the_single_machine_answer(dataset, engine, squares, tmp_path, capsys):
    one, many = tmp_path / "one.csv", tmp_path / "many.csv"
    assert main(["lq", str(dataset[0]), "--regions", str(squares), "-o", str(one), "--data-names"]) == 0
    first = capsys.readouterr().out
    dask = ["--dask", engine.address, "--dask-timeout", "20"]
    assert main(["lq", str(dataset[0]), "--regions", str(squares), "-o", str(many), "--data-names", *dask]) == 0
    assert capsys.readouterr().out.split("; wrote")[0] == first.split("; wrote")[0]
    a, b = _tables(one), _tables(many)
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name])
    lq = a["lq"]
    assert set(lq["district_zh"]) <= {f"方格{i}" for i in range(1, 10)} and lq["district_zh"].nunique() >= 6
    assert "points outside every district left out" in first  # the squares cover part of the points
    counts = lq.groupby("district_zh")["count"].sum()
    pts = gpd.read_parquet(dataset[0])
    regions = gpd.read_file(squares).rename(columns={"name": "square"})
    inside = gpd.sjoin(pts, regions, predicate="within")
    assert counts.to_dict() == inside.groupby("square").size().astype(float).to_dict()


def test_regions_and_a_column_to_group_by_are_refused(dataset, squares, tmp_path, capsys):
    out = tmp_path / "lq.csv"
    assert main(["lq", str(dataset[0]), "--regions", str(squares), "--by", "细分行业", "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not both" in err[0] and not out.exists()
