"""The report dialog's year: the page shows the enterprises as of the year chosen in its own drop-down,
whatever the map shows, and the map's layers keep their filters."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest
from PySide6.QtCore import Qt
from test_report_dialog import open_dialog

from gzmap.core.layer import VectorLayer

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0, reason="poppler-utils not installed"
)


@pytest.fixture
def dated(window):
    import geopandas as gpd

    rng = np.random.default_rng(15)
    n = 240
    founded = rng.integers(2005, 2024, n).astype(object)
    founded[:3] = ["不详", 0, None]  # bad and blank years fall in no year
    closed = np.where(rng.random(n) < 0.2, rng.integers(2010, 2024, n), np.nan)
    g = gpd.GeoDataFrame(
        {"founded": founded, "注销年份": closed},
        geometry=gpd.points_from_xy(rng.uniform(113.25, 113.45, n), rng.uniform(23.05, 23.2, n)),
        crs="EPSG:4326",
    )
    layer = VectorLayer(g, "企业", "Enterprises")
    window.add_layer(layer)
    window.canvas.zoom_to_layer(layer)
    return layer


def _legend_count(dlg) -> int | None:
    rows = [r for r in dlg.plan.legend.rows if r.kind == "item" and r.item.label == "企业"]
    return rows[0].item.count if rows else None


def test_report_as_of_a_chosen_year(window, dated, qtbot, tmp_path):
    dlg = open_dialog(window, qtbot)
    assert dlg.year.currentText() == "与地图当前显示一致" and dlg.year.year() is None
    assert _legend_count(dlg) == len(dated.data)

    years = [dlg.year.itemData(i) for i in range(1, dlg.year.count())]
    assert years == list(range(2005, 2024))  # "不详" and 0 are no year
    dlg.year.setFocus()
    for _ in range(years.index(2015) + 1):  # the user steps down the list to 2015
        qtbot.keyClick(dlg.year, Qt.Key.Key_Down)
    assert dlg.year.currentText() == "截至 2015 年"

    founded = np.array([y if isinstance(y, (int, np.integer)) and y > 0 else 9999 for y in dated.data["founded"]])
    closed = dated.data["注销年份"].to_numpy()
    open_2015 = int(((founded <= 2015) & ~(closed <= 2015)).sum())
    qtbot.waitUntil(lambda: _legend_count(dlg) == open_2015, timeout=10000)
    assert dated.filter is None  # the map still shows every enterprise

    out = tmp_path / "report_2015.pdf"
    dlg.export_to(str(out))
    qtbot.waitUntil(lambda: dlg.last_output is not None, timeout=30000)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "截至 2015 年" in text  # the page says which year it shows
    assert f"{open_2015:,}" in text.split()  # the legend counts the enterprises open in 2015
    assert dated.filter is None
