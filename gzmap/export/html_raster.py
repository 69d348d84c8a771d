"""A RasterLayer as a PNG image overlay for Leaflet.

Leaflet stretches an image overlay between two lon/lat corners in Web
Mercator, so a grid in a metric CRS (e.g. UTM 49N, EPSG:32649, slightly
rotated against the meridians) is first resampled (nearest cell) onto a
north-up Web Mercator grid covering its corners; the colours come from the
layer's Style (the same classes as the canvas) and no-data/zero cells are
transparent. The PNG is written with zlib (no imaging library needed).
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

import numpy as np

from gzmap.core.style import grid_rgba

__all__ = ["RasterImage", "encode_png", "raster_overlay", "raster_payload", "raster_rgba"]

#: Longest side of the exported image, pixels.
MAX_SIDE = 2048


@dataclass
class RasterImage:
    png: bytes
    #: ((south, west), (north, east)) WGS84 degrees.
    bounds: tuple[tuple[float, float], tuple[float, float]]
    width: int
    height: int


def encode_png(rgba: np.ndarray) -> bytes:
    """PNG bytes of an (h, w, 4) uint8 RGBA array."""
    rgba = np.ascontiguousarray(rgba, dtype=np.uint8)
    h, w, _ = rgba.shape
    raw = np.zeros((h, 1 + 4 * w), dtype=np.uint8)  # filter byte 0 per row
    raw[:, 1:] = rgba.reshape(h, 4 * w)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw.tobytes(), 6))
        + chunk(b"IEND", b"")
    )


def raster_rgba(layer, values: np.ndarray | None = None) -> np.ndarray:
    """(h, w, 4) colours of a raster's cells, by the same rule as the canvas."""
    return grid_rgba(layer.style, layer.grid.values if values is None else values, layer.opacity)


def raster_overlay(layer) -> RasterImage:
    """Resample ``layer.grid`` to north-up Web Mercator and colour it."""
    from gzmap.core.datums import convert

    grid = layer.grid
    values = np.asarray(grid.values, dtype=float)
    h, w = values.shape
    corners = grid.corners()
    mx, my = convert(corners[:, 0], corners[:, 1], grid.crs, "EPSG:3857")
    x0, x1, y0, y1 = float(mx.min()), float(mx.max()), float(my.min()), float(my.max())
    a, b, c, d, e, f = grid.transform
    # keep about the source resolution (in Mercator metres the cell grows by 1/cos(lat))
    scale = (x1 - x0) / max(w, 1)
    out_w = int(min(MAX_SIDE, max(1, round((x1 - x0) / max(scale, 1e-9)))))
    out_h = int(min(MAX_SIDE, max(1, round((y1 - y0) / max(scale, 1e-9)))))
    px = x0 + (np.arange(out_w) + 0.5) * (x1 - x0) / out_w
    py = y1 - (np.arange(out_h) + 0.5) * (y1 - y0) / out_h
    gx, gy = np.meshgrid(px, py)
    sx, sy = convert(gx.ravel(), gy.ravel(), "EPSG:3857", grid.crs)
    det = a * e - b * d
    if det == 0:
        raise ValueError("the grid's transform is degenerate")
    dx, dy = np.asarray(sx) - c, np.asarray(sy) - f
    col = np.floor((e * dx - b * dy) / det).astype(np.int64)
    row = np.floor((-d * dx + a * dy) / det).astype(np.int64)
    inside = (col >= 0) & (col < w) & (row >= 0) & (row < h)
    sampled = np.full(out_w * out_h, np.nan)
    sampled[inside] = values[row[inside], col[inside]]
    rgba = raster_rgba(layer, sampled.reshape(out_h, out_w))
    lon, lat = convert(np.array([x0, x1]), np.array([y0, y1]), "EPSG:3857", "wgs84")
    return RasterImage(encode_png(rgba), ((float(lat[0]), float(lon[0])), (float(lat[1]), float(lon[1]))), out_w, out_h)


def raster_payload(layer, name: str, lid: str, ctx) -> dict:
    """The raster kind's HTML payload (registered in :mod:`gzmap.export.html_payloads`): the grid as a
    PNG overlay; the legend counts the cells with a value."""
    from gzmap.export.html_assets import png_data_uri

    img = raster_overlay(layer)
    df = layer.legend_data()
    cfg = {"id": lid, "name": name, "url": png_data_uri(img.png), "bounds": [list(img.bounds[0]), list(img.bounds[1])]}
    return {
        "factory": "gzmap.rasterLayer",
        "cfg": cfg,
        "html": "",
        "count": int(len(df)),
        "df": df,
        "unit": "cells",
        "bytes": len(cfg["url"]),
    }
