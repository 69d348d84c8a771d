"""The window as a planner uses it: click a district, toggle a layer, switch language."""

import numpy as np
import shapely
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt


def district_layer(window):
    return next(l for l in window.project.layers if l.source.endswith("gz_districts.geojson"))


def screen_point_of(window, layer, adcode):
    """A pixel well inside the district and away from its label (drawn at point_on_surface)."""
    row = int(np.flatnonzero(layer.data["adcode"].astype(str).to_numpy() == adcode)[0])
    geom = layer.data.geometry.iloc[row]
    anchor = shapely.point_on_surface(geom)
    inner = geom.buffer(-0.01)  # ~1 km inside the boundary lines
    x0, y0, x1, y1 = inner.bounds
    xs, ys = np.meshgrid(np.linspace(x0, x1, 40), np.linspace(y0, y1, 40))
    pts = shapely.points(xs.ravel(), ys.ravel())
    ok = shapely.contains(inner, pts) & (shapely.distance(pts, anchor) > 0.03)
    p = pts[np.flatnonzero(ok)[0]]
    x, y = window.canvas.viewport.lonlat_to_screen(p.x, p.y)
    return row, QPoint(int(round(float(x))), int(round(float(y))))


def over(layer, under):
    """The colour ``layer``'s single fill gives over the colour ``under`` (its fill opacity blended in)."""
    from gzmap.core.style import hex_to_rgb

    sym = layer.style.symbol
    a = sym.fill_opacity * layer.opacity
    return tuple(round(a * f + (1 - a) * u) for f, u in zip(hex_to_rgb(sym.fill), under))


def close(c1, c2, tol=2):
    return all(abs(a - b) <= tol for a, b in zip(c1, c2))


BACKGROUND = (0xF7, 0xF9, 0xFB)  # the canvas's background


def pixel(image, pt):
    c = image.pixelColor(pt)
    return c.red(), c.green(), c.blue()


def test_opens_on_the_built_in_districts_and_cities(window):
    names = [l.name_en for l in window.project.layers]
    assert "Guangzhou districts" in names and "GBA cities" in names
    assert len(district_layer(window).data) == 11
    lon0, lat0, lon1, lat1 = window.canvas.viewport.extent()
    assert lon0 < 113.3 < lon1 and lat0 < 23.1 < lat1  # Guangzhou is in view


def test_click_on_tianhe_selects_its_table_row(window, qtbot):
    layer = district_layer(window)
    window.layer_panel.set_current_layer(layer)
    row, pt = screen_point_of(window, layer, "440106")
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=pt)
    assert list(layer.selection) == [row]
    selected = sorted({i.row() for i in window.table.selectionModel().selectedRows()})
    assert selected == [row]
    name_col = window.table.model_.view_column("name_zh")
    assert window.table.model_.index(row, name_col).data() == "天河区"


def test_selecting_a_row_highlights_the_district_on_the_map(window, qtbot):
    layer = district_layer(window)
    window.layer_panel.set_current_layer(layer)
    row, pt = screen_point_of(window, layer, "440105")  # Haizhu
    before = pixel(window.canvas.render_frame(), pt)
    window.table.selectRow(row)
    assert list(layer.selection) == [row]
    after = pixel(window.canvas.render_frame(), pt)
    assert after != before  # the selection tint is drawn


def test_unchecking_a_layer_stops_drawing_it(window, qtbot):
    layer = district_layer(window)
    _, pt = screen_point_of(window, layer, "440111")  # Baiyun, inside Guangzhou
    gba = next(l for l in window.project.layers if l is not layer)
    drawn = pixel(window.canvas.render_frame(), pt)
    assert close(drawn, over(layer, over(gba, BACKGROUND)))  # the district fill over the GBA city's
    item = next(
        window.layer_panel.list.item(i)
        for i in range(window.layer_panel.list.count())
        if window.layer_panel.list.item(i).data(Qt.ItemDataRole.UserRole) == layer.id
    )
    item.setCheckState(Qt.CheckState.Unchecked)
    assert layer.visible is False
    hidden = pixel(window.canvas.render_frame(), pt)
    assert hidden != drawn
    assert close(hidden, over(gba, BACKGROUND))  # the GBA city fill underneath shows


def test_drag_reorder_changes_drawing_order(window):
    project = window.project
    gba, districts = project.layers
    project.set_order([districts, gba])
    _, pt = screen_point_of(window, districts, "440111")
    # GBA now on top: its translucent fill over the districts'
    assert close(pixel(window.canvas.render_frame(), pt), over(gba, over(districts, BACKGROUND)))
    top_item = window.layer_panel.list.item(0)
    assert top_item.data(Qt.ItemDataRole.UserRole) == gba.id


def test_switching_language_changes_the_menus_without_restart(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == "文件(&F)"
    window.set_language("en")
    assert [a.text() for a in window.menuBar().actions()][0] == "&File"
    assert window.layers_dock.windowTitle() == "Layers"
    assert "Scale" in window.scale_label.text()
    window.set_language("zh_CN")
    assert window.layers_dock.windowTitle() == "图层"


def test_status_bar_shows_wgs84_and_gcj02(window, qtbot):
    qtbot.mouseMove(window.canvas, QPoint(300, 300))
    window._on_cursor(113.3245, 23.1066)
    text = window.pos_label.text()
    assert "WGS84 113.324500, 23.106600" in text
    assert "113.329921, 23.103998" in text  # the same place in GCJ-02


def test_wheel_zoom_and_home(window, qtbot):
    res = window.canvas.viewport.resolution
    window.canvas.zoom_by(2.0)
    assert window.canvas.viewport.resolution == res / 2
    window.canvas.zoom_full()
    assert window.canvas.viewport.resolution > res / 2


def test_unreadable_file_gives_a_message_not_a_crash(window, tmp_path, monkeypatch):
    bad = tmp_path / "broken.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    shown = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append(text))
    assert window.open_vector(str(bad)) is None
    assert shown and "broken.geojson" in shown[0]
    assert len(window.project.layers) == 2


def test_display_datum_menu_changes_the_second_coordinate(window):
    window.set_display_datum("bd09")
    window._on_cursor(113.3245, 23.1066)
    text = window.pos_label.text()
    assert "BD-09" in text and "WGS84 113.324500, 23.106600" in text
    assert window._actions["datum_bd09"].isChecked() and not window._actions["datum_gcj02"].isChecked()
    assert window.project.display_datum == "bd09"
