"""``gzmap export-map`` as a planner runs it: one command, a finished file or a one-line error."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from gzmap.cli import main

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils not installed"
)


def run(*cmd) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def test_export_pdf_from_default_project(tmp_path, capsys):
    out = tmp_path / "map.pdf"
    assert main(["export-map", str(out), "--title", "广州数字文化产业", "--size", "A3", "--landscape", "--inset"]) == 0
    assert "wrote" in capsys.readouterr().out
    text = run("pdftotext", str(out), "-")
    assert "广州数字文化产业" in text and "广州市辖区" in text and "资料来源" in text
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", run("pdfinfo", str(out)))
    assert (round(float(size.group(1)) / 72 * 25.4), round(float(size.group(2)) / 72 * 25.4)) == (420, 297)


def test_export_png_and_svg_in_english(tmp_path):
    assert (
        main(
            [
                "export-map",
                str(tmp_path / "m.png"),
                "--title",
                "Guangzhou",
                "--dpi",
                "100",
                "--lang",
                "en",
                "--portrait",
            ]
        )
        == 0
    )
    assert main(["export-map", str(tmp_path / "m.svg"), "--title", "Guangzhou", "--lang", "en"]) == 0
    svg = (tmp_path / "m.svg").read_text(encoding="utf-8")
    assert "Legend" in svg and "Guangzhou districts" in svg
    assert (tmp_path / "m.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_atlas_by_district_in_one_pdf(tmp_path):
    out = tmp_path / "atlas.pdf"
    assert main(["export-map", str(out), "--title", "区图", "--atlas", "district", "--dpi", "100"]) == 0
    assert re.search(r"^Pages:\s+11$", run("pdfinfo", str(out)), re.M)


@pytest.mark.parametrize(
    "argv, message",
    [
        (["--size", "B9"], "unknown page size 'B9'; valid sizes: A5, A4, A3"),
        (["--extent", "100,10,101,11"], "contains no data"),
        (["--atlas", "no_such_field"], "no visible layer has a field 'no_such_field'"),
        (["--project", "missing.gzmap"], "no such project file"),
    ],
)
def test_bad_input_is_one_line_and_leaves_no_file(tmp_path, argv, message):
    out = tmp_path / "x.pdf"
    res = subprocess.run(
        [sys.executable, "-m", "gzmap", "export-map", str(out), *argv], capture_output=True, text=True, cwd=tmp_path
    )
    assert res.returncode == 1
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("gzmap export-map: ") and message in lines[0], res.stderr
    assert "Traceback" not in res.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "userdata") == []


def test_unwritable_output_folder(tmp_path):
    res = subprocess.run(
        [sys.executable, "-m", "gzmap", "export-map", str(tmp_path / "nope" / "x.pdf")], capture_output=True, text=True
    )
    assert res.returncode == 1 and "folder" in res.stderr and "does not exist" in res.stderr
