"""``gzmap convert IN OUT --from gcj02 --to wgs84``: change the datum of a point table or vector file.

Input: CSV/TXT/Excel point tables (coordinates detected as in the import
wizard) or any vector file GDAL reads. Output by OUT's suffix:

* ``.csv`` / ``.xlsx``: the original columns with the coordinate columns
  rewritten in the target datum (decimal degrees, 7 decimals ~ 1 cm; a
  combined "lon,lat" column is rewritten the same way);
* ``.geojson``, ``.gpkg``, ``.shp``, ``.parquet``, ``.fgb``, ``.kml``: point
  (or any) geometries in the target datum.

Rows that cannot be placed are written to ``OUT.rejected.csv`` beside OUT
with the file row, reason and original values.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from gzmap.io.messages import text

_DRIVERS = {
    ".geojson": "GeoJSON",
    ".json": "GeoJSON",
    ".gpkg": "GPKG",
    ".shp": "ESRI Shapefile",
    ".fgb": "FlatGeobuf",
    ".kml": "KML",
}
_TABLE_OUT = {".csv", ".txt", ".xlsx"}


class ConvertError(Exception):
    """A one-line reason the conversion cannot run."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "convert",
        help="convert a point table or vector file between datums (WGS84, GCJ-02, BD-09, CGCS2000, EPSG:NNNN)",
    )
    p.add_argument("input")
    p.add_argument("output")
    source = "source datum: wgs84, gcj02, bd09, cgcs2000 or EPSG:NNNN (default: the file's CRS or a column-name hint)"
    p.add_argument("--from", dest="src", help=source)
    p.add_argument("--to", dest="dst", default="wgs84", help="target datum (default wgs84)")
    far = "keep points far from the Greater Bay Area instead of rejecting them"
    p.add_argument("--no-study-area", action="store_true", help=far)
    p.add_argument("--keep-duplicates", action="store_true", help="keep exact duplicate rows")
    from gzmap.commands._analysis_input import add_dask_options

    add_dask_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from gzmap.core import datums
    from gzmap.io.enterprises import ImportOptions
    from gzmap.io.enterprises import import_file

    src_path, out = Path(args.input), Path(args.output)
    if out.resolve() == src_path.resolve():
        raise ConvertError(f"{out}: output would overwrite the input; choose another file name")
    suffix = out.suffix.lower()
    if suffix not in _TABLE_OUT and suffix not in _DRIVERS and suffix not in {".parquet", ".geoparquet"}:
        raise ConvertError(
            f"{out}: unsupported output format {suffix!r}; use .csv, .xlsx, .geojson, .gpkg, .shp, "
            ".parquet, .fgb or .kml"
        )
    dst = datums.normalize_datum(args.dst)
    opts = ImportOptions(
        source_datum=args.src,
        study_area=None if args.no_study_area else ImportOptions().study_area,
        drop_duplicates=not args.keep_duplicates,
    )
    if getattr(args, "dask", None):
        return _run_dask(args, src_path, out, opts, dst)
    res = import_file(src_path, opts)
    lang = getattr(args, "ui_lang", None) or "en"
    if res.datum_assumed and args.src is None:
        raise ConvertError(
            f"{src_path}: the file does not say its datum; give it with --from "
            "(wgs84, gcj02, bd09, cgcs2000 or EPSG:NNNN)"
        )
    gdf = res.accepted
    x = gdf.geometry.x.to_numpy()
    y = gdf.geometry.y.to_numpy()
    nx, ny = datums.convert(x, y, "wgs84", dst) if len(gdf) else (x, y)
    m = res.mapping
    std = ["name", "address", "subsector", "employees", "revenue", "founded", "source_row"]
    if suffix in _TABLE_OUT:
        df = gdf.drop(columns=[gdf.geometry.name] + [c for c in std if c in gdf.columns and _added(c, m)])
        digits = 7 if datums.is_geographic(dst) else 3
        if m.coords:
            a, b = (ny, nx) if m.coords_order == "latlon" else (nx, ny)
            df[m.coords] = [f"{p:.{digits}f},{q:.{digits}f}" for p, q in zip(a, b)]
        elif m.lon and m.lat:
            df[m.lon] = nx.round(digits)
            df[m.lat] = ny.round(digits)
        else:  # a vector input written as a table: add coordinate columns
            df["lon" if datums.is_geographic(dst) else "x"] = nx.round(digits)
            df["lat" if datums.is_geographic(dst) else "y"] = ny.round(digits)
        from gzmap.io.table_writer import write_table

        write_table(df, out)
    else:
        import geopandas as gpd

        crs = "EPSG:4326" if dst in ("wgs84", "gcj02", "bd09") else ("EPSG:4490" if dst == "cgcs2000" else dst)
        data = gdf.drop(columns=[gdf.geometry.name])
        if "subsector" in data:
            data["subsector"] = data["subsector"].astype(object)
        out_gdf = gpd.GeoDataFrame(data, geometry=gpd.points_from_xy(nx, ny), crs=crs)
        if suffix in {".parquet", ".geoparquet"}:
            out_gdf.to_parquet(out)
        else:
            import pyogrio

            pyogrio.write_dataframe(out_gdf, out, driver=_DRIVERS[suffix])
        _say_no_epsg(dst, out, lang)
    written = _written(res.n_accepted, res.source_datum, dst, lang)
    print_summary(src_path, out, res, written, res.reading_notes(), lang)
    if res.n_rejected:
        rej = out.with_name(out.stem + ".rejected.csv")
        res.save_rejected(rej)
        print(text("rejected_file", lang, file=rej))
    return 0


