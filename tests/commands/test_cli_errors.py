"""One error style for every command, over hostile inputs and failing outputs.

Every failure is one line on stderr, ``gzmap <command>: <file>: <reason>``,
exit 1 (2 for usage), naming the file, with no traceback, no Python
exception text or class name and no warning; the generic reasons are in the
UI language (``--lang`` or the locale). Runs ``gzmap.cli.main`` in-process;
a few subprocess runs check that nothing from GDAL reaches the real stderr.
"""

from __future__ import annotations

import errno
import logging
import re
import shutil
import sqlite3
import subprocess
import sys
import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest

from gzmap.cli import main
from gzmap.io.messages import ui_language
from gzmap.testing import PYTHON_TEXT
from gzmap.testing import assert_cli_error

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile" / "cli"

# Python's own text: tracebacks, exception/warning class names, errno and library internals.
CJK = re.compile(r"[\u4e00-\u9fff]")

# command -> argv for an input file (the output goes to tmp/out)
COMMANDS = {
    "info": lambda f, out: ["info", f],
    "clusters": lambda f, out: ["clusters", f, "-o", f"{out}/o.gpkg"],
    "density": lambda f, out: ["density", f, "-o", f"{out}/o.tif"],
    "hotspots": lambda f, out: ["hotspots", f, "-o", f"{out}/o.gpkg", "--permutations", "0"],
    "lq": lambda f, out: ["lq", f, "-o", f"{out}/o.csv"],
    "convert": lambda f, out: ["convert", f, f"{out}/o.csv", "--from", "wgs84"],
    "indicators": lambda f, out: ["indicators", f],
    "export-html": lambda f, out: ["export-html", f"{out}/o.html", "--points", f],
    "export-map": lambda f, out: ["export-map", f"{out}/o.pdf", "--project", f],
}

