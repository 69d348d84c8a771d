<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>TimeFilter</name>
    <message>
        <location filename="../../../gzmap/core/time_filter.py" line="35" />
        <source>unknown time mode {what}</source>
        <extracomment>Years accepted as a founding or closing year.</extracomment>
        <translation>unknown time mode {what}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/time_filter.py" line="36" />
        <source>{what} is not a year from 1800 to 2100</source>
        <translation>{what} is not a year from 1800 to 2100</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/time_filter.py" line="37" />
        <source>a range needs an end year not before {what}</source>
        <translation>a range needs an end year not before {what}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/time_filter.py" line="38" />
        <source>bad field name {what}</source>
        <translation>bad field name {what}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/time_filter.py" line="39" />
        <source>no field {what} in this layer</source>
        <translation>no field {what} in this layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/time_filter.py" line="40" />
        <source>the saved time filter is not valid</source>
        <translation>the saved time filter is not valid</translation>
    </message>
</context>
</TS>