"""Point layers on paper and on the canvas: the default print's 10,000 enterprises are legible squares
counted by the shared rule (gzmap.core.point_rules), never dust; up close they are symbols again."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from gzmap.core.point_rules import BIN_COLORS
from gzmap.core.point_rules import BIN_OPACITY
from gzmap.core.point_rules import BIN_PT
from gzmap.core.style import hex_to_rgb

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftoppm"], capture_output=True).returncode != 0, reason="poppler-utils not installed"
)

#: Fills the bins may lie on (GBA cities, Guangzhou districts, the map frame's background).
UNDER = ("#e4eaf0", "#f2efe6", "#f4f7fa", "#f7f9fb")


def read_png(path) -> np.ndarray:
    """(h, w, 3) int RGB of a PNG file (read with Qt)."""
    from PySide6.QtGui import QImage

    img = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    w, h, bpl = img.width(), img.height(), img.bytesPerLine()
    arr = np.frombuffer(img.constBits(), dtype=np.uint8, count=bpl * h).reshape(h, bpl)
    return arr[:, : w * 3].reshape(h, w, 3).astype(int)


def bin_step_masks(rgb: np.ndarray, tol: int = 12) -> list[np.ndarray]:
    """Per count step, the pixels showing that step's colour over one of the fills under it."""
    masks = []
    for c in BIN_COLORS:
        top = np.array(hex_to_rgb(c))
        m = np.zeros(rgb.shape[:2], dtype=bool)
        for under in UNDER:
            seen = BIN_OPACITY * top + (1 - BIN_OPACITY) * np.array(hex_to_rgb(under))
            m |= np.all(np.abs(rgb - seen) <= tol, axis=2)
        masks.append(m)
    return masks


def longest_run(mask: np.ndarray) -> int:
    """The longest horizontal run of True pixels in ``mask``."""
    best = 0
    for row in mask:
        if not row.any():
            continue
        padded = np.concatenate(([0], row.astype(np.int8), [0]))
        edges = np.flatnonzero(np.diff(padded))
        best = max(best, int((edges[1::2] - edges[::2]).max()))
    return best


def test_default_print_shows_enterprises_as_legible_bins(tmp_path):
    """``gzmap export-map X.pdf`` (GBA extent, A4): the enterprises are squares of the rule's size
    (2.8 mm: 11 px at 100 dpi) in at least three count steps, many of them, not specks."""
    out = tmp_path / "map.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "gzmap", "export-map", str(out)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(out), str(tmp_path / "page")], check=True)
    rgb = read_png(tmp_path / "page.png")
    side_px = BIN_PT / 72 * 100
    masks = bin_step_masks(rgb)
    steps_seen = [int(m.sum()) for m in masks]
    assert sum(n > 4 * side_px**2 for n in steps_seen) >= 3, steps_seen
    assert sum(steps_seen) > 100 * side_px**2  # a hundred squares' worth: the layer is there, and legible
    widest = max(longest_run(m) for m in masks)
    assert widest >= 0.8 * side_px, widest  # whole squares, at least 2.8 mm less the gap between them


def test_canvas_zoomed_in_draws_symbols_not_bins():
    """On a 1100 x 750 canvas a few Tianhe streets show each enterprise as a symbol of the style's
    size (4 pt: 5.3 px), in the sub-sector colours; the GBA view draws no sub-sector colour."""
    from PySide6.QtGui import QColor
    from PySide6.QtGui import QImage
    from PySide6.QtGui import QPainter

    from gzmap.core.viewport import Viewport
    from gzmap.io.builtin import default_project
    from gzmap.render.map_renderer import RenderOptions
    from gzmap.render.map_renderer import render_map
    from gzmap.render.points import last_regime

    project = default_project()
    points = project.layers[-1]
    # the sub-sectors' colours as drawn over the districts' fill (the style's fill opacity; not the
    # grey of "other", which antialiased boundary lines share)
    colours = {
        tuple(s.fill_opacity * np.array(hex_to_rgb(s.fill)) + (1 - s.fill_opacity) * np.array(hex_to_rgb("#f2efe6")))
        for s, _, _ in points.style.categories.values()
    }

    def draw(extent):
        img = QImage(1100, 750, QImage.Format.Format_RGB888)
        img.fill(QColor("#ffffff"))
        p = QPainter(img)
        render_map(p, project, Viewport.fit(extent, 1100, 750), RenderOptions(labels=False))
        p.end()
        arr = np.frombuffer(img.constBits(), np.uint8, img.bytesPerLine() * 750).reshape(750, -1)
        return arr[:, : 1100 * 3].reshape(750, 1100, 3).astype(int)

    def sub_sector_pixels(rgb):
        hits = np.zeros(rgb.shape[:2], dtype=bool)
        for c in colours:
            hits |= np.all(np.abs(rgb - np.array(c)) <= 10, axis=2)
        return hits

    near = draw((113.32, 23.11, 113.35, 23.13))
    assert last_regime(points) == "symbols"
    hits = sub_sector_pixels(near)
    assert hits.sum() > 300 * 10  # hundreds of symbols of ~20 px each
    assert longest_run(hits) >= 4  # discs about 5 px across, not 1-2 px specks
    far = draw((112.95, 22.5, 114.06, 23.94))
    assert last_regime(points) == "bins"
    assert sub_sector_pixels(far).sum() < 50
    assert sum(int(m.sum()) for m in bin_step_masks(far)) > 100 * (BIN_PT * 96 / 72) ** 2
