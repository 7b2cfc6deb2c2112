"""Where the UI finds what ships inside the package (fonts, translations, icons)."""
from __future__ import annotations

from custbook import resources

FONTS = resources.path("fonts")
TRANSLATIONS = resources.path("translations")
ICONS = resources.path("icons")
