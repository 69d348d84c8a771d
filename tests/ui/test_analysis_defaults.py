"""Analysis dialogs start on the enterprise layer, result tables open in the order of what their
rows mean, and the results dock is a tab beside the attribute table rather than a strip under it."""

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gzmap.core.layer import VectorLayer
from gzmap.io.sample import sample_enterprises_layer


@pytest.fixture
def enterprises(window):
    sample = sample_enterprises_layer()
    keep = np.flatnonzero(sample.data["所在区"].isin(["天河区", "海珠区"]).to_numpy())[:1500]
    layer = VectorLayer(
        sample.data.iloc[keep].reset_index(drop=True),
        "企业",
        "Enterprises",
        provenance=dict(sample.provenance, rows_accepted=len(keep)),
        style=sample.style,
    )
    window.add_layer(layer)
    return layer


def run_clusters(window, qtbot, layer):
    ext = window.analysis_extension
    task = ext.run("clusters", layer, {"method": "dbscan", "eps": 300, "min_samples": 10, "hull": "convex"})
    with qtbot.waitSignal(task.ended, timeout=60000) as blocker:
        pass
    assert blocker.args == ["finished"]
    return ext


def dialog_layer_of(window, qtbot, key):
    """Open the dialog from the Analysis menu as a user does; the layer it offers first, then Cancel."""
    seen = {}

    def look():
        dlg = QApplication.activeModalWidget()
        seen["layer"] = dlg.layer()
        seen["names"] = [dlg.layer_box.itemText(i) for i in range(dlg.layer_box.count())]
        dlg.reject()

    QTimer.singleShot(200, look)
    window.analysis_extension.actions[key].trigger()
    qtbot.waitUntil(lambda: "layer" in seen, timeout=10000)
    return seen


def test_dialogs_default_to_the_enterprise_layer_even_under_a_result(window, qtbot, enterprises):
    ext = run_clusters(window, qtbot, enterprises)
    points = next(lyr for lyr in window.project.layers if str(lyr.source).startswith("analysis:") and len(lyr) > 100)
    assert "subsector" in points.data.columns  # the result carries the sub-sectors over
    window.layer_panel.set_current_layer(points)  # the result is on top and chosen
    assert window.current_layer() is points
    for key in ("hotspots", "kde", "clusters"):
        assert dialog_layer_of(window, qtbot, key)["layer"] is enterprises
    assert ext is window.analysis_extension


def test_cluster_table_largest_first_noise_last_and_the_dock_is_a_tab(window, qtbot, enterprises):
    window.table_dock.show()
    height = window.table_dock.height()
    ext = run_clusters(window, qtbot, enterprises)
    table = ext.panel.model.df
    sizes = table.loc[table["cluster"] >= 0, "n_points"].to_list()
    assert len(sizes) >= 3 and sizes == sorted(sizes, reverse=True)
    assert table["cluster"].iloc[-1] == -1
    shown = [ext.panel.proxy.index(r, ext.panel.model.view_column("n_points")).data() for r in range(len(sizes))]
    assert [int(str(v).replace(",", "")) for v in shown] == sizes  # the view shows that order too
    assert ext.dock in window.tabifiedDockWidgets(window.table_dock)
    assert ext.dock.isVisible() and window.table_dock.height() >= height  # not squeezed


def test_hot_spot_table_hottest_first_and_p_consistent_with_the_class(window, qtbot, enterprises):
    ext = window.analysis_extension
    task = ext.run("hotspots", enterprises, {"cell": 500, "permutations": 99})
    with qtbot.waitSignal(task.ended, timeout=60000):
        pass
    tables = ext.panel.tables or {"only": ext.panel.model.df}
    for df in tables.values():
        if "gi_z" in df.columns:
            z = df["gi_z"].dropna().to_list()
            assert z == sorted(z, reverse=True)
            p_used = df["gi_p_adj"] if "gi_p_adj" in df.columns else df["gi_p"]
            significant = df["gi_class"] != 0
            assert (p_used[significant] <= 0.05).all() and (p_used[~significant].fillna(1) > 0.05).all()
        if "gi_class" in df.columns and "gi_z" not in df.columns:
            assert df["gi_class"].to_list() == sorted(df["gi_class"], reverse=True)
