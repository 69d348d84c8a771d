"""Time a 20-page atlas PDF (target: under 20 s on the 2-core test machine).

Pages: the 11 Guangzhou districts and the first 9 GBA cities, each zoomed to
its feature, on A4 landscape at 300 dpi, with the default project's layers
(GBA cities, districts and, when present, the ~10k synthetic sample
enterprises) and the GBA locator inset. Prints the figures.

    python bench/bench_atlas.py [--pages 20] [--dpi 300]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=20)
    ap.add_argument("--dpi", type=float, default=300.0)
    args = ap.parse_args()

    t0 = time.perf_counter()
    from gzmap.core.layout import Layout
    from gzmap.export.report import ensure_gui_app
    from gzmap.export.report import export_atlas
    from gzmap.export.report import feature_pages
    from gzmap.io.builtin import default_project
    from gzmap.io.builtin import districts_layer
    from gzmap.io.builtin import gba_layer

    ensure_gui_app()
    project = default_project()
    layers = project.layers
    t_setup = time.perf_counter() - t0
    layout = Layout(title="广州市数字文化产业地图集", subtitle="示例 · 合成企业数据", inset=True)
    pages = feature_pages(layers, districts_layer(), layout) + feature_pages(layers, gba_layer(), layout)
    pages = (pages * (args.pages // len(pages) + 1))[: args.pages]
    n_points = sum(len(l) for l in layers if getattr(l, "geometry_type", "") == "Point")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "atlas.pdf"
        t1 = time.perf_counter()
        export_atlas(out, layout, pages, dpi=args.dpi)
        t_atlas = time.perf_counter() - t1
        size = out.stat().st_size
    print(f"layers: {len(layers)} ({n_points:,} enterprise points); setup {t_setup:.2f} s")
    print(f"atlas: {len(pages)} pages, A4 landscape, {args.dpi:g} dpi, inset on")
    print(
        f"time: {t_atlas:.2f} s total, {t_atlas / len(pages) * 1000:.0f} ms per page "
        f"(target < 20 s: {'met' if t_atlas < 20 else 'NOT met'})"
    )
    print(f"PDF size: {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
