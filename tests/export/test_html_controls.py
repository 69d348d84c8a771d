"""The exported page's scale bar, zoom limits, panels and popups, in Debian's Chromium, offline.

What a reader checks on the page: the scale bar says metres or kilometres at every zoom; the map
neither zooms out to the whole world nor in to an empty street; no two panels cover each other
at a desktop or a small window; popups and tooltips name fields in the page's language.
"""

from __future__ import annotations

import os
import re

import pytest
from html_fixtures import enterprises_layer
from html_fixtures import heat_layer
from test_html_browser import CHROMIUM
from test_html_browser import LOCAL

from gzmap.export.html import export_html

#: The boxes that must never meet: zoom, layer list, legend, sources, scale bar, title, attribution.
CONTROLS = (
    ".leaflet-control-zoom",
    ".leaflet-control-layers",
    "#gz-legend",
    "#gz-sources",
    ".leaflet-control-scale",
    "#gz-title",
    ".leaflet-control-attribution",
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed (Debian package chromium)"),
]


@pytest.fixture(scope="module")
def default_pages(tmp_path_factory):
    """The app's default project (GBA cities, Guangzhou districts, the 10,000 sample enterprises)
    exported in each language: {lang: (path, report)}."""
    from gzmap.io.builtin import default_project

    folder = tmp_path_factory.mktemp("default")
    out = {}
    for lang in ("zh_CN", "en"):
        path = folder / f"default_{lang}.html"
        out[lang] = (path, export_html(default_project(), path, lang=lang))
    return out


class Page:
    """A page opened at a window size, every request recorded."""

    def __init__(self, browser, path, width=1280, height=800):
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.requests, self.errors = [], []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.gzmapReady === true", timeout=60_000)

    @property
    def remote(self):
        return [u for u in self.requests if not u.startswith(LOCAL)]

    def zoom(self, z):
        self.page.evaluate(f"gzmap.map.setZoom({z}, {{animate: false}})")
        self.page.wait_for_timeout(150)
        return self.page.evaluate("gzmap.map.getZoom()")

    def boxes(self):
        return self.page.evaluate(
            """(sels) => sels.map(s => { const e = document.querySelector(s);
                 if (!e) return null; const b = e.getBoundingClientRect();
                 return [s, b.left, b.top, b.right, b.bottom]; })""",
            list(CONTROLS),
        )

    def close(self):
        self.page.close()


def _overlaps(boxes):
    out = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]:
                out.append((a[0], b[0]))
    return out


