"""Project files: one portable GeoPackage holding a whole GZMap project.

A GZMap project file is a GeoPackage (an SQLite database that GDAL and QGIS
open directly). Inside it:

* every vector layer is a GeoPackage feature table (WGS84, EPSG:4326) with its
  columns under their own names where SQLite allows it;
* ``gzmap_project`` (an attribute table, one row) holds the project
  description as JSON: schema version, layers in drawing order with names,
  styles (:meth:`gzmap.core.style.Style.to_dict`), provenance (including the
  parameters of analysis results), visibility and opacity, each column's
  pandas dtype (so a layer comes back exactly as it was), the view extent,
  the display datum and the language;
* ``gzmap_grids`` holds raster layers' value grids as ``.npy`` blobs;
* ``gzmap_edit_log`` holds the field-edit log, one row per change;
* other ``gzmap_*`` tables are plain tables the project carries as they are
  (``project.tables``: photos, a field copy's base state, open merge
  conflicts; see :mod:`gzmap.io.photos` and :mod:`gzmap.io.field_copy`).

Each layer describes itself (:meth:`gzmap.core.layer.Layer.to_description`, its
kind looked up by name in the registry of :mod:`gzmap.core.kinds`) and hands its
data to the file through a :class:`~gzmap.core.kinds.base.SavingStore`; a layer of a
kind this GZMap does not know is left out with a warning. Layer ids are saved and
kept on opening (an id given twice, or not an id, is replaced and the edit log
follows the layer).

Tile basemaps are linked, not copied (an MBTiles file can hold gigabytes): the
description keeps their path both absolute and relative to the project file,
so a project folder moved with its basemaps still finds them; a missing one
gives a warning and the rest of the project opens.

A project file may come from anyone, so on opening its description is checked
against :mod:`gzmap.io.project_schema` (types, ranges, depth, text lengths),
and a linked basemap is opened only inside the project's folder or the app's
own tile cache (:func:`gzmap.paths.tile_cache_dir`), or where the user
pointed to it (:mod:`gzmap.io.user_records`); a link that leads elsewhere is
not followed: the layer opens as "tiles missing" with a warning.

Saving is atomic: the file is written under a temporary name in the same
folder, flushed and fsync'ed, checked, and then renamed over the old file with
:func:`os.replace`. Whatever happens during a save (a crash, a full disk, a
killed process), the old file stays as it was until the new one is complete.

A save refuses to replace a read-only file, and a file changed on disk since
it was opened or saved (by another program or another GZMap) unless asked to
(``force=True``); the replaced file keeps its permissions.

Errors a user can act on raise :class:`ProjectError` with a one-line message.
"""

from __future__ import annotations

import datetime as _dt
import errno
import io
import json
import math
import os
import re
import secrets
import shutil
import sqlite3
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import Phrase
from gzmap.core.layer import is_layer_id
from gzmap.core.progress import report
from gzmap.io import project_schema
from gzmap.io.errors import first_line

__all__ = [
    "FILE_SUFFIX",
    "MIGRATIONS",
    "ProjectError",
    "check_save_target",
    "SCHEMA_VERSION",
    "SaveReport",
    "adopt_project",
    "is_project_file",
    "load_project",
    "migrate",
    "read_description",
    "save_project",
    "snapshot_project",
    "write_snapshot",
]

#: Project-file format version written by this build. Bump it when the
#: description changes shape, and add a migration from the previous version.
SCHEMA_VERSION = 1
FORMAT_NAME = "gzmap-project"
FILE_SUFFIX = ".gzmap.gpkg"
DESC_TABLE = "gzmap_project"
GRID_TABLE = "gzmap_grids"
LOG_TABLE = "gzmap_edit_log"
#: Names a carried plain table may have (``project.tables``); the project's own tables are not among them.
CARRIED_TABLE_RE = re.compile(r"^gzmap_[a-z][a-z0-9_]{0,40}$")
INDEX_COLUMN = "gzmap_index"
_RESERVED = {"fid", "geom", "geometry", INDEX_COLUMN}

#: Migrations of older descriptions: ``MIGRATIONS[n]`` turns a version-``n``
#: description (a dict) into a version ``n + 1`` one.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


class ProjectError(Exception):
    """A project file could not be read or written; the message is one line for the user.

    ``kind`` says what happened: 'missing', 'damaged', 'foreign', 'newer', 'invalid' (a field
    of the description is wrong), 'locked', 'changed' (changed on disk since opened),
    'read_only', 'disk_full', 'no_folder' (the folder to save in is missing) or 'other'.
    """

    def __init__(self, message: str, path=None, kind: str = "other", detail: str = ""):
        super().__init__(message)
        self.path = None if path is None else str(path)
        self.kind = kind
        self.detail = detail  # the technical reason (English), when the message leaves it out in some language

    def text(self, lang: str | None) -> str:
        """The message in ``lang`` (``str(err)`` is the English)."""
        from gzmap.io.errors import said

        return said(self, lang)


def _msg(source: str, **values) -> Phrase:
    """A project-file message (marked where it is written, context ProjectErrors) that says itself in any language."""
    return Phrase("ProjectErrors", source, **values)


def _error(source: str, where, kind: str, detail: str = "", /, **values) -> ProjectError:
    """A :class:`ProjectError` of ``kind`` about the file ``where`` whose message is ``source`` (marked)
    with ``values`` (which may name ``path`` and ``file`` too)."""
    return ProjectError(_msg(source, **values), where, kind=kind, detail=detail)


# -- snapshot (cheap, in the calling thread) ------------------------------------------


@dataclass
class Snapshot:
    """What a save writes: the description plus references to the layers' data.

    Taken in the GUI thread (fast: no copying of big frames, pandas frames are
    copy-on-write), written in any thread by :func:`write_snapshot`. Edits made
    meanwhile replace ``layer.data`` with new frames and do not touch these.
    """

    description: dict
    frames: dict[str, Any] = field(default_factory=dict)  # table -> GeoDataFrame to write
    grids: dict[str, np.ndarray] = field(default_factory=dict)  # key -> values
    edit_log: list[dict] = field(default_factory=list)
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)  # carried plain tables
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class SaveReport:
    path: str
    bytes: int
    seconds: float
    layers: int
    skipped: list[str] = field(default_factory=list)
    #: things that were cleaned before writing (e.g. a view extent that was not finite)
    warnings: list[str] = field(default_factory=list)


def _jsonable(obj, keep_nonfinite: bool = False):
    """A JSON-safe copy of ``obj``: numpy scalars to Python, NaN/inf to None (kept with
    ``keep_nonfinite``, for the edit log whose cells Python's JSON reads back as NaN/inf),
    tuples to lists, geometries to WKT, dates to ISO text; what is saved is then exactly
    what is loaded."""
    from gzmap.core.editing import json_value

    if isinstance(obj, dict):
        return {str(k): _jsonable(v, keep_nonfinite) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set)):
        return [_jsonable(v, keep_nonfinite) for v in obj]
    if isinstance(obj, np.ndarray):
        return [_jsonable(v, keep_nonfinite) for v in obj.tolist()]
    if isinstance(obj, Path):
        return str(obj)
    if obj is None or isinstance(obj, (bool, str)):
        return obj
    if isinstance(obj, int) and not isinstance(obj, bool):
        return obj
    if isinstance(obj, float):
        return obj if keep_nonfinite or math.isfinite(obj) else None
    out = json_value(obj)
    if isinstance(out, float) and not math.isfinite(out):
        return out if keep_nonfinite else None
    return out if isinstance(out, (str, int, float, bool)) or out is None else str(out)


