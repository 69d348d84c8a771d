<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../../gzmap/ui/qt_gaps.py" line="16" />
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/qt_gaps.py" line="17" />
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/qt_gaps.py" line="18" />
        <source>Date Modified</source>
        <translation>修改日期</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../../gzmap/ui/qt_gaps.py" line="19" />
        <source>Date Modified</source>
        <translation>修改日期</translation>
    </message>
</context>
</TS>