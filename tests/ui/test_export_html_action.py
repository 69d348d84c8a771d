"""File > Export > Interactive HTML map… in the window: options, worker, report with warnings."""

from __future__ import annotations

import geopandas as gpd
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QLabel

from gzmap.core.layer import VectorLayer


def _action(window) -> QAction:
    act = window.findChild(QAction, "action_export_html")
    assert act is not None
    assert act in window.menu("file.export").actions()
    return act


def test_action_text_follows_the_language(window):
    act = _action(window)
    assert act.text() == "交互式 HTML 地图…"
    window.set_language("en")
    assert act.text() == "Interactive HTML map…"


def test_export_runs_and_shows_the_report_warnings(window, qtbot, tmp_path):
    window.project.add_layer(
        VectorLayer(gpd.GeoDataFrame({"name": []}, geometry=[], crs="EPSG:4326"), "空图层", "Empty")
    )
    _action(window).trigger()
    dlg = window._export_html_dialog
    assert dlg.isVisible()
    out = tmp_path / "地图"
    dlg.path_edit.setText(str(out))  # the suffix is added
    dlg.title_edit.setText("测试导出")
    dlg.basemap_combo.setCurrentIndex(2)  # Amap
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: getattr(window, "_export_html_report", None) is not None, timeout=30_000)
    report_dlg = window._export_html_report
    page = (tmp_path / "地图.html").read_text(encoding="utf-8")
    assert "测试导出" in page and "autonavi.com" in page
    warnings = report_dlg.warnings.toPlainText()
    assert "空图层" in warnings and "没有要素" in warnings
    assert "高德" in warnings  # the online basemap warning
    assert str(tmp_path / "地图.html") in report_dlg.findChild(QLabel, "summary").text()
