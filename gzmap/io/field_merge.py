"""Merging field copies back into their master: three-way, per feature and field, nothing lost.

Each copy is compared with *its own base* (the state stored in it by
:func:`gzmap.io.field_copy.field_copy`), never with an edit log, so edits made
to a copy by QGIS, QField, ``ogr2ogr`` or plain SQLite count like GZMap's own.
Features are matched by their stable id (:data:`~gzmap.core.feature_uids.UID_COLUMN`),
not by row number: a save in GZMap or another GIS numbers rows afresh.

For every feature and field a copy changed:

* a field only copies changed, all to the same value, that the master still
  has as in the base, takes the new value silently (edits of different
  features or fields of one feature by different people all merge);
* the same field changed to different values (by two copies, or by a copy and
  the master since the copy's base) is a :class:`Conflict` listing the base
  value and every side's value;
* a feature deleted on one side and edited on another is a conflict of field
  ``"*"``; deleted on one side and unchanged elsewhere, it is deleted;
* a new feature (a row whose id is not in the base, or has no id: added by
  another GIS) arrives with a new id, whichever copies made it;
* a photo the master does not have arrives (photos are never deleted by a merge).

A conflict is resolved by a choice: ``"a"``, ``"b"``, … take that side's value
(in the order of :attr:`Conflict.sides`: the copies in the order given, then the
master), ``"base"`` puts back the base value, ``"note"`` keeps the master's value
and writes every side's value into the feature's note field
(:data:`NOTE_COLUMN`). A conflict without a choice stays *open* in the master
(the plain table :data:`CONFLICT_TABLE`) until resolved: nothing of either
side is lost. Every change and every decision goes to the edit log.

:func:`merge` applies a merge to a master file: it reads and checks every copy
first, changes the project in memory and saves it once, atomically (temporary
file, then :func:`os.replace`), so a merge that does not complete leaves the
master as it was. In the window a merge is undone as one step (:func:`undo_merge`).

Pure: no Qt.
"""

from __future__ import annotations

import copy as _copy
import datetime as _dt
import json
import string
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd

from gzmap.core.editing import AddFeature
from gzmap.core.editing import AddField
from gzmap.core.editing import DeleteFeature
from gzmap.core.editing import Edit
from gzmap.core.editing import EditError
from gzmap.core.editing import EditRecord
from gzmap.core.editing import SetAttribute
from gzmap.core.editing import SetGeometry
from gzmap.core.editing import apply_edit
from gzmap.core.editing import coerce_value
from gzmap.core.editing import edit_log
from gzmap.core.feature_uids import UID_COLUMN
from gzmap.core.feature_uids import new_uid
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate
from gzmap.io.field_copy import COPY_META
from gzmap.io.field_copy import MASTER_META
from gzmap.io.field_copy import FieldWorkError
from gzmap.io.field_copy import field_work_record
from gzmap.io.field_state import BASE_TABLE
from gzmap.io.field_state import GEOMETRY
from gzmap.io.field_state import TableState
from gzmap.io.field_state import feature_states
from gzmap.io.field_state import read_base
from gzmap.io.field_state import read_layer_table
from gzmap.io.field_state import same

__all__ = [
    "CHOICES",
    "CONFLICT_TABLE",
    "Conflict",
    "CopyFile",
    "MergePlan",
    "MergeResult",
    "NOTE_COLUMN",
    "Side",
    "apply_merge",
    "conflict_text",
    "conflicts_of",
    "merge",
    "open_conflicts",
    "plan_merge",
    "read_copy",
    "resolve_conflicts",
    "undo_merge",
    "value_text",
]

#: The master's plain table of conflicts (open ones have no choice yet).
CONFLICT_TABLE = "gzmap_conflicts"
#: The field a "note" decision writes into (the survey form's notes).
NOTE_COLUMN = "survey_notes"
#: Choices besides a side's letter.
CHOICES = ("base", "note")
DELETED = {"deleted": True}


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


# -- the copies -------------------------------------------------------------------------------


