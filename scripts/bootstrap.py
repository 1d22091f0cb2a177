"""Set up the pinned environment and run MetKasekor Desktop or its tests, on Windows or Linux.

    py -3.11 scripts\\bootstrap.py run [PROJECT.gpkg ...]
    py -3.11 scripts\\bootstrap.py test [PYTEST ARGS ...]

(On Debian, ./dev.sh installs the system libraries first and then runs this script.)

Why a script rather than instructions: an officer's PC or a fresh CI machine must get the
exact versions the tests passed with (requirements.lock), and a second run must be quick,
so packages are reinstalled only when the lock or pyproject.toml changed. Standard library
only, so it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements.lock"
PYPROJECT = ROOT / "pyproject.toml"
STAMP = VENV / "metkasekor-install.sha256"
INSTALL_LOG = VENV / "metkasekor-install.log"
DEMO_PROJECT = Path("demo") / "metkasekor-demo.gpkg"
DEMO_REGISTER = Path("demo") / "register"  # the local server of "register"
DEMO_REGISTER_PORT = "5433"  # beside a system PostgreSQL's 5432
PYTHON_VERSION = (3, 11)
NO_TESTS_COLLECTED = 5

USAGE = """\
Usage (./dev.sh on Debian, py -3.11 scripts\\bootstrap.py on Windows):
  run [PROJECT.gpkg ...]   open MetKasekor Desktop (on the demo project by default)
  test [PYTEST ARGS ...]   run the whole test suite
  register [--stop]        start a shared register on this PC (a local PostgreSQL
                           server in demo/register holding the demo data) and open it"""

NO_DISPLAY = (
    "No display found: MetKasekor Desktop needs a screen; on a server run it under a "
    "virtual one: xvfb-run -a ./dev.sh run"
)


class BootstrapError(Exception):
    """A set-up step failed; the message says what happened and what to do."""


def venv_python() -> Path:
    """The interpreter inside the project's virtual environment."""
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_python_version() -> None:
    if sys.version_info[:2] != PYTHON_VERSION:
        wanted = ".".join(map(str, PYTHON_VERSION))
        raise BootstrapError(
            f"MetKasekor Desktop is developed and tested with Python {wanted}, but this is "
            f"Python {sys.version.split()[0]} ({sys.executable}). Run the script with "
            f"Python {wanted}: 'py -{wanted} scripts\\bootstrap.py' on Windows, "
            "'./dev.sh' on Debian."
        )


