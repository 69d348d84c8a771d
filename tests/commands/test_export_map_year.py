"""``gzmap export-map --year N``: the printed map and its legend show the enterprises open in N."""

from __future__ import annotations

import subprocess

import geopandas as gpd
import numpy as np
import pytest

from gzmap.cli import main
from gzmap.core.layer import VectorLayer
from gzmap.core.project import Project
from gzmap.core.taxonomy import enterprise_style
from gzmap.io.project import save_project

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils not installed"
)


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout


@pytest.fixture
def project_file(tmp_path):
    rng = np.random.default_rng(2)
    g = gpd.GeoDataFrame(
        {
            "subsector": ["games"] * 12 + ["music"] * 8 + ["aigc"] * 5,
            "成立年份": [2010] * 12 + [2018] * 8 + [2012] * 5,
            "注销年份": [None] * 20 + [2014] * 5,
        },
        geometry=gpd.points_from_xy(rng.uniform(113.30, 113.36, 25), rng.uniform(23.10, 23.14, 25)),
        crs=4326,
    )
    p = Project("年份")
    p.add_layer(VectorLayer(g, "企业", "Firms", style=enterprise_style()))
    p.view_extent = (113.28, 23.08, 113.38, 23.16)
    path = tmp_path / "p.gzmap.gpkg"
    save_project(p, path)
    return path


def test_year_shows_only_the_enterprises_open_that_year(tmp_path, project_file):
    out = tmp_path / "2015.pdf"
    assert main(["export-map", str(out), "--project", str(project_file), "--year", "2015", "--no-inset"]) == 0
    text = pdf_text(out)
    assert "游戏电竞" in text and "数字音乐" not in text  # music founded 2018: not yet
    assert "AIGC" not in text and "人工智能" not in text  # closed in 2014
    out = tmp_path / "2020.pdf"
    assert main(["export-map", str(out), "--project", str(project_file), "--year", "2020", "--no-inset"]) == 0
    assert "数字音乐" in pdf_text(out)


def test_a_year_no_layer_can_show_is_one_line(tmp_path, capsys):
    from gzmap.io.builtin import districts_layer

    p = Project("x")
    p.add_layer(districts_layer())
    path = tmp_path / "d.gzmap.gpkg"
    save_project(p, path)
    assert main(["export-map", str(tmp_path / "o.pdf"), "--project", str(path), "--year", "2015"]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "no layer of the map has a year" in err
    assert not (tmp_path / "o.pdf").exists()
