"""The damage check of a Shapefile, from the headers of its files, never their bodies.

A Shapefile is a .shp of shapes, a .shx index (one 8-byte entry per shape: where it
starts and how long it is) and a .dbf table (one record per shape). The counts compared
here come from the headers and the index, and the .shp is only read at a few places the
index names, so a file padded to gigabytes is checked as fast as a small one. Padding
after the declared end is named as padding (the file is damaged but nothing is missing),
never counted as plots that would be missing.
"""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

from metkasekor_desktop.domain.messages import Message, msg
from metkasekor_desktop.io.file_problem import FileProblem

SHAPE_FILE_CODE = 9994
MULTIPATCH = 31
_MAX_SHAPES = 50_000_000  # an index longer than this is damage, not a plot file
# DBF language driver ids (byte 29) that are common in files from the region.
_LANGUAGE_DRIVERS = {
    0x00: msg("none recorded"),
    0x01: msg("DOS US, code page 437"),
    0x02: msg("DOS Multilingual, code page 850"),
    0x03: msg("Windows ANSI, code page 1252"),
    0x4D: msg("Chinese GBK, code page 936"),
    0x57: msg("ANSI (the system code page, often 1252)"),
    0x58: msg("Western European ANSI, code page 1252"),
    0x7C: msg("Thai, code page 874"),
}


def _sidecar(shp: Path, suffix: str) -> Path | None:
    """The file next to ``shp`` with the same stem and ``suffix``, in any letter case."""
    exact = shp.with_suffix(suffix)
    if exact.is_file():
        return exact
    for other in shp.parent.iterdir():
        if other.stem == shp.stem and other.suffix.lower() == suffix and other.is_file():
            return other
    return None


def _damaged(name: str, what: Message) -> FileProblem:
    return FileProblem(name, msg("{file} is damaged: {damage}. Copy the Shapefile again from "
                                 "the original.", file=name, damage=what))


def check_shapefile(shp: Path) -> list[FileProblem]:
    """Header, size and the shape/index/record counts of a Shapefile and its sidecars."""
    problems: list[FileProblem] = []
    size = shp.stat().st_size
    if size < 100:
        return [FileProblem(shp.name, msg(
            "{file} is only {size} bytes long, shorter than a Shapefile header: it is "
            "damaged. Copy it again from the original.", file=shp.name, size=size))]
    with shp.open("rb") as stream:
        header = stream.read(100)
    code, = struct.unpack(">i", header[:4])
    if code != SHAPE_FILE_CODE:
        return [FileProblem(shp.name, msg(
            "{file} is not a Shapefile (its header does not start with 9994). Choose the "
            ".shp that GIS software wrote.", file=shp.name))]
    declared = struct.unpack(">i", header[24:28])[0] * 2
    shape_type = struct.unpack("<i", header[32:36])[0]
    if shape_type == MULTIPATCH:
        return [FileProblem(shp.name, msg(
            "{file} holds MultiPatch shapes (3D surfaces of buildings or terrain), not plot "
            "boundaries. Export the plot outlines as polygons from your GIS.", file=shp.name))]
    shx = _sidecar(shp, ".shx")
    dbf = _sidecar(shp, ".dbf")
    index = _index(shx, shp, problems)
    dbf_counts = _dbf_counts(dbf, shp, problems)
    if index is None or any(p.fatal for p in problems):
        return problems
    if declared < 100:
        return [_damaged(shp.name, msg("its header gives its length as {length} bytes",
                                       length=declared))]
    starts, ends = index
    limit = min(size, declared)
    inside = (starts >= 100) & (ends <= limit)
    if len(starts) > 1:
        inside[1:] &= starts[1:] >= ends[:-1]
    shapes = len(starts) if inside.all() else int(np.argmin(inside))
    if size < declared:
        problems.append(FileProblem(
            shp.name, msg("{file} is truncated: its header says {declared} bytes but the file "
                          "has {size}; only {shapes} complete shapes can be read. Copy the "
                          "Shapefile again from the original.", file=shp.name,
                          declared=declared, size=size, shapes=shapes),
            missing_count=len(starts) - shapes,
        ))
        return problems
    if shapes < len(starts):
        end_of_shapes = int(ends[shapes - 1]) if shapes else 100
        if end_of_shapes == declared and not starts[shapes:].any():
            listed = _listed(shx) if shx else len(starts)
            padded = shx.name if shx else shp.name
            problems.append(FileProblem(
                padded,
                msg("{file} is padded: after the {shapes} entries of the shapes in {shp} it "
                    "holds {empty} empty ones. The file is damaged but no shape is missing; "
                    "the padding is ignored.", file=padded, shapes=shapes, shp=shp.name,
                    empty=listed - shapes), fatal=False))
        else:
            return [_damaged(shp.name, msg(
                "{index} lists {listed} shapes but only the first {shapes} lie inside {shp} "
                "where the index says", index=shx.name if shx else msg("its index"),
                listed=_listed(shx) if shx else len(starts), shapes=shapes, shp=shp.name))]
    if shapes and not _record_matches(shp, int(starts[shapes - 1]),
                                      int(ends[shapes - 1] - starts[shapes - 1] - 8)):
        return [_damaged(shp.name, msg(
            "shape {shape} is not where {index} says it is (the two files do not belong "
            "together, or one was overwritten)", shape=shapes,
            index=shx.name if shx else msg("its index")))]
    if size > declared:
        problems.append(FileProblem(
            shp.name, msg("{file} is padded: it has {extra} bytes after the end its header "
                          "declares. The file is damaged but no shape is missing; the padding "
                          "is ignored.", file=shp.name, extra=size - declared), fatal=False,
        ))
    if dbf is not None and dbf_counts is not None:
        _compare_records(shp, dbf, shapes, dbf_counts, problems)
    _sidecar_warnings(shp, dbf, problems)
    return problems


