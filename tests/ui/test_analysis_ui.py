"""The Analysis menu as a planner uses it: run, see layers and a table, click a cluster, cancel."""

import numpy as np
import pandas as pd
import pytest

from gzmap.core.layer import VectorLayer


@pytest.fixture
def enterprises(window):
    import geopandas as gpd

    rng = np.random.default_rng(8)
    lon = np.r_[
        113.370 + rng.normal(0, 0.0015, 150), 113.325 + rng.normal(0, 0.0015, 150), rng.uniform(113.2, 113.5, 60)
    ]
    lat = np.r_[23.100 + rng.normal(0, 0.0015, 150), 23.120 + rng.normal(0, 0.0015, 150), rng.uniform(23.0, 23.2, 60)]
    sub = np.r_[["games"] * 150, ["animation"] * 150, ["music"] * 60]
    g = gpd.GeoDataFrame(
        {"subsector": sub, "employees": rng.integers(1, 40, 360)},
        geometry=gpd.points_from_xy(lon, lat),
        crs="EPSG:4326",
    )
    layer = VectorLayer(g, "企业", "Enterprises")
    window.add_layer(layer)
    return layer


def ext_of(window):
    return window.analysis_extension


def test_menu_has_the_four_methods_in_both_languages(window):
    texts = [a.text() for a in window.menu("analysis").actions()]
    for key in ("聚类分析", "热力图", "热点分析", "区位商"):
        assert any(key in t for t in texts), texts
    window.set_language("en")
    texts = [a.text() for a in window.menu("analysis").actions()]
    for key in ("DBSCAN", "kernel density", "Gi*", "LQ"):
        assert any(key in t for t in texts), texts
    assert window.analysis_extension.dock.windowTitle() == "Analysis results"


def test_dialog_defaults_come_from_the_data(window, enterprises):
    from gzmap.ui.analysis_dialogs import ClustersDialog
    from gzmap.ui.analysis_dialogs import HotspotsDialog
    from gzmap.ui.analysis_dialogs import KdeDialog

    d = ClustersDialog(window.project, "en", window, layer=enterprises)
    assert d.layer() is enterprises
    assert 20 <= d.eps.value() <= 2000 and d.eps.suffix().strip() == "米"  # units shown (zh_CN)
    k = KdeDialog(window.project, "en", window, layer=enterprises)
    assert k.cell.value() < k.bandwidth.value()
    assert k.weight.findData("employees") >= 0
    h = HotspotsDialog(window.project, "en", window, layer=enterprises)
    assert h.params()["permutations"] == 999


def test_clusters_add_layers_and_table_and_click_shows_profile(window, enterprises, qtbot):
    ext = ext_of(window)
    n_before = len(window.project.layers)
    task = ext.run("clusters", enterprises, {"method": "dbscan", "eps": 250, "min_samples": 15, "hull": "convex"})
    with qtbot.waitSignal(task.ended, timeout=20000) as blocker:
        pass
    assert blocker.args == ["finished"]
    assert len(window.project.layers) == n_before + 2
    hulls = window.project.layers[-1]
    assert len(hulls.data) == 2 and hulls.style.legend(hulls.data)
    table = ext.panel.model.df
    assert sorted(table["cluster"][:2]) == [1, 2] and table["cluster"].iloc[-1] == -1  # noise last
    assert table["n_points"].iloc[0] >= table["n_points"].iloc[1]  # the largest cluster first
    # sortable: ascending by size puts the smallest group first
    from PySide6.QtCore import Qt

    col = ext.panel.model.view_column("n_points")
    ext.panel.view.sortByColumn(col, Qt.SortOrder.AscendingOrder)
    first = ext.panel.proxy.index(0, col).data()
    assert int(first.replace(",", "")) == table["n_points"].min()
    # clicking a cluster (as the canvas reports it) shows its profile
    window.canvas.feature_clicked.emit(hulls, 0)
    text = ext.panel.profile.text()
    assert "C1" in text and "150" in text


