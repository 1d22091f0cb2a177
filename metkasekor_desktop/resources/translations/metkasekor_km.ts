<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km" sourcelanguage="en">
<context>
    <name>AdoptionDialog</name>
    <message>
        <location filename="../../ui/adoption_dialog.py" line="+59"/>
        <source>Adoption of CA practices</source>
        <translation>ការទទួលយកការអនុវត្តកសិកម្មអភិរក្ស</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All provinces</source>
        <translation>ខេត្តទាំងអស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+200"/>
        <source>All districts</source>
        <translation>ស្រុកទាំងអស់</translation>
    </message>
    <message>
        <location line="-199"/>
        <location line="+201"/>
        <location line="+5"/>
        <source>All communes</source>
        <translation>ឃុំទាំងអស់</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Adoption: farmer fields with a CA practice done. Plans not yet done are counted apart, as planned.</source>
        <translation>ការទទួលយក៖ ដីកសិករដែលបានធ្វើរួចនូវការអនុវត្តកសិកម្មអភិរក្ស។ ផែនការដែលមិនទាន់ធ្វើរួច រាប់ដាច់ដោយឡែកជា «បានគ្រោង»។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export CSV…</source>
        <translation>នាំចេញ CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel (XLSX)…</source>
        <translation>នាំចេញ Excel (XLSX)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Season</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area</source>
        <translation>តំបន់</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Practice</source>
        <translation>ការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plots</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hectares</source>
        <translation>ហិកតា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmers</source>
        <translation>កសិករ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Men</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned plots</source>
        <translation>ក្បាលដីបានគ្រោង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change in plots</source>
        <translation>ការប្រែប្រួលក្បាលដី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change in hectares</source>
        <translation>ការប្រែប្រួលហិកតា</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The project has no season yet.</source>
        <translation>គម្រោងនេះមិនទាន់មានរដូវនៅឡើយទេ។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No change shown: no plan of this season is done yet (compare once its plans are marked done).</source>
        <translation>គ្មានការប្រែប្រួលទេ៖ មិនទាន់មានផែនការណាមួយនៃរដូវនេះធ្វើរួចនៅឡើយទេ (ប្រៀបធៀបនៅពេលផែនការរបស់វាត្រូវបានសម្គាល់ថាធ្វើរួច)។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change compared with {season}.</source>
        <translation>ការប្រែប្រួលធៀបនឹង {season}។</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No change shown: the project has no such season the year before.</source>
        <translation>គ្មានការប្រែប្រួលទេ៖ គម្រោងនេះគ្មានរដូវដូចគ្នានៅឆ្នាំមុន។</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Farmers adopting at least one CA practice: {all} ({women} women, {men} men). Planned, not yet done: {planned} plots.</source>
        <translation>កសិករដែលអនុវត្តកសិកម្មអភិរក្សយ៉ាងហោចណាស់មួយ៖ {all} (ស្ត្រី {women} បុរស {men})។ បានគ្រោង មិនទាន់ធ្វើរួច៖ ក្បាលដី {planned}។</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>That is {share} of the {n} farmers of the register here (no target population is entered: Register &gt; Target populations).</source>
        <translation>នោះគឺ {share} នៃកសិករ {n} នាក់ក្នុងបញ្ជីនៅទីនេះ (មិនទាន់បញ្ចូលប្រជាជនគោលដៅទេ៖ បញ្ជី &gt; ចំនួនគោលដៅ)។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is {share} of the target population ({n} farm households); the tipping point is about 16%.</source>
        <translation>នោះគឺ {share} នៃប្រជាជនគោលដៅ (គ្រួសារកសិករ {n}) ចំណុចរបត់គឺប្រហែល 16%។</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>All CA practices (each plot once)</source>
        <translation>ការអនុវត្តកសិកម្មអភិរក្សទាំងអស់ (ក្បាលដីនីមួយៗរាប់តែម្តង)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (not CA)</source>
        <translation>{name} (មិនមែនកសិកម្មអភិរក្ស)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Export adoption table</source>
        <translation>នាំចេញតារាងការទទួលយក</translation>
    </message>
