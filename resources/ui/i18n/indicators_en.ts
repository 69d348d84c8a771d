<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CompetitorView</name>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="156" />
        <location filename="../../../gzmap/ui/competitor_view.py" line="227" />
        <source>GBA competitor view</source>
        <translation>GBA competitor view</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="228" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="229" />
        <location filename="../../../gzmap/ui/competitor_view.py" line="365" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="231" />
        <source>Map PNG…</source>
        <translation>Map PNG…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="232" />
        <source>Chart PNG…</source>
        <translation>Chart PNG…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="233" />
        <source>Ranking CSV…</source>
        <translation>Ranking CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="234" />
        <source>Table PNG…</source>
        <translation>Table PNG…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="235" />
        <source>Table CSV…</source>
        <translation>Table CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="288" />
        <source>Source: {s}</source>
        <translation>Source: {s}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="320" />
        <location filename="../../../gzmap/ui/competitor_view.py" line="362" />
        <source>Guangzhou</source>
        <translation>Guangzhou</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="321" />
        <source>Other GBA cities</source>
        <translation>Other GBA cities</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="353" />
        <source>GBA ranking</source>
        <translation>GBA ranking</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="359" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="360" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="361" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="363" />
        <source>Guangzhou − city</source>
        <translation>Guangzhou − city</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="364" />
        <source>Guangzhou ÷ city</source>
        <translation>Guangzhou ÷ city</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="366" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="367" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="378" />
        <source>GBA</source>
        <translation>GBA</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="379" />
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="384" />
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="434" />
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="436" />
        <source>CSV table</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="439" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="446" />
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="451" />
        <source> (approx.)</source>
        <translation> (approx.)</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="61" />
        <source>Indicator table joined</source>
        <translation>Indicator table joined</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="65" />
        <source>Guangzhou districts</source>
        <translation>Guangzhou districts</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="67" />
        <source>GBA cities</source>
        <translation>GBA cities</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="70" />
        <source>{matched} rows matched, {unmatched} unmatched, {elsewhere} for regions outside {target}, {nodata} regions without data.</source>
        <translation>{matched} rows matched, {unmatched} unmatched, {elsewhere} for regions outside {target}, {nodata} regions without data.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="85" />
        <source>Save report as CSV…</source>
        <translation>Save report as CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="97" />
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="99" />
        <source>CSV table</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="147" />
        <source>Load indicator table…</source>
        <translation>Load indicator table…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="148" />
        <source>Enterprise indicators by district</source>
        <translation>Enterprise indicators by district</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="149" />
        <source>GBA competitor view</source>
        <translation>GBA competitor view</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="150" />
        <source>Symbology</source>
        <translation>Symbology</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="151" />
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="162" />
        <source>Load indicator table</source>
        <translation>Load indicator table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="164" />
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="166" />
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="175" />
        <source>Loading indicator table</source>
        <translation>Loading indicator table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="181" />
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="190" />
        <source>Cannot load indicator table</source>
        <translation>Cannot load indicator table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="191" />
        <source>No value of the table could be joined.</source>
        <translation>No value of the table could be joined.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="213" />
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="228" />
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="234" />
        <source>Enterprise indicators</source>
        <translation>Enterprise indicators</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="214" />
        <source>Select a point layer of enterprises first.</source>
        <translation>Select a point layer of enterprises first.</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../../gzmap/ui/legend_panel.py" line="165" />
        <source>Source: {s}</source>
        <extracomment>Item data of a category row: (layer id, category key or None for "Other").</extracomment>
        <translation>Source: {s}</translation>
    </message>
</context>
<context>
    <name>SymbologyPanel</name>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="221" />
        <source>Style</source>
        <extracomment>The label choice that writes each feature's value (graduated styles). Emitted after a style is applied (the layer). The running fit of graduated classes (a :class:`gzmap.ui.tasks.Task`), or None.</extracomment>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="222" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="223" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="224" />
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="225" />
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="226" />
        <source>Manual breaks</source>
        <translation>Manual breaks</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="227" />
        <source>Colour ramp</source>
        <translation>Colour ramp</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="228" />
        <source>Reverse ramp</source>
        <translation>Reverse ramp</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="229" />
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="230" />
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="231" />
        <source>Symbol size</source>
        <translation>Symbol size</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="232" />
        <source>Size field</source>
        <translation>Size field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="233" />
        <source>Largest symbol</source>
        <translation>Largest symbol</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="239" />
        <source>Single colour</source>
        <translation>Single colour</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="240" />
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="241" />
        <source>Graduated colours</source>
        <translation>Graduated colours</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="245" />
        <source>upper bounds, e.g. 100, 200, 300</source>
        <translation>upper bounds, e.g. 100, 200, 300</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="252" />
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="253" />
        <source>Graduated</source>
        <translation>Graduated</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="254" />
        <source>Proportional</source>
        <translation>Proportional</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="259" />
        <source>ColorBrewer ramps; the first (YlGnBu) is safe for colour-blind readers</source>
        <translation>ColorBrewer ramps; the first (YlGnBu) is safe for colour-blind readers</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="322" />
        <source>— single colour —</source>
        <translation>— single colour —</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="356" />
        <source>— no labels —</source>
        <translation>— no labels —</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="357" />
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="359" />
        <source>— colour field —</source>
        <translation>— colour field —</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="396" />
        <source>Change {a}–{b}</source>
        <translation>Change {a}–{b}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="399" />
        <source>% change {a}–{b}</source>
        <translation>% change {a}–{b}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="554" />
        <source>manual breaks must increase</source>
        <translation>manual breaks must increase</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="635" />
        <source>Classifying</source>
        <translation>Classifying</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="666" />
        <source>The field has no numeric values to classify.</source>
        <translation>The field has no numeric values to classify.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="678" />
        <source>Select a polygon or point layer to style it.</source>
        <translation>Select a polygon or point layer to style it.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="696" />
        <source>{n} features with data, {m} without</source>
        <translation>{n} features with data, {m} without</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="702" />
        <source>Natural breaks fitted on a fixed sample of {k:,} values</source>
        <translation>Natural breaks fitted on a fixed sample of {k:,} values</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="707" />
        <source>Source: {s}</source>
        <translation>Source: {s}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="709" />
        <source>{n} categories</source>
        <translation>{n} categories</translation>
    </message>
</context>
</TS>