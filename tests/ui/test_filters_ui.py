"""Filters, selections, identify, measure and the time slider as a planner uses them: menu items,
clicks and keys on the real widgets, and what the canvas, the legend and the status bar then show."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QLabel

from gzmap.core.layer import VectorLayer
from gzmap.core.style import hex_to_rgb

GAMES, MUSIC = "#e6194b", "#ffe119"


def action(window, name):
    from PySide6.QtGui import QAction

    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


@pytest.fixture
def firms(window):
    """40 games firms west, 40 music firms east of Zhujiang New Town, styled by sub-sector."""
    from gzmap.core.taxonomy import enterprise_style

    rng = np.random.default_rng(3)
    lon = np.r_[113.30 + rng.uniform(0, 0.01, 40), 113.34 + rng.uniform(0, 0.01, 40)]
    lat = 23.11 + rng.uniform(0, 0.01, 80)
    g = gpd.GeoDataFrame(
        {
            "name": [f"企业{i}" for i in range(80)],
            "subsector": ["games"] * 40 + ["music"] * 40,
            "revenue": np.r_[np.full(40, 2000.0), np.full(40, 500.0)],
            "成立年份": np.r_[np.arange(1990, 2030), np.arange(1990, 2030)],
        },
        geometry=gpd.points_from_xy(lon, lat),
        crs=4326,
    )
    layer = window.add_layer(VectorLayer(g, "企业", "Firms", style=enterprise_style()))
    window.canvas.zoom_to_bounds((113.295, 23.105, 113.355, 23.125))
    return layer


def pixels_near(image, hex_color, tol=40) -> int:
    from PySide6.QtGui import QImage

    img = image.convertToFormat(QImage.Format.Format_RGBA8888)
    a = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)[:, : img.width()]
    return int((np.abs(a[..., :3].astype(int) - hex_to_rgb(hex_color)).sum(-1) < tol).sum())


def legend_rows(window, layer):
    tree = window.feature("indicators").legend.tree
    window.feature("indicators").legend.rebuild()
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        if top.data(0, Qt.ItemDataRole.UserRole) == layer.id:
            return [top.child(j) for j in range(top.childCount())]
    raise AssertionError("layer not in the legend")


def builder_of(window, name, qtbot):
    action(window, name).trigger()
    dlg = next(
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w.objectName() == "" and hasattr(w, "edit")
    )
    qtbot.waitExposed(dlg)
    return dlg


def test_filter_games_only_draws_and_counts_only_games(window, firms, qtbot):
    window.layer_panel.set_current_layer(firms)
    before = window.canvas.render_frame()
    assert pixels_near(before, GAMES) > 15 and pixels_near(before, MUSIC) > 15
    dlg = builder_of(window, "filter_layer", qtbot)
    dlg.field_box.setCurrentIndex(dlg.field_box.findData("subsector"))
    dlg.op_box.setCurrentText("=")
    dlg.value_box.setCurrentIndex(dlg.value_box.findData("games"))
    qtbot.mouseClick(dlg.and_button, Qt.MouseButton.LeftButton)
    assert dlg.edit.toPlainText() == "subsector = 'games'" and dlg.status.text() == "80 个要素中有 40 个符合。"
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert firms.filter.expression_text == "subsector = 'games'"
    after = window.canvas.render_frame()
    assert pixels_near(after, GAMES) > 15 and pixels_near(after, MUSIC) == 0
    rows = legend_rows(window, firms)
    assert [r.text(0) for r in rows] == ["游戏电竞  (40)"]
    assert "40" in window.findChild(QLabel, "selection_count").text()


def test_a_legend_category_box_hides_that_category(window, firms, qtbot):
    music = next(r for r in legend_rows(window, firms) if r.text(0).startswith("数字音乐"))
    music.setCheckState(0, Qt.CheckState.Unchecked)
    assert list(firms.shown_data()["subsector"].unique()) == ["games"]
    assert pixels_near(window.canvas.render_frame(), MUSIC) == 0
    rows = legend_rows(window, firms)  # the switched-off row stays, unchecked, to switch it on again
    assert [(r.text(0), r.checkState(0)) for r in rows][-1] == ("数字音乐  (40)", Qt.CheckState.Unchecked)
    rows[-1].setCheckState(0, Qt.CheckState.Checked)
    assert firms.filter is None


def test_a_bad_expression_is_shown_with_its_reason_and_nothing_runs(window, firms, qtbot):
    window.layer_panel.set_current_layer(firms)
    dlg = builder_of(window, "filter_layer", qtbot)
    qtbot.keyClicks(dlg.edit, "revenue >")
    dlg.check()
    assert dlg.status.text() == "无法使用：表达式不完整：此处应有 一个值"
    assert not dlg.ok_button.isEnabled()
    dlg.edit.clear()
    dlg.edit.insertPlainText("营收")  # typed through an input method (QTest sends Latin-1 keys only)
    qtbot.keyClicks(dlg.edit, " > 1000")
    dlg.check()
    assert dlg.status.text() == "无法使用：本图层没有字段 营收" and not dlg.ok_button.isEnabled()
    dlg.accept()
    assert dlg.isVisible() and firms.filter is None
    dlg.reject()


def _run_modal(interact):
    """Run ``interact(dialog)`` on the modal dialog the next action opens."""

    def poll():
        dlg = QApplication.activeModalWidget()
        if dlg is None:
            QTimer.singleShot(20, poll)
        else:
            interact(dlg)

    QTimer.singleShot(0, poll)


def test_select_revenue_over_1000_in_tianhe_and_cluster_the_selection_only(window, qtbot):
    from gzmap.analysis.districts import assign_districts
    from gzmap.io.sample import sample_enterprises_layer

    layer = window.add_layer(sample_enterprises_layer())
    window.layer_panel.set_current_layer(layer)
    dlg = builder_of(window, "select_by_attribute", qtbot)
    qtbot.keyClicks(dlg.edit, "revenue > 1000")
    dlg.check()
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert len(layer.selection) == int((layer.data["revenue"] > 1000).sum())
    action(window, "select_by_location").trigger()
    loc = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "district_box"))
    loc.district_box.setCurrentIndex(loc.district_box.findText("天河区"))
    loc.mode_box.setCurrentIndex(loc.mode_box.findData("within"))
    loc.accept()
    xy = layer.data.geometry
    district = assign_districts(xy.x.to_numpy(), xy.y.to_numpy())["district_zh"]
    tianhe = (district == "天河区").fillna(False).to_numpy(dtype=bool)
    expected = np.flatnonzero(tianhe & (layer.data["revenue"] > 1000).to_numpy())
    assert 50 < len(expected) < len(layer) / 4 and np.array_equal(layer.selection, expected)
    assert f"{len(expected):,}" in window.findChild(QLabel, "selection_count").text()

    ext = window.feature("analysis")

    ticked = []

    def interact(d):
        qtbot.keyClick(d.selected_only, Qt.Key.Key_Space)
        ticked.append(d.selected_only.isChecked())
        d.eps.setValue(400)
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    _run_modal(interact)
    ext.open_dialog("clusters")
    qtbot.waitUntil(lambda: ext.last is not None and ext.last["kind"] == "clusters", timeout=60000)
    points = ext.last["layers"][0]
    assert ticked == [True] and len(points) == len(expected)
    assert set(points.data["name"]) == set(layer.data["name"].iloc[expected])


def test_measure_canton_tower_to_guangzhou_south_by_clicking(window, qtbot):
    from pyproj import Geod

    tower, south = (113.3245, 23.1066), (113.2693, 22.9887)
    canvas = window.canvas
    canvas.zoom_to_bounds((113.26, 22.98, 113.33, 23.115))
    qtbot.keyClick(canvas, Qt.Key.Key_M)
    points = [canvas.viewport.lonlat_to_screen(*p) for p in (tower, south)]
    qtbot.mouseClick(
        canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(float(points[0][0])), round(float(points[0][1])))
    )
    qtbot.mouseMove(canvas, QPoint(round(float(points[1][0])), round(float(points[1][1]))))
    qtbot.mouseClick(
        canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(float(points[1][0])), round(float(points[1][1])))
    )
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    label = window.findChild(QLabel, "measure_result").text()
    km = float(label.replace("公里", "").replace("km", "").replace(",", "").strip())
    expected = Geod(ellps="WGS84").inv(*tower, *south)[2] / 1000
    assert abs(km - expected) / expected < 0.01, (label, expected)
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert window.findChild(QLabel, "measure_result").text() == ""


def test_time_slider_to_2015_shows_only_firms_founded_by_then(window, firms, qtbot):
    ts = window.feature("time_slider")
    p = ts.panel
    ts.dock.show()
    assert p.layer_box.currentData() is firms and p.field_box.currentData() == "成立年份"
    qtbot.keyClick(p.enabled, Qt.Key.Key_Space)
    p.year.lineEdit().selectAll()
    qtbot.keyClicks(p.year, "2015")
    qtbot.keyClick(p.year, Qt.Key.Key_Return)
    assert p.slider.value() == 2015
    shown = firms.shown_data()
    assert len(shown) == 2 * 26 and shown["成立年份"].max() == 2015
    assert sum(r.data(0, Qt.ItemDataRole.UserRole) for r in legend_rows(window, firms)) == 52
    assert "52" in p.count.text()
    ts.step()
    assert firms.shown_data()["成立年份"].max() == 2016


def test_play_steps_through_the_years_and_stops_at_the_last(window, firms, qtbot, monkeypatch):
    ts = window.feature("time_slider")
    ts.timer.setInterval(5)
    ts.panel.year.setValue(2026)
    qtbot.mouseClick(ts.panel.play, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ts.panel.play.isChecked(), timeout=5000)
    assert ts.panel.year.value() == 2029 and len(firms.shown_data()) == 80


def test_year_cells_with_text_blank_or_zero_are_reported_per_row_and_never_shown(window, qtbot):
    g = gpd.GeoDataFrame(
        {"成立年份": [2010, "unknown", "", 0, "2012-05-01", None]},
        geometry=gpd.points_from_xy(np.linspace(113.3, 113.31, 6), np.full(6, 23.1)),
        crs=4326,
    )
    layer = window.add_layer(VectorLayer(g, "坏年份", "Bad years"))
    ts = window.feature("time_slider")
    ts.fill_layers()
    ts.panel.layer_box.setCurrentIndex(ts.panel.layer_box.findData(layer))
    ts.panel.enabled.setChecked(True)
    text = ts.panel.bad.text()
    assert "2" in text and "'unknown'" in text and "'0'" in text and "\n" not in text
    for year in range(2010, 2013):
        ts.set_year(year)
        assert set(layer.shown_rows()) <= {0, 4}
    for mode in ("year", "range"):
        ts.panel.mode_box.setCurrentIndex(ts.panel.mode_box.findData(mode))
        assert set(layer.shown_rows()) <= {0, 4}
