"""Enterprise import end to end on messy files made here: every company in the right place
(within 1 m of the expected WGS84 position), every bad row accounted for."""

import numpy as np
import openpyxl
import pandas as pd
import pytest

from gzmap.core import datums
from gzmap.core.progress import Cancelled
from gzmap.io.columns import detect_columns
from gzmap.io.enterprises import ImportOptions
from gzmap.io.enterprises import import_file
from gzmap.io.errors import ReadError
from gzmap.testing import assert_lands

# Known WGS84 places (reference figures) and Canton Tower's published GCJ-02 position.
PLACES = {
    "琶洲": (113.370, 23.100),
    "珠江新城": (113.325, 23.120),
    "天河软件园": (113.430, 23.170),
    "黄埔科学城": (113.445, 23.165),
    "万博": (113.360, 23.000),
    "白云新城": (113.270, 23.180),
    "广州塔": (113.3245, 23.1066),
}
CANTON_GCJ = (113.32992122, 23.10399821)


def metres(lon1, lat1, lon2, lat2):
    lon1, lat1, lon2, lat2 = map(np.asarray, (lon1, lat1, lon2, lat2))
    return np.hypot((lon1 - lon2) * 111320 * np.cos(np.radians(lat2)), (lat1 - lat2) * 110574)


def firms(datum="gcj02"):
    names = list(PLACES)
    lon = np.array([PLACES[n][0] for n in names])
    lat = np.array([PLACES[n][1] for n in names])
    x, y = datums.convert(lon, lat, "wgs84", datum)
    df = pd.DataFrame(
        {
            "企业名称": [f"广州{n}数字科技有限公司" for n in names],
            "行业类别": ["游戏电竞", "广告创意", "手游研发", "元宇宙", "直播带货", "数字音乐", "数字文旅"],
            "从业人员": [120, 45, 300, 80, 25, 60, 15],
            "营收(万元)": [5000.5, 800, 12000, 3000, 600, 900, 150],
            "地址": [f"广州市{n}路1号" for n in names],
            "经度": np.round(x, 7),
            "纬度": np.round(y, 7),
        }
    )
    return df, lon, lat


def test_gbk_csv_in_gcj02_with_chinese_headers_lands_within_1m(tmp_path):
    df, lon, lat = firms("gcj02")
    p = tmp_path / "企业名录_高德.csv"
    df.to_csv(p, index=False, encoding="gbk")
    res = import_file(p)  # datum suggested by the file name (高德 = Amap = GCJ-02)
    assert res.source_datum == "gcj02" and not res.datum_assumed
    assert res.n_accepted == len(df) and res.n_rejected == 0
    assert_lands(res, lon, lat)
    acc = res.accepted
    # original columns kept; standard columns added
    assert acc["经度"].tolist() == df["经度"].tolist()
    assert acc["subsector"].astype(str).tolist()[:4] == ["games", "design", "games", "vr_metaverse"]
    assert acc["employees"].tolist() == [120, 45, 300, 80, 25, 60, 15]
    assert acc["name"].iloc[0] == "广州琶洲数字科技有限公司"


def test_canton_tower_published_gcj02_position_lands_on_the_wgs84_tower(tmp_path):
    p = tmp_path / "tower.csv"
    p.write_text(f"名称,lng,lat\n广州塔,{CANTON_GCJ[0]},{CANTON_GCJ[1]}\n", encoding="utf-8")
    res = import_file(p, ImportOptions(source_datum="gcj02"))
    g = res.accepted.geometry.iloc[0]
    assert metres(g.x, g.y, *PLACES["广州塔"]) < 1.0


def test_utf8_bom_csv_in_wgs84(tmp_path):
    df, lon, lat = firms("wgs84")
    p = tmp_path / "gps.csv"
    df.to_csv(p, index=False, encoding="utf-8-sig")
    res = import_file(p, ImportOptions(source_datum="wgs84"))
    assert res.n_accepted == len(df)
    assert_lands(res, lon, lat)


def test_bd09_input_with_baidu_column_names(tmp_path):
    df, lon, lat = firms("bd09")
    df = df.rename(columns={"经度": "bd_lng", "纬度": "bd_lat"})
    p = tmp_path / "baidu.csv"
    df.to_csv(p, index=False)
    res = import_file(p)
    assert res.source_datum == "bd09"
    assert "bd_lng" in res.datum_reason
    assert_lands(res, lon, lat)


def test_xlsx_with_title_row_above_header(tmp_path):
    df, lon, lat = firms("gcj02")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024年广州市数字文化企业名录（高德坐标）"])
    ws.merge_cells("A1:G1")
    ws.append(list(df.columns))
    for row in df.itertuples(index=False):
        ws.append(list(row))
    p = tmp_path / "名录.xlsx"
    wb.save(p)
    res = import_file(p, ImportOptions(source_datum="gcj02"))
    assert res.n_accepted == len(df)
    assert res.accepted["source_row"].tolist() == list(range(3, 3 + len(df)))
    assert_lands(res, lon, lat)


