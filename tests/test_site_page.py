"""The static page of the public website (metkasekor_desktop/resources/site/).

Without a browser: the page's files exist, index.html loads only relative local files that
are there (data/ is written by the site generator), LICENSES.txt names every vendored
file, and site.js parses (``node --check``, when node is on PATH).

With headless Chromium (only if /usr/bin/chromium exists): the page is opened from a
temporary folder with tests/site_sample.js as its data, in Khmer and English, at desktop
and phone size; a console error, an uncaught exception or a file that fails to load fails
the test. The screenshots are kept in the test's temporary folder (or in the folder named
by MK_SITE_SCREENSHOTS, to look at them).
"""

from __future__ import annotations

import html.parser
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "metkasekor_desktop" / "resources" / "site"
ASSETS = SITE / "assets"
FONTS = ROOT / "metkasekor_desktop" / "resources" / "fonts"
SAMPLE = Path(__file__).resolve().parent / "site_sample.js"
CHROMIUM = Path("/usr/bin/chromium")

PAGE_FILES = ("index.html", "assets/site.css", "assets/site.js", "assets/LICENSES.txt")
VENDORED = (
    "assets/vendor/leaflet/leaflet.js",
    "assets/vendor/leaflet/leaflet.css",
    "assets/vendor/leaflet/LICENSE",
    "assets/vendor/chart.js/chart.umd.js",
    "assets/vendor/chart.js/LICENSE.md",
    "assets/vendor/chart.js/LICENSE-kurkle-color.md",
)
# Written next to the page by the site generator, not part of the resources.
GENERATED = ("data/", "downloads/", "assets/fonts/")


