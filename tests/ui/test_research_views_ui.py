"""The research analyses' dialogs and result views from the Analysis menu, on the built-in data (issue 17):
the development index from the shipped indicator table (a table-file input), its ranking chart, the
co-location heat table, the site choice's candidate layer and the ellipses following the time slider."""

import shutil
import threading

import numpy as np
import pytest
from analysis_menu import accept_dialogs
from analysis_menu import add_sample
from analysis_menu import recording
from analysis_menu import trigger
from PySide6.QtGui import QColor
from test_one_language import data_values
from test_one_language import widget_texts

from gzmap.testing import assert_one_language


@pytest.fixture
def sample(window):
    return add_sample(window)


def _near(widget, colour: str) -> np.ndarray:
    """Boolean array over the pixels of ``widget`` as drawn: within 12 of ``colour`` on every channel."""
    from PySide6.QtGui import QImage

    img = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    arr = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)
    c = QColor(colour)
    return (np.abs(arr[..., :3].astype(int) - [c.blue(), c.green(), c.red()]) <= 12).all(axis=2)


# -- development index: a table-file input ----------------------------------------------------------------
def test_devindex_from_the_menu_scores_the_shipped_table_off_the_gui_thread(window, qtbot, monkeypatch):
    import gzmap.analysis.devindex as devindex
    from gzmap.ui.result_views import RankingChart

    threads, dialogs = [], []
    recording(monkeypatch, devindex, "development_index", threads)
    accept_dialogs(monkeypatch, dialogs)
    n_before = len(window.project.layers)
    trigger(window, "发展指数")  # the project has no point layer: a table analysis opens all the same
    ext = window.analysis_extension
    qtbot.waitUntil(lambda: ext.last is not None and ext.last["kind"] == "devindex", timeout=120_000)
    dlg = dialogs[0]
    assert not dlg.has_points and dlg.layer_box.parent() is None  # no point-layer row
    table, groups = dlg.input_boxes["table"], dlg.input_boxes["groups"]
    assert table.currentText() == "内置样例" and table.currentData().endswith("devindex_sample.csv")
    assert groups.itemText(0) == "（无）" and groups.currentData().endswith("devindex_groups.csv")
    assert_one_language(widget_texts(dlg, "devindex dialog"), "zh_CN", data=data_values())
    assert threads and threads[0] is not threading.main_thread()
    # one choropleth of the coupling coordination band per year of the table, legend in Chinese
    added = window.project.layers[n_before:]
    assert [lyr.name_zh for lyr in added] == [f"耦合协调度 {y}" for y in range(2020, 2025)]
    labels = [e.label_zh for e in added[-1].legend_entries()]
    assert any(label.startswith("初级协调") for label in labels), labels
    texts = [("legend", t) for lyr in added for t in [lyr.style.legend_title("zh_CN"), *labels]]
    assert_one_language(texts, "zh_CN")
    # the result dock opens on the ranking chart of the latest year, highest score first
    panel = ext.panel
    assert panel.table_combo.currentText() == "发展指数排名图"
    chart = panel.stack.currentWidget()
    assert isinstance(chart, RankingChart) and chart.year_box.currentText() == "2024"
    scores = ext.last["tables"]["scores"]
    latest = scores[scores["year"].astype(str) == "2024"].sort_values("score", ascending=False)
    assert chart.bars() == list(zip(latest["name_zh"], latest["score"]))
    assert chart.chart.title == "各地区发展指数（贴近度），2024 年"
    assert_one_language(widget_texts(ext.dock, "analysis dock"), "zh_CN", data=data_values())
    chart.resize(600, 400)
    green = _near(chart.chart, "#31a354").sum(axis=1)  # bar pixels in each pixel row
    rows = [green[22 * (i + 1) + 8 : 22 * (i + 2)].max() for i in range(len(latest))]
    assert rows[0] > 100 and rows == sorted(rows, reverse=True), rows  # bars shrink down the chart
    chart.year_box.setCurrentIndex(chart.year_box.findText("2020"))
    first = scores[scores["year"].astype(str) == "2020"].sort_values("score", ascending=False)
    assert chart.bars()[0] == (first["name_zh"].iloc[0], first["score"].iloc[0])
    window.set_language("en")  # the chart is drawn again in English, still the one shown
    chart = panel.stack.currentWidget()
    assert isinstance(chart, RankingChart) and panel.table_combo.currentText() == "Ranking chart of the TOPSIS score"
    assert chart.bars() == list(zip(latest["name_en"], latest["score"]))
    assert chart.chart.title == "Development index (TOPSIS score) by region, 2024"
    groups = set(ext.last["tables"]["weights"]["group"])  # the groups table's own names are data
    assert_one_language(widget_texts(ext.dock, "analysis dock"), "en", data=data_values() | groups)


