"""`gzmap --version` and `gzmap info`, run as a user runs them (a subprocess)."""

import subprocess
import sys

from gzmap import __version__
from gzmap.paths import geo_path


def gzmap(*args):
    return subprocess.run([sys.executable, "-m", "gzmap", *args], capture_output=True, text=True)


def test_version():
    out = gzmap("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"gzmap {__version__}"


def test_info_on_built_in_districts():
    out = gzmap("info", str(geo_path("gz_districts.geojson")))
    assert out.returncode == 0, out.stderr
    assert "rows:      11" in out.stdout
    assert "EPSG:4326" in out.stdout and "geometry:  multi-polygons" in out.stdout  # the type in words
    bounds = [float(v) for v in out.stdout.split("bounds:")[1].split("(")[0].split(",")]
    assert 112.9 <= bounds[0] and bounds[2] <= 114.1 and 22.5 <= bounds[1] and bounds[3] <= 23.95


def test_info_on_bad_files_prints_one_line_and_fails(tmp_path):
    empty = tmp_path / "empty.geojson"
    empty.write_bytes(b"")
    truncated = tmp_path / "cut.geojson"
    truncated.write_text(geo_path("gz_districts.geojson").read_text(encoding="utf-8")[:500], encoding="utf-8")
    garbage = tmp_path / "noise.gpkg"
    garbage.write_bytes(bytes(range(256)) * 10)
    for path in (tmp_path / "missing.shp", empty, truncated, garbage):
        out = gzmap("info", str(path))
        assert out.returncode != 0
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1, out.stderr
        assert path.name in lines[0] and "Traceback" not in out.stderr
