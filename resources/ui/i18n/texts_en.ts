<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Classification</name>
    <message>
        <location filename="../../../gzmap/analysis/indicators.py" line="49" />
        <source>Quantiles</source>
        <extracomment>Classification schemes offered to users: mapclassify name -&gt; (中文, English).</extracomment>
        <translation>Quantiles</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/indicators.py" line="50" />
        <source>Natural breaks (Fisher-Jenks)</source>
        <translation>Natural breaks (Fisher-Jenks)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/indicators.py" line="51" />
        <source>Equal interval</source>
        <translation>Equal interval</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/indicators.py" line="52" />
        <source>Standard deviation</source>
        <translation>Standard deviation</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/indicators.py" line="53" />
        <source>Box plot</source>
        <translation>Box plot</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/indicators.py" line="54" />
        <source>Manual breaks</source>
        <translation>Manual breaks</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="25" />
        <source>file not found</source>
        <extracomment>kind -&gt; (English, Simplified Chinese). ``{folder}``, ``{command}``, ``{row}``, ``{column}``, ``{n}`` and ``{message}`` are filled in by :func:`text`.</extracomment>
        <translation>file not found</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="26" />
        <source>is a folder, not a file</source>
        <translation>is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="27" />
        <source>the file is empty (0 bytes)</source>
        <translation>the file is empty (0 bytes)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="28" />
        <source>permission denied: you may not open this file or write in its folder</source>
        <translation>permission denied: you may not open this file or write in its folder</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="29" />
        <source>the file is read-only; choose another file name or make the file writable</source>
        <translation>the file is read-only; choose another file name or make the file writable</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="32" />
        <source>the disk is read-only (read-only file system); write to another folder</source>
        <translation>the disk is read-only (read-only file system); write to another folder</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="33" />
        <source>the disk is full; free some space or write to another disk</source>
        <translation>the disk is full; free some space or write to another disk</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="34" />
        <source>the file is locked by another program; close that program and try again</source>
        <translation>the file is locked by another program; close that program and try again</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="35" />
        <source>unknown or unsupported file format, or a damaged file</source>
        <translation>unknown or unsupported file format, or a damaged file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="36" />
        <source>the shapefile is incomplete: its .shx or .dbf file is missing beside it</source>
        <translation>the shapefile is incomplete: its .shx or .dbf file is missing beside it</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="39" />
        <source>the folder {folder} does not exist; create it or choose another folder</source>
        <translation>the folder {folder} does not exist; create it or choose another folder</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="40" />
        <source>{folder} is not a folder</source>
        <translation>{folder} is not a folder</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="41" />
        <source>not enough memory to finish; close other programs or use a smaller file</source>
        <translation>not enough memory to finish; close other programs or use a smaller file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="42" />
        <source>could not be written; run again with --debug for the details</source>
        <translation>could not be written; run again with --debug for the details</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="43" />
        <source>could not be processed because of an unexpected problem; run again with --debug for the details</source>
        <translation>could not be processed because of an unexpected problem; run again with --debug for the details</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="46" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="47" />
        <source>warning: {message}</source>
        <translation>warning: {message}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="48" />
        <source>details: {message}</source>
        <translation>details: {message}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="49" />
        <source>{message}; see '{command} --help'</source>
        <translation>{message}; see '{command} --help'</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="50" />
        <source>, row {row}</source>
        <translation>, row {row}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="51" />
        <source>, column {column!r}</source>
        <translation>, column {column!r}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="52" />
        <source>{n} row(s) match no region</source>
        <translation>{n} row(s) match no region</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="53" />
        <source>{n} problem(s) with values (--strict)</source>
        <translation>{n} problem(s) with values (--strict)</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="69" />
        <source>more cells than the header</source>
        <extracomment>(min lon, min lat, max lon, max lat), WGS84 degrees: the Greater Bay Area with a margin of about 100 km. Points outside it are "far outside the study area". Reason codes of rejected rows: (English, Chinese) messages.</extracomment>
        <translation>more cells than the header</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="70" />
        <source>empty row</source>
        <translation>empty row</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="71" />
        <source>no coordinates</source>
        <translation>no coordinates</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="72" />
        <source>coordinate is not a number</source>
        <translation>coordinate is not a number</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="73" />
        <source>not a valid longitude/latitude</source>
        <translation>not a valid longitude/latitude</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="74" />
        <source>latitude and longitude look swapped</source>
        <translation>latitude and longitude look swapped</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="75" />
        <source>outside China</source>
        <translation>outside China</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="76" />
        <source>far outside the study area</source>
        <translation>far outside the study area</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="77" />
        <source>exact duplicate of an earlier row</source>
        <translation>exact duplicate of an earlier row</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="78" />
        <source>unknown category</source>
        <translation>unknown category</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="79" />
        <source>geometry is not a point</source>
        <translation>geometry is not a point</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="85" />
        <source>{reason}: {value}</source>
        <extracomment>How a rejected row's details and the reason counts are worded (context "ImportReasons").</extracomment>
        <translation>{reason}: {value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="86" />
        <source>exact duplicate of row {row}</source>
        <translation>exact duplicate of row {row}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="87" />
        <source>{reason}: {position} (WGS84 longitude, latitude; source datum {datum})</source>
        <translation>{reason}: {position} (WGS84 longitude, latitude; source datum {datum})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="90" />
        <source>{value} is not a number; left empty</source>
        <translation>{value} is not a number; left empty</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="91" />
        <source>1 row: {reason} (e.g. row {row})</source>
        <translation>1 row: {reason} (e.g. row {row})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="93" />
        <source>1 row: {reason} (e.g. row {row}, column {column!r})</source>
        <translation>1 row: {reason} (e.g. row {row}, column {column!r})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="94" />
        <source>{n} rows: {reason} (e.g. row {row}, column {column!r})</source>
        <translation>{n} rows: {reason} (e.g. row {row}, column {column!r})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="92" />
        <source>{n} rows: {reason} (e.g. row {row})</source>
        <translation>{n} rows: {reason} (e.g. row {row})</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="15" />
        <source>Legend</source>
        <extracomment>Fixed words printed on the page, marked for translation (English source text).</extracomment>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="16" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="17" />
        <source>Map date</source>
        <translation>Map date</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="18" />
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="19" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="20" />
        <source>Projection: Web Mercator (EPSG:3857); coordinates WGS84; scale true at the map's centre latitude</source>
        <translation>Projection: Web Mercator (EPSG:3857); coordinates WGS84; scale true at the map's centre latitude</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="23" />
        <source>synthetic sample data, not real enterprises</source>
        <translation>synthetic sample data, not real enterprises</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="30" />
        <source>GZMap analysis</source>
        <translation>GZMap analysis</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="31" />
        <source>Counts: within {area}</source>
        <translation>Counts: within {area}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="24" />
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="25" />
        <source>Location in the Greater Bay Area</source>
        <translation>Location in the Greater Bay Area</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="26" />
        <source>Location in Guangzhou</source>
        <translation>Location in Guangzhou</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="27" />
        <source>Location in Guangdong</source>
        <translation>Location in Guangdong</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="28" />
        <source>Location in China</source>
        <translation>Location in China</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="29" />
        <source>Made with GZMap</source>
        <translation>Made with GZMap</translation>
    </message>
</context>
</TS>