"""The catalogue of conservation-agriculture practices and the details each records."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import cast

from metkasekor_desktop.domain.enums import PracticeKind, Service, TerminationMethod, parse_enum
from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.messages import msg


@dataclass(slots=True, kw_only=True)
class Practice:
    """One entry of the editable catalogue. ``key`` is stable; names may be renamed."""

    id: int | None = None
    # The stored row's version when this was read: a write checks it (nobody else
    # changed the row since). None: not read from a project.
    version: int | None = field(default=None, compare=False)
    key: str
    name_en: str
    name_kh: str = ""
    kind: PracticeKind | str  # str: stored text that names no member (see read_enum)
    service: Service | str | None = None  # the service a provider must offer for it
    is_ca: bool = True  # False for the farmer's conventional practice (the control)
    description: str = ""

    def validated(self) -> Practice:
        self.kind = parse_enum(PracticeKind, self.kind, "kind")
        self.service = parse_enum(Service, self.service, "service") if self.service else None
        self.key = self.key.strip()
        if not self.key:
            raise ValidationError(field="key", message=msg(
                "A practice needs a short key, e.g. no_till."))
        if not (self.name_en.strip() or self.name_kh.strip()):
            raise ValidationError(field="name_en", message=msg(
                "A practice needs a name in English or Khmer."))
        return self

    @property
    def detail_fields(self) -> tuple[str, ...]:
        """The details a plan records for this practice; none for a kind written by
        another program that is not one of ours."""
        return DETAIL_FIELDS.get(self.kind, ())


@dataclass(slots=True, kw_only=True)
class PracticeDetails:
    """Details of one practice on one plot in one season; only the kind's fields are used."""

    cover_crop_species: str = ""
    seed_rate_kg_ha: float | None = None
    sowing_date: date | None = None
    termination_method: TerminationMethod | None = None
    termination_date: date | None = None
    residue_cover_pct: float | None = None
    rotation_crop: str = ""
    intercrop: str = ""

    def validated(self) -> PracticeDetails:
        if self.seed_rate_kg_ha is not None and not 0 < self.seed_rate_kg_ha <= 200:
            raise ValidationError(field="seed_rate_kg_ha", message=msg(
                "A seed rate of {rate} kg/ha is not plausible "
                "(expected more than 0 and at most 200 kg/ha).", rate=self.seed_rate_kg_ha))
        if self.residue_cover_pct is not None and not 0 <= self.residue_cover_pct <= 100:
            raise ValidationError(field="residue_cover_pct", message=msg(
                "Residue cover must be 0-100 %, not {cover}.", cover=self.residue_cover_pct))
        if self.termination_method is not None:
            self.termination_method = parse_enum(
                TerminationMethod, self.termination_method, "termination_method"
            )
        if self.sowing_date and self.termination_date and self.termination_date < self.sowing_date:
            raise ValidationError(field="termination_date", message=msg(
                "The cover crop cannot be terminated before it is sown."))
        return self

    def as_dict(self) -> dict[str, object]:
        """Only the fields that hold a value, for storage as JSON."""
        out: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value in (None, ""):
                continue
            if isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, TerminationMethod):
                value = value.value
            out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, object] | None) -> PracticeDetails:
        data = dict(data or {})
        for name in ("sowing_date", "termination_date"):
            if isinstance(data.get(name), str):
                data[name] = date.fromisoformat(data[name])  # type: ignore[arg-type]
        if data.get("termination_method"):
            data["termination_method"] = TerminationMethod(cast(str, data["termination_method"]))
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})  # type: ignore[arg-type]


DETAIL_FIELDS: dict[str, tuple[str, ...]] = {  # by PracticeKind
    PracticeKind.NO_TILL: (),
    PracticeKind.COVER_CROP: (
        "cover_crop_species",
        "seed_rate_kg_ha",
        "sowing_date",
        "termination_method",
        "termination_date",
    ),
    PracticeKind.RESIDUE_RETENTION: ("residue_cover_pct",),
    PracticeKind.ROTATION: ("rotation_crop",),
    PracticeKind.INTERCROPPING: ("intercrop",),
    PracticeKind.LAND_LEVELLING: (),
    PracticeKind.CROP_PROTECTION: (),
    PracticeKind.INTEGRATED_FARMING: (),
    PracticeKind.CONVENTIONAL: (),
}

COVER_CROP_SPECIES = (
    "Stylosanthes guianensis",
    "Crotalaria juncea",  # sunn hemp
    "Crotalaria ochroleuca",  # slender-leaf rattlebox
    "Brachiaria ruziziensis",
    "Vigna unguiculata",  # cowpea
    "Cajanus cajan",  # pigeon pea
    "Mucuna pruriens",  # velvet bean
    "Vigna umbellata",  # rice bean
)


def default_catalogue() -> list[Practice]:
    """The practices a new project starts with (DOMAIN.md); the user may edit them."""
    return [
        Practice(key="no_till", name_en="No-till / direct seeding",
                 name_kh="ការដាំដុះដោយមិនភ្ជួររាស់", kind=PracticeKind.NO_TILL,
                 service=Service.NO_TILL_PLANTING),
        Practice(key="cover_crop", name_en="Cover crop", name_kh="ដំណាំគម្របដី",
                 kind=PracticeKind.COVER_CROP, service=Service.COVER_CROP_SEED),
        Practice(key="residue_retention", name_en="Crop residue retention",
                 name_kh="ការរក្សាកាកសំណល់ដំណាំ", kind=PracticeKind.RESIDUE_RETENTION),
        Practice(key="rotation", name_en="Crop rotation", name_kh="ការដាំដំណាំឆ្លាស់",
                 kind=PracticeKind.ROTATION),
        Practice(key="intercropping", name_en="Intercropping / relay cropping",
                 name_kh="ការដាំដំណាំចម្រុះ", kind=PracticeKind.INTERCROPPING),
        Practice(key="land_levelling", name_en="Land levelling", name_kh="ការពង្រាបដី",
                 kind=PracticeKind.LAND_LEVELLING, service=Service.LAND_LEVELLING),
        Practice(key="agroecological_protection", name_en="Agro-ecological crop protection",
                 name_kh="ការការពារដំណាំបែបកសិអេកូឡូស៊ី", kind=PracticeKind.CROP_PROTECTION,
                 service=Service.SPRAYING),
        Practice(key="integrated_farming", name_en="Integrated farming",
                 name_kh="កសិកម្មចម្រុះ", kind=PracticeKind.INTEGRATED_FARMING),
        Practice(key="conventional", name_en="Farmer practice (ploughing, no cover)",
                 name_kh="ការអនុវត្តរបស់កសិករ (ភ្ជួររាស់)", kind=PracticeKind.CONVENTIONAL,
                 is_ca=False),
    ]


__all__ = [
    "COVER_CROP_SPECIES",
    "DETAIL_FIELDS",
    "Practice",
    "PracticeDetails",
    "default_catalogue",
]
