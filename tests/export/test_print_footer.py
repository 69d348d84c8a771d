"""The footer of a print as a planner reads it (poppler's text of the PDF): a result layer names the
analysis and the dataset it was made from, with that dataset's own note (synthetic sample), and a
Chinese page says everything in Chinese (proper names and codes of the allow-list aside)."""

from __future__ import annotations

import re
import subprocess

import pytest

from gzmap.core.layout import Layout
from gzmap.export.report import export_report
from gzmap.io.builtin import default_project
from gzmap.testing import assert_one_language

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils not installed"
)


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _footer(text: str, head: str) -> str:
    """The page's text from the sources line ``head`` on, joined (the footer wraps over lines)."""
    joined = " ".join(line.strip() for line in text[text.index(head) :].splitlines() if line.strip())
    return re.sub(r"(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])", "", joined)


@pytest.fixture(scope="module")
def heat_prints(tmp_path_factory):
    """A heat surface of the synthetic sample enterprises over the default project, printed in zh and en."""
    from gzmap.analysis.kde import kde
    from gzmap.analysis.layers import kde_layer

    project = default_project()
    sample = next(l for l in project.layers if l.provenance.get("synthetic"))
    sample.visible = False  # the sources line then knows the sample only through the heat surface
    project.add_layer(kde_layer(kde(sample.data, 2000.0, 500.0), source_layer=sample))
    extent = (113.1, 22.9, 113.7, 23.5)  # Guangzhou's centre, WGS84 degrees
    tmp = tmp_path_factory.mktemp("heat")
    out = {}
    for lang in ("zh_CN", "en"):
        layout = Layout(title="核密度" if lang == "zh_CN" else "Kernel density", extent=extent, lang=lang)
        out[lang] = pdf_text(export_report(tmp / f"heat_{lang}.pdf", layout, project, dpi=60))
    return out


def test_a_heat_print_names_its_input_as_synthetic(heat_prints):
    zh = _footer(heat_prints["zh_CN"], "资料来源")
    assert "核密度热力图" in zh and "GZMap 分析" in zh, zh
    assert "合成样例数据" in zh, zh  # the sample's own title: 广州数字文化企业（合成样例数据，非真实企业）
    en = _footer(heat_prints["en"], "Sources")
    assert "Kernel density" in en and "GZMap analysis of" in en and "SYNTHETIC" in en, en


def test_the_chinese_footer_is_in_chinese(heat_prints):
    zh = _footer(heat_prints["zh_CN"], "资料来源")
    assert "球面墨卡托" in zh and "Web" not in zh, zh
    assert_one_language([("footer", zh)], "zh_CN")
    en = _footer(heat_prints["en"], "Sources")
    assert "Web Mercator (EPSG:3857)" in en
    assert_one_language([("footer", en)], "en")


HAIZHU_WATER = (113.4074, 23.0902)  # lon, lat: the Pearl River's water between 海珠 and 黄埔 (inside 海珠区)


def _page_pixel(plan, img, lon: float, lat: float) -> tuple[int, int, int]:
    """The RGB colour of the print image ``img`` of ``plan`` at (lon, lat), WGS84 degrees."""
    k = img.width() / plan.page_w
    x, y = plan.viewport(k).lonlat_to_screen(lon, lat)
    c = img.pixelColor(int(plan.map_frame.x * k + x), int(plan.map_frame.y * k + y))
    return c.red(), c.green(), c.blue()


