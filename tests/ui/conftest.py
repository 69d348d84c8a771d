import pytest


@pytest.fixture
def window(qtbot):
    """The main window on the built-in boundaries only (fast, deterministic)."""
    from gzmap.core.project import Project
    from gzmap.io.builtin import districts_layer
    from gzmap.io.builtin import gba_layer
    from gzmap.ui.app import create_app
    from gzmap.ui.app import create_window

    create_app()
    project = Project()
    project.add_layer(gba_layer())
    project.add_layer(districts_layer())
    w = create_window("zh_CN", project)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    from gzmap.ui import i18n

    i18n.install("zh_CN")