def _listed(shx: Path) -> int:
    """Entries the index's header declares (bounded by the file's real length)."""
    with shx.open("rb") as stream:
        header = stream.read(100)
    return (min(struct.unpack(">i", header[24:28])[0] * 2, shx.stat().st_size) - 100) // 8


def _record_matches(shp: Path, start: int, length: int) -> bool:
    """Whether the record header at ``start`` gives the length the index gives."""
    with shp.open("rb") as stream:
        stream.seek(start)
        head = stream.read(8)
    return len(head) == 8 and struct.unpack(">ii", head)[1] * 2 == length


def _index(shx: Path | None, shp: Path,
           problems: list[FileProblem]) -> tuple[np.ndarray, np.ndarray] | None:
    """Start and end (in bytes) of every shape, as the index lists them."""
    if shx is None:
        problems.append(FileProblem(
            shp.with_suffix(".shx").name, msg(
                "{stem}.shx is missing next to {file}. A Shapefile is several files: copy all "
                "files named {stem}.* (.shp, .shx, .dbf, .prj, .cpg) into the same folder.",
                stem=shp.stem, file=shp.name),
        ))
        return None
    if _too_short(shx, 100, problems):
        return None
    size = shx.stat().st_size
    with shx.open("rb") as stream:
        header = stream.read(100)
        declared = struct.unpack(">i", header[24:28])[0] * 2
        if struct.unpack(">i", header[:4])[0] != SHAPE_FILE_CODE or declared < 100 or (
                declared - 100) % 8:
            problems.append(FileProblem(shx.name, msg(
                "{file} is not a valid Shapefile index. Copy it again from the original.",
                file=shx.name)))
            return None
        count = (min(declared, size) - 100) // 8
        entries = _entries(stream, count)
        if entries is None:
            problems.append(_damaged(shx.name, msg(
                "it lists {count} shapes, more than any plot file holds", count=count)))
            return None
    if size < declared:
        problems.append(FileProblem(
            shx.name, msg("{file} is truncated: its header says {declared} bytes but the file "
                          "has {size}. Copy the Shapefile again from the original.",
                          file=shx.name, declared=declared, size=size)))
        return None
    if size > declared:
        problems.append(FileProblem(
            shx.name, msg("{file} is padded: it has {extra} bytes after the end its header "
                          "declares. The file is damaged; the padding is ignored.",
                          file=shx.name, extra=size - declared), fatal=False))
    starts = entries[0::2] * 2
    ends = starts + 8 + entries[1::2] * 2
    if len(starts) < count:  # the rest is zeros: keep one zero entry to show the padding
        starts, ends = np.append(starts, 0), np.append(ends, 8)
    return starts, ends


def _entries(stream, count: int) -> np.ndarray | None:  # noqa: ANN001 - a binary file
    """The index entries, read in chunks up to the first empty one (padding starts there)."""
    parts, read = [], 0
    while read < count:
        chunk = np.fromfile(stream, dtype=">i4", count=2 * min(1 << 20, count - read))
        if not len(chunk):
            break
        empty = np.flatnonzero((chunk[0::2] == 0) & (chunk[1::2] == 0))
        if len(empty):
            parts.append(chunk[:2 * empty[0]].astype(np.int64))
            break
        parts.append(chunk.astype(np.int64))
        read += len(chunk) // 2
        if read > _MAX_SHAPES:
            return None
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def _too_short(path: Path, header: int, problems: list[FileProblem]) -> bool:
    """A file shorter than its header is damaged: noted, True."""
    size = path.stat().st_size
    if size >= header:
        return False
    problems.append(FileProblem(path.name, msg(
        "{file} is {size} bytes long, shorter than its header: it is damaged. Copy it again "
        "from the original.", file=path.name, size=size)))
    return True


