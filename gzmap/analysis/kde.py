"""Kernel density heat surface of points, in metres, as a raster grid.

For points :math:`p_i` with weights :math:`w_i` the density at a cell
centre :math:`c` is

.. math:: \\hat f(c) = \\sum_i w_i \\, K_h(\\lVert c - p_i \\rVert)

with, for bandwidth :math:`h` (metres) and distance :math:`d`:

* quartic (biweight): :math:`K_h(d) = \\frac{3}{\\pi h^2}(1 - d^2/h^2)^2` for
  :math:`d \\le h`, else 0 — the kernel of QGIS's Heatmap tool;
* Gaussian: :math:`K_h(d) = \\frac{1}{2\\pi h^2} e^{-d^2/2h^2}`, cut at
  :math:`d = 3h` and rescaled so it still integrates to 1.

Each kernel integrates to 1, so the surface is in points (or weight units)
per square metre; GZMap reports it **per km²** (× 10⁶), and the values times
the cell area (km²) sum to the total weight of points whose kernel lies
inside the grid.

Two evaluation methods give the same surface:

* ``exact``: every point's kernel evaluated at every cell centre within reach;
* ``binned``: points spread linearly onto the four nearest cell centres, then
  convolved with the kernel by FFT (Wand 1994). The error is below 1 % of the
  peak for bandwidth ≥ 5 cells; it is used for large inputs (``auto``).

The grid is in the metric CRS (EPSG:32649 unless the layer is already in
metres), aligned to multiples of the cell size and covering the points plus
the kernel's reach.

:func:`kde` takes a point GeoDataFrame (the app's layers); :func:`kde_xy`
takes coordinate arrays (``gzmap density`` reads vector files into arrays
with :mod:`gzmap.io.point_coords`) and does the work for both.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gzmap.analysis.metric import AnalysisInputError
from gzmap.analysis.metric import MetricPoints
from gzmap.analysis.metric import attribute_columns
from gzmap.analysis.metric import check_positive
from gzmap.analysis.metric import metric_points
from gzmap.analysis.metric import metric_xy
from gzmap.core.grid import Grid
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import Phrase
from gzmap.core.progress import report

__all__ = [
    "KERNELS",
    "SurfacePlan",
    "check_weight_column",
    "evaluate",
    "finish_surface",
    "floor_round_off",
    "kde",
    "kde_xy",
    "kernel_values",
    "plan_surface",
    "save_geotiff",
]

KERNELS = ("quartic", "gaussian")
METHODS = ("auto", "exact", "binned")
#: Gaussian kernels are cut at this many bandwidths.
GAUSS_CUT = 3.0
#: Largest grid (cells) a KDE will allocate (~400 MB of float64).
MAX_CELLS = 50_000_000
_EXACT_LIMIT = 40_000_000  # point x stamp evaluations above which "auto" bins


def support(kernel: str, bandwidth: float) -> float:
    """Distance in metres beyond which the kernel is zero."""
    return bandwidth if kernel == "quartic" else GAUSS_CUT * bandwidth


def kernel_values(d, bandwidth: float, kernel: str = "quartic") -> np.ndarray:
    """Kernel density per m² at distances ``d`` (metres); each kernel integrates to 1 over the plane."""
    d = np.asarray(d, dtype=float)
    h = float(bandwidth)
    u2 = (d / h) ** 2
    if kernel == "quartic":
        return np.where(u2 <= 1.0, 3.0 / (np.pi * h * h) * (1.0 - u2) ** 2, 0.0)
    if kernel == "gaussian":
        mass = 1.0 - np.exp(-(GAUSS_CUT**2) / 2.0)
        return np.where(u2 <= GAUSS_CUT**2, np.exp(-u2 / 2.0) / (2.0 * np.pi * h * h * mass), 0.0)
    raise AnalysisInputError(f"unknown kernel {kernel!r}; valid kernels: {', '.join(KERNELS)}")


def check_weight_column(weight: str, columns) -> None:
    """Raise :class:`AnalysisInputError` naming the columns there are if ``weight`` is not one of them."""
    columns = [str(c) for c in columns]
    if weight not in columns:
        raise AnalysisInputError(f"no weight column {weight!r}; columns: {', '.join(columns)}")


def _as_float(v) -> float:
    try:
        return float(v)
    except (TypeError, ValueError):
        return np.nan


def _weights(gdf, weight):
    """The ``weight`` column of a (Geo)DataFrame as checked floats (``None`` without a weight column)."""
    if weight is None or weight == "":
        return None
    check_weight_column(weight, attribute_columns(gdf))
    return _weight_values(gdf[weight].to_numpy(), weight)


def _weight_values(values, weight: str) -> np.ndarray:
    """Weights as floats: numbers and numeric text are taken, anything else names its row."""
    raw = np.asarray(values)
    try:
        w = raw.astype(float)  # numbers, numeric text, None -> NaN
    except (TypeError, ValueError):
        w = np.array([_as_float(v) for v in raw], dtype=float)
    bad = ~np.isfinite(w)
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        shown = raw[row].item() if isinstance(raw[row], np.generic) else raw[row]
        raise AnalysisInputError(f"row {row + 1}, column {weight!r}: weight {shown!r} is not a number")
    if (w < 0).any():
        row = int(np.flatnonzero(w < 0)[0])
        raise AnalysisInputError(
            Phrase(
                "AnalysisErrors",
                QT_TRANSLATE_NOOP("AnalysisErrors", "row {row}, column {column!r}: negative weight {w:g}"),
                row=row + 1,
                column=weight,
                w=w[row],
            )
        )
    if w.sum() <= 0:
        raise AnalysisInputError(
            Phrase(
                "AnalysisErrors",
                QT_TRANSLATE_NOOP("AnalysisErrors", "all weights in column {column!r} are 0"),
                column=weight,
            )
        )
    return w


def _check_parameters(bandwidth, cell, kernel, method) -> tuple[float, float]:
    bandwidth = check_positive("bandwidth", bandwidth, "m")
    cell = check_positive("cell size", cell, "m")
    if kernel not in KERNELS:
        raise AnalysisInputError(f"unknown kernel {kernel!r}; valid kernels: {', '.join(KERNELS)}")
    if method not in METHODS:
        raise AnalysisInputError(f"unknown method {method!r}; valid methods: {', '.join(METHODS)}")
    if cell > bandwidth:
        raise AnalysisInputError(
            Phrase(
                "AnalysisErrors",
                QT_TRANSLATE_NOOP(
                    "AnalysisErrors",
                    "cell size ({cell:g} m) is larger than the bandwidth ({bandwidth:g} m); "
                    "use cells at most as large as the bandwidth (a fifth of it or less looks smooth)",
                ),
                cell=cell,
                bandwidth=bandwidth,
            )
        )
    return bandwidth, cell


def kde(gdf, bandwidth: float = 500.0, cell: float = 50.0, *, weight: str | None = None, crs=None, **options) -> Grid:
    """Kernel density surface of a point layer.

    Parameters
    ----------
    gdf
        Point GeoDataFrame (WGS84 degrees or a projected CRS in metres).
    bandwidth
        Kernel bandwidth h in metres (quartic: the search radius).
    cell
        Cell size in metres.
    weight
        Optional numeric column (employees, revenue...) weighting each point.
    crs
        Metric CRS of the grid (default EPSG:32649 for lon/lat layers).
    options
        The keyword options of :func:`kde_xy`:
    kernel
        ``"quartic"`` (the default) or ``"gaussian"``.
    method
        ``"auto"``, ``"exact"`` or ``"binned"`` (see module notes).
    grid
        ``(transform, (rows, cols))`` to evaluate on a given grid (GDAL affine,
        north-up, square cells, in ``crs``) instead of the automatic one.
    area
        The study area the surface is clipped to (cells whose centre lies outside are NaN):
        ``"auto"`` (the built-in GBA cities holding the points), ``"guangzhou"``, a polygon
        in ``crs`` or a GeoDataFrame; None (the default here) clips nothing. See
        :mod:`gzmap.analysis.study_area`.

    Returns
    -------
    Grid
        Density per km² in each cell (NaN where no kernel reaches), in the
        metric CRS, with ``meta`` holding the parameters, ``unit`` and
        ``total_weight``. The same as :func:`kde_xy` on the layer's coordinates.
    """
    _check_parameters(bandwidth, cell, options.get("kernel", "quartic"), options.get("method", "auto"))
    pts = metric_points(gdf, crs=crs, min_points=1, distinct=False)
    weights = _weights(gdf, weight)
    return kde_xy(pts.x, pts.y, pts.crs, bandwidth, cell, weights=weights, weight_name=weight, **options)


def kde_xy(
    x,
    y,
    src_crs,
    bandwidth: float = 500.0,
    cell: float = 50.0,
    *,
    weights=None,
    weight_name: str | None = None,
    kernel: str = "quartic",
    crs=None,
    method: str = "auto",
    grid: tuple | None = None,
    area=None,
    progress=None,
) -> Grid:
    """Kernel density surface of points given as coordinate arrays.

    ``x``/``y`` are in ``src_crs`` (anything pyproj reads: longitude/latitude
    degrees, or a projected CRS in metres); NaN in both marks a point without
    a location (an error, as in :func:`kde`). They are projected like a
    layer's: to ``crs`` if given, else kept if already in metres, else to
    EPSG:32649 (UTM 49N, metres).

    ``weights`` (one per point: numbers, numeric text) weight each point; they
    are named ``weight_name`` in messages and the unit. The other parameters
    and the result are those of :func:`kde`.
    """
    bandwidth, cell = _check_parameters(bandwidth, cell, kernel, method)
    pts = metric_xy(x, y, src_crs, crs=crs)
    w = None
    if weights is not None:
        weight_name = weight_name or "weight"
        w = _weight_values(weights, weight_name)
        if len(w) != len(pts):
            raise ValueError(f"{len(w)} weights for {len(pts)} points")
    plan = plan_surface(len(pts), _bounds(pts.x, pts.y), bandwidth, cell, kernel, method, grid)
    report(progress, 0.02, "kernel density")
    dens = evaluate(pts.x, pts.y, w, plan, plan.transform, (plan.rows, plan.cols), progress)
    floor_round_off(dens, plan)
    from gzmap.analysis.study_area import resolve_area

    polygon, name = resolve_area(area, pts.x, pts.y, pts.crs)
    total = float(len(pts) if w is None else w.sum())
    grid_out = finish_surface(dens, plan, pts.crs, (polygon, name), len(pts), total, weight_name)
    report(progress, 1.0, "kernel density done")
    return grid_out


@dataclass(frozen=True)
class SurfacePlan:
    """The grid and evaluation of a surface, fixed before any kernel is summed (so that pieces of
    the points can be summed apart, tile by tile: :mod:`gzmap.analysis.distributed.kde`).

    ``transform``/``rows``/``cols``: the whole grid (metres); ``m``: the kernel's reach in cells
    (plus one); ``method``: ``"exact"`` or ``"binned"`` (``"auto"`` resolved by the point count).
    """

    transform: tuple
    rows: int
    cols: int
    bandwidth: float
    kernel: str
    method: str
    m: int


def _bounds(x, y) -> tuple[float, float, float, float]:
    return float(np.min(x)), float(np.min(y)), float(np.max(x)), float(np.max(y))


def plan_surface(n: int, bounds, bandwidth: float, cell: float, kernel: str, method: str, grid=None) -> SurfacePlan:
    """The :class:`SurfacePlan` of ``n`` points whose metric bounds are ``(xmin, ymin, xmax, ymax)``."""
    reach = support(kernel, bandwidth)
    box = MetricPoints(np.array([bounds[0], bounds[2]]), np.array([bounds[1], bounds[3]]), "")
    transform, rows, cols = _target_grid(box, reach, cell, grid)
    m = int(np.ceil(reach / transform[0])) + 1
    if method == "auto":
        method = "exact" if n * (2 * m + 1) ** 2 <= _EXACT_LIMIT else "binned"
    return SurfacePlan(transform, rows, cols, bandwidth, kernel, method, m)


def evaluate(x, y, w, plan: SurfacePlan, transform, shape, progress=None) -> np.ndarray:
    """Kernel sums per m² of points ``x``/``y`` (metres) on the cells ``shape`` of ``transform`` (the whole
    grid or a tile of it), by the plan's method; the binned FFT's round-off is not yet floored, so sums over
    parts of the points add up to the sum over all of them."""
    args = (x, y, w, transform, shape[0], shape[1], plan.bandwidth, plan.kernel, plan.m, progress)
    return _exact(*args) if plan.method == "exact" else _binned(*args)


def floor_round_off(dens: np.ndarray, plan: SurfacePlan) -> None:
    """Binned surfaces: set the FFT's round-off far from any point (below 1e-9 of the kernel's peak) to 0."""
    if plan.method == "binned":
        dens[dens < _stamp(plan.transform[0], plan.m, plan.bandwidth, plan.kernel).max() * 1e-9] = 0.0


def finish_surface(dens, plan: SurfacePlan, crs, area, n: int, total: float, weight_name) -> Grid:
    """The :class:`Grid` of kernel sums ``dens`` (per m²): per km², NaN where 0 and outside the study
    ``area`` (``(polygon in crs or None, name)``), with the parameters in ``meta``."""
    values = dens * 1e6  # per km²
    values[values <= 0] = np.nan
    polygon, area_name = area
    if polygon is not None:
        from gzmap.analysis.study_area import cells_inside

        values[~cells_inside(polygon, plan.transform, *values.shape)] = np.nan
    meta = {
        "kind": "kde",
        "kernel": plan.kernel,
        "bandwidth_m": plan.bandwidth,
        "cell_m": plan.transform[0],
        "weight": weight_name or None,
        "method": plan.method,
        "n_points": int(n),
        "total_weight": total,
        "unit": f"{weight_name or 'points'} per km²",
        "unit_zh": f"{weight_name or '点'}/平方公里",
        "study_area": area_name if polygon is not None else "",
    }
    return Grid(values, plan.transform, crs=crs, meta=meta)


def _target_grid(pts, reach: float, cell: float, grid: tuple | None):
    """(affine transform, rows, cols) of the surface: ``grid`` (``(transform, (rows, cols))``, north-up,
    square cells) when given, else ``cell``-metre cells over the points' extent widened by ``reach`` metres,
    snapped to multiples of ``cell``. Refuses more than MAX_CELLS cells."""
    if grid is None:
        x0 = np.floor((pts.x.min() - reach) / cell) * cell
        x1 = np.ceil((pts.x.max() + reach) / cell) * cell
        y0 = np.floor((pts.y.min() - reach) / cell) * cell
        y1 = np.ceil((pts.y.max() + reach) / cell) * cell
        rows, cols = int(round((y1 - y0) / cell)), int(round((x1 - x0) / cell))
        transform = (cell, 0.0, float(x0), 0.0, -cell, float(y1))
    else:
        a, b, c, d, e, f = (float(v) for v in grid[0])
        transform, (rows, cols) = (a, b, c, d, e, f), (int(grid[1][0]), int(grid[1][1]))
        if transform[1] != 0 or transform[3] != 0 or abs(transform[0] + transform[4]) > 1e-9 * cell:
            raise AnalysisInputError("the target grid must be north-up with square cells")
        cell = transform[0]
    if rows * cols > MAX_CELLS:
        raise AnalysisInputError(
            Phrase(
                "AnalysisErrors",
                QT_TRANSLATE_NOOP(
                    "AnalysisErrors",
                    "the grid would have {rows:,} x {cols:,} cells; use a larger cell size (more than "
                    "{cell:.0f} m) or fewer, closer points",
                ),
                rows=rows,
                cols=cols,
                cell=cell * np.sqrt(rows * cols / MAX_CELLS),
            )
        )
    return transform, rows, cols


def _exact(x, y, w, transform, rows, cols, h, kernel, m, progress):
    cell, _, x0, _, _, ytop = transform
    fc = (x - x0) / cell  # fractional column of each point
    fr = (ytop - y) / cell  # fractional row
    c0 = np.floor(fc).astype(np.int64)
    r0 = np.floor(fr).astype(np.int64)
    off = np.arange(-m, m + 1)
    dc, dr = (offsets.ravel() for offsets in np.meshgrid(off, off))
    out = np.zeros(rows * cols)
    chunk = max(1, 4_000_000 // len(dc))
    n = len(x)
    for s in range(0, n, chunk):
        report(progress, 0.05 + 0.9 * s / n, "kernel density")
        cc = c0[s : s + chunk, None] + dc[None, :]
        rr = r0[s : s + chunk, None] + dr[None, :]
        ddx = (cc + 0.5 - fc[s : s + chunk, None]) * cell
        ddy = (rr + 0.5 - fr[s : s + chunk, None]) * cell
        k = kernel_values(np.sqrt(ddx * ddx + ddy * ddy), h, kernel)
        if w is not None:
            k *= w[s : s + chunk, None]
        ok = (k > 0) & (cc >= 0) & (cc < cols) & (rr >= 0) & (rr < rows)
        out += np.bincount((rr[ok] * cols + cc[ok]), weights=k[ok], minlength=rows * cols)
    return out.reshape(rows, cols)


def _binned(x, y, w, transform, rows, cols, h, kernel, m, progress):
    report(progress, 0.1, "binning points")
    acc = bin_points(x, y, w, transform, rows, cols, m)
    report(progress, 0.4, "convolving with the kernel")
    return convolve_bins(acc, transform[0], h, kernel, m)


def bin_points(x, y, w, transform, rows, cols, m: int) -> np.ndarray:
    """Linear binning of points ``x``/``y`` (metres; weights ``w`` or 1) onto the cell centres of the grid
    ``transform``/``rows``/``cols`` padded by ``m + 1`` cells on every side (the kernel's reach, so points
    just outside still count). Linear in the points: bins of parts of them add up to the bins of all."""
    cell, _, x0, _, _, ytop = transform
    # cell-centre coordinates in cell units: centre (r, c) at (c + 0.5, r + 0.5)
    fc = (x - x0) / cell - 0.5
    fr = (ytop - y) / cell - 0.5
    c0 = np.floor(fc).astype(np.int64)
    r0 = np.floor(fr).astype(np.int64)
    tc = fc - c0
    tr = fr - r0
    wt = np.ones(len(x)) if w is None else w
    P = m + 1
    H, W = rows + 2 * P, cols + 2 * P
    index, share = [], []
    for dr_, dc_, part in ((0, 0, (1 - tr) * (1 - tc)), (0, 1, (1 - tr) * tc), (1, 0, tr * (1 - tc)), (1, 1, tr * tc)):
        rr = r0 + dr_ + P
        cc = c0 + dc_ + P
        ok = (rr >= 0) & (rr < H) & (cc >= 0) & (cc < W)
        index.append(rr[ok] * W + cc[ok])
        share.append((part * wt)[ok])
    # one pass over the grid for all four corners (a grid-sized bincount per corner costs 4x)
    return np.bincount(np.concatenate(index), weights=np.concatenate(share), minlength=H * W).reshape(H, W)


def convolve_bins(acc: np.ndarray, cell: float, h: float, kernel: str, m: int) -> np.ndarray:
    """Kernel sums per m² on the grid of :func:`bin_points`'s padded bins ``acc`` (the padding cropped)."""
    P = m + 1
    return _fft_convolve_same(acc, _stamp(cell, m, h, kernel))[P:-P, P:-P]


