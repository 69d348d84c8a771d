<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Help</name>
    <message>
        <location filename="../../../gzmap/ui/help_browser.py" line="87" />
        <source>GZMap help</source>
        <extracomment>The guide's pages (``docs/guide/&lt;page&gt;.zh_CN.md`` and ``&lt;page&gt;.en.md``), one language per page.</extracomment>
        <translation>GZMap 帮助</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/help_browser.py" line="88" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/help.py" line="32" />
        <source>Field work: survey offline, merge back</source>
        <translation>外业调查：离线核查，合并回项目</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/help.py" line="33" />
        <location filename="../../../gzmap/ui/help_browser.py" line="89" />
        <source>Method pages</source>
        <translation>方法说明</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/help.py" line="31" />
        <location filename="../../../gzmap/ui/help_browser.py" line="90" />
        <source>First hour with GZMap</source>
        <translation>GZMap 入门：第一个小时</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/help_browser.py" line="121" />
        <source>Not opened (the help works offline): {url}</source>
        <translation>未打开（帮助离线使用）：{url}</translation>
    </message>
</context>
</TS>