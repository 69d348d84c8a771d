<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>Analyses</name>
        <message>
            <location filename="../../../gzmap/analysis/district_stats_tool.py" line="15" />
            <source>clustered</source>
            <extracomment>Clark–Evans patterns (the ``pattern`` column's values), translated for the table.</extracomment>
            <translation>clustered</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/district_stats_tool.py" line="16" />
            <source>random</source>
            <translation>random</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/district_stats_tool.py" line="17" />
            <source>dispersed</source>
            <translation>dispersed</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/district_stats_tool.py" line="19" />
            <source>all</source>
            <translation>all</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="5" />
            <source>Clusters (DBSCAN / HDBSCAN)</source>
            <translation>Clusters (DBSCAN / HDBSCAN)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="6" />
            <source>Clusters (DBSCAN / HDBSCAN)…</source>
            <translation>Clusters (DBSCAN / HDBSCAN)…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="15" />
            <source>find density-based clusters (DBSCAN/HDBSCAN, metres) and profile them</source>
            <translation>find density-based clusters (DBSCAN/HDBSCAN, metres) and profile them</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="25" />
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="26" />
            <source>DBSCAN (a search radius) or HDBSCAN (clusters of differing density)</source>
            <translation>DBSCAN (a search radius) or HDBSCAN (clusters of differing density)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="33" />
            <source>Search radius ε</source>
            <translation>Search radius ε</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="34" />
            <source>DBSCAN radius in metres</source>
            <translation>DBSCAN radius in metres</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="46" />
            <source>Minimum points within ε</source>
            <translation>Minimum points within ε</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="47" />
            <source>DBSCAN: points within eps (itself included) for a core point (default 20); HDBSCAN: density smoothing (default: min cluster size)</source>
            <translation>DBSCAN: points within eps (itself included) for a core point (default 20); HDBSCAN: density smoothing (default: min cluster size)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="51" />
            <source>auto</source>
            <translation>auto</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="58" />
            <source>Minimum cluster size (HDBSCAN)</source>
            <translation>Minimum cluster size (HDBSCAN)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="59" />
            <source>HDBSCAN: smallest cluster</source>
            <translation>HDBSCAN: smallest cluster</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="69" />
            <source>Border points</source>
            <translation>Border points</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="70" />
            <source>DBSCAN border points: join the first cluster reaching them (classic, as QGIS) or count as noise (DBSCAN*)</source>
            <translation>DBSCAN border points: join the first cluster reaching them (classic, as QGIS) or count as noise (DBSCAN*)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="78" />
            <source>Cluster outline</source>
            <translation>Cluster outline</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="79" />
            <source>cluster outline</source>
            <translation>cluster outline</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="86" />
            <source>Concave hull ratio (0 tight – 1 convex)</source>
            <translation>Concave hull ratio (0 tight – 1 convex)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="87" />
            <source>concave hull tightness 0-1</source>
            <translation>concave hull tightness 0-1</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="98" />
            <source>Sub-sector field</source>
            <translation>Sub-sector field</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="99" />
            <source>sub-sector column for the profiles</source>
            <translation>sub-sector column for the profiles</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="104" />
            <source>metric CRS to compute in (default EPSG:32649 for lon/lat input)</source>
            <translation>metric CRS to compute in (default EPSG:32649 for lon/lat input)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="109" />
            <source>Points with their cluster</source>
            <translation>Points with their cluster</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="114" />
            <source>Cluster outlines and profiles</source>
            <translation>Cluster outlines and profiles</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="119" />
            <source>Cluster summary</source>
            <translation>Cluster summary</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="120" />
            <source>summary CSV path (default OUT_summary.csv)</source>
            <translation>summary CSV path (default OUT_summary.csv)</translation>
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
            <translation>Join the first cluster (classic, as QGIS)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="71" />
            <source>Noise (DBSCAN*)</source>
            <translation>Noise (DBSCAN*)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="80" />
            <source>Convex hull</source>
            <translation>Convex hull</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/clusters.toml" line="80" />
            <source>Concave hull</source>
            <translation>Concave hull</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="5" />
            <source>Co-location quotients (CLQ)</source>
            <translation>Co-location quotients (CLQ)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="6" />
            <source>Co-location of sub-sectors (CLQ)…</source>
            <translation>Co-location of sub-sectors (CLQ)…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="15" />
            <source>global co-location quotient of every pair of sub-sectors and local CLQ of each enterprise, with permutations</source>
            <translation>global co-location quotient of every pair of sub-sectors and local CLQ of each enterprise, with permutations</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="25" />
            <source>Category field</source>
            <translation>Category field</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="26" />
            <source>column whose values are the categories (sub-sectors)</source>
            <translation>column whose values are the categories (sub-sectors)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="32" />
            <source>Category of interest (A)</source>
            <translation>Category of interest (A)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="33" />
            <source>points that get a local CLQ (none: every point)</source>
            <translation>points that get a local CLQ (none: every point)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="40" />
            <source>Neighbouring category (B)</source>
            <translation>Neighbouring category (B)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="41" />
            <source>category counted around each point (none: the point's own category)</source>
            <translation>category counted around each point (none: the point's own category)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="49" />
            <source>Neighbourhood</source>
            <translation>Neighbourhood</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="50" />
            <source>the k nearest enterprises or every enterprise within a distance band</source>
            <translation>the k nearest enterprises or every enterprise within a distance band</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="57" />
            <source>Neighbours (k)</source>
            <translation>Neighbours (k)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="58" />
            <source>number of nearest neighbours of each point</source>
            <translation>number of nearest neighbours of each point</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="51" />
            <source>Distance band</source>
            <translation>Distance band</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="68" />
            <source>neighbours within this distance in metres</source>
            <translation>neighbours within this distance in metres</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="80" />
            <source>Kernel</source>
            <translation>Kernel</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="81" />
            <source>weight of a neighbour by its distance: Gaussian, bisquare or none</source>
            <translation>weight of a neighbour by its distance: Gaussian, bisquare or none</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="87" />
            <source>random-labelling permutations for the p-values (0: no test; 99 to 9999)</source>
            <translation>random-labelling permutations for the p-values (0: no test; 99 to 9999)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="97" />
            <source>Random seed</source>
            <translation>Random seed</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="98" />
            <source>random seed of the permutations</source>
            <translation>random seed of the permutations</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="104" />
            <source>metric CRS of the distances (default EPSG:32649 for lon/lat input)</source>
            <translation>metric CRS of the distances (default EPSG:32649 for lon/lat input)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="109" />
            <source>Local co-location quotient of each enterprise</source>
            <translation>Local co-location quotient of each enterprise</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="114" />
            <source>Global co-location quotients (row A, column B)</source>
            <translation>Global co-location quotients (row A, column B)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="118" />
            <source>Heat table of the co-location quotients</source>
            <translation>Heat table of the co-location quotients</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="123" />
            <source>Co-location of each pair, with p-values</source>
            <translation>Co-location of each pair, with p-values</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="51" />
            <source>k nearest</source>
            <translation>k nearest</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="82" />
            <source>Gaussian</source>
            <translation>Gaussian</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="82" />
            <source>Bisquare</source>
            <translation>Bisquare</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/colocation.toml" line="82" />
            <source>None (equal weights)</source>
            <translation>None (equal weights)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="8" />
            <source>False discovery rate correction</source>
            <translation>False discovery rate correction</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="9" />
            <source>false-discovery-rate correction of the classes</source>
            <translation>false-discovery-rate correction of the classes</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="14" />
            <source>Metric CRS</source>
            <translation>Metric CRS</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="15" />
            <source>metric CRS of the grid (default EPSG:32649 for lon/lat input)</source>
            <translation>metric CRS of the grid (default EPSG:32649 for lon/lat input)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="21" />
            <source>Weight field</source>
            <translation>Weight field</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="28" />
            <source>Permutations</source>
            <translation>Permutations</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="37" />
            <source>Cell size</source>
            <translation>Cell size</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="38" />
            <source>cell size in metres</source>
            <translation>cell size in metres</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="48" />
            <source>Point layer</source>
            <translation>Point layer</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/common.toml" line="49" />
            <source>point file (GeoPackage, Shapefile, GeoJSON...) or enterprise table (CSV/Excel)</source>
            <translation>point file (GeoPackage, Shapefile, GeoJSON...) or enterprise table (CSV/Excel)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="5" />
            <source>Cross-K/L function of two sub-sectors</source>
            <translation>Cross-K/L function of two sub-sectors</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="6" />
            <source>Cross-K/L function of two sub-sectors…</source>
            <translation>Cross-K/L function of two sub-sectors…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="14" />
            <source>cross-K and L of two categories by distance, with random-labelling simulation envelopes</source>
            <translation>cross-K and L of two categories by distance, with random-labelling simulation envelopes</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="30" />
            <source>Category A</source>
            <translation>Category A</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="31" />
            <source>first category of the pair</source>
            <translation>first category of the pair</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="37" />
            <source>Category B</source>
            <translation>Category B</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="38" />
            <source>second category of the pair</source>
            <translation>second category of the pair</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="45" />
            <source>Largest distance</source>
            <translation>Largest distance</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="46" />
            <source>largest distance r in metres</source>
            <translation>largest distance r in metres</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="57" />
            <source>Distances</source>
            <translation>Distances</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="58" />
            <source>number of distances evaluated up to the largest</source>
            <translation>number of distances evaluated up to the largest</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="66" />
            <source>Simulations</source>
            <translation>Simulations</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="67" />
            <source>random-labelling simulations for the envelope (0: none)</source>
            <translation>random-labelling simulations for the envelope (0: none)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/cross_k.toml" line="88" />
            <source>Cross-L function and envelope</source>
            <translation>Cross-L function and envelope</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="5" />
            <source>Development index (entropy-TOPSIS, coupling coordination)</source>
            <translation>Development index (entropy-TOPSIS, coupling coordination)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="6" />
            <source>Development index of districts and cities…</source>
            <translation>Development index of districts and cities…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="17" />
            <source>entropy weights, TOPSIS score, coupling coordination degree of indicator groups and obstacle degree by region</source>
            <translation>entropy weights, TOPSIS score, coupling coordination degree of indicator groups and obstacle degree by region</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="39" />
            <source>Regions</source>
            <translation>Regions</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="40" />
            <source>join the table to Guangzhou's districts or the Greater Bay Area cities</source>
            <translation>join the table to Guangzhou's districts or the Greater Bay Area cities</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="47" />
            <source>Weights per year</source>
            <translation>Weights per year</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="48" />
            <source>one weight set per year instead of all years pooled</source>
            <translation>one weight set per year instead of all years pooled</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="53" />
            <source>Group contributions (alpha)</source>
            <translation>Group contributions (alpha)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="54" />
            <source>contribution of each group to T, e.g. scale=0.5,talent=0.5 (default: equal)</source>
            <translation>contribution of each group to T, e.g. scale=0.5,talent=0.5 (default: equal)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="23" />
            <source>Indicator table</source>
            <translation>Indicator table</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="24" />
            <source>indicator table (CSV/Excel, long or wide form) of districts or cities</source>
            <translation>indicator table (CSV/Excel, long or wide form) of districts or cities</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="30" />
            <source>Groups table</source>
            <translation>Groups table</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="31" />
            <source>table (CSV/Excel) with columns indicator,group,direction (benefit or cost; Chinese headers and words work too); none: all benefit, one group</source>
            <translation>table (CSV/Excel) with columns indicator,group,direction (benefit or cost; Chinese headers and words work too); none: all benefit, one group</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="59" />
            <source>Development index by region and year</source>
            <translation>Development index by region and year</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="62" />
            <source>Ranking chart of the TOPSIS score</source>
            <translation>Ranking chart of the TOPSIS score</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="67" />
            <source>Entropy weights</source>
            <translation>Entropy weights</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="73" />
            <source>Years side by side</source>
            <translation>Years side by side</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="79" />
            <source>Obstacle degree</source>
            <translation>Obstacle degree</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="41" />
            <source>Guangzhou districts</source>
            <translation>Guangzhou districts</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/devindex.toml" line="41" />
            <source>Greater Bay Area cities</source>
            <translation>Greater Bay Area cities</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="4" />
            <source>District statistics (LQ, specialisation, LISA, Clark–Evans)</source>
            <translation>District statistics (LQ, specialisation, LISA, Clark–Evans)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="5" />
            <source>District statistics (LQ, LISA, Clark–Evans)…</source>
            <translation>District statistics (LQ, LISA, Clark–Evans)…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="6" />
            <source>location quotients and specialisation by district, local Moran's I of enterprise density, Clark-Evans index by sub-sector</source>
            <translation>location quotients and specialisation by district, local Moran's I of enterprise density, Clark-Evans index by sub-sector</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="17" />
            <source>sub-sector column</source>
            <translation>sub-sector column</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="21" />
            <source>sum this column (e.g. employees) instead of counting enterprises</source>
            <translation>sum this column (e.g. employees) instead of counting enterprises</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="26" />
            <source>Map the location quotient of</source>
            <translation>Map the location quotient of</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="27" />
            <source>sub-sector whose location quotients are mapped</source>
            <translation>sub-sector whose location quotients are mapped</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="34" />
            <source>Local Moran's I over</source>
            <translation>Local Moran's I over</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="35" />
            <source>districts or grid cells over Guangzhou</source>
            <translation>districts or grid cells over Guangzhou</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="41" />
            <source>Grid cell size</source>
            <translation>Grid cell size</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="42" />
            <source>LISA grid cell size in metres</source>
            <translation>LISA grid cell size in metres</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="51" />
            <source>permutations for the pseudo p-values of LISA (0: no test)</source>
            <translation>permutations for the pseudo p-values of LISA (0: no test)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="59" />
            <source>LISA clusters of enterprise density</source>
            <translation>LISA clusters of enterprise density</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="64" />
            <source>Location quotients and specialisation by district</source>
            <translation>Location quotients and specialisation by district</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="69" />
            <source>Clark–Evans nearest-neighbour index by sub-sector</source>
            <translation>Clark–Evans nearest-neighbour index by sub-sector</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="36" />
            <source>Districts</source>
            <translation>Districts</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/district_stats.toml" line="36" />
            <source>Grid cells</source>
            <translation>Grid cells</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="5" />
            <source>Directional distribution (standard deviational ellipse)</source>
            <translation>Directional distribution (standard deviational ellipse)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="6" />
            <source>Mean centre and ellipse by year…</source>
            <translation>Mean centre and ellipse by year…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="15" />
            <source>mean centre and standard deviational ellipse per group (sub-sector) and period, and their drift</source>
            <translation>mean centre and standard deviational ellipse per group (sub-sector) and period, and their drift</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="25" />
            <source>Group field</source>
            <translation>Group field</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="26" />
            <source>one ellipse per value of this column (e.g. subsector)</source>
            <translation>one ellipse per value of this column (e.g. subsector)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="33" />
            <source>Period field</source>
            <translation>Period field</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="34" />
            <source>one ellipse per year of this column ('year' finds the founding year)</source>
            <translation>one ellipse per year of this column ('year' finds the founding year)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="41" />
            <source>Period (years)</source>
            <translation>Period (years)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="42" />
            <source>years per period, counted back from the last year</source>
            <translation>years per period, counted back from the last year</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="50" />
            <source>Cumulative (all points up to each period)</source>
            <translation>Cumulative (all points up to each period)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="51" />
            <source>each period takes every point founded up to its end, not only in it</source>
            <translation>each period takes every point founded up to its end, not only in it</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="57" />
            <source>Ellipse size</source>
            <translation>Ellipse size</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="58" />
            <source>standard deviations of the ellipse (CrimeStat / ArcGIS)</source>
            <translation>standard deviations of the ellipse (CrimeStat / ArcGIS)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="63" />
            <source>numeric column weighting each point (e.g. employees)</source>
            <translation>numeric column weighting each point (e.g. employees)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="69" />
            <source>Leave out rows with no year</source>
            <translation>Leave out rows with no year</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="70" />
            <source>leave out rows whose time field holds no year instead of stopping</source>
            <translation>leave out rows whose time field holds no year instead of stopping</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="74" />
            <source>metric CRS of the ellipses (default EPSG:32649 for lon/lat input)</source>
            <translation>metric CRS of the ellipses (default EPSG:32649 for lon/lat input)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="79" />
            <source>Standard deviational ellipses</source>
            <translation>Standard deviational ellipses</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="84" />
            <source>Mean centre drift</source>
            <translation>Mean centre drift</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="89" />
            <source>Mean centres</source>
            <translation>Mean centres</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="94" />
            <source>Ellipses by group and period</source>
            <translation>Ellipses by group and period</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="59" />
            <source>1 standard deviation</source>
            <translation>1 standard deviation</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="59" />
            <source>2 standard deviations</source>
            <translation>2 standard deviations</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/ellipse.toml" line="59" />
            <source>3 standard deviations</source>
            <translation>3 standard deviations</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="5" />
            <source>Emerging hot spots (space-time)</source>
            <translation>Emerging hot spots (space-time)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="6" />
            <source>Emerging hot spots (space-time)…</source>
            <translation>Emerging hot spots (space-time)…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="14" />
            <source>space-time cube by founding year, Gi* per bin with FDR, Mann-Kendall trend per location and the 17 emerging hot spot patterns</source>
            <translation>space-time cube by founding year, Gi* per bin with FDR, Mann-Kendall trend per location and the 17 emerging hot spot patterns</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="24" />
            <source>Time field</source>
            <translation>Time field</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="25" />
            <source>column with the founding year or a date ('year' finds the founding year)</source>
            <translation>column with the founding year or a date ('year' finds the founding year)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="34" />
            <source>Cell shape</source>
            <translation>Cell shape</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="35" />
            <source>square (8 neighbours) or hex (6 neighbours) cells</source>
            <translation>square (8 neighbours) or hex (6 neighbours) cells</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="42" />
            <source>Time step (years)</source>
            <translation>Time step (years)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="43" />
            <source>years per time step</source>
            <translation>years per time step</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="51" />
            <source>Number of time steps</source>
            <translation>Number of time steps</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="52" />
            <source>time steps counted back from the last year (0: every year of the data; at least 10)</source>
            <translation>time steps counted back from the last year (0: every year of the data; at least 10)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="59" />
            <source>Neighbourhood distance</source>
            <translation>Neighbourhood distance</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="60" />
            <source>distance band in metres between cell centres (auto: 1.5 cells, the ring around each cell)</source>
            <translation>distance band in metres between cell centres (auto: 1.5 cells, the ring around each cell)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="66" />
            <source>auto (1.5 cells)</source>
            <translation>auto (1.5 cells)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="73" />
            <source>Neighbourhood time steps</source>
            <translation>Neighbourhood time steps</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="74" />
            <source>time steps in each bin's neighbourhood</source>
            <translation>time steps in each bin's neighbourhood</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="82" />
            <source>Time neighbourhood</source>
            <translation>Time neighbourhood</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="83" />
            <source>the steps before each bin (as ArcGIS) or the steps before and after it</source>
            <translation>the steps before each bin (as ArcGIS) or the steps before and after it</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="94" />
            <source>Study area</source>
            <translation>Study area</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="95" />
            <source>grid over the points' bounding box or over Guangzhou's districts</source>
            <translation>grid over the points' bounding box or over Guangzhou's districts</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="100" />
            <source>numeric column summed per bin instead of counting points</source>
            <translation>numeric column summed per bin instead of counting points</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="115" />
            <source>Emerging hot spot patterns</source>
            <translation>Emerging hot spot patterns</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="120" />
            <source>Locations per pattern</source>
            <translation>Locations per pattern</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="126" />
            <source>Space-time bins</source>
            <translation>Space-time bins</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="127" />
            <source>CSV of every bin of the cube with its Gi* z-score and p-value</source>
            <translation>CSV of every bin of the cube with its Gi* z-score and p-value</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="36" />
            <source>Squares (8 neighbours)</source>
            <translation>Squares (8 neighbours)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="36" />
            <source>Hexagons (6 neighbours)</source>
            <translation>Hexagons (6 neighbours)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="84" />
            <source>Earlier steps (ArcGIS)</source>
            <translation>Earlier steps (ArcGIS)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="84" />
            <source>Earlier and later steps</source>
            <translation>Earlier and later steps</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="96" />
            <source>Extent of the points</source>
            <translation>Extent of the points</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/emerging.toml" line="96" />
            <source>Guangzhou (all districts)</source>
            <translation>Guangzhou (all districts)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/hotspots.toml" line="5" />
            <source>Hot spots (Getis-Ord Gi*)</source>
            <translation>Hot spots (Getis-Ord Gi*)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/hotspots.toml" line="6" />
            <source>Hot spots (Getis-Ord Gi*)…</source>
            <translation>Hot spots (Getis-Ord Gi*)…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/hotspots.toml" line="7" />
            <source>Getis-Ord Gi* hot/cold spots on a square or hex grid (metres)</source>
            <translation>Getis-Ord Gi* hot/cold spots on a square or hex grid (metres)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/hotspots.toml" line="27" />
            <source>permutations for pseudo p-values (0: normal)</source>
            <translation>permutations for pseudo p-values (0: normal)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/hotspots.toml" line="34" />
            <source>numeric column summed per cell instead of counting points</source>
            <translation>numeric column summed per cell instead of counting points</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/hotspots.toml" line="59" />
            <source>Gi* hot and cold spots</source>
            <translation>Gi* hot and cold spots</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/hotspots.toml" line="64" />
            <source>Cells per class</source>
            <translation>Cells per class</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="5" />
            <source>Heat surface (kernel density)</source>
            <translation>Heat surface (kernel density)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="6" />
            <source>Heat surface (kernel density)…</source>
            <translation>Heat surface (kernel density)…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="7" />
            <source>kernel density heat surface (quartic/Gaussian, metres) to GeoTIFF</source>
            <translation>kernel density heat surface (quartic/Gaussian, metres) to GeoTIFF</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="17" />
            <source>Bandwidth</source>
            <translation>Bandwidth</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="18" />
            <source>kernel bandwidth in metres</source>
            <translation>kernel bandwidth in metres</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="38" />
            <source>kernel shape</source>
            <translation>kernel shape</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="49" />
            <source>Evaluation</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="50" />
            <source>exact sums or linear binning + FFT (auto picks by size)</source>
            <translation>exact sums or linear binning + FFT (auto picks by size)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="60" />
            <source>Density per km²</source>
            <translation>Density per km²</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="65" />
            <source>Heat surface parameters</source>
            <translation>Heat surface parameters</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="39" />
            <source>Quartic (as QGIS Heatmap)</source>
            <translation>Quartic (as QGIS Heatmap)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="51" />
            <source>exact</source>
            <translation>exact</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/kde.toml" line="51" />
            <source>binned</source>
            <translation>binned</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/lq.toml" line="5" />
            <source>Location quotients</source>
            <translation>Location quotients</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/lq.toml" line="6" />
            <source>Location quotients by region…</source>
            <translation>Location quotients by region…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/lq.toml" line="7" />
            <source>location quotients of sub-sectors by district, specialisation, Clark-Evans</source>
            <translation>location quotients of sub-sectors by district, specialisation, Clark-Evans</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/lq.toml" line="24" />
            <source>Group by</source>
            <translation>Group by</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/lq.toml" line="25" />
            <source>'district' (point in district, or in the regions layer) or a column to group by</source>
            <translation>'district' (point in district, or in the regions layer) or a column to group by</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/lq.toml" line="16" />
            <source>polygon layer or file of the regions to count in (e.g. every county of China); none: Guangzhou's districts</source>
            <translation>polygon layer or file of the regions to count in (e.g. every county of China); none: Guangzhou's districts</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/lq.toml" line="41" />
            <source>Location quotients by district</source>
            <translation>Location quotients by district</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/lq.toml" line="46" />
            <source>Specialisation by district</source>
            <translation>Specialisation by district</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="5" />
            <source>Site choice (maximal covering, p-median)</source>
            <translation>Site choice (maximal covering, p-median)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="6" />
            <source>Where the next park goes (site choice)…</source>
            <translation>Where the next park goes (site choice)…</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="15" />
            <source>choose p sites covering the most enterprises within a distance (MCLP) or nearest to them (p-median)</source>
            <translation>choose p sites covering the most enterprises within a distance (MCLP) or nearest to them (p-median)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="33" />
            <source>maximal covering (MCLP) or p-median</source>
            <translation>maximal covering (MCLP) or p-median</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="40" />
            <source>Sites to choose</source>
            <translation>Sites to choose</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="41" />
            <source>number of sites p</source>
            <translation>number of sites p</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="50" />
            <source>Service distance</source>
            <translation>Service distance</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="51" />
            <source>a site covers the enterprises within this distance in metres</source>
            <translation>a site covers the enterprises within this distance in metres</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="60" />
            <source>demand weight column (e.g. employees, revenue) instead of 1 each</source>
            <translation>demand weight column (e.g. employees, revenue) instead of 1 each</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="65" />
            <source>Candidate grid cell</source>
            <translation>Candidate grid cell</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="66" />
            <source>cell size in metres of the candidate grid when no candidates are given</source>
            <translation>cell size in metres of the candidate grid when no candidates are given</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="72" />
            <source>half the distance</source>
            <translation>half the distance</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="80" />
            <source>candidates must lie in Guangzhou's districts or near the enterprises</source>
            <translation>candidates must lie in Guangzhou's districts or near the enterprises</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="24" />
            <source>Candidate sites</source>
            <translation>Candidate sites</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="25" />
            <source>candidate sites: points or parcels (none: a grid over the study area)</source>
            <translation>candidate sites: points or parcels (none: a grid over the study area)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="90" />
            <source>Chosen sites</source>
            <translation>Chosen sites</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="95" />
            <source>Enterprises and their nearest chosen site</source>
            <translation>Enterprises and their nearest chosen site</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="100" />
            <source>Coverage summary</source>
            <translation>Coverage summary</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="34" />
            <source>Maximal covering (MCLP)</source>
            <translation>Maximal covering (MCLP)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="34" />
            <source>p-median (least total distance)</source>
            <translation>p-median (least total distance)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/declarations/sites.toml" line="81" />
            <source>Around the enterprises</source>
            <translation>Around the enterprises</translation>
        </message>
    </context>
    <context>
        <name>AnalysisErrors</name>
        <message>
            <location filename="../../../gzmap/analysis/metric.py" line="108" />
            <source>the layer has no coordinate reference system; set one first (EPSG:4326 for longitude/latitude)</source>
            <extracomment>UTM zone 49N (WGS84), metres: the default metric CRS for Guangzhou.</extracomment>
            <translation>the layer has no coordinate reference system; set one first (EPSG:4326 for longitude/latitude)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/metric.py" line="116" />
            <source>points</source>
            <extracomment>The things an analysis counts, as its messages name them.</extracomment>
            <translation>points</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/metric.py" line="117" />
            <source>enterprises</source>
            <translation>enterprises</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/metric.py" line="118" />
            <source>candidates</source>
            <translation>candidates</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/metric.py" line="130" />
            <source>row {row} has no location (empty geometry); {missing} of {n} rows lack one — remove them or fix their coordinates</source>
            <translation>row {row} has no location (empty geometry); {missing} of {n} rows lack one — remove them or fix their coordinates</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/metric.py" line="219" />
            <location filename="../../../gzmap/analysis/metric.py" line="267" />
            <source>no {what}: the layer or the selection is empty</source>
            <translation>no {what}: the layer or the selection is empty</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/metric.py" line="236" />
            <source>expects point features; row {row} is a {type}</source>
            <translation>expects point features; row {row} is a {type}</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/metric.py" line="283" />
            <source>need at least {min} {what}, got {n}</source>
            <translation>need at least {min} {what}, got {n}</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/metric.py" line="294" />
            <source>row {row} has a non-finite coordinate</source>
            <translation>row {row} has a non-finite coordinate</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/kde.py" line="133" />
            <source>row {row}, column {column!r}: negative weight {w:g}</source>
            <extracomment>Gaussian kernels are cut at this many bandwidths. Largest grid (cells) a KDE will allocate (~400 MB of float64).</extracomment>
            <translation>row {row}, column {column!r}: negative weight {w:g}</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/kde.py" line="143" />
            <source>all weights in column {column!r} are 0</source>
            <translation>all weights in column {column!r} are 0</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/kde.py" line="161" />
            <source>cell size ({cell:g} m) is larger than the bandwidth ({bandwidth:g} m); use cells at most as large as the bandwidth (a fifth of it or less looks smooth)</source>
            <translation>cell size ({cell:g} m) is larger than the bandwidth ({bandwidth:g} m); use cells at most as large as the bandwidth (a fifth of it or less looks smooth)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/kde.py" line="359" />
            <source>the grid would have {rows:,} x {cols:,} cells; use a larger cell size (more than {cell:.0f} m) or fewer, closer points</source>
            <translation>the grid would have {rows:,} x {cols:,} cells; use a larger cell size (more than {cell:.0f} m) or fewer, closer points</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/hotspots.py" line="145" />
            <source>{n:,} cells of {cell:g} m is too many; use larger cells</source>
            <extracomment>gi_class -&gt; label key of :data:`gzmap.analysis.significance.LABELS` (±3: 99 %, ±2: 95 % confidence).</extracomment>
            <translation>{n:,} cells of {cell:g} m is too many; use larger cells</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/hotspots.py" line="416" />
            <source>only {n} cells of {cell:g} m cover the points; use smaller cells</source>
            <translation>only {n} cells of {cell:g} m cover the points; use smaller cells</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/hotspots.py" line="441" />
            <source>no point lies inside the study area</source>
            <translation>no point lies inside the study area</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/hotspots.py" line="447" />
            <source>every cell has the same value; use smaller cells or another weight</source>
            <translation>every cell has the same value; use smaller cells or another weight</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/hotspots.py" line="454" />
            <source>no cell has a neighbour; use larger cells</source>
            <translation>no cell has a neighbour; use larger cells</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/cross_k.py" line="49" />
            <source>the points lie on a line: the study area (their convex hull) has no area</source>
            <translation>the points lie on a line: the study area (their convex hull) has no area</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/cross_k.py" line="183" />
            <source>categories a and b are both {a!r}: choose two different categories of {field!r}</source>
            <extracomment>Most (A or B, A or B) pairs within the largest distance listed in memory (about 10 bytes each); beyond it every simulation counts pairs again by dual-tree traversal (slower, little memory). Labellings counted at once (one sparse product per distance bin for the whole batch).</extracomment>
            <translation>categories a and b are both {a!r}: choose two different categories of {field!r}</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/cross_k.py" line="195" />
            <source>category {what} {name!r} of field {field!r} needs two or more points; categories: {cats}</source>
            <translation>category {what} {name!r} of field {field!r} needs two or more points; categories: {cats}</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/colocation.py" line="134" />
            <source>field {field!r} has no category with two or more points (and 3 points in all)</source>
            <extracomment>Local CLQ classes (``clq_class``): colocated / isolated at the test's level, or not significant. Most neighbour pairs a distance band may make (about 1.2 GB of arrays).</extracomment>
            <translation>field {field!r} has no category with two or more points (and 3 points in all)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/colocation.py" line="235" />
            <source>band {band:g} m gives {pairs:,} neighbour pairs (more than {most:,}); use a smaller band or k nearest</source>
            <translation>band {band:g} m gives {pairs:,} neighbour pairs (more than {most:,}); use a smaller band or k nearest</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/colocation.py" line="328" />
            <source>{what} {name!r} of field {field!r} has fewer than two points; categories with two or more: {cats}</source>
            <translation>{what} {name!r} of field {field!r} has fewer than two points; categories with two or more: {cats}</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/colocation.py" line="366" />
            <source>target</source>
            <translation>target</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/colocation.py" line="367" />
            <source>neighbour</source>
            <translation>neighbour</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/district_stats.py" line="111" />
            <source>no enterprise lies inside a district</source>
            <translation>no enterprise lies inside a district</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/district_stats.py" line="247" />
            <source>every unit has the same density; nothing to compare</source>
            <translation>every unit has the same density; nothing to compare</translation>
        </message>
    </context>
    <context>
        <name>Significance</name>
        <message>
            <location filename="../../../gzmap/analysis/significance.py" line="35" />
            <source>Hot spot, 99% confidence</source>
            <extracomment>Significance level of every local test (95 % confidence). The stronger level shown as "99 % confidence". Labels shared by the local tests: Gi* classes (-3..3) and LISA quadrants.</extracomment>
            <translation>Hot spot, 99% confidence</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/significance.py" line="36" />
            <source>Hot spot, 95% confidence</source>
            <translation>Hot spot, 95% confidence</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/significance.py" line="37" />
            <source>Cold spot, 95% confidence</source>
            <translation>Cold spot, 95% confidence</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/significance.py" line="38" />
            <source>Cold spot, 99% confidence</source>
            <translation>Cold spot, 99% confidence</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/significance.py" line="39" />
            <source>Not significant</source>
            <translation>Not significant</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/significance.py" line="40" />
            <source>High-High (hot spot)</source>
            <translation>High-High (hot spot)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/significance.py" line="41" />
            <source>Low-Low (cold spot)</source>
            <translation>Low-Low (cold spot)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/significance.py" line="42" />
            <source>Low-High (outlier)</source>
            <translation>Low-High (outlier)</translation>
        </message>
        <message>
            <location filename="../../../gzmap/analysis/significance.py" line="43" />
            <source>High-Low (outlier)</source>
            <translation>High-Low (outlier)</translation>
        </message>
    </context>
</TS>