"""Co-location quotients of categories of points (sub-sectors of enterprises), in metres.

**Global CLQ** (Leslie & Kronenfeld 2011), for every ordered pair of
categories A → B, counted over each point's nearest neighbour:

.. math::

    CLQ_{A \\to B} = \\frac{C_{A \\to B} / N_A}{N'_B / (N - 1)}

``C_{A→B}``: the number of A points whose nearest neighbour is a B point
(a point with ``t`` nearest neighbours tied at the same distance counts
``1/t`` for each); ``N'_B = N_B - 1`` when A = B, else ``N_B``; ``N`` all
points. 1 means "as often as random labelling would give"; above 1 A points
sit beside B points more often. Unweighted and count-based, as the paper.

**Local CLQ** (Wang et al. 2017; ArcGIS Pro's Colocation Analysis), for
each point *i* of category A relative to category B, over its neighbourhood
(the ``k`` nearest other points, or every other point within a distance
band):

.. math::

    LCLQ_{A_i \\to B} = \\frac{\\sum_{j \\ne i} w_{ij} f_{ij} / \\sum_{j \\ne i} w_{ij}}{N'_B / (N - 1)}

``f_ij`` is 1 when *j* is a B point; ``w_ij`` is the kernel: Gaussian
``exp(-0.5 d²/b²)``, bisquare ``(1 - d²/b²)²`` or none (1), with ``b`` the
distance to the farthest neighbour (k nearest) or the band.

Inference by random labelling: the global matrix's p-values come from
permuting every label over the fixed nearest-neighbour structure; a local
CLQ's p-value from conditional permutations (the point keeps its label, its
neighbours' labels are drawn at random from the other ``N - 1`` points). Both
use GZMap's two-sided pseudo p-value and optional FDR correction
(:mod:`gzmap.analysis.significance`). Everything runs on a k-d tree: memory
grows with ``N·k``, never with ``N²``.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field
from typing import Any

import numpy as np
import pandas as pd

from gzmap.analysis.metric import AnalysisInputError
from gzmap.analysis.metric import category_error
from gzmap.analysis.metric import metric_points
from gzmap.analysis.significance import adjust
from gzmap.analysis.significance import confidence
from gzmap.analysis.significance import tail_p
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import Phrase
from gzmap.core.progress import report
from gzmap.core.progress import sub_progress

__all__ = [
    "KERNELS",
    "ColocationResult",
    "Neighbourhood",
    "category_labels",
    "colocation",
    "global_clq",
    "kernel_weights",
    "local_clq",
    "nearest_ties",
    "neighbourhood",
]

KERNELS = ("gaussian", "bisquare", "none")
#: Local CLQ classes (``clq_class``): colocated / isolated at the test's level, or not significant.
CLASSES = ("colocated", "isolated", "ns", "undefined")
#: Most neighbour pairs a distance band may make (about 1.2 GB of arrays).
MAX_PAIRS = 50_000_000


@dataclass
class Neighbourhood:
    """Each point's neighbours in CSR form: row ``i`` holds ``indices[indptr[i]:indptr[i+1]]`` at
    ``distances`` (metres) with kernel ``weights``; the point itself is never its own neighbour."""

    indptr: np.ndarray
    indices: np.ndarray
    distances: np.ndarray
    weights: np.ndarray | None = None

    @property
    def counts(self) -> np.ndarray:
        return np.diff(self.indptr)

    @property
    def rows(self) -> np.ndarray:
        """The row (point) of each stored neighbour."""
        return np.repeat(np.arange(len(self.indptr) - 1), self.counts)


@dataclass
class ColocationResult:
    """``points``: the input points with ``clq``, ``clq_p``, ``clq_p_adj``, ``clq_confidence`` and
    ``clq_class``; ``matrix``: global CLQ, one row per category A, one column per B; ``pairs``: one row
    per ordered pair with counts, CLQ and p-value; ``notes``: what was left out and why."""

    points: Any
    matrix: pd.DataFrame
    pairs: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    params: dict = field(default_factory=dict)


def category_labels(gdf, field_name: str, notes: list[str] | None = None) -> tuple[np.ndarray, list[str], np.ndarray]:
    """(integer label per kept row, category names, kept-row mask) of column ``field_name``.

    Rows with no value are left out (said in ``notes``); a category with one
    member is left out of the analysis with the reason (its own CLQ would
    divide by ``N_A - 1 = 0``).
    """
    if field_name not in gdf.columns:
        cols = ", ".join(str(c) for c in gdf.columns if c != gdf.geometry.name)
        raise AnalysisInputError(f"field {field_name!r} is not a column of the layer; columns: {cols}")
    values = gdf[field_name].astype("string")
    keep = values.notna().to_numpy().copy()
    notes = notes if notes is not None else []
    if not keep.all():
        notes.append(f"{int((~keep).sum())} points without a {field_name} value left out")
    counts = values[keep].value_counts()
    for name in counts.index[counts.to_numpy() < 2]:
        notes.append(f"category {name!r} of field {field_name!r} has one member: left out (a CLQ needs two)")
        keep &= (values != name).fillna(False).to_numpy()
    cats = sorted(counts.index[counts.to_numpy() >= 2].tolist())
    if len(cats) < 1 or keep.sum() < 3:
        raise AnalysisInputError(
            Phrase(
                "AnalysisErrors",
                QT_TRANSLATE_NOOP(
                    "AnalysisErrors", "field {field!r} has no category with two or more points (and 3 points in all)"
                ),
                field=field_name,
            )
        )
    codes = pd.Categorical(values[keep], categories=cats).codes.astype(np.int64)
    return codes, cats, keep


def nearest_ties(xy: np.ndarray, start_k: int = 4) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every point's nearest neighbours with ties: (point, neighbour, 1/t) arrays.

    A point whose ``t`` nearest neighbours are at the same distance (metres)
    gives each ``1/t``. The query widens until no point's ties fill it.
    """
    from scipy.spatial import cKDTree

    tree = cKDTree(xy)
    n = len(xy)
    todo = np.arange(n)
    src, nbr, frac = [], [], []
    k = min(start_k, n - 1)
    while len(todo):
        d, idx = tree.query(xy[todo], k=k + 1)
        d, idx = _drop_self(todo, d, idx, k)
        tied = d == d[:, :1]
        full = tied[:, -1] & (k < n - 1)
        done = ~full
        rows = np.repeat(todo[done], tied[done].sum(axis=1))
        src.append(rows)
        nbr.append(idx[done][tied[done]])
        frac.append(np.repeat(1.0 / tied[done].sum(axis=1), tied[done].sum(axis=1)))
        todo, k = todo[full], min(2 * k, n - 1)
    return np.concatenate(src), np.concatenate(nbr), np.concatenate(frac)


