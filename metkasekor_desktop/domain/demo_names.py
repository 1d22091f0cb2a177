"""Fixed lists the demo project draws from: names, notes, district boxes, providers.

Kept apart from :mod:`demo` so that the generator reads as an algorithm and these
tables can be corrected (a spelling, a box) without touching it.
"""

from __future__ import annotations

from metkasekor_desktop.domain.enums import ProviderKind, Service

# Khmer family names (written first) with the usual Latin spelling.
FAMILY_NAMES: tuple[tuple[str, str], ...] = (
    ("សុខ", "Sok"), ("ចាន់", "Chan"), ("ហេង", "Heng"), ("គឹម", "Kim"), ("លី", "Ly"),
    ("ម៉ៅ", "Mao"), ("ស៊ុន", "Sun"), ("ទេព", "Tep"), ("កែវ", "Keo"), ("ជា", "Chea"),
    ("ឈឹម", "Chhim"), ("ប៊ុន", "Bun"), ("ពេជ្រ", "Pich"), ("ញឹម", "Nhim"), ("យឹម", "Yim"),
    ("ស៊ិន", "Sin"), ("មាស", "Meas"), ("អ៊ុំ", "Um"), ("សួន", "Suon"), ("ខៀវ", "Khieu"),
    ("នួន", "Nuon"), ("សេង", "Seng"), ("ឡុង", "Long"), ("ព្រំ", "Prom"), ("វង្ស", "Vong"),
    ("អ៊ុក", "Ouk"), ("ឯម", "Em"), ("ថាច់", "Thach"), ("ម៉ម", "Mom"), ("ឃុន", "Khun"),
    ("ពៅ", "Pov"), ("ឌួង", "Duong"),
)

MALE_GIVEN_NAMES: tuple[tuple[str, str], ...] = (
    ("ចាន់", "Chan"), ("សុផល", "Sophal"), ("វិចិត្រ", "Vichet"), ("ដារ៉ា", "Dara"),
    ("សំណាង", "Samnang"), ("វណ្ណា", "Vanna"), ("សុខា", "Sokha"), ("រដ្ឋា", "Rotha"),
    ("វុទ្ធី", "Vuthy"), ("សុវណ្ណ", "Sovann"), ("ពិសិដ្ឋ", "Piseth"), ("សម្បត្តិ", "Sambath"),
    ("វិសាល", "Visal"), ("បូរ៉ា", "Bora"), ("សុធា", "Sothea"), ("មករា", "Makara"),
    ("ចំរើន", "Chamroeun"), ("សារឿន", "Saroeun"), ("សុខុម", "Sokhom"), ("ធឿន", "Thoeun"),
    ("សុភាព", "Sopheap"), ("ផល្លា", "Phalla"), ("រស្មី", "Reaksmey"),
)

FEMALE_GIVEN_NAMES: tuple[tuple[str, str], ...] = (
    ("បុប្ផា", "Bopha"), ("សុភា", "Sophea"), ("ស្រីមុំ", "Sreymom"), ("ស្រីពៅ", "Sreypov"),
    ("ចន្ធូ", "Chanthou"), ("ពិសី", "Pisey"), ("ធារី", "Theary"), ("ចាន់ថា", "Chantha"),
    ("សុគន្ធា", "Sokunthea"), ("ចិន្តា", "Chenda"), ("ធីតា", "Thida"), ("លក្ខិណា", "Leakhena"),
    ("ស្រីល័ក្ខ", "Sreyleak"), ("កញ្ញា", "Kanha"), ("ចន្ទ្រា", "Chantrea"), ("ណារី", "Neary"),
    ("រចនា", "Rachna"), ("សុម៉ាលី", "Somaly"), ("សុខា", "Sokha"), ("វណ្ណា", "Vanna"),
)

# Mobile prefixes in use in Cambodia; Metfone's take seven more digits, the rest six.
PHONE_PREFIXES_9: tuple[str, ...] = (
    "012", "017", "077", "078", "085", "089", "092", "095", "010", "015", "016", "069",
    "070", "081", "086", "087", "093", "098",
)
PHONE_PREFIXES_10: tuple[str, ...] = ("097", "088", "071")

