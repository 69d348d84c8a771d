"""The space-time analyses from the Analysis menu, on the built-in sample enterprises (issue 17)."""

import threading

import pytest


@pytest.fixture
def sample(window):
    from gzmap.io.sample import sample_enterprises_layer

    layer = sample_enterprises_layer()
    window.add_layer(layer)
    return layer


def _accept_dialogs(monkeypatch, seen, set_params=None):
    from PySide6.QtWidgets import QDialog

    from gzmap.ui.analysis_dialogs import AnalysisDialog

    def accept(dlg):
        seen.append(dlg)
        if set_params:
            set_params(dlg)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AnalysisDialog, "exec", accept)


def _menu_action(window, text):
    actions = [a for a in window.menu("analysis").actions() if text in a.text()]
    assert len(actions) == 1, [a.text() for a in window.menu("analysis").actions()]
    return actions[0]


def test_emerging_hot_spots_from_the_menu_run_in_a_worker_and_give_a_legend(window, sample, qtbot, monkeypatch):
    import gzmap.analysis.emerging as emerging

    threads, dialogs = [], []
    real = emerging.emerging_hotspots

    def recording(*args, **kw):
        threads.append(threading.current_thread())
        return real(*args, **kw)

    monkeypatch.setattr(emerging, "emerging_hotspots", recording)
    _accept_dialogs(monkeypatch, dialogs)
    n_before = len(window.project.layers)
    _menu_action(window, "时空热点").trigger()
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

    _accept_dialogs(monkeypatch, dialogs, five_year_periods)
    _menu_action(window, "椭圆").trigger()
    ext = window.analysis_extension
    qtbot.waitUntil(lambda: ext.last is not None and ext.last["kind"] == "ellipse", timeout=60_000)
    params = dialogs[0].params()
    assert params["by"] == "subsector" and params["per"] == "founded" and params["step"] == 5
    names = [lyr.name_en for lyr in window.project.layers[-3:]]
    assert names == ["Standard deviational ellipses", "Mean centre drift", "Mean centres"]
    drift = window.project.layers[-2]
    assert len(drift.data) == 10 and len(drift.legend_entries()) >= 10
