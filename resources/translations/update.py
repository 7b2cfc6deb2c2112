#!/usr/bin/env python3
"""Refresh the translation files after changing visible strings.

    python resources/translations/update.py           # lupdate + lrelease
    python resources/translations/update.py --check   # exit 1 if the .ts are out of date

It runs Qt's `lupdate` over `custbook/` (strings marked QT_TRANSLATE_NOOP) and `ui/`
(`self.tr`, `QCoreApplication.translate`), updating `custbook_zh_CN.ts`; translate the
new entries (Qt Linguist: `pyside6-linguist custbook_zh_CN.ts`, or edit the XML), then
run this again to compile the `.qm` files the app loads. The `.qm` go into the package,
`custbook/resources/translations/` (found through importlib.resources); the `.ts`, this
script and `pending/` stay here, outside what ships. English is the source language, so
`custbook_en.ts` only carries plural forms (none yet).

Work in parallel (several people or branches adding strings at once) writes its Chinese
into `pending/*.tsv` instead of the shared .ts: one line per string, `context<TAB>English
source<TAB>中文`, with `\n` for a line break. This script fills every unfinished entry
of the .ts from those files, so the .ts is edited in one place only; delete a .tsv once
it is merged.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
COMPILED = ROOT / "custbook" / "resources" / "translations"  # package data: what ships
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


def pending_translations() -> dict[tuple[str, str], str]:
    """(context, source) -> Chinese, from pending/*.tsv."""
    found: dict[tuple[str, str], str] = {}
    for tsv in sorted((HERE / "pending").glob("*.tsv")):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and not line.startswith("#"):
                context, source, chinese = (x.replace("\\n", "\n") for x in parts)
                found[(context, source)] = chinese
    return found


def fill_pending(ts: Path) -> int:
    """Fill the unfinished entries of `ts` from pending/*.tsv; how many were filled."""
    import xml.etree.ElementTree as ET

    wanted = pending_translations()
    if not wanted:
        return 0
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            chinese = wanted.get((name, message.findtext("source")))
            if chinese and translation is not None and translation.get("type") == "unfinished":
                translation.text = chinese
                del translation.attrib["type"]
                filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        lupdate(ts, ["-target-language", "zh_CN"])  # back to lupdate's own layout
    return filled


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
        if language == "zh_CN":
            print(f"{fill_pending(ts)} translations taken from pending/*.tsv")
        lrelease(ts, COMPILED / f"custbook_{language}.qm")
    for supplement in sorted(HERE.glob("qt_supplement_*.ts")):  # what Qt's catalogue lacks
        lrelease(supplement, COMPILED / supplement.with_suffix(".qm").name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