def _drop_self(rows: np.ndarray, d: np.ndarray, idx: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` nearest *other* points of each query (a duplicate may come back before the point itself)."""
    is_self = idx == rows[:, None]
    # rows where the point itself was not returned (k+1 duplicates at distance 0): drop the last column
    missing = ~is_self.any(axis=1)
    is_self[missing, -1] = True
    keep = ~is_self
    return d[keep].reshape(len(rows), k), idx[keep].reshape(len(rows), k)


def global_clq(
    labels: np.ndarray,
    m: int,
    ties: tuple[np.ndarray, np.ndarray, np.ndarray],
    permutations: int = 99,
    seed: int = 12345,
    progress=None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(CLQ, count C, two-sided pseudo p) matrices, ``m`` × ``m`` (row A, column B).

    ``labels``: category 0..m-1 of each point; ``ties``: :func:`nearest_ties`.
    p is NaN without permutations.
    """
    src, nbr, frac = ties
    n = len(labels)
    n_cat = np.bincount(labels, minlength=m).astype(float)
    expected = np.where(np.eye(m, dtype=bool), n_cat[None, :] - 1, n_cat[None, :]) / (n - 1)

    def clq_of(lab):
        c = np.bincount(lab[src] * m + lab[nbr], frac, minlength=m * m).reshape(m, m)
        with np.errstate(divide="ignore", invalid="ignore"):
            return c, (c / n_cat[:, None]) / expected

    count, clq = clq_of(labels)
    p = np.full((m, m), np.nan)
    if permutations:
        rng = np.random.default_rng(seed)
        ge, le = np.zeros((m, m)), np.zeros((m, m))
        for r in range(permutations):
            sim = clq_of(rng.permutation(labels))[1]
            ge += sim >= clq - 1e-12
            le += sim <= clq + 1e-12
            if r % 10 == 0:
                report(progress, r / permutations, "global CLQ permutations")
        p = tail_p((ge + 1) / (permutations + 1), (le + 1) / (permutations + 1), clq - 1.0)
    return clq, count, p


def neighbourhood(xy: np.ndarray, k: int | None = 8, band: float | None = None) -> Neighbourhood:
    """The ``k`` nearest other points of each point, or every other point within ``band`` metres."""
    from scipy.spatial import cKDTree

    n = len(xy)
    tree = cKDTree(xy)
    if band is None:
        k = int(min(k or 8, n - 1))
        d, idx = tree.query(xy, k=k + 1)
        d, idx = _drop_self(np.arange(n), d, idx, k)
        return Neighbourhood(np.arange(0, n * k + 1, k), idx.ravel(), d.ravel())
    pairs = tree.count_neighbors(tree, band) - n
    if pairs > MAX_PAIRS:
        raise AnalysisInputError(
            Phrase(
                "AnalysisErrors",
                QT_TRANSLATE_NOOP(
                    "AnalysisErrors",
                    "band {band:g} m gives {pairs:,} neighbour pairs (more than {most:,}); use a smaller band or k nearest",
                ),
                band=band,
                pairs=pairs,
                most=MAX_PAIRS,
            )
        )
    ij = tree.query_pairs(band, output_type="ndarray")
    rows, cols = np.r_[ij[:, 0], ij[:, 1]], np.r_[ij[:, 1], ij[:, 0]]
    order = np.lexsort((cols, rows))
    rows, cols = rows[order], cols[order]
    indptr = np.r_[0, np.cumsum(np.bincount(rows, minlength=n))].astype(np.int64)
    return Neighbourhood(indptr, cols.astype(np.int64), np.hypot(*(xy[rows] - xy[cols]).T))


def kernel_weights(nb: Neighbourhood, kernel: str = "gaussian", band: float | None = None) -> np.ndarray:
    """Kernel weight of each stored neighbour; bandwidth ``band`` or each point's farthest neighbour."""
    if kernel not in KERNELS:
        raise AnalysisInputError(f"unknown kernel {kernel!r}; valid: {', '.join(KERNELS)}")
    d = nb.distances
    if kernel == "none":
        return np.ones_like(d)
    if band is None:
        counts = nb.counts
        far = np.zeros(len(counts))
        has = counts > 0
        far[has] = np.maximum.reduceat(d, nb.indptr[:-1][has]) if len(d) else 0.0
        b = np.repeat(far, counts)
    else:
        b = np.full(len(d), float(band))
    with np.errstate(divide="ignore", invalid="ignore"):
        u2 = np.where(b > 0, (d / b) ** 2, 0.0)
    return np.exp(-0.5 * u2) if kernel == "gaussian" else np.clip(1.0 - u2, 0.0, None) ** 2


def _row_sums(nb: Neighbourhood, values: np.ndarray) -> np.ndarray:
    out = np.zeros(len(nb.indptr) - 1)
    has = nb.counts > 0
    if len(values):
        out[has] = np.add.reduceat(values, nb.indptr[:-1][has])
    return out


def local_clq(
    labels: np.ndarray,
    nb: Neighbourhood,
    neighbour: int | None = None,
    permutations: int = 99,
    seed: int = 12345,
    progress=None,
) -> tuple[np.ndarray, np.ndarray]:
    """(local CLQ, two-sided pseudo p) of every point relative to category ``neighbour``
    (None: each point relative to its own category). NaN where the point has no weighted neighbour."""
    n = len(labels)
    b = labels if neighbour is None else np.full(n, neighbour)
    n_cat = np.bincount(labels, minlength=int(labels.max()) + 1).astype(float)
    q = (n_cat[b] - (labels == b)) / (n - 1)  # chance that a random other point is of category B
    w = nb.weights if nb.weights is not None else np.ones(len(nb.indices))
    den = _row_sums(nb, w)
    num = _row_sums(nb, w * (labels[nb.indices] == np.repeat(b, nb.counts)))
    with np.errstate(divide="ignore", invalid="ignore"):
        clq = np.where(den > 0, num / den / q, np.nan)
    p = np.full(n, np.nan)
    if permutations and len(nb.indices):
        p = _local_p(clq, q, nb, w, den, permutations, seed, progress)
    return clq, p


def _local_p(clq, q, nb: Neighbourhood, w, den, permutations: int, seed: int, progress) -> np.ndarray:
    """Conditional random labelling: each neighbour is of category B with probability ``q`` of its point."""
    rng = np.random.default_rng(seed)
    qr = np.repeat(q, nb.counts)
    ge, le = np.zeros(len(clq)), np.zeros(len(clq))
    with np.errstate(divide="ignore", invalid="ignore"):
        for r in range(permutations):
            sim = _row_sums(nb, w * (rng.random(len(qr)) < qr)) / den / q
            ge += sim >= clq - 1e-12
            le += sim <= clq + 1e-12
            if r % 5 == 0:
                report(progress, r / permutations, "local CLQ permutations")
    p = tail_p((ge + 1) / (permutations + 1), (le + 1) / (permutations + 1), clq - 1.0)
    return np.where(np.isfinite(clq), p, np.nan)


def _code(cats: list[str], name: str | None, field_name: str, what: str) -> int | None:
    if name is None:
        return None
    if str(name) not in cats:
        text = QT_TRANSLATE_NOOP(
            "AnalysisErrors",
            "{what} {name!r} of field {field!r} has fewer than two points; categories with two or more: {cats}",
        )
        raise category_error(text, what, name, field_name, cats)
    return cats.index(str(name))


def colocation(
    gdf,
    field_name: str = "subsector",
    *,
    target: str | None = None,
    neighbour: str | None = None,
    k: int = 8,
    band: float | None = None,
    kernel: str = "gaussian",
    permutations: int = 99,
    fdr: bool = False,
    seed: int = 12345,
    crs=None,
    progress=None,
) -> ColocationResult:
    """Global CLQ matrix of every ordered pair of categories and local CLQ of each point.

    ``target``: category A whose points get a local CLQ (None: every point);
    ``neighbour``: category B (None: each point's own category). ``k``
    nearest or ``band`` metres; ``kernel`` gaussian/bisquare/none;
    ``permutations`` 0 (no test) to 9999.
    """
    notes: list[str] = []
    labels, cats, keep = category_labels(gdf, field_name, notes)
    xy = metric_points(gdf, crs=crs, min_points=3).xy[keep]
    target_word = Phrase("AnalysisErrors", QT_TRANSLATE_NOOP("AnalysisErrors", "target"))
    neighbour_word = Phrase("AnalysisErrors", QT_TRANSLATE_NOOP("AnalysisErrors", "neighbour"))
    a, b = _code(cats, target, field_name, target_word), _code(cats, neighbour, field_name, neighbour_word)
    report(progress, 0.02, "nearest neighbours")
    clq, count, p = global_clq(
        labels, len(cats), nearest_ties(xy), permutations, seed, sub_progress(progress, 0.05, 0.3)
    )
    nb = neighbourhood(xy, k=k, band=band)
    nb.weights = kernel_weights(nb, kernel, band)
    report(progress, 0.35, "local CLQ")
    lclq, lp = local_clq(labels, nb, b, permutations, seed + 1, sub_progress(progress, 0.35, 0.95))
    points = _points_frame(gdf, keep, labels, cats, lclq, lp, a, fdr)
    matrix, pairs = _tables(cats, labels, clq, count, p)
    params = {"field": field_name, "target": target, "neighbour": neighbour, "k": k, "band": band}
    params.update(kernel=kernel, permutations=permutations, fdr=fdr, seed=seed)
    report(progress, 1.0, "done")
    return ColocationResult(points, matrix, pairs, notes, params)


def _points_frame(gdf, keep, labels, cats, lclq, lp, a, fdr):
    """The kept points with their local CLQ, p-values and class (points outside ``target`` get none)."""
    pts = gdf.loc[keep].copy()
    if a is not None:
        other = labels != a
        lclq, lp = np.where(other, np.nan, lclq), np.where(other, np.nan, lp)
        pts = pts.loc[~other]
        lclq, lp, labels = lclq[~other], lp[~other], labels[~other]
    p_adj = adjust(lp, fdr)
    conf = confidence(p_adj)
    cls = np.where(
        ~np.isfinite(lclq), "undefined", np.where(conf == 0, "ns", np.where(lclq > 1, "colocated", "isolated"))
    )
    pts["category"] = np.asarray(cats, dtype=object)[labels]
    pts["clq"] = lclq
    pts["clq_p"] = lp
    pts["clq_p_adj"] = p_adj
    pts["clq_confidence"] = conf
    pts["clq_class"] = cls
    return pts


def _tables(cats, labels, clq, count, p) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(matrix: row A, one column per B; pairs: long form with counts and p)."""
    n_cat = np.bincount(labels, minlength=len(cats))
    matrix = pd.DataFrame(clq, index=pd.Index(cats, name="category"), columns=cats).reset_index()
    a, b = np.meshgrid(np.arange(len(cats)), np.arange(len(cats)), indexing="ij")
    pairs = pd.DataFrame(
        {
            "a": np.asarray(cats, dtype=object)[a.ravel()],
            "b": np.asarray(cats, dtype=object)[b.ravel()],
            "n_a": n_cat[a.ravel()],
            "n_b": n_cat[b.ravel()],
            "nn_count": count.ravel(),
            "clq": clq.ravel(),
            "p": p.ravel(),
        }
    )
    return matrix, pairs
