"""The one rule for drawing point layers (canvas, print and HTML): sizes by scale, symbols or bins."""

from __future__ import annotations

import numpy as np
import pytest

from gzmap.core import point_rules as pr
from gzmap.core.viewport import Viewport


def test_symbols_keep_their_size_at_large_scales_and_shrink_to_a_legible_minimum():
    assert pr.symbol_sizes(4.0, 10_000) == pytest.approx(4.0)
    assert pr.symbol_sizes(4.0, pr.FULL_SIZE_SCALE) == pytest.approx(4.0)
    mid = float(pr.symbol_sizes(4.0, 200_000))
    assert 2.0 < mid < 4.0
    # the GBA on an A4 page is about 1:2,400,000: still a 2-point dot (0.7 mm), never dust
    assert pr.symbol_sizes(4.0, 2_400_000) == pytest.approx(pr.MIN_SYMBOL_PT)
    assert pr.symbol_sizes(1.0, 2_400_000) == pytest.approx(1.0)  # a style smaller than the minimum keeps its size
    sizes = pr.symbol_sizes(np.array([4.0, 8.0, 12.0]), 400_000)
    assert np.all(np.diff(sizes) > 0)  # graduated sizes keep their order


def test_crowding_is_points_per_occupied_square():
    assert pr.crowding([], [], 10) == 0.0
    assert pr.crowding([0, 1, 2, 3], [0, 1, 2, 3], 10) == 4.0  # all in one square
    assert pr.crowding([0, 15, 35, 55], [0, 0, 0, 0], 10) == 1.0  # one per square


def test_regime_symbols_discs_and_bins():
    assert pr.point_regime(0, 5, 100, 100) == "symbols"
    assert pr.point_regime(100, 5, 1000, 1000, crowded=1.2) == "symbols"
    assert pr.point_regime(100, 5, 1000, 1000, crowded=pr.MAX_CROWDING) == "bins"
    assert pr.point_regime(pr.SYMBOL_LIMIT + 1, 1, 4000, 4000, crowded=1.0) == "stamped"
    assert pr.point_regime(pr.STAMP_LIMIT + 1, 1, 4000, 4000, crowded=1.0) == "bins"
    # discs that would cover more than MAX_COVERAGE of the view: bins whatever the crowding
    assert pr.point_regime(3000, 20, 500, 500) == "bins"
    assert not pr.needs_crowding(3000, 20, 500, 500)


def test_ten_thousand_enterprises_are_binned_over_guangzhou_and_symbols_up_close():
    """The sample's 10,000 enterprises at the GBA on A4 (a 190 x 170 mm frame) are counted in bins;
    a few streets of Tianhe show them one by one."""
    from gzmap.io.sample import sample_enterprises_layer

    pts = sample_enterprises_layer().data
    lon, lat = pts.geometry.x.to_numpy(), pts.geometry.y.to_numpy()
    mm = 72 / 25.4
    gba = (111.35, 21.5, 115.45, 24.45)
    assert pr.regime_at(lon, lat, 4.0, gba, 190 * mm, 170 * mm) == "bins"
    street = (113.32, 23.11, 113.35, 23.13)
    assert pr.regime_at(lon, lat, 4.0, street, 190 * mm, 170 * mm) == "symbols"


def test_bin_steps_and_their_legend():
    assert pr.bin_levels([1, 2, 4, 5, 19, 20, 99, 100, 5000]).tolist() == [0, 1, 1, 2, 2, 3, 3, 4, 4]
    rows = pr.bin_legend()
    assert [r.label_en for r in rows] == ["1", "2–4", "5–19", "20–99", "≥ 100"]
    assert [r.symbol.fill for r in rows] == list(pr.BIN_COLORS)
    assert pr.bin_note("zh_CN") != pr.bin_note("en")


def test_the_count_legend_names_the_cell_on_the_ground():
    """The heading of the count steps gives a cell's side in m or km (two significant figures), in one
    language; the page's pattern is the same text with the size left to fill."""
    assert [pr.cell_size_text(m) for m in (47.3, 350.4, 999.9, 1437, 6084, 12345)] == [
        "47 m",
        "350 m",
        "1 km",
        "1.4 km",
        "6.1 km",
        "12 km",
    ]
    assert pr.bin_title("en", 6084) == "Count per cell (6.1 km × 6.1 km)"
    assert pr.bin_title("zh_CN", 350.4) == "每格数量（格 350 m × 350 m）"
    assert pr.bin_title_pattern("zh_CN").replace("{size}", "1.4 km") == pr.bin_title("zh_CN", 1437)
    # a 2.8 mm square on a 1:2,170,000 page is 6.1 km a side: the frame's ground metres per point
    gba = (112.95, 22.5, 114.06, 23.94)
    vp = Viewport.fit(gba, 500, 600)
    cell = pr.cell_metres_at(gba, 500, 600)
    assert cell == pytest.approx(pr.BIN_PT * pr.PT_METRES * vp.scale_denominator(dpi=72), rel=1e-9)
    assert pr.cell_metres_at(gba, 1000, 1200) == pytest.approx(cell / 2, rel=1e-3)


def test_the_page_gets_every_number_of_the_rule():
    js = pr.as_js()
    assert js["maxCrowding"] == pr.MAX_CROWDING and js["binPt"] == pr.BIN_PT
    assert js["binColors"] == list(pr.BIN_COLORS) and js["binSteps"] == list(pr.BIN_COUNT_STEPS)
