"""Development index of regions: entropy weights, TOPSIS, coupling coordination and obstacle degree.

The method of the papers on the high-quality development of China's digital
and cultural industries, on a matrix of ``n`` observations (a region in a
year) by ``m`` indicators (docs/analysis/devindex.md has a worked example):

1. **Scaling** (min–max, no shift): benefit ``x' = (x - min)/(max - min)``,
   cost ``x' = (max - x)/(max - min)``. A constant indicator cannot be
   scaled and is refused, naming it.
2. **Entropy weights**: ``p = x'/Σx'`` per indicator,
   ``e = -Σ p ln p / ln n`` (0·ln 0 = 0), ``w = (1 - e)/Σ(1 - e)``.
3. **TOPSIS** on the weighted scaled matrix ``v = w x'``: ideal ``v⁺ = max v``,
   anti-ideal ``v⁻ = min v`` per indicator, Euclidean distances ``D⁺``,
   ``D⁻``, closeness ``S = D⁻/(D⁺ + D⁻)`` (0–1, higher is better).
4. **Coupling coordination** of the ``k`` indicator groups (subsystems):
   ``U_g = Σ_{j∈g} (w_j/Σ_{j∈g} w_j) x'_j``;
   ``C = [Π U_g / (mean U)^k]^(1/k)``; ``T = Σ α_g U_g`` (``α_g = 1/k``
   unless given); ``D = √(C·T)``, in ten bands 0.1 wide
   (:data:`BANDS`, 极度失调 … 优质协调).
5. **Obstacle degree** of indicator ``j`` for an observation:
   ``O_j = w_j (1 - x'_j) / Σ_l w_l (1 - x'_l)`` (per cent).

One weight set for every observation (all years pooled) unless ``per_year``.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field

import numpy as np
import pandas as pd

from gzmap.analysis.metric import AnalysisInputError
from gzmap.core.i18n import QT_TRANSLATE_NOOP
from gzmap.core.i18n import Phrase
from gzmap.core.i18n import translate

__all__ = [
    "BANDS",
    "DevIndexResult",
    "band_of",
    "coupling",
    "development_index",
    "entropy_weights",
    "indicator_matrix",
    "obstacle_degree",
    "scale",
    "subsystem_scores",
    "topsis",
]

#: The ten coordination bands of D (0–0.1, …, 0.9–1), English (translated to the usual Chinese names).
BANDS = (
    QT_TRANSLATE_NOOP("DevIndex", "Extreme imbalance"),
    QT_TRANSLATE_NOOP("DevIndex", "Severe imbalance"),
    QT_TRANSLATE_NOOP("DevIndex", "Moderate imbalance"),
    QT_TRANSLATE_NOOP("DevIndex", "Mild imbalance"),
    QT_TRANSLATE_NOOP("DevIndex", "Verge of imbalance"),
    QT_TRANSLATE_NOOP("DevIndex", "Barely coordinated"),
    QT_TRANSLATE_NOOP("DevIndex", "Primary coordination"),
    QT_TRANSLATE_NOOP("DevIndex", "Intermediate coordination"),
    QT_TRANSLATE_NOOP("DevIndex", "Good coordination"),
    QT_TRANSLATE_NOOP("DevIndex", "High-quality coordination"),
)


@dataclass
class DevIndexResult:
    """``scores``: one row per observation (score, rank, U per group, C, T, D, band); ``weights``:
    one row per indicator; ``obstacles``: one row per observation and indicator; ``notes``: what
    was left out and why."""

    scores: pd.DataFrame
    weights: pd.DataFrame
    obstacles: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)


def band_of(d) -> np.ndarray:
    """Band index 1–10 of coupling coordination degrees ``d`` (0.1 wide; 1.0 is in band 10)."""
    return np.clip(np.floor(np.asarray(d, dtype=float) * 10).astype(int), 0, 9) + 1


def scale(x: np.ndarray, cost: np.ndarray, names: list[str]) -> np.ndarray:
    """Min–max scaled matrix (benefit up, cost down); a constant indicator is refused by name."""
    x = np.asarray(x, dtype=float)
    lo, hi = x.min(axis=0), x.max(axis=0)
    flat = np.flatnonzero(hi == lo)
    if len(flat):
        j = flat[0]
        raise AnalysisInputError(
            Phrase(
                "AnalysisErrors",
                QT_TRANSLATE_NOOP(
                    "AnalysisErrors",
                    "indicator {name!r} is constant ({value:g} in every row): it cannot be scaled; leave it out",
                ),
                name=names[j],
                value=lo[j],
            )
        )
    scaled = (x - lo) / (hi - lo)
    return np.where(np.asarray(cost, dtype=bool)[None, :], 1.0 - scaled, scaled)


def entropy_weights(scaled: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(weights, entropies) of the columns of a non-negative matrix (0·ln 0 = 0)."""
    n = scaled.shape[0]
    if n < 2:
        raise AnalysisInputError(
            Phrase(
                "AnalysisErrors",
                QT_TRANSLATE_NOOP("AnalysisErrors", "entropy weights need at least two observations, got {n}"),
                n=n,
            )
        )
    col = scaled.sum(axis=0)
    zero = np.flatnonzero(col <= 0)
    if len(zero):
        raise AnalysisInputError(f"indicator column {zero[0] + 1} sums to 0: its entropy (a ratio) is undefined")
    p = scaled / col
    with np.errstate(divide="ignore", invalid="ignore"):
        plogp = np.where(p > 0, p * np.log(p), 0.0)
    e = -plogp.sum(axis=0) / np.log(n)
    d = 1.0 - e
    return d / d.sum(), e