@dataclass
class CopyFile:
    """A checked field copy: where it is, who made it, its base and its features as they are now."""

    path: Path
    copy_id: str
    surveyor: str
    label: str
    base: dict[str, dict[str, dict]]  # layer id -> uid -> state
    current: dict[str, TableState]  # layer id -> features now
    photos: pd.DataFrame | None = None


def read_copy(path, master, lang: str | None = None) -> CopyFile:
    """Read and check the field copy at ``path`` against ``master`` (a Project with a field-work record).

    Raises :class:`FieldWorkError` for a damaged or truncated file, a file that is not a field
    copy, a copy of another project, a copy whose base is not in the master's history, or one
    already merged.
    """
    from gzmap.io.errors import first_line
    from gzmap.io.errors import said
    from gzmap.io.project import ProjectError
    from gzmap.io.project import read_description

    path = Path(path)
    try:
        desc = read_description(path)
    except ProjectError as exc:
        if exc.kind == "foreign" and "not a GeoPackage" not in str(exc):
            raise FieldWorkError("not_copy", lang, file=path.name) from exc
        if exc.kind == "damaged":  # the technical reason in English only: the zh text leaves it out
            raise FieldWorkError(
                "copy_damaged", lang, file=path.name, reason=(exc.detail or first_line(exc))[:200]
            ) from exc
        raise FieldWorkError("copy_unreadable", lang, file=path.name, reason=said(exc, lang)[:200]) from exc
    meta = (desc.get("metadata") or {}).get(COPY_META)
    if not isinstance(meta, dict) or not isinstance(meta.get("copy_id"), str):
        raise FieldWorkError("not_copy", lang, file=path.name)
    entry = _history_entry(path, meta, desc, master, lang)
    try:
        tables = {t["name"]: t for t in desc.get("tables") or []}
        base = read_base(_plain_table(path, BASE_TABLE) if BASE_TABLE in tables else None)
        layer_ids = set(meta.get("layers") or []) | set(base)
        current = {
            d["id"]: read_layer_table(path, d)
            for d in desc.get("layers") or []
            if d.get("id") in layer_ids and d.get("table")
        }
        photos = _plain_table(path, "gzmap_photos") if "gzmap_photos" in tables else None
    except FieldWorkError:
        raise
    except Exception as exc:  # a table cut short, cells that are not what the file says
        raise FieldWorkError("copy_damaged", lang, file=path.name, reason=first_line(exc)[:200]) from exc
    surveyor = str(entry.get("surveyor") or meta.get("surveyor") or path.stem)[:200]
    return CopyFile(path, meta["copy_id"], surveyor, surveyor, base, current, photos)


def _history_entry(path: Path, meta: dict, desc: dict, master, lang) -> dict:
    """The master's record of the copy ``meta`` describes (raises when the copy does not belong)."""
    record = field_work_record(master)
    master_name = Path(master.path or "master").name
    if meta.get("project_uid") != record["project_uid"]:
        raise FieldWorkError("other_project", lang, file=path.name, title=desc.get("title") or "", master=master_name)
    entry = next((c for c in record["copies"] if c.get("copy_id") == meta["copy_id"]), None)
    if entry is None or entry.get("base_revision") != meta.get("base_revision"):
        raise FieldWorkError(
            "not_in_history",
            lang,
            file=path.name,
            revision=meta.get("base_revision"),
            made=meta.get("made_at") or "?",
            master=master_name,
        )
    if entry.get("merged_at"):
        raise FieldWorkError("already_merged", lang, file=path.name, when=entry["merged_at"])
    return entry


def _plain_table(path: Path, name: str) -> pd.DataFrame:
    import pyogrio

    from gzmap.io.project import _check_real_table

    _check_real_table(path, name)
    return pd.DataFrame(pyogrio.read_dataframe(path, layer=name, use_arrow=True, read_geometry=False))


# -- planning ---------------------------------------------------------------------------------------


@dataclass
class Side:
    """One side of a conflict: ``label`` a surveyor's name or ``"master"``; ``copy_id`` empty for the master.

    For a field conflict ``value`` is the field's value; for an edit-against-delete conflict it is
    ``{"deleted": True}`` or ``{"edits": {field: value}}``."""

    label: str
    value: Any
    copy_id: str = ""


