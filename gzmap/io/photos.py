"""Photos attached to features, stored inside the project file.

A surveyor takes a photo of an enterprise's entrance and attaches it to the
point. The photo's bytes go into the project's plain table :data:`PHOTO_TABLE`
(carried by :mod:`gzmap.io.project`, so it is saved with the project and goes
to and comes back from field copies), one row per photo with the feature's
stable id (:data:`~gzmap.core.feature_uids.UID_COLUMN`), the time the photo was
taken and, when the camera wrote EXIF GPS tags, where (WGS84 degrees).

A photo file comes from a camera folder or a phone, so it is checked before it
is kept: Pillow must recognise it as a JPEG, PNG, WebP, GIF or TIFF image of
at most :data:`MAX_PHOTO_BYTES` and :data:`MAX_PIXELS`; anything else is a
:class:`PhotoError` with one line in the UI language.

Pure: no Qt.
"""

from __future__ import annotations

import datetime as _dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from gzmap.core.feature_uids import new_uid
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate

__all__ = [
    "MAX_PHOTO_BYTES",
    "PHOTO_COLUMNS",
    "PHOTO_TABLE",
    "Photo",
    "PhotoError",
    "attach_photo",
    "photos_of",
    "photos_table",
    "read_photo",
    "remove_photo",
    "thumbnail",
]

PHOTO_TABLE = "gzmap_photos"
PHOTO_COLUMNS = [
    "photo_uid",
    "layer_id",
    "feature_uid",
    "name",
    "format",
    "taken_at",
    "lon",
    "lat",
    "width",
    "height",
    "added_at",
    "image",
]
#: Largest photo file kept, bytes.
MAX_PHOTO_BYTES = 40 * 2**20
#: Largest photo, pixels (a bigger one is a decompression bomb, not a photo).
MAX_PIXELS = 120_000_000
#: Longest side of a thumbnail, pixels; largest thumbnail, bytes (JPEG).
THUMB_PX = 240
THUMB_BYTES = 24 * 1024
_FORMATS = {"JPEG": "jpeg", "PNG": "png", "WEBP": "webp", "GIF": "gif", "MPO": "jpeg", "TIFF": "tiff"}

NOT_IMAGE = QT_TRANSLATE_NOOP("Photos", "{name} is not a photo (not a JPEG, PNG, WebP, GIF or TIFF image)")
TOO_BIG = QT_TRANSLATE_NOOP("Photos", "{name} is too large for a photo (more than {mb} MB or {mp} megapixels)")
UNREADABLE = QT_TRANSLATE_NOOP("Photos", "{name} could not be read: {reason}")


class PhotoError(ValueError):
    """A file that cannot be attached as a photo; the message is one line in the UI language."""


@dataclass(frozen=True)
class Photo:
    """A checked photo (its file's bytes and what its header and EXIF say)."""

    name: str
    #: 'jpeg', 'png', ... (Pillow's format name, lower case)
    format: str
    #: size in pixels
    width: int
    height: int
    data: bytes
    #: ISO date and time from EXIF (None if absent)
    taken_at: str | None = None
    #: (lon, lat) in WGS84 degrees from EXIF GPS (None if absent)
    position: tuple[float, float] | None = None