def _slug(text: str) -> str:
    s = re.sub(r"[^A-Za-z0-9]+", "_", text or "").strip("_").lower()
    return s[:40] or "layer"


def _column_is_safe(name, taken: set[str]) -> bool:
    return (
        isinstance(name, str)
        and name.strip() == name
        and name != ""
        and len(name) <= 200
        and name.lower() not in _RESERVED
        and name.lower() not in taken
        and not any(ord(ch) < 32 for ch in name)
        and '"' not in name
    )


def _encode_column(series: pd.Series) -> tuple[Any, dict]:
    """(values to write, description) for one column, choosing an exact encoding."""
    dtype = series.dtype
    desc: dict[str, Any] = {"dtype": str(dtype)}
    if isinstance(dtype, pd.CategoricalDtype):
        cats = list(dtype.categories)
        desc.update(
            dtype="category",
            categories=_jsonable([_plain(c) for c in cats]),
            ordered=bool(dtype.ordered),
            categories_dtype=str(dtype.categories.dtype),
        )
        codes = series.cat.codes.to_numpy()
        inner, inner_desc = _encode_column(
            pd.Series(np.asarray(series.astype(object)), index=series.index, dtype=object).where(codes >= 0, None)
        )
        desc["inner"] = inner_desc
        return inner, desc
    if hasattr(dtype, "kind") and getattr(dtype, "name", "") == "geometry":
        desc["encoding"] = "wkb"
        return pd.Series([None if g is None else g.wkb_hex for g in series], index=series.index, dtype=object), desc
    if pd.api.types.is_datetime64_any_dtype(dtype):
        desc["encoding"] = "iso"
        values = [None if pd.isna(v) else v.isoformat() for v in series]
        return pd.Series(values, index=series.index, dtype=object), desc
    if pd.api.types.is_timedelta64_dtype(dtype):
        desc["encoding"] = "ns"
        return pd.Series(series.to_numpy(dtype="m8[ns]").astype(np.int64), index=series.index).where(
            series.notna(), None
        ), desc
    if isinstance(dtype, pd.PeriodDtype) or isinstance(dtype, pd.IntervalDtype) or pd.api.types.is_complex_dtype(dtype):
        desc["encoding"] = "str"
        desc["lossy"] = True
        return series.astype(str), desc
    if pd.api.types.is_object_dtype(dtype):
        nonnull = [v for v in series if v is not None and not (isinstance(v, float) and math.isnan(v))]
        has_nan = len(nonnull) + sum(v is None for v in series) < len(series)
        if all(isinstance(v, str) for v in nonnull) and not has_nan:  # text; missing cells are None
            return series, desc
        desc["encoding"] = "json"
        values = []
        for v in series:
            try:
                values.append(None if v is None else json.dumps(_tagged(v), ensure_ascii=False, allow_nan=True))
            except (TypeError, ValueError):
                desc["lossy"] = True
                values.append(json.dumps(str(v), ensure_ascii=False))
        return pd.Series(values, index=series.index, dtype=object), desc
    return series, desc


def _tagged(v):
    """JSON for one object-column cell that keeps Python's int/float/str/bool apart."""
    if isinstance(v, (np.generic,)):
        v = v.item()
    if isinstance(v, float) and not math.isfinite(v):
        return {"$float": repr(v)}
    if isinstance(v, (pd.Timestamp, _dt.datetime)):
        return {"$ts": pd.Timestamp(v).isoformat()}
    if hasattr(v, "wkb_hex"):
        return {"$wkb": v.wkb_hex}
    if isinstance(v, (list, tuple)):
        return {"$list": [_tagged(x) for x in v]}
    if isinstance(v, dict):
        return {"$dict": [[_tagged(k), _tagged(x)] for k, x in v.items()]}
    if isinstance(v, (str, bool, int, float)) or v is None:
        return v
    raise TypeError(type(v).__name__)


def _untagged(v):
    if isinstance(v, dict):
        if "$float" in v:
            return float(v["$float"])
        if "$ts" in v:
            return pd.Timestamp(v["$ts"])
        if "$wkb" in v:
            import shapely

            return shapely.from_wkb(v["$wkb"])
        if "$list" in v:
            return [_untagged(x) for x in v["$list"]]
        if "$dict" in v:
            return {_untagged(k): _untagged(x) for k, x in v["$dict"]}
    return v


def _plain(v):
    return v.item() if isinstance(v, np.generic) else v


def _decode_column(values: pd.Series, desc: dict) -> pd.Series:
    """Inverse of :func:`_encode_column`."""
    dtype = desc.get("dtype", "object")
    if dtype == "category":
        inner = _decode_column(values, desc.get("inner", {"dtype": "object"}))
        cats = desc.get("categories", [])
        cat_dtype_name = desc.get("categories_dtype")
        try:
            cat_index = pd.Index(cats, dtype=cat_dtype_name) if cat_dtype_name else pd.Index(cats)
        except (TypeError, ValueError):
            cat_index = pd.Index(cats)
        inner = inner.astype(object).where(inner.notna(), None)
        if len(cat_index) and cat_index.dtype != object:
            try:
                inner = inner.astype(cat_index.dtype)
            except (TypeError, ValueError):
                pass
        return pd.Series(
            pd.Categorical(inner, categories=cat_index, ordered=desc.get("ordered", False)), index=values.index
        )
    enc = desc.get("encoding")
    if enc == "wkb":
        import geopandas as gpd
        import shapely

        geoms = [
            None if (v is None or (isinstance(v, float) and math.isnan(v))) else shapely.from_wkb(v) for v in values
        ]
        return gpd.GeoSeries(geoms, index=values.index, crs=None)
    if enc == "iso":
        parsed = pd.to_datetime(
            values.astype(object).where(values.notna(), None), format="ISO8601", utc="UTC" in dtype or "+" in dtype
        )
        try:
            return parsed.astype(dtype)
        except (TypeError, ValueError):
            if "UTC" in dtype or "," in dtype:
                tz = dtype.split(",", 1)[1].strip(" ]") if "," in dtype else "UTC"
                return parsed.dt.tz_convert(tz).astype(dtype)
            raise
    if enc == "ns":
        out = pd.to_timedelta(pd.to_numeric(values), unit="ns")
        return out.astype(dtype)
    if enc == "json":
        return pd.Series(
            [
                None if (v is None or (isinstance(v, float) and math.isnan(v))) else _untagged(json.loads(v))
                for v in values
            ],
            index=values.index,
            dtype=object,
        )
    if enc == "str":
        return values
    if dtype == "object":
        out = values.astype(object)
        return out.where(out.notna(), None) if out.isna().any() else out
    return values.astype(dtype)


