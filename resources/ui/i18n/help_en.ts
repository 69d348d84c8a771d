<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Help</name>
    <message>
        <location filename="../../../gzmap/ui/help_browser.py" line="74" />
        <source>GZMap help</source>
        <translation>GZMap help</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/help_browser.py" line="75" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/help_browser.py" line="76" />
        <location filename="../../../gzmap/ui/extensions/help.py" line="28" />
        <source>Method pages</source>
        <translation>Method pages</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/help_browser.py" line="77" />
        <location filename="../../../gzmap/ui/extensions/help.py" line="27" />
        <source>First hour with GZMap</source>
        <translation>First hour with GZMap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/help_browser.py" line="107" />
        <source>Not opened (the help works offline): {url}</source>
        <translation>Not opened (the help works offline): {url}</translation>
    </message>
</context>
</TS>