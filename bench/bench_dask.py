"""The batch analyses on Dask (issue 19): a synthetic national register on 2 local workers vs one process.

1. Writes a SYNTHETIC national enterprise register (seeded; not real data):
   points around China's big business cities (Beijing, Shanghai, Shenzhen,
   Guangzhou, Chongqing, Suzhou, Chengdu, Hangzhou, ...; weights below, a
   rough guess at each city's share of China's registered enterprises) and a
   background spread over the provinces (uniform inside each province's
   outline from ``resources/geo/locator_regions.geojson``, weighted by a
   rough share). Columns: ``subsector`` (ten sub-sectors, each city its own
   seeded mix), ``employees``, ``city`` (the registered city, or
   "<province>其他" for the background), ``synthetic`` = true. Written as
   partitioned GeoParquet (WGS84): sorted along a Z-order curve so that each
   ``part.N.parquet`` of ``--rows-per-part`` points covers a compact area,
   as ``gzmap partition`` does with a Hilbert curve (``_SYNTHETIC.txt`` says
   what it is).
2. Runs density (quartic, binned, ``--bandwidth``/``--cell`` metres) and
   location quotients by the ``city`` column (and by ``--regions FILE``
   polygons when given) on a ``distributed.LocalCluster`` of ``--workers``
   processes with ``memory_limit`` ``--memory-limit`` each, sampling each
   worker process's resident memory every 0.2 s, and prints the time, the
   peak memory per worker and points per second.
3. Runs the same on ``--single`` points in one process (the path without
   ``--dask``: the folder read into one GeoDataFrame) in a child process whose
   resident memory is sampled the same way, and prints the throughput ratio.

Targets (issue 19): the ``--points`` run completes within the memory limit
(no worker killed or restarted); on ``--single`` points, 2 local workers give
at least 1.5x the single process's points per second.

Run: python bench/bench_dask.py [--points 50000000] [--single 10000000] [--folder DIR]
The machine's load average is printed with the figures: on a shared machine
other processes take cores from both paths.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: name, lon, lat (WGS84 degrees, city centre), weight (share of the city points), core spread (km)
CITIES = [
    ("北京市", 116.40, 39.91, 0.090, 9),
    ("上海市", 121.47, 31.23, 0.090, 10),
    ("深圳市", 114.06, 22.55, 0.085, 8),
    ("广州市", 113.27, 23.13, 0.075, 9),
    ("重庆市", 106.55, 29.56, 0.050, 10),
    ("成都市", 104.07, 30.67, 0.050, 9),
    ("苏州市", 120.62, 31.30, 0.045, 9),
    ("杭州市", 120.16, 30.27, 0.045, 8),
    ("武汉市", 114.31, 30.59, 0.040, 8),
    ("西安市", 108.94, 34.34, 0.035, 7),
    ("天津市", 117.20, 39.09, 0.035, 8),
    ("东莞市", 113.75, 23.02, 0.035, 10),
    ("南京市", 118.80, 32.06, 0.035, 7),
    ("佛山市", 113.12, 23.02, 0.030, 9),
    ("郑州市", 113.62, 34.75, 0.030, 7),
    ("长沙市", 112.94, 28.23, 0.028, 7),
    ("青岛市", 120.38, 36.07, 0.027, 8),
    ("宁波市", 121.55, 29.87, 0.025, 8),
    ("合肥市", 117.23, 31.82, 0.025, 7),
    ("济南市", 117.00, 36.65, 0.022, 7),
    ("厦门市", 118.09, 24.48, 0.020, 6),
    ("福州市", 119.30, 26.08, 0.020, 7),
    ("沈阳市", 123.43, 41.80, 0.018, 7),
    ("昆明市", 102.83, 24.88, 0.018, 7),
    ("石家庄市", 114.51, 38.04, 0.017, 7),
    ("哈尔滨市", 126.64, 45.76, 0.015, 7),
    ("南宁市", 108.37, 22.82, 0.015, 7),
]
#: share of all points in the cities above (the rest: the provinces' background)
CITY_SHARE = 0.62
#: province adcode -> rough weight of its background enterprises (others: 1)
PROVINCE_WEIGHTS = {
    "440000": 9,
    "320000": 8,
    "330000": 7,
    "370000": 7,
    "410000": 5,
    "130000": 5,
    "510000": 5,
    "420000": 4,
    "430000": 4,
    "350000": 4,
    "340000": 4,
    "610000": 3,
    "210000": 3,
    "450000": 3,
    "530000": 3,
    "360000": 3,
    "140000": 2,
    "520000": 2,
    "150000": 2,
    "230000": 2,
    "220000": 2,
    "500000": 2,
    "620000": 1.5,
    "650000": 1.5,
}
SUBSECTORS = ["游戏电竞", "动漫", "数字音乐", "网络直播", "网络视听", "数字出版", "创意设计", "VR/AR", "AIGC", "其他"]
KM_PER_DEG = 111.2
#: The issue's throughput target: 2 local workers / one process, in points per second.
TARGET_RATIO = 1.5


def _province_outlines():
    import geopandas as gpd

    gdf = gpd.read_file(ROOT / "resources/geo/locator_regions.geojson")
    gdf = gdf[(gdf["level"] == "province") & ~gdf["adcode"].isin(["710000", "810000", "820000"])]
    return gdf.reset_index(drop=True)


def _uniform_in(geom, n: int, rng) -> tuple[np.ndarray, np.ndarray]:
    """``n`` points uniform inside ``geom`` (WGS84 degrees; rejection sampling in its bounding box)."""
    import shapely

    x0, y0, x1, y1 = geom.bounds
    shapely.prepare(geom)
    xs, ys, got = [], [], 0
    while got < n:
        m = max(int((n - got) * 1.3), 1000)
        x, y = rng.uniform(x0, x1, m), rng.uniform(y0, y1, m)
        ok = shapely.contains_xy(geom, x, y)
        xs.append(x[ok])
        ys.append(y[ok])
        got += int(ok.sum())
    return np.concatenate(xs)[:n], np.concatenate(ys)[:n]


def make_register(n: int, seed: int = 2019):
    """lon, lat (degrees), sub-sector codes (int8), employees (int32), city codes (int16) and city names."""
    rng = np.random.default_rng(seed)
    provinces = _province_outlines()
    w_city = np.array([c[3] for c in CITIES])
    w_prov = np.array([PROVINCE_WEIGHTS.get(a, 1.0) for a in provinces["adcode"]])
    shares = np.r_[w_city / w_city.sum() * CITY_SHARE, w_prov / w_prov.sum() * (1 - CITY_SHARE)]
    counts = rng.multinomial(n, shares)
    names = [c[0] for c in CITIES] + [f"{z}其他" for z in provinces["name_zh"]]
    lon, lat = np.empty(n), np.empty(n)
    sub, city = np.empty(n, np.int8), np.empty(n, np.int16)
    start = 0
    for k, c in enumerate(counts):
        s = slice(start, start + c)
        if k < len(CITIES):
            _, x, y, _, spread = CITIES[k]
            wide = rng.random(c) < 0.45  # a compact core and a metropolitan ring 3x as wide
            sd = np.where(wide, 3 * spread, spread) / KM_PER_DEG
            lat[s] = y + rng.normal(0, 1, c) * sd
            lon[s] = x + rng.normal(0, 1, c) * sd / np.cos(np.radians(y))
        else:
            lon[s], lat[s] = _uniform_in(provinces.geometry.iloc[k - len(CITIES)], c, rng)
        sub[s] = rng.choice(len(SUBSECTORS), c, p=rng.dirichlet(np.full(len(SUBSECTORS), 2.0)))
        city[s] = k
        start += c
    employees = np.minimum(rng.lognormal(2.2, 1.2, n), 50_000).astype(np.int32) + 1
    return lon, lat, sub, employees, city, names


def _morton(lon: np.ndarray, lat: np.ndarray, bits: int = 16) -> np.ndarray:
    """Z-order key of each point over the points' bounds (``bits`` per axis)."""
    scale = (1 << bits) - 1

    def spread(v):
        v = v.astype(np.uint64)
        for shift, mask in ((8, 0x00FF00FF), (4, 0x0F0F0F0F), (2, 0x33333333), (1, 0x55555555)):
            v = (v | (v << np.uint64(shift))) & np.uint64(mask)
        return v

    x = np.round((lon - lon.min()) / max(np.ptp(lon), 1e-12) * scale)
    y = np.round((lat - lat.min()) / max(np.ptp(lat), 1e-12) * scale)
    return spread(x) | (spread(y) << np.uint64(1))


