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
