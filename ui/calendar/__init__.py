"""The Calendar page's parts: month, week and agenda views, the Today panel, the detail
pane of one reminder, and the dialogs (add/edit, done, snooze, rules, visit sheet, .ics)."""
