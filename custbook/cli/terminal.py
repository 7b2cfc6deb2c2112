"""What a headless command shows on the terminal: progress while long work runs, and
nothing more once the reader of its output went away."""
from __future__ import annotations

import os
import sys
from collections.abc import Callable


def progress_printer() -> Callable[[int, int], bool]:
    """A progress callback printing "42 %" in place on stderr (only on a terminal).

    It never cancels: the commands are stopped with Ctrl+C, and each core function rolls
    back or removes its unfinished file then.
    """
    last = [-1]

    def progress(done: int, total: int) -> bool:
        percent = done * 100 // max(total, 1)
        if percent != last[0] and sys.stderr.isatty():
            print(f"\r{percent:3d} %", end="", file=sys.stderr, flush=True)
            last[0] = percent
        return True

    return progress


def quiet_broken_pipe() -> int:
    """The reader of our output went away (`| head`): stop quietly, as other tools do."""
    try:  # later writes (and the flush at exit) go nowhere instead of failing again
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    return 0
