"""Development index: equal to pymcdm, to the worked example of docs/analysis/devindex.md and to the formulas."""

import math

import numpy as np
import pandas as pd
import pytest

from gzmap.analysis import devindex as dv
from gzmap.analysis.metric import AnalysisInputError

#: The worked example of docs/analysis/devindex.md: three regions, x1 benefit and x2 cost (group S), x3 benefit (T).
EXAMPLE = pd.DataFrame(
    {"name_en": ["A", "B", "C"], "year": ["2024"] * 3, "x1": [10.0, 20, 30], "x2": [4.0, 2, 3], "x3": [2.0, 6, 3]}
)


def example():
    return dv.development_index(EXAMPLE, ["x1", "x2", "x3"], ["benefit", "cost", "benefit"], ["S", "S", "T"])


def test_entropy_weights_and_topsis_equal_pymcdm():
    from pymcdm.methods import TOPSIS
    from pymcdm.weights import entropy_weights

    rng = np.random.default_rng(0)
    m = rng.random((11, 6)) * 100 + 1  # no zeros: pymcdm sets e = 0 for a column holding a 0
    np.testing.assert_allclose(dv.entropy_weights(m)[0], entropy_weights(m), rtol=1e-12)
    types = np.array([1, 1, -1, 1, -1, 1])
    scaled = dv.scale(m, types < 0, list("abcdef"))
    w, _ = dv.entropy_weights(scaled)
    np.testing.assert_allclose(dv.topsis(scaled, w), TOPSIS()(m, w, types), rtol=1e-12)


def test_worked_example_weights_and_scores_by_hand():
    res = example()
    # scaled: x1' = 0, .5, 1; x2' = 0, 1, .5; x3' = 0, 1, .25 -> p = (0, 1/3, 2/3), (0, 2/3, 1/3), (0, .8, .2)
    e1 = -(1 / 3 * math.log(1 / 3) + 2 / 3 * math.log(2 / 3)) / math.log(3)
    e3 = -(0.8 * math.log(0.8) + 0.2 * math.log(0.2)) / math.log(3)
    d = [1 - e1, 1 - e1, 1 - e3]
    w = [x / sum(d) for x in d]
    np.testing.assert_allclose(res.weights["entropy"], [e1, e1, e3])
    np.testing.assert_allclose(res.weights["weight"], w)
    assert [round(x, 4) for x in w] == [0.3035, 0.3035, 0.3929]  # the values printed in the docs
    v = np.array([[0, 0, 0], [0.5, 1, 1], [1, 0.5, 0.25]]) * w
    best, worst = v.max(axis=0), v.min(axis=0)
    dp, dm = np.sqrt(((v - best) ** 2).sum(1)), np.sqrt(((v - worst) ** 2).sum(1))
    np.testing.assert_allclose(res.scores["score"], dm / (dp + dm))
    assert list(res.scores["rank"]) == [3, 1, 2]
    assert [round(x, 4) for x in res.scores["score"]] == [0.0, 0.7738, 0.5159]


def test_worked_example_coupling_coordination_by_the_formula():
    res = example()
    s = res.scores.set_index("name_en")
    # U_S = mean of x1', x2' (equal weights within S); U_T = x3'
    assert list(s["U_S"]) == pytest.approx([0, 0.75, 0.75]) and list(s["U_T"]) == pytest.approx([0, 1, 0.25])
    c_b = math.sqrt(0.75 * 1.0 / ((0.75 + 1.0) / 2) ** 2)
    c_c = math.sqrt(0.75 * 0.25 / ((0.75 + 0.25) / 2) ** 2)
    assert s.loc["B", "C"] == pytest.approx(c_b) and s.loc["C", "C"] == pytest.approx(c_c)
    assert s.loc["B", "T"] == pytest.approx(0.875) and s.loc["C", "T"] == pytest.approx(0.5)
    assert s.loc["B", "D"] == pytest.approx(math.sqrt(c_b * 0.875)) == pytest.approx(0.9306, abs=1e-4)
    assert s.loc["C", "D"] == pytest.approx(math.sqrt(c_c * 0.5)) == pytest.approx(0.6580, abs=1e-4)
    assert list(s["band"]) == [1, 10, 7]
    assert list(s["band_zh"]) == ["极度失调", "优质协调", "初级协调"]
    assert list(s["band_en"]) == ["Extreme imbalance", "High-quality coordination", "Primary coordination"]
    # region A: every subsystem is 0, so C's ratio is undefined: said, and C = D = 0 (never NaN)
    assert s.loc["A", "C"] == 0 and s.loc["A", "D"] == 0
    assert any("A 2024" in n and "undefined" in n for n in res.notes)


def test_coupling_of_three_groups_and_given_alpha():
    u = np.array([[0.2, 0.4, 0.8]])
    c, t, d = dv.coupling(u, np.array([0.5, 0.25, 0.25]))
    assert c[0] == pytest.approx((0.2 * 0.4 * 0.8 / (1.4 / 3) ** 3) ** (1 / 3))
    assert t[0] == pytest.approx(0.5 * 0.2 + 0.25 * 0.4 + 0.25 * 0.8)
    assert d[0] == pytest.approx(math.sqrt(c[0] * t[0]))
    assert list(dv.band_of([0.0, 0.0999, 0.1, 0.55, 0.9, 1.0])) == [1, 1, 2, 6, 10, 10]


def test_worked_example_obstacle_degree():
    o = example().obstacles
    c = o[o["name_en"] == "C"].set_index("indicator")["obstacle_pct"]
    w2, w3 = 0.30353, 0.39294
    assert c["x1"] == 0 and c["x2"] == pytest.approx(100 * w2 * 0.5 / (w2 * 0.5 + w3 * 0.75), abs=0.01)
    b = o[o["name_en"] == "B"].set_index("indicator")["obstacle_pct"]
    assert b["x1"] == pytest.approx(100)


def test_constant_indicator_is_refused_by_name():
    data = EXAMPLE.assign(x2=5.0)
    with pytest.raises(AnalysisInputError, match=r"indicator 'x2' is constant \(5 in every row\)"):
        dv.development_index(data, ["x1", "x2", "x3"], ["benefit"] * 3)


def test_per_year_weights_and_pooled_weights():
    two = pd.concat([EXAMPLE, EXAMPLE.assign(year="2025", x1=[11.0, 25, 30])], ignore_index=True)
    pooled = dv.development_index(two, ["x1", "x2", "x3"], ["benefit", "cost", "benefit"])
    each = dv.development_index(two, ["x1", "x2", "x3"], ["benefit", "cost", "benefit"], per_year=True)
    assert len(pooled.weights) == 3 and len(each.weights) == 6
    assert set(pooled.scores.groupby("year")["rank"].min()) == {1}


def test_groups_table_accepts_chinese_directions_and_names_bad_rows(tmp_path):
    from gzmap.io.errors import ReadError
    from gzmap.io.indicator_groups import read_groups

    good = tmp_path / "g.csv"
    good.write_text("指标,分组,方向\nGDP,规模,正向\n能耗,绿色,负向\n", encoding="gbk")
    g = read_groups(good)
    assert list(g["direction"]) == ["benefit", "cost"] and list(g["group"]) == ["规模", "绿色"]
    bad = tmp_path / "b.csv"
    bad.write_text("indicator,group,direction\nGDP,scale,benefit\nenergy,green,sideways\n", encoding="utf-8")
    with pytest.raises(ReadError, match=r"row 3: direction 'sideways' of 'energy'"):
        read_groups(bad)
