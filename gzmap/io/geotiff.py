"""Single-band float32 GeoTIFF, written and read in pure Python (numpy, zlib, pyproj).

A raster here is a north-up grid of float32 cells. Its ``transform`` is the
affine ``(a, b, c, d, e, f)`` of rasterio and GDAL: the top-left corner of
cell (row, col) is ``x = c + a * col``, ``y = f + e * row``; ``a`` is the
cell width and ``-e`` the cell height, both in the units of the CRS (metres
for the projected CRSs GZMap's analyses use, degrees for longitude/latitude);
``b`` and ``d`` (rotation) must be 0.

The file is a classic little-endian TIFF carrying what GDAL, QGIS and ArcGIS
read (GeoTIFF 1.0 keys): ModelPixelScale and ModelTiepoint (the transform,
PixelIsArea), the GeoKeyDirectory with the CRS's EPSG code (a projected or a
geographic CRS) or, for a Transverse Mercator CRS without an EPSG code (a
city's local grid), its parameters and ellipsoid as user-defined keys;
GDAL_NODATA (the no-data value) and GDAL_METADATA (name/value tags and the
band description). Cells are deflate-compressed at level 1 after the
floating-point predictor (Adobe TIFF Technical Note 3), as GDAL's
``COMPRESS=DEFLATE PREDICTOR=3 ZLEVEL=1`` writes them, in 256 × 256 tiles on
grids of at least 256 × 256 cells (strips otherwise), on all cores.

This replaces rasterio (a second copy of GDAL and PROJ, about 107 MB of the
frozen app) for GZMap's one raster output. :func:`read_geotiff` reads back
the files :func:`write_geotiff` writes (the tests check GDAL reads them the
same, with ``gdalinfo``).
"""

from __future__ import annotations

import os
import re
import struct
import zlib
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from dataclasses import field
from typing import Any
from xml.sax.saxutils import escape
from xml.sax.saxutils import unescape

import numpy as np

__all__ = ["GeoTiff", "GeoTiffError", "read_geotiff", "write_geotiff"]

USER_DEFINED = 32767
_SCALE, _TIEPOINT, _KEYS, _DOUBLES, _ASCII = 33550, 33922, 34735, 34736, 34737
_GDAL_METADATA, _GDAL_NODATA = 42112, 42113
_MODEL, _RASTER_TYPE, _CITATION = 1024, 1025, 1026
_GEOGRAPHIC, _GEOG_CITATION, _DATUM, _PRIME_MERIDIAN, _ANGULAR_UNITS = 2048, 2049, 2050, 2051, 2054
_ELLIPSOID, _SEMI_MAJOR, _INV_FLATTENING = 2056, 2057, 2059
_PROJECTED, _PCS_CITATION, _PROJECTION, _COORD_TRANS, _LINEAR_UNITS = 3072, 3073, 3074, 3075, 3076
_TM_PARAMS = {3081: 8801, 3080: 8802, 3092: 8805, 3082: 8806, 3083: 8807}  # GeoKey -> EPSG parameter
_METRE, _DEGREE, _GREENWICH, _CT_TRANSVERSE_MERCATOR = 9001, 9102, 8901, 1
_TILE = 256
_STRIP_BYTES = 1 << 16
# TIFF field types: ASCII, SHORT, LONG, DOUBLE -> struct format of one value
_TYPE_ASCII, _TYPE_SHORT, _TYPE_LONG, _TYPE_DOUBLE = 2, 3, 4, 12
_FORMATS = {_TYPE_ASCII: "s", _TYPE_SHORT: "H", _TYPE_LONG: "I", _TYPE_DOUBLE: "d"}
_DEFLATE, _FLOAT_PREDICTOR, _IEEE_FLOAT = 8, 3, 3

# A TIFF tag as written: (code, field type, numbers or ASCII text); as read: code -> numbers or text.
_Tag = tuple[int, int, Sequence[float] | str]
_ReadTags = dict[int, tuple[Any, ...] | str]
# A GeoKey's value: a code (int), a GeoDoubleParams number (float) or GeoAsciiParams text (str).
_KeyValue = int | float | str


class GeoTiffError(ValueError):
    """The raster or its CRS cannot be written (or a file read) as this module's GeoTIFF."""