@dataclass
class Conflict:
    """The same field of one feature changed differently (``field`` a field name or ``"geometry"``), or
    the feature edited on one side and deleted on another (``field`` ``"*"``; ``base`` is then the
    whole base state). ``choice`` is empty while the conflict is open."""

    conflict_id: str
    layer_id: str
    layer_name: str
    uid: str
    field: str
    feature: str
    base: Any
    sides: list[Side]
    choice: str = ""
    made_at: str = ""
    resolved_at: str = ""

    def choices(self) -> list[str]:
        """The valid choices: a letter per side, then 'base' and 'note'."""
        return [string.ascii_lowercase[i] for i in range(len(self.sides))] + list(CHOICES)

    def side_of(self, choice: str) -> Side | None:
        """The side a letter names (None for 'base', 'note' or a letter beyond the sides)."""
        if len(choice) == 1 and choice in string.ascii_lowercase:
            i = string.ascii_lowercase.index(choice)
            return self.sides[i] if i < len(self.sides) else None
        return None


@dataclass
class MergePlan:
    """What merging ``copies`` into the master would do (computed before anything changes)."""

    copies: list[CopyFile]
    new_fields: list[tuple[str, str]] = field(default_factory=list)  # (layer id, field)
    adds: list[tuple[str, dict, str, str | None]] = field(default_factory=list)  # layer, state, copy label, copy uid
    updates: list[tuple[str, str, str, Any, str]] = field(default_factory=list)  # layer, uid, field, value, label
    deletes: list[tuple[str, str, str]] = field(default_factory=list)  # layer, uid, label
    photos: list[dict] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Proposals:
    """Every copy's changes, gathered per feature and field."""

    fields: dict[tuple[str, str, str], list[tuple[int, Any, Any]]] = field(default_factory=dict)
    deletes: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    bases: dict[tuple[str, str], dict] = field(default_factory=dict)


def plan_merge(master, copy_paths, lang: str | None = None) -> MergePlan:
    """Read and check every copy and work out the merge (the master is not changed)."""
    copies: list[CopyFile] = []
    for p in copy_paths:
        c = read_copy(p, master, lang)
        twin = next((o for o in copies if o.copy_id == c.copy_id), None)
        if twin is not None:
            raise FieldWorkError("given_twice", lang, file=Path(p).name, other=twin.path.name)
        copies.append(c)
    _unique_labels(copies)
    plan = MergePlan(copies)
    props = _Proposals()
    for i, c in enumerate(copies):
        _gather(i, c, master, plan, props)
    _decide(master, plan, props)
    plan.photos = _new_photos(master, copies)
    return plan


def _unique_labels(copies: list[CopyFile]) -> None:
    labels = [c.surveyor for c in copies]
    for c in copies:
        if labels.count(c.surveyor) > 1:
            c.label = f"{c.surveyor} ({c.path.name})"


def _gather(i: int, c: CopyFile, master, plan: MergePlan, props: _Proposals) -> None:
    """Collect copy ``i``'s new features, deletions and field changes against its base."""
    for layer_id, now in c.current.items():
        layer = master.layer_by_id(layer_id)
        if layer is None:
            plan.warnings.append(f"{c.path.name}: layer {layer_id} is no longer in the master; its changes were left")
            continue
        for f in now.new_fields:
            if f not in layer.data.columns and (layer_id, f) not in plan.new_fields:
                plan.new_fields.append((layer_id, f))
        base = c.base.get(layer_id, {})
        for uid, state in now.keyed.items():
            if uid not in base:
                plan.adds.append((layer_id, state, c.label, uid))
                continue
            props.bases.setdefault((layer_id, uid), base[uid])
            for k in set(state) | set(base[uid]):
                if not same(state.get(k), base[uid].get(k)):
                    props.fields.setdefault((layer_id, uid, k), []).append((i, base[uid].get(k), state.get(k)))
        plan.adds.extend((layer_id, state, c.label, None) for state in now.loose)
        for uid in base.keys() - now.keyed.keys():
            props.bases.setdefault((layer_id, uid), base[uid])
            props.deletes.setdefault((layer_id, uid), []).append(i)