def test_export_csv_and_xlsx(window, enterprises, qtbot, tmp_path):
    ext = ext_of(window)
    task = ext.run("hotspots", enterprises, {"cell": 500, "permutations": 99})
    assert task is not None
    qtbot.waitUntil(lambda: ext.last is not None, timeout=20000)
    csv = ext.panel.export(str(tmp_path / "t.csv"), "csv")
    xlsx = ext.panel.export(str(tmp_path / "t.xlsx"), "xlsx")
    from PySide6.QtCore import Qt

    model = ext.panel.model
    cells = model.headerData(model.view_column("cells"), Qt.Orientation.Horizontal)  # the header shown
    assert pd.read_csv(csv, encoding="utf-8-sig")[cells].sum() == len(window.project.layers[-1].data)
    assert len(pd.read_excel(xlsx, engine="openpyxl")) == len(ext.panel.model.df)


def test_cancel_leaves_the_project_unchanged(window, enterprises, qtbot):
    ext = ext_of(window)
    before = [l.id for l in window.project.layers]
    task = ext.run("kde", enterprises, {"bandwidth": 500, "cell": 20})
    task.cancel()
    with qtbot.waitSignal(task.ended, timeout=20000) as blocker:
        pass
    assert blocker.args == ["cancelled"]
    assert [l.id for l in window.project.layers] == before
    assert ext.last is None


def test_empty_selection_is_refused_before_work(window, enterprises, monkeypatch):
    ext = ext_of(window)
    shown = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append(text))
    assert ext.run("clusters", enterprises, {"eps": 300}, selected_only=True) is None
    assert shown and "没有选中的要素" in shown[0]


def test_bad_parameters_show_one_line(window, enterprises, qtbot, monkeypatch):
    ext = ext_of(window)
    errors = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: errors.append(a[2]))
    before = len(window.project.layers)
    task = ext.run("kde", enterprises, {"bandwidth": 100, "cell": 500})
    with qtbot.waitSignal(task.ended, timeout=20000):
        pass
    assert errors and "大于带宽" in errors[0]  # the zh window says it in Chinese
    assert len(window.project.layers) == before


def test_district_statistics_show_location_quotients_and_clark_evans(window, enterprises, qtbot, tmp_path):
    ext = ext_of(window)
    task = ext.run("district_stats", enterprises, {"field": "subsector", "unit": "district", "subsector": "games"})
    qtbot.waitUntil(lambda: ext.last is not None and ext.last["kind"] == "district_stats", timeout=30000)
    assert task is not None
    panel = ext.panel
    assert panel.table_combo.isVisibleTo(panel) and panel.table_combo.count() == 2
    assert "adcode" in panel.model.df.columns  # location quotients by district first
    panel.table_combo.setCurrentIndex(1)
    ce = panel.model.df
    assert ce["subsector"].tolist()[0] == "(all)" and ce["n"].tolist()[0] == 360
    games = ce.set_index("subsector").loc["games"]
    # 150 firms packed within a few hundred metres of one another: clearly clustered
    assert games["R"] < 0.2 and games["pattern"] == "clustered" and games["pattern_zh"] == "集聚"
    assert games["subsector_zh"] != "games"
    xlsx = panel.export(str(tmp_path / "stats.xlsx"), "xlsx")
    sheets = pd.read_excel(xlsx, sheet_name=None, engine="openpyxl")
    assert len(sheets) == 2 and any(len(df) == len(ce) for df in sheets.values())
    # a single-table result hides the drop-down again
    ext.run("hotspots", enterprises, {"cell": 500, "permutations": 99})
    qtbot.waitUntil(lambda: ext.last["kind"] == "hotspots", timeout=30000)
    assert not panel.table_combo.isVisibleTo(panel)


