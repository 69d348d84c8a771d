"""The map view: which part of the world is shown in how many pixels.

Display projection is spherical Web Mercator (EPSG:3857), the projection of
every tile service, so offline tile sets and vector layers line up. A
:class:`Viewport` maps Mercator metres to device pixels; true ground
distances come from :meth:`Viewport.ground_resolution`, which corrects the
Mercator scale factor (1/cos latitude) at the view centre.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

R_EARTH = 6378137.0  # metres, the Web Mercator sphere
MAX_LAT = 85.05112878

__all__ = ["Viewport", "lonlat_to_merc", "merc_to_lonlat"]


def lonlat_to_merc(lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """WGS84 degrees to Web Mercator metres (numpy, vectorised)."""
    lon = np.asarray(lon, dtype=float)
    lat = np.clip(np.asarray(lat, dtype=float), -MAX_LAT, MAX_LAT)
    x = np.radians(lon) * R_EARTH
    y = np.log(np.tan(np.pi / 4 + np.radians(lat) / 2)) * R_EARTH
    return x, y


def merc_to_lonlat(x, y) -> tuple[np.ndarray, np.ndarray]:
    """Web Mercator metres to WGS84 degrees."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    lon = np.degrees(x / R_EARTH)
    lat = np.degrees(2 * np.arctan(np.exp(y / R_EARTH)) - np.pi / 2)
    return lon, lat


@dataclass
class Viewport:
    """A view of ``width`` × ``height`` pixels centred on (cx, cy) Mercator metres.

    ``resolution`` is Mercator metres per pixel (not ground metres: see
    :meth:`ground_resolution`).
    """

    cx: float = 0.0
    cy: float = 0.0
    resolution: float = 100.0
    width: int = 800
    height: int = 600

    MIN_RES = 0.05  # ~ street level and beyond
    MAX_RES = 20000.0  # a continent

    @classmethod
    def fit(cls, bounds, width: int, height: int, margin: float = 0.05) -> Viewport:
        """A viewport showing ``bounds`` (WGS84 lon/lat degrees) with a margin."""
        v = cls(width=width, height=height)
        v.zoom_to(bounds, margin)
        return v

    def zoom_to(self, bounds, margin: float = 0.05) -> None:
        """Show ``bounds`` = (min lon, min lat, max lon, max lat) degrees."""
        x0, y0 = lonlat_to_merc(bounds[0], bounds[1])
        x1, y1 = lonlat_to_merc(bounds[2], bounds[3])
        self.cx, self.cy = float(x0 + x1) / 2, float(y0 + y1) / 2
        w = max(float(x1 - x0), 1.0) * (1 + 2 * margin)
        h = max(float(y1 - y0), 1.0) * (1 + 2 * margin)
        self.resolution = self._clamp(max(w / max(self.width, 1), h / max(self.height, 1)))

    def _clamp(self, res: float) -> float:
        return min(max(res, self.MIN_RES), self.MAX_RES)

    # -- transforms ---------------------------------------------------------
    def world_to_screen(self, x, y) -> tuple[np.ndarray, np.ndarray]:
        """Mercator metres to pixel coordinates (origin top-left, y down)."""
        px = (np.asarray(x) - self.cx) / self.resolution + self.width / 2
        py = (self.cy - np.asarray(y)) / self.resolution + self.height / 2
        return px, py

    def screen_to_world(self, px, py) -> tuple[np.ndarray, np.ndarray]:
        x = (np.asarray(px) - self.width / 2) * self.resolution + self.cx
        y = self.cy - (np.asarray(py) - self.height / 2) * self.resolution
        return x, y

    def lonlat_to_screen(self, lon, lat):
        return self.world_to_screen(*lonlat_to_merc(lon, lat))

    def screen_to_lonlat(self, px, py):
        return merc_to_lonlat(*self.screen_to_world(px, py))

    def affine(self) -> tuple[float, float, float, float, float, float]:
        """(m11, m12, m21, m22, dx, dy) for QTransform: world → screen."""
        s = 1.0 / self.resolution
        return (s, 0.0, 0.0, -s, self.width / 2 - self.cx * s, self.height / 2 + self.cy * s)

    # -- extent and scale ---------------------------------------------------
    def world_extent(self) -> tuple[float, float, float, float]:
        """(xmin, ymin, xmax, ymax) Mercator metres."""
        hw, hh = self.width / 2 * self.resolution, self.height / 2 * self.resolution
        return self.cx - hw, self.cy - hh, self.cx + hw, self.cy + hh

    def extent(self) -> tuple[float, float, float, float]:
        """(min lon, min lat, max lon, max lat) WGS84 degrees."""
        x0, y0, x1, y1 = self.world_extent()
        lon0, lat0 = merc_to_lonlat(x0, y0)
        lon1, lat1 = merc_to_lonlat(x1, y1)
        return float(lon0), float(lat0), float(lon1), float(lat1)

    def center_lonlat(self) -> tuple[float, float]:
        lon, lat = merc_to_lonlat(self.cx, self.cy)
        return float(lon), float(lat)

    def ground_resolution(self, lat: float | None = None) -> float:
        """True ground metres per pixel at latitude ``lat`` (default: view centre)."""
        if lat is None:
            lat = self.center_lonlat()[1]
        return self.resolution * math.cos(math.radians(lat))

    def scale_denominator(self, dpi: float = 96.0) -> float:
        """The map scale 1:N at the view centre for a device of ``dpi``."""
        return self.ground_resolution() * dpi / 0.0254

    # -- navigation ---------------------------------------------------------
    def pan_pixels(self, dx: float, dy: float) -> None:
        """Move the map content by (dx, dy) pixels (drag direction)."""
        self.cx -= dx * self.resolution
        self.cy += dy * self.resolution

    def zoom(self, factor: float, px: float | None = None, py: float | None = None) -> None:
        """Zoom in by ``factor`` (>1 zooms in) keeping pixel (px, py) fixed."""
        px = self.width / 2 if px is None else px
        py = self.height / 2 if py is None else py
        wx, wy = self.screen_to_world(px, py)
        self.resolution = self._clamp(self.resolution / factor)
        self.cx = float(wx - (px - self.width / 2) * self.resolution)
        self.cy = float(wy + (py - self.height / 2) * self.resolution)

    def resize(self, width: int, height: int) -> None:
        self.width, self.height = max(int(width), 1), max(int(height), 1)

    def copy(self) -> Viewport:
        return Viewport(self.cx, self.cy, self.resolution, self.width, self.height)
