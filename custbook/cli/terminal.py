"""What a headless command shows on the terminal while long work runs."""
from __future__ import annotations

import sys
from typing import Callable


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