def write_register(n: int, folder: Path, rows_per_part: int, seed: int = 2019) -> float:
    """Write the synthetic register of ``n`` points into ``folder`` (partitioned GeoParquet); seconds taken."""
    import geopandas as gpd
    import pandas as pd

    t = time.perf_counter()
    lon, lat, sub, emp, city, names = make_register(n, seed)
    order = np.argsort(_morton(lon, lat), kind="stable")
    folder.mkdir(parents=True)
    subs, cities = np.array(SUBSECTORS, dtype=object), np.array(names, dtype=object)
    for p, s in enumerate(range(0, n, rows_per_part)):
        idx = order[s : s + rows_per_part]
        df = pd.DataFrame(
            {
                "subsector": subs[sub[idx]],
                "employees": emp[idx],
                "city": cities[city[idx]],
                "synthetic": True,
            }
        )
        gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(lon[idx], lat[idx]), crs="EPSG:4326").to_parquet(
            folder / f"part.{p}.parquet"
        )
    (folder / "_SYNTHETIC.txt").write_text(
        f"SYNTHETIC national enterprise register written by bench/bench_dask.py (seed {seed}, {n:,} points): "
        "not real data.\n",
        encoding="utf-8",
    )
    return time.perf_counter() - t


class MemorySampler:
    """Peak resident memory (bytes) of each of some processes and their children, sampled every ``every`` s,
    and the CPU seconds (user + system, with children) each used meanwhile (``cpu``)."""

    def __init__(self, pids: list[int], every: float = 0.2):
        import psutil

        self.procs = {pid: psutil.Process(pid) for pid in pids}
        self.peak = dict.fromkeys(pids, 0)
        self.cpu = dict.fromkeys(pids, 0.0)
        self._cpu0 = {pid: self._cpu(p) for pid, p in self.procs.items()}
        self.every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _cpu(proc) -> float:
        import psutil

        try:
            t = proc.cpu_times()
            return t.user + t.system + t.children_user + t.children_system
        except psutil.Error:
            return 0.0

    def _rss(self, proc) -> int:
        import psutil

        try:
            return proc.memory_info().rss + sum(c.memory_info().rss for c in proc.children(recursive=True))
        except psutil.Error:
            return 0

    def _run(self):
        while not self._stop.is_set():
            for pid, proc in self.procs.items():
                self.peak[pid] = max(self.peak[pid], self._rss(proc))
                self.cpu[pid] = max(self.cpu[pid], self._cpu(proc) - self._cpu0[pid])
            self._stop.wait(self.every)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def _params(args) -> dict:
    density = {"bandwidth": args.bandwidth, "cell": args.cell, "method": "binned", "crs": args.crs}
    return {"density": ("kde", density), "lq by city": ("lq", {"by": "city"})}