</context>
<context>
    <name>BasemapDialog</name>
    <message>
        <location filename="../../ui/basemap_dialog.py" line="+32"/>
        <source>Add basemap</source>
        <translation>បន្ថែមផែនទីមូលដ្ឋាន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of tiles ({z}/{x}/{y}.png), works offline</source>
        <translation>ថតក្រឡាផែនទី ({z}/{x}/{y}.png) ប្រើបានដោយគ្មានអ៊ីនធឺណិត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MBTiles file, works offline</source>
        <translation>ឯកសារ MBTiles ប្រើបានដោយគ្មានអ៊ីនធឺណិត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online tiles (XYZ), kept in a cache on this PC</source>
        <translation>ក្រឡាផែនទីតាមអ៊ីនធឺណិត (XYZ) រក្សាទុកក្នុងកុំព្យូទ័រនេះ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder or an .mbtiles file</source>
        <translation>ជ្រើសថត ឬឯកសារ .mbtiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>រកមើល…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use only tiles already in the cache</source>
        <translation>ប្រើតែក្រឡាផែនទីដែលមានក្នុងឃ្លាំងរួចហើយ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File or folder</source>
        <translation>ឯកសារ ឬថត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tile address</source>
        <translation>អាសយដ្ឋានក្រឡាផែនទី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit shown on the map</source>
        <translation>ប្រភពដែលបង្ហាញលើផែនទី</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Folder of tiles</source>
        <translation>ថតក្រឡាផែនទី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MBTiles file</source>
        <translation>ឯកសារ MBTiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MBTiles (*.mbtiles)</source>
        <translation>MBTiles (*.mbtiles)</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../ui/charts_panel.py" line="+99"/>
        <source>Over seasons</source>
        <translation>តាមរដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired differences per site</source>
        <translation>ភាពខុសគ្នាជាគូតាមទីតាំង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yields by practice</source>
        <translation>ទិន្នផលតាមការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adoption over seasons</source>
        <translation>ការទទួលយកតាមរដូវ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trial:</source>
        <translation>ការសាកល្បង៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Season:</source>
        <translation>រដូវ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PNG...</source>
        <translation>នាំចេញ PNG...(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV...</source>
        <translation>នាំចេញ CSV...(&amp;C)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Measure:</source>
        <translation>រង្វាស់៖</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>District: {name}</source>
        <translation>ស្រុក៖ {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hectares under the practice</source>
        <translation>ហិកតាដែលអនុវត្តការអនុវត្តនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plots with the practice</source>
        <translation>ក្បាលដីដែលអនុវត្តការអនុវត្តនេះ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All seasons</source>
        <translation>គ្រប់រដូវ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yield of {crop} (t/ha)</source>
        <translation>ទិន្នផល{crop} (t/ha)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No plans with CA practices to chart here.</source>
        <translation>មិនមានផែនការដែលមានការអនុវត្តកសិកម្មអភិរក្សសម្រាប់គូសក្រាហ្វនៅទីនេះទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No trial results to chart: record yields or soil samples of a trial&apos;s plots first.</source>
        <translation>មិនមានលទ្ធផលការសាកល្បងសម្រាប់គូសក្រាហ្វទេ៖ សូមកត់ត្រាទិន្នផល ឬសំណាកដីនៃក្បាលដីរបស់ការសាកល្បងជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No values of this measure to chart here.</source>
        <translation>មិនមានតម្លៃនៃរង្វាស់នេះសម្រាប់គូសក្រាហ្វនៅទីនេះទេ។</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CA (demonstration)</source>
        <translation>CA (ក្បាលដីសាកល្បងបង្ហាញ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FP (farmer practice)</source>
        <translation>FP (ការអនុវត្តរបស់កសិករ)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This plot</source>
        <translation>ក្បាលដីនេះ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+41"/>
        <location line="+16"/>
        <source>Season</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>{trial}: mean ± standard error</source>
        <translation>{trial}៖ មធ្យម ± កំហុសស្តង់ដារ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Site</source>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA − FP: {measure}</source>
        <translation>CA − FP៖ {measure}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No practice recorded</source>
        <translation>មិនមានការអនុវត្តបានកត់ត្រា</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mean yield by practice combination</source>
        <translation>ទិន្នផលមធ្យមតាមបន្សំការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All CA practices (each plot once)</source>
        <translation>ការអនុវត្តកសិកម្មអភិរក្សទាំងអស់ (ក្បាលដីនីមួយៗរាប់តែម្តង)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adoption of CA practices over seasons</source>
        <translation>ការទទួលយកការអនុវត្តកសិកម្មអភិរក្សតាមរដូវ</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Export chart as PNG</source>
        <translation>នាំចេញក្រាហ្វជា PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>រូបភាព PNG (*.png)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>The chart could not be exported</source>
        <translation>មិនអាចនាំចេញក្រាហ្វបានទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be written. Choose another folder.</source>
        <translation>មិនអាចសរសេរ {file} បានទេ។ សូមជ្រើសថតផ្សេង។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export chart data as CSV</source>
        <translation>នាំចេញទិន្នន័យក្រាហ្វជា CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The chart data could not be exported</source>
        <translation>មិនអាចនាំចេញទិន្នន័យក្រាហ្វបានទេ</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../ui/import_pages.py" line="+281"/>
        <source>Columns</source>
        <translation>ជួរឈរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns mapped to no field are kept with each plot as extra attributes and exported again.</source>
        <translation>ជួរឈរដែលមិនបានភ្ជាប់ទៅវាលណាមួយ ត្រូវរក្សាទុកជាមួយក្បាលដីនីមួយៗជាគុណលក្ខណៈបន្ថែម ហើយនាំចេញម្ដងទៀត។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plot code</source>
        <translation>លេខកូដក្បាលដី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plot name</source>
        <translation>ឈ្មោះក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmer name</source>
        <translation>ឈ្មោះកសិករ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village code</source>
        <translation>លេខកូដភូមិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soil type</source>
        <translation>ប្រភេទដី</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Codes are made from this and the feature number when no column holds the plot code</source>
        <translation>កូដត្រូវបង្កើតពីនេះ និងលេខធាតុ នៅពេលគ្មានជួរឈរណាមានកូដក្បាលដី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code prefix:</source>
        <translation>បុព្វបទកូដ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file holds one point per row: the plot code column also joins the points of each plot into its boundary.</source>
        <translation>ឯកសារនេះមានចំណុចមួយក្នុងមួយជួរដេក៖ ជួរឈរលេខកូដក្បាលដី ក៏ភ្ជាប់ចំណុចនៃក្បាលដីនីមួយៗទៅជាព្រំដីរបស់វាផងដែរ។</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kept as extra attributes: {0}</source>
        <translation>រក្សាទុកជាគុណលក្ខណៈបន្ថែម៖ {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A column is used twice</source>
        <translation>ជួរឈរមួយត្រូវបានប្រើពីរដង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map each column to one field only.</source>
        <translation>ភ្ជាប់ជួរឈរនីមួយៗទៅវាលតែមួយប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the plot-code column</source>
        <translation>ជ្រើសជួរឈរលេខកូដក្បាលដី</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading {0}…</source>
        <translation>កំពុងអាន {0}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file cannot be read</source>
        <translation>មិនអាចអានឯកសារបានទេ</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="+145"/>
        <source>has {code} already (free: {free})</source>
        <translation>មាន {code} រួចហើយ (កូដទំនេរ៖ {free})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deleted</source>
        <translation>បានលុប</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused</source>
        <translation>បដិសេធ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>បានកែប្រែ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(ទទេ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a boundary of {0} ha</source>
        <translation>ព្រំដីទំហំ {0} ហិកតា</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a shape that cannot be read</source>
        <translation>រាងដែលមិនអាចអានបាន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Conflicts of {0}</source>
        <translation>ការប៉ះទង្គិចនៃ {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both this copy and the register changed these records since the last sync. Each side keeps its own until you decide; select one to see the choices.</source>
        <translation>ទាំងច្បាប់ចម្លងនេះ និងបញ្ជី បានកែប្រែកំណត់ត្រាទាំងនេះ តាំងពីសមកាលកម្មចុងក្រោយ។ ភាគីនីមួយៗរក្សាតម្លៃរបស់ខ្លួន រហូតដល់អ្នកសម្រេច។ សូមជ្រើសមួយ ដើម្បីមើលជម្រើស។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At the last sync</source>
        <translation>នៅសមកាលកម្មចុងក្រោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This copy&apos;s</source>
        <translation>តាមច្បាប់ចម្លងនេះ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The register&apos;s</source>
        <translation>តាមបញ្ជី</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+101"/>
        <location line="+7"/>
        <source>Keep this copy&apos;s</source>
        <translation>រក្សាតាមច្បាប់ចម្លងនេះ</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+99"/>
        <location line="+7"/>
        <source>Keep the register&apos;s</source>
        <translation>រក្សាតាមបញ្ជី</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Edit…</source>
        <translation>កែ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the value to keep on both sides</source>
        <translation>វាយតម្លៃដែលត្រូវរក្សាទុកនៅភាគីទាំងពីរ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decisions are kept in this copy at once and go across to the register at the next sync (File &gt; Synchronise).</source>
        <translation>ការសម្រេចត្រូវបានរក្សាទុកក្នុងច្បាប់ចម្លងនេះភ្លាមៗ ហើយទៅដល់បញ្ជីនៅសមកាលកម្មលើកក្រោយ (ឯកសារ &gt; ធ្វើសមកាលកម្ម)។</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No open conflict: this copy and the register agree on everything both changed.</source>
        <translation>គ្មានការប៉ះទង្គិចនៅសល់ទេ៖ ច្បាប់ចម្លងនេះ និងបញ្ជី ត្រូវគ្នាលើអ្វីៗទាំងអស់ដែលភាគីទាំងពីរបានកែប្រែ។</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0}: the boundary was changed here and in the register; the map below shows both. Keep this copy&apos;s (it goes to the register) or the register&apos;s (it replaces this copy&apos;s); reshape it on the map afterwards if neither is right.</source>
        <translation>{0}៖ ព្រំដីត្រូវបានកែប្រែនៅទីនេះ និងក្នុងបញ្ជី ហើយផែនទីខាងក្រោមបង្ហាញទាំងពីរ។ រក្សាតាមច្បាប់ចម្លងនេះ (វានឹងទៅបញ្ជី) ឬតាមបញ្ជី (វាជំនួសរបស់ច្បាប់ចម្លងនេះ)។ បើគ្មានមួយណាត្រឹមត្រូវទេ សូមកែរាងវានៅលើផែនទីបន្ទាប់មក។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{record}: {what} was changed here and in the register. Keep this copy&apos;s value (it goes to the register), the register&apos;s (it replaces this copy&apos;s), or type another.</source>
        <translation>{record}៖ {what} ត្រូវបានកែប្រែនៅទីនេះ និងក្នុងបញ្ជី។ រក្សាតម្លៃតាមច្បាប់ចម្លងនេះ (វានឹងទៅបញ្ជី) តាមបញ្ជី (វាជំនួសតម្លៃរបស់ច្បាប់ចម្លងនេះ) ឬវាយតម្លៃផ្សេង។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it</source>
        <translation>រក្សាវាទុក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete it here too</source>
        <translation>លុបវានៅទីនេះដែរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} was changed in this copy but deleted in the register. Keep it: it goes back to the register as a new record. Or delete it here too.</source>
        <translation>{0} ត្រូវបានកែប្រែក្នុងច្បាប់ចម្លងនេះ ប៉ុន្តែត្រូវបានលុបក្នុងបញ្ជី។ រក្សាវាទុក៖ វានឹងទៅបញ្ជីវិញជាកំណត់ត្រាថ្មី។ ឬលុបវានៅទីនេះដែរ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete it in the register too</source>
        <translation>លុបវាក្នុងបញ្ជីដែរ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take it back</source>
        <translation>យកវាមកវិញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} was deleted in this copy but changed in the register. Delete it in the register too, or take it back: the next sync brings it again with the register&apos;s changes.</source>
        <translation>{0} ត្រូវបានលុបក្នុងច្បាប់ចម្លងនេះ ប៉ុន្តែត្រូវបានកែប្រែក្នុងបញ្ជី។ លុបវាក្នុងបញ្ជីដែរ ឬយកវាមកវិញ៖ សមកាលកម្មលើកក្រោយនឹងនាំវាមកវិញ ព្រមទាំងការកែប្រែរបស់បញ្ជី។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> A free code: {0}.</source>
        <translation> កូដទំនេរមួយ៖ {0}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it (I rename it)</source>
        <translation>រក្សាវាទុក (ខ្ញុំប្តូរកូដ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Remove it from this copy</source>
        <translation>ដកវាចេញពីច្បាប់ចម្លងនេះ</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{0} was added in this copy, but the register has a record with the same code or key. Keep it and give it another code here, then synchronise again; or remove it from this copy.</source>
        <translation>{0} ត្រូវបានបន្ថែមក្នុងច្បាប់ចម្លងនេះ ប៉ុន្តែបញ្ជីមានកំណត់ត្រាដែលមានកូដ ឬកូដសម្គាល់ដូចគ្នារួចហើយ។ រក្សាវាទុក ហើយដាក់កូដផ្សេងឱ្យវានៅទីនេះ រួចធ្វើសមកាលកម្មម្តងទៀត ឬដកវាចេញពីច្បាប់ចម្លងនេះ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep it here</source>
        <translation>រក្សាវាទុកនៅទីនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register refused {0}: it is not in your provinces. Keep it in this copy only, or remove it from this copy.</source>
        <translation>បញ្ជីបានបដិសេធ {0}៖ វាមិនស្ថិតនៅក្នុងខេត្តរបស់អ្នកទេ។ រក្សាវាទុកតែក្នុងច្បាប់ចម្លងនេះ ឬដកវាចេញពីច្បាប់ចម្លងនេះ។</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+23"/>
        <source>Conflict not decided</source>
        <translation>ការប៉ះទង្គិចមិនត្រូវបានសម្រេច</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Value to keep</source>
        <translation>តម្លៃដែលត្រូវរក្សាទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{record}: {what}</source>
        <translation>{record}៖ {what}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is not a number; type a number like {1}.</source>
        <translation>{0} មិនមែនជាលេខទេ។ សូមវាយលេខ ដូចជា {1}។</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/connect_dialog.py" line="+27"/>
        <source>Connect to a shared register</source>
        <translation>ភ្ជាប់ទៅបញ្ជីរួម</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. register.example.org</source>
        <translation>ឧ. register.example.org</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>prefer (encrypted when the server offers it)</source>
        <translation>prefer (អ៊ិនគ្រីប នៅពេលម៉ាស៊ីនមេផ្តល់ជូន)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>require (always encrypted)</source>
        <translation>require (អ៊ិនគ្រីបជានិច្ច)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify-full (encrypted, server certificate checked)</source>
        <translation>verify-full (អ៊ិនគ្រីប និងពិនិត្យវិញ្ញាបនបត្ររបស់ម៉ាស៊ីនមេ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disable (not encrypted)</source>
        <translation>disable (មិនអ៊ិនគ្រីប)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty: from your .pgpass file</source>
        <translation>ទុកទទេ៖ យកពីឯកសារ .pgpass របស់អ្នក</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server:</source>
        <translation>ម៉ាស៊ីនមេ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>ច្រក៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>មូលដ្ឋានទិន្នន័យ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>អ្នកប្រើ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption (sslmode):</source>
        <translation>ការអ៊ិនគ្រីប (sslmode)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>ពាក្យសម្ងាត់៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is used for this connection only and is never saved. To be asked no more, keep it in your .pgpass file (pgpass.conf on Windows), as PostgreSQL&apos;s own programs do.</source>
        <translation>ពាក្យសម្ងាត់ត្រូវបានប្រើសម្រាប់ការភ្ជាប់នេះតែប៉ុណ្ណោះ ហើយមិនដែលត្រូវបានរក្សាទុកឡើយ។ ដើម្បីកុំឱ្យសួរទៀត សូមរក្សាវាទុកក្នុងឯកសារ .pgpass របស់អ្នក (pgpass.conf នៅលើ Windows) ដូចកម្មវិធីរបស់ PostgreSQL ផ្ទាល់ធ្វើដែរ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect</source>
        <translation>ភ្ជាប់</translation>
    </message>
</context>
<context>
    <name>CoordinatesDialog</name>
    <message>
        <location filename="../../ui/coordinates_dialog.py" line="+70"/>
        <source>Plot from coordinates</source>
        <translation>ក្បាលដីពីកូអរដោនេ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Longitude / latitude (decimal or DMS)</source>
        <translation>រយៈបណ្តោយ / រយៈទទឹង (ទសភាគ ឬ DMS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTM zone 48N easting / northing (m)</source>
        <translation>UTM zone 48N កូអរដោនេ E / N (ម៉ែត្រ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type one vertex per row in the order of the boundary, or paste rows copied from Excel</source>
        <translation>វាយចំណុចកែងមួយក្នុងមួយជួរ តាមលំដាប់នៃព្រំដី ឬបិទភ្ជាប់ជួរដែលបានចម្លងពី Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add row</source>
        <translation>បន្ថែមជួរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>ដកជួរចេញ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make plot</source>
        <translation>បង្កើតក្បាលដី</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coordinates</source>
        <translation>កូអរដោនេ</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Easting (m)</source>
        <translation>កូអរដោនេ E (ម៉ែត្រ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Northing (m)</source>
        <translation>កូអរដោនេ N (ម៉ែត្រ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Problem</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longitude</source>
        <translation>រយៈបណ្តោយ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latitude</source>
        <translation>រយៈទទឹង</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Both coordinates of the vertex are needed.</source>
        <translation>ត្រូវការកូអរដោនេទាំងពីររបស់ចំណុចកែង។</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{count} vertices: at least 3 are needed.</source>
        <translation>ចំណុចកែង {count}៖ ត្រូវការយ៉ាងហោចណាស់បី។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} vertices · area {area} ha · perimeter {perimeter} m</source>
        <translation>ចំណុចកែង {count} · ផ្ទៃដី {area} ហិកតា · បរិមាត្រ {perimeter} ម៉ែត្រ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row {row}: {problem} Correct the rows marked in red.</source>
        <translation>ជួរ {row}៖ {problem} សូមកែជួរដែលសម្គាល់ពណ៌ក្រហម។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A plot needs at least 3 vertices.</source>
        <translation>ក្បាលដីត្រូវការចំណុចកែងយ៉ាងហោចណាស់បី។</translation>
    </message>
</context>
<context>
    <name>CopyWords</name>
    <message>
        <location filename="../../ui/copy_words.py" line="+25"/>
        <location line="+46"/>
        <source>farmer</source>
        <translation>កសិករ</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>farmers</source>
        <translation>កសិករ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plot</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plots</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>season</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seasons</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>practice</source>
        <translation>ការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>practices</source>
        <translation>ការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service provider</source>
        <translation>អ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service providers</source>
        <translation>អ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>season plan</source>
        <translation>ផែនការតាមរដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>season plans</source>
        <translation>ផែនការតាមរដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned practice</source>
        <translation>ការអនុវត្តតាមផែនការ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned practices</source>
        <translation>ការអនុវត្តតាមផែនការ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trial</source>
        <translation>ការសាកល្បង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trials</source>
        <translation>ការសាកល្បង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trial season</source>
        <translation>រដូវនៃការសាកល្បង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trial seasons</source>
        <translation>រដូវនៃការសាកល្បង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trial plot</source>
        <translation>ក្បាលដីសាកល្បង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trial plots</source>
        <translation>ក្បាលដីសាកល្បង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soil sample</source>
        <translation>សំណាកដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soil samples</source>
        <translation>សំណាកដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yield record</source>
        <translation>កំណត់ត្រាទិន្នផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yield records</source>
        <translation>កំណត់ត្រាទិន្នផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extension event</source>
        <translation>ព្រឹត្តិការណ៍ផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extension events</source>
        <translation>ព្រឹត្តិការណ៍ផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event visit</source>
        <translation>ការចុះមើលក្បាលដីក្នុងព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event visits</source>
        <translation>ការចុះមើលក្បាលដីក្នុងព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raster statistic</source>
        <translation>ស្ថិតិរ៉ាស្ទ័រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raster statistics</source>
        <translation>ស្ថិតិរ៉ាស្ទ័រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra attribute</source>
        <translation>លក្ខណៈបន្ថែម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra attributes</source>
        <translation>លក្ខណៈបន្ថែម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target population</source>
        <translation>ប្រជាជនគោលដៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target populations</source>
        <translation>ចំនួនគោលដៅ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooperative</source>
        <translation>សហគមន៍កសិកម្ម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>early adopter</source>
        <translation>អ្នកអនុវត្តដំបូង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA practice</source>
        <translation>ការអនុវត្តកសិកម្មអភិរក្ស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>design</source>
        <translation>ប្លង់ការសាកល្បង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soil type</source>
        <translation>ប្រភេទដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>farm households</source>
        <translation>គ្រួសារកសិករ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} {what}</source>
        <translation>{what} {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>គ្មានអ្វីទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: the boundary differs ({ours} in {source}, {theirs} in {target})</source>
        <translation>{what}៖ ព្រំដីខុសគ្នា ({ours} ក្នុង {source}, {theirs} ក្នុង {target})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: the boundary differs ({ours} in {source}, {theirs} in {target}; {apart} m apart)</source>
        <translation>{what}៖ ព្រំដីខុសគ្នា ({ours} ក្នុង {source}, {theirs} ក្នុង {target}; ឃ្លាតគ្នា {apart} ម៉ែត្រ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: {column} is {ours} in {source} but {theirs} in {target}</source>
        <translation>{what}៖ {column} គឺ {ours} ក្នុង {source} ប៉ុន្តែ {theirs} ក្នុង {target}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} {name}</source>
        <translation>{what} {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} of plot {plot} in {season}</source>
        <translation>{what} នៃក្បាលដី {plot} ក្នុង {season}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} of plot {plot}</source>
        <translation>{what} នៃក្បាលដី {plot}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} in {season}</source>
        <translation>{what} ក្នុង {season}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>ទទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All provinces</source>
        <translation>ខេត្តទាំងអស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
</context>
<context>
    <name>CrsPage</name>
    <message>
        <location filename="../../ui/import_pages.py" line="-159"/>
        <source>Coordinate system</source>
        <translation>ប្រព័ន្ធកូអរដោនេ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or an EPSG code, e.g. 32648</source>
        <translation>ឬកូដ EPSG ឧ. 32648</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds latitude first: swap latitude and longitude</source>
        <translation>ឯកសារដាក់រយៈទទឹងមុន៖ ប្ដូររយៈទទឹង និងរយៈបណ្ដោយ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coordinates are in:</source>
        <translation>កូអរដោនេស្ថិតក្នុង៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other:</source>
        <translation>ផ្សេងទៀត៖</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file says its coordinates are in {0}; they will be converted to WGS 84.</source>
        <translation>ឯកសារបញ្ជាក់ថាកូអរដោនេរបស់វាស្ថិតក្នុង {0}; វានឹងត្រូវបម្លែងទៅ WGS 84។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not say which coordinate system it uses. From the numbers, these fit Cambodia; choose the one the sender used.</source>
        <translation>ឯកសារមិនបញ្ជាក់ពីប្រព័ន្ធកូអរដោនេដែលវាប្រើទេ។ តាមលេខ ប្រព័ន្ធទាំងនេះត្រូវនឹងកម្ពុជា; ជ្រើសរើសប្រព័ន្ធដែលអ្នកផ្ញើបានប្រើ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file does not say which coordinate system it uses, and its numbers fit none used in Cambodia. Ask the sender, then type the EPSG code below.</source>
        <translation>ឯកសារមិនបញ្ជាក់ពីប្រព័ន្ធកូអរដោនេដែលវាប្រើ ហើយលេខរបស់វាមិនត្រូវនឹងប្រព័ន្ធណាដែលប្រើនៅកម្ពុជាទេ។ សួរអ្នកផ្ញើ រួចវាយកូដ EPSG ខាងក្រោម។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The numbers look like latitude and longitude in the wrong order.</source>
        <translation>លេខទាំងនេះមើលទៅដូចជារយៈទទឹង និងរយៈបណ្ដោយ តាមលំដាប់ខុស។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown coordinate system</source>
        <translation>ប្រព័ន្ធកូអរដោនេមិនស្គាល់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a coordinate system</source>
        <translation>ជ្រើសរើសប្រព័ន្ធកូអរដោនេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the EPSG code of the file&apos;s coordinate system.</source>
        <translation>វាយកូដ EPSG នៃប្រព័ន្ធកូអរដោនេរបស់ឯកសារ។</translation>
    </message>
</context>
<context>
    <name>DeletePlotsDialog</name>
    <message>
        <location filename="../../ui/delete_plots_dialog.py" line="+29"/>
        <source>Delete plots</source>
        <translation>លុបក្បាលដី</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>and {count} more</source>
        <translation>និង {count} ទៀត</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete 1 plot</source>
        <translation>លុបក្បាលដីមួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {count} plots</source>
        <translation>លុបក្បាលដី {count}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>1 plot</source>
        <translation>ក្បាលដីមួយ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} plots</source>
        <translation>ក្បាលដី {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 season plan</source>
        <translation>ផែនការតាមរដូវមួយ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} season plans</source>
        <translation>ផែនការតាមរដូវ {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 soil sample</source>
        <translation>សំណាកដីមួយ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} soil samples</source>
        <translation>សំណាកដី {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 yield record</source>
        <translation>កំណត់ត្រាទិន្នផលមួយ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} yield records</source>
        <translation>កំណត់ត្រាទិន្នផល {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 trial membership</source>
        <translation>ការចូលរួមការសាកល្បងមួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} trial memberships</source>
        <translation>ការចូលរួមការសាកល្បង {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 event link</source>
        <translation>តំណភ្ជាប់ព្រឹត្តិការណ៍មួយ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} event links</source>
        <translation>តំណភ្ជាប់ព្រឹត្តិការណ៍ {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This deletes {plots}; no other records are deleted.</source>
        <translation>ការនេះលុប {plots} ប៉ុណ្ណោះ គ្មានកំណត់ត្រាផ្សេងទៀតត្រូវបានលុបទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This deletes {plots} and with them {records}.</source>
        <translation>ការនេះលុប {plots} រួមទាំង {records} របស់វាផង។</translation>
    </message>
</context>
<context>
    <name>DeletedPlotsDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="+89"/>
        <source>Deleted plots</source>
        <translation>ក្បាលដីដែលបានលុប</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>បានលុប</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted by</source>
        <translation>លុបដោយ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restore</source>
        <translation>ស្ដារវិញ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected plot back with the records deleted with it</source>
        <translation>ដាក់ក្បាលដីដែលបានជ្រើសមកវិញ ព្រមទាំងកំណត់ត្រាដែលបានលុបជាមួយវា</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No plot has been deleted from the register.</source>
        <translation>មិនទាន់មានក្បាលដីណាមួយត្រូវបានលុបចេញពីបញ្ជីទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plots deleted from the register. Restore puts a plot back with the season plans, samples, yields and other records deleted with it.</source>
        <translation>ក្បាលដីដែលបានលុបចេញពីបញ្ជី។ «ស្ដារវិញ» ដាក់ក្បាលដីមកវិញ ព្រមទាំងផែនការតាមរដូវ សំណាកដី ទិន្នផល និងកំណត់ត្រាផ្សេងទៀតដែលបានលុបជាមួយវា។</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+4"/>
        <source>Plot not restored</source>
        <translation>មិនបានស្ដារក្បាលដីវិញទេ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plot restored</source>
        <translation>បានស្ដារក្បាលដីវិញ</translation>
    </message>
</context>
<context>
    <name>DiffusionChart</name>
    <message>
        <location filename="../../ui/diffusion_chart.py" line="+70"/>
        <source>Farmers who have adopted</source>
        <translation>កសិករដែលបានទទួលយក</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>95 % band</source>
        <translation>ចន្លោះទំនុកចិត្ត 95 %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bass model</source>
        <translation>គំរូ Bass</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Projection</source>
        <translation>ការព្យាករ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tipping point: {share} of {m} = {n} farmers</source>
        <translation>ចំណុចរបត់៖ {share} នៃ {m} = កសិករ {n} នាក់</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Year</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmers</source>
        <translation>កសិករ</translation>
    </message>
</context>
<context>
    <name>DiffusionDialog</name>
    <message>
        <location filename="../../ui/diffusion_dialog.py" line="+121"/>
        <source>Diffusion of CA</source>
        <translation>ការរីករាលដាលនៃកសិកម្មអភិរក្ស</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>ស្រុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune</source>
        <translation>ឃុំ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Innovators (2.5 %) and early adopters (13.5 %) make about 16 % of the target population</source>
        <translation>អ្នកច្នៃប្រឌិត (2.5 %) និងអ្នកអនុវត្តដំបូង (13.5 %) មានប្រហែល 16 % នៃប្រជាជនគោលដៅ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The farm households per area stored in the project: the market potential in place of the register&apos;s farmers. Opens the list to import, add or change them.</source>
        <translation>គ្រួសារកសិករតាមតំបន់ដែលរក្សាទុកក្នុងគម្រោង៖ សក្តានុពលទីផ្សារជំនួសកសិករក្នុងបញ្ជី។ បើកបញ្ជីដើម្បីនាំចូល បន្ថែម ឬកែប្រែពួកវា។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export CSV…</source>
        <translation>នាំចេញ CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel (XLSX)…</source>
        <translation>នាំចេញ Excel (XLSX)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level</source>
        <translation>កម្រិត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>តំបន់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipping point at</source>
        <translation>ចំណុចរបត់នៅ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adopters over the years</source>
        <translation>អ្នកទទួលយកតាមឆ្នាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By distance from demonstration plots</source>
        <translation>តាមចម្ងាយពីក្បាលដីសាកល្បងបង្ហាញ</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Innovation p = {p} (standard error {p_se}), imitation q = {q} (standard error {q_se}) per year.</source>
        <translation>ការច្នៃប្រឌិត p = {p} (កំហុសស្តង់ដារ {p_se}) ការយកតម្រាប់ q = {q} (កំហុសស្តង់ដារ {q_se}) ក្នុងមួយឆ្នាំ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No model fitted: {reason}</source>
        <translation>មិនមានគំរូទេ៖ {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Market potential: {m} farm households (the target population).</source>
        <translation>សក្តានុពលទីផ្សារ៖ គ្រួសារកសិករ {m} (ប្រជាជនគោលដៅ)។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Market potential: {m} farmers in the register. The register holds fewer farmers than the area has farm households, so these shares are higher and the tipping point earlier than with the real target population.</source>
        <translation>សក្តានុពលទីផ្សារ៖ កសិករ {m} នាក់ក្នុងបញ្ជី។ បញ្ជីមានកសិករតិចជាងគ្រួសារកសិករនៃតំបន់ ដូច្នេះភាគរយទាំងនេះខ្ពស់ជាង ហើយចំណុចរបត់មកដល់មុនជាងការពិតជាមួយប្រជាជនគោលដៅពិតប្រាកដ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>passed in {year}</source>
        <translation>បានឆ្លងកាត់នៅឆ្នាំ {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected in {year}</source>
        <translation>រំពឹងថានៅឆ្នាំ {year}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due in {year} by the model, not yet reached in the data</source>
        <translation>តាមគំរូនៅឆ្នាំ {year} ប៉ុន្តែទិន្នន័យមិនទាន់ដល់នៅឡើយ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not within {years} years</source>
        <translation>មិនដល់ក្នុងរយៈពេល {years} ឆ្នាំ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too few seasons to say</source>
        <translation>រដូវតិចពេកមិនអាចនិយាយបាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipping point ({share} of the market potential): {when}.</source>
        <translation>ចំណុចរបត់ ({share} នៃសក្តានុពលទីផ្សារ)៖ {when}។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Too few seasons to say: {n} year(s) with adoption; the model needs at least 3.</source>
        <translation>រដូវតិចពេកមិនអាចនិយាយបាន៖ មានការទទួលយក {n} ឆ្នាំ គំរូត្រូវការយ៉ាងហោចណាស់ 3 ឆ្នាំ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No market potential: enter the target population of the area.</source>
        <translation>គ្មានសក្តានុពលទីផ្សារ៖ សូមបញ្ចូលប្រជាជនគោលដៅនៃតំបន់។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No farmer has adopted yet: too few seasons to say.</source>
        <translation>មិនទាន់មានកសិករណាទទួលយកនៅឡើយ៖ រដូវតិចពេកមិនអាចនិយាយបាន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More farmers adopted than the market potential allows: enter the target population.</source>
        <translation>កសិករដែលបានទទួលយកច្រើនជាងសក្តានុពលទីផ្សារ៖ សូមបញ្ចូលប្រជាជនគោលដៅ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The years do not tell p and q apart: too few seasons to say.</source>
        <translation>ឆ្នាំទាំងនេះមិនអាចបែងចែក p និង q បានទេ៖ រដូវតិចពេកមិនអាចនិយាយបាន។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model could not be fitted: too few seasons to say.</source>
        <translation>មិនអាចគណនាគំរូបានទេ៖ រដូវតិចពេកមិនអាចនិយាយបាន។</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No farmer field of this level has a village in the register.</source>
        <translation>គ្មានដីកសិករណាមួយនៃកម្រិតនេះមានភូមិក្នុងបញ្ជីទេ។</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>over {low} km</source>
        <translation>លើស {low} គ.ម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{low}–{high} km</source>
        <translation>{low}–{high} គ.ម</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Season</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{share} ({adopters} of {fields})</source>
        <translation>{share} ({adopters} នៃ {fields})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No demonstration plot has a location on the map.</source>
        <translation>គ្មានក្បាលដីសាកល្បងបង្ហាញណាមួយមានទីតាំងលើផែនទីទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of the area&apos;s farmer fields with a CA practice done, by distance from the nearest of {demos} demonstration plots; seasons with no plan done yet are left out.</source>
        <translation>ភាគរយនៃដីកសិករក្នុងតំបន់ដែលបានធ្វើការអនុវត្តកសិកម្មអភិរក្សរួច តាមចម្ងាយពីក្បាលដីសាកល្បងបង្ហាញដែលនៅជិតបំផុតក្នុងចំណោម {demos}។ រដូវដែលមិនទាន់មានផែនការណាធ្វើរួច មិនត្រូវបានបង្ហាញទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} farmer fields have no shape and are in no band.</source>
        <translation>ដីកសិករ {n} គ្មានរាង ហើយមិនស្ថិតក្នុងចន្លោះចម្ងាយណាមួយទេ។</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Target populations: {n} areas</source>
        <translation>ចំនួនគោលដៅ៖ {n} តំបន់</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the diffusion table</source>
        <translation>នាំចេញតារាងការរីករាលដាល</translation>
    </message>
</context>
<context>
    <name>DrawPlotTool</name>
    <message>
        <location filename="../../ui/tools/draw_plot.py" line="+52"/>
        <source>Draw plot</source>
        <translation>គូរក្បាលដី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the corners of a new plot; double-click or Enter closes it.</source>
        <translation>ចុចលើចំណុចកែងនៃក្បាលដីថ្មី។ ចុចពីរដង ឬ Enter ដើម្បីបិទ។</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The dashed outline is the plot as it will be saved. Enter opens the form again; a click starts a new plot; Esc clears it.</source>
        <translation>គ្រោងដាច់ៗ គឺជាក្បាលដីដូចដែលនឹងត្រូវរក្សាទុក។ Enter បើកទម្រង់ម្ដងទៀត ការចុចចាប់ផ្ដើមក្បាលដីថ្មី Esc សម្អាតវាចេញ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter ends the plot; H draws a hole in it; P draws another part; Backspace reopens the boundary; Esc cancels.</source>
        <translation>Enter បញ្ចប់ក្បាលដី H គូរប្រហោងក្នុងវា P គូរផ្នែកមួយទៀត Backspace បើកព្រំដីឡើងវិញ Esc បោះបង់។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click the first corner of the hole, inside the plot.</source>
        <translation>ចុចលើចំណុចកែងទីមួយនៃប្រហោង នៅខាងក្នុងក្បាលដី។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the first corner of another part of the plot.</source>
        <translation>ចុចលើចំណុចកែងទីមួយនៃផ្នែកមួយទៀតរបស់ក្បាលដី។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the first corner of the new plot.</source>
        <translation>ចុចលើចំណុចកែងទីមួយនៃក្បាលដីថ្មី។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the next corner; double-click or Enter closes the ring; Backspace removes the last corner; Esc cancels.</source>
        <translation>ចុចលើចំណុចកែងបន្ទាប់។ ចុចពីរដង ឬ Enter បិទព្រំ Backspace លុបចំណុចកែងចុងក្រោយ Esc បោះបង់។</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>A plot boundary needs at least three corners. Click more corners, or press Esc to cancel.</source>
        <translation>ព្រំក្បាលដីត្រូវការចំណុចកែងយ៉ាងហោចណាស់បី។ ចុចលើចំណុចកែងបន្ថែមទៀត ឬចុច Esc ដើម្បីបោះបង់។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A hole must lie inside the plot: this corner is outside it. Press Backspace and click it again inside the plot.</source>
        <translation>ប្រហោងត្រូវនៅខាងក្នុងក្បាលដី៖ ចំណុចកែងនេះនៅខាងក្រៅ។ ចុច Backspace ហើយចុចវាម្ដងទៀតនៅខាងក្នុងក្បាលដី។</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open a project before drawing plots.</source>
        <translation>សូមបើកគម្រោងមុននឹងគូរក្បាលដី។</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <location filename="../../layers/edit_commands.py" line="+200"/>
        <source>Add plot {code}</source>
        <translation>បន្ថែមក្បាលដី {code}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete plot</source>
        <translation>លុបក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {n} plots</source>
        <translation>លុបក្បាលដី {n}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Change plot shape</source>
        <translation>ប្ដូររាងក្បាលដី</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Change plot details</source>
        <translation>ប្ដូរព័ត៌មានក្បាលដី</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Copy plans</source>
        <translation>ចម្លងផែនការ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Move records</source>
        <translation>ផ្ទេរកំណត់ត្រា</translation>
    </message>
    <message>
        <location filename="../../layers/plot_editor.py" line="+251"/>
        <source>Edit shape of {code}</source>
        <translation>កែរាងក្បាលដី {code}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move plot {code}</source>
        <translation>ផ្លាស់ទីក្បាលដី {code}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reshape plot {code}</source>
        <translation>កែព្រំក្បាលដី {code}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Split plot {code}</source>
        <translation>បំបែកក្បាលដី {code}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Merge plots {codes}</source>
        <translation>បញ្ចូលក្បាលដី {codes}</translation>
    </message>
    <message>
        <location filename="../../layers/record_commands.py" line="+141"/>
        <source>Add record</source>
        <translation>បន្ថែមកំណត់ត្រា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change record</source>
        <translation>កែប្រែកំណត់ត្រា</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Delete record</source>
        <translation>លុបកំណត់ត្រា</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Save {n} season plans</source>
        <translation>រក្សាទុកផែនការរដូវ {n}</translation>
    </message>
    <message>
        <location filename="../../layers/import_command.py" line="+33"/>
        <source>Import {n} plots from {file}</source>
        <translation>នាំចូលក្បាលដី {n} ពី {file}</translation>
    </message>
    <message>
        <location filename="../../layers/village_assignment.py" line="+90"/>
        <source>Assign villages to {0} plots</source>
        <translation>កំណត់ភូមិឱ្យក្បាលដី {0}</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../ui/edit_controller.py" line="+60"/>
        <location line="+69"/>
        <source>&amp;Undo</source>
        <translation>មិនធ្វើវិញ(&amp;U)</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+69"/>
        <source>&amp;Redo</source>
        <translation>ធ្វើវិញ(&amp;R)</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>&amp;Delete selected plots…</source>
        <translation>លុបក្បាលដីដែលបានជ្រើស(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected plots and their records</source>
        <translation>លុបក្បាលដីដែលបានជ្រើស និងកំណត់ត្រារបស់វា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge selected plots</source>
        <translation>បញ្ចូលក្បាលដីដែលបានជ្រើស(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join adjacent plots of the same farmer</source>
        <translation>បញ្ចូលក្បាលដីជាប់គ្នារបស់កសិករតែម្នាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot from &amp;coordinates…</source>
        <translation>ក្បាលដីពីកូអរដោនេ(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type or paste corner coordinates</source>
        <translation>វាយ ឬបិទភ្ជាប់កូអរដោនេនៃចំណុចកែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot from &amp;GPX…</source>
        <translation>ក្បាលដីពី GPX(&amp;G)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plot from GPS points or a track walked</source>
        <translation>ក្បាលដីពីចំណុច GPS ឬខ្សែដានដែលបានដើរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find o&amp;verlapping plots</source>
        <translation>រកក្បាលដីដែលត្រួតគ្នា(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List plots that overlap each other</source>
        <translation>បង្ហាញបញ្ជីក្បាលដីដែលត្រួតលើគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;problems</source>
        <translation>រកបញ្ហា(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List plots with invalid shapes, unknown roles or other problems</source>
        <translation>បង្ហាញបញ្ជីក្បាលដីដែលមានរាងមិនត្រឹមត្រូវ ប្រភេទមិនស្គាល់ ឬបញ្ហាផ្សេងទៀត</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editing &amp;options…</source>
        <translation>ជម្រើសកែសម្រួល(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapping, overlaps, minimum plot size</source>
        <translation>ការភ្ជាប់ចំណុច ការត្រួតគ្នា ទំហំក្បាលដីអប្បបរមា</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Undo {0}</source>
        <translation>មិនធ្វើវិញ(&amp;U) {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo {0}</source>
        <translation>ធ្វើវិញ(&amp;R) {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This shape cannot be saved</source>
        <translation>មិនអាចរក្សាទុករាងនេះបានទេ</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Plot saved: {0:.2f} ha</source>
        <translation>បានរក្សាទុកក្បាលដី៖ {0:.2f} ហិកតា</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Split plot</source>
        <translation>បំបែកក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the plot&apos;s season plans to both new plots? (No keeps them on the larger plot only.)</source>
        <translation>ចម្លងផែនការតាមរដូវរបស់ក្បាលដីទៅក្បាលដីថ្មីទាំងពីរ? (ប្រសិនបើចុច No ផែនការនៅតែលើក្បាលដីធំជាងប៉ុណ្ណោះ។)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select two or more adjacent plots of one farmer to merge.</source>
        <translation>សូមជ្រើសក្បាលដីជាប់គ្នាពីរ ឬច្រើនរបស់កសិករម្នាក់ ដើម្បីបញ្ចូលគ្នា។</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0} overlapping pairs of plots</source>
        <translation>ក្បាលដីត្រួតគ្នា {0} គូ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} problems found</source>
        <translation>រកឃើញបញ្ហា {0}</translation>
    </message>
</context>
<context>
    <name>EditMapTool</name>
    <message>
        <location filename="../../ui/tools/edit_overlay.py" line="+138"/>
        <source>Snapping on (N turns it off, Shift skips it once).</source>
        <translation>ការភ្ជាប់ចំណុច៖ បើក (N ដើម្បីបិទ Shift ដើម្បីរំលងម្ដង)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapping off (N turns it on).</source>
        <translation>ការភ្ជាប់ចំណុច៖ បិទ (N ដើម្បីបើក)។</translation>
    </message>
</context>
<context>
    <name>EditSettingsDialog</name>
    <message>
        <location filename="../../ui/edit_settings_dialog.py" line="+28"/>
        <source>Editing options</source>
        <translation>ជម្រើសកែសម្រួល</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snap to vertices and edges of other plots</source>
        <translation>ភ្ជាប់ទៅចំណុចកែង និងគែមនៃក្បាលដីផ្សេងទៀត</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How near the cursor must come, on screen, to snap</source>
        <translation>ចម្ងាយលើអេក្រង់ ដែលទស្សន៍ទ្រនិចត្រូវនៅជិត ដើម្បីភ្ជាប់ចំណុច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip new and edited plots so that they do not overlap their neighbours</source>
        <translation>កាត់ក្បាលដីថ្មី និងក្បាលដីដែលបានកែ កុំឱ្យត្រួតលើក្បាលដីជិតខាង</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Smaller plots are refused (1 ha = 10,000 m²)</source>
        <translation>មិនទទួលយកក្បាលដីដែលតូចជាងនេះទេ (១ ហិកតា = ១០ ០០០ ម៉ែត្រការ៉េ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slivers narrower than this are refused</source>
        <translation>មិនទទួលយកបំណែកដីដែលស្ដើងជាងនេះទេ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapping tolerance</source>
        <translation>ចម្ងាយនៃការភ្ជាប់ចំណុច</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum plot area</source>
        <translation>ផ្ទៃដីអប្បបរមានៃក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum width</source>
        <translation>ទទឹងអប្បបរមា</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/event_dialog.py" line="+55"/>
        <source>Extension event</source>
        <translation>ព្រឹត្តិការណ៍ផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit extension event</source>
        <translation>កែព្រឹត្តិការណ៍ផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where the event took place</source>
        <translation>ទីកន្លែងដែលព្រឹត្តិការណ៍បានធ្វើឡើង</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search plots by code or farmer</source>
        <translation>ស្វែងរកក្បាលដីតាមលេខកូដ ឬកសិករ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stage</source>
        <translation>ដំណាក់កាល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plots shown</source>
        <translation>ក្បាលដីដែលបានបង្ហាញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance by kind</source>
        <translation>ការចូលរួមតាមប្រភេទ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Farmers</source>
        <translation>កសិករ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cooperatives</source>
        <translation>សហគមន៍កសិកម្ម</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service providers</source>
        <translation>អ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>ក្រុមហ៊ុន</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This event cannot be saved</source>
        <translation>មិនអាចរក្សាទុកព្រឹត្តិការណ៍នេះបានទេ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Plots chosen: {n}</source>
        <translation>ក្បាលដីដែលបានជ្រើស៖ {n}</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <location filename="../../ui/events_panel.py" line="+118"/>
        <source>This site only</source>
        <translation>តែទីតាំងនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All events</source>
        <translation>ព្រឹត្តិការណ៍ទាំងអស់</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>ដំណាក់កាល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plots</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Men</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add…</source>
        <translation>បន្ថែម…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>កែ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>បង្ហាញ</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Add extension event</source>
        <translation>បន្ថែមព្រឹត្តិការណ៍ផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change extension event</source>
        <translation>កែព្រឹត្តិការណ៍ផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete event</source>
        <translation>លុបព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the {stage} event of {date}? You can undo this.</source>
        <translation>លុបព្រឹត្តិការណ៍ {stage} ថ្ងៃ {date}? អ្នកអាចមិនធ្វើវិញបាន។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete extension event</source>
        <translation>លុបព្រឹត្តិការណ៍ផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The events could not be changed</source>
        <translation>មិនអាចផ្លាស់ប្តូរព្រឹត្តិការណ៍បានទេ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a demonstration or control plot to see its site&apos;s stage.</source>
        <translation>សូមជ្រើសក្បាលដីសាកល្បងបង្ហាញ ឬក្បាលដីប្រៀបធៀប ដើម្បីមើលដំណាក់កាលនៃទីតាំងរបស់វា។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plot {code} is not part of a site (a demonstration plot with its control).</source>
        <translation>ក្បាលដី {code} មិនមែនជាផ្នែកនៃទីតាំងទេ (ក្បាលដីសាកល្បងបង្ហាញ និងក្បាលដីប្រៀបធៀបរបស់វា)។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Site {demo} with control {control}</source>
        <translation>ទីតាំង {demo} ជាមួយក្បាលដីប្រៀបធៀប {control}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site {demo} (no control plot yet)</source>
        <translation>ទីតាំង {demo} (មិនទាន់មានក្បាលដីប្រៀបធៀប)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no event yet</source>
        <translation>មិនទាន់មានព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{site}: {stage}</source>
        <translation>{site}៖ {stage}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="+54"/>
        <location line="+194"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Export plots</source>
        <translation>នាំចេញក្បាលដី</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Shapefile (zip, UTF-8)</source>
        <translation>Shapefile (zip, UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GeoPackage (plots and every related table)</source>
        <translation>GeoPackage (ក្បាលដី និងតារាងពាក់ព័ន្ធទាំងអស់)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+143"/>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>KML (Google Earth)</source>
        <translation>KML (Google Earth)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KMZ (Google Earth, zipped)</source>
        <translation>KMZ (Google Earth, បង្ហាប់)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (Excel, UTF-8)</source>
        <translation>តារាង CSV (Excel, UTF-8)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook</source>
        <translation>សៀវភៅ Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formats (several make a partner package)</source>
        <translation>ទម្រង់ (ច្រើនទម្រង់បង្កើតកញ្ចប់សម្រាប់ដៃគូ)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plots</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All plots ({0})</source>
        <translation>ក្បាលដីទាំងអស់ ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected plots ({0})</source>
        <translation>ក្បាលដីដែលបានជ្រើស ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plots that match:</source>
        <translation>ក្បាលដីដែលត្រូវនឹង៖</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>only plots with a plan in the season below</source>
        <translation>តែក្បាលដីដែលមានផែនការក្នុងរដូវខាងក្រោម</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District:</source>
        <translation>ស្រុក៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>ប្រភេទ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice:</source>
        <translation>ការអនុវត្ត៖</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>WGS 84 (longitude/latitude, EPSG:4326)</source>
        <translation>WGS 84 (រយៈបណ្ដោយ/រយៈទទឹង, EPSG:4326)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WGS 84 / UTM zone 48N (metres, EPSG:32648)</source>
        <translation>WGS 84 / UTM តំបន់ 48N (ម៉ែត្រ, EPSG:32648)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse…</source>
        <translation>រកមើល…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Season data:</source>
        <translation>ទិន្នន័យរដូវ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinate system:</source>
        <translation>ប្រព័ន្ធកូអរដោនេ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as:</source>
        <translation>រក្សាទុកជា៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>នាំចេញ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>any district</source>
        <translation>ស្រុកណាក៏បាន</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any role</source>
        <translation>ប្រភេទណាក៏បាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demonstration</source>
        <translation>ដីសាកល្បងបង្ហាញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>control</source>
        <translation>ដីប្រៀបធៀប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>farmer field</source>
        <translation>ដីកសិករ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any practice</source>
        <translation>ការអនុវត្តណាក៏បាន</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Shapefile</source>
        <translation>Shapefile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KML</source>
        <translation>KML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KMZ</source>
        <translation>KMZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WGS 84 (EPSG:4326)</source>
        <translation>WGS 84 (EPSG:4326)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WGS 84 / UTM zone 48N (EPSG:32648)</source>
        <translation>WGS 84 / UTM តំបន់ 48N (EPSG:32648)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WGS 84 (RFC 7946)</source>
        <translation>WGS 84 (RFC 7946)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>WGS 84 (the KML standard)</source>
        <translation>WGS 84 (តាមស្តង់ដារ KML)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} written in {1}</source>
        <translation>{0} ត្រូវបានសរសេរក្នុង {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export plots as</source>
        <translation>នាំចេញក្បាលដីជា</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>That is the open project file; choose another name.</source>
        <translation>នោះជាឯកសារគម្រោងដែលកំពុងបើក; ជ្រើសរើសឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {0} does not exist; choose another place.</source>
        <translation>ថត {0} មិនមានទេ; ជ្រើសរើសទីតាំងផ្សេង។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} exists. Replace it?</source>
        <translation>{0} មានរួចហើយ។ ជំនួសវាឬ?</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exporting plots…</source>
        <translation>កំពុងនាំចេញក្បាលដី…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>ការនាំចេញមិនបានសម្រេច</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported {0} plots to {1}.</source>
        <translation>បាននាំចេញក្បាលដីចំនួន {0} ទៅ {1}។</translation>
    </message>
</context>
<context>
    <name>ExportMapDialog</name>
    <message>
        <location filename="../../ui/export_map_dialog.py" line="+31"/>
        <location line="+58"/>
        <source>Export map</source>
        <translation>នាំចេញផែនទី</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Browse…</source>
        <translation>រកមើល…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Legend</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale bar</source>
        <translation>របារមាត្រដ្ឋាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>North arrow</source>
        <translation>ព្រួញទិសខាងជើង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beside the map</source>
        <translation>នៅក្បែរផែនទី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside the map, bottom left</source>
        <translation>ក្នុងផែនទី ខាងក្រោមឆ្វេង</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Title</source>
        <translation>ចំណងជើង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>ចំណងជើងរង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File (.png or .pdf)</source>
        <translation>ឯកសារ (.png ឬ .pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size (PNG)</source>
        <translation>ទំហំរូបភាព (PNG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page (PDF, landscape)</source>
        <translation>ទំព័រ (PDF ផ្ដេក)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legend position</source>
        <translation>ទីតាំងកំណត់សម្គាល់</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>បង្ហាញ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>រូបភាព PNG (*.png);;ឯកសារ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FarmerDialog</name>
    <message>
        <location filename="../../ui/farmer_dialog.py" line="+28"/>
        <source>Add farmer</source>
        <translation>បន្ថែមកសិករ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit farmer</source>
        <translation>កែកសិករ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not given)</source>
        <translation>(មិនបានផ្តល់)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Early adopter of CA practices</source>
        <translation>អ្នកអនុវត្តកសិកម្មអភិរក្សដំបូងៗ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (Khmer)</source>
        <translation>ឈ្មោះ (ខ្មែរ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Latin letters)</source>
        <translation>ឈ្មោះ (អក្សរឡាតាំង)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperative</source>
        <translation>សហគមន៍កសិកម្ម</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add farmer {name}</source>
        <translation>បន្ថែមកសិករ {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change farmer {name}</source>
        <translation>កែកសិករ {name}</translation>
    </message>
</context>
<context>
    <name>FarmerRegister</name>
    <message>
        <location filename="../../ui/farmer_register.py" line="+36"/>
        <source>Search farmers (Khmer or Latin name, phone, village, plot code)</source>
        <translation>ស្វែងរកកសិករ (ឈ្មោះខ្មែរ ឬឡាតាំង ទូរស័ព្ទ ភូមិ លេខកូដក្បាលដី)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add farmer…</source>
        <translation>បន្ថែមកសិករ…(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>កែ…(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>លុប(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name (Khmer)</source>
        <translation>ឈ្មោះ (ខ្មែរ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Latin)</source>
        <translation>ឈ្មោះ (ឡាតាំង)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cooperative</source>
        <translation>សហគមន៍កសិកម្ម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early adopter</source>
        <translation>អ្នកអនុវត្តដំបូង</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plots</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{name}: {plots}</source>
        <translation>{name}៖ {plots}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete farmer {name}</source>
        <translation>លុបកសិករ {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No plots</source>
        <translation>គ្មានក្បាលដី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{codes} and {n} more</source>
        <translation>{codes} និង {n} ទៀត</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plots: {codes}</source>
        <translation>ក្បាលដី៖ {codes}</translation>
    </message>
</context>
<context>
    <name>FeatureTable</name>
    <message>
        <location filename="../../ui/import_preview.py" line="+111"/>
        <source>Feature</source>
        <translation>ធាតុ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Farmer</source>
        <translation>កសិករ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village code</source>
        <translation>លេខកូដភូមិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (ha)</source>
        <translation>ផ្ទៃដី (ហិកតា)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report</source>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>import</source>
        <translation>នាំចូល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>បដិសេធ</translation>
    </message>
</context>
<context>
    <name>FieldFormsDialog</name>
    <message>
        <location filename="../../ui/field_forms_dialog.py" line="+47"/>
        <source>Field forms</source>
        <translation>សំណុំបែបបទចុះវាល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes the phone forms of this project (plot visit, crop cut, soil sample, extension event, new plot) for ODK Collect or KoboCollect, with the lists of plots and villages they read. Upload each form with the lists as its attachments to ODK Central or KoboToolbox.</source>
        <translation>សរសេរសំណុំបែបបទទូរស័ព្ទនៃគម្រោងនេះ (ការចុះពិនិត្យក្បាលដី ការកាត់សំណាកដំណាំ សំណាកដី ព្រឹត្តិការណ៍ផ្សព្វផ្សាយ ក្បាលដីថ្មី) សម្រាប់ ODK Collect ឬ KoboCollect ជាមួយបញ្ជីក្បាលដី និងភូមិដែលវាអាន។ សូមផ្ទុកឡើងសំណុំបែបបទនីមួយៗជាមួយបញ្ជីទាំងនោះជាឯកសារភ្ជាប់ទៅ ODK Central ឬ KoboToolbox។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The season the answers are recorded for</source>
        <translation>រដូវដែលចម្លើយត្រូវបានកត់ត្រាសម្រាប់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khmer and English</source>
        <translation>ខ្មែរ និងអង់គ្លេស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>អង់គ្លេស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khmer</source>
        <translation>ខ្មែរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The languages the phone offers</source>
        <translation>ភាសាដែលទូរស័ព្ទផ្តល់ជូន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder the forms and their lists are written into (made when it does not exist)</source>
        <translation>ថតដែលសំណុំបែបបទ និងបញ្ជីរបស់វាត្រូវបានសរសេរចូល (បង្កើតថ្មីបើមិនទាន់មាន)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>ជ្រើស…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Season:</source>
        <translation>រដូវ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:</source>
        <translation>ភាសា៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>ថត៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write the forms</source>
        <translation>សរសេរសំណុំបែបបទ(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open folder</source>
        <translation>បើកថត(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the folder to upload the forms from</source>
        <translation>បង្ហាញថតដែលត្រូវផ្ទុកឡើងសំណុំបែបបទពីវា</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form</source>
        <translation>សំណុំបែបបទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>កំណែ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Folder for the field forms</source>
        <translation>ថតសម្រាប់សំណុំបែបបទចុះវាល</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name a folder for the forms.</source>
        <translation>សូមដាក់ឈ្មោះថតសម្រាប់សំណុំបែបបទ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the forms and checking each one…</source>
        <translation>កំពុងសរសេរសំណុំបែបបទ និងពិនិត្យនីមួយៗ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plot visit</source>
        <translation>ការចុះពិនិត្យក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop cut (yield)</source>
        <translation>ការកាត់សំណាកដំណាំ (ទិន្នផល)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soil sample</source>
        <translation>សំណាកដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension event</source>
        <translation>ព្រឹត្តិការណ៍ផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New plot</source>
        <translation>ក្បាលដីថ្មី</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refused by the converter</source>
        <translation>ត្រូវបានបដិសេធដោយកម្មវិធីបម្លែង</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conversion warning</source>
        <translation>ការព្រមានពេលបម្លែង</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists the forms read</source>
        <translation>បញ្ជីដែលសំណុំបែបបទអាន</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} forms could not be converted; the others are written in {folder}. Upload only the forms with an XForm.</source>
        <translation>មិនអាចបម្លែងសំណុំបែបបទ {n} បានទេ សំណុំបែបបទផ្សេងទៀតត្រូវបានសរសេរក្នុង {folder}។ សូមផ្ទុកឡើងតែសំណុំបែបបទដែលមាន XForm។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} forms written in {folder} for {season}, with {w} conversion warnings (listed under their form).</source>
        <translation>បានសរសេរសំណុំបែបបទ {n} ក្នុង {folder} សម្រាប់ {season} ដោយមានការព្រមានពេលបម្លែង {w} (បង្ហាញនៅក្រោមសំណុំបែបបទរបស់វា)។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} forms written in {folder} for {season}. Upload each form with the lists as its attachments.</source>
        <translation>បានសរសេរសំណុំបែបបទ {n} ក្នុង {folder} សម្រាប់ {season}។ សូមផ្ទុកឡើងសំណុំបែបបទនីមួយៗជាមួយបញ្ជីជាឯកសារភ្ជាប់។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No form was written.</source>
        <translation>គ្មានសំណុំបែបបទណាត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{folder} is a file, not a folder; choose a folder for the forms.</source>
        <translation>{folder} ជាឯកសារ មិនមែនថតទេ សូមជ្រើសថតសម្រាប់សំណុំបែបបទ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write in {folder}; choose a folder you may write to.</source>
        <translation>មិនអាចសរសេរក្នុង {folder} បានទេ សូមជ្រើសថតដែលអ្នកអាចសរសេរបាន។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The season {season} is not in the project any more.</source>
        <translation>រដូវ {season} លែងមាននៅក្នុងគម្រោងហើយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The forms could not be written: {error}</source>
        <translation>មិនអាចសរសេរសំណុំបែបបទបានទេ៖ {error}</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <location filename="../../ui/file_watch.py" line="+47"/>
        <source>Read-only: your user may not change the register {0} (or the server is a read-only copy). You can look, print and analyse; editing is off. Ask its administrator for write access.</source>
        <translation>សម្រាប់តែអាន៖ អ្នកប្រើរបស់អ្នកមិនអាចកែប្រែបញ្ជី {0} បានទេ (ឬម៉ាស៊ីនមេជាច្បាប់ចម្លងសម្រាប់តែអាន)។ អ្នកអាចមើល បោះពុម្ព និងវិភាគបាន ប៉ុន្តែការកែសម្រួលត្រូវបានបិទ។ សូមស្នើសិទ្ធិសរសេរពីអ្នកគ្រប់គ្រងរបស់វា។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only: {0} cannot be written here (a read-only drive, folder or file). You can look, export, print and analyse; editing is off. To edit, save a copy where you may write.</source>
        <translation>សម្រាប់តែអាន៖ មិនអាចសរសេរ {0} នៅទីនេះបានទេ (ដ្រាយ ថត ឬឯកសារសម្រាប់តែអាន)។ អ្នកអាចមើល នាំចេញ បោះពុម្ព និងវិភាគបាន ប៉ុន្តែការកែសម្រួលត្រូវបានបិទ។ ដើម្បីកែសម្រួល សូមរក្សាទុកច្បាប់ចម្លងនៅកន្លែងដែលអ្នកអាចសរសេរបាន។</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+32"/>
        <source>Save a copy…</source>
        <translation>រក្សាទុកច្បាប់ចម្លង…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Editing has stopped: the project file {0} was moved, renamed, deleted or replaced while open ({1}). Nothing more is written to it. Open it where it is now, or save what this window shows as a copy.</source>
        <translation>ការកែសម្រួលត្រូវបានបញ្ឈប់៖ ឯកសារគម្រោង {0} ត្រូវបានផ្លាស់ទី ប្តូរឈ្មោះ លុប ឬជំនួស ខណៈពេលកំពុងបើក ({1})។ គ្មានអ្វីត្រូវបានសរសេរទៅក្នុងវាទៀតទេ។ សូមបើកវានៅទីតាំងដែលវាស្ថិតនៅឥឡូវនេះ ឬរក្សាទុកអ្វីដែលបង្អួចនេះបង្ហាញជាច្បាប់ចម្លង។</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} plots changed by another program were loaded</source>
        <translation>បានផ្ទុកក្បាលដី {0} ដែលត្រូវបានកែប្រែដោយកម្មវិធីផ្សេង</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the register: another user is writing to it ({0:.0f} s)…</source>
        <translation>កំពុងរង់ចាំបញ្ជី៖ អ្នកប្រើម្នាក់ទៀតកំពុងសរសេរទៅវា ({0:.0f} វិនាទី)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the project file: another program is writing to it ({0:.0f} s)…</source>
        <translation>កំពុងរង់ចាំឯកសារគម្រោង៖ កម្មវិធីផ្សេងកំពុងសរសេរទៅក្នុងវា ({0:.0f} s)…</translation>
    </message>
</context>
<context>
    <name>GpxDialog</name>
    <message>
        <location filename="../../ui/gpx_dialog.py" line="+90"/>
        <source>Plot from a GPX file</source>
        <translation>ក្បាលដីពីឯកសារ GPX</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose…</source>
        <translation>ជ្រើស…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make plot</source>
        <translation>បង្កើតក្បាលដី</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GPX file</source>
        <translation>ឯកសារ GPX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points from</source>
        <translation>យកចំណុចពី</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open GPX file</source>
        <translation>បើកឯកសារ GPX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GPS exchange files (*.gpx)</source>
        <translation>ឯកសារ GPS exchange (*.gpx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{file} cannot be read ({reason}). Check that the file exists and that you may read it.</source>
        <translation>មិនអាចអាន {file} បានទេ ({reason})។ សូមពិនិត្យថាឯកសារនេះមាន ហើយអ្នកមានសិទ្ធិអានវា។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Track {number}: {name} ({count} points)</source>
        <translation>ខ្សែដាន {number}៖ {name} ({count} ចំណុច)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Route {number}: {name} ({count} points)</source>
        <translation>ផ្លូវ {number}៖ {name} ({count} ចំណុច)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waypoints ({count} points)</source>
        <translation>ចំណុចសម្គាល់ ({count} ចំណុច)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} holds no track, route or waypoints.</source>
        <translation>{file} គ្មានខ្សែដាន ផ្លូវ ឬចំណុចសម្គាល់ទេ។</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{count} points: at least 3 are needed for a plot.</source>
        <translation>ចំណុច {count}៖ ក្បាលដីត្រូវការយ៉ាងហោចណាស់បីចំណុច។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} points · area {area} ha · perimeter {perimeter} m</source>
        <translation>ចំណុច {count} · ផ្ទៃដី {area} ហិកតា · បរិមាត្រ {perimeter} ម៉ែត្រ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A plot needs at least 3 points; choose a track or waypoints that go round the plot.</source>
        <translation>ក្បាលដីត្រូវការយ៉ាងហោចណាស់បីចំណុច។ សូមជ្រើសខ្សែដាន ឬចំណុចសម្គាល់ដែលព័ទ្ធជុំវិញក្បាលដី។</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../../ui/history_actions.py" line="+32"/>
        <source>Every change of the selected plot and its records: when, who, and the values before and after</source>
        <translation>រាល់ការផ្លាស់ប្ដូរនៃក្បាលដីដែលបានជ្រើស និងកំណត់ត្រារបស់វា៖ ពេលណា អ្នកណា និងតម្លៃមុន និងក្រោយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put a deleted plot back with its records</source>
        <translation>ដាក់ក្បាលដីដែលបានលុបមកវិញ ព្រមទាំងកំណត់ត្រារបស់វា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History is kept by a shared register; a project file has its undo history (View &gt; Edit history)</source>
        <translation>ប្រវត្តិត្រូវបានរក្សាទុកដោយបញ្ជីរួម។ ឯកសារគម្រោងមានប្រវត្តិមិនធ្វើវិញរបស់វា (មើល &gt; ប្រវត្តិកែសម្រួល)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plot &amp;history…</source>
        <translation>ប្រវត្តិក្បាលដី(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;tore deleted plots…</source>
        <translation>ស្ដារក្បាលដីដែលបានលុបវិញ(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/history_panel.py" line="+65"/>
        <source>&lt;empty&gt;</source>
        <translation>&lt;ទទេ&gt;</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../ui/identify_panel.py" line="+21"/>
        <source>Field</source>
        <translation>វាល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Click a plot with the Identify tool.</source>
        <translation>ចុចលើក្បាលដីដោយប្រើឧបករណ៍កំណត់អត្តសញ្ញាណ។</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmer</source>
        <translation>កសិករ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village code</source>
        <translation>លេខកូដភូមិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired plot</source>
        <translation>ក្បាលដីគូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (ha)</source>
        <translation>ផ្ទៃដី (ហិកតា)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soil type</source>
        <translation>ប្រភេទដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modified</source>
        <translation>កែប្រែចុងក្រោយ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Season plans</source>
        <translation>ផែនការតាមរដូវ</translation>
    </message>
</context>
<context>
    <name>IdentifyTool</name>
    <message>
        <location filename="../../ui/tools/identify.py" line="+20"/>
        <source>Identify</source>
        <translation>កំណត់អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a plot to see its farmer, village, role and area.</source>
        <translation>ចុចលើក្បាលដីដើម្បីមើលកសិករ ភូមិ ប្រភេទ និងផ្ទៃដី។</translation>
    </message>
</context>
<context>
    <name>ImportConfirm</name>
    <message>
        <location filename="../../ui/target_forms.py" line="+117"/>
        <source>Import target populations</source>
        <translation>នាំចូលចំនួនគោលដៅ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the figures come from; kept with every row</source>
        <translation>ប្រភពនៃតួលេខ រក្សាទុកជាមួយជួរនីមួយៗ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace</source>
        <translation>ជំនួស</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+45"/>
        <source>Import plots</source>
        <translation>នាំចូលក្បាលដី</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>នាំចូល</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+3"/>
        <source>This file cannot be imported</source>
        <translation>ឯកសារនេះមិនអាចនាំចូលបានទេ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} holds one point per row, and no column is chosen to say which plot each point belongs to, so its rows are not joined into plot boundaries. Choose the plot-code column: the points of one plot share its value.</source>
        <translation>{0} មានចំណុចមួយក្នុងមួយជួរដេក ហើយមិនទាន់បានជ្រើសជួរឈរដែលបញ្ជាក់ថាចំណុចនីមួយៗជារបស់ក្បាលដីណាទេ ដូច្នេះជួរដេករបស់វាមិនត្រូវបានភ្ជាប់ទៅជាព្រំក្បាលដីទេ។ សូមជ្រើសជួរឈរលេខកូដក្បាលដី៖ ចំណុចនៃក្បាលដីតែមួយមានតម្លៃដូចគ្នាក្នុងជួរឈរនោះ។</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/language.py" line="+75"/>
        <source>Lan&amp;guage</source>
        <translation>ភាសា(&amp;G)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Language</source>
        <translation>ភាសា</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New windows and dialogs are shown in {0} from now on; restart MetKasekor Desktop to see its menus in {0} too.</source>
        <translation>ចាប់ពីពេលនេះតទៅ បង្អួច និងប្រអប់ថ្មីៗនឹងបង្ហាញជា{0}។ សូមបើក MetKasekor Desktop ឡើងវិញ ដើម្បីឃើញម៉ឺនុយជា{0}ដែរ។</translation>
    </message>
</context>
<context>
    <name>LayerListModel</name>
    <message>
        <location filename="../../ui/layers_dock.py" line="+69"/>
        <source>The project&apos;s plots</source>
        <translation>ក្បាលដីរបស់គម្រោង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raster: {0}</source>
        <translation>រ៉ាស្ទ័រ៖ {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basemap</source>
        <translation>ផែនទីមូលដ្ឋាន</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <location line="+72"/>
        <source>Opacity of the selected layer</source>
        <translation>ភាពស្រអាប់នៃស្រទាប់ដែលបានជ្រើស</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opacity</source>
        <translation>ភាពស្រអាប់</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add raster…</source>
        <translation>បន្ថែមរ៉ាស្ទ័រ…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a GeoTIFF (Ctrl+Shift+R)</source>
        <translation>បន្ថែម GeoTIFF (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Style…</source>
        <translation>រចនាប័ទ្ម…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colours, classes and labels</source>
        <translation>ពណ៌ ថ្នាក់ និងស្លាក</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom</source>
        <translation>ពង្រីក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom to the layer</source>
        <translation>ពង្រីកទៅស្រទាប់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the layer from the map</source>
        <translation>ដកស្រទាប់ចេញពីផែនទី</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+105"/>
        <source>Plots</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers</source>
        <translation>ស្រទាប់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legend</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identify</source>
        <translation>កំណត់អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit history</source>
        <translation>ប្រវត្តិកែសម្រួល</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overlapping plots</source>
        <translation>ក្បាលដីត្រួតគ្នា</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plot problems</source>
        <translation>បញ្ហាក្បាលដី</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Add &amp;raster…</source>
        <translation>បន្ថែមរ៉ាស្ទ័រ(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a GeoTIFF: elevation, imagery or an index</source>
        <translation>បន្ថែម GeoTIFF៖ កម្ពស់ដី រូបភាពផ្កាយរណប ឬសន្ទស្សន៍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;basemap…</source>
        <translation>បន្ថែមផែនទីមូលដ្ឋាន(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiles from a folder, an MBTiles file or an online service</source>
        <translation>ក្រឡាផែនទីពីថត ឯកសារ MBTiles ឬសេវាតាមអ៊ីនធឺណិត</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;map…</source>
        <translation>នាំចេញផែនទី(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current view as a PNG or PDF with title, legend and scale bar</source>
        <translation>ទិដ្ឋភាពបច្ចុប្បន្នជា PNG ឬ PDF មានចំណងជើង កំណត់សម្គាល់ និងរបារមាត្រដ្ឋាន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build &amp;overviews…</source>
        <translation>បង្កើតរូបភាពសង្ខេប(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the selected raster draw fast when zoomed out</source>
        <translation>ធ្វើឱ្យរ៉ាស្ទ័រដែលបានជ្រើសបង្ហាញលឿន ពេលពង្រួម</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zonal statistics of plots…</source>
        <translation>ស្ថិតិតាមតំបន់នៃក្បាលដី(&amp;Z)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean, minimum and maximum of the selected raster for every plot</source>
        <translation>មធ្យម អប្បបរមា និងអតិបរមានៃរ៉ាស្ទ័រដែលបានជ្រើស សម្រាប់ក្បាលដីនីមួយៗ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zonal statistics of the &amp;slope…</source>
        <translation>ស្ថិតិតាមតំបន់នៃជម្រាល(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slope (degrees) of the selected elevation raster for every plot</source>
        <translation>ជម្រាល (ដឺក្រេ) នៃរ៉ាស្ទ័រកម្ពស់ដែលបានជ្រើស សម្រាប់ក្បាលដីនីមួយៗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>ចាកចេញ(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to &amp;all</source>
        <translation>បង្ហាញទាំងអស់(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every plot</source>
        <translation>បង្ហាញក្បាលដីទាំងអស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to &amp;selection</source>
        <translation>ពង្រីកទៅការជ្រើសរើស(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the selected plots</source>
        <translation>បង្ហាញក្បាលដីដែលបានជ្រើសរើស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>ពង្រីក(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;out</source>
        <translation>បង្រួម(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous view</source>
        <translation>ទិដ្ឋភាពមុន(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next view</source>
        <translation>ទិដ្ឋភាពបន្ទាប់(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About MetKasekor Desktop</source>
        <translation>អំពី MetKasekor Desktop(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>ឯកសារ(&amp;F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>មើល(&amp;V)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>កែសម្រួល(&amp;E)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Register</source>
        <translation>បញ្ជី(&amp;R)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Trials</source>
        <translation>ការសាកល្បង(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Layer</source>
        <translation>ស្រទាប់(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>ជំនួយ(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Map</source>
        <translation>ផែនទី</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Editing</source>
        <translation>ការកែសម្រួល</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot open project</source>
        <translation>មិនអាចបើកគម្រោងបានទេ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened {0}</source>
        <translation>បានបើក {0}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>About MetKasekor Desktop</source>
        <translation>អំពី MetKasekor Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;MetKasekor Desktop&lt;/b&gt; {0}&lt;br&gt;Plot planning for conservation agriculture extension (មិត្តកសិករ).&lt;br&gt;Khmer font: Noto Sans Khmer, SIL Open Font License.</source>
        <translation>&lt;b&gt;MetKasekor Desktop&lt;/b&gt; {0}&lt;br&gt;ការរៀបចំផែនការក្បាលដី សម្រាប់ការផ្សព្វផ្សាយកសិកម្មអភិរក្ស (មិត្តកសិករ)។&lt;br&gt;ពុម្ពអក្សរខ្មែរ៖ Noto Sans Khmer, អាជ្ញាប័ណ្ណ SIL Open Font License។</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no project</source>
        <translation>គ្មានគម្រោង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MetKasekor Desktop — {0}</source>
        <translation>MetKasekor Desktop — {0}</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <location filename="../../layers/map_export.py" line="+66"/>
        <source>Legend</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
</context>
<context>
    <name>MapLayers</name>
    <message>
        <location filename="../../ui/map_layers.py" line="+46"/>
        <source>Plots</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Some layers were left out</source>
        <translation>ស្រទាប់ខ្លះមិនត្រូវបានបើក</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Add raster</source>
        <translation>បន្ថែមរ៉ាស្ទ័រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rasters (*.tif *.tiff *.vrt *.img);;All files (*)</source>
        <translation>រ៉ាស្ទ័រ (*.tif *.tiff *.vrt *.img);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot add the raster</source>
        <translation>មិនអាចបន្ថែមរ៉ាស្ទ័របានទេ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added {0}</source>
        <translation>បានបន្ថែម {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Build overviews?</source>
        <translation>បង្កើតរូបភាពសង្ខេប?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has no overviews, so it draws slowly when zoomed out. Build them now? A file {0}.ovr is written beside it; the raster itself is not changed.</source>
        <translation>{0} មិនមានរូបភាពសង្ខេបទេ ដូច្នេះវាបង្ហាញយឺតពេលពង្រួម។ បង្កើតឥឡូវនេះ? ឯកសារ {0}.ovr នឹងត្រូវសរសេរនៅក្បែរវា ហើយរ៉ាស្ទ័រខ្លួនឯងមិនត្រូវបានកែប្រែទេ។</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Build overviews</source>
        <translation>បង្កើតរូបភាពសង្ខេប</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+95"/>
        <source>Select a raster layer in the layer panel first.</source>
        <translation>សូមជ្រើសស្រទាប់រ៉ាស្ទ័រក្នុងផ្ទាំងស្រទាប់ជាមុនសិន។</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Zonal statistics</source>
        <translation>ស្ថិតិតាមក្បាលដី</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The raster draws nothing</source>
        <translation>រ៉ាស្ទ័រមិនបង្ហាញអ្វីសោះ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Building overviews of {0}…</source>
        <translation>កំពុងបង្កើតរូបភាពសង្ខេបនៃ {0}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overviews cancelled.</source>
        <translation>បានបោះបង់ការបង្កើតរូបភាពសង្ខេប។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot build overviews</source>
        <translation>មិនអាចបង្កើតរូបភាពសង្ខេបបានទេ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overviews built: {0}</source>
        <translation>បានបង្កើតរូបភាពសង្ខេប៖ {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot add the basemap</source>
        <translation>មិនអាចបន្ថែមផែនទីមូលដ្ឋានបានទេ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exporting the map…</source>
        <translation>កំពុងនាំចេញផែនទី…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map export cancelled.</source>
        <translation>បានបោះបង់ការនាំចេញផែនទី។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot export the map</source>
        <translation>មិនអាចនាំចេញផែនទីបានទេ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map written to {0}</source>
        <translation>បានសរសេរផែនទីទៅ {0}</translation>
    </message>
</context>
<context>
    <name>MapStatus</name>
    <message>
        <location filename="../../ui/status_bar.py" line="+42"/>
        <source>Map scale: type 1:N and press Enter</source>
        <translation>មាត្រដ្ឋានផែនទី៖ វាយ 1:N ហើយចុច Enter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cursor position, WGS 84 longitude/latitude</source>
        <translation>ទីតាំងទស្សន៍ទ្រនិច៖ រយៈបណ្តោយ/រយៈទទឹង WGS 84</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cursor position, WGS 84 / UTM zone 48N</source>
        <translation>ទីតាំងទស្សន៍ទ្រនិច៖ WGS 84 / UTM zone 48N</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lon {0:.5f}°  Lat {1:.5f}°</source>
        <translation>រយៈបណ្តោយ {0:.5f}°  រយៈទទឹង {1:.5f}°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTM 48N  E {0:,.0f}  N {1:,.0f}</source>
        <translation>UTM 48N  E {0:,.0f}  N {1:,.0f}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type a scale such as 1:25000.</source>
        <translation>វាយមាត្រដ្ឋានដូចជា 1:25000។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} plots, {1} selected</source>
        <translation>ក្បាលដី {0} (បានជ្រើសរើស {1})</translation>
    </message>
</context>
<context>
    <name>MarketDialog</name>
    <message>
        <location filename="../../ui/market_dialog.py" line="+62"/>
        <source>Service market</source>
        <translation>ទីផ្សារសេវា</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>District</source>
        <translation>ស្រុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Farmer fields only</source>
        <translation>តែដីកសិករ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out demonstration and control plots: the programme pays for their services. What is left is what farmers bought for their own fields.</source>
        <translation>មិនរាប់ក្បាលដីសាកល្បងបង្ហាញ និងក្បាលដីប្រៀបធៀប៖ កម្មវិធីបង់ថ្លៃសេវារបស់វា។ អ្វីដែលនៅសល់ គឺសេវាដែលកសិករបានទិញសម្រាប់ដីរបស់ខ្លួន។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plans not yet done are shown as bookings; a year under way is not complete. Change is against the year before.</source>
        <translation>ផែនការដែលមិនទាន់បានធ្វើ ត្រូវបានបង្ហាញជាការកក់ទុក។ ឆ្នាំដែលកំពុងដំណើរការ មិនទាន់ពេញលេញទេ។ ការប្រែប្រួលគឺធៀបនឹងឆ្នាំមុន។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV…</source>
        <translation>នាំចេញ CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel (XLSX)…</source>
        <translation>នាំចេញ Excel (XLSX)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every area of the level, per provider, season and service</source>
        <translation>គ្រប់តំបន់នៃកម្រិតនេះ តាមអ្នកផ្តល់សេវា រដូវ និងសេវា</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level</source>
        <translation>កម្រិត</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>តំបន់</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Services delivered per year</source>
        <translation>សេវាដែលបានផ្តល់ក្នុងមួយឆ្នាំ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per provider and season</source>
        <translation>តាមអ្នកផ្តល់សេវា និងរដូវ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Year</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Providers</source>
        <translation>អ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Deliveries</source>
        <translation>សេវាបានផ្តល់</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Hectares</source>
        <translation>ហិកតា</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Farmers served</source>
        <translation>កសិករបានទទួលសេវា</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Fees (riel)</source>
        <translation>ថ្លៃសេវា (រៀល)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Without fee</source>
        <translation>គ្មានថ្លៃសេវា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookings not done</source>
        <translation>ការកក់មិនទាន់ធ្វើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New providers</source>
        <translation>អ្នកផ្តល់សេវាថ្មី</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Repeat customers</source>
        <translation>អតិថិជនទិញម្តងទៀត</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Change in deliveries</source>
        <translation>ការប្រែប្រួលសេវាបានផ្តល់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change in hectares</source>
        <translation>ការប្រែប្រួលហិកតា</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider</source>
        <translation>អ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Season</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmers</source>
        <translation>កសិករ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New provider</source>
        <translation>អ្នកផ្តល់សេវាថ្មី</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Whole register</source>
        <translation>បញ្ជីទាំងមូល</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plots without a village</source>
        <translation>ក្បាលដីគ្មានភូមិ</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{n} services are booked but not yet done: the year is under way.</source>
        <translation>សេវា {n} ត្រូវបានកក់ទុក ប៉ុន្តែមិនទាន់បានធ្វើ៖ ឆ្នាំនេះកំពុងដំណើរការ។</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No service named</source>
        <translation>មិនបានបញ្ជាក់សេវា</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export service market</source>
        <translation>នាំចេញទីផ្សារសេវា</translation>
    </message>
</context>
<context>
    <name>MeasurementsPanel</name>
    <message>
        <location filename="../../ui/measurements_panel.py" line="+69"/>
        <location line="+2"/>
        <source>Season</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Depth (cm)</source>
        <translation>ជម្រៅ (cm)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values</source>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop</source>
        <translation>ដំណាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>វិធីសាស្ត្រ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yield (t/ha)</source>
        <translation>ទិន្នផល (t/ha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross margin (riel/ha)</source>
        <translation>ប្រាក់ចំណេញដុល (រៀល/ha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add soil sample…</source>
        <translation>បន្ថែមសំណាកដី…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add yield…</source>
        <translation>បន្ថែមទិន្នផល…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>កែ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Soil samples</source>
        <translation>សំណាកដី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yields</source>
        <translation>ទិន្នផល</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Select a plot to see its soil samples and yields.</source>
        <translation>ជ្រើសក្បាលដីមួយ ដើម្បីមើលសំណាកដី និងទិន្នផលរបស់វា។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Plot {code}: {samples} soil samples, {yields} yield records</source>
        <translation>ក្បាលដី {code}៖ សំណាកដី {samples}, កំណត់ត្រាទិន្នផល {yields}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete the soil sample of {season}? You can undo this.</source>
        <translation>លុបសំណាកដីនៃ {season}? អ្នកអាចមិនធ្វើវិញបាន។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete soil sample</source>
        <translation>លុបសំណាកដី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the yield record of {season}? You can undo this.</source>
        <translation>លុបកំណត់ត្រាទិន្នផលនៃ {season}? អ្នកអាចមិនធ្វើវិញបាន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete yield record</source>
        <translation>លុបកំណត់ត្រាទិន្នផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete record</source>
        <translation>លុបកំណត់ត្រា</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The record could not be deleted</source>
        <translation>មិនអាចលុបកំណត់ត្រានេះបានទេ</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Whole plot</source>
        <translation>ក្បាលដីទាំងមូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvest sample</source>
        <translation>សំណាកប្រមូលផល</translation>
    </message>
</context>
<context>
    <name>MovePlotTool</name>
    <message>
        <location filename="../../ui/tools/move_plot.py" line="+19"/>
        <source>Move plot</source>
        <translation>ផ្លាស់ទីក្បាលដី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a plot to move it; Esc cancels the drag.</source>
        <translation>អូសក្បាលដីដើម្បីផ្លាស់ទីវា។ Esc បោះបង់ការអូស។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drag a plot to move it.</source>
        <translation>អូសក្បាលដីដើម្បីផ្លាស់ទីវា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release to put the plot here; Esc cancels.</source>
        <translation>លែងដើម្បីដាក់ក្បាលដីនៅទីនេះ។ Esc បោះបង់។</translation>
    </message>
</context>
<context>
    <name>NewPlotDialog</name>
    <message>
        <location filename="../../ui/new_plot_dialog.py" line="+52"/>
        <source>New plot</source>
        <translation>ក្បាលដីថ្មី</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Area: {area} ha</source>
        <translation>ផ្ទៃដី៖ {area} ហិកតា</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Proposed from the district and the next free number; you may change it</source>
        <translation>ស្នើតាមស្រុក និងលេខទំនេរបន្ទាប់ អ្នកអាចប្ដូរវាបាន</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New farmer…</source>
        <translation>កសិករថ្មី…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a farmer to the register and choose them for this plot</source>
        <translation>បន្ថែមកសិករទៅក្នុងបញ្ជី ហើយជ្រើសកសិករនោះសម្រាប់ក្បាលដីនេះ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmer</source>
        <translation>កសិករ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save plot</source>
        <translation>រក្សាទុកក្បាលដី</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Clipped: {removed} ha that overlapped neighbouring plots was left out.</source>
        <translation>បានកាត់៖ ផ្ទៃ {removed} ហិកតា ដែលត្រួតលើក្បាលដីជិតខាង ត្រូវបានដកចេញ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This plot lies outside Cambodia: check the coordinates (longitude and latitude may be swapped).</source>
        <translation>ក្បាលដីនេះនៅក្រៅប្រទេសកម្ពុជា៖ សូមពិនិត្យកូអរដោនេ (រយៈបណ្តោយ និងរយៈទទឹងប្រហែលជាដាក់ច្រឡំគ្នា)។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no farmer)</source>
        <translation>(គ្មានកសិករ)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No single farmer is called {name!r}: choose one from the list, or (no farmer).</source>
        <translation>គ្មានកសិករតែម្នាក់ដែលមានឈ្មោះ {name!r} ទេ៖ សូមជ្រើសម្នាក់ពីបញ្ជី ឬ (គ្មានកសិករ)។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A plot with the code {code} already exists; choose another code (each plot code must be unique).</source>
        <translation>មានក្បាលដីលេខកូដ {code} រួចហើយ។ សូមជ្រើសលេខកូដផ្សេង (លេខកូដក្បាលដីនីមួយៗមិនត្រូវស្ទួនគ្នាទេ)។</translation>
    </message>
</context>
<context>
    <name>OfficeProjectDialog</name>
    <message>
        <location filename="../../ui/office_project_dialog.py" line="+52"/>
        <source>Make an office project</source>
        <translation>បង្កើតគម្រោងការិយាល័យ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes the plots of the register {0} in a province, with their farmers, season plans, trials, samples, yields and events and the whole catalogue, into a new project file to work on in the office; File &gt; Publish to the shared register brings the work back.</source>
        <translation>សរសេរក្បាលដីនៃបញ្ជី {0} ក្នុងខេត្តមួយ ព្រមទាំងកសិករ ផែនការតាមរដូវ ការសាកល្បង សំណាក ទិន្នផល និងព្រឹត្តិការណ៍របស់វា និងកាតាឡុកទាំងមូល ទៅក្នុងឯកសារគម្រោងថ្មីមួយ ដើម្បីធ្វើការនៅការិយាល័យ។ ឯកសារ &gt; បោះផ្សាយទៅបញ្ជីរួម នាំការងារនោះត្រឡប់មកវិញ។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Browse…</source>
        <translation>រកមើល…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Province:</source>
        <translation>ខេត្ត៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project file:</source>
        <translation>ឯកសារគម្រោង៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the project</source>
        <translation>បង្កើតគម្រោង</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open it</source>
        <translation>បើកវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the new project in this window</source>
        <translation>បើកគម្រោងថ្មីនៅក្នុងបង្អួចនេះ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Office project file</source>
        <translation>ឯកសារគម្រោងការិយាល័យ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MetKasekor project (*.gpkg)</source>
        <translation>គម្រោង MetKasekor (*.gpkg)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Writing {0}…</source>
        <translation>កំពុងសរសេរ {0}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every province</source>
        <translation>គ្រប់ខេត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {file}: an office project of {where} with {counts}.</source>
        <translation>បានសរសេរ {file}៖ គម្រោងការិយាល័យនៃ {where} ដែលមាន {counts}។</translation>
    </message>
</context>
<context>
    <name>OfflineCopyDialog</name>
    <message>
        <location filename="../../ui/sync_dialog.py" line="+167"/>
        <source>Make an offline copy</source>
        <translation>បង្កើតច្បាប់ចម្លងក្រៅបណ្តាញ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the plots of a province or a district of the shared register, with their farmers, season plans, trials, samples, yields and events, into a project file to work on without a connection. File &gt; Synchronise sends its changes to the register and brings the register&apos;s, whenever the connection is back.</source>
        <translation>សរសេរក្បាលដីនៃខេត្ត ឬស្រុកមួយរបស់បញ្ជីរួម ព្រមទាំងកសិករ ផែនការតាមរដូវ ការសាកល្បង សំណាក ទិន្នផល និងព្រឹត្តិការណ៍របស់វា ទៅក្នុងឯកសារគម្រោងមួយ ដើម្បីធ្វើការដោយគ្មានការតភ្ជាប់។ ឯកសារ &gt; ធ្វើសមកាលកម្ម ផ្ញើការកែប្រែរបស់វាទៅបញ្ជី ហើយនាំការកែប្រែរបស់បញ្ជីមកវិញ នៅពេលណាដែលការតភ្ជាប់មកវិញ។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty: from your .pgpass file</source>
        <translation>ទុកទទេ៖ យកពីឯកសារ .pgpass របស់អ្នក</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Browse…</source>
        <translation>រកមើល…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register:</source>
        <translation>បញ្ជី៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>ពាក្យសម្ងាត់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province or district:</source>
        <translation>ខេត្ត ឬស្រុក៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy file:</source>
        <translation>ឯកសារច្បាប់ចម្លង៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the copy</source>
        <translation>បង្កើតច្បាប់ចម្លង</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open it</source>
        <translation>បើកវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the offline copy in this window</source>
        <translation>បើកច្បាប់ចម្លងក្រៅបណ្តាញនៅក្នុងបង្អួចនេះ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Offline copy file</source>
        <translation>ឯកសារច្បាប់ចម្លងក្រៅបណ្តាញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MetKasekor project (*.gpkg)</source>
        <translation>គម្រោង MetKasekor (*.gpkg)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Writing {0}…</source>
        <translation>កំពុងសរសេរ {0}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the whole register</source>
        <translation>បញ្ជីទាំងមូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote {file}: an offline copy of {where} with {counts}.</source>
        <translation>បានសរសេរ {file}៖ ច្បាប់ចម្លងក្រៅបណ្តាញនៃ {where} ដែលមាន {counts}។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The register asks for a password (or refused this one): type it above and make the copy again.</source>
        <translation>បញ្ជីសុំពាក្យសម្ងាត់ (ឬបានបដិសេធពាក្យសម្ងាត់នេះ)៖ សូមវាយវានៅខាងលើ ហើយបង្កើតច្បាប់ចម្លងម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No file was written.</source>
        <translation>គ្មានឯកសារណាត្រូវបានសរសេរទេ។</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/form_widgets.py" line="+38"/>
        <source>not set</source>
        <translation>មិនបានកំណត់</translation>
    </message>
</context>
<context>
    <name>OverlapsPanel</name>
    <message>
        <location filename="../../ui/overlaps_panel.py" line="+30"/>
        <source>Overlaps are checked when a project is opened or on request.</source>
        <translation>ការត្រួតគ្នាត្រូវបានពិនិត្យ ពេលបើកគម្រោង ឬពេលអ្នកស្នើ។</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{a} / {b}: {area} ha</source>
        <translation>{a} / {b}៖ {area} ហិកតា</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{area} m² overlap; click to show both plots</source>
        <translation>ត្រួតគ្នា {area} ម៉ែត្រការ៉េ ចុចដើម្បីបង្ហាញក្បាលដីទាំងពីរ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} pairs of plots overlap. Click a row to show them on the map.</source>
        <translation>ក្បាលដី {count} គូត្រួតគ្នា។ ចុចលើជួរមួយដើម្បីបង្ហាញវានៅលើផែនទី។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No plots overlap.</source>
        <translation>គ្មានក្បាលដីត្រួតគ្នាទេ។</translation>
    </message>
</context>
<context>
    <name>PanTool</name>
    <message>
        <location filename="../../ui/tools/pan.py" line="+16"/>
        <source>Pan</source>
        <translation>រំកិលផែនទី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag the map to move it; the wheel zooms around the cursor.</source>
        <translation>អូសផែនទីដើម្បីរំកិលវា។ កង់កណ្ដុរពង្រីក ឬបង្រួមនៅជុំវិញទស្សន៍ទ្រនិច។</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../ui/photo_strip.py" line="+146"/>
        <source>Photos from the phones</source>
        <translation>រូបថតពីទូរស័ព្ទ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Photos sent from the phones; double-click one to open it</source>
        <translation>រូបថតដែលផ្ញើពីទូរស័ព្ទ ចុចពីរដងលើរូបមួយដើម្បីបើកវា</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>+{n} more</source>
        <translation>+{n} ទៀត</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../ui/plan_editor.py" line="+127"/>
        <source>Planned</source>
        <translation>បានគ្រោង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>បានធ្វើរួច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>បានលុបចោល</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source> riel</source>
        <translation> រៀល</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Add practice</source>
        <translation>បន្ថែមការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove practice</source>
        <translation>ដកការអនុវត្តចេញ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> kg/ha</source>
        <translation> គ.ក/ហ.ត</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+177"/>
        <source>(not set)</source>
        <translation>(មិនបានកំណត់)</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Roller crimper</source>
        <translation>ម៉ាស៊ីនរមៀលកិន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Herbicide</source>
        <translation>ថ្នាំសម្លាប់ស្មៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mowing</source>
        <translation>ការកាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grazing</source>
        <translation>ការឲ្យសត្វស៊ី</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save plan</source>
        <translation>រក្សាទុកផែនការ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy last season&apos;s plan</source>
        <translation>ចម្លងផែនការរដូវមុន</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Crops</source>
        <translation>ដំណាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned date</source>
        <translation>កាលបរិច្ឆេទគ្រោង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done date</source>
        <translation>កាលបរិច្ឆេទធ្វើរួច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other costs</source>
        <translation>ចំណាយផ្សេងទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cover-crop species</source>
        <translation>ប្រភេទដំណាំគម្របដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed rate</source>
        <translation>បរិមាណគ្រាប់ពូជ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sowing date</source>
        <translation>កាលបរិច្ឆេទសាបព្រោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination method</source>
        <translation>វិធីបញ្ចប់ដំណាំគម្រប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination date</source>
        <translation>កាលបរិច្ឆេទបញ្ចប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residue cover</source>
        <translation>គម្របកាកសំណល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation crop</source>
        <translation>ដំណាំឆ្លាស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercrop</source>
        <translation>ដំណាំចម្រុះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>អ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice cost</source>
        <translation>ចំណាយលើការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Practices</source>
        <translation>ការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not set</source>
        <translation>មិនបានកំណត់</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Choose a plot and a season to see its plan.</source>
        <translation>ជ្រើសក្បាលដី និងរដូវ ដើម្បីមើលផែនការ។</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Plot {code}, season {season}</source>
        <translation>ក្បាលដី {code} ក្នុង {season}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{name} is already in this plan.</source>
        <translation>{name} មាននៅក្នុងផែនការនេះរួចហើយ។</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This plot has no plan in an earlier season.</source>
        <translation>ក្បាលដីនេះគ្មានផែនការក្នុងរដូវមុនទេ។</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save season plan</source>
        <translation>រក្សាទុកផែនការរដូវ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Apply season plan to {n} plots</source>
        <translation>អនុវត្តផែនការរដូវលើក្បាលដី {n}</translation>
    </message>
</context>
<context>
    <name>PlotEditor</name>
    <message>
        <location filename="../../layers/plot_editor.py" line="-149"/>
        <source>clipped by {ha:.2f} ha to avoid overlapping {codes}</source>
        <translation>បានកាត់ {ha:.2f} ហិកតា ដើម្បីកុំឱ្យត្រួតលើ {codes}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>outside Cambodia</source>
        <translation>នៅក្រៅប្រទេសកម្ពុជា</translation>
    </message>
</context>
<context>
    <name>PlotHistory</name>
    <message>
        <location filename="../../ui/history_dialog.py" line="+49"/>
        <source>Plot</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Season plan</source>
        <translation>ផែនការតាមរដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice in a plan</source>
        <translation>ការអនុវត្តក្នុងផែនការ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial membership</source>
        <translation>សមាជិកភាពក្នុងការសាកល្បង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soil sample</source>
        <translation>សំណាកដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yield record</source>
        <translation>កំណត់ត្រាទិន្នផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension event visit</source>
        <translation>ការចូលរួមព្រឹត្តិការណ៍ផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raster statistics</source>
        <translation>ស្ថិតិរ៉ាស្ទ័រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra attribute</source>
        <translation>លក្ខណៈបន្ថែម</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added</source>
        <translation>បានបន្ថែម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>បានផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>បានលុប</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Area (ha)</source>
        <translation>ផ្ទៃដី (ហិកតា)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Season</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crops</source>
        <translation>ដំណាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop</source>
        <translation>ដំណាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned date</source>
        <translation>កាលបរិច្ឆេទគ្រោង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done date</source>
        <translation>កាលបរិច្ឆេទធ្វើរួច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice</source>
        <translation>ការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service provider</source>
        <translation>អ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial</source>
        <translation>ការសាកល្បង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment</source>
        <translation>វិធីសាស្ត្រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>ប្លុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample date</source>
        <translation>កាលបរិច្ឆេទយកសំណាក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth from (cm)</source>
        <translation>ជម្រៅពី (សម)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth to (cm)</source>
        <translation>ជម្រៅដល់ (សម)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>វិធីសាស្ត្រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laboratory</source>
        <translation>មន្ទីរពិសោធន៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvest date</source>
        <translation>ថ្ងៃប្រមូលផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample area (m²)</source>
        <translation>ផ្ទៃសំណាក (m²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh weight (kg)</source>
        <translation>ទម្ងន់ស្រស់ (គីឡូក្រាម)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moisture (%)</source>
        <translation>សំណើម (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour (days)</source>
        <translation>កម្លាំងពលកម្ម (ថ្ងៃ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input cost</source>
        <translation>ថ្លៃធាតុចូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service cost</source>
        <translation>ថ្លៃសេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price per kg</source>
        <translation>តម្លៃក្នុងមួយគីឡូក្រាម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension event</source>
        <translation>ព្រឹត្តិការណ៍ផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raster</source>
        <translation>រ៉ាស្ទ័រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pixels</source>
        <translation>ភីកសែល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>មធ្យម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum</source>
        <translation>អប្បបរមា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum</source>
        <translation>អតិបរមា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computed</source>
        <translation>បានគណនា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+4"/>
        <location line="+53"/>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>(empty)</source>
        <translation>(ទទេ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Boundary: changed</source>
        <translation>ព្រំដី៖ បានផ្លាស់ប្ដូរ</translation>
    </message>
</context>
<context>
    <name>PlotHistoryDialog</name>
    <message>
        <location line="+33"/>
        <source>History of plot {code}</source>
        <translation>ប្រវត្តិក្បាលដី {code}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>ពេលវេលា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>អ្នកធ្វើ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>អ្វី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>ការផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No change of plot {code} has been recorded.</source>
        <translation>មិនទាន់មានការផ្លាស់ប្ដូរណាមួយនៃក្បាលដី {code} ត្រូវបានកត់ត្រាទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} changes of plot {code} and its records, newest first.</source>
        <translation>ការផ្លាស់ប្ដូរ {n} នៃក្បាលដី {code} និងកំណត់ត្រារបស់វា ថ្មីបំផុតមុនគេ។</translation>
    </message>
</context>
<context>
    <name>PlotPanel</name>
    <message>
        <location filename="../../ui/plot_panel.py" line="+101"/>
        <location line="+107"/>
        <source>No plot selected</source>
        <translation>មិនទាន់បានជ្រើសក្បាលដី</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Type a Khmer or Latin name</source>
        <translation>វាយឈ្មោះជាខ្មែរ ឬឡាតាំង</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick on map</source>
        <translation>ជ្រើសលើផែនទី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the control plot of this demonstration plot on the map</source>
        <translation>ចុចលើក្បាលដីប្រៀបធៀបរបស់ក្បាលដីសាកល្បងបង្ហាញនេះនៅលើផែនទី</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmer</source>
        <translation>កសិករ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control plot</source>
        <translation>ក្បាលដីប្រៀបធៀប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soil type</source>
        <translation>ប្រភេទដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Area (ha)</source>
        <translation>ផ្ទៃដី (ហិកតា)</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+25"/>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>{role} (unknown role)</source>
        <translation>{role} (ប្រភេទមិនស្គាល់)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role “{role}” was written by another program and is not one of MetKasekor&apos;s roles; choose the right one.</source>
        <translation>ប្រភេទ “{role}” ត្រូវបានសរសេរដោយកម្មវិធីផ្សេង ហើយមិនមែនជាប្រភេទមួយរបស់ MetKasekor ទេ។ សូមជ្រើសប្រភេទដែលត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plot {code}</source>
        <translation>ក្បាលដី {code}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{area} ha</source>
        <translation>{area} ហិកតា</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No farmer {name} in the register; choose one from the list or add the farmer in the farmers register first.</source>
        <translation>គ្មានកសិករ {name} ក្នុងបញ្ជីទេ។ សូមជ្រើសពីបញ្ជី ឬបន្ថែមកសិករក្នុងបញ្ជីកសិករជាមុនសិន។</translation>
    </message>
</context>
<context>
    <name>PlotPicker</name>
    <message>
        <location filename="../../ui/trial_dialog.py" line="+63"/>
        <source>Add plots to the trial</source>
        <translation>បន្ថែមក្បាលដីទៅការសាកល្បង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a plot code or farmer name</source>
        <translation>វាយផ្នែកនៃលេខកូដក្បាលដី ឬឈ្មោះកសិករ</translation>
    </message>
</context>
<context>
    <name>PlotStyleDialog</name>
    <message>
        <location filename="../../ui/style_dialog.py" line="+36"/>
        <source>Plot style</source>
        <translation>រចនាប័ទ្មក្បាលដី</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One colour</source>
        <translation>ពណ៌តែមួយ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By role</source>
        <translation>តាមប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By practice in a season</source>
        <translation>តាមការអនុវត្តក្នុងរដូវមួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By crop in a season</source>
        <translation>តាមដំណាំក្នុងរដូវមួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By service provider in a season</source>
        <translation>តាមអ្នកផ្តល់សេវាក្នុងរដូវមួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By MetKasekor stage</source>
        <translation>តាមដំណាក់កាលមិត្តកសិករ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By area (classes)</source>
        <translation>តាមផ្ទៃដី (ថ្នាក់)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Equal counts (quantiles)</source>
        <translation>ចំនួនស្មើគ្នា (ក្វាន់ទីល)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal widths</source>
        <translation>ចន្លោះស្មើគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>ពណ៌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour plots</source>
        <translation>ដាក់ពណ៌ក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Season</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>ចំនួនថ្នាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class breaks</source>
        <translation>ការបែងចែកថ្នាក់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show labels</source>
        <translation>បង្ហាញស្លាក</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plot code</source>
        <translation>លេខកូដក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmer name (Khmer)</source>
        <translation>ឈ្មោះកសិករ (ខ្មែរ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmer name (Latin letters)</source>
        <translation>ឈ្មោះកសិករ (អក្សរឡាតាំង)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plots smaller than this on screen get no label</source>
        <translation>ក្បាលដីដែលតូចជាងនេះលើអេក្រង់ មិនមានស្លាកទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text</source>
        <translation>អត្ថបទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide on plots smaller than</source>
        <translation>លាក់លើក្បាលដីតូចជាង</translation>
    </message>
</context>
<context>
    <name>PlotsFilterBar</name>
    <message>
        <location filename="../../ui/plots_filters.py" line="+310"/>
        <source>Filter by district</source>
        <translation>ត្រងតាមស្រុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by a practice of the season&apos;s plan</source>
        <translation>ត្រងតាមការអនុវត្តក្នុងផែនការរដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by the plot&apos;s role</source>
        <translation>ត្រងតាមប្រភេទក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by the status of the season&apos;s plan</source>
        <translation>ត្រងតាមស្ថានភាពផែនការរដូវ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>District filter</source>
        <translation>តម្រងស្រុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice filter</source>
        <translation>តម្រងការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role filter</source>
        <translation>តម្រងប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan status filter</source>
        <translation>តម្រងស្ថានភាពផែនការ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role: any</source>
        <translation>ប្រភេទ៖ ទាំងអស់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan status: any</source>
        <translation>ស្ថានភាពផែនការ៖ ទាំងអស់</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>District: any</source>
        <translation>ស្រុក៖ ទាំងអស់</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Practice: any</source>
        <translation>ការអនុវត្ត៖ ទាំងអស់</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>No plan</source>
        <translation>គ្មានផែនការ</translation>
    </message>
</context>
<context>
    <name>PlotsTableModel</name>
    <message>
        <location filename="../../ui/plots_model.py" line="+314"/>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Farmer</source>
        <translation>កសិករ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commune</source>
        <translation>ឃុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area (ha)</source>
        <translation>ផ្ទៃដី (ហិកតា)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>ស្រុក</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Crops</source>
        <translation>ដំណាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices</source>
        <translation>ការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Providers</source>
        <translation>អ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan status</source>
        <translation>ស្ថានភាពផែនការ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>ដំណាក់កាល</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} mean</source>
        <translation>{0} មធ្យម</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} min</source>
        <translation>{0} អប្បបរមា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} max</source>
        <translation>{0} អតិបរមា</translation>
    </message>
</context>
<context>
    <name>PlotsTableWidget</name>
    <message>
        <location filename="../../ui/plots_table.py" line="+60"/>
        <source>Search code, farmer, place, crop or provider…</source>
        <translation>ស្វែងរកលេខកូដ កសិករ ទីកន្លែង ដំណាំ ឬអ្នកផ្តល់សេវា…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the rows and columns shown to a CSV file</source>
        <translation>នាំចេញជួរដេក និងជួរឈរដែលបង្ហាញ ទៅឯកសារ CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the rows and columns shown to an Excel workbook</source>
        <translation>នាំចេញជួរដេក និងជួរឈរដែលបង្ហាញ ទៅសៀវភៅ Excel</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Columns</source>
        <translation>ជួរឈរ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export plots to CSV</source>
        <translation>នាំចេញក្បាលដីជា CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>plots.csv</source>
        <translation>plots.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export plots to Excel</source>
        <translation>នាំចេញក្បាលដីជា Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>plots.xlsx</source>
        <translation>plots.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>សៀវភៅ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plots</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot export the plots</source>
        <translation>មិនអាចនាំចេញក្បាលដីបានទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table could not be written to {0}:
{1}
Choose another folder, or close the file if a spreadsheet has it open.</source>
        <translation>មិនអាចសរសេរតារាងទៅ {0} បានទេ៖
{1}
សូមជ្រើសថតផ្សេង ឬបិទឯកសារ ប្រសិនបើកម្មវិធីសៀវភៅបញ្ជីកំពុងបើកវា។</translation>
    </message>
</context>
<context>
    <name>PracticeCatalogueDialog</name>
    <message>
        <location filename="../../ui/practice_catalogue.py" line="+30"/>
        <source>Practice catalogue</source>
        <translation>បញ្ជីការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Key</source>
        <translation>កូដខ្លី</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>English name</source>
        <translation>ឈ្មោះជាភាសាអង់គ្លេស</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Khmer name</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Service</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA</source>
        <translation>កសិកម្មអភិរក្ស</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a short key without spaces, e.g. mulch</source>
        <translation>កូដខ្លីគ្មានដកឃ្លា ឧ. mulch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conservation agriculture practice</source>
        <translation>ការអនុវត្តកសិកម្មអភិរក្ស</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>ថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+87"/>
        <source>Add practice</source>
        <translation>បន្ថែមការអនុវត្ត</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Save changes</source>
        <translation>រក្សាទុកការកែប្រែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Delete practice</source>
        <translation>លុបការអនុវត្ត</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Service needed</source>
        <translation>សេវាដែលត្រូវការ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No-till</source>
        <translation>មិនភ្ជួររាស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover crop</source>
        <translation>ដំណាំគម្របដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residue retention</source>
        <translation>ការរក្សាកាកសំណល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotation</source>
        <translation>ការដាំឆ្លាស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercropping</source>
        <translation>ការដាំចម្រុះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Land levelling</source>
        <translation>ការពង្រាបដី</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Crop protection</source>
        <translation>ការការពារដំណាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrated farming</source>
        <translation>កសិកម្មចម្រុះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conventional</source>
        <translation>បែបប្រពៃណី</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cover-crop seed</source>
        <translation>គ្រាប់ពូជដំណាំគម្រប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-till planting</source>
        <translation>ការដាំដោយមិនភ្ជួរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roller crimping</source>
        <translation>ការកិនដំណាំគម្រប</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spraying</source>
        <translation>ការបាញ់ថ្នាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvesting</source>
        <translation>ការប្រមូលផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inputs</source>
        <translation>ធាតុចូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>វគ្គបណ្តុះបណ្តាល</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>yes</source>
        <translation>បាទ/ចាស</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ទេ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Change practice</source>
        <translation>កែប្រែការអនុវត្ត</translation>
    </message>
</context>
<context>
    <name>PreviewMap</name>
    <message>
        <location filename="../../ui/import_preview.py" line="-60"/>
        <source>Nothing to show yet</source>
        <translation>មិនទាន់មានអ្វីបង្ហាញ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>imported</source>
        <translation>បាននាំចូល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>បដិសេធ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the project</source>
        <translation>ក្នុងគម្រោង</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../ui/problems_panel.py" line="+53"/>
        <source>Plot</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plot #{id}</source>
        <translation>ក្បាលដី #{id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click to show the plot on the map</source>
        <translation>ចុចដើម្បីបង្ហាញក្បាលដីនៅលើផែនទី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At {x}, {y}; click to show the plot on the map</source>
        <translation>នៅទីតាំង {x}, {y}។ ចុចដើម្បីបង្ហាញក្បាលដីនៅលើផែនទី</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid shape: {reason}</source>
        <translation>រាងមិនត្រឹមត្រូវ៖ {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No shape</source>
        <translation>គ្មានរាង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown role &quot;{role}&quot;</source>
        <translation>ប្រភេទមិនស្គាល់ &quot;{role}&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No area recorded</source>
        <translation>មិនមានផ្ទៃដីបានកត់ត្រា</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside Cambodia</source>
        <translation>នៅក្រៅប្រទេសកម្ពុជា</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the boundary crosses itself</source>
        <translation>ព្រំដីកាត់ឆ្លងខ្លួនវាផ្ទាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring touches itself</source>
        <translation>ព្រំមួយប៉ះខ្លួនវាផ្ទាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies outside the boundary</source>
        <translation>ប្រហោងមួយនៅខាងក្រៅព្រំដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies inside another hole</source>
        <translation>ប្រហោងមួយនៅខាងក្នុងប្រហោងមួយទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holes cut the plot in pieces</source>
        <translation>ប្រហោងកាត់ក្បាលដីជាបំណែកៗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a part lies inside another part</source>
        <translation>ផ្នែកមួយនៅខាងក្នុងផ្នែកមួយទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring is repeated</source>
        <translation>ព្រំមួយស្ទួនគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring has too few points</source>
        <translation>ព្រំមួយមានចំណុចតិចពេក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a vertex has no coordinates</source>
        <translation>ចំណុចកែងមួយគ្មានកូអរដោនេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring is not closed</source>
        <translation>ព្រំមួយមិនបានបិទ</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location line="+16"/>
        <source>Plot problems are checked on request.</source>
        <translation>បញ្ហាក្បាលដីត្រូវបានពិនិត្យ ពេលអ្នកស្នើ។</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{count} problems in {plots} plots. Click a row to show the plot on the map.</source>
        <translation>បញ្ហា {count} នៅក្នុងក្បាលដី {plots}។ ចុចលើជួរមួយដើម្បីបង្ហាញក្បាលដីនៅលើផែនទី។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problems found in {plots} plots.</source>
        <translation>រកមិនឃើញបញ្ហានៅក្នុងក្បាលដី {plots} ទេ។</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../ui/project_files.py" line="+19"/>
        <source>MetKasekor project (*.gpkg)</source>
        <translation>គម្រោង MetKasekor (*.gpkg)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;New project…</source>
        <translation>គម្រោងថ្មី(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an empty project file</source>
        <translation>បង្កើតឯកសារគម្រោងទទេមួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open project…</source>
        <translation>បើកគម្រោង(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a MetKasekor project (.gpkg)</source>
        <translation>បើកគម្រោង MetKasekor (.gpkg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect to a shared register…</source>
        <translation>ភ្ជាប់ទៅបញ្ជីរួម(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the register on a PostgreSQL server shared with other offices</source>
        <translation>បើកបញ្ជីនៅលើម៉ាស៊ីនមេ PostgreSQL ដែលចែករំលែកជាមួយការិយាល័យផ្សេងទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save project &amp;as…</source>
        <translation>រក្សាទុកគម្រោងជា(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a copy of the project and continue in it</source>
        <translation>សរសេរច្បាប់ចម្លងនៃគម្រោង ហើយបន្តធ្វើការក្នុងច្បាប់ចម្លងនោះ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Publish to the shared register…</source>
        <translation>បោះផ្សាយទៅបញ្ជីរួម(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this project&apos;s plots and records into a shared register</source>
        <translation>ចម្លងក្បាលដី និងកំណត់ត្រានៃគម្រោងនេះទៅក្នុងបញ្ជីរួម</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make an o&amp;ffice project…</source>
        <translation>បង្កើតគម្រោងការិយាល័យ(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a province of the shared register into a new project file</source>
        <translation>សរសេរខេត្តមួយនៃបញ្ជីរួមទៅក្នុងឯកសារគម្រោងថ្មី</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import plots…</source>
        <translation>នាំចូលក្បាលដី…(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plots from: {0}</source>
        <translation>ក្បាលដីពី៖ {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export plots…</source>
        <translation>នាំចេញក្បាលដី…(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shapefile, GeoPackage, GeoJSON, KML, CSV or Excel, or a partner package of several</source>
        <translation>Shapefile, GeoPackage, GeoJSON, KML, CSV ឬ Excel ឬកញ្ចប់សម្រាប់ដៃគូដែលមានច្រើនទម្រង់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>បើកគម្រោងថ្មីៗ(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New project</source>
        <translation>គម្រោងថ្មី</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create project</source>
        <translation>មិនអាចបង្កើតគម្រោងបានទេ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open project</source>
        <translation>បើកគម្រោង</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A shared register lives on its server and is not copied from here; its administrator backs it up</source>
        <translation>បញ្ជីរួមស្ថិតនៅលើម៉ាស៊ីនមេរបស់វា ហើយមិនត្រូវបានចម្លងពីទីនេះទេ។ អ្នកគ្រប់គ្រងរបស់វាជាអ្នកបម្រុងទុកវា</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Save project as</source>
        <translation>រក្សាទុកគម្រោងជា</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copying the project…</source>
        <translation>កំពុងចម្លងគម្រោង…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save the project</source>
        <translation>មិនអាចរក្សាទុកគម្រោងបានទេ</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Imported {0} plots; they are selected. Undo (Ctrl+Z) takes them out again.</source>
        <translation>បាននាំចូលក្បាលដី {0}; ពួកវាត្រូវបានជ្រើស។ មិនធ្វើវិញ (Ctrl+Z) ដកពួកវាចេញវិញ។</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported {0} plots to {1}</source>
        <translation>បាននាំចេញក្បាលដីចំនួន {0} ទៅ {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no recent projects)</source>
        <translation>(មិនទាន់មានគម្រោងដែលបានបើកថ្មីៗ)</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <location filename="../../ui/provider_dialog.py" line="+38"/>
        <source>Add provider</source>
        <translation>បន្ថែមអ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit provider</source>
        <translation>កែអ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>អ្នកទំនាក់ទំនង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>អ៊ីមែល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provinces served</source>
        <translation>ខេត្តដែលផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add provider {name}</source>
        <translation>បន្ថែមអ្នកផ្តល់សេវា {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change provider {name}</source>
        <translation>កែអ្នកផ្តល់សេវា {name}</translation>
    </message>
</context>
<context>
    <name>ProviderLabels</name>
    <message>
        <location filename="../../layers/provider_words.py" line="+16"/>
        <source>Cover-crop seed company</source>
        <translation>ក្រុមហ៊ុនគ្រាប់ពូជដំណាំគម្រប</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machinery service</source>
        <translation>សេវាគ្រឿងយន្ត</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input supplier</source>
        <translation>អ្នកផ្គត់ផ្គង់ធាតុចូល</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperative</source>
        <translation>សហគមន៍កសិកម្ម</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDAFF</source>
        <translation>មន្ទីរកសិកម្ម រុក្ខាប្រមាញ់ និងនេសាទ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cover-crop seed</source>
        <translation>គ្រាប់ពូជដំណាំគម្រប</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No-till planting</source>
        <translation>ការដាំដោយមិនភ្ជួរ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roller crimping</source>
        <translation>ការកិនដំណាំគម្រប</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Land levelling</source>
        <translation>ការពង្រាបដី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spraying</source>
        <translation>ការបាញ់ថ្នាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvesting</source>
        <translation>ការប្រមូលផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inputs</source>
        <translation>ធាតុចូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>វគ្គបណ្តុះបណ្តាល</translation>
    </message>
</context>
<context>
    <name>ProviderRegister</name>
    <message>
        <location filename="../../ui/provider_register.py" line="+34"/>
        <source>Search providers (name, service, contact, province)</source>
        <translation>ស្វែងរកអ្នកផ្តល់សេវា (ឈ្មោះ សេវា អ្នកទំនាក់ទំនង ខេត្ត)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add provider…</source>
        <translation>បន្ថែមអ្នកផ្តល់សេវា…(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>កែ…(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>លុប(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Services</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provinces</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plot-seasons served</source>
        <translation>ក្បាលដី-រដូវដែលបានផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{plots} plots in {seasons} seasons</source>
        <translation>ក្បាលដី {plots} ក្នុង {seasons} រដូវ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name}: {plans} season plans, {plots} plots in {seasons} seasons</source>
        <translation>{name}៖ ផែនការតាមរដូវ {plans} ក្បាលដី {plots} ក្នុង {seasons} រដូវ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete provider {name}</source>
        <translation>លុបអ្នកផ្តល់សេវា {name}</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../ui/publish_dialog.py" line="+45"/>
        <source>The work stopped on an unexpected error: {0}</source>
        <translation>ការងារបានឈប់ដោយសារកំហុសដែលមិនបានរំពឹងទុក៖ {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Publish to the shared register</source>
        <translation>បោះផ្សាយទៅបញ្ជីរួម</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies every plot of {0} with its farmer, season plans, trials, samples, yields and events into the shared register: all of it, or nothing when a record clashes with the register&apos;s.</source>
        <translation>ចម្លងក្បាលដីទាំងអស់នៃ {0} ព្រមទាំងកសិករ ផែនការតាមរដូវ ការសាកល្បង សំណាក ទិន្នផល និងព្រឹត្តិការណ៍របស់វា ទៅក្នុងបញ្ជីរួម៖ ទាំងអស់ ឬគ្មានអ្វីសោះ នៅពេលកំណត់ត្រាណាមួយប៉ះទង្គិចនឹងកំណត់ត្រារបស់បញ្ជី។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other register…</source>
        <translation>បញ្ជីផ្សេងទៀត…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Register:</source>
        <translation>បញ្ជី៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province:</source>
        <translation>ខេត្ត៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check first</source>
        <translation>ពិនិត្យជាមុន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find what publishing would add and what clashes, without writing anything</source>
        <translation>ស្វែងរកអ្វីដែលការបោះផ្សាយនឹងបន្ថែម និងអ្វីដែលប៉ះទង្គិច ដោយមិនសរសេរអ្វីទាំងអស់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish</source>
        <translation>បោះផ្សាយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the plots and records into the register (after a check without clashes)</source>
        <translation>សរសេរក្បាលដី និងកំណត់ត្រាទៅក្នុងបញ្ជី (បន្ទាប់ពីការពិនិត្យដែលគ្មានការប៉ះទង្គិច)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Checking the project against the register…</source>
        <translation>កំពុងពិនិត្យគម្រោងធៀបនឹងបញ្ជី…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing into the register…</source>
        <translation>កំពុងបោះផ្សាយទៅក្នុងបញ្ជី…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the register</source>
        <translation>បញ្ជី</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} clashes between {source} and the register: nothing can be published. Make the records agree (in the office project or in the register), then check again.</source>
        <translation>ការប៉ះទង្គិច {n} រវាង {source} និងបញ្ជី៖ មិនអាចបោះផ្សាយអ្វីបានទេ។ សូមធ្វើឱ្យកំណត់ត្រាត្រូវគ្នា (ក្នុងគម្រោងការិយាល័យ ឬក្នុងបញ្ជី) រួចពិនិត្យម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No clashes. Publishing would add: {added}.
Already in the register: {found}.</source>
        <translation>គ្មានការប៉ះទង្គិចទេ។ ការបោះផ្សាយនឹងបន្ថែម៖ {added}។
មានក្នុងបញ្ជីរួចហើយ៖ {found}។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published into the register: added {added}.
Already there: {found}.</source>
        <translation>បានបោះផ្សាយទៅក្នុងបញ្ជី៖ បានបន្ថែម {added}។
មានរួចហើយ៖ {found}។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A provincial officer publishes their own province&apos;s plots: choose the province above.</source>
        <translation>មន្ត្រីខេត្តបោះផ្សាយតែក្បាលដីនៃខេត្តរបស់ខ្លួនប៉ុណ្ណោះ៖ សូមជ្រើសខេត្តខាងលើ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written.</source>
        <translation>គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../ui/background_task.py" line="+43"/>
        <source>Cancel</source>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>RasterLayer</name>
    <message>
        <location filename="../../layers/raster_layer.py" line="+204"/>
        <source>The raster {0} holds no valid data: every cell of band {1} is empty{2}, so nothing of it is drawn. Check that it is the right file, or that its nodata value is right.</source>
        <translation>រ៉ាស្ទ័រ {0} គ្មានទិន្នន័យត្រឹមត្រូវទេ៖ ក្រឡាទាំងអស់នៃប៉ុស្តិ៍ {1} សុទ្ធតែទទេ{2} ដូច្នេះគ្មានផ្នែកណាមួយរបស់វាត្រូវបានបង្ហាញទេ។ សូមពិនិត្យថាវាជាឯកសារត្រឹមត្រូវ ឬថាតម្លៃ nodata របស់វាត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>RGB</source>
        <translation>RGB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RGB (bands {0})</source>
        <translation>RGB (ប៉ុស្តិ៍ {0})</translation>
    </message>
</context>
<context>
    <name>RasterStyleDialog</name>
    <message>
        <location filename="../../ui/raster_style_dialog.py" line="+24"/>
        <source>Raster style: {0}</source>
        <translation>រចនាប័ទ្មរ៉ាស្ទ័រ៖ {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One band with a colour ramp</source>
        <translation>ប៉ុស្តិ៍មួយជាមួយជម្រាលពណ៌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red, green and blue bands (imagery)</source>
        <translation>ប៉ុស្តិ៍ក្រហម បៃតង និងខៀវ (រូបភាព)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Range from the data (2nd to 98th percentile)</source>
        <translation>ចន្លោះពីទិន្នន័យ (ភាគរយទី ២ ដល់ ៩៨)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hillshade (for elevation)</source>
        <translation>ស្រមោលភ្នំ (សម្រាប់កម្ពស់ដី)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>បង្ហាញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band</source>
        <translation>ប៉ុស្តិ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour ramp</source>
        <translation>ជម្រាលពណ៌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest value</source>
        <translation>តម្លៃទាបបំផុត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest value</source>
        <translation>តម្លៃខ្ពស់បំផុត</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red band</source>
        <translation>ប៉ុស្តិ៍ក្រហម</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green band</source>
        <translation>ប៉ុស្តិ៍បៃតង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue band</source>
        <translation>ប៉ុស្តិ៍ខៀវ</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../ui/record_table.py" line="+348"/>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}? You can undo this with Undo.</source>
        <translation>លុប {name}? អ្នកអាចមិនធ្វើវិញបានដោយប្រើ «មិនធ្វើវិញ»។</translation>
    </message>
</context>
<context>
    <name>RegisterController</name>
    <message>
        <location filename="../../ui/register_controller.py" line="+36"/>
        <source>The season shown on the map and in the panels</source>
        <translation>រដូវដែលបង្ហាញលើផែនទី និងក្នុងផ្ទាំងនានា</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plot</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Farmers</source>
        <translation>កសិករ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Providers</source>
        <translation>អ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extension events</source>
        <translation>ព្រឹត្តិការណ៍ផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Seasons…</source>
        <translation>រដូវ(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, rename or remove seasons</source>
        <translation>បន្ថែម ប្តូរឈ្មោះ ឬលុបរដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practice catalogue…</source>
        <translation>បញ្ជីការអនុវត្ត(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA practices plans can use</source>
        <translation>ការអនុវត្តកសិកម្មអភិរក្សដែលផែនការអាចប្រើបាន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply this plan to the selected plots</source>
        <translation>អនុវត្តផែនការនេះលើក្បាលដីដែលបានជ្រើស(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give every selected plot the plan shown in the plot panel</source>
        <translation>ផ្តល់ផែនការដែលបង្ហាញក្នុងផ្ទាំងក្បាលដី ដល់គ្រប់ក្បាលដីដែលបានជ្រើស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;doption summary…</source>
        <translation>សេចក្តីសង្ខេបការទទួលយក(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plots, hectares and farmers per practice</source>
        <translation>ក្បាលដី ហិកតា និងកសិករ តាមការអនុវត្តនីមួយៗ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Di&amp;ffusion…</source>
        <translation>ការរីករាលដាល(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How CA spreads per area: farmers who have adopted, the Bass model and the tipping point</source>
        <translation>របៀបដែលកសិកម្មអភិរក្សរីករាលដាលតាមតំបន់៖ កសិករដែលបានទទួលយក គំរូ Bass និងចំណុចរបត់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Target populations…</source>
        <translation>ចំនួនគោលដៅ(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The farm households of each area: the market potential of the diffusion model and the base of the share of adopters</source>
        <translation>គ្រួសារកសិករនៃតំបន់នីមួយៗ៖ សក្តានុពលទីផ្សារនៃគំរូការរីករាលដាល និងមូលដ្ឋាននៃភាគរយអ្នកទទួលយក</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service &amp;market…</source>
        <translation>ទីផ្សារសេវា(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What providers delivered per year, provider and season</source>
        <translation>សេវាដែលអ្នកផ្តល់សេវាបានផ្តល់ តាមឆ្នាំ អ្នកផ្តល់សេវា និងរដូវ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Season repor&amp;t…</source>
        <translation>របាយការណ៍រដូវ(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF for the annual meeting: adoption, diffusion, the market, trial results and events of a season, with its tables as Excel</source>
        <translation>ឯកសារ PDF សម្រាប់កិច្ចប្រជុំប្រចាំឆ្នាំ៖ ការទទួលយក ការរីករាលដាល ទីផ្សារ លទ្ធផលការសាកល្បង និងព្រឹត្តិការណ៍នៃរដូវមួយ ព្រមទាំងតារាងជា Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign villages to plots without one…</source>
        <translation>កំណត់ភូមិឱ្យក្បាលដីដែលគ្មានភូមិ(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give plots without a village (imported ones) the village of their nearest neighbour, so district filters and exports find them</source>
        <translation>ផ្តល់ភូមិនៃក្បាលដីជិតខាងបំផុត ដល់ក្បាលដីដែលគ្មានភូមិ (ក្បាលដីដែលបាននាំចូល) ដើម្បីឱ្យតម្រងស្រុក និងការនាំចេញរកឃើញក្បាលដីទាំងនោះ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field f&amp;orms…</source>
        <translation>សំណុំបែបបទចុះវាល(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone forms of a season for ODK Collect or KoboCollect, with the lists of plots and villages they read</source>
        <translation>សំណុំបែបបទទូរស័ព្ទនៃរដូវមួយសម្រាប់ ODK Collect ឬ KoboCollect ជាមួយបញ្ជីក្បាលដី និងភូមិដែលវាអាន</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import field submissions…</source>
        <translation>នាំចូលទិន្នន័យពីទូរស័ព្ទ(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits, crop cuts, soil samples, events and new plots sent from the phones (an ODK Central or KoboToolbox export), checked first</source>
        <translation>ការចុះពិនិត្យ ការកាត់សំណាកដំណាំ សំណាកដី ព្រឹត្តិការណ៍ និងក្បាលដីថ្មីដែលផ្ញើពីទូរស័ព្ទ (ឯកសារនាំចេញពី ODK Central ឬ KoboToolbox) ត្រូវបានពិនិត្យជាមុនសិន</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Click the control plot of this demonstration plot on the map; click an empty spot to cancel.</source>
        <translation>ចុចលើក្បាលដីប្រៀបធៀបនៃក្បាលដីសាកល្បងបង្ហាញនេះលើផែនទី ចុចកន្លែងទំនេរដើម្បីបោះបង់។</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select the plots that get the plan shown in the plot panel.</source>
        <translation>ជ្រើសក្បាលដីដែលត្រូវទទួលផែនការដែលបង្ហាញក្នុងផ្ទាំងក្បាលដី។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan was given to {0} plots.</source>
        <translation>បានផ្តល់ផែនការដល់ក្បាលដី {0}។</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Assign villages</source>
        <translation>កំណត់ភូមិ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every plot has a village already.</source>
        <translation>ក្បាលដីទាំងអស់មានភូមិរួចហើយ។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} plots got the village of their nearest neighbour; Undo takes it back.</source>
        <translation>ក្បាលដី {0} បានទទួលភូមិនៃក្បាលដីជិតខាងបំផុតរបស់វា។ “មិនធ្វើវិញ” អាចដកការនេះចេញវិញ។</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Season report</source>
        <translation>របាយការណ៍រដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>The project has no season yet: add one (Register &gt; Seasons) first.</source>
        <translation>គម្រោងនេះមិនទាន់មានរដូវទេ៖ សូមបន្ថែមរដូវមួយ (បញ្ជី &gt; រដូវ) ជាមុនសិន។</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Field forms</source>
        <translation>សំណុំបែបបទចុះវាល</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import field submissions</source>
        <translation>នាំចូលទិន្នន័យពីទូរស័ព្ទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This project is open read-only: nothing can be imported into it.</source>
        <translation>គម្រោងនេះបើកសម្រាប់អានប៉ុណ្ណោះ៖ មិនអាចនាំចូលអ្វីបានទេ។</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="+26"/>
        <source>Preview and report</source>
        <translation>មើលជាមុន និងរបាយការណ៍</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import invalid shapes as repaired</source>
        <translation>នាំចូលរាងមិនត្រឹមត្រូវ ដែលបានជួសជុល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import features outside Cambodia too</source>
        <translation>នាំចូលធាតុនៅក្រៅកម្ពុជាផងដែរ</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Checking every feature…</source>
        <translation>កំពុងពិនិត្យធាតុនីមួយៗ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The features cannot be checked</source>
        <translation>មិនអាចពិនិត្យធាតុបានទេ</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0} features read: {1} will be imported, {2} will not.</source>
        <translation>បានអានធាតុ {0}៖ {1} នឹងត្រូវនាំចូល, {2} មិននាំចូល។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import {0} invalid shapes as repaired (area change {1:+.3f} ha)</source>
        <translation>នាំចូលរាងមិនត្រឹមត្រូវ {0} ដែលបានជួសជុល (ផ្ទៃដីប្រែប្រួល {1:+.3f} ហិកតា)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Import plots</source>
        <translation>នាំចូលក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} features are refused and will not be imported (the report says why). Import the other {1}?</source>
        <translation>ធាតុ {0} ត្រូវបានបដិសេធ ហើយនឹងមិនត្រូវនាំចូលទេ (របាយការណ៍ប្រាប់មូលហេតុ)។ នាំចូល {1} ផ្សេងទៀតឬ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing the plots…</source>
        <translation>កំពុងសរសេរក្បាលដី…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was imported</source>
        <translation>គ្មានអ្វីត្រូវបាននាំចូលទេ</translation>
    </message>
</context>
<context>
    <name>ReshapeTool</name>
    <message>
        <location filename="../../ui/tools/reshape.py" line="+21"/>
        <source>Reshape plot</source>
        <translation>កែព្រំក្បាលដី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw a new stretch of a plot boundary, starting and ending on it.</source>
        <translation>គូរផ្នែកថ្មីនៃព្រំក្បាលដី ដោយចាប់ផ្ដើម និងបញ្ចប់នៅលើព្រំនោះ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click on a plot boundary where the new stretch starts.</source>
        <translation>ចុចលើព្រំក្បាលដី ត្រង់កន្លែងដែលផ្នែកថ្មីចាប់ផ្ដើម។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the next point; end on the boundary with a double-click or Enter; Backspace removes the last point; Esc cancels.</source>
        <translation>ចុចលើចំណុចបន្ទាប់។ បញ្ចប់នៅលើព្រំដោយចុចពីរដង ឬ Enter Backspace លុបចំណុចចុងក្រោយ Esc បោះបង់។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start the new stretch on the boundary of the plot to reshape.</source>
        <translation>ចាប់ផ្ដើមផ្នែកថ្មីនៅលើព្រំនៃក្បាលដីដែលត្រូវកែ។</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Draw the new stretch with at least two points, ending on the boundary.</source>
        <translation>គូរផ្នែកថ្មីដោយមានយ៉ាងហោចណាស់ពីរចំណុច ហើយបញ្ចប់នៅលើព្រំ។</translation>
    </message>
</context>
<context>
    <name>RestorePlots</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="-131"/>
        <source>The plot {code} cannot be restored: another plot has the code {code} now. Change that plot&apos;s code first. Nothing was restored.</source>
        <translation>មិនអាចស្ដារក្បាលដី {code} វិញបានទេ៖ ឥឡូវនេះក្បាលដីមួយផ្សេងទៀតមានលេខកូដ {code}។ សូមប្ដូរលេខកូដរបស់ក្បាលដីនោះជាមុនសិន។ គ្មានអ្វីត្រូវបានស្ដារវិញទេ។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the season {label}</source>
        <translation>រដូវ {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the practice {label}</source>
        <translation>ការអនុវត្ត {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service provider {label}</source>
        <translation>អ្នកផ្តល់សេវា {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the farmer {label}</source>
        <translation>កសិករ {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the trial {label}</source>
        <translation>ការសាកល្បង {label}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the extension event {label}</source>
        <translation>ព្រឹត្តិការណ៍ផ្សព្វផ្សាយ {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plot {code} cannot be restored: {what}, which it refers to, was deleted since. Nothing was restored.</source>
        <translation>មិនអាចស្ដារក្បាលដី {code} វិញបានទេ៖ {what} ដែលវាយោងទៅ ត្រូវបានលុបតាំងពីពេលនោះមក។ គ្មានអ្វីត្រូវបានស្ដារវិញទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This plot is not a deleted plot of the register (it may have been restored already). Nothing was restored.</source>
        <translation>ក្បាលដីនេះមិនមែនជាក្បាលដីដែលបានលុបពីបញ្ជីទេ (ប្រហែលជាវាត្រូវបានស្ដារវិញរួចហើយ)។ គ្មានអ្វីត្រូវបានស្ដារវិញទេ។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The plot {code} was restored.</source>
        <translation>ក្បាលដី {code} ត្រូវបានស្ដារវិញ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plot {code} was restored with its records ({records}).</source>
        <translation>ក្បាលដី {code} ត្រូវបានស្ដារវិញ ព្រមទាំងកំណត់ត្រារបស់វា ({records})។</translation>
    </message>
</context>
<context>
    <name>ResultsImportDialog</name>
    <message>
        <location filename="../../ui/results_import_dialog.py" line="+72"/>
        <source>Import soil results</source>
        <translation>នាំចូលលទ្ធផលសំណាកដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import yield results</source>
        <translation>នាំចូលលទ្ធផលទិន្នផល</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A CSV or Excel (.xlsx) file</source>
        <translation>ឯកសារ CSV ឬ Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file...</source>
        <translation>ជ្រើសឯកសារ... (&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>ឯកសារ៖</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet:</source>
        <translation>សន្លឹក៖</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which column holds each field:</source>
        <translation>ជួរឈរណាមានព័ត៌មាននីមួយៗ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>វាល</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>ជួរឈរ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview (problems in red, yields to check in yellow; point at a cell to read the problem):</source>
        <translation>មើលជាមុន (បញ្ហាជាពណ៌ក្រហម ទិន្នផលដែលត្រូវពិនិត្យជាពណ៌លឿង; ដាក់ព្រួញលើក្រឡាដើម្បីអានបញ្ហា)៖</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import the rows without problems (rows with problems are skipped)</source>
        <translation>នាំចូលជួរដេកដែលគ្មានបញ្ហា (រំលងជួរដេកដែលមានបញ្ហា)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I checked the values outside the plausible range: import them as they are</source>
        <translation>ខ្ញុំបានពិនិត្យតម្លៃក្រៅចន្លោះសមហេតុផលហើយ៖ នាំចូលដូចដែលមាន</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>នាំចូល (&amp;I)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plot code</source>
        <translation>លេខកូដក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Season</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling date</source>
        <translation>កាលបរិច្ឆេទយកសំណាក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth from (cm)</source>
        <translation>ជម្រៅពី (សម)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth to (cm)</source>
        <translation>ជម្រៅដល់ (សម)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>វិធីសាស្ត្រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laboratory</source>
        <translation>មន្ទីរពិសោធន៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop</source>
        <translation>ដំណាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvest date</source>
        <translation>ថ្ងៃប្រមូលផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample area (m²)</source>
        <translation>ផ្ទៃសំណាក (m²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh weight (kg)</source>
        <translation>ទម្ងន់ស្រស់ (គីឡូក្រាម)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moisture (%)</source>
        <translation>សំណើម (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour (person-days)</source>
        <translation>កម្លាំងពលកម្ម (ថ្ងៃ-មនុស្ស)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input costs (riel/ha)</source>
        <translation>ថ្លៃធាតុចូល (រៀល/ha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service costs (riel/ha)</source>
        <translation>ថ្លៃសេវា (រៀល/ha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price (riel/kg)</source>
        <translation>តម្លៃលក់ (រៀល/kg)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a results file</source>
        <translation>ជ្រើសឯកសារលទ្ធផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>តារាង (*.csv *.xlsx);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(not in the file)</source>
        <translation>(មិនមានក្នុងឯកសារ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column {n}</source>
        <translation>ជួរឈរ {n}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Problems</source>
        <translation>បញ្ហា</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Store implausible yields ({n} rows)</source>
        <translation>រក្សាទុកទិន្នផលដែលមិនសមហេតុផល (ជួរដេក {n})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{ready} rows ready, {bad} with problems</source>
        <translation>ជួរដេក {ready} រួចរាល់ ជួរដេក {bad} មានបញ្ហា</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} rows have problems. Correct the file, or tick &quot;Import the rows without problems&quot; to skip them.</source>
        <translation>ជួរដេក {n} មានបញ្ហា។ សូមកែឯកសារ ឬធីក &quot;នាំចូលជួរដេកដែលគ្មានបញ្ហា&quot; ដើម្បីរំលងពួកវា។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No row can be imported.</source>
        <translation>គ្មានជួរដេកណាអាចនាំចូលបានទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import {n} soil samples</source>
        <translation>នាំចូលសំណាកដី {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import {n} yield records</source>
        <translation>នាំចូលកំណត់ត្រាទិន្នផល {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was imported: {error}</source>
        <translation>មិនបាននាំចូលអ្វីទេ៖ {error}</translation>
    </message>
</context>
<context>
    <name>SeasonManagerDialog</name>
    <message>
        <location filename="../../ui/season_manager.py" line="+54"/>
        <source>Seasons</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Year</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Start</source>
        <translation>ចាប់ផ្តើម</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>End</source>
        <translation>បញ្ចប់</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>e.g. 2025 early wet (empty: made from year and kind)</source>
        <translation>ទុកទទេ៖ បង្កើតពីឆ្នាំ និងប្រភេទ (ឧ. រដូវវស្សាដើម 2025)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+64"/>
        <source>Add season</source>
        <translation>បន្ថែមរដូវ</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Save changes</source>
        <translation>រក្សាទុកការកែប្រែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>Delete season</source>
        <translation>លុបរដូវ</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Add a year&apos;s seasons</source>
        <translation>បន្ថែមរដូវទាំងអស់នៃឆ្នាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early wet, main wet and dry season of the year, with the usual dates</source>
        <translation>រដូវវស្សាដើម រដូវវស្សាធំ និងរដូវប្រាំងនៃឆ្នាំ ជាមួយកាលបរិច្ឆេទធម្មតា</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Early wet</source>
        <translation>វស្សាដើម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main wet</source>
        <translation>វស្សាធំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry</source>
        <translation>ប្រាំង</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Change season</source>
        <translation>កែប្រែរដូវ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The seasons of {year} are already in the project.</source>
        <translation>រដូវនៃឆ្នាំ {year} មាននៅក្នុងគម្រោងរួចហើយ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the seasons of {year}</source>
        <translation>បន្ថែមរដូវនៃឆ្នាំ {year}</translation>
    </message>
</context>
<context>
    <name>SeasonReport</name>
    <message>
        <location filename="../../layers/season_report_words.py" line="+20"/>
        <source>Season report: {season}</source>
        <translation>របាយការណ៍រដូវ៖ {season}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conservation agriculture in the MetKasekor register ({name})</source>
        <translation>កសិកម្មអភិរក្សក្នុងបញ្ជីមិត្តកសិករ ({name})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records up to {date}</source>
        <translation>កំណត់ត្រារហូតដល់ {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>សេចក្តីសង្ខេប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The season&apos;s plots by practice</source>
        <translation>ក្បាលដីនៃរដូវតាមការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adoption</source>
        <translation>ការទទួលយក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adoption: a farmer field (not a demonstration or control plot) whose plan for the season has a conservation-agriculture practice done. Plans only planned are shown apart. Changes are against {previous}.</source>
        <translation>ការទទួលយក៖ ដីកសិករ (មិនមែនក្បាលដីសាកល្បងបង្ហាញ ឬក្បាលដីប្រៀបធៀបទេ) ដែលផែនការនៃរដូវបានធ្វើរួចនូវការអនុវត្តកសិកម្មអភិរក្ស។ ផែនការដែលគ្រាន់តែបានគ្រោង បង្ហាញដាច់ដោយឡែក។ ការប្រែប្រួលធៀបនឹង {previous}។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The register has no season a year earlier to compare with.</source>
        <translation>បញ្ជីនេះគ្មានរដូវនៅឆ្នាំមុនសម្រាប់ប្រៀបធៀបទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan of this season is done yet: its adoption is not known, and no change is shown.</source>
        <translation>មិនទាន់មានផែនការណាមួយនៃរដូវនេះធ្វើរួចទេ៖ ការទទួលយករបស់វាមិនទាន់ដឹង ហើយមិនបង្ហាញការប្រែប្រួលទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adoption by district</source>
        <translation>ការទទួលយកតាមស្រុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adoption by practice</source>
        <translation>ការទទួលយកតាមការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopting farmers by sex</source>
        <translation>កសិករដែលទទួលយកតាមភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early adopters and followers</source>
        <translation>អ្នកអនុវត្តដំបូង និងអ្នកអនុវត្តតាម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diffusion and the tipping point</source>
        <translation>ការរីករាលដាល និងចំណុចរបត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmers who have adopted so far, the Bass model fitted to them (innovation p, imitation q) and the year adopters pass the tipping point, {threshold} of the target population.</source>
        <translation>កសិករដែលបានទទួលយករហូតមកដល់ពេលនេះ គំរូ Bass ដែលបានផ្គូផ្គងនឹងពួកគេ (ការច្នៃប្រឌិត p ការយកតម្រាប់ q) និងឆ្នាំដែលអ្នកទទួលយកឆ្លងកាត់ចំណុចរបត់ គឺ {threshold} នៃប្រជាជនគោលដៅ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No target population is entered: shares are of the register&apos;s own farmers, which run far higher than shares of the farm households.</source>
        <translation>មិនទាន់បញ្ចូលប្រជាជនគោលដៅទេ៖ ភាគរយគិតលើកសិករក្នុងបញ្ជីផ្ទាល់ ដែលខ្ពស់ជាងភាគរយនៃគ្រួសារកសិករឆ្ងាយណាស់។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service market</source>
        <translation>ទីផ្សារសេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services delivered in {year} (done plans naming a provider); bookings not yet done are counted apart.</source>
        <translation>សេវាដែលបានផ្តល់ក្នុងឆ្នាំ {year} (ផែនការដែលធ្វើរួច ហើយមានឈ្មោះអ្នកផ្តល់សេវា)៖ ការកក់ដែលមិនទាន់ធ្វើ រាប់ដាច់ដោយឡែក។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services by provider</source>
        <translation>សេវាតាមអ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial results</source>
        <translation>លទ្ធផលការសាកល្បង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conservation agriculture (CA) minus farmer practice (FP) on the paired plots of each trial: mean difference, 95% confidence interval and p.</source>
        <translation>កសិកម្មអភិរក្ស (CA) ដក ការអនុវត្តរបស់កសិករ (FP) លើក្បាលដីជាគូនៃការសាកល្បងនីមួយៗ៖ ភាពខុសគ្នាមធ្យម ចន្លោះជឿជាក់ 95% និងតម្លៃ p។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extension events</source>
        <translation>ព្រឹត្តិការណ៍ផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing recorded in this season.</source>
        <translation>គ្មានអ្វីត្រូវបានកត់ត្រាក្នុងរដូវនេះទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>សរុប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tables of this report are also in {file}.</source>
        <translation>តារាងនៃរបាយការណ៍នេះក៏មាននៅក្នុង {file} ដែរ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{farmers} farmers ({women} women, {men} men) adopted CA on {plots} plots, {hectares} ha.</source>
        <translation>កសិករ {farmers} នាក់ (ស្ត្រី {women} នាក់ បុរស {men} នាក់) បានទទួលយកកសិកម្មអភិរក្សលើក្បាលដី {plots} ក្បាល ទំហំ {hectares} ហិកតា។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A year earlier: {change_plots} plots, {change_hectares} ha.</source>
        <translation>ធៀបនឹងឆ្នាំមុន៖ ក្បាលដី {change_plots} ក្បាល {change_hectares} ហិកតា។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{planned} more farmer fields have CA planned, not yet done.</source>
        <translation>ដីកសិករ {planned} ទៀតមានគ្រោងអនុវត្តកសិកម្មអភិរក្ស ប៉ុន្តែមិនទាន់ធ្វើ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{past} of {districts} districts have passed the tipping point; {expected} more are expected to pass it.</source>
        <translation>ស្រុក {past} ក្នុងចំណោម {districts} បានឆ្លងកាត់ចំណុចរបត់ ហើយស្រុក {expected} ទៀតត្រូវបានរំពឹងថានឹងឆ្លងកាត់។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{providers} providers delivered {services} services on {hectares} ha, for {fees} riel in fees.</source>
        <translation>អ្នកផ្តល់សេវា {providers} បានផ្តល់សេវា {services} លើដី {hectares} ហិកតា ថ្លៃសេវាសរុប {fees} រៀល។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{events} extension events with {women} women and {men} men attending.</source>
        <translation>ព្រឹត្តិការណ៍ផ្សព្វផ្សាយ {events} ដែលមានស្ត្រី {women} នាក់ និងបុរស {men} នាក់ចូលរួម។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{comparisons} trial comparisons, {significant} of them significant (p &lt; 0.05).</source>
        <translation>ការប្រៀបធៀបការសាកល្បង {comparisons} ក្នុងនោះ {significant} មានន័យស្ថិតិ (p &lt; 0.05)។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>District</source>
        <translation>ស្រុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune</source>
        <translation>ឃុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice</source>
        <translation>ការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>Farmers</source>
        <translation>កសិករ</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Women</source>
        <translation>ស្ត្រី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>បុរស</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+91"/>
        <source>Plots</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Hectares</source>
        <translation>ហិកតា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned plots</source>
        <translation>ក្បាលដីបានគ្រោង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plots a year earlier</source>
        <translation>ក្បាលដីឆ្នាំមុន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change in plots</source>
        <translation>ការប្រែប្រួលក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change in hectares</source>
        <translation>ការប្រែប្រួលហិកតា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target households</source>
        <translation>គ្រួសារគោលដៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of target</source>
        <translation>ភាគរយនៃគោលដៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target source</source>
        <translation>ប្រភពគោលដៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmers planning</source>
        <translation>កសិករដែលគ្រោង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmers a year earlier</source>
        <translation>កសិករឆ្នាំមុន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopters</source>
        <translation>អ្នកទទួលយក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopting for the first time</source>
        <translation>ទទួលយកជាលើកដំបូង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demonstration farmers</source>
        <translation>កសិករបង្ហាញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early adopters</source>
        <translation>អ្នកអនុវត្តដំបូង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followers</source>
        <translation>អ្នកអនុវត្តតាម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recorded</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All CA practices (each plot once)</source>
        <translation>ការអនុវត្តកសិកម្មអភិរក្សទាំងអស់ (ក្បាលដីនីមួយៗរាប់តែម្តង)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (not CA)</source>
        <translation>{name} (មិនមែនកសិកម្មអភិរក្ស)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopted so far</source>
        <translation>បានទទួលយករហូតមកដល់ពេលនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>ភាគរយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipping point</source>
        <translation>ចំណុចរបត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed in {year}</source>
        <translation>បានឆ្លងកាត់នៅឆ្នាំ {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected in {year}</source>
        <translation>រំពឹងថានៅឆ្នាំ {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too few seasons to say</source>
        <translation>រដូវតិចពេកមិនអាចនិយាយបាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not within 30 years</source>
        <translation>មិនដល់ក្នុងរយៈពេល 30 ឆ្នាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Providers</source>
        <translation>អ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>អ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries</source>
        <translation>សេវាបានផ្តល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fees (riel)</source>
        <translation>ថ្លៃសេវា (រៀល)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New providers</source>
        <translation>អ្នកផ្តល់សេវាថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat customers</source>
        <translation>អតិថិជនទិញម្តងទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings not done</source>
        <translation>ការកក់មិនទាន់ធ្វើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial</source>
        <translation>ការសាកល្បង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>រង្វាស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>ឯកតា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs</source>
        <translation>ចំនួនគូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean CA</source>
        <translation>មធ្យម CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean FP</source>
        <translation>មធ្យម FP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA − FP</source>
        <translation>ខុសគ្នា CA − FP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% CI</source>
        <translation>ចន្លោះជឿជាក់ 95%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p</source>
        <translation>តម្លៃ p</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>ដំណាក់កាល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>ទីកន្លែង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>ការចូលរួម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Season</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>តំបន់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmers served</source>
        <translation>កសិករបានទទួលសេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no village</source>
        <translation>គ្មានភូមិ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target population</source>
        <translation>ប្រជាជនគោលដៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sum of smaller areas</source>
        <translation>ផលបូកនៃតំបន់តូចៗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>register farmers</source>
        <translation>កសិករក្នុងបញ្ជី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopting plots by district, against a year earlier</source>
        <translation>ក្បាលដីដែលទទួលយកតាមស្រុក ធៀបនឹងឆ្នាំមុន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This season</source>
        <translation>រដូវនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year earlier</source>
        <translation>ឆ្នាំមុន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data</source>
        <translation>គ្មានទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Farmers who have adopted</source>
        <translation>កសិករដែលបានទទួលយក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bass model</source>
        <translation>គំរូ Bass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projection</source>
        <translation>ការព្យាករ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% band</source>
        <translation>ចន្លោះ 95%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target population: {m} farm households</source>
        <translation>ប្រជាជនគោលដៅ៖ គ្រួសារកសិករ {m}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmers in the register: {m}</source>
        <translation>កសិករក្នុងបញ្ជី៖ {m}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipping point: {share} of {m} = {n} farmers</source>
        <translation>ចំណុចរបត់៖ {share} នៃ {m} = កសិករ {n} នាក់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tipping point expected in {year}</source>
        <translation>ចំណុចរបត់រំពឹងថានៅឆ្នាំ {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipping point passed in {year}</source>
        <translation>ចំណុចរបត់បានឆ្លងកាត់នៅឆ្នាំ {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too few seasons to say</source>
        <translation>រដូវតិចពេកមិនអាចនិយាយបាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No target population to fit the model to</source>
        <translation>គ្មានប្រជាជនគោលដៅសម្រាប់ផ្គូផ្គងគំរូ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No adoption recorded</source>
        <translation>មិនមានការទទួលយកត្រូវបានកត់ត្រាទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA compared with farmer practice</source>
        <translation>កសិកម្មអភិរក្សធៀបនឹងការអនុវត្តរបស់កសិករ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA − FP in % of the FP mean (bar: mean difference; whisker: its 95% CI)</source>
        <translation>CA − FP គិតជា % នៃមធ្យម FP (របារ៖ ភាពខុសគ្នាមធ្យម បន្ទាត់៖ ចន្លោះជឿជាក់ 95%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{pct:+.0f}% (p {p})</source>
        <translation>{pct:+.0f}% (តម្លៃ p {p})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no positive FP mean</source>
        <translation>មធ្យម FP មិនវិជ្ជមាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA higher</source>
        <translation>កសិកម្មអភិរក្សខ្ពស់ជាង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA lower</source>
        <translation>កសិកម្មអភិរក្សទាបជាង</translation>
    </message>
</context>
<context>
    <name>SeasonReportDialog</name>
    <message>
        <location filename="../../ui/season_report_dialog.py" line="+44"/>
        <location line="+45"/>
        <location line="+71"/>
        <source>Season report</source>
        <translation>របាយការណ៍រដូវ</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>The tipping point as a share of the target population: innovators and early adopters make about 16% (Rogers)</source>
        <translation>ចំណុចរបត់ជាភាគរយនៃប្រជាជនគោលដៅ៖ អ្នកច្នៃប្រឌិត និងអ្នកអនុវត្តដំបូងមានប្រហែល 16% (Rogers)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>រកមើល…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Season</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the report</source>
        <translation>ភាសានៃរបាយការណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tipping point</source>
        <translation>ចំណុចរបត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File (.pdf)</source>
        <translation>ឯកសារ (.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PDF document (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Writing the season report…</source>
        <translation>កំពុងសរសេររបាយការណ៍រដូវ…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Season report cancelled; nothing was written.</source>
        <translation>បានបោះបង់របាយការណ៍រដូវ គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the season report</source>
        <translation>មិនអាចសរសេររបាយការណ៍រដូវបានទេ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report is written to {pdf}; its tables are in {xlsx}.</source>
        <translation>របាយការណ៍ត្រូវបានសរសេរទៅ {pdf} ហើយតារាងរបស់វានៅក្នុង {xlsx}។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>បើក</translation>
    </message>
</context>
<context>
    <name>SeasonSelector</name>
    <message>
        <location filename="../../ui/season_manager.py" line="+12"/>
        <source>The season whose plans are shown and edited</source>
        <translation>រដូវដែលផែនការត្រូវបង្ហាញ និងកែប្រែ</translation>
    </message>
</context>
<context>
    <name>SeasonWords</name>
    <message>
        <location filename="../../layers/season_words.py" line="+25"/>
        <source>{year} early wet</source>
        <translation>រដូវវស្សាដើម {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year} main wet</source>
        <translation>រដូវវស្សាធំ {year}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year} dry</source>
        <translation>រដូវប្រាំង {year}</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <location filename="../../ui/tools/select.py" line="+18"/>
        <source>Select plots</source>
        <translation>ជ្រើសរើសក្បាលដី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a plot to select it; Ctrl+click adds or removes a plot.</source>
        <translation>ចុចលើក្បាលដីដើម្បីជ្រើសរើសវា។ Ctrl+ចុច ដើម្បីបន្ថែម ឬដកក្បាលដីចេញពីការជ្រើសរើស។</translation>
    </message>
</context>
<context>
    <name>ShapePreview</name>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="-320"/>
        <source>The register</source>
        <translation>បញ្ជី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This copy</source>
        <translation>ច្បាប់ចម្លងនេះ</translation>
    </message>
</context>
<context>
    <name>SoilSampleDialog</name>
    <message>
        <location filename="../../ui/soil_sample_dialog.py" line="+71"/>
        <source>Add soil sample of plot {code}</source>
        <translation>បន្ថែមសំណាកដីនៃក្បាលដី {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit soil sample of plot {code}</source>
        <translation>កែសំណាកដីនៃក្បាលដី {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab panel</source>
        <translation>ការវិភាគមន្ទីរពិសោធន៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-field kit (Biofunctool-style)</source>
        <translation>ឧបករណ៍វាស់នៅវាល (បែប Biofunctool)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no season)</source>
        <translation>(គ្មានរដូវ)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Walkley-Black, Biofunctool</source>
        <translation>ឧ. Walkley-Black, Biofunctool</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no unit</source>
        <translation>គ្មានឯកតា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plausible range: {low}-{high} {unit}</source>
        <translation>ចន្លោះសមហេតុផល៖ {low}-{high} {unit}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I checked this value</source>
        <translation>ខ្ញុំបានពិនិត្យតម្លៃនេះហើយ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template</source>
        <translation>គំរូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Season</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth from</source>
        <translation>ជម្រៅពី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth to</source>
        <translation>ជម្រៅដល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>វិធីសាស្ត្រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laboratory</source>
        <translation>មន្ទីរពិសោធន៍</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{name} {value} {unit} is outside the plausible range {low}-{high} {unit}.</source>
        <translation>{name} {value} {unit} នៅក្រៅចន្លោះសមហេតុផល {low}-{high} {unit}។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add soil sample</source>
        <translation>បន្ថែមសំណាកដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change soil sample</source>
        <translation>កែសំណាកដី</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check the values outside their plausible range; if they are right, tick “I checked this value”.</source>
        <translation>សូមពិនិត្យតម្លៃដែលនៅក្រៅចន្លោះសមហេតុផល។ បើត្រឹមត្រូវ សូមធីក “ខ្ញុំបានពិនិត្យតម្លៃនេះហើយ”។</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../ui/import_pages.py" line="-235"/>
        <source>File</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file itself is never changed.</source>
        <translation>ឯកសារដើមមិនត្រូវបានកែប្រែឡើយ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Readable: {0}; a zip may hold any of them.</source>
        <translation>អាចអានបាន៖ {0}; ឯកសារ zip អាចមានឯកសារណាមួយក្នុងចំណោមនេះ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse…</source>
        <translation>រកមើល…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the attribute text is stored; choose the one whose sample reads right</source>
        <translation>របៀបដែលអត្ថបទគុណលក្ខណៈត្រូវបានរក្សាទុក; ជ្រើសរើសមួយដែលគំរូអានបានត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The column whose value says which plot each point belongs to: the points of one plot, in row order, are joined into its boundary</source>
        <translation>ជួរឈរដែលតម្លៃរបស់វាបញ្ជាក់ថាចំណុចនីមួយៗជារបស់ក្បាលដីណា៖ ចំណុចនៃក្បាលដីតែមួយ ត្រូវបានភ្ជាប់ទៅជាព្រំដីរបស់វា តាមលំដាប់ជួរដេក</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import what is there although records are missing</source>
        <translation>នាំចូលអ្វីដែលមាន ទោះបីជាកំណត់ត្រាខ្លះបាត់ក៏ដោយ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>ឯកសារ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer:</source>
        <translation>ស្រទាប់៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text encoding:</source>
        <translation>ការអ៊ិនកូដអត្ថបទ៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plot-code column (joins the points):</source>
        <translation>ជួរឈរលេខកូដក្បាលដី (ភ្ជាប់ចំណុច)៖</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import plots from</source>
        <translation>នាំចូលក្បាលដីពី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All readable files</source>
        <translation>ឯកសារទាំងអស់ដែលអាចអានបាន</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files</source>
        <translation>ឯកសារទាំងអស់</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0} ({1} features, {2})</source>
        <translation>{0} (ធាតុ {1}, {2})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(none: the rows are not joined)</source>
        <translation>(គ្មាន៖ ជួរដេកមិនត្រូវបានភ្ជាប់ទេ)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>As the file says (or UTF-8)</source>
        <translation>តាមឯកសារបញ្ជាក់ (ឬ UTF-8)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>As the file says ({0})</source>
        <translation>តាមឯកសារបញ្ជាក់ ({0})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the plot-code column</source>
        <translation>ជ្រើសជួរឈរលេខកូដក្បាលដី</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading {0}…</source>
        <translation>កំពុងអាន {0}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>The file cannot be read</source>
        <translation>មិនអាចអានឯកសារបានទេ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to import</source>
        <translation>គ្មានអ្វីត្រូវនាំចូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This layer holds no features.</source>
        <translation>ស្រទាប់នេះគ្មានធាតុទេ។</translation>
    </message>
</context>
<context>
    <name>SplitPlotTool</name>
    <message>
        <location filename="../../ui/tools/split_plot.py" line="+24"/>
        <source>Split plot</source>
        <translation>បំបែកក្បាលដី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click the plot to split, then draw a line across it.</source>
        <translation>ចុចលើក្បាលដីដែលត្រូវបំបែក រួចគូរបន្ទាត់កាត់ឆ្លងវា។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click the plot to split.</source>
        <translation>ចុចលើក្បាលដីដែលត្រូវបំបែក។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click outside the plot where the dividing line starts.</source>
        <translation>ចុចនៅខាងក្រៅក្បាលដី ត្រង់កន្លែងដែលបន្ទាត់ចែកចាប់ផ្ដើម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the next point of the line; double-click or Enter ends it outside the plot; Backspace removes the last point; Esc cancels.</source>
        <translation>ចុចលើចំណុចបន្ទាប់នៃបន្ទាត់។ ចុចពីរដង ឬ Enter បញ្ចប់វានៅខាងក្រៅក្បាលដី Backspace លុបចំណុចចុងក្រោយ Esc បោះបង់។</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Draw the dividing line with at least two points, from outside the plot across it to the other side.</source>
        <translation>គូរបន្ទាត់ចែកដោយមានយ៉ាងហោចណាស់ពីរចំណុច ពីខាងក្រៅក្បាលដី កាត់ឆ្លងទៅម្ខាងទៀត។</translation>
    </message>
</context>
<context>
    <name>SubmissionsDialog</name>
    <message>
        <location filename="../../layers/submission_command.py" line="+87"/>
        <location filename="../../ui/submissions_dialog.py" line="+114"/>
        <source>Import field submissions</source>
        <translation>នាំចូលទិន្នន័យពីទូរស័ព្ទ</translation>
    </message>
    <message>
        <location filename="../../ui/submissions_dialog.py" line="+3"/>
        <source>Choose the submissions downloaded from ODK Central (the CSV zip, or its main CSV) or from KoboToolbox (XLSX or CSV). They are checked against the register before anything is written; submissions imported before are not imported twice.</source>
        <translation>សូមជ្រើសទិន្នន័យដែលបានទាញយកពី ODK Central (ឯកសារ CSV zip ឬ CSV មេរបស់វា) ឬពី KoboToolbox (XLSX ឬ CSV)។ ពួកវាត្រូវបានពិនិត្យធៀបនឹងបញ្ជីមុននឹងសរសេរអ្វីទាំងអស់ ទិន្នន័យដែលបាននាំចូលពីមុនមិនត្រូវនាំចូលពីរដងទេ។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An ODK Central or KoboToolbox export</source>
        <translation>ឯកសារនាំចេញពី ODK Central ឬ KoboToolbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>ជ្រើសឯកសារ(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File:</source>
        <translation>ឯកសារ៖</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every problem</source>
        <translation>បញ្ហាទាំងអស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+159"/>
        <source>Refused</source>
        <translation>បានបដិសេធ</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+158"/>
        <source>Already imported</source>
        <translation>បាននាំចូលរួចហើយ</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Show only the lines of one kind</source>
        <translation>បង្ហាញតែជួរនៃប្រភេទមួយ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CS&amp;V…</source>
        <translation>នាំចេញ CSV(&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Excel…</source>
        <translation>នាំចេញ Excel(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the lines shown, to correct them with the enumerators</source>
        <translation>រក្សាទុកជួរដែលបង្ហាញ ដើម្បីកែតម្រូវជាមួយអ្នកប្រមូលទិន្នន័យ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show:</source>
        <translation>បង្ហាញ៖</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+164"/>
        <source>Severity</source>
        <translation>កម្រិត</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+164"/>
        <source>Submission</source>
        <translation>ទិន្នន័យដាក់ស្នើ</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+164"/>
        <source>Form</source>
        <translation>សំណុំបែបបទ</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+165"/>
        <source>Field</source>
        <translation>វាល</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+164"/>
        <source>What is wrong</source>
        <translation>អ្វីដែលខុស</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+177"/>
        <source>&amp;Import</source>
        <translation>នាំចូល (&amp;I)</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Write the submissions without problems into the register; the refused ones are left out</source>
        <translation>សរសេរទិន្នន័យដែលគ្មានបញ្ហាចូលក្នុងបញ្ជី ទិន្នន័យដែលត្រូវបានបដិសេធមិនត្រូវបានសរសេរទេ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the submissions</source>
        <translation>ជ្រើសទិន្នន័យដាក់ស្នើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ODK Central or KoboToolbox exports (*.zip *.csv *.xlsx);;All files (*)</source>
        <translation>ឯកសារនាំចេញពី ODK Central ឬ KoboToolbox (*.zip *.csv *.xlsx);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading {file} and checking it against the register…</source>
        <translation>កំពុងអាន {file} និងពិនិត្យធៀបនឹងបញ្ជី…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{file} cannot be read:
{reasons}
Nothing was written.</source>
        <translation>មិនអាចអាន {file} បានទេ៖
{reasons}
គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check the lines below: the refused submissions are left out of the import; correct them on the server and download them again.</source>
        <translation>សូមពិនិត្យជួរខាងក្រោម៖ ទិន្នន័យដែលត្រូវបានបដិសេធមិនត្រូវបាននាំចូលទេ សូមកែតម្រូវវានៅលើម៉ាស៊ីនមេ ហើយទាញយកម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every new submission can be imported.</source>
        <translation>ទិន្នន័យថ្មីទាំងអស់អាចនាំចូលបាន។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every submission of {file} is already imported; there is nothing new to import.</source>
        <translation>ទិន្នន័យទាំងអស់នៃ {file} ត្រូវបាននាំចូលរួចហើយ គ្មានអ្វីថ្មីសម្រាប់នាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The submissions of {file} are already imported or refused; there is nothing new to import.</source>
        <translation>ទិន្នន័យនៃ {file} ត្រូវបាននាំចូលរួច ឬត្រូវបានបដិសេធ គ្មានអ្វីថ្មីសម្រាប់នាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No submission of {file} can be imported.</source>
        <translation>មិនអាចនាំចូលទិន្នន័យណាមួយនៃ {file} បានទេ។</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{file} holds the submissions of several forms. Which form do you import?</source>
        <translation>{file} មានទិន្នន័យនៃសំណុំបែបបទច្រើន។ តើអ្នកនាំចូលសំណុំបែបបទណា?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;{accepted}&lt;/b&gt; to import · &lt;b&gt;{known}&lt;/b&gt; already imported · &lt;b&gt;{refused}&lt;/b&gt; refused</source>
        <translation>&lt;b&gt;{accepted}&lt;/b&gt; ត្រូវនាំចូល · &lt;b&gt;{known}&lt;/b&gt; បាននាំចូលរួច · &lt;b&gt;{refused}&lt;/b&gt; បានបដិសេធ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In {source}</source>
        <translation>ក្នុង {source}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where in the file</source>
        <translation>ទីតាំងក្នុងឯកសារ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the review</source>
        <translation>នាំចេញលទ្ធផលពិនិត្យ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Import {n} submissions</source>
        <translation>នាំចូលទិន្នន័យ {n}(&amp;I)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Importing {n} submissions…</source>
        <translation>កំពុងនាំចូលទិន្នន័យ {n}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{imported}&lt;/b&gt; imported now · &lt;b&gt;{known}&lt;/b&gt; already imported · &lt;b&gt;{refused}&lt;/b&gt; refused</source>
        <translation>&lt;b&gt;{imported}&lt;/b&gt; បាននាំចូលឥឡូវ · &lt;b&gt;{known}&lt;/b&gt; បាននាំចូលរួច · &lt;b&gt;{refused}&lt;/b&gt; បានបដិសេធ</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>season plans</source>
        <translation>ផែនការតាមរដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yields</source>
        <translation>ទិន្នផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soil samples</source>
        <translation>សំណាកដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extension events</source>
        <translation>ព្រឹត្តិការណ៍ផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new plots</source>
        <translation>ក្បាលដីថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>farmers</source>
        <translation>កសិករ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>photos</source>
        <translation>រូបថត</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what}: {n}</source>
        <translation>{what}៖ {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written: {what}.</source>
        <translation>បានសរសេរ៖ {what}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>គ្មានអ្វីទេ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} were imported before and left as they are.</source>
        <translation>{n} ត្រូវបាននាំចូលពីមុន ហើយទុកដដែល។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} refused (listed above) were not imported.</source>
        <translation>{n} ដែលត្រូវបានបដិសេធ (បង្ហាញខាងលើ) មិនត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was written.</source>
        <translation>គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The work stopped on an unexpected error: {error}</source>
        <translation>ការងារបានឈប់ដោយសារកំហុសមិនរំពឹងទុក៖ {error}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/sync_controller.py" line="+47"/>
        <source>Make an offline cop&amp;y…</source>
        <translation>បង្កើតច្បាប់ចម្លងក្រៅបណ្តាញ(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a province or a district of the shared register into a file to work on without a connection</source>
        <translation>សរសេរខេត្ត ឬស្រុកមួយនៃបញ្ជីរួមទៅក្នុងឯកសារ ដើម្បីធ្វើការដោយគ្មានការតភ្ជាប់</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Synchronise</source>
        <translation>ធ្វើសមកាលកម្ម(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this offline copy&apos;s changes to the register and bring the register&apos;s</source>
        <translation>ផ្ញើការកែប្រែរបស់ច្បាប់ចម្លងក្រៅបណ្តាញនេះទៅបញ្ជី ហើយនាំការកែប្រែរបស់បញ្ជីមកវិញ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conf&amp;licts…</source>
        <translation>ការប៉ះទង្គិច(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this copy and the register both changed, to decide</source>
        <translation>អ្វីដែលទាំងច្បាប់ចម្លងនេះ និងបញ្ជីបានកែប្រែ ដែលអ្នកត្រូវសម្រេច</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Synchronised: sent {sent}; brought {brought}.</source>
        <translation>បានធ្វើសមកាលកម្ម៖ បានផ្ញើ {sent} និងបាននាំមក {brought}។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} conflicts are open (File &gt; Conflicts).</source>
        <translation>នៅសល់ការប៉ះទង្គិច {0} (ឯកសារ &gt; ការប៉ះទង្គិច)។</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../ui/sync_dialog.py" line="+23"/>
        <source>Synchronise with the shared register</source>
        <translation>ធ្វើសមកាលកម្មជាមួយបញ្ជីរួម</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The offline copy {copy} with the register {register}</source>
        <translation>ច្បាប់ចម្លងក្រៅបណ្តាញ {copy} ជាមួយបញ្ជី {register}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Conflicts…</source>
        <translation>ការប៉ះទង្គិច…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide the open conflicts</source>
        <translation>សម្រេចលើការប៉ះទង្គិចដែលនៅសល់</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synchronise again</source>
        <translation>ធ្វើសមកាលកម្មម្តងទៀត</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Synchronising {0} with the register…</source>
        <translation>កំពុងធ្វើសមកាលកម្ម {0} ជាមួយបញ្ជី…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An interrupted sync had reached the register; it was finished, not repeated.</source>
        <translation>សមកាលកម្មដែលត្រូវបានរំខាន បានទៅដល់បញ្ជីរួចហើយ៖ វាត្រូវបានបញ្ចប់ មិនមែនធ្វើឡើងវិញទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to synchronise: this copy and the register had no new changes.</source>
        <translation>គ្មានអ្វីត្រូវធ្វើសមកាលកម្មទេ៖ ច្បាប់ចម្លងនេះ និងបញ្ជី គ្មានការកែប្រែថ្មីទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Synchronised.</source>
        <translation>បានធ្វើសមកាលកម្មរួចរាល់។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sent to the register:</source>
        <translation>បានផ្ញើទៅបញ្ជី៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in the register:</source>
        <translation>បានលុបក្នុងបញ្ជី៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought from the register:</source>
        <translation>បាននាំមកពីបញ្ជី៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in this copy:</source>
        <translation>បានលុបក្នុងច្បាប់ចម្លងនេះ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged:</source>
        <translation>បានបញ្ចូលគ្នា៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} records with fields changed on both sides</source>
        <translation>កំណត់ត្រា {0} ដែលមានវាលត្រូវបានកែប្រែនៅភាគីទាំងពីរ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New conflicts:</source>
        <translation>ការប៉ះទង្គិចថ្មី៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open conflicts:</source>
        <translation>ការប៉ះទង្គិចនៅសល់៖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}: decide them with Conflicts…</source>
        <translation>{0}៖ សម្រេចវាដោយប្រើ «ការប៉ះទង្គិច…»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location line="-362"/>
        <source>both changed {column}</source>
        <translation>ភាគីទាំងពីរបានកែប្រែ {column}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed here, deleted in the register</source>
        <translation>បានកែប្រែនៅទីនេះ តែបានលុបក្នុងបញ្ជី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted here, changed in the register</source>
        <translation>បានលុបនៅទីនេះ តែបានកែប្រែក្នុងបញ្ជី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added here, but the register has a record with the same code or key (rename it here and sync again)</source>
        <translation>បានបន្ថែមនៅទីនេះ ប៉ុន្តែបញ្ជីមានកំណត់ត្រាដែលមានកូដ ឬកូដសម្គាល់ដូចគ្នា (ប្តូរកូដវានៅទីនេះ ហើយធ្វើសមកាលកម្មម្តងទៀត)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the register refused it: not in your provinces</source>
        <translation>បញ្ជីបានបដិសេធវា៖ មិនស្ថិតក្នុងខេត្តរបស់អ្នកទេ</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{record}: {what}</source>
        <translation>{record}៖ {what}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The register could not be reached: {0}. Nothing was changed; synchronise again when the connection is back.</source>
        <translation>មិនអាចចូលដល់បញ្ជីបានទេ៖ {0}។ គ្មានអ្វីត្រូវបានកែប្រែទេ។ សូមធ្វើសមកាលកម្មម្តងទៀតនៅពេលការតភ្ជាប់មកវិញ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronising again is safe: what reached either side is not applied twice.</source>
        <translation>ការធ្វើសមកាលកម្មម្តងទៀតមានសុវត្ថិភាព៖ អ្វីដែលបានទៅដល់ភាគីណាមួយរួចហើយ នឹងមិនត្រូវបានដាក់បញ្ចូលពីរដងទេ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The register {0} refused the password. Type it again:</source>
        <translation>បញ្ជី {0} បានបដិសេធពាក្យសម្ងាត់។ សូមវាយវាម្តងទៀត៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The register {0} asks for a password:</source>
        <translation>បញ្ជី {0} សុំពាក្យសម្ងាត់៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password of the shared register</source>
        <translation>ពាក្យសម្ងាត់នៃបញ្ជីរួម</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The whole register</source>
        <translation>បញ្ជីទាំងមូល</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../../ui/table_export_prompt.py" line="+24"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>សៀវភៅ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV table (*.csv)</source>
        <translation>តារាង CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The table could not be exported</source>
        <translation>មិនអាចនាំចេញតារាងបានទេ</translation>
    </message>
</context>
<context>
    <name>TargetForm</name>
    <message>
        <location filename="../../ui/target_forms.py" line="-67"/>
        <source>e.g. 0207</source>
        <translation>ឧ. 0207</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 digits a province, 4 a district, 6 a commune, 8 a village</source>
        <translation>2 ខ្ទង់សម្រាប់ខេត្ត 4 សម្រាប់ស្រុក 6 សម្រាប់ឃុំ 8 សម្រាប់ភូមិ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Commune database 2024</source>
        <translation>ឧ. មូលដ្ឋានទិន្នន័យឃុំ 2024</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Area code</source>
        <translation>លេខកូដតំបន់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>តំបន់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farm households</source>
        <translation>គ្រួសារកសិករ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>ប្រភព</translation>
    </message>
</context>
<context>
    <name>TargetPopulationsDialog</name>
    <message>
        <location filename="../../ui/target_populations_dialog.py" line="+80"/>
        <source>Target populations</source>
        <translation>ចំនួនគោលដៅ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The farm households of each area (from the commune database or the census). They are the market potential of the diffusion model and the base of the share of adopters; the tipping point is 16 % of them. An area without one takes the sum of the areas inside it, else the register&apos;s farmers.</source>
        <translation>គ្រួសារកសិករនៃតំបន់នីមួយៗ (ពីមូលដ្ឋានទិន្នន័យឃុំ ឬជំរឿន)។ ពួកវាជាសក្តានុពលទីផ្សារនៃគំរូការរីករាលដាល និងជាមូលដ្ឋាននៃភាគរយអ្នកទទួលយក ចំណុចរបត់គឺ 16 % នៃពួកវា។ តំបន់ដែលគ្មាន យកផលបូកនៃតំបន់នៅខាងក្នុងវា បើមិនដូច្នោះទេ យកកសិករក្នុងបញ្ជី។</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import table…</source>
        <translation>នាំចូលតារាង…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV or Excel table with a column of area codes (named area or code) and one of farm households (named households); it replaces the list</source>
        <translation>តារាង CSV ឬ Excel ដែលមានជួរឈរលេខកូដតំបន់ (ឈ្មោះ area ឬ code) និងជួរឈរគ្រួសារកសិករ (ឈ្មោះ households) វាជំនួសបញ្ជី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add…</source>
        <translation>បន្ថែម…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>កែ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the households and source of the selected area (Enter)</source>
        <translation>កែប្រែគ្រួសារ និងប្រភពនៃតំបន់ដែលបានជ្រើស (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected areas (Delete)</source>
        <translation>លុបតំបន់ដែលបានជ្រើស (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>នាំចេញ CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel (XLSX)…</source>
        <translation>នាំចេញ Excel (XLSX)…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area</source>
        <translation>តំបន់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>កម្រិត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farm households</source>
        <translation>គ្រួសារកសិករ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>ស្រុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune</source>
        <translation>ឃុំ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{n} areas have a target population</source>
        <translation>តំបន់ {n} មានប្រជាជនគោលដៅ</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The list shows what is stored now.</source>
        <translation>បញ្ជីបង្ហាញអ្វីដែលបានរក្សាទុកឥឡូវនេះ។</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{code} added.</source>
        <translation>បានបន្ថែម {code}។</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{code} changed.</source>
        <translation>បានកែប្រែ {code}។</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{n} areas deleted: {codes}.</source>
        <translation>បានលុបតំបន់ {n}៖ {codes}។</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The table holds the same {n} target populations as the project; nothing would change.</source>
        <translation>តារាងមានចំនួនគោលដៅ {n} ដូចគម្រោង គ្មានអ្វីផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replacing the list with this table: {added} added, {updated} changed, {deleted} removed, {same} the same.</source>
        <translation>ការជំនួសបញ្ជីដោយតារាងនេះ៖ បន្ថែម {added} កែប្រែ {updated} ដកចេញ {deleted} ដូចដើម {same}។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed: {codes}</source>
        <translation>ដកចេញ៖ {codes}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported: {added} added, {updated} changed, {deleted} removed, {same} the same.</source>
        <translation>បាននាំចូល៖ បន្ថែម {added} កែប្រែ {updated} ដកចេញ {deleted} ដូចដើម {same}។</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The table was not imported; nothing changed. {reason}</source>
        <translation>តារាងមិនត្រូវបាននាំចូលទេ គ្មានអ្វីផ្លាស់ប្តូរទេ។ {reason}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import target populations</source>
        <translation>នាំចូលចំនួនគោលដៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>តារាង (*.csv *.xlsx);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a target population</source>
        <translation>បន្ថែមប្រជាជនគោលដៅ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change the target population of {code}</source>
        <translation>កែប្រែប្រជាជនគោលដៅនៃ {code}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete target populations</source>
        <translation>លុបចំនួនគោលដៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the target populations of {n} areas: {codes}?</source>
        <translation>លុបចំនួនគោលដៅនៃតំបន់ {n}៖ {codes}?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the target populations</source>
        <translation>នាំចេញចំនួនគោលដៅ</translation>
    </message>
</context>
<context>
    <name>Thumbnail</name>
    <message>
        <location filename="../../ui/photo_strip.py" line="-83"/>
        <source>{name}
sent {date}</source>
        <translation>{name}
ផ្ញើនៅ {date}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot be read</source>
        <translation>មិនអាចអានបាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is there but is not a picture this program can read.</source>
        <translation>ឯកសារនៅទីនោះ ប៉ុន្តែមិនមែនជារូបភាពដែលកម្មវិធីនេះអាចអានបានទេ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>File missing</source>
        <translation>បាត់ឯកសារ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not in the project&apos;s media folder any more.</source>
        <translation>ឯកសារនេះលែងនៅក្នុងថតរូបភាពរបស់គម្រោងហើយ។</translation>
    </message>
</context>
<context>
    <name>TrialDialog</name>
    <message>
        <location filename="../../ui/trial_dialog.py" line="-16"/>
        <source>Paired demonstration / control</source>
        <translation>គូក្បាលដីសាកល្បងបង្ហាញ / ប្រៀបធៀប</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Randomised complete blocks</source>
        <translation>ប្លុកពេញលេញចៃដន្យ</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>New trial</source>
        <translation>ការសាកល្បងថ្មី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial {name}</source>
        <translation>ការសាកល្បង {name}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Plot</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Treatment</source>
        <translation>វិធីសាស្ត្រ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block / site</source>
        <translation>ប្លុក / ទីតាំង</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the plots selected on the map</source>
        <translation>បន្ថែមក្បាលដីដែលបានជ្រើសលើផែនទី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add plot…</source>
        <translation>បន្ថែមក្បាលដី…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design</source>
        <translation>ប្លង់ពិសោធន៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seasons</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plots of the trial</source>
        <translation>ក្បាលដីនៃការសាកល្បង</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select plots on the map first.</source>
        <translation>សូមជ្រើសក្បាលដីលើផែនទីជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Type a treatment for plot(s) {codes} (for example CA or FP).</source>
        <translation>វាយវិធីសាស្ត្រសម្រាប់ក្បាលដី {codes} (ឧទាហរណ៍ CA ឬ FP)។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add trial {name}</source>
        <translation>បន្ថែមការសាកល្បង {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change trial {name}</source>
        <translation>ផ្លាស់ប្តូរការសាកល្បង {name}</translation>
    </message>
</context>
<context>
    <name>TrialResultsDialog</name>
    <message>
        <location filename="../../ui/trial_results_dialog.py" line="+79"/>
        <source>Trial results: CA minus farmer practice</source>
        <translation>លទ្ធផលការសាកល្បង៖ កសិកម្មអភិរក្ស ដក ការអនុវត្តរបស់កសិករ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Follow the map selection</source>
        <translation>តាមការជ្រើសលើផែនទី</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export &amp;CSV…</source>
        <translation>នាំចេញ CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Excel…</source>
        <translation>នាំចេញ Excel(&amp;E)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trial:</source>
        <translation>ការសាកល្បង(&amp;T)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Season:</source>
        <translation>រដូវ(&amp;S)៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measure:</source>
        <translation>រង្វាស់(&amp;M)៖</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>All trials</source>
        <translation>ការសាកល្បងទាំងអស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All seasons</source>
        <translation>គ្រប់រដូវ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All measures</source>
        <translation>រង្វាស់ទាំងអស់</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No plots selected on the map: every trial is shown.</source>
        <translation>មិនបានជ្រើសក្បាលដីលើផែនទីទេ៖ បង្ហាញការសាកល្បងទាំងអស់។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trials with a plot selected on the map: {count}</source>
        <translation>ការសាកល្បងដែលមានក្បាលដីបានជ្រើសលើផែនទី៖ {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These trials could not be compared: {names}</source>
        <translation>មិនអាចប្រៀបធៀបការសាកល្បងទាំងនេះបានទេ៖ {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No results yet: no trial has yields or soil samples of both its CA and its FP plots in a season.</source>
        <translation>មិនទាន់មានលទ្ធផលទេ៖ គ្មានការសាកល្បងណាមានទិន្នផល ឬសំណាកដីនៃក្បាលដី CA និងក្បាលដី FP ទាំងពីរក្នុងរដូវតែមួយទេ។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No results match the filters.</source>
        <translation>គ្មានលទ្ធផលត្រូវនឹងតម្រងទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bold: a difference with p &lt; 0.05.</source>
        <translation>អក្សរដិត៖ ភាពខុសគ្នាដែលមាន p &lt; 0.05។</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSV files (*.csv)</source>
        <translation>ឯកសារ CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>សៀវភៅ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export trial results</source>
        <translation>នាំចេញលទ្ធផលការសាកល្បង</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The trial results could not be exported</source>
        <translation>មិនអាចនាំចេញលទ្ធផលការសាកល្បងបានទេ</translation>
    </message>
</context>
<context>
    <name>TrialResultsModel</name>
    <message>
        <location filename="../../ui/trial_results_model.py" line="+74"/>
        <source>Trial</source>
        <translation>ការសាកល្បង</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Season</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Measure</source>
        <translation>រង្វាស់</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>ឯកតា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs</source>
        <translation>ចំនួនគូ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean CA</source>
        <translation>មធ្យម CA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean FP</source>
        <translation>មធ្យម FP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA − FP</source>
        <translation>ខុសគ្នា CA − FP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% CI</source>
        <translation>ចន្លោះជឿជាក់ 95%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p</source>
        <translation>តម្លៃ p</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA / FP</source>
        <translation>ផលធៀប CA/FP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LSD 5%</source>
        <translation>LSD កម្រិត 5%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CV %</source>
        <translation>មេគុណ CV %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>កំណត់សម្គាល់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sites with both plots (blocks for a block design)</source>
        <translation>ទីតាំងដែលមានក្បាលដីទាំងពីរ (ប្លុក សម្រាប់ប្លង់ប្លុក)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean difference, conservation agriculture minus farmer practice; bold when p &lt; 0.05</source>
        <translation>ភាពខុសគ្នាមធ្យម កសិកម្មអភិរក្ស ដក ការអនុវត្តរបស់កសិករ; អក្សរដិតនៅពេល p &lt; 0.05</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95% confidence interval of the difference (± LSD for a block design)</source>
        <translation>ចន្លោះជឿជាក់ 95% នៃភាពខុសគ្នា (± LSD សម្រាប់ប្លង់ប្លុក)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paired t-test, or the treatment F test of a block design</source>
        <translation>តេស្ត t ជាគូ ឬតេស្ត F នៃវិធីសាស្ត្រ សម្រាប់ប្លង់ប្លុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response ratio: mean CA divided by mean FP</source>
        <translation>ផលធៀបឆ្លើយតប៖ មធ្យម CA ចែកនឹងមធ្យម FP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least significant difference at 5% (block design)</source>
        <translation>ភាពខុសគ្នាសំខាន់តូចបំផុតនៅកម្រិត 5% (ប្លង់ប្លុក)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coefficient of variation of the block ANOVA</source>
        <translation>មេគុណបម្រែបម្រួលនៃ ANOVA តាមប្លុក</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Block ANOVA (source, SS, df, F, p):</source>
        <translation>ANOVA តាមប្លុក (ប្រភព, SS, df, F, p)៖</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>95% CI low</source>
        <translation>ចន្លោះជឿជាក់ 95% ទាប</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>95% CI high</source>
        <translation>ចន្លោះជឿជាក់ 95% ខ្ពស់</translation>
    </message>
    <message>
        <location filename="../../layers/measure_words.py" line="+34"/>
        <source>{top}-{bottom} cm</source>
        <translation>{top}-{bottom} ស.ម</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yield of {crop}</source>
        <translation>ទិន្នផល{crop}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labour for {crop}</source>
        <translation>កម្លាំងពលកម្មសម្រាប់{crop}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gross margin of {crop}</source>
        <translation>ប្រាក់ចំណេញដុលនៃ{crop}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>person-days</source>
        <translation>ថ្ងៃ-មនុស្ស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>riel/ha</source>
        <translation>រៀល/ha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per m²</source>
        <translation>ក្នុង m²</translation>
    </message>
</context>
<context>
    <name>TrialsController</name>
    <message>
        <location filename="../../ui/trials_controller.py" line="+34"/>
        <source>Trials</source>
        <translation>ការសាកល្បង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurements</source>
        <translation>ការវាស់វែង</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charts</source>
        <translation>ក្រាហ្វិក</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import &amp;soil results…</source>
        <translation>នាំចូលលទ្ធផលដី(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soil samples from a lab sheet or a phone-form export (CSV or Excel)</source>
        <translation>សំណាកដីពីតារាងមន្ទីរពិសោធន៍ ឬពីទម្រង់ទូរស័ព្ទ (CSV ឬ Excel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;yield results…</source>
        <translation>នាំចូលលទ្ធផលទិន្នផល(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvest records from a CSV or Excel file</source>
        <translation>កំណត់ត្រាប្រមូលផលពីឯកសារ CSV ឬ Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trial &amp;results…</source>
        <translation>លទ្ធផលការសាកល្បង(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA minus farmer practice of every trial and season, in a table</source>
        <translation>កសិកម្មអភិរក្ស ដក ការអនុវត្តរបស់កសិករ នៃការសាកល្បង និងរដូវនីមួយៗ ក្នុងតារាង</translation>
    </message>
</context>
<context>
    <name>TrialsPanel</name>
    <message>
        <location filename="../../ui/trials_panel.py" line="+59"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Design</source>
        <translation>ប្លង់ពិសោធន៍</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seasons</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plots</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>ថ្មី…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>កែ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>លុប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show on map</source>
        <translation>បង្ហាញលើផែនទី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the trial&apos;s plots on the map and outline them by treatment.</source>
        <translation>ជ្រើសក្បាលដីនៃការសាកល្បងលើផែនទី ហើយគូសព្រំវាតាមវិធីសាស្ត្រ។</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Delete trial</source>
        <translation>លុបការសាកល្បង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the trial {name} with its {n} plot memberships? The plots and their records stay. You can undo this.</source>
        <translation>លុបការសាកល្បង {name} ជាមួយសមាជិកភាពក្បាលដី {n}? ក្បាលដី និងកំណត់ត្រារបស់វានៅដដែល។ អ្នកអាចមិនធ្វើវិញបាន។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete trial {name}</source>
        <translation>លុបការសាកល្បង {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trial could not be deleted</source>
        <translation>មិនអាចលុបការសាកល្បងបានទេ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{first} … {last} ({n} seasons)</source>
        <translation>{first} … {last} ({n} រដូវ)</translation>
    </message>
</context>
<context>
    <name>VertexEditTool</name>
    <message>
        <location filename="../../ui/tools/vertex_edit.py" line="+44"/>
        <source>Edit vertices</source>
        <translation>កែចំណុចកែង</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Click a plot to edit its corners.</source>
        <translation>ចុចលើក្បាលដីដើម្បីកែចំណុចកែងរបស់វា។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a corner to move it; click or drag a box to select corners (Shift adds); Delete removes them; double-click an edge to add a corner; Esc leaves the plot.</source>
        <translation>អូសចំណុចកែងដើម្បីផ្លាស់ទីវា។ ចុច ឬអូសប្រអប់ដើម្បីជ្រើសចំណុចកែង (Shift ដើម្បីបន្ថែម)។ Delete លុបវា។ ចុចពីរដងលើគែមដើម្បីបន្ថែមចំណុចកែង។ Esc ចាកចេញពីក្បាលដី។</translation>
    </message>
</context>
<context>
    <name>VillageAssignmentDialog</name>
    <message>
        <location filename="../../ui/village_dialog.py" line="+34"/>
        <source>Assign villages to plots without one</source>
        <translation>កំណត់ភូមិឱ្យក្បាលដីដែលគ្មានភូមិ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any district</source>
        <translation>គ្រប់ស្រុក</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Neighbours from</source>
        <translation>ក្បាលដីជិតខាងពី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most</source>
        <translation>ចម្ងាយអតិបរមា</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A plot without a village gets the village of the nearest plot that has one. Choose the district the plots came from to search only its villages.</source>
        <translation>ក្បាលដីដែលគ្មានភូមិ នឹងទទួលភូមិនៃក្បាលដីដែលនៅជិតបំផុត ហើយមានភូមិ។ សូមជ្រើសស្រុកដែលក្បាលដីទាំងនេះមកពី ដើម្បីស្វែងរកតែក្នុងភូមិនៃស្រុកនោះ។</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} plots will get a village.</source>
        <translation>ក្បាលដី {0} នឹងទទួលបានភូមិ។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} plots have no plot with a village near enough and keep none.</source>
        <translation>ក្បាលដី {0} គ្មានក្បាលដីដែលមានភូមិនៅជិតគ្រប់គ្រាន់ទេ ហើយនៅតែគ្មានភូមិ។</translation>
    </message>
</context>
<context>
    <name>VillagePicker</name>
    <message>
        <location filename="../../ui/village_picker.py" line="+36"/>
        <source>Province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>ស្រុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune</source>
        <translation>ឃុំ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <location filename="../../ui/write_failures.py" line="+30"/>
        <source>(empty)</source>
        <translation>(ទទេ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(a shape)</source>
        <translation>(រាង)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>លេខកូដ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmer</source>
        <translation>កសិករ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control plot</source>
        <translation>ក្បាលដីប្រៀបធៀប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soil type</source>
        <translation>ប្រភេទដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundary</source>
        <translation>ព្រំដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>ទូរស័ព្ទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>ថ្លៃដើម</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>another program (e.g. QGIS)</source>
        <translation>កម្មវិធីផ្សេង (ឧ. QGIS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} was deleted by someone else after you opened it. Nothing was written.</source>
        <translation>{label} ត្រូវបានលុបដោយអ្នកផ្សេង បន្ទាប់ពីអ្នកបានបើកវា។ គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} was changed by {who} at {when}, after you opened it. Nothing was written, so their change is kept.</source>
        <translation>{label} ត្រូវបានកែប្រែដោយ {who} នៅ {when} បន្ទាប់ពីអ្នកបានបើកវា។ គ្មានអ្វីត្រូវបានសរសេរទេ ដូច្នេះការកែប្រែរបស់គេត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} was changed by {who} after you opened it. Nothing was written, so their change is kept.</source>
        <translation>{label} ត្រូវបានកែប្រែដោយ {who} បន្ទាប់ពីអ្នកបានបើកវា។ គ្មានអ្វីត្រូវបានសរសេរទេ ដូច្នេះការកែប្រែរបស់គេត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field</source>
        <translation>វាល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your value</source>
        <translation>តម្លៃរបស់អ្នក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored now</source>
        <translation>តម្លៃដែលបានរក្សាទុកឥឡូវនេះ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The shared register at {0} cannot be reached (the server is stopped or the network is down), so it could not be read. Try again when the connection is back: MetKasekor reconnects by itself.</source>
        <translation>មិនអាចចូលដល់បញ្ជីរួមនៅ {0} បានទេ (ម៉ាស៊ីនមេឈប់ដំណើរការ ឬបណ្តាញដាច់) ដូច្នេះមិនអាចអានវាបានទេ។ សូមព្យាយាមម្តងទៀតនៅពេលការតភ្ជាប់មកវិញ៖ MetKasekor នឹងភ្ជាប់ឡើងវិញដោយខ្លួនឯង។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shared register at {0} cannot be reached (the server is stopped or the network is down). Nothing was written. Try your change again when the connection is back: MetKasekor reconnects by itself.</source>
        <translation>មិនអាចចូលដល់បញ្ជីរួមនៅ {0} បានទេ (ម៉ាស៊ីនមេឈប់ដំណើរការ ឬបណ្តាញដាច់)។ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមធ្វើការកែប្រែរបស់អ្នកម្តងទៀតនៅពេលការតភ្ជាប់មកវិញ៖ MetKasekor នឹងភ្ជាប់ឡើងវិញដោយខ្លួនឯង។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project file is busy: another program (QGIS, another MetKasekor window or a script) is writing to it. Nothing was written. Finish or save the edits there (QGIS: Save Layer Edits or Toggle Editing), then try again.</source>
        <translation>ឯកសារគម្រោងកំពុងរវល់៖ កម្មវិធីផ្សេង (QGIS បង្អួច MetKasekor ផ្សេងទៀត ឬស្គ្រីប) កំពុងសរសេរចូលវា។ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមបញ្ចប់ ឬរក្សាទុកការកែសម្រួលនៅទីនោះ (QGIS៖ Save Layer Edits ឬ Toggle Editing) រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk holding the project is full. Nothing was written. Free some space (or use File &gt; Save project as to another drive), then try again.</source>
        <translation>ថាសដែលផ្ទុកគម្រោងពេញហើយ។ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមបង្កើតទំហំទំនេរ (ឬប្រើ ឯកសារ &gt; រក្សាទុកគម្រោងជា ទៅដ្រាយផ្សេង) រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file is read-only here (a read-only folder, drive or file). Nothing was written. To edit it, save a copy where you may write (File &gt; Save project as).</source>
        <translation>ឯកសារគម្រោងនេះសម្រាប់តែអាននៅទីនេះ (ថត ដ្រាយ ឬឯកសារសម្រាប់តែអាន)។ គ្មានអ្វីត្រូវបានសរសេរទេ។ ដើម្បីកែសម្រួល សូមរក្សាទុកច្បាប់ចម្លងនៅកន្លែងដែលអ្នកអាចសរសេរបាន (ឯកសារ &gt; រក្សាទុកគម្រោងជា)។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project file {0} was replaced by another file while it was open. Editing has stopped; open it again to see and edit the new file.</source>
        <translation>ឯកសារគម្រោង {0} ត្រូវបានជំនួសដោយឯកសារផ្សេង ខណៈពេលដែលវាកំពុងបើក។ ការកែសម្រួលត្រូវបានបញ្ឈប់។ សូមបើកវាម្តងទៀត ដើម្បីមើល និងកែសម្រួលឯកសារថ្មី។</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project file {0} was moved, renamed or deleted while it was open. Editing has stopped so that nothing is written to the wrong place; open the file where it is now.</source>
        <translation>ឯកសារគម្រោង {0} ត្រូវបានផ្លាស់ទី ប្តូរឈ្មោះ ឬលុប ខណៈពេលដែលវាកំពុងបើក។ ការកែសម្រួលត្រូវបានបញ្ឈប់ ដើម្បីកុំឱ្យមានអ្វីសរសេរទៅកន្លែងខុស។ សូមបើកឯកសារនៅកន្លែងដែលវានៅឥឡូវនេះ។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project file could not be reached (a drive or USB stick removed, a network share gone?). Nothing was written. Reconnect the drive, then try again.</source>
        <translation>មិនអាចចូលដល់ឯកសារគម្រោងបានទេ (ដ្រាយ ឬ USB ត្រូវបានដកចេញ? ថតចែករំលែកក្នុងបណ្តាញបាត់?)។ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមភ្ជាប់ដ្រាយឡើងវិញ រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed by someone else</source>
        <translation>ត្រូវបានកែប្រែដោយអ្នកផ្សេង</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register cannot be reached</source>
        <translation>មិនអាចចូលដល់បញ្ជីរួមបានទេ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project file busy</source>
        <translation>ឯកសារគម្រោងកំពុងរវល់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk full</source>
        <translation>ថាសពេញ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project is read-only</source>
        <translation>គម្រោងសម្រាប់តែអាន</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project file moved or deleted</source>
        <translation>ឯកសារគម្រោងត្រូវបានផ្លាស់ទី ឬលុប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>មិនបានរក្សាទុក</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reload shows the project as it is stored now; then make your change again if it is still needed.</source>
        <translation>&quot;ផ្ទុកឡើងវិញ&quot; បង្ហាញគម្រោងដូចដែលបានរក្សាទុកនៅពេលនេះ។ បន្ទាប់មក សូមធ្វើការកែប្រែរបស់អ្នកម្ដងទៀត ប្រសិនបើនៅតែត្រូវការ។</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reload</source>
        <translation>ផ្ទុកឡើងវិញ</translation>
    </message>
</context>
<context>
    <name>YieldDialog</name>
    <message>
        <location filename="../../ui/yield_dialog.py" line="+93"/>
        <source>Add yield of plot {code}</source>
        <translation>បន្ថែមទិន្នផលនៃក្បាលដី {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit yield of plot {code}</source>
        <translation>កែទិន្នផលនៃក្បាលដី {code}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Harvest sample</source>
        <translation>សំណាកប្រមូលផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole plot</source>
        <translation>ក្បាលដីទាំងមូល</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Season</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop</source>
        <translation>ដំណាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvest date</source>
        <translation>ថ្ងៃប្រមូលផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>វិធីសាស្ត្រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample area (m²)</source>
        <translation>ផ្ទៃសំណាក (m²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot area</source>
        <translation>ផ្ទៃក្បាលដី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moisture (%)</source>
        <translation>សំណើម (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yield</source>
        <translation>ទិន្នផល</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labour (days)</source>
        <translation>កម្លាំងពលកម្ម (ថ្ងៃ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input costs (riel/ha)</source>
        <translation>ថ្លៃធាតុចូល (រៀល/ha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service costs (riel/ha)</source>
        <translation>ថ្លៃសេវា (រៀល/ha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price (riel/kg)</source>
        <translation>តម្លៃលក់ (រៀល/kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross margin</source>
        <translation>ប្រាក់ចំណេញដុល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Type the harvested weight.</source>
        <translation>សូមវាយទម្ងន់ដែលប្រមូលបាន។</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} t/ha as harvested</source>
        <translation>{value} t/ha ដូចពេលប្រមូលផល</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} t/ha at {moisture} % moisture</source>
        <translation>{value} t/ha នៅសំណើម {moisture} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hard to believe: {problem}</source>
        <translation>គួរឱ្យសង្ស័យ៖ {problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the yield and the price to see it.</source>
        <translation>សូមវាយទិន្នផល និងតម្លៃលក់ ដើម្បីមើលវា។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} riel/ha</source>
        <translation>{value} រៀល/ha</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Store an unusual yield?</source>
        <translation>រក្សាទុកទិន្នផលមិនធម្មតាឬ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Store this yield anyway?</source>
        <translation>{problem}

នៅតែរក្សាទុកទិន្នផលនេះឬ?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add {crop} yield</source>
        <translation>បន្ថែមទិន្នផល{crop}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change {crop} yield</source>
        <translation>កែទិន្នផល{crop}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project has no season yet; add one in the season manager first.</source>
        <translation>គម្រោងមិនទាន់មានរដូវទេ។ សូមបន្ថែមរដូវក្នុងកម្មវិធីគ្រប់គ្រងរដូវជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Harvest of the whole plot (kg)</source>
        <translation>ផលប្រមូលពីក្បាលដីទាំងមូល (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh weight of the sample (kg)</source>
        <translation>ទម្ងន់ស្រស់នៃសំណាក (kg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{ha} ha ({m2} m²)</source>
        <translation>{ha} ha ({m2} m²)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plot has no area; draw its boundary first.</source>
        <translation>ក្បាលដីគ្មានផ្ទៃ។ សូមគូរព្រំរបស់វាជាមុនសិន។</translation>
    </message>
</context>
<context>
    <name>ZonalAction</name>
    <message>
        <location filename="../../ui/zonal_action.py" line="+43"/>
        <source>Zonal statistics</source>
        <translation>ស្ថិតិតាមក្បាលដី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project has no plots; add or import plots first.</source>
        <translation>គម្រោងនេះមិនមានក្បាលដីទេ។ សូមបន្ថែម ឬនាំចូលក្បាលដីជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The coordinate system of the raster {0} has no EPSG code, so the plots cannot be placed on it. Save the raster in a projection with an EPSG code (for example UTM 48N, EPSG:32648) and add it again.</source>
        <translation>ប្រព័ន្ធកូអរដោនេនៃរ៉ាស្ទ័រ {0} គ្មានលេខកូដ EPSG ដូច្នេះមិនអាចដាក់ក្បាលដីលើវាបានទេ។ សូមរក្សាទុករ៉ាស្ទ័រក្នុងប្រព័ន្ធដែលមានលេខកូដ EPSG (ឧទាហរណ៍ UTM 48N, EPSG:32648) ហើយបន្ថែមវាម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The raster {0} has {1:,} cells, too many to compute its slope in memory (the limit is {2:,}). Clip it to the area of the plots, or compute the slope in QGIS and add that raster instead.</source>
        <translation>រ៉ាស្ទ័រ {0} មាន {1:,} ក្រឡា ច្រើនពេកក្នុងការគណនាជម្រាលក្នុងអង្គចងចាំ (កម្រិតគឺ {2:,})។ សូមកាត់វាត្រឹមតំបន់នៃក្បាលដី ឬគណនាជម្រាលក្នុង QGIS ហើយបន្ថែមរ៉ាស្ទ័រនោះជំនួសវិញ។</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Computing the statistics of {0} for {1} plots…</source>
        <translation>កំពុងគណនាស្ថិតិនៃ {0} សម្រាប់ក្បាលដី {1}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The statistics of {0} could not be computed:
{1}</source>
        <translation>មិនអាចគណនាស្ថិតិនៃ {0} បានទេ៖
{1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The statistics of {0} could not be saved:
{1}</source>
        <translation>មិនអាចរក្សាទុកស្ថិតិនៃ {0} បានទេ៖
{1}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zonal statistics of {0} computed for {1} plots: the columns “{0} mean”, “min” and “max” are at the right of the plots table.</source>
        <translation>បានគណនាស្ថិតិតាមក្បាលដីនៃ {0} សម្រាប់ក្បាលដី {1}៖ ជួរឈរ “{0} មធ្យម” “អប្បបរមា” និង “អតិបរមា” ស្ថិតនៅខាងស្តាំនៃតារាងក្បាលដី។</translation>
    </message>
</context>
<context>
    <name>ZoomBoxTool</name>
    <message>
        <location filename="../../ui/tools/zoom_box.py" line="+19"/>
        <source>Zoom box</source>
        <translation>ពង្រីកតាមប្រអប់</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a box to zoom to it; click to zoom in; Esc cancels.</source>
        <translation>អូសប្រអប់ដើម្បីពង្រីកទៅវា ចុចដើម្បីពង្រីក Esc ដើម្បីបោះបង់។</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="+12"/>
        <source>Demonstration</source>
        <translation>ដីសាកល្បងបង្ហាញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control</source>
        <translation>ដីប្រៀបធៀប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmer field</source>
        <translation>ដីកសិករ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Woman</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Man</source>
        <translation>ប្រុស</translation>
    </message>
</context>
<context>
    <name>plots_filters</name>
    <message>
        <location filename="../../ui/plots_filters.py" line="-296"/>
        <source>Planned</source>
        <translation>បានគ្រោង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>បានធ្វើរួច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>បានលុបចោល</translation>
    </message>
</context>
<context>
    <name>styles</name>
    <message>
        <location filename="../../layers/styles.py" line="+99"/>
        <source>Plots</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Demonstration</source>
        <translation>ដីសាកល្បងបង្ហាញ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Control</source>
        <translation>ដីប្រៀបធៀប</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Farmer field</source>
        <translation>ដីកសិករ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identification</source>
        <translation>ការកំណត់អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demand creation meeting</source>
        <translation>កិច្ចប្រជុំបង្កើតតម្រូវការ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field showcase</source>
        <translation>ការបង្ហាញនៅវាលស្រែ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commercial demonstration</source>
        <translation>ការបង្ហាញពាណិជ្ជកម្ម</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual meeting</source>
        <translation>កិច្ចប្រជុំប្រចាំឆ្នាំ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promotional meeting</source>
        <translation>កិច្ចប្រជុំផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No event</source>
        <translation>មិនទាន់មានព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No plan</source>
        <translation>គ្មានផែនការ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No provider</source>
        <translation>គ្មានអ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Other combinations</source>
        <translation>បន្សំផ្សេងទៀត</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Other crops</source>
        <translation>ដំណាំផ្សេងទៀត</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Other providers</source>
        <translation>អ្នកផ្តល់សេវាផ្សេងទៀត</translation>
    </message>
</context>
<context>
    <name>tool</name>
    <message>
        <location filename="../../ui/tools/edit_overlay.py" line="-68"/>
        <source>{area} ha, {perimeter} m</source>
        <translation>{area} ហិកតា, {perimeter} ម៉ែត្រ</translation>
    </message>
</context>
<context>
    <name>window.plots.model</name>
    <message>
        <location filename="../../ui/zonal_action.py" line="-6"/>
        <source>{0} mean</source>
        <translation>{0} មធ្យម</translation>
    </message>
</context>
</TS>
