"""Field work in the window (issue 18): a replayed NMEA log moves the GPS marker along the recorded track and the
saved track's vertices are the log's fixes; merging copies from the window and undoing it in one step; photos."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from gzmap.io.nmea import read_log

LOG = Path(__file__).resolve().parents[1] / "data" / "nmea" / "haixinsha_walk.nmea"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))


def test_a_replayed_nmea_log_moves_the_marker_and_the_track_layer_holds_its_fixes(window, qtbot):
    fw = window.feature("fieldwork")
    fixes, problems = read_log(LOG)
    assert len(fixes) > 100 and problems  # the log has garbage and a checksum error on purpose
    seen = []
    fw.gps.position_changed.connect(lambda f: seen.append((f.lon, f.lat)))
    window.canvas.zoom_to_bounds((113.31, 23.10, 113.34, 23.12))
    fw.gps.replay(LOG, interval_ms=1)
    qtbot.waitUntil(lambda: not fw.gps.running, timeout=20000)
    # one position per second of the log (its RMC and GGA merged), in order
    assert [p for i, p in enumerate(seen) if i == 0 or p != seen[i - 1]] == [(f.lon, f.lat) for f in fixes]
    last = fixes[-1]
    assert (fw.overlay.fix.lon, fw.overlay.fix.lat) == (last.lon, last.lat)
    pt = fw.overlay.screen_point()
    x, y = window.canvas.viewport.lonlat_to_screen(last.lon, last.lat)
    assert abs(pt.x() - float(x)) < 0.5 and abs(pt.y() - float(y)) < 0.5
    shot = window.canvas.grab().toImage()
    ratio = shot.devicePixelRatio()
    colour = QColor(shot.pixel(int(pt.x() * ratio), int(pt.y() * ratio)))
    assert colour.blue() > 150 and colour.red() < 80  # the blue marker is drawn where the last fix is
    assert "WGS84" in fw.gps_label.text() and "gcj02" in fw.gps_label.text()
    layer = fw.save_track()
    coords = list(layer.data.geometry.iloc[0].coords)
    assert coords == [(f.lon, f.lat) for f in fixes]
    assert layer in window.project.layers


def test_follow_mode_keeps_the_position_in_the_middle(window, qtbot):
    fw = window.feature("fieldwork")
    fw.set_follow(True)
    for line in LOG.read_text(encoding="ascii", errors="replace").splitlines()[:40]:
        fw.gps.feed_line(line)
    pt = fw.overlay.screen_point()
    vp = window.canvas.viewport
    assert abs(pt.x() - vp.width / 2) < 2 and abs(pt.y() - vp.height / 2) < 2


def test_a_gps_that_disappears_gives_one_message(window, monkeypatch):
    fw = window.feature("fieldwork")
    shown = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append(text))
    assert not fw.gps.open_serial("/dev/ttyGZMAP_NO_SUCH_PORT")
    assert len(shown) == 1 and "ttyGZMAP_NO_SUCH_PORT" in shown[0]


def test_merging_from_the_window_is_undone_in_one_step_and_photos_show(window, tmp_path, qtbot):
    from field_fixtures import master_project
    from field_fixtures import photo_bytes

    from gzmap.core.editing import SetAttribute
    from gzmap.core.editing import edit_log
    from gzmap.io.field_copy import editable_layers
    from gzmap.io.field_copy import field_copy
    from gzmap.io.project import adopt_project
    from gzmap.io.project import load_project
    from gzmap.io.project import save_project

    m = tmp_path / "m.gzmap.gpkg"
    master_project(m, builtin=False)
    copy = tmp_path / "a.gzmap.gpkg"
    field_copy(m, copy, "天河", "李")
    p = load_project(copy)
    layer = editable_layers(p)[0]
    edit_log(p).apply(layer, SetAttribute(layer.id, row_id=layer.data.index[0], field="从业人员", value=999))
    save_project(p, copy)
    adopt_project(window.project, load_project(m))
    window.project.set_modified(False)
    fw = window.feature("fieldwork")
    ents = editable_layers(window.project)[0]
    before = ents.data.copy()
    result = fw.merge([copy], ask=False)
    assert result.updates == 1 and int(ents.data["从业人员"].iloc[0]) == 999
    fw.undo_merge()
    assert ents.data.equals(before) and not fw.actions["undo"].isEnabled()
    window.layer_panel.set_current_layer(ents) if hasattr(window.layer_panel, "set_current_layer") else None
    if window.current_layer() is not ents:
        pytest.skip("the layer panel offers no way to make a layer current here")
    ents.select([0])
    photo = tmp_path / "door.jpg"
    photo.write_bytes(photo_bytes(gps=(113.35, 23.13), when="2026:05:01 09:00:00"))
    assert fw.attach_photo(photo)
    assert fw.photos.list.count() == 1 and "2026-05-01 09:00:00" in fw.photos.list.item(0).text()


def _enterprises_in(window, n: int = 4):
    """An enterprise layer (the field fixtures' points) added to the window and made current."""
    from field_fixtures import enterprises

    from gzmap.core.layer import VectorLayer

    layer = VectorLayer(enterprises(n), "企业", "Enterprises", source="test.csv")
    window.project.add_layer(layer)
    window.layer_panel.set_current_layer(layer)
    assert window.current_layer() is layer
    return layer


def test_a_survey_form_edit_is_one_undo_step_that_undo_and_redo_restore(window):
    from gzmap.ui.extensions.fieldwork import SURVEY_FLOORS
    from gzmap.ui.extensions.fieldwork import SURVEY_NOTES
    from gzmap.ui.extensions.fieldwork import SURVEY_STATUS

    fw, stack = window.feature("fieldwork"), window.feature("editing").stack
    layer = _enterprises_in(window)
    before = layer.data.copy()
    rid = layer.data.index[1]
    values = {SURVEY_STATUS: "moved", SURVEY_NOTES: "搬到三楼", SURVEY_FLOORS: 12, "地址": "天河路99号"}
    assert fw.save_survey(layer, rid, values)
    assert stack.count() == 1 and stack.undoText() == "外业调查表"  # one step, named in the UI language
    after = layer.data.copy()
    assert (after.at[rid, SURVEY_STATUS], after.at[rid, SURVEY_NOTES]) == ("moved", "搬到三楼")
    assert int(after.at[rid, SURVEY_FLOORS]) == 12 and after.at[rid, "地址"] == "天河路99号"
    window.feature("editing").undo_action.trigger()  # Edit > Undo
    assert layer.data.equals(before) and list(layer.data.columns) == list(before.columns)
    window.feature("editing").redo_action.trigger()
    assert layer.data.equals(after)
    # a bad floor count is refused with one message and leaves nothing half done
    shown = []
    window.show_error = lambda title, text: shown.append(text)
    assert not fw.save_survey(layer, rid, {SURVEY_NOTES: "又改了", SURVEY_FLOORS: "很多"})
    assert len(shown) == 1 and layer.data.equals(after) and stack.index() == 1


def test_add_point_at_the_gps_position_is_undone_and_redone_with_its_attributes(window):
    fw, editing = window.feature("fieldwork"), window.feature("editing")
    editing.ask_attributes = False
    from gzmap.io.field_copy import ensure_uids

    layer = _enterprises_in(window)
    ensure_uids(window.project)  # as in a field copy: every enterprise has its stable id
    before = layer.data.copy()
    for line in LOG.read_text(encoding="ascii", errors="replace").splitlines()[:40]:
        fw.gps.feed_line(line)
    fix = fw.gps.fix
    rid = fw.add_point_here()
    assert rid is not None and len(layer.data) == len(before) + 1
    added = layer.data.loc[rid]
    assert (added.geometry.x, added.geometry.y) == (fix.lon, fix.lat)
    uid = added["gzmap_uid"]
    assert uid and uid not in set(before["gzmap_uid"])
    assert fw.save_survey(layer, rid, {"survey_status": "new", "企业名称": "新开的店"})
    assert editing.stack.count() == 2
    editing.undo_action.trigger()
    editing.undo_action.trigger()
    assert layer.data.equals(before)
    editing.redo_action.trigger()
    point = layer.data.loc[rid]
    assert (point.geometry.x, point.geometry.y) == (fix.lon, fix.lat) and point["gzmap_uid"] == uid
    editing.redo_action.trigger()
    assert layer.data.at[rid, "企业名称"] == "新开的店" and layer.data.at[rid, "survey_status"] == "new"


def _master_with_basemap(tmp_path):
    """A saved master (the field fixtures') with an MBTiles basemap over 天河, open in a project."""
    from field_fixtures import TIANHE_BOX
    from field_fixtures import basemap_mbtiles
    from field_fixtures import master_project

    from gzmap.io.project import load_project

    tiles = tmp_path / "basemap.mbtiles"
    basemap_mbtiles(tiles, TIANHE_BOX, (10, 16))
    master = tmp_path / "m.gzmap.gpkg"
    master_project(master, basemap=tiles, builtin=False)
    return master, load_project(master)


def test_a_field_copy_runs_off_the_gui_thread_and_cancel_leaves_nothing(window, tmp_path, qtbot):
    from PySide6.QtWidgets import QPushButton

    from gzmap.io.field_copy import MASTER_META
    from gzmap.io.project import adopt_project
    from gzmap.io.project import load_project

    master, project = _master_with_basemap(tmp_path)
    adopt_project(window.project, project)
    window.project.set_modified(False)
    fw = window.feature("fieldwork")
    out = tmp_path / "out" / "li.gzmap.gpkg"
    out.parent.mkdir()
    task = fw.make_copy(str(out), "天河", "李", (10, 16))
    assert task.is_running()  # the copy is written by a worker; the window goes on
    states = []
    task.ended.connect(states.append)
    cancel = task.dialog.findChild(QPushButton)
    assert cancel.text() == "取消"
    cancel.click()  # the progress dialog's Cancel button
    qtbot.waitUntil(lambda: states == ["cancelled"], timeout=30000)
    assert list(out.parent.iterdir()) == []  # no copy, no tiles, no temporary folder
    assert fw.last_copy is None
    for p in (window.project, load_project(master)):  # the master forgot the copy, on disk too
        assert p.metadata[MASTER_META]["copies"] == []
    # the same again, to the end: the copy opens with its enterprises and its own basemap file
    task = fw.make_copy(str(out), "天河", "李", (10, 16))
    said = []
    task.worker.progressed.connect(lambda value, text: said.append(text))
    with qtbot.waitSignal(task.ended, timeout=60000) as ended:
        pass
    assert ended.args == ["finished"]
    steps = {"正在读取项目", "正在复制该区域的底图瓦片", "正在写入外业副本", "外业副本已写好"}
    assert said and set(said) <= steps and "正在写入外业副本" in said, said  # the dialog speaks Chinese
    assert sorted(p.name for p in out.parent.iterdir()) == ["li-basemap1.mbtiles", "li.gzmap.gpkg"]
    copy = load_project(out)
    names = {l.name_zh: l for l in copy.layers}
    assert len(names["企业"].data) == 8  # the eight in 天河, not the one in 越秀
    assert names["底图"].tile_source["path"] == str(out.parent / "li-basemap1.mbtiles")
    assert not copy.load_warnings
    assert [c["copy_id"] for c in load_project(master).metadata[MASTER_META]["copies"]] == [fw.last_copy.copy_id]
    assert "li.gzmap.gpkg" in window.statusBar().currentMessage()


def test_identify_shows_an_enterprises_photos_and_a_click_enlarges_one(window, tmp_path, qtbot):
    from field_fixtures import photo_bytes
    from PySide6.QtCore import QPoint
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QLabel

    from gzmap.io.field_copy import ensure_uids
    from gzmap.io.photos import attach_photo
    from gzmap.ui.photo_view import PhotoStrip

    layer = _enterprises_in(window)
    ensure_uids(window.project)
    photo = tmp_path / "entrance.jpg"
    big = QImage(1200, 900, QImage.Format.Format_RGB32)
    big.fill(QColor(30, 160, 60))
    big.save(str(photo), "JPEG", 90)
    uid = layer.data["gzmap_uid"].iloc[2]
    attach_photo(window.project, layer, uid, photo)
    attach_photo(window.project, layer, uid, photo_bytes((200, 40, 40), when="2026:05:01 09:00:00"))
    ident = window.feature("identify")
    ident.action.setChecked(True)
    lon, lat = layer.data.geometry.x.iloc[2], layer.data.geometry.y.iloc[2]
    window.canvas.zoom_to_bounds((lon - 0.002, lat - 0.002, lon + 0.002, lat + 0.002))
    x, y = window.canvas.viewport.lonlat_to_screen(lon, lat)
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(float(x)), round(float(y))))
    top = ident.tree.topLevelItem(0)
    assert top.text(0) == "企业"
    rows = {top.child(j).text(0): top.child(j) for j in range(top.childCount())}
    assert rows["企业名称"].text(1) == "天河企业2" and "照片" in rows
    strip = ident.tree.itemWidget(rows["照片"], 1)
    assert isinstance(strip, PhotoStrip) and len(strip.buttons) == 2
    qtbot.waitUntil(lambda: strip.isVisible())
    shots = [b.grab().toImage() for b in strip.buttons]
    middle = [QColor(s.pixel(s.width() // 2, s.height() // 2)) for s in shots]
    assert middle[0].green() > 130 and middle[0].red() < 80  # the green entrance photo
    assert middle[1].red() > 160 and middle[1].green() < 90  # the red one
    assert "entrance.jpg" in strip.buttons[0].toolTip() and "点击放大" in strip.buttons[0].toolTip()
    assert "gzmap_uid" not in rows  # the stable id is not a field a reader needs
    ident.dock.resize(420, 320)
    ident.tree.scrollToItem(rows["照片"])
    ident.dock.grab().save(str(tmp_path / "identify.png"))
    qtbot.mouseClick(strip.buttons[0], Qt.MouseButton.LeftButton)
    viewer = strip.viewer
    qtbot.waitUntil(lambda: viewer.isVisible())
    pix = viewer.picture.pixmap()
    assert pix.width() > 4 * strip.buttons[0].iconSize().width()  # large, not the thumbnail
    assert abs(pix.width() / pix.height() - 4 / 3) < 0.01
    assert any("entrance.jpg" in l.text() for l in viewer.findChildren(QLabel))
    viewer.grab().save(str(tmp_path / "viewer.png"))
    viewer.close()
    # a photo row whose bytes are damaged (a hostile project file) shows a grey box, and says so large
    table = window.project.tables["gzmap_photos"]
    table.loc[table.index[0], "image"] = b"\xff\xd8 not a jpeg"
    ident.identify(lon, lat)
    top = ident.tree.topLevelItem(0)
    strip = ident.tree.itemWidget(
        next(top.child(j) for j in range(top.childCount()) if top.child(j).text(0) == "照片"), 1
    )
    viewer = strip.enlarge(0)
    assert viewer.picture.pixmap().isNull() and "损坏" in viewer.picture.text()
    viewer.close()


def test_a_serial_gps_unplugged_while_reading_gives_one_message_and_keeps_the_track(window, qtbot, monkeypatch):
    """A pseudo-terminal stands for the USB GPS: NMEA lines written to it arrive as positions; closing its
    other end is the cable pulled out (the port reports an input/output error)."""
    import os

    fw = window.feature("fieldwork")
    shown = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append((title, text)))
    master, slave = os.openpty()
    try:
        assert fw.gps.open_serial(os.ttyname(slave))
    finally:
        os.close(slave)  # the port has its own descriptor
    fixes, _ = read_log(LOG)
    lines = LOG.read_text(encoding="ascii", errors="replace").splitlines()[:30]
    os.write(master, ("\r\n".join(lines) + "\r\n").encode("ascii"))
    qtbot.waitUntil(lambda: len(fw.gps.track) >= 5, timeout=10000)
    kept = list(fw.gps.track)
    assert [(f.lon, f.lat) for f in kept] == [(f.lon, f.lat) for f in fixes[: len(kept)]]
    os.close(master)  # unplugged
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    qtbot.wait(300)
    assert len(shown) == 1 and shown[0][0] == "GPS" and "断开" in shown[0][1], shown
    assert not fw.gps.running and fw.gps.track == kept  # the track so far is kept
    assert fw.save_track() is not None


def test_bad_copies_and_requests_give_one_message_each_in_the_window(window, tmp_path, monkeypatch):
    from gzmap.io.project import adopt_project

    master, project = _master_with_basemap(tmp_path)
    adopt_project(window.project, project)
    window.project.set_modified(False)
    fw = window.feature("fieldwork")
    shown = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append(text))
    before = master.read_bytes()
    truncated = tmp_path / "cut.gzmap.gpkg"
    truncated.write_bytes(before[: len(before) // 3])
    garbage = tmp_path / "notes.gzmap.gpkg"
    garbage.write_text("这不是地图", encoding="utf-8")
    for bad in (truncated, garbage, master):  # damaged, not a project, a project that is not a copy
        assert fw.merge([str(bad)], ask=False) is None
    assert fw.make_copy(str(tmp_path / "x.gzmap.gpkg"), "天河", "  ") is None  # no surveyor
    assert fw.make_copy(str(tmp_path / "x.gzmap.gpkg"), "火星", "李") is None  # no such area
    assert len(shown) == 5 and all("\n" not in t and t for t in shown), shown
    assert "调查员" in shown[3] and "火星" in shown[4]
    assert master.read_bytes() == before and not fw.actions["undo"].isEnabled()
    assert not (tmp_path / "x.gzmap.gpkg").exists()