# "Agricultural cooperative" in Khmer; a cooperative is named after its commune.
COOPERATIVE_KH = "សហគមន៍កសិកម្ម"

PLOT_NOTES_KH: tuple[str, ...] = (
    "ដីជម្រាលបន្តិច",  # slightly sloping land
    "នៅជិតផ្លូវ",  # next to the road
    "ទឹកដក់ពេលភ្លៀងខ្លាំង",  # water stands after heavy rain
    "កសិករចង់សាកល្បងដំណាំគម្របដី",  # the farmer wants to try cover crops
    "ដីមានខ្សាច់ច្រើន",  # sandy soil
    "ធ្លាប់ដុតកាកសំណល់ដំណាំ",  # residues used to be burnt
)

# Soil groups by district, the first the most common.
SOIL_TYPES: dict[str, tuple[str, ...]] = {
    "0207": ("Ferralsol", "Luvisol", "Acrisol", "Cambisol"),
    "0210": ("Vertisol", "Luvisol", "Cambisol", "Ferralsol"),
    "1305": ("Acrisol", "Ferralsol", "Cambisol", "Luvisol"),
}
SOIL_TYPES_OTHER = ("Luvisol", "Acrisol", "Cambisol", "Ferralsol", "Vertisol")

# Approximate boxes (west, south, east, north) in degrees; the gazetteer has no
# coordinates. Boxes may touch or overlap: plots are placed in exclusive tiles.
PROVINCE_BOXES: dict[str, tuple[float, float, float, float]] = {
    "02": (102.34, 12.45, 103.75, 13.65),
    "13": (104.30, 13.15, 105.95, 14.40),
}
# Boxes of the other provinces, for national-scale demos: rough and smaller than the
# provinces, drawn so that no two boxes of either dict overlap (their tiles never do).
# Pailin is left out: it lies inside Battambang's box.
NATIONAL_BOXES: dict[str, tuple[float, float, float, float]] = {
    "01": (102.50, 13.66, 103.30, 14.15),  # Banteay Meanchey
    "03": (104.90, 11.85, 105.45, 12.30),  # Kampong Cham
    "04": (103.95, 11.90, 104.80, 12.34),  # Kampong Chhnang
    "05": (103.90, 11.20, 104.60, 11.84),  # Kampong Speu
    "06": (104.30, 12.35, 105.40, 13.10),  # Kampong Thom
    "07": (103.80, 10.55, 104.29, 11.15),  # Kampot
    "08": (104.65, 11.05, 105.10, 11.44),  # Kandal
    "09": (102.90, 11.00, 103.70, 11.85),  # Koh Kong
    "10": (105.50, 12.35, 106.60, 13.10),  # Kratie
    "11": (106.65, 11.90, 107.50, 13.10),  # Mondul Kiri
    "12": (104.75, 11.45, 105.00, 11.75),  # Phnom Penh
    "14": (105.11, 11.00, 105.70, 11.44),  # Prey Veng
    "15": (102.70, 11.90, 103.90, 12.44),  # Pursat
    "16": (106.95, 13.40, 107.55, 14.50),  # Ratanak Kiri
    "17": (103.80, 13.12, 104.25, 14.00),  # Siem Reap
    "18": (103.40, 10.55, 103.79, 10.95),  # Preah Sihanouk
    "19": (106.00, 13.20, 106.90, 14.30),  # Stung Treng
    "20": (105.71, 10.95, 106.15, 11.40),  # Svay Rieng
    "21": (104.30, 10.70, 104.95, 11.04),  # Takeo
    "22": (103.35, 14.05, 104.25, 14.45),  # Oddar Meanchey
    "23": (104.30, 10.45, 104.45, 10.60),  # Kep
    "25": (105.50, 11.45, 106.20, 12.30),  # Tbong Khmum
}
DISTRICT_BOXES: dict[str, tuple[float, float, float, float]] = {
    "0201": (103.00, 12.85, 103.25, 13.05),  # Banan
    "0202": (102.95, 13.20, 103.25, 13.45),  # Thma Koul
    "0203": (103.15, 13.03, 103.28, 13.17),  # Battambang town
    "0204": (102.75, 13.15, 103.05, 13.45),  # Bavel
    "0205": (103.20, 13.15, 103.45, 13.40),  # Aek Phnum
    "0206": (103.25, 12.70, 103.60, 13.00),  # Moung Ruessei
    "0207": (102.85, 12.70, 103.05, 12.95),  # Ratanak Mondul
    "0208": (103.25, 12.95, 103.55, 13.20),  # Sangkae
    "0209": (102.60, 12.45, 102.95, 12.75),  # Samlout
    "0210": (102.36, 13.35, 102.55, 13.60),  # Sampov Loun
    "0211": (102.55, 13.15, 102.80, 13.40),  # Phnum Proek
    "0212": (102.45, 12.90, 102.70, 13.15),  # Kamrieng
    "0213": (103.30, 12.45, 103.65, 12.75),  # Koas Krala
    "0214": (103.05, 12.70, 103.30, 12.90),  # Rukh Kiri
    "1301": (105.10, 13.50, 105.50, 13.90),  # Chey Saen
    "1302": (105.30, 13.85, 105.70, 14.25),  # Chhaeb
    "1303": (104.75, 14.05, 105.20, 14.40),  # Choam Ksan
    "1304": (104.45, 13.70, 104.80, 14.05),  # Kuleaen
    "1305": (104.85, 13.25, 105.25, 13.55),  # Rovieng
    "1306": (104.55, 13.30, 104.90, 13.65),  # Sangkum Thmei
    "1307": (104.85, 13.70, 105.15, 13.95),  # Tbaeng Mean Chey
    "1308": (104.95, 13.75, 105.05, 13.85),  # Preah Vihear town
}

