"""Projects and recovery files from others: crafted descriptions, links outside the folder, saves
that must not replace what they should not. Each crafted file gives one line naming the file and
the field, or opens with a warning and the basemap "tiles missing"."""

from __future__ import annotations

import json
import math
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely

from gzmap.core.layer import Grid
from gzmap.core.layer import RasterLayer
from gzmap.core.layer import TileLayer
from gzmap.core.layer import VectorLayer
from gzmap.core.project import Project
from gzmap.io import project as project_io
from gzmap.io.project import ProjectError
from gzmap.io.project import load_project
from gzmap.io.project import save_project

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile" / "projects"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from tile_fixtures import make_mbtiles  # noqa: E402

from gzmap.testing import assert_one_line  # noqa: E402

# -- helpers ------------------------------------------------------------------------------------


def real_project(folder: Path) -> Path:
    """A saved project with a vector layer, a raster and a basemap in its own folder."""
    folder.mkdir(parents=True, exist_ok=True)
    make_mbtiles(folder / "basemap.mbtiles", 12, 3337, 1780, 1, 1)
    from gzmap.io.tiles import mbtiles_layer

    p = Project("园区")
    df = gpd.GeoDataFrame(
        {"name": ["a", "b"], "n": [1, 2]}, geometry=[shapely.Point(113.3, 23.1), shapely.Point(113.31, 23.11)], crs=4326
    )
    p.add_layer(mbtiles_layer(folder / "basemap.mbtiles", "wgs84"))
    p.add_layer(VectorLayer(df, "企业", "Enterprises"))
    p.add_layer(
        RasterLayer(
            Grid(np.ones((2, 2), dtype=np.float32), (500.0, 0.0, 740000.0, 0.0, -500.0, 2560000.0)), "密度", "Density"
        )
    )
    p.view_extent = (113.2, 23.0, 113.4, 23.2)
    path = folder / "t.gzmap.gpkg"
    save_project(p, path)
    return path


def description(path: Path) -> dict:
    con = sqlite3.connect(path)
    try:
        return json.loads(con.execute("SELECT description FROM gzmap_project").fetchone()[0])
    finally:
        con.close()


def rewrite(path: Path, change) -> None:
    """Replace the description of ``path``: ``change(d)`` edits the dict in place, or returns JSON text."""
    d = description(path)
    out = change(d)
    text = out if isinstance(out, str) else json.dumps(d, ensure_ascii=False)
    con = sqlite3.connect(path)
    con.execute("UPDATE gzmap_project SET description = ?", (text,))
    con.commit()
    con.close()


@pytest.fixture
def project_file(tmp_path) -> Path:
    return real_project(tmp_path / "office")


def _set(d, keys, value):
    for k in keys[:-1]:
        d = d[k]
    d[keys[-1]] = value


