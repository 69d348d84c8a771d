"""The report page preview as an editor: drag and resize page items with the mouse, undo on Edit > Undo.

:class:`PagePreview` shows the page image drawn by the layout renderer and
the plan it was drawn from (:class:`gzmap.core.layout.PagePlan`, page
millimetres). A press on an item selects it; dragging moves it, dragging the
square handle at its lower-right corner resizes it, the arrow keys nudge it
by 1 mm (5 mm with Shift); on release the new
rectangle (mm, kept on the page) is emitted as :attr:`PagePreview.item_changed`.
The dialog turns it into a :class:`LayoutEditCommand` on the window's undo
stack, so Edit > Undo (and Ctrl+Z in the dialog) takes it back.

:func:`read_logo` reads a logo the user chose with Qt's image reader: a file
that is not an image, or too large, is refused with a clear message; the
image is kept as PNG bytes, embedded in the project, never as a path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer
from PySide6.QtCore import QByteArray
from PySide6.QtCore import QIODevice
from PySide6.QtCore import QPointF
from PySide6.QtCore import QRectF
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtGui import QImage
from PySide6.QtGui import QImageReader
from PySide6.QtGui import QPainter
from PySide6.QtGui import QPen
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QSizePolicy
from PySide6.QtWidgets import QWidget

from gzmap.core.layout import Rect
from gzmap.core.layout_items import MIN_ITEM_MM
from gzmap.core.layout_items import MOVABLE
from gzmap.ui.i18n import translate

__all__ = ["LayoutEditCommand", "LogoError", "PagePreview", "read_logo"]

#: Largest logo file read (bytes), largest image (pixels a side, pixels in all), side kept in the project.
MAX_LOGO_FILE = 20 * 2**20
MAX_LOGO_SIDE = 10_000
MAX_LOGO_PIXELS = 40_000_000
KEPT_SIDE = 1200
HANDLE_PX = 9.0


class LogoError(ValueError):
    """The chosen file cannot be a logo; the message (in the interface language) says why."""


def read_logo(path: str | Path) -> bytes:
    """PNG bytes of the image at ``path`` (at most 1200 px a side), read with Qt's image reader.

    Raises :class:`LogoError` naming the file when it is missing, larger than
    20 MB, not an image Qt can read, or larger than 10,000 px a side / 40
    million pixels (checked from its header, before decoding).
    """
    p = Path(path)
    name = p.name
    if not p.is_file():
        raise LogoError(translate("Report", "{file} is not a file").format(file=name))
    if p.stat().st_size > MAX_LOGO_FILE:
        raise LogoError(translate("Report", "{file} is larger than 20 MB: choose a smaller image").format(file=name))
    reader = QImageReader(str(p))
    reader.setDecideFormatFromContent(True)
    if not reader.canRead():
        raise LogoError(translate("Report", "{file} is not an image (PNG, JPEG, BMP, GIF or WebP)").format(file=name))
    size = reader.size()
    too_big = size.isValid() and (
        max(size.width(), size.height()) > MAX_LOGO_SIDE or size.width() * size.height() > MAX_LOGO_PIXELS
    )
    if too_big:
        raise LogoError(
            translate("Report", "{file} is {w} x {h} pixels, too large for a logo (at most 10,000 a side)").format(
                file=name, w=size.width(), h=size.height()
            )
        )
    img = reader.read()
    if img.isNull():
        raise LogoError(translate("Report", "{file} could not be read as an image").format(file=name))
    if max(img.width(), img.height()) > KEPT_SIDE:
        img = img.scaled(
            KEPT_SIDE, KEPT_SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


class LayoutEditCommand(QUndoCommand):
    """One change of the page edits (before -> after), applied through ``apply(edits)``."""

    def __init__(self, apply, before, after, text: str):
        super().__init__(text)
        self.apply, self.before, self.after = apply, before.copy(), after.copy()

    def redo(self) -> None:
        self.apply(self.after.copy())

    def undo(self) -> None:
        self.apply(self.before.copy())


class PagePreview(QWidget):
    """The page image with its items selectable, movable and resizable with the mouse."""

    #: (item key, new Rect in page mm) after a drag; key is a MOVABLE name, ``text_box:N`` or ``logo:N``.
    item_changed = Signal(str, object)
    #: the key of the selected item ("" for none); double-clicked item key
    selected_changed = Signal(str)
    item_activated = Signal(str)
    #: Delete or Backspace on the selected item (the dialog removes a text box or a logo)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.image: QImage | None = None
        self.plan = None
        self.selected = ""
        self._drag: tuple[str, str, QPointF, Rect] | None = None  # key, move/resize, press point, start rect
        self._ghost: Rect | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- geometry -------------------------------------------------------------------
    def set_page(self, image: QImage, plan) -> None:
        self.image, self.plan = image, plan
        if self.selected and self.selected not in self.items():
            self.select("")
        self.update()

    def pixmap(self):  # the QLabel-like accessor the tests of the plain preview used
        from PySide6.QtGui import QPixmap

        return QPixmap.fromImage(self.image) if self.image is not None else QPixmap()

    def _origin_scale(self) -> tuple[QPointF, float]:
        """The page's top-left corner in widget px and px per mm."""
        if self.image is None or self.plan is None:
            return QPointF(0, 0), 1.0
        k = self.image.width() / self.plan.page_w
        return QPointF((self.width() - self.image.width()) / 2, (self.height() - self.image.height()) / 2), k

    def to_widget(self, r: Rect) -> QRectF:
        o, k = self._origin_scale()
        return QRectF(o.x() + r.x * k, o.y() + r.y * k, r.w * k, r.h * k)

    def to_mm(self, pos: QPointF) -> tuple[float, float]:
        o, k = self._origin_scale()
        return (pos.x() - o.x()) / k, (pos.y() - o.y()) / k

    def items(self) -> dict[str, Rect]:
        """The items the user may select (movable furniture, text boxes, logos) with their rects (mm)."""
        if self.plan is None:
            return {}
        return {k: r for k, r in self.plan.items().items() if k in MOVABLE or ":" in k}

    def item_at(self, pos: QPointF) -> str:
        """The topmost item under ``pos`` (widget px): text boxes and logos, then small furniture first."""
        items = self.items()
        order = [k for k in items if ":" in k][::-1] + [
            k for k in ("north_arrow", "scale_bar", "legend", "inset", "title") if k in items
        ]
        return next((k for k in order if self.to_widget(items[k]).contains(pos)), "")

    def _handle(self, key: str) -> QRectF | None:
        r = self.items().get(key)
        if r is None:
            return None
        c = self.to_widget(r).bottomRight()
        return QRectF(c.x() - HANDLE_PX, c.y() - HANDLE_PX, HANDLE_PX * 2, HANDLE_PX * 2)

    def select(self, key: str) -> None:
        if key != self.selected:
            self.selected = key
            self.selected_changed.emit(key)
            self.update()

    # -- mouse ------------------------------------------------------------------------
    def mousePressEvent(self, event):  # noqa: N802 (Qt)
        if event.button() != Qt.MouseButton.LeftButton or self.plan is None:
            return super().mousePressEvent(event)
        pos = event.position()
        handle = self._handle(self.selected) if self.selected else None
        if handle is not None and handle.contains(pos):
            key, mode = self.selected, "resize"
        else:
            key, mode = self.item_at(pos), "move"
            self.select(key)
        if key:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._drag = (key, mode, pos, self.items()[key])
            self._ghost = self.items()[key]
        event.accept()

    def mouseMoveEvent(self, event):  # noqa: N802 (Qt)
        pos = event.position()
        if self._drag is None:
            over = self.selected and (h := self._handle(self.selected)) is not None and h.contains(pos)
            self.setCursor(Qt.CursorShape.SizeFDiagCursor if over else Qt.CursorShape.ArrowCursor)
            return
        self._ghost = self._dragged(pos)
        self.update()

    def mouseReleaseEvent(self, event):  # noqa: N802 (Qt)
        if self._drag is None:
            return super().mouseReleaseEvent(event)
        key, _mode, _p0, start = self._drag
        new = self._dragged(event.position())
        self._drag, self._ghost = None, None
        self.update()
        if max(abs(new.x - start.x), abs(new.y - start.y), abs(new.w - start.w), abs(new.h - start.h)) > 0.05:
            self.item_changed.emit(key, new)

    def mouseDoubleClickEvent(self, event):  # noqa: N802 (Qt)
        key = self.item_at(event.position())
        if key:
            self.item_activated.emit(key)

    def keyPressEvent(self, event):  # noqa: N802 (Qt)
        """Arrow keys move the selected item 1 mm (5 mm with Shift); Delete asks to remove it."""
        r = self.items().get(self.selected)
        step = 5.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1.0
        moves = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, -step),
            Qt.Key.Key_Down: (0.0, step),
        }
        if r is None or self.plan is None:
            return super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(self.selected)
        elif event.key() in moves:
            dx, dy = moves[Qt.Key(event.key())]
            x = min(max(r.x + dx, 0.0), self.plan.page_w - r.w)
            y = min(max(r.y + dy, 0.0), self.plan.page_h - r.h)
            if (x, y) != (r.x, r.y):
                self.item_changed.emit(self.selected, Rect(x, y, r.w, r.h))
        else:
            return super().keyPressEvent(event)
        event.accept()

    def _dragged(self, pos: QPointF) -> Rect:
        """The dragged item's rect (mm) for the mouse at ``pos``: moved or resized, kept on the page."""
        assert self._drag is not None and self.plan is not None
        _key, mode, p0, r = self._drag
        _o, k = self._origin_scale()
        dx, dy = (pos.x() - p0.x()) / k, (pos.y() - p0.y()) / k
        W, H = self.plan.page_w, self.plan.page_h
        if mode == "resize":
            w = min(max(r.w + dx, MIN_ITEM_MM), W - r.x)
            h = min(max(r.h + dy, MIN_ITEM_MM), H - r.y)
            return Rect(r.x, r.y, w, h)
        return Rect(min(max(r.x + dx, 0.0), W - r.w), min(max(r.y + dy, 0.0), H - r.h), r.w, r.h)

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event):  # noqa: N802 (Qt)
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#8a8f96"))
        if self.image is not None:
            o, _k = self._origin_scale()
            p.drawImage(o, self.image)
        if self.selected and self.selected in self.items():
            r = self.to_widget(self.items()[self.selected])
            p.setPen(QPen(QColor("#1f6feb"), 1.5, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(r)
            handle = self._handle(self.selected)
            if handle is not None:
                p.fillRect(handle.adjusted(3, 3, -3, -3), QColor("#1f6feb"))
        if self._ghost is not None:
            p.setPen(QPen(QColor("#d7301f"), 2.0))
            p.drawRect(self.to_widget(self._ghost))
        p.end()
