"""Text encodings of Shapefile attribute tables, and legacy Khmer "Limon" text.

A DBF stores bytes, not text: the encoding is said by a ``.cpg`` file or, in older
files, by the language driver byte of the DBF header. When neither says it, the officer
chooses from previews of the text in likely encodings; the DBF is parsed here directly so
that a preview never depends on what GDAL would guess.

Limon fonts draw Khmer glyphs for ASCII and Latin-1 bytes, so old Khmer names can look
like "eKalkarN_" once read: they decode without error but are not Khmer text. The
heuristic here flags them so the import can report them instead of storing nonsense.
"""

from __future__ import annotations

import codecs
import re
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from metkasekor_desktop.domain.messages import msg

# DBF language driver ids (header byte 29) and the code page each one means.
# 0x57 means "ANSI", the code page of whichever PC wrote the file: it says nothing.
_LANGUAGE_DRIVERS = {
    0x01: "cp437", 0x02: "cp850", 0x03: "cp1252", 0x08: "cp865", 0x09: "cp437",
    0x0A: "cp850", 0x0B: "cp437", 0x0D: "cp437", 0x0E: "cp850", 0x0F: "cp437",
    0x10: "cp850", 0x11: "cp437", 0x12: "cp850", 0x13: "cp932", 0x14: "cp850",
    0x15: "cp437", 0x16: "cp850", 0x17: "cp865", 0x18: "cp437", 0x19: "cp437",
    0x1A: "cp850", 0x1B: "cp437", 0x1C: "cp863", 0x1D: "cp850", 0x1F: "cp852",
    0x22: "cp852", 0x23: "cp852", 0x24: "cp860", 0x25: "cp850", 0x26: "cp866",
    0x37: "cp850", 0x40: "cp852", 0x4D: "cp936", 0x4E: "cp949", 0x4F: "cp950",
    0x50: "cp874", 0x58: "cp1252", 0x59: "cp1252", 0x64: "cp852", 0x65: "cp866",
    0x66: "cp865", 0x67: "cp861", 0x6A: "cp737", 0x6B: "cp857", 0x78: "cp950",
    0x79: "cp949", 0x7A: "cp936", 0x7B: "cp932", 0x7C: "cp874", 0x7D: "cp1255",
    0x7E: "cp1256", 0x86: "cp737", 0x87: "cp852", 0x88: "cp857", 0xC8: "cp1250",
    0xC9: "cp1251", 0xCA: "cp1254", 0xCB: "cp1253", 0xCC: "cp1257",
}
_LABELS = {  # the names an officer chooses from
    "utf-8": msg("UTF-8 (Unicode, Khmer)"),
    "cp874": msg("Thai (Windows-874)"),
    "cp1252": msg("Western European (Windows-1252)"),
    "latin-1": msg("Latin-1 (ISO-8859-1)"),
}
_PREVIEW_RECORDS = 500
_KHMER = re.compile("[\u1780-\u17ff\u19e0-\u19ff]")
_THAI = re.compile("[\u0e00-\u0e7f]")
_ASCII_LETTER = re.compile("[A-Za-z]")
# Characters that Limon fonts draw as Khmer glyphs when they sit inside a word.
_LIMON_SYMBOLS = set("][\\{}|`~^¡¢£¤¥¦§¨©«¬®¯°±²³´µμ¶·¸¹º»¼½¾¿") | {
    chr(c) for c in range(0xC0, 0x100)
}
# lowercase, uppercase, lowercase in one word: "esovPePA", "RksYgksikm".
_CASE_FLIP = re.compile("[a-z][A-Z][a-z]")


def codec_name(encoding: str) -> str:
    """The canonical Python codec name (``utf-8``, ``cp874``, ``latin-1``...)."""
    name = codecs.lookup(encoding).name
    return {"iso8859-1": "latin-1"}.get(name, name)


