<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Analysis</name>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="23" />
        <source>Clusters (DBSCAN / HDBSCAN)</source>
        <translation>Clusters (DBSCAN / HDBSCAN)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="24" />
        <source>Heat surface (kernel density)</source>
        <translation>Heat surface (kernel density)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="25" />
        <source>Hot spots (Getis-Ord Gi*)</source>
        <translation>Hot spots (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="26" />
        <source>District statistics (LQ, specialisation, LISA, Clark–Evans)</source>
        <translation>District statistics (LQ, specialisation, LISA, Clark–Evans)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="88" />
        <source>Selected features only</source>
        <translation>Selected features only</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="89" />
        <source>Point layer</source>
        <translation>Point layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="120" />
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="260" />
        <source>The project has no point layer: import enterprises first.</source>
        <translation>The project has no point layer: import enterprises first.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="130" />
        <source>{n} points; defaults are derived from their spacing and extent.</source>
        <translation>{n} points; defaults are derived from their spacing and extent.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="137" />
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="143" />
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="149" />
        <source>(none: count points)</source>
        <translation>(none: count points)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="170" />
        <source>{n} seconds</source>
        <extracomment>HDBSCAN (scikit-learn) took 22 s on 100,000 points on a 2-core machine, growing as n^2.2 (0.9 s at 20,000, 4.7 s at 50,000): the estimate behind the dialog's warning.</extracomment>
        <translation>{n} seconds</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="172" />
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="173" />
        <source>{n} hours</source>
        <translation>{n} hours</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="190" />
        <source>Border points as noise (DBSCAN*)</source>
        <translation>Border points as noise (DBSCAN*)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="192" />
        <source>Convex hull</source>
        <translation>Convex hull</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="193" />
        <source>Concave hull</source>
        <translation>Concave hull</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="198" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="199" />
        <source>Search radius ε</source>
        <translation>Search radius ε</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="200" />
        <source>Minimum points within ε</source>
        <translation>Minimum points within ε</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="201" />
        <source>Minimum cluster size (HDBSCAN)</source>
        <translation>Minimum cluster size (HDBSCAN)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="203" />
        <source>Cluster outline</source>
        <translation>Cluster outline</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="204" />
        <source>Concave hull ratio (0 tight – 1 convex)</source>
        <translation>Concave hull ratio (0 tight – 1 convex)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="225" />
        <source>HDBSCAN's time grows about with the square of the number of points: on {n:,} points expect roughly {t} (100,000 took 22 s on a two-core laptop). DBSCAN takes seconds.</source>
        <translation>HDBSCAN's time grows about with the square of the number of points: on {n:,} points expect roughly {t} (100,000 took 22 s on a two-core laptop). DBSCAN takes seconds.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="253" />
        <source>Quartic (as QGIS Heatmap)</source>
        <translation>Quartic (as QGIS Heatmap)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="254" />
        <source>Gaussian</source>
        <translation>Gaussian</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="256" />
        <source>Bandwidth</source>
        <translation>Bandwidth</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="257" />
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="287" />
        <source>Cell size</source>
        <translation>Cell size</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="258" />
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="259" />
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="292" />
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="316" />
        <source>Weight field</source>
        <translation>Weight field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="277" />
        <source>Squares (8 neighbours)</source>
        <translation>Squares (8 neighbours)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="278" />
        <source>Hexagons (6 neighbours)</source>
        <translation>Hexagons (6 neighbours)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="282" />
        <source>False discovery rate correction</source>
        <translation>False discovery rate correction</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="284" />
        <source>Extent of the points</source>
        <translation>Extent of the points</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="285" />
        <source>Guangzhou (all districts)</source>
        <translation>Guangzhou (all districts)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="288" />
        <source>Cell shape</source>
        <translation>Cell shape</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="289" />
        <source>Permutations</source>
        <translation>Permutations</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="291" />
        <source>Study area</source>
        <translation>Study area</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="311" />
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="312" />
        <source>Grid cells</source>
        <translation>Grid cells</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="315" />
        <source>Sub-sector field</source>
        <translation>Sub-sector field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="317" />
        <source>Map the location quotient of</source>
        <translation>Map the location quotient of</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="318" />
        <source>Local Moran's I over</source>
        <translation>Local Moran's I over</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="319" />
        <source>Grid cell size</source>
        <translation>Grid cell size</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="82" />
        <source>Location quotients and specialisation by district</source>
        <extracomment>Clark–Evans patterns in the two languages.</extracomment>
        <translation>Location quotients and specialisation by district</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="83" />
        <source>Clark–Evans nearest-neighbour index by sub-sector</source>
        <translation>Clark–Evans nearest-neighbour index by sub-sector</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="174" />
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="175" />
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="207" />
        <source>CSV files</source>
        <translation>CSV files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="207" />
        <source>Excel files</source>
        <translation>Excel files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="208" />
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="249" />
        <source>Clusters (DBSCAN / HDBSCAN)…</source>
        <translation>Clusters (DBSCAN / HDBSCAN)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="250" />
        <source>Heat surface (kernel density)…</source>
        <translation>Heat surface (kernel density)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="251" />
        <source>Hot spots (Getis-Ord Gi*)…</source>
        <translation>Hot spots (Getis-Ord Gi*)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="252" />
        <source>District statistics (LQ, LISA, Clark–Evans)…</source>
        <translation>District statistics (LQ, LISA, Clark–Evans)…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="253" />
        <source>Analysis results</source>
        <translation>Analysis results</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="260" />
        <source>No point layer</source>
        <translation>No point layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="284" />
        <source>No features are selected in this layer.</source>
        <translation>No features are selected in this layer.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="322" />
        <source>Noise: {n} points that belong to no cluster.</source>
        <translation>Noise: {n} points that belong to no cluster.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="326" />
        <source>Cluster C{id}: {n} enterprises, {area:.2f} km², {density:,.0f} per km²; mostly {sub} ({share:.0%}); in {district}.</source>
        <translation>Cluster C{id}: {n} enterprises, {area:.2f} km², {density:,.0f} per km²; mostly {sub} ({share:.0%}); in {district}.</translation>
    </message>
</context>
</TS>