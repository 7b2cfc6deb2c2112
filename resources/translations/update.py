#!/usr/bin/env python3
"""Refresh the translation files after changing visible strings.

    python resources/translations/update.py           # lupdate + lrelease
    python resources/translations/update.py --check   # exit 1 if the .ts are out of date

It runs Qt's `lupdate` over `custbook/` (strings marked QT_TRANSLATE_NOOP) and `ui/`
(`self.tr`, `QCoreApplication.translate`), updating `custbook_zh_CN.ts`; translate the
new entries (Qt Linguist: `pyside6-linguist custbook_zh_CN.ts`, or edit the XML), then
run this again to compile the `.qm` files the app loads. English is the source
language, so `custbook_en.ts` only carries plural forms (none yet).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCES = ["custbook", "ui"]
LANGUAGES = {"zh_CN": [], "en": ["-pluralonly"]}


def tool(name: str) -> str:
    """The PySide6 wrapper for a Qt tool, from the same environment as this Python."""
    candidate = Path(sys.executable).parent / f"pyside6-{name}"
    return str(candidate) if candidate.exists() else (shutil.which(f"pyside6-{name}") or name)


def source_files() -> list[str]:
    """Every Python file with visible strings (lupdate does not walk folders for .py)."""
    return sorted(str(p.relative_to(ROOT)) for folder in SOURCES
                  for p in (ROOT / folder).rglob("*.py"))


def lupdate(ts: Path, extra: list[str]) -> None:
    subprocess.run([tool("lupdate"), *source_files(), "-no-obsolete",
                    "-locations", "none", "-silent", *extra, "-ts", str(ts)],
                   cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str]) -> int:
    if "--check" in argv:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "check.ts"
            shutil.copy(HERE / "custbook_zh_CN.ts", copy)
            lupdate(copy, [])
            same = copy.read_bytes() == (HERE / "custbook_zh_CN.ts").read_bytes()
        print("translations are up to date" if same else "run update.py: .ts is stale")
        return 0 if same else 1
    for language, extra in LANGUAGES.items():
        ts = HERE / f"custbook_{language}.ts"
        lupdate(ts, [*extra, "-target-language", language])
        lrelease(ts, HERE / f"custbook_{language}.qm")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
