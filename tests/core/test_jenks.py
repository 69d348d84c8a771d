"""Fisher–Jenks of gzmap.core.jenks against mapclassify's, and its fixed-seed sample."""

import mapclassify
import numpy as np
import pytest

from gzmap.core.jenks import JENKS_SAMPLE
from gzmap.core.jenks import fisher_jenks
from gzmap.core.jenks import jenks_sample
from gzmap.core.jenks import sampled_fisher_jenks
from gzmap.core.style import GraduatedStyle
from gzmap.core.style import style_from_dict


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("k", [2, 3, 5, 7])
def test_equal_to_mapclassify(seed, k):
    values = np.random.default_rng(seed).lognormal(size=250)
    with pytest.warns(UserWarning):  # mapclassify: "Numba not installed"
        expected = mapclassify.classify(values, "FisherJenks", k=k).bins
    assert fisher_jenks(values, k) == pytest.approx(list(expected))


def test_few_distinct_values_and_no_values():
    assert fisher_jenks([3, 1, 1, 3, 2], 5) == [1.0, 2.0, 3.0]
    with pytest.raises(ValueError):
        fisher_jenks([], 3)


def test_the_sample_is_fixed_keeps_the_ends_and_ignores_row_order():
    values = np.random.default_rng(3).lognormal(size=20_000)
    a = jenks_sample(values)
    b = jenks_sample(values[::-1].copy())
    assert a.size == JENKS_SAMPLE and np.array_equal(a, b)
    assert a[0] == values.min() and a[-1] == values.max()
    breaks, size = sampled_fisher_jenks(values, 5)
    assert size == JENKS_SAMPLE and breaks[-1] == values.max()
    assert sampled_fisher_jenks(values[:500], 5)[1] is None


def test_the_style_records_the_sample_and_a_project_reads_it_back():
    import pandas as pd

    df = pd.DataFrame({"v": np.random.default_rng(4).lognormal(size=5000)})
    style = GraduatedStyle(field="v", scheme="FisherJenks", k=5).fit(df)
    assert style.sample == JENKS_SAMPLE
    again = style_from_dict(style.to_dict())
    assert again.sample == JENKS_SAMPLE and again.breaks == style.breaks
    with pytest.raises(ValueError, match="sample"):
        style_from_dict({**style.to_dict(), "sample": "all"})
    assert GraduatedStyle(field="v", scheme="Quantiles").fit(df).sample is None
