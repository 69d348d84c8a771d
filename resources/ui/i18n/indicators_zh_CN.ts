<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CompetitorView</name>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="223"/>
        <location filename="../../../gzmap/ui/competitor_view.py" line="294"/>
        <source>GBA competitor view</source>
        <extracomment>Where the legend was last painted (widget or image pixels) and its heading.</extracomment>
        <translation>大湾区竞争对比</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="295"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="296"/>
        <location filename="../../../gzmap/ui/competitor_view.py" line="432"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="298"/>
        <source>Map PNG…</source>
        <translation>地图 PNG…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="299"/>
        <source>Chart PNG…</source>
        <translation>图表 PNG…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="300"/>
        <source>Ranking CSV…</source>
        <translation>排名 CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="301"/>
        <source>Table PNG…</source>
        <translation>对比表 PNG…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="302"/>
        <source>Table CSV…</source>
        <translation>对比表 CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="355"/>
        <source>Source: {s}</source>
        <translation>来源：{s}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="387"/>
        <location filename="../../../gzmap/ui/competitor_view.py" line="429"/>
        <source>Guangzhou</source>
        <translation>广州</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="388"/>
        <source>Other GBA cities</source>
        <translation>大湾区其他城市</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="420"/>
        <source>GBA ranking</source>
        <translation>大湾区排名</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="426"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="427"/>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="428"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="430"/>
        <source>Guangzhou − city</source>
        <translation>广州 − 该城市</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="431"/>
        <source>Guangzhou ÷ city</source>
        <translation>广州 ÷ 该城市</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="433"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="434"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="445"/>
        <source>GBA</source>
        <translation>大湾区</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="446"/>
        <source>National</source>
        <translation>全国</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="451"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="501"/>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="503"/>
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="506"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="513"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="518"/>
        <source> (approx.)</source>
        <translation>（约数）</translation>
    </message>
</context>
<context>
    <name>DistrictSummary</name>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="36"/>
        <source>Number of points</source>
        <extracomment>Statistic -&gt; its name in the drop-down.</extracomment>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="37"/>
        <source>Sum of a field</source>
        <translation>字段合计</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="38"/>
        <source>Mean of a field</source>
        <translation>字段平均值</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="43"/>
        <source>Number of {layer}</source>
        <extracomment>Statistic -&gt; the legend&apos;s title ({field}: the field&apos;s display name; {layer}: the layer&apos;s name).</extracomment>
        <translation>{layer}数量</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="44"/>
        <source>{field} (sum)</source>
        <translation>{field}（合计）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="45"/>
        <source>{field} (mean)</source>
        <translation>{field}（平均）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="47"/>
        <source>By district: {title}</source>
        <translation>按区统计：{title}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="65"/>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="169"/>
        <source>Statistics by district</source>
        <translation>按区统计</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="80"/>
        <source>Guangzhou&apos;s districts (built-in)</source>
        <translation>广州各区（内置）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="83"/>
        <source>Selected features only</source>
        <translation>仅所选要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="84"/>
        <source>Only what the filter shows</source>
        <translation>仅筛选显示的要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="86"/>
        <source>Point layer</source>
        <translation>点图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="87"/>
        <source>Statistic</source>
        <translation>统计量</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="88"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="89"/>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="90"/>
        <source>Districts</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="112"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/district_summary_dialog.py" line="172"/>
        <source>No features are selected in this layer.</source>
        <translation>该图层没有选中的要素。</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="70"/>
        <source>Indicator table joined</source>
        <translation>指标表已连接</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="74"/>
        <source>Guangzhou districts</source>
        <translation>广州市辖区</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="76"/>
        <source>GBA cities</source>
        <translation>大湾区城市</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="79"/>
        <source>{matched} rows matched, {unmatched} unmatched, {elsewhere} for regions outside {target}, {nodata} regions without data.</source>
        <translation>匹配 {matched} 行，未匹配 {unmatched} 行，{elsewhere} 行属于{target}以外的地区，{nodata} 个地区无数据。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="94"/>
        <source>Save report as CSV…</source>
        <translation>将报告保存为 CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="106"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="108"/>
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="158"/>
        <source>Load indicator table…</source>
        <translation>加载指标表…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="159"/>
        <source>Enterprise indicators by district</source>
        <translation>按区统计企业指标</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="160"/>
        <source>Statistics by district…</source>
        <translation>按区统计…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="161"/>
        <source>GBA competitor view</source>
        <translation>大湾区竞争对比</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="162"/>
        <source>Symbology</source>
        <translation>符号样式</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="163"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="172"/>
        <source>Load indicator table</source>
        <translation>加载指标表</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="172"/>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="180"/>
        <source>Loading indicator table</source>
        <translation>正在加载指标表</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="186"/>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="195"/>
        <source>Cannot load indicator table</source>
        <translation>无法加载指标表</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="196"/>
        <source>No value of the table could be joined.</source>
        <translation>表中没有任何数值能连接到地区。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="218"/>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="233"/>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="239"/>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="250"/>
        <source>Enterprise indicators</source>
        <translation>企业指标</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="219"/>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="251"/>
        <source>Select a point layer of enterprises first.</source>
        <translation>请先选择企业点图层。</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../../gzmap/ui/legend_panel.py" line="184"/>
        <source>Source: {s}</source>
        <extracomment>Item data of a category row: (layer id, category key or None for &quot;Other&quot;).</extracomment>
        <translation>来源：{s}</translation>
    </message>
