<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>FieldValues</name>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="180" />
        <source>kernel density</source>
        <extracomment>``U_&lt;group&gt;``, ``&lt;field&gt;_&lt;year&gt;``: a group's score, a field's value in a year. Coded words of the columns of kind "code_word", "role", "level" (context "FieldValues").</extracomment>
        <translation>核密度</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="181" />
        <source>quartic</source>
        <translation>四次核</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="182" />
        <source>Gaussian</source>
        <translation>高斯核</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="183" />
        <source>Epanechnikov</source>
        <translation>叶帕涅奇尼科夫核</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="184" />
        <source>triangular</source>
        <translation>三角核</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="185" />
        <source>uniform</source>
        <translation>均匀核</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="186" />
        <source>exact</source>
        <translation>精确计算</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="187" />
        <source>binned</source>
        <translation>分箱计算</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="188" />
        <source>binned (FFT)</source>
        <translation>分箱计算（快速傅里叶变换）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="189" />
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="190" />
        <source>clustered</source>
        <translation>集聚</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="191" />
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="192" />
        <source>dispersed</source>
        <translation>离散</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="193" />
        <source>core point</source>
        <translation>核心点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="194" />
        <source>border point</source>
        <translation>边界点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="195" />
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="196" />
        <source>noise</source>
        <translation>噪声点</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="197" />
        <source>city</source>
        <translation>市</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="198" />
        <source>district</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="199" />
        <source>province</source>
        <translation>省</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="200" />
        <source>High-High</source>
        <translation>高-高</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="201" />
        <source>Low-Low</source>
        <translation>低-低</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="202" />
        <source>Low-High</source>
        <translation>低-高</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="203" />
        <source>High-Low</source>
        <translation>高-低</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="204" />
        <source>not significant</source>
        <translation>不显著</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="205" />
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="206" />
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="207" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="208" />
        <source>benefit (more is better)</source>
        <translation>正向（越大越好）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="209" />
        <source>cost (less is better)</source>
        <translation>负向（越小越好）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="210" />
        <source>the cities holding the points</source>
        <translation>含有这些点的城市</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="211" />
        <source>Guangzhou</source>
        <translation>广州市</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="212" />
        <source>a given polygon</source>
        <translation>指定的多边形</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="64" />
        <source>Enterprise name</source>
        <extracomment>column -&gt; (display name marked in context "Fields", kind). The kind decides how a value prints.</extracomment>
        <translation>企业名称</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="65" />
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="66" />
        <source>Sub-sector</source>
        <translation>细分行业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="67" />
        <source>Employees</source>
        <translation>从业人员</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="68" />
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="69" />
        <source>Founded</source>
        <translation>成立年份</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="70" />
        <location filename="../../../gzmap/core/fields.py" line="142" />
        <source>Row in file</source>
        <translation>文件行号</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="72" />
        <source>Adcode</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="73" />
        <source>Parent adcode</source>
        <translation>上级行政区划代码</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="74" />
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="75" />
        <source>Area (km²)</source>
        <translation>面积（km²）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="76" />
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="77" />
        <source>Districts</source>
        <translation>涉及的区</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="78" />
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="80" />
        <source>Cluster</source>
        <translation>聚类编号</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="81" />
        <source>Role in cluster</source>
        <translation>聚类角色</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="82" />
        <source>Cluster size</source>
        <translation>聚类规模</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="83" />
        <source>Label</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="84" />
        <location filename="../../../gzmap/core/fields.py" line="114" />
        <location filename="../../../gzmap/core/fields.py" line="116" />
        <location filename="../../../gzmap/core/fields.py" line="125" />
        <source>Enterprises</source>
        <translation>企业数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="85" />
        <source>Core points</source>
        <translation>核心点数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="86" />
        <source>Density (per km²)</source>
        <translation>密度（个/km²）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="87" />
        <source>Centre longitude (WGS84)</source>
        <translation>中心经度（WGS84）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="88" />
        <source>Centre latitude (WGS84)</source>
        <translation>中心纬度（WGS84）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="89" />
        <location filename="../../../gzmap/core/fields.py" line="127" />
        <source>Main sub-sector</source>
        <translation>主导细分行业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="90" />
        <source>Share of the main sub-sector</source>
        <translation>主导行业占比</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="91" />
        <source>Employees (total)</source>
        <translation>从业人员合计</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="92" />
        <source>Revenue (total)</source>
        <translation>营收合计</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="93" />
        <source>Share of all enterprises</source>
        <translation>占全部企业比例</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="95" />
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="96" />
        <source>Kernel</source>
        <translation>核函数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="97" />
        <source>Bandwidth (m)</source>
        <translation>带宽（m）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="98" />
        <source>Cell size (m)</source>
        <translation>像元大小（m）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="99" />
        <source>Weight field</source>
        <translation>权重字段</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="100" />
        <source>Method</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="101" />
        <source>Total weight</source>
        <translation>权重合计</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="102" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="103" />
        <source>Study area</source>
        <translation>研究区域</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="105" />
        <source>Cell</source>
        <translation>格网编号</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="106" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="107" />
        <source>Gi* z-score</source>
        <translation>Gi* 标准分数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="108" />
        <location filename="../../../gzmap/core/fields.py" line="132" />
        <location filename="../../../gzmap/core/fields.py" line="136" />
        <source>p-value</source>
        <translation>显著性水平</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="109" />
        <location filename="../../../gzmap/core/fields.py" line="137" />
        <source>p-value (FDR)</source>
        <translation>显著性水平（FDR 校正）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="110" />
        <location filename="../../../gzmap/core/fields.py" line="138" />
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="111" />
        <source>Class code</source>
        <translation>类别代码</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="112" />
        <source>Hot or cold spot</source>
        <translation>冷热点类别</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="113" />
        <source>Cells</source>
        <translation>格网数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="117" />
        <source>Enterprises in the district</source>
        <translation>区内企业数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="118" />
        <source>Enterprises in the sub-sector</source>
        <translation>该行业企业数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="119" />
        <source>All enterprises</source>
        <translation>企业总数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="120" />
        <source>Share in the district</source>
        <translation>区内占比</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="121" />
        <source>Share in the city</source>
        <translation>全市占比</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="122" />
        <source>Location quotient</source>
        <translation>区位商</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="123" />
        <source>Herfindahl index</source>
        <translation>赫芬达尔指数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="124" />
        <source>Krugman index</source>
        <translation>克鲁格曼指数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="126" />
        <source>Sub-sectors</source>
        <translation>细分行业数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="128" />
        <source>Mean nearest-neighbour distance (m)</source>
        <translation>平均最近邻距离（m）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="129" />
        <source>Expected distance if random (m)</source>
        <translation>随机分布期望距离（m）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="130" />
        <source>Clark–Evans R</source>
        <translation>最近邻指数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="131" />
        <location filename="../../../gzmap/core/fields.py" line="135" />
        <source>z-score</source>
        <translation>标准分数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="133" />
        <source>Pattern</source>
        <translation>分布格局</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="134" />
        <source>Local Moran's I</source>
        <translation>局部莫兰指数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="139" />
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="140" />
        <source>LISA class</source>
        <translation>LISA 类别</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="143" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="144" />
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="145" />
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="146" />
        <source>Datum</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="148" />
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="149" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="150" />
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="152" />
        <source>Development index (closeness)</source>
        <translation>发展指数（贴近度）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="153" />
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="154" />
        <source>Coupling degree</source>
        <translation>耦合度</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="155" />
        <source>Comprehensive coordination index</source>
        <translation>综合协调指数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="156" />
        <source>Coupling coordination degree</source>
        <translation>耦合协调度</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="157" />
        <source>Coordination band</source>
        <translation>协调等级</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="158" />
        <source>Main obstacle</source>
        <translation>主要障碍因子</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="159" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="160" />
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="161" />
        <source>Entropy</source>
        <translation>信息熵</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="162" />
        <source>Weight in the group</source>
        <translation>组内权重</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="163" />
        <source>Obstacle degree (%)</source>
        <translation>障碍度（%）</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="164" />
        <source>Obstacle rank</source>
        <translation>障碍度排名</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="166" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="167" />
        <source>Sub-sector A</source>
        <translation>目标细分行业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="168" />
        <source>Sub-sector B</source>
        <translation>邻近细分行业</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="169" />
        <source>Enterprises of A</source>
        <translation>目标行业企业数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="170" />
        <source>Enterprises of B</source>
        <translation>邻近行业企业数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="171" />
        <source>Neighbours of B around A</source>
        <translation>目标企业周围的邻近行业企业数</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="172" />
        <source>Co-location quotient</source>
        <translation>共位商</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="267" />
        <source>Name</source>
        <extracomment>kind -&gt; (context, {code: marked English}) registered by :func:`register_codes`.</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="272" />
        <source>Share: {subsector}</source>
        <translation>{subsector}占比</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="282" />
        <source>Score: {group}</source>
        <translation>子系统得分：{group}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="217" />
        <source>100 million yuan</source>
        <extracomment>Units in both languages: Chinese unit -&gt; marked English (context "Units"), both ways.</extracomment>
        <translation>亿元</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="218" />
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="219" />
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="220" />
        <source>10,000 people</source>
        <translation>万人</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="221" />
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="222" />
        <source>enterprises</source>
        <translation>家</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="223" />
        <location filename="../../../gzmap/core/fields.py" line="231" />
        <source>items</source>
        <translation>个</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="224" />
        <source>km²</source>
        <translation>平方公里</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="225" />
        <location filename="../../../gzmap/core/fields.py" line="226" />
        <source>points per km²</source>
        <translation>点/km²</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="227" />
        <source>enterprises per km²</source>
        <translation>家/平方公里</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="228" />
        <source>yuan per person</source>
        <translation>元/人</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="229" />
        <source>10,000 yuan per person</source>
        <translation>万元/人</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="230" />
        <source>years</source>
        <translation>年</translation>
    </message>
</context>
</TS>