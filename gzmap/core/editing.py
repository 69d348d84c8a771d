"""Field editing of point layers as pure, invertible operations, plus the edit log.

Every edit is a small frozen dataclass naming a layer (``layer_id``) and a row
(``row_id``, the row's *index label* in ``layer.data``, which stays the same
when other rows are added or deleted). :func:`apply_edit` applies one to a
:class:`~gzmap.core.layer.VectorLayer` by replacing ``layer.data`` with a new
GeoDataFrame, and returns the edit that undoes it plus the log records it
made. Applying the inverse gives back a frame equal to the one before (values,
dtypes, row order and index), which is what the UI's undo stack relies on.

Coordinates are WGS84 longitude/latitude in degrees, as everywhere inside a
project.

The :class:`EditLog` is an append-only list of :class:`EditRecord`
``(time, layer, row id, field, old value, new value)``; an undo is logged as
a new record with ``undo=True``, never by deleting history. It is kept with
the project (:func:`edit_log`) and saved in the project file.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable
from dataclasses import asdict
from dataclasses import dataclass
from dataclasses import field
from typing import Any

import numpy as np
import pandas as pd

from gzmap.core.feature_uids import UID_COLUMN
from gzmap.core.feature_uids import new_uid

__all__ = [
    "AddFeature",
    "AddField",
    "DeleteFeature",
    "Edit",
    "EditError",
    "EditLog",
    "EditRecord",
    "RemoveField",
    "SetAttribute",
    "SetGeometry",
    "add_point",
    "apply_edit",
    "coerce_value",
    "edit_log",
    "move_point",
    "next_row_id",
]


class EditError(ValueError):
    """An edit that cannot be applied; the message says why in one line."""


# -- the operations -------------------------------------------------------------


@dataclass(frozen=True)
class Edit:
    """Base of every edit: which layer it changes."""

    layer_id: str

    action = "edit"


@dataclass(frozen=True)
class AddFeature(Edit):
    """Insert a feature with ``geometry`` (shapely, WGS84) and attribute ``values``.

    ``row_id`` None takes the next free integer id; ``position`` None appends.
    Columns missing from ``values`` are left empty, except a layer's stable-id column
    (:data:`gzmap.core.feature_uids.UID_COLUMN`), which gets a new id when ``values`` lacks it. ``restore_dtypes``
    (set on inverses) casts columns back to the dtypes they had before the delete.
    """

    row_id: Any = None
    geometry: Any = None
    values: dict = field(default_factory=dict)
    position: int | None = None
    restore_dtypes: dict | None = None

    action = "add"


@dataclass(frozen=True)
class DeleteFeature(Edit):
    """Remove the feature ``row_id``."""

    row_id: Any = None
    restore_dtypes: dict | None = None

    action = "delete"


@dataclass(frozen=True)
class SetGeometry(Edit):
    """Replace the geometry of ``row_id`` (a move, for a point layer)."""

    row_id: Any = None
    geometry: Any = None

    action = "move"


@dataclass(frozen=True)
class SetAttribute(Edit):
    """Set ``field`` of ``row_id`` to ``value`` (coerced to the column's type)."""

    row_id: Any = None
    field: str = ""
    value: Any = None
    restore_dtypes: dict | None = None

    action = "set"


@dataclass(frozen=True)
class AddField(Edit):
    """Add a column ``field`` (empty text by default, or ``values`` in row order) at ``position``.

    ``dtype`` is a pandas dtype name, or a categorical dtype (an undone field removal keeps its categories).
    """

    field: str = ""
    dtype: str | pd.CategoricalDtype = "str"
    values: tuple | None = None
    position: int | None = None

    action = "add_field"


@dataclass(frozen=True)
class RemoveField(Edit):
    """Remove the column ``field``."""

    field: str = ""

    action = "remove_field"


def add_point(layer_id: str, lon: float, lat: float, values: dict | None = None, **kw) -> AddFeature:
    """An :class:`AddFeature` for a point at (lon, lat), WGS84 degrees."""
    import shapely

    _check_lonlat(lon, lat)
    return AddFeature(layer_id, geometry=shapely.Point(float(lon), float(lat)), values=dict(values or {}), **kw)


def move_point(layer_id: str, row_id, lon: float, lat: float) -> SetGeometry:
    """A :class:`SetGeometry` moving point ``row_id`` to (lon, lat), WGS84 degrees."""
    import shapely

    _check_lonlat(lon, lat)
    return SetGeometry(layer_id, row_id=row_id, geometry=shapely.Point(float(lon), float(lat)))


def _check_lonlat(lon, lat) -> None:
    if not (np.isfinite(lon) and np.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        raise EditError(f"({lon}, {lat}) is not a longitude/latitude in degrees")


# -- the log ----------------------------------------------------------------------


@dataclass(frozen=True)
class EditRecord:
    """One line of the edit log.

    ``time`` is ISO 8601 UTC; ``old``/``new`` are JSON-able (geometries as
    WKT text, missing values as None); ``field`` is ``"geometry"`` for moves and
    ``"*"`` for whole-feature adds/deletes (then ``old``/``new`` hold the row).
    """

    time: str
    layer_id: str
    layer_name: str
    row_id: Any
    field: str
    old: Any
    new: Any
    action: str
    undo: bool = False

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> EditRecord:
        values: dict[str, Any] = {k: d.get(k) for k in cls.__dataclass_fields__}
        values["undo"] = bool(values["undo"])
        return cls(**values)


class EditLog:
    """Append-only list of :class:`EditRecord` (what changed, when, from what to what)."""

    def __init__(self, records: list[EditRecord] | None = None):
        self.records: list[EditRecord] = list(records or [])

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self):
        return iter(list(self.records))

    def __eq__(self, other) -> bool:
        return isinstance(other, EditLog) and self.records == other.records

    def extend(self, records) -> None:
        self.records.extend(records)

    def apply(self, layer, edit: Edit, undo: bool = False) -> Edit:
        """Apply ``edit`` to ``layer``, log it, and return its inverse."""
        inverse, records = apply_edit(layer, edit, undo=undo)
        self.extend(records)
        return inverse

    def for_layer(self, layer_id: str) -> list[EditRecord]:
        return [r for r in self.records if r.layer_id == layer_id]

    def to_list(self) -> list[dict]:
        return [r.to_dict() for r in self.records]

    @classmethod
    def from_list(cls, items) -> EditLog:
        return cls([EditRecord.from_dict(d) for d in items or []])

    def rename_layers(self, mapping: dict[str, str]) -> None:
        """Replace layer ids (``old id -> new id``), e.g. after a project is reopened."""
        from dataclasses import replace

        self.records = [replace(r, layer_id=mapping.get(r.layer_id, r.layer_id)) for r in self.records]


def edit_log(project) -> EditLog:
    """The project's edit log (created empty the first time it is asked for)."""
    log = getattr(project, "edit_log", None)
    if not isinstance(log, EditLog):
        log = EditLog()
        project.edit_log = log
    return log


# -- applying -------------------------------------------------------------------------


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="milliseconds")


