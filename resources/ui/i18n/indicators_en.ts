<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CompetitorView</name>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="136" />
        <location filename="../../../gzmap/ui/competitor_view.py" line="207" />
        <source>GBA competitor view</source>
        <translation>GBA competitor view</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="208" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="209" />
        <location filename="../../../gzmap/ui/competitor_view.py" line="320" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="210" />
        <source>Map PNG…</source>
        <translation>Map PNG…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="210" />
        <source>Chart PNG…</source>
        <translation>Chart PNG…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="210" />
        <source>Ranking CSV…</source>
        <translation>Ranking CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="211" />
        <source>Table PNG…</source>
        <translation>Table PNG…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="211" />
        <source>Table CSV…</source>
        <translation>Table CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="257" />
        <source>Source: {s}</source>
        <translation>Source: {s}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="283" />
        <location filename="../../../gzmap/ui/competitor_view.py" line="319" />
        <source>Guangzhou</source>
        <translation>Guangzhou</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="283" />
        <source>Other GBA cities</source>
        <translation>Other GBA cities</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="314" />
        <source>GBA ranking</source>
        <translation>GBA ranking</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="319" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="319" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="319" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="319" />
        <source>Guangzhou − city</source>
        <translation>Guangzhou − city</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="320" />
        <source>Guangzhou ÷ city</source>
        <translation>Guangzhou ÷ city</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="320" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="320" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="329" />
        <source>GBA</source>
        <translation>GBA</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="329" />
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="332" />
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="368" />
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="368" />
        <source>CSV table</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="370" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="377" />
        <source>Export failed</source>
        <translation>Export failed</translation>
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
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="64" />
        <source>Guangzhou districts</source>
        <translation>Guangzhou districts</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="64" />
        <source>GBA cities</source>
        <translation>GBA cities</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="65" />
        <source>{matched} rows matched, {unmatched} unmatched, {elsewhere} for regions outside {target}, {nodata} regions without data.</source>
        <translation>{matched} rows matched, {unmatched} unmatched, {elsewhere} for regions outside {target}, {nodata} regions without data.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="72" />
        <source>Save report as CSV…</source>
        <translation>Save report as CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="82" />
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="83" />
        <source>CSV table</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="133" />
        <source>Load indicator table…</source>
        <translation>Load indicator table…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="134" />
        <source>Enterprise indicators by district</source>
        <translation>Enterprise indicators by district</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="135" />
        <source>GBA competitor view</source>
        <translation>GBA competitor view</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="136" />
        <source>Symbology</source>
        <translation>Symbology</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="137" />
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="147" />
        <source>Load indicator table</source>
        <translation>Load indicator table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="148" />
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="148" />
        <source>All files</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="154" />
        <source>Loading indicator table</source>
        <translation>Loading indicator table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="157" />
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="163" />
        <source>Cannot load indicator table</source>
        <translation>Cannot load indicator table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="164" />
        <source>No value of the table could be joined.</source>
        <translation>No value of the table could be joined.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="182" />
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="193" />
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="195" />
        <source>Enterprise indicators</source>
        <translation>Enterprise indicators</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="182" />
        <source>Select a point layer of enterprises first.</source>
        <translation>Select a point layer of enterprises first.</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../../gzmap/ui/legend_panel.py" line="107" />
        <source>Source: {s}</source>
        <translation>Source: {s}</translation>
    </message>
</context>
<context>
    <name>SymbologyPanel</name>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="150" />
        <source>Field</source>
        <extracomment>Emitted after a style is applied (the layer).</extracomment>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="150" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="150" />
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="151" />
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="151" />
        <source>Manual breaks</source>
        <translation>Manual breaks</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="151" />
        <source>Colour ramp</source>
        <translation>Colour ramp</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="152" />
        <source>Reverse ramp</source>
        <translation>Reverse ramp</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="152" />
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="152" />
        <source>Value labels</source>
        <translation>Value labels</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="153" />
        <source>Symbol size</source>
        <translation>Symbol size</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="153" />
        <source>Largest symbol</source>
        <translation>Largest symbol</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="156" />
        <source>upper bounds, e.g. 100, 200, 300</source>
        <translation>upper bounds, e.g. 100, 200, 300</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="161" />
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="161" />
        <source>Graduated</source>
        <translation>Graduated</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="161" />
        <source>Proportional</source>
        <translation>Proportional</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="163" />
        <source>ColorBrewer ramps; the first (YlGnBu) is safe for colour-blind readers</source>
        <translation>ColorBrewer ramps; the first (YlGnBu) is safe for colour-blind readers</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="204" />
        <source>— single colour —</source>
        <translation>— single colour —</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="252" />
        <source>Change {a}–{b}</source>
        <translation>Change {a}–{b}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="253" />
        <source>% change {a}–{b}</source>
        <translation>% change {a}–{b}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="364" />
        <source>manual breaks must increase</source>
        <translation>manual breaks must increase</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="408" />
        <source>The field has no numeric values to classify.</source>
        <translation>The field has no numeric values to classify.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="416" />
        <source>Select a polygon or point layer to style it.</source>
        <translation>Select a polygon or point layer to style it.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="426" />
        <source>{n} features with data, {m} without</source>
        <translation>{n} features with data, {m} without</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="428" />
        <source>Source: {s}</source>
        <translation>Source: {s}</translation>
    </message>
</context>
</TS>