def run_dask(folder: Path, args, jobs: dict) -> dict:
    """Each job on a LocalCluster: seconds, peak memory per worker (bytes), workers lost."""
    from distributed import Client
    from distributed import LocalCluster

    from gzmap.analysis.distributed.cluster import Engine
    from gzmap.analysis.registry import run

    out = {}
    t = time.perf_counter()
    with LocalCluster(
        n_workers=args.workers,
        threads_per_worker=1,
        processes=True,
        memory_limit=args.memory_limit,
        dashboard_address=None,
    ) as cluster:
        engine = Engine(address=cluster.scheduler_address, timeout=30)
        with Client(cluster.scheduler_address, set_as_default=False) as watch:
            print(f"  LocalCluster of {args.workers} workers up in {time.perf_counter() - t:.1f} s", flush=True)
            for name, (analysis, params) in jobs.items():
                pids = list(watch.run(os.getpid).values())
                with MemorySampler(pids) as mem:
                    me, t = time.process_time(), time.perf_counter()
                    run(analysis, {"points": folder, **params.pop("_inputs", {})}, params, engine=engine)
                    dt, me = time.perf_counter() - t, time.process_time() - me
                after = set(watch.run(os.getpid).values())
                out[name] = {
                    "seconds": dt,
                    "peaks": list(mem.peak.values()),
                    "cpu": list(mem.cpu.values()),
                    "client_cpu": me,
                    "lost": len(set(pids) - after),
                }
                print(f"  dask {name}: {dt:.1f} s", flush=True)
    return out


