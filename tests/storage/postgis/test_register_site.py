"""The public website written from the shared register (site URL): the same figures as
from the office project that was published into it, nothing personal."""

from __future__ import annotations

import json
from pathlib import Path

from metkasekor_desktop.app import main

from ..test_project_copy import office_project


def test_the_site_of_the_register_equals_the_site_of_its_project(tmp_path: Path,
                                                                 register_url: str):
    office = office_project(tmp_path)
    assert main(["publish", str(office), register_url]) == 0
    assert main(["site", register_url, "--out", str(tmp_path / "from-register")]) == 0
    assert main(["site", str(office), "--out", str(tmp_path / "from-file")]) == 0

    def data(name: str) -> dict:
        path = tmp_path / name / "data" / "site.json"
        return json.loads(path.read_text(encoding="utf-8"))

    register, file = data("from-register"), data("from-file")
    for part in ("seasons", "adoption", "market", "diffusion", "trials", "published"):
        assert register[part] == file[part], part
    assert register["adoption"], "the register's site has figures"
