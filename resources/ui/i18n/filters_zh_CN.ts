<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttributeTable</name>
    <message>
        <location filename="../../../gzmap/ui/attribute_table.py" line="40" />
        <source>All features</source>
        <extracomment>What the table shows: every feature, what the layer's filter shows, the selection.</extracomment>
        <translation>全部要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/attribute_table.py" line="41" />
        <source>Features the filter shows</source>
        <translation>筛选显示的要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/attribute_table.py" line="42" />
        <source>Selected features</source>
        <translation>所选要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/attribute_table.py" line="44" />
        <source>Show</source>
        <translation>显示方式</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/attribute_table.py" line="45" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/attribute_table.py" line="46" />
        <source>CSV files</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/attribute_table.py" line="47" />
        <source>{shown:,} of {total:,} features shown, {selected:,} selected</source>
        <translation>显示 {shown:,} / {total:,} 个要素，已选 {selected:,} 个</translation>
    </message>
</context>
<context>
    <name>FilterBuilder</name>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="78" />
        <source>Add with AND</source>
        <extracomment>Operators offered, as the grammar writes them. Most distinct values offered for a field.</extracomment>
        <translation>以“且”(AND)添加</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="79" />
        <source>Add with OR</source>
        <translation>以“或”(OR)添加</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="105" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="106" />
        <source>Operator</source>
        <translation>运算符</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="107" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="118" />
        <source>Expression</source>
        <translation>表达式</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="163" />
        <source>No expression: every feature.</source>
        <translation>无表达式：全部要素。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="171" />
        <source>Cannot be used: {reason}</source>
        <translation>无法使用：{reason}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/filter_builder.py" line="179" />
        <source>{n} of {total} features match.</source>
        <translation>{total} 个要素中有 {n} 个符合。</translation>
    </message>
</context>
<context>
    <name>Filters</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="36" />
        <source>New selection</source>
        <translation>新建选择</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="37" />
        <source>Add to the selection</source>
        <translation>添加到当前选择</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="38" />
        <source>Select within the selection</source>
        <translation>在当前选择中选择</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="39" />
        <source>Remove from the selection</source>
        <translation>从当前选择中移除</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="54" />
        <source>Select by location</source>
        <translation>按位置选择</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="57" />
        <source>In the district</source>
        <translation>位于区内</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="58" />
        <source>Within a distance of the point</source>
        <translation>距该点一定距离内</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="59" />
        <source>Within a distance of the features of</source>
        <translation>距以下图层要素一定距离内</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="80" />
        <source>longitude, latitude (WGS84)</source>
        <translation>经度、纬度（WGS84）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="81" />
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="82" />
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="84" />
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="85" />
        <source>Selection</source>
        <translation>选择方式</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="130" />
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="131" />
        <source>Show only the features an expression keeps</source>
        <translation>只显示符合表达式的要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="134" />
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="135" />
        <source>Show every feature of the layer again</source>
        <translation>重新显示图层的全部要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="138" />
        <source>Select by attribute…</source>
        <translation>按属性选择…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="139" />
        <source>Select the features an expression keeps</source>
        <translation>选择符合表达式的要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="142" />
        <source>Select by location…</source>
        <translation>按位置选择…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="143" />
        <source>Select the features in a district or near a point or layer</source>
        <translation>选择某区内、某点或某图层附近的要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="147" />
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="148" />
        <source>Select nothing in the current layer</source>
        <translation>取消当前图层中的选择</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="170" />
        <source>No vector layer</source>
        <translation>没有矢量图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="171" />
        <source>Choose a layer of features in the layer list first.</source>
        <translation>请先在图层列表中选择一个要素图层。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="186" />
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="186" />
        <source>Apply filter</source>
        <translation>应用筛选</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="207" />
        <source>Select by attribute</source>
        <translation>按属性选择</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="207" />
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="246" />
        <source>Selected {n} of {total}</source>
        <translation>已选 {n} / {total}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/filters.py" line="248" />
        <source> ({shown} shown by the filter)</source>
        <translation>（筛选后显示 {shown} 个）</translation>
    </message>
</context>
<context>
    <name>HtmlTime</name>
    <message>
        <location filename="../../../gzmap/export/html_time.py" line="33" />
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_time.py" line="34" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_time.py" line="35" />
        <source>Founded in {year}</source>
        <translation>{year} 年成立</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_time.py" line="36" />
        <source>As of {year}</source>
        <translation>截至 {year} 年</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_time.py" line="37" />
        <source>{start}–{year}</source>
        <translation>{start}–{year} 年</translation>
    </message>
    <message>
        <location filename="../../../gzmap/export/html_time.py" line="38" />
        <source>{n} shown</source>
        <translation>显示 {n} 个</translation>
    </message>
</context>
<context>
    <name>Identify</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/identify.py" line="135" />
        <source>Nothing here</source>
        <extracomment>Pixels around the click a point may be from it. Most fields listed per feature.</extracomment>
        <translation>此处没有要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/identify.py" line="161" />
        <source>Identify features</source>
        <translation>识别要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/identify.py" line="163" />
        <source>Click the map to see the features under the cursor in every layer</source>
        <translation>点击地图，查看各图层中光标下的要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/identify.py" line="165" />
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/identify.py" line="166" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/identify.py" line="166" />
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>LayerFilter</name>
    <message>
        <location filename="../../../gzmap/core/layer_filter.py" line="57" />
        <source>its filter is not valid: {reason}</source>
        <extracomment>The shape of a saved filter: objects where objects belong (:meth:`LayerFilter.from_dict` checks the rest, so that a wrong value is refused with a message naming the layer).</extracomment>
        <translation>其筛选条件无效：{reason}</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/measure.py" line="156" />
        <source>Measure distance</source>
        <translation>测量距离</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/measure.py" line="157" />
        <source>Measure area</source>
        <translation>测量面积</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/measure.py" line="158" />
        <source>Click the vertices; double-click or Enter ends, Escape clears</source>
        <translation>依次点击各顶点；双击或按 Enter 结束，按 Esc 清除</translation>
    </message>
</context>
<context>
    <name>TimeSlider</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="50" />
        <source>As of the year (open then)</source>
        <translation>截至该年（当年仍存续）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="51" />
        <source>Founded in the year</source>
        <translation>当年成立</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="52" />
        <source>Founded in the range</source>
        <translation>在年份区间内成立</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="65" />
        <source>file row {n}</source>
        <extracomment>Milliseconds per year while playing.</extracomment>
        <translation>文件第 {n} 行</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="65" />
        <source>row {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="69" />
        <source>; and {n} more</source>
        <translation>；另有 {n} 行</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="70" />
        <source>{n} rows hold no year and are outside every year ({rows}{more})</source>
        <translation>{n} 行没有有效年份，不属于任何年份（{rows}{more}）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="181" />
        <source>(no closing year)</source>
        <translation>（无注销年份）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="250" />
        <source>No layer with a year or date field.</source>
        <translation>没有含年份或日期字段的图层。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="258" />
        <source>{n} of {total} features shown</source>
        <translation>显示 {total} 个要素中的 {n} 个</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="271" />
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="299" />
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="271" />
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="299" />
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="283" />
        <source>Time slider</source>
        <translation>时间滑块</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="284" />
        <source>Show features by year</source>
        <translation>按年份显示要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="286" />
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="287" />
        <source>Year or date field</source>
        <translation>年份或日期字段</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="288" />
        <source>Closing year field</source>
        <translation>注销年份字段</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/time_slider.py" line="290" />
        <source>Show</source>
        <translation>显示方式</translation>
    </message>
</context>
</TS>