def json_value(v: Any) -> Any:
    """A JSON-able copy of a cell value (numpy scalars to Python, NaN/NA to None, geometry to WKT)."""
    if v is None:
        return None
    if hasattr(v, "wkt") and hasattr(v, "geom_type"):
        return v.wkt
    if isinstance(v, (np.bool_, bool)):
        return bool(v)
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        return None if math.isnan(v) else float(v)
    if isinstance(v, (pd.Timestamp, _dt.datetime, _dt.date)):
        return None if pd.isna(v) else v.isoformat()
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(v, (str, int)):
        return v
    return str(v)


def _position(df, row_id) -> int:
    try:
        pos = df.index.get_loc(row_id)
    except KeyError:
        raise EditError(f"there is no feature with id {row_id!r}") from None
    if not isinstance(pos, (int, np.integer)):
        raise EditError(f"feature id {row_id!r} is not unique in this layer")
    return int(pos)


def next_row_id(df) -> Any:
    """The id a new feature gets: one more than the largest integer id (0 for an empty layer)."""
    if len(df.index) == 0:
        return 0
    if pd.api.types.is_integer_dtype(df.index.dtype):
        return int(df.index.max()) + 1
    n = len(df.index)
    while n in df.index:
        n += 1
    return n


def coerce_value(dtype, value: Any, field: str = "") -> Any:
    """``value`` converted to what a column of ``dtype`` holds.

    Text typed by a user ("30", "3,231.5", "") is parsed for numeric columns;
    empty text and None become a missing value. Raises :class:`EditError`
    with a one-line message when the value does not fit (e.g. "abc" for a
    whole-number column).
    """
    name = f"'{field}'" if field else "this field"
    if (
        isinstance(value, str)
        and not pd.api.types.is_string_dtype(dtype)
        and not isinstance(dtype, pd.CategoricalDtype)
        and not pd.api.types.is_object_dtype(dtype)
    ):
        value = value.strip().replace(",", "").replace("，", "")
        if value == "":
            value = None
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if pd.api.types.is_bool_dtype(dtype):
        if isinstance(value, str):
            low = value.lower()
            if low in ("true", "yes", "1", "是", "y"):
                return True
            if low in ("false", "no", "0", "否", "n"):
                return False
            raise EditError(f"{name} holds yes/no values; {value!r} is neither")
        return bool(value)
    if pd.api.types.is_integer_dtype(dtype):
        try:
            f = float(value)
        except (TypeError, ValueError):
            raise EditError(f"{name} holds whole numbers; {value!r} is not a number") from None
        if not f.is_integer():
            raise EditError(f"{name} holds whole numbers; {value!r} is not a whole number")
        return int(f)
    if pd.api.types.is_float_dtype(dtype):
        try:
            return float(value)
        except (TypeError, ValueError):
            raise EditError(f"{name} holds numbers; {value!r} is not a number") from None
    if pd.api.types.is_datetime64_any_dtype(dtype):
        try:
            return pd.Timestamp(value)
        except (TypeError, ValueError):
            raise EditError(f"{name} holds dates; {value!r} is not a date") from None
    if isinstance(dtype, pd.CategoricalDtype):
        return value
    if pd.api.types.is_string_dtype(dtype) and not isinstance(value, str):
        return str(value)
    return value