def _master_states(master, layer_ids) -> dict[str, dict[str, dict]]:
    out = {}
    for lid in layer_ids:
        layer = master.layer_by_id(lid)
        out[lid] = feature_states(layer.data)[0] if layer is not None else {}
    return out


def _decide(master, plan: MergePlan, props: _Proposals) -> None:
    """Turn the gathered changes into silent updates and deletions, and conflicts."""
    states = _master_states(master, {k[0] for k in props.bases})
    by_feature: dict[tuple[str, str], dict[str, list]] = {}
    for (lid, uid, f), ps in props.fields.items():
        by_feature.setdefault((lid, uid), {})[f] = ps
    for key in sorted(set(by_feature) | set(props.deletes)):
        lid, uid = key
        base = props.bases[key]
        now = states[lid].get(uid)
        edits = by_feature.get(key, {})
        deleters = props.deletes.get(key, [])
        master_edits = {} if now is None else {k: v for k, v in now.items() if not same(v, base.get(k))}
        if deleters or now is None:
            if not edits and not master_edits:
                if now is not None:
                    plan.deletes.append((lid, uid, ", ".join(plan.copies[i].label for i in deleters)))
                continue
            plan.conflicts.append(_delete_conflict(master, plan, key, base, now, edits, deleters, master_edits))
            continue
        for f, ps in sorted(edits.items()):
            _decide_field(master, plan, key, f, ps, now.get(f), base)


def _decide_field(master, plan: MergePlan, key, f: str, ps: list, master_value, base: dict) -> None:
    lid, uid = key
    news: list = []
    for _, _, v in ps:
        if not any(same(v, n) for n in news):
            news.append(v)
    master_kept = all(same(master_value, b) for _, b, _ in ps)
    if len(news) == 1 and same(master_value, news[0]):
        return  # already so in the master
    if len(news) == 1 and master_kept:
        plan.updates.append((lid, uid, f, news[0], ", ".join(plan.copies[i].label for i, _, _ in ps)))
        return
    sides = [Side(plan.copies[i].label, v, plan.copies[i].copy_id) for i, _, v in ps]
    if not master_kept:
        sides.append(Side("master", master_value))
    plan.conflicts.append(_conflict(master, key, f, ps[0][1], sides, base))


def _delete_conflict(master, plan: MergePlan, key, base, now, edits, deleters, master_edits) -> Conflict:
    per_copy: dict[int, dict] = {}
    for f, ps in edits.items():
        for i, _, v in ps:
            per_copy.setdefault(i, {})[f] = v
    sides = []
    for i, c in enumerate(plan.copies):
        if i in deleters:
            sides.append(Side(c.label, dict(DELETED), c.copy_id))
        elif i in per_copy:
            sides.append(Side(c.label, {"edits": per_copy[i]}, c.copy_id))
    if now is None:
        sides.append(Side("master", dict(DELETED)))
    elif master_edits:
        sides.append(Side("master", {"edits": master_edits}))
    return _conflict(master, key, "*", dict(base), sides, base)


def _conflict(master, key, f: str, base_value, sides: list[Side], base_state: dict) -> Conflict:
    lid, uid = key
    layer = master.layer_by_id(lid)
    name = (layer.name_zh or layer.name_en) if layer is not None else lid
    return Conflict(new_uid(), lid, name, uid, f, _feature_label(base_state), base_value, sides, made_at=_now())


def _feature_label(state: dict) -> str:
    for k in ("企业名称", "name", "名称", "name_zh"):
        if state.get(k):
            return str(state[k])[:120]
    return ""


def _new_photos(master, copies: list[CopyFile]) -> list[dict]:
    """Photo rows of the copies that the master does not have (by photo id), oldest copy first."""
    from gzmap.io.photos import PHOTO_COLUMNS
    from gzmap.io.photos import photos_table

    have = set(photos_table(master)["photo_uid"])
    out = []
    for c in copies:
        if c.photos is None or "photo_uid" not in c.photos.columns:
            continue
        for row in c.photos.to_dict("records"):
            if row.get("photo_uid") not in have and set(PHOTO_COLUMNS) <= set(row):
                have.add(row["photo_uid"])
                out.append({k: row[k] for k in PHOTO_COLUMNS})
    return out