def _stamp(cell: float, m: int, h: float, kernel: str) -> np.ndarray:
    """The kernel on the (2m+1)² cell centres around a point's cell (per m²)."""
    off = np.arange(-m, m + 1) * cell
    gx, gy = np.meshgrid(off, off)
    return kernel_values(np.hypot(gx, gy), h, kernel)


def _fast_len(n: int) -> int:
    """Smallest 2^a 3^b 5^c >= n (an FFT-friendly size)."""
    best = 1 << (n - 1).bit_length()
    p5 = 1
    while p5 < best:
        p35 = p5
        while p35 < best:
            q = p35
            while q < n:
                q *= 2
            best = min(best, q)
            p35 *= 3
        p5 *= 5
    return best


def _even_kernel_spectrum(k: np.ndarray, sh: int, sw: int) -> np.ndarray:
    """Real DFT (``sh`` x ``sw // 2 + 1``, the layout of ``rfft2``) of an odd-sized kernel
    centred on the origin and symmetric in both axes (``k[r, c] == k[-r, c] == k[r, -c]``).

    Such a spectrum is real, a double sum of cosines: two small matrix
    products cost less than a third full-size FFT.
    """
    mr, mc = k.shape[0] // 2, k.shape[1] // 2
    if not (np.array_equal(k, k[::-1]) and np.array_equal(k, k[:, ::-1])):
        raise ValueError("the kernel must be symmetric in both axes")
    # phases reduced modulo the length in integers, so cos() gets small exact arguments
    cos_r = np.cos(2 * np.pi / sh * (np.outer(np.arange(sh), np.arange(-mr, mr + 1)) % sh))
    cos_c = np.cos(2 * np.pi / sw * (np.outer(np.arange(sw // 2 + 1), np.arange(-mc, mc + 1)) % sw))
    return cos_r @ (k @ cos_c.T)


def _fft_convolve_same(a: np.ndarray, k: np.ndarray) -> np.ndarray:
    """2-D convolution of ``a`` with an odd-sized, symmetric kernel ``k``, cropped to ``a``'s shape (numpy FFT).

    The transform is padded to FFT-friendly sizes past ``a`` plus the kernel,
    so nothing wraps around; one spectrum array is transformed in place
    (fresh memory costs a page fault per 4 KiB, as much as the FFTs here).
    """
    H, W = a.shape
    kh, kw = k.shape
    sh, sw = _fast_len(H + kh - 1), _fast_len(W + kw - 1)
    spec = np.zeros((sh, sw // 2 + 1), dtype=complex)
    np.fft.rfft(a, sw, axis=1, out=spec[:H])
    np.fft.fft(spec, axis=0, out=spec)
    spec *= _even_kernel_spectrum(k, sh, sw)
    np.fft.ifft(spec, axis=0, out=spec)
    return np.fft.irfft(spec[:H], sw, axis=1)[:, :W]


def save_geotiff(grid: Grid, path, *, nodata: float = -9999.0) -> None:
    """Write a grid as a single-band float32 GeoTIFF (deflate) with its CRS and no-data value.

    Cells in the grid's units (``grid.meta["unit"]``, the band description),
    the transform in metres of ``grid.crs``; ``grid.meta`` goes into the
    file's tags. See :func:`gzmap.io.geotiff.write_geotiff`.
    """
    from gzmap.io.geotiff import write_geotiff

    write_geotiff(
        path,
        grid.values,
        grid.transform,
        grid.crs,
        nodata=nodata,
        tags=grid.meta,
        description=str(grid.meta.get("unit", "value")),
    )
