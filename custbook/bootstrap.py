"""First-run set-up for a source checkout, using only the standard library.

Why this exists: the README promises that `python3 main.py` (start the app) and
`python3 main.py test` (run the suite) work on a fresh machine with nothing but
Python installed. So before anything imports Qt or peewee, this module makes sure a
private virtual environment (`.venv` beside `pyproject.toml`) holds the packages that
`pyproject.toml` lists, that on Linux the system libraries Qt needs are present, and
then re-runs the same command inside that environment.

It does nothing when Custbook was installed as a package (no `pyproject.toml` beside
it) or when `CUSTBOOK_NO_BOOTSTRAP=1` is set.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
VENV = ROOT / ".venv"
STAMP = VENV / "custbook-installed.json"

# Debian package -> a shared library it provides. Qt's wheels bundle Qt itself but
# expect these from the system. The first group is enough for tests (offscreen);
# the window on an X11/XWayland desktop needs the xcb group as well.
QT_LIBS_OFFSCREEN = {
    "libgl1": "libGL.so.1",
    "libegl1": "libEGL.so.1",
    "libxkbcommon0": "libxkbcommon.so.0",
    "libfontconfig1": "libfontconfig.so.1",
    "libglib2.0-0": "libglib-2.0.so.0",
    "libdbus-1-3": "libdbus-1.so.3",
}
QT_LIBS_WINDOW = {
    "libxcb-cursor0": "libxcb-cursor.so.0",
    "libxkbcommon-x11-0": "libxkbcommon-x11.so.0",
    "libx11-xcb1": "libX11-xcb.so.1",
    "libxcb-icccm4": "libxcb-icccm.so.4",
    "libxcb-image0": "libxcb-image.so.0",
    "libxcb-keysyms1": "libxcb-keysyms.so.1",
    "libxcb-randr0": "libxcb-randr.so.0",
    "libxcb-render-util0": "libxcb-render-util.so.0",
    "libxcb-shape0": "libxcb-shape.so.0",
    "libxcb-xkb1": "libxcb-xkb.so.1",
    "libxcb-xfixes0": "libxcb-xfixes.so.0",
    "libxcb-sync1": "libxcb-sync.so.1",
    "libxcb-util1": "libxcb-util.so.1",
    "libxcb-render0": "libxcb-render.so.0",
}


class BootstrapError(RuntimeError):
    """Set-up cannot continue; the message tells the user what to do."""


def _say(text: str) -> None:
    print(f"[custbook setup] {text}", file=sys.stderr, flush=True)


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _in_project_venv() -> bool:
    try:
        return Path(sys.prefix).resolve() == VENV.resolve()
    except OSError:
        return False


def _requirements(extras: list[str]) -> list[str]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    reqs = list(project.get("dependencies", []))
    for extra in extras:
        reqs += project.get("optional-dependencies", {}).get(extra, [])
    return reqs


def _wanted_stamp(extras: list[str]) -> dict:
    digest = hashlib.sha256(PYPROJECT.read_bytes()).hexdigest()
    return {"pyproject": digest, "extras": sorted(extras), "python": sys.version.split()[0]}


def _stamp_ok(extras: list[str]) -> bool:
    try:
        have = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    want = _wanted_stamp(extras)
    return have.get("pyproject") == want["pyproject"] and set(extras) <= set(have.get("extras", []))


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _apt(args: list[str]) -> subprocess.CompletedProcess:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    return subprocess.run(["apt-get", "-q", "-o", "Dpkg::Use-Pty=0", *args], env=env,
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)


def _apt_lists_present() -> bool:
    """False on a fresh container or chroot, where `apt-get install` finds nothing at all."""
    try:
        return any("_Packages" in entry.name for entry in Path("/var/lib/apt/lists").iterdir())
    except OSError:
        return False


def _can_apt() -> bool:
    return _is_root() and shutil.which("apt-get") is not None


def _refresh_apt_lists_if_missing() -> None:
    if _can_apt() and not _apt_lists_present():
        _say("Fetching the Debian package lists (apt-get update) …")
        _apt(["update"])


def _apt_install(packages: list[str], why: str) -> None:
    """Install Debian packages when we may (root with apt); otherwise explain how."""
    command = "apt-get install -y " + " ".join(packages)
    if not _can_apt():
        raise BootstrapError(
            f"{why}\nPlease install them once, then run the same command again:\n"
            f"    sudo {command}"
        )
    _say(f"{why}\nInstalling with apt-get (once): {' '.join(packages)}")
    _refresh_apt_lists_if_missing()
    result = _apt(["install", "-y", *packages])
    if result.returncode != 0:  # the package lists may be stale
        _apt(["update"])
        result = _apt(["install", "-y", *packages])
    if result.returncode != 0:
        tail = "\n".join(result.stdout.strip().splitlines()[-15:])
        raise BootstrapError(f"Could not install system packages ({command}):\n{tail}")


def _installed_libs() -> str:
    for ldconfig in ("ldconfig", "/sbin/ldconfig", "/usr/sbin/ldconfig"):
        try:
            return subprocess.run([ldconfig, "-p"], capture_output=True, text=True).stdout
        except OSError:
            continue
    return ""


def _missing_system_packages(window: bool) -> list[str]:
    if platform.system() != "Linux" or not Path("/etc/debian_version").exists():
        return []  # Windows and macOS wheels bring everything; other Linuxes: see README
    wanted = dict(QT_LIBS_OFFSCREEN)
    if window:
        wanted.update(QT_LIBS_WINDOW)
    known = _installed_libs()
    return [pkg for pkg, lib in wanted.items() if lib not in known]


def _venv_module_missing() -> bool:
    """Debian's python3 comes without ensurepip; `python -m venv` then cannot make a venv."""
    return importlib.util.find_spec("venv") is None or importlib.util.find_spec("ensurepip") is None


