"""GZMap's own GeoTIFF writer (gzmap.io.geotiff): what it writes is what GDAL reads.

The GDAL checks run Debian's gdalinfo / gdal_translate (package gdal-bin, installed by
tools/install_system_deps.sh) and are skipped where they are missing.
"""

import json
import shutil
import subprocess

import numpy as np
import pytest
from pyproj import CRS
from pyproj import Transformer

from gzmap.io.geotiff import GeoTiffError
from gzmap.io.geotiff import read_geotiff
from gzmap.io.geotiff import write_geotiff

GDAL = shutil.which("gdalinfo") and shutil.which("gdal_translate")
needs_gdal = pytest.mark.skipif(not GDAL, reason="gdalinfo/gdal_translate (Debian gdal-bin) not installed")
# A Guangzhou-style local grid: Transverse Mercator on CGCS2000's ellipsoid, no EPSG code
LOCAL_TM = "+proj=tmerc +lat_0=0 +lon_0=113.28 +k=1 +x_0=500000 +y_0=-2500000 +ellps=GRS80 +units=m +no_defs"
UTM = (50.0, 0.0, 703_300.0, 0.0, -50.0, 2_635_550.0)  # 50 m cells, metres of EPSG:32649


def _surface(rows, cols, seed=1):
    """A smooth heat surface (float64) with a no-data rim (NaN), like a KDE grid."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:rows, 0:cols]
    z = 800 * np.exp(-((xx - cols / 3) ** 2 + (yy - rows / 2) ** 2) / (0.05 * rows * cols)) + rng.random((rows, cols))
    z[:3] = np.nan
    z[:, -2:] = np.nan
    return z


def _gdal(path):
    """What GDAL reads: gdalinfo's JSON and the cells, dumped raw through gdal_translate."""
    info = json.loads(
        subprocess.run(
            ["gdalinfo", "-json", "-mdd", "all", str(path)], check=True, capture_output=True, text=True
        ).stdout
    )
    raw = path.with_suffix(".bin")
    subprocess.run(["gdal_translate", "-q", "-of", "ENVI", str(path), str(raw)], check=True, capture_output=True)
    cols, rows = info["size"]
    return info, np.fromfile(raw, dtype="<f4").reshape(rows, cols)


@pytest.mark.parametrize("shape", [(7, 5), (300, 700)], ids=["strips", "tiles"])
def test_round_trip_keeps_cells_transform_crs_nodata_and_tags(tmp_path, shape):
    z = _surface(*shape)
    path = tmp_path / "heat.tif"
    write_geotiff(
        path,
        z,
        UTM,
        "EPSG:32649",
        nodata=-9999.0,
        description="points per km²",
        tags={"kernel": "quartic", "unit_zh": "点/平方公里", "weight": None, "note": 'a & <b> "c"'},
    )
    got = read_geotiff(path)
    expected = np.where(np.isfinite(z), z, -9999.0).astype(np.float32)
    np.testing.assert_array_equal(got.values, expected)
    assert got.transform == UTM and got.crs.to_epsg() == 32649 and got.nodata == -9999.0
    assert got.tags == {"kernel": "quartic", "unit_zh": "点/平方公里", "note": 'a & <b> "c"'}
    assert got.description == "points per km²"


@needs_gdal
@pytest.mark.parametrize("shape", [(7, 5), (300, 700)], ids=["strips", "tiles"])
def test_gdal_reads_size_transform_crs_nodata_tags_and_every_cell(tmp_path, shape):
    z = _surface(*shape)
    path = tmp_path / "heat.tif"
    write_geotiff(path, z, UTM, "EPSG:32649", description="points per km²", tags={"unit_zh": "点/平方公里"})
    info, cells = _gdal(path)
    band = info["bands"][0]
    assert info["size"] == [shape[1], shape[0]]
    assert info["geoTransform"] == [703_300.0, 50.0, 0.0, 2_635_550.0, 0.0, -50.0]
    assert CRS.from_wkt(info["coordinateSystem"]["wkt"]).to_epsg() == 32649
    assert band["noDataValue"] == -9999.0 and band["type"] == "Float32"
    assert band["description"] == "points per km²" and info["metadata"][""]["unit_zh"] == "点/平方公里"
    assert info["metadata"]["IMAGE_STRUCTURE"]["COMPRESSION"] == "DEFLATE"
    np.testing.assert_array_equal(cells, np.where(np.isfinite(z), z, -9999.0).astype(np.float32))


@needs_gdal
def test_gdal_reads_longitude_latitude(tmp_path):
    path = tmp_path / "lonlat.tif"
    write_geotiff(path, _surface(6, 9), (0.001, 0, 113.2, 0, -0.001, 23.2), "EPSG:4326")
    info, _ = _gdal(path)
    assert CRS.from_wkt(info["coordinateSystem"]["wkt"]).to_epsg() == 4326
    assert info["geoTransform"] == [113.2, 0.001, 0.0, 23.2, 0.0, -0.001]
    assert read_geotiff(path).crs.to_epsg() == 4326


def _same_place(crs_a, crs_b):
    """A point in Tianhe lands on the same metres in both CRSs (to a millimetre)."""
    a = Transformer.from_crs("EPSG:4326", crs_a, always_xy=True).transform(113.33, 23.12)
    b = Transformer.from_crs("EPSG:4326", crs_b, always_xy=True).transform(113.33, 23.12)
    return np.allclose(a, b, atol=1e-3, rtol=0)


