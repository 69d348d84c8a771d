"""The exported page opened from disk in Debian's Chromium, offline, every request logged."""

from __future__ import annotations

import os

import pytest
from html_fixtures import ARGS  # noqa: F401  (the other page tests import it from here)
from html_fixtures import CHROMIUM
from html_fixtures import XSS
from html_fixtures import demo_project
from html_fixtures import enterprises_layer
from html_fixtures import heat_layer
from html_fixtures import population_layer

from gzmap.export.html import export_html

LOCAL = ("file:", "data:", "about:", "blob:")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is not installed (Debian package chromium)"),
]


class Opened:
    """A page with its requests, console messages, page errors and dialogs recorded."""

    def __init__(self, browser, path, block_remote: bool = False):
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.requests, self.console, self.dialogs = [], [], []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.console.append(("pageerror", str(e))))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        if block_remote:
            self.page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(LOCAL) else r.abort())
        self.page.goto(path.as_uri())
        self.page.wait_for_function("window.gzmapReady === true", timeout=30_000)

    @property
    def remote(self):
        return [u for u in self.requests if not u.startswith(LOCAL)]

    @property
    def errors(self):
        return [(t, m) for t, m in self.console if t in ("error", "pageerror")]

    def layer_id(self, report, name):
        return next(l["id"] for l in report.layers if l["name"] == name)

    def point_xy(self, layer_id, index):
        return self.page.evaluate(
            """([id, i]) => { const l = gzmap.layers[id];
                 const p = gzmap.map.latLngToContainerPoint(gzmap.toLatLng(l.lat[i], l.lon[i]));
                 const r = gzmap.map.getContainer().getBoundingClientRect();
                 return [p.x + r.left, p.y + r.top]; }""",
            [layer_id, index],
        )

    def close(self):
        self.page.close()


def test_offline_page_draws_everything_with_no_request(browser, tmp_path):
    path = tmp_path / "地图 map.html"
    rep = export_html(demo_project(300, extra=[population_layer(), heat_layer()]), path)
    o = Opened(browser, path)
    try:
        assert o.remote == []
        assert all(u.startswith(LOCAL) for u in o.requests)
        assert o.errors == []
        page = o.page
        assert page.locator(".leaflet-container").count() == 1
        districts = o.layer_id(rep, "广州市辖区")
        assert page.locator(f"path.gz-{districts}").count() == 11
        assert page.locator(f"path.gz-{o.layer_id(rep, '粤港澳大湾区城市')}").count() == 11
        # every polygon of the choropleth has its class colour from the style
        pop = o.layer_id(rep, "常住人口（2020）")
        fills = page.eval_on_selector_all(f"path.gz-{pop}", "els => els.map(e => e.getAttribute('fill'))")
        assert len(fills) == 11 and set(fills) <= set(population_layer().style.symbols[i].fill for i in range(4))
        # labels, scale bar, layer control with the layer names, legend, title
        labels = page.eval_on_selector_all(".gz-label", "els => els.map(e => e.textContent)")
        assert {"从化区", "深圳市"} <= set(labels) and len(labels) == len(set(labels))  # more: test_html_labels.py
        assert page.locator(".leaflet-control-scale").count() == 1
        control = page.inner_text(".leaflet-control-layers")
        assert "广州市辖区" in control and "数字文化企业（示例）" in control
        assert "常住人口" in page.inner_text("#gz-legend")
        assert "广州数字文化产业地图" in page.inner_text("#gz-title")
        # the raster overlay decoded (a data: PNG with real pixels)
        size = page.evaluate(
            f"() => {{ const i = document.querySelector('img.gz-{o.layer_id(rep, '企业密度')}');"
            " return [i.naturalWidth, i.naturalHeight]; }"
        )
        assert size[0] > 10 and size[1] > 10
        # points: drawn on the canvas (not one DOM element each)
        pts = o.layer_id(rep, "数字文化企业（示例）")
        assert page.evaluate(f"() => gzmap.layers['{pts}'].nvis") == 300
        assert page.locator(".leaflet-marker-icon").count() == 0
        painted = page.evaluate(f"""() => {{ const c = document.querySelector('canvas.gz-{pts}');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
            for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; }}""")
        assert painted > 300
    finally:
        o.close()


