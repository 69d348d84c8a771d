"""The window's features: declared order, a broken one reported (not swallowed), unload, the quit hook."""

from __future__ import annotations

import dataclasses
import logging

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDockWidget
from PySide6.QtWidgets import QToolBar

from gzmap.ui.extensions import ORDER
from gzmap.ui.extensions import Feature
from gzmap.ui.extensions import load_features


@pytest.fixture
def make_window(qtbot, monkeypatch):
    """Build a window with the given features; message boxes are captured in ``shown``."""
    from gzmap.core.project import Project
    from gzmap.io.builtin import districts_layer
    from gzmap.ui import main_window
    from gzmap.ui.app import create_app
    from gzmap.ui.app import create_window

    create_app()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(main_window.QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))

    def make(features=None, lang="zh_CN"):
        project = Project()
        project.add_layer(districts_layer())
        w = create_window(lang, project, features=features)
        qtbot.addWidget(w)
        w.show()
        if w.feature("project") is not None:
            w.feature("project").offer_recovery_at_start = False
        return w

    yield make, shown
    from gzmap.ui import i18n

    i18n.install("zh_CN")


def flush_deletes() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()


def snapshot(window) -> dict:
    """What a user can reach in the window: menus (recursively), docks, toolbars, status widgets, hooks."""

    def menu_tree(widget):
        return [(a.text(), menu_tree(a.menu()) if a.menu() else None) for a in widget.actions()]

    flush_deletes()
    return {
        "menus": menu_tree(window.menuBar()),
        "docks": sorted(d.objectName() for d in window.findChildren(QDockWidget)),
        "toolbars": sorted(t.objectName() for t in window.findChildren(QToolBar)),
        "status": len(window.statusBar().findChildren(object)),
        "hooks": [
            len(window.before_quit),
            len(window.on_close),
            len(window.project_replaced),
            len(window.file_openers),
            sorted(window.file_handlers),
        ],
    }


def with_install(features, name, install):
    return [(n, dataclasses.replace(f, install=install) if n == name else f) for n, f in features]


def test_a_feature_that_fails_to_install_is_reported_and_the_window_opens_with_the_others(make_window, qtbot, caplog):
    make, shown = make_window

    def broken_search(ui):
        ui.add_toolbar(QToolBar("half-built", ui.window)).setObjectName("half_built")
        ui.add_action("view", QAction("half-built action", ui.window))
        raise ValueError("object of type 'float' has no len()")

    with caplog.at_level(logging.ERROR):
        window = make(with_install(load_features(), "search", broken_search))
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    title, text = shown[0]
    assert title == "部分功能不可用"
    assert "查找与周边企业" in text and "未能启动" in text and "gzmap.log" in text
    assert "has no len" not in text  # Python's words stay in the log
    assert any("search" in r.getMessage() and "has no len" in r.exc_text for r in caplog.records if r.exc_text)
    # the others work; nothing of the broken one is left half-installed
    assert list(window.features) == [n for n in ORDER if n != "search"]
    assert window.feature("search") is None and not hasattr(window, "search_controller")
    qtbot.waitUntil(lambda: window.findChild(QToolBar, "half_built") is None, timeout=5000)
    view_texts = [a.text() for a in window.menu("view").actions()]
    assert "half-built action" not in view_texts and "查找结果" not in view_texts
    assert window.feature("project").save_to  # File > Save still there
    assert "新建项目" in [a.text() for a in window.menu("file").actions()]


def test_a_feature_whose_module_cannot_be_imported_is_reported(make_window, qtbot):
    make, shown = make_window
    features = [(n, ImportError("No module named 'pypinyin'") if n == "search" else f) for n, f in load_features()]
    window = make(features, lang="en")
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "Search and what is near here could not be started" in shown[0][1]
    assert len(window.features) == len(ORDER) - 1


def test_features_install_in_the_declared_order_not_alphabetically(make_window):
    make, _ = make_window

    def adds(text):
        return lambda ui: ui.add_action("analysis", QAction(text, ui.window))

    window = make(
        [
            ("zeta", Feature("zeta", adds("Zeta"))),
            ("alpha", Feature("alpha", adds("Alpha"))),
            ("needs", Feature("needs", adds("Needs"), requires=("missing",))),
        ]
    )
    assert [a.text() for a in window.menu("analysis").actions()] == ["Zeta", "Alpha"]
    assert list(window.features) == ["zeta", "alpha"]
    assert [n for n, _ in window.feature_errors] == ["needs"]
    assert list(make().features) == list(ORDER)


def test_unloading_every_feature_leaves_the_bare_window(make_window):
    make, _ = make_window
    bare = snapshot(make(features=[]))
    window = make()
    full = snapshot(window)
    assert full != bare
    for name in reversed(ORDER):
        assert window.unload_feature(name)
    assert snapshot(window) == bare
    window.set_language("en")  # no feature left listening to a deleted widget
    assert window.menu("file").title() == "&File"


def test_unload_one_feature_removes_its_menu_dock_toolbar_and_drop_handler(make_window, qtbot):
    make, _ = make_window
    window = make()
    assert window.menuBar().actions()[1].text() == "编辑(&E)"
    assert ".mbtiles" in window.file_handlers
    window.unload_feature("editing")
    window.unload_feature("search")
    window.unload_feature("basemaps")
    qtbot.waitUntil(lambda: window.findChild(QToolBar, "search_toolbar") is None, timeout=5000)
    assert "编辑(&E)" not in [a.text() for a in window.menuBar().actions()]
    assert window.findChild(QDockWidget, "search_dock") is None
    assert ".mbtiles" not in window.file_handlers and ".csv" in window.file_handlers
    assert window.feature("editing") is None and not hasattr(window, "edit_controller")
    # a project opened afterwards does not reach the unloaded editing feature
    window.notify_project_replaced()


def test_quit_with_unsaved_changes_asks_through_the_before_quit_hook(make_window):
    make, _ = make_window
    window = make()
    asked = []
    window.feature("project").ask_save = lambda: asked.append(1) or "cancel"
    window.project.set_modified(True)
    window._actions["quit"].trigger()
    assert asked == [1] and window.isVisible()
    window.unload_feature("project")  # without the project feature nobody vetoes quitting
    window._actions["quit"].trigger()
    assert asked == [1] and not window.isVisible()
