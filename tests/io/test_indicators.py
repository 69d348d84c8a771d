"""Indicator tables as planners keep them: long or wide, CSV in any common encoding or Excel,
with the usual mistakes reported by row and column while the rest stays usable."""

import math

import pytest

from gzmap.io.errors import ReadError
from gzmap.io.indicators import parse_number
from gzmap.io.indicators import read_indicator_table
from gzmap.paths import geo_path

LONG = (
    "地区,指标,年份,数值,单位,来源\n"
    "天河区,地区生产总值,2022,6000,亿元,天河统计公报\n"
    "天河区,地区生产总值,2023,6200,亿元,天河统计公报\n"
    '海珠区,地区生产总值,2023,"3,000",亿元,海珠统计公报\n'
    "越秀区,地区生产总值,2023,三千二,亿元,越秀统计公报\n"
    "荔湾区,常住人口,2020,约123.8,万人,七普\n"
)


def write(tmp_path, name, text, encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_long_table_in_any_common_encoding_keeps_unit_year_and_source(tmp_path, encoding):
    t = read_indicator_table(write(tmp_path, "long.csv", LONG, encoding))
    assert t.form == "long"
    gdp = t.data[(t.data["region"] == "天河区") & (t.data["year"] == "2023")].iloc[0]
    assert gdp["value"] == 6200 and gdp["unit"] == "亿元" and gdp["source"] == "天河统计公报"
    assert gdp["row"] == 3  # the header is row 1
    info = t.indicator("地区生产总值")
    assert info.unit == "亿元" and info.years == ["2022", "2023"]
    assert t.data.loc[t.data["region"] == "海珠区", "value"].iloc[0] == 3000  # thousands separator
    pop = t.data[t.data["region"] == "荔湾区"].iloc[0]
    assert pop["value"] == 123.8 and pop["approx"]  # 约 = approximately, kept as a flag


def test_non_numeric_value_is_reported_by_row_and_column_and_the_rest_is_usable(tmp_path):
    t = read_indicator_table(write(tmp_path, "long.csv", LONG))
    errors = t.errors
    assert len(errors) == 1
    assert errors[0].row == 5 and errors[0].column == "数值"
    assert "三千二" in str(errors[0]) and "row 5" in str(errors[0])
    usable = t.data[t.data["usable"]]
    assert len(usable) == 4 and usable["value"].notna().all()


def test_duplicate_region_is_reported_and_the_first_row_is_used(tmp_path):
    text = LONG + "天河区,地区生产总值,2023,9999,亿元,另一来源\n"
    t = read_indicator_table(write(tmp_path, "dup.csv", text))
    dup = [p for p in t.problems if "duplicate" in p.message]
    assert len(dup) == 1 and dup[0].row == 7 and dup[0].column == "地区"
    assert "row 3" in dup[0].message
    used = t.data[(t.data["region"] == "天河区") & (t.data["year"] == "2023") & t.data["usable"]]
    assert used["value"].tolist() == [6200]


def test_unit_changing_between_years_is_a_warning_naming_row_and_column(tmp_path):
    text = (
        "region,indicator,year,value,unit,source\n"
        "Tianhe,revenue,2022,5000000,万元,bulletin\n"
        "Tianhe,revenue,2023,520,亿元,bulletin\n"
        "Haizhu,revenue,2023,300,亿元,bulletin\n"
    )
    t = read_indicator_table(write(tmp_path, "units.csv", text))
    warn = [p for p in t.problems if "changes between years" in p.message]
    assert len(warn) == 1 and warn[0].severity == "warning"
    assert warn[0].row == 3 and warn[0].column == "unit"
    assert "万元" in warn[0].message and "亿元" in warn[0].message
    assert t.data["usable"].all()  # each year on its own is still mappable


def test_unit_differing_within_one_year_makes_that_value_unusable(tmp_path):
    text = (
        "region,indicator,year,value,unit\n"
        "Tianhe,revenue,2023,520,亿元\n"
        "Haizhu,revenue,2023,3000000,万元\n"
        "Yuexiu,revenue,2023,300,亿元\n"
    )
    t = read_indicator_table(write(tmp_path, "units.csv", text))
    err = [p for p in t.errors if "unit" in p.message]
    assert [(p.row, p.column) for p in err] == [(3, "unit")]
    assert t.data.loc[t.data["usable"], "region"].tolist() == ["Tianhe", "Yuexiu"]


def test_wide_table_with_units_and_years_in_headers(tmp_path):
    text = "区,GDP（亿元）2023,常住人口 [万人] 2020,备注\n天河,6200,224.2,\n海珠,3000,181.9,\n"
    t = read_indicator_table(write(tmp_path, "wide.csv", text, "utf-8-sig"))
    assert t.form == "wide"
    names = {i.name: i for i in t.indicators()}
    assert set(names) == {"GDP", "常住人口"}
    assert names["GDP"].unit == "亿元" and names["GDP"].years == ["2023"]
    assert names["常住人口"].unit == "万人" and names["常住人口"].years == ["2020"]
    row = t.data[(t.data["region"] == "海珠") & (t.data["indicator"] == "常住人口")].iloc[0]
    assert row["value"] == 181.9 and row["row"] == 3


def test_wide_xlsx_with_a_title_row_above_the_header(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["2023年广州市各区数字文化产业指标"])
    ws.append(["行政区划代码", "地区", "企业数（家）", "营收（亿元）"])
    ws.append([440106, "天河区", 1200, 350.5])
    ws.append([440105, "海珠区", 800, "n/a"])
    ws.append([440104, "越秀区", "many", 120])
    p = tmp_path / "wide.xlsx"
    wb.save(p)
    t = read_indicator_table(p)
    assert t.form == "wide"
    tianhe = t.data[t.data["adcode"] == "440106"]
    assert tianhe["row"].unique().tolist() == [3]  # sheet row, title row counted
    assert sorted(tianhe["value"]) == [350.5, 1200]
    assert t.data[(t.data["adcode"] == "440105") & (t.data["indicator"] == "营收")]["value"].isna().all()
    (err,) = t.errors  # "n/a" is a missing value, "many" is an error
    assert err.row == 5 and err.column == "企业数（家）"


@pytest.mark.parametrize(
    "content,expect",
    [
        (b"", "empty"),
        ("地区,GDP\n".encode(), "no data rows"),
    ],
)
def test_empty_tables_raise_one_line_naming_the_file(tmp_path, content, expect):
    p = tmp_path / "t.csv"
    p.write_bytes(content)
    with pytest.raises(ReadError) as err:
        read_indicator_table(p)
    msg = str(err.value)
    assert str(p) in msg and expect in msg and "\n" not in msg


def test_table_without_any_number_is_flagged_but_still_read(tmp_path):
    t = read_indicator_table(write(tmp_path, "t.csv", "地区,GDP\n天河,abc\n海珠,xyz\n"))
    assert len(t.errors) == 3  # two cells and the whole table
    assert any("no usable numeric value" in p.message for p in t.errors)


@pytest.mark.parametrize(
    "raw,value,approx,unit",
    [
        ("1,234.5", 1234.5, False, ""),
        ("约27,000", 27000.0, True, ""),
        ("about 3,400 (approx.)", 3400.0, True, ""),
        ("46.0%", 46.0, False, "%"),
        ("１２３．５", 123.5, False, ""),
        ("-12", -12.0, False, ""),
        (440106.0, 440106.0, False, ""),
    ],
)
def test_parse_number_accepts_the_usual_ways_of_writing_numbers(raw, value, approx, unit):
    v, a, u, err = parse_number(raw)
    assert err is None and v == value and a == approx and u == unit


@pytest.mark.parametrize("raw", ["1.2万", "abc", "12..3", "inf"])
def test_parse_number_rejects_text_with_a_reason(raw):
    v, _a, _u, err = parse_number(raw)
    assert math.isnan(v) and err is not None and raw in err


@pytest.mark.parametrize("raw", ["", "-", "NA", "—", None])
def test_missing_markers_are_no_data_not_errors(raw):
    v, _a, _u, err = parse_number(raw)
    assert math.isnan(v) and err is None


def test_bundled_sample_carries_source_and_year_on_every_value():
    t = read_indicator_table(geo_path("indicators_sample.csv"))
    assert not t.errors
    d = t.data
    assert (d["source"] != "").all() and d["year"].str.fullmatch(r"\d{4}").all()
    assert (d["unit"] != "").all()
    # rounded public figures are labelled (approx.)
    gba_gdp = d[(d["indicator"] == "地区生产总值")]
    assert gba_gdp["approx"].all() and gba_gdp["source"].str.contains(r"\(approx\.\)").all()
    paper = d[(d["adcode"] == "440100") & (d["year"] == "2024") & (d["indicator"] == "规模以上文化及相关产业营业收入")]
    assert paper["value"].tolist() == [6040.8] and paper["unit"].tolist() == ["亿元"]
