"""Fuzz (hypothesis) of what an MBTiles file from someone else may hold: metadata names and
values of every SQLite type, odd tile rows and blobs, and the zooms a project's layer spec may
carry. Opening the tile set and drawing a frame raises nothing but :class:`TileError`, and
every message and warning is one line naming the file."""

from __future__ import annotations

import math
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st
from PySide6.QtGui import QColor
from PySide6.QtGui import QImage
from PySide6.QtGui import QPainter
from tile_fixtures import colour_for
from tile_fixtures import png_bytes
from tile_fixtures import tile_at

from gzmap.core.layer import TileLayer
from gzmap.core.viewport import Viewport
from gzmap.io.tiles import TileError
from gzmap.io.tiles import close_tile_sources
from gzmap.io.tiles import mbtiles_layer
from gzmap.io.tiles import take_tile_problems
from gzmap.io.tiles import tile_bounds_merc
from gzmap.render.map_renderer import RenderOptions
from gzmap.render.map_renderer import render_map
from gzmap.render.tiles import clear_tile_cache

Z = 12
X, Y = tile_at(113.3245, 23.1064, Z)
GOOD = {(X + dx, Y + dy): png_bytes(colour_for(X + dx, Y + dy), size=64) for dx in (-1, 0, 1) for dy in (-1, 0, 1)}
FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

sqlite_int = st.integers(-(2**63), 2**63 - 1)
number_text = st.one_of(
    st.integers(-100, 2000).map(str),
    st.floats(allow_nan=True).map(repr),
    st.sampled_from(["", " ", "12 ", "+3", "-0", "1e3", "0x10", "١٢", "12.0", "nan", "inf"]),
)
bounds_text = st.lists(
    st.one_of(st.floats(allow_nan=True, allow_infinity=True).map(repr), number_text), min_size=0, max_size=6
).map(",".join)
value = st.one_of(
    st.none(),
    sqlite_int,
    st.floats(allow_nan=False),
    st.text(max_size=60),
    st.binary(max_size=60),
    number_text,
    bounds_text,
    st.sampled_from(["png", "jpg", "webp", "pbf", "svg", "PNG", "gif", "{{7*7}}", "a\nb", "\x00", "广州"]),
)
name = st.one_of(
    st.sampled_from(
        [
            "minzoom",
            "maxzoom",
            "bounds",
            "center",
            "format",
            "name",
            "attribution",
            "type",
            "version",
            "description",
            "json",
        ]
    ),
    st.text(max_size=20),
    st.binary(max_size=10),
    sqlite_int,
)
metadata = st.lists(st.tuples(name, value), max_size=12)
tile_rows = st.lists(
    st.tuples(
        st.one_of(st.just(Z), st.integers(-5, 40), sqlite_int, st.text(max_size=3)),
        st.one_of(st.integers(-2, 5000), sqlite_int),
        st.one_of(st.integers(-2, 5000), sqlite_int),
        st.one_of(st.binary(max_size=40), st.text(max_size=10), sqlite_int, st.none()),
    ),
    max_size=4,
)


def build(path: Path, meta, extra_rows) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE metadata (name, value)")
    con.execute("CREATE TABLE tiles (zoom_level, tile_column, tile_row, tile_data)")
    con.executemany("INSERT INTO metadata VALUES (?, ?)", meta)
    con.executemany(
        "INSERT INTO tiles VALUES (?, ?, ?, ?)",
        [(Z, x, (1 << Z) - 1 - y, blob) for (x, y), blob in GOOD.items()] + list(extra_rows),
    )
    con.commit()
    con.close()


def draw(layer, z=Z, x=X, y=Y) -> QImage:
    b = tile_bounds_merc(z, x, y)
    v = Viewport(width=300, height=200)
    v.cx, v.cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    v.resolution = (b[2] - b[0]) / 256
    img = QImage(v.width, v.height, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(QColor("white"))
    p = QPainter(img)
    try:
        render_map(p, [layer], v, RenderOptions(background=None, labels=False))
    finally:
        p.end()
    return img


def assert_one_line_naming(messages, file_name):
    for m in messages:
        assert m.startswith(f"{file_name}: ") and "\n" not in m and "\r" not in m, m


@FUZZ
@given(meta=metadata, extra_rows=tile_rows)
def test_any_mbtiles_metadata_opens_and_draws_or_fails_in_one_line(meta, extra_rows):
    close_tile_sources()
    clear_tile_cache()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.mbtiles"
        build(path, meta, extra_rows)
        try:
            layer = mbtiles_layer(path)
        except TileError as exc:
            assert_one_line_naming([str(exc)], path.name)
        else:
            spec = layer.tile_source
            assert 0 <= spec["minzoom"] <= spec["maxzoom"] <= 24
            assert layer.tile_bounds is None or all(math.isfinite(v) for v in layer.tile_bounds)
            assert "\n" not in layer.name_en
            img = draw(layer)
            if spec["minzoom"] <= Z <= spec["maxzoom"]:  # the good tiles still draw
                assert img.pixelColor(150, 100).getRgb()[:3] == colour_for(X, Y)
        assert_one_line_naming(take_tile_problems(), path.name)
        close_tile_sources()


json_value = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(),
    st.text(max_size=8),
    st.lists(st.integers(), max_size=2),
)


@FUZZ
@given(
    minzoom=json_value,
    maxzoom=json_value,
    bounds=st.one_of(st.none(), st.lists(json_value, max_size=5)),
    zoom=st.integers(0, 24),
    dx=st.integers(-3, 3),
)
def test_any_zooms_in_a_layer_spec_draw_without_error(minzoom, maxzoom, bounds, zoom, dx):
    """A project file's layer spec is drawn at a zoom 0..24 within its range, whatever it says."""
    close_tile_sources()
    clear_tile_cache()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "spec.mbtiles"
        build(path, [("format", "png")], [])
        layer = TileLayer(
            {"type": "mbtiles", "path": str(path), "minzoom": minzoom, "maxzoom": maxzoom}, "t", tile_bounds=bounds
        )
        x, y = tile_at(113.3245, 23.1064, zoom)
        draw(layer, zoom, max(0, x + dx), y)
        assert layer.tile_bounds is None or all(math.isfinite(v) for v in layer.tile_bounds)
        assert_one_line_naming(take_tile_problems(), path.name)
        close_tile_sources()
