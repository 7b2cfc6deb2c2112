"""Keeping the book safe: backup, restore, integrity, the book lock, the password, privacy, the audit trail.
"""
