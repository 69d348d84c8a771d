"""Issue 16 tools a planner uses and the first tests did not drive: select within N metres of a point or of
another layer's features (the dialog's own widgets, checked against a brute-force geodesic count), measure an
area by clicking (km² and 亩 within 1 % of the ellipsoidal area), and identify a raster cell's value."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from pyproj import Geod
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QLabel
from test_filters_ui import firms  # noqa: F401  (the fixture)

from gzmap.core.layer import VectorLayer

TOWER = (113.3245, 23.1066)  # Canton Tower, WGS84 degrees
GEOD = Geod(ellps="WGS84")


def _points(window, name, lon, lat):
    g = gpd.GeoDataFrame({"name": [f"{name}{i}" for i in range(len(lon))]}, geometry=gpd.points_from_xy(lon, lat))
    return window.add_layer(VectorLayer(g.set_crs(4326), name, name))


@pytest.fixture
def scatter(window):
    """400 points scattered 0-3 km around the Canton Tower."""
    rng = np.random.default_rng(11)
    lon = TOWER[0] + rng.uniform(-0.03, 0.03, 400)
    lat = TOWER[1] + rng.uniform(-0.03, 0.03, 400)
    layer = _points(window, "点", lon, lat)
    window.layer_panel.set_current_layer(layer)
    return layer


def _location_dialog(window):
    from PySide6.QtGui import QAction

    window.findChild(QAction, "select_by_location").trigger()
    return next(w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "district_box"))


def _click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(4, widget.height() // 2))


def test_select_within_1000_m_of_a_point_then_add_those_near_a_layer(window, scatter, qtbot):
    d = _location_dialog(window)
    _click(qtbot, d.near_point)
    for box, value in ((d.lon, TOWER[0]), (d.lat, TOWER[1]), (d.metres, 1000)):
        box.lineEdit().selectAll()  # the user types over the default
        qtbot.keyClicks(box.lineEdit(), str(value))
    d.accept()
    x, y = scatter.data.geometry.x.to_numpy(), scatter.data.geometry.y.to_numpy()
    metres = GEOD.inv(np.full(len(x), TOWER[0]), np.full(len(x), TOWER[1]), x, y)[2]
    near_tower = np.flatnonzero(metres <= 1000)
    assert 20 < len(near_tower) < 200 and np.array_equal(scatter.selection, near_tower)
    assert f"{len(near_tower)}" in window.findChild(QLabel, "selection_count").text()

    # two stations; add the points within 500 m of either to the selection
    stations = _points(window, "站", [TOWER[0] + 0.02, TOWER[0] - 0.02], [TOWER[1], TOWER[1] + 0.02])
    window.layer_panel.set_current_layer(scatter)
    d = _location_dialog(window)
    _click(qtbot, d.near_layer)
    d.layer_box.setCurrentIndex(d.layer_box.findData(stations))
    d.metres.setValue(500)
    d.mode_box.setCurrentIndex(d.mode_box.findData("add"))
    d.accept()
    sx, sy = stations.data.geometry.x.to_numpy(), stations.data.geometry.y.to_numpy()
    to_station = np.min([GEOD.inv(np.full(len(x), a), np.full(len(x), b), x, y)[2] for a, b in zip(sx, sy)], axis=0)
    # UTM 49N distances are within 0.1 % of geodesic ones: points on the 500 m line may go either way
    sure = np.flatnonzero(to_station <= 499)
    unsure = np.flatnonzero(np.abs(to_station - 500) < 1)
    selected = set(scatter.selection.tolist())
    assert len(sure) > 5 and set(near_tower) | set(sure) <= selected
    assert selected - set(near_tower) - set(sure) <= set(unsure)


def test_measure_an_area_by_clicking_in_square_kilometres_and_mu(window, qtbot):
    canvas = window.canvas
    corners = [(113.30, 23.10), (113.33, 23.10), (113.33, 23.12), (113.30, 23.12)]
    canvas.zoom_to_bounds((113.29, 23.09, 113.34, 23.13))
    qtbot.keyClick(canvas, Qt.Key.Key_M, Qt.KeyboardModifier.ShiftModifier)
    assert window.feature("measure").active().mode == "area"
    screen = []
    for lon, lat in corners:
        x, y = canvas.viewport.lonlat_to_screen(lon, lat)
        pos = QPoint(round(float(x)), round(float(y)))
        screen.append(canvas.viewport.screen_to_lonlat(pos.x(), pos.y()))
        qtbot.mouseMove(canvas, pos)
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    text = window.findChild(QLabel, "measure_result").text()
    km2_text, mu_text = text.split("(")
    km2 = float(km2_text.replace("平方公里", "").replace(",", "").strip())
    mu = float(mu_text.replace("亩)", "").replace(",", "").strip())
    lons, lats = zip(*screen)  # where the clicks landed, to the pixel
    expected = abs(GEOD.polygon_area_perimeter(lons, lats)[0])  # m², on the WGS84 ellipsoid
    assert abs(km2 * 1e6 - expected) / expected < 0.01, (text, expected)
    assert abs(mu - expected / (10_000 / 15)) / (expected / (10_000 / 15)) < 0.01  # 1 亩 = 10,000/15 m²


def test_identify_a_raster_cell_shows_its_value(window, qtbot):
    from gzmap.core.grid import Grid
    from gzmap.core.kinds.raster import RasterLayer

    values = np.array([[1.5, 2.25], [np.nan, 4.0]])
    layer = window.add_layer(RasterLayer(Grid(values, (0.01, 0, 113.30, 0, -0.01, 23.12), "wgs84"), "密度", "Density"))
    window.canvas.zoom_to_bounds((113.29, 23.09, 113.33, 23.13))
    qtbot.keyClick(window.canvas, Qt.Key.Key_I)
    tree = window.feature("identify").tree

    def click(lon, lat):
        x, y = window.canvas.viewport.lonlat_to_screen(lon, lat)
        qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(float(x)), round(float(y))))
        return {
            tree.topLevelItem(i).text(0): [
                (tree.topLevelItem(i).child(j).text(0), tree.topLevelItem(i).child(j).text(1))
                for j in range(tree.topLevelItem(i).childCount())
            ]
            for i in range(tree.topLevelItemCount())
        }

    found = click(113.315, 23.115)  # the top-right cell
    assert found[layer.name("zh_CN")] == [("值", "2.25")]
    assert window.project.layers[1].name("zh_CN") in found  # the district below answers too
    assert layer.name("zh_CN") not in click(113.305, 23.105)  # the no-data cell has nothing to say


def test_an_analysis_on_only_what_the_filter_shows(window, firms, qtbot):  # noqa: F811 (the fixture)
    """DBSCAN with 'Only the features the filter shows' (ticked by default on a filtered layer) runs on the
    games firms the filter keeps."""
    from test_filters_ui import _run_modal

    from gzmap.core.filter_expression import parse
    from gzmap.core.layer_filter import LayerFilter

    firms.filter = LayerFilter().with_expression(parse("subsector = 'games'"))
    window.layer_panel.set_current_layer(firms)
    ext = window.feature("analysis")
    ticked = []

    def interact(d):
        d.layer_box.setCurrentIndex(d.layer_box.findData(firms))
        ticked.append(d.filtered_only.isChecked())  # ticked by default on a filtered layer: what the map shows
        d.eps.setValue(400)
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    _run_modal(interact)
    ext.open_dialog("clusters")
    qtbot.waitUntil(lambda: ext.last is not None and ext.last["kind"] == "clusters", timeout=60000)
    points = ext.last["layers"][0]
    assert ticked == [True] and len(points) == 40
    assert set(points.data["subsector"]) == {"games"}
