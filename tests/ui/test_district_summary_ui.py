"""Analysis > Statistics by district… (按区统计) driven as a user does: the dialog's drop-downs, OK,
then the table in the results dock and a choropleth layer, checked against a point-in-polygon count."""

import numpy as np
import pytest
import shapely
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialogButtonBox

from gzmap.core.layer import VectorLayer
from gzmap.testing import assert_one_language


@pytest.fixture
def firms(window):
    import geopandas as gpd

    rng = np.random.default_rng(21)
    n = 400
    g = gpd.GeoDataFrame(
        {
            "subsector": rng.choice(["games", "animation", "music"], n),
            "employees": rng.integers(1, 60, n),
        },
        geometry=gpd.points_from_xy(rng.uniform(113.15, 113.6, n), rng.uniform(22.95, 23.35, n)),
        crs="EPSG:4326",
    )
    layer = VectorLayer(g, "企业", "Enterprises", provenance={"rows_accepted": n})
    window.add_layer(layer)
    return layer


def _choose(qtbot, combo, data) -> None:
    """Walk ``combo`` with the arrow keys to the item holding ``data``."""
    target = combo.findData(data)
    assert target >= 0, data
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Up if combo.currentIndex() > target else Qt.Key.Key_Down)
    assert combo.currentIndex() == target


def _run_dialog(window, qtbot, fill) -> None:
    """Trigger the menu action, fill the modal dialog with ``fill(dialog)`` and press OK."""
    from gzmap.ui.district_summary_dialog import DistrictSummaryDialog

    ext = window.indicators
    seen = []

    def drive():
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, DistrictSummaryDialog)
        seen.append(dlg)
        fill(dlg)
        qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, drive)
    ext.summary_action.trigger()
    assert seen


def _expected(layer, district_field):
    """Per district (adcode): points inside, by brute force over the built-in polygons."""
    from gzmap.io.builtin import districts_layer

    polys = districts_layer().data
    out = {}
    pts = layer.data.geometry.values
    for code, geom in zip(polys["adcode"].astype(str), polys.geometry.values):
        inside = shapely.contains(geom, pts)
        out[code] = layer.data.loc[inside, district_field] if district_field else int(inside.sum())
    return out


def test_sum_of_a_field_by_district_and_category_makes_a_table_and_a_choropleth(window, firms, qtbot):
    def fill(dlg):
        assert dlg.layer() is firms  # the enterprise layer, not the top (districts) layer
        _choose(qtbot, dlg.statistic, "sum")
        _choose(qtbot, dlg.field, "employees")
        _choose(qtbot, dlg.category, "subsector")

    before = len(window.project.layers)
    _run_dialog(window, qtbot, fill)
    qtbot.waitUntil(lambda: len(window.project.layers) == before + 1, timeout=30000)

    new = window.project.layers[-1]
    assert new.name("zh_CN") == "按区统计：从业人员（合计）"
    assert new.style.legend_title("zh_CN") == "从业人员（合计）"
    assert new.style.legend_title("en") == "Employees (sum)"
    legend = window.indicators.legend
    legend.rebuild()
    top = legend.tree.topLevelItem(0)
    lines = [top.text(0)] + [top.child(i).text(0) for i in range(top.childCount())]
    assert lines[0] == "从业人员（合计）" and lines[-1].startswith("来源：按区统计")
    assert_one_language([("legend", t) for t in lines], "zh_CN")  # no English note under the legend

    panel = window.analysis_extension.panel
    df = panel.model.frame()
    assert set(df["subsector"]) == {"games", "animation", "music"}
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(panel.model.columnCount())]
    assert {"区", "细分行业", "企业数", "从业人员"} <= set(headers), headers
    # the figures: Tianhe's employees in games, and every district's total on the map, by brute force
    expected = _expected(firms, "employees")
    games = firms.data["subsector"].eq("games")
    tianhe = df[(df["adcode"] == "440106") & (df["subsector"] == "games")]
    assert tianhe["employees"].item() == expected["440106"][games].sum()
    totals = dict(zip(new.data["adcode"], new.data[new.style.field]))
    assert {k: int(v) for k, v in totals.items()} == {k: int(v.sum()) for k, v in expected.items()}
    # the choropleth: more classes than one, the busiest district in the darkest class
    busiest = max(totals, key=totals.get)
    entries = new.legend_entries()
    assert len(entries) >= 3
    row = int(np.flatnonzero(new.data["adcode"].to_numpy() == busiest)[0])
    assert new.style.classify(new.data)[row] == len(entries) - 1


def test_count_of_the_filtered_points_only(window, firms, qtbot):
    from gzmap.core.filter_expression import parse
    from gzmap.core.layer_filter import LayerFilter

    firms.filter = LayerFilter().with_expression(parse("subsector = 'music'"))

    def fill(dlg):
        assert dlg.filtered_only.isChecked()  # what the map shows, by default
        assert not dlg.field.isEnabled()  # a count needs no field

    before = len(window.project.layers)
    _run_dialog(window, qtbot, fill)
    qtbot.waitUntil(lambda: len(window.project.layers) == before + 1, timeout=30000)
    df = window.analysis_extension.panel.model.frame()
    music = VectorLayer(firms.data[firms.data["subsector"] == "music"], "m", "m")
    expected = _expected(music, None)
    assert dict(zip(df["adcode"], df["count"])) == expected
    assert window.project.layers[-1].name("en") == "By district: Number of Enterprises"
