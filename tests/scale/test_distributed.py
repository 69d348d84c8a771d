"""--dask runs on a LocalCluster of 2 worker processes give the single-machine answers (issue 19).

Grids equal to 1e-9 of their peak, counts, location quotients and Gi* classes
exactly, the rejected rows identical (row, reason, message, cells).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from gzmap.analysis.registry import run
from gzmap.io.enterprises import import_file


@pytest.fixture(scope="module")
def single(enterprise_csv):
    return import_file(enterprise_csv)


def _grid_diff(a, b) -> float:
    va, vb = np.nan_to_num(a.values), np.nan_to_num(b.values)
    assert va.shape == vb.shape and a.transform == b.transform
    return float(np.abs(va - vb).max() / np.nanmax(a.values))


def test_partition_keeps_every_accepted_row_and_counts_the_rejected(dataset, single):
    out, res = dataset
    assert res.rows == single.n_accepted and res.partitions == int(np.ceil(single.n_accepted / 4000))
    assert res.staged.n_rejected == single.n_rejected == 6
    assert res.staged.rows_read == single.rows_read
    import geopandas as gpd

    parts = [gpd.read_parquet(p) for p in sorted(out.glob("part.*.parquet"))]
    both = pd.concat(parts).sort_values("source_row")
    assert both["source_row"].tolist() == single.accepted["source_row"].tolist()
    np.testing.assert_array_equal(both.geometry.x.to_numpy(), single.accepted.geometry.x.to_numpy())


def test_rejected_rows_are_those_of_the_single_machine_import(dataset, single):
    out, _ = dataset
    files = sorted((out / "_rejected").glob("*.csv"))
    assert len(files) >= 2  # written per block
    got = pd.concat([pd.read_csv(f, dtype=str, encoding="utf-8-sig") for f in files]).sort_values(
        "file_row", key=lambda s: s.astype(int)
    )
    want = single.rejected.astype("string").astype(object)
    cols = ["file_row", "reason", "message", "value", "企业名称", "经度", "纬度"]
    assert got[cols].fillna("").to_numpy().tolist() == want[cols].fillna("").astype(str).to_numpy().tolist()
    assert "exact duplicate of row 12" in set(got["message"])  # a duplicate across blocks


@pytest.mark.parametrize("method", ["exact", "binned"])
def test_density_equals_the_single_machine_surface(dataset, single, engine, method):
    params = {"bandwidth": 800.0, "cell": 100.0, "method": method, "weight": "employees"}
    one = run("kde", {"points": single.accepted}, params).output("density")
    many = run("kde", {"points": dataset[0]}, params, engine=engine).output("density")
    assert _grid_diff(one, many) <= 1e-9
    assert np.array_equal(np.isnan(one.values), np.isnan(many.values))
    assert one.meta == many.meta


def test_hotspots_equal_the_single_machine_cells(dataset, single, engine):
    params = {"cell": 1000.0, "permutations": 99}
    one = run("hotspots", {"points": single.accepted}, params).output("hotspots")
    many = run("hotspots", {"points": dataset[0]}, params, engine=engine).output("hotspots")
    cols = ["cell_id", "value", "gi_class", "gi_p"]
    pd.testing.assert_frame_equal(one[cols], many[cols])
    np.testing.assert_allclose(one["gi_z"], many["gi_z"], atol=1e-9)
    assert one.attrs["gzmap"] == many.attrs["gzmap"]


def test_location_quotients_equal_exactly(dataset, single, engine):
    one = run("lq", {"points": single.accepted}, {})
    many = run("lq", {"points": dataset[0]}, {}, engine=engine)
    for name in ("lq", "specialisation", "clark_evans"):
        pd.testing.assert_frame_equal(one.output(name), many.output(name), check_dtype=False)
    assert one.summary == many.summary


def test_a_table_input_is_imported_on_the_cluster_with_the_same_rejected_rows(enterprise_csv, single, engine, tmp_path):
    rej = tmp_path / "rejected.csv"
    many = run("lq", {"points": enterprise_csv, "rejected_to": rej}, {}, engine=engine)
    one = run("lq", {"points": single.accepted}, {})
    pd.testing.assert_frame_equal(one.output("lq"), many.output("lq"), check_dtype=False)
    got = pd.read_csv(rej, dtype=str, encoding="utf-8-sig")
    assert got["file_row"].astype(int).tolist() == single.rejected["file_row"].astype(int).tolist()
    assert got["reason"].tolist() == single.rejected["reason"].tolist()
