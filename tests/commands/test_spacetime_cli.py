"""gzmap emerging / gzmap ellipse on the built-in sample table, as a planner runs them (issue 17)."""

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest

from gzmap.cli import main
from gzmap.paths import geo_path

SAMPLE = geo_path("sample_enterprises.csv")


def test_emerging_writes_the_patterns_layer_and_tables(tmp_path, capsys):
    out = tmp_path / "emerging.gpkg"
    bins = tmp_path / "bins.csv"
    assert (
        main(["emerging", str(SAMPLE), "-o", str(out), "--time-field", "founded", "--bins", str(bins), "--data-names"])
        == 0
    )
    line = capsys.readouterr().out
    assert "over 15 steps (2010-2024), band 750 m" in line and "hot-spot" in line
    assert [name for name, _ in pyogrio.list_layers(out)] == ["emerging"]
    cells = gpd.read_file(out)
    assert {"pattern", "pattern_zh", "gi_trend_z", "gi_trend_p", "trend_z", "n_hot"} <= set(cells.columns)
    assert (cells["pattern"] == "intensifying_hot").sum() > 20
    patterns = pd.read_csv(tmp_path / "emerging_patterns.csv")
    assert patterns["locations"].sum() == len(cells)
    assert len(pd.read_csv(bins)) == 15 * len(cells)


def test_ellipse_by_subsector_per_year(tmp_path, capsys):
    out = tmp_path / "ellipses.gpkg"
    assert (
        main(
            ["ellipse", str(SAMPLE), "-o", str(out), "--by", "subsector", "--per", "year", "--std", "2", "--data-names"]
        )
        == 0
    )
    assert "standard deviation(s), 10 drift lines" in capsys.readouterr().out
    assert [name for name, _ in pyogrio.list_layers(out)] == ["ellipses", "drift", "centres"]
    table = pd.read_csv(tmp_path / "ellipses_ellipses.csv")
    assert set(table["group"]) >= {"games", "aigc"} and table["end"].max() == 2024
    assert table.loc[table["group"] == "aigc", "end"].min() >= 2016  # the AIGC firms are young


@pytest.mark.parametrize(
    "years, field, expected",
    [
        (list(range(2016, 2025)), "founded", "time field 'founded': the years 2016-2024 make 9 time steps"),
        (["2015", "abc", "", "0"] + ["2020"] * 16, "成立年份", "time field '成立年份': 3 of 20 rows hold no year"),
    ],
)
def test_bad_years_stop_with_one_line_naming_the_field(tmp_path, capsys, years, field, expected):
    rows = pd.read_csv(SAMPLE, dtype=str).head(len(years)).copy()
    rows["成立年份"] = years
    src = tmp_path / "few.csv"
    rows.to_csv(src, index=False)
    assert main(["emerging", str(src), "-o", str(tmp_path / "out.gpkg"), "--time-field", field]) == 1
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if line.startswith("gzmap emerging: ")]
    assert len(errors) == 1 and expected in errors[0] and "Traceback" not in err  # besides: datum assumed
    assert not (tmp_path / "out.gpkg").exists()
