"""Redraw time after a filter change or a time-slider step on 1,000,000 enterprise points.

What a planner waits for: the layer's filter is changed (an expression such as
``subsector = 'games'``, or the time slider moved one year "as of"), and the
renderer the canvas and print share draws the next 1280×800 frame of the
Guangzhou-wide view (and of a zoomed-in view). Each figure is the mask
computation plus the frame: the median and the worst of several steps. The
first time filter reads the year column once (printed separately: the layer
keeps the years, so later steps only compare numbers). Target (issue 16):
under 150 ms.

    python bench/bench_filter.py [--n 1000000] [--steps 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_render_points import make_points  # noqa: E402


def frame_ms(layer, viewport, change) -> float:
    from PySide6.QtGui import QColor
    from PySide6.QtGui import QImage
    from PySide6.QtGui import QPainter

    from gzmap.render.map_renderer import RenderOptions
    from gzmap.render.map_renderer import render_map

    img = QImage(viewport.width, viewport.height, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(QColor("#f7f9fb"))
    t0 = time.perf_counter()
    change()
    painter = QPainter(img)
    render_map(painter, [layer], viewport, RenderOptions())
    painter.end()
    return (time.perf_counter() - t0) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--steps", type=int, default=9)
    args = ap.parse_args()

    from PySide6.QtGui import QGuiApplication

    from gzmap.core.filter_expression import parse
    from gzmap.core.layer import VectorLayer
    from gzmap.core.layer_filter import LayerFilter
    from gzmap.core.style import CategorizedStyle
    from gzmap.core.time_filter import TimeFilter
    from gzmap.core.viewport import Viewport

    QGuiApplication.instance() or QGuiApplication([])
    gdf = make_points(args.n)
    rng = np.random.default_rng(3)
    gdf["founded"] = rng.integers(1995, 2025, len(gdf))
    cats = list(dict.fromkeys(gdf["subsector"]))
    layer = VectorLayer(gdf, "bench", style=CategorizedStyle.from_values("subsector", cats))
    print(f"{len(gdf):,} points, categorised by sub-sector ({len(cats)} classes)")

    for name, bounds in (
        ("Guangzhou-wide", (112.95, 22.5, 114.06, 23.94)),
        ("zoomed in", (113.30, 23.08, 113.40, 23.14)),
    ):
        vp = Viewport(width=1280, height=800)
        vp.zoom_to(bounds)
        frame_ms(layer, vp, lambda: None)  # warm the geometry cache
        layer.filter = None
        expr = [
            frame_ms(
                layer,
                vp,
                lambda c=c: setattr(layer, "filter", LayerFilter().with_expression(parse(f"subsector = '{c}'"))),
            )
            for c in (cats * 3)[: args.steps]
        ]
        layer.filter = None
        first = frame_ms(
            layer, vp, lambda: setattr(layer, "filter", LayerFilter(time=TimeFilter("founded", "as_of", 2000)))
        )
        years = [
            frame_ms(
                layer, vp, lambda y=y: setattr(layer, "filter", LayerFilter(time=TimeFilter("founded", "as_of", y)))
            )
            for y in range(2001, 2001 + args.steps)
        ]
        print(f"{name}:")
        print(f"  expression filter changed: median {statistics.median(expr):6.1f} ms, worst {max(expr):6.1f} ms")
        print(f"  time slider, first step (reads the years): {first:6.1f} ms")
        print(f"  time slider, next steps: median {statistics.median(years):6.1f} ms, worst {max(years):6.1f} ms")


if __name__ == "__main__":
    main()
