<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Report</name>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="35" />
        <location filename="../../../gzmap/ui/report_dialog.py" line="161" />
        <source>Export report map</source>
        <translation>Export report map</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="49" />
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="50" />
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="52" />
        <source>Current map view</source>
        <translation>Current map view</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="53" />
        <source>All visible layers</source>
        <translation>All visible layers</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="62" />
        <source>GBA locator inset</source>
        <translation>GBA locator inset</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="64" />
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="68" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="69" />
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="70" />
        <source>Page size</source>
        <translation>Page size</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="71" />
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="72" />
        <source>Extent</source>
        <translation>Extent</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="73" />
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="74" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="88" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="159" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="159" />
        <source>SVG files (*.svg)</source>
        <translation>SVG files (*.svg)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="159" />
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="179" />
        <source>Exporting report map</source>
        <translation>Exporting report map</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/report.py" line="17" />
        <source>Report map (PDF/SVG/PNG)…</source>
        <translation>Report map (PDF/SVG/PNG)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/report.py" line="18" />
        <source>Lay out a print-quality map with title, legend, scale bar and sources</source>
        <translation>Lay out a print-quality map with title, legend, scale bar and sources</translation>
    </message>
</context>
</TS>