def topsis(scaled: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """TOPSIS closeness (0–1) of each row of the scaled matrix under ``weights``."""
    v = scaled * weights
    d_best = np.sqrt(((v - v.max(axis=0)) ** 2).sum(axis=1))
    d_worst = np.sqrt(((v - v.min(axis=0)) ** 2).sum(axis=1))
    total = d_best + d_worst
    return np.divide(d_worst, total, out=np.zeros_like(total), where=total > 0)


def subsystem_scores(scaled: np.ndarray, weights: np.ndarray, groups: list[str]) -> tuple[np.ndarray, list[str]]:
    """(U, group names): each group's score, its weights renormalised within the group."""
    names = list(dict.fromkeys(groups))
    g = np.asarray(groups)
    u = np.column_stack([scaled[:, g == name] @ (weights[g == name] / weights[g == name].sum()) for name in names])
    return u, names


def coupling(u: np.ndarray, alpha: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(C, T, D) of subsystem scores ``u`` (rows × k groups); ``alpha`` sums to 1 (default 1/k each).

    Where every U of a row is 0 the ratio C is undefined; C is then 0 (and T, D are 0).
    """
    k = u.shape[1]
    mean = u.mean(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        c = np.where(mean > 0, (np.prod(u, axis=1) / mean**k) ** (1.0 / k), 0.0)
    a = np.full(k, 1.0 / k) if alpha is None else np.asarray(alpha, dtype=float)
    t = u @ a
    return c, t, np.sqrt(c * t)


def obstacle_degree(scaled: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Obstacle degree (per cent) of each indicator for each row; 0 where a row is ideal everywhere."""
    gap = weights * (1.0 - scaled)
    total = gap.sum(axis=1, keepdims=True)
    return np.divide(gap, total, out=np.zeros_like(gap), where=total > 0) * 100.0


def indicator_matrix(frame, indicators: list[str]) -> tuple[pd.DataFrame, list[str]]:
    """Observations (adcode, name_zh, name_en, year) × ``indicators`` from a joined
    :class:`~gzmap.analysis.indicators.IndicatorFrame`, and notes on rows left out (a value missing)."""
    gdf = frame.gdf
    by_year: dict[str, dict[str, str]] = {}
    for col, meta in frame.columns.items():
        name = meta.indicator if meta.indicator in indicators else meta.indicator_en
        if name in indicators:
            by_year.setdefault(meta.year, {})[name] = col
    if not by_year:
        raise AnalysisInputError(
            Phrase(
                "AnalysisErrors",
                QT_TRANSLATE_NOOP("AnalysisErrors", "none of the indicators {names} has a joined value"),
                names=", ".join(indicators),
            )
        )
    parts, notes = [], []
    for year in sorted(by_year):
        cols = by_year[year]
        part = pd.DataFrame({"adcode": gdf["adcode"].astype(str), "name_zh": gdf["name_zh"], "name_en": gdf["name_en"]})
        part["year"] = year
        for name in indicators:
            part[name] = gdf[cols[name]].to_numpy(dtype=float) if name in cols else np.nan
        missing = part[indicators].isna()
        has_any = ~missing.all(axis=1)
        for i in np.flatnonzero(missing.any(axis=1).to_numpy() & has_any.to_numpy()):
            lacks = [n for n in indicators if missing.iloc[i][n]]
            notes.append(f"{part['name_en'].iloc[i]} {year}: no value for {', '.join(lacks)}; left out")
        parts.append(part[~missing.any(axis=1)])
    return pd.concat(parts, ignore_index=True), notes


def development_index(
    data: pd.DataFrame,
    indicators: list[str],
    directions: list[str],
    groups: list[str] | None = None,
    *,
    alpha: dict[str, float] | None = None,
    per_year: bool = False,
) -> DevIndexResult:
    """Entropy–TOPSIS score, subsystem scores, coupling coordination and obstacle degrees.

    ``data``: one row per observation (any id columns plus ``year`` and one
    column per indicator); ``directions``: "benefit"/"cost" per indicator;
    ``groups``: the subsystem of each indicator (None: one group, no
    coupling); ``alpha``: group -> contribution to T (sums to 1).
    """
    bad = [d for d in directions if d not in ("benefit", "cost")]
    if bad:
        raise AnalysisInputError(f"direction {bad[0]!r} is not benefit or cost")
    _check_values(data, indicators)
    groups = groups or ["all"] * len(indicators)
    names = list(dict.fromkeys(groups))
    a = _alpha(alpha, names)
    chunks = [data] if not per_year else [g for _, g in data.groupby("year", sort=True)]
    scores, weights, obstacles, notes = [], [], [], []
    for part in chunks:
        s, w, o = _one_weight_set(part, indicators, directions, groups, a, per_year)
        scores.append(s)
        weights.append(w)
        obstacles.append(o)
        notes += s.attrs.pop("notes", [])
    return DevIndexResult(
        pd.concat(scores, ignore_index=True),
        pd.concat(weights, ignore_index=True),
        pd.concat(obstacles, ignore_index=True),
        notes,
        groups=names,
    )


def _check_values(data: pd.DataFrame, indicators: list[str]) -> None:
    """Every indicator value finite; at least two observations."""
    if len(data) < 2:
        raise AnalysisInputError(
            Phrase(
                "AnalysisErrors",
                QT_TRANSLATE_NOOP(
                    "AnalysisErrors",
                    "a development index needs at least two regions or years with every value, got {n}",
                ),
                n=len(data),
            )
        )
    for name in indicators:
        v = data[name].to_numpy(dtype=float)
        if not np.isfinite(v).all():
            raise AnalysisInputError(
                Phrase(
                    "AnalysisErrors",
                    QT_TRANSLATE_NOOP("AnalysisErrors", "indicator {name!r} has a missing or non-finite value"),
                    name=name,
                )
            )


def _alpha(alpha: dict[str, float] | None, names: list[str]) -> np.ndarray | None:
    if not alpha:
        return None
    unknown = [g for g in alpha if g not in names]
    if unknown:
        raise AnalysisInputError(f"alpha names group {unknown[0]!r}; groups: {', '.join(names)}")
    a = np.array([float(alpha.get(g, 0.0)) for g in names])
    if (a < 0).any() or abs(a.sum() - 1.0) > 1e-6:
        raise AnalysisInputError(f"alpha must be non-negative and sum to 1, got {a.sum():g}")
    return a


def _one_weight_set(part, indicators, directions, groups, alpha, per_year):
    """(scores, weights, obstacles) of observations sharing one weight set."""
    cost = np.array([d == "cost" for d in directions])
    x = scale(part[indicators].to_numpy(dtype=float), cost, indicators)
    w, e = entropy_weights(x)
    ids = part.drop(columns=indicators).reset_index(drop=True)
    scores = ids.copy()
    scores["score"] = topsis(x, w)
    scores["rank"] = scores.groupby("year")["score"].rank(ascending=False, method="min").astype(int)
    names = list(dict.fromkeys(groups))
    if len(names) > 1:
        u, names = subsystem_scores(x, w, groups)
        for i, g in enumerate(names):
            scores[f"U_{g}"] = u[:, i]
        c, t, d = coupling(u, alpha)
        for row in np.flatnonzero(u.max(axis=1) <= 0):
            scores.attrs.setdefault("notes", []).append(
                f"{_who(ids.iloc[int(row)])}: every subsystem score is 0, so C (a ratio over their mean) is undefined; C = D = 0"
            )
        scores["C"], scores["T"], scores["D"] = c, t, d
        _add_bands(scores)
    obst = obstacle_degree(x, w)
    top = np.argmax(obst, axis=1)
    scores["main_obstacle"] = [indicators[j] for j in top]
    weights = _weights_table(indicators, directions, groups, w, e)
    if per_year:
        weights.insert(0, "year", part["year"].iloc[0])
    obstacles = ids.loc[np.repeat(np.arange(len(ids)), len(indicators))].reset_index(drop=True)
    obstacles["indicator"] = np.tile(indicators, len(ids))
    obstacles["group"] = np.tile(groups, len(ids))
    obstacles["obstacle_pct"] = obst.ravel()
    obstacles["obstacle_rank"] = (
        obstacles.groupby(list(ids.columns))["obstacle_pct"].rank(ascending=False, method="min").astype(int)
    )
    return scores, weights, obstacles


def _who(row) -> str:
    """An observation's name and year for a note."""
    name = row.get("name_en", row.get("adcode", row.name))
    return f"{name} {row.get('year', '')}".strip()


def _add_bands(scores: pd.DataFrame) -> None:
    band = band_of(scores["D"])
    scores["band"] = band
    scores["band_zh"] = [translate("DevIndex", BANDS[b - 1], "zh_CN") for b in band]
    scores["band_en"] = [BANDS[b - 1] for b in band]


def _weights_table(indicators, directions, groups, w, e) -> pd.DataFrame:
    out = pd.DataFrame({"indicator": indicators, "group": groups, "direction": directions, "entropy": e, "weight": w})
    out["weight_in_group"] = out["weight"] / out.groupby("group")["weight"].transform("sum")
    return out
