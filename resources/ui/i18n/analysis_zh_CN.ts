<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Analysis</name>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="119" />
        <source>Selected features only</source>
        <translation>仅所选要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="123" />
        <source>Point layer</source>
        <translation>点图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="327" />
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="268" />
        <source>The project has no point layer: import enterprises first.</source>
        <translation>项目中没有点图层：请先导入企业数据。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="346" />
        <source>{n} points; defaults are derived from their spacing and extent.</source>
        <translation>共 {n} 个点；默认参数根据点的间距和范围推算。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="58" />
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="120" />
        <source>Only the features the filter shows</source>
        <translation>仅筛选后显示的要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="367" />
        <source>(none: count points)</source>
        <translation>（无：按点计数）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="177" />
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="371" />
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="390" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="183" />
        <source>Built-in sample</source>
        <translation>内置样例</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="189" />
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="210" />
        <source>Tables (CSV, TXT, Excel)</source>
        <translation>表格文件（CSV、文本、Excel）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="425" />
        <source>{n} seconds</source>
        <extracomment>HDBSCAN (scikit-learn) took 22 s on 100,000 points on a 2-core machine, growing as n^2.2 (0.9 s at 20,000, 4.7 s at 50,000): the estimate behind the dialog's warning.</extracomment>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="427" />
        <source>{n} minutes</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="428" />
        <source>{n} hours</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="452" />
        <source>HDBSCAN's time grows about with the square of the number of points: on {n:,} points expect roughly {t} (100,000 took 22 s on a two-core laptop). DBSCAN takes seconds.</source>
        <translation>HDBSCAN 的耗时大约随点数的平方增长：{n:,} 个点预计约需 {t}（在双核笔记本上 100,000 个点用时 22 秒）。DBSCAN 只需数秒。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="129" />
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="130" />
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="199" />
        <source>CSV files</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="201" />
        <source>Excel files</source>
        <translation>Excel 文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="204" />
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="259" />
        <source>Analysis results</source>
        <translation>分析结果</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="267" />
        <source>No point layer</source>
        <translation>没有点图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="325" />
        <source>No features are selected in this layer.</source>
        <extracomment>analysis id -&gt; its dialog, for every declared analysis with a menu text (registry order)</extracomment>
        <translation>该图层中没有选中的要素。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="347" />
        <source>The analysis stopped because of an unexpected problem; the details are in the log.</source>
        <translation>分析因意外问题而中止；详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="385" />
        <source>Noise: {n} points that belong to no cluster.</source>
        <translation>噪声：{n} 个点不属于任何聚类。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="391" />
        <source>Cluster C{id}: {n} enterprises, {area:.2f} km², {density:,.0f} per km²; mostly {sub} ({share:.0%}); in {district}.</source>
        <translation>聚类 C{id}：{n} 家企业，面积 {area:.2f} 平方公里，每平方公里 {density:,.0f} 家；以{sub}为主（{share:.0%}）；位于{district}。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/result_views.py" line="78" />
        <source>{a} (row) among {b} (column): co-location quotient {clq}, p = {p}</source>
        <extracomment>A pair's pseudo p-value at or below which its cell is marked.</extracomment>
        <translation>{a}（行）周围的{b}（列）：共位商 {clq}，p = {p}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/result_views.py" line="100" />
        <source>Blue: fewer neighbours of the column's sub-sector than expected (below 1); red: more (above 1); * significant (p ≤ 0.05).</source>
        <translation>蓝色：列中细分行业的邻近企业少于预期（小于 1）；红色：多于预期（大于 1）；* 表示显著（p ≤ 0.05）。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/result_views.py" line="192" />
        <source>Development index (TOPSIS score) by region</source>
        <translation>各地区发展指数（贴近度）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/result_views.py" line="194" />
        <source>Development index (TOPSIS score) by region, {year}</source>
        <translation>各地区发展指数（贴近度），{year} 年</translation>
    </message>
</context>
</TS>