def test_click_opens_the_popup_of_the_topmost_point_layer(browser, tmp_path):
    below, above = enterprises_layer(30, seed=1), enterprises_layer(30, seed=1)
    above.data["name"] = [f"上层企业{i}" for i in range(30)]
    path = tmp_path / "two.html"
    rep = export_html([below, above], path)  # a list of layers, bottom to top
    o = Opened(browser, path)
    try:
        for _ in range(3):  # the view may still be settling (zoom limits, labels): find the point again
            o.page.wait_for_timeout(300)
            x, y = o.point_xy(rep.layers[-1]["id"], 3)
            o.page.mouse.click(x, y)
            if o.page.locator(".leaflet-popup-content").count():
                break
        o.page.wait_for_selector(".leaflet-popup-content", timeout=5000)
        assert o.page.locator(".leaflet-popup").count() == 1
        assert "上层企业3" in o.page.inner_text(".leaflet-popup-content")
    finally:
        o.close()


def test_popup_opens_on_click_with_chinese_text(browser, tmp_path):
    path = tmp_path / "popup.html"
    rep = export_html(demo_project(300), path)
    o = Opened(browser, path)
    try:
        pts = o.layer_id(rep, "数字文化企业（示例）")
        x, y = o.point_xy(pts, 7)
        o.page.mouse.click(x, y)
        o.page.wait_for_selector(".leaflet-popup-content", timeout=5000)
        text = o.page.inner_text(".leaflet-popup-content")
        assert "数字文化有限公司" in text and "地址" in text and "从业人员" in text
        assert any(s in text for s in ("游戏", "动漫", "数字音乐", "网络直播", "创意设计"))
        assert o.errors == []
    finally:
        o.close()


def test_malicious_name_executes_nothing(browser, tmp_path):
    path = tmp_path / "xss.html"
    from gzmap.core.project import Project
    from gzmap.io.builtin import districts_layer

    layer = enterprises_layer(50, first_name=XSS)
    layer.rename(XSS)
    project = Project()
    project.add_layer(districts_layer())
    project.add_layer(layer)
    rep = export_html(project, path, title=XSS)
    o = Opened(browser, path)
    try:
        pts = rep.layers[-1]["id"]
        x, y = o.point_xy(pts, 0)
        o.page.mouse.click(x, y)
        o.page.wait_for_selector(".leaflet-popup-content", timeout=5000)
        o.page.wait_for_timeout(300)
        popup = o.page.locator(".leaflet-popup-content")
        assert XSS in popup.inner_text()  # shown as text
        assert popup.locator("img").count() == 0
        assert o.page.locator("img[src='x']").count() == 0
        assert XSS in o.page.inner_text(".leaflet-control-layers") and XSS in o.page.inner_text("#gz-title")
        assert o.dialogs == []
        assert o.page.evaluate("() => window.__pwned") is None
        assert o.errors == []
    finally:
        o.close()


def test_gcj02_basemap_shifts_the_overlays(browser, tmp_path):
    from gzmap.core.datums import convert

    path = tmp_path / "amap.html"
    rep = export_html(demo_project(20), path, basemap="amap")
    o = Opened(browser, path, block_remote=True)  # tiles cannot load offline; the page must still work
    try:
        assert o.page.evaluate("() => gzmap.datum") == "gcj02"
        lon, lat = 113.3245, 23.1066
        glon, glat = convert(lon, lat, "wgs84", "gcj02")
        js = o.page.evaluate(f"() => gzmap.toMap({lat}, {lon})")
        assert abs(js[0] - glat) * 111_000 < 1.0 and abs(js[1] - glon) * 102_000 < 1.0
        districts = o.layer_id(rep, "广州市辖区")
        centre = f"() => {{ const c = gzmap.layers['{districts}'].getBounds().getCenter(); return [c.lat, c.lng]; }}"
        shifted = o.page.evaluate(centre)
        # switch to the offline basemap in the layer control: overlays go back to WGS84
        o.page.get_by_text("无在线底图").click()
        o.page.wait_for_function("gzmap.datum === 'wgs84'")
        plain = o.page.evaluate(centre)
        dlat, dlon = shifted[0] - plain[0], shifted[1] - plain[1]
        exp_lon, exp_lat = convert(plain[1], plain[0], "wgs84", "gcj02")
        assert abs(dlat - (exp_lat - plain[0])) * 111_000 < 20 and abs(dlon - (exp_lon - plain[1])) * 102_000 < 20
        assert 100 < abs(dlon) * 102_000 < 1000  # the GCJ-02 offset is hundreds of metres here
        assert o.errors == [] or all("ERR_FAILED" in m or "Failed to load" in m for _, m in o.errors)
    finally:
        o.close()