</context>
<context>
    <name>SymbologyPanel</name>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="109"/>
        <source>Style</source>
        <extracomment>The label choice that writes each feature&apos;s value (graduated styles). The labels of the panel&apos;s form rows (key: the widget attribute).</extracomment>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="110"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="111"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="112"/>
        <source>Classification</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="113"/>
        <source>Classes</source>
        <translation>分级数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="114"/>
        <source>Manual breaks</source>
        <translation>手动断点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="115"/>
        <source>Colour ramp</source>
        <translation>色带</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="116"/>
        <source>Reverse ramp</source>
        <translation>反转色带</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="117"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="118"/>
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="119"/>
        <source>Symbol size</source>
        <translation>符号大小</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="120"/>
        <source>Size field</source>
        <translation>大小字段</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="121"/>
        <source>Largest symbol</source>
        <translation>最大符号</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="240"/>
        <source>Single colour</source>
        <extracomment>Emitted after a style is applied (the layer). The running fit of graduated classes (a :class:`gzmap.ui.tasks.Task`), or None.</extracomment>
        <translation>单一颜色</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="241"/>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="242"/>
        <source>Graduated colours</source>
        <translation>分级设色</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="246"/>
        <source>upper bounds, e.g. 100, 200, 300</source>
        <translation>各级上限，例如 100, 200, 300</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="253"/>
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="254"/>
        <source>Graduated</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="255"/>
        <source>Proportional</source>
        <translation>按比例</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="260"/>
        <source>ColorBrewer ramps; the first (YlGnBu) is safe for colour-blind readers</source>
        <translation>ColorBrewer 色带；第一个（YlGnBu）对色觉障碍读者友好</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="323"/>
        <source>— single colour —</source>
        <translation>— 单一颜色 —</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="357"/>
        <source>— no labels —</source>
        <translation>— 无标注 —</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="358"/>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="360"/>
        <source>— colour field —</source>
        <translation>— 同颜色字段 —</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="397"/>
        <source>Change {a}–{b}</source>
        <translation>变化量 {a}–{b}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="400"/>
        <source>% change {a}–{b}</source>
        <translation>变化率（%）{a}–{b}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="554"/>
        <source>manual breaks must increase</source>
        <translation>手动断点必须递增</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="635"/>
        <source>Classifying</source>
        <translation>正在分级</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="666"/>
        <source>The field has no numeric values to classify.</source>
        <translation>该字段没有可分级的数值。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="678"/>
        <source>Select a polygon or point layer to style it.</source>
        <translation>请选择一个面图层或点图层来设置样式。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="696"/>
        <source>{n} features with data, {m} without</source>
        <translation>{n} 个要素有数据，{m} 个无数据</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="702"/>
        <source>Natural breaks fitted on a fixed sample of {k:,} values</source>
        <translation>自然断点基于固定的 {k:,} 个值的样本计算</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="707"/>
        <source>Source: {s}</source>
        <translation>来源：{s}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="709"/>
        <source>{n} categories</source>
        <translation>{n} 个类别</translation>
    </message>
</context>
</TS>
