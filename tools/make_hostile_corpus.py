"""Write the generated part of the hostile-file corpus (projects, tile sets, tables).

The small hand-made hostile files live in ``tests/data/hostile/<area>/``; the
ones that are binary (GeoPackage projects, MBTiles) or large (a 50 MB metadata
value) are made here, so the repository stays small and each file says in code
what is wrong with it::

    python tools/make_hostile_corpus.py OUT_DIR [--small]

``--small`` leaves out the large files (the default test run uses it and makes
the large ones in the few tests that need them). Every file is something a
colleague could e-mail: the tests run each GZMap command on each and expect a
one-line message or a clean result, never a traceback, a hang, a crash, a read
outside the folders involved, or a request to the network.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import struct
import sys
import zlib
from pathlib import Path

#: Jinja2 payloads placed in every text of the template projects.
PAYLOAD = "T{{7*7}}T{% if 1 %}S{% endif %}{# {{ cycler.__init__.__globals__.os.system('touch PWNED') }}"
#: A colour that would make a page fetch from the network if it reached CSS unchecked.
BAD_COLOUR = "red;background-image:url(http://198.51.100.7/x.png)"


def png_bytes(rgb: tuple[int, int, int] = (200, 60, 60), size: int = 256) -> bytes:
    """A solid-colour RGB PNG (no Qt needed)."""
    raw = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# ------------------------------------------------------------------ tile sets


def _mbtiles(
    path: Path,
    meta: dict,
    tiles: list[tuple[int, int, int, bytes]] | None = None,
    tiles_sql: str | None = None,
    metadata_sql: str | None = None,
) -> Path:
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    if metadata_sql:
        con.execute(metadata_sql)
    else:
        con.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        con.executemany("INSERT INTO metadata VALUES (?, ?)", [(k, v) for k, v in meta.items()])
    if tiles_sql:
        con.execute(tiles_sql)
    else:
        con.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
        con.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", tiles or [])
    con.commit()
    con.close()
    return path


# Central Guangzhou at zoom 10: XYZ (833, 445) -> TMS row 1023 - 445.
_Z, _X, _Y = 10, 833, 445
_ROW = (1 << _Z) - 1 - _Y
_META = {"name": "hostile", "format": "png", "minzoom": "10", "maxzoom": "10", "bounds": "113.0,22.9,113.6,23.4"}


def make_tiles(folder: Path, large: bool) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="256" '
        b'height="256"><image href="/etc/hostile-local-image.png" xlink:href="file:///etc/hostile-local-image.png" '
        b'width="256" height="256"/></svg>'
    )
    out.append(_mbtiles(folder / "svg_tile_local_href.mbtiles", {**_META, "format": "svg"}, [(_Z, _X, _ROW, svg)]))
    out.append(
        _mbtiles(
            folder / "recursive_tiles_view.mbtiles",
            _META,
            tiles_sql=(
                "CREATE VIEW tiles AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
                "SELECT 10 AS zoom_level, 833 AS tile_column, n AS tile_row, x'00' AS tile_data FROM r"
            ),
        )
    )
    out.append(
        _mbtiles(
            folder / "recursive_metadata_view.mbtiles",
            {},
            [(_Z, _X, _ROW, png_bytes())],
            metadata_sql=(
                "CREATE VIEW metadata AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
                "SELECT 'name' AS name, n AS value FROM r"
            ),
        )
    )
    for label, lo, hi in (
        ("zoom_60", "60", "60"),
        ("zoom_1000", "0", "1000"),
        ("zoom_negative", "-3", "-1"),
        ("zoom_text", "abc", "'; DROP TABLE tiles; --"),
    ):
        out.append(
            _mbtiles(
                folder / f"{label}.mbtiles", {**_META, "minzoom": lo, "maxzoom": hi}, [(_Z, _X, _ROW, png_bytes())]
            )
        )
    out.append(
        _mbtiles(folder / "bounds_nan.mbtiles", {**_META, "bounds": "nan,nan,inf,-inf"}, [(_Z, _X, _ROW, png_bytes())])
    )
    out.append(_mbtiles(folder / "not_an_image.mbtiles", _META, [(_Z, _X, _ROW, b"<html>not a tile</html>")]))
    # a PNG header claiming 100000 x 100000 pixels
    huge = bytearray(png_bytes())
    huge[16:24] = struct.pack(">II", 100_000, 100_000)
    out.append(_mbtiles(folder / "png_claims_huge_size.mbtiles", _META, [(_Z, _X, _ROW, bytes(huge))]))
    if large:
        p = _mbtiles(folder / "metadata_50mb_value.mbtiles", _META, [(_Z, _X, _ROW, png_bytes())])
        con = sqlite3.connect(p)
        con.execute("INSERT INTO metadata VALUES ('description', CAST(zeroblob(50000000) AS TEXT))")
        con.commit()
        con.close()
        out.append(p)
    return out


# ------------------------------------------------------------------ projects


def _save_base_project(path: Path, tiles: Path | None = None) -> None:
    from gzmap.core.layer import TileLayer
    from gzmap.core.project import Project
    from gzmap.io.builtin import districts_layer
    from gzmap.io.project import save_project

    project = Project("hostile")
    project.add_layer(districts_layer())
    if tiles is not None:
        project.add_layer(
            TileLayer({"type": "mbtiles", "path": str(tiles), "minzoom": 10, "maxzoom": 10}, "底图", "Basemap")
        )
    save_project(project, path)


def _rewrite(path: Path, change) -> Path:
    """Apply ``change(description) -> description or raw JSON text`` to a saved project."""
    con = sqlite3.connect(path)
    (text,) = con.execute("SELECT description FROM gzmap_project").fetchone()
    new = change(json.loads(text))
    con.execute("UPDATE gzmap_project SET description = ?", (new if isinstance(new, str) else json.dumps(new),))
    con.commit()
    con.close()
    return path


def _tile_desc(d: dict) -> dict:
    return next(layer for layer in d["layers"] if layer.get("kind") == "tiles")


def make_projects(folder: Path, tile_folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    good_tiles = _mbtiles(folder / "good.mbtiles", _META, [(_Z, _X, _ROW, png_bytes())])

    def project(name: str, change, tiles: Path | None = None) -> None:
        path = folder / name
        path.unlink(missing_ok=True)
        _save_base_project(path, tiles)
        out.append(_rewrite(path, change))

    def escape(rel, absolute):
        def change(d):
            t = _tile_desc(d)
            t["tile_source"]["relative_path"] = rel
            t["tile_source"]["path"] = absolute
            return d

        return change

    project("tile_path_dotdot.gzmap.gpkg", escape("../../../../../../../../etc/passwd", "/etc/passwd"), good_tiles)
    project("tile_path_absolute.gzmap.gpkg", escape(None, "/proc/self/environ"), good_tiles)
    project("tile_path_proc_walk.gzmap.gpkg", escape("../../../../../../../../proc", "/proc"), good_tiles)

    def template(d):
        d["title"] = PAYLOAD
        for layer in d["layers"]:
            layer["name_zh"] = layer["name_en"] = PAYLOAD
            layer.setdefault("style", {}).setdefault("symbol", {})["fill"] = BAD_COLOUR
        return d

    project("template_and_bad_colour.gzmap.gpkg", template)

    def template_names_only(d):
        d["title"] = PAYLOAD
        for layer in d["layers"]:
            layer["name_zh"] = layer["name_en"] = PAYLOAD
            layer.setdefault("style", {})["title_zh"] = PAYLOAD
        return d

    project("template_names.gzmap.gpkg", template_names_only)
    for name, change in {
        "layers_as_string.gzmap.gpkg": lambda d: {**d, "layers": "districts"},
        "metadata_as_list.gzmap.gpkg": lambda d: {**d, "metadata": [1, 2, 3]},
        "view_extent_text.gzmap.gpkg": lambda d: {**d, "view_extent": "113,23,114,24"},
        "view_extent_nan.gzmap.gpkg": lambda d: json.dumps(
            {**d, "view_extent": [float("nan"), 22.0, float("inf"), 24.0]}
        ),
        "deep_nesting.gzmap.gpkg": lambda d: json.dumps(d)[:-1] + ', "metadata": ' + "[" * 5000 + "]" * 5000 + "}",
        "opacity_text.gzmap.gpkg": lambda d: {**d, "layers": [{**d["layers"][0], "opacity": "half"}]},
        "layer_is_number.gzmap.gpkg": lambda d: {**d, "layers": [7]},
        "huge_title.gzmap.gpkg": lambda d: {**d, "title": "长" * 200_000},
    }.items():
        project(name, change)

    for tiles in sorted(tile_folder.glob("*.mbtiles")):
        target = folder / tiles.name
        if target != tiles:
            target.write_bytes(tiles.read_bytes())

        def point_at(d, tiles=tiles):
            t = _tile_desc(d)
            t["tile_source"]["relative_path"] = tiles.name
            t["tile_source"]["path"] = tiles.name
            return d

        project(f"uses_{tiles.stem}.gzmap.gpkg", point_at, good_tiles)
    return out


# ------------------------------------------------------------------ tables


def make_tables(folder: Path, large: bool) -> list[Path]:
    from openpyxl import Workbook

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    wb = Workbook()
    ws = wb.active
    ws.append(["企业名称", "经度", "纬度"])
    ws.append(["甲公司", 113.32, 23.12])
    ws["XFD1048576"] = "x"
    p = folder / "cell_at_XFD1048576.xlsx"
    wb.save(p)
    out.append(p)
    p = folder / "cell_of_200KiB.csv"
    p.write_text(
        "企业名称,经度,纬度,备注\n" + "甲公司,113.32,23.12," + "长" * 70_000 + "\n乙公司,113.33,23.13,短\n",
        encoding="utf-8",
    )
    out.append(p)
    p = folder / "{{7*7}}{% if 1 %}企业{% endif %}.csv"
    p.write_text("企业名称,经度,纬度\n{{7*7}},113.32,23.12\n", encoding="utf-8")
    out.append(p)
    if large:
        p = folder / "one_million_columns_header.csv"
        p.write_text(",".join(f"c{i}" for i in range(1_000_000)) + "\n" + "1," * 999_999 + "1\n", encoding="utf-8")
        out.append(p)
    return out


def make_corpus(folder: Path, large: bool = True) -> list[Path]:
    """Write every generated hostile file under ``folder``; returns their paths."""
    folder = Path(folder)
    tiles = make_tiles(folder / "tiles", large)
    return tiles + make_projects(folder / "projects", folder / "tiles") + make_tables(folder / "tables", large)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--small", action="store_true", help="leave out the large files")
    args = parser.parse_args(argv)
    files = make_corpus(args.out, large=not args.small)
    print(f"{len(files)} files in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
