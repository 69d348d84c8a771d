"""Tile sets from others are untrusted (issue 13): crafted MBTiles files and tile folders never
read files outside, hang, exhaust memory or crash; what is wrong is one line naming the file,
and the rest of the tile set still draws.

Every crafted file is built here in ``tmp_path``; the recursive-view tests lower
``gzmap.io.tiles.SQL_TIME_LIMIT`` so they finish in a second.
"""

from __future__ import annotations

import ctypes
import os
import struct
import subprocess
import sys
import textwrap
import time
import tracemalloc
import zlib

import geopandas as gpd
import numpy as np
import pytest
from PySide6.QtGui import QColor
from PySide6.QtGui import QImage
from PySide6.QtGui import QPainter
from tile_fixtures import colour_for
from tile_fixtures import make_mbtiles
from tile_fixtures import make_raw_mbtiles
from tile_fixtures import png_bytes
from tile_fixtures import tile_at

import gzmap.io.tiles as tiles
from gzmap.cli import main
from gzmap.core.layer import TileLayer
from gzmap.core.layer import VectorLayer
from gzmap.core.project import Project
from gzmap.core.viewport import Viewport
from gzmap.io.project import save_project
from gzmap.io.tiles import TileError
from gzmap.io.tiles import close_tile_sources
from gzmap.io.tiles import count_tiles
from gzmap.io.tiles import mbtiles_layer
from gzmap.io.tiles import take_tile_problems
from gzmap.io.tiles import tile_bounds_merc
from gzmap.io.tiles import tiles_in_bounds
from gzmap.io.tiles import view_tiles
from gzmap.io.tiles import xyz_folder_layer
from gzmap.render.map_renderer import RenderOptions
from gzmap.render.map_renderer import render_map
from gzmap.render.tiles import clear_tile_cache
from gzmap.render.tiles import decode_tile

Z = 14
CANTON_TOWER = (113.3245, 23.1064)
MAGENTA = (255, 0, 255)
RECURSIVE = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
ENDLESS_TILES = (
    RECURSIVE + "SELECT 14 AS zoom_level, n % 1000 + 100 AS tile_column, n % 1000 AS tile_row, "
    "x'89504e47' AS tile_data FROM r"
)

# -- an audit hook that records which files Python opens (it cannot be removed: it checks a flag)
_OPENS: dict = {"on": False, "paths": []}


def _record_opens(event, args):
    if _OPENS["on"] and event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
        _OPENS["paths"].append(os.fsdecode(args[0]))


sys.addaudithook(_record_opens)


class OpenWatch:
    """Files opened while active: Python's own opens (audit hook) and, on Linux, any open of
    ``watched`` by any code, Qt's C++ plugins included (inotify IN_OPEN)."""

    def __init__(self, watched):
        self.watched = str(watched)
        self.fd = None

    def __enter__(self):
        _OPENS["paths"] = []
        if sys.platform.startswith("linux"):
            libc = ctypes.CDLL(None, use_errno=True)
            self.fd = libc.inotify_init1(os.O_NONBLOCK)
            if self.fd < 0 or libc.inotify_add_watch(self.fd, self.watched.encode(), 0x20) < 0:  # IN_OPEN
                self.fd = None
        _OPENS["on"] = True
        return self

    def __exit__(self, *exc):
        _OPENS["on"] = False
        self.native_opens = 0
        if self.fd is not None:
            try:
                self.native_opens = len(os.read(self.fd, 65536)) // 16
            except BlockingIOError:
                pass
            os.close(self.fd)
        self.python_opens = [p for p in _OPENS["paths"] if os.path.basename(p) == os.path.basename(self.watched)]


@pytest.fixture(autouse=True)
def fresh_sources():
    close_tile_sources()
    clear_tile_cache()
    yield
    close_tile_sources()
    clear_tile_cache()


@pytest.fixture
def quick_limit(monkeypatch):
    monkeypatch.setattr(tiles, "SQL_TIME_LIMIT", 0.3)


