<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Features</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="50"/>
        <source>Project files (new, open, save, recovery)</source>
        <extracomment>The window&apos;s features, installed in this order (shared menus fill in this order). What each feature is called in messages (it names a feature even when its module fails to import).</extracomment>
        <translation>项目文件（新建、打开、保存、恢复）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="51"/>
        <source>Enterprise import</source>
        <translation>企业导入</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="52"/>
        <source>Interactive HTML export</source>
        <translation>交互式 HTML 导出</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="53"/>
        <source>Report map export</source>
        <translation>报告地图导出</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="54"/>
        <source>Field editing</source>
        <translation>外业编辑</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="55"/>
        <source>Field work (copies, merge, survey form, photos, GPS)</source>
        <translation>外业（副本、合并、调查表、照片、GPS）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="56"/>
        <source>Basemaps</source>
        <translation>底图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="57"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="58"/>
        <source>Indicators, symbology and legend</source>
        <translation>指标、符号样式与图例</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="59"/>
        <source>Search and what is near here</source>
        <translation>查找与周边企业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="60"/>
        <source>Filters and selections</source>
        <translation>筛选与选择</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="61"/>
        <source>Time slider</source>
        <translation>时间滑块</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="62"/>
        <source>Identify features</source>
        <translation>识别要素</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="63"/>
        <source>Measure distance and area</source>
        <translation>测量距离与面积</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="64"/>
        <source>Help pages</source>
        <translation>帮助页面</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../../../gzmap/ui/layer_panel.py" line="70"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/layer_panel.py" line="93"/>
        <source>Synthetic sample data, not real enterprises</source>
        <translation>合成示例数据，并非真实企业</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="288"/>
        <source>{feature} is not available: it needs {needed}.</source>
        <translation>{feature}不可用：它需要{needed}。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="295"/>
        <source>{feature} could not be started and is not available; the rest of GZMap works. The details are in {log}.</source>
        <translation>{feature}未能启动，暂不可用；GZMap 的其他功能照常可用。详细信息见 {log}。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="305"/>
        <source>Some features are not available</source>
        <translation>部分功能不可用</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="170"/>
        <source>&amp;File</source>
        <extracomment>Hooks features register through their FeatureUI. Dropped files: ``file_openers`` holds (accepts(path) -&gt; bool, open(path)) pairs that look inside the file (a project, a point file), tried first; ``file_handlers`` maps a suffix to open(path); files neither takes open as vector layers. ``before_quit``: callables asked before quitting (False keeps the window open); ``on_close``: called with ``confirmed`` when the window closes; ``project_replaced``: called after New/Open. name -&gt; (Feature, FeatureUI, controller) of the installed features, in install order (feature name, message shown) of the features that could not be installed</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="171"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="172"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="181"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="182"/>
        <source>&amp;Layer</source>
        <translation>图层(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="185"/>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="186"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="217"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="222"/>
        <source>Show coordinates also in</source>
        <translation>坐标同时显示为</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="174"/>
        <source>Open vector layer…</source>
        <translation>打开矢量图层…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="179"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="191"/>
        <source>Zoom to full extent</source>
        <translation>缩放至全图</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="194"/>
        <source>Zoom to layer</source>
        <translation>缩放至图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="200"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="206"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="183"/>
        <source>Remove layer</source>
        <translation>移除图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="187"/>
        <source>About GZMap</source>
        <translation>关于 GZMap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="64"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="69"/>
        <source>Attributes</source>
        <translation>属性表</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="358"/>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="390"/>
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="398"/>
        <source>Open vector layer</source>
        <translation>打开矢量图层</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="398"/>
        <source>Vector files</source>
        <translation>矢量文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="421"/>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="459"/>
        <source>Something went wrong</source>
        <translation>出现错误</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <location filename="../../../gzmap/ui/table_model.py" line="190"/>
        <source>no data</source>
        <extracomment>The role whose value sorts a cell: a float for numbers, the text otherwise, None when missing. Integer columns whose name says they are codes or years are not grouped in thousands.</extracomment>
        <translation>无数据</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../../gzmap/ui/tasks.py" line="90"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/tasks.py" line="110"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
</TS>
