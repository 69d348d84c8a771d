<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Report</name>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="48" />
        <source>PDF (vector)</source>
        <translation>PDF (vector)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="49" />
        <source>SVG (vector)</source>
        <translation>SVG (vector)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="50" />
        <source>PNG (image)</source>
        <translation>PNG (image)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="54" />
        <source>Letter</source>
        <extracomment>Paper sizes with a name in words (the ISO ones, A4, B5…, are codes in every language).</extracomment>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="55" />
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="56" />
        <source>Tabloid</source>
        <translation>Tabloid</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="68" />
        <location filename="../../../gzmap/ui/report_dialog.py" line="262" />
        <source>Export report map</source>
        <translation>Export report map</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="100" />
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="101" />
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="103" />
        <location filename="../../../gzmap/ui/report_items.py" line="52" />
        <source>Current map view</source>
        <translation>Current map view</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="104" />
        <source>All visible layers</source>
        <translation>All visible layers</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="113" />
        <source>Locator inset</source>
        <translation>Locator inset</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="115" />
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="117" />
        <source>Photos of the features on the page</source>
        <translation>Photos of the features on the page</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="119" />
        <source>A strip of surveyors' photos under the map, with the features' names</source>
        <translation>A strip of surveyors' photos under the map, with the features' names</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="125" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="126" />
        <source>Subtitle</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="127" />
        <source>Page size</source>
        <translation>Page size</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="128" />
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="129" />
        <source>Extent</source>
        <translation>Extent</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="131" />
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="132" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="156" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="256" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="257" />
        <source>SVG files (*.svg)</source>
        <translation>SVG files (*.svg)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="258" />
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_dialog.py" line="282" />
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
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="48" />
        <source>Automatic (smallest that holds the map)</source>
        <translation>Automatic (smallest that holds the map)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="49" />
        <source>Greater Bay Area</source>
        <translation>Greater Bay Area</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="50" />
        <source>Guangdong</source>
        <translation>Guangdong</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="51" />
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="84" />
        <source>Text box</source>
        <translation>Text box</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="91" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="92" />
        <source>Font size</source>
        <translation>Font size</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="107" />
        <location filename="../../../gzmap/ui/report_items.py" line="280" />
        <source>Locator extent</source>
        <translation>Locator extent</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="111" />
        <source>Saved layouts</source>
        <translation>Saved layouts</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="116" />
        <source>Save layout as…</source>
        <translation>Save layout as…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="117" />
        <source>Delete layout</source>
        <translation>Delete layout</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="118" />
        <source>Add text box…</source>
        <translation>Add text box…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="119" />
        <source>Add logo…</source>
        <translation>Add logo…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="120" />
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="121" />
        <location filename="../../../gzmap/ui/report_items.py" line="286" />
        <source>Reset positions</source>
        <translation>Reset positions</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="122" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="123" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="124" />
        <source>Full-size preview…</source>
        <translation>Full-size preview…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="197" />
        <source>(choose a saved layout)</source>
        <translation>(choose a saved layout)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="209" />
        <source>Use layout {name}</source>
        <translation>Use layout {name}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="213" />
        <source>Save layout as</source>
        <translation>Save layout as</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="213" />
        <source>Name of the layout</source>
        <translation>Name of the layout</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="266" />
        <source>Resize {item}</source>
        <translation>Resize {item}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="266" />
        <source>Move {item}</source>
        <translation>Move {item}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="299" />
        <source>Remove {item}</source>
        <translation>Remove {item}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="317" />
        <source>Full-size preview</source>
        <translation>Full-size preview</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="336" />
        <location filename="../../../gzmap/ui/report_items.py" line="374" />
        <source>Add {item}</source>
        <translation>Add {item}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="344" />
        <source>Edit {item}</source>
        <translation>Edit {item}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="350" />
        <source>Add logo</source>
        <translation>Add logo</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="350" />
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_items.py" line="364" />
        <source>Cannot add the logo</source>
        <translation>Cannot add the logo</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/page_editor.py" line="66" />
        <source>{file} is not a file</source>
        <extracomment>Largest logo file read (bytes), largest image (pixels a side, pixels in all), side kept in the project.</extracomment>
        <translation>{file} is not a file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/page_editor.py" line="68" />
        <source>{file} is larger than 20 MB: choose a smaller image</source>
        <translation>{file} is larger than 20 MB: choose a smaller image</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/page_editor.py" line="72" />
        <source>{file} is not an image (PNG, JPEG, BMP, GIF or WebP)</source>
        <translation>{file} is not an image (PNG, JPEG, BMP, GIF or WebP)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/page_editor.py" line="79" />
        <source>{file} is {w} x {h} pixels, too large for a logo (at most 10,000 a side)</source>
        <translation>{file} is {w} x {h} pixels, too large for a logo (at most 10,000 a side)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/page_editor.py" line="85" />
        <source>{file} could not be read as an image</source>
        <translation>{file} could not be read as an image</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="56" />
        <location filename="../../../gzmap/io/print_layouts.py" line="62" />
        <source>title</source>
        <extracomment>Page items the user may move and resize (names of :meth:`PagePlan.items`). Extents the locator inset may show: the smallest that holds the map (auto), a named context, or the map view the user had when choosing (``view``, kept in :attr:`PageEdits.inset_view`, WGS84 degrees). Smallest side of an item (mm) and the text sizes a text box may have (points).</extracomment>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="57" />
        <location filename="../../../gzmap/io/print_layouts.py" line="68" />
        <source>legend</source>
        <translation>legend</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="58" />
        <source>scale bar</source>
        <translation>scale bar</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="59" />
        <source>north arrow</source>
        <translation>north arrow</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="60" />
        <location filename="../../../gzmap/io/print_layouts.py" line="67" />
        <source>locator inset</source>
        <translation>locator inset</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="61" />
        <source>text box</source>
        <translation>text box</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="62" />
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="63" />
        <source>inset extent</source>
        <translation>inset extent</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="65" />
        <source>print layout {layout}: the {item}'s position {value} is not on the {w} x {h} mm page; it keeps its usual place</source>
        <translation>print layout {layout}: the {item}'s position {value} is not on the {w} x {h} mm page; it keeps its usual place</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="69" />
        <source>print layout {layout}: the {item} {value} is not valid; it is left out</source>
        <translation>print layout {layout}: the {item} {value} is not valid; it is left out</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/layout_items.py" line="70" />
        <location filename="../../../gzmap/io/print_layouts.py" line="58" />
        <source>print layout {layout}: unknown entry {value} is ignored</source>
        <translation>print layout {layout}: unknown entry {value} is ignored</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/print_layouts.py" line="57" />
        <source>print layout {layout}: the {item} {value} is not valid; the default is used</source>
        <extracomment>Largest logo kept in a project (PNG bytes). Largest side (pixels) of a logo read from a project (the app keeps them at 1200 px at most).</extracomment>
        <translation>print layout {layout}: the {item} {value} is not valid; the default is used</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/print_layouts.py" line="59" />
        <source>print layout {layout}: a logo's image is missing or damaged; it is left out</source>
        <translation>print layout {layout}: a logo's image is missing or damaged; it is left out</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/print_layouts.py" line="60" />
        <source>in use</source>
        <translation>in use</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/print_layouts.py" line="63" />
        <source>subtitle</source>
        <translation>subtitle</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/print_layouts.py" line="64" />
        <source>page size</source>
        <translation>page size</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/print_layouts.py" line="65" />
        <source>orientation</source>
        <translation>orientation</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/print_layouts.py" line="66" />
        <source>map extent</source>
        <translation>map extent</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/print_layouts.py" line="69" />
        <source>resolution</source>
        <translation>resolution</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/print_layouts.py" line="70" />
        <source>format</source>
        <translation>format</translation>
    </message>
</context>
</TS>