"""The analysis commands (clusters, density, hotspots, lq), generated from their declarations.

:func:`add_command` makes a sub-command's arguments from the analysis's
declaration (:mod:`gzmap.analysis.registry`): one option per parameter, with
its default, help, choices and bounds (a value out of bounds is a one-line
usage error). :func:`run_command` reads the input, calls the one
orchestration (:func:`gzmap.analysis.registry.run`) and writes the declared
outputs: vector outputs as layers of the output GeoPackage, a raster as the
GeoTIFF, tables as CSV beside it.

A point table (CSV/TXT/Excel) goes through the enterprise import
(:func:`gzmap.io.enterprises.import_file`: columns and datum detected,
converted to WGS84, every rejected row written to ``<OUT>.rejected.csv``);
any other file through :func:`gzmap.io.vector.read_vector`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gzmap.analysis.registry import Analysis
from gzmap.analysis.registry import Param
from gzmap.analysis.registry import get

_SUFFIXES = {"vector": [".gpkg"], "raster": [".tif", ".tiff"], "table": [".csv"]}
_OUTPUT_HELP = {"vector": "output GeoPackage (.gpkg)", "raster": "output GeoTIFF (.tif)", "table": "output CSV"}


def add_command(sub: argparse._SubParsersAction, analysis_id: str, run) -> argparse.ArgumentParser:
    """The sub-command of a declared analysis: ``input``, ``-o OUT``, one option per parameter."""
    decl = get(analysis_id)
    what = decl.description or decl.help
    p = sub.add_parser(
        decl.command, help=decl.help, description=what, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("input", help=decl.inputs[0].help)
    p.add_argument("-o", "--output", required=True, help=_OUTPUT_HELP[_main_kind(decl)])
    for extra in decl.inputs[1:]:
        p.add_argument(f"--{extra.name}", dest=f"input_{extra.name}", metavar=extra.name.upper(), help=extra.help)
    for param in decl.params:
        if param.cli:
            _add_param(p, param)
    for out in decl.outputs:
        if out.flag:
            p.add_argument(out.flag, dest=f"output_{out.name}", metavar=out.name.upper(), help=out.help)
    p.add_argument(
        "--data-names",
        action="store_true",
        help="write CSV tables with the data's own column names and codes (for scripts) instead of "
        "the column names and words of the interface language",
    )
    add_dask_options(p)
    p.set_defaults(func=run)
    return p


def add_dask_options(p: argparse.ArgumentParser) -> None:
    """``--dask local[:N]|tcp://HOST:PORT`` and ``--dask-timeout`` (docs/scale.md); Dask loads only when given."""
    p.add_argument(
        "--dask",
        metavar="WHERE",
        help="run on Dask: local[:N] (N worker processes here) or a scheduler address tcp://HOST:8786",
    )
    p.add_argument(
        "--dask-timeout", type=float, default=10.0, metavar="S", help="seconds to wait for the scheduler (default 10)"
    )
    p.add_argument(
        "--dask-scratch",
        metavar="DIR",
        help="a folder every worker sees, for an analysis job's temporary files (default: this machine's temp folder)",
    )


def dask_engine(args):
    """The :class:`~gzmap.analysis.distributed.cluster.Engine` of ``--dask``, or None without it."""
    if not getattr(args, "dask", None):
        return None
    from dataclasses import replace

    from gzmap.analysis.distributed.cluster import parse_engine

    engine = parse_engine(args.dask, timeout=args.dask_timeout)
    scratch = getattr(args, "dask_scratch", None)
    if scratch and not Path(scratch).is_dir():
        raise ValueError(f"--dask-scratch {scratch}: no such folder")
    return replace(engine, scratch=scratch) if scratch else engine


def _add_param(p: argparse.ArgumentParser, param: Param) -> None:
    flag = param.flag or "--" + param.name.replace("_", "-")
    helptext = param.help + _default_note(param)
    if param.type == "bool":
        p.add_argument(flag, dest=param.name, action="store_true", help=helptext)
    elif param.type == "choice":
        p.add_argument(flag, dest=param.name, choices=list(param.values), default=param.default, help=helptext)
    else:
        p.add_argument(
            flag,
            dest=param.name,
            type=_converter(param),
            default=param.default,
            help=helptext,
            metavar=flag.lstrip("-").replace("-", "_").upper(),
        )


def _default_note(param: Param) -> str:
    if param.default is None or param.type == "bool" or "(default" in param.help:
        return ""
    value = f"{param.default:g}" if isinstance(param.default, float) else str(param.default)
    return f" (default {value})"


def _converter(param: Param):
    """argparse ``type``: the parameter's own check, its message as the usage error."""

    def convert(value: str):
        from gzmap.analysis.metric import AnalysisInputError

        try:
            return param.check(value)
        except AnalysisInputError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    convert.__name__ = param.type
    return convert


