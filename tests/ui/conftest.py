import pytest


@pytest.fixture
def window(qtbot):
    """The main window on the built-in boundaries only (fast, deterministic)."""
    from gzmap.core.project import Project
    from gzmap.io.builtin import districts_layer
    from gzmap.io.builtin import gba_layer
    from gzmap.ui.app import create_app
    from gzmap.ui.app import create_window

    create_app()
    project = Project()
    project.add_layer(gba_layer())
    project.add_layer(districts_layer())
    w = create_window("zh_CN", project)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    from gzmap.ui import i18n

    i18n.install("zh_CN")


@pytest.fixture(scope="session")
def scheduler():
    """The address of a LocalCluster of 2 worker processes (one thread each), started once for the tests
    of the app on a Dask cluster (it stands for the institute's scheduler)."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c.scheduler_address


@pytest.fixture
def saved_cluster():
    """The user's own Dask setting, put back afterwards."""
    from PySide6.QtCore import QSettings

    s = QSettings("GZMap", "GZMap")
    keep = {k: s.value(k) for k in ("dask/address", "dask/scratch")}
    yield
    for k, v in keep.items():
        s.remove(k) if v is None else s.setValue(k, v)
