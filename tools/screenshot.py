"""Screenshot of the real window (run under Xvfb: xvfb-run -s '-screen 0 1400x900x24' python tools/screenshot.py OUT.png).

Grabs the whole X screen after the window has painted, as a user would see it.

``python tools/screenshot.py OUT.png [LANG] [--analysis clusters|hotspots] [--extent LON0,LAT0,LON1,LAT1]``:
with ``--analysis`` the analysis runs first on the enterprise layer with its dialog's defaults (as a
user pressing OK would), and the shot is taken once it has finished and its layers are drawn;
``--extent`` (WGS84 degrees) is the view shown.
"""

import argparse

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from gzmap.ui.app import create_app
from gzmap.ui.app import create_window


def _args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="screenshot of the GZMap window (under Xvfb)")
    p.add_argument("out", nargs="?", default="docs/screenshot.png")
    p.add_argument("lang", nargs="?", default="zh_CN")
    p.add_argument("--analysis", choices=("clusters", "hotspots"), default=None)
    p.add_argument("--extent", default=None, help="view in WGS84 degrees: LON0,LAT0,LON1,LAT1")
    return p.parse_args(argv)


def _run_analysis(window, kind: str, on_done) -> None:
    """Run ``kind`` on the enterprise layer with the defaults its dialog offers; ``on_done`` when it ends."""
    from gzmap.ui.analysis_dialogs import dialog_class

    points = [l for l in window.project.layers if getattr(l, "legend_shape", "") == "point"][-1]
    dialog = dialog_class(kind)(window.project, window.lang, window, layer=points)
    params = dialog.params()
    dialog.deleteLater()
    task = window.feature("analysis").run(kind, points, params)
    task.ended.connect(lambda *_: QTimer.singleShot(2500, on_done))


def main(argv=None) -> None:
    args = _args(argv)
    app = create_app()
    w = create_window(args.lang)
    w.resize(1400, 900)
    w.move(0, 0)
    w.show()
    if hasattr(w, "indicators"):
        w.indicators.legend_dock.show()
    if args.extent:
        w.canvas.zoom_to_bounds(tuple(float(v) for v in args.extent.split(",")))

    def snap():
        QGuiApplication.primaryScreen().grabWindow(0).save(args.out)
        app.quit()

    if args.analysis:
        QTimer.singleShot(1000, lambda: _run_analysis(w, args.analysis, snap))
    else:
        QTimer.singleShot(2500, snap)
    app.exec()


if __name__ == "__main__":
    main()
