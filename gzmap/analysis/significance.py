"""One significance convention for the local statistics (Gi* hot spots and LISA).

Both tests say the same thing the same way (docs/analysis/significance.md):

* **p-value**: a two-sided pseudo p-value from conditional permutations,
  ``p = min(1, 2 (k + 1) / (P + 1))`` where ``k`` counts the ``P``
  permutations at least as extreme as the observed statistic *in its own
  direction* (ties count as extreme, so a value that every shuffle
  reproduces, such as an empty cell among empty cells, is never
  significant). With no permutations, the normal two-sided p of z.
* **correction**: none by default; with ``fdr`` the p-values are adjusted by
  the Benjamini–Hochberg false-discovery-rate rule (q-values).
* **decision**: significant when the (adjusted) p is at most :data:`ALPHA`
  (0.05, "95 % confidence"); at most :data:`STRONG` (0.01) is "99 %".
* **columns**: ``<prefix>_p`` (the two-sided pseudo p), ``<prefix>_p_adj``
  (the p the decision used: equal to ``_p`` without correction) and
  ``<prefix>_confidence`` (99, 95 or 0), so a table never shows a small p
  next to "Not significant" without the adjusted p that explains it.
"""

from __future__ import annotations

from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import translate

__all__ = ["ALPHA", "LABELS", "STRONG", "adjust", "confidence", "label", "tail_p", "two_sided_normal_p"]

#: Significance level of every local test (95 % confidence).
ALPHA = 0.05
#: The stronger level shown as "99 % confidence".
STRONG = 0.01

#: Labels shared by the local tests: Gi* classes (-3..3) and LISA quadrants.
LABELS = {
    "hot99": QT_TRANSLATE_NOOP("Significance", "Hot spot, 99% confidence"),
    "hot95": QT_TRANSLATE_NOOP("Significance", "Hot spot, 95% confidence"),
    "cold95": QT_TRANSLATE_NOOP("Significance", "Cold spot, 95% confidence"),
    "cold99": QT_TRANSLATE_NOOP("Significance", "Cold spot, 99% confidence"),
    "ns": QT_TRANSLATE_NOOP("Significance", "Not significant"),
    "HH": QT_TRANSLATE_NOOP("Significance", "High-High (hot spot)"),
    "LL": QT_TRANSLATE_NOOP("Significance", "Low-Low (cold spot)"),
    "LH": QT_TRANSLATE_NOOP("Significance", "Low-High (outlier)"),
    "HL": QT_TRANSLATE_NOOP("Significance", "High-Low (outlier)"),
}


def label(key: str, lang: str) -> str:
    """The label of ``key`` (see :data:`LABELS`) in ``lang``."""
    return translate("Significance", LABELS[key], lang)


def tail_p(p_ge, p_le, direction):
    """Two-sided pseudo p from the two one-sided permutation tails (arrays).

    ``p_ge``/``p_le``: ``(#{permuted >= observed} + 1) / (P + 1)`` and the same
    with ``<=`` (ties included); ``direction``: the sign of the observed
    deviation (>= 0 takes the upper tail). Returns ``min(1, 2 * tail)``.
    """
    import numpy as np

    return np.minimum(1.0, 2.0 * np.where(np.asarray(direction) >= 0, p_ge, p_le))


def two_sided_normal_p(z):
    """Two-sided normal p-value of z-scores (the test without permutations)."""
    import numpy as np
    from scipy.stats import norm

    return np.minimum(1.0, 2.0 * norm.sf(np.abs(np.asarray(z, dtype=float))))


def adjust(p, fdr: bool):
    """``p`` unchanged, or Benjamini–Hochberg adjusted (q-values) when ``fdr``; NaN (no test) stays NaN.

    ``adjusted <= alpha`` is exactly the Benjamini–Hochberg rule at level
    ``alpha`` (esda's ``fdr`` threshold), for every alpha.
    """
    import numpy as np

    p = np.asarray(p, dtype=float)
    if not fdr:
        return p.copy()
    out = np.full(p.shape, np.nan)
    tested = np.flatnonzero(np.isfinite(p))
    m = len(tested)
    if m == 0:
        return out
    order = tested[np.argsort(p[tested], kind="stable")]
    scaled = p[order] * m / np.arange(1, m + 1)
    out[order] = np.minimum(1.0, np.minimum.accumulate(scaled[::-1])[::-1])
    return out


def confidence(p_adj):
    """99 where ``p_adj <= STRONG``, 95 where ``<= ALPHA``, else 0 (NaN: no test, 0)."""
    import numpy as np

    p = np.asarray(p_adj, dtype=float)
    finite = np.isfinite(p)
    out = np.zeros(p.shape, dtype=np.int64)
    out[finite & (p <= ALPHA)] = 95
    out[finite & (p <= STRONG)] = 99
    return out