def test_shapefile_with_gbk_attributes_and_no_cpg(tmp_path):
    import geopandas as gpd

    df, lon, lat = firms("gcj02")
    gdf = gpd.GeoDataFrame(
        {"名称": df["企业名称"], "行业": df["行业类别"]},
        geometry=gpd.points_from_xy(df["经度"], df["纬度"]),
        crs="EPSG:4326",
    )
    p = tmp_path / "firms.shp"
    gdf.to_file(p, encoding="gbk")
    for cpg in tmp_path.glob("firms.cpg"):
        cpg.unlink()
    assert not (tmp_path / "firms.cpg").exists()
    res = import_file(p, ImportOptions(source_datum="gcj02"))
    assert res.n_accepted == len(df)
    assert res.accepted["名称"].iloc[0] == "广州琶洲数字科技有限公司"
    assert res.accepted["subsector"].astype(str).iloc[0] == "games"
    assert_lands(res, lon, lat)


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".parquet", ".kml"])
def test_point_files_in_other_formats(tmp_path, suffix):
    import geopandas as gpd

    df, lon, lat = firms("wgs84")
    gdf = gpd.GeoDataFrame(
        {"name": df["企业名称"]}, geometry=gpd.points_from_xy(df["经度"], df["纬度"]), crs="EPSG:4326"
    )
    p = tmp_path / f"pts{suffix}"
    if suffix == ".parquet":
        gdf.to_parquet(p)
    else:
        gdf.to_file(p, driver={".geojson": "GeoJSON", ".gpkg": "GPKG", ".kml": "KML"}[suffix])
    res = import_file(p)
    assert res.source_datum == "wgs84"
    assert res.n_accepted == len(df)
    assert_lands(res, lon, lat)


