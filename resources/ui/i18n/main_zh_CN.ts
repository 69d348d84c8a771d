<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../../../gzmap/ui/layer_panel.py" line="62" />
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/layer_panel.py" line="85" />
        <source>Synthetic sample data, not real enterprises</source>
        <translation>合成示例数据，并非真实企业</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="171" />
        <source>&amp;File</source>
        <extracomment>Extensions register handlers for dropped files: suffix -&gt; callable(path). Files with no handler open as vector layers.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="171" />
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="171" />
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="172" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="172" />
        <source>&amp;Layer</source>
        <translation>图层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="172" />
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="172" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="173" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="178" />
        <source>Open vector layer…</source>
        <translation>打开矢量图层…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="178" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="179" />
        <source>Zoom to full extent</source>
        <translation>缩放至全图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="179" />
        <source>Zoom to layer</source>
        <translation>缩放至图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="180" />
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="180" />
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="182" />
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="182" />
        <location filename="../../../gzmap/ui/main_window.py" line="262" />
        <source>About GZMap</source>
        <translation>关于 GZMap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="188" />
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="189" />
        <source>Attributes</source>
        <translation>属性表</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="202" />
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="226" />
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="237" />
        <source>Open vector layer</source>
        <translation>打开矢量图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="238" />
        <source>Vector files</source>
        <translation>矢量文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="238" />
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="253" />
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="263" />
        <source>Desktop GIS for Guangzhou's digital-culture industry.</source>
        <translation>面向广州数字文化产业规划的桌面 GIS。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="264" />
        <source>Boundaries</source>
        <translation>行政边界</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="265" />
        <source>Converted from GCJ-02 to WGS84.</source>
        <translation>已由 GCJ-02 转换为 WGS84。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="292" />
        <source>Something went wrong</source>
        <translation>出现错误</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../../gzmap/ui/tasks.py" line="74" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/tasks.py" line="94" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
</TS>