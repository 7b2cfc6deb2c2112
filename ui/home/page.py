"""Home: where the window opens. Today's calls and visits, birthdays this week, late
complaints, customers slipping away, the last 7 days, and search.

Every item opens its card or its complaint (double-click or Enter). An empty book
shows what to do first instead of empty lists.

The day's figures read the whole book (0.06-0.2 s at 100,000 customers, more at a
million), so they are gathered on the one background runner (`ui/reports/loader.py`,
as the report's figures are): the window paints at once, the lists fill a moment
later, and after a change the page keeps what it shows until the new figures come.
"""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custbook import clock
from custbook.calendar import lunar
from ui import format as fmt
from ui.home.trend import Sparkline
from ui.i18n import current_language
from ui.page import Page
from ui.reports.loader import ReportLoader
from ui.signals import COMPLAINTS, CONTACTS, CUSTOMERS, PURCHASES, REMINDERS, SATISFACTION

if TYPE_CHECKING:
    from custbook.messages.due import TodaysMessages
    from custbook.shop import home

CUSTOMER, COMPLAINT = "customer", "complaint"


class HomePage(Page):
    """The day's work. Signals ask the window to act (the page reaches into no other page):

    sig_open_customer(int): open this customer's card.
    sig_open_complaint(int): show this complaint on the Complaints page.
    sig_search(str): search the customers for this text.
    sig_first_step(str): "new_customer", "import", "sample".
    sig_messages(): open the day's message queue (Messages › Today's messages…).
    """

    KINDS = frozenset({CUSTOMERS, REMINDERS, COMPLAINTS, PURCHASES, CONTACTS, SATISFACTION})
    sig_open_customer = Signal(int)
    sig_open_complaint = Signal(int)
    sig_search = Signal(str)
    sig_first_step = Signal(str)
    sig_messages = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("homePage")
        self.heading.setText(self.tr("Home"))
        top = QHBoxLayout()
        self.date_label = QLabel()
        top.addWidget(self.date_label, 1)
        self.search = QLineEdit()
        self.search.setObjectName("homeSearch")
        self.search.setPlaceholderText(self.tr("Find a customer: name, pinyin, phone…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.search.setMaximumWidth(360)
        self.search.returnPressed.connect(self._search)
        top.addWidget(self.search)
        self.layout_.addLayout(top)
        self.messages_bar = self._messages_bar()
        self.layout_.addWidget(self.messages_bar)
        self.grid_host = QWidget()
        grid = QGridLayout(self.grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        self.due = self._list("homeDue")
        self.birthdays = self._list("homeBirthdays")
        self.complaints = self._list("homeComplaints")
        self.slipping = self._list("homeSlipping")
        self.boxes = {}
        for (row, column), key, title, widget in (
                ((0, 0), "due", self.tr("Calls and visits for today"), self.due),
                ((0, 1), "birthdays", self.tr("Birthdays this week"), self.birthdays),
                ((1, 0), "complaints", self.tr("Complaints past their time"), self.complaints),
                ((1, 1), "slipping", self.tr("Customers slipping away"), self.slipping)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            grid.addWidget(box, row, column)
            self.boxes[key] = box
        grid.addWidget(self._week_box(), 0, 2, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        self.layout_.addWidget(self.grid_host, 1)
        self.first_steps = self._first_steps()
        self.layout_.addWidget(self.first_steps, 1)
        self.first_steps.setVisible(False)  # until the figures say the book is empty
        self.day: home.Day | None = None
        self._language = "en"  # whose message templates count (read on the runner)
        self._first_asked = False  # the first request waits for the event loop (refresh)
        self.loader = ReportLoader(self._gather, self)
        self.loader.sig_loaded.connect(self._show)
        self.loader.sig_failed.connect(self._failed)

    # --- building
    def _list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setWordWrap(True)
        widget.itemActivated.connect(self._activated)
        widget.itemDoubleClicked.connect(self._activated)
        return widget

    def _messages_bar(self) -> QWidget:
        """One line: how many WeChat/SMS messages are still to send today, and the button
        that opens the day's queue where it stopped."""
        host = QGroupBox(self.tr("Messages to send today"))
        host.setObjectName("homeMessages")
        row = QHBoxLayout(host)
        self.messages_text = QLabel()
        self.messages_text.setObjectName("homeMessagesText")
        self.messages_text.setWordWrap(True)
        self.messages_text.setTextFormat(Qt.TextFormat.RichText)
        row.addWidget(self.messages_text, 1)
        self.messages_button = QPushButton(self.tr("Send today's messages…"))
        self.messages_button.setObjectName("homeMessagesButton")
        self.messages_button.clicked.connect(self.sig_messages.emit)
        row.addWidget(self.messages_button)
        return host

    def _week_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The last 7 days"))
        column = QVBoxLayout(box)
        self.figures: dict[str, QLabel] = {}
        for key in ("visits", "new", "ratings"):
            label = QLabel()
            label.setObjectName(f"homeWeek_{key}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            column.addWidget(label)
            self.figures[key] = label
        column.addWidget(QLabel(self.tr("Visits per day:")))
        self.trend = Sparkline()
        self.trend.setObjectName("homeTrend")
        column.addWidget(self.trend)
        column.addStretch(1)
        return box

    def _first_steps(self) -> QWidget:
        host = QWidget()
        host.setObjectName("homeFirstSteps")
        column = QVBoxLayout(host)
        text = QLabel(self.tr("Your book has no customers yet. What to do first:"))
        text.setWordWrap(True)
        column.addWidget(text)
        for key, title, detail in (
                ("new_customer", self.tr("Add a customer"),
                 self.tr("Type in the first card: name, phone, birthday, what they like.")),
                ("import", self.tr("Import from Excel or a phone"),
                 self.tr("Bring in a customer list (Excel, CSV) or contacts exported from a "
                         "phone (vCard). Nothing is lost: an import can be undone.")),
                ("sample", self.tr("Open the sample shop"),
                 self.tr("Try every feature on a made-up shop; your own book stays separate."))):
            button = QCommandLinkButton(title, detail)
            button.setObjectName(f"firstStep_{key}")
            button.clicked.connect(lambda checked=False, k=key: self.sig_first_step.emit(k))
            column.addWidget(button)
        column.addStretch(1)
        return host

    # --- showing
    def today(self) -> dt.date:
        return clock.today()

    def refresh(self) -> None:
        """Ask for the day's figures; they are shown when they come (`_show`)."""
        today = self.today()
        self._language = "zh_CN" if current_language() == "zh_CN" else "en"
        if self.day is not None:
            self.loader.request(today, today)
        elif not self._first_asked:
            # The window's first paint: the date now; the figures are asked for once the
            # window is up (the event loop runs), so gathering them never competes with
            # building the window for Python's one lock.
            self.date_label.setText(fmt.long_date(today))
            self._first_asked = True
            QTimer.singleShot(0, self, self._ask_first)

    def _ask_first(self) -> None:
        self._first_asked = False
        today = self.today()
        self.loader.request(today, today)

    def is_loading(self) -> bool:
        """True while the day's figures are asked for or being gathered."""
        return self._first_asked or self.loader.is_busy()

    def _gather(self, today: dt.date, _end: dt.date) -> home.Day:
        """On the runner: everything the page shows for `today`."""
        # start-up: the day's figures and what they read (custbook.shop.home with the
        # agenda, complaints and messages cores: 35-70 ms, -X importtime) load here, on
        # the runner, not before the window's first paint
        from custbook.shop import home

        return home.the_day(today, clock.now_seconds(), language=self._language)

    def _failed(self, exc: BaseException) -> None:
        raise exc  # as if read here: the window's error handler tells the owner (ui/app.py)

    def _show(self, day: home.Day) -> None:
        self.day = day
        self.date_label.setText(self.tr("%1, %2 customers").replace(
            "%1", fmt.long_date(day.today))
            .replace("%2", fmt.number(day.customers)))
        empty = day.customers == 0
        self.grid_host.setVisible(not empty)
        self.messages_bar.setVisible(not empty)
        self.first_steps.setVisible(empty)
        if empty:
            return
        self._messages(day.messages)
        self._fill(self.due, [(f"{o.customer_name or self.tr('The shop')} — {o.title}"
                               + (self.tr(" (%1)").replace("%1", o.phone.replace(" ", "\u00a0"))
                                  if o.phone else "")  # a number is never split over two lines
                               + (self.tr(" · overdue") if o.overdue else ""),
                               CUSTOMER, o.customer_id) for o in day.due],
                   self.tr("Nothing due today."), day.due_total)
        self._fill(self.birthdays, [(self._birthday_text(b), CUSTOMER, b.customer_id)
                                    for b in day.birthdays],
                   self.tr("No birthdays this week."))
        self._fill(self.complaints, [(self._complaint_text(c), COMPLAINT, c.id)
                                     for c in day.late_complaints],
                   self.tr("No complaint is late. Well done."))
        self._fill(self.slipping, [(self.tr("%1 — last bought %2, %3 purchases").replace(
            "%1", line.name).replace("%2", line.last_purchase_on.isoformat()
                                     if line.last_purchase_on else "—")
            .replace("%3", str(line.purchases)), CUSTOMER, line.customer_id)
            for line in day.slipping], self.tr("Nobody is slipping away."))
        self._week(day.week)

    def _fill(self, widget: QListWidget, rows, empty_text: str, total: int | None = None) -> None:
        widget.clear()
        for text, kind, target in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (kind, target))
            widget.addItem(item)
        if not rows:
            item = QListWidgetItem(empty_text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(item)
        elif total is not None and total > len(rows):
            item = QListWidgetItem(self.tr("… and %1 more in the Calendar").replace(
                "%1", str(total - len(rows))))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(item)

    def _messages(self, found: TodaysMessages | None) -> None:
        if found is None:
            return
        kinds = {"birthday": self.tr("birthdays"), "festival": self.tr("festival greetings"),
                 "follow_up": self.tr("follow-ups after a purchase"),
                 "complaint": self.tr("complaint follow-ups"),
                 "family": self.tr("family birthdays"), "anniversary": self.tr("anniversaries")}
        occasions = self.tr(", ").join(
            self.tr("%2 %1").replace("%1", kinds.get(kind, kind)).replace("%2", str(n))
            for kind, n in sorted(found.by_kind.items(),
                                  key=lambda kv: list(kinds).index(kv[0])
                                  if kv[0] in kinds else len(kinds)))
        if found.to_send:
            text = self.tr("<b>%1</b> still to send").replace("%1", str(found.to_send))
            if occasions:
                text += self.tr(" — today: %1").replace("%1", occasions)
        elif found.dealt_with:
            text = self.tr("All of today's messages are dealt with (%1 sent or skipped).") \
                .replace("%1", str(found.dealt_with))
        else:
            text = self.tr("None today: no birthday, festival or follow-up calls for a "
                           "message.")
        if found.left_out:
            text += self.tr(" %1 left out: they did not agree to promotions.").replace(
                "%1", str(found.left_out))
        self.messages_text.setText(text)
        self.messages_button.setVisible(found.to_send > 0)

    def _birthday_text(self, b: home.Birthday) -> str:
        when = self.tr("today") if b.day == self.today() else \
            self.tr("%1/%2").replace("%1", str(b.day.month)).replace("%2", str(b.day.day))
        if b.lunar:
            return self.tr("%1 — %2 (%3)").replace("%1", b.name).replace("%2", when) \
                .replace("%3", lunar.label(b.month, b.day_of_month, b.leap))
        return self.tr("%1 — %2").replace("%1", b.name).replace("%2", when)

    def _complaint_text(self, c) -> str:
        why = self.tr("promise overdue") if c.promise_overdue else (
            self.tr("no answer yet") if c.response_overdue else self.tr("follow-up overdue"))
        return self.tr("%1 — %2: %3").replace("%1", c.customer_name).replace(
            "%2", c.category or self.tr("no category")).replace("%3", why)

    def _arrow(self, now: int, before: int) -> str:
        if now > before:
            return "<span style='color:#2e7d32'>▲</span>"
        if now < before:
            return "<span style='color:#b00020'>▼</span>"
        return "<span style='color:gray'>＝</span>"

    def _week(self, week: home.WeekFigures | None) -> None:
        if week is None:
            return
        self.figures["visits"].setText(self.tr("<b>%1</b> visits %2 (%3 the week before)")
                                       .replace("%1", str(week.visits))
                                       .replace("%2", self._arrow(week.visits, week.visits_before))
                                       .replace("%3", str(week.visits_before)))
        self.figures["new"].setText(self.tr("<b>%1</b> new customers %2 (%3 the week before)")
                                    .replace("%1", str(week.new_customers))
                                    .replace("%2", self._arrow(week.new_customers, week.new_before))
                                    .replace("%3", str(week.new_before)))
        share = f"{round(100 * week.satisfied / week.ratings)} %" if week.ratings else "—"
        self.figures["ratings"].setText(self.tr("<b>%1</b> ratings, %2 satisfied")
                                        .replace("%1", str(week.ratings)).replace("%2", share))
        self.trend.set_values(week.visits_per_day)

    # --- acting
    def _activated(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data or data[1] is None:
            return
        kind, target = data
        (self.sig_open_customer if kind == CUSTOMER else self.sig_open_complaint).emit(int(target))

    def _search(self) -> None:
        text = self.search.text().strip()
        if text:
            self.sig_search.emit(text)

    def focus_search(self):
        self.search.setFocus()
        self.search.selectAll()
        return self.search
