"""Offline basemaps: MBTiles (TMS rows) and XYZ folders land on the right pixels; GCJ-02 tiles are
warped to WGS84; the online cache is filled only when asked (fake fetcher, no network)."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from PySide6.QtGui import QColor
from PySide6.QtGui import QImage
from PySide6.QtGui import QPainter
from tile_fixtures import colour_for
from tile_fixtures import make_mbtiles
from tile_fixtures import png_bytes
from tile_fixtures import tile_at

from gzmap.core.datums import convert
from gzmap.core.viewport import Viewport
from gzmap.core.viewport import merc_to_lonlat
from gzmap.io.tiles import CachedOnlineSource
from gzmap.io.tiles import TileError
from gzmap.io.tiles import count_tiles
from gzmap.io.tiles import mbtiles_layer
from gzmap.io.tiles import online_layer
from gzmap.io.tiles import tile_bounds_merc
from gzmap.io.tiles import tiles_in_bounds
from gzmap.io.tiles import xyz_folder_layer
from gzmap.render.map_renderer import RenderOptions
from gzmap.render.map_renderer import render_map

Z = 14
CANTON_TOWER = (113.3245, 23.1064)


def view_on_tile(z, x, y, width=600, height=400) -> Viewport:
    """A viewport at the tiles' own resolution, centred on tile (z, x, y)."""
    b = tile_bounds_merc(z, x, y)
    v = Viewport(width=width, height=height)
    v.cx, v.cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    v.resolution = (b[2] - b[0]) / 256
    return v


def render(layers, viewport) -> QImage:
    img = QImage(viewport.width, viewport.height, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(QColor("white"))
    p = QPainter(img)
    render_map(p, layers, viewport, RenderOptions(background=None, labels=False))
    p.end()
    return img


def rgb(img, x, y):
    return img.pixelColor(int(x), int(y)).getRgb()[:3]


@pytest.fixture
def mbtiles(tmp_path):
    x, y = tile_at(*CANTON_TOWER, Z)
    path = tmp_path / "gz.mbtiles"
    colours = make_mbtiles(path, Z, x - 3, y - 3, 7, 7, bounds="113.2,23.0,113.5,23.2")
    return path, x, y, colours


def test_mbtiles_tiles_land_on_their_mercator_cells(mbtiles):
    path, x, y, colours = mbtiles
    layer = mbtiles_layer(path, "wgs84")
    v = view_on_tile(Z, x, y, 1400, 900)
    img = render([layer], v)
    for dx, dy in [(0, 0), (1, 0), (-1, 1), (0, -1), (2, 1)]:
        b = tile_bounds_merc(Z, x + dx, y + dy)
        px, py = v.world_to_screen((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)
        assert rgb(img, px, py) == colours[(x + dx, y + dy)], (dx, dy)
        # and two pixels inside each corner: the tile fills exactly its cell
        left, top = v.world_to_screen(b[0], b[3])
        right, bottom = v.world_to_screen(b[2], b[1])
        for cx, cy in [(left + 2, top + 2), (right - 2, bottom - 2)]:
            if 0 <= cx < v.width and 0 <= cy < v.height:
                assert rgb(img, cx, cy) == colours[(x + dx, y + dy)]
    # TMS rows: the row stored for y is 2^z-1-y; reading rows as XYZ would put y's southern
    # neighbour's mirror here, a different colour
    assert colours[(x, y)] != colour_for(x, (1 << Z) - 1 - y)


def test_gcj02_tiles_are_warped_back_onto_wgs84(mbtiles):
    path, x, y, colours = mbtiles
    layer = mbtiles_layer(path, "gcj02")
    v = view_on_tile(Z, x, y)
    img = render([layer], v)
    b = tile_bounds_merc(Z, x, y)
    # the tile's west edge is at GCJ-02 longitude lon0: on a WGS84 map it belongs at gcj02->wgs84(lon0)
    lon0, lat_mid = merc_to_lonlat(b[0], (b[1] + b[3]) / 2)
    wlon, wlat = convert(np.array([lon0]), np.array([lat_mid]), "gcj02", "wgs84")
    ex, ey = v.lonlat_to_screen(wlon[0], wlat[0])
    raw_x, _ = v.world_to_screen(b[0], 0)
    assert raw_x - ex > 30  # Guangzhou: the shift is ~500 m, ~50 px at zoom 14
    assert rgb(img, ex + 3, ey) == colours[(x, y)]
    assert rgb(img, ex - 3, ey) == colours[(x - 1, y)]
    # at the unshifted edge the tile's own colour continues: the vector layers did not move, the tiles did
    assert rgb(img, raw_x - 3, ey) == colours[(x, y)]
    assert layer.bounds()[0] < 113.2  # extent reported in WGS84


def test_xyz_folder_and_tms_folder(tmp_path):
    x, y = tile_at(*CANTON_TOWER, Z)
    for scheme in ("xyz", "tms"):
        root = tmp_path / scheme
        for dx in (0, 1):
            row = y if scheme == "xyz" else (1 << Z) - 1 - y
            d = root / str(Z) / str(x + dx)
            d.mkdir(parents=True)
            (d / f"{row}.png").write_bytes(png_bytes(colour_for(x + dx, y)))
        if scheme == "tms":
            (root / "tilemapresource.xml").write_text("<TileMap/>")
        layer = xyz_folder_layer(root, "wgs84")
        assert layer.tile_source["scheme"] == scheme
        v = view_on_tile(Z, x, y)
        img = render([layer], v)
        assert rgb(img, 300, 200) == colour_for(x, y)
        assert rgb(img, 300 + 256, 200) == colour_for(x + 1, y)


def test_missing_zoom_is_filled_from_the_parent_tile(mbtiles):
    path, x, y, colours = mbtiles
    layer = mbtiles_layer(path, "wgs84")
    layer.tile_source["maxzoom"] = Z + 2  # ask for deeper zooms than the file has
    v = view_on_tile(Z + 2, 4 * x + 1, 4 * y + 1)
    img = render([layer], v)
    assert rgb(img, 300, 200) == colours[(x, y)]


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p.write_bytes(b"not sqlite at all" * 10), "not an MBTiles file"),
        (lambda p: sqlite3.connect(p).execute("CREATE TABLE t (a)").connection.commit(), "no 'tiles' table"),
    ],
)
def test_bad_mbtiles_give_a_clear_message(tmp_path, make, message):
    path = tmp_path / "bad.mbtiles"
    make(path)
    with pytest.raises(TileError, match=message):
        mbtiles_layer(path)


