<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReportYear</name>
    <message>
        <location filename="../../../gzmap/ui/report_year.py" line="29" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_year.py" line="30" />
        <source>As the map shows</source>
        <translation>与地图当前显示一致</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/report_year.py" line="31" />
        <source>As of {year}</source>
        <translation>截至 {year} 年</translation>
    </message>
</context>
<context>
    <name>TimeFilter</name>
    <message>
        <location filename="../../../gzmap/core/time_filter.py" line="37" />
        <source>unknown time mode {what}</source>
        <extracomment>Years accepted as a founding or closing year.</extracomment>
        <translation>未知的时间方式 {what}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/time_filter.py" line="38" />
        <source>{what} is not a year from 1800 to 2100</source>
        <translation>{what} 不是 1800 至 2100 之间的年份</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/time_filter.py" line="39" />
        <source>a range needs an end year not before {what}</source>
        <translation>年份范围的结束年份不能早于 {what}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/time_filter.py" line="40" />
        <source>bad field name {what}</source>
        <translation>字段名无效：{what}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/time_filter.py" line="41" />
        <source>no field {what} in this layer</source>
        <translation>本图层没有字段 {what}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/time_filter.py" line="42" />
        <source>the saved time filter is not valid</source>
        <translation>保存的时间筛选无效</translation>
    </message>
</context>
</TS>