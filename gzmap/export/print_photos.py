"""Photos on report and atlas pages (issue 18): a strip of the surveyors' photos of the features on a page.

The photos are those stored in the project (:mod:`gzmap.io.photos`); a page shows the newest photo of
each feature of its visible layers that lies on the page (inside an atlas page's district, else inside
its extent) and passes the layer's filter, as a small JPEG without EXIF (:func:`gzmap.io.photos.thumbnail`)
captioned with the feature's name. A page with no such feature has no strip, and its layout is
unchanged. A photo that cannot be read is left out. Areas and extents are WGS84 degrees.
"""

from __future__ import annotations

import ntpath
from collections.abc import Sequence
from dataclasses import replace

from gzmap.analysis.search import name_column
from gzmap.core.feature_uids import UID_COLUMN
from gzmap.core.kinds.vector import VectorLayer
from gzmap.core.layout import Layout
from gzmap.core.layout import LayoutError
from gzmap.core.layout_items import PhotoCard
from gzmap.io.photos import PhotoError
from gzmap.io.photos import photos_table
from gzmap.io.photos import thumbnail

__all__ = ["DEFAULT_PHOTOS", "page_photo_cards", "with_page_photos", "with_photos"]

#: Photos on a page when none is said (``--photos`` without a number).
DEFAULT_PHOTOS = 6
_THUMBS: dict[str, bytes] = {}  # photo id -> thumbnail: the report dialog's preview asks again and again


def page_photo_cards(project, layers: Sequence, area, limit: int = DEFAULT_PHOTOS) -> tuple[PhotoCard, ...]:
    """Up to ``limit`` photo cards of the features of ``layers`` (bottom to top) inside ``area`` (a shapely
    geometry, WGS84 degrees): the newest photo of each feature, the features in the layers' order."""
    table = photos_table(project)
    if limit <= 0 or not len(table):
        return ()
    newest = {r["feature_uid"]: r for r in table.sort_values("added_at").to_dict("records")}
    cards: list[PhotoCard] = []
    seen: set[str] = set()
    for layer in layers:
        if not isinstance(layer, VectorLayer) or not layer.visible or UID_COLUMN not in layer.data.columns:
            continue
        df = layer.shown_data()
        df = df[df[UID_COLUMN].isin(newest.keys()) & ~df[UID_COLUMN].isin(seen)]
        df = df[df.geometry.intersects(area)] if len(df) else df
        names = df[name_column(df)].tolist() if name_column(df) else [None] * len(df)
        for uid, name in zip(df[UID_COLUMN].tolist(), names, strict=True):
            row = newest[uid]
            data = None if uid in seen else _thumbnail(row)
            if data is None:
                continue
            seen.add(uid)
            caption = str(name) if name is not None and name == name else ntpath.basename(str(row["name"] or ""))
            cards.append(PhotoCard(data, caption))
            if len(cards) >= limit:
                return tuple(cards)
    return tuple(cards)


def _thumbnail(row: dict) -> bytes | None:
    key = str(row["photo_uid"])
    if key not in _THUMBS:
        try:
            _THUMBS[key] = thumbnail(bytes(row["image"]))
        except (PhotoError, TypeError):
            return None
        if len(_THUMBS) > 500:
            _THUMBS.pop(next(iter(_THUMBS)))
    return _THUMBS[key]


def with_page_photos(layout: Layout, project, layers: Sequence, limit: int = DEFAULT_PHOTOS) -> Layout:
    """``layout`` with the photo strip of the features inside its extent (or its ``count_within`` area)."""
    import shapely

    area = layout.count_within
    if area is None:
        try:
            area = shapely.box(*layout.resolve_extent(list(layers)))
        except LayoutError:  # no extent: the page itself says so when it is laid out
            return layout
    return layout.with_(photos=page_photo_cards(project, layers, area, limit))


def with_photos(pages: Sequence, project, layout: Layout, limit: int = DEFAULT_PHOTOS) -> list:
    """Atlas pages (:class:`gzmap.export.report.AtlasPage`) with each page's photo strip in its changes."""
    out = []
    for page in pages:
        cards = with_page_photos(layout.with_(**page.changes), project, page.layers, limit).photos
        out.append(replace(page, changes={**page.changes, "photos": cards}) if cards else page)
    return out