def _layer_common(layer) -> dict:
    return {
        "id": layer.id,
        "kind": layer.kind,
        "class": type(layer).__name__,
        "name_zh": layer.name_zh,
        "name_en": layer.name_en,
        "source": layer.source,
        "source_datum": layer.source_datum,
        "provenance": _jsonable(layer.provenance),
        "style": _jsonable(layer.style.to_dict()),
        "visible": bool(layer.visible),
        "opacity": float(layer.opacity),
        "filter": None if layer.filter is None else _jsonable(layer.filter.to_dict()),
    }


class _SavingStore:
    """The project file being written, as the :class:`~gzmap.core.kinds.base.SavingStore` layer kinds save into.

    ``position`` is the layer's place in the project (it names its table and grid, as files always had).
    """

    def __init__(self, snap: Snapshot, base: Path | None):
        self.snap = snap
        self.base = base
        self.position = 0
        self._identifiers: set[str] = set()

    def put_frame(self, gdf, name: str, title: str | None = None) -> dict:
        table = f"layer{self.position:02d}_{_slug(name)}"
        frame, fields = _encode_frame(gdf, name)
        ident = title or name or table
        while ident in self._identifiers:
            ident += "'"
        self._identifiers.add(ident)
        self.snap.frames[table] = (frame, ident)
        return dict(fields, table=table)

    def put_array(self, values: np.ndarray) -> str:
        key = f"grid{self.position:02d}"
        while key in self.snap.grids:
            key += "_"
        self.snap.grids[key] = np.asarray(values)
        return key

    def link_out(self, path: str) -> dict:
        absolute = Path(path).resolve()
        out = {"path": str(absolute)}
        if self.base is not None:
            try:
                out["relative_path"] = os.path.relpath(absolute, self.base)
            except ValueError:  # another drive on Windows
                pass
        return out

    def warn(self, message: str) -> None:
        self.snap.warnings.append(message)


def _encode_frame(gdf, name: str) -> tuple[Any, dict]:
    """(GeoDataFrame to write, description fields) for a layer's features, every column encoded exactly."""
    import geopandas as gpd

    geom_name = gdf.geometry.name
    if gdf.columns.has_duplicates:
        dup = gdf.columns[gdf.columns.duplicated()][0]
        raise ProjectError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "ProjectErrors", "layer '{name}' has two columns named '{dup}'; rename one before saving"
                ),
                name=name,
                dup=dup,
            )
        )
    columns, out = [], {}
    taken: set[str] = set()
    for j, col in enumerate(gdf.columns):
        if col == geom_name:
            continue
        stored = col if _column_is_safe(col, taken) else f"gzmap_c{j}"
        taken.add(stored.lower())
        values, cdesc = _encode_column(gdf[col])
        cdesc.update(name=_plain(col), name_type=type(_plain(col)).__name__, stored=stored)
        columns.append(cdesc)
        out[stored] = values
    index = gdf.index
    if isinstance(index, pd.RangeIndex):
        idesc: dict[str, Any] = {
            "kind": "range",
            "start": int(index.start),
            "step": int(index.step),
            "name": _plain(index.name),
        }
    elif isinstance(index, pd.MultiIndex):
        raise ProjectError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "ProjectErrors",
                    "layer '{name}' has a multi-level row index, which a project file cannot hold; reset it first",
                ),
                name=name,
            )
        )
    else:
        values, idesc = _encode_column(pd.Series(index, index=index))
        idesc.update(kind="column", name=_plain(index.name))
        out[INDEX_COLUMN] = values
    frame = gpd.GeoDataFrame(
        {k: (v.to_numpy() if isinstance(v, pd.Series) else v) for k, v in out.items()},
        geometry=np.asarray(gdf.geometry.values),
        crs="EPSG:4326",
    )
    return frame, {
        "geometry_column": _plain(geom_name),
        "columns": columns,
        "index": idesc,
        "geometry_position": list(gdf.columns).index(geom_name),
        "rows": int(len(gdf)),
        "crs": "EPSG:4326",
    }


def snapshot_project(project, path=None) -> Snapshot:
    """The description and data references of ``project``, ready to write.

    ``path`` is where the file will go (linked files are stored relative to it).
    Fast: runs in the GUI thread so that the write can go to a worker. Each layer
    describes itself (:meth:`~gzmap.core.layer.Layer.to_description`); a layer of a
    kind that is not registered is left out and named in ``skipped``.
    """
    from gzmap.core.editing import edit_log
    from gzmap.core.layer import kind_class

    snap = Snapshot(description={})
    store = _SavingStore(snap, Path(path).resolve().parent if path else None)
    layers = []
    for i, layer in enumerate(project.layers):
        cls = kind_class(layer.kind)
        if cls is None or not isinstance(layer, cls):
            snap.skipped.append(f"{layer.name_en} ({layer.kind})")
            continue
        store.position = i
        d = _layer_common(layer)
        d.update(_jsonable(layer.to_description(store)))
        layers.append(d)
    snap.edit_log = _jsonable(edit_log(project).to_list(), keep_nonfinite=True)
    snap.tables = carried_tables(project)
    view = None
    if project.view_extent is not None:
        view = project_schema.finite_box(project.view_extent)
        if view is None:
            snap.warnings.append(
                f"the view extent {project.view_extent} is not 4 finite numbers; "
                "saved without a view (the project opens showing all layers)"
            )
    snap.description = {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "app_version": _app_version(),
        "saved_at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "title": project.title,
        "display_datum": project.display_datum,
        "language": project.language,
        "view_extent": list(view) if view else None,
        "metadata": _jsonable(getattr(project, "metadata", None) or {}),
        "layers": layers,
        "edit_log_rows": len(snap.edit_log),
        "tables": [{"name": k, "rows": len(v)} for k, v in snap.tables.items()],
    }
    return snap


def carried_tables(project) -> dict[str, pd.DataFrame]:
    """The plain tables ``project`` carries (``project.tables``) that a file can hold: a name that
    matches :data:`CARRIED_TABLE_RE` and is not one of the project's own tables, and at least one column and one row (an empty one is left out)."""
    own = {DESC_TABLE, GRID_TABLE, LOG_TABLE}
    tables = getattr(project, "tables", None) or {}
    return {
        k: v
        for k, v in tables.items()
        if isinstance(k, str) and CARRIED_TABLE_RE.match(k) and k not in own and len(v.columns) and len(v)
    }


def _app_version() -> str:
    from gzmap import __version__

    return __version__


# -- writing -------------------------------------------------------------------------

_TMP_RE = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]+\.tmp(\.gpkg)?(-journal|-wal|-shm)?$")


def _cleanup_stale_temps(folder: Path, name: str | None = None) -> None:
    """Remove temporary files of saves that were killed (their process is gone).

    With ``name``, only those of saves to that file name; without, all in ``folder``
    (the recovery folder, where every session autosaves under a new name).
    """
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for p in entries:
        m = _TMP_RE.match(p.name)
        if not m or (name is not None and m.group("name") != name):
            continue
        pid = int(m.group("pid"))
        alive = pid == os.getpid() or _pid_alive(pid)
        if not alive:
            try:
                p.unlink()
            except OSError:
                pass


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError, ValueError):  # gone, or no pid at all (a crafted name)
        return False
    except (PermissionError, OSError):
        return True
    return True


