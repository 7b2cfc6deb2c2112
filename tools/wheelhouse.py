#!/usr/bin/env python3
"""Download every locked wheel into `wheelhouse/`, for a PC without internet.

    python3 tools/wheelhouse.py --platform linux     # on any PC with internet
    python3 tools/wheelhouse.py --platform windows [--python 3.12] [--tests] [--release]

Copy the checkout with its `wheelhouse/` folder to the shop's PC (a USB stick); there
`python3 main.py` sees the folder and installs from it with no network at all
(`pip install --no-index --find-links wheelhouse --require-hashes -r requirements/…`).

Every file is checked against the hash in the lock file. The lock's environment markers
are evaluated for the target platform, not this one (pip evaluates them for the running
interpreter even with --platform), so a Linux PC can fill a Windows wheelhouse.
`--python` is the target's Python version (default: this one's); `--tests` adds what
`python3 main.py test` needs; `--release` adds PyInstaller, for
`tools/release.py --wheelhouse wheelhouse` on a PC without internet. Standard library
and pip only.

Wheels are preferred; a package published only as source (lunar_python, pure Python) is
kept as its .tar.gz and built on the shop's PC by pip, offline, with the setuptools
and wheel wheels this script adds (versions and hashes from requirements/build.txt). Anything
else without a wheel is named at the end: a compiled package there would need a
compiler on the shop's PC.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCKS = ROOT / "requirements"

PLATFORMS = {  # pip --platform tags; Linux: glibc 2.34 or newer (PySide6 6.11's wheels)
    "linux": [f"manylinux_2_{minor}_x86_64" for minor in (34, 31, 28, 27, 24, 17, 12, 5)]
    + ["manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64"],
    "windows": ["win_amd64"],
}
MARKER_ENV = {
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    "windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
}


def _marker_class():
    try:
        from packaging.markers import Marker
    except ImportError:  # pip always carries its own copy
        from pip._vendor.packaging.markers import Marker
    return Marker


def locked_requirements(lock: Path) -> list[tuple[str, str, list[str]]]:
    """(name==version, marker, hashes) for each package of a pip-style lock file."""
    entries = []
    text = lock.read_text(encoding="utf-8")
    for block in re.split(r"\n(?=\S)", text):
        lines = [line.strip().rstrip("\\").strip() for line in block.splitlines()]
        lines = [line for line in lines if line and not line.startswith("#")]
        if not lines or "==" not in lines[0]:
            continue
        spec, _, marker = lines[0].partition(";")
        hashes = [line.split("=", 1)[1] for line in lines[1:] if line.startswith("--hash=")]
        entries.append((spec.strip(), marker.strip(), hashes))
    return entries


def wanted(lock: Path, platform: str, python: str) -> list[tuple[str, list[str]]]:
    """The lock's packages that the target platform and Python install."""
    marker_class = _marker_class()
    env = dict(MARKER_ENV[platform], python_version=".".join(python.split(".")[:2]),
               python_full_version=python if python.count(".") == 2 else python + ".0",
               implementation_name="cpython", platform_python_implementation="CPython",
               platform_machine="x86_64" if platform == "linux" else "AMD64")
    return [(spec, hashes) for spec, marker, hashes in locked_requirements(lock)
            if not marker or marker_class(marker).evaluate(env)]


def download(platform: str, python: str, tests: bool, dest: Path, release: bool = False) -> int:
    lock = LOCKS / ("test.txt" if tests else "app.txt")
    packages = wanted(lock, platform, python)
    have = {spec for spec, _ in packages}
    packages += [(spec, hashes) for spec, hashes in wanted(LOCKS / "build.txt", platform, python)
                 if spec not in have and (release or spec.startswith(("setuptools==", "wheel==")))]
    dest.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        filtered = Path(tmp) / "wanted.txt"
        filtered.write_text("".join(
            f"{spec} " + " ".join(f"--hash={h}" for h in hashes) + "\n"
            for spec, hashes in packages), encoding="utf-8")
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "--require-hashes",
                   "--prefer-binary", "--implementation", "cp",
                   "--python-version", python, "-d", str(dest), "-r", str(filtered)]
        for tag in PLATFORMS[platform]:
            command += ["--platform", tag]
        print(f"{len(packages)} packages from {lock.relative_to(ROOT)} for {platform}, "
              f"Python {python} → {dest}", flush=True)
        result = subprocess.run(command)
    if result.returncode != 0:
        print("Some packages could not be downloaded (see above): the wheelhouse is not "
              "complete.", file=sys.stderr)
        return result.returncode
    sources = sorted(p.name for p in dest.iterdir() if not p.name.endswith(".whl"))
    print(f"{len(list(dest.glob('*.whl')))} wheels in {dest}"
          + (f"; built from source on install: {', '.join(sources)}" if sources else ""))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--platform", choices=sorted(PLATFORMS), required=True)
    parser.add_argument("--python", default="%d.%d" % sys.version_info[:2],
                        help="the target PC's Python version, e.g. 3.12 (default: this one)")
    parser.add_argument("--tests", action="store_true",
                        help="also the test tools, for `python3 main.py test` offline")
    parser.add_argument("--release", action="store_true",
                        help="also PyInstaller, for tools/release.py --wheelhouse")
    parser.add_argument("--dest", type=Path, default=ROOT / "wheelhouse")
    args = parser.parse_args(argv)
    return download(args.platform, args.python, args.tests, args.dest, args.release)


if __name__ == "__main__":
    sys.exit(main())
