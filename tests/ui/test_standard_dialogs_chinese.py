"""Qt's standard dialogs speak Chinese in a Chinese window (Qt's catalogue + our supplement)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTreeView,
)

from ui import i18n

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")  # "CSV" in a filter is the user's, not Qt's


def _texts(dialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog)]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    texts += [b.toolTip() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    for view in dialog.findChildren(QTreeView):
        model = view.model()
        texts += [str(model.headerData(c, Qt.Orientation.Horizontal))
                  for c in range(model.columnCount())]
    return [t for t in texts if t]


@pytest.fixture
def chinese(qapp):
    i18n.install("zh_CN")
    yield
    i18n.install("en")


@pytest.mark.parametrize("mode", [QFileDialog.AcceptMode.AcceptOpen,
                                  QFileDialog.AcceptMode.AcceptSave])
def test_the_file_dialog_has_no_english_label(chinese, qtbot, tmp_path, mode):
    dialog = QFileDialog(None, "选择文件", str(tmp_path), "表格 (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = _texts(dialog)
    assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts
    assert [t for t in texts if LATIN_WORD.search(t.replace("xlsx", ""))] == []


def test_message_input_and_progress_dialogs_have_no_english_button(chinese, qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "删除", "确定吗？",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    ask = QInputDialog()
    progress = QProgressDialog()  # Qt's own "Cancel"
    for dialog in (box, ask, progress):
        qtbot.addWidget(dialog)
        dialog.show()
        english = [t for t in _texts(dialog) if LATIN_WORD.search(t)]
        assert english == [], type(dialog).__name__
