"""``gzmap field-copy PROJECT OUT --area 天河 --surveyor NAME`` (issue 18 item 5): the copy is cut to the district,
names its surveyor, carries the basemap tiles of the area for the zooms asked, and the master records it; bad
requests are one line, exit non-zero and leave the master's bytes as they were."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))
from field_fixtures import basemap_mbtiles  # noqa: E402
from field_fixtures import master_project  # noqa: E402

from gzmap.cli import main  # noqa: E402
from gzmap.io.field_copy import resolve_area  # noqa: E402
from gzmap.io.project import load_project  # noqa: E402
from gzmap.io.tiles import tiles_in_bounds  # noqa: E402


def _zoom_counts(path: Path) -> dict[int, int]:
    with sqlite3.connect(path) as con:
        return dict(con.execute("SELECT zoom_level, COUNT(*) FROM tiles GROUP BY zoom_level").fetchall())


def test_field_copy_command_cuts_to_tianhe_with_its_tiles_and_surveyor(tmp_path, capsys):
    tianhe, _ = resolve_area("天河")
    basemap_mbtiles(tmp_path / "basemap.mbtiles", tianhe.buffer(0.05).bounds, (10, 16))
    master = tmp_path / "master.gzmap.gpkg"
    master_project(master, n=8, basemap=tmp_path / "basemap.mbtiles")
    (tmp_path / "field").mkdir()
    out = tmp_path / "field" / "li.gzmap.gpkg"
    args = ["field-copy", str(master), str(out), "--area", "天河", "--surveyor", "李", "--zooms", "12-13"]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert str(out) in printed and "z12-13" in printed

    copy = load_project(out)
    record = copy.metadata["field_copy"]
    assert (record["surveyor"], record["area"], record["base_revision"]) == ("李", "天河区", 0)
    enterprises = next(layer for layer in copy.layers if layer.name_en == "Enterprises")
    assert set(enterprises.data["企业名称"]) == {f"天河企业{i}" for i in range(8)}  # 越秀企业 left out
    tiles = [f for f in out.parent.iterdir() if f.suffix == ".mbtiles"]
    assert len(tiles) == 1 and copy.layers[0].kind == "tiles"
    counts = _zoom_counts(tiles[0])
    assert set(counts) == {12, 13}  # only the zooms asked
    for z in (12, 13):  # every tile over the district, and fewer than the master's wider basemap
        assert (
            len(list(tiles_in_bounds(tianhe.bounds, z, z))) <= counts[z] < _zoom_counts(tmp_path / "basemap.mbtiles")[z]
        )
    assert [c["surveyor"] for c in load_project(master).metadata["field_work"]["copies"]] == ["李"]


def test_field_copy_command_refuses_bad_requests_in_one_line(tmp_path, capsys):
    master = tmp_path / "master.gzmap.gpkg"
    master_project(master, n=3)
    before = master.read_bytes()
    for area, zooms, words in (("火星区", "10-16", "火星区"), ("天河", "a-b", "zoom")):
        out = tmp_path / f"copy-{zooms}.gzmap.gpkg"
        code = main(["field-copy", str(master), str(out), "--area", area, "--surveyor", "李", "--zooms", zooms])
        err = capsys.readouterr().err.strip()
        assert code != 0 and len(err.splitlines()) == 1 and words in err, err
        assert not out.exists() and master.read_bytes() == before
