<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>FieldValues</name>
    <message>
        <location filename="../../../gzmap/analysis/cross_k_tool.py" line="18" />
        <source>attraction</source>
        <extracomment>The pattern of each distance, in words (context FieldValues; "random" is the catalogue's own word).</extracomment>
        <translation>attraction</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/cross_k_tool.py" line="19" />
        <source>repulsion</source>
        <translation>repulsion</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="145" />
        <source>skipped {n} row(s) above the header</source>
        <extracomment>With a progress callback, text files larger than this (a parse of about 0.05 s) are handed to the parser at most ``_PROGRESS_BLOCK`` bytes per read, and each read reports progress (and so lets Cancel stop the parse). Parsing from a file object costs about 0.13 s per 100 MB more than from the path, so smaller files are parsed from the path in one go. At most this many cells of an Excel sheet are read (its real cells' extent, rows x columns). At most this many columns (Excel's own limit), in text files too. A text cell may be this large (the csv module's own limit, 128 KiB, refused whole files). What to do with the cells of a row beyond the header: "reject" the row or "keep" them in extra columns. Notes on how a table was read, said in the interface language (gzmap.io.messages.note).</extracomment>
        <translation>skipped {n} row(s) above the header</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="146" />
        <source>combined a two-row header (merged group cells)</source>
        <translation>combined a two-row header (merged group cells)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="147" />
        <source>kept the cells beyond the header in {n} extra column(s)</source>
        <translation>kept the cells beyond the header in {n} extra column(s)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="194" />
        <source>the file starts with a UTF-8 mark but is not UTF-8</source>
        <translation>the file starts with a UTF-8 mark but is not UTF-8</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="205" />
        <source>encoding guessed as {encoding} (not certain)</source>
        <translation>encoding guessed as {encoding} (not certain)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="236" />
        <source>encoding guessed as Shift_JIS (not certain; GBK/GB18030 also possible)</source>
        <translation>encoding guessed as Shift_JIS (not certain; GBK/GB18030 also possible)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="240" />
        <source>encoding guessed as GBK/GB18030 (not certain; Shift_JIS also possible)</source>
        <translation>encoding guessed as GBK/GB18030 (not certain; Shift_JIS also possible)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="660" />
        <source>not valid UTF-8 past the start of the file; read as GBK/GB18030</source>
        <translation>not valid UTF-8 past the start of the file; read as GBK/GB18030</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="893" />
        <source>some columns mix numbers and text; they are read as text</source>
        <extracomment>At most this many cells are added for the cells beyond the header (about 32 MB of float64); a wider parse skips the wide records instead (see :func:`_parse_records`).</extracomment>
        <translation>some columns mix numbers and text; they are read as text</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/tables.py" line="1192" />
        <source>header has merged cells</source>
        <translation>header has merged cells</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="80" />
        <source>column “{name}”, which mentions “{word}”</source>
        <extracomment>Roles a column can play, in the order the import wizard shows them. A datum suggestion's reason in words, by kind (and by projection name), said in the UI language.</extracomment>
        <translation>column “{name}”, which mentions “{word}”</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="81" />
        <source>file name “{name}”, which mentions “{word}”</source>
        <translation>file name “{name}”, which mentions “{word}”</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="82" />
        <source>the provenance file “{name}”</source>
        <translation>the provenance file “{name}”</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="83" />
        <source>the file's coordinate reference system</source>
        <translation>the file's coordinate reference system</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="84" />
        <source>eastings carry zone prefix 38 (CGCS2000 3-degree Gauss-Kruger zone 38)</source>
        <translation>eastings carry zone prefix 38 (CGCS2000 3-degree Gauss-Kruger zone 38)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="87" />
        <source>metre coordinates typical of UTM zone 49N around Guangzhou</source>
        <translation>metre coordinates typical of UTM zone 49N around Guangzhou</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="88" />
        <source>metre coordinates typical of CGCS2000 3-degree GK CM 114E</source>
        <translation>metre coordinates typical of CGCS2000 3-degree GK CM 114E</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="89" />
        <source>projected coordinates in metres; choose their EPSG code</source>
        <translation>projected coordinates in metres; choose their EPSG code</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="582" />
        <source>coordinates recognised by their values: {lon}, {lat}</source>
        <extracomment>The reason given when a point file's own CRS suggests the datum.</extracomment>
        <translation>coordinates recognised by their values: {lon}, {lat}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/columns.py" line="611" />
        <source>{lon!r} holds latitudes and {lat!r} longitudes: swapped</source>
        <translation>{lon!r} holds latitudes and {lat!r} longitudes: swapped</translation>
    </message>
</context>
<context>
    <name>Summaries</name>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="21" />
        <source>{clusters:,} clusters, {noise:,} noise points of {points:,}</source>
        <translation>{clusters:,} clusters, {noise:,} noise points of {points:,}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="47" />
        <source>{rows:,} x {cols:,} cells of {cell:g} m, peak {peak:,.1f} {unit}</source>
        <translation>{rows:,} x {cols:,} cells of {cell:g} m, peak {peak:,.1f} {unit}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="25" />
        <source>{cells:,} cells of {cell:g} m: {hot:,} hot, {cold:,} cold (95% confidence or more)</source>
        <translation>{cells:,} cells of {cell:g} m: {hot:,} hot, {cold:,} cold (95% confidence or more)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/lq_tool.py" line="64" />
        <source>{districts} districts x {subsectors} sub-sectors</source>
        <translation>{districts} districts x {subsectors} sub-sectors</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/lq_tool.py" line="69" />
        <source>{n:,} points outside every district left out</source>
        <translation>{n:,} points outside every district left out</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/ellipse_tool.py" line="29" />
        <source>{n:,} ellipses of {std} standard deviation(s)</source>
        <translation>{n:,} ellipses of {std} standard deviation(s)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/ellipse_tool.py" line="33" />
        <source>{n:,} ellipses of {std} standard deviation(s), {drift:,} drift lines</source>
        <translation>{n:,} ellipses of {std} standard deviation(s), {drift:,} drift lines</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/ellipse_tool.py" line="37" />
        <source>{n:,} groups and periods with fewer than 3 points have none (listed in the table)</source>
        <translation>{n:,} groups and periods with fewer than 3 points have none (listed in the table)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/cross_k_tool.py" line="33" />
        <source>cross-L of {a} and {b} at {n} distances up to {max:g} m</source>
        <translation>cross-L of {a} and {b} at {n} distances up to {max:g} m</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/cross_k_tool.py" line="40" />
        <source>cross-L of {a} and {b} at {n} distances up to {max:g} m: {attraction} attraction, {random} random, {repulsion} repulsion</source>
        <translation>cross-L of {a} and {b} at {n} distances up to {max:g} m: {attraction} attraction, {random} random, {repulsion} repulsion</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging_tool.py" line="25" />
        <source>{n:,} locations of {cell:g} m over {steps} steps ({first}-{last}), band {band:g} m: {hot:,} hot-spot and {cold:,} cold-spot patterns</source>
        <translation>{n:,} locations of {cell:g} m over {steps} steps ({first}-{last}), band {band:g} m: {hot:,} hot-spot and {cold:,} cold-spot patterns</translation>
    </message>
</context>
</TS>