CHILD = r"""
import json, sys, time
sys.path.insert(0, {root!r})
from gzmap.analysis.registry import run
from gzmap.commands._analysis_input import read_parquet_folder
jobs = json.loads({jobs!r})
t = time.perf_counter()
pts = read_parquet_folder(__import__("pathlib").Path({folder!r}))
read = time.perf_counter() - t
times = {{}}
cpu = {{}}
read_cpu = time.process_time()
for name, (analysis, params) in jobs.items():
    extra = {{}}
    if "_regions" in params:
        import geopandas as gpd
        extra["regions"] = gpd.read_file(params.pop("_regions"))
    c, t = time.process_time(), time.perf_counter()
    run(analysis, {{"points": pts, **extra}}, params)
    times[name] = time.perf_counter() - t
    cpu[name] = time.process_time() - c
print(json.dumps({{"read": read, "read_cpu": read_cpu, "times": times, "cpu": cpu}}))
"""


def run_single(folder: Path, jobs: dict) -> dict:
    """The jobs in one child process (the folder read once into memory): seconds and peak memory."""
    plain = {k: (a, {p: v for p, v in params.items() if p != "_inputs"}) for k, (a, params) in jobs.items()}
    for k, (_, params) in jobs.items():
        if "_inputs" in params:
            plain[k][1]["_regions"] = str(params["_inputs"]["regions_path"])
    code = CHILD.format(root=str(ROOT), folder=str(folder), jobs=json.dumps(plain))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with MemorySampler([proc.pid]) as mem:
        stdout, stderr = proc.communicate()
    if proc.returncode:
        raise SystemExit(f"single-process run failed:\n{stderr[-3000:]}")
    got = json.loads(stdout.strip().splitlines()[-1])
    got["peak"] = mem.peak[proc.pid]
    return got


def _jobs(args, regions) -> dict:
    jobs = _params(args)
    if regions is not None:
        jobs["lq by regions"] = ("lq", {"_inputs": {"regions": regions, "regions_path": args.regions}})
    wanted = {j.strip() for j in args.jobs.split(",") if j.strip()} or set(jobs)
    return {k: (a, dict(p)) for k, (a, p) in jobs.items() if k in wanted}


def _gb(b: float) -> str:
    return f"{b / 1e9:.2f} GB"


def _report_dask(n: int, res: dict, limit: str) -> float:
    total = sum(r["seconds"] for r in res.values())
    for name, r in res.items():
        peaks = ", ".join(_gb(p) for p in r["peaks"])
        cpu = " + ".join(f"{c:.0f}" for c in r["cpu"])
        lost = f"; {r['lost']} worker(s) lost and restarted" if r["lost"] else ""
        print(
            f"  {name:14s} {r['seconds']:8.1f} s  {n / r['seconds'] / 1e6:6.2f} M points/s  "
            f"peak per worker: {peaks} (limit {limit}); CPU s per worker {cpu}, client {r['client_cpu']:.0f}{lost}"
        )
    print(f"  all jobs       {total:8.1f} s  {n * len(res) / total / 1e6:6.2f} M points/s (points x jobs / s)")
    return n * len(res) / total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--points", type=int, default=50_000_000, help="points of the distributed run (default 50M)")
    ap.add_argument("--single", type=int, default=10_000_000, help="points of the comparison (default 10M)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--memory-limit", default="3GB", help="each worker's memory_limit (default 3GB)")
    ap.add_argument("--rows-per-part", type=int, default=500_000)
    ap.add_argument("--bandwidth", type=float, default=10_000.0, help="metres (default 10 km)")
    ap.add_argument("--cell", type=float, default=2_000.0, help="metres (default 2 km)")
    ap.add_argument("--crs", default="ESRI:102025", help="metric CRS of the density (default Asia North Albers)")
    ap.add_argument("--regions", help="also LQ by this polygon layer (tools/build_geodata.py --level city OUT)")
    ap.add_argument("--folder", help="where to write the registers (default: a temporary folder, removed)")
    ap.add_argument("--skip-big", action="store_true", help="only the comparison on --single points")
    ap.add_argument("--only-big", action="store_true", help="only the distributed run on --points points")
    ap.add_argument("--jobs", default="", help="run only these jobs, e.g. 'lq by city' (comma-separated)")
    args = ap.parse_args()
    base = Path(args.folder) if args.folder else Path(tempfile.mkdtemp(prefix="gzmap-bench-dask-"))
    regions = None
    if args.regions:
        import geopandas as gpd

        regions = gpd.read_file(args.regions)
    print(f"load average at the start: {_load()}")
    ratio = within = None
    try:
        if not args.only_big:
            ratio = _comparison(base, args, regions)
        if not args.skip_big and args.points != args.single:
            within = _big(base, args, regions)
    finally:
        if not args.folder:
            shutil.rmtree(base, ignore_errors=True)
    _target_check(args, ratio, within)


