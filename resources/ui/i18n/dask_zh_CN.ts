<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Dask</name>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="84" />
        <source>Compute on a Dask cluster…</source>
        <translation>在 Dask 集群上计算…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="89" />
        <source>Run on the Dask cluster ({address})</source>
        <translation>在 Dask 集群上运行（{address}）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="103" />
        <source>Compute on a Dask cluster</source>
        <translation>在 Dask 集群上计算</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="108" />
        <source>The scheduler's address (tcp://HOST:8786), or local:N for N worker processes here; empty: none</source>
        <translation>调度器地址（tcp://主机:8786），或 local:N 表示在本机启动 N 个工作进程；留空：不使用集群</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="115" />
        <source>A folder every worker sees (a shared file system); empty: this computer's temporary folder</source>
        <translation>所有工作节点都能访问的文件夹（共享文件系统）；留空：本机临时文件夹</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="119" />
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="129" />
        <source>Scheduler address</source>
        <translation>调度器地址</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="130" />
        <source>Shared folder</source>
        <translation>共享文件夹</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="149" />
        <source>No address: the analyses run on this computer.</source>
        <translation>未设置地址：分析在本机运行。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="152" />
        <source>Connecting to {address}…</source>
        <translation>正在连接 {address}…</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="168" />
        <source>Connected: {workers} workers, {threads} threads, {memory:.1f} GB; GZMap {version} on each.</source>
        <translation>已连接：{workers} 个工作节点，{threads} 个线程，{memory:.1f} GB；各节点均为 GZMap {version}。</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/dask_cluster.py" line="177" />
        <source>Not connected: {reason}</source>
        <translation>未连接：{reason}</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../../../gzmap/ui/region_layers.py" line="41" />
        <source>Guangzhou's districts (built-in)</source>
        <translation>广州各区（内置）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/ui/region_layers.py" line="42" />
        <source>GBA cities (built-in)</source>
        <translation>粤港澳大湾区城市（内置）</translation>
    </message>
</context>
</TS>