"""Breaking text into lines that fit a width, Chinese included, without platypus.

A `Paragraph` per table cell costs too much when a list has 100,000 rows, and a label
must shrink its address until it fits; both only need "which lines at this size".
Latin text breaks between words; Chinese (no spaces) breaks between any two characters,
and a word too long for the line is cut where it must be.
"""
from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth


def _cut(word: str, font: str, size: float, width: float) -> list[str]:
    """A word (or a run of Chinese) in pieces that each fit `width`."""
    pieces: list[str] = []
    piece = ""
    for ch in word:
        if piece and stringWidth(piece + ch, font, size) > width:
            pieces.append(piece)
            piece = ch
        else:
            piece += ch
    return pieces + [piece] if piece else pieces


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """The lines `text` takes at `size` points in `width` points (its own line breaks kept)."""
    lines: list[str] = []
    for paragraph in (text or "").splitlines() or [""]:
        if stringWidth(paragraph, font, size) <= width:
            lines.append(paragraph)
            continue
        line = ""
        for word in paragraph.split(" "):
            trial = f"{line} {word}" if line else word
            if stringWidth(trial, font, size) <= width:
                line = trial
                continue
            # the word does not fit after what is there: Chinese flows on, Latin moves down
            if line and not _is_cjk_run(word):
                lines.append(line)
                line = ""
                trial = word
            pieces = _cut(trial, font, size, width)
            lines += pieces[:-1]
            line = pieces[-1] if pieces else ""
        lines.append(line)
    return lines


def _is_cjk_run(word: str) -> bool:
    return bool(word) and ord(word[0]) >= 0x2E80


def clip(lines: list[str], most: int, font: str, size: float, width: float) -> list[str]:
    """At most `most` lines, the last ending in "…" when something was left out."""
    if len(lines) <= most:
        return lines
    kept = lines[:most]
    last = kept[-1]
    while last and stringWidth(last + "…", font, size) > width:
        last = last[:-1]
    kept[-1] = last + "…"
    return kept
