<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Fields</name>
    <message>
        <location filename="../../../gzmap/export/html.py" line="111" />
        <location filename="../../../gzmap/export/html.py" line="112" />
        <source>Employees</source>
        <extracomment>Display names of common columns (one per language: the "Fields" catalogue context).</extracomment>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="113" />
        <location filename="../../../gzmap/export/html.py" line="116" />
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="114" />
        <source>Revenue (10k yuan)</source>
        <translation>Revenue (10k yuan)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="115" />
        <source>Revenue (million yuan)</source>
        <translation>Revenue (million yuan)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="117" />
        <location filename="../../../gzmap/export/html.py" line="118" />
        <location filename="../../../gzmap/export/html.py" line="119" />
        <source>Founded</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="120" />
        <location filename="../../../gzmap/export/html.py" line="121" />
        <location filename="../../../gzmap/export/html.py" line="122" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="123" />
        <location filename="../../../gzmap/export/html.py" line="124" />
        <source>Sub-sector</source>
        <translation>Sub-sector</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="125" />
        <source>Area (km²)</source>
        <translation>Area (km²)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="126" />
        <source>Adcode</source>
        <translation>Adcode</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="127" />
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="128" />
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="129" />
        <source>Population</source>
        <translation>Population</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <location filename="../../../gzmap/export/html.py" line="59" />
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="60" />
        <source>Data sources and notes</source>
        <translation>Data sources and notes</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="61" />
        <source>Synthetic data (sample, not real enterprises)</source>
        <translation>Synthetic data (sample, not real enterprises)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="62" />
        <source>includes synthetic sample data</source>
        <translation>includes synthetic sample data</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="63" />
        <source>No online basemap (offline vector geography)</source>
        <translation>No online basemap (offline vector geography)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="64" />
        <source>OpenStreetMap (WGS84)</source>
        <translation>OpenStreetMap (WGS84)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="65" />
        <source>Amap (GCJ-02; overlays shifted to match)</source>
        <translation>Amap (GCJ-02; overlays shifted to match)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="66" />
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="67" />
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="68" />
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="69" />
        <source>{n} more point(s) here</source>
        <translation>{n} more point(s) here</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="70" />
        <source>This browser cannot unpack the point data; please use a recent Chrome, Edge, Firefox or Safari.</source>
        <translation>This browser cannot unpack the point data; please use a recent Chrome, Edge, Firefox or Safari.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="71" />
        <source>Layer failed to load:</source>
        <translation>Layer failed to load:</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="72" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="73" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="74" />
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="75" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="76" />
        <source>GZMap built-in data</source>
        <translation>GZMap built-in data</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="77" />
        <source>Exported by GZMap</source>
        <translation>Exported by GZMap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="78" />
        <source>GZMap map</source>
        <translation>GZMap map</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="79" />
        <source>features</source>
        <translation>features</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="80" />
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="81" />
        <source>cells</source>
        <translation>cells</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="82" />
        <source>Map engine Leaflet {v} (BSD-2)</source>
        <translation>Map engine Leaflet {v} (BSD-2)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="83" />
        <source>Sub-sector</source>
        <translation>Sub-sector</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="84" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="85" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="89" />
        <source>Layer '{layer}' has no features; exported as an empty layer.</source>
        <translation>Layer '{layer}' has no features; exported as an empty layer.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="90" />
        <source>Layer '{layer}': {n} feature(s) without geometry were not drawn.</source>
        <translation>Layer '{layer}': {n} feature(s) without geometry were not drawn.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="91" />
        <source>Layer '{layer}': {n} point(s) with invalid coordinates (not finite or out of range) were not drawn.</source>
        <translation>Layer '{layer}': {n} point(s) with invalid coordinates (not finite or out of range) were not drawn.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="92" />
        <source>Layer '{layer}': {n} invalid polygon(s) (e.g. self-intersections) were repaired with make_valid.</source>
        <translation>Layer '{layer}': {n} invalid polygon(s) (e.g. self-intersections) were repaired with make_valid.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="93" />
        <source>Layer '{layer}': {n} geometry collection(s) drawn as their parts.</source>
        <translation>Layer '{layer}': {n} geometry collection(s) drawn as their parts.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="94" />
        <source>Layer '{layer}': {n} multipoint feature(s) split into {m} points.</source>
        <translation>Layer '{layer}': {n} multipoint feature(s) split into {m} points.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="95" />
        <source>Layer '{layer}', column '{column}': {n} value(s) longer than {max} characters were truncated.</source>
        <translation>Layer '{layer}', column '{column}': {n} value(s) longer than {max} characters were truncated.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="96" />
        <source>Layer '{layer}': {n} points embedded compressed; needs a browser from 2023 or later (Chrome 80+, Firefox 113+, Safari 16.4+).</source>
        <translation>Layer '{layer}': {n} points embedded compressed; needs a browser from 2023 or later (Chrome 80+, Firefox 113+, Safari 16.4+).</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="97" />
        <source>Raster layer '{layer}' could not be exported: {error}</source>
        <translation>Raster layer '{layer}' could not be exported: {error}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="98" />
        <source>Layer '{layer}' could not be exported: {error}</source>
        <translation>Layer '{layer}' could not be exported: {error}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="99" />
        <source>Layer '{layer}' is of a kind the HTML export does not support; skipped.</source>
        <translation>Layer '{layer}' is of a kind the HTML export does not support; skipped.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="100" />
        <source>An online basemap ({name}) is included: opening the file requests tiles from its server; offline, only the vector geography shows.</source>
        <translation>An online basemap ({name}) is included: opening the file requests tiles from its server; offline, only the vector geography shows.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="101" />
        <source>The project has no visible layers.</source>
        <translation>The project has no visible layers.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html.py" line="102" />
        <source>{n} more layer(s) could not be exported</source>
        <translation>{n} more layer(s) could not be exported</translation>
    </message>
</context>
</TS>