def test_devindex_reads_a_table_chosen_with_choose_file(window, qtbot, monkeypatch, tmp_path):
    """An indicator table picked from disk (here the sample saved as Excel) goes through the one table reader."""
    import pandas as pd

    from gzmap.paths import geo_path

    chosen = tmp_path / "指标.xlsx"
    pd.read_csv(geo_path("devindex_sample.csv")).to_excel(chosen, index=False)
    shutil.copy(geo_path("devindex_groups.csv"), tmp_path / "groups.csv")

    def choose(dlg):
        dlg.choose_table(dlg.input_boxes["table"], str(chosen))
        dlg.choose_table(dlg.input_boxes["groups"], str(tmp_path / "groups.csv"))

    dialogs = []
    accept_dialogs(monkeypatch, dialogs, choose)
    trigger(window, "发展指数")
    ext = window.analysis_extension
    qtbot.waitUntil(lambda: ext.last is not None and ext.last["kind"] == "devindex", timeout=120_000)
    assert dialogs[0].input_boxes["table"].currentText() == "指标.xlsx"
    assert dialogs[0].inputs() == {"table": str(chosen), "groups": str(tmp_path / "groups.csv")}
    assert ext.last["tables"]["scores"]["year"].nunique() == 5


def test_devindex_with_a_bad_table_says_which_file_and_adds_nothing(window, qtbot, monkeypatch, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("地区,年份\n火星区,abc\n", encoding="utf-8")
    from PySide6.QtWidgets import QMessageBox

    errors = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: errors.append(a[2]))
    accept_dialogs(monkeypatch, [], lambda dlg: dlg.choose_table(dlg.input_boxes["table"], str(bad)))
    n_before = len(window.project.layers)
    trigger(window, "发展指数")
    ext = window.analysis_extension
    qtbot.waitUntil(lambda: bool(errors), timeout=60_000)
    assert "bad.csv" in errors[0] and "\n" not in errors[0], errors
    assert len(window.project.layers) == n_before and ext.last is None


# -- co-location: the heat table ---------------------------------------------------------------------------
def test_colocation_heat_table_colours_the_matrix_and_stars_significant_pairs(window, sample, qtbot, monkeypatch):
    from gzmap.analysis.layers import subsector_label
    from gzmap.ui.result_views import HeatTable
    from gzmap.ui.result_views import heat_colour

    accept_dialogs(monkeypatch, [], lambda dlg: dlg.widgets["permutations"].setValue(99))
    trigger(window, "共位")
    ext = window.analysis_extension
    qtbot.waitUntil(lambda: ext.last is not None and ext.last["kind"] == "colocation", timeout=120_000)
    panel = ext.panel
    assert panel.table_combo.currentText() == "共位商热力表"
    heat = panel.stack.currentWidget()
    assert isinstance(heat, HeatTable)
    matrix, pairs = ext.last["tables"]["matrix"], ext.last["tables"]["pairs"]
    codes = [str(c) for c in matrix["category"]]
    table = heat.table
    assert [table.horizontalHeaderItem(j).text() for j in range(table.columnCount())] == [
        subsector_label(c, "zh") for c in codes
    ]
    significant = {(a, b) for a, b, p in zip(pairs["a"], pairs["b"], pairs["p"]) if p <= 0.05}
    assert significant and set(heat.marked) == significant
    for i, a in enumerate(codes):
        for j, b in enumerate(codes):
            item, value = table.item(i, j), float(matrix.loc[i, b])
            assert item.text() == f"{value:.2f}" + (" *" if (a, b) in significant else "")
            assert item.background().color() == heat_colour(value)
    # the sample's sub-sectors cluster with themselves: the diagonal is red, above 1
    diagonal = [float(matrix.loc[i, c]) for i, c in enumerate(codes)]
    assert min(diagonal) > 1 and heat_colour(2.5) == QColor("#b2182b") and heat_colour(0.5) == QColor("#2166ac")
    assert heat_colour(1.0) == QColor("#ffffff") and all(heat_colour(v).red() > heat_colour(v).blue() for v in diagonal)
    heat.resize(900, 500)
    assert _near(heat, heat_colour(max(diagonal)).name()).mean() > 0.001  # drawn, not only set
    assert_one_language(widget_texts(ext.dock, "analysis dock"), "zh_CN", data=data_values())
    panel.table_combo.setCurrentIndex(panel.table_combo.findData("pairs"))
    assert panel.stack.currentWidget() is panel.view and len(panel.model.df) == len(pairs)