def _load() -> str:
    return f"{', '.join(f'{v:.1f}' for v in os.getloadavg())} on {os.cpu_count()} cores"


def _target_check(args, ratio: float | None, within: bool | None) -> None:
    """The issue's two targets, each met / missed / not run, and the machine's load."""
    print("\ntarget check (issue 19):")
    if ratio is None:
        print("  throughput: not run (--only-big)")
    else:
        verdict = "met" if ratio >= TARGET_RATIO else "MISSED"
        print(
            f"  throughput on {args.single:,} points, local:{args.workers} / one process: {ratio:.2f}x "
            f"(target >= {TARGET_RATIO}x on 10,000,000): {verdict}"
        )
    if within is None:
        print(
            f"  {args.points:,} points within {args.memory_limit} per worker: not run (--skip-big, or --points = --single)"
        )
    else:
        print(
            f"  {args.points:,} points within {args.memory_limit} per worker (target: 50,000,000 within 3GB): "
            f"{'yes' if within else 'NO'}"
        )
    print(f"  load average now: {_load()} (other processes take cores from both paths)")


def _register(base: Path, n: int, args) -> Path:
    folder = base / f"register_{n}.parquet"
    if not folder.exists():
        dt = write_register(n, folder, args.rows_per_part)
        size = sum(f.stat().st_size for f in folder.glob("*.parquet"))
        parts = len(list(folder.glob("*.parquet")))
        print(f"wrote synthetic register {folder}: {n:,} points, {parts} partitions, {_gb(size)} in {dt:.0f} s")
    return folder


def _comparison(base: Path, args, regions) -> float:
    n = args.single
    folder = _register(base, n, args)
    print(f"\n{n:,} points, one process (no --dask):", flush=True)
    single = run_single(folder, _jobs(args, regions))
    times = {name: dt + single["read"] for name, dt in single["times"].items()}  # each command reads the folder
    for name, dt in times.items():
        cpu = single["cpu"][name] + single["read_cpu"]
        print(f"  {name:14s} {dt:8.1f} s  {n / dt / 1e6:6.2f} M points/s  CPU s {cpu:.0f} (with the read)")
    one = n * len(times) / sum(times.values())
    print(
        f"  all jobs       {sum(times.values()):8.1f} s  {one / 1e6:6.2f} M points/s; each includes reading "
        f"the folder into memory ({single['read']:.1f} s), as each command does; peak memory {_gb(single['peak'])}"
    )
    print(f"\n{n:,} points, --dask local:{args.workers} (memory_limit {args.memory_limit}):", flush=True)
    many = _report_dask(n, run_dask(folder, args, _jobs(args, regions)), args.memory_limit)
    ratio = many / one
    print(f"  throughput ratio: {ratio:.2f}x the single process (target >= {TARGET_RATIO}x)")
    return ratio


def _big(base: Path, args, regions) -> bool:
    n = args.points
    folder = _register(base, n, args)
    print(f"\n{n:,} points, --dask local:{args.workers} (memory_limit {args.memory_limit}):", flush=True)
    res = run_dask(folder, args, _jobs(args, regions))
    _report_dask(n, res, args.memory_limit)
    from dask.utils import parse_bytes

    within = all(max(r["peaks"]) < parse_bytes(args.memory_limit) and not r["lost"] for r in res.values())
    print(f"  completed within the memory limit: {'yes' if within else 'NO'}")
    return within


if __name__ == "__main__":
    main()
