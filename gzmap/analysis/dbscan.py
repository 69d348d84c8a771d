"""DBSCAN in metres with bounded memory.

scikit-learn's ``DBSCAN`` first stores every point's whole neighbourhood
(8 bytes per neighbour): on dense enterprise data (a million points with
hundreds of neighbours each) that alone exceeds 4 GB. This implementation
gives the same labels without ever holding all neighbourhoods:

1. **Core points.** Points are binned into square cells of side ε/√2; every
   point of a cell holding at least ``min_samples`` points is core (the whole
   cell lies within ε of it). Only points of sparser cells have their
   neighbours *counted* (k-d tree, no lists kept).
2. **Clusters.** Core points are joined by every core–core pair closer than
   ε, found strip by strip along x (each strip's pairs fit a fixed budget)
   and merged into a union–find labelling (``scipy.sparse.csgraph``).
3. **Border points.** A non-core point within ε of core points joins the
   cluster that the classic algorithm (Ester et al. 1996, as in QGIS's
   ``native:dbscanclustering`` and scikit-learn) reaches it from first: the
   cluster whose lowest-numbered core point comes first in input order. With
   ``border="noise"`` border points are noise (DBSCAN*, QGIS's option
   "Treat border points as noise").

A point counts itself as a neighbour: core means at least ``min_samples``
points (itself included) at distance ≤ ε, as in QGIS and scikit-learn.
"""

from __future__ import annotations

import numpy as np

from gzmap.core.progress import report

__all__ = ["dbscan_labels"]

#: Most neighbour pairs held in memory at once (each pair costs 16 bytes).
PAIR_BUDGET = 12_000_000


def _counts(tree, xy, eps, idx, progress, start, end):
    """Neighbour counts (self included) of the points ``idx``, in chunks (progress start..end)."""
    out = np.empty(len(idx), dtype=np.int64)
    step = 50_000
    for s in range(0, len(idx), step):
        report(progress, start + (end - start) * s / max(len(idx), 1), "counting neighbours")
        out[s : s + step] = tree.query_ball_point(xy[idx[s : s + step]], eps, return_length=True)
    return out


def _strips(
    xs_sorted: np.ndarray, weights_sorted: np.ndarray, budget: float, min_width: float
) -> list[tuple[int, int]]:
    """Split positions 0..n into consecutive runs whose summed weights stay near ``budget``.

    A run spans at least ``min_width`` along x, so that the ε-wide margin a run
    is searched with never holds more points than the run itself.
    """
    n = len(xs_sorted)
    cum = np.cumsum(weights_sorted, dtype=np.float64)
    bounds = [0]
    while bounds[-1] < n:
        s = bounds[-1]
        base = cum[s - 1] if s else 0.0
        e = int(np.searchsorted(cum, base + budget, side="right"))
        e = max(e, s + 1, int(np.searchsorted(xs_sorted, xs_sorted[s] + min_width, side="right")))
        bounds.append(min(e, n))
    return list(zip(bounds[:-1], bounds[1:]))


def _core_points(xy, eps, min_samples, progress):
    """(core mask, neighbour counts (exact where it matters, else an upper bound or 0), the grid).

    Points are binned into square cells of side ε/√2; every point of a cell
    holding at least ``min_samples`` points is core. Only points of sparser
    cells have their neighbours counted. The grid is ``(cij, ncols, cell,
    inverse, cell_n)``: each point's cell coordinates, the number of columns,
    its cell key, its cell's index and each cell's size.
    """
    from scipy.spatial import cKDTree

    n = len(xy)
    report(progress, 0.0, "indexing points")
    side = eps / np.sqrt(2.0) * (1.0 - 1e-9)
    origin = xy.min(axis=0)
    cij = np.floor((xy - origin) / side).astype(np.int64)
    ncols = int(cij[:, 0].max()) + 1
    cell = cij[:, 1] * ncols + cij[:, 0]
    keys, inverse, cell_n = np.unique(cell, return_inverse=True, return_counts=True)
    core = cell_n[inverse] >= min_samples
    tree = cKDTree(xy)
    rest = np.flatnonzero(~core)
    counts = np.zeros(n, dtype=np.int64)
    if len(rest):
        # upper bound: every point of the 21 cells that can hold a neighbour
        rk = np.unique(inverse[rest])
        kcol, krow = keys[rk] % ncols, keys[rk] // ncols
        bound = np.zeros(len(rk), dtype=np.int64)
        for dx in range(-2, 3):
            for dy in range(-2, 3):
                if abs(dx) == 2 and abs(dy) == 2:
                    continue  # corner cells lie farther than ε
                nk = (krow + dy) * ncols + (kcol + dx)
                pos = np.clip(np.searchsorted(keys, nk), 0, len(keys) - 1)
                bound += np.where(keys[pos] == nk, cell_n[pos], 0)
        ub = np.zeros(len(keys), dtype=np.int64)
        ub[rk] = bound
        counts[rest] = ub[inverse[rest]]  # an upper bound; exact where it matters below
        rest = rest[counts[rest] >= min_samples]
    if len(rest):
        counts[rest] = _counts(tree, xy, eps, rest, progress, 0.02, 0.25)
        core[rest] = counts[rest] >= min_samples
    return core, counts, (cij, ncols, cell, inverse, cell_n)