@dataclass
class GeoTiff:
    """A raster read by :func:`read_geotiff`: cells, transform (CRS units), CRS, no-data value, tags."""

    values: np.ndarray
    transform: tuple[float, float, float, float, float, float]
    crs: object  # pyproj.CRS
    nodata: float | None
    tags: dict[str, str] = field(default_factory=dict)
    description: str = ""


def write_geotiff(
    path, values, transform, crs, *, nodata: float = -9999.0, tags: dict | None = None, description: str = ""
) -> None:
    """Write a 2-D array as a single-band float32 GeoTIFF at ``path``.

    ``transform``: affine ``(a, b, c, d, e, f)`` in the units of ``crs`` (see
    the module docstring). Cells that are not finite are written as
    ``nodata``. ``tags`` (name -> value, written as text) and
    ``description`` (the band's, e.g. its unit "points per km²") go into
    GDAL's metadata. Raises :class:`GeoTiffError` for a rotated transform or
    a CRS that has neither an EPSG code nor a Transverse Mercator definition.
    """
    data = np.array(values, dtype=np.float32)
    if data.ndim != 2 or data.size == 0:
        raise GeoTiffError(f"a GeoTIFF band is a non-empty 2-D grid, got the shape {data.shape}")
    data[~np.isfinite(data)] = nodata
    try:
        georeference = _georeference_tags(transform, crs)
    except GeoTiffError as exc:
        raise GeoTiffError(f"{os.fspath(path)}: {exc}") from None
    extratags = georeference + [
        (_GDAL_METADATA, _TYPE_ASCII, _metadata_xml(tags or {}, description)),
        (_GDAL_NODATA, _TYPE_ASCII, _number(nodata)),
    ]
    _write_tiff(path, data, extratags, nodata)