# Invented providers: (name, kind, services, province codes, contact person).
PROVIDERS: tuple[tuple[str, ProviderKind, tuple[Service, ...], tuple[str, ...], str], ...] = (
    ("Angkor Cover Seeds Co.", ProviderKind.COVER_CROP_SEED_COMPANY,
     (Service.COVER_CROP_SEED,), ("02", "13"), "Heng Sokha"),
    ("Battambang No-Till Services", ProviderKind.MACHINERY_SERVICE,
     (Service.NO_TILL_PLANTING, Service.ROLLER_CRIMPING, Service.HARVESTING), ("02",),
     "Chea Vuthy"),
    ("Rovieng Machinery Hire", ProviderKind.MACHINERY_SERVICE,
     (Service.NO_TILL_PLANTING, Service.ROLLER_CRIMPING, Service.LAND_LEVELLING), ("13",),
     "Keo Dara"),
    ("Green Field Inputs", ProviderKind.INPUT_SUPPLIER,
     (Service.INPUTS, Service.SPRAYING), ("02", "13"), "Ly Sreymom"),
    ("សហគមន៍កសិកម្មស្ដៅ (Sdau Agricultural Cooperative)", ProviderKind.COOPERATIVE,
     (Service.COVER_CROP_SEED, Service.NO_TILL_PLANTING, Service.TRAINING), ("02",),
     "Sok Bopha"),
    ("PDAFF Battambang", ProviderKind.PDAFF, (Service.TRAINING,), ("02",), "Meas Sothea"),
    ("PDAFF Preah Vihear", ProviderKind.PDAFF, (Service.TRAINING,), ("13",), "Prom Chenda"),
)

# Cover crop seed rates (kg/ha) as sown in the region.
SEED_RATES: dict[str, tuple[float, float]] = {
    "Stylosanthes guianensis": (5.0, 10.0),
    "Crotalaria juncea": (30.0, 50.0),
    "Crotalaria ochroleuca": (10.0, 20.0),
    "Brachiaria ruziziensis": (8.0, 15.0),
    "Vigna unguiculata": (20.0, 40.0),
    "Cajanus cajan": (15.0, 30.0),
    "Mucuna pruriens": (40.0, 60.0),
    "Vigna umbellata": (25.0, 40.0),
}

# Places of meetings, in Khmer: "commune hall", "pagoda", "village chief's house".
MEETING_PLACES_KH: tuple[str, ...] = ("សាលាឃុំ", "វត្ត", "ផ្ទះមេភូមិ")