def view_on_tile(z, x, y, width=600, height=400) -> Viewport:
    b = tile_bounds_merc(z, x, y)
    v = Viewport(width=width, height=height)
    v.cx, v.cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    v.resolution = (b[2] - b[0]) / 256
    return v


def render(layers, viewport) -> QImage:
    img = QImage(viewport.width, viewport.height, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(QColor("white"))
    p = QPainter(img)
    try:
        render_map(p, layers, viewport, RenderOptions(background=None, labels=False))
    finally:
        p.end()
    return img


def rgb(img, x, y):
    return img.pixelColor(int(x), int(y)).getRgb()[:3]


def pixels(img: QImage) -> np.ndarray:
    """(h, w, 3) RGB array of an image."""
    img = img.convertToFormat(QImage.Format.Format_RGB888)
    a = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine())
    return a[:, : img.width() * 3].reshape(img.height(), img.width(), 3)


def good_tiles(x, y, n=1) -> dict:
    """Solid tiles around XYZ (x, y) at zoom Z: {(z, x, y): png}."""
    return {
        (Z, x + dx, y + dy): png_bytes(colour_for(x + dx, y + dy)) for dx in range(-n, n + 1) for dy in range(-n, n + 1)
    }


def base_meta(**kw) -> dict:
    meta = {"name": "hostile", "format": "png", "minzoom": str(Z), "maxzoom": str(Z)}
    meta.update(kw)
    return {k: v for k, v in meta.items() if v is not None}


def one_problem_about(path, *words) -> str:
    """The one recorded problem naming ``path``'s file; it holds ``words``."""
    found = [m for m in take_tile_problems() if m.startswith(f"{path.name}: ")]
    assert len(found) == 1, found
    assert "\n" not in found[0] and all(w in found[0] for w in words), found[0]
    return found[0]


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims width × height pixels (with one tiny, wrong IDAT)."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


# -- tiles are raster images only --------------------------------------------------------------


