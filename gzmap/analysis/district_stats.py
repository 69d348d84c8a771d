"""District statistics of enterprises: location quotients, specialisation,
local Moran's I of density, and the Clark–Evans nearest-neighbour index.

Location quotient of sub-sector *s* in district *d* (relative to the whole
of Guangzhou, i.e. all points that fall in a district):

.. math:: LQ_{sd} = \\frac{e_{sd} / e_d}{E_s / E}

where :math:`e_{sd}` counts (or sums a weight of) enterprises of *s* in *d*,
:math:`e_d` all enterprises in *d*, :math:`E_s` those of *s* in Guangzhou,
:math:`E` all of them. LQ > 1: the district holds a larger share of *s*
than the city does.

Specialisation of district *d*, with shares :math:`s_{sd} = e_{sd}/e_d` and
the city's :math:`S_s = E_s/E`:

* Herfindahl :math:`H_d = \\sum_s s_{sd}^2` (1/k for an even mix of k
  sub-sectors up to 1 for a single one);
* Krugman :math:`K_d = \\sum_s |s_{sd} - S_s|` (0: same mix as the city; up to 2).

Clark–Evans: :math:`R = \\bar r_{obs} / \\bar r_{exp}` with
:math:`\\bar r_{exp} = 0.5 / \\sqrt{n/A}`, :math:`z = (\\bar r_{obs} - \\bar r_{exp}) / (0.26136 / \\sqrt{n^2/A})`;
R < 1 clustered, R ≈ 1 random, R > 1 dispersed (no edge correction).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from gzmap.analysis.metric import AnalysisInputError
from gzmap.analysis.metric import attribute_columns
from gzmap.analysis.metric import check_positive
from gzmap.analysis.metric import metric_points
from gzmap.analysis.significance import adjust
from gzmap.analysis.significance import confidence
from gzmap.analysis.significance import tail_p
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import Phrase
from gzmap.core.progress import report

__all__ = [
    "CLARK_EVANS_COLUMNS",
    "clark_evans",
    "clark_evans_row",
    "count_matrix",
    "district_of_points",
    "group_sums",
    "local_moran_density",
    "location_quotients",
    "lq_table",
    "nearest_distances",
    "region_rows",
    "specialisation",
    "specialisation_table",
]

_KEY = ["adcode", "district_zh", "district_en"]


def district_of_points(gdf, by: str = "district", districts=None, lonlat=None) -> pd.DataFrame:
    """Group keys of each point: ``adcode``/``district_zh``/``district_en`` by
    point-in-polygon for ``by="district"``, else the values of column ``by``
    (in all three columns). Missing where a point is outside every district.
    ``gdf``: a GeoDataFrame, or a table of the points' attributes with their
    WGS84 ``lonlat`` (longitude and latitude arrays, degrees)."""
    if by != "district":
        if by not in gdf.columns:
            raise AnalysisInputError(
                f"no column {by!r} to group by; use 'district' or one of: "
                f"{', '.join(str(c) for c in attribute_columns(gdf))}"
            )
        v = gdf[by].astype("string").reset_index(drop=True)
        return pd.DataFrame({"adcode": v, "district_zh": v, "district_en": v})
    from gzmap.analysis.districts import assign_districts

    if lonlat is None:
        pts = gdf.to_crs("EPSG:4326") if gdf.crs is not None and gdf.crs.to_epsg() != 4326 else gdf
        lonlat = (pts.geometry.x.to_numpy(), pts.geometry.y.to_numpy())
    lon, lat = lonlat
    return assign_districts(lon, lat, districts)


def _prepare(gdf, field, weight, by, districts):
    metric_points(gdf, min_points=1, distinct=False, what="enterprises")  # same checks as every analysis
    return region_rows(gdf, field, weight, by, districts)


def region_rows(table, field: str, weight, by: str, districts, lonlat=None):
    """``(rows, outside)``: the points inside a region, each with its region's keys (``adcode``,
    ``district_zh``, ``district_en``), ``subsector`` and weight ``w``, and how many points lie outside
    every region. ``table``: checked points (a GeoDataFrame, or their attributes with their WGS84
    ``lonlat``: :func:`district_of_points`)."""
    if field not in table.columns:
        raise AnalysisInputError(
            f"no sub-sector column {field!r}; columns: {', '.join(str(c) for c in attribute_columns(table))}"
        )
    keys = district_of_points(table, by, districts, lonlat)
    df = keys.copy()
    df["subsector"] = table[field].astype("string").fillna("other").to_numpy()
    if weight:
        from gzmap.analysis.kde import _weights

        df["w"] = _weights(table, weight)
    else:
        df["w"] = 1.0
    outside = int(df["adcode"].isna().sum())
    df = df.dropna(subset=["adcode"])
    if df.empty:
        raise AnalysisInputError(
            Phrase("AnalysisErrors", QT_TRANSLATE_NOOP("AnalysisErrors", "no enterprise lies inside a district"))
        )
    return df, outside


def location_quotients(
    gdf, *, field: str = "subsector", by: str = "district", weight: str | None = None, districts=None, progress=None
) -> pd.DataFrame:
    """Location quotient of every sub-sector in every district (relative to Guangzhou).

    Returns a long table, one row per (district, sub-sector): ``adcode``,
    ``district_zh``, ``district_en``, ``subsector``, ``count`` (e_sd; a
    weight sum if ``weight``), ``district_total``, ``subsector_total``,
    ``total``, ``share_in_district``, ``share_in_city`` and ``lq``.
    ``df.attrs["outside"]`` counts points outside every district (left out).
    """
    report(progress, 0.0, "location quotients")
    df, outside = _prepare(gdf, field, weight, by, districts)
    out = lq_table(count_matrix(group_sums(df)), outside)
    report(progress, 1.0, "location quotients done")
    return out


def group_sums(df: pd.DataFrame) -> pd.Series:
    """Sum of ``w`` per (adcode, district_zh, district_en, subsector) of the rows ``df`` (points in a
    district). Sums of parts of the points add up to the sums of all of them (a distributed run)."""
    return df.groupby(_KEY + ["subsector"], dropna=False)["w"].sum()


def count_matrix(sums: pd.Series) -> pd.DataFrame:
    """Districts x sub-sectors table e_sd of :func:`group_sums` (0 where none)."""
    return sums.unstack("subsector", fill_value=0.0)


def lq_table(e: pd.DataFrame, outside: int) -> pd.DataFrame:
    """The long table of :func:`location_quotients` from the districts x sub-sectors counts ``e``;
    ``outside``: the points outside every district."""
    e_d = e.sum(axis=1)
    E_s = e.sum(axis=0)
    E = float(E_s.sum())
    share_d = e.div(e_d, axis=0)
    share_c = E_s / E
    lq = share_d.div(share_c, axis=1)
    long = e.stack().rename("count").to_frame()
    long["district_total"] = e_d.reindex(long.index.droplevel("subsector")).to_numpy()
    long["subsector_total"] = E_s.reindex(long.index.get_level_values("subsector")).to_numpy()
    long["total"] = E
    long["share_in_district"] = share_d.stack().reindex(long.index).to_numpy()
    long["share_in_city"] = share_c.reindex(long.index.get_level_values("subsector")).to_numpy()
    long["lq"] = lq.stack().reindex(long.index).to_numpy()
    out = long.reset_index()
    for c in ("share_in_district", "share_in_city", "lq"):
        out[c] = out[c].round(6)
    out.attrs["outside"] = outside
    return out


def specialisation(
    gdf, *, field: str = "subsector", by: str = "district", weight: str | None = None, districts=None, progress=None
) -> pd.DataFrame:
    """Herfindahl and Krugman specialisation index of each district.

    Returns one row per district: ``adcode``, ``district_zh``,
    ``district_en``, ``n`` (enterprises or weight sum), ``n_subsectors``,
    ``herfindahl`` (Σ share²), ``krugman`` (Σ |share − city share|) and
    ``top_subsector``.
    """
    report(progress, 0.0, "specialisation")
    df, _ = _prepare(gdf, field, weight, by, districts)
    out = specialisation_table(count_matrix(group_sums(df)))
    report(progress, 1.0, "specialisation done")
    return out


def specialisation_table(e: pd.DataFrame) -> pd.DataFrame:
    """The table of :func:`specialisation` from the districts x sub-sectors counts ``e``."""
    share = e.div(e.sum(axis=1), axis=0)
    city = e.sum(axis=0) / e.to_numpy().sum()
    out = pd.DataFrame(
        {
            "n": e.sum(axis=1),
            "n_subsectors": (e > 0).sum(axis=1),
            "herfindahl": (share**2).sum(axis=1).round(6),
            "krugman": (share - city).abs().sum(axis=1).round(6),
            "top_subsector": share.idxmax(axis=1),
        }
    ).reset_index()
    return out


def local_moran_density(
    gdf,
    *,
    unit: str = "district",
    cell: float = 1000.0,
    permutations: int = 999,
    fdr: bool = False,
    seed: int | None = 12345,
    districts=None,
    progress=None,
):
    """Local Moran's I (LISA, esda) of enterprise density.

    ``unit="district"``: density = enterprises per km² of each district,
    queen contiguity between districts. ``unit="grid"``: points per km² in
    square cells of ``cell`` metres over Guangzhou, queen contiguity.

    Significance as for Gi* (:mod:`gzmap.analysis.significance`): ``lisa_p``
    is the two-sided pseudo p of the permutations (ties against
    significance), ``lisa_p_adj`` the p the decision used (Benjamini–Hochberg
    with ``fdr``), ``lisa_confidence`` 99, 95 or 0.

    Returns a GeoDataFrame (EPSG:4326) with ``density_km2``, ``lisa_i``,
    ``lisa_z`` (esda's z_sim), ``lisa_p``, ``lisa_p_adj``,
    ``lisa_confidence``, ``lisa_quadrant`` (HH, LH, LL, HL) and
    ``lisa_label`` (the quadrant where significant, else "ns"). Without
    permutations nothing is tested (p is empty, every label "ns").
    """
    import warnings

    import geopandas as gpd
    from esda import Moran_Local

    pts = metric_points(gdf, min_points=3, what="enterprises")
    report(progress, 0.05, "density by unit")
    if unit == "district":
        units, geoms, n, area, w = _district_units(gdf, pts.crs, districts)
    elif unit == "grid":
        units, geoms, n, area, w = _grid_units(pts, cell, districts)
    else:
        raise AnalysisInputError(f"unit must be 'district' or 'grid', got {unit!r}")
    density = n / area
    if np.ptp(density) == 0:
        raise AnalysisInputError(
            Phrase(
                "AnalysisErrors",
                QT_TRANSLATE_NOOP("AnalysisErrors", "every unit has the same density; nothing to compare"),
            )
        )
    report(progress, 0.2, "local Moran's I")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        lm = Moran_Local(
            density, w, transformation="r", permutations=int(permutations), seed=seed, keep_simulations=True
        )
    out = gpd.GeoDataFrame(units.reset_index(drop=True), geometry=geoms.to_crs("EPSG:4326").values, crs="EPSG:4326")
    out["n"] = n
    out["area_km2"] = np.round(area, 4)
    out["density_km2"] = np.round(density, 4)
    _lisa_columns(out, lm, permutations, fdr)
    report(progress, 1.0, "local Moran's I done")
    return out


def _district_units(gdf, crs, districts):
    """(adcode and names, polygons in ``crs``, enterprises, area in km², queen weights) of each district."""
    import libpysal

    from gzmap.analysis.districts import district_polygons

    polys = district_polygons(districts).to_crs(crs)
    counts = district_of_points(gdf, "district", districts)["adcode"].value_counts()
    n = polys["adcode"].astype(str).map(counts).fillna(0).to_numpy(dtype=float)
    area = polys.geometry.area.to_numpy() / 1e6
    w = libpysal.weights.Queen.from_dataframe(polys, use_index=False, silence_warnings=True)
    return polys[["adcode", "name_zh", "name_en"]].copy(), polys.geometry, n, area, w


def _grid_units(pts, cell, districts):
    """(cell ids, square polygons of ``cell`` metres over Guangzhou, points, area in km², queen weights)."""
    import geopandas as gpd
    import libpysal

    from gzmap.analysis.districts import study_area
    from gzmap.analysis.hotspots import make_grid

    cell = check_positive("cell size", cell, "m")
    grid = make_grid(pts.x, pts.y, cell, "square", area=study_area(pts.crs, districts), crs=pts.crs)
    which = grid.cell_of(pts.x, pts.y)
    n = np.bincount(which[which >= 0], minlength=len(grid)).astype(float)
    area = np.full(len(grid), cell * cell / 1e6)
    units = pd.DataFrame({"cell_id": np.arange(1, len(grid) + 1)})
    nb = {i: grid.indices[grid.indptr[i] : grid.indptr[i + 1]].tolist() for i in range(len(grid))}
    w = libpysal.weights.W(nb, silence_warnings=True)
    return units, gpd.GeoSeries(grid.polygons(), crs=pts.crs), n, area, w


def _lisa_columns(out, lm, permutations: int, fdr: bool) -> None:
    """Add ``lisa_i``, ``lisa_z``, ``lisa_p``, ``lisa_p_adj``, ``lisa_confidence``, ``lisa_quadrant``
    and ``lisa_label`` of the local Moran result ``lm`` to ``out``."""
    quad = np.array(["", "HH", "LH", "LL", "HL"], dtype=object)[lm.q]
    p = _lisa_p(lm, permutations)
    p_adj = adjust(p, fdr)
    level = confidence(p_adj)
    out["lisa_i"] = np.round(lm.Is, 6)
    out["lisa_z"] = np.round(np.asarray(lm.z_sim, dtype=float), 6) if permutations else np.nan
    out["lisa_p"] = np.round(p, 6)
    out["lisa_p_adj"] = np.round(p_adj, 6)
    out["lisa_confidence"] = level
    out["lisa_quadrant"] = quad
    out["lisa_label"] = np.where(level > 0, quad, "ns")


def _lisa_p(lm, permutations: int):
    """Two-sided pseudo p of each unit from esda's permuted local I (NaN without permutations)."""
    if not permutations:
        return np.full(len(lm.Is), np.nan)
    sims = np.asarray(lm.rlisas, dtype=float)
    obs = np.asarray(lm.Is, dtype=float)[:, None]
    tol = 1e-9 * max(float(np.abs(sims).max(initial=0.0)), 1e-300)
    p_ge = ((sims >= obs - tol).sum(axis=1) + 1.0) / (permutations + 1.0)
    p_le = ((sims <= obs + tol).sum(axis=1) + 1.0) / (permutations + 1.0)
    return tail_p(p_ge, p_le, obs[:, 0] - sims.mean(axis=1))


def clark_evans(
    gdf,
    *,
    field: str | None = "subsector",
    area_km2: float | None = None,
    districts=None,
    min_points: int = 2,
    progress=None,
) -> pd.DataFrame:
    """Clark–Evans nearest-neighbour index, for all points and per sub-sector.

    ``area_km2``: study-area size (default: the area of Guangzhou's districts,
    about 7,434 km²). Nearest-neighbour distances are in metres (EPSG:32649
    unless the layer is metric). Sub-sectors with fewer than ``min_points``
    points get no index.

    Returns one row per group (``"(all)"`` first): ``subsector``, ``n``,
    ``mean_nn_m``, ``expected_nn_m``, ``R``, ``z``, ``p`` (two-sided normal)
    and ``pattern`` (clustered / random / dispersed at p ≤ 0.05).
    """
    pts = metric_points(gdf, min_points=2, what="enterprises")
    if area_km2 is None:
        from gzmap.analysis.districts import study_area

        area_km2 = study_area(pts.crs, districts).area / 1e6
    A = check_positive("study area", area_km2, "km²") * 1e6
    groups = [("(all)", np.arange(len(pts)))]
    if field:
        if field not in gdf.columns:
            raise AnalysisInputError(f"no sub-sector column {field!r}")
        codes = gdf[field].astype("string").fillna("other").to_numpy()
        for key in sorted(set(codes)):
            groups.append((key, np.flatnonzero(codes == key)))
    rows = []
    for k, (key, idx) in enumerate(groups):
        report(progress, k / len(groups), f"nearest neighbours: {key}")
        rows.append(clark_evans_row(key, pts.xy[idx], A, min_points))
    report(progress, 1.0, "Clark–Evans done")
    return pd.DataFrame(rows, columns=CLARK_EVANS_COLUMNS)


#: The columns of :func:`clark_evans`.
CLARK_EVANS_COLUMNS = ["subsector", "n", "mean_nn_m", "expected_nn_m", "R", "z", "p", "pattern"]


def nearest_distances(xy: np.ndarray, chunk: int = 1_000_000) -> np.ndarray:
    """Distance (metres) from each point of ``xy`` (n x 2, metres) to its nearest other point, queried
    a million points at a time (the memory of a query, not of all distances at once)."""
    from scipy.spatial import cKDTree

    tree = cKDTree(xy)
    out = np.empty(len(xy))
    for s in range(0, len(xy), chunk):
        out[s : s + chunk] = tree.query(xy[s : s + chunk], k=2)[0][:, 1]
    return out


def clark_evans_row(key: str, xy: np.ndarray, A: float, min_points: int = 2) -> dict:
    """One row of :func:`clark_evans`: the group ``key`` of points ``xy`` (metres) in a study area of ``A`` m²."""
    from scipy.stats import norm

    n = len(xy)
    if n < max(min_points, 2):
        return {"subsector": key, "n": n}
    nn = nearest_distances(xy)
    r_obs = float(nn.mean())
    r_exp = 0.5 / np.sqrt(n / A)
    se = 0.26136 / np.sqrt(n * n / A)
    z = (r_obs - r_exp) / se
    p = float(2 * norm.sf(abs(z)))
    R = r_obs / r_exp
    pattern = "random" if p > 0.05 else ("clustered" if R < 1 else "dispersed")
    return {
        "subsector": key,
        "n": n,
        "mean_nn_m": round(r_obs, 3),
        "expected_nn_m": round(r_exp, 3),
        "R": round(R, 6),
        "z": round(z, 4),
        "p": p,
        "pattern": pattern,
    }
