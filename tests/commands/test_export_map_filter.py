"""Print honours what the map shows (issue 16 items 1 and 4): a layer's saved expression filter keeps the other
sub-sectors off the printed page and its legend, and ``--year`` applies on every atlas page too."""

from __future__ import annotations

import subprocess

import pytest
from test_export_map_year import pdf_text
from test_export_map_year import project_file  # noqa: F401  (the fixture)

from gzmap.cli import main
from gzmap.core.filter_expression import parse
from gzmap.core.layer_filter import LayerFilter
from gzmap.io.project import load_project
from gzmap.io.project import save_project

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils not installed"
)


def test_a_saved_filter_keeps_other_sub_sectors_off_the_printed_map(tmp_path, project_file):  # noqa: F811
    out = tmp_path / "all.pdf"
    assert main(["export-map", str(out), "--project", str(project_file), "--no-inset"]) == 0
    assert "游戏电竞" in pdf_text(out) and "数字音乐" in pdf_text(out)
    p = load_project(project_file)
    firms = p.layers[0]
    firms.filter = LayerFilter().with_expression(parse("subsector = 'music'"))
    save_project(p, project_file)
    out = tmp_path / "music.pdf"
    assert main(["export-map", str(out), "--project", str(project_file), "--no-inset"]) == 0
    text = pdf_text(out)
    assert "数字音乐" in text and "游戏电竞" not in text


def test_year_applies_on_every_atlas_page(tmp_path, project_file):  # noqa: F811
    out = tmp_path / "atlas_2015.pdf"
    args = ["export-map", str(out), "--project", str(project_file), "--atlas", "district", "--year", "2015"]
    assert main(args) == 0
    pages = pdf_text(out).split("\f")
    assert len([p for p in pages if p.strip()]) == 11
    assert any("游戏电竞" in p for p in pages)  # games, founded 2010, are on the Tianhe page
    assert not any("数字音乐" in p for p in pages)  # music founded 2018: on no page as of 2015