# -- applying -----------------------------------------------------------------------------------------


@dataclass
class MergeResult:
    """What a merge (or a resolution of conflicts) did; ``inverses`` and ``before`` undo it in one step."""

    copies: list[str] = field(default_factory=list)
    updates: int = 0
    adds: int = 0
    deletes: int = 0
    photos: int = 0
    new_fields: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    inverses: list[tuple[str, Edit]] = field(default_factory=list)
    before: dict = field(default_factory=dict)

    @property
    def open_conflicts(self) -> list[Conflict]:
        return [c for c in self.conflicts if not c.choice]


class _Applier:
    """Applies edits to the master, logging each with its merge action and keeping its inverse."""

    def __init__(self, master, result: MergeResult):
        self.master = master
        self.result = result
        self.log = edit_log(master)

    def edit(self, layer, edit: Edit, action: str = "merge") -> bool:
        try:
            inverse, records = apply_edit(layer, edit)
        except EditError as exc:
            self.result.warnings.append(f"{layer.name_zh or layer.name_en}: {exc}")
            return False
        self.log.extend([replace(r, action=action) for r in records])
        self.result.inverses.append((layer.id, inverse))
        return True

    def row_of(self, layer, uid: str):
        df = layer.data
        if UID_COLUMN not in df.columns:
            return None
        hits = df.index[df[UID_COLUMN].to_numpy() == uid]
        return hits[0] if len(hits) else None

    def set_value(self, layer, uid: str, f: str, value, action: str = "merge") -> bool:
        row = self.row_of(layer, uid)
        if row is None:
            return False
        if f == GEOMETRY:
            return self.edit(layer, SetGeometry(layer.id, row_id=row, geometry=_geometry(value)), action)
        if f not in layer.data.columns:
            self.result.warnings.append(f"{layer.name_zh or layer.name_en}: no field '{f}' in the master; left")
            return False
        return self.edit(layer, SetAttribute(layer.id, row_id=row, field=f, value=value), action)

    def add(self, layer, state: dict, uid: str, action: str = "merge") -> bool:
        df = layer.data
        values = {}
        for k, v in state.items():
            if k in df.columns and k != GEOMETRY and k != UID_COLUMN:
                try:
                    coerce_value(df[k].dtype, v, k)
                except EditError as exc:
                    self.result.warnings.append(f"{layer.name_zh or layer.name_en}: {exc}")
                    continue
                values[k] = v
        values[UID_COLUMN] = uid
        return self.edit(layer, AddFeature(layer.id, geometry=_geometry(state.get(GEOMETRY)), values=values), action)

    def record(self, layer_id: str, uid, f: str, old, new, action: str) -> None:
        layer = self.master.layer_by_id(layer_id)
        name = (layer.name_zh or layer.name_en) if layer is not None else ""
        self.log.extend([EditRecord(_now(), layer_id, name, uid, f, old, new, action)])


def _geometry(wkt):
    import shapely

    return None if wkt is None else shapely.from_wkt(wkt)


def apply_merge(master, plan: MergePlan, take: str | dict | None = None, lang: str | None = None) -> MergeResult:
    """Apply ``plan`` to ``master`` in memory; ``take`` resolves its conflicts (one choice for all, or
    ``{conflict id: choice}``); the rest stay open in the master. Returns what was done."""
    result = MergeResult(copies=[c.label for c in plan.copies], warnings=list(plan.warnings))
    result.before = _before(master)
    ap = _Applier(master, result)
    uid_map = _apply_changes(ap, plan)
    result.photos = _apply_photos(master, plan.photos, uid_map)
    record = field_work_record(master)
    record["revision"] += 1
    for c in plan.copies:
        entry = next(e for e in record["copies"] if e.get("copy_id") == c.copy_id)
        entry.update(merged_at=_now(), merged_revision=record["revision"])
        ap.record(
            "", None, "*", None, {"copy": c.path.name, "surveyor": c.surveyor, "copy_id": c.copy_id}, "merge_copy"
        )
    master.metadata = dict(master.metadata, **{MASTER_META: record})
    _store_conflicts(master, plan.conflicts)
    result.conflicts = list(plan.conflicts)
    choices = take if isinstance(take, dict) else {c.conflict_id: take for c in plan.conflicts if take}
    _resolve(ap, plan.conflicts, choices, lang)
    result.lines = _summary(result, lang)
    master.set_modified()
    return result


