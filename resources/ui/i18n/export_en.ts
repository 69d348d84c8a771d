<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>HtmlExport</name>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="21" />
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="22" />
        <source>Data sources and notes</source>
        <translation>Data sources and notes</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="23" />
        <source>Synthetic data (sample, not real enterprises)</source>
        <translation>Synthetic data (sample, not real enterprises)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="24" />
        <source>includes synthetic sample data</source>
        <translation>includes synthetic sample data</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="25" />
        <source>No online basemap (offline vector geography)</source>
        <translation>No online basemap (offline vector geography)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="26" />
        <source>OpenStreetMap (WGS84)</source>
        <translation>OpenStreetMap (WGS84)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="27" />
        <source>Amap (GCJ-02; overlays shifted to match)</source>
        <translation>Amap (GCJ-02; overlays shifted to match)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="28" />
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="29" />
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="30" />
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="31" />
        <source>{n} more point(s) here</source>
        <translation>{n} more point(s) here</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="32" />
        <source>This browser cannot unpack the point data; please use a recent Chrome, Edge, Firefox or Safari.</source>
        <translation>This browser cannot unpack the point data; please use a recent Chrome, Edge, Firefox or Safari.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="35" />
        <source>Layer failed to load:</source>
        <translation>Layer failed to load:</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="36" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="37" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="38" />
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="39" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="40" />
        <source>GZMap built-in data</source>
        <translation>GZMap built-in data</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="41" />
        <source>Exported by GZMap</source>
        <translation>Exported by GZMap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="42" />
        <source>GZMap map</source>
        <translation>GZMap map</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="43" />
        <source>features</source>
        <translation>features</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="44" />
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="45" />
        <source>cells</source>
        <translation>cells</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="46" />
        <source>Map engine Leaflet {v} (BSD-2)</source>
        <translation>Map engine Leaflet {v} (BSD-2)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="47" />
        <source>Sub-sector</source>
        <translation>Sub-sector</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="48" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="49" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="50" />
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="51" />
        <source>Show or hide the list of layers</source>
        <translation>Show or hide the list of layers</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="55" />
        <source>Layer '{layer}' has no features; exported as an empty layer.</source>
        <translation>Layer '{layer}' has no features; exported as an empty layer.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="56" />
        <source>Layer '{layer}': {n} feature(s) without geometry were not drawn.</source>
        <translation>Layer '{layer}': {n} feature(s) without geometry were not drawn.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="57" />
        <source>Layer '{layer}': {n} point(s) with invalid coordinates (not finite or out of range) were not drawn.</source>
        <translation>Layer '{layer}': {n} point(s) with invalid coordinates (not finite or out of range) were not drawn.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="61" />
        <source>Layer '{layer}': {n} invalid polygon(s) (e.g. self-intersections) were repaired with make_valid.</source>
        <translation>Layer '{layer}': {n} invalid polygon(s) (e.g. self-intersections) were repaired with make_valid.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="64" />
        <source>Layer '{layer}': {n} geometry collection(s) drawn as their parts.</source>
        <translation>Layer '{layer}': {n} geometry collection(s) drawn as their parts.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="65" />
        <source>Layer '{layer}': {n} multipoint feature(s) split into {m} points.</source>
        <translation>Layer '{layer}': {n} multipoint feature(s) split into {m} points.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="66" />
        <source>Layer '{layer}', column '{column}': {n} value(s) longer than {max} characters were truncated.</source>
        <translation>Layer '{layer}', column '{column}': {n} value(s) longer than {max} characters were truncated.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="69" />
        <source>Layer '{layer}': {n} points embedded compressed; needs a browser from 2023 or later (Chrome 80+, Firefox 113+, Safari 16.4+).</source>
        <translation>Layer '{layer}': {n} points embedded compressed; needs a browser from 2023 or later (Chrome 80+, Firefox 113+, Safari 16.4+).</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="73" />
        <source>Raster layer '{layer}' could not be exported: {error}</source>
        <translation>Raster layer '{layer}' could not be exported: {error}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="74" />
        <source>Layer '{layer}' could not be exported: {error}</source>
        <translation>Layer '{layer}' could not be exported: {error}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="75" />
        <source>Layer '{layer}' is of a kind the HTML export does not support; skipped.</source>
        <translation>Layer '{layer}' is of a kind the HTML export does not support; skipped.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="78" />
        <source>An online basemap ({name}) is included: opening the file requests tiles from its server; offline, only the vector geography shows.</source>
        <translation>An online basemap ({name}) is included: opening the file requests tiles from its server; offline, only the vector geography shows.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="82" />
        <source>The project has no visible layers.</source>
        <translation>The project has no visible layers.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_context.py" line="83" />
        <source>{n} more layer(s) could not be exported</source>
        <translation>{n} more layer(s) could not be exported</translation>
    </message>
</context>
</TS>