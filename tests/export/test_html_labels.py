"""The page's labels come from the same placement as the canvas and the print (gzmap.core.labels)."""

from __future__ import annotations

import itertools
import os

import pytest
from html_fixtures import demo_project
from html_fixtures import population_layer
from test_html_browser import ARGS  # the one Chromium set-up of the browser tests
from test_html_browser import CHROMIUM  # the one Chromium set-up of the browser tests

from gzmap.core.labels import CANDIDATES
from gzmap.core.labels import as_js
from gzmap.export.html import build_html
from gzmap.export.html import export_html
from gzmap.io.builtin import districts_layer

DISTRICTS = set(districts_layer().data["name_zh"])
LABELS = """() => Array.from(document.querySelectorAll('.gz-label')).map(e => {
  const r = e.getBoundingClientRect(); return [e.textContent, r.left, r.top, r.right, r.bottom]; })"""


def test_the_page_gets_the_engines_rules_and_anchors_in_priority_order():
    page, _ = build_html(demo_project(20, extra=[population_layer()]))
    rules = as_js()
    assert f'"candidates":{[list(c) for c in CANDIDATES]}'.replace(" ", "") in page.replace(" ", "")
    assert f'"minFeaturePt":{rules["minFeaturePt"]}' in page.replace(" ", "")


@pytest.mark.browser
@pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed (Debian package chromium)")
def test_at_guangzhou_every_district_is_labelled_once_without_overlaps_and_covered_labels_wait(tmp_path):
    from playwright.sync_api import sync_playwright

    path = tmp_path / "labels.html"
    export_html(demo_project(300, extra=[population_layer()]), path)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 800})
            page.goto(path.as_uri())
            page.wait_for_function("window.gzmapReady === true", timeout=30_000)
            page.evaluate("gzmap.map.fitBounds([[22.5, 112.95], [23.95, 114.1]], {animate: false})")
            page.wait_for_timeout(200)
            labels = page.evaluate(LABELS)
            texts = [t for t, *_ in labels]
            assert DISTRICTS <= set(texts) and len(texts) == len(set(texts))
            assert "广州市" not in texts  # the GBA layer is hidden there by the districts and the choropleth
            for a, b in itertools.combinations(labels, 2):
                assert not (a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]), f"{a[0]} overlaps {b[0]}"
            # switch off every layer that hides the GBA layer's Guangzhou: its label comes back
            page.evaluate(
                "gzmap.vectorLayers.filter(l => l.gzCfg.name !== '粤港澳大湾区城市')"
                ".forEach(l => gzmap.map.removeLayer(l))"
            )
            page.wait_for_timeout(200)
            assert "广州市" in [t for t, *_ in page.evaluate(LABELS)]
        finally:
            browser.close()