def ensure_venv() -> None:
    """Create .venv with this interpreter unless a working one is already there."""
    python = venv_python()
    if python.exists():
        probe = subprocess.run(
            [str(python), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
        )
        wanted = ".".join(map(str, PYTHON_VERSION))
        if probe.returncode == 0 and probe.stdout.strip() == wanted:
            return
        raise BootstrapError(
            f"The virtual environment {VENV} is broken or not Python {wanted} "
            f"({(probe.stdout + probe.stderr).strip() or 'it does not start'}). "
            "Delete the .venv folder and run this command again to rebuild it."
        )
    print(f"Creating the virtual environment in {VENV} ...", flush=True)
    result = subprocess.run(
        [sys.executable, "-m", "venv", str(VENV)], capture_output=True, text=True
    )
    if result.returncode != 0 or not python.exists():
        raise BootstrapError(
            f"Could not create the virtual environment in {VENV}:\n"
            f"{(result.stdout + result.stderr).strip()}\n"
            "On Debian, install python3.11-venv (./dev.sh does this); on Windows, reinstall "
            "Python 3.11 from python.org with pip included."
        )


def install_fingerprint() -> str:
    """What the installed packages depend on: the lock, pyproject.toml, the interpreter."""
    digest = hashlib.sha256()
    for path in (LOCK, PYPROJECT):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update(str(venv_python()).encode())
    return digest.hexdigest()


def _pip(args: list[str], log) -> None:
    command = [str(venv_python()), "-m", "pip", "--disable-pip-version-check", "--no-input"]
    log.write(f"$ pip {' '.join(args)}\n")
    log.flush()
    result = subprocess.run(command + args, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    if result.returncode != 0:
        raise BootstrapError(f"pip {args[0]} failed (exit code {result.returncode}).")


def ensure_packages() -> None:
    """Install the pinned packages and the project, unless the stamp says they are current."""
    fingerprint = install_fingerprint()
    if STAMP.exists() and STAMP.read_text(encoding="utf-8").strip() == fingerprint:
        return
    pinned = [
        line.split("==")[0]
        for line in LOCK.read_text(encoding="utf-8").splitlines()
        if "==" in line and not line.lstrip().startswith("#")
    ]
    print(f"Installing {len(pinned)} pinned packages into .venv ...", flush=True)
    started = time.monotonic()
    STAMP.unlink(missing_ok=True)
    with INSTALL_LOG.open("w", encoding="utf-8") as log:
        try:
            # --no-deps: the lock is complete, and gdal-utils must come without `gdal`.
            _pip(["install", "--quiet", "--no-deps", "-r", str(LOCK)], log)
            _pip(
                ["install", "--quiet", "--no-deps", "--no-build-isolation", "-e", str(ROOT)],
                log,
            )
        except BootstrapError as error:
            log.close()
            tail = INSTALL_LOG.read_text(encoding="utf-8", errors="replace").splitlines()[-25:]
            raise BootstrapError(
                f"{error}\n" + "\n".join(tail) + f"\nThe full output is in {INSTALL_LOG}. "
                "Check the network connection to the package index and run the command "
                "again; if a pinned version cannot be had, update requirements.lock."
            ) from None
    STAMP.write_text(fingerprint + "\n", encoding="utf-8")
    print(
        f"Installed {len(pinned)} pinned packages and metkasekor-desktop "
        f"in {time.monotonic() - started:.0f} s.",
        flush=True,
    )


def _has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run_app(args: list[str]) -> int:
    """Open the application: on the given project, else on the demo project."""
    if not _has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    python = str(venv_python())
    if not args:
        if not (ROOT / DEMO_PROJECT).exists():
            print(f"Creating the demo project {DEMO_PROJECT.as_posix()} ...", flush=True)
            made = subprocess.run(
                [python, "-m", "metkasekor_desktop", "demo", str(DEMO_PROJECT)], cwd=ROOT
            )
            if made.returncode != 0:
                print("The demo project could not be created (see above).", file=sys.stderr)
                return made.returncode
        args = [str(DEMO_PROJECT)]
    return subprocess.run([python, "-m", "metkasekor_desktop", *args], cwd=ROOT).returncode


def run_register(args: list[str]) -> int:
    """Start the demo register (made on first use) and open the window on it; with
    --stop, stop its server."""
    python = str(venv_python())
    command = [python, "-m", "metkasekor_desktop", "server", "demo", str(DEMO_REGISTER),
               "--port", DEMO_REGISTER_PORT]
    if args[:1] == ["--stop"]:
        return subprocess.run([*command, "--stop"], cwd=ROOT).returncode
    started = subprocess.run(command, cwd=ROOT)
    if started.returncode != 0:
        return started.returncode
    url = f"postgresql://postgres@127.0.0.1:{DEMO_REGISTER_PORT}/metkasekor"
    return run_app([url])


def run_tests(args: list[str]) -> int:
    """Run pytest on the offscreen platform and return its exit code."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    code = subprocess.run([str(venv_python()), "-m", "pytest", *args], cwd=ROOT, env=env).returncode
    if code == NO_TESTS_COLLECTED:
        print("No tests were collected: that counts as a failure.", file=sys.stderr)
    return code


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "register"):
        print(USAGE, file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    try:
        ensure_python_version()
        ensure_venv()
        ensure_packages()
    except BootstrapError as error:
        print(f"Set-up failed: {error}", file=sys.stderr)
        return 1
    try:
        runs = {"run": run_app, "test": run_tests, "register": run_register}
        return runs[command](rest)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
