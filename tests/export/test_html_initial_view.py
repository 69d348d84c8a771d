"""Where the exported page opens (headless Chromium): fitted to the data, the data's extent filling the
window in its tighter direction (not a quarter of it, as a fit at whole zoom steps can leave it)."""

from __future__ import annotations

import math
import os

import pytest
from html_fixtures import CHROMIUM

from gzmap.export.html import export_html
from gzmap.io.builtin import default_project

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed (Debian package chromium)"),
]


def _merc_y(lat: float) -> float:
    """Web Mercator's y of ``lat`` (degrees), in radians of the sphere: the window's vertical measure."""
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


@pytest.mark.parametrize("size", [(1200, 800), (1000, 900)])
def test_the_page_opens_fitted_to_the_data(browser, tmp_path, size):
    path = tmp_path / "map.html"
    export_html(default_project(), path)
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    try:
        page.goto(path.as_uri())
        page.wait_for_function("window.gzmapReady === true", timeout=30_000)
        view, data = page.evaluate(
            """() => { const b = gzmap.map.getBounds(), d = gzmap.view.bounds;
                 return [[b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], [d[0][1], d[0][0], d[1][1], d[1][0]]]; }"""
        )
    finally:
        page.close()
    w, s, e, n = view
    dw, ds, de, dn = data
    assert w <= dw and s <= ds and e >= de and n >= dn, (view, data)  # all the data shows
    across = (e - w) / (de - dw)
    up = (_merc_y(n) - _merc_y(s)) / (_merc_y(dn) - _merc_y(ds))
    assert min(across, up) <= 1.25, (across, up)  # the data fills the window in its tighter direction
    assert max(across, up) <= 1.5, (across, up)
