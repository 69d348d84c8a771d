"""The one table model: numbers by column and locale, missing values, sorting by value, used everywhere."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from gzmap.ui.table_model import DataFrameModel
from gzmap.ui.table_model import ValueSortProxy
from gzmap.ui.table_model import column_decimals


@pytest.fixture
def lang(qapp):
    from gzmap.ui import i18n

    yield i18n.install
    i18n.install("zh_CN")


def texts(model, col):
    return [model.index(r, col).data() for r in range(model.rowCount())]


FRAME = pd.DataFrame(
    {
        "name": ["天河区", "越秀区", "从化区"],
        "employees": [12000, 35, 7],
        "density": [1234.5, 2.25, np.nan],
        "adcode": [440106, 440104, 440117],
        "lon": [113.3612345678, 113.2666, 113.5861],
    }
)


def test_numbers_have_thousands_separators_and_one_number_of_decimals_per_column(lang):
    lang("zh_CN")
    m = DataFrameModel(FRAME)
    assert texts(m, 0) == ["天河区", "越秀区", "从化区"]
    assert texts(m, 1) == ["12,000", "35", "7"]
    assert texts(m, 2) == ["1,234.50", "2.25", ""]  # same decimals down the column
    assert texts(m, 3) == ["440106", "440104", "440117"]  # a code is not a quantity
    assert texts(m, 4) == ["113.361235", "113.266600", "113.586100"]  # ~0.1 m, not 6 significant digits
    assert m.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert m.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_missing_values_read_no_data_in_the_interface_language(lang):
    lang("zh_CN")
    m = DataFrameModel(FRAME, missing_as_no_data=True)
    assert m.index(2, 2).data() == "无数据"
    lang("en")
    assert m.index(2, 2).data() == "no data"
    assert m.index(0, 1).data() == "12,000"


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_is_by_value_with_missing_values_last(qapp, order):
    m = DataFrameModel(pd.DataFrame({"n": [9.0, np.nan, 100.0, 10.0], "t": ["b", "a", None, "c"]}))
    proxy = ValueSortProxy()
    proxy.setSourceModel(m)
    proxy.sort(0, order)
    shown = [proxy.index(r, 0).data() for r in range(4)]
    expected = ["9", "10", "100"] if order == Qt.SortOrder.AscendingOrder else ["100", "10", "9"]
    assert shown == [*expected, ""]
    proxy.sort(1, order)
    assert [proxy.index(r, 1).data() for r in range(4)][-1] == ""


def test_column_decimals():
    assert column_decimals([30.0, 12.0]) == 0
    assert column_decimals([0.1 + 0.2, 1.5]) == 1  # float noise does not ask for 17 decimals
    assert column_decimals([1234567.891]) == 2  # nine significant digits at most
    assert column_decimals([np.nan, np.inf]) == 0


def test_the_attribute_table_the_import_preview_and_the_analysis_results_share_it(window, tmp_path):
    from gzmap.ui.import_wizard import ImportWizard

    layer = next(l for l in window.project.layers if l.source.endswith("gz_districts.geojson"))
    window.layer_panel.set_current_layer(layer)
    table = window.table.model_
    assert isinstance(table, DataFrameModel)
    col = table.view_column("area_km2")
    assert all(
        t.count(".") == 1 and len(t.split(".")[1]) == len(texts(table, col)[0].split(".")[1]) for t in texts(table, col)
    )
    csv = tmp_path / "ent.csv"
    csv.write_text("name,lon,lat,employees\n甲,113.3,23.1,1200\n乙,113.4,23.2,8\n", encoding="utf-8")
    wiz = ImportWizard(window, str(csv))
    assert isinstance(wiz.preview_model, DataFrameModel) and isinstance(wiz.rejected_model, DataFrameModel)
    assert isinstance(window.feature("analysis").panel.model, DataFrameModel)
    assert isinstance(window.feature("analysis").panel.proxy, ValueSortProxy)
    wiz.close()