def test_a_local_transverse_mercator_grid_without_epsg_code_round_trips(tmp_path):
    path = tmp_path / "local.tif"
    write_geotiff(path, _surface(6, 9), (50.0, 0, 3_000.0, 0, -50.0, 60_000.0), LOCAL_TM)
    crs = read_geotiff(path).crs
    assert crs.to_epsg() is None and _same_place(crs, LOCAL_TM)


@needs_gdal
@pytest.mark.parametrize("name", ["unnamed", "广州2000 | local grid"])
def test_gdal_reads_the_local_transverse_mercator_grid(tmp_path, name):
    path = tmp_path / "local.tif"
    local = CRS.from_wkt(CRS(LOCAL_TM).to_wkt().replace('PROJCRS["unknown"', f'PROJCRS["{name}"', 1))
    write_geotiff(path, _surface(6, 9), (50.0, 0, 3_000.0, 0, -50.0, 60_000.0), local, tags={"crs": local.name})
    info, _ = _gdal(path)
    gdal_crs = CRS.from_wkt(info["coordinateSystem"]["wkt"])
    assert _same_place(gdal_crs, LOCAL_TM) and gdal_crs.name.endswith(name[-10:].replace("|", "/"))
    assert _same_place(read_geotiff(path).crs, LOCAL_TM) and read_geotiff(path).tags["crs"] == name
    assert info["geoTransform"] == [3_000.0, 50.0, 0.0, 60_000.0, 0.0, -50.0]


@pytest.mark.parametrize(
    "crs, transform, message",
    [
        (
            "+proj=lcc +lat_1=22 +lat_2=24 +lat_0=23 +lon_0=113 +ellps=GRS80 +units=m",
            UTM,
            "has no EPSG code and is not a Transverse Mercator grid in metres; choose a CRS with an EPSG code",
        ),
        ("EPSG:32649", (50.0, 0.5, 703_300.0, 0.0, -50.0, 2_635_550.0), "only north-up grids can be written"),
        ("not a crs", UTM, "not a coordinate reference system: 'not a crs'"),
    ],
)
def test_what_cannot_be_written_is_said_in_one_line_and_nothing_is_written(tmp_path, crs, transform, message):
    path = tmp_path / "x.tif"
    with pytest.raises(GeoTiffError, match=message) as err:
        write_geotiff(path, _surface(4, 4), transform, crs)
    assert str(err.value).startswith(f"{path}: ") and "\n" not in str(err.value) and not path.exists()


def test_density_in_a_crs_gdal_cannot_be_told_names_the_output_in_one_line(tmp_path, capsys):
    import geopandas as gpd

    from gzmap.cli import main

    rng = np.random.default_rng(1)
    points = gpd.GeoDataFrame(
        geometry=gpd.points_from_xy(113.33 + rng.normal(0, 0.01, 200), 23.12 + rng.normal(0, 0.01, 200)),
        crs="EPSG:4326",
    )
    src, out = tmp_path / "lcc.gpkg", tmp_path / "heat.tif"
    points.to_crs("+proj=lcc +lat_1=22 +lat_2=24 +lat_0=23 +lon_0=113 +ellps=GRS80 +units=m").to_file(src)
    assert main(["density", str(src), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"gzmap density: {out}: the CRS ") and "EPSG:32649" in err and err.count("\n") == 1
    assert not out.exists()
    assert main(["density", str(src), "-o", str(out), "--crs", "EPSG:32649"]) == 0 and out.exists()


def test_a_file_that_is_not_such_a_geotiff_is_named(tmp_path):
    bad = tmp_path / "notes.tif"
    bad.write_bytes(b"II*\0" + b"\xff" * 20)
    with pytest.raises(GeoTiffError, match=f"{bad}: a damaged or unknown TIFF layout"):
        read_geotiff(bad)


@pytest.mark.parametrize(
    "what, message",
    [
        ("scale as text", "the TIFF tag 33550 does not hold 3 numbers"),
        ("origin latitude as text", "the GeoKey 3081 (a Transverse Mercator parameter) is missing or not a number"),
    ],
)
def test_a_georeference_of_the_wrong_type_is_named_not_a_traceback(tmp_path, what, message):
    from gzmap.io import geotiff as g

    keys = [
        (g._MODEL, 1),
        (g._PROJECTED, g.USER_DEFINED),
        (g._COORD_TRANS, g._CT_TRANSVERSE_MERCATOR),
        (g._GEOGRAPHIC, 4490),
        (3080, 113.28),
        (3081, "zero" if "latitude" in what else 0.0),
        (3082, 500_000.0),
        (3083, -2_500_000.0),
        (3092, 1.0),
    ]
    doubles, texts = [], []
    directory = g._key_directory(keys, doubles, texts)
    scale = (
        (g._SCALE, g._TYPE_ASCII, "fifty") if what == "scale as text" else (g._SCALE, g._TYPE_DOUBLE, (50.0, 50.0, 0.0))
    )
    tags = [
        scale,
        (g._TIEPOINT, g._TYPE_DOUBLE, (0.0, 0.0, 0.0, 703_300.0, 2_635_550.0, 0.0)),
        (g._KEYS, g._TYPE_SHORT, directory),
        (g._DOUBLES, g._TYPE_DOUBLE, tuple(doubles)),
    ]
    if texts:
        tags.append((g._ASCII, g._TYPE_ASCII, "".join(texts)))
    path = tmp_path / "odd.tif"
    g._write_tiff(path, np.ones((4, 4), dtype=np.float32), tags, -9999.0)
    with pytest.raises(GeoTiffError) as err:
        read_geotiff(path)
    assert str(err.value) == f"{path}: {message}"
