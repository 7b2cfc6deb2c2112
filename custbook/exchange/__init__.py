"""Import and export: customer files from other programs, and calendars for phones."""
