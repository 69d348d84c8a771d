<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CompetitorView</name>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="156" />
        <location filename="../../../gzmap/ui/competitor_view.py" line="227" />
        <source>GBA competitor view</source>
        <translation>大湾区竞争对比</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="228" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="229" />
        <location filename="../../../gzmap/ui/competitor_view.py" line="365" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="231" />
        <source>Map PNG…</source>
        <translation>地图 PNG…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="232" />
        <source>Chart PNG…</source>
        <translation>图表 PNG…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="233" />
        <source>Ranking CSV…</source>
        <translation>排名 CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="234" />
        <source>Table PNG…</source>
        <translation>对比表 PNG…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="235" />
        <source>Table CSV…</source>
        <translation>对比表 CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="288" />
        <source>Source: {s}</source>
        <translation>来源：{s}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="320" />
        <location filename="../../../gzmap/ui/competitor_view.py" line="362" />
        <source>Guangzhou</source>
        <translation>广州</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="321" />
        <source>Other GBA cities</source>
        <translation>大湾区其他城市</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="353" />
        <source>GBA ranking</source>
        <translation>大湾区排名</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="359" />
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="360" />
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="361" />
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="363" />
        <source>Guangzhou − city</source>
        <translation>广州 − 该城市</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="364" />
        <source>Guangzhou ÷ city</source>
        <translation>广州 ÷ 该城市</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="366" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="367" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="378" />
        <source>GBA</source>
        <translation>大湾区</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="379" />
        <source>National</source>
        <translation>全国</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="384" />
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="434" />
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="436" />
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="439" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="446" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/competitor_view.py" line="451" />
        <source> (approx.)</source>
        <translation>（约数）</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="61" />
        <source>Indicator table joined</source>
        <translation>指标表已连接</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="65" />
        <source>Guangzhou districts</source>
        <translation>广州市辖区</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="67" />
        <source>GBA cities</source>
        <translation>大湾区城市</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="70" />
        <source>{matched} rows matched, {unmatched} unmatched, {elsewhere} for regions outside {target}, {nodata} regions without data.</source>
        <translation>匹配 {matched} 行，未匹配 {unmatched} 行，{elsewhere} 行属于{target}以外的地区，{nodata} 个地区无数据。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="85" />
        <source>Save report as CSV…</source>
        <translation>将报告保存为 CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="97" />
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="99" />
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="147" />
        <source>Load indicator table…</source>
        <translation>加载指标表…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="148" />
        <source>Enterprise indicators by district</source>
        <translation>按区统计企业指标</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="149" />
        <source>GBA competitor view</source>
        <translation>大湾区竞争对比</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="150" />
        <source>Symbology</source>
        <translation>符号样式</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="151" />
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="162" />
        <source>Load indicator table</source>
        <translation>加载指标表</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="164" />
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="166" />
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="175" />
        <source>Loading indicator table</source>
        <translation>正在加载指标表</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="181" />
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="190" />
        <source>Cannot load indicator table</source>
        <translation>无法加载指标表</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="191" />
        <source>No value of the table could be joined.</source>
        <translation>表中没有任何数值能连接到地区。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="213" />
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="228" />
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="234" />
        <source>Enterprise indicators</source>
        <translation>企业指标</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/indicators.py" line="214" />
        <source>Select a point layer of enterprises first.</source>
        <translation>请先选择企业点图层。</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../../gzmap/ui/legend_panel.py" line="165" />
        <source>Source: {s}</source>
        <extracomment>Item data of a category row: (layer id, category key or None for "Other").</extracomment>
        <translation>来源：{s}</translation>
    </message>
</context>
<context>
    <name>SymbologyPanel</name>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="221" />
        <source>Style</source>
        <extracomment>The label choice that writes each feature's value (graduated styles). Emitted after a style is applied (the layer). The running fit of graduated classes (a :class:`gzmap.ui.tasks.Task`), or None.</extracomment>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="222" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="223" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="224" />
        <source>Classification</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="225" />
        <source>Classes</source>
        <translation>分级数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="226" />
        <source>Manual breaks</source>
        <translation>手动断点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="227" />
        <source>Colour ramp</source>
        <translation>色带</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="228" />
        <source>Reverse ramp</source>
        <translation>反转色带</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="229" />
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="230" />
        <source>Labels</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="231" />
        <source>Symbol size</source>
        <translation>符号大小</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="232" />
        <source>Size field</source>
        <translation>大小字段</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="233" />
        <source>Largest symbol</source>
        <translation>最大符号</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="239" />
        <source>Single colour</source>
        <translation>单一颜色</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="240" />
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="241" />
        <source>Graduated colours</source>
        <translation>分级设色</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="245" />
        <source>upper bounds, e.g. 100, 200, 300</source>
        <translation>各级上限，例如 100, 200, 300</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="252" />
        <source>Fixed</source>
        <translation>固定</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="253" />
        <source>Graduated</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="254" />
        <source>Proportional</source>
        <translation>按比例</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="259" />
        <source>ColorBrewer ramps; the first (YlGnBu) is safe for colour-blind readers</source>
        <translation>ColorBrewer 色带；第一个（YlGnBu）对色觉障碍读者友好</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="322" />
        <source>— single colour —</source>
        <translation>— 单一颜色 —</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="356" />
        <source>— no labels —</source>
        <translation>— 无标注 —</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="357" />
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="359" />
        <source>— colour field —</source>
        <translation>— 同颜色字段 —</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="396" />
        <source>Change {a}–{b}</source>
        <translation>变化量 {a}–{b}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="399" />
        <source>% change {a}–{b}</source>
        <translation>变化率（%）{a}–{b}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="554" />
        <source>manual breaks must increase</source>
        <translation>手动断点必须递增</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="635" />
        <source>Classifying</source>
        <translation>正在分级</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="666" />
        <source>The field has no numeric values to classify.</source>
        <translation>该字段没有可分级的数值。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="678" />
        <source>Select a polygon or point layer to style it.</source>
        <translation>请选择一个面图层或点图层来设置样式。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="696" />
        <source>{n} features with data, {m} without</source>
        <translation>{n} 个要素有数据，{m} 个无数据</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="702" />
        <source>Natural breaks fitted on a fixed sample of {k:,} values</source>
        <translation>自然断点基于固定的 {k:,} 个值的样本计算</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="707" />
        <source>Source: {s}</source>
        <translation>来源：{s}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/symbology_panel.py" line="709" />
        <source>{n} categories</source>
        <translation>{n} 个类别</translation>
    </message>
</context>
</TS>