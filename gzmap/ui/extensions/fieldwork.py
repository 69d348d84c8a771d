"""Field work in the window: field copies, merging them back, the survey form, photos and GPS.

* File > Field copy… cuts the (saved) project to a district or the current view for one surveyor,
  with its basemap tiles (:func:`gzmap.io.field_copy.field_copy`).
* File > Merge field copies… reads the copies, shows every conflict side by side (base / copy A /
  copy B / master) with a choice per row, and applies the merge to the open project; File > Undo
  last merge takes it back as one step (:mod:`gzmap.io.field_merge`).
* Field > Survey form… edits an enterprise's survey status (verified / moved / closed / new), notes,
  floor count and any field; Field > Attach photo… stores a photo in the project
  (:mod:`gzmap.io.photos`), and the Photos dock shows the selected enterprise's photos.
* Field > GPS: the laptop's position from an NMEA source (a serial port through QtSerialPort,
  gpsd on localhost:2947, or a recorded log replayed by a timer), drawn with its accuracy circle,
  followed if asked, a point added there on request, and the track kept as a line layer.
  Positions are WGS84 (the status bar shows them in the display datum as well).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtCore import QPointF
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtGui import QColor
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPen
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDockWidget
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QTableWidget
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QWidget

from gzmap.core.editing import AddField
from gzmap.core.editing import SetAttribute
from gzmap.core.editing import add_point
from gzmap.core.feature_uids import UID_COLUMN
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.io.errors import said
from gzmap.io.nmea import Fix
from gzmap.io.nmea import NmeaReader
from gzmap.io.nmea import problem_text
from gzmap.ui.dialog_parts import ask_open_file
from gzmap.ui.dialog_parts import column
from gzmap.ui.dialog_parts import ok_cancel
from gzmap.ui.extensions import Controller
from gzmap.ui.extensions import Feature
from gzmap.ui.i18n import Texts
from gzmap.ui.i18n import translate

__all__ = ["FEATURE", "ConflictDialog", "FieldworkController", "GpsTracker", "SurveyDialog"]

#: The survey form's fields (added to a layer the first time it is surveyed).
SURVEY_STATUS, SURVEY_NOTES, SURVEY_FLOORS = "survey_status", "survey_notes", "survey_floors"
STATUSES = ("verified", "moved", "closed", "new")


def _status_text(status: str) -> str:
    return {
        "verified": translate("Fieldwork", "verified"),
        "moved": translate("Fieldwork", "moved"),
        "closed": translate("Fieldwork", "closed"),
        "new": translate("Fieldwork", "new"),
    }.get(status, status)


# -- GPS ------------------------------------------------------------------------------------------------


class GpsTracker(QObject):
    """Reads NMEA lines from a source and keeps the position, its accuracy and the track (WGS84).

    ``position_changed(fix)`` comes once per new second of fixes (an RMC and a GGA of the same
    second are merged into one fix, as :meth:`gzmap.io.nmea.NmeaReader.fixes` does), ``problem(text)``
    for garbage or a checksum error in the stream, ``lost(text)`` when the source goes away.
    """

    position_changed = Signal(object)
    problem = Signal(str)
    lost = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.reader = NmeaReader()
        self.fix: Fix | None = None
        self.track: list[Fix] = []
        self._source: QObject | None = None
        self._timer: QTimer | None = None
        self._lines: list[str] = []
        self._buffer = b""

    # sources
    def replay(self, path, interval_ms: int = 200) -> None:
        """Simulation mode: feed a recorded NMEA log, one line every ``interval_ms``."""
        self.stop()
        self._lines = Path(path).read_text(encoding="ascii", errors="replace").splitlines()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._next_line)
        self._timer.start(interval_ms)

    def open_serial(self, port: str, baud: int = 4800) -> bool:
        """A GPS on a serial port (QtSerialPort); False with a ``lost`` message when it cannot be opened."""
        from PySide6.QtSerialPort import QSerialPort

        self.stop()
        sp = QSerialPort(port, self)
        sp.setBaudRate(baud)
        if not sp.open(QSerialPort.OpenModeFlag.ReadOnly):
            self.lost.emit(
                translate("Fieldwork", "The GPS port {port} cannot be opened: {reason}").format(
                    port=port, reason=sp.errorString()
                )
            )
            return False
        sp.readyRead.connect(lambda: self.feed_bytes(bytes(sp.readAll())))
        sp.errorOccurred.connect(self._serial_error)
        self._source = sp
        return True

    def _serial_error(self, error) -> None:
        from PySide6.QtSerialPort import QSerialPort

        if error == QSerialPort.SerialPortError.ResourceError:  # unplugged
            self.stop()
            self.lost.emit(
                translate(
                    "Fieldwork", "The GPS was disconnected (its serial port disappeared); the track so far is kept."
                )
            )

    def open_gpsd(self, host: str = "localhost", port: int = 2947) -> None:
        """gpsd's NMEA stream on the local machine."""
        from PySide6.QtNetwork import QAbstractSocket
        from PySide6.QtNetwork import QTcpSocket

        self.stop()
        sock = QTcpSocket(self)
        sock.connected.connect(lambda: sock.write(b'?WATCH={"enable":true,"nmea":true};\n'))
        sock.readyRead.connect(lambda: self.feed_bytes(bytes(sock.readAll()), gpsd=True))

        def failed(_error) -> None:
            if sock.state() != QAbstractSocket.SocketState.ConnectedState:
                self.lost.emit(
                    translate("Fieldwork", "gpsd on {host}:{port} does not answer: {reason}").format(
                        host=host, port=port, reason=sock.errorString()
                    )
                )

        sock.errorOccurred.connect(failed)
        sock.connectToHost(host, port)
        self._source = sock

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer.deleteLater()
            self._timer = None
        if self._source is not None:
            self._source.close()
            self._source.deleteLater()
            self._source = None

    @property
    def running(self) -> bool:
        return self._timer is not None or self._source is not None

    # lines
    def _next_line(self) -> None:
        if not self._lines:
            self.stop()
            return
        self.feed_line(self._lines.pop(0))

    def feed_bytes(self, data: bytes, gpsd: bool = False) -> None:
        """Bytes from a port or socket: complete lines are fed, a partial one waits for the rest. From
        ``gpsd``, its own JSON reports (VERSION, DEVICES, WATCH: lines starting with ``{``) are skipped,
        not reported as garbage."""
        self._buffer += data
        *lines, self._buffer = self._buffer.split(b"\n")
        if len(self._buffer) > 4096:  # no line end in sight: garbage
            self._buffer = b""
        for line in lines:
            if not (gpsd and line.lstrip().startswith(b"{")):
                self.feed_line(line.decode("ascii", errors="replace"))

    def feed_line(self, text: str) -> None:
        n = len(self.reader.problems)
        fix = self.reader.feed(text)
        for p in self.reader.problems[n:]:
            self.problem.emit(problem_text(p))
        if fix is None:
            return
        if self.fix is not None and fix.time == self.fix.time:  # the same second from another sentence
            from gzmap.io.nmea import _merged

            self.fix = _merged(self.fix, fix)
            if self.track:
                self.track[-1] = self.fix
        else:
            self.fix = fix
            self.track.append(fix)
        self.position_changed.emit(self.fix)