# command -> argv writing to ``o`` from good input ``f`` (None: the command writes nothing)
WRITERS = {
    "clusters": lambda f, o: ["clusters", f, "-o", f"{o}.gpkg", "--min-samples", "5"],
    "density": lambda f, o: ["density", f, "-o", f"{o}.tif", "--cell", "200"],
    "hotspots": lambda f, o: ["hotspots", f, "-o", f"{o}.gpkg", "--permutations", "0"],
    "lq": lambda f, o: ["lq", f, "-o", f"{o}.csv"],
    "convert": lambda f, o: ["convert", f, f"{o}.csv", "--from", "wgs84"],
    "export-map": lambda f, o: ["export-map", f"{o}.pdf", "--dpi", "50"],
    "export-html": lambda f, o: ["export-html", f"{o}.html", "--points", f],
}


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch):
    """Tests choose the language; the developer's locale must not."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


def two_layers_bad_app_id(path: Path, n: int = 300) -> Path:
    """A GeoPackage as a colleague's tool wrote it: two point layers and a wrong application_id.

    Reading it makes pyogrio warn "More than one layer found" and GDAL "bad application_id".
    """
    rng = np.random.default_rng(13)
    lon = np.r_[113.37 + rng.normal(0, 0.002, n // 2), rng.uniform(113.2, 113.5, n - n // 2)]
    lat = np.r_[23.10 + rng.normal(0, 0.002, n // 2), rng.uniform(23.0, 23.2, n - n // 2)]
    g = gpd.GeoDataFrame(
        {"name": [f"e{i}" for i in range(n)], "subsector": rng.choice(["games", "music"], n)},
        geometry=gpd.points_from_xy(lon, lat),
        crs="EPSG:4326",
    )
    g.to_file(path, layer="enterprises", driver="GPKG")
    g.head(3).to_file(path, layer="other", driver="GPKG")
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 1234")
    con.commit()
    con.close()
    return path


@pytest.fixture
def points(tmp_path) -> Path:
    return two_layers_bad_app_id(tmp_path / "colleague.gpkg")


def run(capsys, argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "a_folder.csv"
    folder.mkdir()
    empty = {ext: tmp_path / f"empty.{ext}" for ext in ("csv", "geojson", "gpkg", "xlsx")}
    for p in empty.values():
        p.write_bytes(b"")
    files = {"missing": tmp_path / "missing.csv", "folder": folder, **{f"empty.{ext}": p for ext, p in empty.items()}}
    for src in sorted(HOSTILE.glob("*.*")):
        if src.suffix != ".md":
            files[src.name] = shutil.copy(src, tmp_path / src.name)
    return {k: Path(v) for k, v in files.items()}


# -- inputs ------------------------------------------------------------------------------


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_bad_input_is_one_plain_line_naming_the_file(command, tmp_path, capsys):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    for label, path in bad_inputs(tmp_path).items():
        code, _, err = run(capsys, COMMANDS[command](path, out_dir))
        assert code == 1, (label, err)
        assert_cli_error(err, command, path.name)
    assert not any(out_dir.iterdir()), "a failed command left an output behind"


@pytest.mark.parametrize(
    "label, reason",
    [
        ("missing", "file not found"),
        ("folder", "is a folder, not a file"),
        ("empty.gpkg", "the file is empty (0 bytes)"),
        ("junk.gpkg", "unknown or unsupported file format"),
        ("junk.xlsx", "unknown or unsupported file format"),
        ("junk.geojson", "unknown or unsupported file format"),
    ],
)
def test_generic_reasons_are_said_plainly(label, reason, tmp_path, capsys):
    path = bad_inputs(tmp_path)[label]
    code, _, err = run(capsys, ["clusters", path, "-o", tmp_path / "o.gpkg"])
    assert code == 1 and err.startswith(f"gzmap clusters: {path}: {reason}"), err


@pytest.mark.parametrize("command", ["info", "clusters", "lq", "convert", "indicators", "export-html"])
def test_generic_reasons_in_chinese(command, tmp_path, capsys):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    files = bad_inputs(tmp_path)
    for label in ("missing", "folder", "empty.csv", "junk.gpkg", "junk.xlsx"):
        path = files[label]
        code, _, err = run(capsys, ["--lang", "zh_CN", *COMMANDS[command](path, out_dir)])
        line = assert_cli_error(err, command, path.name)
        reason = line.removeprefix(f"gzmap {command}: {path}: ")
        assert code == 1 and reason != line, line
        assert CJK.search(reason) and not re.search(r"[A-Za-z]{2,}", reason), line


def test_the_locale_chooses_the_language(tmp_path, capsys, monkeypatch):
    missing = tmp_path / "missing.csv"
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert ui_language() == "zh_CN"
    code, _, err = run(capsys, ["info", missing])
    assert code == 1 and err.strip() == f"gzmap info: {missing}: 找不到文件"
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")  # LC_ALL wins over LANG
    code, _, err = run(capsys, ["info", missing])
    assert err.strip() == f"gzmap info: {missing}: file not found"
    assert ui_language({"LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_GB"}) == "zh_CN"
    assert ui_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert ui_language({}) == "en"


def test_usage_errors_are_one_line_with_exit_2(tmp_path, capsys):
    for argv, command in (
        (["clusters", "x.csv"], "clusters"),
        (["density", "--cell", "ten", "x", "-o", "y.tif"], "density"),
        (["no-such-command"], ""),
    ):
        code, _, err = run(capsys, argv)
        prefix = f"gzmap {command}: " if command else "gzmap: "
        assert code == 2 and len(err.splitlines()) == 1 and err.startswith(prefix), err
        assert "--help" in err
    code, _, err = run(capsys, ["--lang", "zh_CN", "clusters", "x.csv"])
    assert code == 2 and "用法见 'gzmap clusters --help'" in err and len(err.splitlines()) == 1


# -- warnings ----------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["info", "clusters", "hotspots", "lq", "density"])
def test_library_warnings_stay_off_stderr_unless_verbose(command, points, tmp_path, capsys, recwarn):
    argv = COMMANDS[command](points, tmp_path)
    code, out, err = run(capsys, argv)
    assert code == 0, err
    assert not PYTHON_TEXT.search(err), err
    assert len(recwarn) == 0, [str(w.message) for w in recwarn]  # none escaped to the caller either
    if command != "clusters":
        return
    code, _, err = run(capsys, ["--verbose", *argv])
    lines = err.splitlines()
    assert code == 0
    assert any("bad application_id" in line for line in lines), err
    assert all(line.startswith("gzmap clusters: warning: ") for line in lines), err
    assert len(lines) == len(set(lines))  # each once, however often the library repeats it


def test_numpy_overflow_and_library_logs_are_held_back(points, tmp_path, capsys, monkeypatch, recwarn):
    import gzmap.analysis.hotspots as hs

    real = hs.hotspots

    def noisy(*args, **kwargs):
        np.float32(3e38) * np.float32(10)  # RuntimeWarning: overflow encountered
        logging.getLogger("rasterio._env").warning("CPLE_AppDefined in TIFFReadDirectory: noise")
        warnings.warn("pandas would say something here", FutureWarning, stacklevel=2)
        return real(*args, **kwargs)

    monkeypatch.setattr(hs, "hotspots", noisy)
    argv = ["hotspots", points, "-o", tmp_path / "h.gpkg", "--permutations", "0"]
    code, _, err = run(capsys, argv)
    assert code == 0 and err == "" and len(recwarn) == 0, err
    code, _, err = run(capsys, ["--verbose", *argv])
    assert code == 0
    assert "gzmap hotspots: warning: overflow encountered" in err
    assert "gzmap hotspots: warning: CPLE_AppDefined in TIFFReadDirectory: noise" in err
    assert "FutureWarning" not in err and "pandas would say something here" in err


# -- outputs -----------------------------------------------------------------------------


@pytest.fixture
def enterprises(points, tmp_path):
    """A point file the writers accept (one layer, correct GeoPackage)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the bad application_id, here in the test's own reading
        g = gpd.read_file(points, layer="enterprises")
    path = tmp_path / "enterprises.geojson"
    g.to_file(path, driver="GeoJSON")
    return path


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_output_in_a_missing_folder(command, enterprises, tmp_path, capsys):
    out = tmp_path / "no_such_folder" / "result"
    code, _, err = run(capsys, WRITERS[command](enterprises, out))
    line = assert_cli_error(err, command, out.name)
    assert code == 1 and "folder" in line and "does not exist" in line, line
    code, _, err = run(capsys, ["--lang", "zh_CN", *WRITERS[command](enterprises, out)])
    assert code == 1 and "不存在" in err and len(err.splitlines()) == 1, err


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_output_that_is_a_folder(command, enterprises, tmp_path, capsys):
    argv = WRITERS[command](enterprises, tmp_path / "result")
    target = Path(next(a for a in argv if "result" in str(a)))
    target.mkdir()
    code, _, err = run(capsys, argv)
    line = assert_cli_error(err, command, target.name)
    assert code == 1 and "folder" in line


