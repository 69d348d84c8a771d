"""File > New/Open/Save/Save As, recent projects, autosave and crash recovery, ask to save on close.

The window keeps its one :class:`~gzmap.core.project.Project` object (the
canvas, layer panel and docks are bound to it): opening a project moves the
loaded layers and state into it (:func:`gzmap.io.project.adopt_project`).
Autosave writes a recovery file every few minutes in a worker thread
(:mod:`gzmap.io.recovery`); a clean close removes it, a crash leaves it and
the next start offers to recover. Settings (autosave minutes) live in
``<user data>/settings.ini`` so they follow GZMAP_USER_DIR; recent projects and
basemaps the user located are kept by :mod:`gzmap.io.user_records` (pure, so
that recovery can check a recovery file's original against them).

A project from someone else may link its basemaps outside its folder: they
open as "tiles missing" and File > Locate missing basemaps… (also offered when
such a project opens) lets the user point to them; the choice is remembered
for that project. Saving over a file changed on disk since it was opened asks
whether to overwrite, save as, or cancel.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.io.errors import said
from gzmap.ui.extensions import Controller
from gzmap.ui.extensions import Feature
from gzmap.ui.i18n import Texts
from gzmap.ui.i18n import translate

__all__ = ["FEATURE", "ProjectController"]

MAX_RECENT = 8


def settings() -> QSettings:
    from gzmap.paths import user_data_dir

    return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


class ProjectController(Controller):
    """The project file actions of one main window."""

    autosaved = Signal(object)  # SaveReport or Exception, delivered in the GUI thread
    project_opened = Signal(str)

    def __init__(self, ui):
        super().__init__(ui)
        window = self.window
        self.actions: dict[str, QAction] = {}
        from gzmap.io.project import is_project_file

        ui.open_files(is_project_file, self.open_path)  # a project dropped on the window
        first = window.menu("file.import").menuAction()  # the project items go above Import
        self.texts = Texts("Project")
        for key, text, slot, shortcut in [
            ("new", QT_TRANSLATE_NOOP("Project", "New project"), self.new_project, QKeySequence.StandardKey.New),
            ("open", QT_TRANSLATE_NOOP("Project", "Open project…"), self.open_dialog, "Ctrl+Shift+O"),
            ("save", QT_TRANSLATE_NOOP("Project", "Save project"), self.save, QKeySequence.StandardKey.Save),
            (
                "save_as",
                QT_TRANSLATE_NOOP("Project", "Save project as…"),
                self.save_as_dialog,
                QKeySequence.StandardKey.SaveAs,
            ),
            ("locate", QT_TRANSLATE_NOOP("Project", "Locate missing basemaps…"), self.locate_missing_dialog, None),
        ]:
            act = QAction(window)
            act.setObjectName(f"action_project_{key}")
            self.texts.add(act.setText, text)
            act.triggered.connect(lambda _=False, s=slot: s())
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            ui.add_action("file", act, before=first)
            self.actions[key] = act
        from PySide6.QtWidgets import QMenu

        self.recent_menu = ui.add_menu(QMenu(window), "file", before=first)
        self.texts.add(self.recent_menu.setTitle, QT_TRANSLATE_NOOP("Project", "Recent projects"))
        self.texts.add(
            self.actions["save"].setStatusTip,
            QT_TRANSLATE_NOOP("Project", "Save the project (layers, styles, view and edits) in one file"),
        )
        self.texts.add(
            self.actions["locate"].setStatusTip,
            QT_TRANSLATE_NOOP("Project", "Choose the files of basemaps this project could not open"),
        )
        ui.add_separator("file", before=first)
        self.recent_menu.aboutToShow.connect(self._fill_recent)

        from gzmap.io.recovery import Autosaver

        self.autosaver = Autosaver(window.project)
        self._autosaving = False
        self._last_autosave_state = None
        self.autosaved.connect(self._on_autosaved)
        minutes = float(settings().value("autosave_minutes", 3))
        self.timer = QTimer(self)
        self.timer.setInterval(max(int(minutes * 60_000), 10_000))
        self.timer.timeout.connect(self.autosave)
        self.timer.start()
        ui.before_quit(self.maybe_save)  # File > Quit and closing the window ask about unsaved changes
        ui.on_close(self.closing)
        ui.on_language_changed(self.texts.retranslate)
        self.actions["locate"].setEnabled(bool(self.missing_tile_layers()))
        if window.project.view_extent:
            QTimer.singleShot(0, self.apply_view)
        if getattr(window.project, "load_warnings", None):
            QTimer.singleShot(0, self._show_warnings)
        #: set False to skip the recovery question (tests, scripted runs)
        self.offer_recovery_at_start = True
        QTimer.singleShot(0, self._maybe_offer_recovery)

    # -- recent files -------------------------------------------------------------
    def recent(self) -> list[str]:
        from gzmap.io.user_records import add_recent_project
        from gzmap.io.user_records import recent_projects

        items = recent_projects()
        if not items:  # recent projects of versions that kept them in settings.ini (the user's own file)
            s = settings()
            value = s.value("recent_projects", [])
            legacy = [value] if isinstance(value, str) else [v for v in (value or []) if isinstance(v, str) and v]
            for p in reversed(legacy[:MAX_RECENT]):
                items = add_recent_project(p)
            s.remove("recent_projects")
        return items

    def _add_recent(self, path: str) -> None:
        from gzmap.io.user_records import add_recent_project

        add_recent_project(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        items = self.recent()
        for p in items:
            act = self.recent_menu.addAction(Path(p).name)
            act.setToolTip(p)
            act.setStatusTip(p)
            act.setEnabled(Path(p).exists())
            act.triggered.connect(lambda _=False, path=p: self.open_path(path))
        if not items:
            act = self.recent_menu.addAction(translate("Project", "(none)"))
            act.setEnabled(False)

    # -- new / open ------------------------------------------------------------------
    def ask_save(self) -> str:
        """'save', 'discard' or 'cancel' (a question box; tests replace this method)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Project", "Unsaved changes"),
            translate("Project", "The project has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(
            QMessageBox.StandardButton(answer), "cancel"
        )

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False when the user cancels (or the save fails)."""
        if not self.window.project.modified:
            return True
        answer = self.ask_save()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def new_project(self) -> None:
        """A new project on the built-in Guangzhou/GBA boundaries."""
        if not self.maybe_save():
            return
        from gzmap.core.project import Project
        from gzmap.io.builtin import districts_layer
        from gzmap.io.builtin import gba_layer

        p = Project()
        p.language = self.window.lang  # a new project keeps the interface language chosen
        p.add_layer(gba_layer())
        p.add_layer(districts_layer())
        p.path = None
        p.set_modified(False)
        self._adopt(p)
        self.window.canvas.zoom_full()

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = str(Path(self.recent()[0]).parent) if self.recent() else ""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("Project", "Open project"),
            start,
            translate("Project", "GZMap projects") + " (*.gpkg);;" + translate("Project", "All files") + " (*)",
        )
        if path:
            self.open_path(path, ask=False)

    def open_path(self, path: str, ask: bool = True) -> bool:
        """Open the project file ``path`` into the window; a bad file gives a message."""
        from gzmap.io.project import ProjectError
        from gzmap.io.project import load_project

        if ask and not self.maybe_save():
            return False
        try:
            QApplication.setOverrideCursor(QtWaitCursor())
            try:
                project = load_project(path)
            finally:
                QApplication.restoreOverrideCursor()
        except ProjectError as exc:
            self.window.show_error(translate("Project", "Cannot open project"), said(exc, self.window.lang))
            return False
        except Exception as exc:  # noqa: BLE001 - a bug must not look like a crash: one line, current project kept
            from gzmap.io.errors import first_line

            self.window.show_error(translate("Project", "Cannot open project"), f"{Path(path).name}: {first_line(exc)}")
            return False
        self._adopt(project)
        self._add_recent(str(Path(path).absolute()))
        self.project_opened.emit(str(path))
        return True

    def _adopt(self, project) -> None:
        from gzmap.io.project import adopt_project

        w = self.window
        modified = project.modified
        adopt_project(w.project, project)
        if w.project.language and w.project.language != w.lang:
            w.set_language(w.project.language)
        w.project.set_modified(modified)
        w.notify_project_replaced()
        self.apply_view()
        w._update_title()
        self.actions["locate"].setEnabled(bool(self.missing_tile_layers()))
        self._show_warnings()

    def apply_view(self) -> None:
        ext = self.window.project.view_extent
        canvas = self.window.canvas
        if ext:
            canvas.viewport.zoom_to(ext, margin=0.0)
            canvas._fitted = True
            canvas.refresh()
            canvas.view_changed.emit()

    def _show_warnings(self) -> None:
        warnings = getattr(self.window.project, "load_warnings", None)
        if not warnings:
            return
        self.window.project.load_warnings = []
        title = translate("Project", "Project opened with warnings")
        if self.missing_tile_layers():
            if self.ask_locate(title, "\n".join(warnings)):
                self.locate_missing_dialog()
        else:
            self.window.show_error(title, "\n".join(warnings))

    # -- basemaps that could not be opened -----------------------------------------------------------
    def missing_tile_layers(self) -> list:
        from gzmap.core.layer import TileLayer

        return [l for l in self.window.project.layers if isinstance(l, TileLayer) and l.tile_source.get("missing")]

    def ask_locate(self, title: str, text: str) -> bool:
        """Show the warnings with a Locate… button; True when the user wants to locate (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.window)
        locate = box.addButton(translate("Project", "Locate…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        return box.clickedButton() is locate

    def choose_tile_file(self, layer) -> str:
        """Ask for the file (MBTiles) or folder (XYZ tiles) of ``layer``; '' when cancelled (tests replace this)."""
        link = layer.tile_source.get("link") or {}
        shown = link.get("relative_path") or link.get("path") or ""
        caption = translate("Project", "Locate basemap {name} ({link})").format(
            name=layer.name_zh or layer.name_en, link=shown
        )
        start = str(Path(self.window.project.path).parent) if self.window.project.path else ""
        if layer.tile_source.get("type") == "xyz":
            return QFileDialog.getExistingDirectory(self.window, caption, start)
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            caption,
            start,
            translate("Project", "MBTiles") + " (*.mbtiles);;" + translate("Project", "All files") + " (*)",
        )
        return path

    def locate_missing_dialog(self) -> int:
        """Ask for the file of every basemap marked missing; returns how many were located."""
        found = 0
        for layer in self.missing_tile_layers():
            chosen = self.choose_tile_file(layer)
            if chosen and self.locate_tiles(layer, chosen):
                found += 1
        return found

    def locate_tiles(self, layer, chosen: str) -> bool:
        """Use ``chosen`` (picked by the user) for a missing basemap and remember it for this project."""
        from gzmap.io.tiles import TileError
        from gzmap.io.tiles import open_tile_source
        from gzmap.io.user_records import remember_located_tiles

        spec = {k: v for k, v in layer.tile_source.items() if k not in ("missing", "link")}
        spec["path"] = str(Path(chosen).absolute())
        try:
            open_tile_source(spec)
        except (TileError, OSError, ValueError) as exc:
            self.window.show_error(translate("Project", "Cannot use this basemap"), str(exc))
            return False
        link = layer.tile_source.get("link") or {}
        if self.window.project.path:
            remember_located_tiles(
                self.window.project.path, [v for v in (link.get("relative_path"), link.get("path")) if v], spec["path"]
            )
        layer.tile_source = spec
        layer.changed.emit("data")
        self.actions["locate"].setEnabled(bool(self.missing_tile_layers()))
        return True

    # -- save ----------------------------------------------------------------------------
    def save(self) -> bool:
        if not self.window.project.path:
            return self.save_as_dialog()
        return self.save_to(self.window.project.path)

    def save_as_dialog(self) -> bool:
        start = self.window.project.path or str(
            Path.home() / (translate("Project", "Untitled project") + ".gzmap.gpkg")
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("Project", "Save project as"),
            start,
            translate("Project", "GZMap projects") + " (*.gzmap.gpkg)",
        )
        if not path:
            return False
        if not path.lower().endswith(".gpkg"):
            path += ".gzmap.gpkg"
        return self.save_to(path)

    def ask_changed_on_disk(self, path: str) -> str:
        """'overwrite', 'save_as' or 'cancel' for a project file changed on disk (tests replace this)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Project", "Changed on disk"),
            translate(
                "Project",
                "{name} was changed on disk since you opened or saved it (by another "
                "program or another GZMap). Overwrite those changes?",
            ).format(name=Path(path).name),
            parent=self.window,
        )
        overwrite = box.addButton(translate("Project", "Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(translate("Project", "Save as…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "overwrite" if clicked is overwrite else "save_as" if clicked is save_as else "cancel"

    def save_to(self, path: str, force: bool = False) -> bool:
        """Save the window's project to ``path`` (atomic); errors become a message."""
        from gzmap.io.project import ProjectError
        from gzmap.io.project import save_project

        w = self.window
        w.project.view_extent = w.canvas.viewport.extent()
        w.project.language = w.lang
        try:
            QApplication.setOverrideCursor(QtWaitCursor())
            try:
                rep = save_project(w.project, path, force=force)
            finally:
                QApplication.restoreOverrideCursor()
        except ProjectError as exc:
            if getattr(exc, "kind", "") == "changed" and not force:
                answer = self.ask_changed_on_disk(path)
                if answer == "overwrite":
                    return self.save_to(path, force=True)
                if answer == "save_as":
                    return self.save_as_dialog()
                return False
            w.show_error(translate("Project", "Cannot save project"), said(exc, w.lang))
            return False
        if rep.warnings:
            w.show_error(translate("Project", "Project saved with warnings"), "\n".join(rep.warnings))
        self._add_recent(rep.path)
        self.autosaver.discard()  # the project file is newer than any autosave now
        w._update_title()
        w.statusBar().showMessage(
            translate("Project", "Saved") + f" {Path(rep.path).name} ({rep.bytes / 1e6:.1f} MB)", 5000
        )
        return True

    # -- autosave and recovery ----------------------------------------------------------------
    def autosave(self, wait: bool = False) -> bool:
        """Write the recovery file if there are unsaved changes (in a worker thread)."""
        p = self.window.project
        if self._autosaving or not p.modified:
            return False
        self.autosaver.project = p
        snap = self.autosaver.snapshot()  # cheap, in the GUI thread
        self._autosaving = True

        def work():
            try:
                result = self.autosaver.write(snap)
            except Exception as exc:  # reported, never raised into the GUI
                result = exc
            self.autosaved.emit(result)

        t = threading.Thread(target=work, name="gzmap-autosave", daemon=True)
        t.start()
        if wait:
            t.join()
        return True

    def _on_autosaved(self, result) -> None:
        self._autosaving = False
        if isinstance(result, Exception):
            self.window.statusBar().showMessage(translate("Project", "Autosave failed:") + " " + str(result), 10000)
        else:
            self.window.statusBar().showMessage(translate("Project", "Autosaved for recovery"), 3000)

    def _maybe_offer_recovery(self) -> None:
        if self.offer_recovery_at_start:
            self.offer_recovery()

    def ask_recover(self, info) -> str:
        """'recover', 'discard' or 'later' for a recovery file (tests replace this method)."""
        name = Path(info.project_path).name if info.project_path else translate("Project", "Untitled project")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Project", "Recover unsaved work?"),
            translate(
                "Project", "GZMap did not close normally. Recover the changes to {name} autosaved at {time}?"
            ).format(name=name, time=info.saved_at_local()),
            parent=self.window,
        )
        recover_btn = box.addButton(translate("Project", "Recover"), QMessageBox.ButtonRole.AcceptRole)
        discard_btn = box.addButton(translate("Project", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(translate("Project", "Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return "recover" if clicked is recover_btn else "discard" if clicked is discard_btn else "later"

    def offer_recovery(self) -> bool:
        """If a previous session crashed, offer its newest recovery file; True if recovered."""
        from gzmap.io.project import ProjectError
        from gzmap.io.recovery import discard_recovery
        from gzmap.io.recovery import find_recoveries
        from gzmap.io.recovery import recover

        found = find_recoveries()
        if not found:
            return False
        info = found[0]
        answer = self.ask_recover(info)
        if answer == "discard":
            for i in found:
                discard_recovery(i)
            return False
        if answer != "recover":
            return False
        try:
            project = recover(info)
        except ProjectError as exc:
            self.window.show_error(translate("Project", "Cannot recover"), said(exc, self.window.lang))
            return False
        self._adopt(project)
        self.window.project.set_modified(True)
        self.window._update_title()
        for i in found:
            discard_recovery(i)
        self.autosave()
        return True

    # -- closing --------------------------------------------------------------------------------
    def closing(self, confirmed: bool) -> None:
        """The window closes: stop autosaving; keep the recovery file only for unsaved changes
        the user did not agree to lose (closing from code, not through Quit)."""
        self.timer.stop()
        if confirmed or not self.window.project.modified:
            self.autosaver.discard()


def QtWaitCursor():  # noqa: N802 (reads like the Qt enum)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QCursor

    return QCursor(Qt.CursorShape.WaitCursor)


def _unload(controller: ProjectController) -> None:
    controller.timer.stop()


FEATURE = Feature(
    "project", install=lambda ui: ui.own(ProjectController(ui)), unload=_unload, attribute="project_controller"
)
