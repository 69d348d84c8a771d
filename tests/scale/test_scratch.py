"""``--dask-scratch DIR``: a job's temporary files go into a folder the workers see, and leave nothing there."""

from __future__ import annotations

import tempfile

import pandas as pd

from gzmap.cli import main


def test_a_job_works_in_the_shared_folder_and_leaves_it_empty(dataset, engine, tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir()
    made = []
    real = tempfile.mkdtemp

    def mkdtemp(*args, **kw):
        made.append(real(*args, **kw))
        return made[-1]

    one, many = tmp_path / "one.csv", tmp_path / "many.csv"
    assert main(["lq", str(dataset[0]), "-o", str(one)]) == 0
    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    dask = ["--dask", engine.address, "--dask-timeout", "20", "--dask-scratch", str(shared)]
    assert main(["lq", str(dataset[0]), "-o", str(many), *dask]) == 0
    pd.testing.assert_frame_equal(pd.read_csv(one), pd.read_csv(many))
    assert [p.startswith(str(shared)) for p in made] == [True]  # the job's folder was in the shared one
    assert list(shared.iterdir()) == []  # and is removed with the job


def test_a_shared_folder_that_does_not_exist_is_one_line(dataset, tmp_path, capsys):
    out = tmp_path / "lq.csv"
    code = main(["lq", str(dataset[0]), "-o", str(out), "--dask", "local:1", "--dask-scratch", str(tmp_path / "no")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1 and "--dask-scratch" in err[0] and "no such folder" in err[0]
    assert not out.exists()
