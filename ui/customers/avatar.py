"""Faces for customers: their photo, or a coloured circle with their initials.

A card without a photo still needs something the eye can find in a grid of hundreds,
so every customer gets a stable colour (from their id) and one or two letters: the
surname for a Chinese name (张三 → 张), the initials for a Latin one (Anna Li → AL).
Photos are scaled here before they are stored, so the book stays small.
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap

MAX_PHOTO_SIDE = 512
PHOTO_QUALITY = 85
_COLOURS = ("#2f6f8f", "#8f4a2f", "#3d7a4f", "#7a3d6f", "#6f6a2f", "#2f4f8f", "#8f2f4f",
            "#4f6f6f")


def initials(name: str) -> str:
    """One CJK character (the surname) or up to two Latin initials; "?" for no name."""
    name = (name or "").strip()
    if not name:
        return "?"
    if ord(name[0]) > 0x2E80:  # CJK and beyond: the surname is the first character
        return name[0]
    words = [w for w in name.replace("·", " ").split() if w]
    return "".join(w[0] for w in words[:2]).upper() or name[0].upper()


def colour_for(customer_id: int | None) -> QColor:
    return QColor(_COLOURS[(customer_id or 0) % len(_COLOURS)])


def paint_avatar(painter: QPainter, rect: QRectF, name: str, customer_id: int | None,
                 photo: QPixmap | None = None) -> None:
    """Draw the photo (cropped to a circle) or the initials circle into `rect`."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    path = QPainterPath()
    path.addEllipse(rect)
    if photo is not None and not photo.isNull():
        painter.setClipPath(path)
        scaled = photo.scaled(rect.size().toSize(), Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                              Qt.TransformationMode.SmoothTransformation)
        x = rect.x() + (rect.width() - scaled.width()) / 2
        y = rect.y() + (rect.height() - scaled.height()) / 2
        painter.drawPixmap(int(x), int(y), scaled)
    else:
        painter.fillPath(path, colour_for(customer_id))
        font = QFont(painter.font())
        text = initials(name)
        font.setPixelSize(int(rect.height() * (0.45 if len(text) == 1 else 0.38)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def avatar_pixmap(size: int, name: str, customer_id: int | None,
                  photo: QPixmap | None = None) -> QPixmap:
    """A square pixmap with the avatar drawn in it (transparent corners)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_avatar(painter, QRectF(0, 0, size, size), name, customer_id, photo)
    painter.end()
    return pixmap


def pixmap_from_bytes(data: bytes | None) -> QPixmap | None:
    if not data:
        return None
    pixmap = QPixmap()
    return pixmap if pixmap.loadFromData(QByteArray(data)) else None


def photo_bytes_from_file(path: str) -> bytes | None:
    """The picture at `path` scaled to at most 512 px and encoded as JPEG; None if unreadable."""
    image = QImage(path)
    if image.isNull():
        return None
    return photo_bytes_from_image(image)


def photo_bytes_from_image(image: QImage) -> bytes:
    if max(image.width(), image.height()) > MAX_PHOTO_SIDE:
        image = image.scaled(MAX_PHOTO_SIDE, MAX_PHOTO_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    if image.hasAlphaChannel():  # JPEG has no transparency: put it on white
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor("white"))
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        image = flat
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", PHOTO_QUALITY)
    return bytes(buffer.data())