def _venv_packages() -> list[str]:
    """The Debian packages that give this interpreter a working `python -m venv`."""
    minor = f"python3.{sys.version_info.minor}-venv"
    if shutil.which("apt-cache") and _has_apt_package(minor):
        return ["python3-venv", minor]
    return ["python3-venv"]


def _venv_ready() -> bool:
    """A .venv with pip in it (one cut short while being made has a python but no pip)."""
    if not _venv_python().exists():
        return False
    return STAMP.exists() or subprocess.run([str(_venv_python()), "-m", "pip", "--version"],
                                            capture_output=True).returncode == 0


def _create_venv() -> None:
    _say(f"Creating the private Python environment in {VENV} …")
    shutil.rmtree(VENV, ignore_errors=True)
    result = subprocess.run([sys.executable, "-m", "venv", str(VENV)],
                            capture_output=True, text=True)
    if result.returncode != 0 and "ensurepip" in (result.stdout + result.stderr):
        # Debian ships venv support in a separate package.
        shutil.rmtree(VENV, ignore_errors=True)
        _apt_install(_venv_packages(), "Python's venv module is not installed.")
        result = subprocess.run([sys.executable, "-m", "venv", str(VENV)],
                                capture_output=True, text=True)
    if result.returncode != 0:
        shutil.rmtree(VENV, ignore_errors=True)  # a half-made .venv would be taken as ready
        raise BootstrapError("Could not create the virtual environment:\n"
                             + result.stdout + result.stderr)


def _has_apt_package(name: str) -> bool:
    out = subprocess.run(["apt-cache", "policy", name], capture_output=True, text=True).stdout
    for line in out.splitlines():
        key, _, value = line.strip().partition(":")
        if key == "Candidate":
            return value.strip() not in ("", "(none)")
    return False


def _install_packages(extras: list[str]) -> None:
    reqs = _requirements(extras)
    _say("Installing Python packages (first run only, a minute or two) …")
    cmd = [str(_venv_python()), "-m", "pip", "install", "--quiet",
           "--disable-pip-version-check", *reqs]
    if subprocess.run(cmd).returncode != 0:
        raise BootstrapError("pip could not install the packages listed in pyproject.toml "
                             "(see the messages above; is the network reachable?).")
    STAMP.write_text(json.dumps(_wanted_stamp(extras)), encoding="utf-8")


def _check_display() -> None:
    """Without a desktop session Qt aborts with a misleading hint about libxcb-cursor0."""
    if platform.system() != "Linux" or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise BootstrapError(
            "There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY "
            "is set).\nStart Custbook from a desktop session, or use a headless command: "
            "python3 main.py info | check | demo (see --help).")


def ensure_environment(extras: list[str], window: bool) -> None:
    """Make the checkout runnable, then re-execute this command inside `.venv`.

    `extras` are optional-dependency groups (e.g. ["test"]); `window` says whether
    the command will show a window (needs the X11 libraries) or runs headless.
    Returns only when the current interpreter is already the prepared one.
    """
    if os.environ.get("CUSTBOOK_NO_BOOTSTRAP") == "1" or not PYPROJECT.exists():
        return
    # Everything apt must add is asked for at once: one apt-get run as root, or one
    # `sudo apt-get install` line for everybody else.
    missing = _missing_system_packages(window)
    why = ["Qt needs some system libraries that are not installed."] if missing else []
    needs_venv = not _in_project_venv() and not _venv_ready()
    if needs_venv and _venv_module_missing() and Path("/etc/debian_version").exists() \
            and sys.base_prefix == "/usr":  # Debian's own python3, not a self-built one
        _refresh_apt_lists_if_missing()  # so apt-cache can tell which -venv package exists
        missing += _venv_packages()
        why.append("Python's venv module (python3-venv) is not installed.")
    if missing:
        _apt_install(missing, " ".join(why))
    if needs_venv:
        _create_venv()
    if not _stamp_ok(extras):
        have = []
        try:
            have = json.loads(STAMP.read_text(encoding="utf-8")).get("extras", [])
        except (OSError, ValueError):
            pass
        _install_packages(sorted(set(extras) | set(have)))
    if _in_project_venv():
        if window:
            _check_display()
        return
    python = str(_venv_python())
    args = [python, *sys.argv]
    if os.name == "nt":  # execv on Windows does not replace the process; wait instead
        raise SystemExit(subprocess.run(args).returncode)
    os.execv(python, args)
