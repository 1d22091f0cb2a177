"""Messages as data (DESIGN decision 10): what the code below ui/ says is a template with
values, said in the user's language where it is shown."""

from __future__ import annotations

import ast
import importlib.util
import pickle
import string
from pathlib import Path

import pytest

from metkasekor_desktop.domain.messages import Message, as_message, joined, msg

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "metkasekor_desktop"


def _script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_message_is_its_english_and_keeps_its_template():
    m = msg("No plot has the code {code}; {count:,} plots were read.", code="BTB-1",
            count=12345)
    assert m == "No plot has the code BTB-1; 12,345 plots were read."
    assert m.template.startswith("No plot has the code {code}")
    assert str(ValueError(m)) == m
    assert as_message(ValueError(m)) is m
    assert pickle.loads(pickle.dumps(m)).params == {"code": "BTB-1", "count": 12345}


def test_parts_are_said_in_the_same_language():
    line = msg("{feature}: {problem}", feature=msg("Feature {number}", number=3),
               problem=joined([msg("no code"), "BTB-1"], "; "))
    khmer = {"Feature {number}": "លក្ខណៈ {number}", "no code": "គ្មានកូដ"}
    assert line == "Feature 3: no code; BTB-1"
    assert line.said(lambda t: khmer.get(t, t)) == "លក្ខណៈ 3: គ្មានកូដ; BTB-1"


def test_a_translation_that_does_not_fit_falls_back_to_english():
    m = msg("{count} plots", count=2)
    assert m.said(lambda t: "{number} ក្បាលដី") == "2 plots"
    assert msg("a text of a library {with braces").said(lambda t: t) == (
        "a text of a library {with braces")


def test_every_message_template_is_written_out():
    """The translation tools collect templates from the calls: a template built with
    an f-string, a sum or a variable would never be translated."""
    calls = _script().message_calls()
    assert calls, "no msg() call found"
    assert [f"{f}:{line}" for f, line, template in calls if template is None] == []


def test_every_message_template_is_well_formed():
    """Its fields are named (a translation reorders them) and it parses."""
    bad = []
    for template in _script().message_templates():
        try:
            names = [name for _, name, _, _ in string.Formatter().parse(template)
                     if name is not None]
        except ValueError:
            bad.append(template)
            continue
        if any(not name or name.isdigit() for name in names):
            bad.append(template)
    assert bad == []


def _sentence(node: ast.expr) -> bool:
    """An English sentence written in the code: an f-string, a sum of texts, or a
    literal with a space in it (a field name or a key such as "farmer_id" has none)."""
    if isinstance(node, ast.JoinedStr | ast.BinOp):
        return True
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and (
        " " in node.value.strip())


def _english_raises(path: Path) -> list[str]:
    """``raise X("... ...")``, ``raise X(f"...")`` and ``raise X("..." + ...)`` in
    ``path``, the sentence given as any positional argument."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and any(
                _sentence(arg) for arg in node.exc.args):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


@pytest.mark.parametrize("package", ["domain", "io", "storage", "analysis", "layers", "app"])
def test_no_english_sentence_is_raised_below_the_window(package: str):
    """Below ui/ every refusal is raised with a message (``msg``), never a sentence."""
    found = [site for path in sorted((PACKAGE / package).rglob("*.py"))
             for site in _english_raises(path)]
    assert found == []


def test_a_message_is_text_for_code_that_handles_text():
    m = msg("Feature {number} has no code.", number=7)
    assert isinstance(m, str) and isinstance(m, Message)
    assert "no code" in m and m.startswith("Feature 7")
    assert f"[refused] {m}" == "[refused] Feature 7 has no code."
