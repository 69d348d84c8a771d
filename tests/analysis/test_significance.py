"""One significance convention for Gi* and LISA: same p, same alpha, same correction, same labels."""

import numpy as np
import pytest

from gzmap.analysis.district_stats import local_moran_density
from gzmap.analysis.hotspots import hotspots
from gzmap.analysis.significance import ALPHA
from gzmap.analysis.significance import adjust
from gzmap.analysis.significance import confidence
from gzmap.analysis.significance import label


def test_benjamini_hochberg_adjusted_p_matches_esda_threshold():
    from esda import fdr

    rng = np.random.default_rng(1)
    p = np.r_[rng.uniform(0, 0.01, 20), rng.uniform(0, 1, 200), [np.nan]]
    q = adjust(p, True)
    assert np.isnan(q[-1]) and (q[:-1] >= p[:-1]).all()
    for alpha in (0.01, 0.05, 0.10):
        assert ((q <= alpha) == (p <= fdr(p[:-1], alpha))).all()
    np.testing.assert_array_equal(adjust(p, False), p)


def _decisions_agree_with_the_p_shown(p_adj, conf, significant):
    assert ((p_adj <= ALPHA) == significant).all()  # never a small p next to "not significant"
    assert ((conf == 99) == (p_adj <= 0.01)).all() and ((conf == 95) == ((p_adj > 0.01) & (p_adj <= ALPHA))).all()


@pytest.mark.parametrize("fdr", [False, True])
def test_gi_star_and_lisa_decide_the_same_way(three_blobs, fdr):
    cells = hotspots(three_blobs, 500, permutations=199, fdr=fdr)
    tested = cells["gi_p_adj"].notna()
    _decisions_agree_with_the_p_shown(
        cells.loc[tested, "gi_p_adj"], cells.loc[tested, "gi_confidence"], cells.loc[tested, "gi_class"] != 0
    )
    assert (cells.loc[cells["gi_class"] == 0, "gi_label_en"] == label("ns", "en")).all()
    units = local_moran_density(three_blobs, unit="grid", cell=2000, permutations=199, fdr=fdr)
    _decisions_agree_with_the_p_shown(units["lisa_p_adj"], units["lisa_confidence"], units["lisa_label"] != "ns")
    if fdr:
        assert (cells["gi_p_adj"] >= cells["gi_p"]).all() and (units["lisa_p_adj"] >= units["lisa_p"]).all()


def test_ties_count_against_significance_in_both():
    """An empty cell among empty cells is never significant (esda's folded p_sim would say 1/(P+1))."""
    from gzmap.analysis.hotspots import getis_ord_star

    y = np.r_[np.zeros(40), [30.0, 25, 20]]
    indptr = np.r_[0, np.cumsum(np.full(43, 2))]
    indices = np.array([[(i - 1) % 43, (i + 1) % 43] for i in range(43)]).ravel()
    res = getis_ord_star(y, indptr, indices, permutations=99, seed=1)
    from gzmap.analysis.significance import tail_p

    p = tail_p(res["p_ge"], res["p_le"], res["Zs"])
    middle_of_zeros = 20
    assert res["p_sim"][middle_of_zeros] <= 0.05 and p[middle_of_zeros] > ALPHA


def test_labels_are_translated_in_both_languages():
    assert label("ns", "en") == "Not significant" and label("ns", "zh_CN") == "不显著"
    assert label("hot99", "zh_CN") != label("hot99", "en")
    assert confidence([0.001, 0.03, 0.2, np.nan]).tolist() == [99, 95, 0, 0]
