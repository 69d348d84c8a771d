"""The order a result table is first shown in: by what its rows mean, not by their ids.

* cluster profiles (``cluster``, ``n_points``): the largest cluster first, noise (``cluster`` -1)
  last;
* tables of a statistic's z-score (``gi_z``, ``lisa_z``, ``z``): the highest z first (the hottest
  cell, the most clustered sub-sector), rows without a z last; a total row (``subsector``
  ``(all)``) stays on top;
* Gi* class counts (``gi_class``): hottest class first;
* location quotients (``lq``): the highest first.

Anything else keeps the order the analysis gave. The table stays sortable by any column.
"""

from __future__ import annotations

__all__ = ["by_meaning"]

#: (column, descending) tried in turn; the first column the table has decides.
_KEYS = (("gi_z", True), ("lisa_z", True), ("z", True), ("gi_class", True), ("lq", True))


def by_meaning(df):
    """``df`` (a DataFrame) reordered as the module says; a new frame, its index reset."""
    import pandas as pd

    if df is None or not len(df):
        return df
    if {"cluster", "n_points"} <= set(df.columns):
        noise = pd.to_numeric(df["cluster"], errors="coerce") < 0
        size = pd.to_numeric(df["n_points"], errors="coerce")
        order = df.assign(_noise=noise, _size=size).sort_values(
            ["_noise", "_size"], ascending=[True, False], kind="stable"
        )
        return order.drop(columns=["_noise", "_size"]).reset_index(drop=True)
    for column, descending in _KEYS:
        if column in df.columns:
            key = pd.to_numeric(df[column], errors="coerce")
            if not descending:
                key = -key
            total = df["subsector"].astype(str).eq("(all)") if "subsector" in df.columns else False
            order = df.assign(_total=total, _key=key).sort_values(
                ["_total", "_key"], ascending=[False, False], na_position="last", kind="stable"
            )
            return order.drop(columns=["_total", "_key"]).reset_index(drop=True)
    return df