def _set_cell(df, pos: int, column: str, value: Any):
    """Set one cell in place (df is a private copy), widening the dtype only when needed."""
    col = df[column]
    dtype = col.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        if value is not None and value not in dtype.categories:
            col = col.cat.add_categories([value])
        values = col.copy()
        values.iloc[pos] = value if value is not None else np.nan
        df[column] = values
        return
    if value is None:
        if pd.api.types.is_integer_dtype(dtype) and not isinstance(dtype, pd.api.extensions.ExtensionDtype):
            df[column] = col.astype("Int64")
        elif pd.api.types.is_bool_dtype(dtype) and not isinstance(dtype, pd.api.extensions.ExtensionDtype):
            df[column] = col.astype("boolean")
        values = df[column].copy()
        values.iloc[pos] = None
        df[column] = values
        return
    values = col.copy()
    try:
        values.iloc[pos] = value
    except (TypeError, ValueError):
        values = col.astype(object)
        values.iloc[pos] = value
    df[column] = values


def _restore(df, dtypes: dict | None):
    """Cast columns back to ``dtypes`` where that loses nothing (after an undo)."""
    for column, dtype in (dtypes or {}).items():
        if column not in df.columns or str(df[column].dtype) == dtype:
            continue
        nullable = {"int64": "Int64", "int32": "Int32", "bool": "boolean"}.get(dtype)
        if nullable is not None and df[column].isna().any():
            dtype = nullable  # an empty cell in a plain int/bool column: keep the kind, nullable
        try:
            cast = df[column].astype(dtype)
        except (TypeError, ValueError):
            # an empty cell in a plain int/bool column: keep the kind, nullable
            nullable = {"int64": "Int64", "int32": "Int32", "bool": "boolean"}.get(dtype)
            if nullable is None or str(df[column].dtype) == nullable:
                continue
            try:
                cast = df[column].astype(nullable)
            except (TypeError, ValueError):
                continue
        if cast.isna().equals(df[column].isna()):
            df[column] = cast
    return df


def _categories(df) -> dict:
    return {c: list(df[c].cat.categories) for c in df.columns if isinstance(df[c].dtype, pd.CategoricalDtype)}


def _restore_categories(df, cats: dict):
    for c, wanted in cats.items():
        if c in df.columns and isinstance(df[c].dtype, pd.CategoricalDtype) and list(df[c].cat.categories) != wanted:
            extra = [v for v in df[c].cat.categories if v not in wanted]
            if not df[c].isin(extra).any():
                df[c] = df[c].cat.set_categories(wanted)
    return df


def _changed_dtypes(before, after) -> dict[str, Any] | None:
    """Columns whose dtype (or categories, under ``__categories__``) the edit changed, with what they were."""
    out: dict[str, Any] = {}
    for c in before.columns:
        if c in after.columns and str(before[c].dtype) != str(after[c].dtype):
            out[c] = str(before[c].dtype)
    cats = _categories(before)
    for c, v in cats.items():
        if (
            c in after.columns
            and isinstance(after[c].dtype, pd.CategoricalDtype)
            and list(after[c].cat.categories) != v
        ):
            out.setdefault("__categories__", {})[c] = v
    return out or None


