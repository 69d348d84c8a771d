<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../../gzmap/ui/qt_gaps.py" line="16" />
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/qt_gaps.py" line="17" />
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/qt_gaps.py" line="18" />
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../../gzmap/ui/qt_gaps.py" line="19" />
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
</context>
</TS>