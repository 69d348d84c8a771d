"""Analysis errors for bad input say what to change in the interface language (issue 15 item 7): each is a
Phrase whose Chinese passes the one-language check and whose English is unchanged."""

import geopandas as gpd
import numpy as np
import pytest

from gzmap.analysis.cross_k import cross_k
from gzmap.analysis.kde import kde
from gzmap.analysis.metric import AnalysisInputError
from gzmap.analysis.metric import metric_points
from gzmap.io.errors import said
from gzmap.testing import assert_one_language
from gzmap.testing import assert_one_line


def _points(n: int, sub=("games",)) -> gpd.GeoDataFrame:
    rng = np.random.default_rng(3)
    return gpd.GeoDataFrame(
        {"subsector": [sub[i % len(sub)] for i in range(n)]},
        geometry=gpd.points_from_xy(113.3 + rng.uniform(0, 0.05, n), 23.1 + rng.uniform(0, 0.05, n)),
        crs="EPSG:4326",
    )


@pytest.mark.parametrize(
    "run, en, zh",
    [
        (lambda: metric_points(_points(1), min_points=3), "need at least 3 points, got 1", "至少需要 3 个点"),
        (lambda: metric_points(_points(0)), "the layer or the selection is empty", "为空"),
        (lambda: kde(_points(20), bandwidth=100, cell=400), "larger than the bandwidth", "大于带宽"),
        (
            lambda: cross_k(_points(20, ("games", "music")), "subsector", "games", "games"),
            "categories a and b are both 'games'",
            "两个不同的类别",
        ),
    ],
)
def test_bad_input_is_said_in_chinese_and_in_english(run, en, zh):
    with pytest.raises(AnalysisInputError) as info:
        run()
    assert en in str(info.value) and en in said(info.value, "en")
    text = assert_one_line(said(info.value, "zh_CN"), zh)
    assert_one_language([("message", text)], "zh_CN", data=["'games'", "'subsector'"])
