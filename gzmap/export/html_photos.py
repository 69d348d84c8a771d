"""Photos of the features in the HTML page's popups (issue 18).

A surveyor's photos are stored in the project (:mod:`gzmap.io.photos`). The page is
e-mailed and opened offline, so each photo travels inside it: a small JPEG thumbnail
(:func:`gzmap.io.photos.thumbnail`, without its EXIF) as a ``data:`` URI in the point
layer's configuration, which reaches the page through ``safe_json`` only. The
popup's script builds the ``<img>`` elements with DOM properties, so a photo's name
or time can never become markup. Captions carry the file name without any folder.

At most :data:`MAX_PER_FEATURE` photos per feature (the newest), and at most
:data:`MAX_PAGE_BYTES` of thumbnails per page; what is left out is said in the
export report.
"""

from __future__ import annotations

import base64
import ntpath
from typing import Any

from gzmap.core.feature_uids import UID_COLUMN
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate
from gzmap.export.html_data import strip_paths
from gzmap.io.photos import PhotoError
from gzmap.io.photos import photos_table
from gzmap.io.photos import thumbnail

__all__ = ["MAX_PAGE_BYTES", "MAX_PER_FEATURE", "popup_photos"]

#: Most photos shown in one feature's popup (the newest).
MAX_PER_FEATURE = 4
#: Most bytes of thumbnails in one page (base64 adds a third).
MAX_PAGE_BYTES = 12 * 2**20

ALT = QT_TRANSLATE_NOOP("Photos", "Photo of {feature}: {name}")
LEFT_OUT = QT_TRANSLATE_NOOP(
    "Photos", "Layer '{layer}': {n} photo(s) not shown in the popups (the page holds at most {mb} MB of photos)."
)
DAMAGED = QT_TRANSLATE_NOOP("Photos", "Layer '{layer}': {n} photo(s) could not be read and are not shown.")


def popup_photos(layer, sub, name: str, name_key: str | None, ctx) -> dict[str, Any] | None:
    """The popup photos of the point layer's rows ``sub`` (in the order the page numbers them;
    ``name_key`` the column of the popup's heading): ``{"items": [{"src", "alt", "cap"}],
    "at": {row position: [item, ...]}}``, or None."""
    table = getattr(ctx, "photos", None)
    if table is None or not len(table) or UID_COLUMN not in sub.columns:
        return None
    mine = table[table["layer_id"] == layer.id]
    mine = mine[mine["feature_uid"].isin(set(sub[UID_COLUMN].dropna()))]
    if not len(mine):
        return None
    by_uid = {uid: rows.sort_values("added_at").tail(MAX_PER_FEATURE) for uid, rows in mine.groupby("feature_uid")}
    titles = [""] * len(sub) if name_key is None else ["" if v != v else str(v) for v in sub[name_key].tolist()]
    items: list[dict[str, str]] = []
    made: dict[str, int] = {}  # photo_uid -> item: a feature split into several points shares its photos
    at: dict[str, list[int]] = {}
    left_out = damaged = 0
    for pos, uid in enumerate(sub[UID_COLUMN].tolist()):
        for row in by_uid.get(uid, mine.iloc[0:0]).to_dict("records"):
            if row["photo_uid"] not in made:
                if ctx.photo_bytes >= MAX_PAGE_BYTES:
                    left_out += 1
                    continue
                try:
                    src = _data_uri(row["image"])
                except PhotoError:
                    damaged += 1
                    continue
                ctx.photo_bytes += len(src)
                made[row["photo_uid"]] = len(items)
                items.append(_item(row, src, titles[pos] or name, name, ctx))
            at.setdefault(str(pos), []).append(made[row["photo_uid"]])
    lang = ctx.t.lang
    if left_out:
        ctx.report.warn(translate("Photos", LEFT_OUT, lang, layer=name, n=left_out, mb=MAX_PAGE_BYTES // 2**20))
    if damaged:
        ctx.report.warn(translate("Photos", DAMAGED, lang, layer=name, n=damaged))
    return {"items": items, "at": at} if items else None


def _data_uri(image) -> str:
    return "data:image/jpeg;base64," + base64.b64encode(thumbnail(bytes(image))).decode("ascii")


def _item(row: dict, src: str, feature: str, layer_name: str, ctx) -> dict[str, str]:
    """One photo of the page: its data URI, alt text and caption (time taken, file name without folders)."""
    file_name = ctx.cleaner(ntpath.basename(str(row.get("name") or "")), layer_name, "photo")  # / and \ both
    feature = ctx.cleaner(strip_paths(feature), layer_name, "photo") or ""
    taken = str(row.get("taken_at") or "").replace("T", " ")[:16]
    alt = translate("Photos", ALT, ctx.t.lang, feature=feature, name=file_name)
    return {"src": src, "alt": alt, "cap": " · ".join(t for t in (taken, file_name) if t)}


def page_photos(project):
    """The project's photo table for the page (None when the project has no photos)."""
    table = photos_table(project)
    return table if len(table) else None
