<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Nmea</name>
    <message>
        <location filename="../../../gzmap/io/nmea.py" line="26" />
        <source>not an NMEA sentence</source>
        <extracomment>Why a line was skipped (context "Nmea"); the detail follows after a colon.</extracomment>
        <translation>not an NMEA sentence</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/nmea.py" line="27" />
        <source>no checksum (cut off?)</source>
        <translation>no checksum (cut off?)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/nmea.py" line="28" />
        <source>checksum error</source>
        <translation>checksum error</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/nmea.py" line="29" />
        <source>unreadable position</source>
        <translation>unreadable position</translation>
    </message>
    <message>
        <location filename="../../../gzmap/io/nmea.py" line="30" />
        <source>line {line}: {reason}</source>
        <translation>line {line}: {reason}</translation>
    </message>
</context>
</TS>