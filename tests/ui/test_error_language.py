"""Errors in the interface language (issue 15 item 7): an analysis that fails on bad input, run from the
Analysis menu in the Chinese window, says what to change in Chinese only; an unexpected failure is one
translated line (the detail goes to the log), never a traceback."""

import logging

from analysis_menu import accept_dialogs
from analysis_menu import add_sample
from analysis_menu import trigger
from PySide6.QtWidgets import QMessageBox

from gzmap.testing import assert_one_language
from gzmap.testing import assert_one_line


def _shown(monkeypatch) -> list:
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    return shown


def _run_from_menu(window, qtbot, monkeypatch, menu_text: str, set_params) -> list:
    shown = _shown(monkeypatch)
    accept_dialogs(monkeypatch, [], set_params)
    ext = window.analysis_extension
    trigger(window, menu_text)
    with qtbot.waitSignal(ext.task.ended, timeout=30000) as ended:
        pass
    assert ended.args == ["failed"]
    return shown


def test_heat_surface_with_cells_larger_than_the_bandwidth_says_so_in_chinese(window, qtbot, monkeypatch):
    add_sample(window)
    before = len(window.project.layers)

    def bad_cells(dlg):
        dlg.widgets["bandwidth"].setValue(200)
        dlg.widgets["cell"].setValue(800)

    shown = _run_from_menu(window, qtbot, monkeypatch, "热力图", bad_cells)
    assert len(shown) == 1
    title, text = shown[0]
    assert_one_line(text, "800", "200", "带宽")
    assert_one_language([("title", title), ("message", text)], "zh_CN")
    assert len(window.project.layers) == before  # nothing added


def test_clusters_of_one_point_say_too_few_points_in_chinese(window, qtbot, monkeypatch):
    layer = add_sample(window)
    layer.data = layer.data.iloc[:1]

    shown = _run_from_menu(window, qtbot, monkeypatch, "聚类分析", None)
    assert len(shown) == 1
    assert_one_line(shown[0][1], "至少需要", "个点")
    assert_one_language([("message", shown[0][1])], "zh_CN")


def test_an_unexpected_failure_is_one_translated_line_and_the_detail_is_logged(window, qtbot, monkeypatch, caplog):
    from gzmap.analysis import registry

    add_sample(window)

    def broken(*a, **k):
        raise ZeroDivisionError("float division by zero in some inner loop")

    monkeypatch.setattr(registry, "run", broken)
    with caplog.at_level(logging.ERROR):
        shown = _run_from_menu(window, qtbot, monkeypatch, "热力图", None)
    text = shown[0][1]
    assert_one_line(text, "意外问题", "日志")
    assert_one_language([("message", text)], "zh_CN")
    assert "ZeroDivisionError" in caplog.text and "Traceback" in caplog.text


def test_opening_a_damaged_project_says_so_in_chinese(window, qtbot, monkeypatch, tmp_path):
    from gzmap.io.project import save_project

    good = tmp_path / "plan.gzmap.gpkg"
    save_project(window.project, good, mark_saved=False)
    damaged = tmp_path / "damaged.gzmap.gpkg"
    damaged.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    shown = _shown(monkeypatch)
    layers = list(window.project.layers)
    assert window.project_controller.open_path(str(damaged), ask=False) is False
    assert len(shown) == 1
    title, text = shown[0]
    assert_one_line(text, damaged.name, "已损坏")
    assert_one_language([("title", title), ("message", text)], "zh_CN", data=[damaged.name])
    assert list(window.project.layers) == layers  # the open project is kept
