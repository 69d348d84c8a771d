"""Identify as a planner uses it: key I, a click on the canvas, the dock lists what every visible layer
has there with translated field names (installed once gzmap.core.fields is committed)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from test_filters_ui import firms  # noqa: F401  (the fixture)


def test_identify_a_point_and_a_district(window, firms, qtbot):  # noqa: F811 (the fixture)
    qtbot.keyClick(window.canvas, Qt.Key.Key_I)
    ident = window.feature("identify")
    assert ident.action.isChecked() and window.canvas.map_tool is ident.tool
    lon, lat = firms.data.geometry.x.iloc[3], firms.data.geometry.y.iloc[3]
    x, y = window.canvas.viewport.lonlat_to_screen(lon, lat)
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(float(x)), round(float(y))))
    tree = ident.tree
    names = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert names == ["企业", window.project.layers[1].name("zh_CN"), window.project.layers[0].name("zh_CN")], names
    firm, district = (
        {top.child(j).text(0): top.child(j).text(1) for j in range(top.childCount())}
        for top in (tree.topLevelItem(0), tree.topLevelItem(1))
    )
    assert firm["企业名称"] == "企业3" and firm["细分行业"] == "游戏电竞" and firm["营收"] == "2,000"
    from gzmap.analysis.districts import assign_districts

    where = assign_districts([lon], [lat]).iloc[0]  # found independently of the layer's identify
    assert district["名称"] == where["district_zh"] and district["行政区划代码"] == str(where["adcode"]), district
    assert not firms.selection.size  # identifying does not select
    qtbot.keyClick(window.canvas, Qt.Key.Key_I)
    assert window.canvas.map_tool is None
