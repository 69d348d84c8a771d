"""What the offline basemap costs: one canvas frame of the basemap alone at the GBA, Guangzhou and
district extents (1400 x 1000 px, median of 10 frames after a warm-up), and the bytes it adds to the
HTML page.

Run: ``.venv/bin/python bench/bench_basemap.py``
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtGui import QPainter

    from gzmap.core.viewport import Viewport
    from gzmap.export.html import build_html
    from gzmap.export.report import ensure_gui_app
    from gzmap.io.builtin import basemap_layer
    from gzmap.io.builtin import default_project
    from gzmap.render.basemap import draw_basemap
    from gzmap.render.map_renderer import RenderOptions

    ensure_gui_app()
    layer = basemap_layer()
    img = QImage(1400, 1000, QImage.Format.Format_ARGB32_Premultiplied)
    extents = {
        "GBA": (111.35, 21.55, 115.42, 24.4),
        "Guangzhou": (112.95, 22.55, 114.05, 23.95),
        "Tianhe": (113.28, 23.08, 113.45, 23.22),
    }
    for name, extent in extents.items():
        vp = Viewport.fit(extent, 1400, 1000)
        times = []
        for _ in range(11):
            painter = QPainter(img)
            t0 = time.perf_counter()
            draw_basemap(painter, layer, vp, RenderOptions())
            times.append((time.perf_counter() - t0) * 1000)
            painter.end()
        print(f"basemap frame at {name} extent: {statistics.median(times[1:]):.1f} ms (first {times[0]:.0f} ms)")
    project = default_project()
    with_base, rep = build_html(project)
    project.layers[0].visible = False
    without, _ = build_html(project)
    print(f"HTML page: {len(with_base) / 1e6:.2f} MB with the basemap, {len(without) / 1e6:.2f} MB without")


if __name__ == "__main__":
    main()
