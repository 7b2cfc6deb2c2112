"""First-run set-up: what the fast path of every start looks at (standard library only).

The stamps say an earlier start already made sure of everything: `.venv` holds the
lock files' packages (STAMP, keyed on the hash of pyproject.toml and the locks), and
the system has Qt's libraries (LIBS_STAMP, keyed on the system library cache's size
and time: `ldconfig -p` answers the same while they are equal).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from tools.bootstrap import BootstrapError  # noqa: F401 - the set-up's modules import it from here

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
VENV = ROOT / ".venv"
STAMP = VENV / "custbook-installed.json"
LIBS_STAMP = VENV / "custbook-system-libs.json"
LD_CACHE = Path("/etc/ld.so.cache")
LOCKS = ROOT / "requirements"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def in_project_venv() -> bool:
    try:
        return Path(sys.prefix).resolve() == VENV.resolve()
    except OSError:
        return False


def wanted_stamp(extras: list[str]) -> dict:
    import hashlib  # start-up: 1-3 ms; the re-executed start (in .venv) never checks stamps

    digest = hashlib.sha256(PYPROJECT.read_bytes())
    for lock in (LOCKS / "app.txt", LOCKS / "test.txt"):
        digest.update(lock.read_bytes())
    return {"pyproject": digest.hexdigest(), "extras": sorted(extras),
            "python": sys.version.split()[0]}


def stamp_ok(extras: list[str]) -> bool:
    import json  # start-up: 1-2 ms; the re-executed start (in .venv) never reads stamps

    try:
        have = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    want = wanted_stamp(extras)
    return have.get("pyproject") == want["pyproject"] and set(extras) <= set(have.get("extras", []))


def libs_known_present(window: bool) -> bool:
    """An earlier start found Qt's system libraries, and the library cache is unchanged."""
    import json  # start-up: 1-2 ms; the re-executed start (in .venv) never reads stamps

    try:
        noted = json.loads(LIBS_STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return noted.get("ld_cache") == ld_cache_mark() and (noted.get("window") or not window)


def note_libs_present(window: bool) -> None:
    """Qt's system libraries are all there (with the window's when `window`)."""
    import json  # start-up: 1-2 ms; the re-executed start (in .venv) never reads stamps

    mark = ld_cache_mark()
    if mark is None or not VENV.is_dir():
        return
    try:
        noted = json.loads(LIBS_STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        noted = {}
    both = window or (noted.get("ld_cache") == mark and bool(noted.get("window")))
    try:
        LIBS_STAMP.write_text(json.dumps({"ld_cache": mark, "window": both}), encoding="utf-8")
    except OSError:
        pass  # asked again next time


def ld_cache_mark() -> str | None:
    """The system library cache's size and time, or None where there is none."""
    try:
        stat = LD_CACHE.stat()
    except OSError:
        return None
    return f"{stat.st_size}:{stat.st_mtime_ns}"