def _write_tiff(path, data: np.ndarray, extratags: list[_Tag], nodata: float) -> None:
    """A classic TIFF: 8-byte header, the compressed blocks, then the tag values and the one IFD."""
    rows, cols = data.shape
    tiled = min(rows, cols) >= _TILE
    block_rows = _TILE if tiled else max(1, _STRIP_BYTES // (4 * cols))
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        blocks = list(pool.map(_encode_block, _blocks(data, block_rows, tiled, nodata)))
    offsets = np.cumsum([8] + [len(b) for b in blocks[:-1]]).tolist()
    tags: list[_Tag] = [
        (256, _TYPE_LONG, (cols,)),
        (257, _TYPE_LONG, (rows,)),
        (258, _TYPE_SHORT, (32,)),
        (259, _TYPE_SHORT, (_DEFLATE,)),
        (262, _TYPE_SHORT, (1,)),
        (277, _TYPE_SHORT, (1,)),
        (284, _TYPE_SHORT, (1,)),
        (305, _TYPE_ASCII, "GZMap"),
        (317, _TYPE_SHORT, (_FLOAT_PREDICTOR,)),
        (339, _TYPE_SHORT, (_IEEE_FLOAT,)),
    ]
    if tiled:
        tags += [
            (322, _TYPE_LONG, (_TILE,)),
            (323, _TYPE_LONG, (_TILE,)),
            (324, _TYPE_LONG, offsets),
            (325, _TYPE_LONG, [len(b) for b in blocks]),
        ]
    else:
        tags += [
            (273, _TYPE_LONG, offsets),
            (278, _TYPE_LONG, (block_rows,)),
            (279, _TYPE_LONG, [len(b) for b in blocks]),
        ]
    body = b"".join(blocks)
    body += b"\0" * (len(body) % 2)  # the IFD starts on a word boundary
    values, ifd = _ifd(sorted(tags + extratags, key=lambda t: t[0]), 8 + len(body))
    if 8 + len(body) + len(values) + len(ifd) >= 1 << 32:
        raise GeoTiffError(f"the grid ({rows:,} x {cols:,} cells) is too large for a TIFF file; use larger cells")
    with open(path, "wb") as out:
        out.write(struct.pack("<2sHI", b"II", 42, 8 + len(body) + len(values)))
        out.write(body)
        out.write(values)
        out.write(ifd)


def _blocks(data: np.ndarray, block_rows: int, tiled: bool, nodata: float):
    """Tiles (padded with no-data to 256 × 256) row by row, or strips of ``block_rows`` rows."""
    rows, cols = data.shape
    if not tiled:
        return (data[r : r + block_rows] for r in range(0, rows, block_rows))
    padded = np.full((-(-rows // _TILE) * _TILE, -(-cols // _TILE) * _TILE), nodata, dtype=np.float32)
    padded[:rows, :cols] = data
    return (
        padded[r : r + _TILE, c : c + _TILE]
        for r in range(0, padded.shape[0], _TILE)
        for c in range(0, padded.shape[1], _TILE)
    )


def _encode_block(block: np.ndarray) -> bytes:
    """Floating-point predictor (each row's bytes as planes, most significant first, then
    differenced byte by byte), then deflate at level 1."""
    h, w = block.shape
    planes = np.ascontiguousarray(block.astype(">f4").view(np.uint8).reshape(h, w, 4).transpose(0, 2, 1))
    planes = planes.reshape(h, 4 * w)
    planes[:, 1:] -= planes[:, :-1].copy()
    return zlib.compress(planes.tobytes(), 1)


def _ifd(tags: list[_Tag], at: int) -> tuple[bytes, bytes]:
    """(tag values too long for an entry, the IFD) for values written at file offset ``at``."""
    values, entries = b"", []
    for code, kind, value in tags:
        raw = _packed(kind, value)
        count = len(raw) if kind == _TYPE_ASCII else len(value)
        if len(raw) <= 4:
            entries.append(struct.pack("<HHI", code, kind, count) + raw.ljust(4, b"\0"))
        else:
            entries.append(struct.pack("<HHII", code, kind, count, at + len(values)))
            values += raw + b"\0" * (len(raw) % 2)  # values start on a word boundary
    return values, struct.pack("<H", len(entries)) + b"".join(entries) + struct.pack("<I", 0)


def _packed(kind: int, value: Sequence[float] | str) -> bytes:
    if isinstance(value, str):
        return value.encode("utf-8") + b"\0"
    return struct.pack(f"<{len(value)}{_FORMATS[kind]}", *value)


def _georeference_tags(transform, crs) -> list[_Tag]:
    a, b, c, d, e, f = (float(v) for v in transform)
    if b != 0 or d != 0 or a <= 0 or e >= 0:
        raise GeoTiffError(f"only north-up grids can be written, got the transform {tuple(transform)}")
    doubles: list[float] = []
    texts: list[str] = []
    directory = _key_directory(_geokeys(_crs(crs)), doubles, texts)
    tags: list[_Tag] = [
        (_SCALE, _TYPE_DOUBLE, (a, -e, 0.0)),
        (_TIEPOINT, _TYPE_DOUBLE, (0.0, 0.0, 0.0, c, f, 0.0)),
        (_KEYS, _TYPE_SHORT, directory),
    ]
    if doubles:
        tags.append((_DOUBLES, _TYPE_DOUBLE, tuple(doubles)))
    if texts:
        tags.append((_ASCII, _TYPE_ASCII, "".join(texts)))
    return tags


def _crs(crs):
    from pyproj import CRS

    try:
        return CRS.from_user_input(crs)
    except Exception as exc:  # pyproj's CRSError and its TypeError for odd input
        raise GeoTiffError(f"not a coordinate reference system: {crs!r}") from exc


def _geokeys(crs) -> list[tuple[int, _KeyValue]]:
    """(GeoKey, value) pairs, sorted by key: int values, float (GeoDoubleParams) or str (GeoAsciiParams)."""
    keys: list[tuple[int, _KeyValue]] = [(_RASTER_TYPE, 1), (_CITATION, crs.name)]
    epsg = crs.to_epsg()
    if crs.is_projected:
        keys += [(_MODEL, 1), (_LINEAR_UNITS, _METRE)] if _in_metres(crs) else [(_MODEL, 1)]
        keys += [(_PROJECTED, epsg)] if epsg else _user_defined_tm(crs)
    elif crs.is_geographic and epsg:
        keys += [(_MODEL, 2), (_GEOGRAPHIC, epsg), (_ANGULAR_UNITS, _DEGREE)]
    else:
        raise GeoTiffError(
            f"the CRS {crs.name!r} has no EPSG code; choose a CRS with one for the grid (such as EPSG:32649)"
        )
    return sorted(keys, key=lambda kv: kv[0])


def _in_metres(crs) -> bool:
    return all(axis.unit_name in ("metre", "meter") for axis in crs.axis_info)


def _user_defined_tm(crs) -> list[tuple[int, _KeyValue]]:
    """The keys of a Transverse Mercator CRS without an EPSG code (metres, degrees)."""
    op = crs.coordinate_operation
    if op is None or op.method_code != "9807" or not _in_metres(crs):
        raise GeoTiffError(
            f"the CRS {crs.name!r} has no EPSG code and is not a Transverse Mercator grid in "
            "metres; choose a CRS with an EPSG code for the grid (such as EPSG:32649)"
        )
    by_code = {p.code: p for p in op.params}
    keys: list[tuple[int, _KeyValue]] = [
        (_PROJECTED, USER_DEFINED),
        (_PCS_CITATION, crs.name),
        (_PROJECTION, USER_DEFINED),
        (_COORD_TRANS, _CT_TRANSVERSE_MERCATOR),
    ]
    for key, code in _TM_PARAMS.items():
        p = by_code[str(code)]
        factor = float(p.unit_conversion_factor or 1.0)
        keys.append((key, float(np.degrees(p.value * factor)) if p.unit_category == "angular" else p.value * factor))
    return keys + _geographic_keys(crs.geodetic_crs)


def _geographic_keys(geog) -> list[tuple[int, _KeyValue]]:
    epsg = geog.to_epsg()
    if epsg:
        return [(_GEOGRAPHIC, epsg), (_ANGULAR_UNITS, _DEGREE)]
    ellipsoid = geog.ellipsoid
    return [
        (_GEOGRAPHIC, USER_DEFINED),
        (_GEOG_CITATION, geog.name),
        (_DATUM, USER_DEFINED),
        (_PRIME_MERIDIAN, _GREENWICH),
        (_ANGULAR_UNITS, _DEGREE),
        (_ELLIPSOID, USER_DEFINED),
        (_SEMI_MAJOR, float(ellipsoid.semi_major_metre)),
        (_INV_FLATTENING, float(ellipsoid.inverse_flattening)),
    ]


def _key_directory(keys: list[tuple[int, _KeyValue]], doubles: list[float], texts: list[str]) -> tuple[int, ...]:
    """GeoKeyDirectory: header, then (key, tag, count, value or offset) per key; fills doubles/texts."""
    entries = [1, 1, 0, len(keys)]
    offset = 0
    for key, value in keys:
        if isinstance(value, str):  # GeoAsciiParams are ASCII: offsets count bytes and characters alike
            text = value.replace("|", "/").encode("ascii", "replace").decode("ascii") + "|"
            entries += [key, _ASCII, len(text), offset]
            texts.append(text)
            offset += len(text)
        elif isinstance(value, float):
            entries += [key, _DOUBLES, 1, len(doubles)]
            doubles.append(value)
        else:
            entries += [key, 0, 1, int(value)]
    return tuple(entries)


def _number(value: float) -> str:
    return f"{float(value):.17g}"


def _metadata_xml(tags: dict, description: str) -> str:
    """GDAL's metadata document; as GDAL does, item values are XML-escaped twice, names once."""
    items = [
        f'  <Item name="{_escape(str(k))}">{_escape(_escape(str(v)))}</Item>' for k, v in tags.items() if v is not None
    ]
    if description:
        items.append(f'  <Item name="DESCRIPTION" sample="0" role="description">{_escape(_escape(description))}</Item>')
    return "<GDALMetadata>\n" + "\n".join(items) + "\n</GDALMetadata>"


def _escape(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def _unescape(text: str) -> str:
    return unescape(text, {"&quot;": '"'})


def read_geotiff(path) -> GeoTiff:
    """Read a GeoTIFF :func:`write_geotiff` wrote: float32 cells (no-data kept as written), transform, CRS.

    Raises :class:`GeoTiffError` for a file without the georeference tags
    written here (a rotated transform, several bands, unknown CRS keys).
    """
    name = os.fspath(path)
    with open(path, "rb") as f:
        raw = f.read()
    try:
        tags = _read_ifd(raw, name)
        values = _read_cells(raw, tags, name)
    except (struct.error, zlib.error, KeyError, IndexError, ValueError) as exc:
        if isinstance(exc, GeoTiffError):
            raise
        raise GeoTiffError(f"{name}: a damaged or unknown TIFF layout") from exc
    if _SCALE not in tags or _TIEPOINT not in tags or _KEYS not in tags:
        raise GeoTiffError(f"{name}: no GeoTIFF georeference (pixel scale, tie point and keys)")
    sx, sy, _ = _numbers(tags, _SCALE, 3, name)
    col, row, _, x, y, _ = _numbers(tags, _TIEPOINT, 6, name)
    transform = (sx, 0.0, x - col * sx, 0.0, -sy, y + row * sy)
    nodata = float(_text(tags, _GDAL_NODATA, name)) if _GDAL_NODATA in tags else None
    meta, description = _parse_metadata(_text(tags, _GDAL_METADATA, name))
    return GeoTiff(values, transform, _crs_of_keys(_parse_keys(tags, name), name), nodata, meta, description)


def _numbers(tags: _ReadTags, code: int, count: int, name: str) -> tuple[float, ...]:
    """The first ``count`` numbers of tag ``code``; GeoTiffError if it holds text or fewer numbers."""
    value = tags[code]
    if isinstance(value, str) or len(value) < count:
        raise GeoTiffError(f"{name}: the TIFF tag {code} does not hold {count} numbers")
    return tuple(float(v) for v in value[:count])


def _text(tags: _ReadTags, code: int, name: str) -> str:
    """The ASCII text of tag ``code`` ('' when absent); GeoTiffError if it holds numbers."""
    value = tags.get(code, "")
    if not isinstance(value, str):
        raise GeoTiffError(f"{name}: the TIFF tag {code} does not hold text")
    return value


def _read_ifd(raw: bytes, name: str) -> _ReadTags:
    """The first IFD's tags of a classic little-endian TIFF: code -> tuple of numbers, or str."""
    if raw[:4] != b"II*\0":
        raise GeoTiffError(f"{name}: not a little-endian classic TIFF file")
    (at,) = struct.unpack_from("<I", raw, 4)
    (n,) = struct.unpack_from("<H", raw, at)
    tags: _ReadTags = {}
    for i in range(n):
        code, kind, count, word = struct.unpack_from("<HHI4s", raw, at + 2 + 12 * i)
        if kind not in _FORMATS:
            continue
        size = count * struct.calcsize(_FORMATS[kind]) if kind != _TYPE_ASCII else count
        data = word if size <= 4 else raw[struct.unpack("<I", word)[0] :][:size]
        if kind == _TYPE_ASCII:
            tags[code] = data[:count].rstrip(b"\0").decode("utf-8")
        else:
            tags[code] = struct.unpack_from(f"<{count}{_FORMATS[kind]}", data)
    return tags


def _read_cells(raw: bytes, tags: _ReadTags, name: str) -> np.ndarray:
    """The float32 band of a file in this module's layout (deflate, floating-point predictor)."""
    cols, rows = _ints(tags, 256, name)[0], _ints(tags, 257, name)[0]
    if tags.get(259) != (_DEFLATE,) or tags.get(317) != (_FLOAT_PREDICTOR,) or tags.get(339) != (_IEEE_FLOAT,):
        raise GeoTiffError(f"{name}: not a deflate, floating-point-predictor float32 GeoTIFF")
    tiled = 322 in tags
    bh, bw = (_TILE, _TILE) if tiled else (_ints(tags, 278, name)[0], cols)
    offsets, counts = (_ints(tags, code, name) for code in ((324, 325) if tiled else (273, 279)))
    out = np.empty((-(-rows // bh) * bh, -(-cols // bw) * bw), dtype=np.float32)
    per_row = out.shape[1] // bw
    for i, (offset, count) in enumerate(zip(offsets, counts)):
        r, c = divmod(i, per_row)
        h = bh if tiled else min(bh, rows - r * bh)
        out[r * bh : r * bh + h, c * bw : (c + 1) * bw] = _decode_block(raw[offset : offset + count], h, bw)
    return out[:rows, :cols]


def _ints(tags: _ReadTags, code: int, name: str) -> tuple[int, ...]:
    value = tags[code]
    if isinstance(value, str):
        raise GeoTiffError(f"{name}: the TIFF tag {code} holds text, not numbers")
    return tuple(int(v) for v in value)


def _decode_block(data: bytes, h: int, w: int) -> np.ndarray:
    planes = np.frombuffer(zlib.decompress(data), dtype=np.uint8).reshape(h, 4 * w)
    planes = np.cumsum(planes, axis=1, dtype=np.uint8)
    return planes.reshape(h, 4, w).transpose(0, 2, 1).copy().view(">f4").reshape(h, w).astype(np.float32)


def _parse_keys(tags: _ReadTags, name: str) -> dict[int, _KeyValue]:
    directory, doubles, texts = tags[_KEYS], tags.get(_DOUBLES, ()), _text(tags, _ASCII, name)
    if isinstance(directory, str) or isinstance(doubles, str):
        raise GeoTiffError(f"{name}: the GeoKey directory or its numbers are stored as text")
    keys: dict[int, _KeyValue] = {}
    for i in range(4, 4 + 4 * directory[3], 4):
        key, where, count, value = directory[i : i + 4]
        if where == _DOUBLES:
            keys[key] = float(np.atleast_1d(doubles)[value])
        elif where == _ASCII:
            keys[key] = texts[value : value + count].rstrip("|")
        else:
            keys[key] = value
    return keys


def _crs_of_keys(keys: dict[int, _KeyValue], name: str):
    from pyproj import CRS

    projected, geographic = _code(keys, _PROJECTED), _code(keys, _GEOGRAPHIC)
    if projected and projected != USER_DEFINED:
        return CRS.from_epsg(projected)
    if projected == USER_DEFINED and keys.get(_COORD_TRANS) == _CT_TRANSVERSE_MERCATOR:
        return _transverse_mercator(keys, name)
    if keys.get(_MODEL) == 2 and geographic and geographic != USER_DEFINED:
        return CRS.from_epsg(geographic)
    raise GeoTiffError(f"{name}: GeoTIFF keys this reader does not know: {sorted(keys)}")


def _code(keys: dict[int, _KeyValue], key: int) -> int | None:
    """GeoKey ``key``'s code, None when absent or not stored as a code (a number or text)."""
    value = keys.get(key)
    return value if isinstance(value, int) else None


def _real(keys: dict[int, _KeyValue], key: int, name: str) -> float:
    value = keys.get(key)
    if not isinstance(value, (int, float)):
        raise GeoTiffError(f"{name}: the GeoKey {key} (a Transverse Mercator parameter) is missing or not a number")
    return float(value)


def _transverse_mercator(keys: dict[int, _KeyValue], name: str):
    from pyproj import CRS
    from pyproj.crs import GeographicCRS
    from pyproj.crs import ProjectedCRS
    from pyproj.crs.coordinate_operation import TransverseMercatorConversion
    from pyproj.crs.datum import CustomDatum
    from pyproj.crs.datum import CustomEllipsoid

    geographic = _code(keys, _GEOGRAPHIC)
    if geographic and geographic != USER_DEFINED:
        geodetic = CRS.from_epsg(geographic)
    else:
        ellipsoid = CustomEllipsoid(
            semi_major_axis=_real(keys, _SEMI_MAJOR, name), inverse_flattening=_real(keys, _INV_FLATTENING, name)
        )
        geodetic = GeographicCRS(name=str(keys.get(_GEOG_CITATION, "unknown")), datum=CustomDatum(ellipsoid=ellipsoid))
    lat0, lon0, scale, easting, northing = (_real(keys, key, name) for key in (3081, 3080, 3092, 3082, 3083))
    conversion = TransverseMercatorConversion(
        latitude_natural_origin=lat0,
        longitude_natural_origin=lon0,
        scale_factor_natural_origin=scale,
        false_easting=easting,
        false_northing=northing,
    )
    return ProjectedCRS(conversion, name=str(keys.get(_PCS_CITATION, "unknown")), geodetic_crs=geodetic)


def _parse_metadata(xml: str) -> tuple[dict[str, str], str]:
    tags, description = {}, ""
    for attrs, value in re.findall(r"<Item ([^>]*)>(.*?)</Item>", xml, flags=re.S):
        name = re.search(r'name="([^"]*)"', attrs)
        if name is None:
            continue
        if 'role="description"' in attrs:
            description = _unescape(_unescape(value))
        else:
            tags[_unescape(name.group(1))] = _unescape(_unescape(value))
    return tags, description
