"""--dask: bad input is one line, a non-zero exit and no output; without --dask, Dask is not imported."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading

import pytest

from gzmap.cli import main


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def _one_line(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    return err[0]


def test_a_scheduler_that_does_not_answer(dataset, tmp_path, capsys):
    out = tmp_path / "heat.tif"
    code = main(
        [
            "density",
            str(dataset[0]),
            "-o",
            str(out),
            "--dask",
            f"tcp://127.0.0.1:{_closed_port()}",
            "--dask-timeout",
            "2",
        ]
    )
    assert code == 1 and "did not answer within 2 s" in _one_line(capsys) and not out.exists()


def test_a_folder_with_no_parquet_files(tmp_path, capsys):
    (tmp_path / "empty.parquet").mkdir()
    out = tmp_path / "lq.csv"
    assert main(["lq", str(tmp_path / "empty.parquet"), "-o", str(out), "--dask", "local:1"]) == 1
    assert "holds no .parquet files" in _one_line(capsys) and not out.exists()


def test_a_partition_with_another_schema(dataset, tmp_path, capsys):
    import shutil

    import geopandas as gpd

    bad = tmp_path / "mixed.parquet"
    shutil.copytree(dataset[0], bad)
    part = sorted(bad.glob("part.*.parquet"))[-1]
    gdf = gpd.read_parquet(part)
    gdf["从业人员"] = gdf["从业人员"].astype("string")
    gdf.to_parquet(part)
    out = tmp_path / "heat.tif"
    assert main(["density", str(bad), "-o", str(out), "--dask", "local:1"]) == 1
    line = _one_line(capsys)
    assert part.name in line and "从业人员" in line and not out.exists()


def test_without_dask_option_dask_is_never_imported(dataset, tmp_path):
    script = f"""
import sys
from gzmap.cli import main
assert main(["lq", {str(dataset[0])!r}, "-o", {str(tmp_path / "lq.csv")!r}]) == 0
assert main(["density", {str(dataset[0])!r}, "-o", {str(tmp_path / "d.tif")!r}]) == 0
bad = [m for m in sys.modules if m.split(".")[0] in ("dask", "distributed")]
assert not bad, bad
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.slow
def test_a_worker_killed_mid_job_is_replaced_and_the_answer_is_the_same(dataset, engine, cluster):
    """One of the two worker processes is killed while the tiles are summed; the scheduler runs its
    tasks again on the other (and the nanny's restarted one)."""
    import os
    import signal
    import time

    import numpy as np

    from gzmap.analysis.registry import run

    params = {"bandwidth": 800.0, "cell": 50.0, "method": "exact"}
    want = run("kde", {"points": dataset[0]}, params, engine=engine).output("density")
    from distributed import Client

    with Client(cluster.scheduler_address, set_as_default=False) as c:
        pids = list(c.run(os.getpid).values())

    def kill():
        time.sleep(1.5)
        os.kill(pids[0], signal.SIGKILL)

    t = threading.Thread(target=kill)
    t.start()
    got = run("kde", {"points": dataset[0]}, params, engine=engine).output("density")
    t.join()
    np.testing.assert_allclose(
        np.nan_to_num(got.values), np.nan_to_num(want.values), rtol=0, atol=1e-9 * np.nanmax(want.values)
    )
