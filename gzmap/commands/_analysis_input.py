"""Reading the input of the analysis commands (clusters, density, hotspots, lq).

A point table (CSV/TXT/Excel) goes through the enterprise import
(:func:`gzmap.io.enterprises.import_file`: columns and datum detected,
converted to WGS84, every rejected row written to ``<OUT>.rejected.csv``);
any other file through :func:`gzmap.io.vector.read_vector`.
"""

from __future__ import annotations

import sys
from pathlib import Path


def read_points(path, out, columns=None):
    """GeoDataFrame of the points in ``path``; ``columns`` limits attributes read from vector files.

    When every row of a table is rejected, raises one :class:`ReadError`
    naming the file, the most common reason and where the rows were saved
    (and prints nothing else).
    """
    from gzmap.io.tables import is_table

    path = Path(path)
    if is_table(path):
        from gzmap.io.enterprises import import_file
        from gzmap.io.errors import ReadError

        res = import_file(path)
        if res.n_rejected:
            rej = Path(str(out) + ".rejected.csv")
            saved = _save_rejected(res, rej)
            if res.n_accepted == 0:
                raise ReadError(path, _all_rejected(res, rej if saved else None))
            listed = f"listed in {rej}" if saved else "the list could not be saved"
            print(f"{path}: {res.n_rejected} of {res.rows_read} rows rejected ({listed})", file=sys.stderr)
        if res.datum_assumed:
            print(f"{path}: datum not stated, assumed {res.source_datum}", file=sys.stderr)
        return res.accepted
    from gzmap.io.vector import read_vector

    return read_vector(path, columns=columns, use_arrow=True)


def _save_rejected(res, path: Path) -> bool:
    """Write the rejected rows beside the output; False when that cannot be done (the run goes on)."""
    try:
        res.save_rejected(path)
        return True
    except OSError:
        return False


def _all_rejected(res, saved: Path | None) -> str:
    """The reason for a table none of whose rows could be used, with the most common rejection."""
    top = res.top_reasons(1)
    most = top[0].partition(": ")[2] if top else "see the rejected rows"
    where = f"; they are listed in {saved}" if saved is not None else ""
    return f"all {res.rows_read} rows rejected, most often: {most}{where}"


def check_output(inp, out, suffixes):
    """Refuse to overwrite the input or write an unsupported format (one-line messages)."""
    out = Path(out)
    if out.suffix.lower() not in suffixes:
        raise ValueError(f"{out}: output must end in {' or '.join(suffixes)}")
    if Path(inp).exists() and out.exists() and out.resolve() == Path(inp).resolve():
        raise ValueError(f"{out}: output would overwrite the input; choose another file name")
    if not out.parent.exists():
        raise ValueError(f"{out.parent}: folder does not exist")
    return out


def write_gpkg(gdf, path, layer, *, append=False):
    """Write a GeoDataFrame as one layer of a GeoPackage (replacing the file unless ``append``)."""
    import pyogrio

    if not append and Path(path).exists():
        Path(path).unlink()
    df = gdf.copy()
    for col in df.columns:  # categoricals and nullable strings as plain text for GDAL
        if col != df.geometry.name and (str(df[col].dtype) in ("category", "string")):
            df[col] = df[col].astype(object)
    pyogrio.write_dataframe(df, path, layer=layer, driver="GPKG", append=append, use_arrow=True)