def _before(master) -> dict:
    return {
        "metadata": _copy.deepcopy(master.metadata),
        "tables": dict(getattr(master, "tables", None) or {}),
    }


def _apply_changes(ap: _Applier, plan: MergePlan) -> dict[str, str]:
    """New fields, new features, silent updates and deletions; returns copy uid -> master uid of new features."""
    m, res = ap.master, ap.result
    for lid, f in plan.new_fields:
        if ap.edit(m.layer_by_id(lid), AddField(lid, field=f, dtype="object")):
            res.new_fields.append(f)
    uid_map: dict[str, str] = {}
    for lid, state, _label, copy_uid in plan.adds:
        uid = new_uid()
        if ap.add(m.layer_by_id(lid), state, uid):
            res.adds += 1
            if copy_uid:
                uid_map.setdefault(copy_uid, uid)
    for lid, uid, f, value, _label in plan.updates:
        res.updates += ap.set_value(m.layer_by_id(lid), uid, f, value)
    for lid, uid, _label in plan.deletes:
        layer = m.layer_by_id(lid)
        row = ap.row_of(layer, uid)
        if row is not None:
            res.deletes += ap.edit(layer, DeleteFeature(lid, row_id=row))
    return uid_map


def _apply_photos(master, rows: list[dict], uid_map: dict[str, str]) -> int:
    from gzmap.io.photos import add_photo_rows

    moved = [dict(r, feature_uid=uid_map.get(r["feature_uid"], r["feature_uid"])) for r in rows]
    add_photo_rows(master, moved)
    return len(moved)


# -- conflicts: stored, resolved ---------------------------------------------------------------------------

_CONFLICT_COLUMNS = [
    "conflict_id",
    "layer_id",
    "layer_name",
    "uid",
    "field",
    "feature",
    "base",
    "sides",
    "choice",
    "made_at",
    "resolved_at",
]


def _conflict_row(c: Conflict) -> dict:
    sides = [{"label": s.label, "value": s.value, "copy_id": s.copy_id} for s in c.sides]
    return {
        **{k: getattr(c, k) for k in _CONFLICT_COLUMNS if k not in ("base", "sides")},
        "base": json.dumps(c.base, ensure_ascii=False),
        "sides": json.dumps(sides, ensure_ascii=False),
    }


def _conflict_of(row: dict) -> Conflict:
    sides = [Side(str(s["label"]), s["value"], str(s.get("copy_id") or "")) for s in json.loads(row["sides"])]
    values = {k: str(row.get(k) or "") for k in _CONFLICT_COLUMNS if k not in ("base", "sides")}
    return Conflict(**values, base=json.loads(row["base"]), sides=sides)


def conflicts_of(master) -> list[Conflict]:
    """Every conflict the master records (open and resolved), oldest first."""
    table = (getattr(master, "tables", None) or {}).get(CONFLICT_TABLE)
    if table is None:
        return []
    return [_conflict_of(r) for r in table.to_dict("records")]


def open_conflicts(master) -> list[Conflict]:
    """The master's conflicts that wait for a choice."""
    return [c for c in conflicts_of(master) if not c.choice]


def _store_conflicts(master, conflicts: list[Conflict]) -> None:
    """Write ``conflicts`` (new or changed) into the master's conflict table."""
    if not conflicts:
        return
    rows = {c.conflict_id: c for c in conflicts_of(master)}
    rows.update({c.conflict_id: c for c in conflicts})
    table = pd.DataFrame([_conflict_row(c) for c in rows.values()], columns=_CONFLICT_COLUMNS).astype(str)
    master.tables = dict(getattr(master, "tables", None) or {}, **{CONFLICT_TABLE: table})


