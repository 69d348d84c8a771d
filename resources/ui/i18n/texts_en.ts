<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Classification</name>
    <message>
        <location filename="../../../gzmap/analysis/indicators.py" line="55" />
        <source>Quantiles</source>
        <extracomment>Classification schemes offered to users: mapclassify name -&gt; (中文, English).</extracomment>
        <translation>Quantiles</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/indicators.py" line="56" />
        <source>Natural breaks (Fisher-Jenks)</source>
        <translation>Natural breaks (Fisher-Jenks)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/indicators.py" line="57" />
        <source>Equal interval</source>
        <translation>Equal interval</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/indicators.py" line="58" />
        <source>Standard deviation</source>
        <translation>Standard deviation</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/indicators.py" line="59" />
        <source>Box plot</source>
        <translation>Box plot</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/indicators.py" line="60" />
        <source>Manual breaks</source>
        <translation>Manual breaks</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="27" />
        <source>file not found</source>
        <extracomment>kind -&gt; (English, Simplified Chinese). ``{folder}``, ``{command}``, ``{row}``, ``{column}``, ``{n}`` and ``{message}`` are filled in by :func:`text`.</extracomment>
        <translation>file not found</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="28" />
        <source>is a folder, not a file</source>
        <translation>is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="29" />
        <source>the file is empty (0 bytes)</source>
        <translation>the file is empty (0 bytes)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="30" />
        <source>permission denied: you may not open this file or write in its folder</source>
        <translation>permission denied: you may not open this file or write in its folder</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="31" />
        <source>the file is read-only; choose another file name or make the file writable</source>
        <translation>the file is read-only; choose another file name or make the file writable</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="34" />
        <source>the disk is read-only (read-only file system); write to another folder</source>
        <translation>the disk is read-only (read-only file system); write to another folder</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="35" />
        <source>the disk is full; free some space or write to another disk</source>
        <translation>the disk is full; free some space or write to another disk</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="36" />
        <source>the file is locked by another program; close that program and try again</source>
        <translation>the file is locked by another program; close that program and try again</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="37" />
        <source>unknown or unsupported file format, or a damaged file</source>
        <translation>unknown or unsupported file format, or a damaged file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="38" />
        <source>the shapefile is incomplete: its .shx or .dbf file is missing beside it</source>
        <translation>the shapefile is incomplete: its .shx or .dbf file is missing beside it</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="41" />
        <source>the folder {folder} does not exist; create it or choose another folder</source>
        <translation>the folder {folder} does not exist; create it or choose another folder</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="42" />
        <source>{folder} is not a folder</source>
        <translation>{folder} is not a folder</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="43" />
        <source>not enough memory to finish; close other programs or use a smaller file</source>
        <translation>not enough memory to finish; close other programs or use a smaller file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="44" />
        <source>could not be written; run again with --debug for the details</source>
        <translation>could not be written; run again with --debug for the details</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="45" />
        <source>could not be processed because of an unexpected problem; run again with --debug for the details</source>
        <translation>could not be processed because of an unexpected problem; run again with --debug for the details</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="48" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="49" />
        <source>warning: {message}</source>
        <translation>warning: {message}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="50" />
        <source>details: {message}</source>
        <translation>details: {message}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="51" />
        <source>{message}; see '{command} --help'</source>
        <translation>{message}; see '{command} --help'</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="52" />
        <source>, row {row}</source>
        <translation>, row {row}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="53" />
        <source>, column {column!r}</source>
        <translation>, column {column!r}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="54" />
        <source>{n} row(s) match no region</source>
        <translation>{n} row(s) match no region</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="55" />
        <source>{n} problem(s) with values (--strict)</source>
        <translation>{n} problem(s) with values (--strict)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="57" />
        <source>{summary}; wrote {files}</source>
        <translation>{summary}; wrote {files}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="58" />
        <source>{file} (layers {names})</source>
        <translation>{file} (layers {names})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="59" />
        <source>{n:,} of {total:,} rows rejected (listed in {file})</source>
        <translation>{n:,} of {total:,} rows rejected (listed in {file})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="60" />
        <source>{n:,} of {total:,} rows rejected (the list could not be saved)</source>
        <translation>{n:,} of {total:,} rows rejected (the list could not be saved)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="61" />
        <source>datum not stated, assumed {datum}</source>
        <translation>datum not stated, assumed {datum}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="62" />
        <source>all {n:,} rows rejected, most often: {reason}</source>
        <translation>all {n:,} rows rejected, most often: {reason}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="63" />
        <source>all {n:,} rows rejected, most often: {reason}; they are listed in {file}</source>
        <translation>all {n:,} rows rejected, most often: {reason}; they are listed in {file}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="66" />
        <source>{src} -&gt; {out}: {read:,} rows read, {written}, {rejected:,} rejected</source>
        <translation>{src} -&gt; {out}: {read:,} rows read, {written}, {rejected:,} rejected</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="67" />
        <source>{n:,} written ({source} -&gt; {target})</source>
        <translation>{n:,} written ({source} -&gt; {target})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="68" />
        <source>{n:,} points in {parts:,} partitions (WGS84, from {source})</source>
        <translation>{n:,} points in {parts:,} partitions (WGS84, from {source})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="69" />
        <source>note: {message}</source>
        <translation>note: {message}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="70" />
        <source>rejected rows: {file}</source>
        <translation>rejected rows: {file}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="71" />
        <source>rejected rows: {file} (one CSV per block)</source>
        <translation>rejected rows: {file} (one CSV per block)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="72" />
        <source>rejected rows: {file} ({n:,} files, one per block)</source>
        <translation>rejected rows: {file} ({n:,} files, one per block)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="73" />
        <source>wrote {file}</source>
        <translation>wrote {file}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="74" />
        <source>wrote {file} ({n:,} pages)</source>
        <translation>wrote {file} ({n:,} pages)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="75" />
        <source>{file}: {mb:.1f} MB, {layers:,} layers, {points:,} points, {seconds:.1f} s</source>
        <translation>{file}: {mb:.1f} MB, {layers:,} layers, {points:,} points, {seconds:.1f} s</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="78" />
        <source>{n:,} of {total:,} rows rejected (use 'gzmap info {file}' for the reasons)</source>
        <translation>{n:,} of {total:,} rows rejected (use 'gzmap info {file}' for the reasons)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="81" />
        <source>file:      {value}</source>
        <translation>file:      {value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="82" />
        <source>rows:      {value:,}</source>
        <translation>rows:      {value:,}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="83" />
        <source>geometry:  {value}</source>
        <translation>geometry:  {value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="84" />
        <source>crs:       {crs} (datum: {datum})</source>
        <translation>crs:       {crs} (datum: {datum})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="85" />
        <source>bounds:    {xmin:.6f}, {ymin:.6f}, {xmax:.6f}, {ymax:.6f}  (xmin, ymin, xmax, ymax)</source>
        <translation>bounds:    {xmin:.6f}, {ymin:.6f}, {xmax:.6f}, {ymax:.6f}  (xmin, ymin, xmax, ymax)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="88" />
        <source>columns:   {value}</source>
        <translation>columns:   {value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="89" />
        <source>read as:   {value}</source>
        <translation>read as:   {value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="90" />
        <source>mapping:   {value}</source>
        <translation>mapping:   {value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="91" />
        <source>source datum: {value}</source>
        <translation>source datum: {value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="92" />
        <source>source datum: {value} (assumed: no hint in the file; pass --from to choose)</source>
        <translation>source datum: {value} (assumed: no hint in the file; pass --from to choose)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="95" />
        <source>source datum: {value} (suggested by {reason})</source>
        <translation>source datum: {value} (suggested by {reason})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="96" />
        <source>rows read: {value:,}</source>
        <translation>rows read: {value:,}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="97" />
        <source>accepted:  {value:,}</source>
        <translation>accepted:  {value:,}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="98" />
        <source>rejected:  {value:,}</source>
        <translation>rejected:  {value:,}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="99" />
        <source>note:      {value}</source>
        <translation>note:      {value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="100" />
        <source>{name}: {n:,} tiles, z{low}-{high}</source>
        <translation>{name}: {n:,} tiles, z{low}-{high}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="101" />
        <source>table:      {file} (long form, {n:,} data rows)</source>
        <translation>table:      {file} (long form, {n:,} data rows)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="102" />
        <source>table:      {file} (wide form, {n:,} data rows)</source>
        <translation>table:      {file} (wide form, {n:,} data rows)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="103" />
        <source>join:       districts</source>
        <translation>join:       districts</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="104" />
        <source>join:       GBA cities</source>
        <translation>join:       GBA cities</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="105" />
        <source>indicators:</source>
        <translation>indicators:</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="106" />
        <source>{name} [{unit}] years {years}; source: {source}{approx}</source>
        <translation>{name} [{unit}] years {years}; source: {source}{approx}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="107" />
        <source>no unit</source>
        <translation>no unit</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="108" />
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="109" />
        <source> (approx.)</source>
        <translation> (approx.)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/messages.py" line="110" />
        <source>note: {datum} has no EPSG code; {file} is labelled EPSG:4326 but holds {datum} coordinates</source>
        <translation>note: {datum} has no EPSG code; {file} is labelled EPSG:4326 but holds {datum} coordinates</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="993" />
        <source>file type</source>
        <extracomment>How ``gzmap info`` names the facts of a reading and the roles of the columns (context Cli).</extracomment>
        <translation>file type</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="994" />
        <source>encoding</source>
        <translation>encoding</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="995" />
        <source>delimiter</source>
        <translation>delimiter</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="996" />
        <source>sheet</source>
        <translation>sheet</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="997" />
        <source>header rows</source>
        <translation>header rows</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="998" />
        <source>coordinate reference system</source>
        <translation>coordinate reference system</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="999" />
        <source>text table</source>
        <translation>text table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1000" />
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1001" />
        <source>point file</source>
        <translation>point file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1002" />
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1003" />
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1004" />
        <source>coordinates</source>
        <translation>coordinates</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1006" />
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1007" />
        <source>multi-points</source>
        <translation>multi-points</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1008" />
        <source>lines</source>
        <translation>lines</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1009" />
        <source>multi-lines</source>
        <translation>multi-lines</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1010" />
        <source>polygons</source>
        <translation>polygons</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1011" />
        <source>multi-polygons</source>
        <translation>multi-polygons</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="1012" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="443" />
        <source>{matched} rows matched to {regions} regions, {unmatched} rows unmatched, {elsewhere} rows for regions outside this layer, {without} regions without data</source>
        <extracomment>Chinese administrative suffixes, longest first. English/pinyin words that only say what kind of region it is. Aliases beyond name_zh / name_en / pinyin: adcode -&gt; extra spellings. What the match report says (context Cli, the texts group), by key.</extracomment>
        <translation>{matched} rows matched to {regions} regions, {unmatched} rows unmatched, {elsewhere} rows for regions outside this layer, {without} regions without data</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="448" />
        <source>Matched:</source>
        <translation>Matched:</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="449" />
        <source>Unmatched (not used):</source>
        <translation>Unmatched (not used):</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="450" />
        <source>; did you mean {name}?</source>
        <translation>; did you mean {name}?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="451" />
        <source>did you mean {name}?</source>
        <translation>did you mean {name}?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="452" />
        <source>Regions outside this layer (not drawn here):</source>
        <translation>Regions outside this layer (not drawn here):</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="453" />
        <source>Regions without data: {names}</source>
        <translation>Regions without data: {names}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="454" />
        <source>Problems:</source>
        <translation>Problems:</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="455" />
        <source>row {rows}</source>
        <translation>row {rows}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="456" />
        <source>rows {rows}</source>
        <translation>rows {rows}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="457" />
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="458" />
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="459" />
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="460" />
        <source>country</source>
        <translation>country</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="584" />
        <source>region {region!r} not found in the GBA cities</source>
        <translation>region {region!r} not found in the GBA cities</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/region_match.py" line="586" />
        <source>region {region!r} not found in the Guangzhou districts</source>
        <translation>region {region!r} not found in the Guangzhou districts</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="487" />
        <source>{n} cell(s) in numeric columns hold text that is not a number; left empty</source>
        <extracomment>Notes worth a line in :meth:`ImportResult.summary` (the reading may be wrong or incomplete). The mapping's roles that give a standard column ("category" gives "subsector"). The language of the rejected rows' details and of the warnings (``"en"`` or ``"zh_CN"``).</extracomment>
        <translation>{n} cell(s) in numeric columns hold text that is not a number; left empty</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="553" />
        <source>{n} row(s) had latitude and longitude swapped; fixed</source>
        <translation>{n} row(s) had latitude and longitude swapped; fixed</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="612" />
        <source>{n} row(s) have a category outside the sub-sector list, shown as Other: {top}</source>
        <translation>{n} row(s) have a category outside the sub-sector list, shown as Other: {top}</translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="78" />
        <source>more cells than the header</source>
        <extracomment>(min lon, min lat, max lon, max lat), WGS84 degrees: the Greater Bay Area with a margin of about 100 km. Points outside it are "far outside the study area". Reason codes of rejected rows: (English, Chinese) messages.</extracomment>
        <translation>more cells than the header</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="79" />
        <source>empty row</source>
        <translation>empty row</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="80" />
        <source>no coordinates</source>
        <translation>no coordinates</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="81" />
        <source>coordinate is not a number</source>
        <translation>coordinate is not a number</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="82" />
        <source>not a valid longitude/latitude</source>
        <translation>not a valid longitude/latitude</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="83" />
        <source>latitude and longitude look swapped</source>
        <translation>latitude and longitude look swapped</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="84" />
        <source>outside China</source>
        <translation>outside China</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="85" />
        <source>far outside the study area</source>
        <translation>far outside the study area</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="86" />
        <source>exact duplicate of an earlier row</source>
        <translation>exact duplicate of an earlier row</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="87" />
        <source>unknown category</source>
        <translation>unknown category</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="88" />
        <source>geometry is not a point</source>
        <translation>geometry is not a point</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="96" />
        <source>{reason}: {value}</source>
        <extracomment>GZMap's columns of the rejected rows, before the file's own columns. How a rejected row's details and the reason counts are worded (context "ImportReasons").</extracomment>
        <translation>{reason}: {value}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="97" />
        <source>exact duplicate of row {row}</source>
        <translation>exact duplicate of row {row}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="98" />
        <source>{reason}: {position} (WGS84 longitude, latitude; source datum {datum})</source>
        <translation>{reason}: {position} (WGS84 longitude, latitude; source datum {datum})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="101" />
        <source>{value} is not a number; left empty</source>
        <translation>{value} is not a number; left empty</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="102" />
        <source>1 row: {reason} (e.g. row {row})</source>
        <translation>1 row: {reason} (e.g. row {row})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="104" />
        <source>1 row: {reason} (e.g. row {row}, column {column!r})</source>
        <translation>1 row: {reason} (e.g. row {row}, column {column!r})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="105" />
        <source>{n} rows: {reason} (e.g. row {row}, column {column!r})</source>
        <translation>{n} rows: {reason} (e.g. row {row}, column {column!r})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/enterprises.py" line="103" />
        <source>{n} rows: {reason} (e.g. row {row})</source>
        <translation>{n} rows: {reason} (e.g. row {row})</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="16" />
        <source>Legend</source>
        <extracomment>Fixed words printed on the page, marked for translation (English source text).</extracomment>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="17" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="18" />
        <source>Map date</source>
        <translation>Map date</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="19" />
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="20" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="21" />
        <source>Projection: Web Mercator (EPSG:3857); coordinates WGS84; scale true at the map's centre latitude</source>
        <translation>Projection: Web Mercator (EPSG:3857); coordinates WGS84; scale true at the map's centre latitude</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="24" />
        <source>synthetic sample data, not real enterprises</source>
        <translation>synthetic sample data, not real enterprises</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="31" />
        <source>GZMap analysis</source>
        <translation>GZMap analysis</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="32" />
        <source>GZMap analysis of {input}</source>
        <translation>GZMap analysis of {input}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="33" />
        <source>Counts: within {area}</source>
        <translation>Counts: within {area}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="25" />
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="26" />
        <source>Location in the Greater Bay Area</source>
        <translation>Location in the Greater Bay Area</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="27" />
        <source>Location in Guangzhou</source>
        <translation>Location in Guangzhou</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="28" />
        <source>Location in Guangdong</source>
        <translation>Location in Guangdong</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="29" />
        <source>Location in China</source>
        <translation>Location in China</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/page_words.py" line="30" />
        <source>Made with GZMap</source>
        <translation>Made with GZMap</translation>
    </message>
</context>
</TS>