def normalise_codepage(text: str) -> str | None:
    """A ``.cpg`` text ("UTF-8", "1252", "ANSI 1252", "CP874", "88591"...) as a codec name."""
    value = text.strip().strip("\x00").strip().upper().replace("_", "-")
    if not value or value in ("SYSTEM", "OEM", "ANSI"):
        return None
    if value in ("UTF-8", "UTF8", "65001"):
        return "utf-8"
    iso = re.fullmatch(r"(?:ISO-?)?8859-?(\d{1,2})", value)
    if iso:
        value = f"iso8859-{iso.group(1)}"
    else:
        number = re.fullmatch(r"(?:ANSI\s*|CP\s*|WINDOWS-?|MS-?|IBM-?|OEM\s*)?(\d{3,5})", value)
        if number:
            code = int(number.group(1))
            value = f"iso8859-{code - 28590}" if 28591 <= code <= 28606 else f"cp{code}"
    try:
        return codec_name(value)
    except LookupError:
        return None


def _sidecar(path: Path, suffix: str) -> Path | None:
    """The file with ``path``'s stem and ``suffix``, in any letter case."""
    exact = path.with_suffix(suffix)
    if exact.is_file():
        return exact
    try:
        for other in path.parent.iterdir():
            if other.stem == path.stem and other.suffix.lower() == suffix and other.is_file():
                return other
    except OSError:
        return None
    return None


def declared_dbf_encoding(shp_or_dbf: Path) -> str | None:
    """The encoding the files declare: the ``.cpg``, else the DBF language driver byte."""
    path = Path(shp_or_dbf)
    cpg = _sidecar(path, ".cpg")
    if cpg is not None:
        try:
            declared = normalise_codepage(cpg.read_bytes()[:64].decode("ascii", "replace"))
        except OSError:
            declared = None
        if declared is not None:
            return declared
    dbf = path if path.suffix.lower() == ".dbf" else _sidecar(path, ".dbf")
    if dbf is None:
        return None
    try:
        with dbf.open("rb") as stream:
            header = stream.read(32)
    except OSError:
        return None
    if len(header) < 30:
        return None
    code = _LANGUAGE_DRIVERS.get(header[29])
    return codec_name(code) if code else None


def dbf_text_bytes(dbf: Path, max_records: int | None = _PREVIEW_RECORDS) -> list[bytes]:
    """The raw bytes of every non-empty text (C) value of the first records of a DBF.

    Values keep their bytes, so each candidate encoding can be tried on them; deleted
    records are skipped. Returns an empty list for a file that is not a readable DBF.
    """
    try:
        data = _read_head(Path(dbf), max_records)
    except OSError:
        return []
    if len(data) < 32:
        return []
    records, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields: list[tuple[int, int]] = []  # (offset in record, length) of text fields
    offset, position = 1, 32
    while position + 32 <= min(header_len, len(data)) and data[position] != 0x0D:
        descriptor = data[position:position + 32]
        kind, length = chr(descriptor[11]), descriptor[16]
        if kind == "C":
            length += descriptor[17] << 8  # Clipper-style long character fields
            fields.append((offset, length))
        offset += length
        position += 32
    if not fields or record_len < 1:
        return []
    count = records if max_records is None else min(records, max_records)
    values: list[bytes] = []
    for index in range(count):
        start = header_len + index * record_len
        record = data[start:start + record_len]
        if len(record) < record_len:
            break
        if record[:1] == b"*":
            continue
        for field_start, length in fields:
            value = record[field_start:field_start + length].rstrip(b" \x00")
            if value.strip():
                values.append(value)
    return values


def _read_head(dbf: Path, max_records: int | None) -> bytes:
    with dbf.open("rb") as stream:
        if max_records is None:
            return stream.read()
        header = stream.read(32)
        if len(header) < 12:
            return header
        header_len, record_len = struct.unpack("<HH", header[8:12])
        return header + stream.read(header_len - 32 + record_len * max_records)


@dataclass
class EncodingPreview:
    """How the text of a DBF looks when read in one encoding."""

    encoding: str
    label: str
    samples: list[str]
    errors: int  # values that cannot be decoded in this encoding