def test_projected_points_are_converted(tmp_path):
    import geopandas as gpd

    df, lon, lat = firms("wgs84")
    gdf = gpd.GeoDataFrame({"name": df["企业名称"]}, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
    p = tmp_path / "utm.gpkg"
    gdf.to_crs("EPSG:32649").to_file(p)
    res = import_file(p)
    assert res.source_datum == "EPSG:32649"
    assert_lands(res, lon, lat)


def test_combined_column_dms_text_and_swapped_columns(tmp_path):
    lon, lat = PLACES["琶洲"]
    rows = [
        "名称,坐标",
        f'"甲","{lon},{lat}"',
        f'"乙","{lon}，{lat}"',  # full-width comma
    ]
    p = tmp_path / "combined.csv"
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    res = import_file(p, ImportOptions(source_datum="wgs84"))
    assert res.mapping.coords == "坐标" and res.n_accepted == 2

    dms = tmp_path / "dms.csv"
    dms.write_text("名称,经度,纬度\n甲,113°22'12\"E,23°6'0\"N\n乙,113度22分12秒,23度6分\n", encoding="utf-8")
    res = import_file(dms, ImportOptions(source_datum="wgs84"))
    assert res.n_accepted == 2
    assert_lands(res, [113.37, 113.37], [23.1, 23.1])

    df, lon_a, lat_a = firms("wgs84")
    swapped = df.rename(columns={"经度": "纬度", "纬度": "经度"})
    p2 = tmp_path / "swapped.csv"
    swapped.to_csv(p2, index=False)
    mapping = detect_columns(pd.read_csv(p2))
    assert mapping.swapped
    res = import_file(p2, ImportOptions(source_datum="wgs84"))
    assert any("swapped" in n for n in res.notes)
    assert_lands(res, lon_a, lat_a)
    res = import_file(p2, ImportOptions(source_datum="wgs84", fix_swapped=False))
    assert res.n_accepted == 0 and set(res.rejected["reason"]) == {"swapped"}


def test_ten_percent_broken_rows_are_rejected_with_reason_row_and_column(tmp_path):
    rng = np.random.default_rng(3)
    n = 200
    lon = 113.3 + rng.uniform(-0.1, 0.1, n)
    lat = 23.1 + rng.uniform(-0.1, 0.1, n)
    gx, gy = datums.wgs84_to_gcj02(lon, lat)
    df = pd.DataFrame(
        {
            "企业名称": [f"公司{i}" for i in range(n)],
            "经度": np.round(gx, 7).astype(object),
            "纬度": np.round(gy, 7).astype(object),
            "从业人员": rng.integers(1, 100, n).astype(object),
        }
    )
    df.loc[5, "经度"] = None
    df.loc[17, "纬度"] = "不详"
    df.loc[33, "经度"] = 2.35  # Paris: outside China
    df.loc[41, ["经度", "纬度"]] = [116.40, 39.90]  # Beijing: far outside the study area
    df.loc[50, ["经度", "纬度"]] = [200.0, 23.1]
    df.iloc[60] = df.iloc[59].to_numpy()  # exact duplicate
    df.loc[70, "从业人员"] = "约50人"
    df.loc[71, "从业人员"] = "不详"
    broken = [5, 17, 33, 41, 50, 60] + list(range(100, 114))
    for i in range(100, 114):
        df.loc[i, "经度"] = "abc"
    p = tmp_path / "broken.csv"
    df.to_csv(p, index=False)
    with open(p, "a", encoding="utf-8") as fh:
        fh.write("坏行,113.3,23.1,5,多余字段\n")  # a line with one field too many
    res = import_file(p, ImportOptions(source_datum="gcj02"))
    assert res.rows_read == n + 1
    assert res.n_accepted + res.n_rejected == res.rows_read
    assert res.n_rejected == len(broken) + 1
    rej = res.rejected.set_index("file_row")
    # file row = data index + 2 (row 1 is the header)
    assert rej.loc[7, "reason"] == "missing_coordinates" and rej.loc[7, "column"] == "经度"
    assert rej.loc[19, "reason"] == "not_numeric" and rej.loc[19, "column"] == "纬度"
    assert rej.loc[19, "value"] == "不详"
    assert rej.loc[35, "reason"] == "outside_china"
    assert rej.loc[43, "reason"] == "outside_study_area"
    assert rej.loc[52, "reason"] == "out_of_range"
    assert rej.loc[62, "reason"] == "duplicate" and "row 61" in rej.loc[62, "message"]
    assert rej.loc[n + 2, "reason"] == "bad_line"
    # original values are kept in the rejected table
    assert rej.loc[19, "企业名称"] == "公司17"
    # text in a numeric column: row kept, cell empty, a warning naming row and column
    acc = res.accepted.set_index("source_row")
    assert acc.loc[72, "employees"] == 50
    assert np.isnan(acc.loc[73, "employees"])
    w = res.warnings.set_index("file_row")
    assert w.loc[73, "column"] == "从业人员" and w.loc[73, "value"] == "不详"
    lines = res.problems(limit=100)
    assert any(line.startswith(f"{p}, row 19, column '纬度'") for line in lines)
    assert any("row 73, column '从业人员'" in line for line in lines)
    reasons = dict(res.reason_counts())
    assert reasons["not_numeric"] == 15
    # the rejected table saves to CSV with reason, row and original values
    out = res.save_rejected(tmp_path / "rejected.csv")
    back = pd.read_csv(out, encoding="utf-8-sig")
    assert len(back) == res.n_rejected
    assert {"file_row", "reason", "message", "column", "value", "企业名称"} <= set(back.columns)


def test_unknown_categories_kept_as_other_or_rejected_on_request(tmp_path):
    p = tmp_path / "cat.csv"
    p.write_text("名称,行业,经度,纬度\n甲,游戏,113.3,23.1\n乙,餐饮,113.31,23.11\n", encoding="utf-8")
    res = import_file(p, ImportOptions(source_datum="wgs84"))
    assert res.n_accepted == 2
    assert res.accepted["subsector"].isna().tolist() == [False, True]
    assert any("餐饮" in n for n in res.notes)
    res = import_file(p, ImportOptions(source_datum="wgs84", reject_unknown_category=True))
    assert res.n_accepted == 1 and res.rejected["reason"].tolist() == ["unknown_category"]


def test_no_data_rows_or_no_coordinates_are_clear_errors(tmp_path):
    p = tmp_path / "header.csv"
    p.write_text("企业名称,经度,纬度\n", encoding="utf-8")
    with pytest.raises(ReadError, match=r"header.csv: has a header \(row 1\) but no data rows"):
        import_file(p)
    q = tmp_path / "nocoords.csv"
    q.write_text("企业名称,地址\n甲,广州市\n", encoding="utf-8")
    with pytest.raises(ReadError, match="no coordinate columns found"):
        import_file(q)


def test_progress_is_reported_and_cancel_stops_the_import(tmp_path, monkeypatch):
    import gzmap.io.tables as tables

    monkeypatch.setattr(tables, "_PROGRESS_MIN_BYTES", 0)
    monkeypatch.setattr(tables, "_PROGRESS_BLOCK", 2000)
    df, _, _ = firms("gcj02")
    big = pd.concat([df] * 200, ignore_index=True)
    big["企业名称"] = [f"公司{i}" for i in range(len(big))]
    p = tmp_path / "big.csv"
    big.to_csv(p, index=False)
    seen = []
    res = import_file(p, ImportOptions(source_datum="gcj02"), progress=lambda f, m="": seen.append(f))
    assert res.n_accepted == len(big)
    assert len(seen) > 10 and seen == sorted(seen) and seen[-1] == 1.0

    def cancel_midway(f, m=""):
        if f > 0.2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_file(p, ImportOptions(source_datum="gcj02"), progress=cancel_midway)


def test_row_selection_keeps_every_column_type_and_order():
    import geopandas as gpd
    import pyarrow as pa
    import shapely

    from gzmap.io.enterprises import _select_rows

    df = pd.DataFrame(
        {
            "名称": pd.array(["甲", "乙", None, "丁"], dtype="str"),
            "n": pd.array([1, None, 3, 4], dtype=pd.ArrowDtype(pa.int64())),
            "cat": pd.Categorical(["a", "b", "a", "c"]),
            "obj": [{"k": 1}, None, "x", 2.5],
            "f": [1.5, np.nan, 3.5, 4.5],
            "t": pd.to_datetime(["2024-01-01", None, "2024-03-01", "2024-04-01"]),
            "geom": gpd.GeoSeries(shapely.points([0, 1, 2, 3], [0, 1, 2, 3])),
        }
    )
    df.columns = ["名称", "n", "cat", "obj", "f", "t", "名称"]  # duplicate names survive too
    keep = np.array([True, False, True, True])
    got = _select_rows(df, keep)
    want = df.loc[keep].reset_index(drop=True)
    pd.testing.assert_frame_equal(got, want)
    assert len(_select_rows(df, np.zeros(4, dtype=bool))) == 0


def test_point_file_preview_has_no_coordinate_columns_and_suggests_the_files_crs(tmp_path):
    import geopandas as gpd
    import shapely

    from gzmap.io.enterprises import preview_file
    from gzmap.io.vector import is_point_file

    pts = gpd.GeoDataFrame(
        {"企业名称": ["甲", "乙", "丙"], "lng": [1.0, 2.0, 3.0]},
        geometry=shapely.points([113.3, 113.4, 113.5], [23.1, 23.2, 23.3]),
        crs="EPSG:4490",
    )
    p = tmp_path / "企业.shp"
    pts.to_file(p, encoding="gbk")
    assert is_point_file(p)
    table, mapping = preview_file(p, nrows=2)
    assert table.kind == "vector" and len(table.data) == 2 and table.crs.endswith("4490")
    assert table.data["geometry"].iloc[0].startswith("POINT (113.3 23.1")
    assert mapping.lon is None and mapping.lat is None and mapping.name == "企业名称"
    assert mapping.datum_hint == "cgcs2000"
    poly = tmp_path / "poly.geojson"
    gpd.GeoDataFrame(geometry=[shapely.box(0, 0, 1, 1)], crs="EPSG:4326").to_file(poly)
    assert not is_point_file(poly) and not is_point_file(tmp_path / "missing.geojson")


def test_a_row_of_empty_cells_at_the_end_is_a_row_but_blank_lines_are_not(tmp_path):
    # found by the property test: one-cell title/junk rows must not set the table width, and a
    # last line of empty cells ('"",""') is a rejected row while trailing blank lines are not rows
    p = tmp_path / "tail.csv"
    p.write_text(
        '广州市数字文化企业名录\n企业名称,行业,经度,纬度\n甲,游戏电竞,113.3,23.1\n";"\n";"\n'
        '乙,动漫,113.4,23.2\n"",""\n\n  \n',
        encoding="utf-8",
    )
    res = import_file(p, ImportOptions(source_datum="gcj02"))
    assert res.rows_read == 5 and res.n_accepted == 2
    assert res.rejected["file_row"].tolist() == [4, 5, 7]
    assert res.accepted["source_row"].tolist() == [3, 6]


def test_geoparquet_point_file_preview_reads_only_its_first_rows(tmp_path):
    import geopandas as gpd
    import shapely

    from gzmap.io.enterprises import preview_file
    from gzmap.io.vector import is_point_file

    n = 5000
    pts = gpd.GeoDataFrame(
        {"企业名称": [f"公司{i}" for i in range(n)]},
        geometry=shapely.points(113.3 + np.arange(n) * 1e-5, 23.1 + np.arange(n) * 1e-5),
        crs="EPSG:4326",
    )
    p = tmp_path / "企业.parquet"
    pts.to_parquet(p, row_group_size=1000)
    assert is_point_file(p)
    table, mapping = preview_file(p, nrows=20)
    assert table.kind == "vector" and table.data["企业名称"].tolist() == [f"公司{i}" for i in range(20)]
    assert mapping.datum_hint == "wgs84"
    polys = tmp_path / "parks.parquet"
    gpd.GeoDataFrame(geometry=[shapely.box(113.3, 23.1, 113.4, 23.2)], crs="EPSG:4326").to_parquet(polys)
    assert not is_point_file(polys)
