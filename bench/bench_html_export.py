"""Benchmark: interactive HTML export of 10k / 100k / 1M enterprise points.

For each size prints export time, file size and time to the first full render
in headless Chromium (Debian's /usr/bin/chromium, offline: every non-file/data
request is aborted and counted), for GZMap's export and, on the same points,
for folium's MarkerCluster and FastMarkerCluster with their assets made local
(Leaflet + markercluster inlined from the XStatic packages) for a fair run.

"Render" is the time from navigation start to the page's first full frame:
GZMap sets ``window.gzmapReady`` after its layers have drawn and two animation
frames have passed; for folium pages we wait for the load event (all marker
scripts have run) plus two animation frames.

    python bench/bench_html_export.py                 # 10k, 100k, 1M
    python bench/bench_html_export.py --sizes 10000   # just one size
    python bench/bench_html_export.py --peers-max 100000  # skip peers above this size

Points are synthetic (random Chinese names from a 3,000-character pool so the
text compresses like real names, five sub-sectors, addresses, employees,
revenue) around central Guangzhou.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SECTORS = {
    "games": ("游戏", "Games"),
    "animation": ("动漫", "Animation"),
    "music": ("数字音乐", "Digital music"),
    "live": ("网络直播", "Live streaming"),
    "design": ("创意设计", "Creative design"),
}


def make_points(n: int, seed: int = 1):
    import geopandas as gpd
    import pandas as pd

    rng = np.random.default_rng(seed)
    centres = np.array([[113.33, 23.12], [113.37, 23.10], [113.26, 23.13], [113.45, 23.17], [113.38, 22.95]])
    which = rng.integers(0, len(centres), n)
    lon = centres[which, 0] + rng.normal(0, 0.05, n)
    lat = centres[which, 1] + rng.normal(0, 0.04, n)
    back = rng.random(n) < 0.2
    lon[back] = rng.uniform(112.9, 114.0, back.sum())
    lat[back] = rng.uniform(22.5, 23.9, back.sum())
    pool = np.array(list("".join(chr(c) for c in range(0x4E00, 0x4E00 + 3000))))
    stems = pool[rng.integers(0, len(pool), (n, 4))]
    suffix = np.array(["数字科技有限公司", "文化传媒有限公司", "网络科技有限公司", "动漫有限公司", "互动娱乐有限公司"])
    names = ["".join(s) for s in stems]
    names = [a + b for a, b in zip(names, suffix[rng.integers(0, len(suffix), n)])]
    districts = np.array(["天河区", "海珠区", "越秀区", "黄埔区", "番禺区", "白云区", "荔湾区"])
    roads = pool[rng.integers(0, len(pool), (n, 2))]
    addr = [
        f"广州市{d}{''.join(r)}路{k}号"
        for d, r, k in zip(districts[rng.integers(0, 7, n)], roads, rng.integers(1, 999, n))
    ]
    keys = list(SECTORS)
    df = pd.DataFrame(
        {
            "name": names,
            "subsector": rng.choice(keys, n),
            "address": addr,
            "employees": rng.integers(3, 3000, n),
            "revenue": np.round(rng.gamma(2, 900, n), 1),
            "founded": rng.integers(1995, 2025, n),
        }
    )
    return gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")


def gzmap_export(gdf, path: Path) -> float:
    from gzmap.core.layer import VectorLayer
    from gzmap.core.project import Project
    from gzmap.core.style import CategorizedStyle
    from gzmap.core.style import Symbol
    from gzmap.export.html import export_html
    from gzmap.io.builtin import districts_layer

    style = CategorizedStyle.from_values("subsector", list(SECTORS), labels=SECTORS, base=Symbol(size=5))
    p = Project("benchmark")
    p.add_layer(districts_layer())
    p.add_layer(VectorLayer(gdf, "企业", "Enterprises", style=style, provenance={"synthetic": True}))
    t0 = time.perf_counter()
    export_html(p, path)
    return time.perf_counter() - t0


def folium_export(gdf, path: Path, kind: str) -> float:
    import folium
    from folium.plugins import FastMarkerCluster
    from folium.plugins import MarkerCluster

    from gzmap.export.html_assets import make_offline

    t0 = time.perf_counter()
    m = folium.Map(location=[23.12, 113.33], zoom_start=9, tiles=None)
    m.options["maxZoom"] = 18  # markercluster needs it; there is no tile layer to give one
    lat = gdf.geometry.y.to_numpy()
    lon = gdf.geometry.x.to_numpy()
    if kind == "MarkerCluster":
        mc = MarkerCluster().add_to(m)
        for la, lo, name, sec in zip(lat, lon, gdf["name"], gdf["subsector"]):
            folium.Marker([la, lo], popup=folium.Popup(f"{name}<br>{sec}", parse_html=True)).add_to(mc)
    else:
        # folium's default callback needs awesome-markers; a plain Leaflet marker with the name as popup
        callback = (
            "function (row) { var m = L.marker(new L.LatLng(row[0], row[1]));"
            " m.bindPopup(document.createTextNode(row[2])); return m; }"
        )
        FastMarkerCluster(
            [[float(a), float(b), str(c)] for a, b, c in zip(lat, lon, gdf["name"])], callback=callback
        ).add_to(m)
    make_offline(m, markercluster=True)
    # folium's Popup parses its HTML with jQuery's $(...); a one-line stand-in instead of inlining jQuery
    from branca.element import Element

    m.get_root().header.add_child(
        Element(
            "<script>window.$ = function (h) { var d = document.createElement('div'); d.innerHTML = h;"
            " return [d.firstElementChild || d]; };</script>"
        ),
        name="jquery_shim",
    )
    m.save(str(path))
    return time.perf_counter() - t0


def render_time(browser, path: Path, gz: bool, timeout_s: float) -> tuple[float | None, int, str]:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    blocked = []

    def route(r):
        url = r.request.url
        if url.startswith(("file:", "data:", "about:", "blob:")):
            r.continue_()
        else:
            blocked.append(url)
            r.abort()

    page.route("**/*", route)
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)[:120]))
    t0 = time.perf_counter()
    try:
        if gz:
            page.goto(path.as_uri(), timeout=timeout_s * 1000, wait_until="commit")
            page.wait_for_function("window.gzmapReady === true", timeout=timeout_s * 1000, polling=50)
        else:
            page.goto(path.as_uri(), timeout=timeout_s * 1000, wait_until="load")
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        dt = time.perf_counter() - t0
        note = "; ".join(errors)
    except Exception as exc:  # timeout or crash: report, do not stop the benchmark
        dt, note = None, f"{type(exc).__name__}: {str(exc).splitlines()[0][:80]}"
    try:
        page.close()
    except Exception:
        pass
    return dt, len(blocked), note


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    ap.add_argument(
        "--peers-max",
        type=int,
        default=100_000,
        help="largest size for folium's MarkerCluster (FastMarkerCluster runs at every size)",
    )
    ap.add_argument("--timeout", type=float, default=120.0, help="render timeout per page, seconds")
    args = ap.parse_args()
    if not os.path.exists(CHROMIUM):
        print(f"needs {CHROMIUM} (Debian package chromium)")
        return 1
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for n in args.sizes:
            gdf = make_points(n)
            runs = [("GZMap", None)] + [("folium FastMarkerCluster", "FastMarkerCluster")]
            if n <= args.peers_max:
                runs.append(("folium MarkerCluster", "MarkerCluster"))
            for label, kind in runs:
                path = Path(tmp) / f"{label.replace(' ', '_')}_{n}.html"
                if kind is None:
                    t_export = gzmap_export(gdf, path)
                else:
                    t_export = folium_export(gdf, path, kind)
                size = path.stat().st_size
                t_render, blocked, note = render_time(browser, path, kind is None, args.timeout)
                rows.append((n, label, t_export, size, t_render, blocked, note))
                r = "timeout" if t_render is None else f"{t_render:7.2f} s"
                print(
                    f"{n:>9,}  {label:<26} export {t_export:7.2f} s  file {size / 1e6:8.1f} MB  "
                    f"render {r}  blocked requests {blocked}  {note}",
                    flush=True,
                )
                path.unlink()
            if n > args.peers_max:
                print(
                    f"{n:>9,}  {'folium MarkerCluster':<26} not run: one DOM marker + popup per point "
                    f"(above --peers-max {args.peers_max:,})",
                    flush=True,
                )
        browser.close()
    print("\nTargets: 100k points < 15 MB and render < 3 s; 1M points < 60 MB and render < 10 s.")
    for n, label, _t_export, size, t_render, _blocked, _note in rows:
        if label == "GZMap" and n in (100_000, 1_000_000):
            lim_mb, lim_s = (15, 3) if n == 100_000 else (60, 10)
            ok = size / 1e6 < lim_mb and t_render is not None and t_render < lim_s
            print(
                f"GZMap {n:,}: {'met' if ok else 'NOT met'} ({size / 1e6:.1f} MB, "
                f"{'timeout' if t_render is None else f'{t_render:.2f} s'})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
