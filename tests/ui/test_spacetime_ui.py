"""The space-time analyses from the Analysis menu, on the built-in sample enterprises (issue 17)."""

import threading

import pytest
from analysis_menu import accept_dialogs
from analysis_menu import add_sample
from analysis_menu import menu_action
from analysis_menu import recording


@pytest.fixture
def sample(window):
    return add_sample(window)


def test_emerging_hot_spots_from_the_menu_run_in_a_worker_and_give_a_legend(window, sample, qtbot, monkeypatch):
    import gzmap.analysis.emerging as emerging

    threads, dialogs = [], []
    recording(monkeypatch, emerging, "emerging_hotspots", threads)
    accept_dialogs(monkeypatch, dialogs)
    n_before = len(window.project.layers)
    menu_action(window, "时空热点").trigger()
    ext = window.analysis_extension
    qtbot.waitUntil(lambda: ext.last is not None and ext.last["kind"] == "emerging", timeout=120_000)
    dlg = dialogs[0]
    assert dlg.layer() is sample and dlg.params()["time_field"] == "founded" and dlg.params()["fdr"] is True
    assert threads and threads[0] is not threading.main_thread()  # the analysis ran off the GUI thread
    assert len(window.project.layers) == n_before + 1
    layer = window.project.layers[-1]
    assert layer.name_zh == "时空热点分析"
    labels = [e.label_zh for e in layer.legend_entries()]
    assert "加强的热点" in labels and "未检测到模式" in labels, labels  # the sample's growing Tianhe/Pazhou cores
    table = ext.panel.model.df
    assert "加强的热点" in set(table["pattern_zh"]) and table["locations"].sum() == len(layer)


def test_ellipses_from_the_menu_give_one_colour_per_subsector(window, sample, qtbot, monkeypatch):
    dialogs = []

    def five_year_periods(dlg):
        dlg.widgets["step"].setValue(5)

    accept_dialogs(monkeypatch, dialogs, five_year_periods)
    menu_action(window, "椭圆").trigger()
    ext = window.analysis_extension
    qtbot.waitUntil(lambda: ext.last is not None and ext.last["kind"] == "ellipse", timeout=60_000)
    params = dialogs[0].params()
    assert params["by"] == "subsector" and params["per"] == "founded" and params["step"] == 5
    names = [lyr.name_en for lyr in window.project.layers[-3:]]
    assert names == ["Standard deviational ellipses", "Mean centre drift", "Mean centres"]
    drift = window.project.layers[-2]
    assert len(drift.data) == 10 and len(drift.legend_entries()) >= 10
