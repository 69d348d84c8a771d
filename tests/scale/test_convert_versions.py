"""``gzmap convert --dask`` gives the single-machine conversion (rows, coordinates, rejected rows), and
workers running another GZMap version are refused in one line before any work (issue 19)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from gzmap.cli import main


def test_convert_on_the_cluster_equals_the_single_machine_conversion(enterprise_csv, engine, tmp_path, capsys):
    one, many = tmp_path / "one.parquet", tmp_path / "many.parquet"
    assert main(["convert", str(enterprise_csv), str(one), "--from", "gcj02", "--to", "bd09"]) == 0
    said = capsys.readouterr().out.replace(str(one), "OUT").replace(one.name, "OUT").splitlines()
    dask = ["--dask", engine.address, "--dask-timeout", "20"]
    assert main(["convert", str(enterprise_csv), str(many), "--from", "gcj02", "--to", "bd09", *dask]) == 0
    told = capsys.readouterr().out.replace(str(many), "OUT").replace(many.name, "OUT").splitlines()
    assert told[:2] == said[:2]  # the BD-09 note; rows read, written, rejected (GCJ-02 -> BD-09)
    assert "20,003 rows read, 19,997 written (GCJ-02 -> BD-09), 6 rejected" in told[1]
    a = gpd.read_parquet(one)
    parts = sorted(many.glob("*.parquet"))
    assert parts and many.is_dir()
    b = pd.concat([gpd.read_parquet(p) for p in parts]).sort_values("source_row", kind="stable")
    assert len(a) == len(b) == 20_000 + 3 - 6
    for col in ("企业名称", "细分行业"):
        assert a[col].astype(str).tolist() == b[col].astype(str).tolist()
    assert a["从业人员"].tolist() == b["从业人员"].tolist()  # numbers equal (partitions store them as float64)
    np.testing.assert_array_equal(a.geometry.x.to_numpy(), b.geometry.x.to_numpy())
    np.testing.assert_array_equal(a.geometry.y.to_numpy(), b.geometry.y.to_numpy())
    want = pd.read_csv(tmp_path / "one.rejected.csv", dtype=str, encoding="utf-8-sig")
    blocks = sorted((many / "_rejected").glob("*.csv"))
    got = pd.concat([pd.read_csv(f, dtype=str, encoding="utf-8-sig") for f in blocks])
    got = got.sort_values("file_row", key=lambda s: s.astype(int))
    assert got[want.columns].fillna("").to_numpy().tolist() == want.fillna("").to_numpy().tolist()


def test_workers_with_another_gzmap_version_are_one_line_and_no_output(dataset, engine, tmp_path, capsys, monkeypatch):
    import gzmap

    theirs = gzmap.__version__  # the workers are other processes: they keep the installed version
    monkeypatch.setattr(gzmap, "__version__", "0.0.0+other")
    out = tmp_path / "lq.csv"
    assert main(["lq", str(dataset[0]), "-o", str(out), "--dask", engine.address, "--dask-timeout", "20"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert f"run GZMap {theirs}, this machine 0.0.0+other" in err[0] and "same version" in err[0]
    assert not out.exists() and not list(tmp_path.iterdir())