def test_scale_bar_is_metric_at_every_zoom(browser, default_pages):
    path, _ = default_pages["zh_CN"]
    o = Page(browser, path)
    try:
        lo, hi = o.page.evaluate("[gzmap.map.getMinZoom(), gzmap.map.getMaxZoom()]")
        seen = []
        for z in (lo, (lo + hi) // 2, hi):
            assert o.zoom(z) == z
            text = o.page.inner_text(".leaflet-control-scale").strip()
            assert re.fullmatch(r"\d+ (m|km)", text), text  # one line, no miles or feet
            seen.append(text)
        assert seen[0].endswith(" km") and seen[-1].endswith(" m")
        assert o.page.locator(".leaflet-control-scale-line").count() == 1
        assert o.remote == [] and o.errors == []
    finally:
        o.close()


def test_zoom_stays_with_the_data(browser, default_pages):
    from gzmap.export.html_view import CLOSEST_ZOOM
    from gzmap.export.html_view import data_extent
    from gzmap.export.html_view import max_zoom
    from gzmap.io.builtin import default_project

    path, _ = default_pages["zh_CN"]
    west, south, east, north = data_extent(*(layer.bounds() for layer in default_project().layers))
    o = Page(browser, path)
    try:
        lo, hi = o.page.evaluate("[gzmap.map.getMinZoom(), gzmap.map.getMaxZoom()]")
        assert hi == max_zoom((west, south, east, north)) <= CLOSEST_ZOOM
        assert o.zoom(0) == lo and o.zoom(25) == hi  # asked for more, the map stops at its limits
        # zoomed out as far as it goes: all the data shows, and not much more than that
        o.zoom(lo)
        w, s, e, n = o.page.evaluate(
            "(() => { const b = gzmap.map.getBounds(); return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; })()"
        )
        assert w <= west and e >= east and s <= south and n >= north
        assert (e - w) < 6 * (east - west)  # never the whole world
        # zoomed in as far as it goes: the scale bar still spans tens of metres
        o.zoom(hi)
        metres = int(o.page.inner_text(".leaflet-control-scale").split()[0])
        assert o.page.inner_text(".leaflet-control-scale").strip().endswith(" m") and metres >= 50
        assert o.remote == [] and o.errors == []
    finally:
        o.close()


@pytest.mark.parametrize("size", [(1280, 800), (800, 600)])
def test_controls_never_overlap(browser, default_pages, size):
    path, _ = default_pages["zh_CN"]
    o = Page(browser, path, *size)
    try:
        page = o.page
        page.click("#gz-sources summary")  # the sources opened: the tallest it gets
        page.wait_for_timeout(200)
        states = []
        for _ in range(2):  # as the page opens, then with the layer list folded or unfolded
            boxes = o.boxes()
            assert all(b is not None for b in boxes), boxes
            assert _overlaps(boxes) == [], (size, boxes)
            for b in boxes:  # every box inside the window
                assert b[1] >= 0 and b[2] >= 0 and b[3] <= size[0] and b[4] <= size[1], (size, b)
            # the sources panel's text stays inside its box
            assert page.evaluate(
                "(() => { const e = document.getElementById('gz-sources'); return e.scrollWidth <= e.clientWidth; })()"
            )
            states.append(
                page.evaluate("document.querySelector('.leaflet-control-layers').classList.contains('gz-folded')")
            )
            page.click(".gz-lc-head")
            page.wait_for_timeout(200)
        assert states[0] != states[1]  # the layer list folds and unfolds
        assert page.locator(".gz-lc-head").inner_text().startswith("图层")
        assert o.remote == [] and o.errors == []
    finally:
        o.close()


def _enterprise_popup(o, report, row=None):
    """Click the enterprise nearest the middle of the window; the popup's (title, {label: value})."""
    pts = next(l["id"] for l in report.layers if l["kind"] == "points")
    o.zoom(14)
    x, y = o.page.evaluate(
        """(id) => { const l = gzmap.layers[id], m = gzmap.map, s = m.getSize(); let best = null;
             for (let i = 0; i < l.n; i++) { const p = m.latLngToContainerPoint(gzmap.toLatLng(l.lat[i], l.lon[i]));
               const d = Math.hypot(p.x - s.x / 2, p.y - s.y / 2); if (!best || d < best[0]) best = [d, p.x, p.y]; }
             const r = m.getContainer().getBoundingClientRect(); return [best[1] + r.left, best[2] + r.top]; }""",
        pts,
    )
    o.page.mouse.click(x, y)
    o.page.wait_for_selector(".leaflet-popup-content .gz-popup", timeout=5000)
    title = o.page.inner_text(".leaflet-popup-content .gz-pt")
    rows = o.page.eval_on_selector_all(
        ".leaflet-popup-content tr", "rs => rs.map(r => [r.cells[0].textContent, r.cells[1].textContent])"
    )
    return title, dict(rows)


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("zh_CN", {"细分行业", "地址", "从业人员", "营收（万元）", "成立年份"}),
        ("en", {"Sub-sector", "Address", "Employees", "Revenue (10,000 yuan)", "Founded"}),
    ],
)
def test_enterprise_popup_names_fields_in_the_page_language(browser, default_pages, lang, expected):
    path, rep = default_pages[lang]
    o = Page(browser, path)
    try:
        title, rows = _enterprise_popup(o, rep)
        assert "有限公司" in title  # the enterprise's own name (data: the same in both languages)
        assert set(rows) == expected
        raw = {"subsector", "employees", "revenue", "founded", "source_row", "address", "企业名称", "营业收入(万元)"}
        assert not raw & set(rows)
        if lang == "en":  # the labels and the sub-sector are English, the address stays the data's
            assert not any(re.search(r"[\u4e00-\u9fff]", label) for label in rows)
            assert not re.search(r"[\u4e00-\u9fff]", rows["Sub-sector"])
        assert re.fullmatch(r"(19|20)\d\d", rows[next(k for k in rows if k in ("成立年份", "Founded"))])
        assert re.fullmatch(r"[\d,]+", rows[next(k for k in rows if k.startswith(("营收", "Revenue")))])
        assert o.remote == [] and o.errors == []
    finally:
        o.close()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_boundary_tooltips_leave_internal_fields_out(browser, default_pages, lang):
    path, rep = default_pages[lang]
    o = Page(browser, path)
    try:
        texts = o.page.evaluate(
            """() => Object.values(gzmap.layers).filter(l => l.gzCfg).flatMap(l =>
                 l.getLayers().map(f => gzmap.featureTip(l.gzCfg, f.feature.properties).innerText))"""
        )
        assert len(texts) == 22  # 11 GBA cities and 11 districts
        for text in texts:
            for raw in ("level", "parent_adcode", "adcode", "area_km2", "name_en", "name_zh"):
                assert raw not in text
        area = "面积（km²）" if lang == "zh_CN" else "Area (km²)"
        assert all(area in t for t in texts)
        assert o.remote == [] and o.errors == []
    finally:
        o.close()


