"""Mann–Kendall trend test: S, its variance, z and p equal pymannkendall's original test (issue 17)."""

import numpy as np
import pymannkendall as pmk
import pytest

from gzmap.analysis.mann_kendall import mann_kendall
from gzmap.analysis.mann_kendall import mann_kendall_rows


def _series():
    rng = np.random.default_rng(2024)
    out = [rng.normal(size=n) for n in (10, 15, 33)]  # no ties
    out += [rng.integers(0, 4, size=15).astype(float) for _ in range(40)]  # many ties
    out += [np.arange(12.0), np.arange(12.0)[::-1], np.r_[np.zeros(8), np.ones(7)], rng.poisson(2, 20) * 1.0]
    out += [np.round(np.cumsum(rng.normal(0.3, 1, 15)), 1) for _ in range(20)]  # trends with some ties
    return out


@pytest.mark.parametrize("i", range(67))
def test_one_series_equals_pymannkendall(i):
    x = _series()[i]
    ref = pmk.original_test(x)
    got = mann_kendall(x)
    assert got.s[0] == ref.s
    assert got.var_s[0] == pytest.approx(ref.var_s, rel=1e-12)
    assert got.z[0] == pytest.approx(ref.z, rel=1e-12, abs=1e-15)
    assert got.p[0] == pytest.approx(ref.p, rel=1e-9, abs=1e-15)
    assert got.tau[0] == pytest.approx(ref.Tau, rel=1e-12)


def test_every_row_of_a_matrix_at_once_equals_the_series_one_by_one():
    rng = np.random.default_rng(7)
    x = rng.integers(0, 5, size=(500, 15)).astype(float)
    x[::7] = 3.0  # constant rows: S = 0, z = 0, p = 1
    rows = mann_kendall_rows(x)
    for k in range(0, 500, 13):
        ref = pmk.original_test(x[k])
        assert (rows.s[k], rows.z[k], rows.p[k]) == pytest.approx((ref.s, ref.z, ref.p), rel=1e-12, abs=1e-15)
    assert (rows.z[::7] == 0).all() and (rows.p[::7] == 1).all()
