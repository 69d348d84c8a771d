"""Project files: exact round trips, portability, atomic saves that survive SIGKILL, clear errors."""

from __future__ import annotations

import errno
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

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

from gzmap.core.editing import DeleteFeature
from gzmap.core.editing import SetAttribute
from gzmap.core.editing import add_point
from gzmap.core.editing import edit_log
from gzmap.core.editing import move_point
from gzmap.core.layer import Grid
from gzmap.core.layer import RasterLayer
from gzmap.core.layer import VectorLayer
from gzmap.core.project import Project
from gzmap.core.style import CategorizedStyle
from gzmap.core.style import GraduatedStyle
from gzmap.core.style import SingleStyle
from gzmap.core.style import Symbol
from gzmap.io import project as project_io
from gzmap.io.project import ProjectError
from gzmap.io.project import load_project
from gzmap.io.project import save_project
from gzmap.testing import assert_projects_equal

REPO = Path(__file__).resolve().parents[2]


# -- helpers ---------------------------------------------------------------------------


def enterprise_frame(n: int, seed: int = 0) -> gpd.GeoDataFrame:
    rng = np.random.default_rng(seed)
    return gpd.GeoDataFrame(
        {
            "企业名称": pd.array([f"广州企业{i}号" for i in range(n)], dtype="str"),
            "employees": rng.integers(1, 500, n),
            "revenue": np.where(rng.random(n) < 0.1, np.nan, rng.random(n) * 1e4),
            "subsector": pd.Categorical(rng.choice(["games", "music", "aigc"], n)),
            "founded": pd.to_datetime("2000-01-01") + pd.to_timedelta(rng.integers(0, 8000, n), unit="D"),
        },
        geometry=gpd.points_from_xy(113.2 + rng.random(n) * 0.3, 23.0 + rng.random(n) * 0.3),
        crs=4326,
    )


def small_project(n: int = 50) -> Project:
    p = Project("测试项目")
    districts = gpd.GeoDataFrame(
        {"name_zh": ["甲区", "乙区"], "name_en": ["A", "B"], "value": [1.5, 2.5]},
        geometry=[shapely.box(113, 23, 113.2, 23.2), shapely.MultiPolygon([shapely.box(113.2, 23, 113.4, 23.2)])],
        crs=4326,
    )
    style = GraduatedStyle(field="value", k=2, ramp="YlOrRd", title_zh="指标", unit="亿元", year="2024").fit(districts)
    p.add_layer(
        VectorLayer(
            districts,
            "区",
            "Districts",
            source="builtin:test",
            style=style,
            provenance={"source": "test", "licence": "CC0", "parameters": {"k": 2, "r": 1.5}},
        )
    )
    ent = VectorLayer(
        enterprise_frame(n),
        "企业",
        "Enterprises",
        source="a.csv",
        source_datum="gcj02",
        style=CategorizedStyle.from_values("subsector", ["games", "music", "aigc"]),
    )
    p.add_layer(ent)
    p.add_layer(
        RasterLayer(
            Grid(
                np.array([[0.0, 1.5], [np.nan, 3.0]], dtype=np.float32),
                (500.0, 0.0, 740000.0, 0.0, -500.0, 2560000.0),
                "EPSG:32649",
                {"bandwidth_m": 800},
            ),
            "密度",
            "Density",
            opacity=0.6,
            visible=False,
        )
    )
    p.view_extent = (113.1, 22.9, 113.5, 23.3)
    p.display_datum = "bd09"
    p.language = "en"
    log = edit_log(p)
    log.apply(ent, move_point(ent.id, 3, 113.31, 23.12))
    log.apply(ent, add_point(ent.id, 113.3, 23.1, {"企业名称": "新公司", "employees": 7}))
    log.apply(ent, SetAttribute(ent.id, row_id=5, field="revenue", value="1,234.5"))
    log.apply(ent, DeleteFeature(ent.id, row_id=6))
    return p


# -- round trips ---------------------------------------------------------------------------


def test_round_trip_keeps_layers_styles_view_language_and_edit_log(tmp_path):
    p = small_project()
    path = tmp_path / "项目 one.gzmap.gpkg"
    rep = save_project(p, path)
    assert rep.layers == 3 and path.exists() and not p.modified and p.path == str(path)
    q = load_project(path)
    assert_projects_equal(p, q)
    assert not q.modified and q.path == str(path) and q.load_warnings == []
    # the edited layer kept the edits
    ent = q.layers[1].data
    assert 6 not in ent.index and ent.loc[50, "企业名称"] == "新公司" and ent.loc[5, "revenue"] == 1234.5


