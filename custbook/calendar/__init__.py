"""The contact-reminder calendar: reminders, recurrence (solar and lunar), holidays, the automatic rules, agendas and talking points.
"""
