<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DevIndex</name>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="52" />
        <source>Extreme imbalance</source>
        <extracomment>The ten coordination bands of D (0–0.1, …, 0.9–1), English (translated to the usual Chinese names).</extracomment>
        <translation>极度失调</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="53" />
        <source>Severe imbalance</source>
        <translation>严重失调</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="54" />
        <source>Moderate imbalance</source>
        <translation>中度失调</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="55" />
        <source>Mild imbalance</source>
        <translation>轻度失调</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="56" />
        <source>Verge of imbalance</source>
        <translation>濒临失调</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="57" />
        <source>Barely coordinated</source>
        <translation>勉强协调</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="58" />
        <source>Primary coordination</source>
        <translation>初级协调</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="59" />
        <source>Intermediate coordination</source>
        <translation>中级协调</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="60" />
        <source>Good coordination</source>
        <translation>良好协调</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="61" />
        <source>High-quality coordination</source>
        <translation>优质协调</translation>
    </message>
</context>
<context>
    <name>Research</name>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="25" />
        <source>Co-located (significant)</source>
        <extracomment>clq_class -&gt; (colour, English label marked for translation).</extracomment>
        <translation>显著共位</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="26" />
        <source>Isolated (significant)</source>
        <translation>显著孤立</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="27" />
        <source>Not significant</source>
        <translation>不显著</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="28" />
        <source>Undefined (no neighbours)</source>
        <translation>无法计算（无邻居）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="31" />
        <source>own sub-sector</source>
        <extracomment>What a local CLQ is relative to when no neighbouring category is chosen.</extracomment>
        <translation>本行业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="142" />
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="143" />
        <source>Not covered</source>
        <translation>未覆盖</translation>
    </message>
</context>
</TS>