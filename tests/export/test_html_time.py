"""A layer's filter in the exported page: the expression keeps rows out of the page; the time filter
becomes a slider with Play that works in Chromium with no network."""

from __future__ import annotations

import os

import geopandas as gpd
import numpy as np
import pytest
from test_html_browser import ARGS  # the one Chromium set-up of the browser tests
from test_html_browser import CHROMIUM  # the one Chromium set-up of the browser tests

from gzmap.core.filter_expression import parse
from gzmap.core.layer import VectorLayer
from gzmap.core.layer_filter import LayerFilter
from gzmap.core.project import Project
from gzmap.core.time_filter import TimeFilter
from gzmap.export.html import build_html
from gzmap.export.html import export_html
from gzmap.testing import assert_no_remote_requests


def firms_project(time: TimeFilter | None) -> tuple[Project, VectorLayer]:
    rng = np.random.default_rng(5)
    n = 300
    g = gpd.GeoDataFrame(
        {
            "name": [f"企业{i}" for i in range(n)],
            "subsector": np.where(np.arange(n) % 3 == 0, "music", "games"),
            "founded": np.r_[np.tile(np.arange(2001, 2021), n // 20)].astype(object),
            "closed": [2012 if i % 10 == 0 else None for i in range(n)],
        },
        geometry=gpd.points_from_xy(rng.uniform(113.30, 113.36, n), rng.uniform(23.10, 23.14, n)),
        crs=4326,
    )
    g.loc[5, "founded"] = "unknown"  # no year: in no year, on the canvas and in the page
    layer = VectorLayer(g, "企业", "Firms")
    layer.filter = LayerFilter(time=time).with_expression(parse("subsector = 'games'"))
    p = Project("t")
    p.add_layer(layer)
    return p, layer


def test_the_expression_keeps_rows_out_of_the_page_and_the_slider_carries_years():
    p, layer = firms_project(TimeFilter("founded", "as_of", 2015, closed_field="closed"))
    html = build_html(p)[0]
    assert '"mode": "as_of"' in html or '"mode":"as_of"' in html
    assert_no_remote_requests(html)


@pytest.mark.browser
@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed (Debian package chromium)")
def test_slider_and_play_show_the_years_in_chromium_offline(tmp_path):
    from playwright.sync_api import sync_playwright

    p, layer = firms_project(TimeFilter("founded", "as_of", 2015, closed_field="closed"))
    path = tmp_path / "time.html"
    export_html(p, path)
    expected = {y: int(layer.filter.with_time(TimeFilter("founded", "as_of", y, closed_field="closed"))
                       .mask(layer.data, layer.style).sum()) for y in range(2001, 2021)}  # fmt: skip
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        pg = browser.new_page(viewport={"width": 1100, "height": 760})
        requests: list[str] = []
        errors: list[str] = []
        pg.on("request", lambda r: requests.append(r.url))
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.goto(path.as_uri())
        pg.wait_for_function("window.gzmapReady === true", timeout=60_000)
        state = "() => ({n: gzmap.pointLayers[0].nshown, year: gzmap.year, text: gzmap.timeBox.innerText})"
        got = pg.evaluate(state)
        assert pg.evaluate("gzmap.pointLayers[0].n") == 200  # the music firms were kept out of the page
        assert got["year"] == 2015 and got["n"] == expected[2015], got
        assert "2015" in got["text"] and str(expected[2015]) in got["text"]
        slider = pg.locator(".gz-time input[type=range]")
        slider.focus()
        for _ in range(5):
            pg.keyboard.press("ArrowLeft")
        got = pg.evaluate(state)
        assert got["year"] == 2010 and got["n"] == expected[2010], got
        pg.evaluate("() => { gzmap.playStepMs = 30; }")
        pg.locator(".gz-time .gz-play").click()
        pg.wait_for_function("gzmap.playing === null && gzmap.year === 2020", timeout=20_000)
        got = pg.evaluate(state)
        assert got["n"] == expected[2020] < 199, got  # 199 games firms have a year; those closed by 2020 are out
        browser.close()
    assert errors == []
    assert all(u.startswith(("file:", "data:", "blob:", "about:")) for u in requests), requests
