"""What each exported column means and in which unit, for partners reading our files.

One dictionary serves the Shapefile's ``*_fields.csv``, the GeoPackage column comments
and the partner package's README, so that every format explains a field the same way.
A table's own :attr:`ExportTable.descriptions` win over these defaults.
"""

from __future__ import annotations

from metkasekor_desktop.domain.enums import PlanStatus, PlotRole, Sex, Stage

FIELD_DOCS: dict[str, str] = {
    "id": "Number of the record in the project file (integer).",
    "code": "Plot code, unique in the project (text; keep leading zeros).",
    "name": "Plot name given by the officer (text).",
    "farmer_id": "Number of the farmer in the project's farmer register (integer).",
    "farmer_name_kh": "Name of the farmer in Khmer script.",
    "farmer_name_latin": "Name of the farmer in Latin letters.",
    "farmer_sex": "Sex of the farmer: female or male.",
    "farmer_phone": "Phone number of the farmer (text; keep leading zeros).",
    "role": "What the plot is for: demonstration, control or farmer_field (see codes).",
    "paired_plot_id": "Record number of the paired plot (integer).",
    "paired_code": "Code of the paired plot: the farmer-practice control of a demonstration "
                   "plot, or the demonstration plot of a control.",
    "area_ha": "Plot area in hectares (ha), measured in WGS 84 / UTM zone 48N.",
    "village_code": "Village code, 8 digits (text; keep leading zeros).",
    "village_name_kh": "Village name in Khmer.",
    "village_name_en": "Village name in English.",
    "commune_code": "Commune (khum/sangkat) code, 6 digits (text).",
    "commune_name_kh": "Commune name in Khmer.",
    "commune_name_en": "Commune name in English.",
    "district_code": "District (srok/krong/khan) code, 4 digits (text).",
    "district_name_kh": "District name in Khmer.",
    "district_name_en": "District name in English.",
    "province_code": "Province (khaet) code, 2 digits (text).",
    "province_name_kh": "Province name in Khmer.",
    "province_name_en": "Province name in English.",
    "soil_type": "Soil type noted for the plot (text).",
    "notes": "Free notes about the plot (text).",
    "created_at": "Date the plot was added to the register (date).",
    "modified_at": "Date the plot was last changed (date).",
    "stage": "Stage of the MetKasekor model reached at the plot's site (see codes).",
    "season": "Cropping season of the plan, e.g. '2024 early wet'.",
    "plan_status": "Status of the season plan: planned, done or cancelled.",
    "crops": "Crops grown in the season, separated by ';'.",
    "practices": "Keys of the conservation-agriculture practices planned for the season, "
                 "separated by ';' (see codes).",
    "practice_names_en": "Names of the season's practices in English, separated by ';'.",
    "practice_names_kh": "Names of the season's practices in Khmer, separated by ';'.",
    "providers": "Service providers hired for the season's practices, separated by ';'.",
    "planned_date": "Date the season's practices are planned (date).",
    "done_date": "Date the season's practices were done (date).",
    "plan_cost": "Total cost of the season plan in riel (KHR).",
    "yield_t_ha": "Yield of the main crop (named in yield_crop) in tonnes per hectare (t/ha) "
                  "at the crop's standard moisture. The yields of two crops are never "
                  "averaged: see yields for every crop.",
    "yield_crop": "Crop whose yield is in yield_t_ha: the first crop of the season plan that "
                  "was harvested.",
    "yields": "Yield of every crop harvested in the season in t/ha, e.g. 'maize 4.33; "
              "cowpea 1.17' (in Excel: Data > Text to Columns, separator ';').",
    # columns of related tables
    "key": "Stable short key (text).",
    "name_en": "Name in English.",
    "name_kh": "Name in Khmer.",
    "kind": "Kind (a fixed code, see codes).",
    "plot_code": "Code of the plot the row belongs to (text).",
    "year": "Year (integer).",
    "start_date": "First day (date).",
    "end_date": "Last day (date).",
}

# The closed vocabularies a partner meets in the data, with their meaning.
CODE_DOCS: dict[str, dict[str, str]] = {
    "role": {
        PlotRole.DEMONSTRATION.value: "demonstration plot with conservation-agriculture "
                                      "practices",
        PlotRole.CONTROL.value: "farmer-practice control plot paired with a demonstration plot",
        PlotRole.FARMER_FIELD.value: "a farmer's own field followed by the programme",
    },
    "farmer_sex": {Sex.FEMALE.value: "female", Sex.MALE.value: "male"},
    "plan_status": {
        PlanStatus.PLANNED.value: "planned, not yet done",
        PlanStatus.DONE.value: "done",
        PlanStatus.CANCELLED.value: "cancelled",
    },
    "stage": {
        Stage.IDENTIFICATION.value: "1. identification of farmers and providers",
        Stage.DEMAND_CREATION_MEETING.value: "2. demand creation meeting",
        Stage.FIELD_SHOWCASE.value: "3. field showcase",
        Stage.COMMERCIAL_DEMONSTRATION.value: "4. commercial demonstration",
        Stage.ANNUAL_MEETING.value: "5. annual meeting",
        Stage.PROMOTIONAL_MEETING.value: "6. promotional meeting with companies",
    },
}

ADMIN_CODES_DOC = (
    "Administrative codes are text and their leading zeros matter: province 2 digits "
    "(Battambang 02, Preah Vihear 13), district 4 digits (the province code and 2 more, "
    "e.g. 0207), commune 6 digits, village 8 digits."
)


def describe(column: str, descriptions: dict[str, str] | None = None) -> str:
    """The meaning and unit of ``column``: the table's own description, else ours."""
    if descriptions and descriptions.get(column):
        return descriptions[column]
    return FIELD_DOCS.get(column, "")