def _fsync_path(path: Path, directory: bool = False) -> None:
    if directory and os.name == "nt":
        return
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    fd = os.open(path, flags)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_LOCKED_TEXTS = ("database is locked", "database table is locked", "being used by another process", "locked by another")


def _is_locked(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(s in text for s in _LOCKED_TEXTS)


def _classify(exc: BaseException) -> str:
    """'disk_full', 'read_only', 'locked' or 'other' for an error raised while writing."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
        return "disk_full"
    text = str(exc).lower()
    if _is_locked(exc):
        return "locked"
    if isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "read_only"
    if any(
        s in text
        for s in ("disk is full", "no space left", "file too large", "disk full", "quota", "database or disk is full")
    ):
        return "disk_full"
    if any(s in text for s in ("permission denied", "read-only", "readonly", "access is denied", "not permitted")):
        return "read_only"
    return "other"


def _save_error(exc: BaseException, path: Path, existed: bool, low_space: bool = False) -> ProjectError:
    kind = _classify(exc)
    if kind == "other" and low_space:  # e.g. GDAL's "sqlite3_exec(ROLLBACK) failed" after the disk filled up
        kind = "disk_full"
    keep = _msg(QT_TRANSLATE_NOOP("ProjectErrors", " The previous file is unchanged.")) if existed else ""
    values = {"file": path.name, "folder": str(path.parent), "keep": keep}
    if kind == "locked":
        msg = _msg(
            QT_TRANSLATE_NOOP(
                "ProjectErrors",
                "Cannot save {file}: the file is locked by another program (another GZMap or a GIS)."
                "{keep} Close it there and save again, or use Save As.",
            ),
            **values,
        )
    elif kind == "disk_full":
        msg = _msg(
            QT_TRANSLATE_NOOP(
                "ProjectErrors",
                "Cannot save {file}: the disk is full in {folder}.{keep} Free some space or save elsewhere.",
            ),
            **values,
        )
    elif kind == "read_only":
        msg = _msg(
            QT_TRANSLATE_NOOP(
                "ProjectErrors",
                "Cannot save {file}: the folder {folder} is read-only or you may not write there."
                "{keep} Use Save As to choose another folder.",
            ),
            **values,
        )
    else:
        msg = _msg(
            QT_TRANSLATE_NOOP("ProjectErrors", "Cannot save {file}: {reason}.{keep}"), reason=first_line(exc), **values
        )
    return ProjectError(msg, path, kind=kind, detail=first_line(exc))


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def write_snapshot(snap: Snapshot, path, progress=None) -> SaveReport:
    """Write ``snap`` to ``path`` atomically (temp file in the same folder, fsync, rename).

    Raises :class:`ProjectError` (with ``.kind`` 'disk_full', 'read_only' or
    'other'); the file at ``path`` is then untouched.
    """
    t0 = time.perf_counter()
    path = Path(path).absolute()
    folder = path.parent
    existed = path.exists()
    check_save_target(path)
    _cleanup_stale_temps(folder, path.name)
    old_mode = stat.S_IMODE(path.stat().st_mode) if existed else None
    tmp = folder / f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp.gpkg"
    try:
        _reserve(tmp)
        _write_tables(snap, tmp, progress)
        report(progress, 0.9, "checking")
        _flush_to_disk(tmp)
        _check_written(tmp, snap)
        _replace_with(tmp, path, old_mode)
    except ProjectError:
        _remove_quietly(tmp)
        raise
    except BaseException as exc:
        free = _free_bytes(folder)  # before the temporary file is removed
        _remove_quietly(tmp)
        if isinstance(exc, (KeyboardInterrupt, SystemExit)) or type(exc).__name__ == "Cancelled":
            raise
        raise _save_error(exc, path, existed, low_space=free is not None and free < 2**20) from exc
    report(progress, 1.0, "saved")
    return SaveReport(
        str(path),
        path.stat().st_size,
        time.perf_counter() - t0,
        len(snap.description.get("layers", [])),
        list(snap.skipped),
        list(snap.warnings),
    )


def check_save_target(path: Path) -> None:
    """Raise :class:`ProjectError` when ``path``'s folder is missing or ``path`` is a folder."""
    folder = path.parent
    if not folder.is_dir():
        no_folder = QT_TRANSLATE_NOOP("ProjectErrors", "Cannot save {file}: the folder {folder} does not exist.")
        raise _error(no_folder, path, "no_folder", file=path.name, folder=str(folder))
    if path.is_dir():
        raise ProjectError(
            _msg(QT_TRANSLATE_NOOP("ProjectErrors", "Cannot save: {path} is a folder."), path=str(path)), path
        )


def _reserve(tmp: Path) -> None:
    """Reserve the temporary name and find out early whether the folder is writable."""
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    os.close(fd)
    os.unlink(tmp)


def _write_tables(snap: Snapshot, tmp: Path, progress=None) -> None:
    """Write the description, each layer's table, the raster grids and the edit log into ``tmp``."""
    import pyogrio

    report(progress, 0.02, "description")
    pyogrio.write_dataframe(
        _description_table(snap.description),
        tmp,
        layer=DESC_TABLE,
        driver="GPKG",
        dataset_options={"VERSION": "1.2"},
        layer_options={"IDENTIFIER": "GZMap project", "DESCRIPTION": "GZMap project description (JSON)"},
    )
    n = max(len(snap.frames), 1)
    for k, (table, (frame, ident)) in enumerate(snap.frames.items()):
        report(progress, 0.05 + 0.8 * k / n, table)
        pyogrio.write_dataframe(
            frame,
            tmp,
            layer=table,
            driver="GPKG",
            use_arrow=True,
            promote_to_multi=False,
            geometry_type="Unknown",
            layer_options={"IDENTIFIER": ident},
        )
    if snap.grids:
        _write_plain_table(_grid_table(snap.grids), tmp, GRID_TABLE, "GZMap raster grids")
    if snap.edit_log:
        _write_plain_table(_edit_log_table(snap.edit_log), tmp, LOG_TABLE, "GZMap edit log")
    for name, frame in snap.tables.items():
        _write_plain_table(frame, tmp, name, name)


def _description_table(description: dict) -> pd.DataFrame:
    """The one-row table holding the project description as JSON, with its version and time."""
    return pd.DataFrame(
        {
            "schema_version": [int(description["schema_version"])],
            "format": [FORMAT_NAME],
            "app_version": [description.get("app_version", "")],
            "saved_at": [description.get("saved_at", "")],
            "description": [json.dumps(description, ensure_ascii=False, allow_nan=False)],
        }
    )


def _flush_to_disk(tmp: Path) -> None:
    with open(tmp, "rb+") as fh:
        fh.flush()
        os.fsync(fh.fileno())


def _write_plain_table(frame: pd.DataFrame, tmp: Path, layer: str, ident: str) -> None:
    """Write a table without geometry (grids, edit log) as ``layer`` of ``tmp``."""
    import pyogrio

    pyogrio.write_dataframe(frame, tmp, layer=layer, driver="GPKG", use_arrow=True, layer_options={"IDENTIFIER": ident})


def _replace_with(tmp: Path, path: Path, old_mode: int | None) -> None:
    """Rename the written ``tmp`` over ``path`` (keeping the replaced file's permissions) and sync the folder."""
    if old_mode is not None:
        os.chmod(tmp, old_mode)
    os.replace(tmp, path)
    try:
        _fsync_path(path.parent, directory=True)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename itself is done


def _grid_table(grids: dict[str, np.ndarray]) -> pd.DataFrame:
    """The raster grids as (key, .npy blob) rows."""
    blobs = []
    for key, values in grids.items():
        buf = io.BytesIO()
        np.save(buf, np.asarray(values), allow_pickle=False)
        blobs.append((key, buf.getvalue()))
    return pd.DataFrame({"key": [k for k, _ in blobs], "npy": [b for _, b in blobs]})


def _edit_log_table(records: list[dict]) -> pd.DataFrame:
    """The edit log as rows; cells that may hold any value are JSON text."""

    def text(key: str) -> list[str]:
        return [json.dumps(r.get(key), ensure_ascii=False) for r in records]

    return pd.DataFrame(
        {
            "time": [r["time"] for r in records],
            "layer_id": [r["layer_id"] for r in records],
            "layer": [r.get("layer_name") or "" for r in records],
            "row_id": text("row_id"),
            "field": [r.get("field") or "" for r in records],
            "old_value": text("old"),
            "new_value": text("new"),
            "action": [r.get("action") or "" for r in records],
            "undo": [bool(r.get("undo")) for r in records],
        }
    )


def _remove_quietly(tmp: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            os.unlink(str(tmp) + suffix)
        except OSError:
            pass


def _check_written(tmp: Path, snap: Snapshot) -> None:
    """Re-open the temporary file and check it before it replaces the old one."""
    con = sqlite3.connect(f"file:{tmp}?mode=ro", uri=True)
    try:
        ok = con.execute("PRAGMA quick_check").fetchone()[0]
        if ok != "ok":
            raise ProjectError(f"the written file failed its check ({ok})")
        row = con.execute(f"SELECT description FROM {DESC_TABLE}").fetchone()
        if row is None or json.loads(row[0]).get("schema_version") != snap.description["schema_version"]:
            raise ProjectError("the written file has no project description")
        for table, (frame, _ident) in snap.frames.items():
            n = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            if n != len(frame):
                raise ProjectError(f"layer table {table} holds {n} rows instead of {len(frame)}")
        for table, frame in snap.tables.items():
            n = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            if n != len(frame):
                raise ProjectError(f"table {table} holds {n} rows instead of {len(frame)}")
    finally:
        con.close()


def file_stamp(path) -> tuple[str, int, int, int] | None:
    """(path, modification time in ns, size in bytes, inode) of a file, or None when it is not there."""
    path = Path(path).absolute()
    try:
        st = path.stat()
    except OSError:
        return None
    return str(path), st.st_mtime_ns, st.st_size, st.st_ino


def _check_replaceable(project, path: Path, force: bool) -> None:
    """Refuse to replace a read-only file, or one changed on disk since ``project`` read or wrote it."""
    try:
        st = path.stat()
    except OSError:
        return  # nothing to replace
    if not stat.S_ISREG(st.st_mode):
        return  # a folder etc.: write_snapshot says so
    no_write_bits = not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    # a file this user may not write, in a folder they may (a rename would replace it anyway);
    # a folder or disk that is read-only is reported by the write itself
    if no_write_bits or (not os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise ProjectError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "ProjectErrors",
                    "Cannot save {file}: the file is read-only; it was not changed. "
                    "Use Save As to save a copy, or make the file writable.",
                ),
                file=path.name,
            ),
            path,
            kind="read_only",
        )
    stamp = getattr(project, "file_stamp", None)
    if force or not stamp or stamp[0] != str(path):
        return
    now = file_stamp(path)
    if now is not None and tuple(now[1:]) != tuple(stamp[1:]):
        raise ProjectError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "ProjectErrors",
                    "Cannot save {file}: it was changed on disk since it was opened or saved "
                    "(by another program or another GZMap). Overwrite it, or save under another "
                    "name to keep both.",
                ),
                file=path.name,
            ),
            path,
            kind="changed",
        )