@pytest.mark.parametrize("command", ["clusters", "density", "hotspots", "lq", "export-map"])
def test_read_only_output_file_is_refused_and_kept(command, enterprises, tmp_path, capsys, monkeypatch):
    argv = WRITERS[command](enterprises, tmp_path / "result")
    target = Path(next(a for a in argv if "result" in str(a)))
    target.write_bytes(b"the colleague's file")
    target.chmod(0o444)
    import os

    real_access = os.access
    # tests run as root, which ignores file modes: make access() honour them as for a user
    monkeypatch.setattr(
        os,
        "access",
        lambda p, mode, **kw: (
            real_access(p, mode, **kw)
            and not (mode & os.W_OK and Path(p) == target and not target.stat().st_mode & 0o200)
        ),
    )
    code, _, err = run(capsys, argv)
    line = assert_cli_error(err, command, target.name)
    assert code == 1 and "read-only" in line
    assert target.read_bytes() == b"the colleague's file"


def _pyogrio_error(text):
    from pyogrio.errors import DataSourceError

    return DataSourceError(text)


@pytest.mark.parametrize(
    "error, reason",
    [
        (lambda: OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        (lambda: sqlite3.OperationalError("database or disk is full"), "the disk is full"),
        (
            lambda: _pyogrio_error("sqlite3_exec(ROLLBACK) failed: cannot rollback - no transaction is active"),
            "the disk is full",
        ),
        (lambda: sqlite3.OperationalError("database is locked"), "locked by another program"),
        (lambda: OSError(errno.EROFS, "Read-only file system"), "read-only"),
        (lambda: PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
    ],
)
@pytest.mark.parametrize("command", ["clusters", "hotspots"])
def test_geopackage_write_failures(command, error, reason, enterprises, tmp_path, capsys, monkeypatch):
    import pyogrio

    def fail(df, path, **kw):
        Path(path).write_bytes(b"half a file")
        raise error()

    monkeypatch.setattr(pyogrio, "write_dataframe", fail)
    argv = WRITERS[command](enterprises, tmp_path / "result")
    code, _, err = run(capsys, argv)
    line = assert_cli_error(err, command, "result.gpkg")
    assert code == 1 and reason in line
    assert not (tmp_path / "result.gpkg").exists(), "a half-written output was left behind"
    code, _, err = run(capsys, ["--lang", "zh_CN", *argv])
    assert CJK.search(err.split("result.gpkg: ")[1]), err


def test_csv_and_geotiff_write_failures(enterprises, tmp_path, capsys, monkeypatch):
    import io

    import pandas as pd

    import gzmap.io.geotiff as geotiff

    def full(self, path, *a, **kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_csv", full)
    code, _, err = run(capsys, WRITERS["lq"](enterprises, tmp_path / "result"))
    line = assert_cli_error(err, "lq", "result.csv")
    assert code == 1 and line.endswith("the disk is full; free some space or write to another disk")

    class FullDisk(io.FileIO):  # the disk fills up after the first bytes of the GeoTIFF
        def write(self, data):
            super().write(bytes(data)[:100])
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(geotiff, "open", lambda path, mode: FullDisk(path, mode), raising=False)
    code, _, err = run(capsys, ["--lang", "zh_CN", *WRITERS["density"](enterprises, tmp_path / "result")])
    line = assert_cli_error(err, "density", "result.tif")
    assert code == 1 and "磁盘已满" in line
    assert not (tmp_path / "result.tif").exists(), "a half-written GeoTIFF was left behind"


def test_report_write_failure(tmp_path, capsys, monkeypatch):
    import tempfile

    def full(*a, **kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(tempfile, "mkstemp", full)
    code, _, err = run(capsys, WRITERS["export-map"](None, tmp_path / "result"))
    line = assert_cli_error(err, "export-map", "result.pdf")
    assert code == 1 and "the disk is full" in line


def test_unexpected_errors_say_no_python_text(points, tmp_path, capsys, monkeypatch):
    import gzmap.analysis.clusters as cl

    def bug(*a, **kw):
        return len(float("nan"))  # TypeError: object of type 'float' has no len()

    monkeypatch.setattr(cl, "find_clusters", bug)
    argv = ["clusters", points, "-o", tmp_path / "o.gpkg"]
    code, _, err = run(capsys, argv)
    line = assert_cli_error(err, "clusters", points.name)
    assert code == 1 and "--debug" in line
    code, _, err = run(capsys, ["--verbose", *argv])  # the details, for a bug report
    assert code == 1 and "object of type 'float' has no len()" in err
    with pytest.raises(TypeError):
        main(["--debug", *map(str, argv)])


# -- the real stderr (subprocess: GDAL writes to file descriptor 2 directly) ---------------


def gzmap(*args, cwd):
    return subprocess.run(
        [sys.executable, "-m", "gzmap", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**__import__("os").environ, "LANG": "C.UTF-8"},
        timeout=120,
    )


def test_real_stderr_is_clean_for_a_file_gdal_warns_about(points, tmp_path):
    res = gzmap("hotspots", points, "-o", tmp_path / "h.gpkg", "--permutations", "0", cwd=tmp_path)
    assert res.returncode == 0 and res.stderr == "", res.stderr
    res = gzmap("--verbose", "info", points, cwd=tmp_path)
    lines = res.stderr.splitlines()
    assert res.returncode == 0 and lines and all(line.startswith("gzmap info: warning: ") for line in lines), lines


def test_real_stderr_is_one_line_for_junk(tmp_path):
    junk = shutil.copy(HOSTILE / "junk.gpkg", tmp_path / "junk.gpkg")
    res = gzmap("--lang", "zh_CN", "density", junk, "-o", tmp_path / "d.tif", cwd=tmp_path)
    assert res.returncode == 1 and res.stderr == f"gzmap density: {junk}: 未知或不支持的文件格式，或文件已损坏\n"


def test_indicator_report_in_a_missing_folder(tmp_path, capsys):
    table = tmp_path / "gdp.csv"
    table.write_text("地区,指标,年份,数值,单位\n天河区,GDP,2023,6000,亿元\n", encoding="utf-8")
    report = tmp_path / "no_such_folder" / "report.csv"
    code, _, err = run(capsys, ["indicators", table, "--report", report])
    line = assert_cli_error(err, "indicators", "report.csv")
    assert code == 1 and "does not exist" in line


def test_cancel_is_one_line_with_exit_130(points, tmp_path, capsys, monkeypatch):
    import gzmap.analysis.clusters as cl

    def interrupted(*a, **kw):
        raise KeyboardInterrupt

    monkeypatch.setattr(cl, "find_clusters", interrupted)
    code, _, err = run(capsys, ["--lang", "zh_CN", "clusters", points, "-o", tmp_path / "o.gpkg"])
    assert code == 130 and err == "gzmap clusters: 已取消\n"
    assert not (tmp_path / "o.gpkg").exists()


@pytest.mark.parametrize("command", ["clusters", "density", "hotspots", "lq"])
def test_data_problems_found_by_the_analysis_name_the_file(command, tmp_path, capsys):
    """An empty layer, a missing column: about the file's content, so the file is named."""
    empty = tmp_path / "nothing.geojson"
    empty.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    code, _, err = run(capsys, COMMANDS[command](empty, tmp_path))
    line = assert_cli_error(err, command, "nothing.geojson")
    assert code == 1 and line.startswith(f"gzmap {command}: {empty}: no "), line
