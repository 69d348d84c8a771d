"""What goes into the frozen GZMap folder, computed from the source tree.

Imported by ``gzmap.spec`` (PyInstaller) and by the fast packaging tests, so it
uses only the standard library. Everything is discovered from disk: a new
module under ``gzmap/`` or a new file under ``resources/`` is bundled without
editing the spec.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_NAME = "GZMap"  # folder name in dist/, .app name on macOS
EXE_NAME = "gzmap"  # the executable on Linux (GUI and CLI in one)
WIN_GUI_EXE = "GZMap"  # Windows/macOS: windowed executable (no console)
WIN_CLI_EXE = "gzmap-cli"  # Windows/macOS: console executable for the commands

# resources/ files that are sources of other files, not read at run time
RESOURCE_SKIP = ("*.ts", "*.pyc", "__pycache__", ".DS_Store", "*~")

# Python modules never needed at run time (tests, notebooks, other GUI toolkits,
# optional backends of our dependencies that GZMap does not use).
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "idlelib",
    "pydoc_data",
    "matplotlib",
    "IPython",
    "ipykernel",
    "ipywidgets",
    "jupyter",
    "jupyter_client",
    "notebook",
    "pytest",
    "_pytest",
    "hypothesis",
    "pytestqt",
    "playwright",
    "importlinter",
    "grimp",
    "PyInstaller",
    "setuptools",
    "pip",
    "wheel",
    "dask",
    "distributed",
    "torch",
    "cupy",
    "jax",
    "numba",
    "sqlalchemy",
    "psycopg2",
    "bokeh",
    "plotly",
    "seaborn",
    "networkx",
    "sympy",
    "statsmodels",
    "tables",
    "h5py",
    "pyarrow.flight",
    "pyarrow._flight",
    "pyarrow.cuda",
    "pyarrow._cuda",
    "pyarrow.gandiva",
    "pyarrow.substrait",
    "pyarrow._substrait",
    "pyarrow.tests",
    "pyarrow.interchange",
    "pandas.tests",
    "numpy.tests",
    "scipy.tests",
    "sklearn.tests",
    "shapely.tests",
    "pyproj.tests",
    "geopandas.tests",
    "pyogrio.tests",
    "libpysal.tests",
    "esda.tests",
    "mapclassify.tests",
    "branca.tests",
    "folium.tests",
    # installed only for the benchmarks (the 'bench' extra); the app never imports them
    "rasterio",
    "xstatic.pkg.leaflet_markercluster",
    "xlrd",
    # Qt modules GZMap does not use (the map is a native QWidget canvas)
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuick3D",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DAnimation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtSpatialAudio",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtLocation",
    "PySide6.QtPositioning",
    "PySide6.QtBluetooth",
    "PySide6.QtNfc",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtSerialBus",
    "PySide6.QtTextToSpeech",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtGraphsWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtHttpServer",
    "PySide6.QtNetworkAuth",
    "PySide6.QtAxContainer",
    "PySide6.QtCanvasPainter",
]

# Collected files (destination path inside the bundle, '/'-separated, matched
# with a leading '/') that are dropped after analysis: Qt libraries/plugins
# dragged in as dependencies of modules we do not use, Qt translations other
# than qtbase (the only catalogue gzmap.ui.i18n loads), pyarrow's network
# file systems and Flight RPC, header files and test data. Symbolic links to a
# dropped file are dropped with it.
DROP_PATTERNS = [
    "*/libQt6WebEngine*",
    "*/libQt6Quick*",
    "*/libQt6Qml*",
    "*/libQt63D*",
    "*/libQt6Multimedia*",
    "*/libQt6Designer*",
    "*/libQt6Pdf*",
    "*/libQt6VirtualKeyboard*",
    "*/libQt6ShaderTools*",
    "*/Qt/lib/libav*",
    "*/Qt/lib/libsw*",
    "*/Qt/qml/*",
    "*/Qt/resources/qtwebengine*",
    "*/Qt/libexec/QtWebEngineProcess*",
    "*/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin*",
    "*/Qt/plugins/qmltooling/*",
    "*/Qt/plugins/multimedia/*",
    "*/Qt/plugins/designer/*",
    "*/Qt/plugins/sceneparsers/*",
    "*/Qt/plugins/renderers/*",
    "*/Qt/plugins/geometryloaders/*",
    "*/Qt/plugins/assetimporters/*",
    "*/Qt/plugins/sqldrivers/*",
    "*/Qt/plugins/webview/*",
    "*/Qt/plugins/texttospeech/*",
    "*/Qt/plugins/position/*",
    "*/Qt/plugins/geoservices/*",
    "*/Qt/plugins/sensors/*",
    "*/Qt/plugins/canbus/*",
    "*/Qt/plugins/scxmldatamodel/*",
    "*/Qt/plugins/renderplugins/*",
    "*/pyarrow/include/*",
    "*/pyarrow/src/*",
    "*/pyarrow/*.pxd",
    "*/pyarrow/*.pyx",
    "*/libarrow_flight*",
    "*/libarrow_python_flight*",
    "*/pyarrow/_flight*",
    "*/libarrow_s3*",
    "*/pyarrow/_s3fs*",
    "*/pyarrow/_azurefs*",
    "*/pyarrow/_gcsfs*",
    "*/pyarrow/_hdfs*",
    "*/tests/*",
    "*/test/*",
]
# ...except these, which must stay even if a pattern above matches them
KEEP_PATTERNS = [
    "*/Qt/translations/qtbase_*",
]
QT_TRANSLATION_KEEP = "qtbase_"

# Debian packages providing the shared libraries Qt's xcb platform plugin
# (and the GUI libraries) usually miss on a minimal machine.
import sys  # noqa: E402

if str(ROOT) not in sys.path:  # the build runs from a checkout
    sys.path.insert(0, str(ROOT))
from gzmap.sysdeps import DEBIAN_PACKAGE_OF  # noqa: E402,F401 (one table for build and run time)
from gzmap.sysdeps import debian_package_for  # noqa: E402,F401 (one table for build and run time)


def _skipped(rel: Path) -> bool:
    return any(fnmatch.fnmatch(part, pat) for part in rel.parts for pat in RESOURCE_SKIP)


def resource_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs for every run-time file in ``resources/``.

    The destination mirrors the tree under ``resources/`` so that
    :func:`gzmap.paths.resources_dir` finds ``<bundle>/resources/geo``.
    """
    res = Path(root) / "resources"
    out = []
    for path in sorted(res.rglob("*")):
        rel = path.relative_to(res)
        if path.is_file() and not _skipped(rel):
            out.append((str(path), str(Path("resources") / rel.parent)))
    return out


