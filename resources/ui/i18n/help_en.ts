<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Help</name>
    <message>
        <location filename="../../../gzmap/ui/help_browser.py" line="87" />
        <source>GZMap help</source>
        <extracomment>The guide's pages (``docs/guide/&lt;page&gt;.zh_CN.md`` and ``&lt;page&gt;.en.md``), one language per page.</extracomment>
        <translation>GZMap help</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/help_browser.py" line="88" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/help.py" line="32" />
        <source>Field work: survey offline, merge back</source>
        <translation>Field work: survey offline, merge back</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/help.py" line="33" />
        <location filename="../../../gzmap/ui/help_browser.py" line="89" />
        <source>Method pages</source>
        <translation>Method pages</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/help.py" line="31" />
        <location filename="../../../gzmap/ui/help_browser.py" line="90" />
        <source>First hour with GZMap</source>
        <translation>First hour with GZMap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/help_browser.py" line="121" />
        <source>Not opened (the help works offline): {url}</source>
        <translation>Not opened (the help works offline): {url}</translation>
    </message>
</context>
</TS>