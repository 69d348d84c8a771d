"""The filter language: parsing, saved trees from untrusted files, evaluation on enterprise tables."""

import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from gzmap.core.filter_expression import ExpressionError
from gzmap.core.filter_expression import check_tree
from gzmap.core.filter_expression import evaluate
from gzmap.core.filter_expression import parse
from gzmap.core.filter_expression import to_text


@pytest.fixture
def firms():
    return pd.DataFrame(
        {
            "name": ["甲科技", "乙游戏", "丙动漫", "丁科技", "戊"],
            "subsector": ["games", "games", "animation", "aigc", None],
            "revenue": [1500.0, 800.0, np.nan, 3000.0, 20.0],
            "成立年份": [2010, 2016, 2018, 2021, 2015],
            "district": ["天河区", "天河区", "海珠区", "番禺区", "天河区"],
            "year_text": ["2012", "n/a", "2019", "", "2015"],
        }
    )


def rows(text, frame):
    return list(np.flatnonzero(parse(text).mask(frame)))


def test_a_planner_selects_revenue_above_1000_in_tianhe(firms):
    assert rows("revenue > 1000 AND district = '天河区'", firms) == [0]
    assert rows("subsector = 'games' or subsector = 'aigc'", firms) == [0, 1, 3]


def test_chinese_field_names_between_in_contains_and_null(firms):
    assert rows("成立年份 BETWEEN 2015 AND 2020", firms) == [1, 2, 4]
    assert rows("district IN ('海珠区', '番禺区')", firms) == [2, 3]
    assert rows("district NOT IN ('天河区')", firms) == [2, 3]
    assert rows("name CONTAINS '科技'", firms) == [0, 3]
    assert rows("subsector IS NULL", firms) == [4]
    assert rows("revenue IS NOT NULL AND NOT revenue > 1000", firms) == [1, 4]
    assert rows("成立年份 >= 2015 且 revenue < 1000", firms) == [1, 4]


def test_missing_values_never_match_a_comparison_and_not_keeps_them(firms):
    assert rows("revenue < 100000", firms) == [0, 1, 3, 4]
    assert rows("NOT revenue < 100000", firms) == [2]


def test_a_number_against_a_text_column_compares_its_numbers(firms):
    assert rows("year_text >= 2015", firms) == [2, 4]


def test_precedence_and_parentheses(firms):
    assert rows("district = '番禺区' OR district = '天河区' AND revenue > 1000", firms) == [0, 3]
    assert rows("(district = '番禺区' OR district = '天河区') AND revenue > 1000", firms) == [0, 3]
    assert rows("(district = '海珠区' OR district = '天河区') AND revenue > 100", firms) == [0, 1]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("revenue >", "ends too early"),
        ("revenue > > 3", "unexpected > at character 11"),
        ("revenue = 'abc", "cannot read"),
        ("(revenue > 1", "ends too early"),
        ("revenue 1000", "unexpected 1000"),
        ("", "empty"),
        ("revenue > 1 garbage", "unexpected garbage"),
    ],
)
def test_an_expression_that_does_not_parse_says_why_and_where(text, reason):
    with pytest.raises(ExpressionError) as err:
        parse(text)
    assert reason in err.value.message("en")
    assert err.value.message("zh_CN")


def test_a_missing_field_and_a_word_against_a_number_are_named(firms):
    with pytest.raises(ExpressionError, match="no field 'employees'|no field employees"):
        parse("employees > 3").mask(firms)
    with pytest.raises(ExpressionError, match="'many' is not a number"):
        parse("revenue > 'many'").mask(firms)


def test_text_is_only_data_never_code(firms):
    hostile = "name = '__import__(\"os\").system(\"touch /tmp/pwned\")' OR name = '{{7*7}}'"
    assert rows(hostile, firms) == []
    with pytest.raises(ExpressionError):
        parse("__import__('os').system('id')")
    with pytest.raises(ExpressionError):
        parse("revenue > 1; DROP TABLE x")


@pytest.mark.parametrize(
    "tree",
    [
        {"field": "revenue", "op": "__class__", "value": 1},
        {"field": "revenue", "op": ">", "value": {"$gt": 1}},
        {"field": "revenue", "op": ">", "value": float("nan")},
        {"and": [{"field": "a", "op": "is null"}]},
        {"or": "x"},
        {"field": "", "op": "is null"},
        {"field": "a", "op": "between", "values": [1]},
        {"field": "a", "op": "is null", "extra": 1},
        ["field"],
        {"not": {"not": {"not": {"field": "a", "op": "is null", "value": 1}}}},
    ],
)
def test_a_crafted_saved_tree_is_refused(tree):
    with pytest.raises(ExpressionError):
        check_tree(tree)


def test_deep_nesting_is_refused_not_a_recursion_error():
    with pytest.raises(ExpressionError, match="too long"):
        parse("(" * 500 + "a = 1" + ")" * 500)
    deep: dict = {"field": "a", "op": "is null"}
    for _ in range(200):
        deep = {"not": deep}
    with pytest.raises(ExpressionError):
        check_tree(deep)


def test_the_tree_is_plain_json_and_the_text_round_trips(firms):
    expr = parse("\"成立 年份\" IS NULL OR (成立年份 >= 2015 AND NOT district IN ('天河区', 'it''s'))")
    again = parse(to_text(expr.tree))
    assert again.tree == expr.tree
    assert json.loads(json.dumps(expr.tree)) == expr.tree
    assert expr.fields() == ["成立 年份", "成立年份", "district"]


_fields = st.sampled_from(["revenue", "成立年份", "district"])
_values = st.one_of(st.integers(-5000, 5000), st.text(max_size=8), st.floats(-1e6, 1e6, allow_nan=False))
_leaf = st.builds(
    lambda f, o, v: {"field": f, "op": o, "value": v}, _fields, st.sampled_from(["=", "<", ">="]), _values
)
_trees = st.recursive(
    _leaf,
    lambda kids: st.one_of(
        st.builds(lambda a: {"not": a}, kids),
        st.builds(lambda xs: {"and": xs}, st.lists(kids, min_size=2, max_size=3)),
        st.builds(lambda xs: {"or": xs}, st.lists(kids, min_size=2, max_size=3)),
    ),
    max_leaves=8,
)


@settings(max_examples=150, deadline=None)
@given(_trees)
def test_any_tree_prints_to_text_that_parses_to_the_same_rows(tree):
    frame = pd.DataFrame(
        {"revenue": [1.0, np.nan, 300.0], "成立年份": [2010, 2020, 0], "district": ["a", None, "天河区"]}
    )
    again = parse(to_text(check_tree(tree)))
    try:
        expected = evaluate(tree, frame)
    except ExpressionError:
        with pytest.raises(ExpressionError):
            again.mask(frame)
        return
    assert list(again.mask(frame)) == list(expected)