def docs_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs for the help pages the app shows offline:
    the method pages (``docs/analysis/*.md``) and the first-hour guide (``docs/guide/*.md``),
    under ``docs/`` in the bundle, where :func:`gzmap.paths.docs_dir` finds them."""
    docs = Path(root) / "docs"
    return [
        (str(path), str(Path("docs") / sub))
        for sub in ("analysis", "guide")
        for path in sorted((docs / sub).glob("*.md"))
    ]


def gzmap_modules(root: Path = ROOT) -> list[str]:
    """Dotted names of every module and package under ``gzmap/`` (read from disk, nothing imported).

    ``gzmap.commands`` and ``gzmap.ui.extensions`` are discovered at run time
    with :func:`pkgutil.iter_modules`, which PyInstaller's import analysis
    cannot follow, so all of them are passed as hidden imports.
    """
    pkg = Path(root) / "gzmap"
    names = []
    for path in sorted(pkg.rglob("*.py")):
        rel = path.relative_to(root).with_suffix("")
        if "__pycache__" in rel.parts or any(p.startswith(".") for p in rel.parts):
            continue
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return sorted(set(names))


def dropped(dest: str) -> bool:
    """True if a collected file (destination path in the bundle) is left out of the build."""
    d = "/" + dest.replace("\\", "/")
    if any(fnmatch.fnmatch(d, p) for p in KEEP_PATTERNS):
        return False
    if "/Qt/translations/" in d and not d.rsplit("/", 1)[-1].startswith(QT_TRANSLATION_KEEP):
        return True
    return any(fnmatch.fnmatch(d, p) for p in DROP_PATTERNS)


def filter_toc(toc: list[tuple]) -> list[tuple]:
    """PyInstaller TOC entries ``(dest, src, typecode)`` without the dropped files and
    without symbolic links (typecode ``SYMLINK``, src = link target) to dropped files."""
    kept = [e for e in toc if not dropped(e[0])]
    gone = {e[0].replace("\\", "/") for e in toc if dropped(e[0])}
    out = []
    for e in kept:
        if len(e) > 2 and e[2] == "SYMLINK":
            target = (Path(e[0]).parent / e[1]).as_posix()
            target = os.path.normpath(target).replace("\\", "/")
            if target in gone or dropped(target):
                continue
        out.append(e)
    return out


def version(root: Path = ROOT) -> str:
    """GZMap's version as written in ``gzmap/__init__.py`` (read, not imported)."""
    import re

    text = (Path(root) / "gzmap" / "__init__.py").read_text(encoding="utf-8")
    m = re.search(r"^__version__\s*=\s*['\"]([^'\"]+)['\"]", text, re.M)
    return m.group(1) if m else "0"


# Distributions whose licence texts are copied into the bundle's licenses/ folder
LICENSED_DISTRIBUTIONS = [
    "PySide6_Essentials",
    "PySide6_Addons",
    "shiboken6",
    "numpy",
    "pandas",
    "numexpr",
    "shapely",
    "pyproj",
    "pyogrio",
    "geopandas",
    "pyarrow",
    "scipy",
    "scikit-learn",
    "esda",
    "libpysal",
    "mapclassify",
    "folium",
    "branca",
    "jinja2",
    "XStatic-Leaflet",
    "psygnal",
    "python-calamine",
    "openpyxl",
    "charset-normalizer",
    "pypinyin",
    "joblib",
    "threadpoolctl",
    "pillow",
    "spopt",
    "pulp",
]
# metadata that does not name the licence of what the package carries
LICENCE_OVERRIDES = {"XStatic-Leaflet": "BSD-2-Clause (Leaflet)"}
_LICENCE_NAME = ("LICEN", "COPYING", "NOTICE", "AUTHORS")


def _licence_subdir(parts: tuple[str, ...]) -> str:
    """Folder of a licence file below its distribution's name (dist-info/licenses prefix removed)."""
    parts = parts[:-1]
    if parts and parts[0].endswith(".dist-info"):
        parts = parts[2:] if len(parts) > 1 and parts[1] == "licenses" else parts[1:]
    return "/".join(parts)


def licence_datas(distributions: list[str] = LICENSED_DISTRIBUTIONS) -> list[tuple[str, str]]:
    """``(licence file, licenses/<distribution>[/subfolder])`` pairs for the bundled libraries
    that are installed, plus the LGPL/GPL texts kept in packaging/licenses/ for Qt/PySide6
    (whose wheels carry no licence file)."""
    from importlib import metadata

    out = [(str(p), "licenses") for p in sorted((PACKAGING / "licenses").glob("*.txt"))]
    for name in distributions:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        for f in dist.files or []:
            if Path(f.name).name.upper().startswith(_LICENCE_NAME) and not f.name.endswith((".py", ".pyc")):
                path = Path(dist.locate_file(f))
                if path.is_file():
                    sub = _licence_subdir(tuple(f.parts))
                    out.append((str(path), f"licenses/{dist.metadata['Name']}" + (f"/{sub}" if sub else "")))
    return out


def distribution_licence(dist) -> str:
    """A distribution's licence as declared in its metadata (expression, field or classifier)."""
    md = dist.metadata
    expr = md.get("License-Expression")
    if expr:
        return expr
    lic = (md.get("License") or "").strip()
    if lic and "\n" not in lic and len(lic) < 80:
        return lic
    classifiers = [c.split(" :: ")[-1] for c in md.get_all("Classifier") or [] if c.startswith("License ::")]
    return ", ".join(classifiers) or (lic.splitlines()[0][:80] if lic else "see licence file")


def third_party_notice(distributions: list[str] = LICENSED_DISTRIBUTIONS) -> str:
    """Text of THIRD-PARTY-NOTICES.txt: bundled data and libraries with versions and licences."""
    import json
    from importlib import metadata

    lines = [
        f"GZMap {version()} - third-party notices",
        "",
        "Licence texts are in the folder 'licenses' beside this file.",
        "",
        "DATA",
        "",
    ]
    geo = ROOT / "resources" / "geo"
    for name in sorted(geo.glob("*.PROVENANCE.json")):
        try:
            d = json.loads(name.read_text(encoding="utf-8"))
        except ValueError:
            continue
        entries = [(d.get("title_en") or ", ".join(d.get("files", [])), d)] if "licence" in d else []
        entries += [(f, d[f]) for f in d.get("files", []) if isinstance(d.get(f), dict)]
        for title, e in entries:
            who = e.get("attribution") or e.get("source") or "; ".join(e.get("sources", [])[:2])
            lic = e.get("licence") or "public figures, cited by source"
            lines.append(f"- {title}: {who}; licence: {lic}")
    font = ROOT / "resources" / "ui" / "fonts" / "fonts.PROVENANCE.json"
    if font.is_file():
        d = json.loads(font.read_text(encoding="utf-8"))
        lines.append(
            f"- Font {d.get('family')}: modified (subset, renamed) from {d.get('source', '').split(' from ')[0]}, "
            f"{d.get('copyright', '')}; licence: {d.get('licence')}"
        )
    lines += ["", "LIBRARIES", ""]
    for name in distributions:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        lic = LICENCE_OVERRIDES.get(dist.metadata["Name"]) or distribution_licence(dist)
        lines.append(f"- {dist.metadata['Name']} {dist.version}: {lic}")
    lines += [
        "- Python (CPython runtime): PSF-2.0",
        "- Qt 6 (via PySide6): LGPL-3.0-only; the Qt libraries are separate shared libraries in this "
        "folder and may be replaced by the user",
        "- GDAL, PROJ, GEOS (bundled inside pyogrio, pyproj, shapely): MIT, MIT, LGPL-2.1",
        "",
    ]
    return "\n".join(lines)
