"""The import wizard as a planner uses it: drop a messy GBK table, check the mapping and datum,
read the summary, save the rejected rows, add the layer; cancel a big import."""

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from gzmap.core import datums
from gzmap.core.fields import field_label

PLACES = [(113.370, 23.100), (113.325, 23.120), (113.430, 23.170), (113.445, 23.165), (113.360, 23.000)]


@pytest.fixture()
def gbk_table(tmp_path):
    lon = np.array([p[0] for p in PLACES])
    lat = np.array([p[1] for p in PLACES])
    gx, gy = datums.wgs84_to_gcj02(lon, lat)
    df = pd.DataFrame(
        {
            "企业名称": [f"公司{i}" for i in range(5)],
            "行业": ["游戏", "动漫", "直播", "AIGC", "广告"],
            "经度(GCJ-02)": np.round(gx, 8).astype(object),
            "纬度(GCJ-02)": np.round(gy, 8).astype(object),
            "从业人员": [10, 20, "不详", 40, 50],
        }
    )
    df.loc[4, "纬度(GCJ-02)"] = "不详"
    p = tmp_path / "企业.csv"
    df.to_csv(p, index=False, encoding="gbk")
    return p, lon, lat


def drop_file(window, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(50, 50).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_menu_action_exists_and_is_translated(window):
    action = window.enterprise_import.action
    assert action in window.menu("file.import").actions()
    window.set_language("en")
    assert action.text().startswith("Enterprise table")
    window.set_language("zh_CN")
    assert action.text() != "" and not action.text().startswith("Enterprise table")


def test_drop_gbk_table_map_check_save_and_add(window, qtbot, gbk_table, tmp_path):
    path, lon, lat = gbk_table
    n_layers = len(window.project.layers)
    drop_file(window, path)
    wiz = window.enterprise_import.wizard
    assert wiz is not None and wiz.isVisible()
    qtbot.addWidget(wiz)
    # preview shows the first rows, decoded
    assert wiz.preview_model.rowCount() == 5
    assert wiz.preview_model.index(0, 0).data() == "公司0"
    # drop-downs pre-filled by detection; datum suggested from the column names
    assert wiz.role_combos["lon"].currentText() == "经度(GCJ-02)"
    assert wiz.role_combos["lat"].currentText() == "纬度(GCJ-02)"
    assert wiz.role_combos["name"].currentText() == "企业名称"
    assert wiz.role_combos["category"].currentText() == "行业"
    assert wiz.role_combos["employees"].currentText() == "从业人员"
    assert wiz.datum_combo.currentData() == "gcj02"
    assert "GCJ" in wiz.suggestion_label.text()
    # said in the UI language: which column, and the word in it that gave the datum away
    assert "“经度(GCJ-02)”" in wiz.suggestion_label.text() and "mentions" not in wiz.suggestion_label.text()

    qtbot.mouseClick(wiz.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wiz.state == "summary", timeout=15000)
    assert wiz.pages.currentIndex() == 1
    text = wiz.summary_label.text()
    assert "<b>5</b>" in text and "<b>4</b>" in text and "<b>1</b>" in text
    assert wiz.rejected_model.rowCount() == 1
    items = [wiz.reasons_list.item(i).text() for i in range(wiz.reasons_list.count())]
    assert any(it.startswith("1 ") for it in items)
    assert len(items) == 2 and items[1].startswith("数值列中有 1 个")  # text in a numeric column: row kept
    # nothing is added before the user commits
    assert len(window.project.layers) == n_layers
    saved = wiz.save_rejected(tmp_path / "rej.csv")
    back = pd.read_csv(saved, encoding="utf-8-sig")
    row, column = field_label("file_row", "zh_CN"), field_label("column", "zh_CN")  # headers as the table shows
    assert back[row].tolist() == [6] and back[column].tolist() == ["纬度(GCJ-02)"]
    assert row == "文件行号"

    wiz.name_edit.setText("我的企业")
    qtbot.mouseClick(wiz.add_button, Qt.MouseButton.LeftButton)
    assert len(window.project.layers) == n_layers + 1
    layer = window.project.layers[-1]
    assert layer.name_zh == "我的企业" and len(layer) == 4 and layer.source_datum == "gcj02"
    d = np.hypot(
        (layer.data.geometry.x.to_numpy() - lon[:4]) * 102400, (layer.data.geometry.y.to_numpy() - lat[:4]) * 110600
    )
    assert d.max() < 1.0
    assert layer.style.field == "subsector"


def test_changing_the_mapping_and_datum_changes_the_result(window, qtbot, gbk_table):
    path, lon, lat = gbk_table
    wiz = window.enterprise_import.open_wizard(str(path))
    qtbot.addWidget(wiz)
    # a user who says the table is WGS84 gets points ~500 m off the GCJ-02 reading
    wiz.datum_combo.setCurrentIndex(wiz.datum_combo.findData("wgs84"))
    wiz.role_combos["name"].setCurrentIndex(wiz.role_combos["name"].findData("行业"))
    wiz.run_import()
    qtbot.waitUntil(lambda: wiz.state == "summary", timeout=15000)
    acc = wiz.result_.accepted
    assert acc["name"].tolist()[0] == "游戏"
    off = np.hypot((acc.geometry.x.to_numpy() - lon[:4]) * 102400, (acc.geometry.y.to_numpy() - lat[:4]) * 110600)
    assert off.min() > 300
    # back to page 1; removing the longitude column blocks the check with a message
    wiz.go_back()
    wiz.role_combos["lon"].setCurrentIndex(0)
    wiz.run_import()
    assert wiz.state == "mapping" and "经度" in wiz.status_label.text()
    wiz.close()


def test_unreadable_file_gives_a_message_not_a_wizard(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append(text))
    p = tmp_path / "empty.xlsx"
    p.write_bytes(b"")
    assert window.enterprise_import.open_wizard(str(p)) is None
    assert shown and "empty.xlsx" in shown[0] and "\n" not in shown[0]


def test_cancel_a_large_import_keeps_the_gui_responsive_and_adds_nothing(window, qtbot, tmp_path, monkeypatch):
    import gzmap.io.tables as tables

    monkeypatch.setattr(tables, "_PROGRESS_MIN_BYTES", 0)
    monkeypatch.setattr(tables, "_PROGRESS_BLOCK", 20_000)
    rng = np.random.default_rng(0)
    n = 60_000
    df = pd.DataFrame(
        {
            "名称": [f"公司{i}" for i in range(n)],
            "lng": 113.3 + rng.normal(0, 0.05, n),
            "lat": 23.1 + rng.normal(0, 0.05, n),
        }
    )
    p = tmp_path / "big.csv"
    df.to_csv(p, index=False)
    n_layers = len(window.project.layers)
    wiz = window.enterprise_import.open_wizard(str(p))
    qtbot.addWidget(wiz)
    import gzmap.ui.import_wizard as iw

    real = iw.import_file
    started = []

    def slow_import(*args, progress=None, **kw):
        def slow_progress(f, m=""):
            started.append(f)
            import time

            time.sleep(0.02)
            progress(f, m)

        return real(*args, progress=slow_progress, **kw)

    monkeypatch.setattr(iw, "import_file", slow_import)
    wiz.run_import()
    qtbot.waitUntil(lambda: len(started) > 2, timeout=10000)
    assert wiz.task.is_running()
    QApplication.processEvents()  # the GUI thread is free while the worker reads
    wiz.task.cancel()
    qtbot.waitUntil(lambda: not wiz.task.is_running(), timeout=15000)
    qtbot.waitUntil(lambda: wiz.state == "mapping", timeout=5000)
    assert "cancel" in wiz.status_label.text().lower() or "取消" in wiz.status_label.text()
    assert wiz.result_ is None
    assert len(window.project.layers) == n_layers
    wiz.close()


def test_drop_a_gcj02_point_file_choose_the_datum_and_add(window, qtbot, tmp_path):
    # an Amap export saved as GeoJSON: GCJ-02 coordinates although GeoJSON says WGS84
    import geopandas as gpd
    import shapely

    lon = np.array([p[0] for p in PLACES])
    lat = np.array([p[1] for p in PLACES])
    gx, gy = datums.wgs84_to_gcj02(lon, lat)
    p = tmp_path / "园区企业.geojson"
    gpd.GeoDataFrame(
        {"企业名称": [f"公司{i}" for i in range(5)], "行业": ["游戏", "动漫", "直播", "AIGC", "广告"]},
        geometry=shapely.points(gx, gy),
        crs="EPSG:4326",
    ).to_file(p)
    n_layers = len(window.project.layers)
    drop_file(window, p)
    wiz = window.enterprise_import.wizard
    assert wiz is not None and wiz.isVisible() and wiz.path == p
    qtbot.addWidget(wiz)
    assert wiz.table.kind == "vector" and wiz.preview_model.rowCount() == 5
    assert not wiz.role_combos["lon"].isEnabled() and not wiz.role_combos["coords"].isEnabled()
    assert wiz.role_combos["name"].currentText() == "企业名称"
    # the file's CRS is offered, with a warning that Amap/Baidu exports keep their datum
    assert wiz.datum_combo.currentData() == "wgs84" and "GCJ-02" in wiz.suggestion_label.text()
    wiz.datum_combo.setCurrentIndex(wiz.datum_combo.findData("gcj02"))
    qtbot.mouseClick(wiz.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wiz.state == "summary", timeout=15000)
    assert wiz.result_.n_accepted == 5 and wiz.result_.source_datum == "gcj02"
    qtbot.mouseClick(wiz.add_button, Qt.MouseButton.LeftButton)
    assert len(window.project.layers) == n_layers + 1
    layer = window.project.layers[-1]
    d = np.hypot((layer.data.geometry.x.to_numpy() - lon) * 102400, (layer.data.geometry.y.to_numpy() - lat) * 110600)
    assert d.max() < 1.0


def test_dropped_polygons_open_as_a_layer_and_a_dropped_project_opens(window, qtbot, tmp_path, monkeypatch):
    import geopandas as gpd
    import shapely

    from gzmap.io.project import save_project

    p = tmp_path / "园区.geojson"
    gpd.GeoDataFrame(
        {"名称": ["天河园区"]}, geometry=[shapely.box(113.32, 23.11, 113.34, 23.13)], crs="EPSG:4326"
    ).to_file(p)
    n_layers = len(window.project.layers)
    window.enterprise_import.wizard = None
    drop_file(window, p)
    assert window.enterprise_import.wizard is None  # polygons are not enterprises
    assert len(window.project.layers) == n_layers + 1 and window.project.layers[-1].name_zh == "园区"

    proj = tmp_path / "现场.gzmap.gpkg"
    save_project(window.project, proj)
    window.project.remove_layer(window.project.layers[-1])
    monkeypatch.setattr(window.project_controller, "ask_save", lambda: "discard")
    drop_file(window, proj)  # opens the project, not its first table as a layer
    assert str(window.project.path).endswith("现场.gzmap.gpkg")
    assert len(window.project.layers) == n_layers + 1 and window.project.layers[-1].name_zh == "园区"
