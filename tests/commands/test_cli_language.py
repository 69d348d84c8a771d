"""One language at a time on the command line: what ``gzmap`` prints and the CSV tables it writes are in the
interface language (``--lang``), fields under their display names (:mod:`gzmap.core.fields`), codes in
words, counts whole and money rounded to its unit; ``--data-names`` keeps the data's own names for scripts."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from gzmap.cli import main
from gzmap.core.fields import field_label
from gzmap.paths import geo_path
from gzmap.testing import assert_one_language

SAMPLE = geo_path("sample_enterprises.csv")
#: GeoPackage layer names are the file's identifiers (codes), not interface text.
LAYER_NAMES = ("points", "clusters")


def _header(path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return next(csv.reader(f))


def _run(capsys, lang, *argv) -> tuple[str, str]:
    assert main(["--lang", lang, *map(str, argv)]) == 0
    got = capsys.readouterr()
    return got.out, got.err


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_clusters_and_lq_print_and_write_one_language(lang, tmp_path, capsys):
    out, err = _run(capsys, lang, "clusters", SAMPLE, "-o", tmp_path / "c.gpkg")
    texts = [("clusters stdout", out), ("clusters stderr", err)]
    summary = tmp_path / "c_summary.csv"
    texts += [(f"{summary.name} header", h) for h in _header(summary)]
    out, err = _run(capsys, lang, "lq", SAMPLE, "-o", tmp_path / "lq.csv")
    texts += [("lq stdout", out), ("lq stderr", err)]
    for name in ("lq.csv", "lq_specialisation.csv", "lq_clark_evans.csv"):
        table = pd.read_csv(tmp_path / name, encoding="utf-8-sig", dtype=str)
        texts += [(f"{name} header", h) for h in table.columns]
        # coded cells (sub-sectors, patterns, district names) are in words of the language
        texts += [(f"{name} cell", v) for c in table.columns for v in table[c].dropna().unique()[:30]]
    files = [str(tmp_path)] + [p.name for p in tmp_path.iterdir()]  # the user's file names are data
    assert_one_language(texts, lang, data=[*files, *LAYER_NAMES])
    assert "企业数" in _header(summary) if lang == "zh_CN" else "Enterprises" in _header(summary)


def test_counts_are_whole_and_money_rounded_to_its_unit(tmp_path, capsys):
    _run(capsys, "zh_CN", "clusters", SAMPLE, "-o", tmp_path / "c.gpkg")
    table = pd.read_csv(tmp_path / "c_summary.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    for column in ("n_points", "n_core", "employees_sum", "revenue_sum"):
        cells = [v for v in table[field_label(column, "zh_CN")] if v]
        assert cells and all(v.lstrip("-").isdigit() for v in cells), (column, cells[:5])  # no "56889.0"


def test_summary_line_in_chinese_names_counts_and_units(tmp_path, capsys):
    out, _ = _run(capsys, "zh_CN", "density", SAMPLE, "-o", tmp_path / "d.tif")
    assert "点/km²" in out and "峰值" in out and "已写入" in out and "points per km²" not in out
    out, _ = _run(capsys, "en", "density", SAMPLE, "-o", tmp_path / "e.tif")
    assert "points per km²" in out and "wrote" in out


def test_data_names_keep_the_columns_and_codes_for_scripts(tmp_path, capsys):
    _run(capsys, "zh_CN", "lq", SAMPLE, "-o", tmp_path / "lq.csv", "--data-names")
    table = pd.read_csv(tmp_path / "lq.csv", encoding="utf-8-sig")
    assert {"adcode", "subsector", "count", "lq"} <= set(table.columns)
    assert "games" in set(table["subsector"])


def test_convert_speaks_the_language_of_the_interface(tmp_path, capsys):
    src = tmp_path / "in.csv"
    pd.DataFrame(
        {
            "企业名称": ["甲", "乙", "丙"],
            "经度": ["113.32", "abc", "113.33"],
            "纬度": ["23.12", "23.13", "23.14"],
        }
    ).to_csv(src, index=False, encoding="gbk")
    out, err = _run(capsys, "zh_CN", "convert", src, tmp_path / "out.csv", "--from", "gcj02")
    assert "读取 3 行" in out and "GCJ-02 -> WGS84" in out and "坐标不是数字" in out
    files = [str(tmp_path)] + [p.name for p in tmp_path.iterdir()]
    assert_one_language([("convert stdout", out), ("convert stderr", err)], "zh_CN", data=files)
    rejected = pd.read_csv(tmp_path / "out.rejected.csv", encoding="utf-8-sig")
    assert len(rejected) == 1


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_info_on_a_point_table_speaks_one_language(lang, capsys):
    out, err = _run(capsys, lang, "info", SAMPLE)
    own = list(pd.read_csv(SAMPLE, nrows=0).columns)  # the file's own column names are data
    data = [*own, SAMPLE.name, "sample_enterprises.PROVENANCE.json", "','"]
    assert_one_language([(f"info line {i}", line) for i, line in enumerate(out.splitlines())], lang, data=data)
    assert err == ""
    if lang == "zh_CN":
        assert "读取行数：10,000" in out and "GCJ-02" in out and "几何类型：点" in out
    else:
        assert "rows read: 10,000" in out and "Enterprise name=企业名称" in out


def test_export_map_and_html_say_what_they_wrote_in_the_interface_language(tmp_path, capsys):
    out, err = _run(capsys, "zh_CN", "export-map", tmp_path / "m.svg", "--lang", "en", "--title", "Guangzhou")
    assert out.startswith("已写入 ") and "wrote" not in out  # the map is English, what is printed Chinese
    out, err = _run(capsys, "zh_CN", "export-html", tmp_path / "m.html", "--title", "地图")
    files = [str(tmp_path)]
    assert_one_language([("export-html stdout", out), ("export-html stderr", err)], "zh_CN", data=files)
    assert "个图层" in out and "MB" in out


def test_cross_k_names_sub_sectors_and_patterns_in_words(tmp_path, capsys):
    argv = ["cross-k", SAMPLE, "-o", tmp_path / "ck.csv", "--category", "subsector", "--a", "games", "--b", "music"]
    out, _ = _run(capsys, "zh_CN", *argv, "--envelopes", "9", "--max-distance", "500", "--steps", "5")
    assert "游戏" in out and "games" not in out and "repulsion" not in out
    table = pd.read_csv(tmp_path / "ck.csv", encoding="utf-8-sig", dtype=str)
    pattern = table[field_label("pattern", "zh_CN")]
    assert set(pattern) <= {"相互吸引", "随机", "相互排斥"}, set(pattern)
