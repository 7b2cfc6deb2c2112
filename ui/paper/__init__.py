"""Paper from the window: the customer sheet, the list as shown, address labels."""