def test_svg_tile_never_reads_the_local_file_it_points_to(tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(png_bytes(MAGENTA))

    def svg(attribute):
        return (
            f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="256" '
            f'height="256"><image {attribute}="{secret}" x="0" y="0" width="256" height="256"/></svg>'
        ).encode()

    x, y = tile_at(*CANTON_TOWER, Z)
    t = good_tiles(x, y)
    t[(Z, x, y)] = svg("href")  # Qt's SVG reader would draw the file
    t[(Z, x, y + 1)] = svg("xlink:href")
    t[(Z, x + 1, y)] = b"\x89PNG\r\n\x1a\n" + svg("href")  # PNG signature in front of an SVG
    t[(Z, x - 1, y)] = b"<?xml version='1.0'?>" + svg("href")
    path = make_raw_mbtiles(tmp_path / "svg.mbtiles", base_meta(), t)
    layer = mbtiles_layer(path)
    v = view_on_tile(Z, x, y, 1000, 600)
    with OpenWatch(secret) as watch:
        img = render([layer], v)
    assert watch.python_opens == [] and watch.native_opens == 0
    assert not (pixels(img) == MAGENTA).all(axis=2).any()  # none of its pixels is drawn
    b = tile_bounds_merc(Z, x, y)
    cx, cy = v.world_to_screen((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)
    assert rgb(img, cx, cy) == (255, 255, 255)
    assert rgb(img, cx, cy - 256) == colour_for(x, y - 1)  # the good tiles still draw
    assert rgb(img, cx - 256, cy + 256) == colour_for(x - 1, y + 1)
    one_problem_about(path, "4 tiles skipped", "not a PNG, JPEG, WebP or GIF image")
    assert decode_tile(svg("href")) == (None, "not a PNG, JPEG, WebP or GIF image")
    assert decode_tile(b"\x89PNG\r\n\x1a\n" + svg("href")) == (None, "a damaged PNG image")


@pytest.mark.parametrize(
    "blob, stored_as",
    [
        (b"hello, not an image", "bytes"),
        (b"<html><body>tile</body></html>", "bytes"),
        (b"BM" + b"\0" * 100, "a BMP (Qt could read it, but it is not a tile format)"),
        ("a text value", "text"),
        (42, "an integer"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * (5 * 2**20), "a blob over the 4 MB cap"),
    ],
)
def test_non_image_tiles_are_skipped_and_counted_once(tmp_path, blob, stored_as):
    x, y = tile_at(*CANTON_TOWER, Z)
    t = good_tiles(x, y)
    t[(Z, x, y)] = blob
    t[(Z, x, y + 1)] = blob
    path = make_raw_mbtiles(tmp_path / "junk.mbtiles", base_meta(), t)
    v = view_on_tile(Z, x, y, 800, 600)
    img = render([mbtiles_layer(path)], v)
    assert rgb(img, 400, 300) == (255, 255, 255)
    assert rgb(img, 400 + 256, 300) == colour_for(x + 1, y)
    one_problem_about(path, "2 tiles skipped")
    render([mbtiles_layer(path)], v)
    assert take_tile_problems() == []  # warned once


@pytest.mark.parametrize("size", [(100_000, 100_000), (100_000, 1), (4096, 4096)])
def test_a_tile_claiming_huge_dimensions_is_not_decoded(tmp_path, size):
    x, y = tile_at(*CANTON_TOWER, Z)
    t = good_tiles(x, y)
    t[(Z, x, y)] = png_claiming(*size)
    path = make_raw_mbtiles(tmp_path / "huge.mbtiles", base_meta(), t)
    img, why = decode_tile(t[(Z, x, y)])
    assert img is None and f"{size[0]} × {size[1]} pixels, over the 2048 × 2048 limit" == why
    out = render([mbtiles_layer(path)], view_on_tile(Z, x, y))
    assert rgb(out, 300, 200) == (255, 255, 255) and rgb(out, 300 + 256, 200) == colour_for(x + 1, y)
    one_problem_about(path, "1 tile skipped", f"{size[0]} × {size[1]} pixels")


def test_big_tiles_are_drawn_scaled_to_the_tile(tmp_path):
    x, y = tile_at(*CANTON_TOWER, Z)
    t = good_tiles(x, y, 0)
    t[(Z, x, y)] = png_bytes((10, 200, 30), size=1024)
    path = make_raw_mbtiles(tmp_path / "retina.mbtiles", base_meta(), t)
    img, why = decode_tile(t[(Z, x, y)])
    assert why == "" and (img.width(), img.height()) == (512, 512)
    out = render([mbtiles_layer(path)], view_on_tile(Z, x, y))
    assert rgb(out, 300, 200) == (10, 200, 30) and take_tile_problems() == []


# -- SQL cannot hang --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "meta", [base_meta(), base_meta(minzoom=None, maxzoom=None)], ids=["zooms in metadata", "zooms from the tiles"]
)
def test_a_recursive_tiles_view_stops_at_the_time_limit(tmp_path, quick_limit, meta):
    path = make_raw_mbtiles(tmp_path / "loop.mbtiles", meta, tiles_sql=ENDLESS_TILES)
    t0 = time.monotonic()
    with pytest.raises(TileError) as err:
        mbtiles_layer(path)
    assert time.monotonic() - t0 < 3
    assert str(err.value) == "loop.mbtiles: the tile set's query ran over 0.3 s; the file may be crafted or damaged"


def test_a_tiles_view_that_recurses_only_for_some_tiles_stops_drawing_once(tmp_path, quick_limit):
    """The opening probe passes, one column's tiles never end: the first timeout stops that
    tile set (one warning), instead of every later tile waiting for the limit again."""
    x, y = tile_at(*CANTON_TOWER, Z)
    t = good_tiles(x, y, 2)
    path = make_raw_mbtiles(
        tmp_path / "late.mbtiles",
        base_meta(),
        t,
        tiles_sql=(
            f"SELECT zoom_level, tile_column, tile_row, CASE WHEN tile_column = {x} THEN ("
            + RECURSIVE
            + "SELECT max(n) FROM r) ELSE tile_data END AS tile_data FROM tile_store"
        ),
    )
    layer = mbtiles_layer(path)
    t0 = time.monotonic()
    render([layer], view_on_tile(Z, x, y))
    render([layer], view_on_tile(Z, x + 1, y))
    assert time.monotonic() - t0 < 3
    one_problem_about(path, "query ran over 0.3 s")


def test_recursive_metadata_view_is_ignored_and_the_tiles_still_draw(tmp_path, quick_limit):
    x, y = tile_at(*CANTON_TOWER, Z)
    path = make_raw_mbtiles(
        tmp_path / "meta.mbtiles",
        tiles=good_tiles(x, y),
        metadata_sql=RECURSIVE + "SELECT 'name' || n AS name, 'v' AS value FROM r WHERE n < 0",
    )
    t0 = time.monotonic()
    layer = mbtiles_layer(path)
    assert time.monotonic() - t0 < 3
    assert (layer.tile_source["minzoom"], layer.tile_source["maxzoom"]) == (Z, Z) and layer.name_en == "meta"
    one_problem_about(path, "metadata table cannot be read and was ignored", "ran over 0.3 s")
    assert rgb(render([layer], view_on_tile(Z, x, y)), 300, 200) == colour_for(x, y)


def test_standard_mbtiles_with_tiles_as_a_view_over_map_and_images_still_work(tmp_path):
    """The layout mbutil and TileMill write: deduplicated images, ``tiles`` a view."""
    import sqlite3

    x, y = tile_at(*CANTON_TOWER, Z)
    path = tmp_path / "mbutil.mbtiles"
    con = sqlite3.connect(path)
    con.executescript("""
        CREATE TABLE map (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_id TEXT);
        CREATE TABLE images (tile_data blob, tile_id text);
        CREATE TABLE metadata (name text, value text);
        CREATE UNIQUE INDEX map_index ON map (zoom_level, tile_column, tile_row);
        CREATE UNIQUE INDEX images_id ON images (tile_id);
        CREATE VIEW tiles AS SELECT map.zoom_level AS zoom_level, map.tile_column AS tile_column,
            map.tile_row AS tile_row, images.tile_data AS tile_data
            FROM map JOIN images ON images.tile_id = map.tile_id;
    """)
    for (z, tx, ty), blob in good_tiles(x, y).items():
        con.execute("INSERT INTO images VALUES (?, ?)", (blob, f"{tx}-{ty}"))
        con.execute("INSERT INTO map VALUES (?, ?, ?, ?)", (z, tx, (1 << z) - 1 - ty, f"{tx}-{ty}"))
    con.executemany("INSERT INTO metadata VALUES (?, ?)", list(base_meta(bounds="113.2,23.0,113.5,23.2").items()))
    con.commit()
    con.close()
    layer = mbtiles_layer(path)
    assert layer.tile_bounds == (113.2, 23.0, 113.5, 23.2)
    img = render([layer], view_on_tile(Z, x, y))
    assert rgb(img, 300, 200) == colour_for(x, y) and rgb(img, 300 - 256, 200) == colour_for(x - 1, y)
    assert take_tile_problems() == []


# -- zooms ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "minzoom, maxzoom, bad",
    [
        ("0", "60", "maxzoom '60'"),
        ("0", "1000", "maxzoom '1000'"),
        ("-3", str(Z), "minzoom '-3'"),
        ("abc", str(Z), "minzoom 'abc'"),
        ("1e3", str(Z), "minzoom '1e3'"),
        (3.5, str(Z), "minzoom '3.5'"),
        (b"\x00\x01", str(Z), "minzoom"),
        (str(Z), str(2**70), "maxzoom '1180591620717411303424'"),
    ],
)
def test_bad_metadata_zooms_are_ignored_with_a_warning(tmp_path, minzoom, maxzoom, bad):
    x, y = tile_at(*CANTON_TOWER, Z)
    path = make_raw_mbtiles(tmp_path / "zoom.mbtiles", base_meta(minzoom=minzoom, maxzoom=maxzoom), good_tiles(x, y))
    layer = mbtiles_layer(path)
    assert 0 <= layer.tile_source["minzoom"] <= layer.tile_source["maxzoom"] <= 24
    one_problem_about(path, bad, "is not a zoom level 0–24 and was ignored")
    t0 = time.monotonic()
    assert rgb(render([layer], view_on_tile(Z, x, y)), 300, 200) == colour_for(x, y)
    assert time.monotonic() - t0 < 5


