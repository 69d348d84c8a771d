<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Nmea</name>
    <message>
        <location filename="../../../gzmap/io/nmea.py" line="26" />
        <source>not an NMEA sentence</source>
        <extracomment>Why a line was skipped (context "Nmea"); the detail follows after a colon.</extracomment>
        <translation>不是 NMEA 语句</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/nmea.py" line="27" />
        <source>no checksum (cut off?)</source>
        <translation>缺少校验和（语句被截断？）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/nmea.py" line="28" />
        <source>checksum error</source>
        <translation>校验和错误</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/nmea.py" line="29" />
        <source>unreadable position</source>
        <translation>无法读取的位置</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/nmea.py" line="30" />
        <source>line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
</context>
</TS>