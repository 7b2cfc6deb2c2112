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

One Python process: once `.venv` is ready, starting costs one look at the stamps
(the lock files' hash, and the system libraries' answer kept until the system's
library cache changes) and one `exec` into `.venv`'s Python, which skips every check
(`_CUSTBOOK_PREPARED`). The parts: the stamps (tools/bootstrap_stamps.py), system
packages (tools/bootstrap_system.py), the venv and its packages
(tools/bootstrap_venv.py), the tests' PostgreSQL (tools/bootstrap_pg.py).
"""
from __future__ import annotations

import os
import sys

__all__ = ["BootstrapError", "ensure_environment"]


class BootstrapError(RuntimeError):
    """Set-up cannot continue; the message tells the user what to do."""


def _check_display() -> None:
    """Without a desktop session Qt aborts with a misleading hint about libxcb-cursor0."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
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
    if os.environ.get("CUSTBOOK_NO_BOOTSTRAP") == "1":
        return  # a prepared environment (CI, the benchmarks): nothing to look at
    # start-up: the stamps (pathlib, 3-5 ms loaded; -X importtime) only for a start that
    # looks at them: with CUSTBOOK_NO_BOOTSTRAP=1 `main.py --help` is argparse and little more
    from tools.bootstrap_stamps import (
        PYPROJECT, in_project_venv, libs_known_present, stamp_ok, venv_python,
    )

    if not PYPROJECT.exists():
        return
    if os.environ.pop("_CUSTBOOK_PREPARED", "") == "1" and in_project_venv():
        # re-executed below by this very check: everything was just made sure of (running
        # `ldconfig -p` and the rest again cost 0.15-0.2 s of every start)
        if window:
            _check_display()
        return
    ready = "test" not in extras and venv_python().exists() and stamp_ok(extras) \
        and libs_known_present(window)
    if not ready:
        # start-up: the set-up's modules (apt, venv, pip; subprocess, tomllib, shutil)
        # cost 13 ms of every start (95 ms on a busy PC; -X importtime) imported at the
        # top; an ordinary start, with .venv ready and the stamps current, needs none.
        from tools import bootstrap_venv

        bootstrap_venv.prepare(extras, window)
    if in_project_venv():
        if window:
            _check_display()
        return
    python = str(venv_python())
    args = [python, *sys.argv]
    os.environ["_CUSTBOOK_PREPARED"] = "1"
    if os.name == "nt":  # execv on Windows does not replace the process; wait instead
        import subprocess  # start-up: only Windows waits for a child instead of exec

        raise SystemExit(subprocess.run(args).returncode)
    os.execv(python, args)
