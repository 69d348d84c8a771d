<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AttributeTable</name>
    <message>
        <location filename="../../../gzmap/ui/attribute_table.py" line="40" />
        <source>All features</source>
        <extracomment>What the table shows: every feature, what the layer's filter shows, the selection.</extracomment>
        <translation>All features</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/attribute_table.py" line="41" />
        <source>Features the filter shows</source>
        <translation>Features the filter shows</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/attribute_table.py" line="42" />
        <source>Selected features</source>
        <translation>Selected features</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/attribute_table.py" line="44" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/attribute_table.py" line="45" />
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/attribute_table.py" line="46" />
        <source>CSV files</source>
        <translation>CSV files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/attribute_table.py" line="47" />
        <source>{shown:,} of {total:,} features shown, {selected:,} selected</source>
        <translation>{shown:,} of {total:,} features shown, {selected:,} selected</translation>
    </message>
</context>
<context>
    <name>FilterBuilder</name>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="78" />
        <source>Add with AND</source>
        <extracomment>Operators offered, as the grammar writes them. Most distinct values offered for a field.</extracomment>
        <translation>Add with AND</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="79" />
        <source>Add with OR</source>
        <translation>Add with OR</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="105" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="106" />
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="107" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="118" />
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="163" />
        <source>No expression: every feature.</source>
        <translation>No expression: every feature.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="171" />
        <source>Cannot be used: {reason}</source>
        <translation>Cannot be used: {reason}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="179" />
        <source>{n} of {total} features match.</source>
        <translation>{n} of {total} features match.</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="36" />
        <source>New selection</source>
        <translation>New selection</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="37" />
        <source>Add to the selection</source>
        <translation>Add to the selection</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="38" />
        <source>Select within the selection</source>
        <translation>Select within the selection</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="39" />
        <source>Remove from the selection</source>
        <translation>Remove from the selection</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="54" />
        <source>Select by location</source>
        <translation>Select by location</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="57" />
        <source>In the district</source>
        <translation>In the district</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="58" />
        <source>Within a distance of the point</source>
        <translation>Within a distance of the point</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="59" />
        <source>Within a distance of the features of</source>
        <translation>Within a distance of the features of</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="80" />
        <source>longitude, latitude (WGS84)</source>
        <translation>longitude, latitude (WGS84)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="81" />
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="82" />
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="84" />
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="85" />
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="130" />
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="131" />
        <source>Show only the features an expression keeps</source>
        <translation>Show only the features an expression keeps</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="134" />
        <source>Clear filter</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="135" />
        <source>Show every feature of the layer again</source>
        <translation>Show every feature of the layer again</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="138" />
        <source>Select by attribute…</source>
        <translation>Select by attribute…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="139" />
        <source>Select the features an expression keeps</source>
        <translation>Select the features an expression keeps</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="142" />
        <source>Select by location…</source>
        <translation>Select by location…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="143" />
        <source>Select the features in a district or near a point or layer</source>
        <translation>Select the features in a district or near a point or layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="147" />
        <source>Clear selection</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="148" />
        <source>Select nothing in the current layer</source>
        <translation>Select nothing in the current layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="170" />
        <source>No vector layer</source>
        <translation>No vector layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="171" />
        <source>Choose a layer of features in the layer list first.</source>
        <translation>Choose a layer of features in the layer list first.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="186" />
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="186" />
        <source>Apply filter</source>
        <translation>Apply filter</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="207" />
        <source>Select by attribute</source>
        <translation>Select by attribute</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="207" />
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="246" />
        <source>Selected {n} of {total}</source>
        <translation>Selected {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="248" />
        <source> ({shown} shown by the filter)</source>
        <translation> ({shown} shown by the filter)</translation>
    </message>
</context>
<context>
    <name>HtmlTime</name>
    <message>
        <location filename="../../../gzmap/export/html_time.py" line="33" />
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_time.py" line="34" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_time.py" line="35" />
        <source>Founded in {year}</source>
        <translation>Founded in {year}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_time.py" line="36" />
        <source>As of {year}</source>
        <translation>As of {year}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_time.py" line="37" />
        <source>{start}–{year}</source>
        <translation>{start}–{year}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_time.py" line="38" />
        <source>{n} shown</source>
        <translation>{n} shown</translation>
    </message>
</context>
<context>
    <name>Identify</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/identify.py" line="135" />
        <source>Nothing here</source>
        <extracomment>Pixels around the click a point may be from it. Most fields listed per feature.</extracomment>
        <translation>Nothing here</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/identify.py" line="161" />
        <source>Identify features</source>
        <translation>Identify features</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/identify.py" line="163" />
        <source>Click the map to see the features under the cursor in every layer</source>
        <translation>Click the map to see the features under the cursor in every layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/identify.py" line="165" />
        <source>Identify</source>
        <translation>Identify</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/identify.py" line="166" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/identify.py" line="166" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>LayerFilter</name>
    <message>
        <location filename="../../../gzmap/core/layer_filter.py" line="57" />
        <source>its filter is not valid: {reason}</source>
        <extracomment>The shape of a saved filter: objects where objects belong (:meth:`LayerFilter.from_dict` checks the rest, so that a wrong value is refused with a message naming the layer).</extracomment>
        <translation>its filter is not valid: {reason}</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/measure.py" line="156" />
        <source>Measure distance</source>
        <translation>Measure distance</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/measure.py" line="157" />
        <source>Measure area</source>
        <translation>Measure area</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/measure.py" line="158" />
        <source>Click the vertices; double-click or Enter ends, Escape clears</source>
        <translation>Click the vertices; double-click or Enter ends, Escape clears</translation>
    </message>
</context>
<context>
    <name>TimeSlider</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="50" />
        <source>As of the year (open then)</source>
        <translation>As of the year (open then)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="51" />
        <source>Founded in the year</source>
        <translation>Founded in the year</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="52" />
        <source>Founded in the range</source>
        <translation>Founded in the range</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="65" />
        <source>file row {n}</source>
        <extracomment>Milliseconds per year while playing.</extracomment>
        <translation>file row {n}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="65" />
        <source>row {n}</source>
        <translation>row {n}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="69" />
        <source>; and {n} more</source>
        <translation>; and {n} more</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="70" />
        <source>{n} rows hold no year and are outside every year ({rows}{more})</source>
        <translation>{n} rows hold no year and are outside every year ({rows}{more})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="181" />
        <source>(no closing year)</source>
        <translation>(no closing year)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="250" />
        <source>No layer with a year or date field.</source>
        <translation>No layer with a year or date field.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="258" />
        <source>{n} of {total} features shown</source>
        <translation>{n} of {total} features shown</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="271" />
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="299" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="271" />
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="299" />
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="283" />
        <source>Time slider</source>
        <translation>Time slider</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="284" />
        <source>Show features by year</source>
        <translation>Show features by year</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="286" />
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="287" />
        <source>Year or date field</source>
        <translation>Year or date field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="288" />
        <source>Closing year field</source>
        <translation>Closing year field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="290" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
</context>
</TS>