"""Benchmark backups on a big book: backup time and size, preview, check, restore.

Usage: python bench/bench_backup.py [BOOK] [--keep-cache]
(default /tmp/big-100k.db, the 100,000-customer sample; it is copied first and never
touched). Each figure is measured once on a warm page cache and once after asking the
kernel to drop it (Linux, as root; skipped otherwise), because the first backup of the
day reads the book from disk.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("CUSTBOOK_NO_BOOTSTRAP", "1")

from custbook.safety import backup, backup_check, integrity, restore  # noqa: E402


def drop_caches() -> bool:
    """Empty the kernel's page cache so the next read comes from disk (root only)."""
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def timed(label: str, work, cold: bool = False):
    if cold and not drop_caches():
        return None
    start = time.perf_counter()
    result = work()
    print(f"  {label:<44}{time.perf_counter() - start:>8.2f} s")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("book", nargs="?", default="/tmp/big-100k.db")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["XDG_DATA_HOME"] = str(tmp / "data")
        book = tmp / "book.db"
        shutil.copy(args.book, book)
        book.chmod(0o644)
        usb = tmp / "usb"
        usb.mkdir()
        print(f"Book: {args.book} ({book.stat().st_size / 1e6:,.0f} MB)")
        for cold in (False, True):
            print("cold page cache:" if cold else "warm page cache:")
            if timed("start-up check (PRAGMA quick_check)",
                     lambda: integrity.quick_check(book), cold) is None:
                print("  (cannot drop the page cache here)")
                break
            result = timed("backup into the data folder",
                           lambda: backup.take_backup(book, kind=backup.MANUAL), cold)
            timed("backup into data folder + second folder",
                  lambda: backup.take_backup(book, kind=backup.MANUAL, second_folder=usb), cold)
            path = result.backup.path
            preview = timed("preview (date and counts)",
                            lambda path=path: backup_check.preview(path), cold)
            timed("full check before restoring (integrity_check)",
                  lambda path=path: backup_check.verify(path), cold)
            timed("restore (check, save current, copy, swap)",
                  lambda path=path: restore.restore(path, book), cold)
        print(f"Backup size: {result.backup.size / 1e6:,.1f} MB "
              f"({preview.customers:,} customers, {preview.purchases:,} purchases, "
              f"{preview.complaints:,} complaints)")
        kept = backup.KEEP_DAILY + backup.KEEP_WEEKLY + backup.KEEP_MONTHLY
        print(f"Rotation keeps up to {kept} automatic backups (about {kept - 2} once a year "
              f"of daily use has passed): ~{(kept - 2) * result.backup.size / 1e9:,.1f} GB "
              f"for a book this size")
    return 0


if __name__ == "__main__":
    sys.exit(main())