class GpsOverlay(QWidget):
    """The GPS position over the canvas: a blue dot and its accuracy circle (metres on the ground)."""

    COLOUR = QColor("#1565c0")

    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvas = canvas
        self.fix: Fix | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.resize(canvas.size())
        canvas.view_changed.connect(self.update)

    def show_fix(self, fix: Fix | None) -> None:
        self.fix = fix
        self.resize(self.canvas.size())
        self.setVisible(fix is not None)
        self.raise_()
        self.update()

    def screen_point(self) -> QPointF | None:
        if self.fix is None:
            return None
        x, y = self.canvas.viewport.lonlat_to_screen(self.fix.lon, self.fix.lat)
        return QPointF(float(x), float(y))

    def paintEvent(self, _event) -> None:  # noqa: N802
        pt = self.screen_point()
        if pt is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.fix.accuracy_m:
            r = self.fix.accuracy_m / max(self.canvas.viewport.ground_resolution(self.fix.lat), 1e-9)
            fill = QColor(self.COLOUR)
            fill.setAlpha(40)
            p.setBrush(fill)
            p.setPen(QPen(self.COLOUR, 1))
            p.drawEllipse(pt, r, r)
        p.setBrush(self.COLOUR)
        p.setPen(QPen(QColor("white"), 2))
        p.drawEllipse(pt, 6, 6)
        p.end()


