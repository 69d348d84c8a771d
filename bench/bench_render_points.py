"""Render time of one map frame with 1,000,000 categorised points plus the districts.

Measures GZMap's renderer (the same function the canvas and print use) on an
offscreen 1280×800 image: the median of full frames at the Guangzhou-wide
view, of redraws after a pan, and after a zoom in. In the same run, QGIS 3.22
renders the same points (a GeoPackage, categorised by sub-sector) and the
districts with QgsMapRendererSequentialJob through Debian's python3 in a
clean environment, for the ratio. Target (issue 3): under 100 ms median.

    python bench/bench_render_points.py [--n 1000000] [--frames 7] [--no-qgis]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CATS = ["games", "animation", "music", "live", "av", "publishing", "design", "vr", "tourism", "aigc"]


def make_points(n: int, seed: int = 7):
    import geopandas as gpd

    rng = np.random.default_rng(seed)
    centres = np.array(
        [
            [113.370, 23.100],
            [113.325, 23.120],
            [113.430, 23.170],
            [113.445, 23.165],
            [113.360, 23.000],
            [113.270, 23.180],
            [113.290, 23.140],
        ]
    )
    k = rng.integers(0, len(centres), n)
    clustered = rng.random(n) < 0.7
    lon = np.where(clustered, centres[k, 0] + rng.normal(0, 0.02, n), rng.uniform(113.0, 113.9, n))
    lat = np.where(clustered, centres[k, 1] + rng.normal(0, 0.02, n), rng.uniform(22.6, 23.8, n))
    cat = np.array(CATS)[rng.integers(0, len(CATS), n)]
    return gpd.GeoDataFrame({"subsector": cat}, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")


def bench_gzmap(points, frames: int):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtGui import QImage
    from PySide6.QtGui import QPainter

    app = QGuiApplication.instance() or QGuiApplication([])
    from gzmap.core.layer import VectorLayer
    from gzmap.core.project import Project
    from gzmap.core.style import CategorizedStyle
    from gzmap.core.viewport import Viewport
    from gzmap.io.builtin import districts_layer
    from gzmap.render.map_renderer import render_map

    project = Project()
    project.add_layer(districts_layer())
    layer = VectorLayer(points, "企业", "Enterprises", style=CategorizedStyle.from_values("subsector", CATS))
    project.add_layer(layer)
    vp = Viewport.fit((112.95, 22.5, 114.06, 23.94), 1280, 800)
    img = QImage(1280, 800, QImage.Format.Format_ARGB32_Premultiplied)

    def frame():
        t0 = time.perf_counter()
        p = QPainter(img)
        render_map(p, project, vp)
        p.end()
        return (time.perf_counter() - t0) * 1000

    first = frame()  # builds the geometry caches, as the first frame after loading does
    full = [frame() for _ in range(frames)]
    pans = []
    for i in range(frames):
        vp.pan_pixels(40 if i % 2 else -40, 25)
        pans.append(frame())
    vp.zoom(4.0)
    zooms = []
    for i in range(frames):
        vp.zoom(1.1 if i % 2 else 1 / 1.1)
        zooms.append(frame())
    img.save(str(Path(tempfile.gettempdir()) / "gzmap_bench_1m.png"))
    del app
    return first, statistics.median(full), statistics.median(pans), statistics.median(zooms)


QGIS_SCRIPT = r"""
import json, sys, time
from qgis.core import (QgsApplication, QgsVectorLayer, QgsMapSettings, QgsMapRendererSequentialJob,
                       QgsCategorizedSymbolRenderer, QgsRendererCategory, QgsMarkerSymbol, QgsRectangle,
                       QgsCoordinateReferenceSystem, QgsProject)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor
app = QgsApplication([], False); app.initQgis()
gpkg, districts, frames = sys.argv[1], sys.argv[2], int(sys.argv[3])
pts = QgsVectorLayer(gpkg, "pts", "ogr")
colors = ["#e41a1c","#377eb8","#4daf4a","#984ea3","#ff7f00","#a65628","#f781bf","#1b9e77","#d95f02","#7570b3"]
cats = []
for i, c in enumerate(CATS_JSON):
    s = QgsMarkerSymbol.createSimple({"name": "circle", "color": colors[i], "size": "1.2", "outline_style": "no"})
    cats.append(QgsRendererCategory(c, s, c))
pts.setRenderer(QgsCategorizedSymbolRenderer("subsector", cats))
dist = QgsVectorLayer(districts, "d", "ogr")
ms = QgsMapSettings()
ms.setLayers([pts, dist])
ms.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
ms.setOutputSize(QSize(1280, 800))
from qgis.core import QgsCoordinateTransform
tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance())
ms.setExtent(tr.transformBoundingBox(QgsRectangle(112.95, 22.5, 114.06, 23.94)))
times = []
for i in range(frames):
    job = QgsMapRendererSequentialJob(ms)
    t0 = time.perf_counter(); job.start(); job.waitForFinished(); times.append((time.perf_counter() - t0) * 1000)
print("QGISJSON", json.dumps(times))
""".replace("CATS_JSON", json.dumps(CATS))


def bench_qgis(points, frames: int):
    from gzmap.paths import geo_path

    with tempfile.TemporaryDirectory() as tmp:
        gpkg = Path(tmp) / "points.gpkg"
        points.to_file(gpkg, driver="GPKG", engine="pyogrio")
        script = Path(tmp) / "q.py"
        script.write_text(QGIS_SCRIPT)
        env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/root"), "QT_QPA_PLATFORM": "offscreen"}
        out = subprocess.run(
            ["/usr/bin/python3", str(script), str(gpkg), str(geo_path("gz_districts.geojson")), str(frames)],
            capture_output=True,
            text=True,
            env=env,
            timeout=1800,
        )
        for line in out.stdout.splitlines():
            if line.startswith("QGISJSON"):
                return json.loads(line.split(" ", 1)[1])
        print("QGIS run failed:", out.stderr[-500:], file=sys.stderr)
        return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--frames", type=int, default=7)
    ap.add_argument("--no-qgis", action="store_true")
    args = ap.parse_args()
    points = make_points(args.n)
    first, full, pan, zoom = bench_gzmap(points, args.frames)
    print(
        f"GZMap, {args.n:,} categorised points + 11 districts, 1280x800: first frame {first:.0f} ms "
        f"(builds caches), median frame {full:.1f} ms, pan redraw {pan:.1f} ms, zoom redraw {zoom:.1f} ms "
        f"(target < 100 ms)"
    )
    if not args.no_qgis and Path("/usr/bin/qgis_process").exists():
        q = bench_qgis(points, max(3, args.frames // 2))
        if q:
            med = statistics.median(q)
            print(
                f"QGIS 3.22 same points and districts, same size: median frame {med:.0f} ms "
                f"-> GZMap is {med / full:.1f}x faster per frame"
            )


if __name__ == "__main__":
    main()
