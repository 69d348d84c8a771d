"""Fisher–Jenks natural breaks on 100,000 values, as the Symbology dock fits them.

Prints the time of the fit itself (``gzmap.core.jenks``, on the fixed 1,000-value sample) and the
time from the user's choice to the style on the layer: the dock's worker thread
(``gzmap.ui.tasks.run_task``) fits, the window's thread sets the style, and a 20 ms timer on the
window's thread counts how long it went without ticking meanwhile. Target: under 2 s.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_jenks.py
"""

from __future__ import annotations

import time

import numpy as np


def main() -> None:
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtCore import QTimer

    from gzmap.core.jenks import sampled_fisher_jenks
    from gzmap.core.layer import VectorLayer
    from gzmap.core.project import Project
    from gzmap.io.sample import sample_enterprises_layer
    from gzmap.ui.app import create_app
    from gzmap.ui.symbology_panel import SymbologyPanel

    rng = np.random.default_rng(1)
    values = rng.lognormal(6.0, 1.2, 100_000)
    t = time.perf_counter()
    breaks, sample = sampled_fisher_jenks(values, 5)
    print(f"fisher_jenks on 100,000 values (sample of {sample}): {time.perf_counter() - t:.3f} s")

    app = create_app()
    base = sample_enterprises_layer()
    data = base.data.iloc[rng.integers(0, len(base.data), values.size)].reset_index(drop=True)
    data["revenue"] = values
    project = Project()
    layer = project.add_layer(VectorLayer(data, "十万企业", "100k enterprises", style=base.style))
    panel = SymbologyPanel()
    panel.set_layer(layer)
    panel.kind.setCurrentIndex(panel.kind.findData("graduated"))
    panel.scheme.setCurrentIndex(panel.scheme.findData("FisherJenks"))
    while panel.fitting is not None:
        app.processEvents()
    gaps, clock = [], QElapsedTimer()
    timer = QTimer()
    timer.timeout.connect(lambda: gaps.append(clock.restart()))
    timer.start(20)
    clock.start()
    t = time.perf_counter()
    panel.field.setCurrentIndex(panel.field.findData("revenue"))  # the user's choice
    while panel.fitting is not None:
        app.processEvents()
    took = time.perf_counter() - t
    timer.stop()
    assert layer.style.field == "revenue"
    print(f"choice to classes on the map (worker fit, 100,000 values): {took:.3f} s (target < 2 s)")
    print(f"longest pause of the window's thread meanwhile: {max(gaps, default=0)} ms over {len(gaps)} ticks")
    print(f"breaks: {', '.join(f'{b:,.1f}' for b in layer.style.breaks)}")


if __name__ == "__main__":
    main()
