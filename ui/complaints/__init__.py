"""The complaint log's widgets: the list and its filters, the detail with the checklist,
the forms of a complaint and of each step, and printing. `ui/complaints/page.py` puts
them on the page."""
