"""Time filters: a year, "as of" a year with closings, a range; bad year cells reported per row."""

from datetime import date

import numpy as np
import pandas as pd
import pytest

from gzmap.core.time_filter import TimeFilter
from gzmap.core.time_filter import TimeFilterError
from gzmap.core.time_filter import year_values


@pytest.fixture
def firms():
    return pd.DataFrame(
        {
            "name": list("ABCDEFG"),
            "成立年份": [2010, 2015, "2016-03-01", "2015年6月", "unknown", 0, None],
            "注销年份": [2014, None, 2020, "", None, None, None],
        }
    )


def shown(flt, frame):
    return "".join(frame["name"][flt.mask(frame)])


def test_as_of_2015_counts_only_enterprises_open_in_2015(firms):
    assert shown(TimeFilter("成立年份", "as_of", 2015, closed_field="注销年份"), firms) == "BD"
    assert shown(TimeFilter("成立年份", "as_of", 2013, closed_field="注销年份"), firms) == "A"
    assert shown(TimeFilter("成立年份", "as_of", 2021, closed_field="注销年份"), firms) == "BD"
    assert shown(TimeFilter("成立年份", "as_of", 2015), firms) == "ABD"


def test_single_year_and_range(firms):
    assert shown(TimeFilter("成立年份", "year", 2015), firms) == "BD"
    assert shown(TimeFilter("成立年份", "range", 2011, 2016), firms) == "BCD"


def test_text_blank_and_zero_years_are_reported_per_row_and_never_shown(firms):
    years, bad = year_values(firms["成立年份"])
    assert bad == [(4, "unknown"), (5, 0)]
    assert np.isnan(years[[4, 5, 6]]).all()
    for mode in ("year", "as_of", "range"):
        flt = TimeFilter("成立年份", mode, 1800, 2100)
        assert not flt.mask(firms)[[4, 5, 6]].any()


def test_dates_and_spreadsheet_dates_give_their_year():
    years, bad = year_values(pd.Series([date(2019, 5, 1), pd.Timestamp("2021-01-31"), "2018/7/9", 2017.0, 2017.5]))
    assert list(years[:4]) == [2019, 2021, 2018, 2017]
    assert bad == [(4, 2017.5)]


@pytest.mark.parametrize(
    "data",
    [
        {"field": "成立年份", "mode": "eval", "start": 2015},
        {"field": "成立年份", "mode": "year", "start": "2015"},
        {"field": "成立年份", "mode": "range", "start": 2015, "end": 2010},
        {"field": "成立年份", "mode": "year", "start": 99999},
        {"field": "成立年份", "mode": "year", "start": 2015, "__class__": 1},
        ["成立年份"],
        {"field": "", "mode": "year", "start": 2015},
    ],
)
def test_a_crafted_saved_filter_is_refused(data):
    with pytest.raises(TimeFilterError):
        TimeFilter.from_dict(data)


def test_a_saved_filter_round_trips_and_a_missing_field_is_named(firms):
    flt = TimeFilter("成立年份", "range", 2011, 2016, "注销年份")
    assert TimeFilter.from_dict(flt.to_dict()) == flt
    with pytest.raises(TimeFilterError, match="no field 'founded'"):
        TimeFilter("founded").mask(firms)
