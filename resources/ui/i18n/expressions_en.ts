<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Expressions</name>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="81" />
        <source>unexpected {what} at character {pos}</source>
        <extracomment>Comparison operators of the ``{"field", "op", "value"}`` nodes. Messages (context "Expressions"), translated when shown.</extracomment>
        <translation>unexpected {what} at character {pos}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="82" />
        <source>the expression ends too early: {what} expected</source>
        <translation>the expression ends too early: {what} expected</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="83" />
        <source>cannot read the expression from character {pos}: {what}</source>
        <translation>cannot read the expression from character {pos}: {what}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="84" />
        <source>no field {what} in this layer</source>
        <translation>no field {what} in this layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="85" />
        <source>{what} is not a number, but the field is numeric</source>
        <translation>{what} is not a number, but the field is numeric</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="86" />
        <source>the expression is too long or too deeply nested</source>
        <translation>the expression is too long or too deeply nested</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="87" />
        <source>the saved filter is not valid: {what}</source>
        <translation>the saved filter is not valid: {what}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="88" />
        <source>the expression is empty</source>
        <translation>the expression is empty</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="93" />
        <source>a value</source>
        <extracomment>What the parser expected, named in "ends too early" messages.</extracomment>
        <translation>a value</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="94" />
        <source>a field name</source>
        <translation>a field name</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="95" />
        <source>an operator</source>
        <translation>an operator</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="96" />
        <source>a quoted text</source>
        <translation>a quoted text</translation>
    </message>
</context>
</TS>