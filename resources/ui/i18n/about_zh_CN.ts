<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="33"/>
        <source>Desktop GIS for Guangzhou&apos;s digital-culture industry.</source>
        <translation>面向广州数字文化产业规划的桌面 GIS。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="34"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="35"/>
        <source>Boundaries</source>
        <translation>行政边界</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="36"/>
        <source>Converted from GCJ-02 to WGS84.</source>
        <translation>已由 GCJ-02 转换为 WGS84。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="37"/>
        <source>Sample enterprises</source>
        <translation>样例企业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="38"/>
        <source>synthetic, invented for demonstration — not real companies</source>
        <translation>合成数据，仅供演示，并非真实企业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="39"/>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="40"/>
        <source>modified from Noto Sans CJK SC</source>
        <translation>由思源黑体（Noto Sans CJK SC）修改而来</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="41"/>
        <source>SIL Open Font License 1.1</source>
        <translation>SIL 开放字体许可证 1.1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="42"/>
        <source>Libraries</source>
        <translation>软件库</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="43"/>
        <source>Licence texts</source>
        <translation>许可证全文</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="100"/>
        <source>About GZMap</source>
        <translation>关于 GZMap</translation>
    </message>
</context>
</TS>
