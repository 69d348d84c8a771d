<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Help</name>
    <message>
        <location filename="../../../gzmap/ui/help_browser.py" line="74" />
        <source>GZMap help</source>
        <translation>GZMap 帮助</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/help_browser.py" line="75" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/help_browser.py" line="76" />
        <location filename="../../../gzmap/ui/extensions/help.py" line="28" />
        <source>Method pages</source>
        <translation>方法说明</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/help_browser.py" line="77" />
        <location filename="../../../gzmap/ui/extensions/help.py" line="27" />
        <source>First hour with GZMap</source>
        <translation>GZMap 入门：第一个小时</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/help_browser.py" line="107" />
        <source>Not opened (the help works offline): {url}</source>
        <translation>未打开（帮助离线使用）：{url}</translation>
    </message>
</context>
</TS>