# -- site choice: a candidate layer -----------------------------------------------------------------------
def test_sites_choose_among_a_candidate_point_layer_picked_in_the_dialog(window, sample, qtbot, monkeypatch):
    import geopandas as gpd

    from gzmap.core.layer import VectorLayer
    from gzmap.io.builtin import districts_layer

    districts = districts_layer().data
    points = gpd.GeoDataFrame(
        {"名称": districts["name_zh"]}, geometry=districts.representative_point(), crs=districts.crs
    )
    candidates = window.add_layer(VectorLayer(points, "候选园区", "Candidate parks"))
    dialogs = []

    def pick(dlg):
        box = dlg.input_boxes["candidates"]
        assert (box.itemText(0), box.itemData(0)) == ("（无）", None)
        assert candidates in [box.itemData(i) for i in range(box.count())]
        box.setCurrentIndex([box.itemData(i) for i in range(box.count())].index(candidates))

    accept_dialogs(monkeypatch, dialogs, pick)
    trigger(window, "选址")
    ext = window.analysis_extension
    qtbot.waitUntil(lambda: ext.last is not None and ext.last["kind"] == "sites", timeout=180_000)
    assert dialogs[0].layer() is sample  # the demand stays the enterprises
    chosen = window.project.layers[-1]
    assert len(chosen.data) == 3
    got = chosen.data.to_crs(32649).geometry
    cands = points.to_crs(32649).geometry
    assert all(cands.distance(g).min() < 1.0 for g in got)  # every chosen site is one of the candidates
    assert_one_language(widget_texts(dialogs[0], "sites dialog"), "zh_CN", data=data_values())


# -- ellipses on the time slider ------------------------------------------------------------------------------
def test_ellipses_by_year_follow_the_time_slider(window, sample, qtbot, monkeypatch):
    accept_dialogs(monkeypatch, [])
    trigger(window, "椭圆")
    ext = window.analysis_extension
    qtbot.waitUntil(lambda: ext.last is not None and ext.last["kind"] == "ellipse", timeout=60_000)
    ellipses = next(lyr for lyr in window.project.layers if lyr.name_zh == "标准差椭圆")
    centres = next(lyr for lyr in window.project.layers if lyr.name_zh == "平均中心")
    ts = window.feature("time_slider")
    ts.dock.show()
    ts.panel.layer_box.setCurrentIndex(ts.panel.layer_box.findData(sample))
    ts.panel.enabled.setChecked(True)
    for year in (2010, 2018, 2024):
        ts.set_year(year)
        for layer in (ellipses, centres):
            shown = layer.shown_data()
            assert len(shown) and set(shown["end"]) == {year}, (layer.name_zh, year)
            assert len(shown) == len(layer.data[layer.data["end"] == year])  # one per sub-sector with one
        assert sample.shown_data()["founded"].max() == year
    ts.panel.enabled.setChecked(False)
    assert len(ellipses.shown_rows()) == len(ellipses.data)


def test_five_year_ellipses_show_the_period_that_holds_the_year(window, sample, qtbot, monkeypatch):
    accept_dialogs(monkeypatch, [], lambda dlg: dlg.widgets["step"].setValue(5))
    trigger(window, "椭圆")
    ext = window.analysis_extension
    qtbot.waitUntil(lambda: ext.last is not None and ext.last["kind"] == "ellipse", timeout=60_000)
    ellipses = next(lyr for lyr in window.project.layers if lyr.name_zh == "标准差椭圆")
    ts = window.feature("time_slider")
    ts.panel.layer_box.setCurrentIndex(ts.panel.layer_box.findData(sample))
    ts.panel.enabled.setChecked(True)
    ts.set_year(2016)
    shown = ellipses.shown_data()
    assert len(shown) and (shown["start"] <= 2016).all() and (shown["end"] >= 2016).all()
