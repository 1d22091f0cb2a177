"""Words for the column headers of CSV and Excel exports, for partners who read Khmer.

By default a table's header row holds its field names (``code``, ``area_ha``): QGIS,
GDAL and a re-import need them, and the README explains them. On request the header
row holds words instead ("Plot code", "Area (ha)"), said in the partner's language.
The words are messages (``msg("Plot code")``), translated like every other message of
the code below ui/ (context ``Messages``); :func:`header_texts` says them through the
caller's ``say``.

Most columns mean the same in every table that has them (``plot_code``, ``season``,
``notes``); a few (``id``, ``name``, ``code``) take their meaning from the table, and
:data:`TABLE_HEADERS` words them per table. A column with no word here (an imported
plot attribute, ``x_...``) keeps its name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from metkasekor_desktop.domain.messages import Message, msg
from metkasekor_desktop.domain.soil import INDICATOR_NAMES, INDICATORS, UNIT_WORDS

Say = Callable[[str], str]
"""How a message becomes the text written: ``str`` (English) or the user's language."""


def _indicator(key: str) -> Message:
    """The header of a soil indicator column: its name and unit, "Total nitrogen (%)"."""
    indicator = INDICATORS[key]
    name = INDICATOR_NAMES.get(key) or Message(indicator.name_en)
    if not indicator.unit:
        return name
    return msg("{indicator} ({unit})", indicator=name,
               unit=UNIT_WORDS.get(indicator.unit, indicator.unit))


COLUMN_HEADERS: dict[str, Message] = {
    # the plots table (see storage/export_data.py and storage/export_reading.py)
    "id": msg("Number"),
    "code": msg("Code"),
    "name": msg("Name"),
    "farmer_id": msg("Farmer number"),
    "farmer_name_kh": msg("Farmer name (Khmer)"),
    "farmer_name_latin": msg("Farmer name (Latin letters)"),
    "farmer_sex": msg("Farmer's sex"),
    "farmer_phone": msg("Farmer's phone"),
    "role": msg("Role"),
    "paired_plot_id": msg("Paired plot number"),
    "paired_code": msg("Paired plot code"),
    "area_ha": msg("Area (ha)"),
    "village_code": msg("Village code"),
    "village_name_kh": msg("Village (Khmer)"),
    "village_name_en": msg("Village (English)"),
    "commune_code": msg("Commune code"),
    "commune_name_kh": msg("Commune (Khmer)"),
    "commune_name_en": msg("Commune (English)"),
    "district_code": msg("District code"),
    "district_name_kh": msg("District (Khmer)"),
    "district_name_en": msg("District (English)"),
    "province_code": msg("Province code"),
    "province_name_kh": msg("Province (Khmer)"),
    "province_name_en": msg("Province (English)"),
    "soil_type": msg("Soil type"),
    "notes": msg("Notes"),
    "created_at": msg("Added on"),
    "modified_at": msg("Last changed on"),
    "stage": msg("Stage"),
    "season": msg("Season"),
    "plan_status": msg("Plan status"),
    "crops": msg("Crops"),
    "practices": msg("Practice keys"),
    "practice_names_en": msg("Practices (English)"),
    "practice_names_kh": msg("Practices (Khmer)"),
    "providers": msg("Service providers"),
    "planned_date": msg("Planned date"),
    "done_date": msg("Done date"),
    "plan_cost": msg("Plan cost (riel)"),
    "yield_t_ha": msg("Yield (t/ha)"),
    "yield_crop": msg("Crop of the yield"),
    "yields": msg("Yields of the crops (t/ha)"),
    # columns of the related tables (see storage/export_related.py)
    "plot_id": msg("Plot number"),
    "plot_code": msg("Plot code"),
    "season_id": msg("Season number"),
    "name_kh": msg("Name (Khmer)"),
    "name_latin": msg("Name (Latin letters)"),
    "name_en": msg("Name (English)"),
    "sex": msg("Sex"),
    "phone": msg("Phone"),
    "cooperative": msg("Cooperative"),
    "early_adopter": msg("Early adopter"),
    "year": msg("Year"),
    "kind": msg("Kind"),
    "start_date": msg("Start date"),
    "end_date": msg("End date"),
    "key": msg("Key"),
    "service": msg("Service"),
    "is_ca": msg("Conservation agriculture practice"),
    "description": msg("Description"),
    "services": msg("Services"),
    "contact_person": msg("Contact person"),
    "email": msg("Email"),
    "provinces": msg("Provinces served"),
    "status": msg("Status"),
    "cost": msg("Cost (riel)"),
    "plan_id": msg("Plan number"),
    "practice_id": msg("Practice number"),
    "practice_key": msg("Practice key"),
    "provider_id": msg("Provider number"),
    "provider_name": msg("Service provider"),
    "position": msg("Order"),
    "cover_crop_species": msg("Cover crop species"),
    "seed_rate_kg_ha": msg("Seed rate (kg/ha)"),
    "sowing_date": msg("Sowing date"),
    "termination_method": msg("Termination method"),
    "termination_date": msg("Termination date"),
    "residue_cover_pct": msg("Residue cover (%)"),
    "rotation_crop": msg("Rotation crop"),
    "intercrop": msg("Intercrop"),
    "trial_id": msg("Trial number"),
    "trial": msg("Trial"),
    "treatment": msg("Treatment"),
    "block": msg("Block"),
    "design": msg("Design"),
    "seasons": msg("Seasons"),
    "sample_date": msg("Sample date"),
    "depth_from_cm": msg("Depth from (cm)"),
    "depth_to_cm": msg("Depth to (cm)"),
    "method": msg("Method"),
    "lab": msg("Laboratory"),
    **{key: _indicator(key) for key in INDICATORS},
    "crop": msg("Crop"),
    "harvest_date": msg("Harvest date"),
    "sample_area_m2": msg("Sample area (m²)"),
    "fresh_weight_kg": msg("Fresh weight (kg)"),
    "moisture_pct": msg("Moisture (%)"),
    "labour_days": msg("Labour (person-days)"),
    "input_cost": msg("Input costs (riel/ha)"),
    "service_cost": msg("Service costs (riel/ha)"),
    "price_per_kg": msg("Price (riel/kg)"),
    "event_id": msg("Event number"),
    "event_date": msg("Event date"),
    "place": msg("Place"),
    "women": msg("Women"),
    "men": msg("Men"),
    "attendance_farmers": msg("Farmers attending"),
    "attendance_cooperatives": msg("Cooperative members attending"),
    "attendance_service_providers": msg("Service providers attending"),
    "attendance_companies": msg("Company staff attending"),
}

