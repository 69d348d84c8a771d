"""Write the small crafted project files of this folder (run from the repository root:
``python tests/data/hostile/projects/make_projects.py``).

Each is a plain SQLite file with only the ``gzmap_project`` table (that is all a
project needs to be read), so they are a few KB each and need no GDAL to make.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

HERE = Path(__file__).resolve().parent


def valid() -> dict:
    """A description as GZMap writes it: one tile layer, no data tables."""
    return {
        "format": "gzmap-project",
        "schema_version": 1,
        "app_version": "0.1.0",
        "saved_at": "2026-01-01T00:00:00+00:00",
        "title": "crafted",
        "display_datum": "gcj02",
        "language": "zh_CN",
        "view_extent": [113.1, 22.9, 113.5, 23.3],
        "metadata": {},
        "layers": [
            {
                "id": "layer1",
                "kind": "tiles",
                "class": "TileLayer",
                "name_zh": "底图",
                "name_en": "Basemap",
                "source": "basemap.mbtiles",
                "source_datum": "wgs84",
                "provenance": {},
                "style": {"kind": "single"},
                "visible": True,
                "opacity": 1.0,
                "tile_source": {
                    "type": "mbtiles",
                    "path": "/nowhere/basemap.mbtiles",
                    "relative_path": "basemap.mbtiles",
                    "minzoom": 12,
                    "maxzoom": 12,
                },
                "datum": "wgs84",
                "tile_bounds": [113.0, 22.8, 113.6, 23.4],
            }
        ],
        "edit_log_rows": 0,
    }


def deep(n: int) -> str:
    """JSON text of a list nested ``n`` deep (made as text: Python's encoder would recurse)."""
    return "[" * n + "1" + "]" * n


def write(name: str, description) -> None:
    path = HERE / name
    path.unlink(missing_ok=True)
    text = description if isinstance(description, str) else json.dumps(description, ensure_ascii=False)
    con = sqlite3.connect(path)
    con.execute(
        "CREATE TABLE gzmap_project (fid INTEGER PRIMARY KEY, schema_version INTEGER, format TEXT, "
        "app_version TEXT, saved_at TEXT, description TEXT)"
    )
    con.execute("INSERT INTO gzmap_project VALUES (1, 1, 'gzmap-project', '0.1.0', '', ?)", (text,))
    con.commit()
    con.execute("VACUUM")
    con.close()


def main() -> None:
    write("valid_tiles_only.gzmap.gpkg", valid())
    d = valid()
    d["layers"] = "layer1,layer2"
    write("layers_as_string.gzmap.gpkg", d)
    d = valid()
    d["metadata"] = ["a", "b"]
    write("metadata_as_list.gzmap.gpkg", d)
    d = valid()
    d["view_extent"] = "113.1 22.9 113.5 23.3"
    write("view_extent_text.gzmap.gpkg", d)
    d = valid()
    d["metadata"] = {"x": "DEEP"}
    write("deep_nesting.gzmap.gpkg", json.dumps(d).replace('"DEEP"', deep(3000)))
    d = valid()
    d["layers"][0]["tile_bounds"] = [float("nan")] * 4
    write("nan_bounds.gzmap.gpkg", json.dumps(d))  # NaN tokens, as Python writes them
    d = valid()
    d["layers"][0]["tile_source"].update(maxzoom=60)
    write("zoom_60.gzmap.gpkg", d)
    d = valid()
    d["layers"][0]["opacity"] = "half"
    write("opacity_text.gzmap.gpkg", d)
    d = valid()
    d["layers"][0]["tile_source"].update(relative_path="../../../../../../../../etc/passwd", path="/etc/passwd")
    write("tiles_etc_passwd.gzmap.gpkg", d)
    d = valid()
    d["layers"][0]["style"] = {"kind": "single", "symbol": {"fill": "red;background:url(http://x)"}}
    write("bad_style.gzmap.gpkg", d)
    d = valid()
    d["metadata"] = {"recovery_of": "/tmp/victim.gzmap.gpkg", "recovery_pid": 1}
    write("recovery_of_victim.gzmap.gpkg", d)


if __name__ == "__main__":
    main()
