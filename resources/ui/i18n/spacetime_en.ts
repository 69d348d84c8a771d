<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Emerging</name>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="41" />
        <source>New hot spot</source>
        <extracomment>pattern code -&gt; (key, English name): 1..8 hot, -1..-8 cold, 0 no pattern.</extracomment>
        <translation>New hot spot</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="42" />
        <source>Consecutive hot spot</source>
        <translation>Consecutive hot spot</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="43" />
        <source>Intensifying hot spot</source>
        <translation>Intensifying hot spot</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="44" />
        <source>Persistent hot spot</source>
        <translation>Persistent hot spot</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="45" />
        <source>Diminishing hot spot</source>
        <translation>Diminishing hot spot</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="46" />
        <source>Sporadic hot spot</source>
        <translation>Sporadic hot spot</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="47" />
        <source>Oscillating hot spot</source>
        <translation>Oscillating hot spot</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="48" />
        <source>Historical hot spot</source>
        <translation>Historical hot spot</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="49" />
        <source>No pattern detected</source>
        <translation>No pattern detected</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="50" />
        <source>New cold spot</source>
        <translation>New cold spot</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="51" />
        <source>Consecutive cold spot</source>
        <translation>Consecutive cold spot</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="52" />
        <source>Intensifying cold spot</source>
        <translation>Intensifying cold spot</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="53" />
        <source>Persistent cold spot</source>
        <translation>Persistent cold spot</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="54" />
        <source>Diminishing cold spot</source>
        <translation>Diminishing cold spot</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="55" />
        <source>Sporadic cold spot</source>
        <translation>Sporadic cold spot</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="56" />
        <source>Oscillating cold spot</source>
        <translation>Oscillating cold spot</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/emerging.py" line="57" />
        <source>Historical cold spot</source>
        <translation>Historical cold spot</translation>
    </message>
</context>
</TS>