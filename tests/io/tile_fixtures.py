"""Small raster tile sets for tests: solid-colour PNG tiles made with QImage."""

from __future__ import annotations

import math
import sqlite3
from pathlib import Path

from gzmap.core.viewport import lonlat_to_merc
from gzmap.io.tiles import WORLD


def png_bytes(rgb: tuple[int, int, int], size: int = 256) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    img = QImage(size, size, QImage.Format.Format_RGB32)
    img.fill(QColor(*rgb))
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(ba)


def tile_at(lon: float, lat: float, z: int) -> tuple[int, int]:
    """XYZ (x, y) of the tile containing (lon, lat) degrees at zoom z."""
    mx, my = lonlat_to_merc(lon, lat)
    size = WORLD / (1 << z)
    return int(math.floor((float(mx) + WORLD / 2) / size)), int(math.floor((WORLD / 2 - float(my)) / size))


def colour_for(x: int, y: int) -> tuple[int, int, int]:
    """A distinct colour per tile (so a tile in the wrong place shows the wrong colour)."""
    return ((x * 67) % 200 + 30, (y * 131) % 200 + 30, ((x + 3 * y) * 29) % 200 + 30)


def make_mbtiles(path: Path, z: int, x0: int, y0: int, nx: int, ny: int, fmt: str = "png",
                 bounds: str | None = None) -> dict[tuple[int, int], tuple[int, int, int]]:
    """An MBTiles file with nx × ny solid tiles from XYZ (x0, y0) at zoom z, rows in TMS order.

    Returns {(x, y): colour} in XYZ addressing."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    con.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    meta = {"name": "test tiles", "format": fmt, "minzoom": str(z), "maxzoom": str(z)}
    if bounds:
        meta["bounds"] = bounds
    con.executemany("INSERT INTO metadata VALUES (?, ?)", list(meta.items()))
    colours = {}
    for x in range(x0, x0 + nx):
        for y in range(y0, y0 + ny):
            c = colour_for(x, y)
            colours[(x, y)] = c
            tms_row = (1 << z) - 1 - y
            con.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (z, x, tms_row, png_bytes(c)))
    con.commit()
    con.close()
    return colours
