"""Selections and the "near here" circle as a planner sees them: pixels of the canvas."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

from gzmap.core.highlight import HIGHLIGHT_COLOR
from gzmap.core.highlight import HIGHLIGHT_FILL_OPACITY
from gzmap.core.layer import VectorLayer
from gzmap.core.style import QUALITATIVE
from gzmap.core.style import RAMPS
from gzmap.core.style import SingleStyle
from gzmap.core.style import Symbol
from gzmap.core.style import color_ramp
from gzmap.core.style import hex_to_rgb

COVER = "#3182bd"  # an opaque layer drawn over everything else
POINT = "#e6194b"  # the games sub-sector's colour


def lab(rgb) -> np.ndarray:
    """CIELAB (D65) of 0-255 sRGB colours."""
    c = np.asarray(rgb, dtype=float) / 255
    c = np.where(c > 0.04045, ((c + 0.055) / 1.055) ** 2.4, c / 12.92)
    m = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
    xyz = c @ m.T / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.stack([116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], -1)


def palette_colours() -> set[str]:
    """Every fill colour a GZMap map uses: sub-sectors, qualitative and ColorBrewer ramps, analysis classes."""
    from gzmap.analysis.layers import HOTSPOT_COLORS
    from gzmap.analysis.layers import LISA_COLORS
    from gzmap.core.taxonomy import load_taxonomy

    tax = load_taxonomy()
    colours = set(QUALITATIVE) | set(HOTSPOT_COLORS.values()) | set(LISA_COLORS.values())
    colours |= {s.color for s in tax.subsectors} | {tax.other.color}
    for ramp in RAMPS:
        for k in range(2, 10):
            colours |= set(color_ramp(ramp, k)) | set(color_ramp(ramp + "_r", k))
    return colours


def test_the_highlight_colour_is_far_from_every_palette_colour():
    colours = sorted(palette_colours())
    assert "#42d4f4" in colours  # VR/AR's cyan, the old selection colour's neighbour
    delta = np.linalg.norm(lab([hex_to_rgb(c) for c in colours]) - lab(hex_to_rgb(HIGHLIGHT_COLOR)), axis=1)
    assert delta.min() >= 40, colours[int(delta.argmin())]


def rgb(image, x, y) -> tuple[int, int, int]:
    c = image.pixelColor(int(round(x)), int(round(y)))
    return c.red(), c.green(), c.blue()


def near(a, b, tol=40) -> bool:
    return all(abs(int(p) - int(q)) <= tol for p, q in zip(a, b))


def count_near(image, colour, tol=40) -> int:
    """How many pixels of ``image`` are within ``tol`` of ``colour`` in every channel."""
    img = image.convertToFormat(image.Format.Format_RGB32)
    arr = np.frombuffer(img.constBits(), dtype=np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)
    bgr = arr[: img.height(), : img.width(), :3].astype(int)
    r, g, b = hex_to_rgb(colour)
    return int((np.abs(bgr - [b, g, r]) <= tol).all(axis=2).sum())


def cover_layer(window) -> VectorLayer:
    """An opaque, unlabelled box over all of Guangzhou, added on top."""
    gdf = gpd.GeoDataFrame({"v": [1]}, geometry=[shapely.box(112.5, 22.3, 114.5, 24.2)], crs="EPSG:4326")
    return window.add_layer(VectorLayer(gdf, "遮盖", "Cover", style=SingleStyle(symbol=Symbol(fill=COVER))))


def districts(window):
    return next(l for l in window.project.layers if l.source.endswith("gz_districts.geojson"))


def test_a_selected_district_is_outlined_and_tinted_above_an_opaque_layer(window, qtbot):
    layer = districts(window)
    cover_layer(window)
    row = int(np.flatnonzero(layer.data["name_zh"].to_numpy() == "白云区")[0])
    before = window.canvas.render_frame()
    assert count_near(before, HIGHLIGHT_COLOR) == 0
    layer.select([row])
    frame = window.canvas.render_frame()
    assert count_near(frame, HIGHLIGHT_COLOR) > 200  # its outline, over the cover
    inner = shapely.buffer(layer.data.geometry.iloc[row], -0.02)
    p = shapely.point_on_surface(inner)
    x, y = window.canvas.viewport.lonlat_to_screen(p.x, p.y)
    a = HIGHLIGHT_FILL_OPACITY
    tint = [round((1 - a) * c + a * h) for c, h in zip(hex_to_rgb(COVER), hex_to_rgb(HIGHLIGHT_COLOR))]
    assert rgb(before, x, y) == hex_to_rgb(COVER)
    assert near(rgb(frame, x, y), tint, tol=6)  # a translucent tint: the cover still shows through


@pytest.fixture
def firms(window):
    """Five enterprises in central Guangzhou, drawn under the opaque cover."""
    lon = np.array([113.30, 113.31, 113.32, 113.33, 113.34])
    lat = np.full(5, 23.12)
    gdf = gpd.GeoDataFrame(
        {"name": [f"企业{i}" for i in range(5)]}, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326"
    )
    layer = VectorLayer(gdf, "企业", "Firms", style=SingleStyle(symbol=Symbol(fill=POINT, size=8.0)))
    window.add_layer(layer)
    window.canvas.zoom_to_bounds((113.25, 23.07, 113.39, 23.17))
    return layer


def test_a_selected_enterprise_is_ringed_above_an_opaque_layer_in_its_own_colour(window, qtbot, firms):
    cover_layer(window)
    x, y = window.canvas.viewport.lonlat_to_screen(113.32, 23.12)
    assert near(rgb(window.canvas.render_frame(), x, y), hex_to_rgb(COVER), tol=2)  # hidden under the cover
    firms.select([2])
    frame = window.canvas.render_frame()
    assert near(rgb(frame, x, y), hex_to_rgb(POINT), tol=10)  # drawn again on top, in its class colour
    ring = [rgb(frame, x + dx, y) for dx in range(4, 16)]
    assert any(near(c, hex_to_rgb(HIGHLIGHT_COLOR)) for c in ring)
    assert any(sum(c) < 300 for c in ring)  # the dark halo that sets the ring off light fills


def test_the_near_circle_is_an_outline_over_a_translucent_tint(window, qtbot, firms):
    search = window.feature("search")
    canvas = window.canvas
    radius_m = 2500.0
    before = canvas.grab().toImage()
    assert search.near(113.32, 23.12, radius_m) == 5
    qtbot.waitUntil(lambda: len(firms.selection) == 5, timeout=2000)
    after = canvas.grab().toImage()
    x, y = canvas.viewport.lonlat_to_screen(113.32, 23.12)
    r = radius_m / canvas.viewport.ground_resolution(23.12)
    edge = [rgb(after, x + np.sqrt(r * r - (r / 3) ** 2) + d, y + r / 3) for d in range(-3, 4)]  # below the firms
    assert any(near(c, hex_to_rgb(HIGHLIGHT_COLOR)) for c in edge)
    # inside, away from the pin and the firms: the map shows through a faint tint
    ix, iy = x - r / 2, y + r / 2
    was, now = rgb(before, ix, iy), rgb(after, ix, iy)
    assert now != was and near(now, was, tol=30)
    # the counted firms keep their colour inside the circle (under its faint tint)
    fx, fy = canvas.viewport.lonlat_to_screen(113.30, 23.12)
    assert near(rgb(after, fx, fy), hex_to_rgb(POINT), tol=35)
