"""First-run set-up, part two: the private virtual environment and its locked packages.

Standard library only (see tools/bootstrap.py, which imports this module only when
something is missing: an ordinary start never does).
"""
from __future__ import annotations

import contextlib
import json
import re
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from tools.bootstrap_pg import postgres_wanted
from tools.bootstrap_system import (
    OFFLINE_HELP, BootstrapError, apt_install, missing_system_packages,
    refresh_apt_lists_if_missing, say, venv_module_missing, venv_packages,
)
from tools.bootstrap_stamps import (
    LOCKS, PYPROJECT, ROOT, STAMP, VENV, in_project_venv, stamp_ok, venv_python,
    wanted_stamp,
)

WHEELHOUSE = ROOT / "wheelhouse"


def prepare(extras: list[str], window: bool) -> None:
    """Install what is missing: system packages (one apt-get), the venv, its packages."""
    # Everything apt must add is asked for at once: one apt-get run as root, or one
    # `sudo apt-get install` line for everybody else.
    missing = missing_system_packages(window)
    why = ["Qt needs some system libraries that are not installed."] if missing else []
    postgres = postgres_wanted(extras)
    if postgres:  # the test suite runs the core on PostgreSQL too
        missing += postgres
        why.append("The tests need a PostgreSQL server (Debian's postgresql package).")
    needs_venv = not in_project_venv() and not _venv_ready()
    if needs_venv and venv_module_missing() and Path("/etc/debian_version").exists() \
            and sys.base_prefix == "/usr":  # Debian's own python3, not a self-built one
        refresh_apt_lists_if_missing()  # so apt-cache can tell which -venv package exists
        missing += venv_packages()
        why.append("Python's venv module (python3-venv) is not installed.")
    if missing:
        apt_install(missing, " ".join(why))
    if needs_venv:
        _create_venv()
    if not stamp_ok(extras):
        with _install_lock():  # two commands started at once must not run pip together
            if not stamp_ok(extras):
                have = []
                try:
                    have = json.loads(STAMP.read_text(encoding="utf-8")).get("extras", [])
                except (OSError, ValueError):
                    pass
                _install_packages(sorted(set(extras) | set(have)))


def _venv_ready() -> bool:
    """A .venv with pip in it (one cut short while being made has a python but no pip)."""
    if not venv_python().exists():
        return False
    return STAMP.exists() or subprocess.run([str(venv_python()), "-m", "pip", "--version"],
                                            capture_output=True).returncode == 0


def _requirements(extras: list[str]) -> list[str]:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    reqs = list(project.get("dependencies", []))
    for extra in extras:
        reqs += project.get("optional-dependencies", {}).get(extra, [])
    return reqs


def _lock_file(extras: list[str]) -> Path:
    """The lock the environment is installed from: the tests' one includes the app's."""
    return LOCKS / ("test.txt" if "test" in extras else "app.txt")


