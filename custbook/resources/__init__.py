"""What ships inside the package: the CJK font, the icons, the compiled translations.

Found through `importlib.resources`, never by a path relative to the source tree, so
the same lookup works in a checkout, an installed wheel and the frozen release. The
translators' sources (`.ts`, `update.py`, `pending/`) stay in `resources/translations/`
at the top of the checkout; `update.py` compiles the `.qm` files into this package.
"""
from __future__ import annotations

import atexit
import contextlib
from importlib import resources
from pathlib import Path

_files = contextlib.ExitStack()
atexit.register(_files.close)
_cache: dict[str, Path] = {}


def path(name: str) -> Path:
    """A real file or folder for `name` ("fonts", "icons/custbook.svg", ...).

    Qt and reportlab want file names; from a zip the resource is extracted once and
    kept until the process ends.
    """
    if name not in _cache:
        traversable = resources.files(__name__).joinpath(*name.split("/"))
        _cache[name] = Path(_files.enter_context(resources.as_file(traversable)))
    return _cache[name]