# -- dialogs ----------------------------------------------------------------------------------------------


class FieldCopyDialog(QDialog):
    """Area (a district, the current view, or a polygon drawn with View > Measure area), surveyor, zoom
    range and the file to write."""

    def __init__(self, parent, districts: list[str], drawn: bool = False):
        super().__init__(parent)
        self.setWindowTitle(translate("Fieldwork", "Field copy"))
        self.area = QComboBox()
        self.area.addItem(translate("Fieldwork", "Current view"), "view")
        if drawn:
            self.area.addItem(translate("Fieldwork", "The polygon drawn with Measure area"), "drawn")
        for name in districts:
            self.area.addItem(name, name)
        self.surveyor = QLineEdit()
        self.zmin, self.zmax = QSpinBox(), QSpinBox()
        for box, value in ((self.zmin, 10), (self.zmax, 16)):
            box.setRange(0, 22)
            box.setValue(value)
        form = QFormLayout(self)
        form.addRow(translate("Fieldwork", "Area"), self.area)
        form.addRow(translate("Fieldwork", "Surveyor"), self.surveyor)
        form.addRow(translate("Fieldwork", "Basemap zooms from"), self.zmin)
        form.addRow(translate("Fieldwork", "to"), self.zmax)
        form.addRow(ok_cancel(self))


class ConflictDialog(QDialog):
    """Every conflict side by side: layer, feature, field, base, each side's value, and a choice per row."""

    def __init__(self, parent, conflicts):
        from gzmap.io.field_merge import value_text

        super().__init__(parent)
        self.setWindowTitle(translate("Fieldwork", "Merge conflicts"))
        self.conflicts = conflicts
        n_sides = max((len(c.sides) for c in conflicts), default=2)
        heads = [
            translate("Fieldwork", "Layer"),
            translate("Fieldwork", "Feature"),
            translate("Fieldwork", "Field"),
            translate("Fieldwork", "Base"),
        ]
        self.table = QTableWidget(len(conflicts), len(heads) + n_sides + 1)
        letters = "abcdefghijklmnopqrstuvwxyz"
        self.table.setHorizontalHeaderLabels(
            heads + [letters[i].upper() for i in range(n_sides)] + [translate("Fieldwork", "Keep")]
        )
        self.choices: list[QComboBox] = []
        for r, c in enumerate(conflicts):
            cells = [c.layer_name, c.feature or c.uid[:8], c.field, "" if c.field == "*" else value_text(c.base)]
            cells += [f"{s.label}: {value_text(s.value)}" for s in c.sides]
            for k, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, k if k < 4 else 4 + (k - 4), item)
            combo = QComboBox()
            combo.addItem(translate("Fieldwork", "decide later"), "")
            for i, s in enumerate(c.sides):
                combo.addItem(
                    translate("Fieldwork", "take {side}").format(side=f"{letters[i].upper()} ({s.label})"), letters[i]
                )
            combo.addItem(translate("Fieldwork", "keep the base value"), "base")
            combo.addItem(translate("Fieldwork", "keep both values in a note"), "note")
            self.table.setCellWidget(r, len(heads) + n_sides, combo)
            self.choices.append(combo)
        self.table.resizeColumnsToContents()
        why = QLabel(
            translate("Fieldwork", "The same field was changed differently. Choose what to keep for each row.")
        )
        column(self, why, self.table, ok_cancel(self))
        self.resize(900, 420)

    def chosen(self) -> dict[str, str]:
        return {c.conflict_id: combo.currentData() for c, combo in zip(self.conflicts, self.choices, strict=True)}


