"""Field copy of 天河 with basemap tiles for zooms 10-16: time, files and size on disk (issue 18).

The master is the built-in project (districts, the 10,000 synthetic enterprises) plus a synthetic
MBTiles basemap over Guangzhou's 天河 district at zooms 10-16 (one PNG per zoom, as a real tile
set's count). Prints the copy's size, its tile count and how long the copy and a merge back take.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "io"))


def main() -> None:
    from field_fixtures import basemap_mbtiles

    from gzmap.io.builtin import default_project
    from gzmap.io.field_copy import field_copy
    from gzmap.io.field_copy import resolve_area
    from gzmap.io.field_merge import merge
    from gzmap.io.project import save_project
    from gzmap.io.tiles import mbtiles_layer

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        area, _ = resolve_area("天河")
        n_tiles = basemap_mbtiles(d / "basemap.mbtiles", area.buffer(0.02).bounds, (10, 16))
        p = default_project()
        p.add_layer(mbtiles_layer(d / "basemap.mbtiles", name_zh="底图"), 0)
        master = d / "master.gzmap.gpkg"
        save_project(p, master)
        t0 = time.perf_counter()
        rep = field_copy(master, d / "tianhe.gzmap.gpkg", "天河", "bench", (10, 16))
        t_copy = time.perf_counter() - t0
        t0 = time.perf_counter()
        merge(master, [rep.path])
        t_merge = time.perf_counter() - t0
        print(f"master basemap tiles (天河 + margin, z10-16): {n_tiles}")
        print(f"field copy of 天河: {rep.bytes / 2**20:.2f} MB on disk in {1 + len(rep.tile_files)} files")
        print(
            f"  project file: {Path(rep.path).stat().st_size / 2**20:.2f} MB; tiles copied: {sum(rep.tiles.values())}"
        )
        for name, n in rep.features.items():
            print(f"  {name}: {n} features")
        print(f"time: copy {t_copy:.2f} s, merge back (no edits) {t_merge:.2f} s")


if __name__ == "__main__":
    main()