def print_summary(src, out, res, written: str, notes=(), lang: str = "en") -> None:
    """The lines a conversion prints in ``lang``: rows read, what was written, rejected rows and their
    commonest reasons, the reading notes."""
    from gzmap.core.i18n import say

    print(text("converted", lang, src=src, out=out, read=res.rows_read, written=written, rejected=res.n_rejected))
    for line in res.top_reasons(lang=lang):
        print("  " + line)
    for note in notes:
        print("  " + text("note", lang, message=say(note, lang)))


def _written(n: int, source: str, target: str, lang: str) -> str:
    from gzmap.core.fields import datum_text

    return text("written", lang, n=n, source=datum_text(source), target=datum_text(target))


def _say_no_epsg(dst: str, out: Path, lang: str) -> None:
    if dst in ("gcj02", "bd09"):
        from gzmap.core.fields import datum_text

        print(text("no_epsg", lang, datum=datum_text(dst), file=out.name))


def _added(col: str, mapping) -> bool:
    """True when ``col`` is a standard column the importer added (not one of the file's own)."""
    if col == "source_row":
        return True
    src = mapping.category if col == "subsector" else getattr(mapping, col, None)
    return src != col


def _run_dask(args, src_path: Path, out: Path, opts, dst: str) -> int:
    """``--dask``: the table converted block by block on the cluster into the GeoParquet folder OUT."""
    from gzmap.analysis.distributed.convert import convert_table
    from gzmap.commands._analysis_input import dask_engine

    if out.suffix.lower() not in {".parquet", ".geoparquet"}:
        raise ConvertError(f"{out}: with --dask the output is a folder of GeoParquet files; name it OUT.parquet")
    crs = "EPSG:4326" if dst in ("wgs84", "gcj02", "bd09") else ("EPSG:4490" if dst == "cgcs2000" else dst)
    with dask_engine(args).client() as client:
        staged = convert_table(client, src_path, out, opts, dst, crs)
    if staged.datum_assumed and args.src is None:
        raise ConvertError(
            f"{src_path}: the file does not say its datum; give it with --from "
            "(wgs84, gcj02, bd09, cgcs2000 or EPSG:NNNN)"
        )
    lang = getattr(args, "ui_lang", None) or "en"
    _say_no_epsg(dst, out, lang)
    print_summary(src_path, out, staged, _written(staged.n_accepted, staged.source_datum, dst, lang), lang=lang)
    if staged.n_rejected:
        print(text("rejected_blocks", lang, file=out / "_rejected"))
    return 0