def resolve_conflicts(master, choices: str | dict, lang: str | None = None) -> MergeResult:
    """Resolve the master's open conflicts: ``choices`` one choice for all, or ``{conflict id: choice}``."""
    result = MergeResult()
    result.before = _before(master)
    pending = open_conflicts(master)
    if isinstance(choices, str):
        choices = {c.conflict_id: choices for c in pending}
    _resolve(_Applier(master, result), pending, choices, lang)
    result.conflicts = pending
    result.lines = _summary(result, lang)
    master.set_modified()
    return result


def _resolve(ap: _Applier, conflicts: list[Conflict], choices: dict, lang) -> None:
    done = []
    for c in conflicts:
        choice = str(choices.get(c.conflict_id) or "").lower()
        if not choice:
            continue
        if choice not in c.choices():
            ap.result.warnings.append(f"{c.feature or c.uid} {c.field}: no choice '{choice}' (sides: {len(c.sides)})")
            continue
        layer = ap.master.layer_by_id(c.layer_id)
        if layer is None:
            continue
        if c.field == "*":
            _resolve_delete(ap, layer, c, choice)
        else:
            _resolve_field(ap, layer, c, choice)
        c.choice, c.resolved_at = choice, _now()
        values = {s.label: s.value for s in c.sides}
        ap.record(c.layer_id, c.uid, c.field, c.base, {"choice": choice, "sides": values}, "merge_decision")
        done.append(c)
    _store_conflicts(ap.master, done)


def _resolve_field(ap: _Applier, layer, c: Conflict, choice: str) -> None:
    side = c.side_of(choice)
    if side is not None:
        ap.set_value(layer, c.uid, c.field, side.value, "merge_decision")
    elif choice == "base":
        ap.set_value(layer, c.uid, c.field, c.base, "merge_decision")
    else:
        _note(ap, layer, c)


def _resolve_delete(ap: _Applier, layer, c: Conflict, choice: str) -> None:
    side = c.side_of(choice)
    if side is not None and side.value.get("deleted"):
        row = ap.row_of(layer, c.uid)
        if row is not None:
            ap.edit(layer, DeleteFeature(layer.id, row_id=row), "merge_decision")
        return
    if ap.row_of(layer, c.uid) is None:  # deleted in the master: comes back as it was in the base
        ap.add(layer, c.base, c.uid, "merge_decision")
    if side is not None:
        for f, v in sorted(side.value.get("edits", {}).items()):
            ap.set_value(layer, c.uid, f, v, "merge_decision")
    elif choice == "base":
        for f, v in sorted(c.base.items()):
            ap.set_value(layer, c.uid, f, v, "merge_decision")
    else:
        _note(ap, layer, c)


def _note(ap: _Applier, layer, c: Conflict) -> None:
    """Keep the master's value and write every side's value into the feature's note field."""
    if NOTE_COLUMN not in layer.data.columns:
        ap.edit(layer, AddField(layer.id, field=NOTE_COLUMN, dtype="object"), "merge_decision")
    row = ap.row_of(layer, c.uid)
    if row is None:
        return
    parts = [f"{s.label}={value_text(s.value)}" for s in c.sides]
    base = value_text(c.base) if c.field != "*" else "…"
    text = f"[{c.made_at[:10]}] {c.field}: base={base}; " + "; ".join(parts)
    old = layer.data.at[row, NOTE_COLUMN]
    joined = text if old is None or (isinstance(old, float)) or str(old) == "" else f"{old}\n{text}"
    ap.set_value(layer, c.uid, NOTE_COLUMN, joined, "merge_decision")


SUMMARY = {
    "merged": QT_TRANSLATE_NOOP("FieldWork", "merged: {copies}"),
    "counts": QT_TRANSLATE_NOOP(
        "FieldWork",
        "features added {adds}, fields changed {updates}, features deleted {deletes}, photos added {photos}",
    ),
    "fields": QT_TRANSLATE_NOOP("FieldWork", "new fields: {fields}"),
    "conflicts": QT_TRANSLATE_NOOP("FieldWork", "conflicts {n}: resolved {resolved}, open {open}"),
    "conflict": QT_TRANSLATE_NOOP("FieldWork", "conflict {id} {layer} / {feature} / {field}: base {base}; {sides}"),
    "deleted": QT_TRANSLATE_NOOP("FieldWork", "(deleted)"),
    "empty": QT_TRANSLATE_NOOP("FieldWork", "(empty)"),
}


