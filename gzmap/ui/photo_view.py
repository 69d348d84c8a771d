"""A feature's photos in the window (issue 18): a strip of thumbnails, a click shows one large.

Used by the Identify dock (under the fields of an identified enterprise) and by the
Photos dock of field work. Thumbnails are made by :func:`gzmap.io.photos.thumbnail`
(Pillow, the same checks as when a photo is attached), since the photo table comes
from a project file, which may be hostile; a row that is not an image shows as a
grey box saying so. The large view decodes the stored photo with Qt's image reader,
upright by its EXIF orientation, fitted to the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer
from PySide6.QtCore import QByteArray
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtGui import QIcon
from PySide6.QtGui import QImage
from PySide6.QtGui import QImageReader
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QToolButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from gzmap.ui.i18n import translate

__all__ = ["PhotoStrip", "PhotoViewer", "feature_photos", "photo_caption", "photo_icon", "photos_title"]

#: Thumbnail size in the strip, pixels (longest side).
THUMB_PX = 96


def photos_title() -> str:
    """'Photos' in the UI language (the Identify dock's row, the Photos dock's title)."""
    return translate("Fieldwork", "Photos")


def feature_photos(project, layer, row: int):
    """The photos (rows of :func:`gzmap.io.photos.photos_of`) of the feature at position ``row`` of
    ``layer``; an empty table for a layer without stable ids."""
    from gzmap.core.feature_uids import UID_COLUMN
    from gzmap.io.photos import photos_of
    from gzmap.io.photos import photos_table

    data = getattr(layer, "data", None)
    if data is None or UID_COLUMN not in data.columns or row is None or not 0 <= row < len(data):
        return photos_table(None)
    return photos_of(project, layer.id, data[UID_COLUMN].iloc[row])


def photo_caption(row: dict) -> str:
    """File name, time taken and EXIF position (WGS84 degrees) of a photo row, one item a line."""
    lines = [str(row.get("name") or "")]
    if row.get("taken_at"):
        lines.append(str(row["taken_at"]).replace("T", " "))
    lon, lat = row.get("lon"), row.get("lat")
    if lon == lon and lat == lat and lon is not None and lat is not None:  # NaN when the camera had no GPS
        lines.append(f"{float(lat):.5f}, {float(lon):.5f} WGS84")
    return "\n".join(lines)


def photo_icon(image, px: int = THUMB_PX) -> QIcon:
    """A thumbnail icon of the photo bytes ``image``; a grey box saying so when they are not an image."""
    from gzmap.io.photos import PhotoError
    from gzmap.io.photos import thumbnail

    try:
        img = QImage.fromData(thumbnail(bytes(image), max_px=px, max_bytes=1 << 20))
    except PhotoError:
        img = QImage()
    if img.isNull():
        pix = QPixmap(px, px * 3 // 4)
        pix.fill(Qt.GlobalColor.lightGray)
        return QIcon(pix)
    return QIcon(QPixmap.fromImage(img))


class PhotoStrip(QWidget):
    """A row of thumbnail buttons; a click opens :class:`PhotoViewer` on that photo."""

    def __init__(self, photos, parent=None):
        super().__init__(parent)
        self.setObjectName("photo_strip")
        self.rows = photos.to_dict("records")
        self.buttons: list[QToolButton] = []
        self.viewer: PhotoViewer | None = None
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 2, 0, 2)
        for k, row in enumerate(self.rows):
            b = QToolButton(self)
            b.setIcon(photo_icon(row["image"]))
            b.setIconSize(QSize(THUMB_PX, THUMB_PX))
            b.setAutoRaise(True)
            b.setToolTip(photo_caption(row) + "\n" + translate("Fieldwork", "Click to enlarge"))
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.clicked.connect(lambda _=False, k=k: self.enlarge(k))
            lay.addWidget(b)
            self.buttons.append(b)
        lay.addStretch(1)

    def enlarge(self, k: int) -> PhotoViewer:
        """Show photo ``k`` large (a window of its own, closed with Esc or Close)."""
        self.viewer = PhotoViewer(self.window(), self.rows[k])
        self.viewer.show()
        return self.viewer


class PhotoViewer(QDialog):
    """One photo fitted to 80 % of the screen, upright, with its name, time and position under it."""

    def __init__(self, parent, row: dict):
        super().__init__(parent)
        self.setObjectName("photo_viewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(f"{photos_title()} — {row.get('name') or ''}")
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        img = _decoded(row["image"])
        if img.isNull():
            self.picture.setText(translate("Fieldwork", "This photo cannot be shown: its data is damaged."))
        else:
            screen = QGuiApplication.primaryScreen().availableGeometry().size() * 0.8
            fit = QSize(min(img.width(), screen.width()), min(img.height(), screen.height()))
            self.picture.setPixmap(
                QPixmap.fromImage(img).scaled(
                    fit, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        caption = QLabel(photo_caption(row))
        caption.setTextFormat(Qt.TextFormat.PlainText)  # a file name is text, never markup
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.picture, 1)
        lay.addWidget(caption)
        lay.addWidget(buttons)


def _decoded(image) -> QImage:
    """The photo bytes as an image, upright by its EXIF orientation (null when they are not an image;
    Qt's allocation limit refuses a decompression bomb)."""
    data = QByteArray(bytes(image))
    buf = QBuffer(data)
    buf.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QImageReader(buf)
    reader.setAutoTransform(True)
    img = reader.read()
    buf.close()
    return img
