"""Seeded synthetic enterprise points for benchmarks (not real data).

Points cluster around the places named in shared/reference/figures.md
(Pazhou, Zhujiang New Town, Tianhe Software Park, ...) over a uniform
background across 113.2–113.5°E, 23.0–23.2°N, with a ``subsector`` key,
``employees`` and ``revenue`` (10k yuan).
"""

from __future__ import annotations

import numpy as np

PLACES = [  # lon, lat, spread (m), weight
    (113.370, 23.100, 900, 0.20),  # Pazhou
    (113.325, 23.120, 700, 0.18),  # Zhujiang New Town
    (113.430, 23.170, 800, 0.14),  # Tianhe Software Park
    (113.445, 23.165, 1200, 0.10),  # Huangpu Science City
    (113.360, 23.000, 1000, 0.10),  # Panyu Wanbo
    (113.270, 23.180, 1100, 0.08),  # Baiyun New Town
    (113.290, 23.140, 600, 0.08),  # Huanghuagang
]
SUBSECTORS = [
    "games",
    "animation",
    "digital_music",
    "live_streaming",
    "online_av",
    "digital_publishing",
    "creative_design",
    "vr_ar",
    "digital_tourism",
    "aigc",
]


CENTRE_EXTENT = (113.2, 23.0, 113.5, 23.2)  # the central districts, WGS84 degrees
CITY_EXTENT = (113.0, 22.6, 113.9, 23.8)  # most of Guangzhou's land area


def make_enterprises(
    n: int, seed: int = 7, background: float = 0.12, crs: str = "EPSG:4326", background_extent=CENTRE_EXTENT
):
    """A GeoDataFrame of ``n`` synthetic enterprises (EPSG:4326 unless ``crs``).

    ``background`` is the share of points scattered uniformly over
    ``background_extent`` (min lon, min lat, max lon, max lat), the rest are
    clustered around the figures.md places.
    """
    import geopandas as gpd
    import pandas as pd

    rng = np.random.default_rng(seed)
    w = np.array([p[3] for p in PLACES])
    w = w / w.sum() * (1 - background)
    counts = rng.multinomial(n, np.r_[w, background])
    lon, lat, sub = [], [], []
    m_per_deg_lat = 110_700.0
    for k, (plon, plat, spread, _) in enumerate(PLACES):
        c = counts[k]
        lon.append(plon + rng.normal(0, spread, c) / (m_per_deg_lat * np.cos(np.radians(plat))))
        lat.append(plat + rng.normal(0, spread, c) / m_per_deg_lat)
        p = rng.dirichlet(np.ones(len(SUBSECTORS)) * 0.6)
        sub.append(rng.choice(len(SUBSECTORS), c, p=p))
    c = counts[-1]
    x0, y0, x1, y1 = background_extent
    lon.append(rng.uniform(x0, x1, c))
    lat.append(rng.uniform(y0, y1, c))
    sub.append(rng.integers(0, len(SUBSECTORS), c))
    lon, lat, sub = np.concatenate(lon), np.concatenate(lat), np.concatenate(sub)
    perm = rng.permutation(n)
    lon, lat, sub = lon[perm], lat[perm], sub[perm]
    df = pd.DataFrame(
        {
            "id": np.arange(1, n + 1),
            "subsector": np.array(SUBSECTORS, dtype=object)[sub],
            "employees": rng.lognormal(3.0, 1.0, n).round().astype(int) + 1,
            "revenue": rng.lognormal(6.0, 1.3, n).round(1),
        }
    )
    gdf = gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
    return gdf if crs == "EPSG:4326" else gdf.to_crs(crs)
