"""The attribute table shows all features, those the filter shows, or the selected ones (a drop-down
above it), says how many, and keeps the map selection in sync through the rows it shows."""

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from gzmap.core.layer import VectorLayer


@pytest.fixture
def firms(window):
    import geopandas as gpd

    rng = np.random.default_rng(4)
    n = 90
    g = gpd.GeoDataFrame(
        {"name": [f"企业{i}" for i in range(n)], "subsector": rng.choice(["games", "music", "animation"], n)},
        geometry=gpd.points_from_xy(rng.uniform(113.3, 113.4, n), rng.uniform(23.1, 23.2, n)),
        crs="EPSG:4326",
    )
    layer = VectorLayer(g, "企业", "Enterprises")
    window.add_layer(layer)
    window.layer_panel.set_current_layer(layer)
    return layer


def _pick(qtbot, combo, key) -> None:
    combo.setFocus()
    target = combo.findData(key)
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Up if combo.currentIndex() > target else Qt.Key.Key_Down)
    assert combo.currentData() == key


def _column(table, name) -> list:
    model = table.model_
    col = model.view_column(name)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_all_filtered_and_selected_rows_with_counts(window, firms, qtbot, tmp_path):
    from gzmap.core.filter_expression import parse
    from gzmap.core.layer_filter import LayerFilter

    table = window.table
    assert table.isVisibleTo(window) and table.show_box.isVisibleTo(window)
    assert table.layer is firms and table.model_.rowCount() == 90
    assert table.count_label.text() == "显示 90 / 90 个要素，已选 0 个"

    firms.filter = LayerFilter().with_expression(parse("subsector = 'games'"))
    games = np.flatnonzero(firms.data["subsector"].to_numpy() == "games")
    _pick(qtbot, table.show_box, "filtered")
    assert table.model_.rowCount() == len(games)
    assert _column(table, "name") == [f"企业{i}" for i in games]
    assert table.count_label.text() == f"显示 {len(games)} / 90 个要素，已选 0 个"

    # the CSV export writes the rows shown, under the names shown
    out = table.export_csv(tmp_path / "games.csv")
    written = pd.read_csv(out, encoding="utf-8-sig")
    assert list(written["企业名称"]) == [f"企业{i}" for i in games] and set(written["细分行业"]) == {"游戏电竞"}

    # a row clicked in the filtered table selects that feature on the map
    rect = table.visualRect(table.model_.index(2, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert list(firms.selection) == [games[2]]
    assert table.count_label.text().endswith("已选 1 个")

    # the filter changes (e.g. the legend or the slider): the rows follow
    firms.filter = LayerFilter().with_expression(parse("subsector = 'music'"))
    music = np.flatnonzero(firms.data["subsector"].to_numpy() == "music")
    assert _column(table, "name") == [f"企业{i}" for i in music]

    # selected only: a selection made on the map shows its rows; the others are gone
    firms.select([5, 40, 77])
    _pick(qtbot, table.show_box, "selected")
    assert _column(table, "name") == ["企业5", "企业40", "企业77"]
    assert sorted({i.row() for i in table.selectionModel().selectedRows()}) == [0, 1, 2]
    assert table.count_label.text() == "显示 3 / 90 个要素，已选 3 个"
    rect = table.visualRect(table.model_.index(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert list(firms.selection) == [40]  # the table's row 1 is feature 40
    firms.select([7])
    assert _column(table, "name") == ["企业7"]

    _pick(qtbot, table.show_box, "all")
    assert table.model_.rowCount() == 90
    assert sorted({i.row() for i in table.selectionModel().selectedRows()}) == [7]

    window.set_language("en")
    assert table.show_box.currentText() == "All features"
    assert table.count_label.text() == "90 of 90 features shown, 1 selected"
