"""Surveyors' photos in the exported page's popups (issue 18): small thumbnails carried inside the page
as data: URIs (the page is e-mailed and opened offline), without EXIF, alt text escaped, no folder of
this machine in the page; in Debian's Chromium the popup of the photographed enterprise shows them."""

from __future__ import annotations

import base64
import io
import os
import re
import sys
from pathlib import Path

import numpy as np
import pytest
from html_fixtures import CHROMIUM
from html_fixtures import XSS
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))

from field_fixtures import master_project  # noqa: E402
from field_fixtures import photo_bytes  # noqa: E402

from gzmap.export.html import build_html  # noqa: E402
from gzmap.export.html import export_html  # noqa: E402
from gzmap.io.field_copy import editable_layers  # noqa: E402
from gzmap.io.field_copy import ensure_uids  # noqa: E402
from gzmap.io.photos import add_photo_rows  # noqa: E402
from gzmap.io.photos import attach_photo  # noqa: E402
from gzmap.io.photos import photo_row  # noqa: E402
from gzmap.io.photos import read_photo  # noqa: E402

DATA_URI = re.compile(r"data:image/jpeg;base64,([A-Za-z0-9+/=]+)")
HOSTILE_NAME = "C:\\Users\\alice\\私密\\" + XSS + ".jpg"


def _camera_photo(w=2400, h=1800) -> bytes:
    """A camera-sized noisy JPEG (hard to compress) with EXIF GPS and time, 3 MB or so."""
    rng = np.random.default_rng(1)
    img = Image.fromarray(rng.integers(0, 255, (h, w, 3), dtype=np.uint8))
    with Image.open(io.BytesIO(photo_bytes(gps=(113.35, 23.13), when="2026:05:01 09:00:00"))) as small:
        exif = small.getexif()
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=95, exif=exif)
    return buf.getvalue()


@pytest.fixture(scope="module")
def photographed(tmp_path_factory):
    """A project whose first enterprise has two photos (one with a hostile file name) and whose second
    has a row of bytes that is not an image (a damaged project file)."""
    folder = tmp_path_factory.mktemp("photos")
    p = master_project(folder / "m.gzmap.gpkg", n=3, builtin=False)
    ensure_uids(p)
    layer = editable_layers(p)[0]
    uids = layer.data["gzmap_uid"].tolist()
    camera = folder / "door.jpg"
    camera.write_bytes(_camera_photo())
    attach_photo(p, layer, uids[0], camera)
    add_photo_rows(p, [photo_row(read_photo(photo_bytes((20, 160, 40)), name=HOSTILE_NAME), layer.id, uids[0])])
    broken = photo_row(read_photo(photo_bytes()), layer.id, uids[1])
    broken["image"] = b"\xff\xd8 not really a jpeg"
    add_photo_rows(p, [broken])
    return p, folder


def test_thumbnails_are_small_jpegs_without_exif_and_the_page_names_no_folder(photographed):
    p, folder = photographed
    page, rep = build_html(p, lang="zh_CN")
    html = page if isinstance(page, str) else page.render()
    thumbs = [base64.b64decode(m) for m in DATA_URI.findall(html)]
    assert len(thumbs) == 2  # the two good photos; the damaged one is left out with a warning
    for data in thumbs:
        assert len(data) <= 24 * 1024
        with Image.open(io.BytesIO(data)) as img:
            assert img.format == "JPEG" and max(img.size) <= 240
            assert not img.getexif()  # no GPS position, camera or time leaves in the page
    with Image.open(io.BytesIO(thumbs[0])) as img:
        assert img.size == (240, 180)  # the 2400 x 1800 camera photo, its shape kept
    assert any("1" in w and "照片" in w for w in rep.warnings), rep.warnings
    assert str(folder) not in html and "alice" not in html and "Users" not in html
    assert XSS not in html and "\\u003cimg src=x" in html  # the name reaches the page only as JSON text
    assert "door.jpg" in html


@pytest.mark.browser
@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed (Debian package chromium)")
def test_the_popup_shows_the_photos_offline_and_a_click_enlarges_one(browser, photographed, tmp_path):
    from test_html_browser import Opened

    p, _ = photographed
    path = tmp_path / "photos.html"
    rep = export_html(p, path, lang="zh_CN")
    o = Opened(browser, path, block_remote=True)
    try:
        lid = next(l["id"] for l in rep.layers if l["kind"] == "points")
        o.page.evaluate(
            "(id) => { const l = gzmap.layers[id]; gzmap.map.setView(gzmap.toLatLng(l.lat[0], l.lon[0]), 17,"
            " {animate: false}); }",
            lid,
        )
        o.page.wait_for_timeout(300)
        x, y = o.point_xy(lid, 0)
        o.page.mouse.click(x, y)
        o.page.wait_for_selector(".leaflet-popup-content .gz-photos img", timeout=5000)
        imgs = o.page.eval_on_selector_all(
            ".leaflet-popup-content .gz-photos img",
            "is => is.map(i => [i.complete && i.naturalWidth, i.alt, i.getBoundingClientRect().width])",
        )
        assert [i[0] for i in imgs] == [240, 32]  # both decoded: the data is in the page
        assert imgs[0][1] == "天河企业0 的照片：door.jpg"
        assert imgs[1][1] == f"天河企业0 的照片：{XSS}.jpg"  # the hostile name shown as text, never run
        assert o.page.evaluate("window.__pwned") is None and o.dialogs == []
        captions = o.page.eval_on_selector_all(".gz-photos figcaption", "cs => cs.map(c => c.textContent)")
        assert captions[0] == "2026-05-01 09:00 · door.jpg"
        o.page.locator(".gz-photos img").first.click()
        o.page.wait_for_timeout(100)
        wide = o.page.evaluate("document.querySelector('.gz-photos img').getBoundingClientRect().width")
        assert wide > 2 * imgs[0][2]  # a click shows it across the popup
        o.page.screenshot(path=str(tmp_path / "popup.png"))
        assert o.remote == [] and o.errors == []
    finally:
        o.page.close()
