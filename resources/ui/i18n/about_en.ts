<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="33" />
        <source>Desktop GIS for Guangzhou's digital-culture industry.</source>
        <translation>Desktop GIS for Guangzhou's digital-culture industry.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="34" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="35" />
        <source>Boundaries</source>
        <translation>Boundaries</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="36" />
        <source>Converted from GCJ-02 to WGS84.</source>
        <translation>Converted from GCJ-02 to WGS84.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="37" />
        <source>Sample enterprises</source>
        <translation>Sample enterprises</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="38" />
        <source>synthetic, invented for demonstration — not real companies</source>
        <translation>synthetic, invented for demonstration — not real companies</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="39" />
        <source>Font</source>
        <translation>Font</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="40" />
        <source>modified from Noto Sans CJK SC</source>
        <translation>modified from Noto Sans CJK SC</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="41" />
        <source>SIL Open Font License 1.1</source>
        <translation>SIL Open Font License 1.1</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="42" />
        <source>Libraries</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="43" />
        <source>Licence texts</source>
        <translation>Licence texts</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../gzmap/ui/about.py" line="100" />
        <source>About GZMap</source>
        <translation>About GZMap</translation>
    </message>
</context>
</TS>