def _name(requirement: str) -> str:
    """A requirement's project name, normalised (PEP 503): `PySide6-Essentials>=6.6` ->
    `pyside6-essentials`."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    return re.sub(r"[-_.]+", "-", match.group(1)).lower() if match else requirement


def _unlocked(extras: list[str]) -> list[str]:
    """pyproject.toml requirements missing from the lock (added since tools/lock.py ran)."""
    lock = _lock_file(extras)
    locked = {_name(line) for line in lock.read_text(encoding="utf-8").splitlines()
              if "==" in line and not line.startswith((" ", "#"))}
    return [req for req in _requirements(extras) if _name(req) not in locked]


def _create_venv() -> None:
    say(f"Creating the private Python environment in {VENV} …")
    shutil.rmtree(VENV, ignore_errors=True)
    result = subprocess.run([sys.executable, "-m", "venv", str(VENV)],
                            capture_output=True, text=True)
    if result.returncode != 0 and "ensurepip" in (result.stdout + result.stderr):
        # Debian ships venv support in a separate package.
        shutil.rmtree(VENV, ignore_errors=True)
        apt_install(venv_packages(), "Python's venv module is not installed.")
        result = subprocess.run([sys.executable, "-m", "venv", str(VENV)],
                                capture_output=True, text=True)
    if result.returncode != 0:
        shutil.rmtree(VENV, ignore_errors=True)  # a half-made .venv would be taken as ready
        raise BootstrapError("Could not create the virtual environment:\n"
                             + result.stdout + result.stderr)


def _wheelhouse_ready() -> bool:
    return WHEELHOUSE.is_dir() and any(WHEELHOUSE.glob("*.whl"))


def _network_error(output: str) -> bool:
    signs = ("NewConnectionError", "Failed to establish a new connection", "Network is unreachable",
             "Temporary failure in name resolution", "Name or service not known",
             "ConnectTimeoutError", "ProxyError", "No route to host", "nodename nor servname")
    return any(sign in output for sign in signs)


def _index_resolves() -> bool:
    """Whether the package index's host has an address (no proxy: a proxy resolves it)."""
    import socket
    from urllib.parse import urlsplit

    if any(os.environ.get(name) for name in ("https_proxy", "HTTPS_PROXY", "http_proxy",
                                             "HTTP_PROXY", "all_proxy", "ALL_PROXY")):
        return True
    host = urlsplit(os.environ.get("PIP_INDEX_URL", "https://pypi.org/simple")).hostname
    try:
        return bool(host) and bool(socket.getaddrinfo(host, 443))
    except OSError:
        return False


def _pip(args: list[str]) -> subprocess.CompletedProcess:
    """pip in .venv, quiet; its output is kept to tell a missing network from other faults."""
    return subprocess.run([str(venv_python()), "-m", "pip", "install", "--quiet",
                           "--disable-pip-version-check", *args],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


@contextlib.contextmanager
def _install_lock():
    """One pip at a time in .venv (POSIX; on Windows one shop PC starts one command)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    with open(VENV / ".custbook-install.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _install_packages(extras: list[str]) -> None:
    """The locked packages, hashes checked: from wheelhouse/ offline, else from the index."""
    lock = _lock_file(extras)
    offline = _wheelhouse_ready()
    source = ["--no-index", "--find-links", str(WHEELHOUSE)] if offline else []
    say(f"Installing Python packages from {'wheelhouse/' if offline else 'the internet'} "
         f"({lock.relative_to(ROOT).as_posix()}; first run only, a minute or two) …")
    unreachable = not offline and not _index_resolves()
    if unreachable:  # no network: fail in seconds, not after five retries per package
        source = ["--retries", "0", "--timeout", "5"]
    result = _pip([*source, "--require-hashes", "-r", str(lock)])
    if result.returncode != 0:
        output = result.stdout.strip()
        if offline:
            raise BootstrapError(
                f"wheelhouse/ does not hold every package of {lock.name} for this PC (made "
                f"for another platform or Python?): make it again with `python3 "
                f"tools/wheelhouse.py --platform {'windows' if os.name == 'nt' else 'linux'}"
                f"{' --tests' if 'test' in extras else ''}` (docs/install.md).\n"
                + "\n".join([line.strip() for line in output.splitlines()
                              if "ERROR" in line][-3:]))
        if unreachable or _network_error(output):
            raise BootstrapError(f"The Python packages Custbook needs are not installed and "
                                 f"the internet cannot be reached: {OFFLINE_HELP}.")
        raise BootstrapError("pip could not install the locked packages:\n"
                             + "\n".join(output.splitlines()[-10:]))
    missing = _unlocked(extras)
    if missing:  # a range added to pyproject.toml after the lock was written
        say(f"Not in {lock.name} yet: {', '.join(missing)} (run `python3 tools/lock.py`); "
             "installing from pyproject.toml's ranges.")
        result = _pip([*source, *missing])
        if result.returncode != 0:
            raise BootstrapError(f"pip could not install {', '.join(missing)}:\n"
                                 + "\n".join(result.stdout.strip().splitlines()[-5:]))
    STAMP.write_text(json.dumps(wanted_stamp(extras)), encoding="utf-8")
