"""The public website written to a folder (#19): static files any web server, a shared
folder or a browser opening ``index.html`` can show, with nothing personal in them.

The folder holds the page and its vendored libraries (``resources/site``: the page, its
script and style, Leaflet and Chart.js with their licences), the Khmer font with its
licence, the data (``data/site.json``, the same as ``data/site.js`` for a page opened from
the disk, where a browser does not fetch files, and the cells as ``data/cells.geojson``)
and the aggregated tables to download (CSV, and one workbook). The figures are
``analysis.public_site``'s, worded in Khmer and English here with each language's own
words (``layers.translations``), whatever the window's language.

The site is written beside the folder under a temporary name and put in its place when
complete; a folder that holds anything but an earlier site is refused, never emptied.
"""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import shapely

from metkasekor_desktop.analysis.public_site import SiteWords, public_site
from metkasekor_desktop.domain.errors import DomainError
from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.io.table_export import write_csv, write_xlsx_sheets
from metkasekor_desktop.layers.measure_words import measure_text
from metkasekor_desktop.layers.provider_words import service_label
from metkasekor_desktop.layers.season_report import load_register
from metkasekor_desktop.layers.season_words import season_text
from metkasekor_desktop.layers.translations import Words

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
PAGE = RESOURCES / "site"
FONTS = RESOURCES / "fonts"
MARKER = ".metkasekor-site"  # a folder holding it is a site this program wrote
LANGUAGES = ("km", "en")


@dataclass(frozen=True)
class SiteFiles:
    """What was written: the folder, its number of files, the seasons shown and the
    date of publication (the latest record used)."""

    folder: Path
    files: int
    seasons: int
    published: str


def site_words(words: dict[str, Words]) -> SiteWords:
    """Seasons, measures, services and messages in Khmer and in English (``words``:
    each language's own words, by code)."""

    def season(value: Any, language: str) -> str:
        return season_text(value.name, value.year, value.kind, words[language].tr)

    def measure(row: Any, language: str) -> str:
        return measure_text(row, "kh" if language == "km" else "en", words[language].tr)

    def service(key: str, language: str) -> str:
        return service_label(key, words[language].tr)

    def message(text: str, language: str) -> str:
        return words[language].say(text)

    return SiteWords(season=season, measure=measure, service=service, message=message)


def plot_centres(project: Any) -> dict[int, tuple[float, float]]:
    """The centre of every plot (longitude, latitude in WGS 84), by plot id."""
    table = project.plots.load_table()
    shapes = np.asarray(table.geometries, dtype=object)
    present = np.flatnonzero(~(shapely.is_missing(shapes) | shapely.is_empty(shapes)))
    points = shapely.centroid(shapes[present])
    xs, ys = shapely.get_x(points), shapely.get_y(points)
    ids = np.asarray(table.ids)[present]
    return {int(i): (float(x), float(y)) for i, x, y in zip(ids, xs, ys, strict=True)
            if np.isfinite(x) and np.isfinite(y)}


def write_site(project: Any, out: Path, season_ids: Sequence[int] = (), *,
               languages: Sequence[str] = LANGUAGES,
               progress: Callable[[float], object] | None = None,
               cancelled: Callable[[], bool] | None = None) -> SiteFiles:
    """Write the website of ``season_ids`` (every season with a plan done when empty) of
    ``project`` (a project file or a register) into the folder ``out``; ``languages``
    the page offers ("km", "en" or both, the first the default)."""
    out = Path(out)
    _check_target(out)
    chosen = [language for language in languages if language in LANGUAGES]
    if not chosen:
        raise DomainError(msg("The website is in Khmer, English or both, not {languages}.",
                              languages=", ".join(languages)))
    _step(progress, cancelled, 0.05)
    register = load_register(project)
    _step(progress, cancelled, 0.3)
    words = {language: Words(language) for language in LANGUAGES}
    data = public_site(register, season_ids, plot_centres=plot_centres(project),
                       words=site_words(words))
    _step(progress, cancelled, 0.6)
    data["languages"] = chosen
    data["downloads"] = [{"file": f"downloads/{name}", "title": title}
                         for name, title in _download_titles(words).items()]
    temp = out.parent / f".{out.name}-{uuid.uuid4().hex[:12]}.part"
    try:
        count = _write_folder(temp, data)
        _step(progress, cancelled, 0.95)
        _put_in_place(temp, out)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    if progress is not None:
        progress(1.0)
    return SiteFiles(out, count, len(data.get("seasons", [])), str(data.get("published")))


def _step(progress: Callable[[float], object] | None, cancelled: Callable[[], bool] | None,
          share: float) -> None:
    if cancelled is not None and cancelled():
        raise DomainError(msg("Publishing the website was cancelled; nothing was written."))
    if progress is not None:
        progress(share)


def _check_target(out: Path) -> None:
    """A new folder, an empty one or an earlier site: anything else is not ours to
    replace."""
    if out.exists() and not out.is_dir():
        raise DomainError(msg("{folder} is a file, not a folder: choose a folder for the "
                              "website.", folder=out))
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise DomainError(msg("{folder} holds other files: choose an empty folder, or the "
                              "folder of a website published before.", folder=out))
    if not out.parent.is_dir():
        raise DomainError(msg("The folder {folder} does not exist: create it first.",
                              folder=out.parent))


