"""Heat surfaces and Gi* cell counts as map–reduce over the partitions of a dataset.

Kernel density (:func:`kde`): one pass gives each partition's count, bounds
in metres and (for the ``auto`` study area) its points per GBA city, from
which the whole grid is planned exactly as on one machine
(:func:`gzmap.analysis.kde.plan_surface`). The grid is cut into tiles of
:data:`TILE` cells; each partition sums its points' kernels onto the tiles
its points reach, each tile widened by the kernel's reach (a halo of one
bandwidth, plus a cell), and the tiles' sums over partitions make the
surface. Exact sums add up exactly; the binned method's linear binning and
FFT convolution are linear in the points, so partial surfaces add up to the
whole one to round-off (< 1e-9 of the peak), the round-off floor applied
once to the sum.

Gi* (:func:`cell_values`): each partition sums its points per cell key,
the sums are added per cell, and the Gi* test runs on the reduced grid
(:func:`gzmap.analysis.hotspots.hotspots_on_grid`).
"""

from __future__ import annotations

import re

import numpy as np

from gzmap.core.progress import report

__all__ = ["TILE", "cell_values", "kde", "scan", "target_crs"]

#: Tile side in cells.
TILE = 512


def _points(file: str, weight, crs, offset: int, scratch=None):
    """(metric x, y, weights or None, pyproj CRS string) of one partition; errors name whole-dataset rows.

    Decoded once per job: saved in ``scratch`` (:mod:`.scratch`) for the job's next pass.
    """
    from gzmap.analysis.distributed.scratch import cached

    def make():
        x, y, w, target = _decode(file, weight, crs, offset)
        return {"x": x, "y": y, "w": np.empty(0) if w is None else w, "crs": np.array(target)}

    got = cached(scratch, ("points", file, weight, crs), make)
    return got["x"], got["y"], got["w"] if weight else None, str(got["crs"])


def _decode(file: str, weight, crs, offset: int):
    from gzmap.analysis.distributed.dataset import attribute_names
    from gzmap.analysis.distributed.dataset import read_xy
    from gzmap.analysis.kde import _weight_values
    from gzmap.analysis.kde import check_weight_column
    from gzmap.analysis.metric import AnalysisInputError
    from gzmap.analysis.metric import metric_xy

    try:
        if weight:
            check_weight_column(weight, attribute_names(file))
        x, y, table, src = read_xy(file, [weight] if weight else [])
        if len(x) == 0:
            return np.empty(0), np.empty(0), None if not weight else np.empty(0), str(crs or "")
        pts = metric_xy(x, y, src, crs=crs)
        w = _weight_values(table[weight].to_numpy(), weight) if weight else None
    except AnalysisInputError as exc:
        raise _from_row(exc, offset) from None
    return pts.x, pts.y, w, pts.crs


def _from_row(exc: Exception, offset: int):
    """The error ``exc`` of one partition with its row numbered in the whole dataset (``offset`` rows before)."""
    from gzmap.analysis.metric import AnalysisInputError

    return AnalysisInputError(re.sub(r"row (\d+)", lambda m: f"row {int(m.group(1)) + offset}", str(exc), count=1))


def _scan_part(file: str, offset: int, weight, crs, cities, scratch=None) -> dict:
    x, y, w, target = _points(file, weight, crs, offset, scratch)
    out = {"n": len(x), "crs": target, "total": float(len(x) if w is None else w.sum())}
    if len(x):
        out["bounds"] = (float(x.min()), float(y.min()), float(x.max()), float(y.max()))
        if cities is not None:
            from gzmap.analysis.study_area import city_counts

            out["cities"] = city_counts(x, y, cities)
    return out


def target_crs(ds, crs) -> str:
    """The metric CRS an analysis of the dataset computes in (``crs`` if given), as on one machine."""
    from pyproj import CRS

    from gzmap.analysis.metric import _metric_crs

    return _metric_crs(CRS.from_user_input(ds.crs), crs)


