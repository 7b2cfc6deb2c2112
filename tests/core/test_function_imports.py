"""Imports sit at the top of a module, unless putting one off saves start-up time.

An import inside a function hides a dependency from the reader and from the import
graph's first glance; it is worth it only where it keeps something heavy (reportlab,
openpyxl, a dialog and all it imports) out of the window's or a command's start-up.
Such an import says so with a `# start-up: …` comment on its line or the line before,
naming what it saves as measured (`python -X importtime`). Everything else belongs at
the top, where a loop shows at once (tests/core/test_import_graph.py).
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHECKED = ("custbook", "ui")
MARK = "start-up"


def checked_files() -> list[Path]:
    files = [ROOT / "main.py"]
    for folder in CHECKED:
        files += sorted((ROOT / folder).rglob("*.py"))
    return files


def unmarked_imports(source: str) -> list[tuple[int, str]]:
    """(line, text) of each import inside a function without the start-up mark."""
    lines = source.splitlines()
    found: dict[int, str] = {}
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, (ast.Import, ast.ImportFrom)) and not marked(lines, inner):
                found[inner.lineno] = lines[inner.lineno - 1].strip()
    return sorted(found.items())


def marked(lines: list[str], node: ast.stmt) -> bool:
    """The mark on the import's line, or in the comment just above it or above the run
    of imports it belongs to (one comment may speak for a group of imports)."""
    if MARK in lines[node.lineno - 1]:
        return True
    number = node.lineno - 2
    while number >= 0:
        text = lines[number].strip()
        if text.startswith("#"):
            if MARK in text:
                return True
        elif not text.startswith(("import ", "from ")) and not text.endswith((",", "(")) \
                and text != ")":
            return False
        number -= 1
    return False


def test_every_import_inside_a_function_says_what_it_saves_at_start_up():
    offenders = []
    for path in checked_files():
        rel = path.relative_to(ROOT).as_posix()
        for number, text in unmarked_imports(path.read_text(encoding="utf-8")):
            offenders.append(f"{rel}:{number}: {text}")
    assert not offenders, (
        "move these to the top of their module, or say what they save at start-up "
        "(# start-up: …, measured with python -X importtime):\n" + "\n".join(offenders))


def test_the_rule_sees_methods_nested_blocks_and_the_mark_on_the_line_before():
    source = '''
import os


class Page:
    def refresh(self):
        if self.ready:
            from ui.dialog import Dialog
        # start-up: reportlab costs 0.2 s (-X importtime)
        import reportlab
        import json  # start-up: nothing, really
        return Dialog


def helper():
    try:
        import keyring
    except ImportError:
        keyring = None
    # start-up: the window's own
    from ui import app
    from ui.main_window import (
        MainWindow,
    )
    x = 1
    import csv
'''
    assert unmarked_imports(source) == [(8, "from ui.dialog import Dialog"),
                                        (17, "import keyring"), (26, "import csv")]