CRAFTED = [
    # (what is changed, value, field named in the message, what the message says)
    (("layers",), "layer1,layer2", "layers", "must be a list"),
    (("layers", 1), "not a layer", "layers[1]", "must be an object"),
    (("metadata",), ["a"], "metadata", "must be an object"),
    (("view_extent",), "113 23 114 24", "view_extent", "4 numbers"),
    (("view_extent",), [113, 23, 114], "view_extent", "4 numbers"),
    (("view_extent",), [114, 23, 113, 24], "view_extent", "min <= max"),
    (("title",), "长" * 70_000, "title", "longer than"),
    (("title",), {"zh": "x"}, "title", "must be text"),
    (("display_datum",), "mars-9", "display_datum", "not a datum"),
    (("edit_log_rows",), -1, "edit_log_rows", "at least 0"),
    (("layers", 0, "opacity"), 1.5, "layers[0].opacity", "must be a number from 0 to 1"),
    (("layers", 0, "opacity"), "half", "layers[0].opacity", "must be a number from 0 to 1"),
    (("layers", 1, "visible"), "yes", "layers[1].visible", "true or false"),
    (("layers", 1, "style"), ["red"], "layers[1].style", "must be an object"),
    (("layers", 1, "name_en"), 42, "layers[1].name_en", "must be text"),
    (("layers", 1, "provenance"), "x", "layers[1].provenance", "must be an object"),
    (("layers", 1, "columns"), "name,n", "layers[1].columns", "must be a list"),
    (("layers", 1, "columns", 0, "dtype"), "U1000000000", "layers[1].columns[0].dtype", "not a column type"),
    (("layers", 1, "index"), {"kind": "range", "start": 0, "step": 0}, "layers[1].index.step", "must not be 0"),
    (("layers", 1, "rows"), 2.5, "layers[1].rows", "whole number"),
    (("layers", 2, "transform"), [1, 2, 3], "layers[2].transform", "list of 6"),
    (("layers", 2, "crs"), "EPSG:0", "layers[2].crs", "not a datum"),
    (("layers", 0, "tile_source", "maxzoom"), 60, "layers[0].tile_source.maxzoom", "from 0 to 24"),
    (("layers", 0, "tile_source", "minzoom"), -3, "layers[0].tile_source.minzoom", "from 0 to 24"),
    (("layers", 0, "tile_source", "minzoom"), "3", "layers[0].tile_source.minzoom", "whole number"),
    (("layers", 0, "tile_source", "url"), "file:///etc/{z}/{x}/{y}", "layers[0].tile_source.url", "http(s)"),
    (("layers", 0, "tile_source"), "basemap.mbtiles", "layers[0].tile_source", "must be an object"),
    (("layers", 0, "tile_bounds"), [113, 22, "x", 24], "layers[0].tile_bounds", "4 numbers"),
    (("layers", 0, "datum"), "bd09", "layers[0].datum", "wgs84, gcj02"),
]


@pytest.mark.parametrize(
    "keys, value, field, reason", CRAFTED, ids=[f"{'.'.join(map(str, c[0]))}={str(c[1])[:20]}" for c in CRAFTED]
)
def test_a_wrong_field_is_a_one_line_error_naming_the_file_and_the_field(project_file, keys, value, field, reason):
    rewrite(project_file, lambda d: _set(d, keys, value))
    before = project_file.read_bytes()
    with pytest.raises(ProjectError) as info:
        load_project(project_file)
    message = str(info.value)
    assert message.startswith(f"t.gzmap.gpkg: {field}: "), message
    assert_one_line(message, reason)
    assert info.value.kind == "invalid"
    assert project_file.read_bytes() == before


@pytest.mark.parametrize(
    "text, reason",
    [
        (
            '{"format": "gzmap-project", "schema_version": 1, "metadata": ' + "[" * 100_000 + "]" * 100_000 + "}",
            "nested deeper than 64",
        ),
        (
            '{"format": "gzmap-project", "schema_version": 1, "metadata": {"a": ' + "[" * 65 + "]" * 65 + "}}",
            "nested deeper than 64",
        ),
        ('{"format": "gzmap-project", "schema_version": 1, "view_extent": [NaN, 1, 2, 3]}', "view_extent[0]"),
        ('{"format": "gzmap-project", "schema_version": 1, "layers": [], "metadata": {"x": Infinity}}', "metadata.x"),
        ('{"format": "gzmap-project", "schema_version": true}', "format version"),
        ('{"format": "gzmap-project", "schema_version": "1"}', "format version"),
        ('["gzmap-project"]', "not a GZMap project description"),
        ('{"format": "gzmap-project", "schema_version": 1, "layers": [{"kind": "vector"}]}', "layers[0].table"),
    ],
)
def test_crafted_json_text_never_escapes_as_anything_but_project_error(project_file, text, reason):
    rewrite(project_file, lambda d: text)
    with pytest.raises(ProjectError) as info:
        load_project(project_file)
    assert_one_line(str(info.value), "t.gzmap.gpkg", reason)


def test_committed_hostile_projects(tmp_path):
    expected = {
        "layers_as_string": "layers: must be a list",
        "metadata_as_list": "metadata: must be an object",
        "view_extent_text": "view_extent: must be 4 numbers",
        "deep_nesting": "nested deeper than 64",
        "nan_bounds": "layers[0].tile_bounds",
        "zoom_60": "layers[0].tile_source.maxzoom",
        "opacity_text": "layers[0].opacity: must be a number from 0 to 1",
    }
    for stem, part in expected.items():
        with pytest.raises(ProjectError) as info:
            load_project(HOSTILE / f"{stem}.gzmap.gpkg")
        assert_one_line(str(info.value), f"{stem}.gzmap.gpkg: ", part)
    p = load_project(HOSTILE / "bad_style.gzmap.gpkg")
    assert p.layers[0].style.kind == "single" and "style could not be read" in p.load_warnings[0]


