<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalysisErrors</name>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="96" />
        <source>indicator {name!r} is constant ({value:g} in every row): it cannot be scaled; leave it out</source>
        <translation>指标 {name!r} 是常数（每行都是 {value:g}）：无法标准化；请去掉该指标</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="115" />
        <source>entropy weights need at least two observations, got {n}</source>
        <translation>熵权法至少需要两个观测，实际只有 {n} 个</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="182" />
        <source>none of the indicators {names} has a joined value</source>
        <translation>指标 {names} 都没有连接上的数值</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="248" />
        <source>a development index needs at least two regions or years with every value, got {n}</source>
        <translation>发展指数至少需要两个各项数值齐全的地区或年份，实际只有 {n} 个</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="261" />
        <source>indicator {name!r} has a missing or non-finite value</source>
        <translation>指标 {name!r} 有缺失值或非有限数值</translation>
    </message>
</context>
<context>
    <name>DevIndex</name>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="55" />
        <source>Extreme imbalance</source>
        <extracomment>The ten coordination bands of D (0–0.1, …, 0.9–1), English (translated to the usual Chinese names).</extracomment>
        <translation>极度失调</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="56" />
        <source>Severe imbalance</source>
        <translation>严重失调</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="57" />
        <source>Moderate imbalance</source>
        <translation>中度失调</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="58" />
        <source>Mild imbalance</source>
        <translation>轻度失调</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="59" />
        <source>Verge of imbalance</source>
        <translation>濒临失调</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="60" />
        <source>Barely coordinated</source>
        <translation>勉强协调</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="61" />
        <source>Primary coordination</source>
        <translation>初级协调</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="62" />
        <source>Intermediate coordination</source>
        <translation>中级协调</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="63" />
        <source>Good coordination</source>
        <translation>良好协调</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/devindex.py" line="64" />
        <source>High-quality coordination</source>
        <translation>优质协调</translation>
    </message>
</context>
<context>
    <name>Research</name>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="30" />
        <source>Co-located (significant)</source>
        <extracomment>clq_class -&gt; (colour, English label marked for translation).</extracomment>
        <translation>显著共位</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="31" />
        <source>Isolated (significant)</source>
        <translation>显著孤立</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="32" />
        <source>Not significant</source>
        <translation>不显著</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="33" />
        <source>Undefined (no neighbours)</source>
        <translation>无法计算（无邻居）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="36" />
        <source>own sub-sector</source>
        <extracomment>What a local CLQ is relative to when no neighbouring category is chosen.</extracomment>
        <translation>本行业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="133" />
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/research_layers.py" line="134" />
        <source>Not covered</source>
        <translation>未覆盖</translation>
    </message>
</context>
</TS>