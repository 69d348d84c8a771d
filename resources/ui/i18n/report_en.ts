<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Report</name>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="48" />
        <location filename="../../../gzmap/ui/report_dialog.py" line="205" />
        <source>Export report map</source>
        <translation>Export report map</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="73" />
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="74" />
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="76" />
        <source>Current map view</source>
        <translation>Current map view</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="77" />
        <source>All visible layers</source>
        <translation>All visible layers</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="86" />
        <source>Locator inset</source>
        <translation>Locator inset</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="88" />
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="92" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="93" />
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="94" />
        <source>Page size</source>
        <translation>Page size</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="95" />
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="96" />
        <source>Extent</source>
        <translation>Extent</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="97" />
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="98" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="117" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="199" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="200" />
        <source>SVG files (*.svg)</source>
        <translation>SVG files (*.svg)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="201" />
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="225" />
        <source>Exporting report map</source>
        <translation>Exporting report map</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/report.py" line="28" />
        <source>Report map (PDF/SVG/PNG)…</source>
        <translation>Report map (PDF/SVG/PNG)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/report.py" line="29" />
        <source>Lay out a print-quality map with title, legend, scale bar and sources</source>
        <translation>Lay out a print-quality map with title, legend, scale bar and sources</translation>
    </message>
</context>
</TS>