def test_popups_work_at_100k_points(browser, tmp_path):
    path = tmp_path / "big.html"
    rep = export_html(demo_project(100_000), path)
    assert rep.bytes < 15_000_000
    o = Opened(browser, path)
    try:
        pts = rep.layers[-1]["id"]
        assert o.page.evaluate(f"() => gzmap.layers['{pts}'].n") == 100_000
        assert o.page.evaluate(f"() => gzmap.layers['{pts}'].mode") in ("stamped", "bins")
        x, y = o.point_xy(pts, 12345)
        o.page.mouse.click(x, y)
        o.page.wait_for_selector(".leaflet-popup-content", timeout=5000)
        assert "有限公司" in o.page.inner_text(".leaflet-popup-content")
        assert o.remote == [] and o.errors == []
    finally:
        o.close()


def test_bad_input_still_gives_a_working_page(browser, tmp_path):
    import geopandas as gpd
    import shapely

    from gzmap.core.layer import VectorLayer

    empty = VectorLayer(gpd.GeoDataFrame({"name": []}, geometry=[], crs="EPSG:4326"), "空图层", "Empty")
    bowtie = shapely.Polygon([(113.2, 23.0), (113.4, 23.2), (113.4, 23.0), (113.2, 23.2)])
    coll = shapely.GeometryCollection([shapely.Point(113.3, 23.1), shapely.box(113.25, 23.05, 113.3, 23.08)])
    odd = VectorLayer(
        gpd.GeoDataFrame(
            {"name": ["自相交", "集合", "长" * 2_000_000]},
            geometry=[bowtie, coll, shapely.box(113.5, 23.0, 113.6, 23.1)],
            crs="EPSG:4326",
        ),
        "坏数据",
        "Bad data",
    )
    path = tmp_path / "bad.html"
    rep = export_html(demo_project(5, extra=[empty, odd]), path)
    assert len(rep.warnings) >= 3
    o = Opened(browser, path)
    try:
        assert o.errors == [] and o.remote == []
        assert o.page.locator(f"path.gz-{o.layer_id(rep, '坏数据')}").count() >= 3
    finally:
        o.close()


def test_page_and_canvas_choose_the_same_point_drawing(browser, tmp_path):
    """The exported page draws points by the desktop canvas's rule (gzmap.core.point_rules)."""
    import math

    from gzmap.core.point_rules import MAX_CROWDING
    from gzmap.core.point_rules import STAMP_LIMIT
    from gzmap.core.point_rules import SYMBOL_LIMIT
    from gzmap.core.point_rules import point_regime
    from gzmap.core.point_rules import scale_of
    from gzmap.core.point_rules import size_factor
    from gzmap.core.viewport import R_EARTH

    path = tmp_path / "rules.html"
    export_html(demo_project(20), path)
    o = Opened(browser, path)
    try:
        cases = [
            (n, size, w, h, crowded)
            for n in (10, SYMBOL_LIMIT, SYMBOL_LIMIT + 1, 20_000, STAMP_LIMIT, STAMP_LIMIT + 1)
            for size in (1.0, 6.7, 20.0)
            for w, h in ((1200, 800), (300, 200))
            for crowded in (None, 1.5, MAX_CROWDING)
        ]
        page = o.page.evaluate("(cases) => cases.map(c => gzmap.regime(c[0], c[1], c[2], c[3], c[4]))", cases)
        assert page == [point_regime(*c) for c in cases]
        assert len(set(page)) == 3
        factors = o.page.evaluate("() => [8, 10, 12, 14, 16].map(z => gzmap.sizeFactor(z))")
        # Leaflet's zoom z: 2πR / 256 / 2^z Web Mercator metres per CSS pixel, 96 CSS pixels per inch
        expected = [size_factor(scale_of(2 * math.pi * R_EARTH / 256 / 2**z * 96 / 72)) for z in (8, 10, 12, 14, 16)]
        assert factors == pytest.approx(expected)
    finally:
        o.close()