def _core_components(xy, core_idx, counts, grid, eps, pair_budget, progress):
    """Component number of each core point: core points closer than ε end in the same component.

    Core points sharing a grid cell are within ε of each other, so clusters are
    unions of cells; pairs closer than ε only decide which neighbouring cells
    (at most 2 cells apart) join. A first pass uses a few outermost points per
    cell; a second, exact pass checks every point of the neighbouring cells the
    first pass left apart.
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    cij, ncols, cell, inverse, cell_n = grid
    cxy = xy[core_idx]
    cells, cell_of = np.unique(cell[core_idx], return_inverse=True)  # grid keys of core cells
    ncell = len(cells)
    ccij = cij[core_idx]
    ccol, crow = cells % ncols, cells // ncols
    est = np.where(counts[core_idx] > 0, counts[core_idx], cell_n[inverse[core_idx]] * 3).astype(float)
    linked = np.zeros((ncell, 25), dtype=bool)  # linked[c, k]: cell c joins the cell at offset k

    def components():
        src, offk = np.nonzero(linked)
        dst = np.searchsorted(cells, (crow[src] + offk % 5 - 2) * ncols + (ccol[src] + offk // 5 - 2))
        g = coo_matrix((np.ones(len(src), dtype=np.int8), (src, dst)), shape=(ncell, ncell)).tocsr()
        return connected_components(g, directed=False)[1]

    def link(sel, start, end):
        sx = cxy[sel, 0]
        order = np.argsort(sx, kind="stable")
        xs = sx[order]
        strips = _strips(xs, est[sel][order] / 2.0, pair_budget, eps)
        for k, (s, e) in enumerate(strips):
            report(progress, start + (end - start) * k / len(strips), "joining core points")
            hi = int(np.searchsorted(xs, xs[e - 1] + eps, side="right"))
            members = sel[order[s:hi]]
            pairs = cKDTree(cxy[members]).query_pairs(eps, output_type="ndarray")
            if len(pairs) == 0:
                continue
            a, b = members[pairs[:, 0]], members[pairs[:, 1]]
            del pairs
            cross = cell_of[a] != cell_of[b]
            a, b = a[cross], b[cross]
            off = (ccij[b, 0] - ccij[a, 0] + 2) * 5 + (ccij[b, 1] - ccij[a, 1] + 2)
            linked[cell_of[a], off] = True

    # pass 1: per cell, the extreme points in eight directions
    reps = []
    for proj in (cxy[:, 0], cxy[:, 1], cxy[:, 0] + cxy[:, 1], cxy[:, 0] - cxy[:, 1]):
        o = np.lexsort((proj, cell_of))
        bounds = np.flatnonzero(np.diff(cell_of[o])) + 1
        reps.append(o[np.r_[0, bounds]])
        reps.append(o[np.r_[bounds - 1, len(o) - 1]])
    link(np.unique(np.concatenate(reps)), 0.25, 0.4)
    cell_comp = components()
    # pass 2: neighbouring cells still in different clusters, checked with all their points
    nb = np.arange(25) != 12
    keys = (crow[:, None] + (np.arange(25) % 5 - 2)[None, :]) * ncols + (
        ccol[:, None] + (np.arange(25) // 5 - 2)[None, :]
    )
    pos = np.clip(np.searchsorted(cells, keys), 0, ncell - 1)
    exists = (cells[pos] == keys) & nb[None, :]
    open_ = exists & (cell_comp[pos] != cell_comp[:, None])
    todo = np.zeros(ncell, dtype=bool)
    todo[np.any(open_, axis=1)] = True
    todo[pos[open_]] = True
    if todo.any():
        link(np.flatnonzero(todo[cell_of]), 0.4, 0.8)
        cell_comp = components()
    return cell_comp[cell_of]


def _discovery_order(comp):
    """Cluster numbers 0, 1, ... in the order the classic algorithm discovers them: by their first core point
    in input order (``comp`` is given for core points in input order)."""
    _, first = np.unique(comp, return_index=True)  # core_idx is sorted, so first = lowest input index
    roots = comp[first]
    rank = np.empty(comp.max() + 1, dtype=np.int64)
    rank[roots[np.argsort(first, kind="stable")]] = np.arange(len(roots))
    return rank[comp]


def _assign_borders(xy, labels, core, core_idx, counts, eps, min_samples, pair_budget, progress) -> None:
    """Give each border point (not core, within ε of a core point) the first cluster that reaches it, in ``labels``."""
    from scipy.spatial import cKDTree

    cxy = xy[core_idx]
    report(progress, 0.8, "assigning border points")
    cand = np.flatnonzero(~core & (counts >= 2))
    if len(cand):
        ctree = cKDTree(cxy)
        step = max(1, pair_budget // max(int(min_samples), 1))
        for s in range(0, len(cand), step):
            report(progress, 0.8 + 0.19 * s / len(cand), "assigning border points")
            part = cand[s : s + step]
            nbrs = ctree.query_ball_point(xy[part], eps)
            lens = np.fromiter((len(v) for v in nbrs), dtype=np.int64, count=len(part))
            has = lens > 0
            if not has.any():
                continue
            flat = np.fromiter((j for v in nbrs for j in v), dtype=np.int64, count=int(lens.sum()))
            owner = np.repeat(np.arange(len(part)), lens)
            best = np.full(len(part), np.iinfo(np.int64).max)
            np.minimum.at(best, owner, labels[core_idx[flat]])
            labels[part[has]] = best[has]


def dbscan_labels(
    xy: np.ndarray,
    eps: float,
    min_samples: int,
    *,
    border: str = "first",
    progress=None,
    pair_budget: int = PAIR_BUDGET,
) -> tuple[np.ndarray, np.ndarray]:
    """Label points by DBSCAN.

    Parameters
    ----------
    xy
        (n, 2) coordinates in metres.
    eps
        Neighbourhood radius ε in metres (a pair at distance ≤ ε are neighbours).
    min_samples
        Fewest points (the point itself included) within ε for a core point.
    border
        ``"first"`` (classic DBSCAN; same labels as QGIS and scikit-learn up to
        renumbering) or ``"noise"`` (DBSCAN*: border points are noise).

    Returns
    -------
    labels, core
        ``labels`` (int64): clusters numbered 0, 1, ... in the order the classic
        algorithm discovers them (by their first core point in input order),
        -1 for noise; ``core``: boolean core-point mask.
    """
    if border not in ("first", "noise"):
        raise ValueError(f"border must be 'first' or 'noise', got {border!r}")
    xy = np.ascontiguousarray(xy, dtype=np.float64)
    n = len(xy)
    labels = np.full(n, -1, dtype=np.int64)
    if n == 0:
        return labels, np.zeros(0, dtype=bool)

    core, counts, grid = _core_points(xy, eps, min_samples, progress)
    core_idx = np.flatnonzero(core)
    if len(core_idx) == 0:
        report(progress, 1.0, "no clusters")
        return labels, core
    comp = _core_components(xy, core_idx, counts, grid, eps, pair_budget, progress)
    labels[core_idx] = _discovery_order(comp)
    if border == "first":
        _assign_borders(xy, labels, core, core_idx, counts, eps, min_samples, pair_budget, progress)
    report(progress, 1.0, "clusters found")
    return labels, core