def test_minzoom_above_maxzoom_is_ignored(tmp_path):
    x, y = tile_at(*CANTON_TOWER, Z)
    path = make_raw_mbtiles(tmp_path / "swap.mbtiles", base_meta(minzoom="18", maxzoom="3"), good_tiles(x, y))
    layer = mbtiles_layer(path)
    assert (layer.tile_source["minzoom"], layer.tile_source["maxzoom"]) == (Z, Z)
    one_problem_about(path, "minzoom 18 is above maxzoom 3; both were ignored")


@pytest.mark.parametrize(
    "minzoom, maxzoom", [(-3, -1), (60, 1000), ("abc", "x"), (None, 2**80), (24, 24), (float("nan"), float("inf"))]
)
def test_the_zoom_the_renderer_asks_for_stays_in_0_24(tmp_path, minzoom, maxzoom):
    """Layer specs come from project files: whatever zooms they hold, drawing asks for zooms
    0..24 within the set's range and a bounded number of tiles."""
    x, y = tile_at(*CANTON_TOWER, Z)
    path = make_raw_mbtiles(tmp_path / "z.mbtiles", base_meta(), good_tiles(x, y))
    layer = TileLayer({"type": "mbtiles", "path": str(path), "minzoom": minzoom, "maxzoom": maxzoom}, "t")
    for resolution in (1e-12, 0.001, 10.0, 1e5, 1e9, float("nan"), float("inf"), -5.0, 0.0):
        v = view_on_tile(Z, x, y)
        v.resolution = resolution
        z, wanted = view_tiles(layer, v.world_extent(), resolution)
        assert 0 <= z <= 24 and len(wanted) <= 400
        render([layer], v)
    z, wanted = view_tiles(layer, (float("nan"), 0, float("inf"), 1), 10.0)
    assert wanted == []


