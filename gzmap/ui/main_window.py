"""The main window: canvas in the middle, layers and attributes docked, menus.

Other areas of the app are features (:mod:`gzmap.ui.extensions`), installed
in their declared order once the window is built; each adds its items through
a :class:`~gzmap.ui.extensions.FeatureUI` and can be unloaded. The window
offers the hooks features need (``before_quit``, ``on_close``,
``project_replaced``, dropped files); a feature that fails to install is
reported to the user and logged, and the window opens without it.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtGui import QActionGroup
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox

from gzmap.core.datums import DATUMS
from gzmap.core.datums import convert
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.layer import Layer
from gzmap.core.project import Project
from gzmap.io.errors import first_line
from gzmap.ui import i18n
from gzmap.ui.attribute_table import AttributeTable
from gzmap.ui.canvas import MapCanvas
from gzmap.ui.dialog_parts import ask_open_file
from gzmap.ui.i18n import translate
from gzmap.ui.layer_panel import LayerPanel
from gzmap.ui.tasks import run_task


class MainWindow(QMainWindow):
    language_changed = Signal(str)

    MENU_KEYS = ("file", "file.import", "file.export", "view", "layer", "analysis", "help")

    def __init__(self, project: Project | None = None, lang: str | None = None, features=None):
        super().__init__()
        self.project = project or Project()
        self.lang = lang or i18n.current_language()
        self.canvas = MapCanvas(self.project)
        self.canvas.lang = self.lang
        self.setCentralWidget(self.canvas)
        self.resize(1280, 820)
        self.setAcceptDrops(True)

        self.layer_panel = LayerPanel(self.project)
        self.layer_panel.lang = self.lang
        self._texts = i18n.Texts("MainWindow")
        layers_title = QT_TRANSLATE_NOOP("MainWindow", "Layers")
        self.layers_dock = self._dock(
            "layers_dock", layers_title, self.layer_panel, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.table = AttributeTable()
        table_title = QT_TRANSLATE_NOOP("MainWindow", "Attributes")
        self.table_dock = self._dock(
            "table_dock", table_title, self.table.panel(), Qt.DockWidgetArea.BottomDockWidgetArea
        )

        self.pos_label = QLabel()
        self.scale_label = QLabel()
        self.statusBar().addWidget(self.pos_label, 1)
        self.statusBar().addPermanentWidget(self.scale_label)

        self._menus: dict[str, QMenu] = {}
        self._actions: dict[str, QAction] = {}
        self._build_menus()
        self.layer_panel.current_layer_changed.connect(self._on_current_layer)
        self.canvas.cursor_moved.connect(self._on_cursor)
        self.canvas.view_changed.connect(self._update_scale)
        self.canvas.feature_clicked.connect(self._on_feature_clicked)
        self.project.modified_changed.connect(lambda _: self._update_title())
        self.project.layer_added.connect(lambda layer, i: self._on_layer_added(layer))
        #: Hooks features register through their FeatureUI. Dropped files: ``file_openers``
        #: holds (accepts(path) -> bool, open(path)) pairs that look inside the file (a
        #: project, a point file), tried first; ``file_handlers`` maps a suffix to
        #: open(path); files neither takes open as vector layers. ``before_quit``: callables
        #: asked before quitting (False keeps the window open); ``on_close``: called with
        #: ``confirmed`` when the window closes; ``project_replaced``: called after New/Open.
        self.file_openers: list[tuple[object, object]] = []
        self.file_handlers: dict[str, object] = {}
        self.before_quit: list = []
        self.on_close: list = []
        self.project_replaced: list = []
        self._quit_confirmed = False
        #: name -> (Feature, FeatureUI, controller) of the installed features, in install order
        self.features: dict[str, tuple] = {}
        #: (feature name, message shown) of the features that could not be installed
        self.feature_errors: list[tuple[str, str]] = []
        self.install_features(features)
        self.retranslate()
        self._on_current_layer(self.layer_panel.current_layer())

    # -- the API extensions use ------------------------------------------------
    def menu(self, key: str) -> QMenu:
        """The QMenu for ``key`` (one of MENU_KEYS)."""
        return self._menus[key]

    def add_layer(self, layer: Layer, zoom: bool = False) -> Layer:
        self.project.add_layer(layer)
        if zoom:
            self.canvas.zoom_to_layer(layer)
        return layer

    def current_layer(self) -> Layer | None:
        return self.layer_panel.current_layer()

    def run_task(self, title: str, fn, *args, on_done=None, on_error=None, **kwargs):
        """Run ``fn(*args, progress=p, **kwargs)`` off the GUI thread with progress and Cancel."""
        return run_task(self, title, fn, *args, on_done=on_done, on_error=on_error, **kwargs)

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def set_language(self, lang: str) -> None:
        """Switch the interface language without restarting."""
        i18n.install(lang)
        self.lang = lang
        self.canvas.lang = lang
        self.layer_panel.lang = lang
        self.project.language = lang
        self.retranslate()
        self.canvas.refresh()
        self.language_changed.emit(lang)

    # -- construction ---------------------------------------------------------
    def _action(self, key: str, text: str, slot, shortcut=None, checkable=False) -> QAction:
        """An action whose ``text`` (English, marked for translation) follows the language."""
        act = QAction(self)
        act.triggered.connect(slot)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.setCheckable(checkable)
        self._texts.add(act.setText, text)
        self._actions[key] = act
        return act

    def _dock(self, name: str, title: str, widget, area) -> QDockWidget:
        """A dock holding ``widget`` whose ``title`` follows the language."""
        dock = QDockWidget(self)
        dock.setObjectName(name)
        self._texts.add(dock.setWindowTitle, title)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _menu(self, key: str, parent, text: str) -> QMenu:
        """A menu (of the menu bar or of ``parent``) whose title follows the language."""
        menu = parent.addMenu("")
        self._texts.add(menu.setTitle, text)
        self._menus[key] = menu
        return menu

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self._menu("file", bar, QT_TRANSLATE_NOOP("MainWindow", "&File"))
        self._menu("file.import", file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Import"))
        self._menu("file.export", file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Export"))
        file_menu.addSeparator()
        open_text = QT_TRANSLATE_NOOP("MainWindow", "Open vector layer…")
        file_menu.addAction(
            self._action("open_layer", open_text, self.open_layer_dialog, QKeySequence.StandardKey.Open)
        )
        file_menu.addSeparator()
        quit_text = QT_TRANSLATE_NOOP("MainWindow", "Quit")
        file_menu.addAction(self._action("quit", quit_text, self.request_quit, QKeySequence.StandardKey.Quit))
        self._build_view_menu(self._menu("view", bar, QT_TRANSLATE_NOOP("MainWindow", "&View")))
        layer_menu = self._menu("layer", bar, QT_TRANSLATE_NOOP("MainWindow", "&Layer"))
        remove_text = QT_TRANSLATE_NOOP("MainWindow", "Remove layer")
        layer_menu.addAction(self._action("remove_layer", remove_text, self.remove_current_layer))
        self._menu("analysis", bar, QT_TRANSLATE_NOOP("MainWindow", "&Analysis"))
        help_menu = self._menu("help", bar, QT_TRANSLATE_NOOP("MainWindow", "&Help"))
        help_menu.addAction(self._action("about", QT_TRANSLATE_NOOP("MainWindow", "About GZMap"), self.show_about))

    def _build_view_menu(self, view: QMenu) -> None:
        zoom = [
            ("zoom_full", QT_TRANSLATE_NOOP("MainWindow", "Zoom to full extent"), self.canvas.zoom_full, "Home"),
            (
                "zoom_layer",
                QT_TRANSLATE_NOOP("MainWindow", "Zoom to layer"),
                lambda: self.canvas.zoom_to_layer(self.current_layer()),
                None,
            ),
            (
                "zoom_in",
                QT_TRANSLATE_NOOP("MainWindow", "Zoom in"),
                lambda: self.canvas.zoom_by(1.5),
                QKeySequence.StandardKey.ZoomIn,
            ),
            (
                "zoom_out",
                QT_TRANSLATE_NOOP("MainWindow", "Zoom out"),
                lambda: self.canvas.zoom_by(1 / 1.5),
                QKeySequence.StandardKey.ZoomOut,
            ),
        ]
        for key, text, slot, shortcut in zoom:
            view.addAction(self._action(key, text, slot, shortcut))
        view.addSeparator()
        view.addAction(self.layers_dock.toggleViewAction())
        view.addAction(self.table_dock.toggleViewAction())
        view.addSeparator()
        language = self._menu("language", view, QT_TRANSLATE_NOOP("MainWindow", "Language"))
        # each language's name in its own language, whatever the interface language
        language.addAction(self._action("lang_zh", "中文（简体）", lambda: self.set_language("zh_CN"), checkable=True))
        language.addAction(self._action("lang_en", "English", lambda: self.set_language("en"), checkable=True))
        # Second coordinate shown in the status bar (the first is always WGS84).
        datums = self._menu("display_datum", view, QT_TRANSLATE_NOOP("MainWindow", "Show coordinates also in"))
        self._datum_group = QActionGroup(self)
        for key in ("gcj02", "bd09", "cgcs2000"):
            act = QAction(self)
            act.setCheckable(True)
            act.triggered.connect(lambda checked=False, k=key: self.set_display_datum(k))
            self._actions[f"datum_{key}"] = act
            self._datum_group.addAction(act)
            datums.addAction(act)

    # -- features ---------------------------------------------------------------
    def install_features(self, features=None) -> None:
        """Install ``features`` ((name, Feature or import error) pairs; default: the declared ones)."""
        from gzmap.ui.extensions import load_features

        for name, feature in load_features() if features is None else features:
            if isinstance(feature, Exception):
                self._feature_failed(name, feature)
            else:
                self.install_feature(feature)
        if self.feature_errors:
            QTimer.singleShot(0, self._report_feature_errors)

    def install_feature(self, feature) -> bool:
        """Install one feature; on an error remove what it added, log and report it, return False."""
        from gzmap.ui.extensions import FeatureUI

        missing = [r for r in feature.requires if r not in self.features]
        if missing:
            self._feature_failed(feature.name, None, needs=missing)
            return False
        ui = FeatureUI(self, feature.name)
        try:
            controller = feature.install(ui)
        except Exception as exc:  # noqa: BLE001 - one broken feature must not stop the window opening
            ui.remove()
            self._feature_failed(feature.name, exc)
            return False
        self.features[feature.name] = (feature, ui, controller)
        if feature.attribute:
            setattr(self, feature.attribute, controller)
        return True

    def feature(self, name: str):
        """The controller of the installed feature ``name`` (None when it is not installed)."""
        entry = self.features.get(name)
        return entry[2] if entry else None

    def unload_feature(self, name: str) -> bool:
        """Remove feature ``name``: its menus, actions, docks, toolbars, widgets and hooks."""
        entry = self.features.pop(name, None)
        if entry is None:
            return False
        feature, ui, controller = entry
        if feature.unload is not None:
            feature.unload(controller)
        ui.remove()
        if feature.attribute and getattr(self, feature.attribute, None) is controller:
            delattr(self, feature.attribute)
        return True

    def _feature_failed(self, name: str, exc, needs=()) -> None:
        from gzmap.ui.extensions import TITLES

        title = translate("Features", TITLES.get(name, name))
        if needs:
            text = translate("MainWindow", "{feature} is not available: it needs {needed}.").format(
                feature=title, needed=", ".join(translate("Features", TITLES.get(n, n)) for n in needs)
            )
            logging.getLogger(__name__).error("feature %s not installed: it needs %s", name, ", ".join(needs))
        else:
            from gzmap.ui.app import log_path

            text = translate(
                "MainWindow",
                "{feature} could not be started and is not available; the rest of GZMap works. "
                "The details are in {log}.",
            ).format(feature=title, log=log_path())
            logging.getLogger(__name__).error("feature %s could not be installed", name, exc_info=exc)
        self.feature_errors.append((name, text))

    def _report_feature_errors(self) -> None:
        self.show_error(
            translate("MainWindow", "Some features are not available"),
            "\n".join(text for _, text in self.feature_errors),
        )

    # -- quitting ---------------------------------------------------------------
    def request_quit(self) -> bool:
        """File > Quit: every ``before_quit`` hook is asked first (unsaved changes); True when closed."""
        if not self._may_quit():
            return False
        self._quit_confirmed = True
        return self.close()

    def _may_quit(self) -> bool:
        return all(may_quit() for may_quit in list(self.before_quit))

    def closeEvent(self, event) -> None:  # noqa: N802
        """Closing by the window manager asks the ``before_quit`` hooks; closing from code does not."""
        confirmed, self._quit_confirmed = self._quit_confirmed, False
        if event.spontaneous() and not confirmed:
            if not self._may_quit():
                event.ignore()
                return
            confirmed = True
        for closing in list(self.on_close):
            closing(confirmed)
        super().closeEvent(event)

    def notify_project_replaced(self) -> None:
        """Tell the features the project's content was replaced (New, Open, Recover)."""
        for callback in list(self.project_replaced):
            callback()

    def retranslate(self) -> None:
        self._texts.retranslate()
        lang_key = "zh" if self.lang.startswith("zh") else "en"
        for key in ("gcj02", "bd09", "cgcs2000"):
            act = self._actions[f"datum_{key}"]
            act.setText(DATUMS[key][lang_key])
            act.setChecked(self.project.display_datum == key)
        self._actions["lang_zh"].setChecked(self.lang.startswith("zh"))
        self._actions["lang_en"].setChecked(not self.lang.startswith("zh"))
        self.layer_panel.retranslate()
        self._update_title()
        self._update_scale()
        self._on_cursor(*self.canvas.viewport.center_lonlat())

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_menus"):
            self.retranslate()
        super().changeEvent(event)

    # -- behaviour --------------------------------------------------------------
    def _update_title(self) -> None:
        name = Path(self.project.path).name if self.project.path else translate("MainWindow", "Untitled project")
        star = "*" if self.project.modified else ""
        self.setWindowTitle(f"{name}{star} — GZMap")

    def _on_layer_added(self, layer) -> None:
        self.layer_panel.set_current_layer(layer)

    def _on_current_layer(self, layer) -> None:
        self.canvas.current_layer = layer if getattr(layer, "kind", "") == "vector" else None
        self.table.set_layer(layer)

    def _on_feature_clicked(self, layer, row: int) -> None:
        if layer is not None and layer is not self.current_layer():
            self.layer_panel.set_current_layer(layer)
            layer.select([row])

    def set_display_datum(self, datum: str) -> None:
        """Show cursor positions in ``datum`` besides WGS84 (gcj02, bd09 or cgcs2000)."""
        self.project.display_datum = datum
        for key in ("gcj02", "bd09", "cgcs2000"):
            self._actions[f"datum_{key}"].setChecked(key == datum)
        self.project.set_modified()
        self._on_cursor(*self._last_cursor)

    def _on_cursor(self, lon: float, lat: float) -> None:
        self._last_cursor = (lon, lat)
        datum = self.project.display_datum
        dlon, dlat = convert(lon, lat, "wgs84", datum)
        label = DATUMS.get(datum, {}).get("zh" if self.lang.startswith("zh") else "en", datum)
        self.pos_label.setText(f"WGS84 {lon:.6f}, {lat:.6f}    {label} {float(dlon):.6f}, {float(dlat):.6f}")

    def _update_scale(self) -> None:
        self.scale_label.setText(translate("MainWindow", "Scale") + f" 1:{self.canvas.scale_denominator():,.0f}")

    def remove_current_layer(self) -> None:
        layer = self.current_layer()
        if layer is not None:
            self.project.remove_layer(layer)

    def open_layer_dialog(self) -> None:
        title, kinds = translate("MainWindow", "Open vector layer"), translate("MainWindow", "Vector files")
        path = ask_open_file(self, title, kinds, "*.shp *.geojson *.json *.gpkg *.parquet *.kml *.fgb")
        if path:
            self.open_vector(path)

    def open_vector(self, path: str) -> Layer | None:
        """Open a vector file as a layer; unreadable files give a message, never a crash."""
        from gzmap.core.layer import VectorLayer
        from gzmap.io.errors import ReadError
        from gzmap.io.vector import guess_datum
        from gzmap.io.vector import read_vector

        try:
            gdf = read_vector(path)
            layer = VectorLayer(
                gdf,
                Path(path).stem,
                Path(path).stem,
                source=str(path),
                source_datum=guess_datum(gdf),
                provenance={"source": Path(path).name, "user_columns": [str(c) for c in gdf.columns]},
            )
        except (ReadError, TypeError, ValueError) as exc:
            self.show_error(translate("MainWindow", "Cannot open file"), str(exc))
            return None
        return self.add_layer(layer, zoom=True)

    def show_about(self) -> None:
        from gzmap.ui.about import show_about

        show_about(self)

    # -- drag and drop of files ------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_dropped_file(url.toLocalFile())
        event.acceptProposedAction()

    def open_dropped_file(self, path: str) -> None:
        for accepts, opener in self.file_openers:
            if accepts(path):
                opener(path)
                return
        handler = self.file_handlers.get(Path(path).suffix.lower())
        if handler is not None:
            handler(path)
        else:
            self.open_vector(path)


def excepthook_for(window: MainWindow):
    """A last-resort hook: an unexpected error becomes a one-line message, details on stderr."""

    def hook(exc_type, exc, tb):
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        text = first_line(exc)
        QMessageBox.warning(window, translate("MainWindow", "Something went wrong"), text)

    return hook
