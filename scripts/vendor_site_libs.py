"""Vendor the pinned JavaScript libraries of the public website.

The website (``metkasekor-desktop site``) works offline from its folder, so the few
libraries its page uses are copied into the package instead of loaded from a CDN. The
versions are pinned by ``metkasekor_desktop/resources/site/vendor/package.json`` and its
``package-lock.json`` (exact versions and integrity hashes). This script:

1. copies those two files into a temporary folder and runs ``npm ci`` there (the npm
   registry is needed; npm checks each tarball against the lock's hash);
2. copies only the files the page loads, each library's licence with them, into
   ``metkasekor_desktop/resources/site/assets/vendor/<library>/`` (the files are taken
   unchanged, so their SHA-256 can be compared with the npm package's);
3. writes ``metkasekor_desktop/resources/site/assets/LICENSES.txt``: every vendored file
   (and the fonts the site generator copies), with version, licence, source and SHA-256.

Run it again after changing a version in package.json (then ``npm install
--package-lock-only`` in the vendor folder to update the lock)::

    python scripts/vendor_site_libs.py
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "metkasekor_desktop" / "resources" / "site"
VENDOR_SPEC = SITE / "vendor"
ASSETS = SITE / "assets"
OUT = ASSETS / "vendor"
FONTS = ROOT / "metkasekor_desktop" / "resources" / "fonts"


@dataclass(frozen=True)
class Library:
    package: str  # npm name
    folder: str  # folder under assets/vendor/
    title: str
    licence: str
    homepage: str
    files: tuple[tuple[str, str], ...]  # (path in the npm package, name in folder)
    note: str = ""


LIBRARIES = (
    Library(
        package="leaflet",
        folder="leaflet",
        title="Leaflet",
        licence="BSD-2-Clause",
        homepage="https://leafletjs.com/ (https://github.com/Leaflet/Leaflet)",
        files=(
            ("dist/leaflet.js", "leaflet.js"),
            ("dist/leaflet.css", "leaflet.css"),
            ("LICENSE", "LICENSE"),
        ),
        note=("The map draws GeoJSON and circle markers only (no tile layer, no default "
              "marker icons), so Leaflet's images are not vendored."),
    ),
    Library(
        package="chart.js",
        folder="chart.js",
        title="Chart.js",
        licence="MIT",
        homepage="https://www.chartjs.org/ (https://github.com/chartjs/Chart.js)",
        files=(
            ("dist/chart.umd.js", "chart.umd.js"),
            ("LICENSE.md", "LICENSE.md"),
        ),
        note="chart.umd.js bundles @kurkle/color (below); its licence is copied alongside.",
    ),
    Library(
        package="@kurkle/color",
        folder="chart.js",
        title="@kurkle/color (bundled inside chart.umd.js)",
        licence="MIT",
        homepage="https://github.com/kurkle/color",
        files=(("LICENSE.md", "LICENSE-kurkle-color.md"),),
    ),
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def npm_install(workdir: Path) -> Path:
    """Install the locked packages into ``workdir`` and return its node_modules."""
    for name in ("package.json", "package-lock.json"):
        shutil.copy2(VENDOR_SPEC / name, workdir / name)
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("npm is not on PATH (Node.js 18 or later is needed to vendor the libraries)")
    subprocess.run(
        [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--omit=dev"],
        cwd=workdir, check=True,
    )
    return workdir / "node_modules"


def vendor(node_modules: Path) -> list[str]:
    """Copy the files into assets/vendor/ and return the lines of LICENSES.txt."""
    lock = json.loads((VENDOR_SPEC / "package-lock.json").read_text(encoding="utf-8"))
    if OUT.exists():
        shutil.rmtree(OUT)
    lines = [
        "Third-party files of the MetKasekor public website",
        "===================================================",
        "",
        "The page (index.html, assets/site.js, assets/site.css) is part of MetKasekor Desktop",
        "(GPL-3.0-or-later). The files below are other people's work, copied unchanged from",
        "their npm packages by scripts/vendor_site_libs.py (versions pinned by",
        "metkasekor_desktop/resources/site/vendor/package-lock.json), and the fonts copied",
        "by the site generator. Each keeps its own licence, whose text is next to it.",
        "",
    ]
    for lib in LIBRARIES:
        package_dir = node_modules / lib.package
        meta = json.loads((package_dir / "package.json").read_text(encoding="utf-8"))
        version = meta["version"]
        locked = lock["packages"][f"node_modules/{lib.package}"]
        if locked["version"] != version:
            sys.exit(f"{lib.package}: installed {version}, locked {locked['version']}")
        if meta.get("license") != lib.licence:
            sys.exit(f"{lib.package}: licence is now {meta.get('license')!r}, "
                     f"not {lib.licence!r}; check it before vendoring")
        target = OUT / lib.folder
        target.mkdir(parents=True, exist_ok=True)
        tarball = (f"https://registry.npmjs.org/{lib.package}/-/"
                   f"{lib.package.split('/')[-1]}-{version}.tgz")
        lines += [
            f"{lib.title} {version}",
            f"  Licence: {lib.licence}",
            f"  Source:  {lib.homepage}",
            f"  Package: npm {lib.package}@{version}, {tarball}",
            f"           integrity {locked['integrity']}",
        ]
        if lib.note:
            lines.append(f"  Note:    {lib.note}")
        lines.append("  Files:")
        for source, name in lib.files:
            dest = target / name
            shutil.copyfile(package_dir / source, dest)
            rel = dest.relative_to(ASSETS).as_posix()
            lines.append(f"    assets/{rel}  (from {source}, sha256 {sha256(dest)})")
        lines.append("")
    lines += [
        "Noto Sans Khmer 2.001 (Regular and Bold)",
        "  Licence: SIL Open Font License 1.1 (OFL-1.1)",
        "  Source:  https://github.com/googlefonts/noto-fonts (Debian 12 fonts-noto-core",
        "           20201225-1), see metkasekor_desktop/resources/fonts/README.md",
        "  Files:   copied by the site generator from metkasekor_desktop/resources/fonts/",
    ]
    for name in ("NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf", "OFL.txt"):
        font = FONTS / name
        digest = f"  (sha256 {sha256(font)})" if font.exists() else ""
        lines.append(f"    assets/fonts/{name}{digest}")
    lines.append("")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="mk-site-vendor-") as tmp:
        node_modules = npm_install(Path(tmp))
        lines = vendor(node_modules)
    (ASSETS / "LICENSES.txt").write_text("\n".join(lines), encoding="utf-8")
    for path in sorted(OUT.rglob("*")):
        if path.is_file():
            print(f"{path.relative_to(ROOT).as_posix()}  {path.stat().st_size:,} bytes")
    print(f"{(ASSETS / 'LICENSES.txt').relative_to(ROOT).as_posix()} written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
