#!/usr/bin/env python3
"""Custbook: start the window, or run a headless command.

    python3 main.py                  open the window (first run sets everything up)
    python3 main.py test [ARGS]      run the whole test suite (ARGS go to pytest)
    python3 main.py demo|info|check  headless commands; see --help

The first lines only use the standard library: `tools/bootstrap.py` prepares the
private environment and re-runs this same command inside it.
"""
from __future__ import annotations

import os
import sys

from tools import bootstrap
from ui.launch import is_headless, main as launch

ROOT = os.path.dirname(os.path.realpath(__file__))  # not pathlib: 3 ms of `--help` (importtime)


def run_tests(args: list[str]) -> int:
    """The suite, as `.ci/run` and developers run it: offscreen Qt, from the project root."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.chdir(ROOT)
    # start-up: the tests' PostgreSQL (subprocess, tempfile; 0.18 s loaded) and pytest
    # (0.27-0.56 s loaded; -X importtime) are for `main.py test` only, never a start.
    from tools import bootstrap_pg

    bootstrap_pg.start_test_postgres()  # the core tests run on PostgreSQL too (or skip)
    import pytest  # start-up: see above

    return pytest.main(args)


NEEDS_PYTHON = (3, 11)


def python_too_old() -> str | None:
    """The sentence for a Python older than Custbook needs (checked before any import)."""
    if tuple(sys.version_info[:2]) >= NEEDS_PYTHON:
        return None
    return ("Custbook needs Python {0}.{1} or newer; this is Python {2}.{3}. Install a newer "
            "Python (python.org) and start Custbook with it.").format(
                *NEEDS_PYTHON, *tuple(sys.version_info[:2]))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    too_old = python_too_old()
    if too_old:
        print(f"custbook: {too_old}", file=sys.stderr)
        return 1
    try:
        if argv[:1] == ["test"]:
            bootstrap.ensure_environment(["test"], window=False)
            return run_tests(argv[1:])
        # Standard library only until ensure_environment() returns: ui.launch imports only
        # custbook.cli.commands (no imports at all) until it dispatches.
        bootstrap.ensure_environment([], window=not is_headless(argv))
    except bootstrap.BootstrapError as exc:
        print(f"custbook: {exc}", file=sys.stderr)
        return 1
    return launch(argv)  # the installed `custbook` command and the release start here too


if __name__ == "__main__":
    sys.exit(main())
