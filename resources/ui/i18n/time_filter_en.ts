<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ReportYear</name>
    <message>
        <location filename="../../../gzmap/ui/report_year.py" line="29" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_year.py" line="30" />
        <source>As the map shows</source>
        <translation>As the map shows</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_year.py" line="31" />
        <source>As of {year}</source>
        <translation>As of {year}</translation>
    </message>
</context>
<context>
    <name>TimeFilter</name>
    <message>
        <location filename="../../../gzmap/core/time_filter.py" line="37" />
        <source>unknown time mode {what}</source>
        <extracomment>Years accepted as a founding or closing year.</extracomment>
        <translation>unknown time mode {what}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/time_filter.py" line="38" />
        <source>{what} is not a year from 1800 to 2100</source>
        <translation>{what} is not a year from 1800 to 2100</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/time_filter.py" line="39" />
        <source>a range needs an end year not before {what}</source>
        <translation>a range needs an end year not before {what}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/time_filter.py" line="40" />
        <source>bad field name {what}</source>
        <translation>bad field name {what}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/time_filter.py" line="41" />
        <source>no field {what} in this layer</source>
        <translation>no field {what} in this layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/time_filter.py" line="42" />
        <source>the saved time filter is not valid</source>
        <translation>the saved time filter is not valid</translation>
    </message>
</context>
</TS>