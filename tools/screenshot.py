"""Screenshot of the real window (run under Xvfb: xvfb-run -s '-screen 0 1400x900x24' python tools/screenshot.py OUT.png).

Grabs the whole X screen after the window has painted, as a user would see it.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from gzmap.ui.app import create_app
from gzmap.ui.app import create_window

out = sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png"
lang = sys.argv[2] if len(sys.argv) > 2 else "zh_CN"
app = create_app()
w = create_window(lang)
w.resize(1400, 900)
w.move(0, 0)
w.show()
if hasattr(w, "indicators"):
    w.indicators.legend_dock.show()


def snap():
    QGuiApplication.primaryScreen().grabWindow(0).save(out)
    app.quit()


QTimer.singleShot(2500, snap)
app.exec()
