"""Refresh the Khmer catalogue from the UI code and compile it for the application.

Runs ``pyside6-lupdate`` over every Python file of ``metkasekor_desktop/ui`` and ``layers`` into
``resources/translations/metkasekor_km.ts`` (translations already there are kept, the
strings that left the code are dropped), then ``pyside6-lrelease`` into
``metkasekor_km.qm``. Translate the new (unfinished) messages in Qt Linguist, or in
the .ts with any XML-aware tool, then run this again to compile.

``qtbase_km.ts`` holds our Khmer for Qt's own strings (dialog buttons, wizard, file
dialog, edit menus), which Qt does not ship: lupdate never touches it (its sources are
Qt's, not ours), lrelease compiles it to ``qtbase_km.qm`` beside the catalogue.

Usage: python scripts/update_translations.py [--lupdate-only | --lrelease-only]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = (ROOT / "metkasekor_desktop" / "ui", ROOT / "metkasekor_desktop" / "layers")
TRANSLATIONS_DIR = ROOT / "metkasekor_desktop" / "resources" / "translations"
LANGUAGES = ("km",)


def qt_tool(name: str) -> Path:
    """The PySide6 tool installed beside this interpreter (the venv's, not a system Qt)."""
    folder = Path(sys.executable).parent
    suffix = ".exe" if sys.platform == "win32" else ""
    candidates = [folder / f"{name}{suffix}", folder / "Scripts" / f"{name}{suffix}"]
    for path in candidates:
        if path.exists():
            return path
    raise SystemExit(
        f"{name} not found beside {sys.executable}: install PySide6 in this environment "
        "(pip install PySide6-Essentials) and run the script with its Python."
    )


def ui_sources() -> list[Path]:
    """Every Python file with visible strings (ui and layers), in a stable order."""
    return sorted(p for d in SOURCE_DIRS for p in d.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"metkasekor_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"metkasekor_{language}.qm"


def lupdate_command(sources: list[Path], ts_file: Path, language: str) -> list[str]:
    """The lupdate call; used by the tests too, to extract into a scratch file."""
    return [
        str(qt_tool("pyside6-lupdate")),
        "-silent",
        "-no-obsolete",
        "-locations",
        "relative",
        "-source-language",
        "en",
        "-target-language",
        language,
        *[str(p) for p in sources],
        "-ts",
        str(ts_file),
    ]


def finished_translations(ts_file: Path) -> dict[str, str]:
    """Source text -> reviewed translation, for texts translated one way only."""
    if not ts_file.exists():
        return {}
    seen: dict[str, set[str]] = {}
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text and not translation.get("type"):
            seen.setdefault(message.findtext("source") or "", set()).add(translation.text)
    return {source: texts.pop() for source, texts in seen.items() if len(texts) == 1}


def keep_reviewed(ts_file: Path, reviewed: dict[str, str]) -> int:
    """Mark finished the messages lupdate only moved to another context.

    lupdate's same-text heuristic copies the translation of a string whose context
    changed (a ``tr`` call moved to another class) but marks it unfinished; when the
    text and its reviewed translation are unchanged there is nothing to review.
    """
    tree = ET.parse(ts_file)
    count = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if (
            translation is not None
            and translation.get("type") == "unfinished"
            and translation.text
            and reviewed.get(message.findtext("source") or "") == translation.text
        ):
            del translation.attrib["type"]
            count += 1
    if count:
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return count


def run_lupdate(language: str) -> Path:
    ts_file = ts_path(language)
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    reviewed = finished_translations(ts_file)
    command = lupdate_command(ui_sources(), ts_file, language)
    subprocess.run(command, check=True, cwd=ROOT)
    if keep_reviewed(ts_file, reviewed):
        subprocess.run(command, check=True, cwd=ROOT)  # back to lupdate's own layout
    return ts_file


def qt_ts_path(language: str) -> Path:
    """Our translation of Qt's own strings (hand-kept: lupdate does not write it)."""
    return TRANSLATIONS_DIR / f"qtbase_{language}.ts"


def lrelease(ts_file: Path) -> Path:
    qm_file = ts_file.with_suffix(".qm")
    subprocess.run(
        [str(qt_tool("pyside6-lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
        cwd=ROOT,
    )
    return qm_file


def run_lrelease(language: str) -> Path:
    qt_ts = qt_ts_path(language)
    if qt_ts.exists():
        print(f"compiled {lrelease(qt_ts).relative_to(ROOT)}")
    return lrelease(ts_path(language))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--lupdate-only", action="store_true", help="only refresh the .ts")
    group.add_argument("--lrelease-only", action="store_true", help="only compile the .qm")
    args = parser.parse_args(argv)
    for language in LANGUAGES:
        if not args.lrelease_only:
            print(f"updated {run_lupdate(language).relative_to(ROOT)}")
        if not args.lupdate_only:
            print(f"compiled {run_lrelease(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