def save_project(project, path, progress=None, *, mark_saved: bool = True, force: bool = False) -> SaveReport:
    """Save ``project`` to ``path`` (one GeoPackage file), atomically.

    On success, with ``mark_saved`` (the default), ``project.path`` becomes
    ``path`` and the project is marked unmodified. Raises
    :class:`ProjectError` with a one-line message (disk full, read-only
    file or folder, ...); the previous file at ``path`` then stays intact.
    A file at ``path`` changed on disk since ``project`` was opened from it or
    saved to it raises a ProjectError of kind 'changed' unless ``force``.
    A view extent or basemap bounds that are not finite are left out with a
    warning in the report's ``warnings``.
    """
    path = Path(path).absolute()
    _check_replaceable(project, path, force)
    snap = snapshot_project(project, path)
    try:
        project_schema.validate(json.loads(json.dumps(snap.description, ensure_ascii=False)))
    except project_schema.Invalid as exc:  # never write a file this GZMap would refuse to open
        raise ProjectError(
            _msg(QT_TRANSLATE_NOOP("ProjectErrors", "Cannot save {file}: {reason}."), file=path.name, reason=str(exc)),
            path,
            kind="invalid",
        ) from exc
    except (TypeError, ValueError, RecursionError) as exc:
        raise ProjectError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "ProjectErrors", "Cannot save {file}: the project holds a value that cannot be saved ({reason})."
                ),
                file=path.name,
                reason=first_line(exc),
            ),
            path,
        ) from exc
    rep = write_snapshot(snap, path, progress=progress)
    if mark_saved:
        project.path = str(path)
        project.file_stamp = file_stamp(path)
        project.set_modified(False)
    return rep


# -- reading -------------------------------------------------------------------------


def _damaged(path: Path, reason: str) -> ProjectError:
    return ProjectError(
        _msg(
            QT_TRANSLATE_NOOP(
                "ProjectErrors",
                "{file} is damaged or not a complete GZMap project ({reason}); "
                "it was not changed. Open the last good copy or a recovery file.",
            ),
            file=path.name,
            reason=reason,
        ),
        path,
        kind="damaged",
        detail=reason,
    )


def _unreadable(path: Path, exc: BaseException) -> ProjectError:
    """The error for an SQLite failure while reading: locked, or damaged."""
    if _is_locked(exc):
        return ProjectError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "ProjectErrors", "{file} is locked by another program that is writing it; try again in a moment."
                ),
                file=path.name,
            ),
            path,
            kind="locked",
        )
    return _damaged(path, first_line(exc))


