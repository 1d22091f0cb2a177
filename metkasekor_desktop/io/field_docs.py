"""What each exported column means and in which unit, for partners reading our files.

One dictionary serves the Shapefile's ``*_fields.csv``, the GeoPackage column comments
and the partner package's README, so that every format explains a field the same way.
A table's own :attr:`ExportTable.descriptions` win over these defaults.

The descriptions are messages: a writer says them in the partner's language through its
``say`` (English, as written here, by default).
"""

from __future__ import annotations

from metkasekor_desktop.domain.enums import PlanStatus, PlotRole, Sex, Stage
from metkasekor_desktop.domain.messages import Message, msg

FIELD_DOCS: dict[str, Message] = {
    "id": msg("Number of the record in the project file (integer)."),
    "code": msg("Plot code, unique in the project (text; keep leading zeros)."),
    "name": msg("Plot name given by the officer (text)."),
    "farmer_id": msg("Number of the farmer in the project's farmer register (integer)."),
    "farmer_name_kh": msg("Name of the farmer in Khmer script."),
    "farmer_name_latin": msg("Name of the farmer in Latin letters."),
    "farmer_sex": msg("Sex of the farmer: female or male."),
    "farmer_phone": msg("Phone number of the farmer (text; keep leading zeros)."),
    "role": msg("What the plot is for: demonstration, control or farmer_field (see codes)."),
    "paired_plot_id": msg("Record number of the paired plot (integer)."),
    "paired_code": msg("Code of the paired plot: the farmer-practice control of a demonstration "
                       "plot, or the demonstration plot of a control."),
    "area_ha": msg("Plot area in hectares (ha), measured in WGS 84 / UTM zone 48N."),
    "village_code": msg("Village code, 8 digits (text; keep leading zeros)."),
    "village_name_kh": msg("Village name in Khmer."),
    "village_name_en": msg("Village name in English."),
    "commune_code": msg("Commune (khum/sangkat) code, 6 digits (text)."),
    "commune_name_kh": msg("Commune name in Khmer."),
    "commune_name_en": msg("Commune name in English."),
    "district_code": msg("District (srok/krong/khan) code, 4 digits (text)."),
    "district_name_kh": msg("District name in Khmer."),
    "district_name_en": msg("District name in English."),
    "province_code": msg("Province (khaet) code, 2 digits (text)."),
    "province_name_kh": msg("Province name in Khmer."),
    "province_name_en": msg("Province name in English."),
    "soil_type": msg("Soil type noted for the plot (text)."),
    "notes": msg("Free notes about the plot (text)."),
    "created_at": msg("Date the plot was added to the register (date)."),
    "modified_at": msg("Date the plot was last changed (date)."),
    "stage": msg("Stage of the MetKasekor model reached at the plot's site (see codes)."),
    "season": msg("Cropping season of the plan, e.g. '2024 early wet'."),
    "plan_status": msg("Status of the season plan: planned, done or cancelled."),
    "crops": msg("Crops grown in the season, separated by ';'."),
    "practices": msg("Keys of the conservation-agriculture practices planned for the season, "
                     "separated by ';' (see codes)."),
    "practice_names_en": msg("Names of the season's practices in English, separated by ';'."),
    "practice_names_kh": msg("Names of the season's practices in Khmer, separated by ';'."),
    "providers": msg("Service providers hired for the season's practices, separated by ';'."),
    "planned_date": msg("Date the season's practices are planned (date)."),
    "done_date": msg("Date the season's practices were done (date)."),
    "plan_cost": msg("Total cost of the season plan in riel (KHR)."),
    "yield_t_ha": msg("Yield of the main crop (named in yield_crop) in tonnes per hectare (t/ha) "
                      "at the crop's standard moisture. The yields of two crops are never "
                      "averaged: see yields for every crop."),
    "yield_crop": msg("Crop whose yield is in yield_t_ha: the first crop of the season plan that "
                      "was harvested."),
    "yields": msg("Yield of every crop harvested in the season in t/ha, e.g. 'maize 4.33; "
                  "cowpea 1.17' (in Excel: Data > Text to Columns, separator ';')."),
    # columns of related tables
    "key": msg("Stable short key (text)."),
    "name_en": msg("Name in English."),
    "name_kh": msg("Name in Khmer."),
    "kind": msg("Kind (a fixed code, see codes)."),
    "plot_code": msg("Code of the plot the row belongs to (text)."),
    "year": msg("Year (integer)."),
    "start_date": msg("First day (date)."),
    "end_date": msg("Last day (date)."),
}

# The closed vocabularies a partner meets in the data, with their meaning.
CODE_DOCS: dict[str, dict[str, Message]] = {
    "role": {
        PlotRole.DEMONSTRATION.value: msg("demonstration plot with conservation-agriculture "
                                          "practices"),
        PlotRole.CONTROL.value: msg("farmer-practice control plot paired with a "
                                    "demonstration plot"),
        PlotRole.FARMER_FIELD.value: msg("a farmer's own field followed by the programme"),
    },
    "farmer_sex": {Sex.FEMALE.value: msg("female"), Sex.MALE.value: msg("male")},
    "plan_status": {
        PlanStatus.PLANNED.value: msg("planned, not yet done"),
        PlanStatus.DONE.value: msg("done"),
        PlanStatus.CANCELLED.value: msg("cancelled"),
    },
    "stage": {
        Stage.IDENTIFICATION.value: msg("1. identification of farmers and providers"),
        Stage.DEMAND_CREATION_MEETING.value: msg("2. demand creation meeting"),
        Stage.FIELD_SHOWCASE.value: msg("3. field showcase"),
        Stage.COMMERCIAL_DEMONSTRATION.value: msg("4. commercial demonstration"),
        Stage.ANNUAL_MEETING.value: msg("5. annual meeting"),
        Stage.PROMOTIONAL_MEETING.value: msg("6. promotional meeting with companies"),
    },
}

ADMIN_CODES_DOC = msg(
    "Administrative codes are text and their leading zeros matter: province 2 digits "
    "(Battambang 02, Preah Vihear 13), district 4 digits (the province code and 2 more, "
    "e.g. 0207), commune 6 digits, village 8 digits."
)


def describe(column: str, descriptions: dict[str, str] | None = None) -> str:
    """The meaning and unit of ``column``: the table's own description, else ours (a
    message; "" when neither knows the column)."""
    if descriptions and descriptions.get(column):
        return descriptions[column]
    return FIELD_DOCS.get(column, "")