def _main_kind(decl: Analysis) -> str:
    kinds = [o.kind for o in decl.outputs]
    return "vector" if "vector" in kinds else ("raster" if "raster" in kinds else "table")


def run_command(args, analysis_id: str, read=None) -> int:
    """Read ``args.input``, run the analysis with the parsed parameters, write its outputs, print one line.

    ``read(args, out)`` returns the points, or a dict of every input (default:
    :func:`read_inputs`). The line and the CSV tables are in the interface
    language (``args.ui_lang``): column names and coded values as the window
    shows them (:func:`gzmap.core.fields.display_frame`), unless ``--data-names``.
    """
    from gzmap.analysis.registry import run
    from gzmap.core.i18n import say
    from gzmap.io.errors import check_writable
    from gzmap.io.messages import text

    lang = getattr(args, "ui_lang", None) or "en"

    decl = get(analysis_id)
    kind = _main_kind(decl)
    out = check_output(args.input, check_writable(args.output), _SUFFIXES[kind])
    side = _side_tables(args, decl, out, kind)
    engine = dask_engine(args)
    if engine is not None:  # the points stay a path for the workers; the other inputs are read here
        inputs = read_inputs(args, decl, out, first=False, lang=lang)
        inputs.update({decl.inputs[0].name: Path(args.input), "rejected_to": Path(str(out) + ".rejected.csv")})
    else:
        got = read(args, out) if read else read_inputs(args, decl, out, lang=lang)
        inputs = got if isinstance(got, dict) else {decl.inputs[0].name: got}
    params = {p.name: getattr(args, p.name) for p in decl.params if p.cli}
    result = run(analysis_id, inputs, params, engine=engine)
    if engine is not None and inputs.get("staged") is not None and inputs["staged"].n_rejected:
        staged = inputs["staged"]
        line = text("rows_rejected", lang, n=staged.n_rejected, total=staged.rows_read, file=inputs["rejected_to"])
        print(f"{args.input}: {line}", file=sys.stderr)
    table_lang = None if getattr(args, "data_names", False) else lang
    wrote = _write(decl, result, out, kind, side, table_lang)
    print(text("wrote", lang, summary=say(result.summary, lang), files=", ".join(wrote)))
    return 0


def _side_tables(args, decl: Analysis, out: Path, kind: str) -> dict:
    """Output name -> path of the tables written beside the main output (checked before any work)."""
    from gzmap.io.errors import check_writable

    tables = [o for o in decl.outputs if o.kind == "table"]
    if kind == "table":
        tables = tables[1:]  # the first table is the output itself
    paths = {}
    for o in tables:
        given = getattr(args, f"output_{o.name}", None) if o.flag else None
        if given or o.suffix:
            paths[o.name] = check_writable(given) if given else out.with_name(out.stem + o.suffix + ".csv")
    return paths


def _write(decl: Analysis, result, out: Path, kind: str, side: dict, lang: str | None) -> list[str]:
    """Write the outputs; returns how each file is named in the closing line. CSV tables as a user reads
    them in ``lang`` (None: the data's own column names and codes)."""
    from gzmap.io.errors import writing
    from gzmap.io.messages import text

    with writing(out):
        if kind == "vector":
            layers = [o.name for o in decl.outputs if o.kind == "vector"]
            written = [name for i, name in enumerate(layers) if i == 0 or len(result.output(name))]
            write_gpkg_layers({name: result.output(name) for name in written}, out)
            first = text("layers", lang or "en", file=out, names=", ".join(written)) if len(written) > 1 else str(out)
        elif kind == "raster":
            from gzmap.analysis.kde import save_geotiff

            save_geotiff(result.output(next(o.name for o in decl.outputs if o.kind == "raster")), out)
            first = str(out)
        else:
            _write_table(result.output(decl.outputs[0].name), out, lang)
            first = str(out)
    for name, path in side.items():
        with writing(path):
            _write_table(result.output(name), path, lang)
    return [first] + [str(path) if kind != "table" else path.name for path in side.values()]


def read_inputs(args, decl: Analysis, out, first: bool = True, lang: str = "en") -> dict:
    """Every declared input: the positional one (unless not ``first``) and the ``--<name>`` options given.

    Points and layers are read (:func:`read_points`); a table input
    (``kind = "table"``) is checked to be a table file (:func:`table_input`) and
    passed on as its path, for the analysis to read with its own reader.
    """
    inputs = {}
    for i, spec in enumerate(decl.inputs):
        path = args.input if i == 0 else getattr(args, f"input_{spec.name}", None)
        if path is None or (i == 0 and not first):
            continue
        if spec.kind == "table":
            inputs[spec.name] = table_input(path)
        else:
            inputs[spec.name] = read_points(path, out if i == 0 else Path(f"{out}.{spec.name}"), lang=lang)
    return inputs


