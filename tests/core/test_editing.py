"""Field edits of point layers: each edit's inverse restores the layer exactly; the log records them."""

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from geopandas.testing import assert_geodataframe_equal
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from gzmap.core.editing import AddField
from gzmap.core.editing import DeleteFeature
from gzmap.core.editing import EditError
from gzmap.core.editing import EditLog
from gzmap.core.editing import RemoveField
from gzmap.core.editing import SetAttribute
from gzmap.core.editing import add_point
from gzmap.core.editing import apply_edit
from gzmap.core.editing import edit_log
from gzmap.core.editing import move_point
from gzmap.core.layer import VectorLayer
from gzmap.core.project import Project


def enterprises(n=6):
    df = gpd.GeoDataFrame(
        {
            "name": pd.array([f"广州企业{i}" for i in range(n)], dtype="str"),
            "employees": np.arange(n, dtype=np.int64) * 10,
            "revenue": np.linspace(1.5, 9.5, n),
            "subsector": pd.Categorical(["games", "music"] * (n // 2) + ["games"] * (n % 2)),
            "verified": [True, False] * (n // 2) + [True] * (n % 2),
        },
        geometry=[shapely.Point(113.3 + i / 100, 23.1 + i / 100) for i in range(n)],
        crs=4326,
    )
    return VectorLayer(df, "企业", "Enterprises")


def test_move_add_delete_set_and_undo_in_reverse_restores_the_layer():
    layer = enterprises()
    before = layer.data
    log = EditLog()
    inverses = [
        log.apply(layer, move_point(layer.id, 2, 113.5, 23.3)),
        log.apply(layer, add_point(layer.id, 113.4, 23.2, {"name": "新公司", "employees": "12", "subsector": "aigc"})),
        log.apply(layer, DeleteFeature(layer.id, row_id=0)),
        log.apply(layer, SetAttribute(layer.id, row_id=3, field="employees", value=None)),
        log.apply(layer, SetAttribute(layer.id, row_id=4, field="name", value="改名公司")),
        log.apply(layer, AddField(layer.id, field="note")),
        log.apply(layer, SetAttribute(layer.id, row_id=5, field="note", value="门口有招牌")),
    ]
    d = layer.data
    assert d.loc[2].geometry.equals(shapely.Point(113.5, 23.3))
    assert 0 not in d.index and d.loc[6, "name"] == "新公司" and d.loc[6, "employees"] == 12
    assert d.loc[6, "subsector"] == "aigc"
    assert pd.isna(d.loc[3, "employees"]) and d.loc[4, "name"] == "改名公司" and d.loc[5, "note"] == "门口有招牌"
    for inv in reversed(inverses):
        log.apply(layer, inv, undo=True)
    assert_geodataframe_equal(layer.data, before, check_index_type=True)
    assert len(log) == 14 and sum(r.undo for r in log) == 7
    move = log.records[0]
    assert (move.field, move.row_id, move.action) == ("geometry", 2, "move")
    assert move.old == before.geometry.iloc[2].wkt and move.new == "POINT (113.5 23.3)"
    setname = log.records[4]
    assert (setname.field, setname.old, setname.new) == ("name", "广州企业4", "改名公司")


def test_row_ids_stay_with_their_rows_when_others_are_deleted():
    layer = enterprises()
    apply_edit(layer, DeleteFeature(layer.id, row_id=1))
    apply_edit(layer, SetAttribute(layer.id, row_id=2, field="name", value="二号"))
    assert layer.data.loc[2, "name"] == "二号"
    assert list(layer.data.index) == [0, 2, 3, 4, 5]


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda l: SetAttribute(l.id, row_id=1, field="employees", value="many"), "whole numbers"),
        (lambda l: SetAttribute(l.id, row_id=1, field="employees", value="2.5"), "whole number"),
        (lambda l: SetAttribute(l.id, row_id=1, field="nope", value=1), "no field 'nope'"),
        (lambda l: SetAttribute(l.id, row_id=99, field="name", value="x"), "no feature with id 99"),
        (lambda l: DeleteFeature(l.id, row_id=99), "no feature with id 99"),
        (lambda l: move_point(l.id, 1, 200.0, 23.0), "not a longitude/latitude"),
        (lambda l: AddField(l.id, field="name"), "already has a field 'name'"),
    ],
)
def test_bad_edits_give_a_clear_message_and_change_nothing(edit, message):
    layer = enterprises()
    before = layer.data
    with pytest.raises(EditError, match=message):
        apply_edit(layer, edit(layer))
    assert layer.data is before


def test_numbers_typed_as_text_are_parsed_for_numeric_fields():
    layer = enterprises()
    apply_edit(layer, SetAttribute(layer.id, row_id=1, field="revenue", value="3,231.5"))
    apply_edit(layer, SetAttribute(layer.id, row_id=1, field="verified", value="是"))
    assert layer.data.loc[1, "revenue"] == 3231.5 and layer.data.loc[1, "verified"] == True  # noqa: E712
    assert layer.data["revenue"].dtype == np.float64 and layer.data["verified"].dtype == bool


def test_edit_log_lives_with_the_project():
    project = Project()
    assert edit_log(project) is edit_log(project)
    assert len(edit_log(project)) == 0


def test_remove_field_undo_restores_column_and_position():
    layer = enterprises()
    before = layer.data
    inv, _ = apply_edit(layer, RemoveField(layer.id, field="subsector"))
    assert "subsector" not in layer.data.columns
    apply_edit(layer, inv)
    assert_geodataframe_equal(layer.data, before, check_index_type=True)


edit_strategy = st.lists(
    st.tuples(
        st.sampled_from(["add", "move", "delete", "set_name", "set_emp", "set_cat", "set_none"]),
        st.integers(0, 20),
        st.floats(113.0, 114.0),
        st.floats(22.6, 23.9),
        st.text(alphabet="广州智原游戏abc ", min_size=0, max_size=6),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edit_strategy)
def test_property_any_edit_sequence_undone_in_reverse_gives_back_the_original(steps):
    layer = enterprises()
    before = layer.data
    log = EditLog()
    inverses = []
    for kind, k, lon, lat, text in steps:
        ids = list(layer.data.index)
        rid = ids[k % len(ids)] if ids else None
        if kind == "add":
            e = add_point(layer.id, lon, lat, {"name": text, "employees": k})
        elif rid is None:
            continue
        elif kind == "move":
            e = move_point(layer.id, rid, lon, lat)
        elif kind == "delete":
            e = DeleteFeature(layer.id, row_id=rid)
        elif kind == "set_name":
            e = SetAttribute(layer.id, row_id=rid, field="name", value=text)
        elif kind == "set_emp":
            e = SetAttribute(layer.id, row_id=rid, field="employees", value=k)
        elif kind == "set_cat":
            e = SetAttribute(layer.id, row_id=rid, field="subsector", value=text or "games")
        else:
            e = SetAttribute(layer.id, row_id=rid, field="revenue", value=None)
        inverses.append(log.apply(layer, e))
    for inv in reversed(inverses):
        log.apply(layer, inv, undo=True)
    assert_geodataframe_equal(layer.data, before, check_index_type=True)
    assert len(log) == 2 * len(inverses)
