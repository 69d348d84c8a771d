"""Every GZMap command on every hostile file: one line or a clean result, nothing read outside.

The corpus is the hand-made files in ``tests/data/hostile/<area>/`` plus the
projects, tile sets and tables that ``tools/make_hostile_corpus.py`` makes (in
a temporary folder, once per run). Each command runs in-process through the
CLI's ``main`` with a Python audit hook recording what is opened or listed; a
small sample runs as a subprocess under strace, which also sees what GDAL,
SQLite and Qt open in C and catches signals and hangs.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import time
from pathlib import Path

import pytest
from file_audit import allowed_roots
from file_audit import opened_paths
from file_audit import outside
from file_audit import run_traced
from file_audit import strace_available

from gzmap.cli import main

REPO = Path(__file__).resolve().parents[2]
HANDMADE = REPO / "tests" / "data" / "hostile"
TABLES = {".csv", ".txt", ".tsv", ".xlsx", ".xls", ".xlsm"}
VECTORS = {".geojson", ".json", ".gpkg", ".shp", ".kml", ".parquet", ".zip"}
LIMIT_S = 30.0


def _generator():
    spec = importlib.util.spec_from_file_location("make_hostile_corpus", REPO / "tools" / "make_hostile_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def generated(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile-corpus")
    _generator().make_corpus(folder, large=False)
    return folder


def _handmade() -> list[Path]:
    if not HANDMADE.is_dir():
        return []
    return sorted(p for p in HANDMADE.rglob("*") if p.is_file() and p.name != "README.md" and p.suffix != ".py")


GENERATED_NAMES = [
    "projects/tile_path_dotdot.gzmap.gpkg",
    "projects/tile_path_absolute.gzmap.gpkg",
    "projects/tile_path_proc_walk.gzmap.gpkg",
    "projects/template_and_bad_colour.gzmap.gpkg",
    "projects/template_names.gzmap.gpkg",
    "projects/layers_as_string.gzmap.gpkg",
    "projects/metadata_as_list.gzmap.gpkg",
    "projects/view_extent_text.gzmap.gpkg",
    "projects/view_extent_nan.gzmap.gpkg",
    "projects/deep_nesting.gzmap.gpkg",
    "projects/opacity_text.gzmap.gpkg",
    "projects/layer_is_number.gzmap.gpkg",
    "projects/huge_title.gzmap.gpkg",
    "projects/uses_svg_tile_local_href.gzmap.gpkg",
    "projects/uses_recursive_tiles_view.gzmap.gpkg",
    "projects/uses_recursive_metadata_view.gzmap.gpkg",
    "projects/uses_zoom_60.gzmap.gpkg",
    "projects/uses_zoom_1000.gzmap.gpkg",
    "projects/uses_zoom_negative.gzmap.gpkg",
    "projects/uses_zoom_text.gzmap.gpkg",
    "projects/uses_bounds_nan.gzmap.gpkg",
    "projects/uses_not_an_image.gzmap.gpkg",
    "projects/uses_png_claims_huge_size.gzmap.gpkg",
    "tables/cell_at_XFD1048576.xlsx",
    "tables/cell_of_200KiB.csv",
    "tables/{{7*7}}{% if 1 %}企业{% endif %}.csv",
]


def _commands(path: Path, out: Path) -> list[list[str]]:
    name = path.name.lower()
    if name.endswith(".gzmap.gpkg"):
        return [
            ["export-html", str(out / "map.html"), "--project", str(path)],
            ["export-map", str(out / "map.png"), "--project", str(path), "--dpi", "40"],
        ]
    if path.suffix.lower() in TABLES:
        return [
            ["info", str(path)],
            ["convert", str(path), str(out / "converted.csv"), "--from", "gcj02", "--to", "wgs84"],
            ["export-html", str(out / "map.html"), "--points", str(path)],
        ]
    return [["info", str(path)]]


def _check_run(argv: list[str], given: Path, tmp_path: Path, capsys) -> tuple[int, str]:
    with opened_paths() as seen:
        t0 = time.perf_counter()
        code = main(argv)
        elapsed = time.perf_counter() - t0
    out, err = capsys.readouterr()
    where = f"gzmap {' '.join(argv)}"
    assert code in (0, 1), f"{where}: exit {code}\n{err}"
    assert "Traceback" not in err and "Traceback" not in out, f"{where}:\n{err}"
    lines = [l for l in err.splitlines() if l.strip()]
    assert all(l.startswith("gzmap ") for l in lines), f"{where}: stray stderr:\n{err}"
    if code == 1:
        assert lines, f"{where}: failed without saying why"
    assert elapsed < LIMIT_S, f"{where}: took {elapsed:.1f} s"
    bad = outside(seen, allowed_roots(given.parent, tmp_path))
    assert bad == [], f"{where}: opened outside the folders involved: {bad}"
    return code, err


@pytest.mark.parametrize("name", GENERATED_NAMES)
def test_generated_hostile_file(name, generated, tmp_path, capsys, monkeypatch):
    path = generated / name
    assert path.exists(), f"the generator did not make {name}"
    monkeypatch.chdir(tmp_path)
    for argv in _commands(path, tmp_path):
        _check_run(argv, path, tmp_path, capsys)
    assert not (tmp_path / "PWNED").exists() and not (path.parent / "PWNED").exists()


def test_the_handmade_corpus_is_there():
    areas = {p.relative_to(HANDMADE).parts[0] for p in _handmade()}
    assert areas, f"no hostile files under {HANDMADE}"


@pytest.mark.parametrize("path", _handmade(), ids=lambda p: str(p.relative_to(HANDMADE)))
def test_handmade_hostile_file(path, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for argv in _commands(path, tmp_path):
        _check_run(argv, path, tmp_path, capsys)


def test_escaping_tile_paths_load_as_missing_tiles(generated, tmp_path, capsys):
    from gzmap.io.project import load_project

    for name in ("tile_path_dotdot", "tile_path_absolute", "tile_path_proc_walk"):
        path = generated / "projects" / f"{name}.gzmap.gpkg"
        with opened_paths() as seen:
            project = load_project(path)
        tiles = [l for l in project.layers if getattr(l, "kind", "") == "tiles"]
        assert tiles and tiles[0].tile_source.get("missing"), name
        assert project.load_warnings, name
        assert not [p for p in seen if p.startswith(("/etc", "/proc"))], (name, seen)


def test_template_project_exports_its_text_literally(generated, tmp_path, capsys):
    gen = _generator()
    path = generated / "projects" / "template_names.gzmap.gpkg"
    out = tmp_path / "map.html"
    assert main(["export-html", str(out), "--project", str(path)]) == 0, capsys.readouterr().err
    page = out.read_text(encoding="utf-8")
    assert "T49T" not in page and "TSS" not in page
    assert "T{{7*7}}T{% if 1 %}S{% endif %}" in page
    assert gen.PAYLOAD.split("{#")[0] in page
    # the bad colour never reaches the page: the style falls back with a warning
    out2 = tmp_path / "map2.html"
    code = main(
        ["export-html", str(out2), "--project", str(generated / "projects" / "template_and_bad_colour.gzmap.gpkg")]
    )
    err = capsys.readouterr().err
    assert code == 0, err
    assert "198.51.100.7" not in out2.read_text(encoding="utf-8")


# ------------------------------------------------------------------ subprocess sample (signals, hangs, C-level reads)


@pytest.mark.skipif(not strace_available(), reason="strace is not installed or not permitted here")
@pytest.mark.parametrize(
    "name, command",
    [
        ("projects/tile_path_dotdot.gzmap.gpkg", "export-map"),
        ("projects/uses_svg_tile_local_href.gzmap.gpkg", "export-map"),
        ("projects/uses_zoom_negative.gzmap.gpkg", "export-map"),
        ("tables/cell_at_XFD1048576.xlsx", "info"),
    ],
)
def test_subprocess_sample_under_strace(name, command, generated, tmp_path):
    path = generated / name
    gzmap = shutil.which("gzmap", path=str(Path(sys.executable).parent)) or "gzmap"
    argv = [gzmap, command]
    argv += (
        [str(tmp_path / "map.png"), "--project", str(path), "--dpi", "40"] if command == "export-map" else [str(path)]
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GZMAP_USER_DIR": str(tmp_path / "user")}
    t0 = time.perf_counter()
    proc, paths = run_traced(argv, cwd=tmp_path, timeout=120, env=env)
    elapsed = time.perf_counter() - t0
    assert proc.returncode in (0, 1), f"{argv}: exit {proc.returncode}\n{proc.stderr[-2000:]}"
    assert "Traceback" not in proc.stderr
    assert all(l.startswith("gzmap ") for l in proc.stderr.splitlines() if l.strip()), proc.stderr
    assert elapsed < 60, f"{argv}: {elapsed:.1f} s (strace slows it; the limit in-process is {LIMIT_S} s)"
    # glibc reads /etc/passwd for the home folder; the in-process tests check that GZMap itself does not
    roots = allowed_roots(path.parent, tmp_path, Path(env["GZMAP_USER_DIR"]), REPO, "/etc/passwd", "/etc/group")
    bad = [p for p in outside(paths, roots) if not p.startswith(("/usr/", "/etc/ld.so", "/lib"))]
    assert bad == [], f"{argv}: opened outside the folders involved: {bad}"
