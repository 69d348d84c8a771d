"""UI features: the window's optional areas, installed through one declared contract.

Each module here is one feature and defines ``FEATURE = Feature(...)``. The
window installs the features of :data:`ORDER`, in that order (it is the order
their items appear in shared menus). A feature adds to the window only through
the :class:`FeatureUI` it is given, which records everything it adds (menus,
actions, docks, toolbars, status-bar widgets, signal connections, hooks) so
that unloading the feature removes it all again. Features never reach into
each other: what one needs from the window (ask before quitting, hear that
the project was replaced, open dropped files) is a hook the window offers.

See ``docs/architecture/ui_features.md``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from PySide6.QtCore import QObject

from gzmap.core.i18n import QT_TRANSLATE_NOOP

__all__ = ["ORDER", "TITLES", "Feature", "FeatureUI", "load_features"]

#: The window's features, installed in this order (shared menus fill in this order).
ORDER = (
    "project",
    "import_enterprises",
    "export_html",
    "report",
    "editing",
    "fieldwork",
    "basemaps",
    "analysis",
    "indicators",
    "search",
    "filters",
    "time_slider",
    "identify",
    "measure",
    "help",
)

#: What each feature is called in messages (it names a feature even when its module fails to import).
TITLES = {
    "project": QT_TRANSLATE_NOOP("Features", "Project files (new, open, save, recovery)"),
    "import_enterprises": QT_TRANSLATE_NOOP("Features", "Enterprise import"),
    "export_html": QT_TRANSLATE_NOOP("Features", "Interactive HTML export"),
    "report": QT_TRANSLATE_NOOP("Features", "Report map export"),
    "editing": QT_TRANSLATE_NOOP("Features", "Field editing"),
    "fieldwork": QT_TRANSLATE_NOOP("Features", "Field work (copies, merge, survey form, photos, GPS)"),
    "basemaps": QT_TRANSLATE_NOOP("Features", "Basemaps"),
    "analysis": QT_TRANSLATE_NOOP("Features", "Analysis"),
    "indicators": QT_TRANSLATE_NOOP("Features", "Indicators, symbology and legend"),
    "search": QT_TRANSLATE_NOOP("Features", "Search and what is near here"),
    "filters": QT_TRANSLATE_NOOP("Features", "Filters and selections"),
    "time_slider": QT_TRANSLATE_NOOP("Features", "Time slider"),
    "identify": QT_TRANSLATE_NOOP("Features", "Identify features"),
    "measure": QT_TRANSLATE_NOOP("Features", "Measure distance and area"),
    "help": QT_TRANSLATE_NOOP("Features", "Help pages"),
}


@dataclass(frozen=True)
class Feature:
    """One UI feature.

    ``install(ui)`` adds the feature through ``ui`` (a :class:`FeatureUI`) and
    returns its controller (reached as ``window.feature(name)``); ``unload``
    (optional) stops what the recorder cannot know about (timers, threads)
    before the recorded items are removed. ``requires`` names features that
    must be installed before this one; ``attribute`` is the window attribute
    older callers reach the controller by (set on install, removed on unload).
    """

    name: str
    install: Callable[[FeatureUI], Any]
    unload: Callable[[Any], None] | None = None
    requires: tuple[str, ...] = ()
    attribute: str = ""


class Controller(QObject):
    """A feature's controller: a child of the window it serves (``self.window``), living as long as it."""

    def __init__(self, ui: FeatureUI) -> None:
        super().__init__(ui.window)
        self.window = ui.window


def load_features(names=ORDER) -> list[tuple[str, Feature | Exception]]:
    """Import the feature module of each name in ``names``: (name, its FEATURE or the import error)."""
    out: list[tuple[str, Feature | Exception]] = []
    for name in names:
        try:
            feature = importlib.import_module(f"{__name__}.{name}").FEATURE
        except Exception as exc:  # noqa: BLE001 - reported by the window, which opens without it
            out.append((name, exc))
        else:
            out.append((name, feature))
    return out


