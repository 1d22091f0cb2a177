"""Coordinates typed by an officer: decimal degrees, degrees-minutes-seconds, UTM 48N.

Field notes and GPS units give coordinates in many spellings ("103,1234", "103°05'12.3\"E",
"12 45.5 N", Khmer digits); they are read here, and a value that cannot be read, is out of
range or looks swapped is refused with a message that says what to type instead.
"""

from __future__ import annotations

import re

from metkasekor_desktop.domain.errors import ValidationError
from metkasekor_desktop.domain.messages import Message, msg

# Cambodia in degrees and in UTM 48N metres, with a margin: values outside are refused or
# flagged as swapped.
CAMBODIA_LON = (102.0, 108.0)
CAMBODIA_LAT = (9.5, 15.0)
UTM_EASTING = (166_000.0, 834_000.0)
UTM_NORTHING = (1_100_000.0, 1_650_000.0)

_KHMER_DIGITS = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")
_DEGREE = "°º˚"
_MINUTE = "'′’‘`´"
_SECOND = "\"″”“"
_NAMES = {"lon": msg("longitude"), "lat": msg("latitude")}
_METRE_NAMES = {"easting": msg("easting"), "northing": msg("northing")}
_HEMISPHERES = {"lon": "EW", "lat": "NS"}
_LIMITS = {"lon": 180.0, "lat": 90.0}
_EXAMPLES = {
    "lon": "104.9160 or 104°54'57.6\"E",
    "lat": "11.5564 or 11°33'23.0\"N",
}
_NUMBER = re.compile(r"\d+(?:\.\d*)?|\.\d+")


def _axis_name(axis: str) -> Message:
    if axis not in _NAMES:
        raise ValueError(msg("axis must be 'lon' or 'lat', not {axis!r}", axis=axis))
    return _NAMES[axis]


def _refuse(axis: str, text: str, why: Message) -> ValidationError:
    name = _axis_name(axis)
    return ValidationError(axis, msg(
        "'{text}' is not a {name}: {why}. Type decimal degrees or degrees, minutes "
        "and seconds, for example {example}.",
        text=text.strip(), name=name, why=why, example=_EXAMPLES[axis]))


def _normalise(text: str) -> str:
    """Khmer digits to ASCII, decimal commas to points, symbols to one spelling each."""
    s = text.strip().translate(_KHMER_DIGITS).replace(",", ".")
    s = s.replace("''", '"')
    for ch in _DEGREE:
        s = s.replace(ch, "°")
    for ch in _MINUTE:
        s = s.replace(ch, "'")
    for ch in _SECOND:
        s = s.replace(ch, '"')
    return s.replace("\u2212", "-")


def _parse_raw(text: str, axis: str) -> tuple[float, str]:
    """Unsigned-range-free degrees and the hemisphere letter ("" when none) of a text."""
    if text is None or not str(text).strip():
        raise _refuse(axis, "", msg("the field is empty"))
    s = _normalise(str(text)).upper()
    hemisphere = ""
    match = re.fullmatch(r"\s*([NSEW])?\s*(.*?)\s*([NSEW])?\s*", s)
    if match is None:  # pragma: no cover - the pattern matches every string
        raise _refuse(axis, text, msg("it could not be read"))
    lead, body, trail = match.groups()
    if lead and trail:
        raise _refuse(axis, text, msg("it has two hemisphere letters"))
    hemisphere = lead or trail or ""
    negative = body.startswith("-")
    if negative or body.startswith("+"):
        body = body[1:].strip()
    if negative and hemisphere:
        raise _refuse(axis, text, msg("it has both a minus sign and a hemisphere letter"))
    numbers = _NUMBER.findall(body)
    leftover = _NUMBER.sub(" ", body)
    if re.sub(r"[\s°'\"]", "", leftover) or not numbers:
        raise _refuse(axis, text,
                      msg("it contains characters that are not part of a coordinate"))
    if len(numbers) > 3:
        raise _refuse(axis, text, msg("it has more than three numbers"))
    values = [float(n) for n in numbers]
    if any("." in n for n in numbers[:-1]):
        raise _refuse(axis, text, msg("only the last number may have decimals"))
    if len(values) >= 2 and values[1] >= 60:
        raise _refuse(axis, text, msg("minutes must be under 60, not {minutes}",
                                      minutes=numbers[1]))
    if len(values) == 3 and values[2] >= 60:
        raise _refuse(axis, text, msg("seconds must be under 60, not {seconds}",
                                      seconds=numbers[2]))
    degrees = values[0] + sum(v / 60**i for i, v in enumerate(values[1:], start=1))
    if negative or hemisphere in ("S", "W"):
        degrees = -degrees
    return degrees, hemisphere


def _check(value: float, hemisphere: str, axis: str, text: str) -> float:
    name = _axis_name(axis)
    if hemisphere and hemisphere not in _HEMISPHERES[axis]:
        first, second = _HEMISPHERES[axis][0], _HEMISPHERES[axis][1]
        raise _refuse(axis, text, msg("a {name} ends in {first} or {second}, not {hemisphere}",
                                      name=name, first=first, second=second,
                                      hemisphere=hemisphere))
    if abs(value) > _LIMITS[axis]:
        raise _refuse(axis, text, msg("a {name} lies between -{limit:g} and {limit:g}",
                                      name=name, limit=_LIMITS[axis]))
    return value


