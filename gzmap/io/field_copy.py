"""Field copies: a self-contained part of a project that one surveyor takes out, offline.

:func:`field_copy` cuts the master project to an area (a district such as
天河, a box of WGS84 degrees, or a polygon), copies the offline basemap tiles of
that area and zoom range into a new MBTiles file beside the copy, and stores
in the copy the *base* state of each editable layer (:mod:`gzmap.io.field_state`)
with a record of the master it came from: the master's project id and its
*revision* (how many merges it has taken). The master records every copy it
made, so :mod:`gzmap.io.field_merge` can refuse a copy from another project
or one whose base is not in the master's history.

Before the first copy, every editable layer of the master gets stable feature
ids (:data:`~gzmap.core.feature_uids.UID_COLUMN`), saved in the master first:
a copy never holds an id its master does not know.

Coordinates are WGS84 longitude/latitude degrees; tile zooms are Web Mercator
zoom levels. Pure: no Qt.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import secrets
import sqlite3
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

import pandas as pd

from gzmap.core.editing import EditRecord
from gzmap.core.editing import edit_log
from gzmap.core.feature_uids import UID_COLUMN
from gzmap.core.feature_uids import is_uid
from gzmap.core.feature_uids import new_uid
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate
from gzmap.core.progress import report
from gzmap.core.progress import sub_progress

__all__ = [
    "COPY_META",
    "CopyJob",
    "CopyReport",
    "FieldWorkError",
    "MASTER_META",
    "editable_layers",
    "ensure_uids",
    "field_copy",
    "field_work_record",
    "forget_copy",
    "prepare_copy",
    "resolve_area",
    "write_copy",
]

#: Key of the master's record in ``project.metadata``: project id, revision, the copies it made.
MASTER_META = "field_work"
#: Key of a copy's record in its ``project.metadata``: master id, copy id, base revision, surveyor, area.
COPY_META = "field_copy"
#: Margin around the area for basemap tiles, degrees (covers the ~500 m GCJ-02 offset of Amap-style tiles).
TILE_MARGIN_DEG = 0.01

MESSAGES = {
    "no_area": QT_TRANSLATE_NOOP(
        "FieldWork",
        "no area '{area}': give a Guangzhou district ({names}), a box 'west,south,east,north' in degrees, "
        "or a polygon file",
    ),
    "empty_area": QT_TRANSLATE_NOOP("FieldWork", "the area '{area}' is empty"),
    "unsaved": QT_TRANSLATE_NOOP("FieldWork", "save the project first: a field copy records the file it came from"),
    "no_surveyor": QT_TRANSLATE_NOOP("FieldWork", "a field copy needs the surveyor's name"),
    "zooms": QT_TRANSLATE_NOOP("FieldWork", "zoom levels must be two whole numbers from 0 to 22, low to high"),
    "same_file": QT_TRANSLATE_NOOP("FieldWork", "the field copy cannot replace its own master ({file})"),
    "copy_damaged": QT_TRANSLATE_NOOP(
        "FieldWork", "{file} is damaged or truncated ({reason}); nothing was merged and the master is unchanged"
    ),
    "not_copy": QT_TRANSLATE_NOOP(
        "FieldWork", "{file} is not a field copy (it was not made with Field copy); nothing was merged"
    ),
    "other_project": QT_TRANSLATE_NOOP(
        "FieldWork",
        "{file} is a field copy of another project ('{title}'), not of {master}; nothing was merged",
    ),
    "not_in_history": QT_TRANSLATE_NOOP(
        "FieldWork",
        "{file}: its base (revision {revision}, made {made}) is not in the history of {master}; was the master "
        "restored from an older backup? Nothing was merged",
    ),
    "already_merged": QT_TRANSLATE_NOOP(
        "FieldWork", "{file} was already merged on {when}; make a new field copy for new work. Nothing was merged"
    ),
    "given_twice": QT_TRANSLATE_NOOP("FieldWork", "{file} is the same field copy as {other}; give it once"),
    "master_unreadable": QT_TRANSLATE_NOOP("FieldWork", "the master {file} cannot be opened: {reason}"),
    "copy_unreadable": QT_TRANSLATE_NOOP("FieldWork", "{file} cannot be read: {reason}; nothing was merged"),
}


#: What the progress dialog says while a copy is written.
STEPS = {
    "reading": QT_TRANSLATE_NOOP("FieldWork", "Reading the project"),
    "tiles": QT_TRANSLATE_NOOP("FieldWork", "Copying the basemap tiles of the area"),
    "writing": QT_TRANSLATE_NOOP("FieldWork", "Writing the field copy"),
    "done": QT_TRANSLATE_NOOP("FieldWork", "Field copy written"),
}


class FieldWorkError(ValueError):
    """A field copy or merge that cannot be done; the message is one line in the UI language.

    ``kind`` is the key of :data:`MESSAGES` that says what went wrong.
    """

    def __init__(self, kind: str, lang: str | None = None, **values):
        super().__init__(translate("FieldWork", MESSAGES[kind], lang, **values))
        self.kind = kind


# -- stable ids and the master's record ----------------------------------------------------------


def editable_layers(project) -> list:
    """The layers a surveyor edits: vector layers of points (enterprises, sites)."""
    from gzmap.core.layer import VectorLayer

    return [
        l for l in project.layers if isinstance(l, VectorLayer) and l.geometry_type in ("Point", "MultiPoint", "Empty")
    ]


def ensure_uids(project) -> int:
    """Give every feature of the editable layers a stable id where it has none; returns how many
    ids were given (the project is marked modified and the edit log says so)."""
    given = 0
    for layer in editable_layers(project):
        df = layer.data
        values = df[UID_COLUMN].tolist() if UID_COLUMN in df.columns else [None] * len(df)
        seen: set[str] = set()
        fixed: list[str] = []
        for v in values:
            ok = is_uid(v) and v not in seen
            fixed.append(str(v) if ok else new_uid())
            seen.add(fixed[-1])
            given += not ok
        if UID_COLUMN in df.columns and fixed == values:
            continue
        new = df.copy()
        new[UID_COLUMN] = pd.Series(fixed, index=df.index, dtype=object)
        layer.data = new.set_geometry(df.geometry.name)
        edit_log(project).extend([_record(layer, UID_COLUMN, None, f"{given} ids", "add_uids")])
    return given


def _record(layer, fld: str, old: Any, new: Any, action: str, row_id: Any = None) -> EditRecord:
    now = _dt.datetime.now(_dt.UTC).isoformat(timespec="milliseconds")
    name = getattr(layer, "name_zh", "") or getattr(layer, "name_en", "") if layer is not None else ""
    return EditRecord(now, getattr(layer, "id", ""), name, row_id, fld, old, new, action)


def field_work_record(project) -> dict:
    """The master's field-work record (made the first time): ``project_uid``, ``revision``, ``copies``."""
    meta = project.metadata.get(MASTER_META)
    if not isinstance(meta, dict) or not is_uid(meta.get("project_uid")):
        meta = {"project_uid": new_uid(), "revision": 0, "copies": []}
    meta = {
        "project_uid": meta["project_uid"],
        "revision": int(meta.get("revision") or 0),
        "copies": [dict(c) for c in meta.get("copies") or [] if isinstance(c, dict)],
    }
    project.metadata = dict(project.metadata, **{MASTER_META: meta})
    return meta


