"""The customer book's widgets: the list's views and actions, the card and its tabs,
the duplicate finder and merge. `ui/customers/page.py` puts them on the Customers page."""