def _finish(df, restore: dict | None):
    if restore:
        restore = dict(restore)
        cats = restore.pop("__categories__", {})
        df = _restore(df, restore)
        df = _restore_categories(df, cats)
    if (
        pd.api.types.is_integer_dtype(df.index.dtype)
        and len(df.index)
        and np.array_equal(df.index.to_numpy(), np.arange(len(df.index)))
    ):
        df.index = pd.RangeIndex(len(df.index), name=df.index.name)
    return df


@dataclass(frozen=True)
class _Target:
    """What every applier needs: the layer, its frame before the edit and how to log."""

    layer: Any
    df: Any  # the GeoDataFrame before the edit (never changed in place)
    geom_col: str
    name: str  # the layer's name in messages and the log
    time: str
    edit: Edit
    undo: bool

    def record(self, row_id: Any, fld: str, old: Any, new: Any) -> EditRecord:
        """A log record of this edit."""
        return EditRecord(
            self.time, self.edit.layer_id, self.name, json_value(row_id), fld, old, new, self.edit.action, self.undo
        )

    def no_field(self, fld: str) -> EditError:
        return EditError(f"layer '{self.name}' has no field '{fld}'")


def _check_geometry(geom: Any) -> None:
    import shapely

    if geom is not None and not isinstance(geom, shapely.Geometry):
        raise EditError("a geometry must be a shapely geometry")


def _apply_set_attribute(t: _Target, edit: SetAttribute) -> tuple[Edit, list[EditRecord]]:
    df = t.df
    if edit.field not in df.columns or edit.field == t.geom_col:
        raise t.no_field(edit.field)
    pos = _position(df, edit.row_id)
    old = df[edit.field].iloc[pos]
    value = coerce_value(df[edit.field].dtype, edit.value, edit.field)
    new = df.copy()
    _set_cell(new, pos, edit.field, value)
    new = _finish(new, edit.restore_dtypes)
    inverse = SetAttribute(
        edit.layer_id,
        row_id=edit.row_id,
        field=edit.field,
        value=None if _missing(old) else _py(old),
        restore_dtypes=_changed_dtypes(df, new),
    )
    t.layer.data = new
    return inverse, [t.record(edit.row_id, edit.field, json_value(old), json_value(value))]


def _apply_set_geometry(t: _Target, edit: SetGeometry) -> tuple[Edit, list[EditRecord]]:
    df = t.df
    pos = _position(df, edit.row_id)
    geom = edit.geometry
    _check_geometry(geom)
    old = df.geometry.iloc[pos]
    new = df.copy()
    values = new.geometry.values.copy()
    values[pos] = geom
    new[t.geom_col] = values
    t.layer.data = new.set_geometry(t.geom_col)
    return (
        SetGeometry(edit.layer_id, row_id=edit.row_id, geometry=old),
        [t.record(edit.row_id, "geometry", json_value(old), json_value(geom))],
    )


def _apply_delete_feature(t: _Target, edit: DeleteFeature) -> tuple[Edit, list[EditRecord]]:
    df, geom_col = t.df, t.geom_col
    pos = _position(df, edit.row_id)
    row = df.iloc[pos]
    values = {c: _py(row[c]) for c in df.columns if c != geom_col}
    new = _finish(df.drop(index=df.index[pos]), edit.restore_dtypes)
    inverse = AddFeature(
        edit.layer_id,
        row_id=_py(df.index[pos]),
        geometry=row[geom_col],
        values=values,
        position=pos,
        restore_dtypes=_changed_dtypes(df, new),
    )
    t.layer.data = new
    summary = {k: json_value(v) for k, v in values.items()}
    summary["geometry"] = json_value(row[geom_col])
    return inverse, [t.record(edit.row_id, "*", summary, None)]