def test_zoom_arithmetic_is_guarded():
    with pytest.raises(TileError, match="zoom level -1 is not an integer 0–24"):
        tile_bounds_merc(-1, 0, 0)
    with pytest.raises(TileError, match="zoom level 60"):
        tile_bounds_merc(60, 0, 0)
    area = (113.30, 23.10, 113.31, 23.11)
    assert count_tiles(area, -5, 1000) == count_tiles(area, 0, 24)
    assert count_tiles((float("nan"), 0, 1, 1), 0, 5) == 0 and list(tiles_in_bounds(("a", 0, 1, 1), 0, 5)) == []


WINDOW_SCRIPT = textwrap.dedent("""
    import sys
    sys.path.insert(0, {fixtures!r})
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from tile_fixtures import make_mbtiles, tile_at
    from gzmap.core.layer import TileLayer, VectorLayer
    from gzmap.core.project import Project
    from gzmap.ui.canvas import MapCanvas
    x, y = tile_at(113.3245, 23.1064, 5)
    make_mbtiles({path!r}, 5, x, y, 1, 1)
    project = Project()
    project.add_layer(TileLayer({{"type": "mbtiles", "path": {path!r}, "minzoom": {minzoom!r},
                                 "maxzoom": {maxzoom!r}}}, "t", "t"))
    canvas = MapCanvas(project)
    canvas.resize(400, 300)
    canvas.show()
    for factor in (1, 1e-3, 1e6):
        canvas.viewport.resolution *= factor
        canvas.render_frame()
    canvas.grab()
    print("drawn")
""")


