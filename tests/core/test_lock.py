"""The lock files agree with pyproject.toml: every range is locked, inside its range, hashed.

`python3 tools/lock.py` writes them; this fails when someone adds or narrows a range
in pyproject.toml and forgets to lock again (the first run would then install that
package from the range, with a warning, instead of the checked version).
"""
from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tools.wheelhouse import locked_requirements  # noqa: E402

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def pins(lock: str) -> dict[str, tuple[str, str, list[str]]]:
    out = {}
    for spec, marker, hashes in locked_requirements(ROOT / "requirements" / lock):
        name, _, version = spec.partition("==")
        out[canonicalize_name(name)] = (version, marker, hashes)
    return out


@pytest.mark.parametrize("lock, wanted", [
    ("app.txt", PROJECT["dependencies"]),
    ("test.txt", PROJECT["dependencies"] + PROJECT["optional-dependencies"]["test"]),
])
def test_every_range_of_pyproject_is_locked_inside_its_range(lock, wanted):
    locked = pins(lock)
    for text in wanted:
        requirement = Requirement(text)
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{name} is not in requirements/{lock}: run tools/lock.py"
        version = locked[name][0]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"{name}=={version} in requirements/{lock} is outside {requirement.specifier}")


def test_every_locked_package_has_hashes_and_windows_and_linux_get_their_own():
    locked = pins("test.txt")
    assert all(hashes for _, _, hashes in locked.values())
    linux = {"sys_platform": "linux", "python_full_version": "3.11.7", "python_version": "3.11"}
    windows = dict(linux, sys_platform="win32")
    marker = {name: m for name, (_, m, _) in locked.items() if m}
    assert Marker(marker["secretstorage"]).evaluate(linux)
    assert not Marker(marker["secretstorage"]).evaluate(windows)
    assert Marker(marker["pywin32-ctypes"]).evaluate(windows)


def test_the_lock_is_what_this_environment_runs():
    from importlib.metadata import version

    for name, (pinned, marker, _) in pins("test.txt").items():
        if not marker or Marker(marker).evaluate():
            assert version(name) == pinned, name
