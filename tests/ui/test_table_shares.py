"""The DBSCAN result table as a planner reads it: every count with thousands separators (also in the
columns that hold a missing value in the noise row), every share (``share_*``, ``dominant_share``,
``share_of_points``: kind "share" in the field catalogue) as a percentage; the same in the CSV the
table exports (``shown_frame``)."""

from __future__ import annotations

import re

import pytest

from gzmap.analysis.clusters import find_clusters
from gzmap.analysis.clusters import summary_table
from gzmap.io.sample import sample_enterprises_layer
from gzmap.ui.table_model import DataFrameModel


@pytest.fixture(scope="module")
def cluster_table():
    result = find_clusters(sample_enterprises_layer().data)
    return summary_table(result.clusters, int((result.points["cluster"] == -1).sum()), len(result.points))


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_counts_are_grouped_and_shares_are_percentages(qtbot, cluster_table, lang):
    from PySide6.QtWidgets import QTableView

    from gzmap.ui import i18n

    i18n.install(lang)
    try:
        model = DataFrameModel(cluster_table)
        view = QTableView()
        view.setModel(model)
        qtbot.addWidget(view)
        first = cluster_table.iloc[0]
        assert first["n_core"] >= 1000  # the check needs a count past a thousand in the object column
        for column in ("n_points", "n_core"):
            shown = model.index(0, model.view_column(column)).data()
            assert shown == f"{int(first[column]):,}", (column, shown)
        for column in ("share_games", "dominant_share", "share_of_points"):
            shown = model.index(0, model.view_column(column)).data()
            assert shown == f"{float(first[column]) * 100:.1f}%", (column, shown)
        csv = model.shown_frame()
        share_header = model.headerData(model.view_column("share_games"), view.horizontalHeader().orientation())
        assert re.fullmatch(r"\d+\.\d%", str(csv[share_header].iloc[0]))
    finally:
        i18n.install("zh_CN")