def _apply_add_feature(t: _Target, edit: AddFeature) -> tuple[Edit, list[EditRecord]]:
    df, geom_col = t.df, t.geom_col
    unknown = [k for k in edit.values if k not in df.columns]
    if unknown:
        raise t.no_field(unknown[0])
    _check_geometry(edit.geometry)
    row_id = next_row_id(df) if edit.row_id is None else edit.row_id
    if row_id in df.index:
        raise EditError(f"a feature with id {row_id!r} already exists")
    pos = len(df) if edit.position is None else max(0, min(int(edit.position), len(df)))
    coerced = {k: coerce_value(df[k].dtype, v, k) for k, v in edit.values.items()}
    if UID_COLUMN in df.columns and UID_COLUMN not in coerced:
        coerced[UID_COLUMN] = new_uid()  # a new feature of a layer with stable ids gets its own
    labels = list(df.index[:pos]) + [row_id] + list(df.index[pos:])
    new = df.reindex(pd.Index(labels, name=df.index.name))
    # reindex fills the new row with NA and may widen dtypes: put the row in,
    # then give columns back the dtypes they had where the values allow it.
    geoms = new.geometry.values.copy()
    geoms[pos] = edit.geometry
    new[geom_col] = geoms
    new = new.set_geometry(geom_col)
    for k, v in coerced.items():
        _set_cell(new, pos, k, v)
    new = _finish(new, {c: str(df[c].dtype) for c in df.columns if c != geom_col} | (edit.restore_dtypes or {}))
    inverse = DeleteFeature(edit.layer_id, row_id=row_id, restore_dtypes=_changed_dtypes(df, new))
    t.layer.data = new
    summary = {k: json_value(v) for k, v in coerced.items()}
    summary["geometry"] = json_value(edit.geometry)
    return inverse, [t.record(row_id, "*", None, summary)]


def _apply_add_field(t: _Target, edit: AddField) -> tuple[Edit, list[EditRecord]]:
    df = t.df
    if not edit.field or edit.field in df.columns:
        raise EditError(
            f"layer '{t.name}' already has a field '{edit.field}'" if edit.field else "a new field needs a name"
        )
    new = df.copy()
    cells = list(edit.values) if edit.values is not None else [None] * len(df)
    series = pd.Series(cells, index=df.index, dtype=edit.dtype)
    pos = len(df.columns) if edit.position is None else int(edit.position)
    new.insert(min(pos, len(new.columns)), edit.field, series)
    t.layer.data = new.set_geometry(t.geom_col)
    return RemoveField(edit.layer_id, field=edit.field), [t.record(None, edit.field, None, edit.dtype)]


def _apply_remove_field(t: _Target, edit: RemoveField) -> tuple[Edit, list[EditRecord]]:
    df = t.df
    if edit.field not in df.columns or edit.field == t.geom_col:
        raise t.no_field(edit.field)
    pos = list(df.columns).index(edit.field)
    col = df[edit.field]
    # a categorical column comes back with its categories (and their order), not just as "category"
    dtype = col.dtype if isinstance(col.dtype, pd.CategoricalDtype) else str(col.dtype)
    inverse = AddField(edit.layer_id, field=edit.field, dtype=dtype, values=tuple(_py(v) for v in col), position=pos)
    t.layer.data = df.drop(columns=[edit.field]).set_geometry(t.geom_col)
    return inverse, [t.record(None, edit.field, str(col.dtype), None)]


_APPLIERS: tuple[tuple[type[Edit], Callable[[_Target, Any], tuple[Edit, list[EditRecord]]]], ...] = (
    (SetAttribute, _apply_set_attribute),
    (SetGeometry, _apply_set_geometry),
    (DeleteFeature, _apply_delete_feature),
    (AddFeature, _apply_add_feature),
    (AddField, _apply_add_field),
    (RemoveField, _apply_remove_field),
)


def apply_edit(layer, edit: Edit, undo: bool = False) -> tuple[Edit, list[EditRecord]]:
    """Apply ``edit`` to ``layer`` (a VectorLayer); return (inverse edit, log records).

    ``layer.data`` is replaced by a new GeoDataFrame (the old one is not
    touched, so a snapshot being saved in another thread stays valid).
    Raises :class:`EditError` when the edit does not fit the layer.
    """
    df = layer.data
    name = getattr(layer, "name_zh", "") or getattr(layer, "name_en", "")
    target = _Target(layer, df, df.geometry.name, name, _now(), edit, undo)
    for kind, applier in _APPLIERS:
        if isinstance(edit, kind):
            return applier(target, edit)
    raise EditError(f"unknown edit {type(edit).__name__}")


def _missing(v) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _py(v):
    """A cell value as a plain Python object (keeps Timestamps and geometries)."""
    if isinstance(v, np.generic):
        return v.item()
    if _missing(v) and not isinstance(v, str):
        return None
    return v
