"""Print layouts kept in a project: what comes back, and what a hostile project's values fall back to."""

from __future__ import annotations

import base64
import math
import struct
import zlib

import pandas as pd
import pytest

from gzmap.core.layout import Rect
from gzmap.core.layout_items import LogoItem
from gzmap.core.layout_items import PageEdits
from gzmap.core.layout_items import TextBox
from gzmap.core.project import Project
from gzmap.io.print_layouts import IMAGE_TABLE
from gzmap.io.print_layouts import METADATA_KEY
from gzmap.io.print_layouts import PrintSettings
from gzmap.io.print_layouts import image_id
from gzmap.io.print_layouts import read_layouts
from gzmap.io.print_layouts import write_layouts


def png(width: int, height: int) -> bytes:
    """A PNG header of ``width`` x ``height`` pixels (enough for the checks made before decoding)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


def test_round_trip_in_memory():
    project = Project()
    logo = png(40, 20)
    edits = PageEdits(
        placed={"legend": Rect(10, 20, 50, 30), "north_arrow": Rect(250, 15, 10, 14)},
        text_boxes=[TextBox("草稿\n第二行", 11.5, Rect(30, 150, 80, 12))],
        logos=[LogoItem(image_id(logo), Rect(240, 170, 30, 20))],
        inset_extent="view",
        inset_view=(113.1, 22.9, 113.6, 23.4),
        images={image_id(logo): logo},
    )
    write_layouts(project, PrintSettings(title="T", page_size="A3", dpi=150, edits=edits), {"a": PrintSettings()})
    assert project.modified and IMAGE_TABLE in project.tables
    current, saved, warnings = read_layouts(project)
    assert warnings == [] and list(saved) == ["a"]
    assert current.title == "T" and current.page_size == "A3" and current.dpi == 150
    assert current.edits.placed == edits.placed and current.edits.text_boxes == edits.text_boxes
    assert current.edits.inset_view == edits.inset_view and current.edits.images == edits.images


@pytest.mark.parametrize(
    "edits, named",
    [
        ({"placed": {"legend": [1, 2, -3, 4]}}, "legend"),
        ({"placed": {"scale_bar": [math.inf, 2, 30, 10]}}, "scale bar"),
        ({"placed": {"title": "top"}}, "title"),
        ({"placed": {"inset": [400, 10, 40, 30]}}, "locator inset"),  # off an A4 landscape page
        ({"placed": {"map": [1, 1, 50, 50]}}, "'map'"),  # not movable
        ({"text_boxes": [{"text": "x", "pt": "big", "rect": [1, 1, 20, 10]}]}, "text box"),
        ({"text_boxes": [{"text": ["x"], "pt": 10, "rect": [1, 1, 20, 10]}]}, "text box"),
        ({"text_boxes": [{"text": "x", "pt": 10, "rect": [1, 1, 20, True]}]}, "text box"),
        ({"logos": [{"image": "../../etc/passwd", "rect": [1, 1, 20, 10]}]}, "logo"),
        ({"inset_extent": "moon"}, "inset extent"),
        ({"inset_extent": "view", "inset_view": [1, 2, 3]}, "inset extent"),
        ({"bogus": 1}, "'bogus'"),
    ],
)
def test_bad_values_fall_back_with_a_warning_naming_the_item(edits, named):
    project = Project()
    project.metadata = {METADATA_KEY: {"current": {"edits": edits}, "saved": {"n": {"page_size": 3}}}}
    current, saved, warnings = read_layouts(project, "en")
    assert current.edits.placed == {} and current.edits.text_boxes == [] and current.edits.logos == []
    assert current.edits.inset_extent == "auto"
    assert any(named in w and "in use" in w for w in warnings), warnings
    assert saved["n"].page_size == "A4" and any("print layout n: the page size" in w for w in warnings)


def test_logo_images_that_are_not_what_they_say_are_left_out():
    good, huge, fake = png(30, 30), png(100_000, 100_000), b"GIF89a" + b"\0" * 40
    rows = {image_id(good): good, image_id(huge): huge, image_id(fake): fake, "0" * 32: good}
    project = Project()
    project.tables[IMAGE_TABLE] = pd.DataFrame(
        {"image_id": list(rows), "png_base64": [base64.b64encode(v).decode() for v in rows.values()]}
    )
    logos = [{"image": k, "rect": [10, 10, 20, 20]} for k in rows]
    project.metadata = {METADATA_KEY: {"current": {"edits": {"logos": logos}}}}
    current, _saved, warnings = read_layouts(project, "zh_CN")
    assert [g.image_id for g in current.edits.logos] == [image_id(good)]
    assert warnings == ["打印布局“当前使用”：标志图片缺失或已损坏，已略去"]
