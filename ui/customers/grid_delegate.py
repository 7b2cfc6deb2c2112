"""How one customer looks in the card grid: face, name, tier, tags and the figures
a shop owner glances at (last visit, total spent, next reminder)."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui import format as fmt
from ui.customers.avatar import paint_avatar
from ui.customers.table_model import RowRole

CARD_SIZE = QSize(290, 128)  # the smallest a card gets; the grid widens cards to fill a row
AVATAR = 56
PAD = 10
TAG_BG, TAG_FG = QColor("#e6eef2"), QColor("#234a5c")
TIER_BG, TIER_FG = QColor("#f3e7c9"), QColor("#6b4e00")


class CustomerCardDelegate(QStyledItemDelegate):
    """Paints a customer card; the photo comes from the model's small photo cache."""

    card_size = CARD_SIZE

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return self.card_size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row = index.data(RowRole)
        if row is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        card = QRectF(option.rect).adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hover = bool(option.state & QStyle.StateFlag.State_MouseOver)
        path = QPainterPath()
        path.addRoundedRect(card, 8, 8)
        background = palette.color(QPalette.ColorRole.Base)
        painter.fillPath(path, QColor("#dcebf3") if selected else background)
        border = QColor("#2f6f8f") if selected else (QColor("#9fb7c4") if hover
                                                      else palette.color(QPalette.ColorRole.Mid))
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.drawPath(path)
        model = index.model()
        photo = model.photo(row) if hasattr(model, "photo") else None
        paint_avatar(painter, QRectF(card.x() + PAD, card.y() + PAD, AVATAR, AVATAR), row.name,
                     row.id, photo)
        text_left = int(card.x() + PAD * 2 + AVATAR)
        width = int(card.right() - PAD - text_left)
        y = int(card.y() + PAD)
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        bold.setPointSizeF(base.pointSizeF() * 1.12)
        painter.setFont(bold)
        metrics = QFontMetrics(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        tier_width = 0
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.88)
        small_metrics = QFontMetrics(small)
        if row.tier:
            tier_width = min(small_metrics.horizontalAdvance(row.tier) + 12, width // 2)
        name = metrics.elidedText(row.name, Qt.TextElideMode.ElideRight,
                                  width - tier_width - (6 if tier_width else 0))
        painter.drawText(QRect(text_left, y, width, metrics.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
        if row.tier:
            painter.setFont(small)
            chip = QRectF(text_left + metrics.horizontalAdvance(name) + 6,
                          y + (metrics.height() - small_metrics.height() - 2) / 2,
                          tier_width, small_metrics.height() + 2)
            self._chip(painter, chip, small_metrics.elidedText(
                row.tier, Qt.TextElideMode.ElideRight, tier_width - 10), TIER_BG, TIER_FG)
        y += metrics.height() + 2
        painter.setFont(small)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRect(text_left, y, width, small_metrics.height()),
                         int(Qt.AlignmentFlag.AlignLeft), row.phone)
        y += small_metrics.height() + 4
        x = text_left
        for tag in row.tags:
            tag_width = small_metrics.horizontalAdvance(tag) + 12
            if x + tag_width > text_left + width:
                more = f"+{len(row.tags) - row.tags.index(tag)}"
                self._chip(painter, QRectF(x, y, small_metrics.horizontalAdvance(more) + 12,
                                           small_metrics.height() + 2), more, TAG_BG, TAG_FG)
                break
            self._chip(painter, QRectF(x, y, tag_width, small_metrics.height() + 2), tag,
                       TAG_BG, TAG_FG)
            x += tag_width + 4
        # figures along the bottom of the card, under the face as well
        bottom = int(card.bottom() - PAD - small_metrics.height() * 2 - 2)
        left = int(card.x() + PAD)
        full = int(card.right() - PAD - left)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        visit = self.tr("Last visit %1").replace("%1", fmt.date(row.last_visit_on)) \
            if row.last_visit_on else self.tr("Not seen yet")
        spent = self.tr("Spent %1").replace("%1", fmt.money(row.total_spent_cents))
        painter.drawText(QRect(left, bottom, full, small_metrics.height()),
                         int(Qt.AlignmentFlag.AlignLeft), small_metrics.elidedText(
                             visit, Qt.TextElideMode.ElideRight, full // 2 + 20))
        painter.drawText(QRect(left, bottom, full, small_metrics.height()),
                         int(Qt.AlignmentFlag.AlignRight), spent)
        bottom += small_metrics.height() + 2
        if row.next_reminder_on:
            painter.setPen(QColor("#2f6f8f"))
            painter.drawText(QRect(left, bottom, full, small_metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft),
                             self.tr("Next reminder %1").replace(
                                 "%1", fmt.date(row.next_reminder_on)))
        painter.restore()

    @staticmethod
    def _chip(painter: QPainter, rect: QRectF, text: str, background: QColor,
              foreground: QColor) -> None:
        path = QPainterPath()
        path.addRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.fillPath(path, background)
        painter.setPen(foreground)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
