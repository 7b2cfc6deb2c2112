"""The import's second page: what the dry run says the import would do.

It lives apart from the dialog (ui/exchange/import_dialog.py) because it only shows a
finished importer.Plan — the dialog runs the dry run on the worker and hands the plan
over. The owner sees four count tiles (new, updated, duplicates skipped, invalid rows
left out), a sentence that sums them up, and every row that is not imported as it is,
with its number in the file, what happens to it and why; a very long list is cut at
PROBLEMS_SHOWN rows while the counts stay exact.

Its strings keep the "ImportDialog" translation context they had before the page was
split off, so the existing translations still apply.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from custbook.exchange import importer
from ui import format as fmt
from ui.exchange.import_columns import GREY

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
PROBLEMS_SHOWN = 1000  # a list longer than this is cut (the counts stay exact)
_KIND_COLOURS = {"invalid": QColor("#b3261e"), "duplicate": QColor("#8a5a00"),
                 "warning": QColor("#2f6f8f")}


class CheckPage(QWidget):
    """Step 2: the dry run's counts and the rows left out or imported with a warning."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        tiles = QHBoxLayout()
        self.count_labels: dict[str, QLabel] = {}
        for key, caption, colour in (
                ("new", translate("ImportDialog", "new customers"), "#1e6b3a"),
                ("update", translate("ImportDialog", "cards updated"), "#2f6f8f"),
                ("duplicate", translate("ImportDialog", "duplicates skipped"), "#8a5a00"),
                ("invalid", translate("ImportDialog", "invalid rows left out"), "#b3261e")):
            tile = QFrame()
            tile.setObjectName(f"importTile_{key}")
            tile.setFrameShape(QFrame.Shape.StyledPanel)
            tile.setStyleSheet(f"#importTile_{key} {{ border: 1px solid palette(mid);"
                               f" border-left: 5px solid {colour}; border-radius: 4px;"
                               " background: palette(base); }")
            box = QVBoxLayout(tile)
            number = QLabel("0")
            number.setObjectName(f"importCount_{key}")
            font = QFont(number.font())
            font.setPointSizeF(font.pointSizeF() * 1.9)
            font.setBold(True)
            number.setFont(font)
            number.setStyleSheet(f"color: {colour};")
            box.addWidget(number)
            label = QLabel(caption)
            box.addWidget(label)
            tiles.addWidget(tile)
            self.count_labels[key] = number
        layout.addLayout(tiles)
        self.check_summary = QLabel()
        self.check_summary.setObjectName("importCheckSummary")
        self.check_summary.setWordWrap(True)
        layout.addWidget(self.check_summary)
        self.problems = QTableWidget(0, 4)
        self.problems.setObjectName("importProblems")
        self.problems.setHorizontalHeaderLabels([
            translate("ImportDialog", "Row"), translate("ImportDialog", "Name"),
            translate("ImportDialog", "What happens"), translate("ImportDialog", "Why")])
        self.problems.verticalHeader().hide()
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setAlternatingRowColors(True)
        self.problems.setWordWrap(False)
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.problems.setColumnWidth(1, 200)
        layout.addWidget(self.problems, 1)

    def show_plan(self, plan: importer.Plan) -> None:
        """Show the dry run: the counts and every row that is not imported as it is."""
        counts = {key: plan.count(key) for key in ("new", "update", "duplicate", "invalid")}
        for key, label in self.count_labels.items():
            label.setText(fmt.number(counts[key]))
        warned = [r for r in plan.rows if r.warnings and r.action in ("new", "update")]
        left_out = counts["duplicate"] + counts["invalid"]
        summary = translate(
            "ImportDialog", "%1 customers will be added and %2 existing cards updated.").replace(
            "%1", fmt.number(counts["new"])).replace("%2", fmt.number(counts["update"]))
        if left_out:
            summary += " " + translate("ImportDialog",
                                       "%1 rows are left out; each is listed below with the "
                                       "reason.").replace("%1", fmt.number(left_out))
        if warned:
            summary += " " + translate(
                "ImportDialog", "%1 rows are imported with a warning (listed too).").replace(
                "%1", fmt.number(len(warned)))
        if not left_out and not warned:
            summary += " " + translate("ImportDialog", "Every row can be imported as it is.")
        self.check_summary.setText(summary)
        self._fill_problems(plan)

    def _fill_problems(self, plan: importer.Plan) -> None:
        what = {"invalid": translate("ImportDialog", "Left out: invalid"),
                "duplicate": translate("ImportDialog", "Left out: duplicate"),
                "new": translate("ImportDialog", "Added, with a warning"),
                "update": translate("ImportDialog", "Updated, with a warning")}
        lines: list[tuple[int, str, str, str, str]] = []
        for row in plan.rows:
            if row.action in ("invalid", "duplicate"):
                reason = "; ".join([row.reason] + row.warnings) if row.warnings else row.reason
                lines.append((row.number, row.name, what[row.action], reason, row.action))
            elif row.warnings:
                lines.append((row.number, row.name, what[row.action], "; ".join(row.warnings),
                              "warning"))
        shown = lines[:PROBLEMS_SHOWN]
        self.problems.setRowCount(len(shown))
        for index, (number, name, action, reason, kind) in enumerate(shown):
            cells = (str(number), name or translate("ImportDialog", "(no name)"), action, reason)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.EditRole, number)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == 2:
                    item.setForeground(_KIND_COLOURS[kind])
                if column == 1 and not name:
                    item.setForeground(GREY)
                self.problems.setItem(index, column, item)
        self.problems.setVisible(bool(shown))
        if len(lines) > len(shown):
            self.check_summary.setText(self.check_summary.text() + " " + translate(
                "ImportDialog", "The first %1 of them are listed.").replace(
                "%1", fmt.number(len(shown))))

    def problem_rows(self) -> list[tuple[int, str, str]]:
        """(row number, what happens, why) of each listed row, as shown."""
        return [(int(self.problems.item(r, 0).text()), self.problems.item(r, 2).text(),
                 self.problems.item(r, 3).text()) for r in range(self.problems.rowCount())]
