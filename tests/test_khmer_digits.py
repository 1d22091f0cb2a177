"""Khmer digits: ``say`` writes the numbers of a message with Khmer digits when they are
chosen, never its codes, names or file names, and the English of a message never changes."""

from __future__ import annotations

import threading

import pytest

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.layers.message_words import (
    digits,
    digits_for,
    say,
    set_digits,
    shown_number_text,
)


@pytest.fixture
def khmer_digits():
    set_digits("khmer")
    yield
    set_digits("arabic")


def test_off_by_default_numbers_keep_their_digits():
    assert digits() == "arabic"
    assert say(msg("{count} plots, {area:.2f} ha", count=12, area=3.456)) == "12 plots, 3.46 ha"
    assert shown_number_text("1,234.5") == "1,234.5"


def test_numbers_in_khmer_digits_after_their_format(khmer_digits):
    said = say(msg("{count} plots, {area:,.2f} ha", count=1200, area=3.456))
    assert said == "១២០០ plots, ៣.៤៦ ha"
    assert shown_number_text("1:25,000") == "១:២៥,០០០"


def test_codes_names_and_files_keep_their_digits(khmer_digits):
    message = msg("No plot has the code {code}; {file} has {rows} rows; village {village} "
                  "in EPSG:{epsg}, record {plot_id}, {name!r}",
                  code="BTB-12", file="plots_2024.csv", rows=7, village="02070101",
                  epsg=32648, plot_id=42, name="Plot 3")
    said = say(message)
    assert "BTB-12" in said and "plots_2024.csv" in said and "02070101" in said
    assert "EPSG:32648" in said and "record 42" in said and "'Plot 3'" in said
    assert "has ៧ rows" in said


def test_nested_messages_and_lists(khmer_digits):
    inner = msg("{n} rows were refused", n=3)
    said = say(msg("{path}: {reason}; sizes {sizes}", path="/tmp/2024/a.gpkg", reason=inner,
                   sizes=[10, 20]))
    assert said == "/tmp/2024/a.gpkg: ៣ rows were refused; sizes ១០, ២០"


def test_english_text_never_changes(khmer_digits):
    message = msg("{count} plots, {area:.1f} ha", count=12, area=3.0)
    assert str(message) == "12 plots, 3.0 ha"
    assert f"{message}" == "12 plots, 3.0 ha"
    assert message.said(lambda t: t) == "12 plots, 3.0 ha"  # said without digits: as is


def test_booleans_are_not_numbers(khmer_digits):
    assert say(msg("flag {flag}, {n}", flag=True, n=1)) == "flag True, ១"


def test_digits_for_is_of_this_thread_only():
    seen: list[str] = []
    with digits_for("khmer"):
        assert say(msg("{n} plots", n=5)) == "៥ plots"
        thread = threading.Thread(target=lambda: seen.append(digits()))
        thread.start()
        thread.join()
    assert seen == ["arabic"] and digits() == "arabic"
    with pytest.raises(ValueError):
        set_digits("roman")
