"""Crafted projects in the window: the message is shown (no traceback) and the default project stays;
basemaps linked outside the folder are located by the user; a file changed on disk asks first."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox

from gzmap.io.project import load_project
from gzmap.io.project import save_project

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile" / "projects"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))
from test_project_hostile import real_project  # noqa: E402
from test_project_hostile import rewrite  # noqa: E402


@pytest.fixture
def shown(monkeypatch):
    """Messages the window shows, captured instead of blocking in a modal box."""
    messages: list[tuple[str, str]] = []

    def capture(parent, title, text, *a, **k):
        messages.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", capture)
    monkeypatch.setattr(QMessageBox, "critical", capture)
    return messages


def test_gzmap_project_with_a_crafted_file_shows_the_message_and_opens_the_default_project(qtbot, monkeypatch, shown):
    from gzmap.ui import app as app_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    monkeypatch.setattr(type(app_module.create_app()), "exec", lambda self: 0)
    before = {id(w) for w in QApplication.topLevelWidgets()}
    assert app_module.run_app("en", str(HOSTILE / "layers_as_string.gzmap.gpkg")) == 0
    window = next(w for w in QApplication.topLevelWidgets() if id(w) not in before and hasattr(w, "project"))
    qtbot.addWidget(window)
    window.project_controller.offer_recovery_at_start = False
    assert len(shown) == 1
    title, text = shown[0]
    assert text.startswith("layers_as_string.gzmap.gpkg: layers: must be a list")
    assert "\n" not in text and "Traceback" not in text
    names = [l.name_en for l in window.project.layers]
    assert names and window.project.path is None  # the built-in default project, untouched
    window.close()


@pytest.mark.parametrize(
    "name, field",
    [
        ("metadata_as_list", "metadata"),
        ("view_extent_text", "view_extent"),
        ("deep_nesting", "nested deeper"),
        ("nan_bounds", "layers[0].tile_bounds"),
        ("zoom_60", "layers[0].tile_source.maxzoom"),
    ],
)
def test_file_open_of_a_crafted_project_keeps_the_current_one(qtbot, window, shown, name, field):
    window.project_controller.offer_recovery_at_start = False
    layers = list(window.project.layers)
    assert not window.project_controller.open_path(str(HOSTILE / f"{name}.gzmap.gpkg"), ask=False)
    # said in the window's language (zh_CN): the file, a full-width colon, the field at fault
    assert len(shown) == 1 and shown[0][1].startswith(f"{name}.gzmap.gpkg：") and field in shown[0][1]
    assert window.project.layers == layers


def test_a_basemap_outside_the_folder_is_located_by_the_user_and_remembered(qtbot, window, shown, tmp_path):
    pc = window.project_controller
    pc.offer_recovery_at_start = False
    path = real_project(tmp_path / "office")
    outside = tmp_path / "usb" / "bm.mbtiles"
    outside.parent.mkdir()
    shutil.move(path.parent / "basemap.mbtiles", outside)
    rewrite(path, lambda d: d["layers"][0]["tile_source"].update(relative_path="../usb/bm.mbtiles", path=str(outside)))
    asked, chosen = [], []
    pc.ask_locate = lambda title, text: asked.append(text) or True
    pc.choose_tile_file = lambda layer: chosen.append(layer.name_en) or str(outside)
    assert pc.open_path(str(path), ask=False)
    assert "outside the project's folder" in asked[0] and chosen == ["test tiles"]
    tiles = window.project.layers[0]
    assert not tiles.tile_source.get("missing") and tiles.tile_source["path"] == str(outside)
    assert not pc.actions["locate"].isEnabled()
    # the choice is the user's, remembered for this project: the next opening needs no question
    asked.clear()
    assert pc.open_path(str(path), ask=False)
    assert asked == [] and window.project.layers[0].tile_source["path"] == str(outside)


def test_saving_over_a_file_changed_on_disk_asks(qtbot, window, shown, tmp_path):
    pc = window.project_controller
    pc.offer_recovery_at_start = False
    path = real_project(tmp_path / "office")
    assert pc.open_path(str(path), ask=False)
    other = load_project(path)
    other.title = "another GZMap"
    save_project(other, path)
    window.project.layers[1].opacity = 0.5
    answers = ["cancel", "overwrite"]
    asked = []
    pc.ask_changed_on_disk = lambda p: asked.append(p) or answers.pop(0)
    assert not pc.save()
    assert load_project(path).title == "another GZMap" and window.project.modified
    assert pc.save()
    assert len(asked) == 2 and load_project(path).layers[1].opacity == 0.5 and not window.project.modified
    assert shown == []


def test_recent_projects_are_the_pure_record_recovery_checks(qtbot, window, tmp_path):
    from gzmap.io.user_records import is_recent_project

    pc = window.project_controller
    pc.offer_recovery_at_start = False
    path = real_project(tmp_path / "office")
    assert not is_recent_project(path)
    assert pc.open_path(str(path), ask=False)
    assert is_recent_project(path) and pc.recent()[0] == str(path)
