"""File > Field copy… cut to a polygon the surveyor drew (issue 18 item 1): the vertices clicked with
View > Measure area are offered as the area, and the copy holds exactly the enterprises inside them."""

from __future__ import annotations

import sys
from pathlib import Path

import shapely
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QFileDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))


def test_a_field_copy_of_the_polygon_drawn_on_the_map(window, qtbot, tmp_path, monkeypatch):
    from field_fixtures import master_project

    from gzmap.io.project import adopt_project
    from gzmap.io.project import load_project

    master = tmp_path / "m.gzmap.gpkg"
    master_project(master, n=40, builtin=False)
    adopt_project(window.project, load_project(master))
    window.project.set_modified(False)
    canvas = window.canvas
    canvas.zoom_to_bounds((113.32, 23.11, 113.39, 23.16))
    qtbot.keyClick(canvas, Qt.Key.Key_M, Qt.KeyboardModifier.ShiftModifier)  # View > Measure area
    clicked = []
    for lon, lat in ((113.33, 23.12), (113.38, 23.12), (113.38, 23.15)):
        x, y = canvas.viewport.lonlat_to_screen(lon, lat)
        pos = QPoint(round(float(x)), round(float(y)))
        clicked.append(canvas.viewport.screen_to_lonlat(pos.x(), pos.y()))
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)

    out = tmp_path / "drawn.gzmap.gpkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    offered = []

    def interact():
        dlg = QApplication.activeModalWidget()
        if dlg is None or not hasattr(dlg, "surveyor"):
            QTimer.singleShot(20, interact)
            return
        offered.extend((dlg.area.itemData(i), dlg.area.itemText(i)) for i in range(dlg.area.count()))
        dlg.area.setCurrentIndex(dlg.area.findData("drawn"))
        qtbot.keyClicks(dlg.surveyor, "Li")
        dlg.accept()

    QTimer.singleShot(0, interact)
    fw = window.feature("fieldwork")
    fw.field_copy_dialog()
    qtbot.waitUntil(lambda: out.exists() and fw.last_copy is not None, timeout=60000)
    assert offered[:2] == [("view", "当前视图"), ("drawn", "用“测量面积”画出的多边形")]
    triangle = shapely.Polygon([(float(x), float(y)) for x, y in clicked])
    ents = next(layer for layer in load_project(master).layers if layer.name_en == "Enterprises").data
    inside = set(ents.loc[shapely.contains(triangle, ents.geometry.values), "企业名称"])
    copied = next(layer for layer in load_project(out).layers if layer.name_en == "Enterprises").data
    assert 3 < len(inside) < 40 and set(copied["企业名称"]) == inside
