"""KDE from coordinate arrays: ``gzmap density`` on vector files reads points without a GeoDataFrame
(GeoPackage through SQLite, other formats through pyogrio.raw); the GeoTIFF must be the one the
GeoDataFrame path (the app's) writes."""

import sqlite3
import struct
import subprocess
import sys

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import LineString
from shapely.geometry import Point

from gzmap.analysis.kde import kde
from gzmap.analysis.kde import kde_xy
from gzmap.analysis.kde import save_geotiff
from gzmap.analysis.metric import AnalysisInputError
from gzmap.cli import main
from gzmap.io.errors import ReadError
from gzmap.io.geotiff import read_geotiff
from gzmap.io.point_coords import SUFFIXES
from gzmap.io.point_coords import read_point_coords


def _enterprises(n=600, seed=3, crs="EPSG:4326"):
    """Two clusters in Tianhe plus scatter, lon/lat degrees (projected to ``crs`` if given)."""
    rng = np.random.default_rng(seed)
    lon = np.r_[
        113.330 + rng.normal(0, 0.002, n // 3),
        113.370 + rng.normal(0, 0.003, n // 3),
        rng.uniform(113.25, 113.45, n - 2 * (n // 3)),
    ]
    lat = np.r_[
        23.120 + rng.normal(0, 0.002, n // 3),
        23.105 + rng.normal(0, 0.002, n // 3),
        rng.uniform(23.05, 23.18, n - 2 * (n // 3)),
    ]
    g = gpd.GeoDataFrame(
        {"name": [f"企业{i}" for i in range(n)], "employees": rng.integers(1, 80, n)},
        geometry=gpd.points_from_xy(lon, lat),
        crs="EPSG:4326",
    )
    return g if crs == "EPSG:4326" else g.to_crs(crs)


def _tif(path):
    tif = read_geotiff(path)
    return tif.values, tif.transform, tif.crs, tif.nodata, tif.tags


def _expected_tif(gdf, path, **kw):
    # the command clips the surface to the cities holding the points, as the app does (area="auto")
    save_geotiff(kde(gdf, 500, 50, area="auto", **kw), path)
    return _tif(path)


def _assert_same_tif(a, b):
    va, ta, ca, na, tags_a = a
    vb, tb, cb, nb, tags_b = b
    assert ta == tb and ca == cb and na == nb and tags_a == tags_b
    np.testing.assert_array_equal(va == na, vb == nb)  # same no-data cells
    np.testing.assert_allclose(va, vb, rtol=1e-6, atol=0)


@pytest.mark.parametrize("crs", ["EPSG:4326", "EPSG:32649"])
@pytest.mark.parametrize("suffix", [".gpkg", ".geojson", ".shp"])
def test_cli_geotiff_equals_the_geodataframe_path(tmp_path, crs, suffix):
    gdf = _enterprises(crs=crs)
    src = tmp_path / f"ent{suffix}"
    gdf.to_file(src)
    out = tmp_path / "heat.tif"
    assert main(["density", str(src), "-o", str(out), "--bandwidth", "500", "--cell", "50"]) == 0
    _assert_same_tif(_tif(out), _expected_tif(gpd.read_file(src), tmp_path / "ref.tif"))


def test_weight_column_weights_the_surface(tmp_path):
    gdf = _enterprises()
    src = tmp_path / "ent.gpkg"
    gdf.to_file(src)
    out = tmp_path / "heat.tif"
    assert main(["density", str(src), "-o", str(out), "--weight", "employees"]) == 0
    got = _tif(out)
    _assert_same_tif(got, _expected_tif(gpd.read_file(src), tmp_path / "ref.tif", weight="employees"))
    values, _, _, nodata, tags = got
    assert tags["unit"] == "employees per km²"
    assert values[values != nodata].sum() * 0.05**2 == pytest.approx(gdf["employees"].sum(), rel=0.01)


def test_lon_lat_input_is_projected_to_utm_49n(tmp_path):
    gdf = _enterprises()
    src = tmp_path / "ent.gpkg"
    gdf.to_file(src)
    out = tmp_path / "heat.tif"
    assert main(["density", str(src), "-o", str(out)]) == 0
    tif = read_geotiff(out)
    assert tif.crs.to_epsg() == 32649 and (tif.transform[0], -tif.transform[4]) == (50.0, 50.0)
    rows, cols = tif.values.shape
    left, top = tif.transform[2], tif.transform[5]
    right, bottom = left + 50.0 * cols, top - 50.0 * rows
    utm = gdf.to_crs("EPSG:32649").geometry
    # the points plus the 500 m reach, in metres
    assert left <= utm.x.min() - 500 < left + 50 and right - 50 < utm.x.max() + 500 <= right
    assert bottom <= utm.y.min() - 500 < bottom + 50 and top - 50 < utm.y.max() + 500 <= top


def test_missing_weight_column_is_one_line_naming_the_columns(tmp_path, capsys):
    src = tmp_path / "ent.gpkg"
    _enterprises().to_file(src)
    assert main(["density", str(src), "-o", str(tmp_path / "o.tif"), "--weight", "staff"]) == 1
    err = capsys.readouterr().err
    assert err == f"gzmap density: {src}: no weight column 'staff'; columns: name, employees\n"


def test_non_numeric_and_missing_weights_name_the_row(tmp_path, capsys):
    gdf = _enterprises(20)
    gdf["revenue"] = [str(v) for v in range(20)]  # numeric text is taken
    gdf["staff"] = np.where(np.arange(20) == 6, np.nan, 3.0)
    src = tmp_path / "ent.gpkg"
    gdf.to_file(src)
    assert main(["density", str(src), "-o", str(tmp_path / "a.tif"), "--weight", "revenue"]) == 0
    capsys.readouterr()
    assert main(["density", str(src), "-o", str(tmp_path / "b.tif"), "--weight", "staff"]) == 1
    assert "row 7, column 'staff': weight None is not a number" in capsys.readouterr().err


def test_a_line_layer_is_refused_naming_the_row(tmp_path, capsys):
    g = gpd.GeoDataFrame(
        geometry=[Point(113.3, 23.1), Point(113.31, 23.1), LineString([(113.3, 23.1), (113.4, 23.2)])], crs="EPSG:4326"
    )
    src = tmp_path / "mixed.gpkg"
    g.to_file(src)
    assert main(["density", str(src), "-o", str(tmp_path / "o.tif")]) == 1
    err = capsys.readouterr().err
    assert "expects point features; row 3 is a LineString" in err and err.count("\n") == 1


def test_a_point_without_location_is_refused_naming_the_row(tmp_path, capsys):
    g = gpd.GeoDataFrame({"n": [1, 2, 3]}, geometry=[Point(113.3, 23.1), None, Point(113.31, 23.1)], crs="EPSG:4326")
    src = tmp_path / "holes.gpkg"
    g.to_file(src)
    assert main(["density", str(src), "-o", str(tmp_path / "o.tif")]) == 1
    assert "row 2 has no location (empty geometry); 1 of 3 rows lack one" in capsys.readouterr().err


def test_the_vector_path_loads_neither_pandas_nor_gdal_vector_readers(tmp_path):
    """What makes ``gzmap density`` start fast: pandas, geopandas and pyogrio take ~0.3 s to import."""
    src = tmp_path / "ent.gpkg"
    _enterprises(50).to_file(src)
    code = (
        "import sys\nfrom gzmap.cli import main\n"
        f"assert main(['density', {str(src)!r}, '-o', {str(tmp_path / 'o.tif')!r}]) == 0\n"
        "print(sorted(m for m in ('pandas', 'geopandas', 'pyogrio') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_tables_are_not_taken_for_vector_files():
    from gzmap.io.tables import TABLE_SUFFIXES

    assert not SUFFIXES & TABLE_SUFFIXES


# --------------------------------------------------------------------------- the GeoPackage reader


def _rewrite_blobs(path, encode):
    """Replace every geometry blob of the one-layer GeoPackage ``path`` by ``encode(x, y)``."""
    g = gpd.read_file(path)
    with sqlite3.connect(path) as con:
        table, column = con.execute("SELECT table_name, column_name FROM gpkg_geometry_columns").fetchone()
        srs = con.execute("SELECT srs_id FROM gpkg_geometry_columns").fetchone()[0]
        # GDAL's R-tree triggers call its SQL functions, which plain sqlite3 lacks
        for (trigger,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            con.execute(f'DROP TRIGGER "{trigger}"')
        for fid, (x, y) in enumerate(zip(g.geometry.x, g.geometry.y), start=1):
            con.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE fid = ?', (encode(x, y, srs), fid))
    return g


@pytest.mark.parametrize("layout", ["big-endian WKB", "with envelope", "point Z"])
def test_geopackage_encodings_read_like_gdal(tmp_path, monkeypatch, layout):
    import gzmap.io.point_coords as pc

    monkeypatch.setattr(pc, "_read_with_gdal", lambda *a: pytest.fail("left to GDAL"))
    src = tmp_path / "ent.gpkg"
    _enterprises(30).to_file(src)

    def encode(x, y, srs):
        if layout == "big-endian WKB":
            return b"GP\x00\x00" + struct.pack("<i", srs) + struct.pack(">BIdd", 0, 1, x, y)
        if layout == "with envelope":  # flags: little-endian header, envelope [minx, maxx, miny, maxy]
            return b"GP\x00\x03" + struct.pack("<i4d", srs, x, x, y, y) + struct.pack("<BIdd", 1, 1, x, y)
        return b"GP\x00\x01" + struct.pack("<i", srs) + struct.pack("<BIddd", 1, 1001, x, y, 12.5)

    g = _rewrite_blobs(src, encode)
    pts = read_point_coords(src)
    assert pts.crs.to_epsg() == 4326
    np.testing.assert_array_equal(pts.x, g.geometry.x.to_numpy())
    np.testing.assert_array_equal(pts.y, g.geometry.y.to_numpy())


def test_a_geopackage_with_several_layers_reads_the_first_as_gdal_does(tmp_path):
    src = tmp_path / "two.gpkg"
    first = _enterprises(40, seed=1)
    first.to_file(src, layer="a")
    _enterprises(25, seed=2).to_file(src, layer="b")
    pts = read_point_coords(src, ["employees"])
    ref = gpd.read_file(src)  # GDAL's first layer
    np.testing.assert_array_equal(pts.x, ref.geometry.x.to_numpy())
    np.testing.assert_array_equal(pts.values["employees"], ref["employees"].to_numpy())


def test_reader_errors_are_one_line(tmp_path):
    with pytest.raises(ReadError, match="file not found"):
        read_point_coords(tmp_path / "none.gpkg")
    bad = tmp_path / "bad.gpkg"
    bad.write_bytes(b"not a database at all" * 10)
    with pytest.raises(ReadError, match="not a vector file GDAL can read"):
        read_point_coords(bad)


# --------------------------------------------------------------------------- the array API


def test_kde_xy_is_kde_on_the_coordinates():
    gdf = _enterprises(300)
    a = kde(gdf, 400, 40, weight="employees")
    b = kde_xy(
        gdf.geometry.x,
        gdf.geometry.y,
        "EPSG:4326",
        400,
        40,
        weights=gdf["employees"].to_numpy(),
        weight_name="employees",
    )
    assert a.transform == b.transform and a.crs == b.crs == "EPSG:32649" and a.meta == b.meta
    np.testing.assert_array_equal(a.values, b.values)


@pytest.mark.parametrize(
    "x, y, crs, message",
    [
        ([], [], "EPSG:4326", "no points"),
        ([113.3], [23.1], None, "no coordinate reference system"),
        ([720_000.0], [2_550_000.0], "EPSG:4326", "not longitude/latitude"),
        ([113.3, np.inf], [23.1, 23.1], "EPSG:4326", "row 2 has a non-finite coordinate"),
    ],
)
def test_kde_xy_bad_coordinates(x, y, crs, message):
    with pytest.raises(AnalysisInputError, match=message):
        kde_xy(np.array(x), np.array(y), crs)


def test_kde_xy_metric_crs_option():
    gdf = _enterprises(100)
    grid = kde_xy(gdf.geometry.x, gdf.geometry.y, "EPSG:4326", crs="EPSG:4526")  # CGCS2000 GK zone 38
    assert grid.crs == "EPSG:4526"
    with pytest.raises(AnalysisInputError, match="geographic CRS in degrees"):
        kde_xy(gdf.geometry.x, gdf.geometry.y, "EPSG:4326", crs="EPSG:4490")
