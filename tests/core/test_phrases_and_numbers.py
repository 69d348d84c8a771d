"""Text said later in the interface language (:class:`gzmap.core.i18n.Phrase`) and numbers as a table
shows them (:func:`gzmap.core.fields.shown_numbers`, ``display_frame(rounded=True)``)."""

from __future__ import annotations

import functools
import pickle

import numpy as np
import pandas as pd

from gzmap.core.fields import display_frame
from gzmap.core.fields import shown_numbers
from gzmap.core.fields import unit_text
from gzmap.core.i18n import Phrase
from gzmap.core.i18n import say
from gzmap.io.messages import note


def test_a_phrase_is_its_english_text_and_says_itself_in_chinese():
    skipped = note("skipped {n} row(s) above the header", n=2)
    assert skipped == "skipped 2 row(s) above the header" and skipped.startswith("skipped")
    assert say(skipped, "zh_CN") == "跳过表头上方 2 行"
    assert say("a file's own words", "zh_CN") == "a file's own words"
    unit = functools.partial(unit_text, "points per km²")
    line = Phrase(
        "Summaries",
        "{rows:,} x {cols:,} cells of {cell:g} m, peak {peak:,.1f} {unit}",
        rows=3157,
        cols=2125,
        cell=50.0,
        peak=1569.61,
        unit=unit,
    )
    both = Phrase.join([line, Phrase("Summaries", "{n:,} points outside every district left out", n=1)])
    assert str(both).endswith("peak 1,569.6 points per km²; 1 points outside every district left out")
    zh = both.text("zh_CN")
    assert zh == "3,157 × 2,125 个 50 m 栅格，峰值 1,569.6 点/km²；1 个点不在任何区内，未计入"
    assert pickle.loads(pickle.dumps(both)).text("zh_CN") == zh  # sent to a worker process and back


def test_numbers_as_a_table_shows_them():
    assert shown_numbers(pd.Series([1.5, np.nan, 2.4]), whole=True).tolist() == [2, pd.NA, 2]
    assert shown_numbers(pd.Series([1.55, np.nan]), whole=False, decimals=1).tolist()[0] == 1.6
    # an infinity or a number past exact integers is not forced into an integer
    assert shown_numbers(pd.Series([np.inf, 2e20]), whole=True).tolist() == [np.inf, 2e20]


def test_display_frame_rounds_counts_and_money_also_in_object_columns():
    df = pd.DataFrame(
        {
            "n_points": [3, 4],
            "employees_sum": pd.Series([56889.0, None], dtype=object),  # a count with a missing row
            "revenue_sum": [2672758.999999997, 1.2],
            "dominant_subsector": ["games", None],
        }
    )
    zh = display_frame(df, "zh_CN", rounded=True)
    assert list(zh.columns) == ["企业数", "从业人员合计", "营收合计", "主导细分行业"]
    assert zh["从业人员合计"].tolist() == [56889, pd.NA] and zh["营收合计"].tolist() == [2672759, 1]
    assert zh["主导细分行业"].iloc[0] != "games"
    assert display_frame(df, "en")["Employees (total)"].iloc[0] == 56889.0  # not rounded unless asked


def test_an_import_says_its_summary_notes_and_problems_in_chinese(tmp_path):
    from gzmap.io.enterprises import ImportOptions
    from gzmap.io.enterprises import import_file
    from gzmap.testing import assert_one_language

    path = tmp_path / "firms.csv"
    rows = "说明：2024 年统计\n企业名称,经度,纬度\n甲,abc,23.1\n乙,113.3,23.1\n丙,113.31,23.12\n"
    path.write_bytes(rows.encode("gb18030"))
    res = import_file(path, ImportOptions(lang="zh_CN"))
    summary, problems = res.summary("zh_CN"), res.problems(lang="zh_CN")
    assert "读取行数：3" in summary and "坐标不是数字" in summary
    assert problems and "第 3 行" in problems[0]
    notes = [say(n, "zh_CN") for n in res.notes]
    assert "跳过表头上方 1 行" in notes
    texts = [("summary", summary), *[("problem", p) for p in problems], *[("note", n) for n in notes]]
    assert_one_language(texts, "zh_CN", data=[str(tmp_path), "abc", "'经度'"])