def test_vector_mbtiles_are_refused(tmp_path):
    path = tmp_path / "v.mbtiles"
    make_mbtiles(path, 3, 0, 0, 1, 1, fmt="pbf")
    with pytest.raises(TileError, match="vector tiles"):
        mbtiles_layer(path)


def test_online_tiles_come_from_the_cache_and_prefill_uses_the_fetcher_only_when_asked(tmp_path):
    fetched = []

    def fake_fetch(url):
        fetched.append(url)
        z, x, y = (int(v) for v in url.removesuffix(".png").rsplit("/", 3)[1:4])
        return png_bytes(colour_for(x, y))

    url = "https://tiles.example.invalid/{z}/{x}/{y}.png"
    src = CachedOnlineSource(url, cache_dir=tmp_path / "cache", fetcher=fake_fetch)
    area = (113.30, 23.10, 113.34, 23.13)
    assert src.tile(Z, *tile_at(*CANTON_TOWER, Z)) is None and fetched == []
    n = count_tiles(area, 12, 14)
    assert n == len(list(tiles_in_bounds(area, 12, 14)))
    counts = src.prefill(area, 12, 14)
    assert counts["fetched"] == n == len(fetched) and counts["failed"] == 0
    again = src.prefill(area, 12, 14)
    assert again["cached"] == n and len(fetched) == n  # nothing downloaded twice
    with pytest.raises(TileError, match="more than the limit"):
        src.prefill((112.9, 22.5, 114.1, 23.9), 10, 19)
    # a layer over the same URL draws from the cache (no fetcher involved)
    layer = online_layer(url, "wgs84", maxzoom=14)
    layer.tile_source["cache_dir"] = str(tmp_path / "cache")
    x, y = tile_at(*CANTON_TOWER, Z)
    img = render([layer], view_on_tile(Z, x, y))
    assert rgb(img, 300, 200) == colour_for(x, y)
    assert len(fetched) == n


def test_prefill_counts_failures_without_stopping(tmp_path):
    def flaky(url):
        raise OSError("network unreachable")

    src = CachedOnlineSource("https://t.invalid/{z}/{x}/{y}.png", cache_dir=tmp_path / "c", fetcher=flaky)
    counts = src.prefill((113.30, 23.10, 113.31, 23.11), 14, 14)
    assert counts["failed"] == counts["total"] > 0 and "network unreachable" in counts["errors"][0]
