"""Cross-K and cross-L functions of two categories of points, with random-labelling envelopes (metres).

For categories A (``n_A`` points) and B (``n_B``) in a study area of ``|W|`` m²:

.. math::

    K_{AB}(r) = \\frac{|W|}{n_A n_B} \\sum_{i \\in A} \\sum_{j \\in B} 1(d_{ij} \\le r), \\qquad
    L_{AB}(r) = \\sqrt{K_{AB}(r) / \\pi}

No edge correction: ``|W|`` is the area of the convex hull of the A and B
points. Edge effects bias K and L downwards at large ``r``; the envelopes
share that bias, because they come from **random labelling**: the A and B
labels are shuffled over the same ``n_A + n_B`` locations (keeping both
counts) and K is computed again. An observed L above the envelope at ``r``
means A and B sit within ``r`` of each other more than their own locations
alone explain (attraction); below, repulsion.

Pairs are counted by a dual k-d tree traversal (scipy's
``cKDTree.count_neighbors`` for every ``r`` at once), never by listing every
pair, so memory grows with the number of points, not its square.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from gzmap.analysis.colocation import category_labels
from gzmap.analysis.metric import AnalysisInputError
from gzmap.analysis.metric import category_error
from gzmap.analysis.metric import metric_points
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import Phrase
from gzmap.core.progress import report

__all__ = ["cross_k", "cross_k_xy", "hull_area"]


def hull_area(xy: np.ndarray) -> float:
    """Area (m²) of the convex hull of ``xy``; refuses collinear points."""
    from scipy.spatial import ConvexHull
    from scipy.spatial import QhullError

    try:
        return float(ConvexHull(xy).volume)
    except (QhullError, ValueError):
        raise AnalysisInputError(
            Phrase(
                "AnalysisErrors",
                QT_TRANSLATE_NOOP(
                    "AnalysisErrors", "the points lie on a line: the study area (their convex hull) has no area"
                ),
            )
        ) from None


#: Most (A or B, A or B) pairs within the largest distance listed in memory (about 10 bytes each);
#: beyond it every simulation counts pairs again by dual-tree traversal (slower, little memory).
MAX_PAIRS = 30_000_000
#: Labellings counted at once (one sparse product per distance bin for the whole batch).
_BATCH = 100


class _PairCounter:
    """Counts the mixed (one A, one B) pairs of the points ``xy`` within each radius, for many labellings.

    The pairs within the largest radius are listed once by the k-d tree, one
    sparse matrix ``U_k`` (each pair once) per distance bin ``k``. For a
    labelling ``a`` (1 for A), the mixed pairs of bin ``k`` are
    ``a·deg_k - 2 aᵀ U_k a`` (pairs touching A, less twice the A–A pairs),
    so a batch of labellings is one sparse-times-dense product per bin. When
    there would be more than :data:`MAX_PAIRS` pairs, each labelling is
    counted by scipy's dual-tree ``count_neighbors`` instead.
    """

    def __init__(self, xy: np.ndarray, radii: np.ndarray):
        from scipy.spatial import cKDTree

        self.xy, self.radii = xy, radii
        tree = cKDTree(xy)
        self.listed = (tree.count_neighbors(tree, float(radii[-1])) - len(xy)) // 2 <= MAX_PAIRS
        if self.listed:
            self._list_pairs(tree)

    def _list_pairs(self, tree) -> None:
        import scipy.sparse as sp

        n = len(self.xy)
        ij = tree.query_pairs(float(self.radii[-1]), output_type="ndarray")
        bins = np.searchsorted(self.radii, np.hypot(*(self.xy[ij[:, 0]] - self.xy[ij[:, 1]]).T), side="left")
        order = np.argsort(bins, kind="stable")
        ij, bins = ij[order].astype(np.int32), bins[order]
        del order
        ends = np.searchsorted(bins, np.arange(len(self.radii)), side="right")
        self.u, self.deg = [], np.zeros((len(self.radii), n))
        for k, (lo, hi) in enumerate(zip(np.r_[0, ends[:-1]], ends)):
            i, j = ij[lo:hi, 0], ij[lo:hi, 1]
            self.u.append(sp.csr_matrix((np.ones(hi - lo, np.float32), (i, j)), shape=(n, n)))
            self.deg[k] = np.bincount(i, minlength=n) + np.bincount(j, minlength=n)

    def __call__(self, is_a: np.ndarray) -> np.ndarray:
        """Mixed pairs within each radius, (labellings, radii), for ``is_a`` of shape (points, labellings)."""
        if not self.listed:
            from scipy.spatial import cKDTree

            out = []
            for col in is_a.T:
                a, b = cKDTree(self.xy[col]), cKDTree(self.xy[~col])
                out.append(a.count_neighbors(b, self.radii).astype(float))
            return np.array(out)
        a = is_a.astype(np.float32)
        per_bin = np.empty((is_a.shape[1], len(self.radii)))
        for k, u in enumerate(self.u):
            aa = (a * (u @ a)).sum(axis=0, dtype=np.float64)
            per_bin[:, k] = self.deg[k] @ a - 2.0 * aa
        return np.cumsum(per_bin, axis=1)


def cross_k_xy(
    a: np.ndarray,
    b: np.ndarray,
    radii: np.ndarray,
    envelopes: int = 99,
    area: float | None = None,
    seed: int = 12345,
    progress=None,
) -> pd.DataFrame:
    """Cross-K and L of points ``a`` and ``b`` ((n, 2) metres) at ``radii`` (increasing), with envelopes.

    Columns: ``r``, ``k``, ``l``, ``l_minus_r`` and, with envelopes,
    ``l_low``/``l_high`` (the lowest and highest simulated L, i.e. a
    ``1 - 2/(envelopes+1)`` pointwise band), ``l_mean`` and ``pattern``
    (attraction / repulsion / random).
    """
    na, nb = len(a), len(b)
    both = np.vstack([a, b])
    area = hull_area(both) if area is None else float(area)
    scale = area / (na * nb)
    counter = _PairCounter(both, np.asarray(radii, dtype=float))
    is_a = np.r_[np.ones(na, dtype=bool), np.zeros(nb, dtype=bool)]
    k = counter(is_a[:, None])[0] * scale
    out = pd.DataFrame({"r": radii, "k": k, "l": np.sqrt(k / np.pi)})
    out["l_minus_r"] = out["l"] - out["r"]
    if envelopes:
        rng = np.random.default_rng(seed)
        sims = []
        for start in range(0, envelopes, _BATCH):
            batch = np.column_stack([rng.permutation(is_a) for _ in range(min(_BATCH, envelopes - start))])
            sims.append(np.sqrt(counter(batch) * scale / np.pi))
            report(progress, (start + batch.shape[1]) / envelopes, "random-labelling envelopes")
        sim = np.vstack(sims)
        out["l_low"], out["l_high"], out["l_mean"] = sim.min(axis=0), sim.max(axis=0), sim.mean(axis=0)
        out["pattern"] = np.where(
            out["l"] > out["l_high"], "attraction", np.where(out["l"] < out["l_low"], "repulsion", "random")
        )
    out.attrs["pairs_listed"] = counter.listed
    return out


def cross_k(
    gdf,
    field_name: str = "subsector",
    a: str | None = None,
    b: str | None = None,
    *,
    max_distance: float | None = None,
    steps: int = 50,
    envelopes: int = 99,
    seed: int = 12345,
    crs=None,
    progress=None,
) -> pd.DataFrame:
    """Cross-K/L of categories ``a`` and ``b`` of column ``field_name`` from 0 to ``max_distance`` metres.

    ``max_distance`` defaults to a quarter of the shorter side of the points'
    extent; ``steps`` distances are evaluated. Both categories need two or
    more points; ``a == b`` gives Ripley's K of one category.
    """
    labels, cats, keep = category_labels(gdf, field_name)
    if a is not None and str(a) == str(b):
        raise AnalysisInputError(
            Phrase(
                "AnalysisErrors",
                QT_TRANSLATE_NOOP(
                    "AnalysisErrors", "categories a and b are both {a!r}: choose two different categories of {field!r}"
                ),
                a=a,
                field=field_name,
            )
        )
    for what, name in (("a", a), ("b", b)):
        if name is None or str(name) not in cats:
            text = QT_TRANSLATE_NOOP(
                "AnalysisErrors",
                "category {what} {name!r} of field {field!r} needs two or more points; categories: {cats}",
            )
            raise category_error(text, what, name, field_name, cats)
    xy = metric_points(gdf, crs=crs, min_points=3).xy[keep]
    pa, pb = xy[labels == cats.index(str(a))], xy[labels == cats.index(str(b))]
    if max_distance is None:
        both = np.vstack([pa, pb])
        max_distance = max(float(np.ptp(both, axis=0).min()) / 4, 1.0)
    radii = np.linspace(0.0, float(max_distance), int(steps) + 1)[1:]
    report(progress, 0.01, "cross-K")
    out = cross_k_xy(pa, pb, radii, envelopes, seed=seed, progress=progress)
    out.insert(0, "a", str(a))
    out.insert(1, "b", str(b))
    out.attrs["gzmap"] = {"field": field_name, "n_a": len(pa), "n_b": len(pb), "envelopes": envelopes}
    return out
