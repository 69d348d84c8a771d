<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Emerging</name>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="41" />
        <source>New hot spot</source>
        <extracomment>pattern code -&gt; (key, English name): 1..8 hot, -1..-8 cold, 0 no pattern.</extracomment>
        <translation>新增的热点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="42" />
        <source>Consecutive hot spot</source>
        <translation>连续的热点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="43" />
        <source>Intensifying hot spot</source>
        <translation>加强的热点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="44" />
        <source>Persistent hot spot</source>
        <translation>持续的热点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="45" />
        <source>Diminishing hot spot</source>
        <translation>逐渐减少的热点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="46" />
        <source>Sporadic hot spot</source>
        <translation>分散的热点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="47" />
        <source>Oscillating hot spot</source>
        <translation>振荡的热点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="48" />
        <source>Historical hot spot</source>
        <translation>历史的热点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="49" />
        <source>No pattern detected</source>
        <translation>未检测到模式</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="50" />
        <source>New cold spot</source>
        <translation>新增的冷点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="51" />
        <source>Consecutive cold spot</source>
        <translation>连续的冷点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="52" />
        <source>Intensifying cold spot</source>
        <translation>加强的冷点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="53" />
        <source>Persistent cold spot</source>
        <translation>持续的冷点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="54" />
        <source>Diminishing cold spot</source>
        <translation>逐渐减少的冷点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="55" />
        <source>Sporadic cold spot</source>
        <translation>分散的冷点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="56" />
        <source>Oscillating cold spot</source>
        <translation>振荡的冷点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="57" />
        <source>Historical cold spot</source>
        <translation>历史的冷点</translation>
    </message>
</context>
</TS>