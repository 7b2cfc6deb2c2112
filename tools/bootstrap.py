"""First-run set-up for a source checkout, using only the standard library.

Why this exists: the README promises that `python3 main.py` (start the app) and
`python3 main.py test` (run the suite) work on a fresh machine with nothing but
Python installed. So before anything imports Qt or peewee, this module makes sure a
private virtual environment (`.venv` beside `pyproject.toml`) holds the exact packages
of the lock file (`requirements/app.txt`, or `requirements/test.txt` for the tests;
hashes checked), that on Linux the system libraries Qt needs are present, and then
re-runs the same command inside that environment.

With a `wheelhouse/` folder beside `main.py` (made by `tools/wheelhouse.py` on a PC
with internet) the packages come from there, with no network at all. With neither
network nor wheelhouse it says so in one sentence, and what to bring.

It does nothing when Custbook was installed as a package (no `pyproject.toml` beside
it) or when `CUSTBOOK_NO_BOOTSTRAP=1` is set.
"""
from __future__ import annotations

import contextlib
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
LOCKS = ROOT / "requirements"
WHEELHOUSE = ROOT / "wheelhouse"
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


def _lock_file(extras: list[str]) -> Path:
    """The lock the environment is installed from: the tests' one includes the app's."""
    return LOCKS / ("test.txt" if "test" in extras else "app.txt")


def _name(requirement: str) -> str:
    """A requirement's project name, normalised (PEP 503): `PySide6-Essentials>=6.6` ->
    `pyside6-essentials`."""
    import re

    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    return re.sub(r"[-_.]+", "-", match.group(1)).lower() if match else requirement


def _unlocked(extras: list[str]) -> list[str]:
    """pyproject.toml requirements missing from the lock (added since tools/lock.py ran)."""
    lock = _lock_file(extras)
    locked = {_name(line) for line in lock.read_text(encoding="utf-8").splitlines()
              if "==" in line and not line.startswith((" ", "#"))}
    return [req for req in _requirements(extras) if _name(req) not in locked]


def _wanted_stamp(extras: list[str]) -> dict:
    digest = hashlib.sha256(PYPROJECT.read_bytes())
    for lock in (LOCKS / "app.txt", LOCKS / "test.txt"):
        digest.update(lock.read_bytes())
    return {"pyproject": digest.hexdigest(), "extras": sorted(extras),
            "python": sys.version.split()[0]}


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
        raise BootstrapError(f"Could not install system packages ({command}): "
                             f"{_apt_summary(result.stdout)}")