def parse_angle(text: str, axis: str) -> float:
    """Degrees from decimal ("103.1234", "103,1234") or DMS ("103°05'12.3\"E") text.

    ``axis`` is "lon" or "lat"; it decides the allowed hemispheres and range.
    """
    value, hemisphere = _parse_raw(text, axis)
    return _check(value, hemisphere, axis, text)


def _inside(value: float, bounds: tuple[float, float]) -> bool:
    return bounds[0] <= value <= bounds[1]


def parse_lonlat(lon_text: str, lat_text: str) -> tuple[float, float]:
    """(longitude, latitude) from two texts; values that look swapped are refused."""
    lon, lon_h = _parse_raw(lon_text, "lon")
    lat, lat_h = _parse_raw(lat_text, "lat")
    swapped_letters = lon_h in ("N", "S") and lat_h in ("E", "W")
    swapped_values = _inside(lon, CAMBODIA_LAT) and _inside(lat, CAMBODIA_LON)
    if swapped_letters or swapped_values:
        raise ValidationError(field="lon", message=msg(
            "The longitude ({lon}) and latitude ({lat}) look "
            "swapped: in Cambodia the longitude is about 102 to 108 and the latitude about "
            "10 to 15. Exchange the two values.", lon=lon_text.strip(), lat=lat_text.strip()))
    return _check(lon, lon_h, "lon", lon_text), _check(lat, lat_h, "lat", lat_text)


def _metres(text: str, field: str) -> list[float]:
    """Possible readings of a number in metres (a comma may be a decimal or a thousands mark)."""
    s = str(text or "").strip().translate(_KHMER_DIGITS)
    s = re.sub(r"[\s\u00a0\u202f_']", "", s)
    s = re.sub(r"(?i)m$", "", s)
    if not s:
        raise ValidationError(field, msg("The {name} is empty. Type it in metres, e.g. 491234.5.",
                                         name=_METRE_NAMES.get(field, field)))
    readings = []
    if "," in s and "." in s:
        thousands = "," if s.rindex(",") < s.rindex(".") else "."
        decimal = "." if thousands == "," else ","
        readings.append(s.replace(thousands, "").replace(decimal, "."))
    elif s.count(",") > 1 or s.count(".") > 1:
        readings.append(s.replace(",", "").replace(".", ""))
    elif "," in s or "." in s:
        mark = "," if "," in s else "."
        readings.append(s.replace(mark, "."))
        if re.fullmatch(r"\d{1,3}[.,]\d{3}", s):
            readings.append(s.replace(mark, ""))
    else:
        readings.append(s)
    values = []
    for r in readings:
        if re.fullmatch(r"\d+(?:\.\d*)?", r):
            values.append(float(r))
    if not values:
        raise ValidationError(field, msg(
            "'{text}' is not a number of metres. Type the {name}, e.g. 491234.5.",
            text=text, name=_METRE_NAMES.get(field, field)))
    return values


def parse_utm(easting_text: str, northing_text: str) -> tuple[float, float]:
    """(easting, northing) in UTM zone 48N, checked to be plausible for Cambodia."""
    eastings = _metres(easting_text, "easting")
    northings = _metres(northing_text, "northing")
    e = next((v for v in eastings if _inside(v, UTM_EASTING)), eastings[0])
    n = next((v for v in northings if _inside(v, UTM_NORTHING)), northings[0])
    if _inside(e, UTM_NORTHING) and _inside(n, UTM_EASTING):
        raise ValidationError(field="easting", message=msg(
            "The easting ({easting}) and northing ({northing}) look swapped: in "
            "Cambodia the easting (UTM 48N) has 6 digits and the northing 7. Exchange them.",
            easting=easting_text, northing=northing_text))
    if not _inside(e, UTM_EASTING):
        raise ValidationError(field="easting", message=msg(
            "The easting {easting} is outside UTM zone 48N in Cambodia (166,000 to "
            "834,000 m). Check the number, and that it is in zone 48N metres.",
            easting=easting_text))
    if not _inside(n, UTM_NORTHING):
        raise ValidationError(field="northing", message=msg(
            "The northing {northing} is outside Cambodia (1,100,000 to 1,650,000 m in "
            "UTM 48N). Check the number, and that it is in zone 48N metres.",
            northing=northing_text))
    return e, n


def format_dms(value: float, axis: str) -> str:
    """Degrees as DMS text with a hemisphere letter, e.g. 12°30'00.0"N (0.1" is ~3 m)."""
    _axis_name(axis)
    letters = _HEMISPHERES[axis]
    hemisphere = letters[1] if value < 0 else letters[0]
    tenths = round(abs(value) * 36_000)  # whole tenths of a second: no 60.0" after rounding
    degrees, rest = divmod(tenths, 36_000)
    minutes, seconds = divmod(rest, 600)
    return f"{degrees}°{minutes:02d}'{seconds // 10:02d}.{seconds % 10}\"{hemisphere}"
