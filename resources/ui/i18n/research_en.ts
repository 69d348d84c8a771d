<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AnalysisErrors</name>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="96" />
        <source>indicator {name!r} is constant ({value:g} in every row): it cannot be scaled; leave it out</source>
        <translation>indicator {name!r} is constant ({value:g} in every row): it cannot be scaled; leave it out</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="115" />
        <source>entropy weights need at least two observations, got {n}</source>
        <translation>entropy weights need at least two observations, got {n}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="182" />
        <source>none of the indicators {names} has a joined value</source>
        <translation>none of the indicators {names} has a joined value</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="248" />
        <source>a development index needs at least two regions or years with every value, got {n}</source>
        <translation>a development index needs at least two regions or years with every value, got {n}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="261" />
        <source>indicator {name!r} has a missing or non-finite value</source>
        <translation>indicator {name!r} has a missing or non-finite value</translation>
    </message>
</context>
<context>
    <name>DevIndex</name>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="55" />
        <source>Extreme imbalance</source>
        <extracomment>The ten coordination bands of D (0–0.1, …, 0.9–1), English (translated to the usual Chinese names).</extracomment>
        <translation>Extreme imbalance</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="56" />
        <source>Severe imbalance</source>
        <translation>Severe imbalance</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="57" />
        <source>Moderate imbalance</source>
        <translation>Moderate imbalance</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="58" />
        <source>Mild imbalance</source>
        <translation>Mild imbalance</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="59" />
        <source>Verge of imbalance</source>
        <translation>Verge of imbalance</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="60" />
        <source>Barely coordinated</source>
        <translation>Barely coordinated</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="61" />
        <source>Primary coordination</source>
        <translation>Primary coordination</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="62" />
        <source>Intermediate coordination</source>
        <translation>Intermediate coordination</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="63" />
        <source>Good coordination</source>
        <translation>Good coordination</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="64" />
        <source>High-quality coordination</source>
        <translation>High-quality coordination</translation>
    </message>
</context>
<context>
    <name>Research</name>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="30" />
        <source>Co-located (significant)</source>
        <extracomment>clq_class -&gt; (colour, English label marked for translation).</extracomment>
        <translation>Co-located (significant)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="31" />
        <source>Isolated (significant)</source>
        <translation>Isolated (significant)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="32" />
        <source>Not significant</source>
        <translation>Not significant</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="33" />
        <source>Undefined (no neighbours)</source>
        <translation>Undefined (no neighbours)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="36" />
        <source>own sub-sector</source>
        <extracomment>What a local CLQ is relative to when no neighbouring category is chosen.</extracomment>
        <translation>own sub-sector</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="133" />
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="134" />
        <source>Not covered</source>
        <translation>Not covered</translation>
    </message>
</context>
</TS>