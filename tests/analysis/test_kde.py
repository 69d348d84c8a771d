import numpy as np
import pytest

from gzmap.analysis.kde import kde
from gzmap.analysis.kde import kernel_values
from gzmap.analysis.kde import save_geotiff
from gzmap.analysis.layers import KDE_CLASSES
from gzmap.analysis.layers import kde_layer
from gzmap.analysis.metric import AnalysisInputError
from gzmap.io.geotiff import read_geotiff


@pytest.mark.parametrize("kernel", ["quartic", "gaussian"])
@pytest.mark.parametrize("method", ["exact", "binned"])
def test_surface_integrates_to_the_number_of_points(three_blobs, kernel, method):
    grid = kde(three_blobs, bandwidth=400, cell=40, kernel=kernel, method=method)
    cell_km2 = (40 / 1000) ** 2
    assert np.nansum(grid.values) * cell_km2 == pytest.approx(len(three_blobs), rel=0.005)
    assert grid.crs == "EPSG:32649" and grid.meta["unit"] == "points per km²"


def test_weighted_surface_integrates_to_the_weight_sum(three_blobs):
    g = three_blobs.copy()
    g["employees"] = np.arange(len(g)) % 7 + 1
    grid = kde(g, 500, 50, weight="employees")
    assert np.nansum(grid.values) * 0.05**2 == pytest.approx(g["employees"].sum(), rel=0.005)


def test_peak_density_of_one_point_is_the_kernel_height():
    import geopandas as gpd

    # one point at a cell centre: peak = 3 / (pi h²) per m², in per km²
    g = gpd.GeoDataFrame(geometry=gpd.points_from_xy([725_025.0], [2_560_025.0]), crs="EPSG:32649")
    grid = kde(g, 500, 50, method="exact")
    assert np.nanmax(grid.values) == pytest.approx(3 / (np.pi * 500**2) * 1e6, rel=1e-9)
    # zero beyond the bandwidth: cells farther than 500 m + half a diagonal are no data
    assert np.isfinite(grid.values).sum() < np.pi * (550 / 50) ** 2


def test_exact_and_binned_agree(three_blobs):
    a = kde(three_blobs, 500, 50, method="exact").values
    b = kde(three_blobs, 500, 50, method="binned").values
    m = np.isfinite(a) & np.isfinite(b)
    assert np.corrcoef(a[m], b[m])[0, 1] > 0.999
    assert np.nanmax(np.abs(a - b)) < 0.02 * np.nanmax(a)


def test_kernel_shapes():
    d = np.array([0, 250, 500, 501])
    q = kernel_values(d, 500, "quartic")
    assert q[0] == pytest.approx(3 / (np.pi * 500**2)) and q[1] == pytest.approx(q[0] * 0.75**2)
    assert q[2] == 0 and q[3] == 0
    g = kernel_values(np.array([0.0, 1500.0, 1501.0]), 500, "gaussian")
    assert g[0] > 0 and g[1] > 0 and g[2] == 0  # cut at 3 bandwidths


def test_geotiff_round_trip(three_blobs, tmp_path):
    grid = kde(three_blobs, 500, 50)
    path = tmp_path / "heat.tif"
    save_geotiff(grid, path)
    tif = read_geotiff(path)
    assert tif.crs.to_epsg() == 32649
    assert tif.transform[0] == 50 and tif.transform[4] == -50
    data = np.where(tif.values == tif.nodata, np.nan, tif.values)
    np.testing.assert_allclose(data, grid.values.astype(np.float32), equal_nan=True)
    assert tif.tags["kernel"] == "quartic" and tif.description == "points per km²"


def test_layer_has_a_ramp_and_legend(three_blobs):
    layer = kde_layer(kde(three_blobs, 500, 50))
    legend = layer.style.legend()
    assert len(legend) == KDE_CLASSES and layer.style.field == "value"
    assert layer.style.breaks == sorted(layer.style.breaks)
    x0, y0, x1, y1 = layer.bounds()
    lon, lat = three_blobs.geometry.x, three_blobs.geometry.y
    assert x0 < lon.min() and x1 > lon.max() and y0 < lat.min() and y1 > lat.max()
    assert x1 - x0 < lon.max() - lon.min() + 0.02  # the points plus the 500 m reach, not more


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"bandwidth": 0}, "bandwidth must be greater than 0"),
        ({"cell": -1}, "cell size must be greater than 0"),
        ({"cell": 800}, "larger than the bandwidth"),
        ({"kernel": "box"}, "unknown kernel 'box'"),
        ({"weight": "nope"}, "no weight column 'nope'"),
    ],
)
def test_bad_input(three_blobs, kwargs, message):
    with pytest.raises(AnalysisInputError, match=message):
        kde(three_blobs, **kwargs)


def test_bad_weight_value_names_row_and_column(three_blobs):
    g = three_blobs.copy()
    g["employees"] = 1.0
    g.loc[3, "employees"] = -2
    with pytest.raises(AnalysisInputError, match="row 4, column 'employees': negative weight"):
        kde(g, weight="employees")