def test_project_file_is_a_geopackage_other_gis_can_open(tmp_path):
    import pyogrio

    path = tmp_path / "p.gzmap.gpkg"
    save_project(small_project(), path)
    layers = dict(pyogrio.list_layers(path))
    assert any(k.startswith("layer01_enterprises") for k in layers)
    table = next(k for k in layers if k.startswith("layer01_enterprises"))
    df = pyogrio.read_dataframe(path, layer=table)
    assert len(df) == 50 and "企业名称" in df.columns and df.crs.to_epsg() == 4326
    assert sqlite3.connect(path).execute("PRAGMA application_id").fetchone()[0] == 0x47504B47  # 'GPKG'


def test_a_project_saved_on_one_path_opens_from_another(tmp_path):
    from tile_fixtures import make_mbtiles

    a = tmp_path / "office" / "parks"
    a.mkdir(parents=True)
    make_mbtiles(a / "basemap.mbtiles", 12, 3300, 1780, 2, 2)
    from gzmap.io.tiles import mbtiles_layer

    p = small_project()
    p.add_layer(mbtiles_layer(a / "basemap.mbtiles", "gcj02"), 0)
    save_project(p, a / "visit.gzmap.gpkg")
    b = tmp_path / "laptop" / "field"
    b.parent.mkdir()
    shutil.move(str(a), str(b))
    q = load_project(b / "visit.gzmap.gpkg")
    assert_projects_equal(p, q)
    assert q.layers[0].tile_source["path"] == str((b / "basemap.mbtiles").resolve())
    assert q.load_warnings == []
    # a basemap that is gone: a warning, the rest of the project opens
    (b / "basemap.mbtiles").unlink()
    r = load_project(b / "visit.gzmap.gpkg")
    assert len(r.layers) == 4 and r.layers[0].tile_source.get("missing")
    assert "basemap.mbtiles" in r.load_warnings[0] and "not found" in r.load_warnings[0]


names = st.one_of(
    st.sampled_from(["fid", "FID", "geom", "geometry", "gzmap_index", "Name", "name", " x", 'a"b']),
    st.text(alphabet="abcAB_ 名称企业区1", min_size=1, max_size=6),
)
cell_text = st.one_of(st.none(), st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=8))


@st.composite
def vector_layers(draw):
    n = draw(st.integers(0, 6))
    cols = draw(st.lists(names, min_size=0, max_size=5, unique_by=lambda s: s))
    data = {}
    for c in cols:
        kind = draw(st.sampled_from(["int", "float", "str", "bool", "cat", "dt", "nint", "obj"]))
        if kind == "int":
            data[c] = np.array(draw(st.lists(st.integers(-(2**53), 2**53), min_size=n, max_size=n)), dtype=np.int64)
        elif kind == "float":
            data[c] = np.array(
                draw(
                    st.lists(
                        st.one_of(st.floats(allow_nan=True, allow_infinity=True, width=64)), min_size=n, max_size=n
                    )
                ),
                dtype=float,
            )
        elif kind == "str":
            data[c] = pd.array(draw(st.lists(cell_text, min_size=n, max_size=n)), dtype="str")
        elif kind == "bool":
            data[c] = np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n)), dtype=bool)
        elif kind == "cat":
            data[c] = pd.Categorical(draw(st.lists(st.sampled_from(["游戏", "music", None]), min_size=n, max_size=n)))
        elif kind == "dt":
            data[c] = pd.to_datetime(draw(st.lists(st.one_of(st.none(), st.datetimes()), min_size=n, max_size=n)))
        elif kind == "nint":
            data[c] = pd.array(
                draw(st.lists(st.one_of(st.none(), st.integers(-1000, 1000)), min_size=n, max_size=n)), dtype="Int64"
            )
        else:
            data[c] = pd.Series(
                draw(
                    st.lists(
                        st.one_of(st.none(), st.integers(-5, 5), st.text(max_size=3), st.floats(allow_nan=False)),
                        min_size=n,
                        max_size=n,
                    )
                ),
                dtype=object,
            ).to_numpy()
    lon = st.floats(73, 135, allow_nan=False)
    lat = st.floats(3, 54, allow_nan=False)
    geoms = draw(
        st.lists(
            st.one_of(
                st.none(),
                st.builds(shapely.Point, lon, lat),
                st.builds(lambda x, y: shapely.box(x, y, x + 0.01, y + 0.01), lon, lat),
            ),
            min_size=n,
            max_size=n,
        )
    )
    gdf = gpd.GeoDataFrame(data, geometry=geoms, crs=4326)
    if draw(st.booleans()):
        gdf.index = pd.Index(
            draw(st.lists(st.integers(-(10**6), 10**6), min_size=n, max_size=n, unique=True)), dtype=np.int64
        )
    symbol = Symbol(fill=draw(st.sampled_from(["#123456", "#ff0000"])), size=draw(st.floats(1, 20)))
    style = draw(
        st.sampled_from(
            [
                SingleStyle(symbol=symbol, title_zh="单一", label_field=cols[0] if cols else None),
                CategorizedStyle.from_values("x", ["a", "b"], base=symbol, unit="家"),
                GraduatedStyle(
                    field="v", breaks=[1.0, 2.5, 10.0], ramp="Blues", symbol=symbol, size_min=2.0, size_max=9.0
                ),
            ]
        )
    )
    name = draw(st.text(alphabet="企业区abc ", min_size=1, max_size=6))
    return VectorLayer(
        gdf,
        name,
        name + "_en",
        source=draw(st.sampled_from(["", "a.csv", "builtin:x"])),
        source_datum=draw(st.sampled_from(["wgs84", "gcj02", "bd09"])),
        provenance={"synthetic": draw(st.booleans()), "parameters": {"k": draw(st.integers(1, 9))}},
        style=style,
        visible=draw(st.booleans()),
        opacity=draw(st.floats(0, 1)),
    )