class SurveyDialog(QDialog):
    """The survey form of one enterprise: status, notes, floor count, then every other field."""

    def __init__(self, parent, layer, row_id):
        super().__init__(parent)
        self.setWindowTitle(translate("Fieldwork", "Survey") + f" — {layer.name_zh or layer.name_en} #{row_id}")
        row = layer.data.loc[row_id]
        self.status = QComboBox()
        self.status.addItem("", "")
        for s in STATUSES:
            self.status.addItem(_status_text(s), s)
        self.status.setCurrentIndex(max(self.status.findData(_cell(row.get(SURVEY_STATUS))), 0))
        self.notes = QLineEdit(_cell(row.get(SURVEY_NOTES)))
        self.floors = QSpinBox()
        self.floors.setRange(0, 200)
        self.floors.setSpecialValueText(translate("Fieldwork", "unknown"))
        floors = _cell(row.get(SURVEY_FLOORS))
        self.floors.setValue(int(float(floors)) if floors else 0)
        form = QFormLayout(self)
        form.addRow(translate("Fieldwork", "Status"), self.status)
        form.addRow(translate("Fieldwork", "Notes"), self.notes)
        form.addRow(translate("Fieldwork", "Floors"), self.floors)
        self.fields: dict[str, QLineEdit] = {}
        skip = {SURVEY_STATUS, SURVEY_NOTES, SURVEY_FLOORS, UID_COLUMN, layer.data.geometry.name}
        for col in [c for c in layer.data.columns if c not in skip]:
            self.fields[col] = QLineEdit(_cell(row[col]))
            form.addRow(str(col), self.fields[col])
        form.addRow(ok_cancel(self))

    def values(self) -> dict:
        out = {SURVEY_STATUS: self.status.currentData() or None, SURVEY_NOTES: self.notes.text()}
        out[SURVEY_FLOORS] = self.floors.value() or None
        out.update({k: e.text() for k, e in self.fields.items()})
        return out


def _cell(v) -> str:
    import pandas as pd

    try:
        if v is None or pd.isna(v):
            return ""
    except (TypeError, ValueError):
        pass
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


class PhotoDock(QDockWidget):
    """The photos of the selected enterprise (time taken and EXIF position under each); a double
    click shows one large (:class:`gzmap.ui.photo_view.PhotoViewer`)."""

    def __init__(self, parent):
        super().__init__(parent)
        self.setObjectName("dock_photos")
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QPixmap(160, 120).size())
        self.list.itemActivated.connect(self.enlarge)
        self.setWidget(self.list)
        self.rows: dict[str, dict] = {}
        self.viewer = None

    def show_photos(self, photos) -> None:
        from gzmap.ui.photo_view import photo_caption
        from gzmap.ui.photo_view import photo_icon

        self.list.clear()
        self.rows = {}
        for row in photos.to_dict("records"):
            item = QListWidgetItem(photo_icon(row["image"], 160), photo_caption(row))
            item.setData(Qt.ItemDataRole.UserRole, row["photo_uid"])
            self.rows[row["photo_uid"]] = row
            self.list.addItem(item)

    def enlarge(self, item: QListWidgetItem):
        from gzmap.ui.photo_view import PhotoViewer

        self.viewer = PhotoViewer(self.window(), self.rows[item.data(Qt.ItemDataRole.UserRole)])
        self.viewer.show()
        return self.viewer


# -- the controller ----------------------------------------------------------------------------------------------


