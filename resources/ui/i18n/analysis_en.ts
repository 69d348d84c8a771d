<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Analysis</name>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="119" />
        <source>Selected features only</source>
        <translation>Selected features only</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="123" />
        <source>Point layer</source>
        <translation>Point layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="327" />
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="268" />
        <source>The project has no point layer: import enterprises first.</source>
        <translation>The project has no point layer: import enterprises first.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="346" />
        <source>{n} points; defaults are derived from their spacing and extent.</source>
        <translation>{n} points; defaults are derived from their spacing and extent.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="58" />
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="120" />
        <source>Only the features the filter shows</source>
        <translation>Only the features the filter shows</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="367" />
        <source>(none: count points)</source>
        <translation>(none: count points)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="177" />
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="371" />
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="390" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="183" />
        <source>Built-in sample</source>
        <translation>Built-in sample</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="189" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="210" />
        <source>Tables (CSV, TXT, Excel)</source>
        <translation>Tables (CSV, TXT, Excel)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="425" />
        <source>{n} seconds</source>
        <extracomment>HDBSCAN (scikit-learn) took 22 s on 100,000 points on a 2-core machine, growing as n^2.2 (0.9 s at 20,000, 4.7 s at 50,000): the estimate behind the dialog's warning.</extracomment>
        <translation>{n} seconds</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="427" />
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="428" />
        <source>{n} hours</source>
        <translation>{n} hours</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/analysis_dialogs.py" line="452" />
        <source>HDBSCAN's time grows about with the square of the number of points: on {n:,} points expect roughly {t} (100,000 took 22 s on a two-core laptop). DBSCAN takes seconds.</source>
        <translation>HDBSCAN's time grows about with the square of the number of points: on {n:,} points expect roughly {t} (100,000 took 22 s on a two-core laptop). DBSCAN takes seconds.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="129" />
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="130" />
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="199" />
        <source>CSV files</source>
        <translation>CSV files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="201" />
        <source>Excel files</source>
        <translation>Excel files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="204" />
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="259" />
        <source>Analysis results</source>
        <translation>Analysis results</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="267" />
        <source>No point layer</source>
        <translation>No point layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="325" />
        <source>No features are selected in this layer.</source>
        <extracomment>analysis id -&gt; its dialog, for every declared analysis with a menu text (registry order)</extracomment>
        <translation>No features are selected in this layer.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="347" />
        <source>The analysis stopped because of an unexpected problem; the details are in the log.</source>
        <translation>The analysis stopped because of an unexpected problem; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="385" />
        <source>Noise: {n} points that belong to no cluster.</source>
        <translation>Noise: {n} points that belong to no cluster.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/analysis.py" line="391" />
        <source>Cluster C{id}: {n} enterprises, {area:.2f} km², {density:,.0f} per km²; mostly {sub} ({share:.0%}); in {district}.</source>
        <translation>Cluster C{id}: {n} enterprises, {area:.2f} km², {density:,.0f} per km²; mostly {sub} ({share:.0%}); in {district}.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/result_views.py" line="78" />
        <source>{a} (row) among {b} (column): co-location quotient {clq}, p = {p}</source>
        <extracomment>A pair's pseudo p-value at or below which its cell is marked.</extracomment>
        <translation>{a} (row) among {b} (column): co-location quotient {clq}, p = {p}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/result_views.py" line="100" />
        <source>Blue: fewer neighbours of the column's sub-sector than expected (below 1); red: more (above 1); * significant (p ≤ 0.05).</source>
        <translation>Blue: fewer neighbours of the column's sub-sector than expected (below 1); red: more (above 1); * significant (p ≤ 0.05).</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/result_views.py" line="192" />
        <source>Development index (TOPSIS score) by region</source>
        <translation>Development index (TOPSIS score) by region</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/result_views.py" line="194" />
        <source>Development index (TOPSIS score) by region, {year}</source>
        <translation>Development index (TOPSIS score) by region, {year}</translation>
    </message>
</context>
</TS>