@st.composite
def projects(draw):
    p = Project(draw(st.text(max_size=10, alphabet=st.characters(blacklist_categories=("Cs", "Cc")))))
    for layer in draw(st.lists(vector_layers(), min_size=0, max_size=3)):
        p.add_layer(layer)
    p.display_datum = draw(st.sampled_from(["wgs84", "gcj02", "bd09", "cgcs2000"]))
    p.language = draw(st.sampled_from(["zh_CN", "en"]))
    p.view_extent = draw(
        st.one_of(st.none(), st.tuples(st.floats(100, 110), st.floats(20, 22), st.floats(111, 120), st.floats(23, 30)))
    )
    log = edit_log(p)
    for layer in p.layers:  # a few edits per layer go into the log
        ids = list(layer.data.index)
        steps = draw(st.lists(st.sampled_from(["add", "move", "delete"]), max_size=3))
        for s in steps:
            if s == "add":
                log.apply(layer, add_point(layer.id, 113.3, 23.1))
            elif ids and s == "move" and ids[0] in layer.data.index:
                log.apply(layer, move_point(layer.id, ids[0], 113.4, 23.2))
            elif ids and s == "delete" and ids[-1] in layer.data.index:
                log.apply(layer, DeleteFeature(layer.id, row_id=ids[-1]))
    return p


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(projects())
def test_property_saved_and_reopened_projects_are_equal(tmp_path, project):
    path = tmp_path / "prop.gzmap.gpkg"
    save_project(project, path)
    assert_projects_equal(project, load_project(path))


# -- migrations and versions -----------------------------------------------------------------


def _set_description(path, **changes):
    import json

    con = sqlite3.connect(path)
    d = json.loads(con.execute("SELECT description FROM gzmap_project").fetchone()[0])
    d.update(changes)
    con.execute("UPDATE gzmap_project SET description=?, schema_version=?", (json.dumps(d), d["schema_version"]))
    con.commit()
    con.close()


def test_older_files_are_migrated(tmp_path, monkeypatch):
    path = tmp_path / "old.gzmap.gpkg"
    save_project(small_project(), path)
    # pretend this build writes format 2, where the title moved to "name": format-1 files must migrate
    monkeypatch.setattr(project_io, "SCHEMA_VERSION", 2)

    def v1_to_v2(d):
        d["name"] = d.pop("title")
        return d

    monkeypatch.setitem(project_io.MIGRATIONS, 1, v1_to_v2)
    d = project_io.read_description(path)
    assert d["schema_version"] == 2 and d["name"] == "测试项目" and "title" not in d