class FieldworkController(Controller):
    """File > Field copy / Merge field copies / Undo last merge; the Field menu; GPS; photos dock."""

    def __init__(self, ui):
        super().__init__(ui)
        window = self.window
        self.last_merge = None
        self.last_copy = None
        self.copy_task = None
        self.follow = False
        self.track_layer = None
        self.gps = GpsTracker(self)
        self.overlay = GpsOverlay(window.canvas)
        self.overlay.hide()
        ui.own(self.overlay)
        self.actions: dict[str, QAction] = {}
        self.texts = Texts("Fieldwork")
        for key, text, slot in (
            ("copy", QT_TRANSLATE_NOOP("Fieldwork", "Field copy…"), self.field_copy_dialog),
            ("merge", QT_TRANSLATE_NOOP("Fieldwork", "Merge field copies…"), self.merge_dialog),
            ("undo", QT_TRANSLATE_NOOP("Fieldwork", "Undo last merge"), self.undo_merge),
        ):
            self.actions[key] = ui.add_action("file", self._action(key, text, slot))
        self.actions["undo"].setEnabled(False)
        self.menu = QMenu(window)
        self.menu.setObjectName("menu_field")
        self.texts.add(self.menu.setTitle, QT_TRANSLATE_NOOP("Fieldwork", "F&ield"))
        ui.add_menu(self.menu, before=window.menu("view").menuAction())
        self._field_menu()
        self.photos = PhotoDock(window)
        ui.add_dock(self.photos, Qt.DockWidgetArea.RightDockWidgetArea, hidden=True)
        self.texts.add(self.photos.setWindowTitle, QT_TRANSLATE_NOOP("Fieldwork", "Photos"))
        self.gps_label = QLabel()
        ui.add_status_widget(self.gps_label)
        ui.connect(self.gps.position_changed, self.on_fix)
        ui.connect(self.gps.lost, lambda text: self.window.show_error(translate("Fieldwork", "GPS"), text))
        ui.connect(self.gps.problem, lambda text: self.window.statusBar().showMessage("GPS: " + text, 3000))
        ui.connect(window.canvas.feature_clicked, lambda *_: QTimer.singleShot(0, self.refresh_photos))
        ui.on_language_changed(self.texts.retranslate)
        ui.on_project_replaced(self.reset)

    def _action(self, key: str, text: str, slot, checkable: bool = False) -> QAction:
        act = QAction(self)
        act.setObjectName(f"action_field_{key}")
        self.texts.add(act.setText, text)
        act.setCheckable(checkable)
        act.triggered.connect(lambda on=False: slot(on) if checkable else slot())
        self.actions[key] = act
        return act

    def _field_menu(self) -> None:
        for key, text, slot, checkable in (
            ("survey", QT_TRANSLATE_NOOP("Fieldwork", "Survey form…"), self.survey_selected, False),
            ("photo", QT_TRANSLATE_NOOP("Fieldwork", "Attach photo…"), self.attach_photo_dialog, False),
            (None, "", None, False),
            ("gps_log", QT_TRANSLATE_NOOP("Fieldwork", "GPS: replay a recorded NMEA log…"), self.replay_dialog, False),
            ("gps_serial", QT_TRANSLATE_NOOP("Fieldwork", "GPS: serial port…"), self.serial_dialog, False),
            (
                "gps_gpsd",
                QT_TRANSLATE_NOOP("Fieldwork", "GPS: gpsd on this computer"),
                lambda: self.gps.open_gpsd(),
                False,
            ),
            ("gps_stop", QT_TRANSLATE_NOOP("Fieldwork", "GPS: stop"), self.stop_gps, False),
            ("follow", QT_TRANSLATE_NOOP("Fieldwork", "Follow the GPS position"), self.set_follow, True),
            (
                "add_here",
                QT_TRANSLATE_NOOP("Fieldwork", "Add enterprise at the GPS position"),
                self.add_point_here,
                False,
            ),
            ("track", QT_TRANSLATE_NOOP("Fieldwork", "Save GPS track as a layer"), self.save_track, False),
        ):
            if key is None:
                self.menu.addSeparator()
            else:
                self.menu.addAction(self._action(key, text, slot, checkable))

    def reset(self) -> None:
        self.last_merge = None
        self.actions["undo"].setEnabled(False)
        self.refresh_photos()

    # -- copies and merges ----------------------------------------------------------------------
    def _master_path(self) -> str | None:
        project = self.window.project
        if not project.path or project.modified:
            self.window.show_error(
                translate("Fieldwork", "Field work"),
                translate("Fieldwork", "Save the project first: field copies are made from and merged into its file."),
            )
            return None
        return project.path

    def field_copy_dialog(self) -> None:
        from gzmap.io.builtin import districts_layer

        if self._master_path() is None:
            return
        drawn = self.drawn_area()
        dlg = FieldCopyDialog(self.window, list(districts_layer().data["name_zh"]), drawn is not None)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        out, _ = QFileDialog.getSaveFileName(
            self.window, translate("Fieldwork", "Field copy"), "", "GZMap (*.gzmap.gpkg)"
        )
        if out:
            area = dlg.area.currentData()
            areas = {"view": self.window.canvas.viewport.extent(), "drawn": drawn}
            self.make_copy(out, areas.get(area, area), dlg.surveyor.text(), (dlg.zmin.value(), dlg.zmax.value()))

    def drawn_area(self):
        """The polygon of View > Measure area's vertices (WGS84 degrees), or None with fewer than 3 or none valid."""
        import shapely

        points = getattr(self.window.feature("measure"), "tools", {}).get("area")
        vertices = list(points.points) if points is not None else []
        if len(vertices) < 3:
            return None
        polygon = shapely.make_valid(shapely.Polygon(vertices))
        return polygon if polygon.area > 0 else None

    def make_copy(self, out: str, area, surveyor: str, zooms=(10, 16)):
        """Make a field copy of the open (saved) project; the running task (None after a message).

        The project gets its ids and the record of the copy here, in the GUI thread
        (:func:`gzmap.io.field_copy.prepare_copy`); the copy and its tiles are written off the GUI
        thread with progress and Cancel (:func:`~gzmap.io.field_copy.write_copy`). A cancelled or
        failed copy leaves no file, and the project forgets it again."""
        from gzmap.io.field_copy import FieldWorkError
        from gzmap.io.field_copy import forget_copy
        from gzmap.io.field_copy import prepare_copy
        from gzmap.io.field_copy import write_copy
        from gzmap.io.project import ProjectError

        project, title = self.window.project, translate("Fieldwork", "Field copy")
        try:
            job = prepare_copy(project, out, area, surveyor, zooms, lang=self.window.lang)
        except (FieldWorkError, ProjectError) as exc:
            self.window.show_error(title, said(exc, self.window.lang))
            return None

        def done(rep) -> None:
            self.last_copy = rep
            self.window.statusBar().showMessage(
                translate("Fieldwork", "Field copy written: {file} ({mb} MB)").format(
                    file=Path(rep.path).name, mb=f"{rep.bytes / 2**20:.1f}"
                ),
                8000,
            )

        task = self.window.run_task(
            title, write_copy, job, on_done=done, on_error=lambda text: self.window.show_error(title, text)
        )
        task.ended.connect(lambda state: state == "finished" or forget_copy(project, job))
        self.copy_task = task
        return task

    def merge_dialog(self) -> None:
        if self._master_path() is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, translate("Fieldwork", "Merge field copies"), "", "GZMap (*.gzmap.gpkg)"
        )
        if paths:
            self.merge(paths, ask=True)

    def merge(self, paths, ask: bool = True, take: str | dict | None = None):
        """Merge the copies at ``paths`` into the open project; conflicts are shown side by side when ``ask``."""
        from gzmap.io.field_copy import FieldWorkError
        from gzmap.io.field_merge import apply_merge
        from gzmap.io.field_merge import plan_merge

        project = self.window.project
        try:
            plan = plan_merge(project, paths, lang=self.window.lang)
        except FieldWorkError as exc:
            self.window.show_error(translate("Fieldwork", "Merge field copies"), str(exc))
            return None
        if ask and plan.conflicts:
            dlg = ConflictDialog(self.window, plan.conflicts)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return None
            take = dlg.chosen()
        self.last_merge = apply_merge(project, plan, take, lang=self.window.lang)
        self.actions["undo"].setEnabled(True)
        self.window.canvas.refresh()
        self.window.statusBar().showMessage("; ".join(self.last_merge.lines), 10000)
        return self.last_merge

    def undo_merge(self) -> None:
        from gzmap.io.field_merge import undo_merge

        if self.last_merge is not None:
            undo_merge(self.window.project, self.last_merge)
            self.last_merge = None
            self.actions["undo"].setEnabled(False)
            self.window.canvas.refresh()

    # -- survey form and photos ----------------------------------------------------------------------
    def _selected(self):
        from gzmap.core.layer import VectorLayer

        layer = self.window.current_layer()
        if not isinstance(layer, VectorLayer) or layer.selection.size != 1:
            self.window.statusBar().showMessage(translate("Fieldwork", "Select one enterprise first"), 5000)
            return None, None
        return layer, layer.data.index[int(layer.selection[0])]

    def survey_selected(self) -> None:
        layer, row_id = self._selected()
        if layer is None:
            return
        dlg = SurveyDialog(self.window, layer, row_id)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.save_survey(layer, row_id, dlg.values())

    def save_survey(self, layer, row_id, values: dict) -> bool:
        """Write the survey form's values (missing survey fields are added first) as one step of
        Edit > Undo; logged like every edit. A bad value gives one message and changes nothing."""
        edits = [
            AddField(layer.id, field=f, dtype=dtype)
            for f, dtype in ((SURVEY_STATUS, "object"), (SURVEY_NOTES, "object"), (SURVEY_FLOORS, "Int64"))
            if f not in layer.data.columns
        ]
        cols = layer.data.columns
        changed = {
            k: v for k, v in values.items() if (_cell(layer.data.at[row_id, k]) if k in cols else "") != _cell(v)
        }
        edits += [SetAttribute(layer.id, row_id=row_id, field=k, value=v) for k, v in changed.items()]
        return not edits or self._undoable(layer, edits, translate("Fieldwork", "Survey form")) is not None

    def _undoable(self, layer, edits: list, text: str):
        """Apply ``edits`` through the window's undo stack as one step (Edit > Undo takes them all back);
        the last command, or None when there was nothing to do or an edit failed (then none stays)."""
        editing = self.window.feature("editing")
        if editing is None:  # unloaded since: its undo stack is gone
            self.window.statusBar().showMessage(translate("Fieldwork", "Field editing is not available"), 5000)
            return None
        if not edits:
            return None
        editing.stack.beginMacro(text)
        cmd = None
        try:
            for edit in edits:
                cmd = editing.push(layer, edit, text)
                if cmd is None:
                    break
        finally:
            editing.stack.endMacro()
        if cmd is None:  # a bad value: the message was shown; take the partial step back
            editing.stack.undo()
        self.window.canvas.refresh()
        return cmd

    def attach_photo_dialog(self) -> None:
        title, kinds = translate("Fieldwork", "Attach photo"), translate("Fieldwork", "Photos")
        path = ask_open_file(self.window, title, kinds, "*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff", any_file=False)
        if path:
            self.attach_photo(path)

    def attach_photo(self, source) -> str | None:
        """Attach a photo file to the selected enterprise; a file that is not a photo gives one message."""
        from gzmap.io.field_copy import ensure_uids
        from gzmap.io.photos import PhotoError
        from gzmap.io.photos import attach_photo

        layer, row_id = self._selected()
        if layer is None:
            return None
        if UID_COLUMN not in layer.data.columns or not _cell(layer.data.at[row_id, UID_COLUMN]):
            ensure_uids(self.window.project)
        try:
            pid = attach_photo(
                self.window.project, layer, layer.data.at[row_id, UID_COLUMN], source, lang=self.window.lang
            )
        except PhotoError as exc:
            self.window.show_error(translate("Fieldwork", "Attach photo"), str(exc))
            return None
        self.photos.show()
        self.refresh_photos()
        return pid

    def refresh_photos(self) -> None:
        from gzmap.core.layer import VectorLayer
        from gzmap.io.photos import photos_of
        from gzmap.io.photos import photos_table

        layer = self.window.current_layer()
        if not isinstance(layer, VectorLayer) or layer.selection.size != 1 or UID_COLUMN not in layer.data.columns:
            self.photos.show_photos(photos_table(None).iloc[0:0])
            return
        uid = layer.data[UID_COLUMN].iloc[int(layer.selection[0])]
        self.photos.show_photos(photos_of(self.window.project, layer.id, uid))

    # -- GPS ---------------------------------------------------------------------------------------------------
    def replay_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, translate("Fieldwork", "Recorded NMEA log"), "", "NMEA (*.nmea *.log *.txt)"
        )
        if path:
            self.gps.replay(path)

    def serial_dialog(self) -> None:
        from PySide6.QtSerialPort import QSerialPortInfo

        ports = [p.portName() for p in QSerialPortInfo.availablePorts()]
        if not ports:
            self.window.show_error(
                translate("Fieldwork", "GPS"), translate("Fieldwork", "No serial port found; is the GPS plugged in?")
            )
            return
        port, ok = QInputDialog.getItem(
            self.window, translate("Fieldwork", "GPS"), translate("Fieldwork", "Serial port"), ports, 0, False
        )
        if ok:
            self.gps.open_serial(port)

    def stop_gps(self) -> None:
        self.gps.stop()

    def set_follow(self, on: bool) -> None:
        self.follow = bool(on)
        if on and self.gps.fix is not None:
            self.on_fix(self.gps.fix)

    def on_fix(self, fix: Fix) -> None:
        """A new position: move the marker, follow it if asked, show it in WGS84 and the display datum."""
        from gzmap.core.datums import convert

        self.overlay.show_fix(fix)
        canvas = self.window.canvas
        if self.follow:
            x, y = canvas.viewport.lonlat_to_screen(fix.lon, fix.lat)
            canvas.viewport.pan_pixels(canvas.viewport.width / 2 - float(x), canvas.viewport.height / 2 - float(y))
            canvas._view_changed()
        datum = self.window.project.display_datum
        dx, dy = convert([fix.lon], [fix.lat], "wgs84", datum)
        acc = f" ±{fix.accuracy_m:.0f} m" if fix.accuracy_m else ""
        self.gps_label.setText(
            f"GPS {fix.lat:.6f}, {fix.lon:.6f} WGS84 · {float(dy[0]):.6f}, {float(dx[0]):.6f} {datum}{acc}"
        )

    def add_point_here(self):
        """Add an enterprise at the GPS position to the current point layer; its row id."""
        from gzmap.core.layer import VectorLayer

        fix, layer = self.gps.fix, self.window.current_layer()
        if fix is None or not isinstance(layer, VectorLayer):
            self.window.statusBar().showMessage(
                translate("Fieldwork", "No GPS position yet, or no point layer chosen"), 5000
            )
            return None
        cmd = self._undoable(
            layer, [add_point(layer.id, fix.lon, fix.lat)], translate("Fieldwork", "Add enterprise at the GPS position")
        )
        return None if cmd is None else cmd.inverse.row_id

    def save_track(self):
        """The GPS track so far as a line layer (WGS84; one vertex per fix, with its time)."""
        import geopandas as gpd
        import shapely

        from gzmap.core.layer import VectorLayer

        fixes = list(self.gps.track)
        if len(fixes) < 2:
            self.window.statusBar().showMessage(
                translate("Fieldwork", "The GPS track has fewer than two positions"), 5000
            )
            return None
        line = shapely.LineString([(f.lon, f.lat) for f in fixes])
        gdf = gpd.GeoDataFrame(
            {"start": [fixes[0].time], "end": [fixes[-1].time], "fixes": [len(fixes)]}, geometry=[line], crs=4326
        )
        self.track_layer = VectorLayer(
            gdf, translate("Fieldwork", "GPS track"), "GPS track", source="gps", source_datum="wgs84"
        )
        self.window.project.add_layer(self.track_layer)
        return self.track_layer


def _unload(controller: FieldworkController) -> None:
    controller.gps.stop()


FEATURE = Feature(
    "fieldwork",
    install=lambda ui: ui.own(FieldworkController(ui)),
    unload=_unload,
    requires=("editing",),
    attribute="fieldwork",
)
