"""The release's size, and its start-up against the source checkout's, cold and warm.

    python3 tools/release.py                 # first: build/release/custbook/ and dist/*.tar.gz
    sudo python3 bench/bench_release.py [--runs 3]

For each of the frozen program (build/release/custbook/custbook) and the source
(`.venv/bin/python main.py`), on the same 2,000-customer sample shop:

- `--version` (no Qt), `info` (opens the book), and the window: launched under Xvfb
  (1366x768) until xdotool sees a visible window titled with the book's name;
- cold = after `sync; echo 3 > /proc/sys/vm/drop_caches` (root only; otherwise only
  warm runs are made and the table says so), warm = right after a run.

Prints the median of the runs, and the ratio frozen/source. Needs Xvfb and xdotool.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "build" / "release" / "custbook" / "custbook"
SOURCE = [str(ROOT / ".venv" / "bin" / "python"), str(ROOT / "main.py")]
DISPLAY = ":88"


def drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def timed(command: list[str], env: dict) -> float:
    began = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - began


def window_shown(command: list[str], env: dict, title: str) -> float:
    """Seconds from launch to a visible window whose title holds `title`."""
    began = time.perf_counter()
    log = tempfile.TemporaryFile()
    app = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        while True:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title],
                                   env=env, capture_output=True)
            if found.returncode == 0:
                return time.perf_counter() - began
            if app.poll() is not None or time.perf_counter() - began > 120:
                log.seek(0)
                raise RuntimeError(f"no window from {command} (exit {app.poll()}):\n"
                                   + log.read().decode(errors="replace")[-2000:])
            time.sleep(0.02)
    finally:
        app.terminate()
        app.wait()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not FROZEN.exists():
        sys.exit("build the release first: python3 tools/release.py")
    tarball = max((ROOT / "dist").glob("custbook-*-linux-x86_64.tar.gz"),
                  key=lambda p: p.stat().st_mtime)
    folder = FROZEN.parent
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"release: {tarball.name} {tarball.stat().st_size / 1e6:.1f} MB; "
          f"unpacked program folder {size / 1e6:.0f} MB; "
          f"{sum(1 for p in folder.rglob('*') if p.is_file())} files")

    tmp = Path(tempfile.mkdtemp(prefix="bench-release-"))
    env = dict(os.environ, HOME=str(tmp), XDG_DATA_HOME=str(tmp / "data"),
               XDG_CONFIG_HOME=str(tmp / "config"), DISPLAY=DISPLAY,
               CUSTBOOK_NO_BOOTSTRAP="1")
    env.pop("QT_QPA_PLATFORM", None)
    book = tmp / "shop.db"
    subprocess.run([str(FROZEN), "demo", "--customers", "2000", "--today", "2026-11-22",
                    "--out", str(book)], env=env, check=True, capture_output=True)
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    cold_possible = drop_caches()
    cases = {
        "--version": lambda run: timed([*run, "--version"], env),
        "info": lambda run: timed([*run, "--db", str(book), "info"], env),
        "window shown": lambda run: window_shown([*run, "--db", str(book)], env, book.name),
    }
    results: dict[tuple[str, str, str], list[float]] = {}
    try:
        for _ in range(args.runs):
            for case, measure in cases.items():
                for who, run in (("frozen", [str(FROZEN)]), ("source", SOURCE)):
                    for kind in (("cold", "warm") if cold_possible else ("warm",)):
                        if kind == "cold":
                            drop_caches()
                        else:
                            measure(run)  # warm the page cache first
                        results.setdefault((case, who, kind), []).append(measure(run))
    finally:
        xvfb.terminate()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\nmedian of {args.runs} runs, seconds (2,000-customer sample shop, Xvfb 1366x768)")
    print(f"{'':14} {'':5} {'frozen':>8} {'source':>8} {'frozen/source':>14}")
    for case in cases:
        for kind in (("cold", "warm") if cold_possible else ("warm",)):
            frozen = statistics.median(results[(case, "frozen", kind)])
            source = statistics.median(results[(case, "source", kind)])
            print(f"{case:14} {kind:5} {frozen:8.2f} {source:8.2f} {frozen / source:14.2f}")
    if not cold_possible:
        print("(cold runs need root: the page cache could not be dropped)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
