<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Measure</name>
    <message>
        <location filename="../../../gzmap/analysis/measure.py" line="23" />
        <source>{value} m</source>
        <extracomment>One 亩 (mu), the Chinese land unit planners quote: 10,000/15 m² (666.67 m²).</extracomment>
        <translation>{value} 米</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/measure.py" line="24" />
        <source>{value} km</source>
        <translation>{value} 公里</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/measure.py" line="25" />
        <source>{value} m²</source>
        <translation>{value} 平方米</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/measure.py" line="26" />
        <source>{value} km²</source>
        <translation>{value} 平方公里</translation>
    </message>
    <message>
        <location filename="../../../gzmap/analysis/measure.py" line="27" />
        <source>{value} mu</source>
        <translation>{value} 亩</translation>
    </message>
</context>
</TS>