@pytest.mark.parametrize("minzoom, maxzoom", [(-3, -1), ("abc", 1000)])
def test_a_negative_or_text_tile_zoom_does_not_crash_the_window(tmp_path, minzoom, maxzoom):
    """It was a segfault (an exception while painting left the painter open), so: a subprocess."""
    script = WINDOW_SCRIPT.format(
        fixtures=os.path.dirname(__file__), path=str(tmp_path / "w.mbtiles"), minzoom=minzoom, maxzoom=maxzoom
    )
    res = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert "drawn" in res.stdout and "Traceback" not in res.stderr


# -- bounds and metadata values ---------------------------------------------------------------


@pytest.mark.parametrize(
    "bounds",
    [
        "nan,nan,nan,nan",
        "abc",
        "113.2,23.0,113.5",
        "113.2,23.0,113.5,23.2,1",
        "200,0,210,10",
        "113.5,23.2,113.2,23.0",
        "inf,0,1,1",
        "0,-89,1,89",
        "1e400,0,1,1",
        3.5,
        b"\x00",
    ],
)
def test_bad_bounds_are_ignored_with_a_warning(tmp_path, bounds):
    x, y = tile_at(*CANTON_TOWER, Z)
    path = make_raw_mbtiles(tmp_path / "bounds.mbtiles", base_meta(bounds=bounds), good_tiles(x, y))
    layer = mbtiles_layer(path)
    assert layer.tile_bounds is None and layer.bounds() is None
    one_problem_about(path, "metadata bounds", "were ignored")
    assert rgb(render([layer], view_on_tile(Z, x, y)), 300, 200) == colour_for(x, y)


def test_a_tile_layer_never_keeps_non_finite_bounds():
    assert TileLayer({"type": "mbtiles", "path": "x"}, "t", tile_bounds=(float("nan"), 0, 1, 1)).tile_bounds is None
    assert TileLayer({"type": "mbtiles", "path": "x"}, "t", tile_bounds=("a", 0, 1, 1)).tile_bounds is None
    assert TileLayer({"type": "mbtiles", "path": "x"}, "t", tile_bounds=(1, 2, 3, 4)).tile_bounds == (1, 2, 3, 4)