# -- the area -----------------------------------------------------------------------------------


def resolve_area(area, lang: str | None = None):
    """(shapely geometry in WGS84 degrees, label) for a district name ('天河', 'Tianhe', '天河区'), a box
    'west,south,east,north' (or 4 numbers), a shapely geometry, or a vector file of polygons."""
    import shapely

    if isinstance(area, shapely.Geometry):
        geom, label = area, "polygon"
    elif isinstance(area, (tuple, list)) and len(area) == 4:
        geom, label = shapely.box(*(float(v) for v in area)), ",".join(f"{float(v):g}" for v in area)
    else:
        geom, label = _area_from_text(str(area), lang)
    if geom is None or geom.is_empty or geom.area <= 0:
        raise FieldWorkError("empty_area", lang, area=str(area)[:80])
    return geom, label


def _area_from_text(text: str, lang: str | None):
    import shapely

    from gzmap.io.builtin import districts_layer

    parts = re.split(r"[,，\s]+", text.strip())
    box: list[float] = []
    if len(parts) == 4:
        try:
            box = [float(p) for p in parts]
        except ValueError:
            pass
        if len(box) == 4:
            return shapely.box(*box), text.strip()
    districts = districts_layer().data
    key = text.strip().lower()
    for _, row in districts.iterrows():
        names = (str(row["name_zh"]), str(row["name_en"]).lower())
        if key and (key in names or names[0].rstrip("区") == key.rstrip("区")):
            return row.geometry, names[0]
    path = Path(text)
    if path.suffix.lower() in (".geojson", ".json", ".gpkg", ".shp") and path.is_file():
        from gzmap.io.vector import read_vector

        gdf = read_vector(path)
        return shapely.union_all(gdf.geometry.values), path.name
    known = "、".join(str(n).rstrip("区") for n in districts["name_zh"])
    raise FieldWorkError("no_area", lang, area=text[:80], names=known)