def test_file_from_a_newer_gzmap_gives_a_clear_message_and_stays_intact(tmp_path):
    path = tmp_path / "new.gzmap.gpkg"
    save_project(small_project(), path)
    _set_description(path, schema_version=99)
    before = path.read_bytes()
    with pytest.raises(ProjectError, match=r"saved by a newer GZMap \(project format 99; this version reads up to 1\)"):
        load_project(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "damage, message",
    [
        ("truncate", "damaged or not a complete GZMap project"),
        ("garbage", "not a GZMap project file"),
        ("empty", "damaged or not a complete GZMap project|not a GZMap project file"),
        ("foreign_gpkg", "a GeoPackage but not a GZMap project"),
        ("bad_json", "damaged"),
        ("dropped_table", "damaged"),
    ],
)
def test_corrupt_files_give_one_clear_line_and_are_not_touched(tmp_path, damage, message):
    path = tmp_path / "bad.gzmap.gpkg"
    save_project(small_project(300), path)
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(os.urandom(5000))
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "foreign_gpkg":
        path.unlink()
        gpd.GeoDataFrame({"a": [1]}, geometry=[shapely.Point(1, 2)], crs=4326).to_file(path, driver="GPKG")
    elif damage == "bad_json":
        con = sqlite3.connect(path)
        con.execute("UPDATE gzmap_project SET description='{not json'")
        con.commit()
        con.close()
    elif damage == "dropped_table":
        con = sqlite3.connect(path)
        table = [r[0] for r in con.execute("SELECT table_name FROM gpkg_contents") if r[0].startswith("layer01")][0]
        con.execute(f'DELETE FROM "{table}" WHERE fid > 10')
        con.commit()
        con.close()
    before = path.read_bytes()
    with pytest.raises(ProjectError, match=message) as info:
        load_project(path)
    assert "\n" not in str(info.value) and "bad.gzmap.gpkg" in str(info.value)
    assert path.read_bytes() == before
    # and a good save over the damaged file replaces it
    save_project(small_project(), path)
    assert len(load_project(path).layers) == 3


def test_missing_project_file(tmp_path):
    with pytest.raises(ProjectError, match="no such project file"):
        load_project(tmp_path / "nope.gzmap.gpkg")


# -- failures while saving ----------------------------------------------------------------------


def _temps(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if ".tmp" in p.name]


def test_full_disk_while_saving_keeps_the_last_good_file(tmp_path, monkeypatch):
    path = tmp_path / "p.gzmap.gpkg"
    good = small_project()
    save_project(good, path)
    before = path.read_bytes()
    import pyogrio

    real = pyogrio.write_dataframe
    calls = {"n": 0}

    def failing(*args, **kw):
        calls["n"] += 1
        if calls["n"] == 2:  # the first layer table: the disk fills up
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args, **kw)

    monkeypatch.setattr(pyogrio, "write_dataframe", failing)
    changed = small_project(80)
    with pytest.raises(ProjectError, match="the disk is full.*The previous file is unchanged") as info:
        save_project(changed, path)
    assert info.value.kind == "disk_full"
    assert path.read_bytes() == before and _temps(tmp_path) == []
    assert changed.modified and changed.path is None  # still unsaved: the title keeps its star


def test_gdal_reporting_a_full_disk_is_recognised(tmp_path, monkeypatch):
    import pyogrio

    def failing(*args, **kw):
        raise pyogrio.errors.DataSourceError("sqlite3_exec(COMMIT) failed: database or disk is full")

    path = tmp_path / "p.gzmap.gpkg"
    monkeypatch.setattr(pyogrio, "write_dataframe", failing)
    with pytest.raises(ProjectError, match="the disk is full"):
        save_project(small_project(), path)
    assert not path.exists() and _temps(tmp_path) == []


