"""One number parser for enterprise attributes and indicator values (gzmap.io.numbers)."""

import math

import numpy as np
import pandas as pd
import pytest

from gzmap.io.columns import parse_number as parse_attribute_column
from gzmap.io.indicators import parse_number as parse_indicator_cell
from gzmap.io.indicators import read_indicator_table
from gzmap.io.numbers import parse_cell
from gzmap.io.numbers import parse_column

# accepted by both readers: (cell, value, approx, unit)
BOTH = [
    ("1,234.5", 1234.5, False, ""),
    ("１２３．５", 123.5, False, ""),
    ("１，２３４", 1234.0, False, ""),
    ("约27,000", 27000.0, True, ""),
    ("about 3,400 (approx.)", 3400.0, True, ""),
    ("≈12", 12.0, True, ""),
    ("12（约）", 12.0, True, ""),
    ("46.0%", 46.0, False, "%"),
    ("46.0％", 46.0, False, "%"),
    ("-12", -12.0, False, ""),
    ("+3.5e2", 350.0, False, ""),
    (" 7 ", 7.0, False, ""),
    (440106.0, 440106.0, False, ""),
    (np.int64(5), 5.0, False, ""),
]


@pytest.mark.parametrize("raw,value,approx,unit", BOTH)
def test_both_readers_accept_the_usual_ways_of_writing_numbers(raw, value, approx, unit):
    for trailing in (False, True):
        n = parse_cell(raw, trailing_text=trailing)
        assert (n.value, n.approx, n.unit, n.error) == (value, approx, unit, None)
    v, _bad = parse_attribute_column(pd.Series([raw, "x"], dtype=object))
    assert v[0] == value


@pytest.mark.parametrize(
    "raw,value",
    [
        ("50人", 50.0),
        ("约50人", 50.0),
        ("1,200万元", 1200.0),
        ("1.2亿", 12000.0),
        ("1.2 亿元", 12000.0),
        ("12,00", 1200.0),
    ],
)
def test_attribute_columns_take_the_number_before_a_unit(raw, value):
    values, bad = parse_attribute_column(pd.Series([raw], dtype=object))
    assert values[0] == value and not bad[0]
    # an indicator value must be the number alone: the unit belongs in the unit column
    v, _a, _u, err = parse_indicator_cell(raw)
    assert math.isnan(v) and raw.replace(" ", "") in err.replace(" ", "")


def test_scale_words_in_an_indicator_value_say_where_they_belong():
    _v, _a, _u, err = parse_indicator_cell("1.2万")
    assert "'1.2万' is not a number" in err and "put 万/亿 in the unit" in err


@pytest.mark.parametrize("raw", ["", "-", "NA", "—", "无", "不详", "未知", "n/a", None, float("nan")])
def test_missing_markers_are_no_data_for_both(raw):
    n = parse_cell(raw)
    assert math.isnan(n.value) and n.error is None
    values, _bad = parse_column(pd.Series([raw, "1"], dtype=object))
    assert math.isnan(values[0]) and values[1] == 1.0


@pytest.mark.parametrize("raw", ["10~20", "50±5", "12..3", "inf", "1e999", "abc", True])
def test_text_that_is_not_one_number_is_an_error_naming_it(raw):
    n = parse_cell(raw)
    assert math.isnan(n.value) and n.error is not None and str(raw) in n.error


def test_an_approximation_mark_in_the_middle_is_not_read_as_digits_run_together():
    # before the one parser, "10~20" read as 1020 (approx) and "50±5" as 505
    assert math.isnan(parse_cell("10~20").value)
    assert math.isnan(parse_cell("50±5").value)


def test_attribute_column_flags_text_without_a_number_and_keeps_blank_cells_quiet():
    col = pd.Series(["12", "", "  ", None, "不详", "N/A", "约8人", "abc"], dtype=object)
    values, bad = parse_attribute_column(col)
    assert values[0] == 12 and values[6] == 8
    assert bad.tolist() == [False, False, False, False, True, True, False, True]


def test_arrow_text_columns_parse_like_object_columns():
    raw = ["1", "2.5", "1,200", "５０人", "", None, "x"]
    a, bad_a = parse_column(pd.Series(raw, dtype=object))
    b, bad_b = parse_column(pd.Series(raw, dtype="string[pyarrow]"))
    assert np.array_equal(a, b, equal_nan=True) and (bad_a == bad_b).all()


def test_indicator_reader_reads_values_with_the_shared_rules(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text('地区,GDP（亿元）,人口\n天河,"约6,500",不详\n海珠,２８００,10~20\n', encoding="utf-8")
    t = read_indicator_table(p)
    gdp = t.data[t.data["indicator"] == "GDP"].set_index("region")
    assert gdp.loc["天河", "value"] == 6500 and gdp.loc["天河", "approx"]
    assert gdp.loc["海珠", "value"] == 2800
    pop = t.data[t.data["indicator"] == "人口"].set_index("region")
    assert math.isnan(pop.loc["天河", "value"])  # 不详: no data, not an error
    assert [(p.row, p.column) for p in t.errors] == [(3, "人口")]  # the range names its row and column
    assert "'10~20' is not a number" in t.errors[0].message
