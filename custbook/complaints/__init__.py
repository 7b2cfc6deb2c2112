"""The complaint log: the service-recovery workflow, its clock, its list and its figures.

A complaint walks through eight steps — listen, apologise, find the cause, remedy,
compensate, promise, result, follow up — and its status follows from them. The
package is split by what a caller wants:

- `steps`: the steps, what makes each done, and `derive_status` (the one status rule);
- `workflow`: every change (log, record a step, close, reopen, link to a card);
- `reminder`: the calendar reminder behind the follow-up step;
- `clock`: time to first response against the shop's promise;
- `listing`: the filtered list, counts, overdue promises;
- `view`: one complaint as the detail view and the printed sheet show it;
- `figures`: the numbers the reports show;
- `lookups`: staff, categories, customers and purchases to pick from.

The names most callers need are importable from here.
"""
from __future__ import annotations

from custbook.complaints.response_clock import ResponseClock, clock_of, promised_hours, response_clock
from custbook.complaints.figures import ComplaintFigures, complaint_figures
from custbook.complaints.listing import (
    SHOWS, ComplaintFilter, ComplaintRow, PromiseDue, count_by_status, count_complaints,
    count_overdue, list_complaints, overdue_condition, promises_due,
)
from custbook.complaints.lookups import (
    Choice, CustomerChoice, PurchaseChoice, add_category, categories, customer_by_phone,
    customer_choice, find_customers, move_category, recent_purchases, rename_category,
    restore_category, retire_category, staff_choices,
)
from custbook.complaints.steps import (
    OPEN_STATUSES, STATUSES, STEP_FIELDS, STEPS, compensation_kinds, derive_status, faults,
    next_step, step_state, step_titles,
)
from custbook.complaints.view import ComplaintView, StepView, complaint_view, step_values
from custbook.complaints.workflow import (
    clear_step, close_complaint, close_warnings, create_complaint, delete_complaint,
    link_customer, make_customer, record_step, reopen_complaint, update_details,
)

__all__ = [
    "OPEN_STATUSES", "SHOWS", "STATUSES", "STEPS", "STEP_FIELDS", "Choice", "ComplaintFigures",
    "ComplaintFilter", "ComplaintRow", "ComplaintView", "CustomerChoice", "PromiseDue",
    "PurchaseChoice", "ResponseClock", "StepView", "add_category", "categories",
    "clear_step", "clock_of", "close_complaint", "close_warnings", "compensation_kinds",
    "complaint_figures", "complaint_view", "count_by_status", "count_complaints",
    "count_overdue", "create_complaint", "customer_by_phone", "customer_choice",
    "delete_complaint", "derive_status", "faults", "find_customers", "link_customer",
    "list_complaints", "make_customer", "move_category", "next_step", "overdue_condition",
    "promised_hours", "promises_due", "recent_purchases", "record_step", "rename_category",
    "reopen_complaint", "response_clock", "restore_category", "retire_category",
    "staff_choices", "step_state", "step_titles", "step_values", "update_details",
]
