"""The offline basemap in the exported page: in the page itself (no request), under every layer, in
the layer control, named in the sources, not in the legend, and drawn in its colours in Chromium."""

from __future__ import annotations

import os

import pytest

from gzmap.core.kinds.basemap import SEA
from gzmap.core.style import hex_to_rgb
from gzmap.export.html import build_html
from gzmap.export.html import export_html
from gzmap.io.builtin import default_project

CHROMIUM = "/usr/bin/chromium"
OPEN_SEA = (21.75, 113.3)  # lat, lon: south of Zhuhai, open sea, no data layer or panel there


def test_page_holds_the_basemap_and_names_it_only_in_the_sources():
    page, rep = build_html(default_project(), lang="zh_CN")
    base = rep.layers[0]
    assert base["name"] == "底图" and base["kind"] == "features" and base["bytes"] > 100_000
    assert "gzmap.basemapLayer" in page and f'id="gzdata-{base["id"]}"' in page
    assert f'id="gz-legend-{base["id"]}"' not in page  # not a data layer: no legend section
    sources = page[page.index('id="gz-sources"') :]
    assert "底图" in sources and "OpenStreetMap" in sources
    assert "https://" not in page.split("gzdata-")[1][:200]  # the data block is data, not a link


@pytest.mark.browser
@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed (Debian package chromium)")
def test_basemap_draws_offline_under_the_data_and_can_be_switched_off(tmp_path):
    from playwright.sync_api import sync_playwright
    from PySide6.QtGui import QImage
    from test_html_browser import ARGS  # the browser set-up of the other page tests
    from test_html_browser import LOCAL  # the browser set-up of the other page tests

    path = tmp_path / "map.html"
    export_html(default_project(), path, lang="zh_CN")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 800})
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto(path.as_uri())
            page.wait_for_function("window.gzmapReady === true", timeout=60_000)
            assert [u for u in requests if not u.startswith(LOCAL)] == []
            assert page.evaluate("getComputedStyle(gzmap.map.getPane('gzBase')).zIndex") == "150"
            xy = page.evaluate(
                "([a, b]) => { const p = gzmap.map.latLngToContainerPoint([a, b]); return [p.x, p.y]; }", list(OPEN_SEA)
            )

            def colour_at() -> tuple[int, int, int]:
                img = QImage.fromData(page.screenshot())
                c = img.pixelColor(int(xy[0]), int(xy[1]))
                return c.red(), c.green(), c.blue()

            assert colour_at() == hex_to_rgb(SEA)
            page.get_by_label("底图").uncheck()
            page.wait_for_timeout(300)
            assert colour_at() != hex_to_rgb(SEA)
        finally:
            browser.close()
