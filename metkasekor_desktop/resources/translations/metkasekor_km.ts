<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km" sourcelanguage="en">
<context>
    <name>AdoptionDialog</name>
    <message>
        <location filename="../../ui/adoption_dialog.py" line="+60"/>
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
        <location filename="../../ui/basemap_dialog.py" line="+34"/>
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
        <location filename="../../ui/charts_panel.py" line="+101"/>
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
        <location filename="../../ui/import_pages.py" line="+295"/>
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
        <translation>អ៊ិនគ្រីប នៅពេលម៉ាស៊ីនមេផ្តល់ជូន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>require (always encrypted)</source>
        <translation>អ៊ិនគ្រីបជានិច្ច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verify-full (encrypted, server certificate checked)</source>
        <translation>អ៊ិនគ្រីប និងពិនិត្យវិញ្ញាបនបត្ររបស់ម៉ាស៊ីនមេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disable (not encrypted)</source>
        <translation>មិនអ៊ិនគ្រីប</translation>
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
        <translation>ការអ៊ិនគ្រីប៖</translation>
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
        <location filename="../../ui/coordinates_dialog.py" line="+71"/>
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
        <translation>UTM តំបន់ 48N កូអរដោនេ E / N (ម៉ែត្រ)</translation>
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
        <location filename="../../ui/copy_words.py" line="+26"/>
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
        <location filename="../../ui/restore_dialog.py" line="+91"/>
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
        <location filename="../../layers/edit_commands.py" line="+201"/>
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
        <location line="+60"/>
        <source>Change plot shape</source>
        <translation>ប្ដូររាងក្បាលដី</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Change plot details</source>
        <translation>ប្ដូរព័ត៌មានក្បាលដី</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Copy plans</source>
        <translation>ចម្លងផែនការ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Move records</source>
        <translation>ផ្ទេរកំណត់ត្រា</translation>
    </message>
    <message>
        <location filename="../../layers/plot_editor.py" line="+254"/>
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
        <location line="+27"/>
        <source>Merge plots {codes}</source>
        <translation>បញ្ចូលក្បាលដី {codes}</translation>
    </message>
    <message>
        <location filename="../../layers/record_commands.py" line="+142"/>
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
        <location filename="../../ui/edit_controller.py" line="+61"/>
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
        <location filename="../../ui/event_dialog.py" line="+56"/>
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
        <location filename="../../ui/events_panel.py" line="+120"/>
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
        <location filename="../../ui/export_dialog.py" line="+64"/>
        <location line="+225"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Export plots</source>
        <translation>នាំចេញក្បាលដី</translation>
    </message>
    <message>
        <location line="-232"/>
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
        <location line="+174"/>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <location line="-174"/>
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
        <location line="+12"/>
        <source>Column headers in the interface language</source>
        <translation>ចំណងជើងជួរឈរជាភាសារបស់កម្មវិធី</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head the columns of the CSV and Excel tables with words in the interface language instead of the field names. Keep it off for files that go back into QGIS or MetKasekor.</source>
        <translation>ដាក់ចំណងជើងជួរឈរនៃតារាង CSV និង Excel ជាពាក្យក្នុងភាសារបស់កម្មវិធី ជំនួសឱ្យឈ្មោះវាល។ សូមកុំធីកវា សម្រាប់ឯកសារដែលនឹងត្រឡប់ចូលទៅក្នុង QGIS ឬ MetKasekor វិញ។</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+3"/>
        <source>Include personal data (farmers&apos; names, phones and exact plot outlines)</source>
        <translation>រួមបញ្ចូលទិន្នន័យផ្ទាល់ខ្លួន (ឈ្មោះកសិករ លេខទូរស័ព្ទ និងព្រំក្បាលដីពិតប្រាកដ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without it, the farmers&apos; names and phone numbers are left out and each plot is a point at its centre (about 10 m) with its area.</source>
        <translation>បើមិនធីកទេ ឈ្មោះ និងលេខទូរស័ព្ទរបស់កសិករត្រូវបានដកចេញ ហើយក្បាលដីនីមួយៗជាចំណុចមួយនៅកណ្ដាលរបស់វា (ប្រហែល 10 m) ជាមួយផ្ទៃដីរបស់វា។</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The files will hold personal data: keep them safe and share them only with those who need them.</source>
        <translation>ឯកសារនឹងមានទិន្នន័យផ្ទាល់ខ្លួន៖ សូមរក្សាទុកឱ្យមានសុវត្ថិភាព ហើយចែករំលែកតែជាមួយអ្នកដែលត្រូវការប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+49"/>
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
        <location line="+35"/>
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
    <message>
        <location line="+4"/>
        <source>Personal data included.</source>
        <translation>បានរួមបញ្ចូលទិន្នន័យផ្ទាល់ខ្លួន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data left out: no farmers&apos; names or phones, plots as points.</source>
        <translation>បានដកទិន្នន័យផ្ទាល់ខ្លួនចេញ៖ គ្មានឈ្មោះ ឬលេខទូរស័ព្ទកសិករ ក្បាលដីជាចំណុច។</translation>
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
        <location filename="../../ui/field_forms_dialog.py" line="+48"/>
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
        <location line="+14"/>
        <source>Refused by the converter</source>
        <translation>ត្រូវបានបដិសេធដោយកម្មវិធីបម្លែង</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../../ui/gpx_dialog.py" line="+91"/>
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
        <location filename="../../ui/history_panel.py" line="+66"/>
        <source>&lt;empty&gt;</source>
        <translation>&lt;ទទេ&gt;</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../ui/identify_panel.py" line="+22"/>
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
        <location filename="../../ui/import_wizard.py" line="+46"/>
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
        <location filename="../../ui/language.py" line="+123"/>
        <location line="+35"/>
        <source>Lan&amp;guage</source>
        <translation>ភាសា(&amp;G)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Khmer &amp;digits</source>
        <translation>លេខខ្មែរ(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the numbers you read (messages, dates, results) with Khmer digits</source>
        <translation>បង្ហាញលេខដែលអ្នកអាន (សារ កាលបរិច្ឆេទ លទ្ធផល) ជាលេខខ្មែរ</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location filename="../../ui/main_window.py" line="+108"/>
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
        <location line="+8"/>
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
        <location line="+66"/>
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
        <location filename="../../layers/map_export.py" line="+67"/>
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
        <location filename="../../ui/map_layers.py" line="+47"/>
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
        <location filename="../../ui/status_bar.py" line="+47"/>
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
        <location line="+16"/>
        <source>{0} plots, {1} selected</source>
        <translation>ក្បាលដី {0} (បានជ្រើសរើស {1})</translation>
    </message>
</context>
<context>
    <name>MarketDialog</name>
    <message>
        <location filename="../../ui/market_dialog.py" line="+63"/>
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
        <location line="+19"/>
        <source>Export service market</source>
        <translation>នាំចេញទីផ្សារសេវា</translation>
    </message>
</context>
<context>
    <name>MeasurementsPanel</name>
    <message>
        <location filename="../../ui/measurements_panel.py" line="+72"/>
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
    <name>Messages</name>
    <message>
        <location filename="../../../build/translation-stub/messages.py" line="+5"/>
        <source>adoption is grouped by one of {choices}, not {by!r}</source>
        <translation>ការទទួលយកត្រូវបានដាក់ជាក្រុមតាមមួយក្នុងចំណោម {choices} មិនមែនតាម {by!r} ទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>years and cumulative adopters differ in length</source>
        <translation>ឆ្នាំ និងចំនួនអ្នកទទួលយកបង្គរ មានប្រវែងខុសគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No market potential: enter the target population of the area.</source>
        <translation>គ្មានសក្តានុពលទីផ្សារ៖ សូមបញ្ចូលប្រជាជនគោលដៅនៃតំបន់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No farmer has adopted yet: too few seasons to say.</source>
        <translation>មិនទាន់មានកសិករណាទទួលយកនៅឡើយ៖ រដូវតិចពេកមិនអាចនិយាយបាន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too few seasons to say: {years} year(s) with adoption; the model needs at least {needed}.</source>
        <translation>រដូវតិចពេកមិនអាចនិយាយបាន៖ មានការទទួលយក {years} ឆ្នាំ គំរូត្រូវការយ៉ាងហោចណាស់ {needed} ឆ្នាំ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More farmers adopted ({adopters}) than the market potential ({market:g}) allows: enter the target population.</source>
        <translation>កសិករដែលបានទទួលយក ({adopters}) មានច្រើនជាងចំនួនដែលសក្តានុពលទីផ្សារ ({market:g}) អនុញ្ញាត៖ សូមបញ្ចូលប្រជាជនគោលដៅ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model could not be fitted ({error}): too few seasons to say.</source>
        <translation>មិនអាចគណនាគំរូបានទេ ({error})៖ រដូវតិចពេកមិនអាចនិយាយបាន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The years do not tell p and q apart (singular covariance): too few seasons to say.</source>
        <translation>ឆ្នាំទាំងនេះមិនអាចបែងចែក p និង q បានទេ (ម៉ាទ្រីសកូវ៉ារ្យង់គ្មានច្រាស)៖ រដូវតិចពេកមិនអាចនិយាយបាន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model stays below {threshold:.0%} for {years} years.</source>
        <translation>គំរូនៅតែទាបជាង {threshold:.0%} អស់រយៈពេល {years} ឆ្នាំ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the level is one of {choices}, not {level!r}</source>
        <translation>កម្រិតត្រូវតែជាមួយក្នុងចំណោម {choices} មិនមែន {level!r} ទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over {low:g} km</source>
        <translation>លើស {low:g} km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distance bands are positive and increasing, e.g. (1, 3, 5)</source>
        <translation>ចន្លោះចម្ងាយត្រូវតែជាលេខវិជ្ជមាន និងកើនឡើង ឧ. (1, 3, 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No demonstration plot has a location on the map.</source>
        <translation>គ្មានក្បាលដីសាកល្បងបង្ហាញណាមួយមានទីតាំងលើផែនទីទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the market is split by one of {choices}, not {level!r}</source>
        <translation>ទីផ្សារត្រូវបានបែងចែកតាមមួយក្នុងចំណោម {choices} មិនមែនតាម {level!r} ទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no market figure named {figure!r}</source>
        <translation>គ្មានតួលេខទីផ្សារឈ្មោះ {figure!r} ទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has {entries} entries for {plots} plots</source>
        <translation>{name} មានតម្លៃ {entries} សម្រាប់ក្បាលដី {plots}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no season with id {season_id}</source>
        <translation>គ្មានរដូវដែលមានលេខសម្គាល់ {season_id} ទេ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paired values need equal lengths, not {first} and {second}.</source>
        <translation>តម្លៃជាគូត្រូវមានប្រវែងស្មើគ្នា មិនមែន {first} និង {second} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pairs} complete pair(s); a test needs at least 2.</source>
        <translation>គូពេញលេញ {pairs}៖ តេស្តត្រូវការយ៉ាងហោចណាស់ 2 គូ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All differences are equal; no spread to test.</source>
        <translation>ភាពខុសគ្នាទាំងអស់ស្មើគ្នា៖ គ្មានបម្រែបម្រួលសម្រាប់តេស្តទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values, treatments and blocks must have the same length.</source>
        <translation>តម្លៃ វិធីសាស្ត្រ និងប្លុក ត្រូវតែមានប្រវែងដូចគ្នា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A block ANOVA needs at least 2 treatments and 2 blocks; got {treatments} treatment(s) and {blocks} block(s).</source>
        <translation>ការវិភាគបម្រែបម្រួលតាមប្លុក ត្រូវការយ៉ាងហោចណាស់ 2 វិធីសាស្ត្រ និង 2 ប្លុក៖ បានទទួល {treatments} វិធីសាស្ត្រ និង {blocks} ប្លុក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment {treatment} appears twice in block {block}; a complete block design has one value per treatment and block. Average the samples first.</source>
        <translation>វិធីសាស្ត្រ {treatment} មានពីរដងក្នុងប្លុក {block}៖ ប្លង់ប្លុកពេញលេញមានតម្លៃមួយសម្រាប់វិធីសាស្ត្រនីមួយៗ ក្នុងប្លុកនីមួយៗ។ សូមគណនាមធ្យមនៃសំណាកជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{treatment} in block {block}</source>
        <translation>{treatment} ក្នុងប្លុក {block}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The block design is unbalanced: no value for {missing} and more. Enter the missing values or leave out the incomplete blocks.</source>
        <translation>ប្លង់ប្លុកមិនមានតុល្យភាព៖ គ្មានតម្លៃសម្រាប់ {missing} និងផ្សេងទៀត។ សូមបញ្ចូលតម្លៃដែលខ្វះ ឬដកប្លុកដែលមិនពេញលេញចេញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The block design is unbalanced: no value for {missing}. Enter the missing values or leave out the incomplete blocks.</source>
        <translation>ប្លង់ប្លុកមិនមានតុល្យភាព៖ គ្មានតម្លៃសម្រាប់ {missing}។ សូមបញ្ចូលតម្លៃដែលខ្វះ ឬដកប្លុកដែលមិនពេញលេញចេញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{values} value(s); a trend with a confidence interval needs at least 3.</source>
        <translation>តម្លៃ {values}៖ និន្នាការដែលមានចន្លោះជឿជាក់ ត្រូវការយ៉ាងហោចណាស់ 3 តម្លៃ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All values are from the same year.</source>
        <translation>តម្លៃទាំងអស់មកពីឆ្នាំតែមួយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values lie exactly on a line; no spread to test.</source>
        <translation>តម្លៃទាំងនេះស្ថិតនៅលើបន្ទាត់តែមួយយ៉ាងពិតប្រាកដ៖ គ្មានបម្រែបម្រួលសម្រាប់តេស្តទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ratio&apos;s confidence interval needs 2 values in each group.</source>
        <translation>ចន្លោះជឿជាក់នៃផលធៀប ត្រូវការ 2 តម្លៃក្នុងក្រុមនីមួយៗ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A response ratio needs positive means.</source>
        <translation>ផលធៀបឆ្លើយតបត្រូវការមធ្យមវិជ្ជមាន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} yield record(s) left out: no t/ha could be computed</source>
        <translation>មិនបានរាប់បញ្ចូលកំណត់ត្រាទិន្នផល {count}៖ មិនអាចគណនា t/ha បានទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} incomplete block(s) left out</source>
        <translation>មិនបានរាប់បញ្ចូលប្លុកមិនពេញលេញ {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A raster band must be two-dimensional (rows x columns).</source>
        <translation>ប៉ុស្តិ៍រ៉ាស្ទ័រត្រូវតែមានពីរវិមាត្រ (ជួរដេក x ជួរឈរ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This raster has one band; band {band} was asked for.</source>
        <translation>រ៉ាស្ទ័រនេះមានប៉ុស្តិ៍តែមួយ ប៉ុន្តែបានស្នើសុំប៉ុស្តិ៍ {band}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Got {plots} plots but {ids} ids; give one id per plot.</source>
        <translation>បានទទួលក្បាលដី {plots} ប៉ុន្តែលេខសម្គាល់ {ids}៖ សូមផ្តល់លេខសម្គាល់មួយសម្រាប់ក្បាលដីនីមួយៗ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>block_rows must be at least 1.</source>
        <translation>block_rows ត្រូវតែយ៉ាងហោចណាស់ 1។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zonal statistics were cancelled; nothing was saved.</source>
        <translation>បានបោះបង់ស្ថិតិតាមក្បាលដី គ្មានអ្វីត្រូវបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The raster&apos;s geotransform is degenerate; check its georeferencing.</source>
        <translation>ការបំប្លែងភូមិសាស្ត្ររបស់រ៉ាស្ទ័រមិនត្រឹមត្រូវ៖ សូមពិនិត្យការកំណត់ទីតាំងភូមិសាស្ត្ររបស់វា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{project}: no such project file</source>
        <translation>{project}៖ គ្មានឯកសារគម្រោងនេះទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--format xlsx writes a workbook: name it with --out FILE.xlsx</source>
        <translation>--format xlsx សរសេរសៀវភៅ Excel៖ សូមដាក់ឈ្មោះវាដោយ --out FILE.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{project} has no season: add one (Register &gt; Seasons) before asking for adoption</source>
        <translation>{project} មិនទាន់មានរដូវទេ៖ សូមបន្ថែមរដូវមួយ (បញ្ជី &gt; រដូវ) មុននឹងសុំមើលការទទួលយក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no season a year earlier to compare with</source>
        <translation>គ្មានរដូវនៅមួយឆ្នាំមុន សម្រាប់ប្រៀបធៀបទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not compared: no plan of the season is done yet</source>
        <translation>មិនបានប្រៀបធៀប៖ មិនទាន់មានផែនការណាមួយនៃរដូវនេះធ្វើរួចនៅឡើយទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compared with {season}</source>
        <translation>ធៀបនឹង {season}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: adoption in {season} by {by}, {count} rows</source>
        <translation>{file}៖ ការទទួលយកក្នុង {season} តាម{by} ជួរដេក {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adoption in {season} ({compared}): farmer fields with a CA practice done; planned plans apart.</source>
        <translation>ការទទួលយកក្នុង {season} ({compared})៖ ដីកសិករដែលបានធ្វើរួចនូវការអនុវត្តកសិកម្មអភិរក្ស។ ផែនការដែលគ្រាន់តែបានគ្រោង រាប់ដាច់ដោយឡែក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>district</source>
        <translation>ស្រុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>practice</source>
        <translation>ការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>province</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commune</source>
        <translation>ឃុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sex</source>
        <translation>ភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>village</source>
        <translation>ភូមិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adopter</source>
        <translation>អ្នកទទួលយក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--threshold is a share of the target population between 0 and 1 (0.16 is Rogers&apos; 16%), not {threshold}</source>
        <translation>--threshold គឺជាចំណែកនៃប្រជាជនគោលដៅ ចន្លោះពី 0 ដល់ 1 (0.16 គឺ 16% របស់ Rogers) មិនមែន {threshold} ទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: diffusion of {areas} areas, {count} rows</source>
        <translation>{file}៖ ការរីករាលដាលនៃតំបន់ {areas} ជួរដេក {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {count} area(s) not of the {level} level left out: {codes}</source>
        <translation>{file}៖ មិនបានរាប់បញ្ចូលតំបន់ {count} ដែលមិនមែនជាកម្រិត{level}៖ {codes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: services delivered, {count} rows</source>
        <translation>{file}៖ សេវាដែលបានផ្តល់ ជួរដេក {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>form {name} ({file}): {warning}</source>
        <translation>សំណុំបែបបទ {name} ({file})៖ {warning}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: form {form_id} version {version}; XForm {xform}</source>
        <translation>{file}៖ សំណុំបែបបទ {form_id} កំណែ {version}; សំណុំបែបបទដែលបានបម្លែង៖ {xform}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder}: lists for the forms: {files} (season {season}); upload each form with these files as its attachments</source>
        <translation>{folder}៖ បញ្ជីសម្រាប់សំណុំបែបបទ៖ {files} (រដូវ {season})។ សូមផ្ទុកឡើងសំណុំបែបបទនីមួយៗ ជាមួយឯកសារទាំងនេះជាឯកសារភ្ជាប់របស់វា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: no such file</source>
        <translation>{file}៖ គ្មានឯកសារនេះទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has no layer {layer!r}; its layers: {layers}; the GIS files in it: {members}. Give one of them with --layer NAME.</source>
        <translation>{file} គ្មានស្រទាប់ {layer!r} ទេ។ ស្រទាប់របស់វា៖ {layers}។ ឯកសារទិន្នន័យភូមិសាស្ត្រនៅក្នុងវា៖ {members}។ សូមជ្រើសមួយក្នុងចំណោមពួកវាដោយ --layer NAME។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has no layer {layer!r}; its layers: {layers}. Give one of them with --layer NAME.</source>
        <translation>{file} គ្មានស្រទាប់ {layer!r} ទេ។ ស្រទាប់របស់វា៖ {layers}។ សូមជ្រើសមួយក្នុងចំណោមពួកវាដោយ --layer NAME។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} Give it with --encoding, e.g. --encoding cp874 (Thai/Khmer Windows) or --encoding cp1252.</source>
        <translation>{reason} សូមបញ្ជាក់ការអ៊ិនកូដដោយ --encoding ឧ. --encoding cp874 (Windows ភាសាថៃ/ខ្មែរ) ឬ --encoding cp1252។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--map {item!r}: use FIELD=COLUMN with FIELD one of {fields}</source>
        <translation>--map {item!r}៖ សូមប្រើ FIELD=COLUMN ដែល FIELD ជាមួយក្នុងចំណោម {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--map {item!r}: the layer has no column {column!r}; its columns: {columns}</source>
        <translation>--map {item!r}៖ ស្រទាប់គ្មានជួរឈរ {column!r} ទេ។ ជួរឈររបស់វា៖ {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{program}: {advice}</source>
        <translation>{program}៖ {advice}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{program}: nothing imported: {count} feature(s) refused and the file is incomplete (--accept-missing); correct the file, or add --skip-refused to import the rest.</source>
        <translation>{program}៖ មិនបាននាំចូលអ្វីទេ៖ ធាតុ {count} ត្រូវបានបដិសេធ ហើយឯកសារមិនពេញលេញ (--accept-missing)។ សូមកែតម្រូវឯកសារ ឬបន្ថែម --skip-refused ដើម្បីនាំចូលធាតុដែលនៅសល់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{program}: nothing imported: {count} feature(s) refused; correct the file, or add --skip-refused to import the rest.</source>
        <translation>{program}៖ មិនបាននាំចូលអ្វីទេ៖ ធាតុ {count} ត្រូវបានបដិសេធ។ សូមកែតម្រូវឯកសារ ឬបន្ថែម --skip-refused ដើម្បីនាំចូលធាតុដែលនៅសល់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{project}: {plots} plots imported, {farmers} new farmers, {refused} refused</source>
        <translation>{project}៖ បាននាំចូលក្បាលដី {plots} កសិករថ្មី {farmers} នាក់ បដិសេធ {refused}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid shapes, imported repaired</source>
        <translation>រាងមិនត្រឹមត្រូវ ដែលបាននាំចូលក្រោយពេលជួសជុល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside Cambodia</source>
        <translation>នៅក្រៅប្រទេសកម្ពុជា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{flag} for {count} ({what})</source>
        <translation>{flag} សម្រាប់ {count} ({what})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To import them anyway, add {flags}.</source>
        <translation>ដើម្បីនៅតែនាំចូលពួកវា សូមបន្ថែម {flags}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--crs {epsg} ({label})</source>
        <translation>--crs {epsg} ({label})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} does not say which coordinate system its coordinates are in. They fit: {fits}. Run again with the one the sender used.</source>
        <translation>{file} មិនបញ្ជាក់ថាកូអរដោនេរបស់វាស្ថិតក្នុងប្រព័ន្ធកូអរដោនេណាទេ។ ប្រព័ន្ធដែលត្រូវនឹងលេខទាំងនេះ៖ {fits}។ សូមដំណើរការម្តងទៀតជាមួយប្រព័ន្ធដែលអ្នកផ្ញើបានប្រើ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} does not say which coordinate system its coordinates are in, and they fit none used in Cambodia. Ask the sender, then run again with --crs EPSG_CODE.</source>
        <translation>{file} មិនបញ្ជាក់ថាកូអរដោនេរបស់វាស្ថិតក្នុងប្រព័ន្ធកូអរដោនេណាទេ ហើយវាមិនត្រូវនឹងប្រព័ន្ធណាដែលប្រើនៅកម្ពុជាទេ។ សូមសួរអ្នកផ្ញើ រួចដំណើរការម្តងទៀតជាមួយ --crs EPSG_CODE។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{question} The numbers look like latitude and longitude in the wrong order: add --swap-xy.</source>
        <translation>{question} លេខទាំងនេះមើលទៅដូចជារយៈទទឹង និងរយៈបណ្តោយ តាមលំដាប់ខុស៖ សូមបន្ថែម --swap-xy។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full ({file}); nothing more was written. Free some space or write to another drive.</source>
        <translation>ថាសពេញហើយ ({file})៖ គ្មានអ្វីត្រូវបានសរសេរបន្ថែមទៀតទេ។ សូមបង្កើតទំហំទំនេរ ឬសរសេរទៅដ្រាយផ្សេង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full; nothing more was written. Free some space or write to another drive.</source>
        <translation>ថាសពេញហើយ៖ គ្មានអ្វីត្រូវបានសរសេរបន្ថែមទៀតទេ។ សូមបង្កើតទំហំទំនេរ ឬសរសេរទៅដ្រាយផ្សេង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write there ({file}): {reason}. Choose a folder you may write to.</source>
        <translation>មិនអាចសរសេរនៅទីនោះបានទេ ({file})៖ {reason}។ សូមជ្រើសថតដែលអ្នកអាចសរសេរបាន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write there: {reason}. Choose a folder you may write to.</source>
        <translation>មិនអាចសរសេរនៅទីនោះបានទេ៖ {reason}។ សូមជ្រើសថតដែលអ្នកអាចសរសេរបាន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{program}: error: {reason}</source>
        <translation>{program}៖ កំហុស៖ {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{program}: warning: {reason}</source>
        <translation>{program}៖ ការព្រមាន៖ {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no season named {season!r} in {project}; known seasons: {known}</source>
        <translation>គ្មានរដូវឈ្មោះ {season!r} ក្នុង {project} ទេ។ រដូវដែលមាន៖ {known}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: a project file must end in .gpkg</source>
        <translation>{file}៖ ឯកសារគម្រោងត្រូវតែបញ្ចប់ដោយ .gpkg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--plots must be at least 1</source>
        <translation>--plots ត្រូវតែយ៉ាងហោចណាស់ 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--plots can be at most 1000000</source>
        <translation>--plots អាចមានច្រើនបំផុត 1000000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} exists already; choose another name or add --force</source>
        <translation>{file} មានរួចហើយ៖ សូមជ្រើសឈ្មោះផ្សេង ឬបន្ថែម --force</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {plots} plots, {farmers} farmers; elevation {elevation}</source>
        <translation>{file}៖ ក្បាលដី {plots} កសិករ {farmers} នាក់៖ កម្ពស់ដី {elevation}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--district {district!r}: use a 4-digit district code, e.g. 0207</source>
        <translation>--district {district!r}៖ សូមប្រើលេខកូដស្រុក 4 ខ្ទង់ ឧ. 0207</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no plots match ({chosen}); nothing written</source>
        <translation>គ្មានក្បាលដីណាត្រូវនឹង ({chosen}) ទេ៖ គ្មានអ្វីត្រូវបានសរសេរទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{project}: {plots}</source>
        <translation>{project}៖ {plots}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--headers {headers} words the header rows of CSV and Excel tables only; the formats chosen ({formats}) keep their field names.</source>
        <translation>--headers {headers} ដាក់ពាក្យជាចំណងជើងជួរឈរ តែក្នុងតារាង CSV និង Excel ប៉ុណ្ណោះ។ ទម្រង់ដែលបានជ្រើស ({formats}) រក្សាឈ្មោះវាលរបស់វា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--size {size!r} is not WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>--size {size!r} មិនមែនជា WIDTHxHEIGHT ទេ ឧ. 1920x1080</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--size {size}: each side must be 16 to 20000 pixels</source>
        <translation>--size {size}៖ ជ្រុងនីមួយៗត្រូវតែមានពី 16 ដល់ 20000 ភីកសែល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {count} plots</source>
        <translation>{file}៖ ក្បាលដី {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no trial named {trial!r} in {project}; known trials: {known}</source>
        <translation>គ្មានការសាកល្បងឈ្មោះ {trial!r} ក្នុង {project} ទេ។ ការសាកល្បងដែលមាន៖ {known}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{project}: no trial results to compare</source>
        <translation>{project}៖ គ្មានលទ្ធផលការសាកល្បងសម្រាប់ប្រៀបធៀបទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--format project makes an office project on its own: give it alone, without other formats or --package</source>
        <translation>--format project បង្កើតគម្រោងការិយាល័យដោយខ្លួនឯង៖ សូមប្រើវាតែមួយគត់ ដោយគ្មានទម្រង់ផ្សេងទៀត ឬ --package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--format project copies whole provinces: {options} cannot be used with it (use --province)</source>
        <translation>--format project ចម្លងខេត្តទាំងមូល៖ មិនអាចប្រើ {options} ជាមួយវាបានទេ (សូមប្រើ --province)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--format project keeps the register&apos;s WGS 84: leave out --crs</source>
        <translation>--format project រក្សា WGS 84 របស់បញ្ជី៖ សូមកុំប្រើ --crs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: an office project of province {province}: {counts}</source>
        <translation>{file}៖ គម្រោងការិយាល័យនៃខេត្ត {province}៖ {counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: an office project of every province: {counts}</source>
        <translation>{file}៖ គម្រោងការិយាល័យនៃគ្រប់ខេត្ត៖ {counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--province {code!r}: use a 2-digit province code, e.g. 02 (Battambang)</source>
        <translation>--province {code!r}៖ សូមប្រើលេខកូដខេត្ត 2 ខ្ទង់ ឧ. 02 (បាត់ដំបង)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} A provincial officer publishes their own province&apos;s plots: add --province CODE.</source>
        <translation>{reason} មន្ត្រីខេត្តបោះផ្សាយក្បាលដីនៃខេត្តរបស់ខ្លួន៖ សូមបន្ថែម --province CODE។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the register</source>
        <translation>បញ្ជី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clash: {clash}</source>
        <translation>ការប៉ះទង្គិច៖ {clash}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>... and {count:,} more clashes</source>
        <translation>... និងការប៉ះទង្គិច {count:,} ទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} clashes between {project} and the register: nothing was published. Make the records agree (in the office project or in the register), then publish again; --dry-run lists them without trying</source>
        <translation>ការប៉ះទង្គិច {count:,} រវាង {project} និងបញ្ជី៖ គ្មានអ្វីត្រូវបានបោះផ្សាយទេ។ សូមធ្វើឱ្យកំណត់ត្រាត្រូវគ្នា (ក្នុងគម្រោងការិយាល័យ ឬក្នុងបញ្ជី) រួចបោះផ្សាយម្តងទៀត។ --dry-run បង្ហាញបញ្ជីការប៉ះទង្គិចទាំងនោះ ដោយមិនព្យាយាមបោះផ្សាយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{project} -&gt; the register: would add {counts}; already there: {found}</source>
        <translation>{project} -&gt; បញ្ជី៖ នឹងបន្ថែម {counts}; មានរួចហើយ៖ {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{project} -&gt; the register: added {counts}; already there: {found}</source>
        <translation>{project} -&gt; បញ្ជី៖ បានបន្ថែម {counts}; មានរួចហើយ៖ {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register {name} is at format {before}; its user roles were set up (add users with: {program} server add-user URL NAME --role ROLE).</source>
        <translation>បញ្ជី {name} ស្ថិតនៅទម្រង់ {before}។ ប្រភេទអ្នកប្រើរបស់វាត្រូវបានរៀបចំរួច (បន្ថែមអ្នកប្រើដោយ៖ {program} server add-user URL NAME --role ROLE)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register {name} is at format {before}; its history of every change (who, when, before and after) was set up or brought up to date: provincial users read their own provinces&apos;.</source>
        <translation>បញ្ជី {name} ស្ថិតនៅទម្រង់ {before}។ ប្រវត្តិនៃរាល់ការផ្លាស់ប្តូររបស់វា (អ្នកណា ពេលណា មុន និងក្រោយ) ត្រូវបានរៀបចំ ឬធ្វើបច្ចុប្បន្នភាព៖ អ្នកប្រើថ្នាក់ខេត្តអានប្រវត្តិនៃខេត្តរបស់ខ្លួន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register {name} is already initialised (format {before}); its plots got their default QGIS style (layer_styles).</source>
        <translation>បញ្ជី {name} ត្រូវបានរៀបចំរួចហើយ (ទម្រង់ {before})។ ក្បាលដីរបស់វាបានទទួលរចនាប័ទ្ម QGIS លំនាំដើម (layer_styles)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register {name} is already initialised (format {before}); nothing was changed.</source>
        <translation>បញ្ជី {name} ត្រូវបានរៀបចំរួចហើយ (ទម្រង់ {before})។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register {name} was upgraded from format {before} to format {version}.</source>
        <translation>បញ្ជី {name} ត្រូវបានដំឡើងពីទម្រង់ {before} ទៅទម្រង់ {version}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register {name} was created (format {version}). Connect to it with: {program} {url}</source>
        <translation>បញ្ជី {name} ត្រូវបានបង្កើត (ទម្រង់ {version})។ ភ្ជាប់ទៅវាដោយ៖ {program} {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo register&apos;s server in {folder} was stopped.</source>
        <translation>ម៉ាស៊ីនមេនៃបញ្ជីគំរូក្នុង {folder} ត្រូវបានបញ្ឈប់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo register&apos;s server in {folder} was not running.</source>
        <translation>ម៉ាស៊ីនមេនៃបញ្ជីគំរូក្នុង {folder} មិនបានដំណើរការទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--plots must be between 1 and 100000</source>
        <translation>--plots ត្រូវតែនៅចន្លោះពី 1 ដល់ 100000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published the demo project into the register: {counts}.</source>
        <translation>បានបោះផ្សាយគម្រោងគំរូទៅក្នុងបញ្ជី៖ {counts}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo register runs in {folder}. Open it with: {program} {url}
Stop it with: {program} server demo {folder} --stop</source>
        <translation>បញ្ជីគំរូដំណើរការក្នុង {folder}។ បើកវាដោយ៖ {program} {url}
បញ្ឈប់វាដោយ៖ {program} server demo {folder} --stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for {name}: </source>
        <translation>ពាក្យសម្ងាត់សម្រាប់ {name}៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again: </source>
        <translation>ម្តងទៀត៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two passwords differ; nothing was changed</source>
        <translation>ពាក្យសម្ងាត់ទាំងពីរខុសគ្នា៖ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register {name} has no users yet (add one with: {program} server add-user URL NAME --role ROLE).</source>
        <translation>បញ្ជី {name} មិនទាន់មានអ្នកប្រើនៅឡើយទេ (បន្ថែមម្នាក់ដោយ៖ {program} server add-user URL NAME --role ROLE)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provinces</source>
        <translation>ខេត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>អ្នកប្រើ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{user} (cannot log in)</source>
        <translation>{user} (មិនអាចចូលប្រព័ន្ធបាន)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (no access)</source>
        <translation>គ្មាន (គ្មានសិទ្ធិចូលប្រើ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>ទាំងអស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users of the register {name}:</source>
        <translation>អ្នកប្រើនៃបញ្ជី {name}៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no role</source>
        <translation>គ្មានប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{role} of provinces {provinces}</source>
        <translation>{role} នៃខេត្ត {provinces}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{role} of province {provinces}</source>
        <translation>{role} នៃខេត្ត {provinces}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed the user {user} ({was}) from the register {name}; it has no role in any register on this server now.</source>
        <translation>បានដកអ្នកប្រើ {user} ({was}) ចេញពីបញ្ជី {name}។ ឥឡូវនេះ អ្នកប្រើនេះគ្មានប្រភេទក្នុងបញ្ជីណាមួយនៅលើម៉ាស៊ីនមេនេះទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its login role {user} was dropped (it owned nothing).</source>
        <translation>គណនីចូលប្រព័ន្ធ {user} របស់វាត្រូវបានលុប (វាមិនមែនជាម្ចាស់អ្វីទេ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its login role {user} was kept ({reason}); it can no longer read or write the register.</source>
        <translation>គណនីចូលប្រព័ន្ធ {user} របស់វាត្រូវបានរក្សាទុក ({reason})។ វាលែងអាចអាន ឬសរសេរបញ្ជីបានទៀតហើយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>national</source>
        <translation>ថ្នាក់ជាតិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provincial</source>
        <translation>ថ្នាក់ខេត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>viewer</source>
        <translation>អ្នកមើល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created the user {user} of the register {name}: {role} of provinces {provinces}.</source>
        <translation>បានបង្កើតអ្នកប្រើ {user} នៃបញ្ជី {name}៖ {role} នៃខេត្ត {provinces}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created the user {user} of the register {name}: {role} of province {provinces}.</source>
        <translation>បានបង្កើតអ្នកប្រើ {user} នៃបញ្ជី {name}៖ {role} នៃខេត្ត {provinces}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created the user {user} of the register {name}: {role}.</source>
        <translation>បានបង្កើតអ្នកប្រើ {user} នៃបញ្ជី {name}៖ {role}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated the user {user} of the register {name}: {role} of provinces {provinces}.</source>
        <translation>បានធ្វើបច្ចុប្បន្នភាពអ្នកប្រើ {user} នៃបញ្ជី {name}៖ {role} នៃខេត្ត {provinces}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated the user {user} of the register {name}: {role} of province {provinces}.</source>
        <translation>បានធ្វើបច្ចុប្បន្នភាពអ្នកប្រើ {user} នៃបញ្ជី {name}៖ {role} នៃខេត្ត {provinces}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated the user {user} of the register {name}: {role}.</source>
        <translation>បានធ្វើបច្ចុប្បន្នភាពអ្នកប្រើ {user} នៃបញ្ជី {name}៖ {role}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--out {out}: the report is a PDF; name it with .pdf</source>
        <translation>--out {out}៖ របាយការណ៍ជាឯកសារ PDF ដូច្នេះសូមដាក់ឈ្មោះវាបញ្ចប់ដោយ .pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{project} has no season: add one (Register &gt; Seasons) before asking for a season report</source>
        <translation>{project} មិនទាន់មានរដូវទេ៖ សូមបន្ថែមរដូវមួយ (បញ្ជី &gt; រដូវ) មុននឹងសុំរបាយការណ៍រដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pdf}: the season report of {season}; its tables are in {xlsx}</source>
        <translation>{pdf}៖ របាយការណ៍រដូវនៃ {season}។ តារាងរបស់វាស្ថិតនៅក្នុង {xlsx}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{low} to {high}</source>
        <translation>{low} ដល់ {high}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95% CI</source>
        <translation>ចន្លោះជឿជាក់ 95%</translation>
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
        <source>Season</source>
        <translation>រដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend per year</source>
        <translation>និន្នាការក្នុងមួយឆ្នាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slope</source>
        <translation>ជម្រាល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial: {trial}</source>
        <translation>ការសាកល្បង៖ {trial}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>season plans</source>
        <translation>ផែនការតាមរដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yield records</source>
        <translation>កំណត់ត្រាទិន្នផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extension events</source>
        <translation>ព្រឹត្តិការណ៍ផ្សព្វផ្សាយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soil samples</source>
        <translation>សំណាកដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>farmers</source>
        <translation>កសិករ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plots</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {problem}</source>
        <translation>{where}៖ {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: no submission in the file</source>
        <translation>{file}៖ គ្មានទិន្នន័យដាក់ស្នើក្នុងឯកសារទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {count} submissions; would write {counts}, {media} media files; {known} already imported, {refused} refused (dry run: nothing written)</source>
        <translation>{file}៖ ទិន្នន័យដាក់ស្នើ {count}; នឹងសរសេរ {counts} និងឯកសាររូបភាព {media}; បាននាំចូលរួចហើយ {known} បដិសេធ {refused} (ពិនិត្យតែប៉ុណ្ណោះ៖ គ្មានអ្វីត្រូវបានសរសេរទេ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{project}: wrote {counts}, {media} media files; {known} already imported, {refused} refused</source>
        <translation>{project}៖ បានសរសេរ {counts} និងឯកសាររូបភាព {media}; បាននាំចូលរួចហើយ {known} បដិសេធ {refused}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} {things}</source>
        <translation>{things} {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>គ្មានអ្វីទេ</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>farmer</source>
        <translation>កសិករ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plot</source>
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
        <source>yield record</source>
        <translation>កំណត់ត្រាទិន្នផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extension event</source>
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
        <location line="-206"/>
        <source>both changed {column}</source>
        <translation>ភាគីទាំងពីរបានកែប្រែ {column}</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>cells are squares of a positive size, not {size}</source>
        <translation>ក្រឡាជាការ៉េដែលមានទំហំវិជ្ជមាន មិនមែន {size} ទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MetKasekor: conservation agriculture in Cambodia</source>
        <translation>មិត្តកសិករ៖ កសិកម្មអភិរក្សនៅកម្ពុជា</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fewer than {count} farmers have adopted: the model is not published.</source>
        <translation>កសិករដែលបានទទួលយកមានតិចជាង {count} នាក់៖ គំរូមិនត្រូវបានផ្សព្វផ្សាយទេ។</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{file}: {count} plots ({chosen}; {crs}). {privacy}</source>
        <translation>{file}៖ ក្បាលដី {count} ({chosen}; {crs})។ {privacy}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{folder}: the website of {seasons} season(s), {files} files, published {date}; open index.html in a browser, or copy the folder to a web server</source>
        <translation>{folder}៖ គេហទំព័រនៃរដូវ {seasons} ឯកសារ {files} ផ្សព្វផ្សាយថ្ងៃ {date}។ សូមបើក index.html ក្នុងកម្មវិធីរុករក ឬចម្លងថតនេះទៅម៉ាស៊ីនមេគេហទំព័រ</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+1"/>
        <source>the register refused it: not in your provinces</source>
        <translation>បញ្ជីបានបដិសេធវា៖ មិនស្ថិតក្នុងខេត្តរបស់អ្នកទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} {things}</source>
        <translation>{things} {count:,}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: an offline copy of area {area}: {counts}. Synchronise it with: {program} sync {file}</source>
        <translation>{file}៖ ច្បាប់ចម្លងក្រៅបណ្តាញនៃតំបន់ {area}៖ {counts}។ ធ្វើសមកាលកម្មវាដោយ៖ {program} sync {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: an offline copy of the whole register: {counts}. Synchronise it with: {program} sync {file}</source>
        <translation>{file}៖ ច្បាប់ចម្លងក្រៅបណ្តាញនៃបញ្ជីទាំងមូល៖ {counts}។ ធ្វើសមកាលកម្មវាដោយ៖ {program} sync {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An interrupted sync had reached the register; it was finished, not repeated.</source>
        <translation>សមកាលកម្មដែលត្រូវបានរំខាន បានទៅដល់បញ្ជីរួចហើយ៖ វាត្រូវបានបញ្ចប់ មិនមែនធ្វើឡើងវិញទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pushed: {pushed}; deleted in the register: {deleted}</source>
        <translation>បានផ្ញើ៖ {pushed}; បានលុបក្នុងបញ្ជី៖ {deleted}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pulled: {pulled}; deleted here: {deleted}</source>
        <translation>បានទាញយក៖ {pulled}; បានលុបនៅទីនេះ៖ {deleted}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged: {count} records with fields changed on both sides</source>
        <translation>បានបញ្ចូលគ្នា៖ កំណត់ត្រា {count} ដែលមានវាលត្រូវបានកែប្រែនៅភាគីទាំងពីរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict {id}: {record}: {what}</source>
        <translation>ការប៉ះទង្គិច {id}៖ {record}៖ {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} conflicts are open: {program} conflicts {copy}</source>
        <translation>នៅសល់ការប៉ះទង្គិច {count}៖ {program} conflicts {copy}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--keep needs --id N: the conflict to decide (see the list)</source>
        <translation>--keep ត្រូវការ --id N៖ ការប៉ះទង្គិចដែលត្រូវសម្រេច (មើលបញ្ជីការប៉ះទង្គិច)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--keep value needs --value: the value to keep</source>
        <translation>--keep value ត្រូវការ --value៖ តម្លៃដែលត្រូវរក្សាទុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conflict {id} decided: {keep}; it goes across at the next sync</source>
        <translation>បានសម្រេចការប៉ះទង្គិច {id}៖ {keep}។ វានឹងឆ្លងទៅភាគីម្ខាងទៀតនៅសមកាលកម្មលើកក្រោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{copy}: no open conflict</source>
        <translation>{copy}៖ គ្មានការប៉ះទង្គិចនៅសល់ទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id}: {record}: {what}</source>
        <translation>{id}៖ {record}៖ {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    at the last sync: {base!r}; here: {local!r}; in the register: {remote!r}</source>
        <translation>នៅសមកាលកម្មចុងក្រោយ៖ {base!r}; នៅទីនេះ៖ {local!r}; ក្នុងបញ្ជី៖ {remote!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>    the register has a plot {code}: rename this one, e.g. to {proposal}, and sync again</source>
        <translation>បញ្ជីមានក្បាលដី {code} រួចហើយ៖ សូមប្តូរកូដក្បាលដីនេះ ឧ. ទៅជា {proposal} ហើយធ្វើសមកាលកម្មម្តងទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decide one with: --id N --keep local|register|value [--value V]</source>
        <translation>សម្រេចមួយដោយ៖ --id N --keep local|register|value [--value V]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size:.1f} kB</source>
        <translation>{size:.1f} kB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size:.1f} MB</source>
        <translation>{size:.1f} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--min-zoom {low} is above --max-zoom {high}; give the smaller zoom first, e.g. --min-zoom 12 --max-zoom 17</source>
        <translation>--min-zoom {low} ធំជាង --max-zoom {high}៖ សូមផ្តល់កម្រិតពង្រីកដែលតូចជាងមុន ឧ. --min-zoom 12 --max-zoom 17</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--raster {file}: no such file</source>
        <translation>--raster {file}៖ គ្មានឯកសារនេះទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all plots</source>
        <translation>ក្បាលដីទាំងអស់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>district {code}</source>
        <translation>ស្រុក {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {count} tiles over {where}, zooms {low}-{high} ({per_zoom}); {size}</source>
        <translation>{file}៖ ក្រឡាផែនទី {count} លើ {where} កម្រិតពង្រីក {low}-{high} ({per_zoom}); {size}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every plot needs a code, e.g. BTB-RM-0001.</source>
        <translation>ក្បាលដីនីមួយៗត្រូវការលេខកូដ ឧ. BTB-RM-0001។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plot code {code!r} may hold only letters, digits and dashes (e.g. BTB-RM-0001).</source>
        <translation>លេខកូដក្បាលដី {code!r} អាចមានតែអក្សរ លេខ និងសញ្ញាដាច់ (-) ប៉ុណ្ណោះ (ឧ. BTB-RM-0001)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A {level} code is needed ({length} digits).</source>
        <translation>ត្រូវការលេខកូដ{level} ({length} ខ្ទង់)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code!r} is not a {level} code: it must be {length} digits, with its leading zeros (e.g. 02070101 for a village in Battambang).</source>
        <translation>{code!r} មិនមែនជាលេខកូដ{level}ទេ៖ វាត្រូវតែមាន {length} ខ្ទង់ រួមទាំងលេខសូន្យនៅខាងមុខ (ឧ. 02070101 សម្រាប់ភូមិមួយក្នុងខេត្តបាត់ដំបង)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>columns of {name} differ in length: {lengths}</source>
        <translation>ជួរឈរនៃ {name} មានប្រវែងខុសគ្នា៖ {lengths}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latitude</source>
        <translation>រយៈទទឹង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>longitude</source>
        <translation>រយៈបណ្តោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>easting</source>
        <translation>កូអរដោនេ E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>northing</source>
        <translation>កូអរដោនេ N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>axis must be &apos;lon&apos; or &apos;lat&apos;, not {axis!r}</source>
        <translation>អ័ក្សត្រូវតែជា &apos;lon&apos; ឬ &apos;lat&apos; មិនមែន {axis!r} ទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a {name}: {why}. Type decimal degrees or degrees, minutes and seconds, for example {example}.</source>
        <translation>&apos;{text}&apos; មិនមែនជា{name}ទេ៖ {why}។ សូមវាយជាដឺក្រេទសភាគ ឬជាដឺក្រេ នាទី និងវិនាទី ឧទាហរណ៍ {example}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the field is empty</source>
        <translation>ប្រអប់នេះទទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it could not be read</source>
        <translation>មិនអាចអានវាបានទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has two hemisphere letters</source>
        <translation>វាមានអក្សរអឌ្ឍគោលពីរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has both a minus sign and a hemisphere letter</source>
        <translation>វាមានទាំងសញ្ញាដក និងអក្សរអឌ្ឍគោល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it contains characters that are not part of a coordinate</source>
        <translation>វាមានតួអក្សរដែលមិនមែនជាផ្នែកនៃកូអរដោនេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has more than three numbers</source>
        <translation>វាមានលេខច្រើនជាងបី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the last number may have decimals</source>
        <translation>មានតែលេខចុងក្រោយប៉ុណ្ណោះដែលអាចមានខ្ទង់ទសភាគ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes must be under 60, not {minutes}</source>
        <translation>នាទីត្រូវតិចជាង 60 មិនមែន {minutes} ទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds must be under 60, not {seconds}</source>
        <translation>វិនាទីត្រូវតិចជាង 60 មិនមែន {seconds} ទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {name} ends in {first} or {second}, not {hemisphere}</source>
        <translation>{name} ត្រូវបញ្ចប់ដោយ {first} ឬ {second} មិនមែន {hemisphere} ទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {name} lies between -{limit:g} and {limit:g}</source>
        <translation>{name} ត្រូវនៅចន្លោះ -{limit:g} និង {limit:g}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The longitude ({lon}) and latitude ({lat}) look swapped: in Cambodia the longitude is about 102 to 108 and the latitude about 10 to 15. Exchange the two values.</source>
        <translation>រយៈបណ្តោយ ({lon}) និងរយៈទទឹង ({lat}) ហាក់ដូចជាដាក់ច្រឡំគ្នា៖ នៅកម្ពុជា រយៈបណ្តោយមានប្រហែល 102 ដល់ 108 ហើយរយៈទទឹងប្រហែល 10 ដល់ 15។ សូមប្ដូរតម្លៃទាំងពីរនេះទៅវិញទៅមក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {name} is empty. Type it in metres, e.g. 491234.5.</source>
        <translation>{name} ទទេ។ សូមវាយវាជាម៉ែត្រ ឧ. 491234.5។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a number of metres. Type the {name}, e.g. 491234.5.</source>
        <translation>&apos;{text}&apos; មិនមែនជាចំនួនម៉ែត្រទេ។ សូមវាយ {name} ឧ. 491234.5។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The easting ({easting}) and northing ({northing}) look swapped: in Cambodia the easting (UTM 48N) has 6 digits and the northing 7. Exchange them.</source>
        <translation>កូអរដោនេ E ({easting}) និងកូអរដោនេ N ({northing}) ហាក់ដូចជាដាក់ច្រឡំគ្នា៖ នៅកម្ពុជា កូអរដោនេ E (UTM 48N) មាន 6 ខ្ទង់ ហើយកូអរដោនេ N មាន 7 ខ្ទង់។ សូមប្ដូរតម្លៃទាំងពីរនេះទៅវិញទៅមក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The easting {easting} is outside UTM zone 48N in Cambodia (166,000 to 834,000 m). Check the number, and that it is in zone 48N metres.</source>
        <translation>កូអរដោនេ E {easting} នៅក្រៅ UTM តំបន់ 48N ក្នុងប្រទេសកម្ពុជា (166,000 ដល់ 834,000 m)។ សូមពិនិត្យលេខនេះ និងពិនិត្យថាវាជាម៉ែត្រក្នុងតំបន់ 48N។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The northing {northing} is outside Cambodia (1,100,000 to 1,650,000 m in UTM 48N). Check the number, and that it is in zone 48N metres.</source>
        <translation>កូអរដោនេ N {northing} នៅក្រៅប្រទេសកម្ពុជា (1,100,000 ដល់ 1,650,000 m ក្នុង UTM 48N)។ សូមពិនិត្យលេខនេះ និងពិនិត្យថាវាជាម៉ែត្រក្នុងតំបន់ 48N។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown crop {key!r}; known crops: {known}</source>
        <translation>មិនស្គាល់ដំណាំ {key!r}។ ដំណាំដែលស្គាល់៖ {known}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of demo plots cannot be negative.</source>
        <translation>ចំនួនក្បាលដីនៃទិន្នន័យគំរូ មិនអាចជាចំនួនអវិជ្ជមានបានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many plots for the demo tiles of the provinces.</source>
        <translation>ក្បាលដីច្រើនពេកសម្រាប់ក្រឡានៃទិន្នន័យគំរូក្នុងខេត្តនានា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many villages for the demo tiles of province {province}.</source>
        <translation>ភូមិច្រើនពេកសម្រាប់ក្រឡានៃទិន្នន័យគំរូក្នុងខេត្ត {province}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo season {name} has no dates.</source>
        <translation>រដូវ {name} នៃទិន្នន័យគំរូ គ្មានកាលបរិច្ឆេទទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo&apos;s {name} has no id.</source>
        <translation>{name} នៃទិន្នន័យគំរូ គ្មានលេខសម្គាល់ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is left of the plot once its overlap with neighbouring plots is removed: it lies inside plots that already exist. Draw it outside them, or turn off &apos;avoid overlaps&apos; to draw over them.</source>
        <translation>គ្មានអ្វីនៅសល់ពីក្បាលដីទេ នៅពេលដកផ្នែកដែលត្រួតលើក្បាលដីជិតខាងចេញ៖ វាស្ថិតនៅខាងក្នុងក្បាលដីដែលមានស្រាប់។ សូមគូរវានៅខាងក្រៅក្បាលដីទាំងនោះ ឬបិទជម្រើស &apos;ជៀសវាងការត្រួតគ្នា&apos; ដើម្បីគូរពីលើក្បាលដីទាំងនោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The line must cross the plot from one side to the other. Start and end the line outside the plot.</source>
        <translation>បន្ទាត់ត្រូវកាត់ឆ្លងក្បាលដីពីម្ខាងទៅម្ខាងទៀត។ សូមចាប់ផ្ដើម និងបញ្ចប់បន្ទាត់នៅខាងក្រៅក្បាលដី។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select at least two plots to merge.</source>
        <translation>សូមជ្រើសក្បាលដីយ៉ាងហោចណាស់ពីរ ដើម្បីបញ្ចូលគ្នា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plots {first} and {second} do not share a boundary, so they cannot be merged. Only plots that touch along an edge can become one plot.</source>
        <translation>ក្បាលដី {first} និង {second} មិនមានព្រំដីរួមគ្នាទេ ដូច្នេះមិនអាចបញ្ចូលគ្នាបានទេ។ មានតែក្បាលដីដែលប៉ះគ្នាតាមបណ្តោយគែមប៉ុណ្ណោះ ដែលអាចក្លាយជាក្បាលដីតែមួយបាន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new stretch must start and end on the plot boundary (within 1 m). Start drawing on the boundary, or draw across it.</source>
        <translation>ផ្នែកថ្មីត្រូវចាប់ផ្ដើម និងបញ្ចប់នៅលើព្រំក្បាលដី (ក្នុងចម្ងាយ 1 m)។ សូមចាប់ផ្ដើមគូរនៅលើព្រំ ឬគូរកាត់ឆ្លងព្រំ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new stretch starts and ends at the same place on the boundary. End it at another place on the boundary.</source>
        <translation>ផ្នែកថ្មីចាប់ផ្ដើម និងបញ្ចប់នៅកន្លែងតែមួយលើព្រំ។ សូមបញ្ចប់វានៅកន្លែងផ្សេងទៀតលើព្រំ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new stretch meets the boundary between its ends. Draw it so that it meets the boundary only where it starts and where it ends.</source>
        <translation>ផ្នែកថ្មីប៉ះព្រំនៅចន្លោះចុងទាំងពីររបស់វា។ សូមគូរវាឱ្យប៉ះព្រំតែត្រង់កន្លែងដែលវាចាប់ផ្ដើម និងកន្លែងដែលវាបញ្ចប់ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new stretch crosses the boundary or itself, so the reshaped plot would not be a valid shape. Draw a stretch that meets the boundary only at its ends.</source>
        <translation>ផ្នែកថ្មីកាត់ឆ្លងព្រំ ឬកាត់ឆ្លងខ្លួនវាផ្ទាល់ ដូច្នេះក្បាលដីដែលបានកែព្រំនឹងមិនមែនជារាងត្រឹមត្រូវទេ។ សូមគូរផ្នែកដែលប៉ះព្រំតែនៅចុងទាំងពីររបស់វាប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value!r} is not a valid {field}; use one of: {allowed}.</source>
        <translation>{value!r} មិនមែនជា {field} ត្រឹមត្រូវទេ។ សូមប្រើមួយក្នុងចំណោម៖ {allowed}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance cannot be negative.</source>
        <translation>ចំនួនអ្នកចូលរួមមិនអាចជាចំនួនអវិជ្ជមានបានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A farmer needs a name, in Khmer or in Latin letters.</source>
        <translation>កសិករត្រូវមានឈ្មោះ ជាអក្សរខ្មែរ ឬជាអក្សរឡាតាំង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plot must be an area (polygon); this shape is a {kind}. Draw or import the plot boundary as a polygon.</source>
        <translation>ក្បាលដីត្រូវតែជាផ្ទៃ (ពហុកោណ) ប៉ុន្តែរាងនេះជា {kind}។ សូមគូរ ឬនាំចូលព្រំក្បាលដីជាពហុកោណ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plot has no shape. Draw or import its boundary.</source>
        <translation>ក្បាលដីគ្មានរាងទេ។ សូមគូរ ឬនាំចូលព្រំរបស់វា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plot boundary is not a valid shape: {reason} at {place}. Move the vertices so that the boundary does not cross itself.</source>
        <translation>ព្រំក្បាលដីមិនមែនជារាងត្រឹមត្រូវទេ៖ {reason} នៅ {place}។ សូមផ្លាស់ទីចំណុចកែង ដើម្បីកុំឱ្យព្រំកាត់ឆ្លងខ្លួនវាផ្ទាល់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plot boundary is not a valid shape: {reason}. Move the vertices so that the boundary does not cross itself.</source>
        <translation>ព្រំក្បាលដីមិនមែនជារាងត្រឹមត្រូវទេ៖ {reason}។ សូមផ្លាស់ទីចំណុចកែង ដើម្បីកុំឱ្យព្រំកាត់ឆ្លងខ្លួនវាផ្ទាល់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value!r} is not a plot role; use demonstration, control or farmer field (or leave the role column unmapped).</source>
        <translation>{value!r} មិនមែនជាប្រភេទក្បាលដីទេ។ សូមប្រើ ដីសាកល្បងបង្ហាញ ដីប្រៀបធៀប ឬដីកសិករ (ឬកុំភ្ជាប់ជួរឈរប្រភេទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>village code: {problem}</source>
        <translation>លេខកូដភូមិ៖ {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every column must hold one value per feature</source>
        <translation>ជួរឈរនីមួយៗត្រូវមានតម្លៃមួយសម្រាប់ធាតុនីមួយៗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid shape</source>
        <translation>រាងមិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>heights (Z) dropped</source>
        <translation>បានដកកម្ពស់ (Z) ចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measures (M) dropped</source>
        <translation>បានដករង្វាស់ (M) ចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>curves straightened</source>
        <translation>បានតម្រង់ខ្សែកោង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an area, or points/lines dropped</source>
        <translation>មិនមែនជាផ្ទៃ ឬបានដកចំណុច/បន្ទាត់ចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no shape</source>
        <translation>គ្មានរាង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code repeated in the file</source>
        <translation>លេខកូដស្ទួនក្នុងឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code already in the project</source>
        <translation>លេខកូដមានក្នុងគម្រោងរួចហើយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing or wrong code</source>
        <translation>គ្មានលេខកូដ ឬលេខកូដខុស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overlaps another plot</source>
        <translation>ត្រួតលើក្បាលដីផ្សេង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problem while reading</source>
        <translation>បញ្ហាពេលអាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value that cannot be used</source>
        <translation>តម្លៃដែលមិនអាចប្រើបាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature {number} (code {code})</source>
        <translation>ធាតុ {number} (លេខកូដ {code})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature {number}</source>
        <translation>ធាតុ {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{feature}: {problem}</source>
        <translation>{feature}៖ {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the columns of a review must be aligned</source>
        <translation>ជួរឈរនៃការពិនិត្យត្រូវតម្រឹមគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} features read: {accepted} will be imported, {refused} will not.</source>
        <translation>បានអានធាតុ {count}៖ {accepted} នឹងត្រូវនាំចូល {refused} នឹងមិនត្រូវនាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} invalid shapes will be imported as repaired (total area change {change}).</source>
        <translation>រាងមិនត្រឹមត្រូវ {count} នឹងត្រូវនាំចូលជារាងដែលបានជួសជុល (ផ្ទៃដីប្រែប្រួលសរុប {change})។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  {kind}: {count} feature</source>
        <translation>{kind}៖ ធាតុ {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  {kind}: {count} features</source>
        <translation>{kind}៖ ធាតុ {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[refused] {issue}</source>
        <translation>[បដិសេធ] {issue}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[allowed] {issue}</source>
        <translation>[អនុញ្ញាត] {issue}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[note] {issue}</source>
        <translation>[កំណត់សម្គាល់] {issue}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overlaps {plots} and {more} more.</source>
        <translation>ត្រួតលើ {plots} និង {more} ទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overlaps {plots}.</source>
        <translation>ត្រួតលើ {plots}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>existing plot {code} (the same shape)</source>
        <translation>ក្បាលដីដែលមានស្រាប់ {code} (រាងដូចគ្នា)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>existing plot {code} ({area})</source>
        <translation>ក្បាលដីដែលមានស្រាប់ {code} ({area})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature {number} of this file (the same shape)</source>
        <translation>ធាតុ {number} នៃឯកសារនេះ (រាងដូចគ្នា)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature {number} of this file ({area})</source>
        <translation>ធាតុ {number} នៃឯកសារនេះ ({area})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a point</source>
        <translation>ចំណុច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line</source>
        <translation>បន្ទាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a closed line (ring)</source>
        <translation>បន្ទាត់បិទជិត (ព្រំ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a group of points</source>
        <translation>ក្រុមចំណុច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a group of lines</source>
        <translation>ក្រុមបន្ទាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a collection of points and lines</source>
        <translation>បណ្តុំចំណុច និងបន្ទាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the boundary crosses itself, or parts overlap</source>
        <translation>ព្រំដីកាត់ឆ្លងខ្លួនវាផ្ទាល់ ឬផ្នែកនានាត្រួតលើគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring touches itself</source>
        <translation>ព្រំមួយប៉ះខ្លួនវាផ្ទាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring has too few distinct vertices</source>
        <translation>ព្រំមួយមានចំណុចកែងខុសៗគ្នាតិចពេក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies outside the outer boundary</source>
        <translation>ប្រហោងមួយនៅខាងក្រៅព្រំខាងក្រៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies inside another hole</source>
        <translation>ប្រហោងមួយនៅខាងក្នុងប្រហោងមួយទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holes cut the area into pieces</source>
        <translation>ប្រហោងកាត់ផ្ទៃជាបំណែកៗ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one part lies inside another part</source>
        <translation>ផ្នែកមួយនៅខាងក្នុងផ្នែកមួយទៀត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring is repeated</source>
        <translation>ព្រំមួយស្ទួនគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a vertex has no valid coordinates</source>
        <translation>ចំណុចកែងមួយគ្មានកូអរដោនេត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring is not closed</source>
        <translation>ព្រំមួយមិនបានបិទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-intersection</source>
        <translation>ការកាត់ខ្លួនឯង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring Self-intersection</source>
        <translation>ខ្សែព្រំប៉ះខ្លួនឯង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too few points</source>
        <translation>ចំណុចតិចពេក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hole lies outside shell</source>
        <translation>រន្ធនៅក្រៅព្រំខាងក្រៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nested holes</source>
        <translation>រន្ធនៅក្នុងរន្ធ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interior is disconnected</source>
        <translation>ផ្ទៃខាងក្នុងត្រូវបានកាត់ផ្តាច់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nested shells</source>
        <translation>ផ្នែកនៅក្នុងផ្នែក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate Rings</source>
        <translation>ខ្សែព្រំស្ទួន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid Coordinate</source>
        <translation>កូអរដោនេមិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring is not closed</source>
        <translation>ខ្សែព្រំមិនបិទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>geometries, codes and numbers must have the same length</source>
        <translation>ធរណីមាត្រ លេខកូដ និងលេខ ត្រូវមានប្រវែងស្មើគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the feature has no plot code. Fill in the code in the file, or let codes be generated.</source>
        <translation>ធាតុនេះគ្មានលេខកូដក្បាលដីទេ។ សូមបំពេញលេខកូដក្នុងឯកសារ ឬឱ្យកម្មវិធីបង្កើតលេខកូដ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} Correct the code in the file.</source>
        <translation>{reason} សូមកែលេខកូដក្នុងឯកសារ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the code {code} is already used by feature {number} of this file; every plot needs its own code.</source>
        <translation>លេខកូដ {code} ត្រូវបានប្រើរួចហើយដោយធាតុ {number} នៃឯកសារនេះ។ ក្បាលដីនីមួយៗត្រូវមានលេខកូដផ្ទាល់ខ្លួន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project already has a plot with code {code}. Change the code in the file, or leave this feature out.</source>
        <translation>គម្រោងមានក្បាលដីលេខកូដ {code} រួចហើយ។ សូមប្ដូរលេខកូដក្នុងឯកសារ ឬកុំនាំចូលធាតុនេះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the feature has no shape (empty geometry) and cannot be imported; draw its boundary after the import or fix the file.</source>
        <translation>ធាតុនេះគ្មានរាង (ធរណីមាត្រទទេ) ហើយមិនអាចនាំចូលបានទេ។ សូមគូរព្រំរបស់វាក្រោយពេលនាំចូល ឬកែឯកសារ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Z values (heights) were dropped; plots are stored flat.</source>
        <translation>តម្លៃ Z (កម្ពស់) ត្រូវបានដកចេញ។ ក្បាលដីត្រូវបានរក្សាទុកជាផ្ទៃរាបស្មើ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M values (measures) were dropped.</source>
        <translation>តម្លៃ M (រង្វាស់) ត្រូវបានដកចេញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>curved edges were replaced by short straight segments.</source>
        <translation>គែមកោងត្រូវបានជំនួសដោយកំណាត់បន្ទាត់ត្រង់ខ្លីៗ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the feature mixes areas with points or lines; the points and lines were dropped.</source>
        <translation>ធាតុនេះមានទាំងផ្ទៃ និងចំណុច ឬបន្ទាត់លាយគ្នា។ ចំណុច និងបន្ទាត់ត្រូវបានដកចេញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an area</source>
        <translation>មិនមែនជាផ្ទៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the feature is {kind} ({type}), not an area; only polygons can be plots, so it was not imported.</source>
        <translation>ធាតុនេះជា {kind} ({type}) មិនមែនជាផ្ទៃទេ។ មានតែពហុកោណប៉ុណ្ណោះដែលអាចជាក្បាលដី ដូច្នេះវាមិនត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({words})</source>
        <translation>{name} ({words})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the boundary is not a valid shape: {reason} at longitude {lon:.5f}, latitude {lat:.5f}. It cannot be repaired into an area: correct the boundary in the source file.</source>
        <translation>ព្រំដីមិនមែនជារាងត្រឹមត្រូវទេ៖ {reason} នៅរយៈបណ្តោយ {lon:.5f} រយៈទទឹង {lat:.5f}។ មិនអាចជួសជុលវាឱ្យទៅជាផ្ទៃបានទេ៖ សូមកែព្រំដីក្នុងឯកសារប្រភព។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the boundary is not a valid shape: {reason}. It cannot be repaired into an area: correct the boundary in the source file.</source>
        <translation>ព្រំដីមិនមែនជារាងត្រឹមត្រូវទេ៖ {reason}។ មិនអាចជួសជុលវាឱ្យទៅជាផ្ទៃបានទេ៖ សូមកែព្រំដីក្នុងឯកសារប្រភព។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the boundary is not a valid shape: {reason} at longitude {lon:.5f}, latitude {lat:.5f}. A repair is offered: it changes the area by {change} (the boundary as drawn measures {before}, parts that cross cancel out; repaired: {after}); accept the repairs to import it.</source>
        <translation>ព្រំដីមិនមែនជារាងត្រឹមត្រូវទេ៖ {reason} នៅរយៈបណ្តោយ {lon:.5f} រយៈទទឹង {lat:.5f}។ មានការជួសជុលមួយត្រូវបានស្នើ៖ វាប្ដូរផ្ទៃដី {change} (ព្រំដីដូចដែលបានគូរ មានផ្ទៃ {before} ដោយផ្នែកដែលកាត់ឆ្លងគ្នាទូទាត់គ្នាចេញ ក្រោយជួសជុល៖ {after})។ សូមទទួលយកការជួសជុល ដើម្បីនាំចូលវា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the boundary is not a valid shape: {reason}. A repair is offered: it changes the area by {change} (the boundary as drawn measures {before}, parts that cross cancel out; repaired: {after}); accept the repairs to import it.</source>
        <translation>ព្រំដីមិនមែនជារាងត្រឹមត្រូវទេ៖ {reason}។ មានការជួសជុលមួយត្រូវបានស្នើ៖ វាប្ដូរផ្ទៃដី {change} (ព្រំដីដូចដែលបានគូរ មានផ្ទៃ {before} ដោយផ្នែកដែលកាត់ឆ្លងគ្នាទូទាត់គ្នាចេញ ក្រោយជួសជុល៖ {after})។ សូមទទួលយកការជួសជុល ដើម្បីនាំចូលវា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lies at longitude {lon:.4f}, latitude {lat:.4f}, outside Cambodia (longitude {west}-{east}, latitude {south}-{north}). Check the coordinate system of the file, or choose to import it anyway.</source>
        <translation>ស្ថិតនៅរយៈបណ្តោយ {lon:.4f} រយៈទទឹង {lat:.4f} នៅក្រៅប្រទេសកម្ពុជា (រយៈបណ្តោយ {west}-{east} រយៈទទឹង {south}-{north})។ សូមពិនិត្យប្រព័ន្ធកូអរដោនេរបស់ឯកសារ ឬជ្រើសនាំចូលវាទោះយ៉ាងណាក៏ដោយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lies outside Cambodia (longitude {west}-{east}, latitude {south}-{north}). Check the coordinate system of the file, or choose to import it anyway.</source>
        <translation>ស្ថិតនៅក្រៅប្រទេសកម្ពុជា (រយៈបណ្តោយ {west}-{east} រយៈទទឹង {south}-{north})។ សូមពិនិត្យប្រព័ន្ធកូអរដោនេរបស់ឯកសារ ឬជ្រើសនាំចូលវាទោះយ៉ាងណាក៏ដោយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same practice is listed twice in this season&apos;s plan.</source>
        <translation>ការអនុវត្តដូចគ្នាត្រូវបានដាក់ពីរដងក្នុងផែនការរដូវនេះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cost cannot be negative.</source>
        <translation>ចំណាយមិនអាចជាចំនួនអវិជ្ជមានបានទេ។</translation>
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
        <location line="+1"/>
        <source>Plot {code} cannot be its own control plot; choose a nearby farmer-practice plot as its control.</source>
        <translation>ក្បាលដី {code} មិនអាចជាក្បាលដីប្រៀបធៀបរបស់ខ្លួនឯងបានទេ។ សូមជ្រើសក្បាលដីដែលធ្វើតាមការអនុវត្តរបស់កសិករ នៅក្បែរនោះ ធ្វើជាក្បាលដីប្រៀបធៀបរបស់វា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a demonstration plot has a paired control; {code} is a {role} plot.</source>
        <translation>មានតែក្បាលដីសាកល្បងបង្ហាញប៉ុណ្ណោះ ដែលមានក្បាលដីប្រៀបធៀបជាគូ។ {code} ជាក្បាលដីប្រភេទ {role}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot {code} is not a control plot; set its role to control first.</source>
        <translation>ក្បាលដី {code} មិនមែនជាក្បាលដីប្រៀបធៀបទេ។ សូមកំណត់ប្រភេទរបស់វាជា ដីប្រៀបធៀប ជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its boundary crosses itself</source>
        <translation>ព្រំរបស់វាកាត់ឆ្លងខ្លួនវាផ្ទាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole cuts the plot into separate pieces</source>
        <translation>ប្រហោងមួយកាត់ក្បាលដីជាបំណែកដាច់ពីគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole lies outside the plot</source>
        <translation>ប្រហោងមួយនៅខាងក្រៅក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two rings are the same</source>
        <translation>ព្រំពីរដូចគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ring has fewer than 3 corners</source>
        <translation>ព្រំមួយមានចំណុចកែងតិចជាង 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a corner has no valid coordinates</source>
        <translation>ចំណុចកែងមួយគ្មានកូអរដោនេត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plot must be an area (polygon); this shape is a {kind}. Draw the plot boundary with at least three corners.</source>
        <translation>ក្បាលដីត្រូវតែជាផ្ទៃ (ពហុកោណ) ប៉ុន្តែរាងនេះជា {kind}។ សូមគូរព្រំក្បាលដីដោយមានចំណុចកែងយ៉ាងហោចណាស់បី។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shape is not valid</source>
        <translation>រាងមិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plot boundary is not a valid shape: {reason} (marked on the map). Move or delete vertices so that the boundary does not cross or touch itself.</source>
        <translation>ព្រំក្បាលដីមិនមែនជារាងត្រឹមត្រូវទេ៖ {reason} (បានសម្គាល់លើផែនទី)។ សូមផ្លាស់ទី ឬលុបចំណុចកែង ដើម្បីកុំឱ្យព្រំកាត់ឆ្លង ឬប៉ះខ្លួនវាផ្ទាល់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plot is {ha} ha ({m2} m²), smaller than the minimum of {minimum} ha set in the options. Draw the whole plot, or lower the minimum plot area in the options.</source>
        <translation>ក្បាលដីមានទំហំ {ha} ha ({m2} m²) តូចជាងអប្បបរមា {minimum} ha ដែលបានកំណត់ក្នុងជម្រើស។ សូមគូរក្បាលដីទាំងមូល ឬបន្ថយផ្ទៃដីអប្បបរមានៃក្បាលដីក្នុងជម្រើស។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A part of the plot is a thin sliver (about {width} m wide, {m2} m²), narrower than the minimum of {minimum} m (marked on the map). Delete that part or move its vertices to the real boundary.</source>
        <translation>ផ្នែកមួយនៃក្បាលដីជាបំណែកដីស្ដើង (ទទឹងប្រហែល {width} m, {m2} m²) ស្ដើងជាងអប្បបរមា {minimum} m (បានសម្គាល់លើផែនទី)។ សូមលុបផ្នែកនោះ ឬផ្លាស់ទីចំណុចកែងរបស់វាទៅព្រំពិតប្រាកដ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A practice needs a short key, e.g. no_till.</source>
        <translation>ការអនុវត្តត្រូវមានកូដខ្លី ឧ. no_till។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A practice needs a name in English or Khmer.</source>
        <translation>ការអនុវត្តត្រូវមានឈ្មោះជាភាសាអង់គ្លេស ឬភាសាខ្មែរ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A seed rate of {rate} kg/ha is not plausible (expected more than 0 and at most 200 kg/ha).</source>
        <translation>បរិមាណគ្រាប់ពូជ {rate} kg/ha មិនសមហេតុផលទេ (រំពឹងថាច្រើនជាង 0 និងយ៉ាងច្រើន 200 kg/ha)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residue cover must be 0-100 %, not {cover}.</source>
        <translation>គម្របកាកសំណល់ត្រូវនៅចន្លោះ 0-100 % មិនមែន {cover} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cover crop cannot be terminated before it is sown.</source>
        <translation>មិនអាចបញ្ចប់ដំណាំគម្របដី មុនពេលសាបព្រោះវាបានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A provider needs a name.</source>
        <translation>អ្នកផ្តល់សេវាត្រូវមានឈ្មោះ។</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{what}: the boundary differs ({ours} in {source}, {theirs} in {target}; {apart:,.0f} m apart)</source>
        <translation>{what}៖ ព្រំដីខុសគ្នា ({ours} ក្នុង {source}, {theirs} ក្នុង {target}; ឃ្លាតគ្នា {apart:,.0f} m)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: the boundary differs ({ours} in {source}, {theirs} in {target})</source>
        <translation>{what}៖ ព្រំដីខុសគ្នា ({ours} ក្នុង {source}, {theirs} ក្នុង {target})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {column} is {ours} in {source} but {theirs} in {target}</source>
        <translation>{what}៖ {column} គឺ {ours} ក្នុង {source} ប៉ុន្តែ {theirs} ក្នុង {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count:,} {rows}</source>
        <translation>{rows} {count:,}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>ទទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos;</source>
        <translation>&apos;{value}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year} is not a plausible season year.</source>
        <translation>{year} មិនមែនជាឆ្នាំរដូវដែលសមហេតុផលទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Season {name} ends ({end}) before it starts ({start}).</source>
        <translation>រដូវ {name} បញ្ចប់ ({end}) មុនពេលចាប់ផ្ដើម ({start})។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soil organic carbon</source>
        <translation>កាបូនសរីរាង្គក្នុងដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permanganate oxidisable carbon</source>
        <translation>កាបូន POXC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total nitrogen</source>
        <translation>អាសូតសរុប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pH (water)</source>
        <translation>pH (ទឹក)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulk density</source>
        <translation>ដង់ស៊ីតេដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infiltration rate</source>
        <translation>ល្បឿនជ្រាបទឹក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aggregate stability</source>
        <translation>ស្ថិរភាពគ្រាប់ដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earthworms</source>
        <translation>ជន្លេន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available phosphorus</source>
        <translation>ផូស្វ័រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchangeable potassium</source>
        <translation>ប៉ូតាស្យូម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per m²</source>
        <translation>ក្នុង m²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} {value:g}{unit} is outside the plausible range {low:g}-{high:g}{unit}. Check the value and its unit.</source>
        <translation>{indicator} {value:g}{unit} នៅក្រៅចន្លោះសមហេតុផល {low:g}-{high:g}{unit}។ សូមពិនិត្យតម្លៃ និងឯកតារបស់វា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The depth range {top:g}-{bottom:g} cm is not valid: the lower depth must be deeper than the upper one.</source>
        <translation>ចន្លោះជម្រៅ {top:g}-{bottom:g} cm មិនត្រឹមត្រូវទេ៖ ជម្រៅខាងក្រោមត្រូវតែជ្រៅជាងជម្រៅខាងលើ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key!r} is not a known soil indicator.</source>
        <translation>{key!r} មិនមែនជាសូចនាករដីដែលស្គាល់ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the form &apos;{form_id}&apos; is not one of the MetKasekor phone forms ({forms}); import it with --form naming one of them.</source>
        <translation>សំណុំបែបបទ &apos;{form_id}&apos; មិនមែនជាសំណុំបែបបទទូរស័ព្ទមួយរបស់ MetKasekor ({forms}) ទេ។ សូមនាំចូលវាដោយប្រើ --form ដោយដាក់ឈ្មោះសំណុំបែបបទមួយក្នុងចំណោមនោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is empty; the form needs it.</source>
        <translation>{field} ទទេ។ សំណុំបែបបទត្រូវការវា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown plot code {code}.</source>
        <translation>មិនស្គាល់លេខកូដក្បាលដី {code}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{code}&apos; is not a plot code.</source>
        <translation>&apos;{code}&apos; មិនមែនជាលេខកូដក្បាលដីទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown season &apos;{season}&apos;; the project has: {known}.</source>
        <translation>មិនស្គាល់រដូវ &apos;{season}&apos;។ គម្រោងមាន៖ {known}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown practice &apos;{value}&apos;; the catalogue has: {known}.</source>
        <translation>មិនស្គាល់ការអនុវត្ត &apos;{value}&apos;។ បញ្ជីការអនុវត្តមាន៖ {known}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown provider &apos;{value}&apos; (no provider with that id).</source>
        <translation>មិនស្គាល់អ្នកផ្តល់សេវា &apos;{value}&apos; (គ្មានអ្នកផ្តល់សេវាដែលមានលេខសម្គាល់នោះទេ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not one of: {choices}.</source>
        <translation>&apos;{value}&apos; មិនមែនជាតម្លៃមួយក្នុងចំណោម៖ {choices}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown crop &apos;{value}&apos;; known crops: {known}.</source>
        <translation>មិនស្គាល់ដំណាំ &apos;{value}&apos;។ ដំណាំដែលស្គាល់៖ {known}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a number.</source>
        <translation>&apos;{value}&apos; មិនមែនជាលេខទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>&apos;{value}&apos; មិនមែនជាចំនួនគត់ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD).</source>
        <translation>&apos;{value}&apos; មិនមែនជាកាលបរិច្ឆេទទេ (ឆ្នាំ-ខែ-ថ្ងៃ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is outside the range {low} to {high}{unit}.</source>
        <translation>{value} នៅក្រៅចន្លោះ {low} ដល់ {high}{unit}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be more than 0.</source>
        <translation>{value} ត្រូវតែធំជាង 0។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the depth range {low}-{high} cm is not valid: the lower depth must be deeper than the upper one.</source>
        <translation>ចន្លោះជម្រៅ {low}-{high} cm មិនត្រឹមត្រូវទេ៖ ជម្រៅខាងក្រោមត្រូវតែជ្រៅជាងជម្រៅខាងលើ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} t/ha is more than the {top} t/ha that {crop} yields at best in Cambodia; check the weight (kg, not g) and the sample area, then enter it on the desktop with consent.</source>
        <translation>{value} t/ha ច្រើនជាង {top} t/ha ដែលជាទិន្នផលខ្ពស់បំផុតរបស់ {crop} នៅកម្ពុជា។ សូមពិនិត្យទម្ងន់ (kg មិនមែន g) និងផ្ទៃសំណាក រួចបញ្ចូលវានៅក្នុងកម្មវិធីលើកុំព្យូទ័រ ដោយបញ្ជាក់យល់ព្រម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not a village code (8 digits).</source>
        <translation>&apos;{value}&apos; មិនមែនជាលេខកូដភូមិទេ (8 ខ្ទង់)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the farmer has no name, in Khmer or in Latin letters.</source>
        <translation>កសិករគ្មានឈ្មោះទេ ទាំងជាអក្សរខ្មែរ និងជាអក្សរឡាតាំង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the boundary cannot be read: {reason}</source>
        <translation>មិនអាចអានព្រំដីបានទេ៖ {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the boundary overlaps existing plot(s) {plots}; draw it again or correct the plot on the desktop.</source>
        <translation>ព្រំដីត្រួតលើក្បាលដីដែលមានស្រាប់ {plots}។ សូមគូរវាម្តងទៀត ឬកែក្បាលដីនៅក្នុងកម្មវិធីលើកុំព្យូទ័រ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the boundary overlaps the new plot of submission {other} ({area}); both are refused.</source>
        <translation>ព្រំដីត្រួតលើក្បាលដីថ្មីនៃទិន្នន័យបញ្ជូន {other} ({area})។ ទាំងពីរត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already imported; skipped.</source>
        <translation>បាននាំចូលរួចហើយ ដូច្នេះត្រូវបានរំលង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same submission is in the file twice; the first is used.</source>
        <translation>ទិន្នន័យបញ្ជូនតែមួយមានពីរដងក្នុងឯកសារ។ ប្រើតែលើកទីមួយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new farmer {name} added in village {village}.</source>
        <translation>បានបន្ថែមកសិករថ្មី {name} នៅភូមិ {village}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new plot gets the code {code}.</source>
        <translation>ក្បាលដីថ្មីទទួលបានលេខកូដ {code}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source} ({submission}): {field}: {finding}</source>
        <translation>{source} ({submission})៖ {field}៖ {finding}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source} ({submission}): {finding}</source>
        <translation>{source} ({submission})៖ {finding}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any</source>
        <translation>គ្មានកំណត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under 100</source>
        <translation>តិចជាង 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no geoshape reader</source>
        <translation>គ្មានកម្មវិធីអានរាងភូមិសាស្ត្រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fewer than 3 distinct points were recorded; walk around the whole plot</source>
        <translation>បានកត់ត្រាចំណុចខុសៗគ្នាតិចជាង 3។ សូមដើរជុំវិញក្បាលដីទាំងមូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(គ្មាន)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 digits a province, 4 a district, 6 a commune, 8 a village</source>
        <translation>2 ខ្ទង់សម្រាប់ខេត្ត 4 សម្រាប់ស្រុក 6 សម្រាប់ឃុំ 8 សម្រាប់ភូមិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value!r} is not an area code ({rule}).</source>
        <translation>{value!r} មិនមែនជាលេខកូដតំបន់ទេ ({rule})។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The households of {code} must be a number above 0, not {value!r}.</source>
        <translation>ចំនួនគ្រួសារកសិករនៃ {code} ត្រូវជាលេខធំជាង 0 មិនមែន {value!r} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the table</source>
        <translation>តារាង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source} needs a column of area codes (named area or code) and one of farm households (named households); its columns are: {columns}.</source>
        <translation>{source} ត្រូវការជួរឈរលេខកូដតំបន់ (ឈ្មោះ &apos;area&apos; ឬ &apos;code&apos;) និងជួរឈរគ្រួសារកសិករ (ឈ្មោះ &apos;households&apos;)។ ជួរឈររបស់វាគឺ៖ {columns}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source}, row {row}: {value!r} is not an area code ({rule}).</source>
        <translation>{source} ជួរដេក {row}៖ {value!r} មិនមែនជាលេខកូដតំបន់ទេ ({rule})។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source}, row {row}: the households of {code} must be a number above 0, not {value!r}.</source>
        <translation>{source} ជួរដេក {row}៖ ចំនួនគ្រួសារកសិករនៃ {code} ត្រូវជាលេខធំជាង 0 មិនមែន {value!r} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source}, row {row}: area {code} is given twice; keep one row.</source>
        <translation>{source} ជួរដេក {row}៖ តំបន់ {code} មានពីរដង។ សូមរក្សាទុកតែមួយជួរដេក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A trial needs a name.</source>
        <translation>ការសាកល្បងត្រូវមានឈ្មោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plot can be in a trial only once.</source>
        <translation>ក្បាលដីមួយអាចនៅក្នុងការសាកល្បងតែម្តងប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In a block design each treatment appears once in each block.</source>
        <translation>ក្នុងប្លង់ប្លុក វិធីសាស្ត្រនីមួយៗមានតែម្តងក្នុងប្លុកនីមួយៗ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plot has no vertex {vertex} in ring {ring} of part {part}.</source>
        <translation>ក្បាលដីគ្មានចំណុចកែង {vertex} ក្នុងព្រំ {ring} នៃផ្នែក {part} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a hole</source>
        <translation>ប្រហោងមួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the outer boundary</source>
        <translation>ព្រំខាងក្រៅ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting these vertices would leave {ring} with fewer than 3 corners. Select fewer vertices, or delete the whole plot instead.</source>
        <translation>ការលុបចំណុចកែងទាំងនេះ នឹងធ្វើឱ្យ {ring} នៅសល់ចំណុចកែងតិចជាង 3។ សូមជ្រើសចំណុចកែងតិចជាងនេះ ឬលុបក្បាលដីទាំងមូលជំនួសវិញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plot has no edges.</source>
        <translation>ក្បាលដីគ្មានគែមទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moisture must be 0-100 %, not {moisture}.</source>
        <translation>សំណើមត្រូវនៅចន្លោះ 0-100 % មិនមែន {moisture} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sample area must be more than 0 m².</source>
        <translation>ផ្ទៃសំណាកត្រូវតែធំជាង 0 m²។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The harvested weight cannot be negative.</source>
        <translation>ទម្ងន់ដែលបានប្រមូលផល មិនអាចជាចំនួនអវិជ្ជមានបានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plot has no area; draw its boundary first.</source>
        <translation>ក្បាលដីគ្មានផ្ទៃ។ សូមគូរព្រំរបស់វាជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value:.1f} t/ha is more than the {top:g} t/ha that {crop} yields at best in Cambodia. Check the weight (kg, not g) and the sample area.</source>
        <translation>{value:.1f} t/ha ច្រើនជាង {top:g} t/ha ដែលជាទិន្នផលខ្ពស់បំផុតរបស់ {crop} នៅកម្ពុជា។ សូមពិនិត្យទម្ងន់ (kg មិនមែន g) និងផ្ទៃសំណាក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size:.1f} GB</source>
        <translation>{size:.1f} GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size:.1f} KB</source>
        <translation>{size:.1f} KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} bytes</source>
        <translation>{count} បៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} holds {count} members, more than the {limit} a plot file can need. It is not a GIS export; ask the sender for the plot file itself.</source>
        <translation>{name} មានឯកសារ {count} នៅខាងក្នុង ច្រើនជាង {limit} ដែលឯកសារក្បាលដីអាចត្រូវការ។ វាមិនមែនជាឯកសារនាំចេញពីកម្មវិធីប្រព័ន្ធព័ត៌មានភូមិសាស្ត្រទេ។ សូមសុំឯកសារក្បាលដីផ្ទាល់ពីអ្នកផ្ញើ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {member}... lies {depth} folders deep, more than {limit}. Unzip it and import the file.</source>
        <translation>{name}៖ {member}... ស្ថិតនៅក្នុងថតជម្រៅ {depth} កម្រិត ច្រើនជាង {limit}។ សូមពន្លាវា ហើយនាំចូលឯកសារនោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {member} would unpack to {size}, more than the limit of {limit}. It is not a plot file, or it is damaged; ask the sender for the file itself.</source>
        <translation>{name}៖ {member} នឹងពន្លាចេញបាន {size} ច្រើនជាងដែនកំណត់ {limit}។ វាមិនមែនជាឯកសារក្បាលដីទេ ឬវាខូច។ សូមសុំឯកសារផ្ទាល់ពីអ្នកផ្ញើ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {member} is {packed} packed but would unpack to {size} ({times} times larger; the limit is {limit}). Such a file is padding, not plots: it is refused. Ask the sender for the file itself.</source>
        <translation>{name}៖ {member} មានទំហំ {packed} ពេលបង្ហាប់ ប៉ុន្តែនឹងពន្លាចេញបាន {size} (ធំជាង {times} ដង ដែនកំណត់គឺ {limit})។ ឯកសារបែបនេះគ្រាន់តែជាទិន្នន័យបំពេញ មិនមែនក្បាលដីទេ៖ វាត្រូវបានបដិសេធ។ សូមសុំឯកសារផ្ទាល់ពីអ្នកផ្ញើ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} would unpack to more than {limit} (reached at {member}). It is not a plot file; ask the sender for the file itself.</source>
        <translation>{name} នឹងពន្លាចេញលើសពី {limit} (ដល់ត្រង់ {member})។ វាមិនមែនជាឯកសារក្បាលដីទេ។ សូមសុំឯកសារផ្ទាល់ពីអ្នកផ្ញើ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {member} unpacks to more than the {size} it declares. The archive is damaged or made to fill the disk; it is refused.</source>
        <translation>{name}៖ {member} ពន្លាចេញបានលើសពីទំហំ {size} ដែលវាប្រកាស។ ឯកសារបង្ហាប់នេះខូច ឬត្រូវបានបង្កើតឡើងដើម្បីធ្វើឱ្យថាសពេញ៖ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} ({unit})</source>
        <translation>{indicator} ({unit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>លេខ</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Farmer number</source>
        <translation>លេខកសិករ</translation>
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
        <location line="+1"/>
        <source>Farmer&apos;s sex</source>
        <translation>ភេទកសិករ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmer&apos;s phone</source>
        <translation>ទូរស័ព្ទកសិករ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired plot number</source>
        <translation>លេខក្បាលដីគូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired plot code</source>
        <translation>លេខកូដក្បាលដីគូ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (ha)</source>
        <translation>ផ្ទៃដី (ហិកតា)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village code</source>
        <translation>លេខកូដភូមិ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village (Khmer)</source>
        <translation>ភូមិ (ខ្មែរ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village (English)</source>
        <translation>ភូមិ (អង់គ្លេស)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune code</source>
        <translation>លេខកូដឃុំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune (Khmer)</source>
        <translation>ឃុំ (ខ្មែរ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune (English)</source>
        <translation>ឃុំ (អង់គ្លេស)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District code</source>
        <translation>លេខកូដស្រុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District (Khmer)</source>
        <translation>ស្រុក (ខ្មែរ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District (English)</source>
        <translation>ស្រុក (អង់គ្លេស)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province code</source>
        <translation>លេខកូដខេត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province (Khmer)</source>
        <translation>ខេត្ត (ខ្មែរ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province (English)</source>
        <translation>ខេត្ត (អង់គ្លេស)</translation>
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
        <source>Added on</source>
        <translation>ថ្ងៃបញ្ចូល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed on</source>
        <translation>ថ្ងៃកែប្រែចុងក្រោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>ដំណាក់កាល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan status</source>
        <translation>ស្ថានភាពផែនការ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crops</source>
        <translation>ដំណាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice keys</source>
        <translation>កូដខ្លីនៃការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices (English)</source>
        <translation>ការអនុវត្ត (អង់គ្លេស)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices (Khmer)</source>
        <translation>ការអនុវត្ត (ខ្មែរ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service providers</source>
        <translation>អ្នកផ្តល់សេវា</translation>
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
        <source>Plan cost (riel)</source>
        <translation>ចំណាយលើផែនការ (រៀល)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yield (t/ha)</source>
        <translation>ទិន្នផល (t/ha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop of the yield</source>
        <translation>ដំណាំនៃទិន្នផល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yields of the crops (t/ha)</source>
        <translation>ទិន្នផលនៃដំណាំនីមួយៗ (t/ha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot number</source>
        <translation>លេខក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot code</source>
        <translation>លេខកូដក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Season number</source>
        <translation>លេខរដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Name (English)</source>
        <translation>ឈ្មោះ (អង់គ្លេស)</translation>
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
        <source>Cooperative</source>
        <translation>សហគមន៍កសិកម្ម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early adopter</source>
        <translation>អ្នកអនុវត្តដំបូង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>ឆ្នាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>កាលបរិច្ឆេទចាប់ផ្តើម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>កាលបរិច្ឆេទបញ្ចប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>កូដខ្លី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conservation agriculture practice</source>
        <translation>ការអនុវត្តកសិកម្មអភិរក្ស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>ការពិពណ៌នា</translation>
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
        <source>Status</source>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost (riel)</source>
        <translation>ចំណាយ (រៀល)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan number</source>
        <translation>លេខផែនការ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice number</source>
        <translation>លេខការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice key</source>
        <translation>កូដខ្លីនៃការអនុវត្ត</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider number</source>
        <translation>លេខអ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service provider</source>
        <translation>អ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>លំដាប់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover crop species</source>
        <translation>ប្រភេទដំណាំគម្របដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed rate (kg/ha)</source>
        <translation>បរិមាណគ្រាប់ពូជ (kg/ha)</translation>
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
        <source>Residue cover (%)</source>
        <translation>គម្របកាកសំណល់ (%)</translation>
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
        <source>Trial number</source>
        <translation>លេខការសាកល្បង</translation>
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
        <location line="+1"/>
        <source>Event number</source>
        <translation>លេខព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event date</source>
        <translation>កាលបរិច្ឆេទព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>ទីកន្លែង</translation>
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
        <source>Farmers attending</source>
        <translation>កសិករដែលចូលរួម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperative members attending</source>
        <translation>សមាជិកសហគមន៍កសិកម្មដែលចូលរួម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service providers attending</source>
        <translation>អ្នកផ្តល់សេវាដែលចូលរួម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company staff attending</source>
        <translation>បុគ្គលិកក្រុមហ៊ុនដែលចូលរួម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot name</source>
        <translation>ឈ្មោះក្បាលដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row number</source>
        <translation>លេខជួរដេក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample number</source>
        <translation>លេខសំណាក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record number</source>
        <translation>លេខកំណត់ត្រា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown export format {fmt!r}</source>
        <translation>មិនស្គាល់ទម្រង់នាំចេញ {fmt!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPSG:{epsg}; {formats} in EPSG:{wgs84}</source>
        <translation>EPSG:{epsg}; {formats} ក្នុង EPSG:{wgs84}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{table} {code}, field {field}: {characters} cannot be written in {fmt} and was left out</source>
        <translation>{table} {code} វាល {field}៖ មិនអាចសរសេរ {characters} ក្នុង {fmt} បានទេ ដូច្នេះត្រូវបានដកចេញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the record in the project file (integer).</source>
        <translation>លេខរបស់កំណត់ត្រាក្នុងឯកសារគម្រោង (ចំនួនគត់)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot code, unique in the project (text; keep leading zeros).</source>
        <translation>លេខកូដក្បាលដី មិនស្ទួនគ្នាក្នុងគម្រោង (អត្ថបទ; រក្សាលេខសូន្យនៅខាងមុខ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot name given by the officer (text).</source>
        <translation>ឈ្មោះក្បាលដីដែលមន្ត្រីបានដាក់ (អត្ថបទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the farmer in the project&apos;s farmer register (integer).</source>
        <translation>លេខរបស់កសិករក្នុងបញ្ជីកសិកររបស់គម្រោង (ចំនួនគត់)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the farmer in Khmer script.</source>
        <translation>ឈ្មោះកសិករជាអក្សរខ្មែរ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the farmer in Latin letters.</source>
        <translation>ឈ្មោះកសិករជាអក្សរឡាតាំង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex of the farmer: female or male.</source>
        <translation>ភេទរបស់កសិករ៖ ស្រី ឬប្រុស។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number of the farmer (text; keep leading zeros).</source>
        <translation>លេខទូរស័ព្ទរបស់កសិករ (ជាអត្ថបទ ត្រូវរក្សាលេខសូន្យនៅខាងមុខ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the plot is for: demonstration, control or farmer_field (see codes).</source>
        <translation>ប្រភេទក្បាលដី៖ ដីសាកល្បងបង្ហាញ ដីប្រៀបធៀប ឬដីកសិករ (មើលកូដ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record number of the paired plot (integer).</source>
        <translation>លេខកំណត់ត្រានៃក្បាលដីគូ (ចំនួនគត់)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code of the paired plot: the farmer-practice control of a demonstration plot, or the demonstration plot of a control.</source>
        <translation>លេខកូដនៃក្បាលដីគូ៖ ក្បាលដីប្រៀបធៀបតាមការអនុវត្តរបស់កសិករ នៃក្បាលដីសាកល្បងបង្ហាញ ឬក្បាលដីសាកល្បងបង្ហាញ នៃក្បាលដីប្រៀបធៀប។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot area in hectares (ha), measured in WGS 84 / UTM zone 48N.</source>
        <translation>ផ្ទៃដីនៃក្បាលដីគិតជាហិកតា (ha) វាស់ក្នុង WGS 84 / UTM តំបន់ 48N។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village code, 8 digits (text; keep leading zeros).</source>
        <translation>លេខកូដភូមិ 8 ខ្ទង់ (ជាអត្ថបទ ត្រូវរក្សាលេខសូន្យនៅខាងមុខ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village name in Khmer.</source>
        <translation>ឈ្មោះភូមិជាភាសាខ្មែរ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village name in English.</source>
        <translation>ឈ្មោះភូមិជាភាសាអង់គ្លេស។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune (khum/sangkat) code, 6 digits (text).</source>
        <translation>លេខកូដឃុំ/សង្កាត់ 6 ខ្ទង់ (ជាអត្ថបទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune name in Khmer.</source>
        <translation>ឈ្មោះឃុំជាភាសាខ្មែរ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune name in English.</source>
        <translation>ឈ្មោះឃុំជាភាសាអង់គ្លេស។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District (srok/krong/khan) code, 4 digits (text).</source>
        <translation>លេខកូដស្រុក/ក្រុង/ខណ្ឌ 4 ខ្ទង់ (ជាអត្ថបទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District name in Khmer.</source>
        <translation>ឈ្មោះស្រុកជាភាសាខ្មែរ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District name in English.</source>
        <translation>ឈ្មោះស្រុកជាភាសាអង់គ្លេស។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province (khaet) code, 2 digits (text).</source>
        <translation>លេខកូដខេត្ត 2 ខ្ទង់ (ជាអត្ថបទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province name in Khmer.</source>
        <translation>ឈ្មោះខេត្តជាភាសាខ្មែរ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province name in English.</source>
        <translation>ឈ្មោះខេត្តជាភាសាអង់គ្លេស។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soil type noted for the plot (text).</source>
        <translation>ប្រភេទដីដែលបានកត់សម្គាល់សម្រាប់ក្បាលដី (ជាអត្ថបទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free notes about the plot (text).</source>
        <translation>កំណត់ចំណាំសេរីអំពីក្បាលដី (ជាអត្ថបទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the plot was added to the register (date).</source>
        <translation>ថ្ងៃដែលក្បាលដីត្រូវបានបន្ថែមទៅក្នុងបញ្ជី (កាលបរិច្ឆេទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the plot was last changed (date).</source>
        <translation>ថ្ងៃដែលក្បាលដីត្រូវបានកែប្រែចុងក្រោយ (កាលបរិច្ឆេទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage of the MetKasekor model reached at the plot&apos;s site (see codes).</source>
        <translation>ដំណាក់កាលនៃគំរូ MetKasekor ដែលទីតាំងរបស់ក្បាលដីបានឈានដល់ (មើលកូដ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cropping season of the plan, e.g. &apos;2024 early wet&apos;.</source>
        <translation>រដូវដាំដុះនៃផែនការ ឧ. &apos;រដូវវស្សាដើម 2024&apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status of the season plan: planned, done or cancelled.</source>
        <translation>ស្ថានភាពនៃផែនការតាមរដូវ៖ បានគ្រោង បានធ្វើរួច ឬបានលុបចោល។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crops grown in the season, separated by &apos;;&apos;.</source>
        <translation>ដំណាំដែលបានដាំក្នុងរដូវ បំបែកដោយ &apos;;&apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys of the conservation-agriculture practices planned for the season, separated by &apos;;&apos; (see codes).</source>
        <translation>កូដខ្លីនៃការអនុវត្តកសិកម្មអភិរក្សដែលបានគ្រោងសម្រាប់រដូវ បំបែកដោយ &apos;;&apos; (មើលកូដ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names of the season&apos;s practices in English, separated by &apos;;&apos;.</source>
        <translation>ឈ្មោះការអនុវត្តនៃរដូវជាភាសាអង់គ្លេស បំបែកដោយ &apos;;&apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names of the season&apos;s practices in Khmer, separated by &apos;;&apos;.</source>
        <translation>ឈ្មោះការអនុវត្តនៃរដូវជាភាសាខ្មែរ បំបែកដោយ &apos;;&apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service providers hired for the season&apos;s practices, separated by &apos;;&apos;.</source>
        <translation>អ្នកផ្តល់សេវាដែលបានជួលសម្រាប់ការអនុវត្តនៃរដូវ បំបែកដោយ &apos;;&apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the season&apos;s practices are planned (date).</source>
        <translation>ថ្ងៃដែលបានគ្រោងធ្វើការអនុវត្តនៃរដូវ (កាលបរិច្ឆេទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the season&apos;s practices were done (date).</source>
        <translation>ថ្ងៃដែលការអនុវត្តនៃរដូវត្រូវបានធ្វើរួច (កាលបរិច្ឆេទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost of the season plan in riel (KHR).</source>
        <translation>ចំណាយសរុបនៃផែនការតាមរដូវ គិតជារៀល (KHR)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yield of the main crop (named in yield_crop) in tonnes per hectare (t/ha) at the crop&apos;s standard moisture. The yields of two crops are never averaged: see yields for every crop.</source>
        <translation>ទិន្នផលនៃដំណាំចម្បង (ដែលមានឈ្មោះក្នុង yield_crop) គិតជាតោនក្នុងមួយហិកតា (t/ha) នៅសំណើមស្តង់ដាររបស់ដំណាំ។ ទិន្នផលនៃដំណាំពីរមិនដែលត្រូវបានយកមកធ្វើមធ្យមរួមគ្នាទេ៖ សូមមើល yields សម្រាប់ទិន្នផលនៃដំណាំនីមួយៗ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop whose yield is in yield_t_ha: the first crop of the season plan that was harvested.</source>
        <translation>ដំណាំដែលទិន្នផលរបស់វាស្ថិតនៅក្នុង yield_t_ha៖ ដំណាំដំបូងនៃផែនការតាមរដូវដែលបានប្រមូលផល។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yield of every crop harvested in the season in t/ha, e.g. &apos;maize 4.33; cowpea 1.17&apos; (in Excel: Data &gt; Text to Columns, separator &apos;;&apos;).</source>
        <translation>ទិន្នផលនៃដំណាំនីមួយៗដែលបានប្រមូលផលក្នុងរដូវ គិតជា t/ha ឧ. &apos;ពោត 4.33; សណ្ដែកកួរ 1.17&apos; (ក្នុង Excel៖ ទិន្នន័យ &gt; អត្ថបទទៅជួរឈរ សញ្ញាបំបែក &apos;;&apos;)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable short key (text).</source>
        <translation>កូដខ្លីដែលមិនប្រែប្រួល (ជាអត្ថបទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in English.</source>
        <translation>ឈ្មោះជាភាសាអង់គ្លេស។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Khmer.</source>
        <translation>ឈ្មោះជាភាសាខ្មែរ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind (a fixed code, see codes).</source>
        <translation>ប្រភេទ (កូដថេរ មើលកូដ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code of the plot the row belongs to (text).</source>
        <translation>លេខកូដនៃក្បាលដីដែលជួរដេកនេះទាក់ទង (ជាអត្ថបទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year (integer).</source>
        <translation>ឆ្នាំ (ចំនួនគត់)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day (date).</source>
        <translation>ថ្ងៃដំបូង (កាលបរិច្ឆេទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day (date).</source>
        <translation>ថ្ងៃចុងក្រោយ (កាលបរិច្ឆេទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demonstration plot with conservation-agriculture practices</source>
        <translation>ក្បាលដីសាកល្បងបង្ហាញដែលមានការអនុវត្តកសិកម្មអភិរក្ស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>farmer-practice control plot paired with a demonstration plot</source>
        <translation>ក្បាលដីប្រៀបធៀបតាមការអនុវត្តរបស់កសិករ ដែលផ្គូជាមួយក្បាលដីសាកល្បងបង្ហាញ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a farmer&apos;s own field followed by the programme</source>
        <translation>ដីផ្ទាល់ខ្លួនរបស់កសិករ ដែលកម្មវិធីតាមដាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>female</source>
        <translation>ស្រី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>ប្រុស</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned, not yet done</source>
        <translation>បានគ្រោង មិនទាន់ធ្វើរួច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>បានធ្វើរួច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>បានលុបចោល</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. identification of farmers and providers</source>
        <translation>1. ការកំណត់អត្តសញ្ញាណកសិករ និងអ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. demand creation meeting</source>
        <translation>2. កិច្ចប្រជុំបង្កើតតម្រូវការ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. field showcase</source>
        <translation>3. ការបង្ហាញនៅវាលស្រែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. commercial demonstration</source>
        <translation>4. ការបង្ហាញពាណិជ្ជកម្ម</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. annual meeting</source>
        <translation>5. កិច្ចប្រជុំប្រចាំឆ្នាំ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6. promotional meeting with companies</source>
        <translation>6. កិច្ចប្រជុំផ្សព្វផ្សាយជាមួយក្រុមហ៊ុន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrative codes are text and their leading zeros matter: province 2 digits (Battambang 02, Preah Vihear 13), district 4 digits (the province code and 2 more, e.g. 0207), commune 6 digits, village 8 digits.</source>
        <translation>លេខកូដរដ្ឋបាលជាអត្ថបទ ហើយលេខសូន្យនៅខាងមុខរបស់វាសំខាន់៖ ខេត្ត 2 ខ្ទង់ (បាត់ដំបង 02, ព្រះវិហារ 13) ស្រុក 4 ខ្ទង់ (លេខកូដខេត្ត និង 2 ខ្ទង់ទៀត ឧ. 0207) ឃុំ 6 ខ្ទង់ ភូមិ 8 ខ្ទង់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} does not exist or is not a file. Choose the file again.</source>
        <translation>{name} មិនមាន ឬមិនមែនជាឯកសារទេ។ សូមជ្រើសឯកសារម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is empty (0 bytes): it was not copied or saved completely. Copy it again from the original.</source>
        <translation>{name} ទទេ (0 បៃ)៖ វាមិនត្រូវបានចម្លង ឬរក្សាទុកពេញលេញទេ។ សូមចម្លងវាម្តងទៀតពីឯកសារដើម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a file type that can be imported. Choose one of: {formats}; a zip may hold any of them.</source>
        <translation>{name} មិនមែនជាប្រភេទឯកសារដែលអាចនាំចូលបានទេ។ សូមជ្រើសមួយក្នុងចំណោម៖ {formats}; ឯកសារ zip អាចមានប្រភេទណាមួយក្នុងចំណោមនេះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} holds no GIS data (none of {formats} inside). Choose the zip that holds the plot boundaries.</source>
        <translation>{name} គ្មានទិន្នន័យភូមិសាស្ត្រទេ (គ្មាន {formats} នៅខាងក្នុង)។ សូមជ្រើសឯកសារ zip ដែលមានព្រំក្បាលដី។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a readable zip file ({error}). It may be damaged or only partly downloaded; copy it again.</source>
        <translation>{name} មិនមែនជាឯកសារ zip ដែលអាចអានបានទេ ({error})។ វាអាចខូច ឬទាញយកបានតែមួយផ្នែក សូមចម្លងវាម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {name}: {problem}</source>
        <translation>ក្នុង {name}៖ {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} holds {count} GIS files: {listed}. {chosen} is imported; to import another, give its name as the layer (command line: --layer NAME), or unzip it and choose that file.</source>
        <translation>{name} មានឯកសារភូមិសាស្ត្រ {count}៖ {listed}។ {chosen} ត្រូវបាននាំចូល។ ដើម្បីនាំចូលឯកសារផ្សេង សូមផ្តល់ឈ្មោះរបស់វាជាស្រទាប់ (បន្ទាត់ពាក្យបញ្ជា៖ --layer ឈ្មោះ) ឬពន្លាឯកសារ zip ហើយជ្រើសឯកសារនោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} holds no GIS file &apos;{member}&apos;. It holds: {listed}.</source>
        <translation>{name} គ្មានឯកសារភូមិសាស្ត្រ &apos;{member}&apos; ទេ។ វាមាន៖ {listed}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} holds no .kml document. Save the KMZ again from Google Earth or the phone app.</source>
        <translation>{name} គ្មានឯកសារ .kml ទេ។ សូមរក្សាទុក KMZ ម្តងទៀតពី Google Earth ឬពីកម្មវិធីទូរស័ព្ទ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a readable KMZ file ({error}). Copy it again from the original.</source>
        <translation>{name} មិនមែនជាឯកសារ KMZ ដែលអាចអានបានទេ ({error})។ សូមចម្លងវាម្តងទៀតពីឯកសារដើម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a GeoPackage (it is not an SQLite database). Choose the .gpkg that GIS software wrote.</source>
        <translation>{name} មិនមែនជា GeoPackage ទេ (វាមិនមែនជាមូលដ្ឋានទិន្នន័យ SQLite)។ សូមជ្រើសឯកសារ .gpkg ដែលកម្មវិធីផែនទីបានសរសេរ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is truncated: it should be {expected} bytes but is {size}. It was not copied or saved completely; copy it again from the original.</source>
        <translation>{name} ត្រូវបានកាត់ខ្លី៖ វាគួរតែមាន {expected} បៃ ប៉ុន្តែមាន {size}។ វាមិនត្រូវបានចម្លង ឬរក្សាទុកពេញលេញទេ សូមចម្លងវាម្តងទៀតពីឯកសារដើម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is damaged ({error}). Copy it again from the original or from a backup.</source>
        <translation>{name} ខូច ({error})។ សូមចម្លងវាម្តងទៀតពីឯកសារដើម ឬពីច្បាប់ចម្លងបម្រុងទុក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is an SQLite database but not a GeoPackage (it has no gpkg_contents table).</source>
        <translation>{name} ជាមូលដ្ឋានទិន្នន័យ SQLite ប៉ុន្តែមិនមែនជា GeoPackage ទេ (វាគ្មានតារាង gpkg_contents)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the layer &apos;{layer}&apos; is a view (a stored query) that did not finish within {seconds:g} seconds; it may never finish (a recursive query). Save that layer as a table in your GIS, or ask the sender for a plain layer.</source>
        <translation>{name}៖ ស្រទាប់ &apos;{layer}&apos; ជាទិដ្ឋភាព (សំណួរទិន្នន័យដែលបានរក្សាទុក) ដែលមិនបានបញ្ចប់ក្នុងរយៈពេល {seconds:g} វិនាទី វាប្រហែលជាមិនបញ្ចប់សោះ (សំណួរទិន្នន័យដែលហៅខ្លួនឯង)។ សូមរក្សាទុកស្រទាប់នោះជាតារាងក្នុងកម្មវិធីផែនទីរបស់អ្នក ឬសុំឱ្យអ្នកផ្ញើផ្តល់ស្រទាប់ធម្មតា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} takes too long to check (more than {seconds:g} seconds): it is damaged or built to never finish. Copy it again from the original.</source>
        <translation>{name} ចំណាយពេលយូរពេកក្នុងការពិនិត្យ (លើសពី {seconds:g} វិនាទី)៖ វាខូច ឬត្រូវបានបង្កើតឡើងមិនឱ្យចប់សោះ។ សូមចម្លងវាម្តងទៀតពីឯកសារដើម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} cannot be read ({error}). It may be damaged or still being written; copy it again from the original.</source>
        <translation>មិនអាចអាន {name} បានទេ ({error})។ វាអាចខូច ឬកំពុងត្រូវបានសរសេរនៅឡើយ សូមចម្លងវាម្តងទៀតពីឯកសារដើម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} holds no feature (vector) tables, so there are no plot boundaries in it.</source>
        <translation>{name} គ្មានតារាងធាតុ (វ៉ិចទ័រ) ទេ ដូច្នេះគ្មានព្រំក្បាលដីនៅក្នុងវាទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not UTF-8 text, as GeoJSON must be. Save it again as GeoJSON.</source>
        <translation>{name} មិនមែនជាអត្ថបទ UTF-8 ដូចដែល GeoJSON តម្រូវទេ។ សូមរក្សាទុកវាម្តងទៀតជា GeoJSON។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is nested too deeply to be GeoJSON.</source>
        <translation>{name} មានកម្រិតដាក់ក្នុងគ្នាជ្រៅពេក មិនអាចជា GeoJSON បានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not valid JSON (line {line}, column {column}: {error}). It may be cut short; copy it again from the original.</source>
        <translation>{name} មិនមែនជា JSON ត្រឹមត្រូវទេ (បន្ទាត់ {line} តួអក្សរទី {column}៖ {error})។ វាអាចត្រូវបានកាត់ខ្លី សូមចម្លងវាម្តងទៀតពីឯកសារដើម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} holds no features.</source>
        <translation>{name} គ្មានធាតុទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is JSON but not GeoJSON (no FeatureCollection). Export the layer as GeoJSON.</source>
        <translation>{name} ជា JSON ប៉ុន្តែមិនមែនជា GeoJSON ទេ (គ្មាន FeatureCollection)។ សូមនាំចេញស្រទាប់ជា GeoJSON។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a well-formed {label} file (line {line}, column {column}). It may be cut short; copy it again.</source>
        <translation>{name} មិនមែនជាឯកសារ {label} ដែលមានទម្រង់ត្រឹមត្រូវទេ (បន្ទាត់ {line} តួអក្សរទី {column})។ វាអាចត្រូវបានកាត់ខ្លី សូមចម្លងវាម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} holds no {label} data ({element}).</source>
        <translation>{name} គ្មានទិន្នន័យ {label} ទេ ({element})។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point {number} (&apos;{value}&apos;) has {count} numbers; a geoshape point is &apos;latitude longitude altitude accuracy&apos; (2 to 4 numbers).</source>
        <translation>ចំណុច {number} (&apos;{value}&apos;) មានលេខ {count}; ចំណុច geoshape គឺ &apos;រយៈទទឹង រយៈបណ្តោយ កម្ពស់ ភាពជាក់លាក់&apos; (ពី 2 ដល់ 4 លេខ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point {number} (&apos;{value}&apos;) is not a list of numbers. A geoshape point is &apos;latitude longitude altitude accuracy&apos;, e.g. &apos;11.55 104.91 12 5&apos;.</source>
        <translation>ចំណុច {number} (&apos;{value}&apos;) មិនមែនជាបញ្ជីលេខទេ។ ចំណុច geoshape គឺ &apos;រយៈទទឹង រយៈបណ្តោយ កម្ពស់ ភាពជាក់លាក់&apos; ឧ. &apos;11.55 104.91 12 5&apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point {number} (&apos;{value}&apos;) is not a place on Earth: latitude {lat} and longitude {lon}. Check that latitude comes first.</source>
        <translation>ចំណុច {number} (&apos;{value}&apos;) មិនមែនជាទីតាំងនៅលើផែនដីទេ៖ រយៈទទឹង {lat} និងរយៈបណ្តោយ {lon}។ សូមពិនិត្យថារយៈទទឹងនៅមុន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A geoshape must be text.</source>
        <translation>geoshape ត្រូវតែជាអត្ថបទ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The geoshape is empty: no points were recorded.</source>
        <translation>geoshape ទទេ៖ គ្មានចំណុចណាមួយត្រូវបានកត់ត្រាទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable</source>
        <translation>មិនអាចអានបាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; holds curves that cannot be made straight ({reason}). Convert its curves to lines in your GIS.</source>
        <translation>&apos;{value}&apos; មានខ្សែកោងដែលមិនអាចធ្វើឱ្យត្រង់បាន ({reason})។ សូមបម្លែងខ្សែកោងរបស់វាទៅជាបន្ទាត់ក្នុងកម្មវិធីផែនទីរបស់អ្នក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; holds curves that cannot be read. Convert its curves to lines in your GIS.</source>
        <translation>&apos;{value}&apos; មានខ្សែកោងដែលមិនអាចអានបាន។ សូមបម្លែងខ្សែកោងរបស់វាទៅជាបន្ទាត់ក្នុងកម្មវិធីផែនទីរបស់អ្នក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WKT value is empty.</source>
        <translation>តម្លៃ WKT ទទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; holds curves inside a collection, which cannot be read. Convert its curves to lines in your GIS.</source>
        <translation>&apos;{value}&apos; មានខ្សែកោងនៅក្នុងបណ្តុំធរណីមាត្រ ដែលមិនអាចអានបាន។ សូមបម្លែងខ្សែកោងរបស់វាទៅជាបន្ទាត់ក្នុងកម្មវិធីផែនទីរបស់អ្នក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is not valid WKT ({reason}). Write it like &apos;POLYGON ((104.9 11.5, 104.91 11.5, 104.91 11.51, 104.9 11.5))&apos;.</source>
        <translation>&apos;{value}&apos; មិនមែនជា WKT ត្រឹមត្រូវទេ ({reason})។ សូមសរសេរវាដូចជា &apos;POLYGON ((104.9 11.5, 104.91 11.5, 104.91 11.51, 104.9 11.5))&apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WKT holds a {kind}, not a polygon; a plot must be an area.</source>
        <translation>WKT មាន {kind} មិនមែនពហុកោណទេ៖ ក្បាលដីត្រូវតែជាផ្ទៃ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WKT polygon is empty.</source>
        <translation>ពហុកោណ WKT ទទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heights (Z) in the WKT were dropped; plots are stored in 2D.</source>
        <translation>កម្ពស់ (Z) ក្នុង WKT ត្រូវបានដកចេញ៖ ក្បាលដីត្រូវបានរក្សាទុកជា 2 វិមាត្រ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curves (arcs) in the WKT were made straight lines.</source>
        <translation>ខ្សែកោង (ធ្នូ) ក្នុង WKT ត្រូវបានប្តូរទៅជាបន្ទាត់ត្រង់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is neither UTF-8 nor Windows-1252 text. Export the form data again as CSV (UTF-8).</source>
        <translation>{name} មិនមែនជាអត្ថបទ UTF-8 ឬ Windows-1252 ទេ។ សូមនាំចេញទិន្នន័យសំណុំបែបបទម្តងទៀតជា CSV (UTF-8)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fewer than 3 points</source>
        <translation>តិចជាង 3 ចំណុច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No boundary column was found. The table needs a column named like &apos;geoshape&apos; or &apos;boundary&apos; holding &apos;lat lon alt acc; ...&apos; points, a column of WKT polygons, or &apos;longitude&apos; and &apos;latitude&apos; columns.</source>
        <translation>រកមិនឃើញជួរឈរព្រំដីទេ។ តារាងត្រូវការជួរឈរដែលមានឈ្មោះដូចជា &apos;geoshape&apos; ឬ &apos;boundary&apos; ដែលមានចំណុច &apos;រយៈទទឹង រយៈបណ្តោយ កម្ពស់ ភាពជាក់លាក់; ...&apos; ជួរឈរនៃពហុកោណ WKT ឬជួរឈរ &apos;longitude&apos; និង &apos;latitude&apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} cannot be read ({error}).</source>
        <translation>មិនអាចអាន {name} បានទេ ({error})។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is empty. Export the form data again.</source>
        <translation>{name} ទទេ។ សូមនាំចេញទិន្នន័យសំណុំបែបបទម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a readable CSV table ({error}).</source>
        <translation>{name} មិនមែនជាតារាង CSV ដែលអាចអានបានទេ ({error})។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} holds no rows. Export the form data again.</source>
        <translation>{name} គ្មានជួរដេកទេ។ សូមនាំចេញទិន្នន័យសំណុំបែបបទម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The boundary has {count} distinct points; a plot needs at least 3. Walk the boundary again.</source>
        <translation>ព្រំដីមានចំណុចខុសៗគ្នា {count}; ក្បាលដីត្រូវការយ៉ាងហោចណាស់ 3។ សូមដើរព្រំដីម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This table holds points (longitude and latitude columns), not boundaries; import it as points or a walked track.</source>
        <translation>តារាងនេះមានចំណុច (ជួរឈររយៈបណ្តោយ និងរយៈទទឹង) មិនមែនព្រំដីទេ សូមនាំចូលវាជាចំណុច ឬជាខ្សែដានដែលបានដើរ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {row} has no boundary in column &apos;{column}&apos;.</source>
        <translation>ជួរដេក {row} គ្មានព្រំដីក្នុងជួរឈរ &apos;{column}&apos; ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heights (Z) in the WKT were dropped.</source>
        <translation>កម្ពស់ (Z) ក្នុង WKT ត្រូវបានដកចេញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {row}, column &apos;{column}&apos;: {problem}</source>
        <translation>ជួរដេក {row} ជួរឈរ &apos;{column}&apos;៖ {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This table holds boundaries, not longitude/latitude points.</source>
        <translation>តារាងនេះមានព្រំដី មិនមែនចំណុចរយៈបណ្តោយ/រយៈទទឹងទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {row}: {problem}</source>
        <translation>ជួរ {row}៖ {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {row}: longitude {lon}, latitude {lat} is not a place on Earth.</source>
        <translation>ជួរ {row}៖ រយៈបណ្តោយ {lon} រយៈទទឹង {lat} មិនមែនជាទីតាំងនៅលើផែនដីទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A raster is a 2-D (rows, cols) or 3-D (bands, rows, cols) array.</source>
        <translation>រ៉ាស្ទ័រគឺជាអារេ 2 វិមាត្រ (ជួរដេក ជួរឈរ) ឬ 3 វិមាត្រ (ប៉ុស្តិ៍ ជួរដេក ជួរឈរ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the GeoTIFF {path}: {reason}. Choose a folder you can write to and check that the disk is not full.</source>
        <translation>មិនអាចសរសេរ GeoTIFF {path} បានទេ៖ {reason}។ សូមជ្រើសថតដែលអ្នកអាចសរសេរបាន ហើយពិនិត្យថាថាសមិនពេញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {where} has no valid lat/lon. The file may be damaged; export it again from the GPS unit.</source>
        <translation>{name}៖ {where} គ្មានរយៈទទឹង/រយៈបណ្តោយត្រឹមត្រូវទេ។ ឯកសារអាចខូច សូមនាំចេញវាម្តងទៀតពីឧបករណ៍ GPS។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {where} has the impossible position lat={lat}, lon={lon}. The file may be damaged; export it again from the GPS unit.</source>
        <translation>{name}៖ {where} មានទីតាំងដែលមិនអាចមាន រយៈទទឹង={lat} រយៈបណ្តោយ={lon}។ ឯកសារអាចខូច សូមនាំចេញវាម្តងទៀតពីឧបករណ៍ GPS។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point {number} of {line} &apos;{name}&apos;</source>
        <translation>ចំណុច {number} នៃ {line} &apos;{name}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} cannot be opened: {error}.</source>
        <translation>មិនអាចបើក {name} បានទេ៖ {error}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a GPX file: it is not readable XML ({error}). Choose the .gpx file exported from the GPS unit.</source>
        <translation>{name} មិនមែនជាឯកសារ GPX ទេ៖ វាមិនមែនជា XML ដែលអាចអានបានទេ ({error})។ សូមជ្រើសឯកសារ .gpx ដែលបាននាំចេញពីឧបករណ៍ GPS។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a GPX file: it holds &lt;{element}&gt; instead of &lt;gpx&gt;. Choose the .gpx file exported from the GPS unit.</source>
        <translation>{name} មិនមែនជាឯកសារ GPX ទេ៖ វាមាន &lt;{element}&gt; ជំនួសឱ្យ &lt;gpx&gt;។ សូមជ្រើសឯកសារ .gpx ដែលបាននាំចេញពីឧបករណ៍ GPS។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>track {number}</source>
        <translation>ខ្សែដាន {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route {number}</source>
        <translation>ផ្លូវ {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waypoint {number}</source>
        <translation>ចំណុចសម្គាល់ {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no track points or waypoints. Check on the GPS unit that the track was saved, and export it again.</source>
        <translation>{name} គ្មានចំណុចខ្សែដាន ឬចំណុចសម្គាល់ទេ។ សូមពិនិត្យលើឧបករណ៍ GPS ថាខ្សែដានត្រូវបានរក្សាទុក ហើយនាំចេញវាម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has {count} track(s); there is no track number {number}. Choose another track.</source>
        <translation>ឯកសារមានខ្សែដាន {count}; គ្មានខ្សែដានលេខ {number} ទេ។ សូមជ្រើសខ្សែដានផ្សេង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has {count} route(s); there is no route number {number}. Choose another route.</source>
        <translation>ឯកសារមានផ្លូវ {count}; គ្មានផ្លូវលេខ {number} ទេ។ សូមជ្រើសផ្លូវផ្សេង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source must be &apos;track&apos;, &apos;route&apos; or &apos;waypoints&apos;, not {source!r}</source>
        <translation>ប្រភពត្រូវតែជា &apos;track&apos;, &apos;route&apos; ឬ &apos;waypoints&apos; មិនមែន {source!r} ទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The waypoints has {count} different position(s); a plot needs at least 3. Choose another track, or use the waypoints.</source>
        <translation>ចំណុចសម្គាល់មានទីតាំងខុសៗគ្នា {count}; ក្បាលដីត្រូវការយ៉ាងហោចណាស់ 3។ សូមជ្រើសខ្សែដានផ្សេង ឬប្រើចំណុចសម្គាល់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track &apos;{name}&apos; has {count} different position(s); a plot needs at least 3. Choose another track, or use the waypoints.</source>
        <translation>ខ្សែដាន &apos;{name}&apos; មានទីតាំងខុសៗគ្នា {count}; ក្បាលដីត្រូវការយ៉ាងហោចណាស់ 3។ សូមជ្រើសខ្សែដានផ្សេង ឬប្រើចំណុចសម្គាល់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route &apos;{name}&apos; has {count} different position(s); a plot needs at least 3. Choose another track, or use the waypoints.</source>
        <translation>ផ្លូវ &apos;{name}&apos; មានទីតាំងខុសៗគ្នា {count}; ក្បាលដីត្រូវការយ៉ាងហោចណាស់ 3។ សូមជ្រើសខ្សែដានផ្សេង ឬប្រើចំណុចសម្គាល់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({suffixes} folder)</source>
        <translation>{name} (ថត {suffixes})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({suffixes})</source>
        <translation>{name} ({suffixes})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zip archive</source>
        <translation>ឯកសារបង្ហាប់ Zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone-form CSV</source>
        <translation>CSV នៃសំណុំបែបបទទូរស័ព្ទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import formats: a suffix or key appears in two entries</source>
        <translation>ទម្រង់នាំចូល៖ កន្ទុយឯកសារ ឬកូដខ្លីមួយ មាននៅក្នុងធាតុពីរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{formats} or {last}</source>
        <translation>{formats} ឬ {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MBTiles tiles cannot be {format!r}; use one of {formats}.</source>
        <translation>ក្រឡាផែនទី MBTiles មិនអាចជា {format!r} បានទេ សូមប្រើមួយក្នុងចំណោម {formats}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An MBTiles type is &apos;overlay&apos; or &apos;baselayer&apos;, not {type!r}.</source>
        <translation>ប្រភេទ MBTiles គឺ &apos;overlay&apos; ឬ &apos;baselayer&apos; មិនមែន {type!r} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The zoom levels {low} to {high} are not usable: give 0 &lt;= min zoom &lt;= max zoom &lt;= 30.</source>
        <translation>កម្រិតពង្រីក {low} ដល់ {high} មិនអាចប្រើបានទេ៖ សូមផ្តល់ 0 &lt;= កម្រិតពង្រីកតូចបំផុត &lt;= កម្រិតពង្រីកធំបំផុត &lt;= 30។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bounds {bounds} are not longitudes and latitudes (west, south, east, north).</source>
        <translation>វិសាលភាព {bounds} មិនមែនជារយៈបណ្តោយ និងរយៈទទឹងទេ (ខាងលិច ខាងត្បូង ខាងកើត ខាងជើង)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: an MBTiles file must end in .mbtiles (ODK Collect and QField look for that name).</source>
        <translation>{name}៖ ឯកសារ MBTiles ត្រូវតែបញ្ចប់ដោយ .mbtiles (ODK Collect និង QField រកមើលឈ្មោះនោះ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {name}: the folder {folder} does not exist. Make it first or choose another folder.</source>
        <translation>មិនអាចសរសេរ {name} បានទេ៖ ថត {folder} មិនមានទេ។ សូមបង្កើតវាជាមុនសិន ឬជ្រើសថតផ្សេង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder; give the name of the MBTiles file to write, e.g. area.mbtiles.</source>
        <translation>{path} ជាថត៖ សូមផ្តល់ឈ្មោះឯកសារ MBTiles ដែលត្រូវសរសេរ ឧ. area.mbtiles។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write {name} into the folder {folder}: it is read-only for you. Choose a folder you may write to.</source>
        <translation>មិនអាចសរសេរ {name} ចូលក្នុងថត {folder} បានទេ៖ ថតនេះសម្រាប់តែអានចំពោះអ្នក។ សូមជ្រើសថតដែលអ្នកអាចសរសេរបាន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write the MBTiles file in {folder}: {error}. Choose a folder you may write to, on a disk with free space.</source>
        <translation>មិនអាចសរសេរឯកសារ MBTiles ក្នុង {folder} បានទេ៖ {error}។ សូមជ្រើសថតដែលអ្នកអាចសរសេរបាន នៅលើថាសដែលមានទំហំទំនេរ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MBTiles file is already closed.</source>
        <translation>ឯកសារ MBTiles ត្រូវបានបិទរួចហើយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no tile {z}/{x}/{y} in the web map grid.</source>
        <translation>គ្មានក្រឡាផែនទី {z}/{x}/{y} នៅក្នុងក្រឡាចត្រង្គផែនទីអ៊ីនធឺណិតទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write tile {z}/{x}/{y} into {name}: {error}. Free some disk space or write elsewhere.</source>
        <translation>មិនអាចសរសេរក្រឡាផែនទី {z}/{x}/{y} ចូលក្នុង {name} បានទេ៖ {error}។ សូមបង្កើតទំហំទំនេរលើថាស ឬសរសេរនៅកន្លែងផ្សេង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot finish the MBTiles file: {error}.</source>
        <translation>មិនអាចបញ្ចប់ឯកសារ MBTiles បានទេ៖ {error}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPSG:4326, WGS 84 (longitude and latitude in degrees)</source>
        <translation>EPSG:4326, WGS 84 (រយៈបណ្តោយ និងរយៈទទឹងគិតជាដឺក្រេ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPSG:32648, WGS 84 / UTM zone 48N (easting and northing in metres)</source>
        <translation>EPSG:32648, WGS 84 / UTM តំបន់ 48N (កូអរដោនេ E និង N គិតជាម៉ែត្រ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A partner package can be written in EPSG:4326 or EPSG:32648, not EPSG:{epsg}. Choose WGS 84 or WGS 84 / UTM zone 48N.</source>
        <translation>កញ្ចប់សម្រាប់ដៃគូអាចសរសេរជា EPSG:4326 ឬ EPSG:32648 មិនមែន EPSG:{epsg} ទេ។ សូមជ្រើស WGS 84 ឬ WGS 84 / UTM តំបន់ 48N។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tables of a partner package need distinct names other than &apos;plots&apos; (got: {names}). Please report this problem.</source>
        <translation>តារាងនៃកញ្ចប់សម្រាប់ដៃគូត្រូវការឈ្មោះខុសៗគ្នា ក្រៅពី &apos;plots&apos; (បានទទួល៖ {names})។ សូមរាយការណ៍បញ្ហានេះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export was cancelled; no package was written.</source>
        <translation>ការនាំចេញត្រូវបានបោះបង់ គ្មានកញ្ចប់ណាមួយត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the package {path}: {reason}. Choose a folder you can write to and with free space, and close the file if another program has it open.</source>
        <translation>មិនអាចសរសេរកញ្ចប់ {path} បានទេ៖ {reason}។ សូមជ្រើសថតដែលអ្នកអាចសរសេរបាន និងមានទំហំទំនេរ ហើយបិទឯកសារនោះ ប្រសិនបើកម្មវិធីផ្សេងកំពុងបើកវា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MetKasekor plots</source>
        <translation>ក្បាលដី MetKasekor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written: {date}</source>
        <translation>បានសរសេរ៖ {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plots: {count}</source>
        <translation>ក្បាលដី៖ {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinate reference system: {crs}</source>
        <translation>ប្រព័ន្ធកូអរដោនេ៖ {crs}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(GeoJSON and KML files are always in EPSG:4326, WGS 84, as their standards require.)</source>
        <translation>(ឯកសារ GeoJSON និង KML តែងតែស្ថិតក្នុង EPSG:4326, WGS 84 តាមការតម្រូវនៃស្តង់ដាររបស់វា។)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text is UTF-8 (Khmer script). Dates are written YYYY-MM-DD. Areas are in hectares, measured in WGS 84 / UTM zone 48N.</source>
        <translation>អត្ថបទជា UTF-8 (អក្សរខ្មែរ)។ កាលបរិច្ឆេទត្រូវបានសរសេរជា YYYY-MM-DD (ឆ្នាំ-ខែ-ថ្ងៃ)។ ផ្ទៃដីគិតជាហិកតា វាស់ក្នុង WGS 84 / UTM តំបន់ 48N។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer &apos;{name}&apos; ({count} rows)</source>
        <translation>ស្រទាប់ &apos;{name}&apos; (ជួរដេក {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} (Shapefile: {short})</source>
        <translation>{field} (Shapefile៖ {short})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yields: yield_t_ha is the yield of one crop, the main crop named in yield_crop (t/ha at the crop&apos;s standard moisture). A plot with two crops in a season has each crop&apos;s yield in &apos;yields&apos; (e.g. &apos;maize 4.33; cowpea 1.17&apos;; in Excel: Data &gt; Text to Columns, separator &apos;;&apos;), and each harvest is a row of the yield_records table with its crop and yield_t_ha. The yields of different crops are never averaged.</source>
        <translation>ទិន្នផល៖ yield_t_ha គឺជាទិន្នផលនៃដំណាំមួយ គឺដំណាំចម្បងដែលមានឈ្មោះក្នុង yield_crop (t/ha នៅសំណើមស្តង់ដាររបស់ដំណាំ)។ ក្បាលដីដែលមានដំណាំពីរក្នុងរដូវមួយ មានទិន្នផលនៃដំណាំនីមួយៗក្នុង &apos;yields&apos; (ឧ. &apos;ពោត 4.33; សណ្ដែកកួរ 1.17&apos;; ក្នុង Excel៖ ទិន្នន័យ &gt; អត្ថបទទៅជួរឈរ សញ្ញាបំបែក &apos;;&apos;) ហើយការប្រមូលផលនីមួយៗជាជួរដេកមួយនៃតារាង yield_records ជាមួយដំណាំ និង yield_t_ha របស់វា។ ទិន្នផលនៃដំណាំផ្សេងៗគ្នាមិនដែលត្រូវបានយកមកធ្វើមធ្យមរួមគ្នាទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table &apos;{name}&apos; ({count} rows)</source>
        <translation>តារាង &apos;{name}&apos; (ជួរដេក {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes</source>
        <translation>កូដ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}, column &apos;{header}&apos; in the tables</source>
        <translation>{field} ជួរឈរ &apos;{header}&apos; ក្នុងតារាង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {meaning}</source>
        <translation>{field}៖ {meaning}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no description</source>
        <translation>គ្មានការពិពណ៌នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the formats of the package among {formats}; {unknown} is not one of them.</source>
        <translation>សូមជ្រើសទម្រង់នៃកញ្ចប់ក្នុងចំណោម {formats}; {unknown} មិនមែនជាទម្រង់មួយក្នុងចំណោមនោះទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the formats of the package among {formats}.</source>
        <translation>សូមជ្រើសទម្រង់នៃកញ្ចប់ក្នុងចំណោម {formats}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plots.shp, .shx, .dbf, .prj, .cpg: ESRI Shapefile, text in UTF-8. Field names are at most 10 characters; plots_fields.csv gives each short name its full name and meaning. A text longer than 254 bytes ends with &apos;…&apos; in the Shapefile and is complete in plots_long_text.csv (code, field, part, text: join the parts in order).</source>
        <translation>plots.shp, .shx, .dbf, .prj, .cpg៖ ESRI Shapefile អត្ថបទជា UTF-8។ ឈ្មោះវាលមានយ៉ាងច្រើន 10 តួអក្សរ; plots_fields.csv ផ្តល់ឈ្មោះពេញ និងអត្ថន័យនៃឈ្មោះខ្លីនីមួយៗ។ អត្ថបទដែលវែងជាង 254 បៃ បញ្ចប់ដោយ &apos;…&apos; ក្នុង Shapefile ហើយពេញលេញនៅក្នុង plots_long_text.csv (code, field, part, text៖ ភ្ជាប់ផ្នែកទាំងនោះតាមលំដាប់)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plots.gpkg: GeoPackage (QGIS, ArcGIS) with the layer &apos;plots&apos; and the tables {names}.</source>
        <translation>plots.gpkg៖ GeoPackage (QGIS, ArcGIS) ដែលមានស្រទាប់ &apos;plots&apos; និងតារាង {names}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plots.gpkg: GeoPackage (QGIS, ArcGIS) with the layer &apos;plots&apos;.</source>
        <translation>plots.gpkg៖ GeoPackage (QGIS, ArcGIS) ដែលមានស្រទាប់ &apos;plots&apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plots.geojson: GeoJSON (RFC 7946), WGS 84.</source>
        <translation>plots.geojson៖ GeoJSON (RFC 7946), WGS 84។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plots.kml: for Google Earth; plots coloured by practice, click a plot for its data.</source>
        <translation>plots.kml៖ សម្រាប់ Google Earth; ក្បាលដីត្រូវបានដាក់ពណ៌តាមការអនុវត្ត ចុចលើក្បាលដីដើម្បីមើលទិន្នន័យរបស់វា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plots.kmz: the same for Google Earth, compressed.</source>
        <translation>plots.kmz៖ ដូចគ្នា សម្រាប់ Google Earth ប៉ុន្តែជាទម្រង់បង្ហាប់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tables/*.csv: each table as CSV (UTF-8 with a byte-order mark, for Excel): {files}. Each .csvt beside a .csv gives the column types for QGIS, so codes keep their leading zeros. A text starting with = + - @, a tab or a carriage return has a single quote in front, so that a spreadsheet does not run it as a formula.</source>
        <translation>tables/*.csv៖ តារាងនីមួយៗជា CSV (UTF-8 មានសញ្ញាលំដាប់បៃ សម្រាប់ Excel)៖ {files}។ ឯកសារ .csvt នីមួយៗនៅជាប់ .csv ផ្តល់ប្រភេទជួរឈរសម្រាប់ QGIS ដូច្នេះកូដរក្សាលេខសូន្យនៅខាងមុខរបស់វា។ អត្ថបទដែលចាប់ផ្តើមដោយ = + - @ សញ្ញាថេប ឬសញ្ញាត្រឡប់ដើមបន្ទាត់ មានសញ្ញាសម្រង់តែមួយនៅខាងមុខ ដើម្បីកុំឱ្យកម្មវិធីសៀវភៅបញ្ជីដំណើរការវាជារូបមន្ត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tables.xlsx: each table as a sheet of one Excel workbook.</source>
        <translation>tables.xlsx៖ តារាងនីមួយៗជាសន្លឹកមួយនៃសៀវភៅ Excel តែមួយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>practices (keys in the &apos;practices&apos; field):</source>
        <translation>ការអនុវត្ត (កូដខ្លីក្នុងវាល &apos;practices&apos;)៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal data included: these files hold the farmers&apos; names and phone numbers and the exact outlines of their plots. Keep them safe, share them only with those who need them, and delete them when the work is done.</source>
        <translation>បានរួមបញ្ចូលទិន្នន័យផ្ទាល់ខ្លួន៖ ឯកសារទាំងនេះមានឈ្មោះ និងលេខទូរស័ព្ទរបស់កសិករ និងព្រំក្បាលដីពិតប្រាកដរបស់ពួកគេ។ សូមរក្សាទុកឱ្យមានសុវត្ថិភាព ចែករំលែកតែជាមួយអ្នកដែលត្រូវការប៉ុណ្ណោះ ហើយលុបចោលនៅពេលការងាររួចរាល់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data left out: no farmers&apos; names or phone numbers, and each plot is a point at the centre of its outline, rounded to {decimals} decimals of a degree (about 10 m), with its area in area_ha. Ask for an export with personal data only if you need them.</source>
        <translation>បានដកទិន្នន័យផ្ទាល់ខ្លួនចេញ៖ គ្មានឈ្មោះ ឬលេខទូរស័ព្ទរបស់កសិករទេ ហើយក្បាលដីនីមួយៗជាចំណុចមួយនៅកណ្ដាលព្រំដីរបស់វា បង្គត់ត្រឹម {decimals} ខ្ទង់ទសភាគនៃដឺក្រេ (ប្រហែល 10 m) ជាមួយផ្ទៃដីរបស់វានៅក្នុង area_ha។ សូមស្នើសុំការនាំចេញដែលមានទិន្នន័យផ្ទាល់ខ្លួន លុះត្រាតែអ្នកត្រូវការវា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data left out: no farmers&apos; names or phone numbers. Ask for an export with personal data only if you need them.</source>
        <translation>បានដកទិន្នន័យផ្ទាល់ខ្លួនចេញ៖ គ្មានឈ្មោះ ឬលេខទូរស័ព្ទរបស់កសិករទេ។ សូមស្នើសុំការនាំចេញដែលមានទិន្នន័យផ្ទាល់ខ្លួន លុះត្រាតែអ្នកត្រូវការវា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour {colour!r} is not #rrggbb or #rrggbbaa.</source>
        <translation>ពណ៌ {colour!r} មិនមែនជា #rrggbb ឬ #rrggbbaa ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A colour needs three or four components, not {count}.</source>
        <translation>ពណ៌ត្រូវការសមាសធាតុបី ឬបួន មិនមែន {count} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category values repeat: {values!r}.</source>
        <translation>តម្លៃចំណាត់ក្រុមស្ទួនគ្នា៖ {values!r}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The empty value is kept for the category of all other values.</source>
        <translation>តម្លៃទទេត្រូវបានរក្សាទុកសម្រាប់ចំណាត់ក្រុមនៃតម្លៃផ្សេងទៀតទាំងអស់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The raster {file} is damaged: its cells cannot be read ({reason}). It was not copied or saved completely; copy it again from the original.</source>
        <translation>រ៉ាស្ទ័រ {file} ខូច៖ មិនអាចអានក្រឡារបស់វាបានទេ ({reason})។ វាមិនត្រូវបានចម្លង ឬរក្សាទុកពេញលេញទេ សូមចម្លងវាម្តងទៀតពីឯកសារដើម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resampling must be one of {choices!r}, not {name!r}.</source>
        <translation>វិធីយកគំរូឡើងវិញត្រូវតែជាមួយក្នុងចំណោម {choices!r} មិនមែន {name!r} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The raster {path} is missing; it was moved, renamed or deleted. Put it back or choose it again from its new place.</source>
        <translation>រ៉ាស្ទ័រ {path} បាត់៖ វាត្រូវបានផ្លាស់ទី ប្តូរឈ្មោះ ឬលុប។ សូមដាក់វាមកវិញ ឬជ្រើសវាម្តងទៀតពីទីតាំងថ្មីរបស់វា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a raster this application can read ({reason}).</source>
        <translation>{path} មិនមែនជារ៉ាស្ទ័រដែលកម្មវិធីនេះអាចអានបានទេ ({reason})។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder is read-only</source>
        <translation>ថតនេះសម្រាប់តែអាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not build overviews for {path}: {reason}. Overviews are written beside the raster as {overviews}; copy the raster to a folder you can write to (and check that the disk is not full), then try again.</source>
        <translation>មិនអាចបង្កើតរូបភាពសង្ខេបសម្រាប់ {path} បានទេ៖ {reason}។ រូបភាពសង្ខេបត្រូវបានសរសេរនៅជាប់រ៉ាស្ទ័រជា {overviews}; សូមចម្លងរ៉ាស្ទ័រទៅថតដែលអ្នកអាចសរសេរបាន (ហើយពិនិត្យថាថាសមិនពេញ) រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The raster {path} is missing; it was moved, renamed or deleted. Put it back or add it to the map again from its new place.</source>
        <translation>រ៉ាស្ទ័រ {path} បាត់៖ វាត្រូវបានផ្លាស់ទី ប្តូរឈ្មោះ ឬលុប។ សូមដាក់វាមកវិញ ឬបន្ថែមវាទៅផែនទីម្តងទៀតពីទីតាំងថ្មីរបស់វា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a raster this application can read ({reason}). Choose a GeoTIFF or another raster format GDAL knows.</source>
        <translation>{path} មិនមែនជារ៉ាស្ទ័រដែលកម្មវិធីនេះអាចអានបានទេ ({reason})។ សូមជ្រើស GeoTIFF ឬទម្រង់រ៉ាស្ទ័រផ្សេងទៀតដែល GDAL ស្គាល់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The raster {path} has no coordinate system; the map cannot tell where it lies. Georeference it (for example in QGIS) or save it as a GeoTIFF with its coordinate system, then add it again.</source>
        <translation>រ៉ាស្ទ័រ {path} គ្មានប្រព័ន្ធកូអរដោនេទេ៖ ផែនទីមិនអាចដឹងថាវាស្ថិតនៅទីណាទេ។ សូមកំណត់ទីតាំងភូមិសាស្ត្រឱ្យវា (ឧទាហរណ៍ក្នុង QGIS) ឬរក្សាទុកវាជា GeoTIFF ជាមួយប្រព័ន្ធកូអរដោនេរបស់វា រួចបន្ថែមវាម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The raster {path} has no bands to show.</source>
        <translation>រ៉ាស្ទ័រ {path} គ្មានប៉ុស្តិ៍ដែលត្រូវបង្ហាញទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The raster {path} was closed.</source>
        <translation>រ៉ាស្ទ័រ {path} ត្រូវបានបិទ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The raster {path} has {count} band(s); there is no band {band}.</source>
        <translation>រ៉ាស្ទ័រ {path} មានប៉ុស្តិ៍ {count}; គ្មានប៉ុស្តិ៍ {band} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kind of results {kind!r}; expected soil or yield.</source>
        <translation>ប្រភេទលទ្ធផល {kind!r} មិនស្គាល់ទេ; ត្រូវតែជាលទ្ធផលដី ឬទិន្នផល។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} cannot be read as an Excel workbook ({error}). Save it again as .xlsx or as CSV.</source>
        <translation>មិនអាចអាន {name} ជាសៀវភៅ Excel បានទេ ({error})។ សូមរក្សាទុកវាម្តងទៀតជា .xlsx ឬជា CSV។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: only .csv and .xlsx files can be imported.</source>
        <translation>{name}៖ អាចនាំចូលបានតែឯកសារ .csv និង .xlsx ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no header row; the first row must name the columns.</source>
        <translation>{name} គ្មានជួរចំណងជើងទេ; ជួរដេកទីមួយត្រូវតែដាក់ឈ្មោះជួរឈរ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} cannot be read: {error}.</source>
        <translation>មិនអាចអាន {name} បានទេ៖ {error}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is empty.</source>
        <translation>{name} ទទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no sheet {sheet!r}; its sheets are {sheets}.</source>
        <translation>{name} គ្មានសន្លឹក {sheet!r} ទេ; សន្លឹករបស់វាគឺ {sheets}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the sheet is empty.</source>
        <translation>{name}៖ សន្លឹកនេះទទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value!r} is not a number</source>
        <translation>{value!r} មិនមែនជាលេខទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value!r} is not a valid date</source>
        <translation>{value!r} មិនមែនជាកាលបរិច្ឆេទត្រឹមត្រូវទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value!r} is not a date (use 2024-07-31 or 31/07/2024)</source>
        <translation>{value!r} មិនមែនជាកាលបរិច្ឆេទទេ (សូមប្រើ 2024-07-31 ឬ 31/07/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value!r} is not a date</source>
        <translation>{value!r} មិនមែនជាកាលបរិច្ឆេទទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value!r} is not a number.</source>
        <translation>{value!r} មិនមែនជាលេខទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}.</source>
        <translation>{problem}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No column is chosen for {fields}; map it before importing.</source>
        <translation>មិនទាន់បានជ្រើសជួរឈរសម្រាប់ {fields} ទេ; សូមភ្ជាប់វាមុននឹងនាំចូល។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project already has a record with the same plot, date and depth.</source>
        <translation>គម្រោងមានកំណត់ត្រាដែលមានក្បាលដី កាលបរិច្ឆេទ និងជម្រៅដូចគ្នារួចហើយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project already has a record with the same plot, season and crop.</source>
        <translation>គម្រោងមានកំណត់ត្រាដែលមានក្បាលដី រដូវ និងដំណាំដូចគ្នារួចហើយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same plot, date and depth as row {row} of the file.</source>
        <translation>ក្បាលដី កាលបរិច្ឆេទ និងជម្រៅដូចគ្នានឹងជួរដេក {row} នៃឯកសារ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same plot, season and crop as row {row} of the file.</source>
        <translation>ក្បាលដី រដូវ និងដំណាំដូចគ្នានឹងជួរដេក {row} នៃឯកសារ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plot code is empty.</source>
        <translation>កូដក្បាលដីទទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plot has the code {code!r} in this project.</source>
        <translation>គ្មានក្បាលដីណាមានកូដ {code!r} ក្នុងគម្រោងនេះទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No season is named {name!r}; use a name such as &apos;2024 early wet&apos;.</source>
        <translation>គ្មានរដូវណាមានឈ្មោះ {name!r} ទេ; សូមប្រើឈ្មោះដូចជា &apos;2024 early wet&apos; (រដូវវស្សាដើម 2024)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The season is empty.</source>
        <translation>រដូវទទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The crop is empty.</source>
        <translation>ដំណាំទទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown crop {crop!r}; known crops: {crops}.</source>
        <translation>ដំណាំ {crop!r} មិនស្គាល់ទេ; ដំណាំដែលស្គាល់៖ {crops}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown method {method!r}; use sample or whole plot.</source>
        <translation>វិធីសាស្ត្រ {method!r} មិនស្គាល់ទេ; សូមប្រើ sample (សំណាក) ឬ whole plot (ក្បាលដីទាំងមូល)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value:g} cannot be negative.</source>
        <translation>{value:g} មិនអាចអវិជ្ជមានបានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moisture {moisture:g} % is outside 0-100 %. Check the value and its unit.</source>
        <translation>សំណើម {moisture:g} % នៅក្រៅចន្លោះ 0-100 %។ សូមពិនិត្យតម្លៃ និងឯកតារបស់វា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The harvested weight is empty.</source>
        <translation>ទម្ងន់ដែលប្រមូលបានទទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none recorded</source>
        <translation>មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOS US, code page 437</source>
        <translation>DOS សហរដ្ឋអាមេរិក, ទំព័រកូដ 437</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOS Multilingual, code page 850</source>
        <translation>DOS ពហុភាសា, ទំព័រកូដ 850</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows ANSI, code page 1252</source>
        <translation>Windows ANSI, ទំព័រកូដ 1252</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese GBK, code page 936</source>
        <translation>ចិន GBK, ទំព័រកូដ 936</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANSI (the system code page, often 1252)</source>
        <translation>ANSI (ទំព័រកូដរបស់ប្រព័ន្ធ ជាញឹកញាប់ 1252)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western European ANSI, code page 1252</source>
        <translation>ANSI អឺរ៉ុបខាងលិច, ទំព័រកូដ 1252</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai, code page 874</source>
        <translation>ថៃ, ទំព័រកូដ 874</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is damaged: {damage}. Copy the Shapefile again from the original.</source>
        <translation>{file} ខូច៖ {damage}។ សូមចម្លង Shapefile ម្តងទៀតពីច្បាប់ដើម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is only {size} bytes long, shorter than a Shapefile header: it is damaged. Copy it again from the original.</source>
        <translation>{file} មានប្រវែងត្រឹមតែ {size} បៃ ខ្លីជាងផ្នែកក្បាលរបស់ Shapefile៖ វាខូចហើយ។ សូមចម្លងវាម្តងទៀតពីច្បាប់ដើម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a Shapefile (its header does not start with 9994). Choose the .shp that GIS software wrote.</source>
        <translation>{file} មិនមែនជា Shapefile ទេ (ផ្នែកក្បាលរបស់វាមិនចាប់ផ្តើមដោយ 9994)។ សូមជ្រើសឯកសារ .shp ដែលកម្មវិធីប្រព័ន្ធព័ត៌មានភូមិសាស្ត្របានសរសេរ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} holds MultiPatch shapes (3D surfaces of buildings or terrain), not plot boundaries. Export the plot outlines as polygons from your GIS.</source>
        <translation>{file} មានរាង MultiPatch (ផ្ទៃ 3D នៃអគារ ឬសណ្ឋានដី) មិនមែនព្រំក្បាលដីទេ។ សូមនាំចេញគ្រោងក្បាលដីជាពហុកោណពីកម្មវិធីប្រព័ន្ធព័ត៌មានភូមិសាស្ត្ររបស់អ្នក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its header gives its length as {length} bytes</source>
        <translation>ផ្នែកក្បាលរបស់វាបញ្ជាក់ប្រវែងរបស់វាថា {length} បៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is truncated: its header says {declared} bytes but the file has {size}; only {shapes} complete shapes can be read. Copy the Shapefile again from the original.</source>
        <translation>{file} ត្រូវបានកាត់ខ្លី៖ ផ្នែកក្បាលរបស់វាបញ្ជាក់ {declared} បៃ ប៉ុន្តែឯកសារមាន {size}; អាចអានបានតែរាងពេញលេញ {shapes} ប៉ុណ្ណោះ។ សូមចម្លង Shapefile ម្តងទៀតពីច្បាប់ដើម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is padded: after the {shapes} entries of the shapes in {shp} it holds {empty} empty ones. The file is damaged but no shape is missing; the padding is ignored.</source>
        <translation>{file} មានទិន្នន័យបំពេញបន្ថែម៖ បន្ទាប់ពីធាតុកត់ត្រា {shapes} នៃរាងក្នុង {shp} វាមានធាតុកត់ត្រាទទេ {empty}។ ឯកសារនេះខូច ប៉ុន្តែគ្មានរាងណាបាត់ទេ; ទិន្នន័យបំពេញបន្ថែមត្រូវបានរំលង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{index} lists {listed} shapes but only the first {shapes} lie inside {shp} where the index says</source>
        <translation>{index} រាយរាង {listed} ប៉ុន្តែមានតែរាង {shapes} ដំបូងប៉ុណ្ណោះដែលស្ថិតនៅក្នុង {shp} ត្រង់កន្លែងដែលសន្ទស្សន៍បញ្ជាក់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its index</source>
        <translation>សន្ទស្សន៍របស់វា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shape {shape} is not where {index} says it is (the two files do not belong together, or one was overwritten)</source>
        <translation>រាង {shape} មិននៅកន្លែងដែល {index} បញ្ជាក់ទេ (ឯកសារទាំងពីរមិនមែនជាគូតែមួយ ឬឯកសារមួយត្រូវបានសរសេរជាន់ពីលើ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is padded: it has {extra} bytes after the end its header declares. The file is damaged but no shape is missing; the padding is ignored.</source>
        <translation>{file} មានទិន្នន័យបំពេញបន្ថែម៖ វាមាន {extra} បៃ បន្ទាប់ពីចុងបញ្ចប់ដែលផ្នែកក្បាលរបស់វាប្រកាស។ ឯកសារនេះខូច ប៉ុន្តែគ្មានរាងណាបាត់ទេ; ទិន្នន័យបំពេញបន្ថែមត្រូវបានរំលង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{stem}.shx is missing next to {file}. A Shapefile is several files: copy all files named {stem}.* (.shp, .shx, .dbf, .prj, .cpg) into the same folder.</source>
        <translation>បាត់ {stem}.shx នៅក្បែរ {file}។ Shapefile មួយមានឯកសារច្រើន៖ សូមចម្លងឯកសារទាំងអស់ដែលមានឈ្មោះ {stem}.* (.shp, .shx, .dbf, .prj, .cpg) ទៅក្នុងថតតែមួយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a valid Shapefile index. Copy it again from the original.</source>
        <translation>{file} មិនមែនជាសន្ទស្សន៍ Shapefile ត្រឹមត្រូវទេ។ សូមចម្លងវាម្តងទៀតពីច្បាប់ដើម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it lists {count} shapes, more than any plot file holds</source>
        <translation>វារាយរាង {count} ច្រើនជាងឯកសារក្បាលដីណាមួយអាចមាន</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is truncated: its header says {declared} bytes but the file has {size}. Copy the Shapefile again from the original.</source>
        <translation>{file} ត្រូវបានកាត់ខ្លី៖ ផ្នែកក្បាលរបស់វាបញ្ជាក់ {declared} បៃ ប៉ុន្តែឯកសារមាន {size}។ សូមចម្លង Shapefile ម្តងទៀតពីច្បាប់ដើម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is padded: it has {extra} bytes after the end its header declares. The file is damaged; the padding is ignored.</source>
        <translation>{file} មានទិន្នន័យបំពេញបន្ថែម៖ វាមាន {extra} បៃ បន្ទាប់ពីចុងបញ្ចប់ដែលផ្នែកក្បាលរបស់វាប្រកាស។ ឯកសារនេះខូច; ទិន្នន័យបំពេញបន្ថែមត្រូវបានរំលង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is {size} bytes long, shorter than its header: it is damaged. Copy it again from the original.</source>
        <translation>{file} មានប្រវែង {size} បៃ ខ្លីជាងផ្នែកក្បាលរបស់វា៖ វាខូចហើយ។ សូមចម្លងវាម្តងទៀតពីច្បាប់ដើម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{stem}.dbf (the attribute table) is missing next to {file}. Copy all files named {stem}.* into the same folder.</source>
        <translation>បាត់ {stem}.dbf (តារាងគុណលក្ខណៈ) នៅក្បែរ {file}។ សូមចម្លងឯកសារទាំងអស់ដែលមានឈ្មោះ {stem}.* ទៅក្នុងថតតែមួយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a valid dBASE table. Copy it again from the original.</source>
        <translation>{file} មិនមែនជាតារាង dBASE ត្រឹមត្រូវទេ។ សូមចម្លងវាម្តងទៀតពីច្បាប់ដើម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is truncated: its header says {records} records but only {complete} are complete. {lost} plots would lose their attributes; copy the Shapefile again from the original.</source>
        <translation>{file} ត្រូវបានកាត់ខ្លី៖ ផ្នែកក្បាលរបស់វាបញ្ជាក់ថាមានកំណត់ត្រា {records} ប៉ុន្តែមានតែ {complete} ប៉ុណ្ណោះដែលពេញលេញ។ ក្បាលដី {lost} នឹងបាត់គុណលក្ខណៈរបស់វា; សូមចម្លង Shapefile ម្តងទៀតពីច្បាប់ដើម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is padded or its header is damaged: it says {records} records, but after the {shapes} that match the shapes of {shp} it holds only empty bytes. No plot is missing; the padding is ignored.</source>
        <translation>{file} មានទិន្នន័យបំពេញបន្ថែម ឬផ្នែកក្បាលរបស់វាខូច៖ វាបញ្ជាក់ថាមានកំណត់ត្រា {records} ប៉ុន្តែបន្ទាប់ពីកំណត់ត្រា {shapes} ដែលត្រូវនឹងរាងរបស់ {shp} វាមានតែបៃទទេប៉ុណ្ណោះ។ គ្មានក្បាលដីណាបាត់ទេ; ទិន្នន័យបំពេញបន្ថែមត្រូវបានរំលង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has {records} records but {shp} has {shapes} shapes: the files do not belong together or one was not saved completely ({difference} records have no shape). {difference} plots would be missing; import only if you accept that.</source>
        <translation>{file} មានកំណត់ត្រា {records} ប៉ុន្តែ {shp} មានរាង {shapes}៖ ឯកសារទាំងនេះមិនមែនជាគូតែមួយ ឬឯកសារមួយមិនត្រូវបានរក្សាទុកពេញលេញ (កំណត់ត្រា {difference} គ្មានរាង)។ ក្បាលដី {difference} នឹងបាត់; សូមនាំចូលតែក្នុងករណីដែលអ្នកទទួលយកបាន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has {records} records but {shp} has {shapes} shapes: the files do not belong together or one was not saved completely ({difference} shapes have no record). {difference} plots would be missing; import only if you accept that.</source>
        <translation>{file} មានកំណត់ត្រា {records} ប៉ុន្តែ {shp} មានរាង {shapes}៖ ឯកសារទាំងនេះមិនមែនជាគូតែមួយ ឬឯកសារមួយមិនត្រូវបានរក្សាទុកពេញលេញ (រាង {difference} គ្មានកំណត់ត្រា)។ ក្បាលដី {difference} នឹងបាត់; សូមនាំចូលតែក្នុងករណីដែលអ្នកទទួលយកបាន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{stem}.prj is missing: the coordinate system of {file} is not recorded. Choose it when importing (WGS 84 longitude/latitude or UTM 48N metres).</source>
        <translation>បាត់ {stem}.prj៖ ប្រព័ន្ធកូអរដោនេនៃ {file} មិនត្រូវបានកត់ត្រាទេ។ សូមជ្រើសវានៅពេលនាំចូល (WGS 84 រយៈបណ្តោយ/រយៈទទឹង ឬ UTM 48N ម៉ែត្រ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>មិនស្គាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{stem}.cpg is missing, so the text encoding of {file} is not recorded (its language driver id is 0x{ldid:02X}: {meaning}). If Khmer names look garbled after import, choose the encoding (UTF-8) by hand.</source>
        <translation>បាត់ {stem}.cpg ដូច្នេះការអ៊ិនកូដអត្ថបទនៃ {file} មិនត្រូវបានកត់ត្រាទេ (លេខសម្គាល់កម្មវិធីបញ្ជាភាសារបស់វាគឺ 0x{ldid:02X}៖ {meaning})។ ប្រសិនបើឈ្មោះខ្មែរមើលទៅខូចទ្រង់ទ្រាយបន្ទាប់ពីនាំចូល សូមជ្រើសការអ៊ិនកូដ (UTF-8) ដោយដៃ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} plots written to {file}.</source>
        <translation>បានសរសេរក្បាលដី {count} ទៅ {file}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} text values were longer than a Shapefile allows (254 bytes) and end with &apos;…&apos;; their full text is in the file *_long_text.csv inside the zip.</source>
        <translation>តម្លៃអត្ថបទ {count} វែងជាងអ្វីដែល Shapefile អនុញ្ញាត (254 បៃ) ហើយបញ្ចប់ដោយ &apos;…&apos;; អត្ថបទពេញរបស់វាមាននៅក្នុងឯកសារ *_long_text.csv ក្នុងឯកសារ zip។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shapefiles can be exported in EPSG:4326 or EPSG:32648, not EPSG:{epsg}. Choose WGS 84 or WGS 84 / UTM zone 48N.</source>
        <translation>Shapefile អាចនាំចេញបានក្នុង EPSG:4326 ឬ EPSG:32648 មិនមែន EPSG:{epsg} ទេ។ សូមជ្រើស WGS 84 ឬ WGS 84 / UTM តំបន់ 48N។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the Shapefile zip {path}: {reason}. Choose a folder you can write to, and close the file if another program has it open.</source>
        <translation>មិនអាចសរសេរឯកសារ zip របស់ Shapefile {path} បានទេ៖ {reason}។ សូមជ្រើសថតដែលអ្នកអាចសរសេរបាន ហើយបិទឯកសារ ប្រសិនបើកម្មវិធីផ្សេងកំពុងបើកវា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table {name} has no geometries, so it cannot be a Shapefile. Export it as CSV or Excel instead.</source>
        <translation>តារាង {name} គ្មានធរណីមាត្រទេ ដូច្នេះវាមិនអាចជា Shapefile បានទេ។ សូមនាំចេញវាជា CSV ឬ Excel ជំនួសវិញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write the Shapefile {file}: {reason}. Check that the folder is writable and has free space, then export again.</source>
        <translation>មិនអាចសរសេរ Shapefile {file} បានទេ៖ {reason}។ សូមពិនិត្យថាថតនេះអាចសរសេរបាន និងមានទំហំទំនេរ រួចនាំចេញម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numbers are metres that fall in Cambodia in UTM zone 48N on WGS 84, the usual metric system for Cambodia.</source>
        <translation>លេខទាំងនេះជាម៉ែត្រ ដែលស្ថិតនៅក្នុងកម្ពុជា ក្នុង UTM តំបន់ 48N លើ WGS 84 ដែលជាប្រព័ន្ធម៉ែត្រធម្មតាសម្រាប់កម្ពុជា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same metres on the older Indian 1960 datum, used by some older Cambodian maps; PROJ can convert it only approximately (a few hundred metres).</source>
        <translation>ម៉ែត្រដដែល ប៉ុន្តែលើដាតុមចាស់ Indian 1960 ដែលផែនទីកម្ពុជាចាស់ៗខ្លះប្រើ; PROJ អាចបម្លែងវាបានតែប្រហាក់ប្រហែលប៉ុណ្ណោះ (ពីរបីរយម៉ែត្រ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numbers also fall in Cambodia as metres in UTM zone 47N, which some maps of western Cambodia use.</source>
        <translation>លេខទាំងនេះក៏ស្ថិតនៅក្នុងកម្ពុជាដែរ ជាម៉ែត្រក្នុង UTM តំបន់ 47N ដែលផែនទីខ្លះនៃភាគខាងលិចកម្ពុជាប្រើ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WGS 84 (longitude/latitude)</source>
        <translation>WGS 84 (រយៈបណ្តោយ/រយៈទទឹង)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coordinate system of the file cannot be read ({detail}). Choose the coordinate system yourself (by its EPSG code, e.g. 32648), or ask the data owner for a correct .prj file.</source>
        <translation>មិនអាចអានប្រព័ន្ធកូអរដោនេនៃឯកសារបានទេ ({detail})។ សូមជ្រើសប្រព័ន្ធកូអរដោនេដោយខ្លួនឯង (តាមកូដ EPSG របស់វា ឧ. 32648) ឬសុំឯកសារ .prj ដែលត្រឹមត្រូវពីម្ចាស់ទិន្នន័យ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coordinate system of the file cannot be read. Choose the coordinate system yourself (by its EPSG code, e.g. 32648), or ask the data owner for a correct .prj file.</source>
        <translation>មិនអាចអានប្រព័ន្ធកូអរដោនេនៃឯកសារបានទេ។ សូមជ្រើសប្រព័ន្ធកូអរដោនេដោយខ្លួនឯង (តាមកូដ EPSG របស់វា ឧ. 32648) ឬសុំឯកសារ .prj ដែលត្រឹមត្រូវពីម្ចាស់ទិន្នន័យ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unnamed coordinate system</source>
        <translation>ប្រព័ន្ធកូអរដោនេគ្មានឈ្មោះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The numbers are degrees that fall in Cambodia (longitude {west:.2f} to {east:.2f} E, latitude {south:.2f} to {north:.2f} N).</source>
        <translation>លេខទាំងនេះជាដឺក្រេ ដែលស្ថិតនៅក្នុងកម្ពុជា (រយៈបណ្តោយ {west:.2f} ដល់ {east:.2f} E, រយៈទទឹង {south:.2f} ដល់ {north:.2f} N)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates in {crs} cannot be converted to WGS 84 longitude/latitude. Choose another coordinate system for the file.</source>
        <translation>មិនអាចបម្លែងកូអរដោនេក្នុង {crs} ទៅជារយៈបណ្តោយ/រយៈទទឹង WGS 84 បានទេ។ សូមជ្រើសប្រព័ន្ធកូអរដោនេផ្សេងសម្រាប់ឯកសារនេះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this coordinate system</source>
        <translation>ប្រព័ន្ធកូអរដោនេនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to about {distance:.0f} m</source>
        <translation>រហូតដល់ប្រហែល {distance:.0f} m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tens to hundreds of metres</source>
        <translation>ពីរាប់សិប ដល់រាប់រយម៉ែត្រ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates were converted from {crs} without an accurate datum shift (PROJ&apos;s &apos;ballpark&apos; transformation): positions may be off by {size}. Ask the data owner for the datum shift, or check the plots over imagery.</source>
        <translation>កូអរដោនេត្រូវបានបម្លែងពី {crs} ដោយគ្មានការប្តូរដាតុមដែលត្រឹមត្រូវ (ការបម្លែងប្រហាក់ប្រហែលរបស់ PROJ)៖ ទីតាំងអាចលម្អៀង {size}។ សូមសុំព័ត៌មានការប្តូរដាតុមពីម្ចាស់ទិន្នន័យ ឬពិនិត្យក្បាលដីលើរូបភាពផ្កាយរណប។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates were converted from {crs} to WGS 84 (an exact conversion).</source>
        <translation>កូអរដោនេត្រូវបានបម្លែងពី {crs} ទៅ WGS 84 (ការបម្លែងពិតប្រាកដ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates were converted from {crs} to WGS 84 with a datum shift accurate to about {accuracy:g} m.</source>
        <translation>កូអរដោនេត្រូវបានបម្លែងពី {crs} ទៅ WGS 84 ដោយការប្តូរដាតុមដែលមានភាពត្រឹមត្រូវប្រហែល {accuracy:g} m។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates were converted from {crs} to WGS 84; PROJ states no accuracy for this conversion.</source>
        <translation>កូអរដោនេត្រូវបានបម្លែងពី {crs} ទៅ WGS 84; PROJ មិនបញ្ជាក់ពីភាពត្រឹមត្រូវនៃការបម្លែងនេះទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A more accurate transformation needs a PROJ grid file that is not installed on this computer.</source>
        <translation>ការបម្លែងដែលត្រឹមត្រូវជាងនេះ ត្រូវការឯកសារក្រឡា PROJ ដែលមិនទាន់បានដំឡើងនៅលើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file cannot be read ({reason}). Download the export again.</source>
        <translation>មិនអាចអានឯកសារបានទេ ({reason})។ សូមទាញយកឯកសារនាំចេញម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not UTF-8 text, so its Khmer text would be lost. Download the export again and import it without opening and saving it in Excel.</source>
        <translation>ឯកសារនេះមិនមែនជាអត្ថបទ UTF-8 ទេ ដូច្នេះអត្ថបទខ្មែររបស់វានឹងបាត់បង់។ សូមទាញយកឯកសារនាំចេញម្តងទៀត ហើយនាំចូលវាដោយមិនបើក និងរក្សាទុកវាក្នុង Excel។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty. Download the export again.</source>
        <translation>ឯកសារនេះទទេ។ សូមទាញយកឯកសារនាំចេញម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the .zip or .csv exports of ODK Central and the .xlsx or .csv exports of KoboToolbox can be read.</source>
        <translation>អាចអានបានតែឯកសារនាំចេញ .zip ឬ .csv ពី ODK Central និងឯកសារនាំចេញ .xlsx ឬ .csv ពី KoboToolbox ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a submissions export of ODK Central or KoboToolbox: none of its columns is {expected}.</source>
        <translation>នេះមិនមែនជាឯកសារនាំចេញទិន្នន័យដាក់ស្នើពី ODK Central ឬ KoboToolbox ទេ៖ គ្មានជួរឈរណាមួយរបស់វាជា {expected} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the zip holds no main table of a form (FORMID.csv with a KEY column); its CSV files are: {found}.</source>
        <translation>ឯកសារ zip គ្មានតារាងមេនៃសំណុំបែបបទទេ (FORMID.csv ដែលមានជួរឈរ KEY); ឯកសារ CSV របស់វាគឺ៖ {found}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the zip holds the submissions of several forms ({forms}); choose one.</source>
        <translation>ឯកសារ zip មានទិន្នន័យដាក់ស្នើនៃសំណុំបែបបទច្រើន ({forms}); សូមជ្រើសមួយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file holds no form &apos;{form_id}&apos;; it holds: {forms}.</source>
        <translation>ឯកសារនេះគ្មានសំណុំបែបបទ &apos;{form_id}&apos; ទេ; វាមាន៖ {forms}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is the table of a repeat group (it has PARENT_KEY), not the form&apos;s main table. Import the whole zip from ODK Central.</source>
        <translation>នេះជាតារាងនៃក្រុមសំណួរដដែលៗ (វាមាន PARENT_KEY) មិនមែនជាតារាងមេនៃសំណុំបែបបទទេ។ សូមនាំចូលឯកសារ zip ទាំងមូលពី ODK Central។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row belongs to {parent}, which is not in the export; the row and the rows nested in it are left out.</source>
        <translation>ជួរដេកនេះជារបស់ {parent} ដែលមិនមាននៅក្នុងឯកសារនាំចេញ; ជួរដេកនេះ និងជួរដេកដែលស្ថិតនៅក្នុងវា មិនត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submission {instance_id} is in the file {count} times (rows {rows}); the first, row {kept}, is kept.</source>
        <translation>ទិន្នន័យដាក់ស្នើ {instance_id} មាននៅក្នុងឯកសារ {count} ដង (ជួរដេក {rows}); ទិន្នន័យទីមួយ គឺជួរដេក {kept} ត្រូវបានរក្សាទុក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row has no instance ID; it is left out.</source>
        <translation>ជួរដេកនេះគ្មានលេខសម្គាល់ទិន្នន័យដាក់ស្នើទេ; វាមិនត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submission {instance_id} is encrypted and the server did not decrypt it; it is left out.</source>
        <translation>ទិន្នន័យដាក់ស្នើ {instance_id} ត្រូវបានអ៊ិនគ្រីប ហើយម៉ាស៊ីនមេមិនបានឌិគ្រីបវាទេ; វាមិនត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several fields are named &apos;{field}&apos; ({paths}); &apos;{field}&apos; is the first, the others are reached by their full paths.</source>
        <translation>វាលច្រើនមានឈ្មោះ &apos;{field}&apos; ({paths}); &apos;{field}&apos; សំដៅលើវាលទីមួយ ហើយវាលផ្សេងទៀតត្រូវបានរកឃើញតាមផ្លូវពេញរបស់វា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the column &apos;{column}&apos; appears twice; the first is used.</source>
        <translation>ជួរឈរ &apos;{column}&apos; លេចឡើងពីរដង; ជួរឈរទីមួយត្រូវបានប្រើ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the table is not linked to the form&apos;s submissions; it is ignored.</source>
        <translation>តារាងនេះមិនភ្ជាប់ទៅនឹងទិន្នន័យដាក់ស្នើនៃសំណុំបែបបទទេ; វាត្រូវបានរំលង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} submissions have files (photos...) the phone has not uploaded yet, e.g. {examples}.</source>
        <translation>ទិន្នន័យដាក់ស្នើ {count} មានឯកសារ (រូបថត...) ដែលទូរស័ព្ទមិនទាន់បានផ្ទុកឡើងនៅឡើយ ឧ. {examples}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} submissions have files (photos...) that are not in this export, e.g. {examples}. Export again with the media files.</source>
        <translation>ទិន្នន័យដាក់ស្នើ {count} មានឯកសារ (រូបថត...) ដែលមិនមាននៅក្នុងឯកសារនាំចេញនេះ ឧ. {examples}។ សូមនាំចេញម្តងទៀតជាមួយឯកសារមេឌៀ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} photos named in the export are not in the attachments ({source}), e.g. {examples}; download them from KoboToolbox (media attachments) and put them in a folder named {folder} beside the export.</source>
        <translation>រូបថត {count} ដែលមានឈ្មោះក្នុងឯកសារនាំចេញ មិនមាននៅក្នុងឯកសារភ្ជាប់ ({source}) ទេ ឧ. {examples}; សូមទាញយកវាពី KoboToolbox (ឯកសារមេឌៀភ្ជាប់) ហើយដាក់វាក្នុងថតមួយឈ្មោះ {folder} នៅក្បែរឯកសារនាំចេញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several different files are named &apos;{name}&apos; in {source} and nothing tells which one belongs to submission {instance_id}; none is taken. Keep the photos in folders named after their submission&apos;s _uuid (as KoboToolbox downloads them), or keep only the right file.</source>
        <translation>ឯកសារខុសៗគ្នាច្រើនមានឈ្មោះ &apos;{name}&apos; ក្នុង {source} ហើយគ្មានអ្វីបញ្ជាក់ថាមួយណាជារបស់ទិន្នន័យដាក់ស្នើ {instance_id} ទេ; គ្មានឯកសារណាមួយត្រូវបានយកទេ។ សូមរក្សារូបថតក្នុងថតដែលមានឈ្មោះតាម _uuid នៃទិន្នន័យដាក់ស្នើរបស់វា (ដូចដែល KoboToolbox ទាញយក) ឬរក្សាទុកតែឯកសារដែលត្រឹមត្រូវប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the attachments {source} cannot be found (a folder or a .zip of the photos is expected); no photos are taken.</source>
        <translation>រកមិនឃើញឯកសារភ្ជាប់ {source} ទេ (ត្រូវការថត ឬឯកសារ .zip នៃរូបថត); គ្មានរូបថតណាមួយត្រូវបានយកទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a workbook</source>
        <translation>មិនមែនជាសៀវភៅបញ្ជីទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{table}, row {row}</source>
        <translation>{table}, ជួរដេក {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>_index {index} of {sheet}</source>
        <translation>_index {index} នៃ {sheet}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the main sheet</source>
        <translation>សន្លឹកមេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none found beside the export</source>
        <translation>រកមិនឃើញនៅក្បែរឯកសារនាំចេញទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file</source>
        <translation>គ្មានឯកសារនេះទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table for {file} cannot be written: row {row} has {values} values but there are {columns} columns. Please report this problem.</source>
        <translation>មិនអាចសរសេរតារាងសម្រាប់ {file} បានទេ៖ ជួរដេក {row} មានតម្លៃ {values} ប៉ុន្តែមានជួរឈរ {columns}។ សូមរាយការណ៍បញ្ហានេះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {path}: {reason}. Choose a folder you can write to, and close the file if a spreadsheet program has it open.</source>
        <translation>មិនអាចសរសេរ {path} បានទេ៖ {reason}។ សូមជ្រើសថតដែលអ្នកអាចសរសេរបាន ហើយបិទឯកសារ ប្រសិនបើកម្មវិធីសៀវភៅបញ្ជីកំពុងបើកវា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 (Unicode, Khmer)</source>
        <translation>UTF-8 (យូនីកូដ, ខ្មែរ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai (Windows-874)</source>
        <translation>ថៃ (Windows-874)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Western European (Windows-1252)</source>
        <translation>អឺរ៉ុបខាងលិច (Windows-1252)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>ឡាតាំង-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The basemap tile folder {folder} is missing or is not a folder; find the folder (it holds one sub-folder per zoom level) and add the basemap again, or remove this layer.</source>
        <translation>ថតក្រឡាផែនទីមូលដ្ឋាន {folder} បាត់ ឬមិនមែនជាថតទេ; សូមរកថតនោះ (វាមានថតរងមួយសម្រាប់កម្រិតពង្រីកនីមួយៗ) ហើយបន្ថែមផែនទីមូលដ្ឋានម្តងទៀត ឬដកស្រទាប់នេះចេញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} holds no tiles: a basemap folder has one sub-folder per zoom level with tiles named {{z}}/{{x}}/{{y}}.png or .jpg. Choose the folder that contains the zoom-level folders.</source>
        <translation>ថត {folder} គ្មានក្រឡាផែនទីទេ៖ ថតផែនទីមូលដ្ឋានមានថតរងមួយសម្រាប់កម្រិតពង្រីកនីមួយៗ ដែលមានក្រឡាផែនទីឈ្មោះ {{z}}/{{x}}/{{y}}.png ឬ .jpg។ សូមជ្រើសថតដែលមានថតកម្រិតពង្រីកទាំងនោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The basemap tile {path} cannot be read: {error}</source>
        <translation>មិនអាចអានក្រឡាផែនទីមូលដ្ឋាន {path} បានទេ៖ {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The basemap file {path} is missing; find the .mbtiles file and add the basemap again, or remove this layer.</source>
        <translation>ឯកសារផែនទីមូលដ្ឋាន {path} បាត់; សូមរកឯកសារ .mbtiles ហើយបន្ថែមផែនទីមូលដ្ឋានម្តងទៀត ឬដកស្រទាប់នេះចេញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The basemap file {path} cannot be opened: {error}.</source>
        <translation>មិនអាចបើកឯកសារផែនទីមូលដ្ឋាន {path} បានទេ៖ {error}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} holds vector tiles ({format}), which this map cannot draw; use an MBTiles file of raster tiles (PNG or JPEG).</source>
        <translation>{path} មានក្រឡាផែនទីវ៉ិចទ័រ ({format}) ដែលផែនទីនេះមិនអាចគូរបានទេ; សូមប្រើឯកសារ MBTiles នៃក្រឡាផែនទីរ៉ាស្ទ័រ (PNG ឬ JPEG)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not an MBTiles file (an SQLite database with a &apos;tiles&apos; table); choose a .mbtiles file of raster tiles.</source>
        <translation>{path} មិនមែនជាឯកសារ MBTiles ទេ (មូលដ្ឋានទិន្នន័យ SQLite ដែលមានតារាង &apos;tiles&apos;); សូមជ្រើសឯកសារ .mbtiles នៃក្រឡាផែនទីរ៉ាស្ទ័រ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MBTiles file {path} holds no tiles.</source>
        <translation>ឯកសារ MBTiles {path} គ្មានក្រឡាផែនទីទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The basemap file {path} cannot be read: {error}.</source>
        <translation>មិនអាចអានឯកសារផែនទីមូលដ្ឋាន {path} បានទេ៖ {error}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tile address {address!r} is not usable: it must start with http:// or https:// and contain {{z}}, {{x}} and {{y}}, as in https://tile.example.org/{{z}}/{{x}}/{{y}}.png.</source>
        <translation>អាសយដ្ឋានក្រឡាផែនទី {address!r} មិនអាចប្រើបានទេ៖ វាត្រូវតែចាប់ផ្តើមដោយ http:// ឬ https:// ហើយមាន {{z}}, {{x}} និង {{y}} ដូចក្នុង https://tile.example.org/{{z}}/{{x}}/{{y}}.png ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A basemap of type {kind!r} needs the path of its tiles.</source>
        <translation>ផែនទីមូលដ្ឋានប្រភេទ {kind!r} ត្រូវការផ្លូវទៅកាន់ក្រឡាផែនទីរបស់វា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The online basemap settings are not usable: {error}.</source>
        <translation>ការកំណត់ផែនទីមូលដ្ឋានតាមអ៊ីនធឺណិតមិនអាចប្រើបានទេ៖ {error}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown basemap type {type!r}; the types are &apos;folder&apos;, &apos;mbtiles&apos; and &apos;xyz&apos;.</source>
        <translation>ប្រភេទផែនទីមូលដ្ឋាន {type!r} មិនស្គាល់ទេ; ប្រភេទដែលមានគឺ &apos;folder&apos;, &apos;mbtiles&apos; និង &apos;xyz&apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plots of {name} hold shapes that are not areas ({reason}); only polygons can be written to KML. Check the plot geometries.</source>
        <translation>ក្បាលដីនៃ {name} មានរាងដែលមិនមែនជាផ្ទៃ ({reason}); មានតែពហុកោណប៉ុណ្ណោះដែលអាចសរសេរទៅ KML បាន។ សូមពិនិត្យធរណីមាត្ររបស់ក្បាលដី។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plots of {name} are {kind}s, not areas; only polygons can be written to KML.</source>
        <translation>ក្បាលដីនៃ {name} ជា {kind} មិនមែនជាផ្ទៃទេ; មានតែពហុកោណប៉ុណ្ណោះដែលអាចសរសេរទៅ KML បាន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours by {column}:</source>
        <translation>ពណ៌តាម {column}៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} can be written in EPSG:4326 (WGS 84) or EPSG:32648 (WGS 84 / UTM zone 48N), not EPSG:{epsg}. Choose one of those.</source>
        <translation>{file} អាចសរសេរបានក្នុង EPSG:4326 (WGS 84) ឬ EPSG:32648 (WGS 84 / UTM តំបន់ 48N) មិនមែន EPSG:{epsg} ទេ។ សូមជ្រើសមួយក្នុងចំណោមទាំងនោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table name {name!r} cannot be used in {file}: table names must be unique, not &apos;plots&apos;, and not start with gpkg_, rtree_ or sqlite_. Please report this problem.</source>
        <translation>មិនអាចប្រើឈ្មោះតារាង {name!r} ក្នុង {file} បានទេ៖ ឈ្មោះតារាងត្រូវតែមិនស្ទួនគ្នា មិនមែនជា &apos;plots&apos; ហើយមិនចាប់ផ្តើមដោយ gpkg_, rtree_ ឬ sqlite_ ទេ។ សូមរាយការណ៍បញ្ហានេះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write {path}: {reason}. Choose a folder you can write to and with free space, and close the file if another program has it open.</source>
        <translation>មិនអាចសរសេរ {path} បានទេ៖ {reason}។ សូមជ្រើសថតដែលអ្នកអាចសរសេរបាន និងមានទំហំទំនេរ ហើយបិទឯកសារ ប្រសិនបើកម្មវិធីផ្សេងកំពុងបើកវា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PolyhedralSurface (a 3D surface of faces, as a MultiPatch is read)</source>
        <translation>ផ្ទៃពហុមុខ (ផ្ទៃ 3D ដែលផ្សំឡើងពីមុខៗ ដូចដែល MultiPatch ត្រូវបានអាន)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIN (a triangulated surface, e.g. terrain)</source>
        <translation>បណ្ដាញត្រីកោណមិនទៀងទាត់ (ផ្ទៃដែលចែកជាត្រីកោណ ឧ. សណ្ឋានដី)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triangle</source>
        <translation>ត្រីកោណ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be imported.</source>
        <translation>មិនអាចនាំចូល {file} បានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a file type that can be imported.</source>
        <translation>{file} មិនមែនជាប្រភេទឯកសារដែលអាចនាំចូលបានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be read ({reason}). Copy it to a folder whose name has no &apos;!&apos; and import it from there.</source>
        <translation>មិនអាចអាន {file} បានទេ ({reason})។ សូមចម្លងវាទៅថតដែលឈ្មោះគ្មានសញ្ញា &apos;!&apos; ហើយនាំចូលវាពីទីនោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source file is no longer available (it was closed or moved). Choose the file again.</source>
        <translation>ឯកសារប្រភពលែងមានទៀតហើយ (វាត្រូវបានបិទ ឬផ្លាស់ទី)។ សូមជ្រើសឯកសារម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} holds no layers with geometries, so there are no plot boundaries in it.</source>
        <translation>{file} គ្មានស្រទាប់ដែលមានធរណីមាត្រទេ ដូច្នេះគ្មានព្រំក្បាលដីនៅក្នុងវាទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be read ({reason}). It may be damaged; copy it again from the original.</source>
        <translation>មិនអាចអាន {file} បានទេ ({reason})។ វាប្រហែលជាខូច; សូមចម្លងវាម្តងទៀតពីច្បាប់ដើម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be read ({reason}).</source>
        <translation>មិនអាចអាន {file} បានទេ ({reason})។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text in {file} is not valid {encoding}. Choose the encoding in which the names read correctly.</source>
        <translation>អត្ថបទក្នុង {file} មិនមែនជា {encoding} ត្រឹមត្រូវទេ។ សូមជ្រើសការអ៊ិនកូដដែលធ្វើឱ្យឈ្មោះអានបានត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{stem}.cpg says the text in {file} is {encoding}, but some names are not valid {encoding}. Choose the encoding in which the names read correctly.</source>
        <translation>{stem}.cpg បញ្ជាក់ថាអត្ថបទក្នុង {file} ជា {encoding} ប៉ុន្តែឈ្មោះខ្លះមិនមែនជា {encoding} ត្រឹមត្រូវទេ។ សូមជ្រើសការអ៊ិនកូដដែលធ្វើឱ្យឈ្មោះអានបានត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text in {file} is not UTF-8 and the Shapefile does not say which encoding it uses (there is no .cpg file). Choose the encoding in which the names read correctly.</source>
        <translation>អត្ថបទក្នុង {file} មិនមែនជា UTF-8 ទេ ហើយ Shapefile មិនបញ្ជាក់ថាវាប្រើការអ៊ិនកូដណាទេ (គ្មានឯកសារ .cpg)។ សូមជ្រើសការអ៊ិនកូដដែលធ្វើឱ្យឈ្មោះអានបានត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has no layers to read.</source>
        <translation>{file} គ្មានស្រទាប់ដែលត្រូវអានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has no layer &apos;{layer}&apos;. Choose one of: {names}.</source>
        <translation>{file} គ្មានស្រទាប់ &apos;{layer}&apos; ទេ។ សូមជ្រើសមួយក្នុងចំណោម៖ {names}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature {number} is a geometry collection holding curves, which cannot be read. Convert its curves to lines in your GIS and import it again.</source>
        <translation>ធាតុ {number} ជាបណ្តុំធរណីមាត្រដែលមានខ្សែកោង ដែលមិនអាចអានបានទេ។ សូមបម្លែងខ្សែកោងរបស់វាទៅជាបន្ទាត់ក្នុងកម្មវិធីប្រព័ន្ធព័ត៌មានភូមិសាស្ត្ររបស់អ្នក ហើយនាំចូលវាម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature {number} is a {kind}, not a plot outline, so it is not imported. Export the plot boundaries as polygons from your GIS.</source>
        <translation>ធាតុ {number} ជា {kind} មិនមែនជាគ្រោងក្បាលដីទេ ដូច្នេះវាមិនត្រូវបាននាំចូលទេ។ សូមនាំចេញព្រំក្បាលដីជាពហុកោណពីកម្មវិធីប្រព័ន្ធព័ត៌មានភូមិសាស្ត្ររបស់អ្នក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature {number}: its geometry cannot be read (damaged or of an unknown type).</source>
        <translation>ធាតុ {number}៖ មិនអាចអានធរណីមាត្ររបស់វាបានទេ (ខូច ឬជាប្រភេទមិនស្គាល់)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} does not exist or is not a file. Choose the file again.</source>
        <translation>{file} មិនមាន ឬមិនមែនជាឯកសារទេ។ សូមជ្រើសឯកសារម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not UTF-8; it was read as {encoding}. If names look wrong, export the form data again as CSV (UTF-8).</source>
        <translation>{file} មិនមែនជា UTF-8 ទេ; វាត្រូវបានអានជា {encoding}។ ប្រសិនបើឈ្មោះមើលទៅខុស សូមនាំចេញទិន្នន័យសំណុំបែបបទម្តងទៀតជា CSV (UTF-8)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The columns &apos;{x}&apos; and &apos;{y}&apos; of {file} are not named longitude and latitude: their coordinate system is asked for (command line: --crs).</source>
        <translation>ជួរឈរ &apos;{x}&apos; និង &apos;{y}&apos; នៃ {file} មិនមានឈ្មោះថា រយៈបណ្តោយ និងរយៈទទឹងទេ៖ ប្រព័ន្ធកូអរដោនេរបស់វានឹងត្រូវសួរ (បន្ទាត់បញ្ជា៖ --crs)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: {problem}</source>
        <translation>{file}៖ {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has no column &apos;{column}&apos; to group its points by; its columns: {columns}.</source>
        <translation>{file} គ្មានជួរឈរ &apos;{column}&apos; សម្រាប់ដាក់ចំណុចរបស់វាជាក្រុមទេ; ជួរឈររបស់វា៖ {columns}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file</source>
        <translation>ឯកសារនេះ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} holds one point per row (columns &apos;{x}&apos; and &apos;{y}&apos;) but no column says which plot each point belongs to, so its rows are not joined into a boundary. Choose the plot-code column (command line: --map code=COLUMN), or add a &apos;plot_code&apos; column to the file.</source>
        <translation>{file} មានចំណុចមួយក្នុងមួយជួរដេក (ជួរឈរ &apos;{x}&apos; និង &apos;{y}&apos;) ប៉ុន្តែគ្មានជួរឈរណាបញ្ជាក់ថាចំណុចនីមួយៗជារបស់ក្បាលដីណាទេ ដូច្នេះជួរដេករបស់វាមិនត្រូវបានភ្ជាប់ជាព្រំទេ។ សូមជ្រើសជួរឈរកូដក្បាលដី (បន្ទាត់បញ្ជា៖ --map code=COLUMN) ឬបន្ថែមជួរឈរ &apos;plot_code&apos; ទៅក្នុងឯកសារ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {row}: the longitude or latitude is not a number.</source>
        <translation>ជួរដេក {row}៖ រយៈបណ្តោយ ឬរយៈទទឹងមិនមែនជាលេខទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row {row}: longitude {x}, latitude {y} is not on Earth.</source>
        <translation>ជួរដេក {row}៖ រយៈបណ្តោយ {x}, រយៈទទឹង {y} មិនស្ថិតនៅលើផែនដីទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot &apos;{code}&apos; (rows {first}-{last}) has {count} different point(s); a plot needs at least 3.</source>
        <translation>ក្បាលដី &apos;{code}&apos; (ជួរដេក {first}-{last}) មានចំណុចខុសៗគ្នា {count}; ក្បាលដីត្រូវការយ៉ាងហោចណាស់ 3 ចំណុច។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The boundary (rows {first}-{last}) has {count} different point(s); a plot needs at least 3.</source>
        <translation>ព្រំ (ជួរដេក {first}-{last}) មានចំណុចខុសៗគ្នា {count}; ក្បាលដីត្រូវការយ៉ាងហោចណាស់ 3 ចំណុច។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows without a value in &apos;{column}&apos; were joined into one plot.</source>
        <translation>ជួរដេកដែលគ្មានតម្លៃក្នុង &apos;{column}&apos; ត្រូវបានភ្ជាប់ជាក្បាលដីតែមួយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{choice!r} is not a form language; use one of: {choices}.</source>
        <translation>{choice!r} មិនមែនជាភាសារបស់សំណុំបែបបទទេ; សូមប្រើមួយក្នុងចំណោម៖ {choices}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form {form} ({file}) does not convert for the phones: {reason}</source>
        <translation>សំណុំបែបបទ {form} ({file}) មិនអាចបម្លែងសម្រាប់ទូរស័ព្ទបានទេ៖ {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved basemap {name!r} names no tile source; add the basemap again.</source>
        <translation>ផែនទីមូលដ្ឋានដែលបានរក្សាទុក {name!r} មិនបញ្ជាក់ប្រភពក្រឡាផែនទីទេ; សូមបន្ថែមផែនទីមូលដ្ឋានម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no colour ramp called {ramp!r}; choose one of {ramps}.</source>
        <translation>គ្មានជម្រាលពណ៌ឈ្មោះ {ramp!r} ទេ; សូមជ្រើសមួយក្នុងចំណោម {ramps}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A colour ramp needs at least two stops of (position, RGBA).</source>
        <translation>ជម្រាលពណ៌ត្រូវការចំណុចពណ៌យ៉ាងហោចណាស់ពីរ (ទីតាំង, RGBA)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A scale bar needs a positive resolution and width.</source>
        <translation>របារមាត្រដ្ឋានត្រូវការគុណភាពបង្ហាញ និងទទឹងដែលវិជ្ជមាន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plot with id {plot_id}; it may have been deleted.</source>
        <translation>គ្មានក្បាលដីដែលមានលេខសម្គាល់ {plot_id} ទេ; វាប្រហែលជាត្រូវបានលុបហើយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plot field {name!r} cannot be changed here; only {fields}.</source>
        <translation>មិនអាចប្តូរវាលក្បាលដី {name!r} នៅទីនេះបានទេ; អាចប្តូរបានតែ {fields} ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plot to copy the plans to has not been added yet.</source>
        <translation>ក្បាលដីដែលត្រូវចម្លងផែនការទៅ មិនទាន់ត្រូវបានបន្ថែមនៅឡើយទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No season named {name!r}; known seasons: none (add one in Register &gt; Seasons).</source>
        <translation>គ្មានរដូវឈ្មោះ {name!r} ទេ; រដូវដែលស្គាល់៖ គ្មាន (សូមបន្ថែមមួយនៅក្នុង បញ្ជី &gt; រដូវ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No season named {name!r}; known seasons: {known}.</source>
        <translation>គ្មានរដូវឈ្មោះ {name!r} ទេ; រដូវដែលស្គាល់៖ {known}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder} is a file, not a folder; name a folder for the forms.</source>
        <translation>{folder} ជាឯកសារ មិនមែនជាថតទេ; សូមដាក់ឈ្មោះថតសម្រាប់សំណុំបែបបទ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot make the folder {folder}: {reason}. Choose a folder you may write to.</source>
        <translation>មិនអាចបង្កើតថត {folder} បានទេ៖ {reason}។ សូមជ្រើសថតដែលអ្នកមានសិទ្ធិសរសេរ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write in {folder}: {reason}. Choose a folder you may write to.</source>
        <translation>មិនអាចសរសេរក្នុង {folder} បានទេ៖ {reason}។ សូមជ្រើសថតដែលអ្នកមានសិទ្ធិសរសេរ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write in {folder}.</source>
        <translation>មិនអាចសរសេរក្នុង {folder} បានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundled fonts can only be registered after the Qt application has been created; create the QApplication first.</source>
        <translation>ពុម្ពអក្សរដែលភ្ជាប់មកជាមួយ អាចចុះឈ្មោះបានតែបន្ទាប់ពីកម្មវិធី Qt ត្រូវបានបង្កើតប៉ុណ្ណោះ; សូមបង្កើត QApplication ជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundled font file {name!r} (in metkasekor_desktop/resources/fonts) could not be loaded by Qt; it may be damaged. Reinstall MetKasekor Desktop to restore it.</source>
        <translation>Qt មិនអាចផ្ទុកឯកសារពុម្ពអក្សរដែលភ្ជាប់មកជាមួយ {name!r} (ក្នុង metkasekor_desktop/resources/fonts) បានទេ; វាប្រហែលជាខូច។ សូមដំឡើង MetKasekor Desktop ឡើងវិញ ដើម្បីស្តារវាមកវិញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the fonts bundled in metkasekor_desktop/resources/fonts supports Khmer; Khmer text would show as empty boxes. Reinstall MetKasekor Desktop.</source>
        <translation>គ្មានពុម្ពអក្សរណាមួយដែលភ្ជាប់មកក្នុង metkasekor_desktop/resources/fonts គាំទ្រភាសាខ្មែរទេ; អត្ថបទខ្មែរនឹងបង្ហាញជាប្រអប់ទទេ។ សូមដំឡើង MetKasekor Desktop ឡើងវិញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plots cannot be labelled by {field!r}; choose one of: {fields}.</source>
        <translation>មិនអាចដាក់ស្លាកក្បាលដីតាម {field!r} បានទេ; សូមជ្រើសមួយក្នុងចំណោម៖ {fields}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A label font size of {size} pt is not usable; choose 1 to 72 pt.</source>
        <translation>ទំហំពុម្ពអក្សរស្លាក {size} pt មិនអាចប្រើបានទេ; សូមជ្រើសពី 1 ដល់ 72 pt។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The smallest labelled plot size cannot be negative.</source>
        <translation>ទំហំក្បាលដីតូចបំផុតដែលត្រូវដាក់ស្លាក មិនអាចអវិជ្ជមានបានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label settings saved in this project cannot be read ({config!r}); set the labels again.</source>
        <translation>មិនអាចអានការកំណត់ស្លាកដែលបានរក្សាទុកក្នុងគម្រោងនេះបានទេ ({config!r})។ សូមកំណត់ស្លាកម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown legend position {position!r}; use &apos;right&apos; or &apos;inside&apos;.</source>
        <translation>ទីតាំងកំណត់សម្គាល់ {position!r} មិនស្គាល់។ សូមប្រើ «នៅក្បែរផែនទី» ឬ «ក្នុងផែនទី ខាងក្រោមឆ្វេង»។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown page size {size!r} for a PDF map; use {sizes}.</source>
        <translation>ទំហំទំព័រ {size!r} មិនស្គាល់សម្រាប់ផែនទី PDF។ សូមប្រើ {sizes}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A map image of {width} x {height} pixels cannot be made; choose a width and height between 1 and {largest} pixels.</source>
        <translation>មិនអាចបង្កើតរូបភាពផែនទីទំហំ {width} x {height} ភីកសែលបានទេ។ សូមជ្រើសទទឹង និងកម្ពស់ចន្លោះពី 1 ដល់ {largest} ភីកសែល។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The resolution must be above 0 dpi, not {dpi}.</source>
        <translation>កម្រិតភាពច្បាស់ត្រូវតែលើសពី 0 dpi មិនមែន {dpi} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map cannot be written to {out}: the folder {folder} cannot be written to ({reason}). Choose another folder.</source>
        <translation>មិនអាចសរសេរផែនទីទៅ {out} បានទេ៖ មិនអាចសរសេរចូលថត {folder} បានទេ ({reason})។ សូមជ្រើសថតផ្សេង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is not enough memory for a map image of {width} x {height} pixels; choose a smaller size.</source>
        <translation>អង្គចងចាំមិនគ្រប់គ្រាន់សម្រាប់រូបភាពផែនទីទំហំ {width} x {height} ភីកសែលទេ។ សូមជ្រើសទំហំតូចជាងនេះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map image could not be saved as {name}; the disk may be full.</source>
        <translation>មិនអាចរក្សាទុករូបភាពផែនទីជា {name} បានទេ។ ថាសប្រហែលជាពេញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file {name} could not be opened for writing.</source>
        <translation>មិនអាចបើកឯកសារ PDF {name} ដើម្បីសរសេរបានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A map can be exported as PNG or PDF, not as a file without suffix ({name}); name the file with .png or .pdf.</source>
        <translation>ផែនទីអាចនាំចេញជា PNG ឬ PDF បាន មិនមែនជាឯកសារគ្មានកន្ទុយឯកសារ ({name}) ទេ។ សូមដាក់ឈ្មោះឯកសារឱ្យបញ្ចប់ដោយ .png ឬ .pdf។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A map can be exported as PNG or PDF, not as {suffix} ({name}); name the file with .png or .pdf.</source>
        <translation>ផែនទីអាចនាំចេញជា PNG ឬ PDF បាន មិនមែនជា {suffix} ({name}) ទេ។ សូមដាក់ឈ្មោះឯកសារឱ្យបញ្ចប់ដោយ .png ឬ .pdf។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map export was cancelled; no file was written.</source>
        <translation>ការនាំចេញផែនទីត្រូវបានបោះបង់។ គ្មានឯកសារណាត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map could not be saved as {out}: {reason}. If the file is open in another program, close it and export again.</source>
        <translation>មិនអាចរក្សាទុកផែនទីជា {out} បានទេ៖ {reason}។ ប្រសិនបើឯកសារកំពុងបើកក្នុងកម្មវិធីផ្សេង សូមបិទវា ហើយនាំចេញម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers are written in {choices} digits, not {digits}.</source>
        <translation>លេខត្រូវសរសេរជាលេខ {choices} មិនមែន {digits} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{register}&apos; is not a shared register&apos;s address: give a postgresql://user@host/database URL.</source>
        <translation>&apos;{register}&apos; មិនមែនជាអាសយដ្ឋានរបស់បញ្ជីរួមទេ៖ សូមផ្តល់អាសយដ្ឋានដូចជា postgresql://user@host/database។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An offline copy is a GeoPackage: name it with .gpkg, not without a suffix ({name}).</source>
        <translation>ច្បាប់ចម្លងក្រៅបណ្តាញគឺជា GeoPackage៖ សូមដាក់ឈ្មោះវាឱ្យបញ្ចប់ដោយ .gpkg មិនមែនគ្មានកន្ទុយឯកសារ ({name}) ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An offline copy is a GeoPackage: name it with .gpkg, not {suffix} ({name}).</source>
        <translation>ច្បាប់ចម្លងក្រៅបណ្តាញគឺជា GeoPackage៖ សូមដាក់ឈ្មោះវាឱ្យបញ្ចប់ដោយ .gpkg មិនមែន {suffix} ({name}) ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file named {name} already exists in {folder}; choose another name or remove it first.</source>
        <translation>មានឯកសារឈ្មោះ {name} នៅក្នុងថត {folder} រួចហើយ។ សូមជ្រើសឈ្មោះផ្សេង ឬលុបវាចេញជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shape lies entirely on other plots ({codes}); nothing would be left of it. Draw it outside them, or switch off Avoid overlaps.</source>
        <translation>រាងនេះស្ថិតនៅលើក្បាលដីផ្សេងទាំងស្រុង ({codes}) ដូច្នេះនឹងគ្មានអ្វីនៅសល់ពីវាទេ។ សូមគូរវានៅខាងក្រៅក្បាលដីទាំងនោះ ឬបិទជម្រើស «កាត់ក្បាលដីថ្មី និងក្បាលដីដែលបានកែ កុំឱ្យត្រួតលើក្បាលដីជិតខាង»។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no plot with id {plot_id} on the map; it may have been deleted. Refresh the map and choose it again.</source>
        <translation>គ្មានក្បាលដីដែលមានលេខសម្គាល់ {plot_id} នៅលើផែនទីទេ។ វាប្រហែលជាត្រូវបានលុបហើយ។ សូមផ្ទុកផែនទីឡើងវិញ ហើយជ្រើសវាម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least two adjacent plots to merge.</source>
        <translation>សូមជ្រើសក្បាលដីជាប់គ្នាយ៉ាងហោចណាស់ពីរ ដើម្បីបញ្ចូលគ្នា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only plots of the same farmer can be merged; these belong to {names}. Change the farmer of a plot first, or choose others.</source>
        <translation>អាចបញ្ចូលគ្នាបានតែក្បាលដីរបស់កសិករតែមួយប៉ុណ្ណោះ។ ក្បាលដីទាំងនេះជារបស់ {names}។ សូមប្តូរកសិករនៃក្បាលដីមួយជាមុនសិន ឬជ្រើសក្បាលដីផ្សេង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no farmer</source>
        <translation>គ្មានកសិករ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>farmer {farmer_id}</source>
        <translation>កសិករ {farmer_id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} holds no layer with shapes to import.</source>
        <translation>{name} គ្មានស្រទាប់ដែលមានរាងសម្រាប់នាំចូលទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every layer of {name} is empty ({layers}): there are no plot boundaries in it.</source>
        <translation>ស្រទាប់ទាំងអស់នៃ {name} សុទ្ធតែទទេ ({layers})៖ គ្មានព្រំក្បាលដីនៅក្នុងវាទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column &apos;{column}&apos; looks like legacy Khmer (Limon font) text, e.g. &apos;{example}&apos;: it shows as Khmer only in that font. Convert it to Unicode Khmer before the import, or correct the values afterwards.</source>
        <translation>ជួរឈរ &apos;{column}&apos; មើលទៅដូចជាអក្សរខ្មែរចាស់ (ពុម្ពអក្សរលីមុន) ឧ. &apos;{example}&apos;៖ វាបង្ហាញជាអក្សរខ្មែរតែក្នុងពុម្ពអក្សរនោះប៉ុណ្ណោះ។ សូមបម្លែងវាទៅជាអក្សរខ្មែរយូនីកូដ មុនពេលនាំចូល ឬកែតម្លៃទាំងនោះនៅពេលក្រោយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} (once latitude and longitude are swapped)</source>
        <translation>{reason} (បន្ទាប់ពីប្តូររយៈទទឹង និងរយៈបណ្តោយ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a layer before choosing its coordinate system.</source>
        <translation>សូមអានស្រទាប់មួយ មុននឹងជ្រើសប្រព័ន្ធកូអរដោនេរបស់វា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a layer of the file first.</source>
        <translation>សូមអានស្រទាប់មួយនៃឯកសារជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} does not say which coordinate system its coordinates are in, and they fit none that is used in Cambodia. Choose the coordinate system (ask the sender), or add a .prj file next to the Shapefile.</source>
        <translation>{name} មិនបញ្ជាក់ថាកូអរដោនេរបស់វាស្ថិតក្នុងប្រព័ន្ធកូអរដោនេណាទេ ហើយកូអរដោនេទាំងនោះមិនត្រូវនឹងប្រព័ន្ធណាដែលប្រើនៅកម្ពុជាទេ។ សូមជ្រើសប្រព័ន្ធកូអរដោនេ (សួរអ្នកផ្ញើ) ឬបន្ថែមឯកសារ .prj នៅក្បែរ Shapefile។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{feature}: its coordinates are not longitude and latitude on Earth (beyond 180 degrees east or west, or 90 north or south). Choose the coordinate system of the file, or swap latitude and longitude.</source>
        <translation>{feature}៖ កូអរដោនេរបស់វាមិនមែនជារយៈបណ្តោយ និងរយៈទទឹងលើផែនដីទេ (លើសពី 180 ដឺក្រេខាងកើត ឬខាងលិច ឬ 90 ដឺក្រេខាងជើង ឬខាងត្បូង)។ សូមជ្រើសប្រព័ន្ធកូអរដោនេនៃឯកសារ ឬប្តូររយៈទទឹង និងរយៈបណ្តោយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: {name}, layer {layer}</source>
        <translation>ឯកសារ៖ {name} ស្រទាប់ {layer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: {name}</source>
        <translation>ឯកសារ៖ {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File problem: {problem}</source>
        <translation>បញ្ហាឯកសារ៖ {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The coordinates look like latitude and longitude in the wrong order (x fits Cambodia&apos;s latitudes, y its longitudes): choose to swap them if the plots land outside Cambodia.</source>
        <translation>កូអរដោនេមើលទៅដូចជារយៈទទឹង និងរយៈបណ្តោយតាមលំដាប់ខុស (x ត្រូវនឹងរយៈទទឹងរបស់កម្ពុជា ហើយ y ត្រូវនឹងរយៈបណ្តោយរបស់វា)៖ សូមជ្រើសប្តូរវា ប្រសិនបើក្បាលដីធ្លាក់នៅក្រៅប្រទេសកម្ពុជា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feature {number}: {code}</source>
        <translation>ធាតុ {number}៖ {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes made for {count} feature(s) without one: {codes} and {more} more.</source>
        <translation>កូដដែលបានបង្កើតសម្រាប់ធាតុ {count} ដែលគ្មានកូដ៖ {codes} និង {more} ទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes made for {count} feature(s) without one: {codes}.</source>
        <translation>កូដដែលបានបង្កើតសម្រាប់ធាតុ {count} ដែលគ្មានកូដ៖ {codes}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is damaged and records would be lost: {problems}. Import only if you accept that, or ask the sender for a complete file.</source>
        <translation>{name} ខូច ហើយកំណត់ត្រានឹងបាត់បង់៖ {problems}។ សូមនាំចូលតែក្នុងករណីដែលអ្នកទទួលយកការនេះ ឬសុំឯកសារពេញលេញពីអ្នកផ្ញើ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the {count} features of {name} can be imported; the report says why for each.</source>
        <translation>មិនអាចនាំចូលធាតុណាមួយក្នុងចំណោមធាតុ {count} នៃ {name} បានទេ។ របាយការណ៍ប្រាប់មូលហេតុសម្រាប់ធាតុនីមួយៗ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinate system: {crs}, from the file, latitude and longitude swapped</source>
        <translation>ប្រព័ន្ធកូអរដោនេ៖ {crs} ពីឯកសារ ដោយប្តូររយៈទទឹង និងរយៈបណ្តោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinate system: {crs}, from the file</source>
        <translation>ប្រព័ន្ធកូអរដោនេ៖ {crs} ពីឯកសារ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinate system: {crs}, chosen (the file has none), latitude and longitude swapped</source>
        <translation>ប្រព័ន្ធកូអរដោនេ៖ {crs} ដែលបានជ្រើស (ឯកសារគ្មាន) ដោយប្តូររយៈទទឹង និងរយៈបណ្តោយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinate system: {crs}, chosen (the file has none)</source>
        <translation>ប្រព័ន្ធកូអរដោនេ៖ {crs} ដែលបានជ្រើស (ឯកសារគ្មាន)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {name!r} values must be one per plot ({plots}), not {shape}.</source>
        <translation>តម្លៃ {name!r} ត្រូវតែមានមួយក្នុងមួយក្បាលដី ({plots}) មិនមែន {shape} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plots cannot be coloured by {attribute}: the layer {layer!r} has no {attribute} values for its plots yet. Choose the style again (and its season, where it has one).</source>
        <translation>មិនអាចដាក់ពណ៌ក្បាលដីតាម {attribute} បានទេ៖ ស្រទាប់ {layer!r} មិនទាន់មានតម្លៃ {attribute} សម្រាប់ក្បាលដីរបស់វានៅឡើយទេ។ សូមជ្រើសរចនាប័ទ្មម្តងទៀត (និងរដូវរបស់វា ប្រសិនបើមាន)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a season: practices, crops and providers are planned per season.</source>
        <translation>សូមជ្រើសរដូវ៖ ការអនុវត្ត ដំណាំ និងអ្នកផ្តល់សេវាត្រូវបានគ្រោងតាមរដូវនីមួយៗ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown plot style {kind!r}; the styles are {styles}.</source>
        <translation>រចនាប័ទ្មក្បាលដី {kind!r} មិនស្គាល់។ រចនាប័ទ្មដែលមានគឺ {styles}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no season {name!r} in {project}; the seasons are: none.</source>
        <translation>គ្មានរដូវ {name!r} នៅក្នុង {project} ទេ។ រដូវដែលមាន៖ គ្មាន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no season {name!r} in {project}; the seasons are: {known}.</source>
        <translation>គ្មានរដូវ {name!r} នៅក្នុង {project} ទេ។ រដូវដែលមាន៖ {known}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The basemap {name!r} is not drawn into the tiles; the phone shows its own basemap under them.</source>
        <translation>ផែនទីមូលដ្ឋាន {name!r} មិនត្រូវបានគូរចូលក្នុងក្រឡាផែនទីទេ។ ទូរស័ព្ទបង្ហាញផែនទីមូលដ្ឋានផ្ទាល់ខ្លួនរបស់វានៅពីក្រោមក្រឡាទាំងនោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project has no plots to show yet.</source>
        <translation>គម្រោងនេះមិនទាន់មានក្បាលដីសម្រាប់បង្ហាញនៅឡើយទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{spec!r} is not an extent: give &apos;all&apos; or a 4-digit district code such as 0207.</source>
        <translation>{spec!r} មិនមែនជាតំបន់ទេ៖ សូមផ្តល់ &apos;all&apos; (ទាំងអស់) ឬលេខកូដស្រុក 4 ខ្ទង់ ដូចជា 0207។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plot of this project lies in district {spec}.</source>
        <translation>គ្មានក្បាលដីណាមួយនៃគម្រោងនេះស្ថិតនៅក្នុងស្រុក {spec} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The website is in Khmer, English or both, not {languages}.</source>
        <translation>គេហទំព័រជាភាសាខ្មែរ អង់គ្លេស ឬទាំងពីរ មិនមែន {languages} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishing the website was cancelled; nothing was written.</source>
        <translation>ការផ្សព្វផ្សាយគេហទំព័រត្រូវបានបោះបង់ គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder} is a file, not a folder: choose a folder for the website.</source>
        <translation>{folder} ជាឯកសារ មិនមែនជាថតទេ៖ សូមជ្រើសរើសថតសម្រាប់គេហទំព័រ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder} holds other files: choose an empty folder, or the folder of a website published before.</source>
        <translation>{folder} មានឯកសារផ្សេងទៀត៖ សូមជ្រើសរើសថតទទេ ឬថតនៃគេហទំព័រដែលបានផ្សព្វផ្សាយពីមុន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} does not exist: create it first.</source>
        <translation>ថត {folder} មិនមានទេ៖ សូមបង្កើតវាជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adoption by district and commune, per season</source>
        <translation>ការទទួលយកតាមស្រុក និងឃុំ តាមរដូវ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diffusion and the tipping point, per province and district</source>
        <translation>ការរីករាលដាល និងចំណុចរបត់ តាមខេត្ត និងស្រុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service market, per year and district</source>
        <translation>ទីផ្សារសេវាកម្ម តាមឆ្នាំ និងស្រុក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service providers and what they offer</source>
        <translation>អ្នកផ្តល់សេវា និងសេវាដែលពួកគេផ្តល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial results: conservation agriculture minus farmer practice</source>
        <translation>លទ្ធផលការសាកល្បង៖ កសិកម្មអភិរក្សដកការអនុវត្តរបស់កសិករ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All the tables in one workbook</source>
        <translation>តារាងទាំងអស់ក្នុងសៀវភៅបញ្ជីតែមួយ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown raster style field(s): {fields}</source>
        <translation>វាលរចនាប័ទ្មរ៉ាស្ទ័រមិនស្គាល់៖ {fields}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The raster {name} has {count} band(s); RGB needs three. Show it with a colour ramp instead.</source>
        <translation>រ៉ាស្ទ័រ {name} មានប៉ុស្តិ៍ {count}។ ការបង្ហាញជាប៉ុស្តិ៍ក្រហម បៃតង និងខៀវ ត្រូវការប៉ុស្តិ៍បី។ សូមបង្ហាញវាជាមួយជម្រាលពណ៌ជំនួសវិញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A raster is shown as {modes}, not {value!r}.</source>
        <translation>រ៉ាស្ទ័រត្រូវបានបង្ហាញជា {modes} មិនមែន {value!r} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ramp&apos;s {name} must be a number, not {value!r}.</source>
        <translation>{name} នៃជម្រាលពណ៌ត្រូវតែជាលេខ មិនមែន {value!r} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RGB needs exactly three band numbers (red, green, blue).</source>
        <translation>ការបង្ហាញជាប៉ុស្តិ៍ក្រហម បៃតង និងខៀវ ត្រូវការលេខប៉ុស្តិ៍បីគត់ (ក្រហម បៃតង ខៀវ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The raster {name} has {count} band(s); there is no band {band}.</source>
        <translation>រ៉ាស្ទ័រ {name} មានប៉ុស្តិ៍ {count}។ គ្មានប៉ុស្តិ៍ {band} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The raster {path} of this project is missing; it was moved, renamed or deleted. Put it back, or add it to the map again from its new place.</source>
        <translation>រ៉ាស្ទ័រ {path} នៃគម្រោងនេះបាត់។ វាត្រូវបានផ្លាស់ទី ប្តូរឈ្មោះ ឬលុប។ សូមដាក់វាត្រឡប់មកវិញ ឬបន្ថែមវាទៅផែនទីម្តងទៀតពីទីតាំងថ្មីរបស់វា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved style of the raster {name} could not be read ({reason}); add the raster to the map again.</source>
        <translation>មិនអាចអានរចនាប័ទ្មដែលបានរក្សាទុករបស់រ៉ាស្ទ័រ {name} បានទេ ({reason})។ សូមបន្ថែមរ៉ាស្ទ័រទៅផែនទីម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kind of record {kind!r}; expected one of {kinds}.</source>
        <translation>ប្រភេទកំណត់ត្រា {kind!r} មិនស្គាល់។ ត្រូវតែជាប្រភេទមួយក្នុងចំណោម {kinds}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown kind of record {kind!r}.</source>
        <translation>ប្រភេទកំណត់ត្រា {kind!r} មិនស្គាល់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No {noun} with id {record_id}; it may have been deleted.</source>
        <translation>គ្មាន{noun}ដែលមានលេខសម្គាល់ {record_id} ទេ។ វាប្រហែលជាត្រូវបានលុប។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No {noun} with id {record_id}; it may have been deleted already.</source>
        <translation>គ្មាន{noun}ដែលមានលេខសម្គាល់ {record_id} ទេ។ វាប្រហែលជាត្រូវបានលុបរួចហើយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{register}&apos; is not a shared register&apos;s address: publish into a postgresql://user@host/database URL.</source>
        <translation>&apos;{register}&apos; មិនមែនជាអាសយដ្ឋានរបស់បញ្ជីរួមទេ៖ សូមបោះផ្សាយទៅអាសយដ្ឋានដូចជា postgresql://user@host/database។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was not written: {reason}.</source>
        <translation>{name} មិនត្រូវបានសរសេរទេ៖ {reason}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo register&apos;s server cannot use {folder}: it runs as the &apos;postgres&apos; user, who may not enter that folder. Choose a folder every user may enter (e.g. under /srv or /tmp).</source>
        <translation>ម៉ាស៊ីនមេនៃបញ្ជីគំរូមិនអាចប្រើ {folder} បានទេ៖ វាដំណើរការជាអ្នកប្រើ &apos;postgres&apos; ដែលមិនអាចចូលថតនោះបាន។ សូមជ្រើសថតដែលអ្នកប្រើគ្រប់រូបអាចចូលបាន (ឧ. នៅក្រោម /srv ឬ /tmp)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo register&apos;s server in {folder} did not start (is port {port} taken? choose another with --port): {detail}</source>
        <translation>ម៉ាស៊ីនមេនៃបញ្ជីគំរូក្នុង {folder} មិនបានចាប់ផ្តើមទេ (តើច្រក {port} កំពុងត្រូវបានប្រើឬ? សូមជ្រើសច្រកផ្សេងដោយ --port)៖ {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The digits of a report are {choices}, not {digits}.</source>
        <translation>លេខនៃរបាយការណ៍ត្រូវជា {choices} មិនមែន {digits} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A season report is a PDF file: name it with .pdf, not without a suffix ({name}).</source>
        <translation>របាយការណ៍រដូវគឺជាឯកសារ PDF៖ សូមដាក់ឈ្មោះវាឱ្យបញ្ចប់ដោយ .pdf មិនមែនគ្មានកន្ទុយឯកសារ ({name}) ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A season report is a PDF file: name it with .pdf, not {suffix} ({name}).</source>
        <translation>របាយការណ៍រដូវគឺជាឯកសារ PDF៖ សូមដាក់ឈ្មោះវាឱ្យបញ្ចប់ដោយ .pdf មិនមែន {suffix} ({name}) ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project has no season with id {season_id}.</source>
        <translation>គម្រោងនេះគ្មានរដូវដែលមានលេខសម្គាល់ {season_id} ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The season report was cancelled; no file was written.</source>
        <translation>របាយការណ៍រដូវត្រូវបានបោះបង់។ គ្មានឯកសារណាត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report cannot be written to {out}: the folder {folder} cannot be written to ({reason}). Choose another folder.</source>
        <translation>មិនអាចសរសេររបាយការណ៍ទៅ {out} បានទេ៖ មិនអាចសរសេរចូលថត {folder} បានទេ ({reason})។ សូមជ្រើសថតផ្សេង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved as {out}: {reason}. If the file is open in another program, close it and write the report again.</source>
        <translation>មិនអាចរក្សាទុករបាយការណ៍ជា {out} បានទេ៖ {reason}។ ប្រសិនបើឯកសារកំពុងបើកក្នុងកម្មវិធីផ្សេង សូមបិទវា ហើយសរសេររបាយការណ៍ម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ids and geoms must have the same length</source>
        <translation>បញ្ជីលេខសម្គាល់ និងបញ្ជីរាង ត្រូវតែមានប្រវែងស្មើគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a symbol {config!r}</source>
        <translation>និមិត្តសញ្ញា {config!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map style saved in this project is damaged ({what}); the plots are shown with the default style. Choose the style again in the layer&apos;s properties.</source>
        <translation>រចនាប័ទ្មផែនទីដែលបានរក្សាទុកក្នុងគម្រោងនេះខូច ({what})។ ក្បាលដីត្រូវបានបង្ហាញជាមួយរចនាប័ទ្មលំនាំដើម។ សូមជ្រើសរចនាប័ទ្មម្តងទៀតក្នុងលក្ខណសម្បត្តិរបស់ស្រទាប់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A graduated style needs one more break than symbols, in increasing order (got {breaks} breaks for {symbols} symbols).</source>
        <translation>រចនាប័ទ្មតាមថ្នាក់ត្រូវការចំណុចបែងចែកច្រើនជាងនិមិត្តសញ្ញាមួយ តាមលំដាប់កើនឡើង (បានទទួលចំណុចបែងចែក {breaks} សម្រាប់និមិត្តសញ្ញា {symbols})។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {kind} style without the values it needs</source>
        <translation>រចនាប័ទ្ម {kind} ដែលគ្មានតម្លៃដែលវាត្រូវការ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map style saved in this project is of a kind ({kind!r}) this version of MetKasekor Desktop does not know; the plots are shown with the default style. Update the application, or choose the style again.</source>
        <translation>រចនាប័ទ្មផែនទីដែលបានរក្សាទុកក្នុងគម្រោងនេះ ជាប្រភេទ ({kind!r}) ដែលកំណែនេះរបស់ MetKasekor Desktop មិនស្គាល់។ ក្បាលដីត្រូវបានបង្ហាញជាមួយរចនាប័ទ្មលំនាំដើម។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធី ឬជ្រើសរចនាប័ទ្មម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown way to pick area classes {method!r}; use quantile or equal.</source>
        <translation>វិធីជ្រើសថ្នាក់ផ្ទៃដី {method!r} មិនស្គាល់។ សូមប្រើ «ចំនួនស្មើគ្នា (ក្វាន់ទីល)» ឬ «ចន្លោះស្មើគ្នា»។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The zoom levels {min_zoom} to {max_zoom} are not usable: give 0 &lt;= min zoom &lt;= max zoom &lt;= {largest} (12 shows a district, 17 single fields).</source>
        <translation>មិនអាចប្រើកម្រិតពង្រីក {min_zoom} ដល់ {max_zoom} បានទេ៖ សូមផ្តល់ 0 &lt;= កម្រិតពង្រីកតូចបំផុត &lt;= កម្រិតពង្រីកធំបំផុត &lt;= {largest} (12 បង្ហាញស្រុកមួយ 17 បង្ហាញដីនីមួយៗ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plots have no extent to cut into tiles.</source>
        <translation>ក្បាលដីគ្មានតំបន់សម្រាប់កាត់ជាក្រឡាផែនទីទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom levels {min_zoom} to {max_zoom} of this extent make {total:,} tiles, more than {limit:,}: give --max-zoom {fits} or less, or a smaller extent (one district, --extent 0207).</source>
        <translation>កម្រិតពង្រីក {min_zoom} ដល់ {max_zoom} នៃតំបន់នេះ បង្កើតក្រឡាផែនទី {total:,} ដែលលើសពី {limit:,}៖ សូមផ្តល់ --max-zoom {fits} ឬតិចជាងនេះ ឬតំបន់តូចជាងនេះ (ស្រុកមួយ --extent 0207)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom levels {min_zoom} to {max_zoom} of this extent make {total:,} tiles, more than {limit:,}: give a higher --min-zoom, or a smaller extent (one district, --extent 0207).</source>
        <translation>កម្រិតពង្រីក {min_zoom} ដល់ {max_zoom} នៃតំបន់នេះ បង្កើតក្រឡាផែនទី {total:,} ដែលលើសពី {limit:,}៖ សូមផ្តល់ --min-zoom ខ្ពស់ជាងនេះ ឬតំបន់តូចជាងនេះ (ស្រុកមួយ --extent 0207)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tile could not be encoded as PNG.</source>
        <translation>មិនអាចអ៊ិនកូដក្រឡាផែនទីមួយជា PNG បានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row index out of range</source>
        <translation>លិបិក្រមជួរដេកនៅក្រៅដែនកំណត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared register {register} cannot be reached (the server is stopped or the network is down). Nothing was written. Try your change again when the connection is back: MetKasekor reconnects by itself.</source>
        <translation>មិនអាចចូលដល់បញ្ជីរួម {register} បានទេ (ម៉ាស៊ីនមេឈប់ដំណើរការ ឬបណ្តាញដាច់)។ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមព្យាយាមធ្វើការកែប្រែរបស់អ្នកម្តងទៀតនៅពេលការតភ្ជាប់មកវិញ៖ MetKasekor នឹងភ្ជាប់ឡើងវិញដោយខ្លួនឯង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared register {register} cannot be reached (the server is stopped or the network is down), so it could not be read. Try again when the connection is back: MetKasekor reconnects by itself.</source>
        <translation>មិនអាចចូលដល់បញ្ជីរួម {register} បានទេ (ម៉ាស៊ីនមេឈប់ដំណើរការ ឬបណ្តាញដាច់) ដូច្នេះមិនអាចអានវាបានទេ។ សូមព្យាយាមម្តងទៀតនៅពេលការតភ្ជាប់មកវិញ៖ MetKasekor នឹងភ្ជាប់ឡើងវិញដោយខ្លួនឯង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>ព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider</source>
        <translation>អ្នកផ្តល់សេវា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record</source>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row</source>
        <translation>ជួរដេក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register refused this change: your database user may only write plots (and their records) of its own provinces (and the farmers, events, providers, trials and target populations there), and this {what} is not in one of them. Nothing was written.</source>
        <translation>បញ្ជីបានបដិសេធការកែប្រែនេះ៖ អ្នកប្រើមូលដ្ឋានទិន្នន័យរបស់អ្នកអាចសរសេរបានតែក្បាលដី (និងកំណត់ត្រារបស់វា) នៃខេត្តរបស់ខ្លួនប៉ុណ្ណោះ (ព្រមទាំងកសិករ ព្រឹត្តិការណ៍ អ្នកផ្តល់សេវា ការសាកល្បង និងប្រជាជនគោលដៅនៅទីនោះ) ហើយ{what}នេះមិនស្ថិតនៅក្នុងខេត្តណាមួយក្នុងចំណោមនោះទេ។ គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register refused this change: your database user may not change {what} ({detail}). Nothing was written. Ask the register&apos;s administrator for write access.</source>
        <translation>បញ្ជីបានបដិសេធការកែប្រែនេះ៖ អ្នកប្រើមូលដ្ឋានទិន្នន័យរបស់អ្នកមិនអាចកែប្រែ {what} បានទេ ({detail})។ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមស្នើសិទ្ធិសរសេរពីអ្នកគ្រប់គ្រងបញ្ជី។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {noun} {label} was deleted by someone else after you read it; nothing was written. Reload to see the project as it is now.</source>
        <translation>{noun} {label} ត្រូវបានលុបដោយអ្នកផ្សេង បន្ទាប់ពីអ្នកបានអានវា។ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមផ្ទុកឡើងវិញ ដើម្បីមើលគម្រោងដូចដែលវាមាននៅពេលនេះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another program (e.g. QGIS)</source>
        <translation>កម្មវិធីផ្សេង (ឧ. QGIS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it</source>
        <translation>វា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {noun} {label} was changed by {who} at {when} after you read it ({changed}); nothing was written. Reload to see their change, then make yours again.</source>
        <translation>{noun} {label} ត្រូវបានកែប្រែដោយ {who} នៅ {when} បន្ទាប់ពីអ្នកបានអានវា ({changed})។ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមផ្ទុកឡើងវិញ ដើម្បីមើលការកែប្រែរបស់គេ រួចធ្វើការកែប្រែរបស់អ្នកម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {noun} {label} was changed by {who} after you read it ({changed}); nothing was written. Reload to see their change, then make yours again.</source>
        <translation>{noun} {label} ត្រូវបានកែប្រែដោយ {who} បន្ទាប់ពីអ្នកបានអានវា ({changed})។ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមផ្ទុកឡើងវិញ ដើម្បីមើលការកែប្រែរបស់គេ រួចធ្វើការកែប្រែរបស់អ្នកម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project file is busy: another program (QGIS, another MetKasekor window or a script) is writing to it. Nothing was written. Finish or save the edits there (QGIS: Save Layer Edits or Toggle Editing), then try again.</source>
        <translation>ឯកសារគម្រោងកំពុងរវល់៖ កម្មវិធីផ្សេង (QGIS បង្អួច MetKasekor ផ្សេងទៀត ឬស្គ្រីប) កំពុងសរសេរចូលវា។ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមបញ្ចប់ ឬរក្សាទុកការកែសម្រួលនៅទីនោះ (QGIS៖ Save Layer Edits ឬ Toggle Editing) រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holding the project is full. Nothing was written. Free some space (or use File &gt; Save project as to another drive), then try again.</source>
        <translation>ថាសដែលផ្ទុកគម្រោងពេញហើយ។ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមបង្កើតទំហំទំនេរ (ឬប្រើ ឯកសារ &gt; រក្សាទុកគម្រោងជា ទៅដ្រាយផ្សេង) រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project file is read-only here (a read-only folder, drive or file). Nothing was written. Copy it to a folder where you may write (File &gt; Save project as) to edit it.</source>
        <translation>ឯកសារគម្រោងនេះសម្រាប់តែអាននៅទីនេះ (ថត ដ្រាយ ឬឯកសារសម្រាប់តែអាន)។ គ្មានអ្វីត្រូវបានសរសេរទេ។ ដើម្បីកែសម្រួលវា សូមចម្លងវាទៅថតដែលអ្នកអាចសរសេរបាន (ឯកសារ &gt; រក្សាទុកគម្រោងជា)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project file could not be reached (a drive or USB stick removed, a network share gone?). Nothing was written. Reconnect the drive, then try again.</source>
        <translation>មិនអាចចូលដល់ឯកសារគម្រោងបានទេ (ដ្រាយ ឬ USB ត្រូវបានដកចេញ? ថតចែករំលែកក្នុងបណ្តាញបាត់?)។ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមភ្ជាប់ដ្រាយឡើងវិញ រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the farmer in the farmers table (integer).</source>
        <translation>លេខសម្គាល់កសិករក្នុងតារាងកសិករ (ចំនួនគត់)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the plot is for: demonstration, control or farmer_field.</source>
        <translation>ក្បាលដីនេះសម្រាប់អ្វី៖ ក្បាលដីសាកល្បងបង្ហាញ ក្បាលដីប្រៀបធៀប ឬដីកសិករ (farmer_field)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code of the paired plot: the farmer-practice control of a demonstration plot.</source>
        <translation>លេខកូដនៃក្បាលដីគូ៖ ក្បាលដីប្រៀបធៀបតាមការអនុវត្តរបស់កសិករ នៃក្បាលដីសាកល្បងបង្ហាញមួយ។</translation>
    </message>
    <message>
        <location line="-330"/>
        <source>Area of the plot in hectares (ha), measured in WGS 84 / UTM zone 48N.</source>
        <translation>ផ្ទៃដីនៃក្បាលដីគិតជាហិកតា (ha) ដែលវាស់ក្នុង WGS 84 / UTM តំបន់ 48N។</translation>
    </message>
    <message>
        <location line="+331"/>
        <source>Date (UTC) the plot was added to the register.</source>
        <translation>កាលបរិច្ឆេទ (ម៉ោងសកល) ដែលក្បាលដីត្រូវបានបន្ថែមទៅក្នុងបញ្ជី។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (UTC) the plot was last changed.</source>
        <translation>កាលបរិច្ឆេទ (ម៉ោងសកល) ដែលក្បាលដីត្រូវបានកែប្រែចុងក្រោយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest stage of the MetKasekor model reached at the plot&apos;s site.</source>
        <translation>ដំណាក់កាលចុងក្រោយនៃគំរូមិត្តកសិករ ដែលទីតាំងរបស់ក្បាលដីបានឈានដល់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crops of the season plan in the plan&apos;s order, joined with &apos;+&apos;.</source>
        <translation>ដំណាំនៃផែនការតាមរដូវ តាមលំដាប់ក្នុងផែនការ ភ្ជាប់គ្នាដោយ &apos;+&apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys of the season&apos;s practices, sorted and joined with &apos;+&apos;.</source>
        <translation>កូដខ្លីនៃការអនុវត្តរបស់រដូវ តម្រៀបតាមលំដាប់ ហើយភ្ជាប់គ្នាដោយ &apos;+&apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names of the season&apos;s practices in English, joined with &apos;, &apos;.</source>
        <translation>ឈ្មោះការអនុវត្តរបស់រដូវជាភាសាអង់គ្លេស ភ្ជាប់គ្នាដោយ &apos;, &apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names of the season&apos;s practices in Khmer, joined with &apos;, &apos;.</source>
        <translation>ឈ្មោះការអនុវត្តរបស់រដូវជាភាសាខ្មែរ ភ្ជាប់គ្នាដោយ &apos;, &apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service providers hired for the season&apos;s practices, joined with &apos;, &apos;.</source>
        <translation>អ្នកផ្តល់សេវាដែលបានជួលសម្រាប់ការអនុវត្តរបស់រដូវ ភ្ជាប់គ្នាដោយ &apos;, &apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the season&apos;s practices are planned.</source>
        <translation>កាលបរិច្ឆេទដែលបានគ្រោងធ្វើការអនុវត្តរបស់រដូវ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the season&apos;s practices were done.</source>
        <translation>កាលបរិច្ឆេទដែលការអនុវត្តរបស់រដូវត្រូវបានធ្វើរួច។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total cost of the season plan and its practices in riel (KHR).</source>
        <translation>ថ្លៃសរុបនៃផែនការតាមរដូវ និងការអនុវត្តរបស់វា គិតជារៀល (KHR)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yield of the main crop (named in yield_crop) in tonnes per hectare (t/ha) at the crop&apos;s standard moisture; mean of that crop&apos;s yield records of the plot in the season. Crops are never averaged together.</source>
        <translation>ទិន្នផលនៃដំណាំចម្បង (ដែលមានឈ្មោះក្នុង yield_crop) គិតជាតោនក្នុងមួយហិកតា (t/ha) នៅសំណើមស្តង់ដាររបស់ដំណាំ៖ មធ្យមនៃកំណត់ត្រាទិន្នផលរបស់ដំណាំនោះ នៃក្បាលដីក្នុងរដូវ។ ទិន្នផលនៃដំណាំផ្សេងគ្នាមិនដែលត្រូវបានគិតមធ្យមរួមគ្នាទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop of yield_t_ha: the first crop of the season plan that was harvested (else the first harvested crop by name).</source>
        <translation>ដំណាំនៃ yield_t_ha៖ ដំណាំដំបូងនៃផែនការតាមរដូវដែលត្រូវបានប្រមូលផល (បើគ្មានទេ ដំណាំដែលបានប្រមូលផលដំបូងតាមលំដាប់ឈ្មោះ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yield of every crop harvested in the season, in t/ha at the crop&apos;s standard moisture, plan order first, e.g. &apos;maize 4.33; cowpea 1.17&apos;.</source>
        <translation>ទិន្នផលនៃដំណាំនីមួយៗដែលបានប្រមូលផលក្នុងរដូវ គិតជា t/ha នៅសំណើមស្តង់ដាររបស់ដំណាំ តាមលំដាប់ក្នុងផែនការមុន ឧ. &apos;ពោត 4.33; សណ្ដែកកួរ 1.17&apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village name in Khmer (official list).</source>
        <translation>ឈ្មោះភូមិជាភាសាខ្មែរ (បញ្ជីផ្លូវការ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village name in English (official list).</source>
        <translation>ឈ្មោះភូមិជាភាសាអង់គ្លេស (បញ្ជីផ្លូវការ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune code, 6 digits (text).</source>
        <translation>លេខកូដឃុំ 6 ខ្ទង់ (អត្ថបទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune name in Khmer (official list).</source>
        <translation>ឈ្មោះឃុំជាភាសាខ្មែរ (បញ្ជីផ្លូវការ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commune name in English (official list).</source>
        <translation>ឈ្មោះឃុំជាភាសាអង់គ្លេស (បញ្ជីផ្លូវការ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District code, 4 digits (text).</source>
        <translation>លេខកូដស្រុក 4 ខ្ទង់ (អត្ថបទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District name in Khmer (official list).</source>
        <translation>ឈ្មោះស្រុកជាភាសាខ្មែរ (បញ្ជីផ្លូវការ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District name in English (official list).</source>
        <translation>ឈ្មោះស្រុកជាភាសាអង់គ្លេស (បញ្ជីផ្លូវការ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province code, 2 digits (text).</source>
        <translation>លេខកូដខេត្ត 2 ខ្ទង់ (អត្ថបទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province name in Khmer (official list).</source>
        <translation>ឈ្មោះខេត្តជាភាសាខ្មែរ (បញ្ជីផ្លូវការ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province name in English (official list).</source>
        <translation>ឈ្មោះខេត្តជាភាសាអង់គ្លេស (បញ្ជីផ្លូវការ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} selected plots</source>
        <translation>ក្បាលដីដែលបានជ្រើស {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>province {code}</source>
        <translation>ខេត្ត {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>season {name}</source>
        <translation>រដូវ {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>practice {key}</source>
        <translation>ការអនុវត្ត {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role {role}</source>
        <translation>ប្រភេទ {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute &apos;{name}&apos; kept from the file the plot was imported from.</source>
        <translation>គុណលក្ខណៈ &apos;{name}&apos; ដែលរក្សាទុកពីឯកសារដែលក្បាលដីត្រូវបាននាំចូល។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#{id} (not in the project)</source>
        <translation>#{id} (មិនមាននៅក្នុងគម្រោង)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the plot in the plots table (integer).</source>
        <translation>លេខសម្គាល់ក្បាលដីក្នុងតារាងក្បាលដី (ចំនួនគត់)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the season in the seasons table (integer).</source>
        <translation>លេខសម្គាល់រដូវក្នុងតារាងរដូវ (ចំនួនគត់)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the season, e.g. &apos;2024 early wet&apos;.</source>
        <translation>ឈ្មោះរដូវ ឧ. &apos;រដូវវស្សាដើម 2024&apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover crop species sown.</source>
        <translation>ប្រភេទដំណាំគម្របដីដែលបានសាបព្រោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed rate of the cover crop in kg/ha.</source>
        <translation>បរិមាណគ្រាប់ពូជនៃដំណាំគម្របដី គិតជា kg/ha។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the cover crop was sown.</source>
        <translation>កាលបរិច្ឆេទដែលដំណាំគម្របដីត្រូវបានសាបព្រោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the cover crop was ended (roller_crimper, herbicide, mowing, grazing).</source>
        <translation>របៀបបញ្ចប់ដំណាំគម្របដី (ម៉ាស៊ីនរមៀលកិន (roller_crimper), ថ្នាំសម្លាប់ស្មៅ, ការកាត់, ការឲ្យសត្វស៊ី)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the cover crop was ended.</source>
        <translation>កាលបរិច្ឆេទដែលដំណាំគម្របដីត្រូវបានបញ្ចប់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop residue left on the soil, in % of the surface.</source>
        <translation>កាកសំណល់ដំណាំដែលទុកនៅលើដី គិតជា % នៃផ្ទៃដី។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop of the rotation.</source>
        <translation>ដំណាំឆ្លាស់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop grown in between (intercropping or relay).</source>
        <translation>ដំណាំដែលដាំនៅចន្លោះ (ការដាំចម្រុះ ឬការដាំបន្តបន្ទាប់)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the farmer (farmer_id in the plots).</source>
        <translation>លេខសម្គាល់កសិករ (farmer_id ក្នុងតារាងក្បាលដី)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number (text; keep leading zeros).</source>
        <translation>លេខទូរស័ព្ទ (អត្ថបទ៖ រក្សាលេខសូន្យនៅខាងមុខ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village code of the farmer, 8 digits (text).</source>
        <translation>លេខកូដភូមិរបស់កសិករ 8 ខ្ទង់ (អត្ថបទ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agricultural cooperative of the farmer.</source>
        <translation>សហគមន៍កសិកម្មរបស់កសិករ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the farmer is an early adopter (true/false).</source>
        <translation>ថាតើកសិករជាអ្នកអនុវត្តដំបូងឬអត់ (true/false)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the season (season_id in other tables).</source>
        <translation>លេខសម្គាល់រដូវ (season_id ក្នុងតារាងផ្សេងទៀត)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year the season starts (integer).</source>
        <translation>ឆ្នាំដែលរដូវចាប់ផ្តើម (ចំនួនគត់)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of season: early_wet, main_wet or dry.</source>
        <translation>ប្រភេទរដូវ៖ រដូវវស្សាដើម (early_wet) រដូវវស្សាធំ (main_wet) ឬរដូវប្រាំង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the season.</source>
        <translation>ថ្ងៃដំបូងនៃរដូវ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the season.</source>
        <translation>ថ្ងៃចុងក្រោយនៃរដូវ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the practice (practice_id in plan_practices).</source>
        <translation>លេខសម្គាល់ការអនុវត្ត (practice_id ក្នុង plan_practices)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stable short key of the practice, used in the plots&apos; &apos;practices&apos;.</source>
        <translation>កូដខ្លីថេររបស់ការអនុវត្ត ដែលប្រើក្នុងជួរឈរ &apos;ការអនុវត្ត&apos; នៃក្បាលដី។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family of the practice (no_till, cover_crop, ...).</source>
        <translation>ក្រុមនៃការអនុវត្ត (no_till, cover_crop, ...)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service a provider must offer for it.</source>
        <translation>សេវាដែលអ្នកផ្តល់សេវាត្រូវផ្តល់ជូនសម្រាប់ការអនុវត្តនេះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether it is a conservation-agriculture practice (true) or the farmer&apos;s conventional practice (false).</source>
        <translation>ថាតើវាជាការអនុវត្តកសិកម្មអភិរក្ស (ពិត) ឬការអនុវត្តរបស់កសិករតាមទម្លាប់ (មិនពិត)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of the practice.</source>
        <translation>ការពិពណ៌នាអំពីការអនុវត្ត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the provider (provider_id in plan_practices).</source>
        <translation>លេខសម្គាល់អ្នកផ្តល់សេវា (provider_id ក្នុង plan_practices)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the service provider.</source>
        <translation>ឈ្មោះអ្នកផ្តល់សេវា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of provider (seed company, machinery service, ...).</source>
        <translation>ប្រភេទអ្នកផ្តល់សេវា (ក្រុមហ៊ុនគ្រាប់ពូជ សេវាគ្រឿងយន្ត ...)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services offered, joined with &apos;, &apos;.</source>
        <translation>សេវាដែលផ្តល់ជូន ភ្ជាប់គ្នាដោយ &apos;, &apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person.</source>
        <translation>អ្នកទំនាក់ទំនង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number.</source>
        <translation>លេខទូរស័ព្ទ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address.</source>
        <translation>អាសយដ្ឋានអ៊ីមែល។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes of the provinces served, joined with &apos;, &apos;.</source>
        <translation>លេខកូដខេត្តដែលទទួលសេវា ភ្ជាប់គ្នាដោយ &apos;, &apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes.</source>
        <translation>កំណត់ចំណាំ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the plan (plan_id in plan_practices).</source>
        <translation>លេខសម្គាល់ផែនការ (plan_id ក្នុង plan_practices)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crops of the season in the plan&apos;s order, joined with &apos;+&apos;.</source>
        <translation>ដំណាំនៃរដូវ តាមលំដាប់ក្នុងផែនការ ភ្ជាប់គ្នាដោយ &apos;+&apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status of the plan: planned, done or cancelled.</source>
        <translation>ស្ថានភាពផែនការ៖ បានគ្រោង បានធ្វើរួច ឬបានលុបចោល។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the practices are planned.</source>
        <translation>កាលបរិច្ឆេទដែលបានគ្រោងធ្វើការអនុវត្ត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the practices were done.</source>
        <translation>កាលបរិច្ឆេទដែលការអនុវត្តត្រូវបានធ្វើរួច។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs of the plan beyond its practices, in riel (KHR).</source>
        <translation>ថ្លៃចំណាយនៃផែនការ ក្រៅពីការអនុវត្តរបស់វា គិតជារៀល (KHR)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the row.</source>
        <translation>លេខជួរដេក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the plan in plot_season_plans.</source>
        <translation>លេខសម្គាល់ផែនការក្នុង plot_season_plans។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the season of the plan.</source>
        <translation>ឈ្មោះរដូវនៃផែនការ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the practice in the practices table.</source>
        <translation>លេខសម្គាល់ការអនុវត្តក្នុងតារាងការអនុវត្ត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key of the practice.</source>
        <translation>កូដខ្លីនៃការអនុវត្ត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the provider in the providers table.</source>
        <translation>លេខសម្គាល់អ្នកផ្តល់សេវាក្នុងតារាងអ្នកផ្តល់សេវា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the provider hired for the practice.</source>
        <translation>ឈ្មោះអ្នកផ្តល់សេវាដែលបានជួលសម្រាប់ការអនុវត្ត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the practice in the plan (from 0).</source>
        <translation>លំដាប់នៃការអនុវត្តក្នុងផែនការ (ចាប់ពី 0)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of the practice in riel (KHR).</source>
        <translation>ថ្លៃនៃការអនុវត្ត គិតជារៀល (KHR)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the trial in the trials table.</source>
        <translation>លេខសម្គាល់ការសាកល្បងក្នុងតារាងការសាកល្បង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the trial.</source>
        <translation>ឈ្មោះការសាកល្បង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treatment of the plot, e.g. CA or FP (farmer practice).</source>
        <translation>វិធីសាស្ត្ររបស់ក្បាលដី ឧ. CA ឬ FP (ការអនុវត្តរបស់កសិករ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site (farm) of a paired trial, or block of a block design.</source>
        <translation>ទីតាំង (កសិដ្ឋាន) នៃការសាកល្បងជាគូ ឬប្លុកនៃប្លង់ប្លុក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the plot in the trial.</source>
        <translation>លំដាប់របស់ក្បាលដីក្នុងការសាកល្បង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the sample.</source>
        <translation>លេខរបស់សំណាក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date the sample was taken.</source>
        <translation>ថ្ងៃដែលបានយកសំណាក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper depth of the sample in cm.</source>
        <translation>ជម្រៅខាងលើនៃសំណាក គិតជា cm។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower depth of the sample in cm.</source>
        <translation>ជម្រៅខាងក្រោមនៃសំណាក គិតជា cm។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lab or field method.</source>
        <translation>វិធីសាស្ត្រក្នុងមន្ទីរពិសោធន៍ ឬនៅទីវាល។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laboratory.</source>
        <translation>មន្ទីរពិសោធន៍។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator} in {unit}.</source>
        <translation>{indicator} គិតជា {unit}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{indicator}.</source>
        <translation>{indicator}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the record.</source>
        <translation>លេខរបស់កំណត់ត្រា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop harvested.</source>
        <translation>ដំណាំដែលបានប្រមូលផល។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of harvest.</source>
        <translation>ថ្ងៃប្រមូលផល។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;sample&apos; (a harvest sample of a known area) or &apos;whole_plot&apos;.</source>
        <translation>&apos;sample&apos; (សំណាកប្រមូលផលនៃផ្ទៃដីដែលដឹងទំហំ) ឬ &apos;whole_plot&apos;។</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;paired&apos; (CA plot beside its farmer-practice control) or &apos;rcbd&apos; (randomised complete blocks).</source>
        <translation>&apos;paired&apos; (ក្បាលដីកសិកម្មអភិរក្សនៅជាប់ក្បាលដីប្រៀបធៀបដែលធ្វើតាមការអនុវត្តរបស់កសិករ) ឬ &apos;rcbd&apos; (ប្លុកពេញលេញចៃដន្យ)។</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Area of the harvest sample in m².</source>
        <translation>ផ្ទៃដីនៃសំណាកប្រមូលផល គិតជា m²។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harvested weight in kg (of the sample or the plot).</source>
        <translation>ទម្ងន់ដែលប្រមូលបាន គិតជា kg (នៃសំណាក ឬនៃក្បាលដី)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grain moisture at weighing, in %.</source>
        <translation>សំណើមគ្រាប់នៅពេលថ្លឹង គិតជា %។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yield in t/ha at the crop&apos;s standard moisture.</source>
        <translation>ទិន្នផល គិតជា t/ha នៅសំណើមស្តង់ដាររបស់ដំណាំ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour in person-days.</source>
        <translation>កម្លាំងពលកម្ម គិតជាថ្ងៃ-មនុស្ស។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of inputs in riel (KHR) per hectare.</source>
        <translation>ថ្លៃធាតុចូល គិតជារៀល (KHR) ក្នុងមួយហិកតា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost of services in riel (KHR) per hectare.</source>
        <translation>ថ្លៃសេវា គិតជារៀល (KHR) ក្នុងមួយហិកតា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price of the harvest in riel (KHR) per kg.</source>
        <translation>តម្លៃលក់ផលដែលប្រមូលបាន គិតជារៀល (KHR) ក្នុងមួយ kg។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the event in extension_events.</source>
        <translation>លេខរបស់ព្រឹត្តិការណ៍ក្នុង extension_events។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the event (event_id in event_plots).</source>
        <translation>លេខរបស់ព្រឹត្តិការណ៍ (event_id ក្នុង event_plots)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage of the MetKasekor model the event belongs to.</source>
        <translation>ដំណាក់កាលនៃគំរូមិត្តកសិករ ដែលព្រឹត្តិការណ៍នេះស្ថិតនៅ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the event.</source>
        <translation>ថ្ងៃនៃព្រឹត្តិការណ៍។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place.</source>
        <translation>ទីកន្លែង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village code of the event, 8 digits (text).</source>
        <translation>លេខកូដភូមិនៃព្រឹត្តិការណ៍ 8 ខ្ទង់ (ជាអក្សរ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of women attending.</source>
        <translation>ចំនួនស្ត្រីដែលចូលរួម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of men attending.</source>
        <translation>ចំនួនបុរសដែលចូលរួម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Farmers attending.</source>
        <translation>កសិករដែលចូលរួម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members of cooperatives attending.</source>
        <translation>សមាជិកសហគមន៍កសិកម្មដែលចូលរួម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service providers attending.</source>
        <translation>អ្នកផ្តល់សេវាដែលចូលរួម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People of companies attending.</source>
        <translation>អ្នកមកពីក្រុមហ៊ុនដែលចូលរួម។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of the trial (trial_id in trial_members).</source>
        <translation>លេខរបស់ការសាកល្បង (trial_id ក្នុង trial_members)។</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description of the trial.</source>
        <translation>ការពិពណ៌នាអំពីការសាកល្បង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seasons of the trial, joined with &apos;, &apos;.</source>
        <translation>រដូវនៃការសាកល្បង ភ្ជាប់គ្នាដោយ &apos;, &apos;។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A GeoPackage is read by rows (read_shapes gives None).</source>
        <translation>GeoPackage ត្រូវបានអានតាមជួរដេក (read_shapes មិនផ្តល់អ្វីមកវិញទេ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a GeoPackage opened from its file can be watched.</source>
        <translation>មានតែ GeoPackage ដែលបានបើកពីឯកសាររបស់វាប៉ុណ្ណោះ ដែលអាចតាមដានបាន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a GeoPackage geometry (no &apos;GP&apos; header).</source>
        <translation>មិនមែនជាធរណីមាត្រ GeoPackage ទេ (គ្មានផ្នែកក្បាល &apos;GP&apos;)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid envelope code in a GeoPackage geometry header.</source>
        <translation>កូដប្រអប់ព័ទ្ធមិនត្រឹមត្រូវ នៅក្នុងផ្នែកក្បាលនៃធរណីមាត្រ GeoPackage។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geometry {number} is not a GeoPackage geometry (no &apos;GP&apos; header, an invalid envelope code, or too short).</source>
        <translation>ធរណីមាត្រ {number} មិនមែនជាធរណីមាត្រ GeoPackage ទេ (គ្មានផ្នែកក្បាល &apos;GP&apos; កូដប្រអប់ព័ទ្ធមិនត្រឹមត្រូវ ឬខ្លីពេក)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too short</source>
        <translation>ខ្លីពេក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not bytes</source>
        <translation>មិនមែនជាបៃ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad header</source>
        <translation>ផ្នែកក្បាលខូច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New plots need their bounds for the spatial index.</source>
        <translation>ក្បាលដីថ្មីត្រូវការដែនកំណត់របស់វា សម្រាប់សន្ទស្សន៍លំហ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ids of a bulk insert are not consecutive.</source>
        <translation>លេខសម្គាល់ថ្មីនៃការបញ្ចូលជាដុំ មិនរៀងតគ្នាទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project file {name} was not found ({path}). It may have been moved, renamed or deleted; choose it again with Open project.</source>
        <translation>រកមិនឃើញឯកសារគម្រោង {name} ទេ ({path})។ វាប្រហែលជាត្រូវបានផ្លាស់ទី ប្តូរឈ្មោះ ឬលុប។ សូមជ្រើសវាម្តងទៀតតាម «បើកគម្រោង»។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder, not a project file; choose a .gpkg file.</source>
        <translation>{path} ជាថត មិនមែនជាឯកសារគម្រោងទេ។ សូមជ្រើសឯកសារ .gpkg។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a MetKasekor project: it is not a GeoPackage (SQLite) file. To bring in plots from a Shapefile or another file, use Import instead.</source>
        <translation>{name} មិនមែនជាគម្រោង MetKasekor ទេ៖ វាមិនមែនជាឯកសារ GeoPackage (SQLite) ទេ។ ដើម្បីនាំក្បាលដីចូលពី Shapefile ឬពីឯកសារផ្សេង សូមប្រើ «នាំចូល» ជំនួសវិញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project file {name} cannot be read ({error}). Check that you may read it and that the drive is connected.</source>
        <translation>មិនអាចអានឯកសារគម្រោង {name} បានទេ ({error})។ សូមពិនិត្យថាអ្នកមានសិទ្ធិអានវា ហើយដ្រាយត្រូវបានភ្ជាប់។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project file {name} cannot be read now: {reason}</source>
        <translation>មិនអាចអានឯកសារគម្រោង {name} នៅពេលនេះបានទេ៖ {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is a GeoPackage but not a MetKasekor project. To use its plots, create a project and import this file into it.</source>
        <translation>{name} ជា GeoPackage ប៉ុន្តែមិនមែនជាគម្រោង MetKasekor ទេ។ ដើម្បីប្រើក្បាលដីរបស់វា សូមបង្កើតគម្រោងមួយ ហើយនាំចូលឯកសារនេះទៅក្នុងគម្រោងនោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was not made by MetKasekor Desktop and cannot be opened as a project; import it into a project instead.</source>
        <translation>{name} មិនត្រូវបានបង្កើតដោយ MetKasekor Desktop ទេ ហើយមិនអាចបើកជាគម្រោងបានទេ។ សូមនាំចូលវាទៅក្នុងគម្រោងមួយជំនួសវិញ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project {name} was made by a newer version of MetKasekor Desktop (project format {version}; this program knows up to {known}). Update the application to open it; the file was not changed.</source>
        <translation>គម្រោង {name} ត្រូវបានបង្កើតដោយកំណែថ្មីជាងនៃ MetKasekor Desktop (ទម្រង់គម្រោង {version}; កម្មវិធីនេះស្គាល់ត្រឹម {known})។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធី ដើម្បីបើកវា។ ឯកសារមិនត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project file {name} is damaged (it may be incomplete after a copy or a crash) and cannot be opened. Open a backup copy of it; the file was not changed.</source>
        <translation>ឯកសារគម្រោង {name} ខូច (វាប្រហែលជាមិនពេញលេញ បន្ទាប់ពីការចម្លង ឬការគាំង) ហើយមិនអាចបើកបានទេ។ សូមបើកច្បាប់ចម្លងបម្រុងទុករបស់វា។ ឯកសារមិនត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project {name} was left in the middle of an edit (a crash or a power cut) and is on a read-only drive or folder, so it cannot be put back in order here. Copy {name} together with {journal} to a folder where you may write, and open it there; nothing will be lost.</source>
        <translation>គម្រោង {name} ត្រូវបានទុកចោលនៅពាក់កណ្តាលការកែសម្រួល (ដោយសារការគាំង ឬដាច់ភ្លើង) ហើយស្ថិតនៅលើដ្រាយ ឬថតសម្រាប់តែអាន ដូច្នេះមិនអាចរៀបចំវាឱ្យត្រឹមត្រូវវិញនៅទីនេះបានទេ។ សូមចម្លង {name} រួមជាមួយ {journal} ទៅថតមួយដែលអ្នកអាចសរសេរបាន ហើយបើកវានៅទីនោះ។ គ្មានអ្វីនឹងបាត់បង់ទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file named {name} appeared in {folder} while the copy was written; choose another name.</source>
        <translation>ឯកសារឈ្មោះ {name} បានលេចឡើងក្នុង {folder} ខណៈពេលកំពុងសរសេរច្បាប់ចម្លង។ សូមជ្រើសឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy {name} could not be written ({error}). Check the free space and that you may write there.</source>
        <translation>មិនអាចសរសេរច្បាប់ចម្លង {name} បានទេ ({error})។ សូមពិនិត្យទំហំទំនេរ និងពិនិត្យថាអ្នកអាចសរសេរនៅទីនោះបាន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The spatial index has no root node.</source>
        <translation>សន្ទស្សន៍លំហគ្មានថ្នាំងឫសទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project file {name} was moved, renamed or deleted while it was open ({path}). Editing has stopped so that nothing is written to the wrong place; open the file where it is now.</source>
        <translation>ឯកសារគម្រោង {name} ត្រូវបានផ្លាស់ទី ប្តូរឈ្មោះ ឬលុប ខណៈពេលដែលវាកំពុងបើក ({path})។ ការកែសម្រួលត្រូវបានបញ្ឈប់ ដើម្បីកុំឱ្យមានអ្វីសរសេរទៅកន្លែងខុស។ សូមបើកឯកសារនៅកន្លែងដែលវានៅឥឡូវនេះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project file {name} was replaced by another file while it was open ({path}). Editing has stopped; open it again to see and edit the new file.</source>
        <translation>ឯកសារគម្រោង {name} ត្រូវបានជំនួសដោយឯកសារផ្សេង ខណៈពេលដែលវាកំពុងបើក ({path})។ ការកែសម្រួលត្រូវបានបញ្ឈប់។ សូមបើកវាម្តងទៀត ដើម្បីមើល និងកែសម្រួលឯកសារថ្មី។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason} (waited {waited:.0f} s)</source>
        <translation>{reason} (បានរង់ចាំ {waited:.0f} វិនាទី)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A style name needs 1 to {width} characters: {name!r}.</source>
        <translation>ឈ្មោះរចនាប័ទ្មត្រូវមានពី 1 ដល់ {width} តួអក្សរ៖ {name!r}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot downgrade a project from version {current} to {target}.</source>
        <translation>មិនអាចបន្ទាបកំណែគម្រោងពីកំណែ {current} ទៅ {target} បានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plots, farmer_names and extras must be aligned</source>
        <translation>ក្បាលដី farmer_names និងទិន្នន័យបន្ថែម ត្រូវតែតម្រឹមគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the columns of an import must be aligned</source>
        <translation>ជួរឈរនៃការនាំចូលត្រូវតែតម្រឹមគ្នា</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plot with id {id} in the table.</source>
        <translation>គ្មានក្បាលដីដែលមានលេខសម្គាល់ {id} នៅក្នុងតារាងទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared register is busy: another user&apos;s change has been writing for {waited:.0f} s. Nothing was written; try again in a moment.</source>
        <translation>បញ្ជីរួមកំពុងរវល់៖ ការកែប្រែរបស់អ្នកប្រើម្នាក់ទៀតកំពុងសរសេរអស់រយៈពេល {waited:.0f} វិនាទីហើយ។ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមព្យាយាមម្តងទៀតក្នុងពេលបន្តិចទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shared register is busy: another program (QGIS editing in a transaction, a script) has kept a record you are changing locked for {waited:.0f} s. Nothing was written; ask for their edits to be saved, then try again.</source>
        <translation>បញ្ជីរួមកំពុងរវល់៖ កម្មវិធីផ្សេង (QGIS ដែលកំពុងកែសម្រួលក្នុងប្រតិបត្តិការ ឬស្គ្រីប) បានចាក់សោកំណត់ត្រាដែលអ្នកកំពុងកែប្រែ អស់រយៈពេល {waited:.0f} វិនាទី។ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមស្នើឱ្យគេរក្សាទុកការកែសម្រួលរបស់គេ រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown column kind {kind!r}</source>
        <translation>ប្រភេទជួរឈរមិនស្គាល់ {kind!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plot #{plot_id} is not a deleted plot of this register; nothing was restored.</source>
        <translation>ក្បាលដី #{plot_id} មិនមែនជាក្បាលដីដែលបានលុបនៃបញ្ជីនេះទេ។ គ្មានអ្វីត្រូវបានស្ដារវិញទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plot {code} cannot be restored: the {what} {label} it refers to was deleted since. Nothing was restored.</source>
        <translation>មិនអាចស្ដារក្បាលដី {code} វិញបានទេ៖ {what} {label} ដែលវាយោងទៅ ត្រូវបានលុបតាំងពីពេលនោះមក។ គ្មានអ្វីត្រូវបានស្ដារវិញទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plot {code} cannot be restored: another plot has the code {code} now. Change that plot&apos;s code first. Nothing was restored.</source>
        <translation>មិនអាចស្ដារក្បាលដី {code} វិញបានទេ៖ ឥឡូវនេះក្បាលដីមួយផ្សេងទៀតមានលេខកូដ {code}។ សូមប្ដូរលេខកូដរបស់ក្បាលដីនោះជាមុនសិន។ គ្មានអ្វីត្រូវបានស្ដារវិញទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL with PostGIS is needed and is not installed: run ./dev.sh (it installs postgresql and postgresql-15-postgis-3 on Debian) (no initdb/pg_ctl under /usr/lib/postgresql/*/bin).</source>
        <translation>ត្រូវការ PostgreSQL ជាមួយ PostGIS ប៉ុន្តែមិនទាន់បានដំឡើងទេ៖ សូមដំណើរការ ./dev.sh (វាដំឡើង postgresql និង postgresql-15-postgis-3 នៅលើ Debian) (គ្មាន initdb/pg_ctl នៅក្រោម /usr/lib/postgresql/*/bin)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL with PostGIS is needed and is not installed: run ./dev.sh (it installs postgresql and postgresql-15-postgis-3 on Debian) (PostgreSQL in {folder} has no PostGIS extension).</source>
        <translation>ត្រូវការ PostgreSQL ជាមួយ PostGIS ប៉ុន្តែមិនទាន់បានដំឡើងទេ៖ សូមដំណើរការ ./dev.sh (វាដំឡើង postgresql និង postgresql-15-postgis-3 នៅលើ Debian) (PostgreSQL ក្នុង {folder} គ្មានផ្នែកបន្ថែម PostGIS ទេ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run as root and there is no &apos;postgres&apos; or &apos;nobody&apos; user to run PostgreSQL as (it refuses to run as root).</source>
        <translation>កំពុងដំណើរការជា root ហើយគ្មានអ្នកប្រើ &apos;postgres&apos; ឬ &apos;nobody&apos; សម្រាប់ដំណើរការ PostgreSQL ទេ (PostgreSQL បដិសេធមិនដំណើរការជា root)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initdb failed:
{output}
{errors}</source>
        <translation>initdb បរាជ័យ៖
{output}
{errors}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_ctl start failed:
{output}
{errors}
{log}</source>
        <translation>pg_ctl start បរាជ័យ៖
{output}
{errors}
{log}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{database} on {host}</source>
        <translation>{database} នៅលើ {host}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{url!r} is not a PostgreSQL connection URL; write it as postgresql://user@host/database.</source>
        <translation>{url!r} មិនមែនជាអាសយដ្ឋានតភ្ជាប់ PostgreSQL ទេ។ សូមសរសេរវាជា postgresql://user@host/database។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection URL cannot be read ({error}); write it as postgresql://user@host/database.</source>
        <translation>មិនអាចអានអាសយដ្ឋានតភ្ជាប់បានទេ ({error})។ សូមសរសេរវាជា postgresql://user@host/database។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection URL names no database; write it as postgresql://user@host/database.</source>
        <translation>អាសយដ្ឋានតភ្ជាប់មិនបានបញ្ជាក់ឈ្មោះមូលដ្ឋានទិន្នន័យទេ។ សូមសរសេរវាជា postgresql://user@host/database។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register {name} cannot be reached ({detail}). Check the connection URL, the network and your user name and password.</source>
        <translation>មិនអាចចូលដល់បញ្ជី {name} បានទេ ({detail})។ សូមពិនិត្យអាសយដ្ឋានតភ្ជាប់ បណ្តាញ និងឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់របស់អ្នក។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {name} holds tables that were not made by MetKasekor Desktop; it cannot be used as a register.</source>
        <translation>មូលដ្ឋានទិន្នន័យ {name} មានតារាងដែលមិនត្រូវបានបង្កើតដោយ MetKasekor Desktop។ មិនអាចប្រើវាជាបញ្ជីបានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register {name} has no readable schema version; it cannot be used.</source>
        <translation>បញ្ជី {name} គ្មានកំណែគ្រោងរចនាសម្ព័ន្ធដែលអាចអានបានទេ។ មិនអាចប្រើវាបានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register {name} was made by a newer version of MetKasekor Desktop (format {version}; this program knows up to {known}). Update the application to use it; nothing was changed.</source>
        <translation>បញ្ជី {name} ត្រូវបានបង្កើតដោយកំណែថ្មីជាងនៃ MetKasekor Desktop (ទម្រង់ {version}; កម្មវិធីនេះស្គាល់ត្រឹម {known})។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធី ដើម្បីប្រើវា។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {name} holds no MetKasekor register yet. An administrator creates it once with: {command}</source>
        <translation>មូលដ្ឋានទិន្នន័យ {name} មិនទាន់មានបញ្ជី MetKasekor នៅឡើយទេ។ អ្នកគ្រប់គ្រងបង្កើតវាម្តងដោយប្រើ៖ {command}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register {name} is in an older format (format {version}). An administrator upgrades it with: {command}; nothing was changed.</source>
        <translation>បញ្ជី {name} ស្ថិតក្នុងទម្រង់ចាស់ (ទម្រង់ {version})។ អ្នកគ្រប់គ្រងធ្វើឱ្យវាទាន់សម័យដោយប្រើ៖ {command}។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {name} has a table named plots but no MetKasekor register; use an empty database.</source>
        <translation>មូលដ្ឋានទិន្នន័យ {name} មានតារាងមួយឈ្មោះ plots ប៉ុន្តែគ្មានបញ្ជី MetKasekor ទេ។ សូមប្រើមូលដ្ឋានទិន្នន័យទទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register {name} could not be set up ({detail}); nothing was changed.</source>
        <translation>មិនអាចរៀបចំបញ្ជី {name} បានទេ ({detail})។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {name} holds no MetKasekor register yet; create it first with: {command}</source>
        <translation>មូលដ្ឋានទិន្នន័យ {name} មិនទាន់មានបញ្ជី MetKasekor នៅឡើយទេ។ សូមបង្កើតវាជាមុនសិនដោយប្រើ៖ {command}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user {user} could not be set up on {name} ({detail}); nothing was changed.</source>
        <translation>មិនអាចរៀបចំអ្នកប្រើ {user} នៅលើ {name} បានទេ ({detail})។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The roles {roles} of the register are missing and this database user may not create roles. Run server init as a user with CREATEROLE (or as the server&apos;s administrator); nothing was changed.</source>
        <translation>ក្រុមសិទ្ធិ {roles} របស់បញ្ជីបាត់ ហើយអ្នកប្រើមូលដ្ឋានទិន្នន័យនេះមិនមានសិទ្ធិបង្កើតក្រុមសិទ្ធិទេ។ សូមដំណើរការ server init ជាអ្នកប្រើដែលមាន CREATEROLE (ឬជាអ្នកគ្រប់គ្រងម៉ាស៊ីនមេ)។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name is empty.</source>
        <translation>ឈ្មោះអ្នកប្រើទទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is one of the register&apos;s group roles, not a user; choose another name.</source>
        <translation>{name} គឺជាក្រុមសិទ្ធិមួយរបស់បញ្ជី មិនមែនជាអ្នកប្រើទេ។ សូមជ្រើសឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown role {role!r}: choose national, provincial or viewer.</source>
        <translation>ក្រុមសិទ្ធិមិនស្គាល់ {role!r}៖ សូមជ្រើស national (ថ្នាក់ជាតិ) provincial (ថ្នាក់ខេត្ត) ឬ viewer (អ្នកមើល)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown province code {code!r}: the provinces are {provinces} (e.g. 02 for Battambang).</source>
        <translation>លេខកូដខេត្តមិនស្គាល់ {code!r}៖ ខេត្តដែលមានគឺ {provinces} (ឧ. 02 សម្រាប់បាត់ដំបង)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A provincial user needs at least one province: add --province CODE (e.g. --province 02).</source>
        <translation>អ្នកប្រើថ្នាក់ខេត្តត្រូវការខេត្តយ៉ាងហោចណាស់មួយ៖ សូមបន្ថែម --province លេខកូដ (ឧ. --province 02)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A {role} user has no provinces (it sees every plot); leave out --province, or choose --role provincial.</source>
        <translation>អ្នកប្រើក្រុមសិទ្ធិ {role} មិនមានខេត្តទេ (វាមើលឃើញក្បាលដីទាំងអស់)។ សូមកុំដាក់ --province ឬជ្រើស --role provincial។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This register has no user roles yet (it was made by an older MetKasekor Desktop). Run: metkasekor-desktop server init URL</source>
        <translation>បញ្ជីនេះមិនទាន់មានក្រុមសិទ្ធិអ្នកប្រើនៅឡើយទេ (វាត្រូវបានបង្កើតដោយ MetKasekor Desktop កំណែចាស់)។ សូមដំណើរការ៖ metkasekor-desktop server init URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is a superuser of the server: it sees everything whatever its role; choose another user.</source>
        <translation>{name} ជាអ្នកប្រើកំពូលនៃម៉ាស៊ីនមេ៖ វាមើលឃើញអ្វីៗទាំងអស់ មិនថាក្រុមសិទ្ធិរបស់វាជាអ្វីទេ។ សូមជ្រើសអ្នកប្រើផ្សេង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user {name} could not be set up in the register {register}: the server refused it ({detail}). Nothing was changed; to add or change users, connect as the register&apos;s administrator (the user that ran server init) or a superuser.</source>
        <translation>មិនអាចរៀបចំអ្នកប្រើ {name} ក្នុងបញ្ជី {register} បានទេ៖ ម៉ាស៊ីនមេបានបដិសេធ ({detail})។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ ដើម្បីបន្ថែម ឬកែប្រែអ្នកប្រើ សូមតភ្ជាប់ជាអ្នកគ្រប់គ្រងបញ្ជី (អ្នកប្រើដែលបានដំណើរការ server init) ឬជាអ្នកប្រើកំពូល។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user {name} could not be set up in the register {register} ({detail}); nothing was changed.</source>
        <translation>មិនអាចរៀបចំអ្នកប្រើ {name} ក្នុងបញ្ជី {register} បានទេ ({detail})។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register {name} keeps no history of its changes, which synchronising an offline copy needs. An administrator brings it up to date with: {command}; nothing was changed.</source>
        <translation>បញ្ជី {name} មិនរក្សាទុកប្រវត្តិនៃការកែប្រែរបស់វាទេ ដែលជាអ្វីដែលការធ្វើសមកាលកម្មច្បាប់ចម្លងក្រៅបណ្តាញត្រូវការ។ អ្នកគ្រប់គ្រងធ្វើឱ្យវាទាន់សម័យដោយប្រើ៖ {command}។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register {name} takes no synchronised copies yet, which synchronising an offline copy needs. An administrator brings it up to date with: {command}; nothing was changed.</source>
        <translation>បញ្ជី {name} មិនទាន់ទទួលច្បាប់ចម្លងដែលធ្វើសមកាលកម្មនៅឡើយទេ ដែលជាអ្វីដែលការធ្វើសមកាលកម្មច្បាប់ចម្លងក្រៅបណ្តាញត្រូវការ។ អ្នកគ្រប់គ្រងធ្វើឱ្យវាទាន់សម័យដោយប្រើ៖ {command}។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This register has no user roles yet (it was made by an older MetKasekor Desktop). Run: {command}</source>
        <translation>បញ្ជីនេះមិនទាន់មានក្រុមសិទ្ធិអ្នកប្រើនៅឡើយទេ (វាត្រូវបានបង្កើតដោយ MetKasekor Desktop កំណែចាស់)។ សូមដំណើរការ៖ {command}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the register&apos;s administrator (the database user that ran server init, or a superuser) sees and changes every user&apos;s provinces; connect with that user&apos;s URL.</source>
        <translation>មានតែអ្នកគ្រប់គ្រងបញ្ជី (អ្នកប្រើមូលដ្ឋានទិន្នន័យដែលបានដំណើរការ server init ឬអ្នកប្រើកំពូល) ប៉ុណ្ណោះ ដែលមើលឃើញ និងកែប្រែខេត្តរបស់អ្នកប្រើគ្រប់រូប។ សូមតភ្ជាប់ដោយប្រើអាសយដ្ឋានតភ្ជាប់របស់អ្នកប្រើនោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is one of the register&apos;s group roles, not a user; nothing was changed.</source>
        <translation>{name} គឺជាក្រុមសិទ្ធិមួយរបស់បញ្ជី មិនមែនជាអ្នកប្រើទេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a user of this register (see: metkasekor-desktop server users URL); nothing was changed.</source>
        <translation>{name} មិនមែនជាអ្នកប្រើនៃបញ្ជីនេះទេ (សូមមើល៖ metkasekor-desktop server users URL)។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is the user this command is connected as; connect as another administrator to remove it. Nothing was changed.</source>
        <translation>{name} គឺជាអ្នកប្រើដែលពាក្យបញ្ជានេះកំពុងប្រើដើម្បីតភ្ជាប់។ សូមតភ្ជាប់ជាអ្នកគ្រប់គ្រងផ្សេងទៀត ដើម្បីដកវាចេញ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it owns objects or holds privileges on the server: {detail}</source>
        <translation>វាជាម្ចាស់វត្ថុ ឬមានសិទ្ធិនៅលើម៉ាស៊ីនមេ៖ {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it owns objects or holds privileges on the server</source>
        <translation>វាជាម្ចាស់វត្ថុ ឬមានសិទ្ធិនៅលើម៉ាស៊ីនមេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such login role on the server</source>
        <translation>គ្មានគណនីចូលប្រើបែបនេះនៅលើម៉ាស៊ីនមេទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is an administrator of the server</source>
        <translation>វាជាអ្នកគ្រប់គ្រងម៉ាស៊ីនមេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a member of other roles of the server, or has members</source>
        <translation>វាជាសមាជិកនៃក្រុមសិទ្ធិផ្សេងទៀតរបស់ម៉ាស៊ីនមេ ឬមានសមាជិក</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user {user} could not be removed from {name} ({detail}); nothing was changed. server remove-user needs the register&apos;s administrator.</source>
        <translation>មិនអាចដកអ្នកប្រើ {user} ចេញពី {name} បានទេ ({detail})។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ server remove-user ត្រូវការអ្នកគ្រប់គ្រងបញ្ជី។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file named {name} already exists in {folder}. Choose another name, or open that file.</source>
        <translation>មានឯកសារឈ្មោះ {name} នៅក្នុង {folder} រួចហើយ។ សូមជ្រើសឈ្មោះផ្សេង ឬបើកឯកសារនោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} does not exist; choose another place for the project.</source>
        <translation>ថត {folder} មិនមានទេ។ សូមជ្រើសកន្លែងផ្សេងសម្រាប់គម្រោង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project {name} could not be created: {reason}</source>
        <translation>មិនអាចបង្កើតគម្រោង {name} បានទេ៖ {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project {name} is in an older format (format {version}) and is on a read-only drive or folder, where it cannot be upgraded. Copy it to a folder where you may write and open the copy; the file was not changed.</source>
        <translation>គម្រោង {name} ស្ថិតក្នុងទម្រង់ចាស់ (ទម្រង់ {version}) ហើយស្ថិតនៅលើដ្រាយ ឬថតសម្រាប់តែអាន ដែលមិនអាចធ្វើឱ្យវាទាន់សម័យបាន។ សូមចម្លងវាទៅថតមួយដែលអ្នកអាចសរសេរបាន ហើយបើកច្បាប់ចម្លងនោះ។ ឯកសារមិនត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project {name} could not be upgraded to the current format: {reason}</source>
        <translation>មិនអាចធ្វើឱ្យគម្រោង {name} ទាន់សម័យទៅទម្រង់បច្ចុប្បន្នបានទេ៖ {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project {name} could not be upgraded to the current format ({reason}); it was left as it was.</source>
        <translation>មិនអាចធ្វើឱ្យគម្រោង {name} ទាន់សម័យទៅទម្រង់បច្ចុប្បន្នបានទេ ({reason})។ វាត្រូវបានទុកនៅដដែលដូចមុន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register {name} is a database on a server, not a file: it is not copied from here (its administrator backs it up with pg_dump).</source>
        <translation>បញ្ជី {name} ជាមូលដ្ឋានទិន្នន័យនៅលើម៉ាស៊ីនមេ មិនមែនជាឯកសារទេ៖ វាមិនត្រូវបានចម្លងពីទីនេះទេ (អ្នកគ្រប់គ្រងរបស់វាបម្រុងទុកវាដោយប្រើ pg_dump)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The register {name} is open read-only (your database user may not change it, or the server is a read-only copy). Nothing was written. Ask its administrator for write access.</source>
        <translation>បញ្ជី {name} បើកសម្រាប់តែអាន (អ្នកប្រើមូលដ្ឋានទិន្នន័យរបស់អ្នកមិនអាចកែប្រែវាបានទេ ឬម៉ាស៊ីនមេជាច្បាប់ចម្លងសម្រាប់តែអាន)។ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមស្នើសិទ្ធិសរសេរពីអ្នកគ្រប់គ្រងរបស់វា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project {name} is open read-only (its drive, folder or file cannot be written here). Nothing was written. To edit it, save a copy where you may write (File &gt; Save project as).</source>
        <translation>គម្រោង {name} បើកសម្រាប់តែអាន (មិនអាចសរសេរដ្រាយ ថត ឬឯកសាររបស់វានៅទីនេះបានទេ)។ គ្មានអ្វីត្រូវបានសរសេរទេ។ ដើម្បីកែសម្រួលវា សូមរក្សាទុកច្បាប់ចម្លងនៅកន្លែងដែលអ្នកអាចសរសេរបាន (ឯកសារ &gt; រក្សាទុកគម្រោងជា)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A project cannot be copied onto itself; choose another name.</source>
        <translation>មិនអាចចម្លងគម្រោងមួយជាន់លើខ្លួនវាផ្ទាល់បានទេ។ សូមជ្រើសឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file named {name} already exists in {folder}; choose another name.</source>
        <translation>មានឯកសារឈ្មោះ {name} នៅក្នុង {folder} រួចហើយ។ សូមជ្រើសឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{code}&apos; is not a province or district code: use its 2 or 4 digits, e.g. 02 for Battambang, 0207 for Rotaknak Mundul.</source>
        <translation>&apos;{code}&apos; មិនមែនជាលេខកូដខេត្ត ឬស្រុកទេ៖ សូមប្រើលេខ 2 ឬ 4 ខ្ទង់របស់វា ឧ. 02 សម្រាប់បាត់ដំបង 0207 សម្រាប់រតនមណ្ឌល។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is read-only for you: nothing can be published into it.</source>
        <translation>{name} សម្រាប់តែអានចំពោះអ្នក៖ មិនអាចបោះផ្សាយអ្វីចូលទៅក្នុងវាបានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While this copy ran, another user stored a row it would clash with ({detail}). Nothing was written; run it again to see the clash.</source>
        <translation>ខណៈពេលដែលការចម្លងនេះកំពុងដំណើរការ អ្នកប្រើម្នាក់ទៀតបានរក្សាទុកជួរដេកមួយដែលនឹងប៉ះទង្គិចជាមួយវា ({detail})។ គ្មានអ្វីត្រូវបានសរសេរទេ។ សូមដំណើរការវាម្តងទៀត ដើម្បីមើលការប៉ះទង្គិច។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A {child} points to a {parent} (id {id}) that the source does not hold; check the source project.</source>
        <translation>{child} មួយយោងទៅ {parent} (លេខសម្គាល់ {id}) ដែលប្រភពមិនមាន។ សូមពិនិត្យគម្រោងប្រភព។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another {word} (id {id})</source>
        <translation>{word} មួយផ្សេងទៀត (លេខសម្គាល់ {id})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id {id}</source>
        <translation>លេខសម្គាល់ {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plot {code}</source>
        <translation>ក្បាលដី {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>farmer {name} ({village})</source>
        <translation>កសិករ {name} ({village})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>farmer {name}</source>
        <translation>កសិករ {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service provider {name}</source>
        <translation>អ្នកផ្តល់សេវា {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trial {name}</source>
        <translation>ការសាកល្បង {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target population of {area}</source>
        <translation>ប្រជាជនគោលដៅនៃ {area}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{word} of plot {plot} in {season}</source>
        <translation>{word} នៃក្បាលដី {plot} ក្នុង {season}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{word} of plot {plot}</source>
        <translation>{word} នៃក្បាលដី {plot}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{word} in {season}</source>
        <translation>{word} ក្នុង {season}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no area</source>
        <translation>គ្មានផ្ទៃដី</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{area:.4f} ha</source>
        <translation>{area:.4f} ha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This {noun} already exists ({detail}).</source>
        <translation>{noun} នេះមានរួចហើយ ({detail})។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This {noun} has not been stored yet; add it first.</source>
        <translation>{noun} នេះមិនទាន់ត្រូវបានរក្សាទុកនៅឡើយទេ។ សូមបន្ថែមវាជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No {noun} with id {id}; it may have been deleted.</source>
        <translation>គ្មាន {noun} ដែលមានលេខសម្គាល់ {id} ទេ។ វាប្រហែលជាត្រូវបានលុប។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This {noun} is still used elsewhere in the project and cannot be deleted.</source>
        <translation>{noun} នេះនៅតែត្រូវបានប្រើនៅកន្លែងផ្សេងក្នុងគម្រោង ហើយមិនអាចលុបបានទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This {noun} refers to a record that is not in the project (a farmer, plot, season, practice or provider that was deleted?).</source>
        <translation>{noun} នេះយោងទៅកំណត់ត្រាមួយដែលមិនមាននៅក្នុងគម្រោង (កសិករ ក្បាលដី រដូវ ការអនុវត្ត ឬអ្នកផ្តល់សេវា ដែលត្រូវបានលុប?)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {noun} could not be stored: {detail}.</source>
        <translation>មិនអាចរក្សាទុក {noun} បានទេ៖ {detail}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The farmer {name} still farms {count} plot (e.g. {first}); give those plots another farmer or delete them first.</source>
        <translation>កសិករ {name} នៅតែដាំដុះលើក្បាលដី {count} ក្បាល (ឧ. {first})។ សូមកំណត់កសិករផ្សេងឱ្យក្បាលដីនោះ ឬលុបវាចោលជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The farmer {name} still farms {count} plots (e.g. {first}); give those plots another farmer or delete them first.</source>
        <translation>កសិករ {name} នៅតែដាំដុះលើក្បាលដី {count} ក្បាល (ឧ. {first})។ សូមកំណត់កសិករផ្សេងឱ្យក្បាលដីទាំងនោះ ឬលុបវាចោលជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This plot already has a plan for that season; open that plan to change it.</source>
        <translation>ក្បាលដីនេះមានផែនការសម្រាប់រដូវនោះរួចហើយ។ សូមបើកផែនការនោះ ដើម្បីកែប្រែវា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The control plot chosen for {code} is not in the project.</source>
        <translation>ក្បាលដីប្រៀបធៀបដែលបានជ្រើសសម្រាប់ {code} មិនមាននៅក្នុងគម្រោងទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plot with id {id}; it may have been deleted.</source>
        <translation>គ្មានក្បាលដីដែលមានលេខសម្គាល់ {id} ទេ។ វាប្រហែលជាត្រូវបានលុប។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two plots would have the same code; every plot code must be unique.</source>
        <translation>ក្បាលដីពីរនឹងមានលេខកូដដូចគ្នា។ លេខកូដក្បាលដីនីមួយៗមិនត្រូវស្ទួនគ្នាទេ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A plot with the code {code} already exists; choose another code (each plot code must be unique).</source>
        <translation>មានក្បាលដីលេខកូដ {code} រួចហើយ។ សូមជ្រើសលេខកូដផ្សេង (លេខកូដក្បាលដីនីមួយៗមិនត្រូវស្ទួនគ្នាទេ)។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plots&apos; shapes and rows were read apart.</source>
        <translation>រាង និងជួរដេករបស់ក្បាលដី ត្រូវបានអានដាច់ពីគ្នា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A practice with the key &apos;of that key&apos; is already in the catalogue.</source>
        <translation>ការអនុវត្តដែលមានកូដខ្លីនោះ មាននៅក្នុងបញ្ជីការអនុវត្តរួចហើយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A practice with the key {key!r} is already in the catalogue.</source>
        <translation>ការអនុវត្តដែលមានកូដខ្លី {key!r} មាននៅក្នុងបញ្ជីការអនុវត្តរួចហើយ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This practice is planned on {count} plot-season; remove it from those plans first.</source>
        <translation>ការអនុវត្តនេះត្រូវបានគ្រោងលើក្បាលដី-រដូវ {count}។ សូមដកវាចេញពីផែនការទាំងនោះជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This practice is planned on {count} plot-seasons; remove it from those plans first.</source>
        <translation>ការអនុវត្តនេះត្រូវបានគ្រោងលើក្បាលដី-រដូវ {count}។ សូមដកវាចេញពីផែនការទាំងនោះជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This provider is named in {count} season plan; choose another provider there first.</source>
        <translation>អ្នកផ្តល់សេវានេះមានឈ្មោះក្នុងផែនការតាមរដូវ {count}។ សូមជ្រើសអ្នកផ្តល់សេវាផ្សេងនៅទីនោះជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This provider is named in {count} season plans; choose another provider there first.</source>
        <translation>អ្នកផ្តល់សេវានេះមានឈ្មោះក្នុងផែនការតាមរដូវ {count}។ សូមជ្រើសអ្នកផ្តល់សេវាផ្សេងនៅទីនោះជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zonal statistics need the name of their raster layer.</source>
        <translation>ស្ថិតិតាមក្បាលដីត្រូវការឈ្មោះស្រទាប់រ៉ាស្ទ័ររបស់វា។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statistics of {layer} have {plots} plots but {values} values; give one per plot.</source>
        <translation>ស្ថិតិនៃ {layer} មានក្បាលដី {plots} ប៉ុន្តែមានតម្លៃ {values}។ សូមផ្តល់តម្លៃមួយសម្រាប់ក្បាលដីនីមួយៗ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statistics of {layer} name a plot twice; give each plot once.</source>
        <translation>ស្ថិតិនៃ {layer} បញ្ជាក់ក្បាលដីមួយពីរដង។ សូមផ្តល់ក្បាលដីនីមួយៗតែម្តង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} plot(s) of the statistics of {layer} are not in the project (first: id {first}); they may have been deleted. Compute the statistics again.</source>
        <translation>ក្បាលដី {count} នៃស្ថិតិរបស់ {layer} មិនមាននៅក្នុងគម្រោងទេ (ទីមួយ៖ លេខសម្គាល់ {first})។ ពួកវាប្រហែលជាត្រូវបានលុប។ សូមគណនាស្ថិតិម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} season plan</source>
        <translation>ផែនការតាមរដូវ {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} season plans</source>
        <translation>ផែនការតាមរដូវ {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} yield record</source>
        <translation>កំណត់ត្រាទិន្នផល {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} yield records</source>
        <translation>កំណត់ត្រាទិន្នផល {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} soil sample</source>
        <translation>សំណាកដី {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} soil samples</source>
        <translation>សំណាកដី {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} trial</source>
        <translation>ការសាកល្បង {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} trials</source>
        <translation>ការសាកល្បង {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A season named &apos;of that name&apos; already exists; choose another name.</source>
        <translation>មានរដូវដែលមានឈ្មោះនោះរួចហើយ។ សូមជ្រើសឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A season named {name!r} already exists; choose another name.</source>
        <translation>មានរដូវឈ្មោះ {name!r} រួចហើយ។ សូមជ្រើសឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The season {name!r} is still used by {listing}; delete or move those first.</source>
        <translation>រដូវ {name!r} នៅតែត្រូវបានប្រើដោយ {listing}។ សូមលុប ឬផ្លាស់ទីកំណត់ត្រាទាំងនោះជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The area of that code has a target population already; change that one instead of adding another.</source>
        <translation>តំបន់នៃលេខកូដនោះមានប្រជាជនគោលដៅរួចហើយ។ សូមកែប្រែប្រជាជនគោលដៅនោះ ជំនួសឱ្យការបន្ថែមមួយទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The area {code} has a target population already; change that one instead of adding another.</source>
        <translation>តំបន់ {code} មានប្រជាជនគោលដៅរួចហើយ។ សូមកែប្រែប្រជាជនគោលដៅនោះ ជំនួសឱ្យការបន្ថែមមួយទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The area {code} is outside {within}; the table may only hold areas there.</source>
        <translation>តំបន់ {code} ស្ថិតនៅក្រៅ {within}។ តារាងនេះអាចមានតែតំបន់នៅទីនោះប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The area {code} is given twice.</source>
        <translation>តំបន់ {code} ត្រូវបានផ្តល់ពីរដង។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A season is listed twice in this trial.</source>
        <translation>រដូវមួយត្រូវបានរាយពីរដងក្នុងការសាកល្បងនេះ។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the copy</source>
        <translation>ច្បាប់ចម្លង</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was copied</source>
        <translation>គ្មានអ្វីត្រូវបានចម្លងទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy was not made: {reason}.</source>
        <translation>ច្បាប់ចម្លងមិនត្រូវបានបង្កើតទេ៖ {reason}។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not an offline copy of a shared register: make one with metkasekor-desktop checkout URL OUT.gpkg --province CODE.</source>
        <translation>{name} មិនមែនជាច្បាប់ចម្លងក្រៅបណ្តាញនៃបញ្ជីរួមទេ៖ សូមបង្កើតមួយដោយប្រើ metkasekor-desktop checkout URL OUT.gpkg --province CODE។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no open conflict {id}: it may have been decided already; list them again.</source>
        <translation>គ្មានការប៉ះទង្គិចដែលនៅសល់ {id} ទេ៖ វាប្រហែលជាត្រូវបានសម្រេចរួចហើយ។ សូមបង្ហាញបញ្ជីការប៉ះទង្គិចម្តងទៀត។</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no id for a new row of {table}</source>
        <translation>គ្មានលេខសម្គាល់សម្រាប់ជួរដេកថ្មីនៃ {table} ទេ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(a shape that cannot be read)</source>
        <translation>(រាងដែលមិនអាចអានបាន)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plots match ({description}); nothing was written.</source>
        <translation>គ្មានក្បាលដីណាត្រូវនឹង ({description}) ទេ។ គ្មានអ្វីត្រូវបានសរសេរទេ។</translation>
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
        <location filename="../../ui/new_plot_dialog.py" line="+53"/>
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
        <location filename="../../ui/photo_strip.py" line="+147"/>
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
        <location filename="../../ui/plan_editor.py" line="+128"/>
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
        <location filename="../../layers/plot_editor.py" line="-152"/>
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
        <location filename="../../ui/history_dialog.py" line="+50"/>
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
        <location filename="../../ui/plot_panel.py" line="+102"/>
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
        <location filename="../../ui/trial_dialog.py" line="+64"/>
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
        <location filename="../../ui/plots_table.py" line="+61"/>
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
        <translation>កូដខ្លីគ្មានដកឃ្លា ឧ. &apos;mulch&apos;</translation>
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
        <location filename="../../ui/problems_panel.py" line="+54"/>
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
        <location filename="../../ui/project_files.py" line="+20"/>
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
        <location line="+21"/>
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
        <location filename="../../layers/provider_words.py" line="+18"/>
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
        <location line="+7"/>
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
        <location line="+1"/>
        <source>Land levelling</source>
        <translation>ការពង្រាបដី</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../../ui/publish_dialog.py" line="+46"/>
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
        <location filename="../../layers/raster_layer.py" line="+206"/>
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
        <location line="+4"/>
        <source>Terrain (green to brown)</source>
        <translation>សណ្ឋានដី (បៃតងទៅត្នោត)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple to yellow (Viridis)</source>
        <translation>ស្វាយទៅលឿង (Viridis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greys (black to white)</source>
        <translation>ពណ៌ប្រផេះ (ខ្មៅទៅស)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vegetation (NDVI: red to green)</source>
        <translation>រុក្ខជាតិ (NDVI៖ ក្រហមទៅបៃតង)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../ui/record_table.py" line="+349"/>
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
        <location filename="../../ui/register_controller.py" line="+37"/>
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
        <location line="+3"/>
        <source>Publish &amp;website…</source>
        <translation>ផ្សព្វផ្សាយគេហទំព័រ(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A static website of the uptake of CA for partners and the public, in Khmer and English, with nothing personal in it</source>
        <translation>គេហទំព័រស្ថិតិនៃការទទួលយកកសិកម្មអភិរក្ស សម្រាប់ដៃគូ និងសាធារណជន ជាភាសាខ្មែរ និងអង់គ្លេស ដោយគ្មានព័ត៌មានផ្ទាល់ខ្លួន</translation>
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
        <location line="+40"/>
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
        <location filename="../../ui/results_import_dialog.py" line="+74"/>
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
        <location line="+32"/>
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
        <location filename="../../ui/season_manager.py" line="+55"/>
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
        <location line="+63"/>
        <source>Add season</source>
        <translation>បន្ថែមរដូវ</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Save changes</source>
        <translation>រក្សាទុកការកែប្រែ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Delete season</source>
        <translation>លុបរដូវ</translation>
    </message>
    <message>
        <location line="-68"/>
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
        <location line="+44"/>
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
        <location filename="../../layers/season_report_words.py" line="+24"/>
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
        <location filename="../../ui/season_report_dialog.py" line="+50"/>
        <location line="+55"/>
        <location line="+77"/>
        <source>Season report</source>
        <translation>របាយការណ៍រដូវ</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Numbers in Khmer digits</source>
        <translation>សរសេរលេខជាលេខខ្មែរ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the report&apos;s numbers with Khmer digits; codes and file names keep theirs</source>
        <translation>សរសេរលេខក្នុងរបាយការណ៍ជាលេខខ្មែរ លេខកូដ និងឈ្មោះឯកសារនៅដដែល</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+2"/>
        <source>Tipping point</source>
        <translation>ចំណុចរបត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File (.pdf)</source>
        <translation>ឯកសារ (.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>PDF document (*.pdf)</source>
        <translation>ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Writing the season report…</source>
        <translation>កំពុងសរសេររបាយការណ៍រដូវ…</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../layers/season_words.py" line="+30"/>
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
    <name>SiteDialog</name>
    <message>
        <location filename="../../ui/site_dialog.py" line="+46"/>
        <location line="+61"/>
        <source>Publish website</source>
        <translation>ផ្សព្វផ្សាយគេហទំព័រ</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Browse…</source>
        <translation>រកមើល…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Khmer and English</source>
        <translation>ខ្មែរ និងអង់គ្លេស</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khmer only</source>
        <translation>តែភាសាខ្មែរ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English only</source>
        <translation>តែភាសាអង់គ្លេស</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder:</source>
        <translation>ថត៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seasons:</source>
        <translation>រដូវ៖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:</source>
        <translation>ភាសា៖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No season ticked: every season whose adoption is known. The website holds no farmer&apos;s name or phone, no plot boundary and no count of fewer than 5 people; it opens from the folder without internet.</source>
        <translation>បើមិនបានគូសរដូវណាមួយទេ៖ គ្រប់រដូវដែលដឹងពីការទទួលយក។ គេហទំព័រមិនមានឈ្មោះ ឬលេខទូរស័ព្ទកសិករ ព្រំដីក្បាលដី ឬចំនួនមនុស្សតិចជាង 5 នាក់ទេ ហើយវាបើកពីថតដោយមិនចាំបាច់មានអ៊ីនធឺណិត។</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Publish</source>
        <translation>ផ្សព្វផ្សាយ(&amp;P)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder of the website</source>
        <translation>ថតនៃគេហទំព័រ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Writing the website…</source>
        <translation>កំពុងសរសេរគេហទំព័រ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The website was not written: {0}</source>
        <translation>គេហទំព័រមិនត្រូវបានសរសេរទេ៖ {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The website of {0} season(s) is in {1} ({2} files, published {3}). Copy the folder to a web server or a shared folder; index.html opens it.</source>
        <translation>គេហទំព័រនៃរដូវ {0} ស្ថិតនៅក្នុង {1} (ឯកសារ {2} ផ្សព្វផ្សាយថ្ងៃ {3})។ សូមចម្លងថតនេះទៅម៉ាស៊ីនមេគេហទំព័រ ឬថតរួម ហើយ index.html បើកវា។</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open in the browser</source>
        <translation>បើកក្នុងកម្មវិធីរុករក(&amp;O)</translation>
    </message>
</context>
<context>
    <name>SoilSampleDialog</name>
    <message>
        <location filename="../../ui/soil_sample_dialog.py" line="+73"/>
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
        <location filename="../../ui/import_pages.py" line="-248"/>
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
        <location line="+26"/>
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
    <message>
        <location line="+8"/>
        <source>points</source>
        <translation>ចំណុច</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines</source>
        <translation>បន្ទាត់</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>polygons</source>
        <translation>ពហុកោណ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixed shapes</source>
        <translation>រាងចម្រុះ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown shapes</source>
        <translation>រាងមិនស្គាល់</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>polygons with heights</source>
        <translation>ពហុកោណមានកម្ពស់</translation>
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
        <location filename="../../ui/submissions_dialog.py" line="+119"/>
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
        <location filename="../../ui/table_export_prompt.py" line="+25"/>
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
        <location filename="../../ui/target_populations_dialog.py" line="+81"/>
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
        <translation>តារាង CSV ឬ Excel ដែលមានជួរឈរលេខកូដតំបន់ (ឈ្មោះ &apos;area&apos; ឬ &apos;code&apos;) និងជួរឈរគ្រួសារកសិករ (ឈ្មោះ &apos;households&apos;) វាជំនួសបញ្ជី</translation>
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
        <location filename="../../ui/trial_results_dialog.py" line="+80"/>
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
        <location line="+57"/>
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
        <location filename="../../ui/trial_results_model.py" line="+76"/>
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
        <location line="+81"/>
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
        <location filename="../../layers/measure_words.py" line="+32"/>
        <source>{top}-{bottom} cm</source>
        <translation>{top}-{bottom} ស.ម</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yield of {crop}</source>
        <translation>ទិន្នផល{crop}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour for {crop}</source>
        <translation>កម្លាំងពលកម្មសម្រាប់{crop}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross margin of {crop}</source>
        <translation>ប្រាក់ចំណេញដុលនៃ{crop}</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location filename="../../ui/trials_panel.py" line="+60"/>
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
        <location filename="../../ui/write_failures.py" line="+32"/>
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
        <location filename="../../ui/yield_dialog.py" line="+94"/>
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
        <location filename="../../ui/zonal_action.py" line="+44"/>
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
        <location line="+8"/>
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
        <location filename="../../layers/project_map.py" line="+66"/>
        <location filename="../../layers/season_report_map.py" line="+51"/>
        <location filename="../../layers/styles.py" line="+101"/>
        <source>Plots</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location filename="../../layers/styles.py" line="+163"/>
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
