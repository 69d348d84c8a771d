<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Analyses</name>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="36" />
        <source>Clusters (DBSCAN / HDBSCAN)</source>
        <translation>Clusters (DBSCAN / HDBSCAN)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="37" />
        <source>Clusters (DBSCAN / HDBSCAN)…</source>
        <translation>Clusters (DBSCAN / HDBSCAN)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="38" />
        <source>find density-based clusters (DBSCAN/HDBSCAN, metres) and profile them</source>
        <translation>find density-based clusters (DBSCAN/HDBSCAN, metres) and profile them</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/registry.py" line="219" />
        <source>Point layer</source>
        <extracomment>Translation context of every declaration's text. analysis id -&gt; module holding its ``ANALYSIS`` declaration (the order of the Analysis menu). The input of every analysis so far: the enterprise points.</extracomment>
        <translation>Point layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/registry.py" line="220" />
        <source>point file (GeoPackage, Shapefile, GeoJSON...) or enterprise table (CSV/Excel)</source>
        <translation>point file (GeoPackage, Shapefile, GeoJSON...) or enterprise table (CSV/Excel)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="41" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="42" />
        <source>DBSCAN (a search radius) or HDBSCAN (clusters of differing density)</source>
        <translation>DBSCAN (a search radius) or HDBSCAN (clusters of differing density)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="44" />
        <source>Search radius ε</source>
        <translation>Search radius ε</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="45" />
        <source>DBSCAN radius in metres</source>
        <translation>DBSCAN radius in metres</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="47" />
        <source>Minimum points within ε</source>
        <translation>Minimum points within ε</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="48" />
        <source>DBSCAN: points within eps (itself included) for a core point (default 20); HDBSCAN: density smoothing (default: min cluster size)</source>
        <translation>DBSCAN: points within eps (itself included) for a core point (default 20); HDBSCAN: density smoothing (default: min cluster size)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="49" />
        <location filename="../../../gzmap/analysis/kde_tool.py" line="64" />
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="51" />
        <source>Minimum cluster size (HDBSCAN)</source>
        <translation>Minimum cluster size (HDBSCAN)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="52" />
        <source>HDBSCAN: smallest cluster</source>
        <translation>HDBSCAN: smallest cluster</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="54" />
        <source>Border points</source>
        <translation>Border points</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="55" />
        <source>DBSCAN border points: join the first cluster reaching them (classic, as QGIS) or count as noise (DBSCAN*)</source>
        <translation>DBSCAN border points: join the first cluster reaching them (classic, as QGIS) or count as noise (DBSCAN*)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="56" />
        <source>Join the first cluster (classic, as QGIS)</source>
        <translation>Join the first cluster (classic, as QGIS)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="57" />
        <source>Noise (DBSCAN*)</source>
        <translation>Noise (DBSCAN*)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="59" />
        <source>Cluster outline</source>
        <translation>Cluster outline</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="60" />
        <source>cluster outline</source>
        <translation>cluster outline</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="61" />
        <source>Convex hull</source>
        <translation>Convex hull</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="62" />
        <source>Concave hull</source>
        <translation>Concave hull</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="63" />
        <source>Concave hull ratio (0 tight – 1 convex)</source>
        <translation>Concave hull ratio (0 tight – 1 convex)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="64" />
        <source>concave hull tightness 0-1</source>
        <translation>concave hull tightness 0-1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="66" />
        <location filename="../../../gzmap/analysis/lq_tool.py" line="14" />
        <source>Sub-sector field</source>
        <translation>Sub-sector field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="67" />
        <source>sub-sector column for the profiles</source>
        <translation>sub-sector column for the profiles</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/registry.py" line="225" />
        <source>Metric CRS</source>
        <translation>Metric CRS</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="68" />
        <source>metric CRS to compute in (default EPSG:32649 for lon/lat input)</source>
        <translation>metric CRS to compute in (default EPSG:32649 for lon/lat input)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="71" />
        <source>Points with their cluster</source>
        <translation>Points with their cluster</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="72" />
        <source>Cluster outlines and profiles</source>
        <translation>Cluster outlines and profiles</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="73" />
        <source>Cluster summary</source>
        <translation>Cluster summary</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/clusters_tool.py" line="74" />
        <source>summary CSV path (default OUT_summary.csv)</source>
        <translation>summary CSV path (default OUT_summary.csv)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="45" />
        <source>Heat surface (kernel density)</source>
        <translation>Heat surface (kernel density)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="46" />
        <source>Heat surface (kernel density)…</source>
        <translation>Heat surface (kernel density)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="47" />
        <source>kernel density heat surface (quartic/Gaussian, metres) to GeoTIFF</source>
        <translation>kernel density heat surface (quartic/Gaussian, metres) to GeoTIFF</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="50" />
        <source>Bandwidth</source>
        <translation>Bandwidth</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="51" />
        <source>kernel bandwidth in metres</source>
        <translation>kernel bandwidth in metres</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="53" />
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="44" />
        <source>Cell size</source>
        <translation>Cell size</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="54" />
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="45" />
        <source>cell size in metres</source>
        <translation>cell size in metres</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="56" />
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="57" />
        <source>kernel shape</source>
        <translation>kernel shape</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="58" />
        <source>Quartic (as QGIS Heatmap)</source>
        <translation>Quartic (as QGIS Heatmap)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="59" />
        <source>Gaussian</source>
        <translation>Gaussian</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="60" />
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="56" />
        <location filename="../../../gzmap/analysis/lq_tool.py" line="16" />
        <source>Weight field</source>
        <translation>Weight field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="61" />
        <source>numeric column weighting each point (e.g. employees)</source>
        <translation>numeric column weighting each point (e.g. employees)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="62" />
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="63" />
        <source>exact sums or linear binning + FFT (auto picks by size)</source>
        <translation>exact sums or linear binning + FFT (auto picks by size)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="65" />
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="66" />
        <source>binned</source>
        <translation>binned</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="67" />
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="65" />
        <source>metric CRS of the grid (default EPSG:32649 for lon/lat input)</source>
        <translation>metric CRS of the grid (default EPSG:32649 for lon/lat input)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="70" />
        <source>Density per km²</source>
        <translation>Density per km²</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/kde_tool.py" line="71" />
        <source>Heat surface parameters</source>
        <translation>Heat surface parameters</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="39" />
        <source>Hot spots (Getis-Ord Gi*)</source>
        <translation>Hot spots (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="40" />
        <source>Hot spots (Getis-Ord Gi*)…</source>
        <translation>Hot spots (Getis-Ord Gi*)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="41" />
        <source>Getis-Ord Gi* hot/cold spots on a square or hex grid (metres)</source>
        <translation>Getis-Ord Gi* hot/cold spots on a square or hex grid (metres)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="47" />
        <source>Cell shape</source>
        <translation>Cell shape</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="48" />
        <source>square (8 neighbours) or hex (6 neighbours) cells</source>
        <translation>square (8 neighbours) or hex (6 neighbours) cells</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="49" />
        <source>Squares (8 neighbours)</source>
        <translation>Squares (8 neighbours)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="50" />
        <source>Hexagons (6 neighbours)</source>
        <translation>Hexagons (6 neighbours)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="51" />
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="71" />
        <source>Permutations</source>
        <translation>Permutations</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="52" />
        <source>permutations for pseudo p-values (0: normal)</source>
        <translation>permutations for pseudo p-values (0: normal)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="54" />
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="74" />
        <source>False discovery rate correction</source>
        <translation>False discovery rate correction</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="55" />
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="75" />
        <source>false-discovery-rate correction of the classes</source>
        <translation>false-discovery-rate correction of the classes</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="57" />
        <source>numeric column summed per cell instead of counting points</source>
        <translation>numeric column summed per cell instead of counting points</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="59" />
        <source>Study area</source>
        <translation>Study area</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="60" />
        <source>grid over the points' bounding box or over Guangzhou's districts</source>
        <translation>grid over the points' bounding box or over Guangzhou's districts</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="61" />
        <source>Extent of the points</source>
        <translation>Extent of the points</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="62" />
        <source>Guangzhou (all districts)</source>
        <translation>Guangzhou (all districts)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="63" />
        <source>Random seed</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="64" />
        <source>random seed of the permutations</source>
        <translation>random seed of the permutations</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="68" />
        <source>Gi* hot and cold spots</source>
        <translation>Gi* hot and cold spots</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/hotspots_tool.py" line="69" />
        <source>Cells per class</source>
        <translation>Cells per class</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="12" />
        <source>clustered</source>
        <extracomment>Clark–Evans patterns (the ``pattern`` column's values), translated for the table.</extracomment>
        <translation>clustered</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="13" />
        <source>random</source>
        <translation>random</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="14" />
        <source>dispersed</source>
        <translation>dispersed</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="15" />
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="55" />
        <source>District statistics (LQ, specialisation, LISA, Clark–Evans)</source>
        <translation>District statistics (LQ, specialisation, LISA, Clark–Evans)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="56" />
        <source>District statistics (LQ, LISA, Clark–Evans)…</source>
        <translation>District statistics (LQ, LISA, Clark–Evans)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="57" />
        <source>location quotients and specialisation by district, local Moran's I of enterprise density, Clark-Evans index by sub-sector</source>
        <translation>location quotients and specialisation by district, local Moran's I of enterprise density, Clark-Evans index by sub-sector</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="62" />
        <source>Map the location quotient of</source>
        <translation>Map the location quotient of</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="63" />
        <source>sub-sector whose location quotients are mapped</source>
        <translation>sub-sector whose location quotients are mapped</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="64" />
        <source>Local Moran's I over</source>
        <translation>Local Moran's I over</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="65" />
        <source>districts or grid cells over Guangzhou</source>
        <translation>districts or grid cells over Guangzhou</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="66" />
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="67" />
        <source>Grid cells</source>
        <translation>Grid cells</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="68" />
        <source>Grid cell size</source>
        <translation>Grid cell size</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="69" />
        <source>LISA grid cell size in metres</source>
        <translation>LISA grid cell size in metres</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="72" />
        <source>permutations for the pseudo p-values of LISA (0: no test)</source>
        <translation>permutations for the pseudo p-values of LISA (0: no test)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="78" />
        <source>LISA clusters of enterprise density</source>
        <translation>LISA clusters of enterprise density</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="79" />
        <source>Location quotients and specialisation by district</source>
        <translation>Location quotients and specialisation by district</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/district_stats_tool.py" line="80" />
        <location filename="../../../gzmap/analysis/lq_tool.py" line="56" />
        <source>Clark–Evans nearest-neighbour index by sub-sector</source>
        <translation>Clark–Evans nearest-neighbour index by sub-sector</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/lq_tool.py" line="15" />
        <source>sub-sector column</source>
        <translation>sub-sector column</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/lq_tool.py" line="17" />
        <source>sum this column (e.g. employees) instead of counting enterprises</source>
        <translation>sum this column (e.g. employees) instead of counting enterprises</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/lq_tool.py" line="43" />
        <source>Location quotients</source>
        <translation>Location quotients</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/lq_tool.py" line="44" />
        <source>location quotients of sub-sectors by district, specialisation, Clark-Evans</source>
        <translation>location quotients of sub-sectors by district, specialisation, Clark-Evans</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/lq_tool.py" line="47" />
        <source>Group by</source>
        <translation>Group by</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/lq_tool.py" line="48" />
        <source>'district' (point in district) or a column to group by</source>
        <translation>'district' (point in district) or a column to group by</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/lq_tool.py" line="53" />
        <source>Location quotients by district</source>
        <translation>Location quotients by district</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/lq_tool.py" line="54" />
        <source>Specialisation by district</source>
        <translation>Specialisation by district</translation>
    </message>
</context>
<context>
    <name>Significance</name>
    <message>
        <location filename="../../../gzmap/analysis/significance.py" line="34" />
        <source>Hot spot, 99% confidence</source>
        <extracomment>Significance level of every local test (95 % confidence). The stronger level shown as "99 % confidence". Labels shared by the local tests: Gi* classes (-3..3) and LISA quadrants.</extracomment>
        <translation>Hot spot, 99% confidence</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/significance.py" line="35" />
        <source>Hot spot, 95% confidence</source>
        <translation>Hot spot, 95% confidence</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/significance.py" line="36" />
        <source>Cold spot, 95% confidence</source>
        <translation>Cold spot, 95% confidence</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/significance.py" line="37" />
        <source>Cold spot, 99% confidence</source>
        <translation>Cold spot, 99% confidence</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/significance.py" line="38" />
        <source>Not significant</source>
        <translation>Not significant</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/significance.py" line="39" />
        <source>High-High (hot spot)</source>
        <translation>High-High (hot spot)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/significance.py" line="40" />
        <source>Low-Low (cold spot)</source>
        <translation>Low-Low (cold spot)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/significance.py" line="41" />
        <source>Low-High (outlier)</source>
        <translation>Low-High (outlier)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/significance.py" line="42" />
        <source>High-Low (outlier)</source>
        <translation>High-Low (outlier)</translation>
    </message>
</context>
</TS>