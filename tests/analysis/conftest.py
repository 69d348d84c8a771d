"""Small seeded point sets for the analysis tests (synthetic, not real enterprises)."""

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest


def blobs(centres_lonlat, n_per, spread_m, n_noise=0, seed=0, subsectors=None):
    """Points around lon/lat centres (Gaussian, ``spread_m`` metres) plus uniform noise over Guangzhou's core."""
    rng = np.random.default_rng(seed)
    lon, lat, truth = [], [], []
    for k, (clon, clat) in enumerate(centres_lonlat):
        lon.append(clon + rng.normal(0, spread_m, n_per) / (111_320 * np.cos(np.radians(clat))))
        lat.append(clat + rng.normal(0, spread_m, n_per) / 110_570)
        truth.append(np.full(n_per, k))
    lon.append(rng.uniform(113.2, 113.5, n_noise))
    lat.append(rng.uniform(23.0, 23.2, n_noise))
    truth.append(np.full(n_noise, -1))
    lon, lat, truth = map(np.concatenate, (lon, lat, truth))
    df = pd.DataFrame({"truth": truth})
    if subsectors is not None:
        df["subsector"] = subsectors(truth, rng)
    return gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")


@pytest.fixture
def three_blobs():
    """Pazhou (games), Zhujiang New Town (animation), Panyu Wanbo (live streaming): 150 points each
    within ~150 m, plus 60 scattered points (mixed sub-sectors)."""
    keys = np.array(["games", "animation", "live_streaming"], dtype=object)

    def sub(truth, rng):
        out = np.where(truth >= 0, keys[np.maximum(truth, 0)], "music").astype(object)
        return out

    return blobs(
        [(113.370, 23.100), (113.325, 23.120), (113.360, 23.000)], 150, 150.0, n_noise=60, seed=1, subsectors=sub
    )
