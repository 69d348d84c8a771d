"""A field copy of 天河 with basemap tiles for zooms 10-16 opens and draws with no network at all
(issue 18): the copy is opened and rendered in a process whose network namespace is removed (``unshare --net``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from field_fixtures import basemap_mbtiles  # noqa: E402
from field_fixtures import master_project  # noqa: E402

REPO = Path(__file__).resolve().parents[2]

DRAW = textwrap.dedent("""
    import json, socket, sys
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
    app = QGuiApplication([])
    try:
        socket.create_connection(("1.1.1.1", 80), timeout=2)
        online = True
    except OSError:
        online = False
    from gzmap.core.viewport import Viewport
    from gzmap.io.project import load_project
    from gzmap.render.map_renderer import RenderOptions, render_map
    p = load_project(sys.argv[1])
    features = {l.name_en: len(l.data) for l in p.layers if hasattr(l, "data")}
    for l in p.layers:  # the basemap alone, so its pixels are the tiles' own colours
        l.visible = l.kind == "tiles"
    vp = Viewport.fit((113.33, 23.12, 113.38, 23.15), 400, 300)
    img = QImage(400, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(img)
    render_map(painter, p, vp, RenderOptions(labels=False))
    painter.end()
    colours = {QColor(img.pixel(x, y)).name() for x in range(0, 400, 7) for y in range(0, 300, 7)}
    print(json.dumps({"online": online, "warnings": p.load_warnings, "colours": sorted(colours),
                      "layers": [l.kind for l in p.layers], "features": features}))
""")


def _unshare_works() -> str | None:
    if not shutil.which("unshare"):
        return "unshare (util-linux) is not installed"
    run = subprocess.run(["unshare", "--net", "true"], capture_output=True, text=True)
    return None if run.returncode == 0 else f"the kernel refuses a new network namespace: {run.stderr.strip()[:120]}"


def test_a_field_copy_of_tianhe_opens_and_draws_with_no_network(tmp_path):
    import json

    from gzmap.io.field_copy import field_copy
    from gzmap.io.field_copy import resolve_area

    reason = _unshare_works()
    if reason:
        pytest.skip(reason)
    area, _ = resolve_area("天河")
    basemap_mbtiles(tmp_path / "basemap.mbtiles", area.buffer(0.02).bounds, (10, 16))
    master = tmp_path / "master.gzmap.gpkg"
    master_project(master, n=30, basemap=tmp_path / "basemap.mbtiles")
    out = tmp_path / "field" / "tianhe.gzmap.gpkg"
    out.parent.mkdir()
    rep = field_copy(master, out, "天河", "李", (10, 16))
    assert rep.tiles and all(Path(f).parent == out.parent for f in rep.tile_files)
    (tmp_path / "basemap.mbtiles").unlink()  # the copy needs nothing of the master's folder
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GZMAP_USER_DIR=str(tmp_path / "user"))
    run = subprocess.run(
        ["unshare", "--net", sys.executable, "-c", DRAW, str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    facts = json.loads(run.stdout.strip().splitlines()[-1])
    assert facts["online"] is False  # really no network in there
    assert facts["warnings"] == [] and facts["layers"][0] == "tiles"
    assert facts["features"]["Enterprises"] == 30  # the 越秀 one is outside 天河
    # the view is filled with the basemap's tiles (one colour per zoom level 10-16), nothing else
    tile_colours = {f"#{30 + 20 * k:02x}78c8" for k in range(7)}
    assert facts["colours"] and set(facts["colours"]) <= tile_colours, facts["colours"][:20]
