"""Region names as people write them land on the right district or city; the rest is reported."""

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from gzmap.analysis.region_match import Region
from gzmap.analysis.region_match import RegionIndex
from gzmap.analysis.region_match import match_table
from gzmap.analysis.region_match import normalize_adcode
from gzmap.io.builtin import DISTRICTS_FILE
from gzmap.io.builtin import load_boundaries
from gzmap.io.indicators import read_indicator_table

TIANHE = "440106"


@pytest.fixture(scope="module")
def districts():
    return RegionIndex.districts()


@pytest.fixture(scope="module")
def gba():
    return RegionIndex.gba()


@pytest.mark.parametrize(
    "text",
    [
        "天河",
        "天河区",
        "Tianhe",
        "tianhe district",
        "440106",
        440106,
        "440106.0",
        "  TIANHE  ",
        "Tiānhé",
        "tianhe qu",
        "tianhequ",
        "广州市天河区",
        "广东省广州市天河区",
        "Tianhe District, Guangzhou",
        "天河 区",
        "ＴＩＡＮＨＥ",
    ],
)
def test_every_spelling_of_tianhe_lands_on_tianhe(districts, text):
    lk = districts.lookup(text)
    assert lk.status == "matched", lk
    assert lk.region.adcode == TIANHE


def test_a_table_with_five_spellings_puts_all_rows_on_the_same_district(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text(
        "地区,指标,年份,数值,单位\n"
        "天河,企业数,2019,100,家\n"
        "天河区,企业数,2020,110,家\n"
        "Tianhe,企业数,2021,120,家\n"
        "tianhe district,企业数,2022,130,家\n"
        "440106,企业数,2023,140,家\n",
        encoding="utf-8",
    )
    data, report = match_table(read_indicator_table(p), "districts")
    assert report.ok
    assert set(data["match_adcode"]) == {TIANHE}
    assert sorted(report.matched["row"]) == [2, 3, 4, 5, 6]
    assert len(report.without_data) == 10 and TIANHE not in {r.adcode for r in report.without_data}
    text = "\n".join(report.lines())
    assert "'天河', '天河区', 'Tianhe', 'tianhe district', '440106'" in text


def test_misspelt_region_is_reported_by_name_and_row_with_a_suggestion(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text("地区,企业数\n天河区,100\n海株区,80\n越秀区,60\n", encoding="utf-8")
    data, report = match_table(read_indicator_table(p), "districts")
    assert not report.ok
    assert report.unmatched[["row", "region"]].values.tolist() == [[3, "海株区"]]
    assert "海珠区" in report.unmatched["suggestion"].iloc[0]  # suggested, never applied
    assert data.loc[data["region"] == "海株区", "match_adcode"].tolist() == [""]
    (problem,) = [p for p in report.problems if "not found" in p.message]
    assert problem.row == 3 and problem.column == "地区" and "海株区" in problem.message
    # Haizhu got no data: listed, not silently missing
    assert "440105" in {r.adcode for r in report.without_data}
    assert any("'海株区' (row 3); did you mean 海珠区" in line for line in report.lines())


def test_same_district_twice_under_different_spellings_is_a_duplicate(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text(
        "region,indicator,year,value\n天河,GDP,2023,6200\nHaizhu,GDP,2023,3000\nTianhe District,GDP,2023,6300\n",
        encoding="utf-8",
    )
    data, report = match_table(read_indicator_table(p), "districts")
    (dup,) = [p for p in report.problems if "same region" in p.message]
    assert dup.row == 4 and "row 2" in dup.message and dup.column == "region"
    used = data[data["usable"] & (data["match_adcode"] == TIANHE)]
    assert used["value"].tolist() == [6200]


@pytest.mark.parametrize(
    "text,adcode",
    [
        ("深圳", "440300"),
        ("深圳市", "440300"),
        ("Shenzhen", "440300"),
        ("SHENZHEN CITY", "440300"),
        ("香港", "810000"),
        ("Hong Kong", "810000"),
        ("hongkong", "810000"),
        ("Hong Kong SAR", "810000"),
        ("澳門", "820000"),
        ("Macau", "820000"),
        ("澳门特别行政区", "820000"),
        ("佛山", "440600"),
        ("Dongguan", "441900"),
        ("zhaoqing shi", "441200"),
        ("广州", "440100"),
        ("440100", "440100"),
    ],
)
def test_gba_city_spellings(gba, text, adcode):
    lk = gba.lookup(text)
    assert lk.status == "matched" and lk.region.adcode == adcode


def test_other_levels_are_recognised_not_called_misspellings(gba, districts):
    assert gba.lookup("北京").status == "elsewhere" and gba.lookup("北京").region.name_en == "Beijing"
    assert gba.lookup("天河区").status == "elsewhere"
    assert districts.lookup("Shenzhen").status == "elsewhere"
    assert districts.lookup("Gotham").status == "unmatched"


def test_fuzzy_matches_are_only_suggestions(districts):
    lk = districts.lookup("Tianhee")
    assert lk.status == "unmatched" and lk.region is None
    assert lk.suggestion.adcode == TIANHE


def test_ambiguous_names_ask_for_the_adcode():
    index = RegionIndex([Region("110105", "朝阳区", "Chaoyang"), Region("220104", "朝阳区", "Chaoyang")], "district")
    lk = index.lookup("朝阳")
    assert lk.status == "ambiguous" and {r.adcode for r in lk.candidates} == {"110105", "220104"}
    assert index.lookup("220104").region.adcode == "220104"


@pytest.mark.parametrize(
    "raw,code",
    [
        ("440106", "440106"),
        ("440106.0", "440106"),
        (440106, "440106"),
        ("440106000000", "440106"),
        ("44010", None),
        ("abc", None),
    ],
)
def test_normalize_adcode(raw, code):
    assert normalize_adcode(raw) == code


_DISTRICTS = load_boundaries(DISTRICTS_FILE)[["adcode", "name_en"]].values.tolist()


@settings(max_examples=60, deadline=None)
@given(i=st.integers(0, len(_DISTRICTS) - 1), data=st.data())
def test_english_names_match_whatever_the_case_spacing_or_suffix(i, data):
    adcode, name = _DISTRICTS[i]
    chars = [c.upper() if data.draw(st.booleans()) else c.lower() for c in name]
    spaced = "".join(c + (" " if data.draw(st.integers(0, 4)) == 0 else "") for c in chars)
    suffix = data.draw(st.sampled_from(["", " District", " district", " Qu", "-qu", " DISTRICT"]))
    lk = RegionIndex.districts().lookup(" " + spaced + suffix + " ")
    assert lk.status == "matched" and lk.region.adcode == str(adcode)


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-W", "ignore", "-m", "gzmap", "indicators", *args], capture_output=True, text=True
    )


def test_cli_exits_non_zero_and_names_unmatched_rows(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text("地区,企业数\n天河区,100\n海株区,80\n", encoding="utf-8")
    out = run_cli(str(p), "--join", "districts", "--report", str(tmp_path / "r.csv"))
    assert out.returncode == 1
    assert "'海株区' (row 3)" in out.stdout and "天河" in out.stdout
    assert "1 row(s) match no region" in out.stderr and "Traceback" not in out.stderr
    report = (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert "海株区" in report and "unmatched" in report


@pytest.mark.parametrize("join", ["districts", "gba"])
def test_cli_bundled_sample_matches_fully(join):
    from gzmap.paths import geo_path

    out = run_cli(str(geo_path("indicators_sample.csv")), "--join", join)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 rows unmatched" in out.stdout and "0 regions without data" in out.stdout


def test_cli_bad_file_is_one_line(tmp_path):
    p = tmp_path / "empty.csv"
    p.write_bytes(b"")
    out = run_cli(str(p))
    assert out.returncode == 1 and out.stderr.count("\n") == 1 and "empty" in out.stderr
