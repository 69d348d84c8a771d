"""A small master project for field-work tests: districts, enterprises in 天河 and around, optional basemap."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from gzmap.core.layer import VectorLayer
from gzmap.core.project import Project
from gzmap.io.project import save_project

#: A box inside 天河 (WGS84 degrees) and one outside it, in 越秀.
TIANHE_BOX = (113.33, 23.12, 113.38, 23.15)
YUEXIU_POINT = (113.27, 23.13)


def enterprises(n: int, seed: int = 0) -> gpd.GeoDataFrame:
    """``n`` enterprises in TIANHE_BOX plus one in 越秀 (name, floors, address, status)."""
    rng = np.random.default_rng(seed)
    x0, y0, x1, y1 = TIANHE_BOX
    xs = list(x0 + rng.random(n) * (x1 - x0)) + [YUEXIU_POINT[0]]
    ys = list(y0 + rng.random(n) * (y1 - y0)) + [YUEXIU_POINT[1]]
    return gpd.GeoDataFrame(
        {
            "企业名称": pd.array([f"天河企业{i}" for i in range(n)] + ["越秀企业"], dtype="str"),
            "从业人员": rng.integers(1, 500, n + 1),
            "地址": pd.array([f"天河路{i}号" for i in range(n)] + ["越秀路1号"], dtype="str"),
        },
        geometry=gpd.points_from_xy(xs, ys),
        crs=4326,
    )


def master_project(path: Path, n: int = 8, basemap: Path | None = None, builtin: bool = True) -> Project:
    """A saved master at ``path``: 广州市辖区 (built in; a box for 天河 when not ``builtin``), enterprises,
    and an MBTiles basemap if given."""
    import shapely

    from gzmap.io.builtin import districts_layer

    p = Project("外业测试")
    if basemap is not None:
        from gzmap.io.tiles import mbtiles_layer

        p.add_layer(mbtiles_layer(basemap, name_zh="底图", name_en="Basemap"))
    if builtin:
        p.add_layer(districts_layer())
    else:
        box = gpd.GeoDataFrame({"name_zh": ["天河区"]}, geometry=[shapely.box(113.30, 23.10, 113.40, 23.17)], crs=4326)
        p.add_layer(VectorLayer(box, "区", "Districts"))
    p.add_layer(VectorLayer(enterprises(n), "企业", "Enterprises", source="test.csv"))
    save_project(p, path)
    return p


def photo_bytes(colour=(200, 40, 40), gps: tuple[float, float] | None = None, when: str | None = None) -> bytes:
    """A small JPEG, with EXIF GPS (lon, lat WGS84 degrees) and DateTimeOriginal if given."""
    from PIL import Image

    img = Image.new("RGB", (32, 24), colour)
    exif = Image.Exif()
    if when:
        exif[306] = when
        exif.get_ifd(0x8769)[36867] = when
    if gps:
        lon, lat = gps

        def dms(v):
            d = int(v)
            m = int((v - d) * 60)
            s = round(((v - d) * 60 - m) * 60 * 1000)
            return ((d, 1), (m, 1), (s, 1000))

        exif.get_ifd(0x8825).update({1: "N", 2: _rationals(dms(lat)), 3: "E", 4: _rationals(dms(lon))})
    buf = io.BytesIO()
    img.save(buf, "JPEG", exif=exif)
    return buf.getvalue()


def _rationals(parts):
    from PIL.TiffImagePlugin import IFDRational

    return tuple(IFDRational(a, b) for a, b in parts)


def basemap_mbtiles(path: Path, bounds, zooms=(10, 16)) -> int:
    """An MBTiles file with a solid PNG tile (one colour per zoom) over ``bounds`` for ``zooms``; tile count."""
    from PIL import Image

    from gzmap.io.tiles import tiles_in_bounds

    tiles = {}
    for z in range(zooms[0], zooms[1] + 1):
        buf = io.BytesIO()
        Image.new("RGB", (256, 256), (30 + 20 * (z - zooms[0]), 120, 200)).save(buf, "PNG")
        tiles[z] = buf.getvalue()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    con.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    meta = {"name": "test basemap", "format": "png", "minzoom": str(zooms[0]), "maxzoom": str(zooms[1])}
    meta["bounds"] = ",".join(str(v) for v in bounds)
    con.executemany("INSERT INTO metadata VALUES (?, ?)", list(meta.items()))
    n = 0
    for z, x, y in tiles_in_bounds(bounds, *zooms):
        con.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (z, x, (1 << z) - 1 - y, tiles[z]))
        n += 1
    con.commit()
    con.close()
    return n
