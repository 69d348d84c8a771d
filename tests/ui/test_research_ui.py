"""Co-location, cross-K/L and site choice from the Analysis menu, on the built-in sample enterprises (issue 17)."""

import threading

import pytest
from analysis_menu import accept_dialogs
from analysis_menu import add_sample
from analysis_menu import recording
from analysis_menu import trigger


@pytest.fixture
def sample(window):
    return add_sample(window)


def test_colocation_from_the_menu_runs_in_a_worker_and_gives_layer_legend_and_matrix(
    window, sample, qtbot, monkeypatch
):
    import gzmap.analysis.colocation as colocation

    threads, dialogs = [], []
    recording(monkeypatch, colocation, "colocation", threads)
    accept_dialogs(monkeypatch, dialogs)
    n_before = len(window.project.layers)
    trigger(window, "共位")
    ext = window.analysis_extension
    qtbot.waitUntil(lambda: ext.last is not None and ext.last["kind"] == "colocation", timeout=120_000)
    params = dialogs[0].params()
    target = dialogs[0].widgets["target"]
    assert (target.itemText(0), target.itemData(0)) == ("（无）", None)  # optional: "(none)" first, chosen
    assert dialogs[0].layer() is sample and params["k"] == 8 and params["target"] is params["neighbour"] is None
    assert threads and threads[0] is not threading.main_thread()
    assert len(window.project.layers) == n_before + 1
    layer = window.project.layers[-1]
    assert layer.name_zh == "局部共位商 本行业" and len(layer.data) == len(sample.data)  # every point
    assert "显著共位" in [e.label_zh for e in layer.legend_entries()]
    matrix = ext.panel.model.df
    assert len(matrix) == 10 and matrix["category"].tolist() == sorted(matrix["category"])
    assert set(ext.panel.tables) == {"matrix", "pairs"}


def test_cross_k_from_the_menu_fills_the_table(window, sample, qtbot, monkeypatch):
    def pair(dlg):
        dlg.widgets["a"].setCurrentIndex(dlg.widgets["a"].findData("games"))
        dlg.widgets["b"].setCurrentIndex(dlg.widgets["b"].findData("animation"))
        dlg.widgets["envelopes"].setValue(19)

    accept_dialogs(monkeypatch, [], pair)
    trigger(window, "交叉 K/L")
    ext = window.analysis_extension
    qtbot.waitUntil(lambda: ext.last is not None and ext.last["kind"] == "cross_k", timeout=120_000)
    table = ext.panel.model.df
    assert len(table) == 40 and set(table["a"]) == {"games"} and {"l_low", "l_high"} <= set(table.columns)


def test_sites_from_the_menu_draws_sites_over_covered_demand(window, sample, qtbot, monkeypatch):
    threads = []
    import gzmap.analysis.sites as sites

    recording(monkeypatch, sites, "solve", threads)
    accept_dialogs(monkeypatch, [])
    trigger(window, "选址")
    ext = window.analysis_extension
    qtbot.waitUntil(lambda: ext.last is not None and ext.last["kind"] == "sites", timeout=180_000)
    assert threads and threads[0] is not threading.main_thread()
    demand, chosen = window.project.layers[-2:]
    assert len(chosen.data) == 3 and len(demand.data) == len(sample.data)
    assert {e.label_zh for e in demand.legend_entries()} == {"已覆盖", "未覆盖"}
    assert ext.panel.model.df["covered_pct"].iloc[0] > 30
