"""A space-time cube of points and its Getis-Ord Gi* per bin (metres, years).

The cube: the points are counted (or a weight field summed) into the cells of
a square or hexagonal grid (:func:`gzmap.analysis.hotspots.make_grid`, cells
aligned to multiples of the cell size) and into time steps of ``step`` years
taken from a time field (:mod:`gzmap.analysis.time_field`). The steps are
aligned to the last year, as ArcGIS's Create Space Time Cube aligns them to
the end time: the final step ends with the last year and is always complete;
the first may start before the first year. With a study area (by default
Guangzhou's districts) the locations are the cells whose centre lies inside
it; without one, the cells holding at least one point in at least one step
(as ArcGIS does with no analysis mask). A cube needs at least
:data:`MIN_STEPS` time steps, as ArcGIS requires for a trend.

Gi* per bin: the neighbours of bin (location i, step t) are the bins of the
locations whose cell centre lies within the distance band of i's (i itself
included), in step t and the ``time_steps`` steps before it (ArcGIS's
neighbourhood; ``window="both"`` also takes the steps after it). Weights are
binary; the mean and variance are those of every bin of the cube (ArcGIS's
default "entire cube" global window). The z-score is the analytic one of
:func:`gzmap.analysis.hotspots.gi_star_from_lag` (the moments of Gi* hot spots
and of esda's ``G_Local(star=True)``), the p-value its two-sided
normal p, adjusted by Benjamini–Hochberg with ``fdr``
(:mod:`gzmap.analysis.significance`).
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field

import numpy as np

from gzmap.analysis.hotspots import CellGrid
from gzmap.analysis.hotspots import _area
from gzmap.analysis.hotspots import gi_star_from_lag
from gzmap.analysis.hotspots import make_grid
from gzmap.analysis.metric import AnalysisInputError
from gzmap.analysis.metric import check_positive
from gzmap.analysis.metric import metric_points
from gzmap.analysis.significance import adjust
from gzmap.analysis.significance import confidence
from gzmap.analysis.significance import two_sided_normal_p
from gzmap.analysis.time_field import resolve_field
from gzmap.analysis.time_field import years_of
from gzmap.core.progress import report

__all__ = ["MIN_STEPS", "WINDOWS", "CubeGi", "SpaceTimeCube", "build_cube", "cube_gistar", "default_band"]

#: Fewest time steps a cube may have (ArcGIS needs ten for a trend).
MIN_STEPS = 10
#: Time neighbourhoods: the steps before (ArcGIS, sfdep) or the steps before and after.
WINDOWS = ("previous", "both")
#: The default distance band, in cell sizes: the 8 cells around a square, the 6 around a hexagon.
BAND_IN_CELLS = 1.5


@dataclass
class SpaceTimeCube:
    """Counts of a grid's cells (locations) by time step.

    ``values[i, t]``: points (or summed weight) of location ``i`` in step
    ``t``; ``starts[t]``/``ends[t]``: the first and last year of step ``t``;
    ``grid``: the cells (metres, ``grid.crs``). ``meta``: what was left out
    and why (points outside the area or the steps, rows with no year).
    """

    grid: CellGrid
    values: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    step: int
    time_field: str
    meta: dict = field(default_factory=dict)

    @property
    def n_locations(self) -> int:
        return self.values.shape[0]

    @property
    def n_steps(self) -> int:
        return self.values.shape[1]

    def step_labels(self) -> list[str]:
        """``"2015"`` for one-year steps, ``"2011-2015"`` for longer ones."""
        return [str(a) if a == b else f"{a}-{b}" for a, b in zip(self.starts, self.ends)]


def default_band(cell: float) -> float:
    """The default distance band in metres: 1.5 cell sizes (the ring of cells around each cell)."""
    return BAND_IN_CELLS * float(cell)


def _steps(years: np.ndarray, step: int, start, end, steps, field_name: str):
    """(step index of each year, -1 outside; first years; last years), steps aligned to ``end``."""
    step = int(step)
    if step < 1:
        raise AnalysisInputError(f"time step must be at least 1 year, got {step}")
    last = int(end) if end is not None else int(years.max())
    first = int(start) if start is not None else int(years.min())
    if steps:
        first = max(first, last - int(steps) * step + 1)
    if first > last:
        raise AnalysisInputError(f"the first year {first} is after the last year {last}")
    n = (last - first) // step + 1
    if n < MIN_STEPS:
        span = f"{first}-{last}" if first != last else str(first)
        raise AnalysisInputError(
            f"time field {field_name!r}: the years {span} make {n} time steps of {step} year(s); "
            f"a space-time trend needs at least {MIN_STEPS} (use a shorter step or more years)"
        )
    back = (last - years) // step  # 0: the final step
    t = np.where((years <= last) & (years >= first) & (back < n), n - 1 - back, -1)
    ends = last - step * np.arange(n)[::-1]
    return t.astype(np.int64), ends - step + 1, ends


def build_cube(
    gdf,
    time_field: str,
    cell: float = 500.0,
    *,
    shape: str = "square",
    step: int = 1,
    start: int | None = None,
    end: int | None = None,
    steps: int | None = None,
    area="guangzhou",
    weight: str | None = None,
    skip_bad: bool = False,
    crs=None,
    progress=None,
) -> SpaceTimeCube:
    """The space-time cube of the points of ``gdf`` (see the module's text).

    ``time_field``: a column with a year or a date (``year`` also finds the
    import's ``founded``); ``cell``: cell size in metres; ``step``: years per
    time step; ``start``/``end``: first and last year (default: those of the
    data); ``steps``: at most this many steps, counted back from the last year (0 or None: all); ``area``: ``"guangzhou"``, a polygon / GeoDataFrame, or None (the
    cells with points); ``weight``: a numeric column summed instead of
    counting; ``skip_bad``: leave out rows with no year instead of refusing.
    """
    cell = check_positive("cell size", cell, "m")
    column = resolve_field(gdf, time_field, "time field")
    years, keep, note = years_of(gdf, column, skip_bad=skip_bad)
    t, starts, ends = _steps(years, step, start, end, steps, column)
    kept = gdf[keep] if not keep.all() else gdf
    pts = metric_points(kept, crs=crs, min_points=3, what="points")
    w = None
    if weight:
        from gzmap.analysis.kde import _weights

        w = _weights(kept, resolve_field(kept, weight, "weight field"))
    report(progress, 0.05, "building the cube")
    poly = _area(area, pts.crs)
    grid = make_grid(pts.x, pts.y, cell, shape, area=poly, crs=pts.crs)
    loc = grid.cell_of(pts.x, pts.y)
    use = (loc >= 0) & (t >= 0)
    if not use.any():
        raise AnalysisInputError("no point lies inside the study area and the chosen years")
    if poly is None:  # no mask: the locations with data, as ArcGIS
        has = np.unique(loc[use])
        grid = CellGrid(shape, cell, grid.i[has], grid.j[has], pts.crs)
        loc = grid.cell_of(pts.x, pts.y)
    n_steps = len(starts)
    flat = np.bincount(
        loc[use] * n_steps + t[use], weights=None if w is None else w[use], minlength=len(grid) * n_steps
    )
    meta = {
        "n_points": int(use.sum()),
        "n_outside_area": int(((loc < 0) & (t >= 0)).sum()),
        "n_outside_years": int((t < 0).sum()),
        "n_no_year": int((~keep).sum()),
        "note": note,
        "crs": pts.crs,
        "cell_m": cell,
        "shape": shape,
        "weight": weight,
    }
    return SpaceTimeCube(grid, flat.reshape(len(grid), n_steps).astype(float), starts, ends, int(step), column, meta)


def _offsets(grid: CellGrid, band: float) -> np.ndarray:
    """Integer (di, dj) of the cells whose centre lies within ``band`` metres of a cell's (self excluded)."""
    # a cell k rings away lies at least k cell sizes (squares) or 1.5 k sides (hexagons) away
    reach = int(np.ceil(band / (grid.side * (1.5 if grid.shape == "hex" else 1.0)))) + 1
    mi, mj = np.meshgrid(np.arange(-reach, reach + 1), np.arange(-reach, reach + 1))
    di, dj = mi.ravel(), mj.ravel()
    if grid.shape == "square":
        dx, dy = di * grid.cell, dj * grid.cell
    else:
        dx, dy = grid.side * np.sqrt(3.0) * (di + dj / 2.0), 1.5 * grid.side * dj
    near = (np.hypot(dx, dy) <= band * (1 + 1e-9)) & ((di != 0) | (dj != 0))
    return np.column_stack([di[near], dj[near]])


def spatial_neighbours(grid: CellGrid, band: float):
    """Sparse (locations x locations) binary matrix: 1 where the cell centres lie within ``band`` metres
    (each cell its own neighbour)."""
    from scipy import sparse

    n_loc = len(grid)
    rows, cols = [np.arange(n_loc)], [np.arange(n_loc)]
    for di, dj in _offsets(grid, band):
        nb = grid.lookup(grid.i + di, grid.j + dj)
        has = nb >= 0
        rows.append(np.flatnonzero(has))
        cols.append(nb[has])
    r, c = np.concatenate(rows), np.concatenate(cols)
    return sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=(n_loc, n_loc))


def space_time_lag(values: np.ndarray, spatial, time_steps: int = 1, window: str = "previous"):
    """(neighbourhood sum, neighbour count) of every bin, itself included, shaped like ``values``
    (locations x steps): the spatial neighbours' values in the step and the ``time_steps`` steps before it
    (``window="both"``: and after it)."""
    if window not in WINDOWS:
        raise AnalysisInputError(f"unknown time window {window!r}; valid: {', '.join(WINDOWS)}")
    n_steps = values.shape[1]
    near = spatial @ values  # spatial sums of every step
    card = np.asarray(spatial.sum(axis=1)).ravel()
    lag = np.zeros_like(values, dtype=float)
    count = np.zeros(values.shape, dtype=float)
    for d in range(-int(time_steps), (int(time_steps) if window == "both" else 0) + 1):
        t = np.arange(max(0, -d), min(n_steps, n_steps - d))
        lag[:, t] += near[:, t + d]
        count[:, t] += card[:, None]
    return lag, count


@dataclass
class CubeGi:
    """Gi* of every bin, arrays shaped like the cube's values: ``z``, ``p`` (two-sided normal),
    ``p_adj`` (the p the classes use), ``confidence`` (99, 95, 0) and ``hot``/``cold`` (significant)."""

    z: np.ndarray
    p: np.ndarray
    p_adj: np.ndarray
    confidence: np.ndarray
    hot: np.ndarray
    cold: np.ndarray
    band: float


def cube_gistar(
    cube: SpaceTimeCube,
    band: float | None = None,
    *,
    time_steps: int = 1,
    window: str = "previous",
    fdr: bool = True,
    progress=None,
) -> CubeGi:
    """Gi* z-score and (FDR-adjusted) p of every bin of ``cube``; ``band`` in metres (None: :func:`default_band`)."""
    band = default_band(cube.grid.cell) if band is None else check_positive("distance band", band, "m")
    if int(time_steps) < 0:
        raise AnalysisInputError(f"neighbourhood time steps must be 0 or more, got {time_steps}")
    y = cube.values.T.ravel()  # bin t * L + i
    if np.ptp(y) == 0:
        raise AnalysisInputError("every bin of the cube has the same value; use larger cells or more points")
    report(progress, 0.3, "space-time neighbours")
    lag, count = space_time_lag(cube.values, spatial_neighbours(cube.grid, band), time_steps, window)
    report(progress, 0.55, "Gi* of every bin")
    z = gi_star_from_lag(y, lag.T.ravel(), count.T.ravel())["Zs"]
    p = np.where(count.T.ravel() <= 1, np.nan, two_sided_normal_p(z))  # a bin with no neighbour: no test
    p_adj = adjust(p, fdr)
    conf = confidence(p_adj)
    shape = (cube.n_steps, cube.n_locations)

    def cube_shaped(a):
        return np.asarray(a).reshape(shape).T

    sig = conf > 0
    return CubeGi(
        z=cube_shaped(z),
        p=cube_shaped(p),
        p_adj=cube_shaped(p_adj),
        confidence=cube_shaped(conf),
        hot=cube_shaped(sig & (z > 0)),
        cold=cube_shaped(sig & (z < 0)),
        band=band,
    )
