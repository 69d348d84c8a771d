"""Projects, field editing, search and basemaps in the window, as a planner uses them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np
import pytest
import shapely
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt

from gzmap.core.editing import edit_log
from gzmap.io.project import load_project
from gzmap.io.project import save_project

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))
from tile_fixtures import colour_for  # noqa: E402
from tile_fixtures import make_mbtiles  # noqa: E402
from tile_fixtures import tile_at  # noqa: E402


@pytest.fixture
def field_window(window):
    """The test window plus a small enterprise layer (current, point layer)."""
    import geopandas as gpd
    import shapely

    from gzmap.core.layer import VectorLayer

    df = gpd.GeoDataFrame(
        {
            "name": ["广州智原游戏科技有限公司", "广州星河音乐有限公司", "广州像阅虚拟现实科技有限公司"],
            "employees": [30, 12, 16],
        },
        geometry=[shapely.Point(113.3245, 23.1064), shapely.Point(113.3300, 23.1100), shapely.Point(113.2600, 23.1300)],
        crs=4326,
    )
    layer = VectorLayer(df, "企业", "Enterprises")
    window.add_layer(layer)
    window.canvas.zoom_to_bounds((113.30, 23.09, 113.35, 23.125))
    window.project.set_modified(False)
    window.project_controller.offer_recovery_at_start = False
    window.edit_controller.ask_attributes = False
    return window, layer


def click_at(qtbot, window, lon, lat):
    x, y = window.canvas.viewport.lonlat_to_screen(lon, lat)
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(round(float(x))), int(round(float(y)))))


def test_save_as_title_star_reopen(qtbot, field_window, tmp_path):
    window, layer = field_window
    pc = window.project_controller
    path = tmp_path / "园区走访.gzmap.gpkg"
    assert pc.save_to(str(path))
    assert window.windowTitle().startswith("园区走访.gzmap.gpkg —") and "*" not in window.windowTitle()
    layer.opacity = 0.5
    assert "*" in window.windowTitle()
    assert pc.save()  # saves to the same path, no dialog
    assert "*" not in window.windowTitle()
    assert pc.recent()[0] == str(path)
    # New, then reopen: the layers, the view and the edits come back into the same window
    extent = window.canvas.viewport.extent()
    pc.new_project()
    assert [l.name_en for l in window.project.layers] != [l.name_en for l in load_project(path).layers]
    assert pc.open_path(str(path))
    assert [l.name_en for l in window.project.layers][-1] == "Enterprises"
    assert window.project.layers[-1].opacity == 0.5
    assert np.allclose(window.canvas.viewport.extent(), extent, atol=1e-6)
    assert window.project.path == str(path) and "*" not in window.windowTitle()


def test_open_damaged_project_shows_a_message_and_keeps_the_current_project(qtbot, field_window, tmp_path, monkeypatch):
    window, layer = field_window
    bad = tmp_path / "bad.gzmap.gpkg"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(3000))
    shown = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append(text))
    assert not window.project_controller.open_path(str(bad))
    assert "bad.gzmap.gpkg" in shown[0] and "已损坏" in shown[0]  # said in the window's language (zh_CN)
    assert layer in window.project.layers


def test_quit_asks_to_save_when_modified(qtbot, field_window, tmp_path):
    window, layer = field_window
    pc = window.project_controller
    layer.opacity = 0.3
    answers = []
    pc.ask_save = lambda: answers.pop(0)
    answers.append("cancel")
    window._actions["quit"].trigger()
    assert window.isVisible()
    answers.append("discard")
    window._actions["quit"].trigger()
    assert not window.isVisible() and answers == []


def test_field_editing_with_undo_redo_and_the_log_saved_in_the_project(qtbot, field_window, tmp_path):
    window, layer = field_window
    ec = window.edit_controller
    window.layer_panel.set_current_layer(layer)
    # add an enterprise where the planner clicks
    ec.actions["add"].trigger()
    assert ec.mode == "add"
    click_at(qtbot, window, 113.3400, 23.1000)
    assert len(layer.data) == 4
    new = layer.data.geometry.iloc[-1]
    px = window.canvas.viewport.resolution / 100_000  # one pixel in degrees, generously
    assert abs(new.x - 113.34) < px and abs(new.y - 23.10) < px  # where the click was, to the pixel
    ec.set_mode(None)
    # move the first enterprise: select it, then click its real place
    layer.select([0])
    ec.set_mode("move")
    click_at(qtbot, window, 113.3270, 23.1080)
    qtbot.wait(10)
    moved = layer.data.geometry.iloc[0]
    assert abs(moved.x - 113.327) < px and abs(moved.y - 23.108) < px
    ec.set_mode(None)
    # attributes: one undo step for the form
    assert ec.set_attributes(layer, 3, {"name": "新发现的工作室", "employees": "8"})
    assert layer.data.loc[3, "name"] == "新发现的工作室" and layer.data.loc[3, "employees"] == 8
    # a bad value is refused with a message and changes nothing
    errors = []
    window.show_error = lambda title, text: errors.append(text)
    assert not ec.set_attributes(layer, 3, {"employees": "很多"})
    assert layer.data.loc[3, "employees"] == 8 and "whole numbers" in errors[0]
    # delete, then undo everything step by step
    layer.select([1])
    ec.actions["delete"].trigger()
    assert 1 not in layer.data.index
    assert window.project.modified
    for _ in range(4):
        ec.undo_action.trigger()
    assert len(layer.data) == 3 and layer.data.geometry.iloc[0].x == pytest.approx(113.3245)
    ec.redo_action.trigger()  # redo the add
    assert len(layer.data) == 4
    log = edit_log(window.project)
    assert [r.action for r in log][:3] == ["add", "move", "set"]
    assert any(r.undo for r in log)
    # the log travels with the project
    path = tmp_path / "visit.gzmap.gpkg"
    assert window.project_controller.save_to(str(path))
    reopened = load_project(path)
    assert len(edit_log(reopened)) == len(log)
    assert edit_log(reopened).records[0].new == log.records[0].new
    added = shapely.from_wkt(edit_log(reopened).records[0].new["geometry"])
    assert abs(added.x - 113.34) < px and abs(added.y - 23.10) < px  # the added point, where the click was


def test_recovery_is_offered_after_a_crash(qtbot, field_window, tmp_path):
    from gzmap.io.recovery import Autosaver
    from gzmap.io.recovery import find_recoveries

    window, layer = field_window
    pc = window.project_controller
    # a session that crashed: its autosave, under the pid of a process that no longer exists
    layer.opacity = 0.25
    saver = Autosaver(window.project)
    saver.save_now()
    dead = saver.path.with_name(saver.path.name.replace(f"autosave-{os.getpid()}-", "autosave-999999-"))
    saver.path.rename(dead)
    assert len(find_recoveries()) == 1
    pc.ask_save = lambda: "discard"
    pc.new_project()
    assert all(l.name_en != "Enterprises" for l in window.project.layers)
    pc.ask_recover = lambda info: "recover"
    assert pc.offer_recovery()
    assert window.project.layers[-1].name_en == "Enterprises" and window.project.layers[-1].opacity == 0.25
    assert window.project.modified and "*" in window.windowTitle()
    assert find_recoveries() == []  # recovered: the file is gone


def test_autosave_runs_in_a_worker_and_writes_the_recovery_file(qtbot, field_window):
    window, layer = field_window
    pc = window.project_controller
    assert not pc.autosave()  # nothing unsaved: nothing written
    layer.opacity = 0.7
    with qtbot.waitSignal(pc.autosaved, timeout=20000):
        assert pc.autosave()
    assert pc.autosaver.path.exists()
    assert load_project(pc.autosaver.path).layers[-1].opacity == 0.7


def test_search_by_pinyin_and_coordinates_and_near_here(qtbot, field_window):
    window, layer = field_window
    sc = window.search_controller
    sc.box.setText("gzxh")
    qtbot.keyClick(sc.box, Qt.Key.Key_Return)
    assert sc.results.topLevelItemCount() == 1
    assert sc.results.topLevelItem(0).text(0) == "广州星河音乐有限公司"
    assert list(layer.selection) == [1]
    # coordinates typed in GCJ-02 centre the map on the WGS84 place and list what is near
    n = sc.search("113.32990, 23.10380 gcj02")
    lon, lat = window.canvas.viewport.center_lonlat()
    assert abs(lon - 113.3245) < 0.001 and abs(lat - 23.1064) < 0.001
    assert n >= 1 and sc.results.topLevelItem(0).text(0) == "广州智原游戏科技有限公司"
    # what is near here: click near Canton Tower, 1 km radius, nearest first, selected on the map
    sc.near_action.setChecked(True)
    sc.radius.setValue(1000)
    click_at(qtbot, window, 113.3250, 23.1066)
    qtbot.wait(20)
    names = [sc.results.topLevelItem(i).text(0) for i in range(sc.results.topLevelItemCount())]
    assert names == ["广州智原游戏科技有限公司", "广州星河音乐有限公司"]
    d = [float(sc.results.topLevelItem(i).text(2).replace(",", "")) for i in range(2)]
    assert d[0] < d[1] <= 1000
    assert sorted(layer.selection.tolist()) == [0, 1]
    sc.show_item(sc.results.topLevelItem(1))
    assert list(layer.selection) == [1]


def test_offline_mbtiles_basemap_under_the_vector_layers(qtbot, field_window, tmp_path):
    window, layer = field_window
    z = 13
    x, y = tile_at(113.3245, 23.1064, z)
    make_mbtiles(tmp_path / "gz.mbtiles", z, x - 2, y - 2, 5, 5)
    bm = window.basemap_controller.add_mbtiles(str(tmp_path / "gz.mbtiles"), "wgs84")
    assert window.project.layers[0] is bm
    layer.visible = False
    for other in window.project.layers[1:]:
        other.visible = False
    from gzmap.io.tiles import tile_bounds_merc

    b = tile_bounds_merc(z, x, y)
    img = window.canvas.render_frame()
    px, py = window.canvas.viewport.world_to_screen((b[0] + b[2]) / 2, (b[1] + b[3]) / 2)
    ratio = img.devicePixelRatio()
    c = img.pixelColor(int(px * ratio), int(py * ratio)).getRgb()[:3]
    assert c == colour_for(x, y)
    # and it is saved as a link with its datum
    path = tmp_path / "p.gzmap.gpkg"
    save_project(window.project, path)
    q = load_project(path)
    assert q.layers[0].kind == "tiles" and q.layers[0].tile_source["path"] == str(tmp_path / "gz.mbtiles")


def test_cli_project_option_opens_the_file(qtbot, tmp_path):
    from gzmap.core.project import Project
    from gzmap.io.builtin import districts_layer
    from gzmap.ui.app import create_window

    p = Project("CLI")
    p.add_layer(districts_layer())
    p.view_extent = (113.2, 23.0, 113.4, 23.2)
    save_project(p, tmp_path / "cli.gzmap.gpkg")
    w = create_window("zh_CN", load_project(tmp_path / "cli.gzmap.gpkg"))
    qtbot.addWidget(w)
    w.project_controller.offer_recovery_at_start = False
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(20)
    assert w.windowTitle().startswith("cli.gzmap.gpkg")
    ext = w.canvas.viewport.extent()
    assert ext[0] <= 113.2 + 1e-6 and ext[2] >= 113.4 - 1e-6 and ext[2] - ext[0] < 0.5


def test_translations_of_the_project_group_load(qtbot, field_window):
    window, _ = field_window
    window.set_language("zh_CN")
    assert window.project_controller.actions["save"].text() == "保存项目"
    assert window.search_controller.near_action.text() == "附近有什么"
    window.set_language("en")
    assert window.project_controller.actions["save"].text() == "Save project"
