"""The four pages of the main window: Customers, Calendar, Complaints, Reports."""
