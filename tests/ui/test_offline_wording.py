"""A register that cannot be reached is worded in the officer's language from the
error's reason and parameters (the host), for a write and for a read."""

from __future__ import annotations

from metkasekor_desktop.domain.messages import msg
from metkasekor_desktop.storage.errors import ServerUnreachableError


def _error(writing: bool) -> ServerUnreachableError:
    """As storage raises it: its English for the command line, the parameters for the
    window."""
    english = msg("The shared register {register} cannot be reached (the server is "
                  "stopped or the network is down). Nothing was written. Try your change "
                  "again when the connection is back: MetKasekor reconnects by itself.",
                  register="reg on db.example.org")
    return ServerUnreachableError(english, host="db.example.org",
                                  register="reg on db.example.org", writing=writing)


def test_an_unreachable_register_is_worded_in_english_and_khmer(qapp) -> None:
    from metkasekor_desktop.ui.language import install_translators
    from metkasekor_desktop.ui.write_failures import _title, write_error_text

    write = write_error_text(_error(True))
    assert "db.example.org" in write and "Nothing was written" in write
    assert "could not be read" in write_error_text(_error(False))
    translators = install_translators(qapp, "km")
    try:
        km_write = write_error_text(_error(True))
        km_read = write_error_text(_error(False))
        title = _title(_error(True))
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert "db.example.org" in km_write and "បញ្ជីរួម" in km_write
    assert "server" not in km_write and "គ្មានអ្វីត្រូវបានសរសេរ" in km_write
    assert "អាន" in km_read and "គ្មានអ្វីត្រូវបានសរសេរ" not in km_read
    assert title == "មិនអាចចូលដល់បញ្ជីរួមបានទេ"
