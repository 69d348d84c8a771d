"""Start the desktop app: QApplication, fonts, language, the default project, the window."""

from __future__ import annotations

import sys
import time

_T0 = time.perf_counter()


def default_project():
    """The project GZMap opens on: GBA cities, Guangzhou districts and, when
    available, the synthetic sample enterprises (all offline, built in)."""
    from gzmap.core.project import Project
    from gzmap.io.builtin import districts_layer, gba_layer

    project = Project()
    project.add_layer(gba_layer())
    project.add_layer(districts_layer())
    try:
        from gzmap.io.sample import sample_enterprises_layer
    except ImportError:
        sample_enterprises_layer = None
    if sample_enterprises_layer is not None:
        project.add_layer(sample_enterprises_layer())
    project.set_modified(False)
    return project


def create_app(argv=None):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("GZMap")
    app.setOrganizationName("GZMap")
    try:
        from gzmap.render.fonts import register_bundled_fonts

        register_bundled_fonts()
    except ImportError:
        pass
    return app


def create_window(lang: str | None = None, project=None):
    """Build the main window on ``project`` (default: the built-in project)."""
    from gzmap.ui import i18n
    from gzmap.ui.main_window import MainWindow

    lang = i18n.install(lang or i18n.preferred_language())
    if project is None:
        project = default_project()
    return MainWindow(project, lang=lang)


def run_app(lang: str | None = None, project: str | None = None) -> int:
    app = create_app()
    proj = None
    if project:
        try:
            from gzmap.io.project import load_project  # provided by the projects module
        except ImportError:
            print("gzmap: this build cannot open project files yet", file=sys.stderr)
            return 2
        proj = load_project(project)
    window = create_window(lang, proj)
    from gzmap.ui.main_window import excepthook_for

    sys.excepthook = excepthook_for(window)
    window.show()
    return app.exec()