def _summary(result: MergeResult, lang: str | None = None) -> list[str]:
    """What a merge did, as lines for people (in ``lang``)."""
    lines = []
    if result.copies:
        lines.append(translate("FieldWork", SUMMARY["merged"], lang, copies=", ".join(result.copies)))
    counts = dict(adds=result.adds, updates=result.updates, deletes=result.deletes, photos=result.photos)
    lines.append(translate("FieldWork", SUMMARY["counts"], lang, **counts))
    if result.new_fields:
        lines.append(translate("FieldWork", SUMMARY["fields"], lang, fields=", ".join(result.new_fields)))
    resolved = len([c for c in result.conflicts if c.choice])
    n, still = len(result.conflicts), len(result.open_conflicts)
    lines.append(translate("FieldWork", SUMMARY["conflicts"], lang, n=n, resolved=resolved, open=still))
    return lines


def conflict_text(c: Conflict, lang: str | None = None) -> str:
    """One line for a conflict: its id, layer, feature, field, base value and each side's lettered value."""
    sides = "; ".join(
        f"{string.ascii_lowercase[i]}) {s.label} = {value_text(s.value, lang)}" for i, s in enumerate(c.sides)
    )
    base = value_text(c.base, lang) if c.field != "*" else "…"
    return translate(
        "FieldWork",
        SUMMARY["conflict"],
        lang,
        id=c.conflict_id[:8],
        layer=c.layer_name,
        feature=c.feature or c.uid[:8],
        field=c.field,
        base=base,
        sides=sides,
    )


def value_text(value, lang: str | None = None) -> str:
    """A side's value for people: '(deleted)', '{field=value, ...}' for edits, '(empty)' for none."""
    if isinstance(value, dict):
        if value.get("deleted"):
            return translate("FieldWork", SUMMARY["deleted"], lang)
        edits = value.get("edits", value)
        return "{" + ", ".join(f"{k}={value_text(v, lang)}" for k, v in edits.items()) + "}"
    return translate("FieldWork", SUMMARY["empty"], lang) if value is None else str(value)[:200]


# -- undo, and the whole merge of files ---------------------------------------------------------------------


def undo_merge(master, result: MergeResult) -> None:
    """Undo a merge (or a resolution) applied to ``master`` in this session, as one step; logged."""
    log = edit_log(master)
    for layer_id, inverse in reversed(result.inverses):
        layer = master.layer_by_id(layer_id)
        if layer is not None:
            log.apply(layer, inverse, undo=True)
    master.metadata = _copy.deepcopy(result.before.get("metadata", {}))
    master.tables = dict(result.before.get("tables", {}))
    log.extend([EditRecord(_now(), "", "", None, "*", None, {"copies": result.copies}, "merge_undone", True)])
    master.set_modified()


def merge(master_path, copy_paths, take: str | None = None, lang: str | None = None) -> MergeResult:
    """Merge the field copies at ``copy_paths`` into the master project file at ``master_path``.

    Every copy is read and checked before anything changes; the master is then changed in memory
    and saved once, atomically. With no copies, ``take`` resolves the master's open conflicts.
    Raises :class:`FieldWorkError` (one line in ``lang``); the master file is then unchanged.
    """
    from gzmap.io.errors import said
    from gzmap.io.project import ProjectError
    from gzmap.io.project import load_project
    from gzmap.io.project import save_project

    try:
        master = load_project(master_path)
    except ProjectError as exc:
        raise FieldWorkError("master_unreadable", lang, file=Path(master_path).name, reason=said(exc, lang)) from exc
    if copy_paths:
        result = apply_merge(master, plan_merge(master, copy_paths, lang), take, lang)
    else:
        result = resolve_conflicts(master, take or {}, lang)
    ids = {c.conflict_id for c in result.conflicts}
    result.conflicts += [c for c in open_conflicts(master) if c.conflict_id not in ids]  # open from earlier merges
    if copy_paths or take:
        save_project(master, master_path)
    return result