class _References(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("src", "href") and value is not None:
                self.urls.append(value)


def _references() -> list[str]:
    parser = _References()
    parser.feed((SITE / "index.html").read_text(encoding="utf-8"))
    return parser.urls


def _css_urls(css: Path) -> list[str]:
    return re.findall(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)", css.read_text(encoding="utf-8"))


def test_the_page_files_exist():
    for name in PAGE_FILES + VENDORED:
        assert (SITE / name).is_file(), name
    assert (SITE / "vendor" / "package.json").is_file()
    assert (SITE / "vendor" / "package-lock.json").is_file()
    for name in ("NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf", "OFL.txt"):
        assert (FONTS / name).is_file(), name


def test_no_source_maps_or_dev_builds_are_vendored():
    for path in (ASSETS / "vendor").rglob("*"):
        assert not path.name.endswith(".map"), path
        assert "-src" not in path.name, path


def test_index_html_loads_only_relative_local_files():
    urls = _references()
    assert "data/site.js" in urls
    for url in urls:
        if url.startswith("#"):
            continue
        assert not re.match(r"^(https?:|//|[a-z][a-z0-9+.-]*:)", url, re.IGNORECASE), url
        path = url.split("#")[0].split("?")[0]
        if path.startswith(GENERATED):
            continue
        assert (SITE / path).is_file(), f"index.html refers to {url}, which is missing"


def test_the_page_stylesheet_refers_only_to_local_files():
    for url in _css_urls(ASSETS / "site.css"):
        assert not re.match(r"^(https?:|//)", url), url
        target = (ASSETS / url).resolve()
        relative = target.relative_to(SITE.resolve()).as_posix()
        if relative.startswith("assets/fonts/"):
            assert (FONTS / target.name).is_file(), url  # copied by the site generator
        else:
            assert target.is_file(), url


def test_the_scripts_load_no_network():
    text = (ASSETS / "site.js").read_text(encoding="utf-8")
    assert not re.search(r"https?://", text)
    assert "fetch(" not in text and "XMLHttpRequest" not in text


def test_licences_name_every_vendored_file_with_version_and_licence():
    licences = (ASSETS / "LICENSES.txt").read_text(encoding="utf-8")
    for name in VENDORED:
        assert name in licences, name
    for path in (ASSETS / "vendor").rglob("*"):
        if path.is_file():
            assert path.relative_to(SITE).as_posix() in licences, path
    assert "Leaflet 1.9.4" in licences and "BSD-2-Clause" in licences
    assert re.search(r"Chart\.js 4\.4\.\d+", licences) and "MIT" in licences
    assert "SIL Open Font License" in licences


def test_site_js_parses():
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not on PATH")
    for script in (ASSETS / "site.js", SAMPLE):
        result = subprocess.run([node, "--check", str(script)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


def test_every_word_has_both_languages():
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not on PATH")
    # Evaluate the dictionary alone: the text between "var WORDS =" and the first "};".
    text = (ASSETS / "site.js").read_text(encoding="utf-8")
    start = text.index("var WORDS = ")
    end = text.index("\n  };", start) + 4
    program = text[start:end] + (
        "\nconst en = Object.keys(WORDS.en).sort(), km = Object.keys(WORDS.km).sort();"
        "\nif (JSON.stringify(en) !== JSON.stringify(km)) {"
        " console.log(en.filter(k => !km.includes(k)), km.filter(k => !en.includes(k)));"
        " process.exit(1); }"
        "\nconst fields = s => (s.match(/\\{\\w+\\}/g) || []).sort().join();"
        "\nconst bad = en.filter(k => fields(WORDS.en[k]) !== fields(WORDS.km[k]));"
        "\nif (bad.length) { console.log(bad); process.exit(1); }"
        "\nif (WORDS.km.fewer5 !== 'តិចជាង ៥') process.exit(1);"
    )
    result = subprocess.run([node, "-e", program], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# ---- in a browser ---------------------------------------------------------------------

# Put before the data in the test copy of data/site.js, so it runs first: console errors
# and warnings, uncaught errors and files that fail to load (scripts, stylesheets, fonts)
# are written to the console log with a marker Chromium's log keeps.
_WATCH = r"""
(function () {
  var log = console.log.bind(console);
  ['error', 'warn'].forEach(function (level) {
    console[level] = function () {
      log('ERROR:CONSOLE ' + level + ': ' + Array.prototype.join.call(arguments, ' '));
    };
  });
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target !== window && (target.src || target.href)) {
      log('ERROR:CONSOLE cannot load ' + (target.src || target.href));
    }
  }, true);
  window.addEventListener('unhandledrejection', function (event) {
    log('Uncaught (in promise) ' + event.reason);
  });
  window.addEventListener('load', function () {
    setTimeout(function () {
      if (document.fonts) {
        document.fonts.forEach(function (face) {
          if (face.status === 'error') {
            log('ERROR:CONSOLE font ' + face.family + ' ' + face.weight + ' failed to load');
          }
        });
      }
      log('MK-PAGE-DONE');
    }, 300);
  });
}());
"""

_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
    "--enable-logging=stderr", "--v=0",
    # Let the fonts and the charts finish before the picture is taken.
    "--virtual-time-budget=4000",
)

needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium")


def _site_copy(folder: Path, data: str | None) -> Path:
    shutil.copy2(SITE / "index.html", folder / "index.html")
    shutil.copytree(ASSETS, folder / "assets")
    fonts = folder / "assets" / "fonts"
    fonts.mkdir()
    for name in ("NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf", "OFL.txt"):
        shutil.copy2(FONTS / name, fonts / name)
    (folder / "data").mkdir()
    (folder / "data" / "site.js").write_text(_WATCH + (data or ""), encoding="utf-8")
    return folder / "index.html"


def _chromium(page: Path, profile: Path, query: str, *extra: str) -> subprocess.CompletedProcess:
    profile.mkdir(parents=True, exist_ok=True)
    command = [str(CHROMIUM), *_FLAGS, f"--user-data-dir={profile}", *extra,
               page.as_uri() + query]
    return subprocess.run(command, capture_output=True, text=True, timeout=120,
                          cwd=profile)


def _page_problems(stderr: str) -> list[str]:
    problems = []
    for line in stderr.splitlines():
        if "CONSOLE" not in line and "Uncaught" not in line:
            continue
        if "file://" not in line and "ERROR:CONSOLE" not in line and "Uncaught" not in line:
            continue  # the browser's own log, not the page
        if "MK-PAGE-DONE" in line:
            continue
        if "Uncaught" in line or "ERROR:CONSOLE" in line:
            problems.append(line)
    return problems


def _shots_folder(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("MK_SITE_SCREENSHOTS") or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@needs_chromium
@pytest.mark.parametrize("lang", ["km", "en"])
@pytest.mark.parametrize("size", ["1280,900", "390,844"])
def test_the_page_opens_without_console_errors(tmp_path, lang, size):
    page = _site_copy(tmp_path, SAMPLE.read_text(encoding="utf-8"))
    shot = _shots_folder(tmp_path) / f"site-{lang}-{size.replace(',', 'x')}.png"
    result = _chromium(page, tmp_path / "profile", f"?lang={lang}",
                       f"--screenshot={shot}", f"--window-size={size}")
    assert "MK-PAGE-DONE" in result.stderr, result.stderr[-3000:]
    assert _page_problems(result.stderr) == []
    assert shot.is_file() and shot.stat().st_size > 10_000


@needs_chromium
@pytest.mark.parametrize(("lang", "words"), [
    ("km", ("តិចជាង ៥", "ទីផ្សារសេវា", "អ្នកផ្តល់សេវា", "Sokha Agri Services", "រតនមណ្ឌល")),
    ("en", ("fewer than 5", "Service market", "Sokha Agri Services", "Rotonak Mondol",
            "downloads/tables.xlsx", "0.20 … 1.40 t/ha")),
])
def test_the_page_shows_the_data(tmp_path, lang, words):
    page = _site_copy(tmp_path, SAMPLE.read_text(encoding="utf-8"))
    result = _chromium(page, tmp_path / "profile", f"?lang={lang}", "--dump-dom")
    assert _page_problems(result.stderr) == []
    dom = result.stdout
    for word in words:
        assert word in dom, word
    assert f'<html lang="{lang}"' in dom
    assert dom.count("leaflet-interactive") >= 3  # circles, cells and demonstration plots
    assert dom.count("<canvas") >= 3


@needs_chromium
@pytest.mark.parametrize("data", [
    None,  # no data file at all
    "window.MK_SITE = {schema: 1};",
    "window.MK_SITE = {schema: 1, published: '2025-01-01', title: {en: 'T', km: 'T'},"
    " threshold: 0.16, min_count: 5, seasons: [], areas: [], adoption: [], diffusion: [],"
    " market: [], providers: [], trials: [], demo_sites: [],"
    " cells: {type: 'FeatureCollection', features: []}};",
    "window.MK_SITE = {schema: 1, seasons: [{id: 1, year: 2024, name: {en: 'S', km: 'S'}}],"
    " areas: [{code: '01', level: 'district', name: {en: 'A', km: 'A'}, lon: 104, lat: 12}],"
    " adoption: [{season: 1, area: '01', farmers: null, suppressed: true, hectares: 1}],"
    " diffusion: [{area: '01', level: 'district', years: [{year: 2024, adopters: null}],"
    " p: null, q: null, m: null, curve: [], tipping_year: null, passed: false, note: null}],"
    " trials: [{trial: 'T', season: 1, measure: {en: 'Y', km: 'Y'}, unit: 't/ha', n: 2,"
    " difference: null, ci_low: null, ci_high: null, p: null}]};",
], ids=["no-data", "bare", "empty", "suppressed-only"])
def test_empty_parts_raise_no_errors(tmp_path, data):
    page = _site_copy(tmp_path, data)
    result = _chromium(page, tmp_path / "profile", "?lang=en", "--dump-dom")
    assert _page_problems(result.stderr) == []
    assert "MK-PAGE-DONE" in result.stderr
    if data is None:
        assert "data/site.js) is missing" in result.stdout
    else:
        assert "No data for this part yet." in result.stdout


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The website of the demo project, as ``site`` writes it."""
    from metkasekor_desktop.app import main

    folder = tmp_path_factory.mktemp("demo-site")
    assert main(["demo", str(folder / "demo.gpkg")]) == 0
    assert main(["site", str(folder / "demo.gpkg"), "--out", str(folder / "site")]) == 0
    site = folder / "site"
    script = site / "data" / "site.js"
    script.write_text(_WATCH + script.read_text(encoding="utf-8"), encoding="utf-8")
    return site


@needs_chromium
@pytest.mark.parametrize("lang", ["km", "en"])
@pytest.mark.parametrize("size", ["1280,900", "390,844"])
def test_the_demo_projects_site_opens_without_console_errors(demo_site, tmp_path, lang,
                                                             size):
    """The site written from the demo, opened from its folder: no console error, its
    figures shown, and a screenshot of each language at desktop and phone size."""
    shot = _shots_folder(tmp_path) / f"demo-site-{lang}-{size.replace(',', 'x')}.png"
    result = _chromium(demo_site / "index.html", tmp_path / "profile", f"?lang={lang}",
                       f"--screenshot={shot}", f"--window-size={size}")
    assert "MK-PAGE-DONE" in result.stderr, result.stderr[-3000:]
    assert _page_problems(result.stderr) == []
    assert shot.is_file() and shot.stat().st_size > 10_000
    dom = _chromium(demo_site / "index.html", tmp_path / "profile2", f"?lang={lang}",
                    "--dump-dom").stdout
    district = "រតនមណ្ឌល" if lang == "km" else "Rotaknak Mundul"
    assert district in dom and f'<html lang="{lang}"' in dom