def _invalid(path: Path, exc: project_schema.Invalid) -> ProjectError:
    invalid = QT_TRANSLATE_NOOP("ProjectErrors", "{file}: {reason}; the file was not changed.")
    return _error(invalid, path, "invalid", str(exc), file=path.name, reason=str(exc))


def migrate(description: dict, path=None) -> dict:
    """Bring an older project description up to :data:`SCHEMA_VERSION` (or raise for a newer one)."""
    name = Path(path).name if path else "this project"
    version = description.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _damaged(Path(path or "project"), f"unknown format version {version!r}")
    if version > SCHEMA_VERSION:
        raise ProjectError(
            _msg(
                QT_TRANSLATE_NOOP(
                    "ProjectErrors",
                    "{file} was saved by a newer GZMap (project format {version}; this version reads up to "
                    "{supported}). Update GZMap to open it; the file was not changed.",
                ),
                file=name,
                version=version,
                supported=SCHEMA_VERSION,
            ),
            path,
            kind="newer",
        )
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ProjectError(f"{name}: no migration from project format {version}", path)
        description = step(dict(description))
        version += 1
        description["schema_version"] = version
    return description


def is_project_file(path) -> bool:
    """True when ``path`` is a GeoPackage holding a GZMap project description (any version)."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            if not fh.read(16).startswith(b"SQLite format 3"):
                return False
        con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return False
    try:
        return (
            con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (DESC_TABLE,)).fetchone()
            is not None
        )
    except sqlite3.Error:
        return False
    finally:
        con.close()


def read_description(path) -> dict:
    """The project description of the file at ``path`` (migrated to the current version).

    Raises :class:`ProjectError` for a missing, damaged, foreign or newer file.
    """
    path = Path(path)
    _check_project_file(path)
    version, text = _description_row(path)
    description = _parse_description(path, text)
    if isinstance(version, int) and version > SCHEMA_VERSION:
        saved = description.get("schema_version")
        description["schema_version"] = max(version, saved if isinstance(saved, int) else 0)
    description = migrate(description, path)
    try:
        return project_schema.validate(description)
    except project_schema.Invalid as exc:
        raise _invalid(path, exc) from exc


def _check_project_file(path: Path) -> None:
    """Raise :class:`ProjectError` unless ``path`` is a readable file that starts as SQLite does."""
    if not path.exists():
        raise _error(
            QT_TRANSLATE_NOOP("ProjectErrors", "{path}: no such project file"), path, "missing", path=str(path)
        )
    if path.is_dir():
        raise _error(
            QT_TRANSLATE_NOOP("ProjectErrors", "{path} is a folder, not a project file"), path, "other", path=str(path)
        )
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        reason = str(exc.strerror or exc)
        cannot = QT_TRANSLATE_NOOP("ProjectErrors", "Cannot read {file}: {reason}")
        raise _error(cannot, path, "other", reason, file=path.name, reason=reason) from exc
    if not head.startswith(b"SQLite format 3\x00"):
        foreign = QT_TRANSLATE_NOOP("ProjectErrors", "{file} is not a GZMap project file (not a GeoPackage)")
        raise _error(foreign, path, "foreign" if len(head) >= 100 else "damaged", file=path.name)


def _description_row(path: Path) -> tuple:
    """(schema version, description text) of the project table, read-only; damaged or foreign files raise."""
    try:
        con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _unreadable(path, exc) from exc
    try:
        check = con.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise _damaged(path, str(check[0][0]) if check else "failed check")
        has = con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name=?", (DESC_TABLE,)).fetchone()
        if not has:
            not_ours = QT_TRANSLATE_NOOP(
                "ProjectErrors",
                "{file} is a GeoPackage but not a GZMap project (no {table} table); "
                "add its layers with Open vector layer instead",
            )
            raise _error(not_ours, path, "foreign", file=path.name, table=DESC_TABLE)
        # GZMap never writes views; a crafted one (a recursive query) could hang GDAL's reader
        if con.execute("SELECT count(*) FROM sqlite_master WHERE type = 'view'").fetchone()[0]:
            raise _damaged(path, "it holds SQL views, which GZMap projects never have")
        row = con.execute(f"SELECT schema_version, description FROM {DESC_TABLE}").fetchone()
    except sqlite3.Error as exc:
        raise _unreadable(path, exc) from exc
    finally:
        con.close()
    if row is None:
        raise _damaged(path, "empty project description")
    return row[0], row[1]


def _parse_description(path: Path, text) -> dict:
    """The description (a dict of format :data:`FORMAT_NAME`) from the stored ``text`` (bytes or str)."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise _damaged(path, "the project description is not UTF-8 text") from None
    if not isinstance(text, str):
        raise _damaged(path, "the project description is not text")
    try:
        project_schema.check_json_text(text)
        description = json.loads(text)
    except project_schema.Invalid as exc:
        raise _invalid(path, exc) from exc
    except (ValueError, RecursionError) as exc:
        raise _damaged(path, f"unreadable project description: {first_line(exc)}") from exc
    if not isinstance(description, dict) or description.get("format") != FORMAT_NAME:
        raise _damaged(path, "not a GZMap project description")
    return description


def load_project(path, progress=None, *, located: dict[str, str] | None = None, links_from=None):
    """Open the project file at ``path``; returns a :class:`gzmap.core.project.Project`.

    The project comes back with ``path`` set, unmodified, its edit log in
    ``project.edit_log``, ``project.file_stamp`` (to notice a change on disk
    before the next save) and ``project.load_warnings`` (list of one-line
    messages, e.g. a basemap file that is no longer where it was, or that the
    file links outside its folder). Raises :class:`ProjectError` for a file
    that is missing, damaged, truncated, not a GZMap project, from a newer
    GZMap, or whose description has a wrong field (the message names it).

    ``located`` maps basemap links as written in the file to files the user
    chose for them (default: what :func:`gzmap.io.user_records.located_tiles`
    remembers for this project). ``links_from``: the project file whose folder
    the basemap links are relative to (default ``path``; a recovery file's
    links are relative to the project it recovers).
    """
    from gzmap.core.editing import EditLog
    from gzmap.core.project import Project

    path = Path(path)
    stamp = file_stamp(path)
    description = read_description(path)
    if located is None:
        from gzmap.io.user_records import located_tiles

        located = located_tiles(path)
    report(progress, 0.05, "description")
    warnings: list[str] = []
    project = Project(description.get("title") or "")
    store = _LoadingStore(path, warnings, located, Path(links_from) if links_from else path)
    id_map: dict[str, str] = {}
    for layer in _load_layers(store, description.get("layers") or [], id_map, progress):
        _check_style_fields(layer, warnings)
        project.add_layer(layer)
    log = EditLog()
    if description.get("edit_log_rows"):
        log = _load_edit_log(path, description["edit_log_rows"], id_map)
    project.edit_log = log
    project.tables = _load_tables(path, description.get("tables") or [])
    project.display_datum = description.get("display_datum") or project.display_datum
    project.language = description.get("language") or project.language
    if ext := description.get("view_extent"):  # four finite numbers: the schema checked them
        x0, y0, x1, y1 = (float(v) for v in ext)
        project.view_extent = (x0, y0, x1, y1)
    project.metadata = dict(description.get("metadata") or {})
    from gzmap.io.print_layouts import layout_warnings

    warnings.extend(layout_warnings(project))  # bad print-layout values fall back to defaults, named here
    project.load_warnings = warnings
    project.path = str(path.absolute())
    project.file_stamp = stamp
    project.set_modified(False)
    report(progress, 1.0, "opened")
    return project


