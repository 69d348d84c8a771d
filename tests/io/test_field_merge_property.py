"""Property test of merging field copies (issue 18): random adds, moves, field changes, deletes and photos
on up to three copies and on the master; after the merge every change that did not conflict is in the
master, every conflict is listed exactly once with all its values, no photo is lost, ids are unique, and
GDAL opens the result as a valid GeoPackage."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from gzmap.core.editing import DeleteFeature
from gzmap.core.editing import SetAttribute
from gzmap.core.editing import add_point
from gzmap.core.editing import edit_log
from gzmap.core.editing import move_point
from gzmap.core.feature_uids import UID_COLUMN
from gzmap.core.feature_uids import is_uid
from gzmap.io.field_copy import editable_layers
from gzmap.io.field_copy import field_copy
from gzmap.io.field_merge import apply_merge
from gzmap.io.field_merge import plan_merge
from gzmap.io.field_state import feature_states
from gzmap.io.field_state import same
from gzmap.io.photos import attach_photo
from gzmap.io.photos import photos_table
from gzmap.io.project import load_project
from gzmap.io.project import save_project

sys.path.insert(0, str(Path(__file__).parent))
from field_fixtures import master_project  # noqa: E402
from field_fixtures import photo_bytes  # noqa: E402

N_FEATURES = 6
FIELDS = ("从业人员", "地址")
VALUES = {"从业人员": (1, 2, 3), "地址": ("甲", "乙")}
PLACES = ((113.34, 23.13), (113.35, 23.14))

op = st.one_of(
    st.tuples(st.just("set"), st.integers(0, N_FEATURES - 1), st.sampled_from(FIELDS), st.integers(0, 2)),
    st.tuples(st.just("move"), st.integers(0, N_FEATURES - 1), st.integers(0, 1)),
    st.tuples(st.just("delete"), st.integers(0, N_FEATURES - 1)),
    st.tuples(st.just("add"), st.integers(0, 1)),
    st.tuples(st.just("photo"), st.integers(-1, N_FEATURES - 1)),
)
sites = st.lists(st.lists(op, max_size=6), min_size=2, max_size=4)  # the master's ops, then 1-3 copies'


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """A master of N_FEATURES enterprises in 天河 and three field copies of it (made once, copied per example)."""
    d = tmp_path_factory.mktemp("pristine")
    master_project(d / "m.gzmap.gpkg", n=N_FEATURES, builtin=False)
    for name in ("a", "b", "c"):
        field_copy(d / "m.gzmap.gpkg", d / f"{name}.gzmap.gpkg", (113.30, 23.10, 113.40, 23.17), name)
    return d


def _apply(project, ops, site: str, log: dict) -> None:
    """Apply ``ops`` to the enterprises of ``project``; note the names added and photos attached in ``log``."""
    layer = editable_layers(project)[0]
    added: list[str] = []
    for k, o in enumerate(ops):
        df = layer.data
        if o[0] == "add":
            name = f"new-{site}-{k}"
            edit_log(project).apply(layer, add_point(layer.id, *PLACES[o[1]], {"企业名称": name}))
            added.append(name)
            continue
        name = f"天河企业{o[1]}" if o[1] >= 0 else (added[-1] if added else None)
        rows = df.index[df["企业名称"] == name] if name else []
        if len(rows) == 0:
            continue
        row = rows[0]
        if o[0] == "set":
            value = VALUES[o[2]][o[3] % len(VALUES[o[2]])]
            edit_log(project).apply(layer, SetAttribute(layer.id, row_id=row, field=o[2], value=value))
        elif o[0] == "move":
            edit_log(project).apply(layer, move_point(layer.id, row, *PLACES[o[2]]))
        elif o[0] == "delete":
            edit_log(project).apply(layer, DeleteFeature(layer.id, row_id=row))
        else:
            colour = (hash((site, k)) % 250, k * 30 % 250, 90)
            pid = attach_photo(project, layer, df.at[row, UID_COLUMN], photo_bytes(colour))
            log["photos"][pid] = name
    log["added"] += added


def _changes(base: dict, now: dict) -> tuple[dict, set]:
    """({(uid, field): new value}, {deleted uids}) of one site against the base."""
    changed = {
        (u, f): now[u].get(f) for u in base if u in now for f in base[u] if not same(base[u].get(f), now[u].get(f))
    }
    return changed, set(base) - set(now)


def _expected_conflicts(base: dict, master_ch, master_del, copies) -> dict:
    """{(uid, field): set of side values} the merge must list ('*' for an edit against a delete)."""
    out: dict = {}
    for u in base:
        deleters = [i for i, (_, d) in enumerate(copies) if u in d]
        editors = [i for i, (c, _) in enumerate(copies) if any(k[0] == u for k in c)]
        master_edits = any(k[0] == u for k in master_ch)
        if deleters or u in master_del:
            if editors or (master_edits and u not in master_del):
                out[(u, "*")] = len(deleters) + len(editors) + (u in master_del or master_edits)
            continue
        for f in base[u]:
            values = [c[(u, f)] for c, _ in copies if (u, f) in c]
            distinct = [v for i, v in enumerate(values) if not any(same(v, w) for w in values[:i])]
            if not distinct:
                continue
            m_changed = (u, f) in master_ch
            if len(distinct) > 1 or (m_changed and not same(master_ch[(u, f)], distinct[0])):
                sides = set(map(str, values)) | ({str(master_ch[(u, f)])} if m_changed else set())
                out[(u, f)] = sides
    return out


@settings(
    max_examples=int(os.environ.get("GZMAP_FIELD_EXAMPLES", "50")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(plan=sites)
def test_merging_random_edits_loses_nothing_and_lists_each_conflict_once(pristine, plan, monkeypatch):
    monkeypatch.setenv("OGR_SQLITE_SYNCHRONOUS", "OFF")  # speed only: the saves stay atomic (temp + rename)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        log = {"photos": {}, "added": []}
        copies = []
        for name, ops in zip("abc", plan[1:], strict=False):
            path = tmp / f"{name}.gzmap.gpkg"
            shutil.copy(pristine / path.name, path)
            for side in pristine.glob(f"{name}-basemap*.mbtiles"):
                shutil.copy(side, tmp / side.name)
            copy = load_project(path)
            _apply(copy, ops, name, log)
            save_project(copy, path)
            copies.append(path)
        master = load_project(pristine / "m.gzmap.gpkg")
        base = feature_states(editable_layers(master)[0].data)[0]
        _apply(master, plan[0], "m", log)
        before = feature_states(editable_layers(master)[0].data)[0]
        master_ch, master_del = _changes(base, before)
        copy_ch = [_changes(_copy_state(pristine / p.name), _copy_state(p)) for p in copies]  # against ITS base
        result = apply_merge(master, plan_merge(master, copies))
        _check(master, result, base, before, master_ch, master_del, copy_ch, log)
        out = tmp / "merged.gzmap.gpkg"
        save_project(master, out)
        if shutil.which("ogrinfo"):
            run = subprocess.run(["ogrinfo", "-so", "-al", str(out)], capture_output=True, text=True)
            assert run.returncode == 0 and "ERROR" not in run.stderr, run.stderr


def _copy_state(path: Path) -> dict:
    return feature_states(editable_layers(load_project(path))[0].data)[0]


def _check(master, result, base, before, master_ch, master_del, copy_ch, log) -> None:
    expected = _expected_conflicts(base, master_ch, master_del, copy_ch)
    listed = [(c.uid, c.field) for c in result.conflicts]
    assert len(listed) == len(set(listed)), "a conflict listed twice"
    assert set(listed) == set(expected)
    for c in result.conflicts:
        if c.field == "*":
            assert len(c.sides) == expected[(c.uid, "*")]
        else:
            assert {str(s.value) for s in c.sides} == expected[(c.uid, c.field)]
            assert same(c.base, base[c.uid].get(c.field))
    df = editable_layers(master)[0].data
    after = feature_states(df)[0]
    starred = {u for u, f in expected if f == "*"}
    for u in base:
        deleted = u in master_del or any(u in d for _, d in copy_ch)
        if u in starred:
            assert (u in after) == (u in before)  # an open conflict leaves the master's feature as it was
            continue
        assert (u in after) == (not deleted)
        if deleted:
            continue
        for f in base[u]:
            want = before[u].get(f)
            if (u, f) not in expected:
                for ch, _ in copy_ch:
                    want = ch.get((u, f), want)
            assert same(after[u].get(f), want), (u, f)
    names = list(df["企业名称"])
    for name in log["added"]:
        assert names.count(name) == 1, name
    assert df[UID_COLUMN].is_unique and df[UID_COLUMN].map(is_uid).all()
    photos = photos_table(master)
    assert set(log["photos"]) <= set(photos["photo_uid"]) and photos["photo_uid"].is_unique
    for pid, name in log["photos"].items():
        if name.startswith("new-"):  # a photo of a new feature follows it to its new id
            fuid = photos.loc[photos["photo_uid"] == pid, "feature_uid"].iloc[0]
            assert df.loc[df[UID_COLUMN] == fuid, "企业名称"].iloc[0] == name
