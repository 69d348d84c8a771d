"""Location quotients by region from the Analysis menu, on a Dask cluster (issue 19 item 5).

The dialog offers the regions the CLI's ``--regions`` takes (Guangzhou's
districts, the GBA cities, the project's polygon layers) and "Run on the
Dask cluster"; run there on the built-in sample enterprises it gives the
tables of the run on this computer, exactly. Cancel stops a cluster run
while its tasks still wait for the workers, and nothing is added to the project.
A LocalCluster of 2 worker processes stands for the scheduler.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QPushButton

pytestmark = pytest.mark.slow  # starts 2 worker processes

TABLES = ("lq", "specialisation", "clark_evans")


@pytest.fixture
def on_cluster(scheduler, saved_cluster):
    """The cluster (tests/ui/conftest.py) set in the app's settings, the user's own put back afterwards."""
    from gzmap.ui.dask_cluster import save_cluster

    save_cluster(scheduler)
    return scheduler


@pytest.fixture
def sample(window):
    from gzmap.io.sample import sample_enterprises_layer

    layer = sample_enterprises_layer()
    window.add_layer(layer)
    window.layer_panel.set_current_layer(layer)
    return layer


def _from_menu(window, qtbot, choose):
    """Open Analysis > Location quotients by region…, let ``choose(dialog)`` fill it, press OK; the Task."""
    ext = window.analysis_extension
    ext.task = None
    seen = {}

    def fill():
        dlg = QApplication.activeModalWidget()
        seen["dialog"] = dlg
        choose(dlg)
        dlg.accept()

    QTimer.singleShot(200, fill)
    ext.actions["lq"].trigger()
    qtbot.waitUntil(lambda: ext.task is not None, timeout=10000)
    return seen["dialog"], ext.task


def _run_from_menu(window, qtbot, region: int):
    ext = window.analysis_extension
    ext.last = None
    messages = []

    def choose(dlg):
        assert dlg.on_cluster is not None and dlg.on_cluster.isChecked()
        dlg.input_boxes["regions"].setCurrentIndex(region)

    dlg, task = _from_menu(window, qtbot, choose)
    task.worker.progressed.connect(lambda value, message: messages.append(message))
    qtbot.waitUntil(lambda: not task.is_running(), timeout=60000)
    assert task.error is None and ext.last is not None, task.error
    return dlg, ext.last, messages


def test_lq_by_region_on_the_cluster_gives_the_local_tables(window, sample, on_cluster, qtbot):
    import geopandas as gpd
    import shapely

    from gzmap.analysis.registry import run
    from gzmap.core.layer import VectorLayer
    from gzmap.io.builtin import GBA_FILE
    from gzmap.io.builtin import load_boundaries

    window.set_language("en")
    square = gpd.GeoDataFrame({"name": ["A"]}, geometry=[shapely.box(113.2, 23.0, 113.4, 23.2)], crs="EPSG:4326")
    window.add_layer(VectorLayer(square, "方块", "Square"))
    before = len(window.project.layers)
    dlg, there, messages = _run_from_menu(window, qtbot, 0)
    box = dlg.input_boxes["regions"]
    names = [box.itemText(i) for i in range(box.count())]
    # the project's own copies of the built-in districts and GBA cities are not offered twice
    assert names == ["Guangzhou's districts (built-in)", "GBA cities (built-in)", "Square"]
    assert "counting per region" in messages  # the cluster's progress reached the progress dialog
    here = run("lq", {"points": sample.data}, {"field": "subsector"})
    for name in TABLES:
        assert there["tables"][name].equals(here.output(name)), name
    assert there["tables"]["lq"]["adcode"].str.startswith("4401").all()  # Guangzhou's districts
    shown = window.analysis_extension.panel.model.df  # the results dock shows the cluster's table
    assert len(shown) == len(here.output("lq"))

    box.setCurrentIndex(1)  # the GBA cities: their polygons go to the run as the regions input
    gba = dlg.inputs()["regions"]
    assert gba.geom_equals(load_boundaries(GBA_FILE).geometry).all() and len(gba) == 11
    assert len(window.project.layers) == before  # tables only: the layers are as they were


def test_cancel_stops_a_cluster_run_while_its_tasks_wait(window, sample, on_cluster, qtbot):
    """Both workers are busy (a 10 s task each), so the job's tasks wait: Cancel ends the run at once, not
    when a task of the job finishes."""
    import time

    from distributed import Client

    window.analysis_extension.last = None
    before = len(window.project.layers)
    with Client(on_cluster, set_as_default=False) as other:
        workers = list(other.scheduler_info()["workers"])
        busy = [other.submit(time.sleep, 10, workers=[w], pure=False) for w in workers]
        dlg, task = _from_menu(window, qtbot, lambda dlg: None)
        messages = []
        task.worker.progressed.connect(lambda value, message: messages.append(message))
        qtbot.waitUntil(lambda: "counting per region" in messages, timeout=30000)
        assert not any(f.done() for f in busy)
        with qtbot.waitSignal(task.ended, timeout=3000) as ended:
            task.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel
        assert ended.args == ["cancelled"]
        assert not any(f.done() for f in busy)  # the job did not wait for the workers
        other.cancel(busy)
    qtbot.wait(300)
    assert window.analysis_extension.last is None and len(window.project.layers) == before