def test_a_style_that_cannot_be_read_gives_a_warning_and_a_plain_style(project_file):
    rewrite(
        project_file,
        lambda d: _set(
            d, ("layers", 1, "style"), {"kind": "categorized", "categories": {"a": [{"fill": "url(x)"}, 1, 2]}}
        ),
    )
    p = load_project(project_file)
    assert p.layers[1].style.kind == "single" and p.layers[1].name_en == "Enterprises"
    assert any("'企业': its style could not be read" in w for w in p.load_warnings)


def test_crafted_edit_log_cells_are_damage_not_a_crash(project_file):
    from gzmap.core.editing import SetAttribute
    from gzmap.core.editing import edit_log

    p = load_project(project_file)
    ent = p.layers[1]
    edit_log(p).apply(ent, SetAttribute(ent.id, row_id=0, field="n", value=5))
    save_project(p, project_file)
    con = sqlite3.connect(project_file)
    con.execute("UPDATE gzmap_edit_log SET old_value = ?", ("[" * 5000 + "]" * 5000,))
    con.commit()
    con.close()
    with pytest.raises(ProjectError) as info:
        load_project(project_file)
    assert_one_line(str(info.value), "t.gzmap.gpkg is damaged", "edit log")


def test_a_view_in_the_file_is_refused_before_gdal_reads_it(project_file):
    con = sqlite3.connect(project_file)
    con.execute("CREATE VIEW loop AS WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT i FROM r")
    con.commit()
    con.close()
    rewrite(project_file, lambda d: _set(d, ("layers", 1, "table"), "loop"))
    with pytest.raises(ProjectError) as info:
        load_project(project_file)
    assert_one_line(str(info.value), "t.gzmap.gpkg is damaged", "views")


def test_a_grid_header_claiming_more_values_than_its_blob_is_refused(project_file):
    import io

    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, {"descr": "<f8", "fortran_order": False, "shape": (10**6, 10**6)})
    con = sqlite3.connect(project_file)
    con.execute("UPDATE gzmap_grids SET npy = ?", (buf.getvalue() + b"\0" * 64,))
    con.commit()
    con.close()
    with pytest.raises(ProjectError) as info:
        load_project(project_file)
    assert_one_line(str(info.value), "t.gzmap.gpkg is damaged", "raster grid")


# -- links outside the project's folder ------------------------------------------------------------


class OpenRecorder:
    """Records files Python opens (audit events) while ``on``; the hook stays installed (it cannot be
    removed) but records nothing when off."""

    installed: OpenRecorder | None = None

    def __init__(self):
        self.on = False
        self.paths: list[str] = []

    @classmethod
    def get(cls) -> OpenRecorder:
        if cls.installed is None:
            cls.installed = cls()
            sys.addaudithook(cls.installed._hook)
        cls.installed.paths = []
        return cls.installed

    def _hook(self, event, args):
        if self.on and event in ("open", "sqlite3.connect", "os.listdir", "os.scandir") and args:
            target = args[0]
            if isinstance(target, (str, bytes, os.PathLike)):
                self.paths.append(os.fsdecode(target))


