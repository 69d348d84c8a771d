<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>FieldValues</name>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="180" />
        <source>kernel density</source>
        <extracomment>``U_&lt;group&gt;``, ``&lt;field&gt;_&lt;year&gt;``: a group's score, a field's value in a year. Coded words of the columns of kind "code_word", "role", "level" (context "FieldValues").</extracomment>
        <translation>kernel density</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="181" />
        <source>quartic</source>
        <translation>quartic</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="182" />
        <source>Gaussian</source>
        <translation>Gaussian</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="183" />
        <source>Epanechnikov</source>
        <translation>Epanechnikov</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="184" />
        <source>triangular</source>
        <translation>triangular</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="185" />
        <source>uniform</source>
        <translation>uniform</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="186" />
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="187" />
        <source>binned</source>
        <translation>binned</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="188" />
        <source>binned (FFT)</source>
        <translation>binned (FFT)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="189" />
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="190" />
        <source>clustered</source>
        <translation>clustered</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="191" />
        <source>random</source>
        <translation>random</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="192" />
        <source>dispersed</source>
        <translation>dispersed</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="193" />
        <source>core point</source>
        <translation>core point</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="194" />
        <source>border point</source>
        <translation>border point</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="195" />
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="196" />
        <source>noise</source>
        <translation>noise</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="197" />
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="198" />
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="199" />
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="200" />
        <source>High-High</source>
        <translation>High-High</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="201" />
        <source>Low-Low</source>
        <translation>Low-Low</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="202" />
        <source>Low-High</source>
        <translation>Low-High</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="203" />
        <source>High-Low</source>
        <translation>High-Low</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="204" />
        <source>not significant</source>
        <translation>not significant</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="205" />
        <source>(all)</source>
        <translation>(all)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="206" />
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="207" />
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="208" />
        <source>benefit (more is better)</source>
        <translation>benefit (more is better)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="209" />
        <source>cost (less is better)</source>
        <translation>cost (less is better)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="210" />
        <source>the cities holding the points</source>
        <translation>the cities holding the points</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="211" />
        <source>Guangzhou</source>
        <translation>Guangzhou</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="212" />
        <source>a given polygon</source>
        <translation>a given polygon</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="64" />
        <source>Enterprise name</source>
        <extracomment>column -&gt; (display name marked in context "Fields", kind). The kind decides how a value prints.</extracomment>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="65" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="66" />
        <source>Sub-sector</source>
        <translation>Sub-sector</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="67" />
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="68" />
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="69" />
        <source>Founded</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="70" />
        <location filename="../../../gzmap/core/fields.py" line="142" />
        <source>Row in file</source>
        <translation>Row in file</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="72" />
        <source>Adcode</source>
        <translation>Adcode</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="73" />
        <source>Parent adcode</source>
        <translation>Parent adcode</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="74" />
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="75" />
        <source>Area (km²)</source>
        <translation>Area (km²)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="76" />
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="77" />
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="78" />
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="80" />
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="81" />
        <source>Role in cluster</source>
        <translation>Role in cluster</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="82" />
        <source>Cluster size</source>
        <translation>Cluster size</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="83" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="84" />
        <location filename="../../../gzmap/core/fields.py" line="114" />
        <location filename="../../../gzmap/core/fields.py" line="116" />
        <location filename="../../../gzmap/core/fields.py" line="125" />
        <source>Enterprises</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="85" />
        <source>Core points</source>
        <translation>Core points</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="86" />
        <source>Density (per km²)</source>
        <translation>Density (per km²)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="87" />
        <source>Centre longitude (WGS84)</source>
        <translation>Centre longitude (WGS84)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="88" />
        <source>Centre latitude (WGS84)</source>
        <translation>Centre latitude (WGS84)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="89" />
        <location filename="../../../gzmap/core/fields.py" line="127" />
        <source>Main sub-sector</source>
        <translation>Main sub-sector</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="90" />
        <source>Share of the main sub-sector</source>
        <translation>Share of the main sub-sector</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="91" />
        <source>Employees (total)</source>
        <translation>Employees (total)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="92" />
        <source>Revenue (total)</source>
        <translation>Revenue (total)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="93" />
        <source>Share of all enterprises</source>
        <translation>Share of all enterprises</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="95" />
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="96" />
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="97" />
        <source>Bandwidth (m)</source>
        <translation>Bandwidth (m)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="98" />
        <source>Cell size (m)</source>
        <translation>Cell size (m)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="99" />
        <source>Weight field</source>
        <translation>Weight field</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="100" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="101" />
        <source>Total weight</source>
        <translation>Total weight</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="102" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="103" />
        <source>Study area</source>
        <translation>Study area</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="105" />
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="106" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="107" />
        <source>Gi* z-score</source>
        <translation>Gi* z-score</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="108" />
        <location filename="../../../gzmap/core/fields.py" line="132" />
        <location filename="../../../gzmap/core/fields.py" line="136" />
        <source>p-value</source>
        <translation>p-value</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="109" />
        <location filename="../../../gzmap/core/fields.py" line="137" />
        <source>p-value (FDR)</source>
        <translation>p-value (FDR)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="110" />
        <location filename="../../../gzmap/core/fields.py" line="138" />
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="111" />
        <source>Class code</source>
        <translation>Class code</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="112" />
        <source>Hot or cold spot</source>
        <translation>Hot or cold spot</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="113" />
        <source>Cells</source>
        <translation>Cells</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="117" />
        <source>Enterprises in the district</source>
        <translation>Enterprises in the district</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="118" />
        <source>Enterprises in the sub-sector</source>
        <translation>Enterprises in the sub-sector</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="119" />
        <source>All enterprises</source>
        <translation>All enterprises</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="120" />
        <source>Share in the district</source>
        <translation>Share in the district</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="121" />
        <source>Share in the city</source>
        <translation>Share in the city</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="122" />
        <source>Location quotient</source>
        <translation>Location quotient</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="123" />
        <source>Herfindahl index</source>
        <translation>Herfindahl index</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="124" />
        <source>Krugman index</source>
        <translation>Krugman index</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="126" />
        <source>Sub-sectors</source>
        <translation>Sub-sectors</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="128" />
        <source>Mean nearest-neighbour distance (m)</source>
        <translation>Mean nearest-neighbour distance (m)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="129" />
        <source>Expected distance if random (m)</source>
        <translation>Expected distance if random (m)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="130" />
        <source>Clark–Evans R</source>
        <translation>Clark–Evans R</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="131" />
        <location filename="../../../gzmap/core/fields.py" line="135" />
        <source>z-score</source>
        <translation>z-score</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="133" />
        <source>Pattern</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="134" />
        <source>Local Moran's I</source>
        <translation>Local Moran's I</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="139" />
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="140" />
        <source>LISA class</source>
        <translation>LISA class</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="143" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="144" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="145" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="146" />
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="148" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="149" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="150" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="152" />
        <source>Development index (closeness)</source>
        <translation>Development index (closeness)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="153" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="154" />
        <source>Coupling degree</source>
        <translation>Coupling degree</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="155" />
        <source>Comprehensive coordination index</source>
        <translation>Comprehensive coordination index</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="156" />
        <source>Coupling coordination degree</source>
        <translation>Coupling coordination degree</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="157" />
        <source>Coordination band</source>
        <translation>Coordination band</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="158" />
        <source>Main obstacle</source>
        <translation>Main obstacle</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="159" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="160" />
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="161" />
        <source>Entropy</source>
        <translation>Entropy</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="162" />
        <source>Weight in the group</source>
        <translation>Weight in the group</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="163" />
        <source>Obstacle degree (%)</source>
        <translation>Obstacle degree (%)</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="164" />
        <source>Obstacle rank</source>
        <translation>Obstacle rank</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="166" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="167" />
        <source>Sub-sector A</source>
        <translation>Sub-sector A</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="168" />
        <source>Sub-sector B</source>
        <translation>Sub-sector B</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="169" />
        <source>Enterprises of A</source>
        <translation>Enterprises of A</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="170" />
        <source>Enterprises of B</source>
        <translation>Enterprises of B</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="171" />
        <source>Neighbours of B around A</source>
        <translation>Neighbours of B around A</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="172" />
        <source>Co-location quotient</source>
        <translation>Co-location quotient</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="267" />
        <source>Name</source>
        <extracomment>kind -&gt; (context, {code: marked English}) registered by :func:`register_codes`.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="272" />
        <source>Share: {subsector}</source>
        <translation>Share: {subsector}</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="282" />
        <source>Score: {group}</source>
        <translation>Score: {group}</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="217" />
        <source>100 million yuan</source>
        <extracomment>Units in both languages: Chinese unit -&gt; marked English (context "Units"), both ways.</extracomment>
        <translation>100 million yuan</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="218" />
        <source>10,000 yuan</source>
        <translation>10,000 yuan</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="219" />
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="220" />
        <source>10,000 people</source>
        <translation>10,000 people</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="221" />
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="222" />
        <source>enterprises</source>
        <translation>enterprises</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="223" />
        <location filename="../../../gzmap/core/fields.py" line="231" />
        <source>items</source>
        <translation>items</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="224" />
        <source>km²</source>
        <translation>km²</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="225" />
        <location filename="../../../gzmap/core/fields.py" line="226" />
        <source>points per km²</source>
        <translation>points per km²</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="227" />
        <source>enterprises per km²</source>
        <translation>enterprises per km²</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="228" />
        <source>yuan per person</source>
        <translation>yuan per person</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="229" />
        <source>10,000 yuan per person</source>
        <translation>10,000 yuan per person</translation>
    </message>
    <message>
        <location filename="../../../gzmap/core/fields.py" line="230" />
        <source>years</source>
        <translation>years</translation>
    </message>
</context>
</TS>