def _load_layers(store: _LoadingStore, descriptions: list[dict], id_map: dict[str, str], progress=None):
    """The layers of the file, in order. Each keeps the id saved with it when that id is valid and the
    first of its kind in the file, else gets a new one; ``id_map`` gets ``saved id -> id`` for the edit log."""
    path = store.path
    for k, d in enumerate(descriptions):
        report(progress, 0.05 + 0.85 * k / max(len(descriptions), 1), d.get("name_en") or "")
        try:
            layer = _load_layer(store, d)
        except ProjectError:
            raise
        except Exception as exc:  # a table that GDAL cannot read: the file is damaged
            raise _damaged(path, f"layer '{d.get('name_en') or d.get('table')}': {first_line(exc)}") from exc
        if layer is None:
            continue
        saved = d.get("id")
        if is_layer_id(saved) and saved not in id_map.values():
            layer.id = saved
        if isinstance(saved, str) and saved not in id_map:
            id_map[saved] = layer.id
        yield layer


def _load_edit_log(path: Path, rows: int, id_map: dict[str, str]):
    import pyogrio

    from gzmap.core.editing import EditLog
    from gzmap.core.editing import EditRecord

    _check_real_table(path, LOG_TABLE)
    try:
        df = pyogrio.read_dataframe(path, layer=LOG_TABLE, use_arrow=True)
    except Exception as exc:
        raise _damaged(path, f"edit log: {first_line(exc)}") from exc
    if len(df) != rows:
        raise _damaged(path, f"edit log holds {len(df)} rows instead of {rows}")
    try:
        log = EditLog(
            [
                EditRecord(
                    time=r.time,
                    layer_id=r.layer_id,
                    layer_name=r.layer,
                    row_id=json.loads(r.row_id),
                    field=r.field,
                    old=json.loads(r.old_value),
                    new=json.loads(r.new_value),
                    action=r.action,
                    undo=bool(r.undo),
                )
                for r in df.itertuples(index=False)
            ]
        )
        log.rename_layers(id_map)
    except Exception as exc:  # cells of the wrong type, JSON that does not parse or nests too deep
        raise _damaged(path, f"edit log: {first_line(exc)}") from exc
    return log


def _load_tables(path: Path, listed: list[dict]) -> dict[str, pd.DataFrame]:
    """The carried plain tables the description lists (name and row count; the schema checked both)."""
    import pyogrio

    out: dict[str, pd.DataFrame] = {}
    for item in listed:
        name = item["name"]
        if name in (DESC_TABLE, GRID_TABLE, LOG_TABLE) or name in out:
            continue
        _check_real_table(path, name)
        try:
            df = pyogrio.read_dataframe(path, layer=name, use_arrow=True, read_geometry=False, fid_as_index=False)
        except Exception as exc:
            raise _damaged(path, f"table {name}: {first_line(exc)}") from exc
        if len(df) != item.get("rows", len(df)):
            raise _damaged(path, f"table {name} holds {len(df)} rows instead of {item['rows']}")
        out[name] = pd.DataFrame(df)
    return out


def _check_real_table(path: Path, table: str) -> None:
    """Raise unless ``table`` is a plain table of the file (GDAL then reads only its rows)."""
    try:
        con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise _unreadable(path, exc) from exc
    if row is None or not isinstance(row[0], str) or row[0].lstrip().upper().startswith("CREATE VIRTUAL"):
        raise _damaged(path, f"table {table[:80]} is missing")


def _check_style_fields(layer, warnings: list[str]) -> None:
    """A warning naming the layer and the field for each style or label field its table cannot serve
    (missing, empty, wrong type: :func:`gzmap.core.style_check.checked_style`). The style is kept as
    saved (a later column may serve it); exports draw such a layer plain (``plain_where_unusable``)."""
    from gzmap.core.style_check import layer_style_problems

    warnings.extend(layer_style_problems(layer)[1])


def _style_or_plain(d: dict, warnings: list[str]):
    """The layer's style, or a plain one with a warning when the saved style cannot be used."""
    from gzmap.core.style import SingleStyle
    from gzmap.core.style import style_from_dict

    try:
        return style_from_dict(d.get("style") or {})
    except Exception as exc:  # StyleError naming the field, or anything a crafted style provokes
        reason = first_line(exc) if isinstance(exc, ValueError) else "not a style GZMap can use"
        warnings.append(
            f"layer '{_layer_name(d)}': its style could not be read ({reason[:200]}); a plain style is used"
        )
        return SingleStyle()


def _layer_name(d: dict) -> str:
    return str(d.get("name_zh") or d.get("name_en") or d.get("table") or "?")[:80]


class _LoadingStore:
    """The project file being opened, as the :class:`~gzmap.core.kinds.base.LoadingStore` layer kinds load from.

    ``links_from``: the project file whose folder links are relative to; ``located``: links the user
    pointed to files (see :func:`load_project`).
    """

    def __init__(self, path: Path, warnings: list[str], located: dict[str, str], links_from: Path):
        self.path = path
        self.warnings = warnings
        self.located = located
        self.links_from = links_from

    def get_frame(self, d: dict):
        return _decode_frame(self.path, d)

    def get_array(self, key: str) -> np.ndarray:
        import pyogrio

        _check_real_table(self.path, GRID_TABLE)
        blobs = pyogrio.read_dataframe(self.path, layer=GRID_TABLE, use_arrow=True)
        match = blobs[blobs["key"] == key]
        if match.empty:
            raise _damaged(self.path, f"raster grid {key} is missing")
        return _load_npy(self.path, bytes(match["npy"].iloc[0]), key)

    def link_in(self, link: dict, label: str) -> str | None:
        """The file a saved link leads to, found inside the allowed folders (or where the user
        located it); else None with a warning that starts with ``label``."""
        texts = [t for t in (link.get("relative_path"), link.get("path")) if isinstance(t, str) and t]
        for text in texts:
            target = _safe_target(text, self.links_from)
            if target is not None and target.exists():
                return str(target)
        for text in texts:
            chosen = self.located.get(text)
            if chosen and Path(chosen).exists():
                return str(Path(chosen))
        shown = (texts[0] if texts else "(none)")[:200]
        if texts and all(_safe_target(t, self.links_from) is None for t in texts):
            self.warn(
                f"{label}: its file {shown} is outside the project's folder, so it was not "
                "opened; the layer shows nothing until you locate the file (Locate…)"
            )
        else:
            self.warn(
                f"{label}: file {shown} was not found; the layer is kept but shows nothing "
                "until the file is back (or located with Locate…)"
            )
        return None

    def warn(self, message: str) -> None:
        self.warnings.append(message)