@pytest.mark.parametrize(
    "relative, absolute",
    [
        ("../../../../../../../../../../etc/passwd", "/etc/passwd"),
        (None, "/etc/passwd"),
        ("../outside/secret.mbtiles", "OUTSIDE"),
        ("link.mbtiles", "OUTSIDE"),  # a symbolic link in the project's folder that leads out
    ],
)
def test_a_basemap_link_leading_outside_the_folder_is_never_opened(tmp_path, project_file, relative, absolute):
    from gzmap.io.tiles import check_tile_layers

    outside = tmp_path / "outside" / "secret.mbtiles"
    outside.parent.mkdir()
    make_mbtiles(outside, 12, 3337, 1780, 1, 1)
    (project_file.parent / "link.mbtiles").symlink_to(outside)
    absolute = str(outside) if absolute == "OUTSIDE" else absolute

    def craft(d):
        src = d["layers"][0]["tile_source"]
        src["path"] = absolute
        if relative is None:
            src.pop("relative_path", None)
        else:
            src["relative_path"] = relative

    rewrite(project_file, craft)
    rec = OpenRecorder.get()
    rec.on = True
    try:
        p = load_project(project_file)
        check_tile_layers(p.layers)  # what export-map does before drawing
        from gzmap.render.tiles import draw_tile_layer  # noqa: F401 (the renderer skips missing layers)
    finally:
        rec.on = False
    layer = p.layers[0]
    assert layer.tile_source["missing"] and layer.tile_source["path"] is None
    assert len(p.layers) == 3 and p.layers[1].name_en == "Enterprises"
    assert any("outside the project's folder" in w and "Locate" in w for w in p.load_warnings), p.load_warnings
    forbidden = (str(outside), "/etc/passwd", str(project_file.parent / "link.mbtiles"))
    touched = [x for x in rec.paths if os.path.normpath(x) in forbidden or "passwd" in x]
    assert touched == []
    assert rec.paths, "the recorder saw nothing: the test would not notice an open"


def test_links_inside_the_folder_and_the_tile_cache_open_and_saving_keeps_relative_paths(tmp_path, project_file):
    from gzmap.paths import tile_cache_dir

    p = load_project(project_file)
    assert p.load_warnings == [] and p.layers[0].tile_source["path"] == str(project_file.parent / "basemap.mbtiles")
    assert description(project_file)["layers"][0]["tile_source"]["relative_path"] == "basemap.mbtiles"
    cached = tile_cache_dir() / "gz" / "cached.mbtiles"
    cached.parent.mkdir(parents=True)
    shutil.copy(project_file.parent / "basemap.mbtiles", cached)
    rewrite(
        project_file, lambda d: d["layers"][0]["tile_source"].update(path=str(cached), relative_path="gone.mbtiles")
    )
    q = load_project(project_file)
    assert q.load_warnings == [] and q.layers[0].tile_source["path"] == str(cached.resolve())


def test_a_missing_basemap_keeps_its_link_when_saved_and_a_located_one_is_remembered(tmp_path, project_file):
    from gzmap.io.user_records import located_tiles
    from gzmap.io.user_records import remember_located_tiles

    outside = tmp_path / "elsewhere" / "bm.mbtiles"
    outside.parent.mkdir()
    shutil.move(project_file.parent / "basemap.mbtiles", outside)
    p = load_project(project_file)
    assert p.layers[0].tile_source["missing"] and "not found" in p.load_warnings[0]
    save_project(p, project_file)  # saved without locating: the link is still the one it was
    assert description(project_file)["layers"][0]["tile_source"]["relative_path"] == "basemap.mbtiles"
    # the user locates the file: remembered for this project, in the user's records
    remember_located_tiles(project_file, ["basemap.mbtiles"], outside)
    q = load_project(project_file)
    assert q.load_warnings == [] and q.layers[0].tile_source["path"] == str(outside)
    save_project(q, project_file)  # now links ../elsewhere/bm.mbtiles, still opened: the user chose it
    assert description(project_file)["layers"][0]["tile_source"]["relative_path"] == "../elsewhere/bm.mbtiles"
    assert load_project(project_file).load_warnings == []
    # the same link in another project (not located there) is not followed
    other = tmp_path / "office" / "other.gzmap.gpkg"
    shutil.copy(project_file, other)
    assert load_project(other).layers[0].tile_source["missing"]
    assert located_tiles(other) == {}


def test_a_cache_folder_outside_the_tile_cache_is_dropped(project_file):
    rewrite(
        project_file,
        lambda d: d["layers"][0].update(
            tile_source={
                "type": "online",
                "url": "https://tile.example.org/{z}/{x}/{y}.png",
                "cache_dir": "/etc",
                "minzoom": 0,
                "maxzoom": 18,
            }
        ),
    )
    p = load_project(project_file)
    assert "cache_dir" not in p.layers[0].tile_source
    assert any("cache folder is outside" in w for w in p.load_warnings)


