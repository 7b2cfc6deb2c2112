"""First-run set-up, part one: the Debian packages Qt and Python's venv need.

Standard library only (see tools/bootstrap.py). On Debian-like Linux, Qt's wheels
expect a few shared libraries from the system; this module tells which are missing
(from `ldconfig -p`, whose answer is kept beside the venv until the system's library
cache changes, so an ordinary start does not run it) and installs them with apt-get
when it may (root), or says the one `sudo apt-get install` line to run.
"""
from __future__ import annotations

import importlib.util
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

from tools.bootstrap_stamps import BootstrapError, libs_known_present, note_libs_present

__all__ = ["BootstrapError"]  # raised here, defined with the stamps (no imports)

OFFLINE_HELP = ("bring the release (custbook-VERSION-linux-x86_64.tar.gz or "
                "Custbook-VERSION-setup.exe) or a wheelhouse/ folder made by "
                "`python3 tools/wheelhouse.py` on a PC with internet, on a USB stick "
                "(docs/install.md)")

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


def say(text: str) -> None:
    print(f"[custbook setup] {text}", file=sys.stderr, flush=True)


def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _apt(args: list[str]) -> subprocess.CompletedProcess:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    return subprocess.run(["apt-get", "-q", "-o", "Dpkg::Use-Pty=0", *args], env=env,
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)


def apt_lists_present() -> bool:
    """False on a fresh container or chroot, where `apt-get install` finds nothing at all."""
    try:
        return any("_Packages" in entry.name for entry in Path("/var/lib/apt/lists").iterdir())
    except OSError:
        return False


def can_apt() -> bool:
    return is_root() and shutil.which("apt-get") is not None


def refresh_apt_lists_if_missing() -> None:
    if can_apt() and not apt_lists_present():
        say("Fetching the Debian package lists (apt-get update) …")
        _apt(["update"])


def apt_install(packages: list[str], why: str) -> None:
    """Install Debian packages when we may (root with apt); otherwise explain how."""
    command = "apt-get install -y " + " ".join(packages)
    if not can_apt():
        raise BootstrapError(
            f"{why}\nPlease install them once, then run the same command again:\n"
            f"    sudo {command}"
        )
    say(f"{why}\nInstalling with apt-get (once): {' '.join(packages)}")
    refresh_apt_lists_if_missing()
    result = _apt(["install", "-y", *packages])
    if result.returncode != 0:  # the package lists may be stale
        _apt(["update"])
        result = _apt(["install", "-y", *packages])
    if result.returncode != 0:
        raise BootstrapError(f"Could not install system packages ({command}): "
                             f"{_apt_summary(result.stdout)}")


def _apt_summary(output: str) -> str:
    """apt-get's failure in one line (offline it prints an `E: Failed to fetch` per file)."""
    errors = [line for line in output.splitlines() if line.startswith(("E:", "W:"))]
    fetch = [line for line in errors if "Failed to fetch" in line or "resolv" in line.lower()
             or "Could not connect" in line]
    if not fetch and not apt_lists_present():  # `apt-get update` failed too: no lists at all
        fetch = [line for line in errors if "Unable to locate package" in line]
    if fetch:
        return (f"apt-get could not download {len(fetch)} file(s): there is no network. "
                f"Install them from the system's DVD or a local mirror, or {OFFLINE_HELP}.")
    first = next((line for line in errors if line.startswith("E:")), None)
    last = output.strip().splitlines()[-1:] or ["no output"]
    return f"apt-get failed: {first or last[0]}"


def _installed_libs() -> str:
    for ldconfig in ("ldconfig", "/sbin/ldconfig", "/usr/sbin/ldconfig"):
        try:
            return subprocess.run([ldconfig, "-p"], capture_output=True, text=True).stdout
        except OSError:
            continue
    return ""


def missing_system_packages(window: bool) -> list[str]:
    """The Debian packages Qt needs that are missing (none elsewhere: wheels bring all)."""
    if platform.system() != "Linux" or not Path("/etc/debian_version").exists():
        return []  # Windows and macOS wheels bring everything; other Linuxes: see README
    wanted = dict(QT_LIBS_OFFSCREEN)
    if window:
        wanted.update(QT_LIBS_WINDOW)
    if libs_known_present(window):
        return []  # found before, and the system's library cache has not changed since
    known = _installed_libs()
    missing = [pkg for pkg, lib in wanted.items() if lib not in known]
    if not missing:
        note_libs_present(window)
    return missing


def venv_module_missing() -> bool:
    """Debian's python3 comes without ensurepip; `python -m venv` then cannot make a venv."""
    return importlib.util.find_spec("venv") is None or importlib.util.find_spec("ensurepip") is None


def venv_packages() -> list[str]:
    """The Debian packages that give this interpreter a working `python -m venv`."""
    minor = f"python3.{sys.version_info.minor}-venv"
    if shutil.which("apt-cache") and _has_apt_package(minor):
        return ["python3-venv", minor]
    return ["python3-venv"]


def _has_apt_package(name: str) -> bool:
    out = subprocess.run(["apt-cache", "policy", name], capture_output=True, text=True).stdout
    for line in out.splitlines():
        key, _, value = line.strip().partition(":")
        if key == "Candidate":
            return value.strip() not in ("", "(none)")
    return False


