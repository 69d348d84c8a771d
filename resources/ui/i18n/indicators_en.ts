<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CompetitorView</name>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="223" />
        <location filename="../../../gzmap/ui/competitor_view.py" line="294" />
        <source>GBA competitor view</source>
        <extracomment>Where the legend was last painted (widget or image pixels) and its heading.</extracomment>
        <translation>GBA competitor view</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="295" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="296" />
        <location filename="../../../gzmap/ui/competitor_view.py" line="432" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="298" />
        <source>Map PNG…</source>
        <translation>Map PNG…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="299" />
        <source>Chart PNG…</source>
        <translation>Chart PNG…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="300" />
        <source>Ranking CSV…</source>
        <translation>Ranking CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="301" />
        <source>Table PNG…</source>
        <translation>Table PNG…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="302" />
        <source>Table CSV…</source>
        <translation>Table CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="355" />
        <source>Source: {s}</source>
        <translation>Source: {s}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="387" />
        <location filename="../../../gzmap/ui/competitor_view.py" line="429" />
        <source>Guangzhou</source>
        <translation>Guangzhou</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="388" />
        <source>Other GBA cities</source>
        <translation>Other GBA cities</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="420" />
        <source>GBA ranking</source>
        <translation>GBA ranking</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="426" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="427" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="428" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="430" />
        <source>Guangzhou − city</source>
        <translation>Guangzhou − city</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="431" />
        <source>Guangzhou ÷ city</source>
        <translation>Guangzhou ÷ city</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="433" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="434" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="445" />
        <source>GBA</source>
        <translation>GBA</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="446" />
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="451" />
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="501" />
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="503" />
        <source>CSV table</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="506" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="513" />
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="518" />
        <source> (approx.)</source>
        <translation> (approx.)</translation>
    </message>
</context>
<context>
    <name>DistrictSummary</name>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="36" />
        <source>Number of points</source>
        <extracomment>Statistic -&gt; its name in the drop-down.</extracomment>
        <translation>Number of points</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="37" />
        <source>Sum of a field</source>
        <translation>Sum of a field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="38" />
        <source>Mean of a field</source>
        <translation>Mean of a field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="43" />
        <source>Number of {layer}</source>
        <extracomment>Statistic -&gt; the legend's title ({field}: the field's display name; {layer}: the layer's name).</extracomment>
        <translation>Number of {layer}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="44" />
        <source>{field} (sum)</source>
        <translation>{field} (sum)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="45" />
        <source>{field} (mean)</source>
        <translation>{field} (mean)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="47" />
        <source>By district: {title}</source>
        <translation>By district: {title}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="65" />
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="169" />
        <source>Statistics by district</source>
        <translation>Statistics by district</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="80" />
        <source>Guangzhou's districts (built-in)</source>
        <translation>Guangzhou's districts (built-in)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="83" />
        <source>Selected features only</source>
        <translation>Selected features only</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="84" />
        <source>Only what the filter shows</source>
        <translation>Only what the filter shows</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="86" />
        <source>Point layer</source>
        <translation>Point layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="87" />
        <source>Statistic</source>
        <translation>Statistic</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="88" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="89" />
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="90" />
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="112" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="172" />
        <source>No features are selected in this layer.</source>
        <translation>No features are selected in this layer.</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="70" />
        <source>Indicator table joined</source>
        <translation>Indicator table joined</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="74" />
        <source>Guangzhou districts</source>
        <translation>Guangzhou districts</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="76" />
        <source>GBA cities</source>
        <translation>GBA cities</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="79" />
        <source>{matched} rows matched, {unmatched} unmatched, {elsewhere} for regions outside {target}, {nodata} regions without data.</source>
        <translation>{matched} rows matched, {unmatched} unmatched, {elsewhere} for regions outside {target}, {nodata} regions without data.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="94" />
        <source>Save report as CSV…</source>
        <translation>Save report as CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="106" />
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="108" />
        <source>CSV table</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="158" />
        <source>Load indicator table…</source>
        <translation>Load indicator table…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="159" />
        <source>Enterprise indicators by district</source>
        <translation>Enterprise indicators by district</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="160" />
        <source>Statistics by district…</source>
        <translation>Statistics by district…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="161" />
        <source>GBA competitor view</source>
        <translation>GBA competitor view</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="162" />
        <source>Symbology</source>
        <translation>Symbology</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="163" />
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="172" />
        <source>Load indicator table</source>
        <translation>Load indicator table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="172" />
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="180" />
        <source>Loading indicator table</source>
        <translation>Loading indicator table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="186" />
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="195" />
        <source>Cannot load indicator table</source>
        <translation>Cannot load indicator table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="196" />
        <source>No value of the table could be joined.</source>
        <translation>No value of the table could be joined.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="218" />
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="233" />
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="239" />
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="250" />
        <source>Enterprise indicators</source>
        <translation>Enterprise indicators</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="219" />
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="251" />
        <source>Select a point layer of enterprises first.</source>
        <translation>Select a point layer of enterprises first.</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../../gzmap/ui/legend_panel.py" line="184" />
        <source>Source: {s}</source>
        <extracomment>Item data of a category row: (layer id, category key or None for "Other").</extracomment>
        <translation>Source: {s}</translation>
    </message>
</context>
<context>
    <name>SymbologyPanel</name>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="109" />
        <source>Style</source>
        <extracomment>The label choice that writes each feature's value (graduated styles). The labels of the panel's form rows (key: the widget attribute).</extracomment>
        <translation>Style</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="110" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="111" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="112" />
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="113" />
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="114" />
        <source>Manual breaks</source>
        <translation>Manual breaks</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="115" />
        <source>Colour ramp</source>
        <translation>Colour ramp</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="116" />
        <source>Reverse ramp</source>
        <translation>Reverse ramp</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="117" />
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="118" />
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="119" />
        <source>Symbol size</source>
        <translation>Symbol size</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="120" />
        <source>Size field</source>
        <translation>Size field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="121" />
        <source>Largest symbol</source>
        <translation>Largest symbol</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="240" />
        <source>Single colour</source>
        <extracomment>Emitted after a style is applied (the layer). The running fit of graduated classes (a :class:`gzmap.ui.tasks.Task`), or None.</extracomment>
        <translation>Single colour</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="241" />
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="242" />
        <source>Graduated colours</source>
        <translation>Graduated colours</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="246" />
        <source>upper bounds, e.g. 100, 200, 300</source>
        <translation>upper bounds, e.g. 100, 200, 300</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="253" />
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="254" />
        <source>Graduated</source>
        <translation>Graduated</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="255" />
        <source>Proportional</source>
        <translation>Proportional</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="260" />
        <source>ColorBrewer ramps; the first (YlGnBu) is safe for colour-blind readers</source>
        <translation>ColorBrewer ramps; the first (YlGnBu) is safe for colour-blind readers</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="323" />
        <source>— single colour —</source>
        <translation>— single colour —</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="357" />
        <source>— no labels —</source>
        <translation>— no labels —</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="358" />
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="360" />
        <source>— colour field —</source>
        <translation>— colour field —</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="397" />
        <source>Change {a}–{b}</source>
        <translation>Change {a}–{b}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="400" />
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