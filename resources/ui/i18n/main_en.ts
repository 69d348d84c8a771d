<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Features</name>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="50" />
        <source>Project files (new, open, save, recovery)</source>
        <extracomment>The window's features, installed in this order (shared menus fill in this order). What each feature is called in messages (it names a feature even when its module fails to import).</extracomment>
        <translation>Project files (new, open, save, recovery)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="51" />
        <source>Enterprise import</source>
        <translation>Enterprise import</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="52" />
        <source>Interactive HTML export</source>
        <translation>Interactive HTML export</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="53" />
        <source>Report map export</source>
        <translation>Report map export</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="54" />
        <source>Field editing</source>
        <translation>Field editing</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="55" />
        <source>Field work (copies, merge, survey form, photos, GPS)</source>
        <translation>Field work (copies, merge, survey form, photos, GPS)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="56" />
        <source>Basemaps</source>
        <translation>Basemaps</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="57" />
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="58" />
        <source>Indicators, symbology and legend</source>
        <translation>Indicators, symbology and legend</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="59" />
        <source>Search and what is near here</source>
        <translation>Search and what is near here</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="60" />
        <source>Filters and selections</source>
        <translation>Filters and selections</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="61" />
        <source>Time slider</source>
        <translation>Time slider</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="62" />
        <source>Identify features</source>
        <translation>Identify features</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="63" />
        <source>Measure distance and area</source>
        <translation>Measure distance and area</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/extensions/__init__.py" line="64" />
        <source>Help pages</source>
        <translation>Help pages</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../../../gzmap/ui/layer_panel.py" line="70" />
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/layer_panel.py" line="93" />
        <source>Synthetic sample data, not real enterprises</source>
        <translation>Synthetic sample data, not real enterprises</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="288" />
        <source>{feature} is not available: it needs {needed}.</source>
        <translation>{feature} is not available: it needs {needed}.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="295" />
        <source>{feature} could not be started and is not available; the rest of GZMap works. The details are in {log}.</source>
        <translation>{feature} could not be started and is not available; the rest of GZMap works. The details are in {log}.</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="305" />
        <source>Some features are not available</source>
        <translation>Some features are not available</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="170" />
        <source>&amp;File</source>
        <extracomment>Hooks features register through their FeatureUI. Dropped files: ``file_openers`` holds (accepts(path) -&gt; bool, open(path)) pairs that look inside the file (a project, a point file), tried first; ``file_handlers`` maps a suffix to open(path); files neither takes open as vector layers. ``before_quit``: callables asked before quitting (False keeps the window open); ``on_close``: called with ``confirmed`` when the window closes; ``project_replaced``: called after New/Open. name -&gt; (Feature, FeatureUI, controller) of the installed features, in install order (feature name, message shown) of the features that could not be installed</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="171" />
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="172" />
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="181" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="182" />
        <source>&amp;Layer</source>
        <translation>&amp;Layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="185" />
        <source>&amp;Analysis</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="186" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="217" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="222" />
        <source>Show coordinates also in</source>
        <translation>Show coordinates also in</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="174" />
        <source>Open vector layer…</source>
        <translation>Open vector layer…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="179" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="191" />
        <source>Zoom to full extent</source>
        <translation>Zoom to full extent</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="194" />
        <source>Zoom to layer</source>
        <translation>Zoom to layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="200" />
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="206" />
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="183" />
        <source>Remove layer</source>
        <translation>Remove layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="187" />
        <source>About GZMap</source>
        <translation>About GZMap</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="64" />
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="69" />
        <source>Attributes</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="358" />
        <source>Untitled project</source>
        <translation>Untitled project</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="390" />
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="398" />
        <source>Open vector layer</source>
        <translation>Open vector layer</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="398" />
        <source>Vector files</source>
        <translation>Vector files</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="421" />
        <source>Cannot open file</source>
        <translation>Cannot open file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/main_window.py" line="459" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <location filename="../../../gzmap/ui/table_model.py" line="190" />
        <source>no data</source>
        <extracomment>The role whose value sorts a cell: a float for numbers, the text otherwise, None when missing. Integer columns whose name says they are codes or years are not grouped in thousands.</extracomment>
        <translation>no data</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../../gzmap/ui/tasks.py" line="90" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/tasks.py" line="110" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
</TS>