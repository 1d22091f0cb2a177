"""The command line's language: ``--language km|en`` on every command, else the
environment's (MK_LANGUAGE, then LANGUAGE, LC_ALL, LC_MESSAGES, LANG); Khmer installs our
translators before the command runs, and everything the command prints is said in it."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from metkasekor_desktop.app import COMMANDS, _command_parser, main
from metkasekor_desktop.app.language import environment_language, speak
from metkasekor_desktop.layers import message_words

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ("MK_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
# A window's word translated in metkasekor_km.ts today: tells whether Khmer is installed.
KNOWN = ("TrialResultsModel", "Yield of {crop}")


def _khmer_installed() -> bool:
    return QCoreApplication.translate(*KNOWN) != KNOWN[1]


@pytest.fixture(autouse=True)
def _english_afterwards():
    """Every test leaves the process in English, as the other tests expect it."""
    yield
    speak("en")


@pytest.fixture
def english_environment(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in LOCALE:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    return monkeypatch


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("language") / "demo.gpkg"
    assert main(["demo", str(path), "--plots", "40", "--language", "en"]) == 0
    return path


@pytest.mark.parametrize("environ, language", [
    ({}, "en"),
    ({"LANG": "km_KH.UTF-8"}, "km"),
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"MK_LANGUAGE": "km", "LANG": "en_US"}, "km"),
    ({"MK_LANGUAGE": "en", "LANG": "km_KH.UTF-8"}, "en"),
    ({"LANGUAGE": "km:en", "LC_ALL": "C.UTF-8"}, "km"),
    ({"LC_ALL": "C.UTF-8", "LANG": "km_KH"}, "en"),  # the first that is set decides
    ({"LC_MESSAGES": "km_KH", "LANG": "en_GB"}, "km"),
    ({"MK_LANGUAGE": "", "LANGUAGE": "", "LANG": "km_KH"}, "km"),  # empty is not set
    ({"LANG": "kmr_TR"}, "km"),  # starts with "km", as the rule says
])
def test_the_environment_chooses_the_language(environ: dict[str, str], language: str):
    assert environment_language(environ) == language


def _leaf_parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
    for action in subs:
        for name, child in action.choices.items():
            yield from _leaf_parsers(child, (*path, name))


def test_every_command_accepts_language():
    leaves = dict(_leaf_parsers(_command_parser()))
    assert {path[0] for path in leaves} == set(COMMANDS)
    assert ("server", "init") in leaves and ("server", "add-user") in leaves
    for path, parser in leaves.items():
        option = parser._option_string_actions.get("--language")
        assert option is not None, path
        assert {"km", "en"} <= set(option.choices or ()), path
        # not given: the environment decides (forms and the site in both by default)
        assert option.default == ("both" if path in {("forms",), ("site",)} else None), path


def test_a_command_in_khmer_installs_the_translators_first(demo: Path, capsys,
                                                           english_environment):
    capsys.readouterr()
    assert main(["stats", str(demo), "--language", "km"]) == 0
    out = capsys.readouterr().out
    assert _khmer_installed()
    assert isinstance(QCoreApplication.instance(), QGuiApplication)  # a drawing one
    assert "ទិន្នផល" in out and "Yield maize" not in out  # the measures in Khmer
    assert main(["stats", str(demo), "--language", "en"]) == 0
    out = capsys.readouterr().out
    assert not _khmer_installed()  # English again: the translators are taken out
    assert "Yield maize" in out and "ទិន្នផល" not in out


def test_without_language_the_environment_decides(demo: Path, capsys,
                                                  english_environment):
    monkeypatch = english_environment
    capsys.readouterr()
    monkeypatch.setenv("MK_LANGUAGE", "km")  # wins over LANG=en_US
    assert main(["stats", str(demo)]) == 0
    assert _khmer_installed()
    assert "ទិន្នផល" in capsys.readouterr().out
    monkeypatch.delenv("MK_LANGUAGE")
    assert main(["stats", str(demo)]) == 0
    assert not _khmer_installed()
    assert "Yield maize" in capsys.readouterr().out
    monkeypatch.setenv("LANG", "km_KH.UTF-8")
    assert main(["stats", str(demo), "--language", "en"]) == 0  # the option wins
    assert not _khmer_installed()


def test_a_drawing_command_after_a_khmer_one_still_draws(demo: Path, tmp_path: Path,
                                                          capsys, english_environment):
    assert main(["stats", str(demo), "--language", "km"]) == 0
    out = tmp_path / "map.png"
    assert main(["render", str(demo), "--out", str(out), "--size", "320x200",
                 "--language", "en"]) == 0
    assert out.read_bytes().startswith(b"\x89PNG")
    assert capsys.readouterr().out.endswith(f"{out}: 40 plots\n")


def _marked(template: str) -> str:
    """A stand-in for the Messages catalogue (translated later): Khmer marks every
    message while our Khmer translators are installed."""
    return f"[ខ្មែរ] {template}" if _khmer_installed() else template


@pytest.mark.parametrize("language", ["km", "en"])
def test_errors_are_said_in_the_language(tmp_path: Path, capsys, monkeypatch, language,
                                         english_environment):
    monkeypatch.setattr(message_words, "_translate", _marked)
    out = tmp_path / "demo.txt"
    assert main(["demo", str(out), "--language", language]) == 1
    err = capsys.readouterr().err
    if language == "en":  # byte for byte the English of before
        assert err == f"metkasekor-desktop: error: {out}: a project file must end in .gpkg\n"
    else:  # the line and its reason, each said in Khmer
        assert err == (f"[ខ្មែរ] metkasekor-desktop: error: [ខ្មែរ] {out}: a project file "
                       "must end in .gpkg\n")


def test_a_result_line_is_said_in_the_language(demo: Path, capsys, monkeypatch,
                                               english_environment):
    monkeypatch.setattr(message_words, "_translate", _marked)
    capsys.readouterr()
    assert main(["stats", str(demo), "--trial", "none such", "--language", "km"]) == 1
    assert capsys.readouterr().err.startswith("[ខ្មែរ] metkasekor-desktop: error: [ខ្មែរ] "
                                              "no trial named 'none such'")
    english_environment.setenv("MK_LANGUAGE", "km")
    assert main(["conflicts", str(demo)]) == 1  # not an offline copy: refused in Khmer
    assert capsys.readouterr().err.startswith("[ខ្មែរ] metkasekor-desktop: error: ")


def test_english_makes_no_qt_application(tmp_path: Path):
    """A command in English that does not draw needs no Qt application (made only for
    Khmer, or to draw)."""
    code = ("import sys; from metkasekor_desktop.app import main; "
            f"rc = main(['demo', {str(tmp_path / 'x.txt')!r}]); "
            "from PySide6.QtCore import QCoreApplication; "
            "print(rc, QCoreApplication.instance() is None)")
    env = {k: v for k, v in os.environ.items() if k not in LOCALE}
    for language, made in (("en_US.UTF-8", "True"), ("km_KH.UTF-8", "False")):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              cwd=ROOT, env={**env, "LANG": language}, check=False)
        assert done.stdout.split() == ["1", made], done.stderr
        ending = ("a project file must end in .gpkg" if made == "True"
                  else "ឯកសារគម្រោងត្រូវតែបញ្ចប់ដោយ .gpkg")  # said in Khmer
        assert done.stderr.rstrip().endswith(ending), done.stderr