def _implausible(text: str) -> bool:
    """Text that a wrong encoding produces: control characters or mixed scripts in a word."""
    if any("\x80" <= c <= "\x9f" or c == "\ufffd" for c in text):
        return True
    for word in text.split():
        if _ASCII_LETTER.search(word) and (_THAI.search(word) or _KHMER.search(word)):
            return True
    return False


def preview_encodings(
    dbf: Path,
    candidates: Sequence[str] = ("utf-8", "cp874", "cp1252", "latin-1"),
    limit: int = 8,
) -> list[EncodingPreview]:
    """Samples of the DBF's text in each candidate encoding, the most likely first.

    Ranked by values that fail to decode, then by values that decode into something no
    one writes (control characters, Thai or Khmer letters inside a Latin word), then by
    the number of Khmer and Thai letters, so UTF-8 Khmer beats Latin-1 gibberish.
    """
    raw = dbf_text_bytes(Path(dbf))
    distinct = list(dict.fromkeys(raw))
    ranked = []
    for order, candidate in enumerate(candidates):
        encoding = codec_name(candidate)
        errors = implausible = letters = 0
        samples: list[str] = []
        for value in raw:
            try:
                text = value.decode(encoding)
            except UnicodeDecodeError:
                errors += 1
                continue
            implausible += _implausible(text)
            letters += len(_KHMER.findall(text)) + len(_THAI.findall(text))
        for value in distinct[:limit]:
            samples.append(value.decode(encoding, errors="replace"))
        preview = EncodingPreview(encoding, _LABELS.get(encoding, encoding), samples, errors)
        ranked.append(((errors, implausible, -letters, order), preview))
    ranked.sort(key=lambda item: item[0])
    return [preview for _key, preview in ranked]


def guess_encoding(dbf: Path) -> str | None:
    """``"utf-8"`` when every text value of the DBF decodes as UTF-8, else None (unsure).

    All-ASCII text is UTF-8 too. Every record is checked, since one bad name far down
    the table would otherwise stop the import later.
    """
    raw = dbf_text_bytes(Path(dbf), max_records=None)
    try:
        for value in raw:
            value.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return "utf-8"


def _limon_word(word: str) -> bool:
    if not _ASCII_LETTER.search(word):
        return False
    if _CASE_FLIP.search(word):
        return True
    for i in range(1, len(word) - 1):
        if word[i] in _LIMON_SYMBOLS:
            before, after = word[i - 1], word[i + 1]
            if _limonish(before) and _limonish(after):
                return True
    return False


def _limonish(char: str) -> bool:
    return char.isascii() and char.isalpha() or char in _LIMON_SYMBOLS


_NOT_TEXT = re.compile(
    r"^\s*(?:[a-z][a-z0-9+.-]*://\S*|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|"
    r"[A-Za-z]:[\\/]\S*|/\S+/\S*|[0-9a-f]{8}-[0-9a-f]{4}-\S+)\s*$",
    re.IGNORECASE,
)


def is_limon(value: str) -> bool:
    """True when one text value looks like legacy Limon-encoded Khmer.

    Web addresses, e-mail addresses, file paths and ids are never Limon: their mixed
    case and symbols (``?id=AbC&x=1``) are what Limon text looks like otherwise."""
    if not value or _KHMER.search(value) or _NOT_TEXT.match(value):
        return False
    return any(_limon_word(word) for word in value.split())


def limon_suspects(values: Iterable[str]) -> float:
    """The fraction of the non-empty text values that look like legacy Limon text."""
    texts = [v for v in values if isinstance(v, str) and v.strip()]
    if not texts:
        return 0.0
    return sum(is_limon(v) for v in texts) / len(texts)


def looks_like_limon(values: Sequence[str]) -> bool:
    """True when at least 3 values are given and 30 % or more of them look like Limon."""
    texts = [v for v in values if isinstance(v, str) and v.strip()]
    return len(texts) >= 3 and limon_suspects(texts) >= 0.3