def test_hdbscan_on_many_points_warns_how_long_it_may_take(window, qtbot):
    import geopandas as gpd

    from gzmap.ui.analysis_dialogs import ClustersDialog

    rng = np.random.default_rng(3)
    n = 200_000
    g = gpd.GeoDataFrame(
        {"subsector": ["games"] * n},
        geometry=gpd.points_from_xy(113.3 + rng.normal(0, 0.05, n), 23.1 + rng.normal(0, 0.05, n)),
        crs="EPSG:4326",
    )
    big = VectorLayer(g, "大表", "Big")
    window.add_layer(big)
    window.set_language("en")
    dlg = ClustersDialog(window.project, "en", window, layer=big)
    qtbot.addWidget(dlg)
    assert not dlg.slow_note.isVisibleTo(dlg)  # DBSCAN: no warning
    dlg.method.setCurrentIndex(dlg.method.findData("hdbscan"))
    assert dlg.slow_note.isVisibleTo(dlg)
    assert "200,000" in dlg.slow_note.text() and "minutes" in dlg.slow_note.text()
    dlg.method.setCurrentIndex(dlg.method.findData("dbscan"))
    assert not dlg.slow_note.isVisibleTo(dlg)


def test_dialogs_are_built_from_the_declarations(window, enterprises):
    """Every declared dialog parameter has its widget, with the declared bounds, unit and choices."""
    from PySide6.QtWidgets import QCheckBox
    from PySide6.QtWidgets import QComboBox
    from PySide6.QtWidgets import QDoubleSpinBox
    from PySide6.QtWidgets import QSpinBox

    from gzmap.analysis.registry import get
    from gzmap.ui.analysis_dialogs import ClustersDialog
    from gzmap.ui.analysis_dialogs import DistrictStatsDialog
    from gzmap.ui.analysis_dialogs import HotspotsDialog
    from gzmap.ui.analysis_dialogs import KdeDialog

    for cls in (ClustersDialog, KdeDialog, HotspotsDialog, DistrictStatsDialog):
        dlg = cls(window.project, "en", window, layer=enterprises)
        decl = get(cls.key)
        shown = [p for p in decl.params if p.dialog]
        assert set(dlg.params()) == {p.name for p in shown}
        for p in shown:
            w = dlg.widgets[p.name]
            assert w.toolTip()  # the declared help
            if p.type == "float":
                assert isinstance(w, QDoubleSpinBox) and w.maximum() == p.maximum
                assert w.minimum() > p.minimum if p.exclusive_minimum else w.minimum() == p.minimum
                assert w.suffix().strip() == ("米" if p.unit == "m" else "")
            elif p.type == "int":
                assert isinstance(w, QSpinBox) and w.maximum() == p.maximum
            elif p.type == "choice":
                assert isinstance(w, QComboBox) and [w.itemData(i) for i in range(w.count())] == list(p.values)
            elif p.type == "bool":
                assert isinstance(w, QCheckBox)
    d = ClustersDialog(window.project, "en", window, layer=enterprises)
    assert d.params()["min_samples"] is None and d.min_samples.text() == "自动"  # "auto": 20 for DBSCAN
    d.method.setCurrentIndex(d.method.findData("hdbscan"))
    assert not d.eps.isEnabled() and d.min_cluster_size.isEnabled()
    s = DistrictStatsDialog(window.project, "en", window, layer=enterprises)
    assert s.params()["field"] == "subsector" and s.params()["subsector"] in {"games", "animation", "music"}
    assert not s.cell.isEnabled()
    s.unit.setCurrentIndex(s.unit.findData("grid"))
    assert s.cell.isEnabled()


def test_the_layer_picker_defaults_to_the_enterprises_not_the_layer_on_top(window, enterprises, qtbot):
    from gzmap.ui.analysis_dialogs import HotspotsDialog

    ext = ext_of(window)
    task = ext.run("clusters", enterprises, {"eps": 250, "min_samples": 15})
    with qtbot.waitSignal(task.ended, timeout=20000):
        pass
    top_points = window.project.layers[-2]  # the clustered points, now above the enterprises
    assert top_points.geometry_type == "Point" and top_points is not enterprises
    dlg = HotspotsDialog(window.project, "en", window, layer=top_points)
    assert dlg.layer() is enterprises and dlg.layers.index(top_points) > 0
