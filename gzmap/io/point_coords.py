"""Point coordinates of a vector file as numpy arrays, for commands that need only x/y.

A command such as ``gzmap density`` needs the points' coordinates and perhaps
one numeric column, not a GeoDataFrame. Importing pyogrio loads pandas,
pyarrow and geopandas (about 0.3 s), and building a GeoDataFrame of 200,000
points takes another 0.2 s — together more than the density computation.
This reader returns plain arrays instead:

* a GeoPackage holding one feature table is read straight from its SQLite
  database with the standard library (the encoding is fixed by the OGC
  GeoPackage standard: a short ``GP`` header, then ISO WKB);
* any other file, or a GeoPackage this reader leaves alone (several layers,
  an undefined or unreadable CRS, extended geometry encodings), is read
  through GDAL with ``pyogrio.raw.read``, like
  :func:`gzmap.io.vector.read_vector`.

Coordinates are in the file's own CRS: degrees for longitude/latitude
(WGS84, CGCS2000, ...), usually metres for projected CRSs. Rows without a
location (NULL or empty geometry) hold NaN.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import closing
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

import numpy as np

from gzmap.io.errors import ReadError
from gzmap.io.vector import VECTOR_SUFFIXES
from gzmap.io.vector import _check_file
from gzmap.io.vector import _shapefile_encoding
from gzmap.io.vector import gdal_read_errors

__all__ = ["SUFFIXES", "PointCoords", "read_point_coords"]

#: Files this reader takes; tables (CSV/Excel) go through the enterprise import
#: and GeoParquet through :func:`gzmap.io.vector.read_vector`.
SUFFIXES = frozenset(VECTOR_SUFFIXES - {".parquet", ".geoparquet"})

_WKB_NAMES = {
    1: "Point",
    2: "LineString",
    3: "Polygon",
    4: "MultiPoint",
    5: "MultiLineString",
    6: "MultiPolygon",
    7: "GeometryCollection",
}


@dataclass
class PointCoords:
    """Coordinates of a point layer, one per feature in file order.

    ``x``/``y`` are in ``crs`` (a :class:`pyproj.CRS`, ``None`` when the file
    states none); NaN where a feature has no location. ``columns`` names all
    attribute columns of the layer; ``values`` holds those asked for that exist.
    """

    x: np.ndarray
    y: np.ndarray
    crs: Any
    columns: list[str] = field(default_factory=list)
    values: dict[str, np.ndarray] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.x)


def read_point_coords(path, columns=()) -> PointCoords:
    """Read the point coordinates (and the attribute ``columns`` asked for) of a vector file.

    Columns asked for that the layer lacks are left out of ``values`` (the
    caller says what is missing, with ``columns`` for the names there are).

    Raises :class:`ReadError` with a one-line reason for missing, empty or
    unreadable files, a file without geometry, and features that are not
    points (naming the first such row).
    """
    path = Path(path)
    _check_file(path)
    columns = [c for c in columns if c]
    if path.suffix.lower() == ".gpkg":
        coords = _read_geopackage(path, columns)
        if coords is not None:
            return coords
    return _read_with_gdal(path, columns)


# --------------------------------------------------------------------------- GeoPackage


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _read_geopackage(path: Path, columns: list[str]) -> PointCoords | None:
    """Coordinates from a one-layer GeoPackage through SQLite, or ``None`` to leave the file to GDAL."""
    import sqlite3

    try:
        con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        with closing(con):
            contents = con.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall()
            if len(contents) != 1 or contents[0][1] != "features":
                return None  # GDAL decides which layer comes first
            table = contents[0][0]
            geom_cols = con.execute(
                "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (table,)
            ).fetchall()
            if len(geom_cols) != 1:
                return None
            geom, srs_id = geom_cols[0]
            crs = _geopackage_crs(con, srs_id)
            if crs is None:
                return None
            info = con.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
            # (cid, name, type, notnull, default, pk): GDAL takes the integer primary key as the feature id
            attrs = [r[1] for r in info if r[1] != geom and not (r[5] and r[2].upper() == "INTEGER")]
            wanted = [c for c in dict.fromkeys(columns) if c in attrs]
            select = ", ".join([f"coalesce({_quote(geom)}, zeroblob(0))"] + [_quote(c) for c in wanted])
            rows = con.execute(f"SELECT {select} FROM {_quote(table)}").fetchall()
    except sqlite3.Error:
        return None
    blobs: Sequence[bytes]
    if wanted:
        cols = list(zip(*rows)) if rows else [()] * (1 + len(wanted))
        blobs, values = cols[0], {c: np.asarray(v) for c, v in zip(wanted, cols[1:])}
    else:
        blobs, values = [r[0] for r in rows], {}
    xy = _geopackage_points(path, blobs)
    if xy is None:
        return None
    return PointCoords(xy[0], xy[1], crs, attrs, values)


def _geopackage_crs(con, srs_id):
    """The pyproj CRS of a GeoPackage ``srs_id``, or ``None`` if undefined (GDAL's rules then apply)."""
    if srs_id is None or srs_id <= 0:  # -1 and 0: the standard's "undefined" Cartesian/geographic systems
        return None
    row = con.execute(
        "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?",
        (srs_id,),
    ).fetchone()
    if row is None:
        return None
    from pyproj import CRS

    org, code, definition = row
    try:
        if str(org).upper() == "EPSG" and code:
            return CRS.from_epsg(int(code))
        return CRS.from_wkt(definition)
    except Exception:  # pyproj raises CRSError, TypeError ... for definitions it cannot read
        return None


def _gather(buf: np.ndarray, offsets: np.ndarray, size: int, big_endian: np.ndarray) -> np.ndarray:
    """``size`` bytes at each offset, as little-endian byte rows (big-endian rows reversed)."""
    b = buf[offsets[:, None] + np.arange(size)]
    b[big_endian] = b[big_endian, ::-1]
    return np.ascontiguousarray(b)


def _geopackage_points(path: Path, blobs) -> tuple[np.ndarray, np.ndarray] | None:
    """x, y of GeoPackage geometry blobs (NaN for NULL/empty), or ``None`` for encodings left to GDAL.

    Blob layout (GeoPackage 1.3, §2.1.3): ``GP``, version, flags, srs_id
    (int32), an envelope of 0/32/48/64 bytes (flags bits 1-3), then WKB:
    byte order, uint32 type, x, y (float64). Flags bit 4 marks an empty
    geometry and bit 5 an extension encoding.
    """
    n = len(blobs)
    try:
        lengths = np.fromiter(map(len, blobs), dtype=np.int64, count=n)
        buf = np.frombuffer(b"".join(blobs), dtype=np.uint8)
    except TypeError:  # a value that is not a blob (text, number) in the geometry column
        return None
    start = np.cumsum(lengths) - lengths
    x = np.full(n, np.nan)
    y = np.full(n, np.nan)
    have = np.flatnonzero(lengths >= 8)
    if len(have) < int((lengths > 0).sum()):
        return None
    s = start[have]
    flags = buf[s + 3]
    if not ((buf[s] == 0x47) & (buf[s + 1] == 0x50)).all() or (flags & 0x20).any() or (((flags >> 1) & 7) > 4).any():
        return None
    have, s, flags = have[(flags & 0x10) == 0], s[(flags & 0x10) == 0], flags[(flags & 0x10) == 0]
    wkb = s + 8 + np.array([0, 32, 48, 48, 64])[(flags >> 1) & 7]
    end = start[have] + lengths[have]
    if (wkb + 5 > end).any():
        return None
    order = buf[wkb]
    if (order > 1).any():
        return None
    big = order == 0
    wkb_type = _gather(buf, wkb + 1, 4, big).view("<u4").ravel()
    # ISO WKB: 1, 1001, 2001, 3001 are points (2D, Z, M, ZM); GDAL's 2.5D flag 0x80000000 may also appear
    base = (wkb_type & 0x0FFFFFFF) % 1000
    not_point = np.flatnonzero(base != 1)
    if len(not_point):
        row = int(have[not_point[0]])
        name = _WKB_NAMES.get(int(base[not_point[0]]), f"geometry of WKB type {int(wkb_type[not_point[0]])}")
        raise ReadError(path, f"expects point features; row {row + 1} is a {name}")
    if (wkb + 21 > end).any():
        return None
    x[have] = _gather(buf, wkb + 5, 8, big).view("<f8").ravel()
    y[have] = _gather(buf, wkb + 13, 8, big).view("<f8").ravel()
    return x, y


# --------------------------------------------------------------------------- GDAL


def _read_with_gdal(path: Path, columns: list[str]) -> PointCoords:
    import pyogrio
    import shapely
    from pyogrio.raw import read

    encoding = _shapefile_encoding(path) if path.suffix.lower() == ".shp" else None
    with gdal_read_errors(path):
        info = pyogrio.read_info(path, layer=0, encoding=encoding)  # the layer read() takes by default
        attrs = [str(c) for c in info["fields"]]
        wanted = [c for c in dict.fromkeys(columns) if c in attrs]
        meta, _, wkb, field_data = read(path, encoding=encoding, columns=wanted)
    if wkb is None or meta.get("geometry_type") in (None, "None"):
        raise ReadError(path, "has no geometry column: it is a table, not a map layer")
    geoms = shapely.from_wkb(wkb)
    kind = shapely.get_type_id(geoms)  # -1: no geometry, 0: point
    bad = np.flatnonzero((kind != -1) & (kind != 0))
    if len(bad):
        raise ReadError(path, f"expects point features; row {int(bad[0]) + 1} is a {geoms[bad[0]].geom_type}")
    points = kind == 0
    x = np.full(len(geoms), np.nan)
    y = np.full(len(geoms), np.nan)
    x[points] = shapely.get_x(geoms[points])
    y[points] = shapely.get_y(geoms[points])
    crs = None
    if meta.get("crs"):
        from pyproj import CRS

        crs = CRS.from_user_input(meta["crs"])
    values = dict(zip([str(f) for f in meta["fields"]], field_data))
    return PointCoords(x, y, crs, attrs, {c: values[c] for c in wanted if c in values})
