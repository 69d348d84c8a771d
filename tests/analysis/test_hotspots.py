import warnings

import esda
import libpysal
import numpy as np
import pytest

from gzmap.analysis.hotspots import getis_ord_star
from gzmap.analysis.hotspots import hotspots
from gzmap.analysis.hotspots import make_grid
from gzmap.analysis.layers import hotspot_layer
from gzmap.analysis.metric import AnalysisInputError
from gzmap.analysis.metric import metric_points


def _w(grid):
    nb = {i: grid.indices[grid.indptr[i] : grid.indptr[i + 1]].tolist() for i in range(len(grid))}
    return libpysal.weights.W(nb, silence_warnings=True)


@pytest.mark.parametrize("shape", ["square", "hex"])
def test_gi_star_equals_esda_on_a_small_grid(three_blobs, shape):
    pts = metric_points(three_blobs)
    grid = make_grid(pts.x, pts.y, 2000, shape)
    which = grid.cell_of(pts.x, pts.y)
    assert (which >= 0).all()
    y = np.bincount(which, minlength=len(grid)).astype(float)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ref = esda.G_Local(y, _w(grid), transform="B", star=True, permutations=199, seed=11)
    ours = getis_ord_star(y, grid.indptr, grid.indices, transform="B", permutations=199, seed=11)
    np.testing.assert_allclose(ours["Zs"], ref.Zs, atol=1e-9)
    np.testing.assert_allclose(ours["Gs"], ref.Gs, atol=1e-12)
    np.testing.assert_allclose(ours["p_sim"], np.asarray(ref.p_sim, dtype=float), atol=1e-6)  # esda stores float32


def test_neighbours_square_queen_and_hex_six():
    x = np.array([0.0, 10_000.0])
    y = np.array([0.0, 10_000.0])
    sq = make_grid(x, y, 1000, "square")
    hx = make_grid(x, y, 1000, "hex")
    assert np.diff(sq.indptr).max() == 8 and np.diff(hx.indptr).max() == 6
    # hexagons have the area of a 1000 m square
    import shapely

    assert shapely.area(hx.polygons()[0]) == pytest.approx(1e6)
    # every point falls in the hexagon whose centre is nearest
    rng = np.random.default_rng(0)
    px, py = rng.uniform(2000, 8000, 500), rng.uniform(2000, 8000, 500)
    cx, cy = hx.centres()
    nearest = np.argmin((px[:, None] - cx[None]) ** 2 + (py[:, None] - cy[None]) ** 2, axis=1)
    np.testing.assert_array_equal(hx.cell_of(px, py), nearest)


def test_blobs_are_hot_and_empty_cells_are_not_cold(three_blobs):
    cells = hotspots(three_blobs, 500, permutations=199)
    assert (cells["gi_class"] == 3).sum() >= 3
    hot = cells[cells["gi_class"] > 0]
    assert hot["value"].sum() >= 400  # most of the three blobs' 450 points lie in hot cells
    empty_far = cells[(cells["value"] == 0) & (cells["gi_z"] > -1)]
    assert (empty_far["gi_class"] >= 0).all()
    assert set(cells["gi_class"]) <= {-3, -2, 0, 2, 3}  # 99 and 95 % (docs/analysis/significance.md)
    layer = hotspot_layer(cells)
    labels = [e.label_en for e in layer.style.legend(layer.data)]
    assert labels[0] == "Hot spot, 99% confidence" and "Not significant" in labels


def test_fdr_is_stricter(three_blobs):
    plain = hotspots(three_blobs, 500, permutations=199)
    fdr = hotspots(three_blobs, 500, permutations=199, fdr=True)
    assert (fdr["gi_class"] != 0).sum() <= (plain["gi_class"] != 0).sum()
    assert (np.abs(fdr["gi_class"]) <= np.abs(plain["gi_class"])).all()


def test_no_permutations_uses_the_normal_p(three_blobs):
    from scipy.stats import norm

    cells = hotspots(three_blobs, 500, permutations=0)
    np.testing.assert_allclose(cells["gi_p"], np.minimum(1, 2 * norm.sf(np.abs(cells["gi_z"]))), atol=1e-5)
    sig = cells[cells["gi_class"] == 3]
    assert (sig["gi_z"] > 2.575).all()


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"cell": 0}, "cell size must be greater than 0"),
        ({"shape": "triangle"}, "unknown cell shape 'triangle'"),
        ({"permutations": -1}, "permutations must be 0 or more"),
        ({"cell": 1_000_000}, "cells of 1e\\+06 m cover the points"),
    ],
)
def test_bad_input(three_blobs, kwargs, message):
    with pytest.raises(AnalysisInputError, match=message):
        hotspots(three_blobs, **kwargs)
