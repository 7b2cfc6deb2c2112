#!/usr/bin/env python3
"""Screenshots of every page, in both languages, at the screen sizes shops have.

    python3 tools/screenshots.py                      # docs/screenshots/, 1366x768 and 1024x768
    python3 tools/screenshots.py --guide              # also the guide's pictures (package data)
    python3 tools/screenshots.py --pages home,customers --sizes 1024x768 --out /tmp/shots

Runs the real window offscreen on a fresh sample shop (300 customers, "today" fixed at
2026-11-22 10:00 through CUSTBOOK_NOW, so the pictures do not change with the day) and
saves `<page>-<language>-<width>.png`. Look at every picture you make.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE_PAGES = ("customers", "calendar", "complaints")
GUIDE_WIDTH = 600  # fits the guide window without a sideways scroll


def settle(app, seconds: float) -> None:
    """Let the window finish what it loads in the background before the picture."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--sizes", default="1366x768,1024x768")
    parser.add_argument("--languages", default="zh_CN,en")
    parser.add_argument("--pages", default="", help="page keys (default: every page)")
    parser.add_argument("--guide", action="store_true",
                        help="also write the guide's pictures into custbook/resources/guide")
    parser.add_argument("--customers", type=int, default=300)
    args = parser.parse_args(argv)

    os.environ.setdefault("CUSTBOOK_NOW", "2026-11-22T10:00")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="custbook-shots-"))
    os.environ["XDG_DATA_HOME"] = str(work / "data")
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from custbook import db
    from custbook.sample import sample_shop

    book = work / "shop.db"
    sample_shop.generate(book, customers=args.customers)

    app = QApplication.instance() or QApplication(["custbook"])
    app.setApplicationName("Custbook")
    app.setOrganizationName("Custbook")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    from ui import i18n
    from ui.app import Controller, load_fonts

    load_fonts(app)
    args.out.mkdir(parents=True, exist_ok=True)
    sizes = [tuple(int(n) for n in size.split("x")) for size in args.sizes.split(",")]
    made = []
    for language in args.languages.split(","):
        i18n.install(language)
        controller = Controller(argparse.Namespace(db=str(book), lang=language))
        if not controller.open_book(book):
            print(f"could not open {book}: {controller.last_error}", file=sys.stderr)
            return 1
        window = controller.window
        keys = args.pages.split(",") if args.pages else list(window.pages)
        for width, height in sizes:
            window.showNormal()
            window.resize(width, height)
            for key in keys:
                window.show_page(key)
                page = window.pages[key]
                if key == "complaints" and page.model.rowCount() and width == sizes[0][0]:
                    page.select(page.model.complaint_id(0))  # show a complaint's steps
                settle(app, 2.0 if key == "reports" else 0.3)  # background figures land
                path = args.out / f"{key}-{language}-{width}.png"
                window.grab().save(str(path))
                made.append(path)
                if args.guide and key in GUIDE_PAGES and width == min(w for w, _ in sizes):
                    folder = ROOT / "custbook" / "resources" / "guide" / "images" / language
                    folder.mkdir(parents=True, exist_ok=True)
                    picture = window.grab().scaledToWidth(
                        GUIDE_WIDTH, Qt.TransformationMode.SmoothTransformation)
                    picture.save(str(folder / f"{key}.png"))
                    made.append(folder / f"{key}.png")
        window.close()
        controller.window = None
        db.close_book()
    for path in made:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
