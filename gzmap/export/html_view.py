"""The exported page's view: where it opens and how far it zooms, from the data's extent.

The page opens on the project's view (or its layers) and keeps the reader near
the data: it cannot zoom out past one step beyond the zoom that shows every
layer (the page works that zoom out for its window, see ``gz.limitView`` in
``runtime/gzmap.js``), nor pan far away from it, nor zoom in past
:func:`max_zoom` of the data's extent (street level at most, never a 20 m
scale bar over an empty map).

Zoom levels are Web Mercator's (Leaflet's): at zoom z the world is
256 x 2^z CSS pixels wide.
"""

from __future__ import annotations

import math

__all__ = ["CLOSEST_ZOOM", "DETAIL_STEPS", "data_extent", "max_zoom", "view_options"]

#: The closest the page ever zooms: about 0.55 m per pixel at Guangzhou's latitude, a 50 m scale bar.
CLOSEST_ZOOM = 18
#: Zoom steps allowed past the zoom at which the data's extent fills 1,024 pixels: a Greater Bay
#: Area extent (about 4 degrees) stops at 17 (a 100 m scale bar), a city or district at 18.
DETAIL_STEPS = 9
#: Width, in CSS pixels, of the window the extent is measured against in :func:`max_zoom`.
_REFERENCE_PX = 1024.0
#: Where a page with no layer extent opens: Guangzhou, (west, south, east, north) degrees WGS84.
GUANGZHOU = (112.95, 22.55, 114.05, 23.95)


def max_zoom(extent: tuple[float, float, float, float]) -> int:
    """The closest zoom for data spanning ``extent`` (west, south, east, north; degrees WGS84):
    :data:`DETAIL_STEPS` past the zoom at which the extent's larger side, in degrees, fills
    1,024 pixels, and never past :data:`CLOSEST_ZOOM`."""
    w, s, e, n = extent
    span = max(e - w, n - s, 1e-6)  # degrees; a single point is treated as a tiny extent
    fit = math.floor(math.log2(_REFERENCE_PX / 256.0 * 360.0 / span))
    return int(max(0, min(CLOSEST_ZOOM, fit + DETAIL_STEPS)))


def data_extent(*boxes) -> tuple[float, float, float, float] | None:
    """The union of the given (west, south, east, north) boxes in degrees; None ones are skipped."""
    present = [b for b in boxes if b is not None]
    if not present:
        return None
    return (
        min(b[0] for b in present),
        min(b[1] for b in present),
        max(b[2] for b in present),
        max(b[3] for b in present),
    )


def view_options(extent: tuple[float, float, float, float]) -> dict:
    """What the page's script needs to limit the view to the data at ``extent`` (degrees WGS84):
    ``bounds`` [[south, west], [north, east]] and ``maxZoom``."""
    w, s, e, n = extent
    return {"bounds": [[s, w], [n, e]], "maxZoom": max_zoom(extent)}