@pytest.mark.parametrize(
    "value_sql",
    [
        "printf('%.*c', 52428800, 'x')",  # 50 MB of text
        "zeroblob(52428800)",  # 50 MB blob
        "CAST(zeroblob(52428800) AS TEXT)",  # 50 MB text starting with NUL (length() says 0)
    ],
)
def test_a_50_mb_metadata_value_is_never_loaded(tmp_path, value_sql):
    import sqlite3

    x, y = tile_at(*CANTON_TOWER, Z)
    path = make_raw_mbtiles(tmp_path / "big.mbtiles", base_meta(), good_tiles(x, y))
    con = sqlite3.connect(path)
    con.execute(f"INSERT INTO metadata VALUES ('description', {value_sql})")
    con.execute(f"INSERT INTO metadata VALUES ({value_sql.replace('52428800', '2097152')}, 'a 2 MB name')")
    con.commit()
    con.close()
    tracemalloc.start()
    try:
        source = tiles.MBTilesSource(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5 * 2**20  # the 50 MB never reached Python
    assert "description" not in source.metadata and source.metadata["name"] == "hostile"
    layer = mbtiles_layer(path)
    one_problem_about(path, "metadata 'description' is over 64 KB and was ignored")
    assert rgb(render([layer], view_on_tile(Z, x, y)), 300, 200) == colour_for(x, y)


def test_odd_metadata_text_stays_out_of_names_and_messages(tmp_path):
    x, y = tile_at(*CANTON_TOWER, Z)
    meta = base_meta(name="line one\nline two", format="svg\nrm -rf", bounds="1,2\n3,4")
    path = make_raw_mbtiles(tmp_path / "odd.mbtiles", meta, good_tiles(x, y))
    layer = mbtiles_layer(path)
    assert layer.name_en == "odd"
    problems = take_tile_problems()
    assert len(problems) == 2 and all(p.startswith("odd.mbtiles: ") and "\n" not in p for p in problems)


# -- tile folders -----------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs symlinks and FIFOs")
def test_a_tile_folder_never_follows_a_link_outside_it_nor_blocks_on_a_fifo(tmp_path):
    x, y = tile_at(*CANTON_TOWER, Z)
    secret = tmp_path / "secret.png"
    secret.write_bytes(png_bytes(MAGENTA))
    root = tmp_path / "folder"
    for dx in (0, 1):
        (root / str(Z) / str(x + dx)).mkdir(parents=True)
    (root / str(Z) / str(x + 1) / f"{y}.png").write_bytes(png_bytes(colour_for(x + 1, y)))
    (root / str(Z) / str(x) / f"{y}.png").symlink_to(secret)
    (root / str(Z) / str(x - 1)).mkdir()
    os.mkfifo(root / str(Z) / str(x - 1) / f"{y}.png")  # opening it would block for ever
    (root / "60").mkdir()
    (root / "99999999999999999999").mkdir()
    layer = xyz_folder_layer(root)
    assert (layer.tile_source["minzoom"], layer.tile_source["maxzoom"]) == (Z, Z)
    with OpenWatch(secret) as watch:
        img = render([layer], view_on_tile(Z, x, y))
    assert watch.python_opens == [] and watch.native_opens == 0
    assert rgb(img, 300, 200) == (255, 255, 255) and rgb(img, 300 + 256, 200) == colour_for(x + 1, y)
    message = one_problem_about(root, "2 tiles skipped")
    assert "not a regular file" in message or "outside the tile folder" in message


# -- the CLI ----------------------------------------------------------------------------------


def project_over(tmp_path, build) -> tuple:
    """A saved project whose basemap file ``hostile.mbtiles`` is then replaced by ``build(path)``."""
    x, y = tile_at(*CANTON_TOWER, Z)
    path = tmp_path / "hostile.mbtiles"
    make_mbtiles(path, Z, x - 1, y - 1, 3, 3)
    project = Project()
    project.add_layer(mbtiles_layer(path))
    project.add_layer(
        VectorLayer(
            gpd.GeoDataFrame(
                {"name": ["Canton Tower"]},
                crs="EPSG:4326",
                geometry=gpd.points_from_xy([CANTON_TOWER[0]], [CANTON_TOWER[1]]),
            ),
            "广州塔",
            "Canton Tower",
        )
    )
    save_project(project, tmp_path / "p.gzmap.gpkg")
    close_tile_sources()
    path.unlink()
    build(path)
    b0, b1 = tile_bounds_merc(Z, x - 1, y + 1), tile_bounds_merc(Z, x + 1, y - 1)
    from gzmap.core.viewport import merc_to_lonlat

    lon0, lat0 = merc_to_lonlat(b0[0], b0[1])
    lon1, lat1 = merc_to_lonlat(b1[2], b1[3])
    return tmp_path / "p.gzmap.gpkg", f"{float(lon0)},{float(lat0)},{float(lon1)},{float(lat1)}"


def export_map(tmp_path, project, extent, capsys):
    out = tmp_path / "map.png"
    code = main(
        [
            "export-map",
            str(out),
            "--project",
            str(project),
            "--extent",
            extent,
            "--dpi",
            "40",
            "--size",
            "A5",
            "--lang",
            "en",
        ]
    )
    cap = capsys.readouterr()
    assert "Traceback" not in cap.err
    return code, out, cap.err.strip().splitlines()


def test_export_map_with_a_recursive_tiles_view_is_one_line_and_writes_nothing(tmp_path, quick_limit, capsys):
    project, extent = project_over(tmp_path, lambda p: make_raw_mbtiles(p, base_meta(), tiles_sql=ENDLESS_TILES))
    t0 = time.monotonic()
    code, out, err = export_map(tmp_path, project, extent, capsys)
    assert time.monotonic() - t0 < 20
    assert code == 1 and not out.exists()
    assert err == [
        "gzmap export-map: hostile.mbtiles: the tile set's query ran over 0.3 s; the file may be crafted or damaged"
    ]


def test_export_map_with_bad_tiles_and_metadata_draws_the_rest_and_warns(tmp_path, capsys):
    x, y = tile_at(*CANTON_TOWER, Z)

    def build(p):
        t = good_tiles(x, y)
        t[(Z, x, y)] = b"<svg xmlns='http://www.w3.org/2000/svg'/>"
        make_raw_mbtiles(p, base_meta(maxzoom="1000", bounds="nan,nan,nan,nan"), t)
        import sqlite3

        con = sqlite3.connect(p)
        con.execute("INSERT INTO metadata VALUES ('attribution', zeroblob(52428800))")
        con.commit()
        con.close()

    project, extent = project_over(tmp_path, build)
    code, out, err = export_map(tmp_path, project, extent, capsys)
    assert code == 0 and out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", err
    assert all(line.startswith("gzmap export-map: warning: hostile.mbtiles: ") for line in err), err
    text = "\n".join(err)
    for words in (
        "maxzoom '1000' is not a zoom level",
        "bounds 'nan,nan,nan,nan'",
        "'attribution' is over 64 KB",
        "1 tile skipped",
    ):
        assert words in text
    img = QImage(str(out))
    assert (pixels(img) == colour_for(x + 1, y)).all(axis=2).sum() > 100  # the good tiles are on the map


# -- the window -------------------------------------------------------------------------------


def test_the_window_says_what_is_wrong_with_a_tile_set_in_one_line(tmp_path, quick_limit):
    """Skipped tiles and a tile set that cannot be opened show in the status bar, naming the file;
    the frame is still drawn, and a broken tile set does not cost the time limit on every frame."""
    from gzmap.ui.app import create_app
    from gzmap.ui.app import create_window

    x, y = tile_at(*CANTON_TOWER, Z)
    t = good_tiles(x, y)
    t[(Z, x, y)] = b"<svg xmlns='http://www.w3.org/2000/svg'/>"
    junk = make_raw_mbtiles(tmp_path / "junk.mbtiles", base_meta(), t)
    loop = make_raw_mbtiles(tmp_path / "loop.mbtiles", base_meta(), tiles_sql=ENDLESS_TILES)
    create_app()
    project = Project()
    project.add_layer(mbtiles_layer(junk))
    project.add_layer(TileLayer({"type": "mbtiles", "path": str(loop), "minzoom": -3, "maxzoom": 1000}, "loop"))
    w = create_window("en", project)
    try:
        w.resize(900, 600)
        w.show()
        w.canvas.viewport.resize(900, 600)
        b = tile_bounds_merc(Z, x, y)
        w.canvas.viewport.cx, w.canvas.viewport.cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
        w.canvas.viewport.resolution = (b[2] - b[0]) / 256
        shown = []
        w.canvas.tile_problem.connect(shown.append)
        w.canvas.render_frame()
        assert sorted(m.split(":")[0] for m in shown) == ["junk.mbtiles", "loop.mbtiles"], shown
        assert any("1 tile skipped" in m for m in shown) and any("ran over 0.3 s" in m for m in shown)
        assert w.statusBar().currentMessage() in shown
        t0 = time.monotonic()
        for _ in range(3):
            w.canvas.render_frame()
        assert time.monotonic() - t0 < 1.5
    finally:
        w.close()
        w.deleteLater()