# -- the copy -----------------------------------------------------------------------------------


@dataclass
class CopyReport:
    """What :func:`field_copy` made: the copy, its basemap files, counts per layer, bytes on disk."""

    path: str
    copy_id: str
    area: str
    features: dict[str, int] = field(default_factory=dict)
    tiles: dict[str, int] = field(default_factory=dict)
    tile_files: list[str] = field(default_factory=list)
    bytes: int = 0
    warnings: list[str] = field(default_factory=list)


def _check_zooms(zooms, lang) -> tuple[int, int]:
    try:
        lo, hi = (int(z) for z in zooms)
    except (TypeError, ValueError):
        raise FieldWorkError("zooms", lang) from None
    if not 0 <= lo <= hi <= 22:
        raise FieldWorkError("zooms", lang)
    return lo, hi


@dataclass
class CopyJob:
    """What :func:`prepare_copy` settled in the master for one copy, for :func:`write_copy` to write.

    ``geom`` is the area (shapely, WGS84 degrees), ``zooms`` the Web Mercator zoom range of its tiles,
    ``entry`` the master's record of the copy."""

    master_path: str
    out: Path
    geom: Any
    label: str
    zooms: tuple[int, int]
    entry: dict
    project_uid: str
    lang: str | None = None


def field_copy(master, out, area, surveyor: str, zooms=(10, 16), lang: str | None = None, progress=None) -> CopyReport:
    """Make a field copy of ``master`` (a saved Project, or the path of a project file) at ``out``.

    The master gets stable ids and a record of the copy, and is saved (atomically) before the
    copy is written (:func:`prepare_copy`); then the copy and its tiles are written
    (:func:`write_copy`). When that fails or is cancelled, nothing of the copy is left and the
    master forgets it again. Raises :class:`FieldWorkError` (one line in ``lang``) for a bad area,
    surveyor or zoom range, or :class:`gzmap.io.project.ProjectError` when a file cannot be written.
    """
    from gzmap.io.project import load_project

    project = load_project(master) if isinstance(master, (str, os.PathLike)) else master
    job = prepare_copy(project, out, area, surveyor, zooms, lang)
    try:
        return write_copy(job, progress)
    except BaseException:
        forget_copy(project, job)
        raise


def prepare_copy(project, out, area, surveyor: str, zooms=(10, 16), lang: str | None = None) -> CopyJob:
    """Check the request, give the master's features stable ids, record the copy in the master and
    save it (atomically): the master knows the ids and the copy before the copy exists.

    Changes the open ``project`` (so the window runs this in the GUI thread, and only
    :func:`write_copy` in a worker). Raises :class:`FieldWorkError` for a bad request.
    """
    from gzmap.io.project import save_project

    if not project.path:
        raise FieldWorkError("unsaved", lang)
    if not str(surveyor or "").strip():
        raise FieldWorkError("no_surveyor", lang)
    zmin, zmax = _check_zooms(zooms, lang)
    out = Path(out).absolute()
    if out == Path(project.path).absolute():
        raise FieldWorkError("same_file", lang, file=out.name)
    from gzmap.io.project import check_save_target

    check_save_target(out)  # a missing folder is said before the master is changed
    geom, label = resolve_area(area, lang)
    ensure_uids(project)
    record = field_work_record(project)
    entry = {
        "copy_id": new_uid(),
        "surveyor": str(surveyor).strip()[:200],
        "area": label,
        "base_revision": record["revision"],
        "made_at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "file": out.name,
        "merged_at": None,
    }
    record["copies"].append(entry)
    save_project(project, project.path)
    return CopyJob(str(project.path), out, geom, label, (zmin, zmax), entry, record["project_uid"], lang)


