"""The exported page's legend counts follow its time slider: every class is listed, and each count is
the number of points the slider's year shows in that class (the app's own filter and style count the
same), in Chromium with no network."""

from __future__ import annotations

import os
import re

import geopandas as gpd
import numpy as np
import pytest
from html_fixtures import CHROMIUM
from test_html_browser import Opened

from gzmap.core.layer import VectorLayer
from gzmap.core.layer_filter import LayerFilter
from gzmap.core.project import Project
from gzmap.core.style import CategorizedStyle
from gzmap.core.time_filter import TimeFilter
from gzmap.export.html import build_html
from gzmap.export.html import export_html

KINDS = {"games": ("游戏", "Games"), "music": ("音乐", "Music"), "animation": ("动漫", "Animation")}


def timed_project() -> tuple[Project, VectorLayer]:
    rng = np.random.default_rng(9)
    n = 360
    kind = np.where(np.arange(n) < 40, "animation", rng.choice(["games", "music"], n))
    founded = np.where(kind == "animation", rng.integers(2016, 2021, n), rng.integers(2001, 2021, n)).astype(object)
    founded[:2] = ["不详", 0]  # no year: counted in no year
    g = gpd.GeoDataFrame(
        {
            "subsector": kind,
            "founded": founded,
            "closed": [2013 if i % 9 == 0 else None for i in range(n)],
        },
        geometry=gpd.points_from_xy(rng.uniform(113.30, 113.36, n), rng.uniform(23.10, 23.14, n)),
        crs=4326,
    )
    style = CategorizedStyle.from_values("subsector", list(KINDS), labels=KINDS)
    layer = VectorLayer(g, "企业", "Firms", style=style)
    layer.filter = LayerFilter(time=TimeFilter("founded", "as_of", 2012, closed_field="closed"))
    p = Project("t")
    p.add_layer(layer)
    return p, layer


def expected_counts(layer, year: int) -> dict[str, int]:
    """Per class label (English), the points the app shows as of ``year``: its filter, its style's legend."""
    flt = layer.filter.with_time(TimeFilter("founded", "as_of", year, closed_field="closed"))
    shown = layer.data[flt.mask(layer.data, layer.style)]
    counts = {e.label("en"): e.count for e in layer.style.legend(shown, keep_empty=True)}
    return {label: counts.get(label, 0) for label in ("Games", "Music", "Animation")}


def legend_in_page(html: str) -> dict[str, str]:
    rows = re.findall(
        r"<tr><td><span[^>]*></span></td><td>([^<]*)</td><td class=\"n\" data-k=\"\d+\">([^<]*)</td>", html
    )
    return dict(rows)


def test_every_class_is_keyed_and_counted_for_the_filter_year():
    p, layer = timed_project()
    html = build_html(p, lang="en")[0]
    got = legend_in_page(html)
    want = expected_counts(layer, 2012)
    assert want["Animation"] == 0  # founded from 2016: an empty class in 2012, listed all the same
    assert got == {k: f"{v:,}" for k, v in want.items()}


@pytest.mark.browser
@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed (Debian package chromium)")
def test_legend_counts_follow_the_slider_in_chromium_offline(browser, tmp_path):
    p, layer = timed_project()
    path = tmp_path / "time_legend.html"
    export_html(p, path, lang="en")
    opened = Opened(browser, path)  # the page tests' one way to open a page and record what it does
    pg = opened.page
    read = """() => Array.from(document.querySelectorAll('.gz-legend td.n[data-k]')).map(
        c => [c.parentElement.cells[1].innerText, c.innerText])"""

    def legend() -> dict[str, int]:
        return {label: int(n.replace(",", "")) for label, n in pg.evaluate(read)}

    assert legend() == expected_counts(layer, 2012)
    slider = pg.locator(".gz-time input[type=range]")
    slider.focus()
    for _ in range(6):  # the reader steps the slider to 2018 with the keyboard
        pg.keyboard.press("ArrowRight")
    assert pg.evaluate("gzmap.year") == 2018
    want = expected_counts(layer, 2018)
    assert want["Animation"] > 0 and legend() == want
    assert sum(want.values()) == pg.evaluate("gzmap.pointLayers[0].nshown")
    pg.evaluate("() => { gzmap.playStepMs = 30; }")
    pg.locator(".gz-time .gz-play").click()
    pg.wait_for_function("gzmap.playing === null && gzmap.year === 2020", timeout=20_000)
    assert legend() == expected_counts(layer, 2020)
    assert opened.errors == [] and opened.remote == []
    opened.close()
