"""The Mann–Kendall trend test, for one series or for every row of a matrix at once.

For a series :math:`x_1 … x_n` (equally spaced time steps):

.. math::

    S = \\sum_{i<j} \\operatorname{sgn}(x_j - x_i), \\qquad
    V(S) = \\frac{n(n-1)(2n+5) - \\sum_t t(t-1)(2t+5)}{18}

(the sum over groups of ``t`` tied values), with the continuity-corrected
score :math:`z = (S - 1)/\\sqrt{V}` for :math:`S > 0`, :math:`(S + 1)/\\sqrt{V}`
for :math:`S < 0` and 0 for :math:`S = 0`; the two-sided normal p-value of z;
Kendall's :math:`\\tau = S / (n(n-1)/2)`. This is the "original test" of
Hussain & Mahmud's pymannkendall and the trend test ArcGIS's Create Space Time
Cube and Emerging Hot Spot Analysis run on each location's series. Values are
compared exactly (ties are equal values, as pymannkendall counts them).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["MannKendall", "mann_kendall", "mann_kendall_rows"]


@dataclass(frozen=True)
class MannKendall:
    """The test of each row: ``s``, ``var_s``, ``z``, ``p`` (two-sided) and ``tau`` (arrays of one length)."""

    s: np.ndarray
    var_s: np.ndarray
    z: np.ndarray
    p: np.ndarray
    tau: np.ndarray


def _tie_terms(x: np.ndarray) -> np.ndarray:
    """Σ t(t-1)(2t+5) over the groups of ``t`` equal values of each row of ``x``."""
    rows, n = x.shape
    if rows == 0 or n == 0:
        return np.zeros(rows)
    srt = np.sort(x, axis=1).ravel()
    new_row = np.zeros(rows * n, dtype=bool)
    new_row[::n] = True
    starts = np.flatnonzero(new_row | np.r_[True, srt[1:] != srt[:-1]])
    t = np.diff(np.r_[starts, rows * n]).astype(float)
    return np.bincount(starts // n, weights=t * (t - 1) * (2 * t + 5), minlength=rows)


def mann_kendall_rows(x) -> MannKendall:
    """The Mann–Kendall test of every row of the 2-D array ``x`` (rows: locations, columns: time steps).

    Rows must hold finite values; a row of equal values has S = 0, z = 0, p = 1.
    """
    from scipy.stats import norm

    x = np.asarray(x, dtype=float)
    if x.ndim != 2:
        raise ValueError("mann_kendall_rows needs a 2-D array (rows: series, columns: time steps)")
    rows, n = x.shape
    s = np.zeros(rows)
    for i in range(n - 1):  # n(n-1)/2 column pairs, each vectorised over the rows
        s += np.sign(x[:, i + 1 :] - x[:, i : i + 1]).sum(axis=1)
    var_s = (n * (n - 1) * (2 * n + 5) - _tie_terms(x)) / 18.0
    root = np.sqrt(np.where(var_s > 0, var_s, 1.0))
    z = np.where(s > 0, (s - 1) / root, np.where(s < 0, (s + 1) / root, 0.0))
    p = np.minimum(1.0, 2.0 * norm.sf(np.abs(z)))
    tau = s / (0.5 * n * (n - 1)) if n > 1 else np.zeros(rows)
    return MannKendall(s=s, var_s=var_s, z=z, p=p, tau=tau)


def mann_kendall(series) -> MannKendall:
    """The Mann–Kendall test of one series (``s``, ``z``, ... are arrays of length 1)."""
    return mann_kendall_rows(np.asarray(series, dtype=float)[None, :])