def scan(client, ds, weight, crs, progress, *, cities=False, end=0.2, scratch=None) -> dict:
    """One pass over the dataset: ``n``, ``total`` weight, ``bounds`` (metres), ``crs`` and each
    partition's bounds; ``cities``: also the points in each built-in GBA city (for ``auto``)."""
    from gzmap.analysis.distributed.tasks import wait_all
    from gzmap.analysis.metric import AnalysisInputError

    crs = target_crs(ds, crs)
    polys = None
    if cities:
        from gzmap.analysis.study_area import gba_cities

        polys = gba_cities(crs)
    futures = [
        client.submit(_scan_part, f, off, weight, crs, polys, scratch, pure=False)
        for f, off in zip(ds.files, ds.offsets())
    ]
    parts = wait_all(client, futures, progress, 0.0, end, "reading partitions")
    n = sum(p["n"] for p in parts)
    if n == 0:
        raise AnalysisInputError("no points: the layer or the selection is empty")
    b = np.array([p["bounds"] for p in parts if p["n"]])
    summary = {
        "n": n,
        "total": float(sum(p["total"] for p in parts)),
        "bounds": (b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max()),
        "crs": next(p["crs"] for p in parts if p["n"]),
        "parts": [p.get("bounds") for p in parts],
        "polys": polys,
    }
    if weight and summary["total"] <= 0:
        raise AnalysisInputError(f"all weights in column {weight!r} are 0")
    if cities:
        summary["cities"] = np.sum([p["cities"] for p in parts if p["n"]], axis=0)
    return summary


def _tiles(plan):
    """Tiles ``(row0, col0, rows, cols)`` of the plan's grid."""
    return [
        (r, c, min(TILE, plan.rows - r), min(TILE, plan.cols - c))
        for r in range(0, plan.rows, TILE)
        for c in range(0, plan.cols, TILE)
    ]


def _reached(plan, bounds, tiles) -> list[int]:
    """Indexes of the tiles within the kernel's reach (plus a cell) of a box of points (metres)."""
    cell, _, x0, _, _, ytop = plan.transform
    c_lo, c_hi = (bounds[0] - x0) / cell - plan.m - 1, (bounds[2] - x0) / cell + plan.m + 1
    r_lo, r_hi = (ytop - bounds[3]) / cell - plan.m - 1, (ytop - bounds[1]) / cell + plan.m + 1
    return [i for i, (r, c, nr, nc) in enumerate(tiles) if c < c_hi and c + nc > c_lo and r < r_hi and r + nr > r_lo]


def _kde_part(file: str, offset: int, weight, crs, plan, tiles, wanted, scratch=None) -> dict:
    """One partition's share of the tiles ``wanted`` (tile index -> array): its kernel sums (exact
    method), or its linear bins on the tile padded by the kernel's reach (binned method: the bins of
    all partitions are summed and convolved once per tile, :func:`_sum_tile`)."""
    from gzmap.analysis.kde import bin_points
    from gzmap.analysis.kde import evaluate

    x, y, w, _ = _points(file, weight, crs, offset, scratch)
    cell, _, x0, _, _, ytop = plan.transform
    fc, fr = (x - x0) / cell, (ytop - y) / cell
    out = {}
    for i in wanted:
        r, c, nr, nc = tiles[i]
        sel = (fc >= c - plan.m - 1) & (fc < c + nc + plan.m + 1) & (fr >= r - plan.m - 1) & (fr < r + nr + plan.m + 1)
        if sel.any():
            transform = (cell, 0.0, x0 + c * cell, 0.0, -cell, ytop - r * cell)
            ws = None if w is None else w[sel]
            if plan.method == "binned":
                out[i] = bin_points(x[sel], y[sel], ws, transform, nr, nc, plan.m)
            else:
                out[i] = evaluate(x[sel], y[sel], ws, plan, transform, (nr, nc))
    return out


def _sum_tile(i: int, plan, *parts):
    """Tile ``i``'s kernel sums from the partitions' shares of it (:func:`_kde_part`); None if none."""
    from gzmap.analysis.kde import convolve_bins

    arrays = [p[i] for p in parts if i in p]
    if not arrays:
        return None
    total = np.sum(arrays, axis=0)
    return (
        convolve_bins(total, plan.transform[0], plan.bandwidth, plan.kernel, plan.m)
        if plan.method == "binned"
        else total
    )


