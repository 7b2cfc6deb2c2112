"""Bilingual from day one: every visible string has its Simplified Chinese translation."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"  # the sources (.ts); the .qm ship in:
COMPILED = ROOT / "custbook" / "resources" / "translations"


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(ts)
    return [(context.findtext("name"), message.findtext("source"), message.find("translation"))
            for context in tree.getroot().iter("context")
            for message in context.iter("message")]


def test_the_translation_file_lists_every_string_in_the_code():
    result = subprocess.run([sys.executable, str(TRANSLATIONS / "update.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, (
        "A visible string was added or changed without updating the translations: run "
        "`python resources/translations/update.py`, translate, and run it again.\n"
        + result.stdout + result.stderr)


def test_every_string_has_a_finished_chinese_translation():
    found = messages(TRANSLATIONS / "custbook_zh_CN.ts")
    assert len(found) > 100
    missing = [f"{context}: {source!r}" for context, source, translation in found
               if not (translation.text or "").strip() or translation.get("type") in
               ("unfinished", "vanished", "obsolete")]
    assert missing == []


def test_placeholders_survive_translation():
    import re

    for context, source, translation in messages(TRANSLATIONS / "custbook_zh_CN.ts"):
        for pattern in (r"\{\w+\}", r"%\d"):
            assert sorted(re.findall(pattern, source)) == sorted(
                re.findall(pattern, translation.text or "")), f"{context}: {source}"


def test_the_compiled_translations_are_up_to_date():
    for language in ("zh_CN", "en"):
        ts, qm = TRANSLATIONS / f"custbook_{language}.ts", COMPILED / f"custbook_{language}.qm"
        assert qm.exists() and qm.stat().st_size > 0
        fresh = qm.with_suffix(".fresh.qm")
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        try:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
            assert fresh.read_bytes() == qm.read_bytes(), f"run update.py to rebuild {qm.name}"
        finally:
            fresh.unlink(missing_ok=True)
