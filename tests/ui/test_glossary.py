"""One vocabulary: the Khmer catalogue uses the glossary's one Khmer word for each term.

``resources/translations/glossary.tsv`` lists the terms of the domain and the window
(English term, THE Khmer term, the other words found for it that are not to be used, a
note). For every message whose English source holds a glossary term (whole word, any
case, also with a plural "s"/"es"/"ies"), the Khmer translation must not hold one of the
term's ``avoid`` words. "Must contain the Khmer term" is only checked where the source is
the term itself (a label such as "Plots" or "&Register"): in sentences and compound
phrases Khmer often says the term another way (a plot boundary is ព្រំក្បាលដី, the verb
"map" is ភ្ជាប់), so there only the avoid rule holds.

A translation equal to its English source is allowed only for codes, units, file
formats, file names and product names (``SAME_AS_SOURCE``), or for a source that is only
placeholders and punctuation.
"""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "metkasekor_desktop" / "resources" / "translations"
TS_FILE = TRANSLATIONS / "metkasekor_km.ts"
GLOSSARY = TRANSLATIONS / "glossary.tsv"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n")

# Sources whose Khmer is the English text itself: codes, units, formats, names.
SAME_AS_SOURCE = {
    "MBTiles (*.mbtiles)",  # file format and file pattern
    "Shapefile (zip, UTF-8)",
    "Shapefile",
    "GeoJSON",
    "GeoPackage",
    "KML (Google Earth)",  # format and product name
    "KML",
    "KMZ",
    "WGS 84 (EPSG:4326)",  # coordinate system codes
    "WGS 84 (RFC 7946)",
    "UTM 48N  E {0:,.0f}  N {1:,.0f}",  # UTM zone with easting / northing, as on maps
    "MetKasekor Desktop — {0}",  # product name
    "CSV…",
    "Excel…",
    "plots.csv",  # default file names of an export
    "plots.xlsx",
    "RGB",
    " cm",  # units
    "{ha} ha ({m2} m²)",
    "{area:.4f} ha",
    "{size:.1f} kB",  # sizes of files
    "{size:.1f} KB",
    "{size:.1f} MB",
    "{size:.1f} GB",
    "--crs {epsg} ({label})",  # a command-line option with its value
}


def _glossary() -> list[dict[str, str]]:
    with GLOSSARY.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _avoid(row: dict[str, str]) -> list[str]:
    return [w.strip() for w in (row["avoid"] or "").split(";") if w.strip()]


def _messages() -> list[tuple[str, str, str]]:
    """(context, source, translation) of every current message of the catalogue."""
    out = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            texts = [n.text or "" for n in translation.iter("numerusform")] or [
                translation.text or ""]
            out.append((name, message.findtext("source") or "", " ".join(texts)))
    return out


def _term_pattern(term: str) -> re.Pattern[str]:
    """The term as a whole word, any case (a code such as CA: exact case), plural too."""
    words = r"\s+".join(re.escape(w) for w in term.split())
    plural = r"(?:s|es)?" if not term.endswith("y") else r"(?:s|es)?|" + words[:-1] + "ies"
    flags = 0 if term.isupper() else re.IGNORECASE
    return re.compile(rf"(?<!\w)(?:{words}{plural})(?!\w)", flags)


def _plain(source: str) -> str:
    """The source without placeholders, accelerators, ellipsis and a final colon."""
    text = PLACEHOLDER.sub(" ", source).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.replace("…", "").strip().rstrip(":").strip()


GLOSSARY_ROWS = _glossary()
MESSAGES = _messages()


def test_the_glossary_is_well_formed() -> None:
    with GLOSSARY.open(encoding="utf-8") as f:
        assert f.readline().rstrip("\n").split("\t") == ["english", "khmer", "avoid", "note"]
    english = [row["english"].strip().lower() for row in GLOSSARY_ROWS]
    assert len(english) == len(set(english)), "a glossary term is listed twice"
    for row in GLOSSARY_ROWS:
        assert row["english"].strip(), row
        assert row["khmer"] and any("\u1780" <= ch <= "\u17ff" for ch in row["khmer"]), row
        assert row["note"].strip(), row
        for word in _avoid(row):
            assert word != row["khmer"], row


@pytest.mark.parametrize("row", GLOSSARY_ROWS, ids=lambda row: row["english"])
def test_a_term_has_one_khmer_word(row: dict[str, str]) -> None:
    """No translation of a message about the term uses another word for it."""
    pattern, khmer, avoid = _term_pattern(row["english"]), row["khmer"], _avoid(row)
    found = 0
    wrong = []
    for context, source, translation in MESSAGES:
        if not pattern.search(PLACEHOLDER.sub(" ", source)):
            continue
        found += 1
        rest = translation.replace(khmer, " ")  # an avoided word may be part of the term
        bad = [word for word in avoid if word in rest]
        if bad:
            wrong.append(f"{context}: {source!r} -> {translation!r} uses {bad}")
        if pattern.fullmatch(_plain(source)) and khmer not in translation:
            wrong.append(f"{context}: {source!r} -> {translation!r} lacks {khmer}")
    assert found, f"no message of the catalogue uses the term {row['english']!r}"
    assert not wrong, "\n".join(wrong)


def test_no_translation_is_the_english_text() -> None:
    same = [
        f"{context}: {source!r}"
        for context, source, translation in MESSAGES
        if translation == source
        and source not in SAME_AS_SOURCE
        and re.search(r"[A-Za-z]", PLACEHOLDER.sub("", source))
    ]
    assert not same, "untranslated:\n" + "\n".join(same)


def test_the_allow_list_is_current() -> None:
    """Every allow-listed source is still a message of the catalogue."""
    sources = {source for _, source, _ in MESSAGES}
    assert SAME_AS_SOURCE <= sources, SAME_AS_SOURCE - sources
