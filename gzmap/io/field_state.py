"""The state of a layer's features, keyed by their stable ids, as field copies and merges compare it.

A feature's *state* is a plain dict ``{field: value}`` of JSON values: every
attribute column except the stable id (:data:`~gzmap.core.feature_uids.UID_COLUMN`),
missing values as None, dates as ISO text, and the geometry under
:data:`GEOMETRY` as WKT at full precision (WGS84 longitude/latitude degrees).
Two states are compared value by value, so a copy edited by another GIS
(QGIS, QField, ``ogr2ogr``, plain SQLite) compares the same way as one edited
by GZMap: what counts is the value in the file, not how it got there.

A field copy stores the state of each editable layer at the time it was made
(its *base*) in the plain table :data:`BASE_TABLE`, one row per feature, so the
merge can tell what the surveyor changed without any edit log.

Pure: no Qt.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

import pandas as pd

from gzmap.core.editing import json_value
from gzmap.core.feature_uids import UID_COLUMN
from gzmap.core.feature_uids import is_uid

__all__ = [
    "BASE_TABLE",
    "GEOMETRY",
    "TableState",
    "base_table",
    "cell",
    "feature_states",
    "read_base",
    "read_layer_table",
    "same",
]

#: The plain table of a field copy holding the base state of its editable layers.
BASE_TABLE = "gzmap_field_base"
#: The key of a feature's geometry (WKT) in its state.
GEOMETRY = "geometry"
# columns a layer table holds that are not fields of the features
_NOT_FIELDS = {UID_COLUMN, "gzmap_index", "fid", "geom", "geometry"}


def cell(value: Any) -> Any:
    """A cell as a JSON value: numbers, text, booleans or None; dates as ISO text, geometries as WKT."""
    if value is not None and hasattr(value, "geom_type"):
        import shapely

        return shapely.to_wkt(value, rounding_precision=-1)
    out = json_value(value)
    if isinstance(out, float) and math.isnan(out):
        return None
    return out


def same(a: Any, b: Any) -> bool:
    """True when two state values are the same (1 equals 1.0; None only equals None)."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) != isinstance(b, bool):
        return False
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    return bool(a == b)


def _column_cells(series) -> list:
    if hasattr(series, "geom_type") or getattr(series.dtype, "name", "") == "geometry":
        import shapely

        arr = series.values
        wkt = shapely.to_wkt(arr, rounding_precision=-1)
        return [None if g is None else t for g, t in zip(arr, wkt, strict=True)]
    return [cell(v) for v in series.tolist()]


def feature_states(gdf, fields: list | None = None) -> tuple[dict[str, dict], list[dict]]:
    """({uid: state}, [states of rows without a usable id]) of a GeoDataFrame.

    A uid met twice belongs to its first row; later rows with it (a feature
    copied and pasted in another GIS) count among the rows without an id.
    ``fields``: the attribute columns to include (default: all but the id).
    """
    geom = gdf.geometry.name
    names = [c for c in (fields if fields is not None else gdf.columns) if c != geom and c not in _NOT_FIELDS]
    cols = {str(c): _column_cells(gdf[c]) for c in names}
    cols[GEOMETRY] = _column_cells(gdf.geometry)
    uids = gdf[UID_COLUMN].tolist() if UID_COLUMN in gdf.columns else [None] * len(gdf)
    keyed: dict[str, dict] = {}
    loose: list[dict] = []
    for i, uid in enumerate(uids):
        state = {k: v[i] for k, v in cols.items()}
        if is_uid(uid) and uid not in keyed:
            keyed[uid] = state
        else:
            loose.append(state)
    return keyed, loose


def base_table(layers: list[tuple[str, dict[str, dict]]]) -> pd.DataFrame:
    """The :data:`BASE_TABLE` rows of ``(layer id, {uid: state})`` pairs."""
    rows = [
        (layer_id, uid, json.dumps(state, ensure_ascii=False, allow_nan=True))
        for layer_id, states in layers
        for uid, state in states.items()
    ]
    return pd.DataFrame(rows, columns=["layer_id", "uid", "state"]).astype(str)


def read_base(table: pd.DataFrame | None) -> dict[str, dict[str, dict]]:
    """``{layer id: {uid: state}}`` from a :data:`BASE_TABLE` (raises ValueError for a damaged one)."""
    out: dict[str, dict[str, dict]] = {}
    if table is None:
        return out
    if not {"layer_id", "uid", "state"} <= set(table.columns):
        raise ValueError("the base table lacks its columns")
    for layer_id, uid, text in zip(table["layer_id"], table["uid"], table["state"], strict=True):
        state = json.loads(text)
        if not isinstance(state, dict) or not is_uid(uid):
            raise ValueError(f"a base row of layer {str(layer_id)[:40]} is not a feature state")
        out.setdefault(str(layer_id), {})[uid] = state
    return out


@dataclass
class TableState:
    """A layer table as it is in a file: ``keyed`` {uid: state}, ``loose`` states without a usable id,
    ``new_fields`` columns the description does not know (added by another GIS)."""

    keyed: dict[str, dict] = field(default_factory=dict)
    loose: list[dict] = field(default_factory=list)
    new_fields: list[str] = field(default_factory=list)


def read_layer_table(path: Path, d: dict) -> TableState:
    """The features of the layer table described by ``d`` (a layer of a project description), as
    another program may have left them: any number of rows (in file order), cells decoded as the
    description says where they still fit, columns it does not know kept under their own names."""
    import pyogrio

    from gzmap.io.project import _decode_column

    raw = pyogrio.read_dataframe(path, layer=d["table"], use_arrow=True, fid_as_index=True).sort_index()
    raw = raw.reset_index(drop=True)
    frame = pd.DataFrame(index=raw.index)
    known = set()
    for c in d.get("columns", []):
        stored = c["stored"]
        known.add(stored)
        if stored not in raw.columns:
            continue
        try:
            frame[c["name"]] = _decode_column(raw[stored], c)
        except Exception:  # a value another GIS wrote that the saved dtype cannot hold: keep it as it is
            frame[c["name"]] = raw[stored].astype(object)
    extra = [c for c in raw.columns if c not in known and c != raw.geometry.name and c not in _NOT_FIELDS]
    for c in extra:
        frame[c] = raw[c]
    import geopandas as gpd

    gdf = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(raw.geometry.values, index=raw.index), crs="EPSG:4326")
    keyed, loose = feature_states(gdf)
    return TableState(keyed, loose, [str(c) for c in extra])