def _decode_frame(path: Path, d: dict):
    """The GeoDataFrame of a vector layer's table, exactly as it was saved (see :func:`_encode_frame`)."""
    import geopandas as gpd
    import pyogrio

    table = d["table"]
    _check_real_table(path, table)
    raw = pyogrio.read_dataframe(path, layer=table, use_arrow=True)
    if len(raw) != d.get("rows", len(raw)):
        raise _damaged(path, f"layer table {table} holds {len(raw)} rows instead of {d['rows']}")
    data = {}
    for c in d.get("columns", []):
        stored = c["stored"]
        if stored not in raw.columns:
            raise _damaged(path, f"layer table {table} lacks column {stored}")
        name = c["name"]
        if c.get("name_type") == "int":
            name = int(name)
        elif c.get("name_type") == "float":
            name = float(name)
        data[name] = _decode_column(raw[stored].reset_index(drop=True), c)
    n = len(raw)
    geom_name = d.get("geometry_column") or "geometry"
    frame = pd.DataFrame(index=pd.RangeIndex(n))
    for k, v in data.items():
        frame[k] = v
    frame[geom_name] = gpd.GeoSeries(raw.geometry.values, crs="EPSG:4326", index=frame.index)
    order = list(data)
    pos = d.get("geometry_position")
    pos = len(order) if pos is None else int(pos)
    frame = frame[order[:pos] + [geom_name] + order[pos:]]
    gdf = gpd.GeoDataFrame(frame, geometry=geom_name, crs="EPSG:4326")
    gdf.index = _decode_index(raw, d.get("index", {"kind": "range", "start": 0, "step": 1}))
    return gdf


def _decode_index(raw, idesc: dict):
    if idesc.get("kind") == "range":
        start, step = int(idesc.get("start", 0)), int(idesc.get("step", 1))
        return pd.RangeIndex(start, start + step * len(raw), step, name=idesc.get("name"))
    return pd.Index(_decode_column(raw[INDEX_COLUMN].reset_index(drop=True), idesc)).rename(idesc.get("name"))


def _load_layer(store: _LoadingStore, d: dict):
    """The layer described by ``d`` (through its kind's ``from_description``), or None with a warning
    for a kind this GZMap does not know."""
    from gzmap.core.layer import kind_class

    cls = kind_class(d.get("kind"))
    if cls is None:
        store.warn(
            f"layer '{_layer_name(d)}' is of a kind this GZMap does not know ({str(d.get('kind'))[:40]}); left out"
        )
        return None
    common = dict(
        source=d.get("source") or "",
        source_datum=d.get("source_datum") or "wgs84",
        provenance=d.get("provenance") or {},
        style=_style_or_plain(d, store.warnings),
        visible=bool(d.get("visible", True)),
        opacity=float(d.get("opacity", 1.0)),
        layer_filter=_layer_filter(store, d),
    )
    layer = cls.from_description(d, store, common)
    layer.shown_mask()
    problem = getattr(layer, "filter_problem", None)
    if problem is not None:
        store.warn(f"layer '{_layer_name(d)}': its filter does not fit the data ({problem}); all shown")
    return layer


def _layer_filter(store: _LoadingStore, d: dict):
    """The layer's saved filter (checked: a project may come from anyone); a crafted one refuses the file
    with one line naming the layer."""
    from gzmap.core.layer_filter import LayerFilter
    from gzmap.core.layer_filter import LayerFilterError

    try:
        return LayerFilter.from_dict(d.get("filter"))
    except LayerFilterError as exc:
        raise ProjectError(
            _msg(
                QT_TRANSLATE_NOOP("ProjectErrors", "{file}: layer '{layer}': {reason}; the file was not changed."),
                file=store.path.name,
                layer=_layer_name(d),
                reason=str(exc),
            ),
            store.path,
            kind="invalid",
            detail=str(exc),
        ) from None


def _load_npy(path: Path, blob: bytes, key: str) -> np.ndarray:
    """A raster grid from its ``.npy`` blob, refusing a header that claims more values than the blob holds."""
    buf = io.BytesIO(blob)
    try:
        version = np.lib.format.read_magic(buf)
        shape, _fortran, dtype = (
            np.lib.format.read_array_header_1_0(buf) if version == (1, 0) else np.lib.format.read_array_header_2_0(buf)
        )
    except Exception as exc:
        raise _damaged(path, f"raster grid {key}: {first_line(exc)}") from exc
    if dtype.hasobject or len(shape) != 2 or math.prod(shape) * dtype.itemsize > len(blob):
        raise _damaged(path, f"raster grid {key} does not hold the grid its header describes")
    return np.load(io.BytesIO(blob), allow_pickle=False)


# -- basemap links: only inside the project's folder or the app's tile cache ------------------------


def _tile_roots(project_path: Path) -> list[Path]:
    """Folders a project's basemap links may lead into: the project's folder and the app's tile cache,
    each as written and with links resolved."""
    from gzmap.paths import tile_cache_dir

    roots = [Path(os.path.normpath(project_path.absolute().parent)), Path(os.path.normpath(tile_cache_dir()))]
    return roots + [r.resolve() for r in roots]


def _within(p: Path, roots: list[Path]) -> bool:
    return any(p == r or r in p.parents for r in roots)


def _safe_target(link, project_path: Path) -> Path | None:
    """Where a link written in a project file leads, or None when it leads outside the project's
    folder and the app's tile cache. A link that escapes as written ('..', another absolute path)
    is decided on its text alone; only a link inside those folders is resolved (symbolic links)."""
    if not isinstance(link, str) or not link or "\x00" in link:
        return None
    roots = _tile_roots(project_path)
    p = Path(link)
    if not p.is_absolute():
        p = roots[0] / p
    lexical = Path(os.path.normpath(p))
    if not _within(lexical, roots):
        return None
    real = lexical.resolve()
    return real if _within(real, roots[len(roots) // 2 :]) else None


def adopt_project(target, source) -> None:
    """Make ``target`` (the project the window shows) hold ``source``'s layers and state.

    The window's widgets stay bound to ``target``; its layers are replaced by
    ``source``'s in order, and title, path, datum, language, view, edit log and
    load warnings are copied. ``target`` ends unmodified.
    """
    from gzmap.core.editing import EditLog

    for layer in target.layers:
        target.remove_layer(layer)
    for layer in source.layers:
        source.remove_layer(layer)
        target.add_layer(layer)
    target.title = source.title
    target.display_datum = source.display_datum
    target.language = source.language
    target.view_extent = source.view_extent
    target.edit_log = getattr(source, "edit_log", None) or EditLog()
    target.metadata = dict(getattr(source, "metadata", {}) or {})
    target.tables = dict(getattr(source, "tables", {}) or {})
    target.load_warnings = list(getattr(source, "load_warnings", []) or [])
    target.path = source.path
    target.file_stamp = getattr(source, "file_stamp", None)
    target.set_modified(True)  # make sure listeners see a change of state...
    target.set_modified(bool(source.modified))