def _dbf_counts(dbf: Path | None, shp: Path,
                problems: list[FileProblem]) -> tuple[int, int, int, int] | None:
    """Records the header declares, records complete, header length and record length."""
    if dbf is None:
        problems.append(FileProblem(
            shp.with_suffix(".dbf").name, msg(
                "{stem}.dbf (the attribute table) is missing next to {file}. Copy all files "
                "named {stem}.* into the same folder.", stem=shp.stem, file=shp.name),
        ))
        return None
    if _too_short(dbf, 32, problems):
        return None
    size = dbf.stat().st_size
    with dbf.open("rb") as stream:
        header = stream.read(32)
    records, header_len, record_len = struct.unpack("<IHH", header[4:12])
    if header_len < 33 or record_len < 1:
        problems.append(FileProblem(dbf.name, msg(
            "{file} is not a valid dBASE table. Copy it again from the original.",
            file=dbf.name)))
        return None
    return records, max(size - header_len, 0) // record_len, header_len, record_len


def _blank(dbf: Path, offset: int, length: int) -> bool:
    """Whether the record at ``offset`` holds only padding (zeros, spaces or end marks)."""
    with dbf.open("rb") as stream:
        stream.seek(offset)
        data = stream.read(min(length, 65536))
    return not data.strip(b"\x00 \x1a")


def _compare_records(shp: Path, dbf: Path, shapes: int, counts: tuple[int, int, int, int],
                     problems: list[FileProblem]) -> None:
    records, complete, header_len, record_len = counts
    if complete < records:
        lost = max(min(records, shapes) - complete, 0)
        if lost:
            problems.append(FileProblem(
                dbf.name, msg("{file} is truncated: its header says {records} records but only "
                              "{complete} are complete. {lost} plots would lose their "
                              "attributes; copy the Shapefile again from the original.",
                              file=dbf.name, records=records, complete=complete, lost=lost),
                fatal=False, missing_count=lost,
            ))
            return
        records = min(records, complete)
    if records > shapes and _blank(dbf, header_len + shapes * record_len, record_len):
        problems.append(FileProblem(
            dbf.name, msg("{file} is padded or its header is damaged: it says {records} "
                          "records, but after the {shapes} that match the shapes of {shp} it "
                          "holds only empty bytes. No plot is missing; the padding is ignored.",
                          file=dbf.name, records=records, shapes=shapes, shp=shp.name),
            fatal=False))
        return
    if records != shapes:
        values = {"file": dbf.name, "records": records, "shp": shp.name, "shapes": shapes,
                  "difference": abs(records - shapes)}
        if records > shapes:
            text = msg("{file} has {records} records but {shp} has {shapes} shapes: the files "
                       "do not belong together or one was not saved completely ({difference} "
                       "records have no shape). {difference} plots would be missing; import "
                       "only if you accept that.", **values)
        else:
            text = msg("{file} has {records} records but {shp} has {shapes} shapes: the files "
                       "do not belong together or one was not saved completely ({difference} "
                       "shapes have no record). {difference} plots would be missing; import "
                       "only if you accept that.", **values)
        problems.append(FileProblem(dbf.name, text, fatal=False,
                                    missing_count=abs(records - shapes)))


def _sidecar_warnings(shp: Path, dbf: Path | None, problems: list[FileProblem]) -> None:
    if _sidecar(shp, ".prj") is None:
        problems.append(FileProblem(
            f"{shp.stem}.prj", msg("{stem}.prj is missing: the coordinate system of {file} is "
                                   "not recorded. Choose it when importing (WGS 84 "
                                   "longitude/latitude or UTM 48N metres).", stem=shp.stem,
                                   file=shp.name), fatal=False,
        ))
    if dbf is not None and _sidecar(shp, ".cpg") is None:
        with dbf.open("rb") as stream:
            header = stream.read(30)
        ldid = header[29] if len(header) > 29 else 0
        meaning = _LANGUAGE_DRIVERS.get(ldid, msg("unknown"))
        problems.append(FileProblem(
            f"{shp.stem}.cpg", msg("{stem}.cpg is missing, so the text encoding of {file} is "
                                   "not recorded (its language driver id is 0x{ldid:02X}: "
                                   "{meaning}). If Khmer names look garbled after import, "
                                   "choose the encoding (UTF-8) by hand.", stem=shp.stem,
                                   file=dbf.name, ldid=ldid, meaning=meaning), fatal=False,
        ))