def read_photo(source, lang: str | None = None, name: str | None = None) -> Photo:
    """The photo in ``source`` (a path or bytes), checked, with its EXIF time and GPS position."""
    name = name or (Path(source).name if not isinstance(source, (bytes, bytearray)) else "photo")
    try:
        data = bytes(source) if isinstance(source, (bytes, bytearray)) else Path(source).read_bytes()
    except OSError as exc:
        raise PhotoError(translate("Photos", UNREADABLE, lang, name=name, reason=exc.strerror or str(exc))) from exc
    too_big = translate("Photos", TOO_BIG, lang, name=name, mb=MAX_PHOTO_BYTES // 2**20, mp=MAX_PIXELS // 10**6)
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError(too_big)
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as img:
            fmt = _FORMATS.get(img.format or "")
            if fmt is None:
                raise PhotoError(translate("Photos", NOT_IMAGE, lang, name=name))
            if img.width * img.height > MAX_PIXELS:
                raise PhotoError(too_big)
            exif = img.getexif()
            width, height = img.size
            img.verify()  # reads the whole image: a cut-off file fails here
    except PhotoError:
        raise
    except Exception as exc:  # Pillow's UnidentifiedImageError, a truncated file, a decompression bomb
        raise PhotoError(translate("Photos", NOT_IMAGE, lang, name=name)) from exc
    lon, lat = _exif_position(exif)
    position = None if lon is None or lat is None else (lon, lat)
    return Photo(name, fmt, int(width), int(height), data, _exif_time(exif), position)


def _exif_time(exif) -> str | None:
    """When the photo was taken (EXIF DateTimeOriginal, else DateTime), ISO text in the camera's clock."""
    try:
        text = exif.get_ifd(0x8769).get(36867) or exif.get(306)
        return _dt.datetime.strptime(str(text).strip("\x00 "), "%Y:%m:%d %H:%M:%S").isoformat()
    except (TypeError, ValueError, AttributeError, KeyError):
        return None


def _exif_position(exif) -> tuple[float | None, float | None]:
    """(lon, lat) WGS84 degrees from the EXIF GPS tags, or (None, None)."""
    try:
        gps = exif.get_ifd(0x8825)
        lat = _dms(gps[2]) * (-1 if str(gps.get(1, "N")).upper().startswith("S") else 1)
        lon = _dms(gps[4]) * (-1 if str(gps.get(3, "E")).upper().startswith("W") else 1)
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError, AttributeError):
        return None, None
    if not (np.isfinite(lon) and np.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        return None, None
    return lon, lat


def _dms(values) -> float:
    d, m, s = (float(v) for v in values)
    return d + m / 60.0 + s / 3600.0


def thumbnail(data: bytes, max_px: int = THUMB_PX, max_bytes: int = THUMB_BYTES) -> bytes:
    """A JPEG of at most ``max_px`` pixels on its longest side and ``max_bytes`` bytes of the photo
    ``data``: turned upright by its EXIF orientation, transparency on white, without EXIF (no GPS
    position or camera serial leaves with it). Lower quality, then fewer pixels, until it fits.

    Raises :class:`PhotoError` when ``data`` is not an image Pillow reads (a damaged table row).
    """
    from PIL import Image
    from PIL import ImageOps

    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError("photo too large")
    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.width * img.height > MAX_PIXELS:
                raise PhotoError("photo too large")
            img.draft("RGB", (max_px, max_px))  # a JPEG decodes at a reduced size: fast for camera photos
            rgba = ImageOps.exif_transpose(img).convert("RGBA")
    except PhotoError:
        raise
    except Exception as exc:  # not an image, truncated, a decompression bomb
        raise PhotoError(f"not an image: {exc}") from exc
    flat = Image.new("RGB", rgba.size, "white")
    flat.paste(rgba, mask=rgba.getchannel("A"))
    side = max_px
    while True:
        small = flat.copy()
        small.thumbnail((side, side), Image.Resampling.LANCZOS)
        for quality in (80, 65, 50, 35):
            buf = io.BytesIO()
            small.save(buf, "JPEG", quality=quality, optimize=True)
            if buf.tell() <= max_bytes or side <= 32 and quality == 35:
                return buf.getvalue()
        side = max(side * 3 // 4, 32)


def photos_table(project) -> pd.DataFrame:
    """The project's photo table (an empty one with the columns when it has none)."""
    table = (getattr(project, "tables", None) or {}).get(PHOTO_TABLE)
    if table is None:
        return _empty()
    return table


def _empty() -> pd.DataFrame:
    df = pd.DataFrame({c: pd.Series([], dtype=object) for c in PHOTO_COLUMNS})
    return df.astype({"lon": float, "lat": float, "width": "int64", "height": "int64"})


def photo_row(photo: Photo, layer_id: str, feature_uid: str, photo_uid: str | None = None) -> dict[str, Any]:
    """The table row of ``photo`` attached to feature ``feature_uid`` of layer ``layer_id``."""
    return {
        "photo_uid": photo_uid or new_uid(),
        "layer_id": str(layer_id),
        "feature_uid": str(feature_uid),
        "name": photo.name[:200],
        "format": photo.format,
        "taken_at": photo.taken_at or "",
        "lon": np.nan if photo.position is None else float(photo.position[0]),
        "lat": np.nan if photo.position is None else float(photo.position[1]),
        "width": int(photo.width),
        "height": int(photo.height),
        "added_at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "image": photo.data,
    }


def add_photo_rows(project, rows: list[dict]) -> None:
    """Append photo rows (as :func:`photo_row` makes them) to the project's photo table."""
    if not rows:
        return
    table = pd.concat([photos_table(project), pd.DataFrame(rows, columns=PHOTO_COLUMNS)], ignore_index=True)
    project.tables = dict(getattr(project, "tables", None) or {}, **{PHOTO_TABLE: table})
    project.set_modified()


def attach_photo(project, layer, feature_uid: str, source, lang: str | None = None) -> str:
    """Attach the photo file (or bytes) ``source`` to feature ``feature_uid`` of ``layer``; its photo id.

    Raises :class:`PhotoError` (one line in ``lang``) when ``source`` is not a photo.
    """
    photo = read_photo(source, lang)
    row = photo_row(photo, layer.id, feature_uid)
    add_photo_rows(project, [row])
    return row["photo_uid"]


def remove_photo(project, photo_uid: str) -> None:
    """Take the photo ``photo_uid`` out of the project (the undo of :func:`attach_photo`)."""
    table = photos_table(project)
    project.tables = dict(project.tables, **{PHOTO_TABLE: table[table["photo_uid"] != photo_uid]})
    project.set_modified()


def photos_of(project, layer_id: str, feature_uid: str) -> pd.DataFrame:
    """The photos of one feature, oldest first."""
    table = photos_table(project)
    return table[(table["layer_id"] == layer_id) & (table["feature_uid"] == feature_uid)]