def _download_titles(words: dict[str, Words]) -> dict[str, dict[str, str]]:
    titles = {
        "adoption.csv": msg("Adoption by district and commune, per season"),
        "diffusion.csv": msg("Diffusion and the tipping point, per province and district"),
        "market.csv": msg("The service market, per year and district"),
        "providers.csv": msg("Service providers and what they offer"),
        "trials.csv": msg("Trial results: conservation agriculture minus farmer practice"),
        "tables.xlsx": msg("All the tables in one workbook"),
    }
    return {name: {language: words[language].say(title) for language in LANGUAGES}
            for name, title in titles.items()}


def _write_folder(folder: Path, data: dict[str, Any]) -> int:
    folder.mkdir()
    shutil.copy2(PAGE / "index.html", folder / "index.html")
    shutil.copytree(PAGE / "assets", folder / "assets")
    fonts = folder / "assets" / "fonts"
    fonts.mkdir(exist_ok=True)
    for font in sorted(FONTS.glob("*.ttf")) + [FONTS / "OFL.txt"]:
        shutil.copy2(font, fonts / font.name)
    (folder / "data").mkdir()
    text = json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False)
    (folder / "data" / "site.json").write_text(text + "\n", encoding="utf-8")
    (folder / "data" / "site.js").write_text(f"window.MK_SITE = {text};\n", encoding="utf-8")
    cells = json.dumps(data.get("cells") or {"type": "FeatureCollection", "features": []},
                       ensure_ascii=False, allow_nan=False)
    (folder / "data" / "cells.geojson").write_text(cells + "\n", encoding="utf-8")
    _write_downloads(folder / "downloads", data)
    (folder / MARKER).write_text("MetKasekor Desktop public website\n", encoding="utf-8")
    return sum(1 for p in folder.rglob("*") if p.is_file())


def _names(data: dict[str, Any]) -> dict[str, dict[str, str]]:
    return {a["code"]: a.get("name") or {} for a in data.get("areas", [])}


def _tables(data: dict[str, Any]) -> list[tuple[str, list[str], list[list[Any]]]]:
    """The aggregated tables: (file stem, headers, rows), names in English and Khmer."""
    names = _names(data)
    seasons = {s["id"]: (s.get("name") or {}).get("en") for s in data.get("seasons", [])}

    def area(code: str) -> list[Any]:
        name = names.get(code, {})
        return [code, name.get("en"), name.get("km")]

    adoption = [[seasons.get(r["season"]), *area(r["area"]), r.get("farmers"),
                 r.get("women"), r.get("men"), r.get("plots"), r.get("hectares"),
                 r.get("target"), r.get("share"), bool(r.get("suppressed"))]
                for r in data.get("adoption", [])]
    diffusion = [[*area(d["area"]), d.get("level"), y.get("year"), y.get("adopters"),
                  d.get("p"), d.get("q"), d.get("m"), d.get("tipping_year"),
                  bool(d.get("passed"))]
                 for d in data.get("diffusion", []) for y in d.get("years", [])]
    market = [[m.get("year"), *area(m["area"]), m.get("providers"), m.get("services"),
               m.get("hectares"), m.get("farmers"), bool(m.get("suppressed"))]
              for m in data.get("market", [])]
    providers = [[p.get("name"), "; ".join(s.get("en") or "" for s in p.get("services", [])),
                  "; ".join(names.get(c, {}).get("en") or c for c in p.get("districts", [])),
                  p.get("phone"), p.get("email"), p.get("contact")]
                 for p in data.get("providers", [])]
    trials = [[t.get("trial"), seasons.get(t.get("season")), (t.get("measure") or {}).get("en"),
               t.get("unit"), t.get("n"), t.get("difference"), t.get("ci_low"),
               t.get("ci_high"), t.get("p")]
              for t in data.get("trials", [])]
    where = ["area_code", "area_name_en", "area_name_km"]
    return [
        ("adoption", ["season", *where, "farmers", "women", "men", "plots", "hectares",
                      "target_households", "share_of_target", "fewer_than_5"], adoption),
        ("diffusion", [*where, "level", "year", "adopters_so_far", "p", "q", "m",
                       "tipping_year", "tipping_passed"], diffusion),
        ("market", ["year", *where, "providers", "services", "hectares", "farmers",
                    "fewer_than_5"], market),
        ("providers", ["name", "services", "districts", "phone", "email", "contact"],
         providers),
        ("trials", ["trial", "season", "measure", "unit", "n", "ca_minus_fp", "ci_low",
                    "ci_high", "p"], trials),
    ]


def _write_downloads(folder: Path, data: dict[str, Any]) -> None:
    folder.mkdir()
    tables = _tables(data)
    for stem, headers, rows in tables:
        write_csv(folder / f"{stem}.csv", headers, rows)
    write_xlsx_sheets(folder / "tables.xlsx", [(stem, headers, rows)
                                               for stem, headers, rows in tables])


def _put_in_place(temp: Path, out: Path) -> None:
    """The new site where the old one (if any) was: the old one moved aside first, and
    back if the new one cannot take its place."""
    old = None
    if out.exists():
        old = out.parent / f".{out.name}-{uuid.uuid4().hex[:12]}.old"
        out.rename(old)
    try:
        temp.rename(out)
    except OSError:
        if old is not None:
            old.rename(out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
