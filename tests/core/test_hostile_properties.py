"""Every file format through every reader, as variants a shop really meets: cut short,
in the wrong encoding, far too large, or empty (hypothesis).

Formats: CSV, XLSX, vCard and iCalendar (the real files under tests/data/realworld and a
workbook made here). Readers: the customer import (plan_file) and the calendar import
(read_calendar); each file goes through both, so a calendar given to the customer
import (and the other way round) is covered too.

Each reading must end in a result or a CustbookError with a message, never another
exception; it must finish (a watchdog fails a reading that takes more than WATCHDOG
seconds: a hang, not a benchmark) and stay within memory proportional to the file
(tracemalloc's peak below 64 MB + 100 × the file's size).
"""
from __future__ import annotations

import codecs
import io
import signal
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from custbook import clock
from custbook.errors import CustbookError
from custbook.exchange import ical_import, importer

REAL = Path(__file__).resolve().parents[1] / "data" / "realworld"
WATCHDOG = 120  # seconds: only a reading that hangs gets near this
SIZE = 512 * 1024  # "far too large" for the suite; bench/bench_hostile_files.py goes to 1M rows


def _workbook() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "手机", "生日", "备注", "会员等级"])
    for n in range(30):
        sheet.append([f"顾客{n}", f"139{n:08d}", "1990-05-03", "喜欢蓝色", "金卡"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


SAMPLES = {p.name: p.read_bytes() for p in sorted(REAL.iterdir())
           if p.suffix in (".csv", ".vcf", ".ics")}
SAMPLES["sheet.xlsx"] = _workbook()
ENCODINGS = ["gbk", "gb18030", "big5", "shift_jis", "utf-16-le", "utf-16-be", "utf-32",
             "latin-1", "utf-8-sig", "cp1252"]

SOME = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])


def _text_of(data: bytes) -> str:
    for name in ("utf-8-sig", "utf-16", "gb18030"):
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _alarm(signum, frame):
    raise TimeoutError(f"a reading took more than {WATCHDOG} s")


def read_everywhere(tmp_path: Path, name: str, data: bytes) -> None:
    """The file through the customer import and the calendar import, with the promises."""
    path = tmp_path / name
    path.write_bytes(data)
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(WATCHDOG)
    tracemalloc.start()
    try:
        for read in (lambda: importer.plan_file(path),
                     lambda: ical_import.read_calendar(path, clock.today())):
            try:
                result = read()
            except CustbookError as exc:
                assert str(exc).strip(), f"{type(exc).__name__} without a message"
            else:
                assert result is not None
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert peak < 64 * 2**20 + 100 * len(data), f"{peak / 2**20:.0f} MB for {len(data)} bytes"


pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="the watchdog: POSIX")


@SOME
@given(name=st.sampled_from(sorted(SAMPLES)), cut=st.floats(0, 1, exclude_max=True))
def test_cut_short(book, tmp_path, name, cut):
    data = SAMPLES[name]
    read_everywhere(tmp_path, name, data[:int(len(data) * cut)])


@SOME
@given(name=st.sampled_from(sorted(SAMPLES)), encoding=st.sampled_from(ENCODINGS),
       bom=st.booleans())
def test_in_the_wrong_encoding(book, tmp_path, name, encoding, bom):
    data = SAMPLES[name]
    if name.endswith(".xlsx"):  # a workbook read as text, in another encoding
        text = data.decode("latin-1")
    else:
        text = _text_of(data)
    encoded = text.encode(encoding, "replace")
    if bom and encoding.startswith("utf-16"):
        encoded = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) \
            + encoded
    read_everywhere(tmp_path, name, encoded)


def _oversized(name: str, data: bytes, how: str) -> bytes:
    text = _text_of(data) if not name.endswith(".xlsx") else ""
    if name.endswith(".xlsx"):
        return data + b"\0" * SIZE if how == "padded" else data * 20
    if how == "repeated":
        return (text * max(1, SIZE // max(len(text), 1))).encode("utf-8")
    if how == "one_long_line":
        return (text.rstrip("\r\n") + "长" * (SIZE // 3)).encode("utf-8")
    return (text + "\n" * (SIZE // 4)).encode("utf-8")  # "padded": a tail of empty lines


@settings(max_examples=10, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(name=st.sampled_from(sorted(SAMPLES)),
       how=st.sampled_from(["repeated", "one_long_line", "padded"]))
def test_far_too_large(book, tmp_path, name, how):
    read_everywhere(tmp_path, name, _oversized(name, SAMPLES[name], how))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf", ".ics", ".txt"])
@pytest.mark.parametrize("content", [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, b"\r\n \t\r\n",
                                     b"\0" * 64])
def test_empty(book, tmp_path, suffix, content):
    read_everywhere(tmp_path, "empty" + suffix, content)
