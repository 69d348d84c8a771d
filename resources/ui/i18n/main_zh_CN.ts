<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../../../gzmap/ui/layer_panel.py" line="62"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/layer_panel.py" line="85"/>
        <source>Synthetic sample data, not real enterprises</source>
        <translation>合成示例数据，并非真实企业</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="181"/>
        <source>&amp;File</source>
        <extracomment>Extensions register handlers for dropped files: ``file_openers`` holds (accepts(path) -&gt; bool, open(path)) pairs that look inside the file (a project, a point file), tried first; ``file_handlers`` maps a suffix to open(path). Files neither takes open as vector layers.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="181"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="181"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="182"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="182"/>
        <source>&amp;Layer</source>
        <translation>图层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="182"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="182"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="183"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="184"/>
        <source>Show coordinates also in</source>
        <translation>坐标同时显示为</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="189"/>
        <source>Open vector layer…</source>
        <translation>打开矢量图层…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="189"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="190"/>
        <source>Zoom to full extent</source>
        <translation>缩放至全图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="190"/>
        <source>Zoom to layer</source>
        <translation>缩放至图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="191"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="191"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="193"/>
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="193"/>
        <source>About GZMap</source>
        <translation>关于 GZMap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="204"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="205"/>
        <source>Attributes</source>
        <translation>属性表</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="218"/>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="251"/>
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="262"/>
        <source>Open vector layer</source>
        <translation>打开矢量图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="263"/>
        <source>Vector files</source>
        <translation>矢量文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="263"/>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="278"/>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="316"/>
        <source>Something went wrong</source>
        <translation>出现错误</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../../gzmap/ui/tasks.py" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/tasks.py" line="95"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
</TS>
