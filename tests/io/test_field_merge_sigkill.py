"""A merge killed with SIGKILL at any moment leaves the master as it was before the merge or as it is after it,
never in between (issue 18); the same pattern as the SIGKILL-during-save test of tests/io/test_project.py."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from gzmap.core.editing import SetAttribute
from gzmap.core.editing import add_point
from gzmap.core.editing import edit_log
from gzmap.io.field_copy import editable_layers
from gzmap.io.field_copy import field_copy
from gzmap.io.field_merge import merge
from gzmap.io.field_merge import open_conflicts
from gzmap.io.project import load_project
from gzmap.io.project import save_project

sys.path.insert(0, str(Path(__file__).parent))
from field_fixtures import master_project  # noqa: E402

REPO = Path(__file__).resolve().parents[2]

# Imports everything once, then forks a worker per "merge MASTER COPY..." line (so kills come quickly).
ZYGOTE = textwrap.dedent("""
    import os, sys
    from gzmap.io.field_merge import merge
    print("ready", flush=True)
    for line in sys.stdin:
        cmd, *args = line.split()
        if cmd == "quit":
            break
        pid = os.fork()
        if pid == 0:  # the worker says nothing: two processes writing one pipe would mix their lines
            merge(args[0], args[1:])
            os._exit(0)
        print("pid", pid, flush=True)
        os.waitpid(pid, 0)
        print("reaped", flush=True)
""")


def _facts(path: Path):
    """What a user checks of a master: its enterprises (name, employees, address, place), revision, conflicts."""
    p = load_project(path)
    df = editable_layers(p)[0].data
    rows = sorted(
        zip(
            df["企业名称"],
            df["从业人员"].astype(object).where(df["从业人员"].notna(), None).map(str),
            df["地址"],
            df.geometry.to_wkt(),
            strict=True,
        )
    )
    return rows, p.metadata["field_work"]["revision"], len(open_conflicts(p))


@pytest.fixture
def team(tmp_path):
    m = tmp_path / "master.gzmap.gpkg"
    master_project(m, n=400, builtin=False)
    copies = []
    for k, who in enumerate(("李", "王")):
        c = tmp_path / f"c{k}.gzmap.gpkg"
        field_copy(m, c, "天河", who)
        p = load_project(c)
        layer = editable_layers(p)[0]
        for i in range(0, 40, 2 + k):
            edit_log(p).apply(layer, SetAttribute(layer.id, row_id=layer.data.index[i], field="从业人员", value=k))
        for i in range(5):
            edit_log(p).apply(layer, add_point(layer.id, 113.35, 23.13 + i / 1000, {"企业名称": f"新{who}{i}"}))
        save_project(p, c)
        copies.append(c)
    return m, copies


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_sigkill_during_a_merge_leaves_the_master_before_or_after_never_between(tmp_path, team):
    m, copies = team
    before_bytes = m.read_bytes()
    before = _facts(m)
    t0 = time.perf_counter()
    merge(m, copies)  # the reference: a merge that completes
    t_merge = time.perf_counter() - t0
    after = _facts(m)
    assert after != before and after[1] == 1 and after[2] > 0
    env = dict(os.environ, GZMAP_USER_DIR=str(tmp_path / "userdata"), QT_QPA_PLATFORM="offscreen")
    z = subprocess.Popen(
        [sys.executable, "-c", ZYGOTE], cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    outcomes = {"before": 0, "after": 0}
    rng = random.Random(18)
    # the kill window starts at 1.6x the in-process merge time; a forked merge on a slower or busier
    # machine can take longer, so the window widens while only "before" outcomes come back
    scale, streak = 1.6, 0
    try:
        assert z.stdout.readline().strip() == "ready"
        start = time.perf_counter()
        done = lambda: sum(outcomes.values()) >= 16 and outcomes["before"] and outcomes["after"]  # noqa: E731
        while not done() and time.perf_counter() - start < 120:
            m.write_bytes(before_bytes)  # every merge starts from the master before it
            z.stdin.write(f"merge {m} {' '.join(map(str, copies))}\n")
            z.stdin.flush()
            pid = int(z.stdout.readline().split()[1])
            time.sleep(rng.uniform(0.0, scale * t_merge))  # most kills land during the merge, some after it
            try:
                os.kill(pid, 9)
            except ProcessLookupError:  # the merge finished (and was reaped) before the kill
                pass
            assert z.stdout.readline().strip() == "reaped"
            if m.read_bytes() == before_bytes:
                outcomes["before"] += 1
                streak += 1
                if streak >= 4 and not outcomes["after"]:
                    scale, streak = min(scale * 1.5, 20.0), 0
            else:
                got = _facts(m)
                assert got == after, (set(got[0]) ^ set(after[0]), got[1:], after[1:])  # never in between
                outcomes["after"] += 1
    finally:
        z.stdin.write("quit\n")
        z.stdin.flush()
        z.wait(timeout=20)
    assert outcomes["before"] and outcomes["after"] and sum(outcomes.values()) >= 8, outcomes
    leftovers = [p.name for p in m.parent.iterdir() if p.name.startswith(".") and ".tmp" in p.name]
    merge_again = load_project(m)  # whatever the outcome, the master opens
    assert merge_again is not None, leftovers
