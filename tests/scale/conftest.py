"""A LocalCluster of 2 worker processes and a small synthetic enterprise table for the --dask tests.

The table is synthetic (seeded), in GCJ-02 as Amap geocodes: 20,000 firms
around four Guangzhou centres plus scatter, an employees column, ten
sub-sectors, and rows the import must reject (no coordinates, text, far
away) and exact duplicates placed in other blocks than their first copy.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

SUBSECTORS = ["游戏电竞", "动漫", "数字音乐", "网络直播", "网络视听", "数字出版", "创意设计", "VR/AR", "AIGC", "其他"]
CENTRES = [(113.39, 23.10), (113.32, 23.12), (113.36, 23.00), (113.27, 23.13)]


def synthetic_table(n: int = 20_000, seed: int = 19) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    k = rng.integers(0, len(CENTRES) + 1, n)
    lon = np.empty(n)
    lat = np.empty(n)
    for i, (cx, cy) in enumerate(CENTRES):
        m = k == i
        lon[m] = cx + rng.normal(0, 0.02, m.sum())
        lat[m] = cy + rng.normal(0, 0.02, m.sum())
    m = k == len(CENTRES)
    lon[m], lat[m] = rng.uniform(113.1, 113.6, m.sum()), rng.uniform(22.9, 23.4, m.sum())
    df = pd.DataFrame(
        {
            "企业名称": [f"合成企业{i:06d}" for i in range(n)],
            "细分行业": rng.choice(SUBSECTORS, n),
            "从业人员": rng.integers(1, 500, n),
            "经度": np.round(lon, 6).astype(object),
            "纬度": np.round(lat, 6),
        }
    )
    df.loc[5, "经度"] = ""  # no coordinates
    df.loc[7000, "经度"] = "东经113"  # not a number
    df.loc[12000, ["经度", "纬度"]] = [116.4, 39.9]  # Beijing: outside the study area
    dup = df.iloc[[10, 11, 6000]].copy()  # exact duplicates, later in the file (other blocks)
    return pd.concat([df.iloc[:15000], dup, df.iloc[15000:]], ignore_index=True)


@pytest.fixture(scope="session")
def enterprise_csv(tmp_path_factory):
    path = tmp_path_factory.mktemp("scale") / "合成企业_gcj02.csv"
    synthetic_table().to_csv(path, index=False, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def cluster():
    """2 worker processes, one thread each (the CI machine has 2 cores)."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="session")
def engine(cluster):
    from gzmap.analysis.distributed.cluster import Engine

    return Engine(address=cluster.scheduler_address, timeout=20)


@pytest.fixture(scope="session")
def dataset(enterprise_csv, engine, tmp_path_factory):
    """The table partitioned on the cluster: blocks of ~300 KB, partitions of 4,000 points."""
    from gzmap.analysis.distributed.partition import partition_table
    from gzmap.io.enterprises import ImportOptions

    out = tmp_path_factory.mktemp("parts") / "ent.parquet"
    with engine.client() as client:
        res = partition_table(
            client, enterprise_csv, out, ImportOptions(), rows_per_partition=4000, block_bytes=300_000
        )
    return out, res