@dataclass
class FeatureUI:
    """The window as one feature sees it; records what the feature adds, and removes it on unload."""

    window: Any
    name: str
    actions: list = field(default_factory=list)  # (menu or menu bar, QAction)
    menus: list = field(default_factory=list)  # QMenu
    docks: list = field(default_factory=list)  # QDockWidget
    toolbars: list = field(default_factory=list)  # QToolBar
    status_widgets: list = field(default_factory=list)
    owned: list = field(default_factory=list)  # QObjects deleted on unload
    _connections: list = field(default_factory=list)  # (signal, slot)
    _hooks: list = field(default_factory=list)  # (window list, item)
    _suffixes: list = field(default_factory=list)

    # -- menus and actions -------------------------------------------------------------
    def add_action(self, menu_key: str, action, before=None):
        """Add ``action`` to the window's menu ``menu_key`` (before the action ``before``, if given)."""
        menu = self.window.menu(menu_key)
        if before is None:
            menu.addAction(action)
        else:
            menu.insertAction(before, action)
        self.actions.append((menu, action))
        return action

    def add_translated_action(
        self, menu_key: str, name: str, context: str, text: str, tip: str, triggered: Callable[[], Any]
    ):
        """Add an action called ``name`` (its object name) to ``menu_key`` that runs ``triggered()``.

        ``text`` and the status ``tip`` are English marked with ``QT_TRANSLATE_NOOP(context, ...)``;
        they are translated now and again whenever the interface language changes.
        """
        from PySide6.QtGui import QAction

        from gzmap.ui.i18n import translate

        action = QAction(self.window)
        action.setObjectName(name)

        def retranslate(_lang: str = "") -> None:
            action.setText(translate(context, text))
            action.setStatusTip(translate(context, tip))

        action.triggered.connect(triggered)
        retranslate()
        self.on_language_changed(retranslate)
        return self.add_action(menu_key, action)

    def add_separator(self, menu_key: str, before=None):
        from PySide6.QtGui import QAction

        sep = QAction(self.window)
        sep.setSeparator(True)
        self.owned.append(sep)
        return self.add_action(menu_key, sep, before)

    def add_menu(self, menu, menu_key: str | None = None, before=None):
        """Add ``menu`` as a sub-menu of ``menu_key``, or to the menu bar when ``menu_key`` is None."""
        parent = self.window.menuBar() if menu_key is None else self.window.menu(menu_key)
        if before is None:
            parent.addAction(menu.menuAction())
        else:
            parent.insertAction(before, menu.menuAction())
        self.actions.append((parent, menu.menuAction()))
        self.menus.append(menu)
        return menu

    # -- docks, toolbars, status bar ----------------------------------------------------
    def add_dock(self, dock, area, hidden: bool = False):
        """Dock ``dock`` in ``area``; its show/hide action goes to View."""
        self.window.addDockWidget(area, dock)
        if hidden:
            dock.hide()
        self.docks.append(dock)
        self.add_action("view", dock.toggleViewAction())
        return dock

    def add_toolbar(self, toolbar):
        self.window.addToolBar(toolbar)
        self.toolbars.append(toolbar)
        return toolbar

    def add_status_widget(self, widget, permanent: bool = False):
        bar = self.window.statusBar()
        (bar.addPermanentWidget if permanent else bar.addWidget)(widget)
        self.status_widgets.append(widget)
        return widget

    def own(self, obj):
        """Delete the QObject ``obj`` (a controller, an overlay) when the feature is unloaded."""
        self.owned.append(obj)
        return obj

    # -- signals and hooks -------------------------------------------------------------------
    def connect(self, signal, slot) -> None:
        """Connect ``signal`` to ``slot`` until the feature is unloaded."""
        signal.connect(slot)
        self._connections.append((signal, slot))

    def on_language_changed(self, slot) -> None:
        self.connect(self.window.language_changed, slot)

    def before_quit(self, may_quit: Callable[[], bool]) -> None:
        """``may_quit()`` is asked before the window quits; False keeps it open (unsaved changes…)."""
        self._hook(self.window.before_quit, may_quit)

    def on_close(self, closing: Callable[[bool], None]) -> None:
        """``closing(confirmed)`` runs when the window closes; ``confirmed`` when the user agreed to quit."""
        self._hook(self.window.on_close, closing)

    def on_project_replaced(self, callback: Callable[[], None]) -> None:
        """``callback()`` runs after the window's project content was replaced (new, open, recover)."""
        self._hook(self.window.project_replaced, callback)

    def open_files(self, accepts: Callable[[str], bool], opener: Callable[[str], Any]) -> None:
        """Files dropped on the window that ``accepts(path)`` go to ``opener(path)`` (tried first)."""
        self._hook(self.window.file_openers, (accepts, opener))

    def open_suffix(self, suffix: str, opener: Callable[[str], Any]) -> None:
        """Dropped files ending in ``suffix`` (".csv") go to ``opener(path)``."""
        self.window.file_handlers[suffix] = opener
        self._suffixes.append((suffix, opener))

    def _hook(self, hooks: list, item) -> None:
        hooks.append(item)
        self._hooks.append((hooks, item))

    # -- removal ----------------------------------------------------------------------------
    def remove(self) -> None:
        """Remove everything recorded (the feature's unload has run first)."""
        for signal, slot in reversed(self._connections):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # the sender is gone already
                pass
        for hooks, item in self._hooks:
            if item in hooks:
                hooks.remove(item)
        for suffix, opener in self._suffixes:
            if self.window.file_handlers.get(suffix) is opener:
                del self.window.file_handlers[suffix]
        for parent, action in reversed(self.actions):
            parent.removeAction(action)
            if action.parent() is self.window:  # made for the feature (a dock's or menu's goes with it)
                self.owned.append(action)
        for dock in self.docks:
            self.window.removeDockWidget(dock)
        for toolbar in self.toolbars:
            self.window.removeToolBar(toolbar)
        for widget in self.status_widgets:
            self.window.statusBar().removeWidget(widget)
        for obj in dict.fromkeys([*self.docks, *self.toolbars, *self.status_widgets, *self.menus, *self.owned]):
            obj.deleteLater()
        for items in (
            self.actions,
            self.menus,
            self.docks,
            self.toolbars,
            self.status_widgets,
            self.owned,
            self._connections,
            self._hooks,
            self._suffixes,
        ):
            items.clear()