# -- recovery files ---------------------------------------------------------------------------------


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", ""])
    proc.wait()
    return proc.pid


def crafted_recovery(project_file: Path, recovery_of) -> Path:
    from gzmap.io.recovery import recovery_dir

    rewrite(project_file, lambda d: d["metadata"].update(recovery_of=recovery_of, recovery_pid=1))
    dest = recovery_dir() / f"autosave-{dead_pid()}-beef.gzmap.gpkg"
    shutil.copy(project_file, dest)
    return dest


def test_recovery_of_a_project_not_in_the_recent_list_is_an_untitled_project(tmp_path, project_file):
    from gzmap.io.recovery import find_recoveries
    from gzmap.io.recovery import recover

    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    crafted_recovery(project_file, str(victim))
    found = find_recoveries()
    assert len(found) == 1 and found[0].project_path is None
    p = recover(found[0])
    assert p.path is None and p.modified and "recovery_of" not in p.metadata
    assert len(p.layers) == 3
    assert victim.read_text() == "keep me"


def test_recovery_of_a_recent_project_belongs_to_it(tmp_path, project_file):
    from gzmap.io.recovery import find_recoveries
    from gzmap.io.recovery import recover
    from gzmap.io.user_records import add_recent_project

    add_recent_project(project_file)
    rec = crafted_recovery(project_file, str(project_file))
    os.utime(project_file, (1, 1))  # the project is older than its autosave
    found = find_recoveries()
    assert [f.project_path for f in found] == [str(project_file)]
    p = recover(found[0])
    assert p.path == str(project_file)
    assert p.layers[0].tile_source.get("path") == str(project_file.parent / "basemap.mbtiles")  # links from there
    assert rec.exists()


def test_find_recoveries_skips_crafted_files_and_never_raises(tmp_path):
    from gzmap.io.recovery import find_recoveries
    from gzmap.io.recovery import recovery_dir

    folder = recovery_dir()
    pid = dead_pid()
    (folder / f"autosave-{pid}-aa.gzmap.gpkg").write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    (folder / f"autosave-{pid}-ab.gzmap.gpkg").write_bytes(b"")
    (folder / f"autosave-{pid}-ac.gzmap.gpkg").mkdir()
    (folder / f"autosave-{'9' * 40}-ad.gzmap.gpkg").write_bytes(b"x")  # a pid no system has
    for name in ("layers_as_string", "deep_nesting", "nan_bounds", "metadata_as_list"):
        shutil.copy(
            HOSTILE / f"{name}.gzmap.gpkg",
            folder / f"autosave-{pid}-{name.replace('_', '')[:8].encode().hex()}.gzmap.gpkg",
        )
    shutil.copy(HOSTILE / "recovery_of_victim.gzmap.gpkg", folder / f"autosave-{pid}-ee.gzmap.gpkg")
    found = find_recoveries()
    assert [f.path.name for f in found] == [f"autosave-{pid}-ee.gzmap.gpkg"]
    assert found[0].project_path is None  # /tmp/victim.gzmap.gpkg is not one of the user's projects


def test_temporary_files_of_killed_saves_and_autosaves_are_removed(tmp_path, project_file):
    from gzmap.io.recovery import Autosaver
    from gzmap.io.recovery import find_recoveries
    from gzmap.io.recovery import recovery_dir

    pid = dead_pid()
    folder = recovery_dir()
    stale = [
        folder / f".autosave-{pid}-0a0a.gzmap.gpkg.{pid}-deadbeef.tmp.gpkg",
        folder / f".autosave-{pid}-0a0a.gzmap.gpkg.{pid}-deadbeef.tmp.gpkg-journal",
        project_file.parent / f".t.gzmap.gpkg.{pid}-0badf00d.tmp.gpkg",
    ]
    alive = folder / f".autosave-{os.getpid()}-0b0b.gzmap.gpkg.{os.getpid()}-feedface.tmp.gpkg"
    for f in [*stale, alive]:
        f.write_bytes(b"\0" * 1024)
    find_recoveries()  # at start
    assert not stale[0].exists() and not stale[1].exists() and alive.exists()
    stale[0].write_bytes(b"\0")
    p = load_project(project_file)
    p.set_modified(True)
    Autosaver(p).save_now()  # on autosave
    assert not stale[0].exists()
    save_project(p, project_file)  # on save, in the project's folder
    assert not stale[2].exists()
    alive.unlink()


