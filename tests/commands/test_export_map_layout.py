"""``gzmap export-map --layout NAME``: a print layout saved in the project, reused for a map and an atlas."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from gzmap.cli import main

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils not installed"
)


@pytest.fixture(scope="module")
def project_file(tmp_path_factory):
    """A project with the built-in boundaries and a saved layout: legend moved to (20, 40) mm, a text box."""
    from gzmap.core.layout import Rect
    from gzmap.core.layout_items import PageEdits
    from gzmap.core.layout_items import TextBox
    from gzmap.core.project import Project
    from gzmap.io.builtin import districts_layer
    from gzmap.io.builtin import gba_layer
    from gzmap.io.print_layouts import PrintSettings
    from gzmap.io.print_layouts import write_layouts
    from gzmap.io.project import save_project

    project = Project("布局")
    project.add_layer(gba_layer())
    project.add_layer(districts_layer())
    edits = PageEdits(
        placed={"legend": Rect(20, 40, 60, 22)},
        text_boxes=[TextBox("内部资料", 12, Rect(200, 180, 50, 10))],
        inset_extent="china",
    )
    settings = PrintSettings(title="区级汇报图", page_size="A3", landscape=True, edits=edits)
    write_layouts(project, None, {"区级": settings})
    path = tmp_path_factory.mktemp("layout") / "p.gzmap.gpkg"
    save_project(project, path)
    return path


def pdf_words(pdf, word: str) -> list[tuple[int, float, float]]:
    """(page, xMin mm, yMin mm) of every ``word`` in the PDF."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    out = []
    for page, body in enumerate(html.split("<page ")[1:], start=1):
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>' + re.escape(word) + "</word>", body):
            out.append((page, float(m.group(1)) * 25.4 / 72, float(m.group(2)) * 25.4 / 72))
    return out


def test_saved_layout_places_the_map_items(project_file, tmp_path):
    out = tmp_path / "m.pdf"
    assert main(["export-map", str(out), "--project", str(project_file), "--layout", "区级", "--dpi", "100"]) == 0
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    assert round(float(size.group(1)) * 25.4 / 72) == 420  # A3 landscape from the layout
    ((_, x, y),) = pdf_words(out, "图例")
    assert x == pytest.approx(23, abs=1.0) and y == pytest.approx(42.4, abs=2.0)  # 3 mm inside the moved box
    assert pdf_words(out, "内部资料") and pdf_words(out, "区级汇报图") and pdf_words(out, "在中国的位置")


def test_saved_layout_on_every_atlas_page(project_file, tmp_path):
    out = tmp_path / "atlas.pdf"
    argv = ["export-map", str(out), "--project", str(project_file), "--layout", "区级", "--atlas", "district"]
    assert main([*argv, "--dpi", "60", "--size", "A4"]) == 0
    pages = {p for p, _x, _y in pdf_words(out, "内部资料")}
    assert pages == set(range(1, 12))
    assert all(x == pytest.approx(23, abs=1.0) for _p, x, _y in pdf_words(out, "图例"))


def test_unknown_layout_names_the_saved_ones(project_file, tmp_path):
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "gzmap",
            "export-map",
            str(tmp_path / "x.pdf"),
            "--project",
            str(project_file),
            "--layout",
            "nope",
        ],
        capture_output=True,
        text=True,
    )
    assert res.returncode == 1 and "'nope'" in res.stderr and "区级" in res.stderr
    assert not (tmp_path / "x.pdf").exists()