def table_input(path) -> Path:
    """The path of a table input (a CSV/TXT/Excel file, read by the analysis through
    :func:`gzmap.io.tables.read_table`); ReadError when it is missing or not a table."""
    from gzmap.io.errors import ReadError
    from gzmap.io.tables import TABLE_SUFFIXES
    from gzmap.io.tables import is_table

    path = Path(path)
    if not path.is_file():
        raise ReadError(path, "file not found", kind="missing")
    if not is_table(path):
        raise ReadError(path, f"not a table: expected {', '.join(sorted(TABLE_SUFFIXES))}", kind="format")
    return path


def read_points(path, out, columns=None, lang: str = "en"):
    """GeoDataFrame of the points in ``path``; ``columns`` limits attributes read from vector files.

    When every row of a table is rejected, raises one :class:`ReadError`
    naming the file, the most common reason and where the rows were saved
    (and prints nothing else). What it prints is in ``lang``.
    """
    from gzmap.core.fields import datum_text
    from gzmap.io.messages import text
    from gzmap.io.tables import is_table

    path = Path(path)
    if path.is_dir() and (path.suffix.lower() == ".parquet" or any(path.glob("*.parquet"))):
        return read_parquet_folder(path, columns)  # a folder of GeoParquet files (gzmap partition)
    if is_table(path):
        from gzmap.io.enterprises import import_file
        from gzmap.io.errors import ReadError

        res = import_file(path)
        if res.n_rejected:
            rej = Path(str(out) + ".rejected.csv")
            saved = _save_rejected(res, rej)
            if res.n_accepted == 0:
                raise ReadError(path, _all_rejected(res, rej if saved else None, lang))
            kind = "rows_rejected" if saved else "rows_rejected_unsaved"
            line = text(kind, lang, n=res.n_rejected, total=res.rows_read, file=rej)
            print(f"{path}: {line}", file=sys.stderr)
        if res.datum_assumed:
            line = text("datum_assumed", lang, datum=datum_text(res.source_datum))
            print(f"{path}: {line}", file=sys.stderr)
        return res.accepted
    from gzmap.io.vector import read_vector

    return read_vector(path, columns=columns, use_arrow=True)


def read_parquet_folder(path: Path, columns=None):
    """The points of a folder of GeoParquet files as one GeoDataFrame (schemas checked first)."""
    import pandas as pd

    from gzmap.analysis.distributed.dataset import open_dataset
    from gzmap.analysis.distributed.dataset import read_part

    ds = open_dataset(path)
    cols = None if columns is None else [c for c in columns if c in ds.columns]
    parts = [read_part(f, cols) for f in ds.files]
    return pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]


def _save_rejected(res, path: Path) -> bool:
    """Write the rejected rows beside the output; False when that cannot be done (the run goes on)."""
    try:
        res.save_rejected(path)
        return True
    except OSError:
        return False


def _all_rejected(res, saved: Path | None, lang: str = "en") -> str:
    """The reason for a table none of whose rows could be used, with the most common rejection."""
    from gzmap.io.messages import text

    code = res.reason_counts()[0][0]
    most = res.reason_text(code, lang)
    if saved is None:
        return text("all_rejected", lang, n=res.rows_read, reason=most)
    return text("all_rejected_listed", lang, n=res.rows_read, reason=most, file=saved)


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


def _write_table(df, path, lang: str | None = None) -> None:
    """Write ``df`` as a CSV table: as a user reads it in ``lang`` (display names, codes in words,
    counts whole, money rounded to its unit), or with the data's own names when ``lang`` is None."""
    from gzmap.core.fields import display_frame
    from gzmap.io.table_writer import write_table

    write_table(display_frame(df, lang, rounded=True) if lang else df, path)


def write_gpkg_layers(frames: dict, path) -> None:
    """Write GeoDataFrames (layer name -> frame) as the layers of one new GeoPackage."""
    for i, (layer, gdf) in enumerate(frames.items()):
        write_gpkg(gdf, path, layer, append=i > 0)


def write_gpkg(gdf, path, layer, *, append=False):
    """Write a GeoDataFrame as one layer of a GeoPackage (replacing the file unless ``append``)."""
    import pyogrio

    if not append and Path(path).exists():
        Path(path).unlink()
    text = [c for c in gdf.columns if c != gdf.geometry.name and str(gdf[c].dtype) in ("category", "string")]
    df = gdf.copy(deep=False) if text else gdf  # only the converted columns are new arrays
    for col in text:  # categoricals and nullable strings as plain text for GDAL
        df[col] = gdf[col].astype(object)
    pyogrio.write_dataframe(df, path, layer=layer, driver="GPKG", append=append, use_arrow=True)
