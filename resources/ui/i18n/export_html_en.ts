<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ExportHtml</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="22" />
        <source>None: offline vector geography only (no network)</source>
        <translation>None: offline vector geography only (no network)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="23" />
        <source>OpenStreetMap tiles (online, WGS84)</source>
        <translation>OpenStreetMap tiles (online, WGS84)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="24" />
        <source>Amap tiles (online, GCJ-02; overlays shifted to match)</source>
        <translation>Amap tiles (online, GCJ-02; overlays shifted to match)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="34" />
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="71" />
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="119" />
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="123" />
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="127" />
        <source>Export interactive HTML map</source>
        <translation>Export interactive HTML map</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="39" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="45" />
        <source>Map title</source>
        <translation>Map title</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="54" />
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="55" />
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="56" />
        <source>Basemap:</source>
        <translation>Basemap:</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="57" />
        <source>Map language:</source>
        <translation>Map language:</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="58" />
        <source>The file holds everything it needs and opens without a network. Online basemaps load tiles only when shown.</source>
        <translation>The file holds everything it needs and opens without a network. Online basemaps load tiles only when shown.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="61" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="72" />
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML files (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="90" />
        <source>Interactive HTML map exported</source>
        <translation>Interactive HTML map exported</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="93" />
        <source>Wrote {path}
{size:.1f} MB, {layers} layers, {points} points, {seconds:.1f} s</source>
        <translation>Wrote {path}
{size:.1f} MB, {layers} layers, {points} points, {seconds:.1f} s</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="104" />
        <source>Warnings ({n}):</source>
        <translation>Warnings ({n}):</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="108" />
        <source>No warnings.</source>
        <translation>No warnings.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="119" />
        <source>Choose a file to write.</source>
        <translation>Choose a file to write.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="123" />
        <source>{folder}: folder does not exist</source>
        <translation>{folder}: folder does not exist</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="133" />
        <source>Export the other layers without it?</source>
        <translation>Export the other layers without it?</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="151" />
        <source>Exporting interactive HTML map</source>
        <translation>Exporting interactive HTML map</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="160" />
        <source>Interactive HTML map…</source>
        <translation>Interactive HTML map…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/export_html.py" line="161" />
        <source>Export the visible layers as one HTML file that works offline</source>
        <translation>Export the visible layers as one HTML file that works offline</translation>
    </message>
</context>
</TS>