# -- saving ------------------------------------------------------------------------------------------


def test_a_read_only_project_file_is_not_replaced(project_file):
    p = load_project(project_file)
    project_file.chmod(0o444)
    before = project_file.read_bytes()
    try:
        with pytest.raises(ProjectError) as info:
            save_project(p, project_file)
        assert info.value.kind == "read_only"
        assert_one_line(str(info.value), "t.gzmap.gpkg", "read-only", "Save As")
        assert project_file.read_bytes() == before
        assert stat.S_IMODE(project_file.stat().st_mode) == 0o444
    finally:
        project_file.chmod(0o644)


def test_a_saved_file_keeps_its_permissions(project_file):
    project_file.chmod(0o640)
    p = load_project(project_file)
    save_project(p, project_file)
    assert stat.S_IMODE(project_file.stat().st_mode) == 0o640


def test_a_project_changed_on_disk_is_not_overwritten_without_force(project_file):
    mine = load_project(project_file)
    theirs = load_project(project_file)
    theirs.title = "theirs"
    save_project(theirs, project_file)  # another GZMap saved meanwhile
    mine.title = "mine"
    with pytest.raises(ProjectError) as info:
        save_project(mine, project_file)
    assert info.value.kind == "changed"
    assert_one_line(str(info.value), "t.gzmap.gpkg", "changed on disk")
    assert load_project(project_file).title == "theirs"
    save_project(mine, project_file, force=True)
    assert load_project(project_file).title == "mine"
    mine.title = "again"
    save_project(mine, project_file)  # after its own save, no question
    assert load_project(project_file).title == "again"


@pytest.mark.parametrize(
    "error, free, kind, words",
    [
        (RuntimeError("sqlite3_exec(ROLLBACK) failed: cannot rollback"), 0, "disk_full", "the disk is full"),
        (OSError(28, "No space left on device"), 10**9, "disk_full", "the disk is full"),
        (RuntimeError("database is locked"), 10**9, "locked", "locked by another program"),
        (PermissionError(13, "Permission denied"), 10**9, "read_only", "may not write there"),
    ],
)
def test_write_errors_are_one_line_each(project_file, monkeypatch, error, free, kind, words):
    import pyogrio

    p = load_project(project_file)
    before = project_file.read_bytes()

    def fail(*a, **k):
        raise error

    monkeypatch.setattr(pyogrio, "write_dataframe", fail)
    monkeypatch.setattr(project_io, "_free_bytes", lambda folder: free)
    with pytest.raises(ProjectError) as info:
        save_project(p, project_file)
    assert info.value.kind == kind
    assert_one_line(str(info.value), "Cannot save t.gzmap.gpkg", words, "unchanged")
    assert "sqlite3_exec" not in str(info.value) and "Errno" not in str(info.value)
    assert project_file.read_bytes() == before


def test_non_finite_view_and_bounds_do_not_make_a_project_unsavable(tmp_path, project_file):
    p = load_project(project_file)
    p.view_extent = (math.nan, 23.0, 113.4, math.inf)
    tiles = p.layers[0]
    assert isinstance(tiles, TileLayer)
    tiles.tile_bounds = (113.0, math.nan, 113.5, 23.4)
    rep = save_project(p, tmp_path / "office" / "saved.gzmap.gpkg")
    assert len(rep.warnings) == 2
    assert any("view extent" in w for w in rep.warnings) and any("'test tiles': its bounds" in w for w in rep.warnings)
    q = load_project(rep.path)
    assert q.view_extent is None and q.layers[0].tile_bounds is None and len(q.layers) == 3


def test_what_cannot_be_opened_again_is_not_saved(tmp_path, project_file):
    p = load_project(project_file)
    p.title = "x" * 70_000
    with pytest.raises(ProjectError) as info:
        save_project(p, project_file)
    assert_one_line(str(info.value), "Cannot save t.gzmap.gpkg", "title: text longer than")
    assert load_project(project_file).title == "园区"
