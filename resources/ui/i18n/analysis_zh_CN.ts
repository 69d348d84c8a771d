<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Analysis</name>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="23"/>
        <source>Clusters (DBSCAN / HDBSCAN)</source>
        <translation>聚类分析（DBSCAN / HDBSCAN）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="24"/>
        <source>Heat surface (kernel density)</source>
        <translation>热力图（核密度）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="25"/>
        <source>Hot spots (Getis-Ord Gi*)</source>
        <translation>热点分析（Getis-Ord Gi*）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="26"/>
        <source>District statistics (LQ, specialisation, LISA, Clark–Evans)</source>
        <translation>分区统计（区位商、专业化、LISA、Clark–Evans）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="88"/>
        <source>Selected features only</source>
        <translation>仅所选要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="89"/>
        <source>Point layer</source>
        <translation>点图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="120"/>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="260"/>
        <source>The project has no point layer: import enterprises first.</source>
        <translation>项目中没有点图层：请先导入企业数据。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="130"/>
        <source>{n} points; defaults are derived from their spacing and extent.</source>
        <translation>共 {n} 个点；默认参数根据点的间距和范围推算。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="137"/>
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="143"/>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="149"/>
        <source>(none: count points)</source>
        <translation>（无：按点计数）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="170"/>
        <source>{n} seconds</source>
        <extracomment>HDBSCAN (scikit-learn) took 22 s on 100,000 points on a 2-core machine, growing as n^2.2 (0.9 s at 20,000, 4.7 s at 50,000): the estimate behind the dialog&apos;s warning.</extracomment>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="172"/>
        <source>{n} minutes</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="173"/>
        <source>{n} hours</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="190"/>
        <source>Border points as noise (DBSCAN*)</source>
        <translation>边界点视为噪声（DBSCAN*）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="192"/>
        <source>Convex hull</source>
        <translation>凸包</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="193"/>
        <source>Concave hull</source>
        <translation>凹包</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="198"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="199"/>
        <source>Search radius ε</source>
        <translation>搜索半径 ε</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="200"/>
        <source>Minimum points within ε</source>
        <translation>ε 内最少点数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="201"/>
        <source>Minimum cluster size (HDBSCAN)</source>
        <translation>最小聚类规模（HDBSCAN）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="203"/>
        <source>Cluster outline</source>
        <translation>聚类范围</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="204"/>
        <source>Concave hull ratio (0 tight – 1 convex)</source>
        <translation>凹包比例（0 最紧 – 1 凸包）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="225"/>
        <source>HDBSCAN&apos;s time grows about with the square of the number of points: on {n:,} points expect roughly {t} (100,000 took 22 s on a two-core laptop). DBSCAN takes seconds.</source>
        <translation>HDBSCAN 的耗时大约随点数的平方增长：{n:,} 个点预计约需 {t}（在双核笔记本上 100,000 个点用时 22 秒）。DBSCAN 只需数秒。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="253"/>
        <source>Quartic (as QGIS Heatmap)</source>
        <translation>四次核（同 QGIS 热力图）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="254"/>
        <source>Gaussian</source>
        <translation>高斯核</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="256"/>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="257"/>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="287"/>
        <source>Cell size</source>
        <translation>像元大小</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="258"/>
        <source>Kernel</source>
        <translation>核函数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="259"/>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="292"/>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="316"/>
        <source>Weight field</source>
        <translation>权重字段</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="277"/>
        <source>Squares (8 neighbours)</source>
        <translation>正方形（8 邻域）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="278"/>
        <source>Hexagons (6 neighbours)</source>
        <translation>六边形（6 邻域）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="282"/>
        <source>False discovery rate correction</source>
        <translation>错误发现率（FDR）校正</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="284"/>
        <source>Extent of the points</source>
        <translation>点的范围</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="285"/>
        <source>Guangzhou (all districts)</source>
        <translation>广州市（全部辖区）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="288"/>
        <source>Cell shape</source>
        <translation>格网形状</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="289"/>
        <source>Permutations</source>
        <translation>置换次数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="291"/>
        <source>Study area</source>
        <translation>研究区域</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="311"/>
        <source>Districts</source>
        <translation>行政区</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="312"/>
        <source>Grid cells</source>
        <translation>格网</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="315"/>
        <source>Sub-sector field</source>
        <translation>细分行业字段</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="317"/>
        <source>Map the location quotient of</source>
        <translation>制图的区位商行业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="318"/>
        <source>Local Moran&apos;s I over</source>
        <translation>局部莫兰指数单元</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="319"/>
        <source>Grid cell size</source>
        <translation>格网大小</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="82"/>
        <source>Location quotients and specialisation by district</source>
        <extracomment>Clark–Evans patterns in the two languages.</extracomment>
        <translation>各区区位商与专业化指数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="83"/>
        <source>Clark–Evans nearest-neighbour index by sub-sector</source>
        <translation>各细分行业 Clark–Evans 最近邻指数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="174"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="175"/>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="207"/>
        <source>CSV files</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="207"/>
        <source>Excel files</source>
        <translation>Excel 文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="208"/>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="249"/>
        <source>Clusters (DBSCAN / HDBSCAN)…</source>
        <translation>聚类分析（DBSCAN / HDBSCAN）…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="250"/>
        <source>Heat surface (kernel density)…</source>
        <translation>热力图（核密度）…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="251"/>
        <source>Hot spots (Getis-Ord Gi*)…</source>
        <translation>热点分析（Getis-Ord Gi*）…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="252"/>
        <source>District statistics (LQ, LISA, Clark–Evans)…</source>
        <translation>分区统计（区位商、LISA、Clark–Evans）…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="253"/>
        <source>Analysis results</source>
        <translation>分析结果</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="260"/>
        <source>No point layer</source>
        <translation>没有点图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="284"/>
        <source>No features are selected in this layer.</source>
        <translation>该图层中没有选中的要素。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="322"/>
        <source>Noise: {n} points that belong to no cluster.</source>
        <translation>噪声：{n} 个点不属于任何聚类。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="326"/>
        <source>Cluster C{id}: {n} enterprises, {area:.2f} km², {density:,.0f} per km²; mostly {sub} ({share:.0%}); in {district}.</source>
        <translation>聚类 C{id}：{n} 家企业，面积 {area:.2f} 平方公里，每平方公里 {density:,.0f} 家；以{sub}为主（{share:.0%}）；位于{district}。</translation>
    </message>
</context>
</TS>