def forget_copy(project, job: CopyJob) -> None:
    """Take the record of a copy that was never written (cancelled, failed) out of the master and
    save it again; the stable ids stay. A master that cannot be saved now keeps the record: a record
    without a copy is harmless (no copy can present its id)."""
    from gzmap.io.project import ProjectError
    from gzmap.io.project import save_project

    record = field_work_record(project)
    record["copies"] = [c for c in record["copies"] if c.get("copy_id") != job.entry["copy_id"]]
    try:
        save_project(project, project.path)
    except ProjectError:
        project.set_modified()


def write_copy(job: CopyJob, progress=None) -> CopyReport:
    """Write the copy of ``job`` from the saved master: its layers cut to the area, its base state,
    photos and basemap tiles. Everything is written into a temporary folder beside ``job.out`` and
    moved into place at the end, so a cancel (:class:`gzmap.core.progress.Cancelled` from
    ``progress``) or an error leaves no file of the copy. Reads only files: safe in a worker thread.
    """
    import shutil

    from gzmap.core.editing import EditLog
    from gzmap.io.project import ProjectError
    from gzmap.io.project import load_project
    from gzmap.io.project import snapshot_project
    from gzmap.io.project import write_snapshot

    out = job.out
    work = out.with_name(f".{out.name}.partial-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        work.mkdir()
    except OSError as exc:  # no such folder, read-only: the message ProjectError gives for a save
        raise ProjectError(f"Cannot save {out.name}: {exc.strerror or exc}.", out) from exc
    try:
        copy = load_project(job.master_path, _step(progress, 0.02, 0.1, "reading", job.lang))
        rep = CopyReport(str(out), job.entry["copy_id"], job.label)
        _cut_layers(copy, job.geom, rep)
        _copy_basemaps(copy, job, work, rep, _step(progress, 0.1, 0.85, "tiles", job.lang))
        copy.metadata = {k: v for k, v in copy.metadata.items() if k != MASTER_META}
        copy.metadata[COPY_META] = {
            "project_uid": job.project_uid,
            "master_file": Path(job.master_path).name,
            "layers": [l.id for l in editable_layers(copy)],
            **job.entry,
        }
        copy.tables = _copy_tables(copy)
        copy.edit_log = EditLog()
        writing = _step(progress, 0.85, 0.99, "writing", job.lang)
        write_snapshot(snapshot_project(copy, out), work / out.name, writing)
        writing(1.0)  # the last moment a cancel leaves nothing
        for name in [Path(f).name for f in rep.tile_files] + [out.name]:  # the copy last: it names the tiles
            os.replace(work / name, out.with_name(name))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rep.bytes = out.stat().st_size + sum(Path(f).stat().st_size for f in rep.tile_files)
    report(progress, 1.0, translate("FieldWork", STEPS["done"], job.lang))
    return rep


def _step(progress, start: float, end: float, step: str, lang: str | None):
    """A Progress mapping 0-1 onto ``start``-``end`` of ``progress`` and saying the step (a key of
    :data:`STEPS`) in ``lang``, whatever the step's own functions report (their words are English)."""
    text = translate("FieldWork", STEPS[step], lang)
    inner = sub_progress(progress, start, end)
    return lambda fraction, _message="": inner(fraction, text)


def _cut_layers(copy, geom, rep: CopyReport) -> None:
    """Keep the features of each vector layer that meet the area (whole, not clipped)."""
    import shapely

    from gzmap.core.layer import VectorLayer

    shapely.prepare(geom)
    for layer in copy.layers:
        if not isinstance(layer, VectorLayer):
            continue
        df = layer.data
        keep = shapely.intersects(geom, df.geometry.values)
        layer.data = df[keep].set_geometry(df.geometry.name)
        rep.features[layer.name_zh or layer.name_en] = int(keep.sum())


def _copy_tables(copy) -> dict[str, pd.DataFrame]:
    """The copy's carried tables: the base state of its editable layers and the photos of its features."""
    from gzmap.io.field_state import BASE_TABLE
    from gzmap.io.field_state import base_table
    from gzmap.io.field_state import feature_states
    from gzmap.io.photos import PHOTO_TABLE
    from gzmap.io.photos import photos_table

    layers = editable_layers(copy)
    states = [(l.id, feature_states(l.data)[0]) for l in layers]
    tables = {BASE_TABLE: base_table(states)}
    photos = photos_table(copy)  # still the master's photos: the copy was read from the master's file
    if len(photos):
        uids = {u for _, s in states for u in s}
        tables[PHOTO_TABLE] = photos[photos["feature_uid"].isin(uids)].reset_index(drop=True)
    return tables


# -- basemap tiles --------------------------------------------------------------------------------


def _copy_basemaps(copy, job: CopyJob, work: Path, rep: CopyReport, progress=None) -> None:
    """Copy the tiles of each basemap over the area and zooms into an MBTiles file in the folder
    ``work``; the copy's basemap then names the file beside ``job.out`` where it will be moved."""
    from gzmap.core.layer import TileLayer
    from gzmap.io.tiles import TileError

    out = job.out
    stem = out.name[: -len(".gzmap.gpkg")] if out.name.endswith(".gzmap.gpkg") else out.stem
    basemaps = [l for l in copy.layers if isinstance(l, TileLayer)]
    for k, layer in enumerate(basemaps):
        name = layer.name_zh or layer.name_en
        target = out.with_name(f"{stem}-basemap{k + 1}.mbtiles")
        part = sub_progress(progress, k / len(basemaps), (k + 1) / len(basemaps))
        try:
            n = copy_tiles(layer, job.geom, job.zooms, work / target.name, part)
        except TileError as exc:
            rep.warnings.append(f"{name}: {exc}")
            copy.remove_layer(layer)
            continue
        layer.tile_source = {"type": "mbtiles", "path": str(target), "minzoom": job.zooms[0], "maxzoom": job.zooms[1]}
        rep.tiles[name] = n
        rep.tile_files.append(str(target))


def copy_tiles(layer, geom, zooms: tuple[int, int], target: Path, progress=None) -> int:
    """Write the tiles of ``layer`` meeting ``geom`` (plus :data:`TILE_MARGIN_DEG`) at ``zooms`` into a
    new MBTiles file ``target`` (written under a temporary name, then renamed); the number of tiles."""
    import shapely

    from gzmap.io.tiles import TileError
    from gzmap.io.tiles import open_tile_source
    from gzmap.io.tiles import tile_bounds_merc
    from gzmap.io.tiles import tile_format
    from gzmap.io.tiles import tiles_in_bounds

    if layer.tile_source.get("missing"):
        raise TileError("its tiles are missing")
    source = open_tile_source(layer.tile_source)
    area = geom.buffer(TILE_MARGIN_DEG)
    shapely.prepare(area)
    tmp = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
    con = sqlite3.connect(tmp)
    n, fmt = 0, None
    try:
        _mbtiles_schema(con, layer, area.bounds, zooms)
        cells = list(tiles_in_bounds(area.bounds, zooms[0], zooms[1]))
        for i, (z, x, y) in enumerate(cells):
            if i % 256 == 0:
                report(progress, i / max(len(cells), 1))
            if not area.intersects(shapely.box(*_merc_to_lonlat(tile_bounds_merc(z, x, y)))):
                continue
            data = source.tile(z, x, y)
            if data:
                con.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (z, x, (1 << z) - 1 - y, sqlite3.Binary(data)))
                n += 1
                fmt = fmt or tile_format(data)
        shown = "jpg" if fmt == "jpeg" else (fmt or "png")
        con.execute("UPDATE metadata SET value = ? WHERE name = 'format'", (shown,))
        con.commit()
    except BaseException:
        con.close()
        tmp.unlink(missing_ok=True)
        raise
    con.close()
    os.replace(tmp, target)
    return n


def _merc_to_lonlat(box) -> tuple[float, float, float, float]:
    from gzmap.core.viewport import merc_to_lonlat

    lon0, lat0 = merc_to_lonlat(box[0], box[1])
    lon1, lat1 = merc_to_lonlat(box[2], box[3])
    return float(lon0), float(lat0), float(lon1), float(lat1)


def _mbtiles_schema(con: sqlite3.Connection, layer, bounds, zooms: tuple[int, int]) -> None:
    con.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    con.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    con.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)")
    meta = {
        "name": (layer.name_zh or layer.name_en or "basemap")[:200],
        "format": "png",
        "type": "baselayer",
        "bounds": ",".join(f"{v:.6f}" for v in bounds),
        "minzoom": str(zooms[0]),
        "maxzoom": str(zooms[1]),
        "attribution": str((layer.provenance or {}).get("attribution", ""))[:1000],
        "description": json.dumps({"field_copy_of": layer.id}),
    }
    con.executemany("INSERT INTO metadata VALUES (?, ?)", list(meta.items()))
