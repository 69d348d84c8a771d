<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>FilterBuilder</name>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="72" />
        <source>Add with AND</source>
        <extracomment>Operators offered, as the grammar writes them. Most distinct values offered for a field.</extracomment>
        <translation>Add with AND</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="73" />
        <source>Add with OR</source>
        <translation>Add with OR</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="102" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="103" />
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="104" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="115" />
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="160" />
        <source>No expression: every feature.</source>
        <translation>No expression: every feature.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="167" />
        <source>Cannot be used: {reason}</source>
        <translation>Cannot be used: {reason}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="174" />
        <source>{n} of {total} features match.</source>
        <translation>{n} of {total} features match.</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="38" />
        <source>New selection</source>
        <translation>New selection</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="39" />
        <source>Add to the selection</source>
        <translation>Add to the selection</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="40" />
        <source>Select within the selection</source>
        <translation>Select within the selection</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="41" />
        <source>Remove from the selection</source>
        <translation>Remove from the selection</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="56" />
        <source>Select by location</source>
        <translation>Select by location</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="59" />
        <source>In the district</source>
        <translation>In the district</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="60" />
        <source>Within a distance of the point</source>
        <translation>Within a distance of the point</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="61" />
        <source>Within a distance of the features of</source>
        <translation>Within a distance of the features of</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="82" />
        <source>longitude, latitude (WGS84)</source>
        <translation>longitude, latitude (WGS84)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="83" />
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="84" />
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="86" />
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="87" />
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="135" />
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="136" />
        <source>Show only the features an expression keeps</source>
        <translation>Show only the features an expression keeps</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="139" />
        <source>Clear filter</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="140" />
        <source>Show every feature of the layer again</source>
        <translation>Show every feature of the layer again</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="143" />
        <source>Select by attribute…</source>
        <translation>Select by attribute…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="144" />
        <source>Select the features an expression keeps</source>
        <translation>Select the features an expression keeps</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="147" />
        <source>Select by location…</source>
        <translation>Select by location…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="148" />
        <source>Select the features in a district or near a point or layer</source>
        <translation>Select the features in a district or near a point or layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="152" />
        <source>Clear selection</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="153" />
        <source>Select nothing in the current layer</source>
        <translation>Select nothing in the current layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="175" />
        <source>No vector layer</source>
        <translation>No vector layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="176" />
        <source>Choose a layer of features in the layer list first.</source>
        <translation>Choose a layer of features in the layer list first.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="191" />
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="191" />
        <source>Apply filter</source>
        <translation>Apply filter</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="212" />
        <source>Select by attribute</source>
        <translation>Select by attribute</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="212" />
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="251" />
        <source>Selected {n} of {total}</source>
        <translation>Selected {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="253" />
        <source> ({shown} shown by the filter)</source>
        <translation> ({shown} shown by the filter)</translation>
    </message>
</context>
<context>
    <name>HtmlTime</name>
    <message>
        <location filename="../../../gzmap/export/html_time.py" line="26" />
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_time.py" line="27" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_time.py" line="28" />
        <source>Founded in {year}</source>
        <translation>Founded in {year}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_time.py" line="29" />
        <source>As of {year}</source>
        <translation>As of {year}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_time.py" line="30" />
        <source>{start}–{year}</source>
        <translation>{start}–{year}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_time.py" line="31" />
        <source>{n} shown</source>
        <translation>{n} shown</translation>
    </message>
</context>
<context>
    <name>Identify</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/identify.py" line="126" />
        <source>Nothing here</source>
        <extracomment>Pixels around the click a point may be from it. Most fields listed per feature.</extracomment>
        <translation>Nothing here</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/identify.py" line="139" />
        <source>Identify features</source>
        <translation>Identify features</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/identify.py" line="141" />
        <source>Click the map to see the features under the cursor in every layer</source>
        <translation>Click the map to see the features under the cursor in every layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/identify.py" line="143" />
        <source>Identify</source>
        <translation>Identify</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/identify.py" line="144" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/identify.py" line="144" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>LayerFilter</name>
    <message>
        <location filename="../../../gzmap/core/layer_filter.py" line="48" />
        <source>its filter is not valid: {reason}</source>
        <extracomment>The shape of a saved filter: objects where objects belong (:meth:`LayerFilter.from_dict` checks the rest, so that a wrong value is refused with a message naming the layer).</extracomment>
        <translation>its filter is not valid: {reason}</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/measure.py" line="146" />
        <source>Measure distance</source>
        <translation>Measure distance</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/measure.py" line="147" />
        <source>Measure area</source>
        <translation>Measure area</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/measure.py" line="148" />
        <source>Click the vertices; double-click or Enter ends, Escape clears</source>
        <translation>Click the vertices; double-click or Enter ends, Escape clears</translation>
    </message>
</context>
<context>
    <name>TimeSlider</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="44" />
        <source>As of the year (open then)</source>
        <translation>As of the year (open then)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="45" />
        <source>Founded in the year</source>
        <translation>Founded in the year</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="46" />
        <source>Founded in the range</source>
        <translation>Founded in the range</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="59" />
        <source>file row {n}</source>
        <extracomment>Milliseconds per year while playing.</extracomment>
        <translation>file row {n}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="59" />
        <source>row {n}</source>
        <translation>row {n}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="63" />
        <source>; and {n} more</source>
        <translation>; and {n} more</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="64" />
        <source>{n} rows hold no year and are outside every year ({rows}{more})</source>
        <translation>{n} rows hold no year and are outside every year ({rows}{more})</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="159" />
        <source>(no closing year)</source>
        <translation>(no closing year)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="228" />
        <source>No layer with a year or date field.</source>
        <translation>No layer with a year or date field.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="233" />
        <source>{n} of {total} features shown</source>
        <translation>{n} of {total} features shown</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="246" />
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="274" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="246" />
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="274" />
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="258" />
        <source>Time slider</source>
        <translation>Time slider</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="259" />
        <source>Show features by year</source>
        <translation>Show features by year</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="261" />
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="262" />
        <source>Year or date field</source>
        <translation>Year or date field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="263" />
        <source>Closing year field</source>
        <translation>Closing year field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="265" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
</context>
</TS>