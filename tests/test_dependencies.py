"""The dependencies pyproject.toml declares are the ones GZMap uses (issue 14, item 8).

Every third-party module imported under gzmap/ comes from a declared run-time
dependency; every declared run-time dependency is imported somewhere; and the
app works without the packages only the benchmarks install (the 'bench' extra).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# installed for bench/ only; the app must neither import nor need them
BENCH_ONLY_MODULES = ("rasterio", "xstatic.pkg.leaflet_markercluster", "xlrd")


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared(group: str | None = None) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = project["dependencies"] if group is None else project["optional-dependencies"][group]
    return {_canonical(re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0]) for r in reqs}


def _imported_top_level_modules() -> dict[str, list[str]]:
    """Third-party top-level module -> files under gzmap/ that import it (at any depth)."""
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "gzmap").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for top in {n.split(".")[0] for n in names}:
                if top not in sys.stdlib_module_names and top != "gzmap":
                    found.setdefault(top, []).append(str(path.relative_to(ROOT)))
    return found


def test_every_imported_library_is_a_declared_dependency():
    declared = _declared() | _declared("scale")  # scale: --dask only (gzmap/analysis/distributed)
    providers = metadata.packages_distributions()
    undeclared = {
        module: files
        for module, files in _imported_top_level_modules().items()
        if not declared & {_canonical(d) for d in providers.get(module, [module])}
    }
    assert not undeclared, f"imported but not declared in pyproject.toml: {undeclared}"


def test_every_declared_dependency_is_imported():
    imported = {
        _canonical(d)
        for module in _imported_top_level_modules()
        for d in metadata.packages_distributions().get(module, [module])
    }
    unused = _declared() - imported
    assert not unused, f"declared in pyproject.toml but never imported by gzmap: {sorted(unused)}"


def test_bench_only_packages_are_not_run_time_dependencies():
    assert _declared() & {"rasterio", "xstatic-leaflet-markercluster", "xlrd"} == set()
    assert {"rasterio", "xstatic-leaflet-markercluster"} <= _declared("bench")


def test_the_density_command_and_the_html_export_work_without_the_bench_only_packages(tmp_path):
    """A fresh process in which the bench-only packages cannot be imported, as in an install without 'bench'."""
    import geopandas as gpd
    import numpy as np

    rng = np.random.default_rng(2)
    points = tmp_path / "ent.gpkg"
    gpd.GeoDataFrame(
        geometry=gpd.points_from_xy(113.33 + rng.normal(0, 0.01, 300), 23.12 + rng.normal(0, 0.01, 300)),
        crs="EPSG:4326",
    ).to_file(points)
    script = f"""
import importlib.abc, sys
class NoBench(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.startswith({BENCH_ONLY_MODULES!r}):
            raise ImportError(f"{{name}} is installed for the benchmarks only")
sys.meta_path.insert(0, NoBench())
from gzmap.cli import main
assert main(["density", {str(points)!r}, "-o", {str(tmp_path / "heat.tif")!r}]) == 0
assert main(["export-html", {str(tmp_path / "map.html")!r}]) == 0
assert not [m for m in sys.modules if m.startswith({BENCH_ONLY_MODULES!r})]
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=240, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (tmp_path / "heat.tif").stat().st_size > 0 and (tmp_path / "map.html").stat().st_size > 0
