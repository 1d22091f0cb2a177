<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km" sourcelanguage="en">
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
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../ui/identify_panel.py" line="+20"/>
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
    <name>LanguageMenu</name>
    <message>
        <location filename="../../ui/language.py" line="+72"/>
        <source>&amp;Language</source>
        <translation>ភាសា(&amp;L)</translation>
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
        <location filename="../../ui/main_window.py" line="+53"/>
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
        <location line="+35"/>
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
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>មើល(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+25"/>
        <source>Cannot open project</source>
        <translation>មិនអាចបើកគម្រោងបានទេ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened {0}</source>
        <translation>បានបើក {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>About MetKasekor Desktop</source>
        <translation>អំពី MetKasekor Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;MetKasekor Desktop&lt;/b&gt; {0}&lt;br&gt;Plot planning for conservation agriculture extension (មិត្តកសិករ).&lt;br&gt;Khmer font: Noto Sans Khmer, SIL Open Font License.</source>
        <translation>&lt;b&gt;MetKasekor Desktop&lt;/b&gt; {0}&lt;br&gt;ការរៀបចំផែនការក្បាលដី សម្រាប់ការផ្សព្វផ្សាយកសិកម្មបែបអភិរក្ស (មិត្តកសិករ)។&lt;br&gt;ពុម្ពអក្សរខ្មែរ៖ Noto Sans Khmer, អាជ្ញាប័ណ្ណ SIL Open Font License។</translation>
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
        <location filename="../../ui/map_layers.py" line="+44"/>
        <source>Plots</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some layers were left out</source>
        <translation>ស្រទាប់ខ្លះមិនត្រូវបានបើក</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+4"/>
        <source>Build overviews?</source>
        <translation>បង្កើតរូបភាពសង្ខេប?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} has no overviews, so it draws slowly when zoomed out. Build them now? A file {0}.ovr is written beside it; the raster itself is not changed.</source>
        <translation>{0} មិនមានរូបភាពសង្ខេបទេ ដូច្នេះវាបង្ហាញយឺតពេលពង្រួម។ បង្កើតឥឡូវនេះ? ឯកសារ {0}.ovr នឹងត្រូវសរសេរនៅក្បែរវា ហើយរ៉ាស្ទ័រខ្លួនឯងមិនត្រូវបានកែប្រែទេ។</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Build overviews</source>
        <translation>បង្កើតរូបភាពសង្ខេប</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a raster layer in the layer panel first.</source>
        <translation>សូមជ្រើសស្រទាប់រ៉ាស្ទ័រក្នុងផ្ទាំងស្រទាប់ជាមុនសិន។</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+4"/>
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
        <location filename="../../ui/status_bar.py" line="+41"/>
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
        <location line="+10"/>
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
        <location line="+9"/>
        <source>{0} plots, {1} selected</source>
        <translation>ក្បាលដី {0} (បានជ្រើសរើស {1})</translation>
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
    <name>PlotStyleDialog</name>
    <message>
        <location filename="../../ui/style_dialog.py" line="+34"/>
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
    <name>PlotsTableModel</name>
    <message>
        <location filename="../../ui/plots_table.py" line="+134"/>
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
        <source>Role</source>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area (ha)</source>
        <translation>ផ្ទៃដី (ហិកតា)</translation>
    </message>
</context>
<context>
    <name>PlotsTableWidget</name>
    <message>
        <location line="+34"/>
        <source>Search code, farmer or village…</source>
        <translation>ស្វែងរកលេខកូដ កសិករ ឬភូមិ…</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <location filename="../../ui/project_files.py" line="+17"/>
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
        <location line="+2"/>
        <source>Export plots as &amp;Shapefile…</source>
        <translation>នាំចេញក្បាលដីជា Shapefile(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zipped Shapefile, UTF-8, for partners</source>
        <translation>Shapefile ក្នុងឯកសារ zip (UTF-8) សម្រាប់ដៃគូ</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+16"/>
        <source>Export plots as Shapefile</source>
        <translation>នាំចេញក្បាលដីជា Shapefile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zipped Shapefile (*.zip)</source>
        <translation>Shapefile ក្នុងឯកសារ zip (*.zip)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export failed</source>
        <translation>ការនាំចេញមិនបានសម្រេច</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported {0} plots to {1}</source>
        <translation>បាននាំចេញក្បាលដីចំនួន {0} ទៅ {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no recent projects)</source>
        <translation>(មិនទាន់មានគម្រោងដែលបានបើកថ្មីៗ)</translation>
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
        <location filename="../../ui/raster_style_dialog.py" line="+29"/>
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
    <name>styles</name>
    <message>
        <location filename="../../layers/styles.py" line="+99"/>
        <source>Plots</source>
        <translation>ក្បាលដី</translation>
    </message>
    <message>
        <location line="+161"/>
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
        <location line="+91"/>
        <source>Other combinations</source>
        <translation>បន្សំផ្សេងទៀត</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Other crops</source>
        <translation>ដំណាំផ្សេងទៀត</translation>
    </message>
</context>
</TS>