def _apt_summary(output: str) -> str:
    """apt-get's failure in one line (offline it prints an `E: Failed to fetch` per file)."""
    errors = [line for line in output.splitlines() if line.startswith(("E:", "W:"))]
    fetch = [line for line in errors if "Failed to fetch" in line or "resolv" in line.lower()
             or "Could not connect" in line]
    if not fetch and not _apt_lists_present():  # `apt-get update` failed too: no lists at all
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
    return subprocess.run([str(_venv_python()), "-m", "pip", "install", "--quiet",
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
    _say(f"Installing Python packages from {'wheelhouse/' if offline else 'the internet'} "
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
        _say(f"Not in {lock.name} yet: {', '.join(missing)} (run `python3 tools/lock.py`); "
             "installing from pyproject.toml's ranges.")
        result = _pip([*source, *missing])
        if result.returncode != 0:
            raise BootstrapError(f"pip could not install {', '.join(missing)}:\n"
                                 + "\n".join(result.stdout.strip().splitlines()[-5:]))
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


# ------------------------------------------------------------------ PostgreSQL for tests
#
# `python3 main.py test` runs the core tests on PostgreSQL as well. Where it may (root
# with apt on Debian) it installs Debian's `postgresql` package with the Qt libraries;
# wherever the server programs are found, it makes a private, throw-away cluster for
# this run only: initdb into a temporary folder (as the `postgres` user when root),
# loopback only on a free port, durability off (fsync: nothing here must survive a
# crash), a password for the test role as on a real server. The URL goes to pytest in
# CUSTBOOK_TEST_PG_URL; the cluster is stopped and deleted when the run ends. Without
# the programs the PostgreSQL tests are skipped, with the reason in pytest's summary.

PG_URL_ENV = "CUSTBOOK_TEST_PG_URL"
PG_TEST_ROLE = "custbook_test"


def _pg_bin_dir() -> Path | None:
    """The folder of initdb/pg_ctl: Debian's newest /usr/lib/postgresql/N/bin, or PATH."""
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                      key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                      else 0)
    if versions:
        return versions[-1].parent
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    return None


def _postgres_wanted(extras: list[str]) -> list[str]:
    """["postgresql"] when the test run should install it (root with apt, not there yet)."""
    if "test" not in extras or os.environ.get(PG_URL_ENV) or _pg_bin_dir() is not None:
        return []
    if os.environ.get("CUSTBOOK_TEST_NO_PG") == "1" or not Path("/etc/debian_version").exists():
        return []
    return ["postgresql"] if _can_apt() else []


def _free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _utf8_locale() -> str | None:
    """A UTF-8 locale for the cluster, so pg_trgm makes trigrams of Chinese characters."""
    try:
        out = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.split()
    except OSError:
        return None
    for name in ("C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"):
        if name in out:
            return name
    return None


def start_test_postgres() -> str | None:
    """Start a private PostgreSQL for this test run; returns its URL (also exported).

    Returns the URL already in CUSTBOOK_TEST_PG_URL if one is given, None (with one
    line saying why) when no server can be had.
    """
    import atexit
    import tempfile
    import time

    if os.environ.get(PG_URL_ENV):
        return os.environ[PG_URL_ENV]
    if os.environ.get("CUSTBOOK_TEST_NO_PG") == "1":
        return None
    bin_dir = _pg_bin_dir()
    if bin_dir is None:
        _say("PostgreSQL is not installed: the PostgreSQL runs of the core tests are "
             "skipped (install Debian's `postgresql` package, or set " + PG_URL_ENV + ").")
        return None
    as_user: list[str] = []
    owner = None
    if _is_root():  # the server refuses to run as root
        import pwd

        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            _say("No `postgres` user to run the test server as: PostgreSQL tests skipped.")
            return None
        as_user = ["runuser", "-u", "postgres", "--"] if shutil.which("runuser") else []
        if not as_user:
            _say("`runuser` is missing: PostgreSQL tests skipped.")
            return None
    folder = Path(tempfile.mkdtemp(prefix="custbook-test-pg-"))
    data = folder / "data"
    if owner is not None:
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    port = _free_port()
    locale = _utf8_locale()
    # A password like a real shop server's (the app's shared-book paths expect one);
    # local socket connections are trusted, TCP ones need it.
    password_file = folder / "pw"
    password_file.write_text(PG_TEST_ROLE + "\n", encoding="utf-8")
    if owner is not None:
        os.chown(password_file, owner.pw_uid, owner.pw_gid)
    init = [*as_user, str(bin_dir / "initdb"), "-D", str(data), "-U", PG_TEST_ROLE,
            f"--pwfile={password_file}", "--auth-local=trust",
            "--auth-host=scram-sha-256", "--encoding=UTF8", "--no-sync"]
    init += [f"--locale={locale}"] if locale else ["--no-locale"]
    options = (f"-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={folder} "
               "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
               "-c max_connections=50 -c shared_buffers=64MB")
    start = [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"),
             "-o", options, "-w", "-t", "60", "start"]
    began = time.monotonic()
    for command in (init, start):
        result = subprocess.run(command, capture_output=True, text=True,
                                stdin=subprocess.DEVNULL)
        if result.returncode != 0:
            tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-5:])
            _say(f"Could not start a PostgreSQL test server ({command[len(as_user)]}): "
                 f"{tail}\nPostgreSQL tests skipped.")
            shutil.rmtree(folder, ignore_errors=True)
            return None

    def stop() -> None:
        subprocess.run([*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "stop"], capture_output=True, stdin=subprocess.DEVNULL)
        shutil.rmtree(folder, ignore_errors=True)

    atexit.register(stop)
    import signal

    def terminated(signum, _frame) -> None:  # a cancelled CI job, `timeout`: stop it too
        stop()
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, terminated)
    created = subprocess.run([str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port),
                              "-U", PG_TEST_ROLE, PG_TEST_ROLE], capture_output=True, text=True,
                             stdin=subprocess.DEVNULL,
                             env=dict(os.environ, PGPASSWORD=PG_TEST_ROLE))
    if created.returncode != 0:
        _say(f"Could not create the test database: {created.stderr.strip()}\n"
             "PostgreSQL tests skipped.")
        return None
    url = f"postgresql://{PG_TEST_ROLE}:{PG_TEST_ROLE}@127.0.0.1:{port}/{PG_TEST_ROLE}"
    os.environ[PG_URL_ENV] = url
    _say(f"PostgreSQL test server on 127.0.0.1:{port} ({time.monotonic() - began:.1f} s)")
    return url


def ensure_environment(extras: list[str], window: bool) -> None:
    """Make the checkout runnable, then re-execute this command inside `.venv`.

    `extras` are optional-dependency groups (e.g. ["test"]); `window` says whether
    the command will show a window (needs the X11 libraries) or runs headless.
    Returns only when the current interpreter is already the prepared one.
    """
    if os.environ.get("CUSTBOOK_NO_BOOTSTRAP") == "1" or not PYPROJECT.exists():
        return
    if os.environ.pop("_CUSTBOOK_PREPARED", "") == "1" and _in_project_venv():
        # re-executed below by this very check: everything was just made sure of (running
        # `ldconfig -p` and the rest again cost 0.15-0.2 s of every start)
        if window:
            _check_display()
        return
    # Everything apt must add is asked for at once: one apt-get run as root, or one
    # `sudo apt-get install` line for everybody else.
    missing = _missing_system_packages(window)
    why = ["Qt needs some system libraries that are not installed."] if missing else []
    postgres = _postgres_wanted(extras)
    if postgres:  # the test suite runs the core on PostgreSQL too
        missing += postgres
        why.append("The tests need a PostgreSQL server (Debian's postgresql package).")
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
        with _install_lock():  # two commands started at once must not run pip together
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
    os.environ["_CUSTBOOK_PREPARED"] = "1"
    if os.name == "nt":  # execv on Windows does not replace the process; wait instead
        raise SystemExit(subprocess.run(args).returncode)
    os.execv(python, args)
