<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Report</name>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="39" />
        <source>PDF (vector)</source>
        <translation>PDF (vector)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="40" />
        <source>SVG (vector)</source>
        <translation>SVG (vector)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="41" />
        <source>PNG (image)</source>
        <translation>PNG (image)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="45" />
        <source>Letter</source>
        <extracomment>Paper sizes with a name in words (the ISO ones, A4, B5…, are codes in every language).</extracomment>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="46" />
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="47" />
        <source>Tabloid</source>
        <translation>Tabloid</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="59" />
        <location filename="../../../gzmap/ui/report_dialog.py" line="222" />
        <source>Export report map</source>
        <translation>Export report map</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="85" />
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="86" />
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="88" />
        <source>Current map view</source>
        <translation>Current map view</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="89" />
        <source>All visible layers</source>
        <translation>All visible layers</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="98" />
        <source>Locator inset</source>
        <translation>Locator inset</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="100" />
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="104" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="105" />
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="106" />
        <source>Page size</source>
        <translation>Page size</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="107" />
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="108" />
        <source>Extent</source>
        <translation>Extent</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="109" />
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="110" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="129" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="216" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="217" />
        <source>SVG files (*.svg)</source>
        <translation>SVG files (*.svg)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="218" />
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="242" />
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