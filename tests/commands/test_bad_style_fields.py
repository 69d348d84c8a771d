"""A style or label field the table cannot serve: the layer is drawn plain, exported, and the export
says so (exit 0, a warning naming the layer and the field)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from gzmap.core.style import CategorizedStyle
from gzmap.core.style import GraduatedStyle
from gzmap.core.style import SingleStyle
from gzmap.core.style_check import checked_style


def _table():
    return pd.DataFrame(
        {"kind": ["a", "b", None], "empty": [None, None, None], "word": ["x", "y", "z"], "n": [1.0, 2.0, np.nan]}
    )


@pytest.mark.parametrize(
    "style, words",
    [
        (CategorizedStyle.from_values("nope", ["a", "b"]), ["'nope'", "not in the table", "plain symbol"]),
        (CategorizedStyle.from_values("empty", ["a", "b"]), ["'empty'", "no value"]),
        (GraduatedStyle(field="word", breaks=[1.0, 2.0]), ["'word'", "holds text, not numbers"]),
    ],
)
def test_unusable_style_field_falls_back_to_a_plain_symbol(style, words):
    drawn, warnings = checked_style(style, _table(), "企业")
    assert isinstance(drawn, SingleStyle) and drawn.symbol == style.symbol
    assert len(warnings) == 1 and "企业" in warnings[0]
    for w in words:
        assert w in warnings[0]


def test_usable_styles_are_kept_and_labels_checked():
    style = GraduatedStyle(field="n", breaks=[1.0, 2.0], label_field="word")
    assert checked_style(style, _table(), "x") == (style, [])
    drawn, warnings = checked_style(SingleStyle(label_field="empty"), _table(), "x")
    assert drawn.label_field is None and "label field 'empty'" in warnings[0]
    zh = checked_style(CategorizedStyle.from_values("nope", ["a"]), _table(), "企业", lang="zh_CN")[1][0]
    assert (
        "nope" in zh
        and "企业" in zh
        and zh != checked_style(CategorizedStyle.from_values("nope", ["a"]), _table(), "企业")[1][0]
    )


@pytest.fixture
def bad_project(tmp_path):
    """The default project saved with the enterprises styled by a column they lack and labelled by an empty one."""
    from gzmap.io.builtin import default_project
    from gzmap.io.project import save_project

    project = default_project()
    points = project.layers[-1]
    points.data = points.data.assign(blank=None)
    points.style = CategorizedStyle.from_values("industry_code", ["A", "B"], label_field="blank")
    path = tmp_path / "bad.gzmap"
    save_project(project, path)
    return path


def _run(*args):
    return subprocess.run([sys.executable, "-m", "gzmap", *args], capture_output=True, text=True, timeout=600)


def test_export_map_draws_the_layer_plain_and_warns(bad_project, tmp_path):
    out = tmp_path / "map.pdf"
    done = _run("export-map", str(out), "--project", str(bad_project))
    assert done.returncode == 0, done.stderr
    assert "warning" in done.stderr and "'industry_code'" in done.stderr and "'blank'" in done.stderr
    assert "数字文化企业" in done.stderr  # the layer is named
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "数字文化企业" in text  # still in the legend: the layer was drawn


def test_export_html_exports_the_layer_plain_and_warns(bad_project, tmp_path):
    out = tmp_path / "map.html"
    done = _run("export-html", str(out), "--project", str(bad_project))
    assert done.returncode == 0, done.stderr
    assert "'industry_code'" in done.stderr and "10,000 points" in done.stdout


def test_opening_warns_but_keeps_the_saved_style(bad_project):
    from gzmap.io.project import load_project

    project = load_project(bad_project)
    assert any("'industry_code'" in w for w in project.load_warnings)
    assert project.layers[-1].style.field == "industry_code"  # kept as saved: a later column may serve it