def kde(client, ds, params: dict, progress=None, scratch=None):
    """The heat surface of :func:`gzmap.analysis.kde.kde` (area ``auto``) of a dataset, on the cluster;
    ``scratch``: a folder the workers see, for the points decoded once (:mod:`.scratch`)."""
    from gzmap.analysis import kde as k
    from gzmap.analysis.distributed.tasks import gather_each
    from gzmap.analysis.study_area import cities_area

    bandwidth, cell = k._check_parameters(params["bandwidth"], params["cell"], params["kernel"], params["method"])
    weight, crs = params["weight"] or None, params["crs"]
    info = scan(client, ds, weight, crs, progress, cities=True, scratch=scratch)
    plan = k.plan_surface(info["n"], info["bounds"], bandwidth, cell, params["kernel"], params["method"])
    tiles = _tiles(plan)
    maps: list = []
    reach: dict[int, list] = {}
    for f, off, b in zip(ds.files, ds.offsets(), info["parts"]):
        if b is None:
            continue
        wanted = _reached(plan, b, tiles)
        maps.append(client.submit(_kde_part, f, off, weight, info["crs"], plan, tiles, wanted, scratch, pure=False))
        for t in wanted:
            reach.setdefault(t, []).append(maps[-1])
    sums = [client.submit(_sum_tile, t, plan, *parts, pure=False) for t, parts in sorted(reach.items())]
    dens = np.zeros((plan.rows, plan.cols))
    order = sorted(reach)
    for pos, tile in gather_each(client, sums, progress, 0.2, 0.95, "kernel density by tiles"):
        r, c, nr, nc = tiles[order[pos]]
        if tile is not None:
            dens[r : r + nr, c : c + nc] = tile
    del maps
    k.floor_round_off(dens, plan)
    area = cities_area(info["polys"], info["cities"], info["n"])
    grid = k.finish_surface(dens, plan, info["crs"], area, info["n"], info["total"], weight)
    report(progress, 1.0, "kernel density done")
    return grid


def _cell_part(file: str, offset: int, weight, crs, cell: float, shape: str, scratch=None):
    """(cell keys i, j, summed value, points) of one partition's points."""
    import pandas as pd

    from gzmap.analysis.hotspots import CellGrid
    from gzmap.analysis.hotspots import _hex_round

    x, y, w, _ = _points(file, weight, crs, offset, scratch)
    if shape == "square":
        i, j = np.floor(x / cell).astype(np.int64), np.floor(y / cell).astype(np.int64)
    else:
        tmp = CellGrid.__new__(CellGrid)
        tmp.shape, tmp.cell = shape, float(cell)
        i, j = _hex_round(x, y, tmp.side)
    df = pd.DataFrame({"i": i, "j": j, "v": np.ones(len(x)) if w is None else w, "n": 1})
    g = df.groupby(["i", "j"], sort=False).sum()
    return (
        g.index.get_level_values(0).to_numpy(),
        g.index.get_level_values(1).to_numpy(),
        g["v"].to_numpy(),
        g["n"].to_numpy(),
    )


def cell_values(client, ds, params: dict, progress=None, scratch=None):
    """``(grid, value per cell, points inside, points outside)`` of :func:`gzmap.analysis.hotspots.hotspots`."""
    from gzmap.analysis.distributed.tasks import wait_all
    from gzmap.analysis.hotspots import _check
    from gzmap.analysis.hotspots import cell_grid
    from gzmap.analysis.metric import AnalysisInputError

    cell, _ = _check(params["cell"], params["shape"], params["permutations"])
    weight = params["weight"] or None
    info = scan(client, ds, weight, params["crs"], progress, scratch=scratch)
    x0, y0, x1, y1 = info["bounds"]
    if info["n"] < 3:
        raise AnalysisInputError(f"need at least 3 points, got {info['n']}")
    if x0 == x1 and y0 == y1:
        raise AnalysisInputError(
            f"all {info['n']} points are at the same location; nothing to analyse (check the geocoding)"
        )
    area = None if params["area"] == "points" else params["area"]
    grid = cell_grid(np.array([x0, x1]), np.array([y0, y1]), cell, params["shape"], area, info["crs"])
    futures = [
        client.submit(_cell_part, f, off, weight, info["crs"], cell, params["shape"], scratch, pure=False)
        for f, off, b in zip(ds.files, ds.offsets(), info["parts"])
        if b is not None
    ]
    value = np.zeros(len(grid))
    inside = outside = 0
    for i, j, v, n in wait_all(client, futures, progress, 0.2, 0.5, "counting points per cell"):
        pos = grid.lookup(i, j)
        ok = pos >= 0
        np.add.at(value, pos[ok], v[ok])
        inside += int(n[ok].sum())
        outside += int(n[~ok].sum())
    if weight is None:
        value = value.astype(np.int64)  # counts, as np.bincount gives them on one machine
    return grid, value, inside, outside
