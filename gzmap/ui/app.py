"""Start the desktop app: QApplication, fonts, language, the default project, the window."""

from __future__ import annotations

import os
import sys
import time

_T0 = time.perf_counter()


def create_app(argv=None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("GZMap")
    app.setOrganizationName("GZMap")
    app.setDesktopFileName("gzmap")  # matches packaging/gzmap.desktop (taskbar icon on Linux)
    from gzmap.paths import ui_path

    if ui_path("icons", "gzmap.svg").is_file():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(ui_path("icons", "gzmap.svg"))))
    try:
        from gzmap.render.fonts import register_bundled_fonts

        register_bundled_fonts()
    except ImportError:
        pass
    return app


def create_window(lang: str | None = None, project=None, features=None):
    """Build the main window on ``project`` (default: the built-in project) with ``features``
    ((name, Feature) pairs; default: the declared ones, :data:`gzmap.ui.extensions.ORDER`)."""
    from gzmap.ui import i18n
    from gzmap.ui.main_window import MainWindow

    lang = i18n.install(lang or i18n.preferred_language())
    if project is None:
        from gzmap.io.builtin import default_project

        project = default_project()
    return MainWindow(project, lang=lang, features=features)


def log_path():
    """The app's log file (features that failed to start, unexpected errors), in the user's folder."""
    from gzmap.paths import user_data_dir

    return user_data_dir() / "logs" / "gzmap.log"


def _start_logging() -> None:
    """Warnings and errors go to stderr and to :func:`log_path` (1 MB, two old files kept)."""
    import logging
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger()
    root.setLevel(logging.WARNING)
    root.addHandler(logging.StreamHandler())
    try:
        log_path().parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(log_path(), maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    except OSError:  # a read-only home: stderr only
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root.addHandler(handler)


def run_app(lang: str | None = None, project: str | None = None) -> int:
    _start_logging()
    app = create_app()
    window = create_window(lang)
    from gzmap.ui.main_window import excepthook_for

    sys.excepthook = excepthook_for(window)
    window.show()
    if project and window.feature("project") is not None:  # a damaged or crafted file shows its one-line
        window.feature("project").open_path(str(project), ask=False)  # message over the default project
    if os.environ.get("GZMAP_SMOKE_EXIT_AFTER_FIRST_FRAME"):
        _exit_after_first_frame(app, window)
    return app.exec()


def _exit_after_first_frame(app, window, timeout_s: float = 60.0) -> None:
    """Smoke start of a built app (``GZMAP_SMOKE_EXIT_AFTER_FIRST_FRAME=1``): once the map
    canvas has painted its first frame, print one line about it and quit; exit code 0 if the
    frame shows more than one colour (the map was drawn), 3 if it is blank, 4 on time-out."""
    from PySide6.QtCore import QEvent
    from PySide6.QtCore import QObject
    from PySide6.QtCore import QTimer

    def report() -> None:
        img = window.canvas.grab().toImage()
        step = max(1, min(img.width(), img.height()) // 64)
        colours = {img.pixel(x, y) for x in range(0, img.width(), step) for y in range(0, img.height(), step)}
        print(
            f"gzmap: first frame {img.width()}x{img.height()} px, {len(colours)} colours, "
            f"{time.perf_counter() - _T0:.2f} s after start, {len(window.project.layers)} layers",
            flush=True,
        )
        app.exit(0 if len(colours) > 1 else 3)

    class _FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt name)
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, report)
            return False

    window._smoke_filter = _FirstPaint(window)
    window.canvas.installEventFilter(window._smoke_filter)
    QTimer.singleShot(int(timeout_s * 1000), lambda: (print("gzmap: no frame painted", flush=True), app.exit(4)))
