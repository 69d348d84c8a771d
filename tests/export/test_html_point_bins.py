"""The exported page draws crowded points as count squares by the desktop's rule, in Chromium."""

from __future__ import annotations

import os

import pytest
from html_fixtures import ARGS
from html_fixtures import CHROMIUM

from gzmap.core.point_rules import BIN_COLORS
from gzmap.core.point_rules import BIN_PT
from gzmap.core.style import hex_to_rgb
from gzmap.export.html import export_html
from gzmap.io.builtin import default_project

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed (Debian package chromium)"),
]

#: Pixels of each bin colour on the points' canvas, and the squares they make.
COUNT_PIXELS = """(colors) => {
  var l = gzmap.pointLayers[0], c = l._canvas, d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  var out = colors.map(function () { return 0; }), painted = 0;
  for (var i = 0; i < d.length; i += 4) {
    if (!d[i + 3]) continue;
    painted++;
    for (var k = 0; k < colors.length; k++)
      if (Math.abs(d[i] - colors[k][0]) <= 2 && Math.abs(d[i + 1] - colors[k][1]) <= 2 && Math.abs(d[i + 2] - colors[k][2]) <= 2) out[k]++;
  }
  return {steps: out, painted: painted, mode: l.mode, nvis: l.nvis};
}"""


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    path = tmp_path_factory.mktemp("bins") / "map.html"
    export_html(default_project(), path)  # the 10,000 sample enterprises, as `gzmap export-html` writes them
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pg = browser.new_page(viewport={"width": 1200, "height": 800})
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.goto(path.as_uri())
        pg.wait_for_function("window.gzmapReady === true", timeout=60_000)
        yield pg, errors
        browser.close()


def _legend(pg) -> dict:
    return pg.evaluate(
        """() => { var s = document.querySelector('.gz-legend section'), b = s.querySelector('.gz-bins');
          return {bins: b ? b.offsetParent !== null : false, binText: b ? b.innerText : '',
                  classes: s.querySelector('table').offsetParent !== null, text: s.innerText}; }"""
    )


def test_overview_shows_count_squares_not_a_blob(page):
    pg, errors = page
    colors = [list(hex_to_rgb(c)) for c in BIN_COLORS]
    got = pg.evaluate(COUNT_PIXELS, colors)
    assert got["mode"] == "bins" and got["nvis"] == 10_000
    side = BIN_PT * 96 / 72  # CSS pixels (the page runs at device pixel ratio 1)
    squares = [n / side**2 for n in got["steps"]]
    assert sum(squares) > 100, squares  # a hundred squares and more, not one blob
    assert sum(s >= 3 for s in squares) >= 3, squares  # in several count steps
    legend = _legend(pg)
    assert legend["bins"] and not legend["classes"]
    assert "≥ 100" in legend["binText"] and _expected_title(pg) in legend["binText"]
    assert " km × " in _expected_title(pg) and "毫米" not in legend["binText"]
    # headed by the layer's name, not by the title of the sub-sector classes the squares do not show
    assert legend["text"].startswith("数字文化企业（合成样例）") and "按细分行业" not in legend["text"]
    assert errors == []


def test_zoomed_in_the_page_shows_symbols_and_the_classes(page):
    pg, errors = page
    pg.evaluate("() => gzmap.map.setView([23.12, 113.335], 15, {animate: false})")
    pg.wait_for_function("gzmap.pointLayers[0].mode === 'symbols'", timeout=10_000)
    assert 0 < pg.evaluate("gzmap.pointLayers[0].nvis") <= 4000
    legend = _legend(pg)
    assert legend["classes"] and not legend["bins"]
    assert "游戏电竞" in legend["text"] and legend["text"].startswith("数字文化企业（按细分行业）")
    pg.evaluate("() => gzmap.map.setView([23.12, 113.335], 9, {animate: false})")
    pg.wait_for_function("gzmap.pointLayers[0].mode === 'bins'", timeout=10_000)
    at9 = _legend(pg)
    assert at9["bins"] and not at9["classes"] and _expected_title(pg) in at9["binText"]
    pg.evaluate("() => gzmap.map.setView([23.12, 113.335], 10, {animate: false})")
    pg.wait_for_function("gzmap.pointLayers[0].mode === 'bins'", timeout=10_000)
    at10 = _legend(pg)  # a zoom step closer, still squares: half the side, and the heading says so
    assert _expected_title(pg) in at10["binText"] and _expected_title(pg) not in at9["binText"]
    assert errors == []


def _expected_title(pg) -> str:
    """The count steps' heading for the page's zoom and centre, from the desktop's rule (96 CSS px per inch)."""
    import math

    from gzmap.core.point_rules import bin_cell_metres
    from gzmap.core.point_rules import bin_title

    zoom, lat = pg.evaluate("() => [gzmap.map.getZoom(), gzmap.map.getCenter().lat]")
    m_per_pt = 2 * math.pi * 6378137 / (256 * 2**zoom) * 96 / 72 * math.cos(math.radians(lat))
    return bin_title("zh_CN", bin_cell_metres(m_per_pt))