def test_the_pearl_river_reads_through_the_districts():
    """The default map at Guangzhou's core, the enterprises hidden: the river inside 海珠区 keeps the
    basemap's water colour (the district and city fills are faint), not the near-white of a fill over it."""
    from gzmap.core.kinds.basemap import SEA
    from gzmap.core.style import hex_to_rgb
    from gzmap.export.report import ensure_gui_app
    from gzmap.export.report import plan_page
    from gzmap.export.report import render_plan_image

    ensure_gui_app()
    project = default_project()
    for layer in project.layers:
        layer.visible = layer.kind == "basemap" or layer.name("en") in ("Guangzhou districts", "GBA cities")
    layout = Layout(title="珠江", extent=(113.25, 23.02, 113.5, 23.17), date="2025-01-31")
    plan = plan_page(layout, project.layers)
    img = render_plan_image(plan, project.layers, 2400)
    seen = _page_pixel(plan, img, *HAIZHU_WATER)
    sea = hex_to_rgb(SEA)
    assert max(abs(a - b) for a, b in zip(seen, sea)) <= 20, (seen, sea)
    assert seen[2] - seen[0] >= 15, seen  # bluish: water, not the pale land of a district


def test_faint_districts_still_name_their_area(tmp_path):
    """The districts' fill is faint, but they are labelled: the GBA layer below them does not print
    "广州市" over Guangzhou's core, where the districts' own names are."""
    import html as html_module

    from gzmap.io.builtin import districts_layer
    from gzmap.io.builtin import gba_layer

    gba, d = gba_layer(), districts_layer()
    layout = Layout(title="区", extent=(113.3, 23.1, 113.45, 23.2), date="2025-01-31")
    out = export_report(tmp_path / "core.pdf", layout, [gba, d], dpi=60)
    words = {html_module.unescape(w) for w in re.findall(r">([^<]+)</word>", _bbox(out))}
    assert "天河区" in words and "广州市" not in words, words


def _bbox(path) -> str:
    return subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_an_atlas_page_shows_the_basemap_water():
    """The 海珠区 page of the district atlas of the default project: most of what the basemap alone
    draws as water in its map frame (the Pearl River around the island) is still water-coloured on the
    page, not hidden under the district and city fills."""
    from gzmap.export.report import district_pages
    from gzmap.export.report import ensure_gui_app
    from gzmap.export.report import plan_page

    ensure_gui_app()
    layers = default_project().layers
    layout = Layout(title="图集", date="2025-01-31")
    page = next(p for p in district_pages(layers, layout) if p.label == "海珠区")
    plan = plan_page(layout.with_(**page.changes), page.layers)
    water_alone = _water(plan, [l for l in page.layers if l.kind == "basemap"])
    water_on_page = _water(plan, page.layers)
    assert water_alone.sum() > 1000  # the frame holds water (the check can fail)
    kept = (water_alone & water_on_page).sum() / water_alone.sum()
    assert kept > 0.5, f"{kept:.2f} of the basemap's water shows on the page"


def _water(plan, layers):
    """Where the map frame of ``plan`` drawn with ``layers`` has the basemap's water colour (a bool array)."""
    import numpy as np
    from PySide6.QtGui import QImage

    from gzmap.core.kinds.basemap import SEA
    from gzmap.core.style import hex_to_rgb
    from gzmap.export.report import render_plan_image

    img = render_plan_image(plan, layers, 1600).convertToFormat(QImage.Format.Format_RGB888)
    k = img.width() / plan.page_w
    rows = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine())
    rgb = rows[:, : img.width() * 3].reshape(img.height(), img.width(), 3).astype(int)
    f = plan.map_frame
    frame = rgb[int(f.y * k) + 2 : int(f.bottom * k) - 2, int(f.x * k) + 2 : int(f.right * k) - 2]
    return np.abs(frame - np.array(hex_to_rgb(SEA))).max(axis=2) <= 20


def test_a_result_of_a_result_and_a_hostile_nesting_end_in_one_line():
    """A project file may nest inputs without end: the sources line follows three analyses back at most."""
    from gzmap.core.map_sources import dataset_text

    class Result:
        def __init__(self, provenance):
            self.provenance = provenance

        def name(self, lang):
            return "结果"

    prov: dict = {"synthetic": True}
    for _ in range(2000):
        prov = {"analysis": "kde", "input_zh": "结果", "input_dataset": prov}
    text = dataset_text(Result(prov), "zh_CN")
    assert text.startswith("结果：GZMap 分析结果") and text.count("GZMap") <= 4, text
