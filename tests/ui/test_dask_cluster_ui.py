"""Analysis > Compute on a Dask cluster…: the address is saved, Test connection says what answers, and the
density, hot spot and LQ dialogs run there (progress shown), giving the layers and tables of a local run.

A LocalCluster of 2 worker processes stands for the institute's scheduler (issue 19 item 5; the
``scheduler`` fixture of tests/ui/conftest.py).
"""

from __future__ import annotations

import numpy as np
import pytest

from gzmap.core.layer import VectorLayer

pytestmark = pytest.mark.slow  # starts 2 worker processes


@pytest.fixture
def enterprises(window):
    import geopandas as gpd

    rng = np.random.default_rng(19)
    n = 1200
    lon = np.r_[113.37 + rng.normal(0, 0.004, n // 2), rng.uniform(113.2, 113.5, n // 2)]
    lat = np.r_[23.10 + rng.normal(0, 0.004, n // 2), rng.uniform(23.0, 23.2, n // 2)]
    g = gpd.GeoDataFrame(
        {"subsector": rng.choice(["games", "animation", "music"], n), "employees": rng.integers(1, 40, n)},
        geometry=gpd.points_from_xy(lon, lat),
        crs="EPSG:4326",
    )
    layer = VectorLayer(g, "企业", "Enterprises")
    window.add_layer(layer)
    return layer


def test_the_settings_dialog_tests_the_connection_and_saves_the_address(window, scheduler, saved_cluster, qtbot):
    from gzmap.ui.dask_cluster import DaskClusterDialog
    from gzmap.ui.dask_cluster import save_cluster
    from gzmap.ui.dask_cluster import saved_address

    save_cluster("")
    window.set_language("en")
    action = window.findChild(type(window.analysis_extension.cluster_action), "dask_cluster")
    assert action is not None and action.text() == "Compute on a Dask cluster…"
    assert action in window.menu("analysis").actions()
    dlg = DaskClusterDialog(window)
    qtbot.addWidget(dlg)
    dlg.address.setText("tcp://nowhere")
    dlg.accept()  # not an address: kept open, one line says why
    assert dlg.result() == 0 and "scheduler address such as tcp://HOST:8786" in dlg.status.text()
    dlg.address.setText(scheduler)
    dlg.test_button.click()
    qtbot.waitUntil(lambda: dlg.status.text().startswith("Connected"), timeout=30000)
    assert "2 workers, 2 threads" in dlg.status.text() and dlg.test_button.isEnabled()
    dlg.accept()
    assert saved_address() == scheduler


def _run(window, qtbot, kind, layer, params, engine):
    ext = window.analysis_extension
    ext.last = None
    task = ext.run(kind, layer, params, engine=engine)
    seen = []
    task.worker.progressed.connect(lambda value, message: seen.append(message))
    with qtbot.waitSignal(task.ended, timeout=120000) as ended:
        pass
    assert ended.args == ["finished"], task.error
    return ext.last, seen


def test_the_dialogs_run_on_the_cluster_and_give_the_local_answer(window, enterprises, scheduler, saved_cluster, qtbot):
    from gzmap.ui.analysis_dialogs import ClustersDialog
    from gzmap.ui.analysis_dialogs import HotspotsDialog
    from gzmap.ui.analysis_dialogs import KdeDialog
    from gzmap.ui.analysis_dialogs import dialog_class
    from gzmap.ui.dask_cluster import save_cluster

    save_cluster(scheduler)
    assert ClustersDialog(window.project, "en", window).on_cluster is None  # DBSCAN stays on this computer
    kde_dialog = KdeDialog(window.project, "en", window, layer=enterprises)
    assert kde_dialog.on_cluster.isChecked() and scheduler in kde_dialog.on_cluster.text()
    engine = kde_dialog.engine()
    assert engine.address == scheduler
    kde_dialog.on_cluster.setChecked(False)
    assert kde_dialog.engine() is None
    assert HotspotsDialog(window.project, "en", window).on_cluster is not None
    assert dialog_class("lq")(window.project, "en", window).on_cluster is not None

    params = {"bandwidth": 600.0, "cell": 100.0, "weight": "employees"}
    here, _ = _run(window, qtbot, "kde", enterprises, params, None)
    there, seen = _run(window, qtbot, "kde", enterprises, params, engine)
    assert "kernel density by tiles" in seen  # the cluster's progress reached the progress dialog
    a, b = here["layers"][0].grid, there["layers"][0].grid
    assert np.abs(np.nan_to_num(a.values) - np.nan_to_num(b.values)).max() <= 1e-9 * np.nanmax(a.values)
    assert window.project.layers[-1] is there["layers"][0]  # an ordinary layer of the project

    params = {"cell": 500.0, "permutations": 99}
    here, _ = _run(window, qtbot, "hotspots", enterprises, params, None)
    there, _ = _run(window, qtbot, "hotspots", enterprises, params, engine)
    cols = ["value", "gi_class"]
    assert here["layers"][0].data[cols].equals(there["layers"][0].data[cols])

    here, _ = _run(window, qtbot, "lq", enterprises, {"field": "subsector"}, None)
    there, _ = _run(window, qtbot, "lq", enterprises, {"field": "subsector"}, engine)
    for name in ("lq", "specialisation", "clark_evans"):
        assert here["tables"][name].equals(there["tables"][name]), name
    shown = window.analysis_extension.panel.model.df  # the results dock shows the cluster's table
    key = ["adcode", "subsector"]
    assert (
        shown.sort_values(key)
        .reset_index(drop=True)
        .equals(there["tables"]["lq"].sort_values(key).reset_index(drop=True))
    )
