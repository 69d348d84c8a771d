"""Small raster tile sets for tests: solid-colour PNG tiles made with QImage."""

from __future__ import annotations

import math
import sqlite3
from pathlib import Path

from gzmap.core.viewport import lonlat_to_merc
from gzmap.io.tiles import WORLD


def png_bytes(rgb: tuple[int, int, int], size: int = 256) -> bytes:
    from PySide6.QtCore import QBuffer
    from PySide6.QtCore import QByteArray
    from PySide6.QtCore import QIODevice
    from PySide6.QtGui import QColor
    from PySide6.QtGui import QImage

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


def make_mbtiles(
    path: Path, z: int, x0: int, y0: int, nx: int, ny: int, fmt: str = "png", bounds: str | None = None
) -> dict[tuple[int, int], tuple[int, int, int]]:
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


def make_raw_mbtiles(
    path: Path,
    meta: dict | None = None,
    tiles: dict | None = None,
    *,
    tiles_sql: str | None = None,
    metadata_sql: str | None = None,
) -> Path:
    """An MBTiles file written as given, for hostile tests.

    ``meta`` is {name: value} with values of any SQLite type; ``tiles`` is {(z, x, y): blob}
    in XYZ addressing (rows stored in TMS order). ``tiles_sql`` / ``metadata_sql`` replace the
    ``tiles`` / ``metadata`` table by ``CREATE VIEW <name> AS <sql>`` (a table ``tile_store``
    holds the given tiles for such a view to read)."""
    con = sqlite3.connect(path)
    store = "tile_store" if tiles_sql else "tiles"
    con.execute(f"CREATE TABLE {store} (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    con.execute(f"CREATE UNIQUE INDEX {store}_index ON {store} (zoom_level, tile_column, tile_row)")
    if tiles_sql:
        con.execute(f"CREATE VIEW tiles AS {tiles_sql}")
    if metadata_sql:
        con.execute(f"CREATE VIEW metadata AS {metadata_sql}")
    else:  # no declared column types: values keep the SQLite type they are given
        con.execute("CREATE TABLE metadata (name, value)")
        con.executemany("INSERT INTO metadata VALUES (?, ?)", list((meta or {}).items()))
    for (z, x, y), blob in (tiles or {}).items():
        con.execute(f"INSERT INTO {store} VALUES (?, ?, ?, ?)", (z, x, (1 << z) - 1 - y, blob))
    con.commit()
    con.close()
    return path
