"""``gzmap info`` on point tables and ``gzmap convert`` between datums, as a user runs them."""

import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from gzmap.core import datums


def gzmap(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "gzmap", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=120
    )


@pytest.fixture()
def messy_csv(tmp_path):
    lon = np.array([113.370, 113.325, 113.430, 113.445])
    lat = np.array([23.100, 23.120, 23.170, 23.165])
    gx, gy = datums.wgs84_to_gcj02(lon, lat)
    df = pd.DataFrame(
        {
            "企业名称": ["甲", "乙", "丙", "丁"],
            "经度": np.round(gx, 8).astype(object),
            "纬度": np.round(gy, 8).astype(object),
        }
    )
    df.loc[1, "纬度"] = "不详"
    p = tmp_path / "firms.csv"
    df.to_csv(p, index=False, encoding="gbk")
    return p, lon, lat


def test_info_on_a_point_table_prints_counts_and_reasons(messy_csv):
    p, _, _ = messy_csv
    out = gzmap("info", p, "--from", "gcj02")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "rows read: 4" in text and "accepted:  3" in text and "rejected:  1" in text
    assert "1 row: coordinate is not a number (e.g. row 3, column '纬度')" in text
    assert "encoding=GBK/GB18030" in text


def test_info_on_binary_garbage_is_one_line_without_traceback(tmp_path):
    p = tmp_path / "junk.csv"
    p.write_bytes(bytes(range(256)) * 8)
    out = gzmap("info", p)
    assert out.returncode == 1
    assert out.stderr.startswith("gzmap info: ") and "junk.csv" in out.stderr
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_convert_gcj02_csv_to_wgs84_geojson_and_csv_with_rejected_rows(messy_csv, tmp_path):
    import geopandas as gpd

    p, lon, lat = messy_csv
    out = tmp_path / "firms_wgs84.geojson"
    r = gzmap("convert", p, out, "--from", "gcj02", "--to", "wgs84")
    assert r.returncode == 0, r.stderr
    gdf = gpd.read_file(out)
    assert len(gdf) == 3
    keep = [0, 2, 3]
    d = np.hypot((gdf.geometry.x - lon[keep]) * 102400, (gdf.geometry.y - lat[keep]) * 110600)
    assert d.max() < 1.0
    rej = pd.read_csv(tmp_path / "firms_wgs84.rejected.csv", encoding="utf-8-sig")
    assert rej["file_row"].tolist() == [3] and rej["reason"].tolist() == ["not_numeric"]

    out_csv = tmp_path / "firms_bd09.csv"
    r = gzmap("convert", p, out_csv, "--from", "gcj02", "--to", "bd09")
    assert r.returncode == 0, r.stderr
    back = pd.read_csv(out_csv, encoding="utf-8-sig")
    assert list(back.columns) == ["企业名称", "经度", "纬度"]
    wx, wy = datums.bd09_to_wgs84(back["经度"].to_numpy(), back["纬度"].to_numpy())
    assert np.hypot((wx - lon[keep]) * 102400, (wy - lat[keep]) * 110600).max() < 1.0


def test_convert_needs_a_source_datum_when_the_table_gives_no_hint(messy_csv, tmp_path):
    p, _, _ = messy_csv
    r = gzmap("convert", p, tmp_path / "x.csv")
    assert r.returncode == 1 and "--from" in r.stderr and "Traceback" not in r.stderr