def _try_mount_tmpfs(where: Path, size: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    where.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
    return r.returncode == 0


def test_really_full_disk_on_a_tiny_file_system(tmp_path):
    """A real ENOSPC: a 1 MB tmpfs (needs root to mount; otherwise RLIMIT_FSIZE in a child process)."""
    disk = tmp_path / "tiny"
    if _try_mount_tmpfs(disk, "1m"):
        try:
            path = disk / "p.gzmap.gpkg"
            save_project(small_project(20), path)
            before = path.read_bytes()
            with pytest.raises(ProjectError, match="the disk is full") as info:
                save_project(small_project(20000), path)
            assert info.value.kind == "disk_full"
            assert path.read_bytes() == before and _temps(disk) == []
            assert len(load_project(path).layers[1].data) == 20
        finally:
            subprocess.run(["umount", "-l", str(disk)])
        return
    # no mount: limit the file size a child process may write (the kernel then fails writes with EFBIG)
    disk.mkdir()
    save_project(small_project(20), disk / "p.gzmap.gpkg")
    before = (disk / "p.gzmap.gpkg").read_bytes()
    code = textwrap.dedent(f"""
        import resource, signal, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_project import small_project
        from gzmap.io.project import save_project, ProjectError
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))
        try:
            save_project(small_project(20000), {str(disk / "p.gzmap.gpkg")!r})
        except ProjectError as e:
            print("ERR", getattr(e, "kind", ""), e)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert "ERR disk_full" in out.stdout, out.stdout + out.stderr
    assert (disk / "p.gzmap.gpkg").read_bytes() == before and _temps(disk) == []


def test_read_only_folder_gives_a_clear_message(tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "p.gzmap.gpkg"
    save_project(small_project(), path)
    before = path.read_bytes()
    mounted = False
    if os.geteuid() == 0:
        mounted = _try_mount_tmpfs(folder, "4m")
        if mounted:  # a real read-only file system (the tmpfs hides the first file: write it again)
            (folder / "p.gzmap.gpkg").write_bytes(before)
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        else:  # root ignores permissions: simulate what the OS says to a normal user

            def deny(*a, **k):
                raise PermissionError(errno.EACCES, "Permission denied", str(folder))

            monkeypatch.setattr(project_io.os, "open", deny)
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(ProjectError, match="read-only or you may not write there.*Save As") as info:
            save_project(small_project(10), path)
        assert info.value.kind == "read_only"
        assert path.read_bytes() == before
    finally:
        monkeypatch.undo()
        if mounted:
            subprocess.run(["umount", "-l", str(folder)])
        elif os.geteuid() != 0:
            folder.chmod(0o755)


def test_save_into_a_missing_folder(tmp_path):
    with pytest.raises(ProjectError, match="does not exist"):
        save_project(small_project(), tmp_path / "nope" / "p.gzmap.gpkg")


# -- SIGKILL in the middle of saves ---------------------------------------------------------------

ZYGOTE = textwrap.dedent("""
    # A helper that imports everything once and forks a worker per request, so the test
    # can kill many saves quickly. Protocol (lines): "save PATH N", "edit PATH N", "quit".
    import os, signal, sys, time
    sys.path.insert(0, sys.argv[1])
    from test_project import state, edit_steps
    from gzmap.io.project import save_project
    from gzmap.io.recovery import Autosaver
    from gzmap.core.editing import edit_log
    import tempfile
    with tempfile.TemporaryDirectory() as d:  # warm up imports (mapclassify, GDAL drivers) before forking
        save_project(state("B", 10), os.path.join(d, "w.gzmap.gpkg"))
    print("ready", flush=True)
    for line in sys.stdin:
        cmd, *args = line.split()
        if cmd == "quit":
            break
        pid = os.fork()
        if pid == 0:
            if cmd == "save":
                a, b = state("A", int(args[1])), state("B", int(args[1]))
                print("saving", flush=True)
                while True:  # two writers on purpose: force past the changed-on-disk check
                    save_project(b, args[0], force=True); save_project(a, args[0], force=True)
            else:  # edit: apply edits one by one, autosave every 3
                p = state("A", int(args[1]))
                saver = Autosaver(p)
                print("editing", flush=True)
                for i, e in enumerate(edit_steps(p)):
                    edit_log(p).apply(p.layers[1], e)
                    time.sleep(0.01)
                    if (i + 1) % 3 == 0:
                        saver.save_now()
                        print("autosaved", i + 1, flush=True)
                time.sleep(60)
            os._exit(0)
        print("pid", pid, flush=True)
        os.waitpid(pid, 0)
        print("reaped", flush=True)
""")


def state(which: str, n: int) -> Project:
    """Two distinguishable project states for the crash test."""
    p = small_project(n)
    if which == "B":
        p.title = "B"
        ent = p.layers[1]
        edit_log(p).apply(ent, SetAttribute(ent.id, row_id=1, field="企业名称", value="状态B"))
        edit_log(p).apply(ent, DeleteFeature(ent.id, row_id=2))
    return p


def edit_steps(p: Project):
    """A long deterministic sequence of field edits on the enterprises layer."""
    ent = p.layers[1]
    for i in range(400):
        k = i % 4
        ids = list(ent.data.index)  # the generator is lazy: ids after the previous edit
        if k == 0:
            yield move_point(ent.id, ids[i % 40], 113.2 + i / 1000, 23.1)
        elif k == 1:
            yield add_point(ent.id, 113.3, 23.0 + i / 1000, {"企业名称": f"新{i}"})
        elif k == 2:
            yield SetAttribute(ent.id, row_id=ids[i % 40], field="employees", value=i)
        else:
            yield DeleteFeature(ent.id, row_id=ids[-1])


class Zygote:
    def __init__(self, env):
        self.proc = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE, str(Path(__file__).parent)],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.readline() == "ready"

    def readline(self) -> str:
        return self.proc.stdout.readline().strip()

    def send(self, line: str) -> None:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def close(self):
        try:
            self.send("quit")
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()


@pytest.fixture
def zygote(tmp_path):
    env = dict(os.environ, GZMAP_USER_DIR=str(tmp_path / "userdata"), QT_QPA_PLATFORM="offscreen")
    z = Zygote(env)
    yield z
    z.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_sigkill_during_saves_always_leaves_the_old_or_the_new_project(tmp_path, zygote):
    n = 3000
    path = tmp_path / "crash.gzmap.gpkg"
    a, b = state("A", n), state("B", n)
    t_save = time.perf_counter()
    save_project(b, tmp_path / "timing.gzmap.gpkg")
    t_save = time.perf_counter() - t_save  # how long one whole save takes on this machine now
    save_project(a, path)
    saved_a = path.read_bytes()
    rng = random.Random(8)
    outcomes = {"A": 0, "B": 0}
    mid_save = 0
    t0 = time.perf_counter()
    kills = 0
    while kills < 25 and time.perf_counter() - t0 < 20:
        # each save starts from A, so every kill is its own trial: a kill before the rename
        # leaves A, after it B (without this, the first save that completes decides the rest)
        path.write_bytes(saved_a)
        zygote.send(f"save {path} {n}")
        pid = int(zygote.readline().split()[1])
        assert zygote.readline() == "saving"
        time.sleep(rng.uniform(0.0, 2.0 * t_save))  # about half the kills before the rename, half after
        os.kill(pid, 9)
        assert zygote.readline() == "reaped"
        kills += 1
        mid_save += bool(_temps(tmp_path))  # killed while a temporary file was being written
        q = load_project(path)
        which = "B" if q.title == "B" else "A"
        assert_projects_equal(b if which == "B" else a, q, check_times=False)  # states built in another process
        outcomes[which] += 1
    assert kills >= 10
    assert mid_save >= kills // 3, f"only {mid_save} of {kills} kills landed during a save"
    assert outcomes["A"] and outcomes["B"], outcomes
    # the next save clears the dead saves' temporary files (forced: other processes wrote the file)
    save_project(a, path, force=True)
    assert _temps(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_after_a_kill_during_editing_recovery_returns_the_edits_up_to_the_last_autosave(tmp_path, zygote):
    from gzmap.io.recovery import find_recoveries
    from gzmap.io.recovery import recover

    zygote.send("edit - 60")
    pid = int(zygote.readline().split()[1])
    assert zygote.readline() == "editing"
    last = 0
    deadline = time.perf_counter() + 30
    target = random.Random(3).choice([6, 9, 12])
    while last < target and time.perf_counter() < deadline:
        line = zygote.readline()
        if line.startswith("autosaved"):
            last = int(line.split()[1])
    time.sleep(0.015)  # a little more editing after the autosave, then the battery dies
    os.kill(pid, 9)
    assert zygote.readline() == "reaped"
    found = find_recoveries()
    assert len(found) == 1
    recovered = recover(found[0])
    assert recovered.modified and recovered.path is None
    expected = state("A", 60)
    k = len(edit_log(recovered)) - len(edit_log(expected))  # field edits after the project was built
    assert k >= last
    # the recovered data is exactly the first k edits replayed
    for i, e in enumerate(edit_steps(expected)):
        if i >= k:
            break
        edit_log(expected).apply(expected.layers[1], e)
    assert_geodataframe_equal(recovered.layers[1].data, expected.layers[1].data, check_index_type=True)
