"""Time of the label pass (gzmap.render.labels.draw_labels) on the default project's boundaries.

The canvas places labels on every frame, so this is what labels add to a
frame: the median of passes at Guangzhou's extent, after pans (new extent:
clipping, covers, anchors and collisions again) and after zooming in, on an
offscreen 1280×800 image, with the GBA cities under the districts (the cover
test runs for every city) and an opaque choropleth of the districts on top.

    python bench/bench_labels.py [--frames 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frames", type=int, default=15)
    args = ap.parse_args()
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtGui import QImage
    from PySide6.QtGui import QPainter

    app = QGuiApplication.instance() or QGuiApplication([])
    from gzmap.core.style import SingleStyle
    from gzmap.core.style import Symbol
    from gzmap.core.viewport import Viewport
    from gzmap.io.builtin import districts_layer
    from gzmap.io.builtin import gba_layer
    from gzmap.render.labels import draw_labels
    from gzmap.render.map_renderer import RenderOptions

    top = districts_layer()
    top.style = SingleStyle(symbol=Symbol(fill="#fdae61"), label_field="name")
    layers = [gba_layer(), districts_layer(), top]
    vp = Viewport.fit((112.95, 22.5, 114.06, 23.94), 1280, 800)
    img = QImage(1280, 800, QImage.Format.Format_ARGB32_Premultiplied)

    def one() -> float:
        p = QPainter(img)
        t0 = time.perf_counter()
        draw_labels(p, layers, vp, RenderOptions())
        dt = (time.perf_counter() - t0) * 1000
        p.end()
        return dt

    first = one()
    still = statistics.median(one() for _ in range(args.frames))
    pans = []
    for i in range(args.frames):
        vp.pan_pixels(40 if i % 2 else -40, 25)
        pans.append(one())
    vp.zoom(4.0)
    zooms = []
    for i in range(args.frames):
        vp.zoom(1.1 if i % 2 else 1 / 1.1)
        zooms.append(one())
    print(f"label pass, 1280x800, GBA + districts + opaque choropleth (load {os.getloadavg()[0]:.1f}):")
    print(f"  first {first:.0f} ms; same view {still:.0f} ms; after a pan {statistics.median(pans):.0f} ms;")
    print(f"  zoomed in {statistics.median(zooms):.0f} ms (medians of {args.frames})")
    del app


if __name__ == "__main__":
    main()
