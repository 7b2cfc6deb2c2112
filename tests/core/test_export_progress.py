"""An export tells how far it got, stops when asked, and never leaves a partial file —
not in the chosen folder, and not in the system's temp folder either (openpyxl streams
a workbook's rows there before it saves)."""
from __future__ import annotations

import errno
import os
import shutil
import tempfile

import pytest

from custbook.customers import customers
from custbook.exchange import export
from custbook.errors import Cancelled
from custbook.exchange.export import ExportError, export_customers


@pytest.fixture(scope="module")
def shop_master(tmp_path_factory):
    """1,201 customers (enough for three chunks of progress), built once."""
    from custbook import db

    path = tmp_path_factory.mktemp("export-progress") / "shop.db"
    db.open_book(path)
    for n in range(1201):
        customers.save_customer({"name": f"客户{n:04d}", "description": f"note {n}"},
                                [f"139{n:08d}"])
    db.close_book()
    return path


@pytest.fixture
def shop(shop_master, tmp_path):
    from custbook import db

    path = tmp_path / "book.db"
    shutil.copy(shop_master, path)
    db.open_book(path)
    yield path
    db.close_book()


@pytest.fixture
def private_temp(tmp_path, monkeypatch):
    """The system temp folder, for this test alone (other programs use the real one)."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_progress_counts_up_to_every_customer(shop, tmp_path, fmt):
    seen: list[tuple[int, int]] = []
    report = export_customers(tmp_path / f"all.{fmt}", fmt,
                              progress=lambda done, total: seen.append((done, total)) or True)
    assert report.customers == 1201
    assert seen[0] == (0, 1201) and seen[-1] == (1201, 1201)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert (500, 1201) in seen and (1000, 1201) in seen


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_cancel_leaves_no_file_and_keeps_the_old_one(shop, tmp_path, private_temp, fmt):
    out = tmp_path / f"list.{fmt}"
    out.write_bytes(b"yesterday's export")
    with pytest.raises(Cancelled, match="cancelled"):
        export_customers(out, fmt, progress=lambda done, total: done < 1000)
    assert out.read_bytes() == b"yesterday's export"
    assert not list(tmp_path.glob(".*.part"))
    assert os.listdir(private_temp) == []  # no rows left in the temp folder either


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_a_full_disk_is_said_plainly_and_the_partial_file_removed(shop, tmp_path,
                                                                  private_temp, fmt):
    def disk_fills_up(done: int, total: int) -> bool:
        if done >= 500:  # half-way through the file, the disk has no room left
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return True

    out = tmp_path / f"list.{fmt}"
    with pytest.raises(ExportError) as err:
        export_customers(out, fmt, progress=disk_fills_up)
    assert "The disk is full" in str(err.value) and str(out) in str(err.value)
    assert not out.exists() and not list(tmp_path.glob(".*.part"))
    assert os.listdir(private_temp) == []


def test_a_missing_or_read_only_folder_is_named(shop, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_customers(tmp_path / "gone" / "list.csv", "csv")
    with pytest.raises(ExportError, match="does not exist"):
        export_customers(tmp_path / "book.db" / "list.csv", "csv")  # a file, not a folder
    with pytest.raises(ExportError, match="may not write in the folder /sys"):
        export_customers("/sys/list.csv", "csv")  # refused even to root
