<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Analyses</name>
        <message>
            <location filename="../../../gzmap/analysis/district_stats_tool.py" line="15" />
            <source>clustered</source>
            <extracomment>Clark–Evans patterns (the ``pattern`` column's values), translated for the table.</extracomment>
            <translation>集聚</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/district_stats_tool.py" line="16" />
            <source>random</source>
            <translation>随机</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/district_stats_tool.py" line="17" />
            <source>dispersed</source>
            <translation>分散</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/district_stats_tool.py" line="19" />
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="5" />
            <source>Clusters (DBSCAN / HDBSCAN)</source>
            <translation>聚类分析（DBSCAN / HDBSCAN）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="6" />
            <source>Clusters (DBSCAN / HDBSCAN)…</source>
            <translation>聚类分析（DBSCAN / HDBSCAN）…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="15" />
            <source>find density-based clusters (DBSCAN/HDBSCAN, metres) and profile them</source>
            <translation>基于密度识别聚类（DBSCAN/HDBSCAN，米）并生成概况</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="25" />
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="26" />
            <source>DBSCAN (a search radius) or HDBSCAN (clusters of differing density)</source>
            <translation>DBSCAN（按搜索半径）或 HDBSCAN（可发现密度不同的聚类）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="33" />
            <source>Search radius ε</source>
            <translation>搜索半径 ε</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="34" />
            <source>DBSCAN radius in metres</source>
            <translation>DBSCAN 搜索半径（米）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="46" />
            <source>Minimum points within ε</source>
            <translation>ε 内最少点数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="47" />
            <source>DBSCAN: points within eps (itself included) for a core point (default 20); HDBSCAN: density smoothing (default: min cluster size)</source>
            <translation>DBSCAN：ε 范围内（含自身）成为核心点所需的点数（默认 20）；HDBSCAN：密度平滑程度（默认：最小聚类规模）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="51" />
            <source>auto</source>
            <translation>自动</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="58" />
            <source>Minimum cluster size (HDBSCAN)</source>
            <translation>最小聚类规模（HDBSCAN）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="59" />
            <source>HDBSCAN: smallest cluster</source>
            <translation>HDBSCAN：最小聚类规模</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="69" />
            <source>Border points</source>
            <translation>边界点</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="70" />
            <source>DBSCAN border points: join the first cluster reaching them (classic, as QGIS) or count as noise (DBSCAN*)</source>
            <translation>DBSCAN 边界点：归入最先到达的聚类（经典算法，与 QGIS 相同）或视为噪声（DBSCAN*）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="78" />
            <source>Cluster outline</source>
            <translation>聚类范围</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="79" />
            <source>cluster outline</source>
            <translation>聚类范围</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="86" />
            <source>Concave hull ratio (0 tight – 1 convex)</source>
            <translation>凹包比例（0 最紧 – 1 凸包）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="87" />
            <source>concave hull tightness 0-1</source>
            <translation>凹包紧致度 0-1</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="98" />
            <source>Sub-sector field</source>
            <translation>细分行业字段</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="99" />
            <source>sub-sector column for the profiles</source>
            <translation>用于聚类概况的细分行业列</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="104" />
            <source>metric CRS to compute in (default EPSG:32649 for lon/lat input)</source>
            <translation>计算所用的米制坐标系（经纬度输入默认 EPSG:32649）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="109" />
            <source>Points with their cluster</source>
            <translation>带聚类编号的点</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="114" />
            <source>Cluster outlines and profiles</source>
            <translation>聚类范围及概况</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="119" />
            <source>Cluster summary</source>
            <translation>聚类汇总</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="120" />
            <source>summary CSV path (default OUT_summary.csv)</source>
            <translation>汇总 CSV 路径（默认 OUT_summary.csv）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="27" />
            <source>DBSCAN</source>
            <translation>DBSCAN</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="27" />
            <source>HDBSCAN</source>
            <translation>HDBSCAN</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="71" />
            <source>Join the first cluster (classic, as QGIS)</source>
            <translation>归入最先到达的聚类（经典算法，与 QGIS 相同）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="71" />
            <source>Noise (DBSCAN*)</source>
            <translation>视为噪声（DBSCAN*）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="80" />
            <source>Convex hull</source>
            <translation>凸包</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="80" />
            <source>Concave hull</source>
            <translation>凹包</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="5" />
            <source>Co-location quotients (CLQ)</source>
            <translation>共位商（CLQ）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="6" />
            <source>Co-location of sub-sectors (CLQ)…</source>
            <translation>细分行业共位分析（CLQ）…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="15" />
            <source>global co-location quotient of every pair of sub-sectors and local CLQ of each enterprise, with permutations</source>
            <translation>各细分行业对的全局共位商与每家企业的局部共位商（置换检验）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="25" />
            <source>Category field</source>
            <translation>类别字段</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="26" />
            <source>column whose values are the categories (sub-sectors)</source>
            <translation>其取值为类别（细分行业）的列</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="32" />
            <source>Category of interest (A)</source>
            <translation>目标类别</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="33" />
            <source>points that get a local CLQ (none: every point)</source>
            <translation>计算局部共位商的点（无：全部点）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="40" />
            <source>Neighbouring category (B)</source>
            <translation>邻近类别</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="41" />
            <source>category counted around each point (none: the point's own category)</source>
            <translation>在每个点周围统计的类别（无：该点自身的类别）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="49" />
            <source>Neighbourhood</source>
            <translation>邻域</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="50" />
            <source>the k nearest enterprises or every enterprise within a distance band</source>
            <translation>最近的 k 家企业，或距离带内的所有企业</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="57" />
            <source>Neighbours (k)</source>
            <translation>邻居数（k）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="58" />
            <source>number of nearest neighbours of each point</source>
            <translation>每个点的最近邻数量</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="51" />
            <source>Distance band</source>
            <translation>距离带</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="68" />
            <source>neighbours within this distance in metres</source>
            <translation>此距离（米）内的邻居</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="80" />
            <source>Kernel</source>
            <translation>核函数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="81" />
            <source>weight of a neighbour by its distance: Gaussian, bisquare or none</source>
            <translation>按距离给邻居加权：高斯、双平方或不加权</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="87" />
            <source>random-labelling permutations for the p-values (0: no test; 99 to 9999)</source>
            <translation>计算 p 值的随机标记置换次数（0：不检验；99 至 9999）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="97" />
            <source>Random seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="98" />
            <source>random seed of the permutations</source>
            <translation>置换的随机种子</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="104" />
            <source>metric CRS of the distances (default EPSG:32649 for lon/lat input)</source>
            <translation>计算距离的米制坐标系（经纬度输入默认 EPSG:32649）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="109" />
            <source>Local co-location quotient of each enterprise</source>
            <translation>每家企业的局部共位商</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="114" />
            <source>Global co-location quotients (row A, column B)</source>
            <translation>全局共位商（行为目标类别，列为邻近类别）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="118" />
            <source>Heat table of the co-location quotients</source>
            <translation>共位商热力表</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="123" />
            <source>Co-location of each pair, with p-values</source>
            <translation>各类别对的共位商及 p 值</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="51" />
            <source>k nearest</source>
            <translation>k 最近邻</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="82" />
            <source>Gaussian</source>
            <translation>高斯核</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="82" />
            <source>Bisquare</source>
            <translation>双平方</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="82" />
            <source>None (equal weights)</source>
            <translation>无（等权）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="8" />
            <source>False discovery rate correction</source>
            <translation>错误发现率（FDR）校正</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="9" />
            <source>false-discovery-rate correction of the classes</source>
            <translation>对分类做错误发现率（FDR）校正</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="14" />
            <source>Metric CRS</source>
            <translation>米制坐标系</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="15" />
            <source>metric CRS of the grid (default EPSG:32649 for lon/lat input)</source>
            <translation>格网的米制坐标系（经纬度输入默认 EPSG:32649）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="21" />
            <source>Weight field</source>
            <translation>权重字段</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="28" />
            <source>Permutations</source>
            <translation>置换次数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="37" />
            <source>Cell size</source>
            <translation>格网大小</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="38" />
            <source>cell size in metres</source>
            <translation>格网大小（米）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="48" />
            <source>Point layer</source>
            <translation>点图层</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="49" />
            <source>point file (GeoPackage, Shapefile, GeoJSON...) or enterprise table (CSV/Excel)</source>
            <translation>点文件（GeoPackage、Shapefile、GeoJSON 等）或企业表（CSV/Excel）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="5" />
            <source>Cross-K/L function of two sub-sectors</source>
            <translation>两个细分行业的交叉 K/L 函数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="6" />
            <source>Cross-K/L function of two sub-sectors…</source>
            <translation>两个细分行业的交叉 K/L 函数…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="14" />
            <source>cross-K and L of two categories by distance, with random-labelling simulation envelopes</source>
            <translation>两个类别随距离变化的交叉 K 与 L 函数，附随机标记模拟包络线</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="30" />
            <source>Category A</source>
            <translation>类别 A</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="31" />
            <source>first category of the pair</source>
            <translation>类别对中的第一个类别</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="37" />
            <source>Category B</source>
            <translation>类别 B</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="38" />
            <source>second category of the pair</source>
            <translation>类别对中的第二个类别</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="45" />
            <source>Largest distance</source>
            <translation>最大距离</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="46" />
            <source>largest distance r in metres</source>
            <translation>最大距离 r（米）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="57" />
            <source>Distances</source>
            <translation>距离数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="58" />
            <source>number of distances evaluated up to the largest</source>
            <translation>在最大距离以内计算的距离个数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="66" />
            <source>Simulations</source>
            <translation>模拟次数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="67" />
            <source>random-labelling simulations for the envelope (0: none)</source>
            <translation>包络线的随机标记模拟次数（0：不模拟）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="88" />
            <source>Cross-L function and envelope</source>
            <translation>交叉 L 函数及包络线</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="5" />
            <source>Development index (entropy-TOPSIS, coupling coordination)</source>
            <translation>发展指数（熵权逼近理想解法、耦合协调度）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="6" />
            <source>Development index of districts and cities…</source>
            <translation>区县与城市发展指数…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="17" />
            <source>entropy weights, TOPSIS score, coupling coordination degree of indicator groups and obstacle degree by region</source>
            <translation>按地区计算熵权、逼近理想解（贴近度）得分、指标分组的耦合协调度和障碍度</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="39" />
            <source>Regions</source>
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="40" />
            <source>join the table to Guangzhou's districts or the Greater Bay Area cities</source>
            <translation>将表连接到广州各区或大湾区城市</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="47" />
            <source>Weights per year</source>
            <translation>逐年计算权重</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="48" />
            <source>one weight set per year instead of all years pooled</source>
            <translation>每年一组权重，而不是合并所有年份</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="53" />
            <source>Group contributions (alpha)</source>
            <translation>分组贡献系数（α）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="54" />
            <source>contribution of each group to T, e.g. scale=0.5,talent=0.5 (default: equal)</source>
            <translation>各分组对综合发展指数的贡献，例如 规模=0.5,人才=0.5（默认：相等）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="23" />
            <source>Indicator table</source>
            <translation>指标表</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="24" />
            <source>indicator table (CSV/Excel, long or wide form) of districts or cities</source>
            <translation>区或城市的指标表（CSV/Excel，长表或宽表）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="30" />
            <source>Groups table</source>
            <translation>指标分组表</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="31" />
            <source>table (CSV/Excel) with columns indicator,group,direction (benefit or cost; Chinese headers and words work too); none: all benefit, one group</source>
            <translation>分组表（CSV 或 Excel），列为 指标、分组、方向（正向/负向）；无：全部正向、一个分组</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="59" />
            <source>Development index by region and year</source>
            <translation>各地区各年份的发展指数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="62" />
            <source>Ranking chart of the TOPSIS score</source>
            <translation>发展指数排名图</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="67" />
            <source>Entropy weights</source>
            <translation>熵权</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="73" />
            <source>Years side by side</source>
            <translation>各年份并列</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="79" />
            <source>Obstacle degree</source>
            <translation>障碍度</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="41" />
            <source>Guangzhou districts</source>
            <translation>广州各区</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="41" />
            <source>Greater Bay Area cities</source>
            <translation>大湾区城市</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="4" />
            <source>District statistics (LQ, specialisation, LISA, Clark–Evans)</source>
            <translation>分区统计（区位商、专业化、LISA、Clark–Evans）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="5" />
            <source>District statistics (LQ, LISA, Clark–Evans)…</source>
            <translation>分区统计（区位商、LISA、Clark–Evans）…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="6" />
            <source>location quotients and specialisation by district, local Moran's I of enterprise density, Clark-Evans index by sub-sector</source>
            <translation>各区区位商与专业化指数、企业密度的局部莫兰指数、各细分行业的 Clark-Evans 指数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="17" />
            <source>sub-sector column</source>
            <translation>细分行业列</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="21" />
            <source>sum this column (e.g. employees) instead of counting enterprises</source>
            <translation>对该列求和（如从业人数）而非统计企业数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="26" />
            <source>Map the location quotient of</source>
            <translation>制图显示区位商的行业</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="27" />
            <source>sub-sector whose location quotients are mapped</source>
            <translation>在地图上显示其区位商的细分行业</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="34" />
            <source>Local Moran's I over</source>
            <translation>局部莫兰指数的统计单元</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="35" />
            <source>districts or grid cells over Guangzhou</source>
            <translation>行政区，或覆盖广州的格网</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="41" />
            <source>Grid cell size</source>
            <translation>格网大小</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="42" />
            <source>LISA grid cell size in metres</source>
            <translation>LISA 格网大小（米）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="51" />
            <source>permutations for the pseudo p-values of LISA (0: no test)</source>
            <translation>LISA 伪 p 值的置换次数（0：不检验）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="59" />
            <source>LISA clusters of enterprise density</source>
            <translation>企业密度 LISA 聚类</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="64" />
            <source>Location quotients and specialisation by district</source>
            <translation>各区区位商与专业化指数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="69" />
            <source>Clark–Evans nearest-neighbour index by sub-sector</source>
            <translation>各细分行业的 Clark–Evans 最近邻指数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="36" />
            <source>Districts</source>
            <translation>行政区</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="36" />
            <source>Grid cells</source>
            <translation>格网</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="5" />
            <source>Directional distribution (standard deviational ellipse)</source>
            <translation>方向分布（标准差椭圆）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="6" />
            <source>Mean centre and ellipse by year…</source>
            <translation>逐年平均中心与标准差椭圆…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="15" />
            <source>mean centre and standard deviational ellipse per group (sub-sector) and period, and their drift</source>
            <translation>按分组（细分行业）和时期计算平均中心与标准差椭圆，并绘制重心迁移</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="25" />
            <source>Group field</source>
            <translation>分组字段</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="26" />
            <source>one ellipse per value of this column (e.g. subsector)</source>
            <translation>该列每个取值一个椭圆（如细分行业）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="33" />
            <source>Period field</source>
            <translation>时期字段</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="34" />
            <source>one ellipse per year of this column ('year' finds the founding year)</source>
            <translation>该列每个年份一个椭圆（填 year 即指成立年份）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="41" />
            <source>Period (years)</source>
            <translation>时期（年）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="42" />
            <source>years per period, counted back from the last year</source>
            <translation>每个时期包含的年数，从最后一年往前划分</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="50" />
            <source>Cumulative (all points up to each period)</source>
            <translation>累计（截至各时期末的全部点）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="51" />
            <source>each period takes every point founded up to its end, not only in it</source>
            <translation>每个时期取截至该时期末成立的全部企业，而不仅是该时期内成立的</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="57" />
            <source>Ellipse size</source>
            <translation>椭圆大小</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="58" />
            <source>standard deviations of the ellipse (CrimeStat / ArcGIS)</source>
            <translation>椭圆的标准差倍数（CrimeStat / ArcGIS）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="63" />
            <source>numeric column weighting each point (e.g. employees)</source>
            <translation>为每个点加权的数值列（如从业人数）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="69" />
            <source>Leave out rows with no year</source>
            <translation>跳过没有年份的行</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="70" />
            <source>leave out rows whose time field holds no year instead of stopping</source>
            <translation>时间字段没有有效年份的行将被跳过，而不是停止分析</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="74" />
            <source>metric CRS of the ellipses (default EPSG:32649 for lon/lat input)</source>
            <translation>计算椭圆所用的米制坐标系（经纬度输入默认 EPSG:32649）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="79" />
            <source>Standard deviational ellipses</source>
            <translation>标准差椭圆</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="84" />
            <source>Mean centre drift</source>
            <translation>平均中心迁移</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="89" />
            <source>Mean centres</source>
            <translation>平均中心</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="94" />
            <source>Ellipses by group and period</source>
            <translation>各分组、各时期的椭圆</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="59" />
            <source>1 standard deviation</source>
            <translation>1 倍标准差</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="59" />
            <source>2 standard deviations</source>
            <translation>2 倍标准差</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="59" />
            <source>3 standard deviations</source>
            <translation>3 倍标准差</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="5" />
            <source>Emerging hot spots (space-time)</source>
            <translation>时空热点分析（新兴热点）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="6" />
            <source>Emerging hot spots (space-time)…</source>
            <translation>时空热点分析（新兴热点）…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="14" />
            <source>space-time cube by founding year, Gi* per bin with FDR, Mann-Kendall trend per location and the 17 emerging hot spot patterns</source>
            <translation>按成立年份建立时空立方体，逐条柱计算 Gi*（FDR 校正），逐位置做 Mann-Kendall 趋势检验，并划分 17 类时空热点模式</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="24" />
            <source>Time field</source>
            <translation>时间字段</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="25" />
            <source>column with the founding year or a date ('year' finds the founding year)</source>
            <translation>含成立年份或日期的列（填 year 即指成立年份）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="34" />
            <source>Cell shape</source>
            <translation>格网形状</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="35" />
            <source>square (8 neighbours) or hex (6 neighbours) cells</source>
            <translation>正方形（8 邻域）或六边形（6 邻域）格网</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="42" />
            <source>Time step (years)</source>
            <translation>时间步长（年）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="43" />
            <source>years per time step</source>
            <translation>每个时间步长包含的年数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="51" />
            <source>Number of time steps</source>
            <translation>时间步数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="52" />
            <source>time steps counted back from the last year (0: every year of the data; at least 10)</source>
            <translation>从最后一年往前数的时间步数（0：数据中的全部年份；至少 10 个）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="59" />
            <source>Neighbourhood distance</source>
            <translation>邻域距离</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="60" />
            <source>distance band in metres between cell centres (auto: 1.5 cells, the ring around each cell)</source>
            <translation>格网中心之间的距离阈值，单位米（自动：1.5 个格网，即每个格网周围一圈）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="66" />
            <source>auto (1.5 cells)</source>
            <translation>自动（1.5 个格网）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="73" />
            <source>Neighbourhood time steps</source>
            <translation>邻域时间步长</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="74" />
            <source>time steps in each bin's neighbourhood</source>
            <translation>每个条柱邻域包含的时间步数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="82" />
            <source>Time neighbourhood</source>
            <translation>时间邻域</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="83" />
            <source>the steps before each bin (as ArcGIS) or the steps before and after it</source>
            <translation>取每个条柱之前的时间步（与 ArcGIS 相同），或前后两侧的时间步</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="94" />
            <source>Study area</source>
            <translation>研究范围</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="95" />
            <source>grid over the points' bounding box or over Guangzhou's districts</source>
            <translation>格网覆盖点的外包矩形或广州各行政区</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="100" />
            <source>numeric column summed per bin instead of counting points</source>
            <translation>按条柱求和的数值列（不填则计数）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="115" />
            <source>Emerging hot spot patterns</source>
            <translation>时空热点模式</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="120" />
            <source>Locations per pattern</source>
            <translation>各模式的位置数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="126" />
            <source>Space-time bins</source>
            <translation>时空条柱</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="127" />
            <source>CSV of every bin of the cube with its Gi* z-score and p-value</source>
            <translation>立方体每个条柱及其 Gi* z 得分和 p 值的 CSV</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="36" />
            <source>Squares (8 neighbours)</source>
            <translation>正方形（8 邻域）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="36" />
            <source>Hexagons (6 neighbours)</source>
            <translation>六边形（6 邻域）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="84" />
            <source>Earlier steps (ArcGIS)</source>
            <translation>之前的时间步（ArcGIS）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="84" />
            <source>Earlier and later steps</source>
            <translation>前后两侧的时间步</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="96" />
            <source>Extent of the points</source>
            <translation>点的范围</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="96" />
            <source>Guangzhou (all districts)</source>
            <translation>广州（全部行政区）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/hotspots.toml" line="5" />
            <source>Hot spots (Getis-Ord Gi*)</source>
            <translation>热点分析（Getis-Ord Gi*）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/hotspots.toml" line="6" />
            <source>Hot spots (Getis-Ord Gi*)…</source>
            <translation>热点分析（Getis-Ord Gi*）…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/hotspots.toml" line="7" />
            <source>Getis-Ord Gi* hot/cold spots on a square or hex grid (metres)</source>
            <translation>在方形或六边形格网上计算 Getis-Ord Gi* 热点/冷点（米）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/hotspots.toml" line="27" />
            <source>permutations for pseudo p-values (0: normal)</source>
            <translation>伪 p 值的置换次数（0：正态近似）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/hotspots.toml" line="34" />
            <source>numeric column summed per cell instead of counting points</source>
            <translation>按格网求和的数值列（代替点计数）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/hotspots.toml" line="59" />
            <source>Gi* hot and cold spots</source>
            <translation>Gi* 热点与冷点</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/hotspots.toml" line="64" />
            <source>Cells per class</source>
            <translation>各类别格网数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="5" />
            <source>Heat surface (kernel density)</source>
            <translation>热力图（核密度）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="6" />
            <source>Heat surface (kernel density)…</source>
            <translation>热力图（核密度）…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="7" />
            <source>kernel density heat surface (quartic/Gaussian, metres) to GeoTIFF</source>
            <translation>核密度热力面（四次核/高斯核，米），输出 GeoTIFF</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="17" />
            <source>Bandwidth</source>
            <translation>带宽</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="18" />
            <source>kernel bandwidth in metres</source>
            <translation>核带宽（米）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="38" />
            <source>kernel shape</source>
            <translation>核函数形状</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="49" />
            <source>Evaluation</source>
            <translation>计算方式</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="50" />
            <source>exact sums or linear binning + FFT (auto picks by size)</source>
            <translation>精确求和或线性分箱加 FFT（自动：按数据量选择）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="60" />
            <source>Density per km²</source>
            <translation>每平方公里密度</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="65" />
            <source>Heat surface parameters</source>
            <translation>热力图参数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="39" />
            <source>Quartic (as QGIS Heatmap)</source>
            <translation>四次核（与 QGIS 热力图相同）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="51" />
            <source>exact</source>
            <translation>精确</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="51" />
            <source>binned</source>
            <translation>分箱</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/lq.toml" line="5" />
            <source>Location quotients</source>
            <translation>区位商</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/lq.toml" line="6" />
            <source>Location quotients by region…</source>
            <translation>按区域计算区位商…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/lq.toml" line="7" />
            <source>location quotients of sub-sectors by district, specialisation, Clark-Evans</source>
            <translation>各区细分行业区位商、专业化指数、Clark-Evans 指数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/lq.toml" line="24" />
            <source>Group by</source>
            <translation>分组依据</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/lq.toml" line="25" />
            <source>'district' (point in district, or in the regions layer) or a column to group by</source>
            <translation>'district'（按点所在行政区或所在区域图层的面）或用于分组的列</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/lq.toml" line="16" />
            <source>polygon layer or file of the regions to count in (e.g. every county of China); none: Guangzhou's districts</source>
            <translation>统计所用的区域面图层或文件（如全国各区县）；不选：广州各区</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/lq.toml" line="41" />
            <source>Location quotients by district</source>
            <translation>各区区位商</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/lq.toml" line="46" />
            <source>Specialisation by district</source>
            <translation>各区专业化指数</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="5" />
            <source>Site choice (maximal covering, p-median)</source>
            <translation>选址（最大覆盖、p 中位）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="6" />
            <source>Where the next park goes (site choice)…</source>
            <translation>下一个园区建在哪里（选址）…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="15" />
            <source>choose p sites covering the most enterprises within a distance (MCLP) or nearest to them (p-median)</source>
            <translation>选出 p 个地点：在服务距离内覆盖最多企业（最大覆盖）或与企业总距离最短（p 中位）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="33" />
            <source>maximal covering (MCLP) or p-median</source>
            <translation>最大覆盖或 p 中位</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="40" />
            <source>Sites to choose</source>
            <translation>选址数量</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="41" />
            <source>number of sites p</source>
            <translation>地点数 p</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="50" />
            <source>Service distance</source>
            <translation>服务距离</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="51" />
            <source>a site covers the enterprises within this distance in metres</source>
            <translation>地点覆盖此距离（米）内的企业</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="60" />
            <source>demand weight column (e.g. employees, revenue) instead of 1 each</source>
            <translation>需求权重列（如从业人员、营业收入），不用则每家企业计 1</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="65" />
            <source>Candidate grid cell</source>
            <translation>候选格网单元</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="66" />
            <source>cell size in metres of the candidate grid when no candidates are given</source>
            <translation>未给出候选地点时候选格网的单元大小（米）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="72" />
            <source>half the distance</source>
            <translation>服务距离的一半</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="80" />
            <source>candidates must lie in Guangzhou's districts or near the enterprises</source>
            <translation>候选地点须位于广州各区内或企业附近</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="24" />
            <source>Candidate sites</source>
            <translation>候选地点</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="25" />
            <source>candidate sites: points or parcels (none: a grid over the study area)</source>
            <translation>候选地点：点或地块（无：研究区内的格网）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="90" />
            <source>Chosen sites</source>
            <translation>选中的地点</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="95" />
            <source>Enterprises and their nearest chosen site</source>
            <translation>企业及其最近的选中地点</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="100" />
            <source>Coverage summary</source>
            <translation>覆盖汇总</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="34" />
            <source>Maximal covering (MCLP)</source>
            <translation>最大覆盖</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="34" />
            <source>p-median (least total distance)</source>
            <translation>p 中位（总距离最短）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="81" />
            <source>Around the enterprises</source>
            <translation>企业周边</translation>
        </message>
    </context>
    <context>
        <name>AnalysisErrors</name>
        <message>
            <location filename="../../../gzmap/analysis/metric.py" line="108" />
            <source>the layer has no coordinate reference system; set one first (EPSG:4326 for longitude/latitude)</source>
            <extracomment>UTM zone 49N (WGS84), metres: the default metric CRS for Guangzhou.</extracomment>
            <translation>图层没有坐标参考系；请先设置（经纬度用 EPSG:4326）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/metric.py" line="116" />
            <source>points</source>
            <extracomment>The things an analysis counts, as its messages name them.</extracomment>
            <translation>个点</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/metric.py" line="117" />
            <source>enterprises</source>
            <translation>家企业</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/metric.py" line="118" />
            <source>candidates</source>
            <translation>个候选点</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/metric.py" line="130" />
            <source>row {row} has no location (empty geometry); {missing} of {n} rows lack one — remove them or fix their coordinates</source>
            <translation>第 {row} 行没有位置（几何为空）；{n} 行中有 {missing} 行缺少位置——请删除这些行或修正其坐标</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/metric.py" line="219" />
            <location filename="../../../gzmap/analysis/metric.py" line="267" />
            <source>no {what}: the layer or the selection is empty</source>
            <translation>没有数据（0 {what}）：图层或所选要素为空</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/metric.py" line="236" />
            <source>expects point features; row {row} is a {type}</source>
            <translation>需要点要素；第 {row} 行是 {type}</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/metric.py" line="283" />
            <source>need at least {min} {what}, got {n}</source>
            <translation>至少需要 {min} {what}，实际只有 {n} 个</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/metric.py" line="294" />
            <source>row {row} has a non-finite coordinate</source>
            <translation>第 {row} 行的坐标不是有限数值</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/kde.py" line="133" />
            <source>row {row}, column {column!r}: negative weight {w:g}</source>
            <extracomment>Gaussian kernels are cut at this many bandwidths. Largest grid (cells) a KDE will allocate (~400 MB of float64).</extracomment>
            <translation>第 {row} 行，列 {column!r}：权重为负数 {w:g}</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/kde.py" line="143" />
            <source>all weights in column {column!r} are 0</source>
            <translation>列 {column!r} 的权重全部为 0</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/kde.py" line="161" />
            <source>cell size ({cell:g} m) is larger than the bandwidth ({bandwidth:g} m); use cells at most as large as the bandwidth (a fifth of it or less looks smooth)</source>
            <translation>格网大小（{cell:g} 米）大于带宽（{bandwidth:g} 米）；格网大小不能超过带宽（取带宽的五分之一或更小，结果更平滑）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/kde.py" line="359" />
            <source>the grid would have {rows:,} x {cols:,} cells; use a larger cell size (more than {cell:.0f} m) or fewer, closer points</source>
            <translation>格网将有 {rows:,} × {cols:,} 个格子；请使用更大的格网（大于 {cell:.0f} 米），或使用更少、更集中的点</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/hotspots.py" line="145" />
            <source>{n:,} cells of {cell:g} m is too many; use larger cells</source>
            <extracomment>gi_class -&gt; label key of :data:`gzmap.analysis.significance.LABELS` (±3: 99 %, ±2: 95 % confidence).</extracomment>
            <translation>{cell:g} 米的格网有 {n:,} 个，太多；请使用更大的格网</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/hotspots.py" line="416" />
            <source>only {n} cells of {cell:g} m cover the points; use smaller cells</source>
            <translation>覆盖这些点的 {cell:g} 米格网只有 {n} 个；请使用更小的格网</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/hotspots.py" line="441" />
            <source>no point lies inside the study area</source>
            <translation>研究区域内没有点</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/hotspots.py" line="447" />
            <source>every cell has the same value; use smaller cells or another weight</source>
            <translation>所有格网的值都相同；请使用更小的格网或换一个权重</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/hotspots.py" line="454" />
            <source>no cell has a neighbour; use larger cells</source>
            <translation>没有格网有相邻格网；请使用更大的格网</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/cross_k.py" line="49" />
            <source>the points lie on a line: the study area (their convex hull) has no area</source>
            <translation>这些点在一条直线上：研究区域（点的凸包）面积为零</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/cross_k.py" line="183" />
            <source>categories a and b are both {a!r}: choose two different categories of {field!r}</source>
            <extracomment>Most (A or B, A or B) pairs within the largest distance listed in memory (about 10 bytes each); beyond it every simulation counts pairs again by dual-tree traversal (slower, little memory). Labellings counted at once (one sparse product per distance bin for the whole batch).</extracomment>
            <translation>类别甲和类别乙都是 {a!r}：请在字段 {field!r} 中选择两个不同的类别</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/cross_k.py" line="195" />
            <source>category {what} {name!r} of field {field!r} needs two or more points; categories: {cats}</source>
            <translation>字段 {field!r} 的所选类别 {name!r} 至少需要两个点；可选类别：{cats}</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/colocation.py" line="134" />
            <source>field {field!r} has no category with two or more points (and 3 points in all)</source>
            <extracomment>Local CLQ classes (``clq_class``): colocated / isolated at the test's level, or not significant. Most neighbour pairs a distance band may make (about 1.2 GB of arrays).</extracomment>
            <translation>字段 {field!r} 中没有至少含两个点的类别（且总共至少需要 3 个点）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/colocation.py" line="235" />
            <source>band {band:g} m gives {pairs:,} neighbour pairs (more than {most:,}); use a smaller band or k nearest</source>
            <translation>{band:g} 米的距离带产生 {pairs:,} 对邻居（超过 {most:,}）；请使用更小的距离带或 k 近邻</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/colocation.py" line="328" />
            <source>{what} {name!r} of field {field!r} has fewer than two points; categories with two or more: {cats}</source>
            <translation>字段 {field!r} 的{what} {name!r} 不足两个点；至少含两个点的类别：{cats}</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/colocation.py" line="366" />
            <source>target</source>
            <translation>目标类别</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/colocation.py" line="367" />
            <source>neighbour</source>
            <translation>邻近类别</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/district_stats.py" line="111" />
            <source>no enterprise lies inside a district</source>
            <translation>没有企业位于任何行政区内</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/district_stats.py" line="247" />
            <source>every unit has the same density; nothing to compare</source>
            <translation>所有单元的密度都相同；无可比较</translation>
        </message>
    </context>
    <context>
        <name>Significance</name>
        <message>
            <location filename="../../../gzmap/analysis/significance.py" line="35" />
            <source>Hot spot, 99% confidence</source>
            <extracomment>Significance level of every local test (95 % confidence). The stronger level shown as "99 % confidence". Labels shared by the local tests: Gi* classes (-3..3) and LISA quadrants.</extracomment>
            <translation>热点（99% 置信）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/significance.py" line="36" />
            <source>Hot spot, 95% confidence</source>
            <translation>热点（95% 置信）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/significance.py" line="37" />
            <source>Cold spot, 95% confidence</source>
            <translation>冷点（95% 置信）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/significance.py" line="38" />
            <source>Cold spot, 99% confidence</source>
            <translation>冷点（99% 置信）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/significance.py" line="39" />
            <source>Not significant</source>
            <translation>不显著</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/significance.py" line="40" />
            <source>High-High (hot spot)</source>
            <translation>高-高（热点）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/significance.py" line="41" />
            <source>Low-Low (cold spot)</source>
            <translation>低-低（冷点）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/significance.py" line="42" />
            <source>Low-High (outlier)</source>
            <translation>低-高（异常）</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/significance.py" line="43" />
            <source>High-Low (outlier)</source>
            <translation>高-低（异常）</translation>
        </message>
    </context>
</TS>