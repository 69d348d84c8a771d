"""Project-file errors and the field-work commands in one language at a time (issue 15 item 7): ``gzmap merge``
on a truncated copy and ``gzmap field-copy`` into a folder that does not exist say one line in the UI language;
``field-copy`` and ``indicators`` print their summaries in it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))
from field_fixtures import master_project  # noqa: E402

from gzmap.cli import main  # noqa: E402
from gzmap.testing import assert_one_language  # noqa: E402
from gzmap.testing import assert_one_line  # noqa: E402


@pytest.fixture
def master(tmp_path):
    path = tmp_path / "master.gzmap.gpkg"
    master_project(path, n=3)
    return path


def _copy(master: Path, out: Path, lang: str = "zh_CN") -> int:
    return main(["--lang", lang, "field-copy", str(master), str(out), "--area", "天河", "--surveyor", "李"])


def test_merge_of_a_truncated_copy_is_one_chinese_line(master, tmp_path, capsys):
    copy = tmp_path / "li.gzmap.gpkg"
    assert _copy(master, copy) == 0
    truncated = tmp_path / "cut.gzmap.gpkg"
    truncated.write_bytes(copy.read_bytes()[: copy.stat().st_size // 2])
    capsys.readouterr()
    before = master.read_bytes()
    assert main(["--lang", "zh_CN", "merge", str(master), str(truncated)]) != 0
    err = capsys.readouterr().err.strip()
    assert_one_line(err, "cut.gzmap.gpkg", "已损坏")
    assert_one_language([("stderr", err)], "zh_CN", data=["gzmap merge", truncated.name])
    assert master.read_bytes() == before
    assert main(["--lang", "en", "merge", str(master), str(truncated)]) != 0
    err = capsys.readouterr().err.strip()
    assert_one_line(err, "cut.gzmap.gpkg", "damaged")
    assert_one_language([("stderr", err)], "en")


@pytest.mark.parametrize("lang, words", [("zh_CN", ("不存在",)), ("en", ("does not exist",))])
def test_field_copy_into_a_missing_folder_names_the_folder(master, tmp_path, capsys, lang, words):
    before = master.read_bytes()
    out = tmp_path / "nowhere" / "li.gzmap.gpkg"
    assert _copy(master, out, lang) != 0
    err = capsys.readouterr().err.strip()
    assert_one_line(err, str(tmp_path / "nowhere"), *words)
    assert "not found" not in err and "找不到" not in err
    assert_one_language([("stderr", err)], lang, data=["gzmap field-copy", str(tmp_path / "nowhere"), out.name])
    assert master.read_bytes() == before  # refused before the master records a copy


def test_field_copy_summary_in_chinese(tmp_path, capsys):
    from field_fixtures import basemap_mbtiles

    from gzmap.io.field_copy import resolve_area

    tianhe, _ = resolve_area("天河")
    basemap_mbtiles(tmp_path / "basemap.mbtiles", tianhe.buffer(0.05).bounds, (10, 12))
    master = tmp_path / "master.gzmap.gpkg"
    master_project(master, n=3, basemap=tmp_path / "basemap.mbtiles")
    out = tmp_path / "li.gzmap.gpkg"
    args = ["field-copy", str(master), str(out), "--area", "天河", "--surveyor", "李", "--zooms", "10-12"]
    assert main(["--lang", "zh_CN", *args]) == 0
    printed = capsys.readouterr().out
    assert "个瓦片" in printed and "缩放级别 10-12" in printed
    files = [str(out), *(f.name for f in tmp_path.iterdir())]
    assert_one_language([(line, line) for line in printed.splitlines()], "zh_CN", data=files)


def test_indicators_report_in_chinese(tmp_path, capsys):
    table = tmp_path / "gdp.csv"
    table.write_text(
        "区域,指标,年份,数值,单位,来源\n天河区,GDP,2023,6000,亿元,统计年鉴\n火星区,GDP,2023,1,亿元,\n", encoding="utf-8"
    )
    assert main(["--lang", "zh_CN", "indicators", str(table)]) == 1  # one row matches no region
    captured = capsys.readouterr()
    lines = captured.out.splitlines() + captured.err.splitlines()
    assert any("长表" in line for line in lines) and any("找不到地区 '火星区'" in line for line in lines)
    assert_one_language([(line, line) for line in lines], "zh_CN", data=[str(table), "gzmap indicators"])
    assert main(["--lang", "en", "indicators", str(table)]) == 1
    out = capsys.readouterr().out
    assert "long form" in out and "region '火星区' not found in the Guangzhou districts" in out