# Columns whose meaning is the table's: the record's own number, its name.
TABLE_HEADERS: dict[str, dict[str, Message]] = {
    "plots": {"id": msg("Plot number"), "code": msg("Plot code"), "name": msg("Plot name")},
    "farmers": {"id": msg("Farmer number")},
    "seasons": {"id": msg("Season number"), "name": msg("Season")},
    "practices": {"id": msg("Practice number"), "key": msg("Practice key")},
    "providers": {"id": msg("Provider number"), "name": msg("Service provider")},
    "plot_season_plans": {"id": msg("Plan number"), "status": msg("Plan status")},
    "plan_practices": {"id": msg("Row number")},
    "trials": {"id": msg("Trial number"), "name": msg("Trial")},
    "trial_members": {"id": msg("Row number")},
    "soil_samples": {"id": msg("Sample number")},
    "yield_records": {"id": msg("Record number")},
    "event_plots": {"id": msg("Row number")},
    "extension_events": {"id": msg("Event number")},
}


def header_word(column: str, table: str | None = None) -> Message | None:
    """The header of ``column`` (of the table named ``table``, when given) as a message;
    None when it has none (the column keeps its name)."""
    own = TABLE_HEADERS.get((table or "").strip().lower(), {})
    return own.get(column) or COLUMN_HEADERS.get(column)


def header_texts(columns: Iterable[str], say: Say, table: str | None = None
                 ) -> dict[str, str]:
    """Column name -> header text, said by ``say``, for each of ``columns`` that has a
    word here (of the table ``table``: "plots", "farmers", ...); the others are left
    out, so a writer heads them with their names. ``say=str`` gives the English."""
    out: dict[str, str] = {}
    for column in columns:
        word = header_word(column, table)
        if word is not None:
            out[column] = say(word)
    return out


__all__ = ["COLUMN_HEADERS", "TABLE_HEADERS", "header_texts", "header_word"]