def test_empty_cells_leave_the_map_as_it_was(browser, tmp_path):
    """A raster's cells without a value and a hot-spot grid's not-significant cells draw nothing
    (no faint rectangle over the sea and the neighbouring cities)."""
    from io import BytesIO

    import numpy as np
    from PIL import Image

    from gzmap.analysis.hotspots import hotspots
    from gzmap.analysis.layers import hotspot_layer
    from gzmap.core.layer import Grid
    from gzmap.core.layer import RasterLayer
    from gzmap.core.project import Project
    from gzmap.io.builtin import districts_layer

    cells = hotspot_layer(hotspots(enterprises_layer(400, seed=3).data, 2000, permutations=0))
    quiet = cells.data[cells.data["gi_class"] == 0]
    assert len(quiet) > 20
    cells.data = quiet  # only the not-significant cells
    heat = heat_layer()
    empty = np.where(np.isnan(heat.grid.values), np.nan, 0.0)  # a surface with no value above zero
    blank = RasterLayer(Grid(empty, heat.grid.transform, heat.grid.crs), "空", "Empty", style=heat.style, opacity=0.7)

    def shot(extra):
        project = Project()
        project.add_layer(districts_layer())
        for layer in extra:
            project.add_layer(layer)
        project.view_extent = (113.1, 22.9, 113.6, 23.4)
        path = tmp_path / f"page{len(extra)}.html"
        export_html(project, path)
        o = Page(browser, path)
        try:
            o.page.evaluate("document.querySelectorAll('.gz-panel,.leaflet-control').forEach(e => e.remove())")
            # labels and the basemap settle over a few frames (slower on a loaded machine): wait until
            # two screenshots 300 ms apart are the same
            last = None
            for _ in range(20):
                o.page.wait_for_timeout(300)
                now = o.page.screenshot()
                if now == last:
                    break
                last = now
            return np.asarray(Image.open(BytesIO(now)).convert("RGB")).astype(int)
        finally:
            o.close()

    plain, over = shot([]), shot([blank, cells])
    assert plain.std() > 5  # a map was drawn
    # the extra layers widen the data extent the page keeps the view in, which can move the map by a
    # pixel; what must not appear is anything drawn, so compare at the best of small shifts
    changed = min(
        (np.abs(np.roll(over, (dy, dx), axis=(0, 1)) - plain)[4:-4, 4:-4].max(axis=2) > 2).mean()
        for dx in range(-2, 3)
        for dy in range(-2, 3)
    )
    assert changed < 0.001, changed
