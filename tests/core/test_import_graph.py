"""The core's shape: packages import downwards, never in a loop, and never Qt.

The graph counts every import in `custbook/`: at module level, inside functions and
under `if TYPE_CHECKING:`, relative or absolute. Importing `custbook.a.b` also runs
`custbook/a/__init__.py`, so an import from outside a package counts as an import of
the package too (a facade `__init__` that pulls in the whole package is part of the
loop it closes). An import placed inside a function to dodge a loop is still a loop.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "custbook"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
MAX_TOP_LEVEL = 12
MAX_LINES = 500
# Over the limit when the rule was set, left to their owners to split along their own
# seams (models by feature, the card ledger): a ceiling, so they cannot grow meanwhile.
OVER_THE_LIMIT: dict[str, int] = {}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(CORE.rglob("*.py"))}


def imported_names(path: Path, name: str) -> list[str]:
    """Every dotted name `path` imports (targets of `from x import y` as `x.y`)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            out += [f"{base}.{alias.name}" for alias in node.names]
    return out


def import_graph() -> dict[str, set[str]]:
    """Module -> the custbook modules it makes Python import (see the docstring)."""
    known = modules()
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        edges: set[str] = set()
        for target in imported_names(path, name):
            while target and target not in known:  # `from pkg import function` -> pkg
                target = target.rpartition(".")[0]
            if not target or target == "custbook":
                continue
            edges.add(target)
            parent = target.rpartition(".")[0]
            while parent and parent != "custbook":  # the packages Python runs on the way
                if not (name + ".").startswith(parent + "."):
                    edges.add(parent)
                parent = parent.rpartition(".")[0]
        edges.discard(name)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return found


def describe(component: list[str], graph: dict[str, set[str]]) -> str:
    members = set(component)
    lines = [f"{len(component)} modules import each other:"]
    for name in component:
        lines.append(f"  {name} -> {', '.join(sorted(graph[name] & members))}")
    return "\n".join(lines)


def test_the_core_has_no_import_loop():
    graph = import_graph()
    assert "custbook.customers.customers" in graph and len(graph) > 100
    found = cycles(graph)
    assert not found, "\n" + "\n".join(describe(c, graph) for c in found)


def test_the_graph_sees_function_level_relative_and_package_imports(tmp_path):
    graph = import_graph()
    # A relative import and an import inside a function are edges like any other.
    assert cycles({"a": {"b"}, "b": {"a"}}) == [["a", "b"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
    names = imported_names(CORE / "cli" / "main.py", "custbook.cli.main")
    assert any(n.startswith("custbook.") for n in names)
    sample = tmp_path / "x.py"
    sample.write_text("def f():\n    from .y import z\n    from ..w import v\n")
    assert set(imported_names(sample, "custbook.p.q.x")) >= {"custbook.p.q.y.z",
                                                            "custbook.p.w.v"}
    # Importing a submodule from outside runs its package's __init__.
    assert "custbook.complaints" in graph["custbook.calendar.reminder_actions"]


def test_the_core_never_imports_qt():
    for name, path in modules().items():
        for target in imported_names(path, name):
            assert not target.startswith(QT), f"{name} imports {target}"


def test_the_top_of_the_core_stays_small():
    top = sorted(p.name for p in CORE.glob("*.py") if p.name != "__init__.py")
    assert len(top) <= MAX_TOP_LEVEL, top


def test_no_module_is_over_500_lines():
    too_long = {}
    for path in sorted(CORE.rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > OVER_THE_LIMIT.get(name, MAX_LINES):
            too_long[name] = lines
    assert not too_long, f"split these along a real seam (at most {MAX_LINES} lines): {too_long}"
