<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Expressions</name>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="81" />
        <source>unexpected {what} at character {pos}</source>
        <extracomment>Comparison operators of the ``{"field", "op", "value"}`` nodes. Messages (context "Expressions"), translated when shown.</extracomment>
        <translation>第 {pos} 个字符处不应出现 {what}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="82" />
        <source>the expression ends too early: {what} expected</source>
        <translation>表达式不完整：此处应有 {what}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="83" />
        <source>cannot read the expression from character {pos}: {what}</source>
        <translation>无法从第 {pos} 个字符起读取表达式：{what}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="84" />
        <source>no field {what} in this layer</source>
        <translation>本图层没有字段 {what}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="85" />
        <source>{what} is not a number, but the field is numeric</source>
        <translation>{what} 不是数字，而该字段是数值字段</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="86" />
        <source>the expression is too long or too deeply nested</source>
        <translation>表达式过长或嵌套过深</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="87" />
        <source>the saved filter is not valid: {what}</source>
        <translation>保存的筛选条件无效：{what}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="88" />
        <source>the expression is empty</source>
        <translation>表达式为空</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="93" />
        <source>a value</source>
        <extracomment>What the parser expected, named in "ends too early" messages.</extracomment>
        <translation>一个值</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="94" />
        <source>a field name</source>
        <translation>一个字段名</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="95" />
        <source>an operator</source>
        <translation>一个运算符</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/filter_expression.py" line="96" />
        <source>a quoted text</source>
        <translation>一段带引号的文字</translation>
    </message>
</context>
</TS>