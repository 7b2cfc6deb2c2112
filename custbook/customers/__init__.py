"""Customers: the card, phones, tags, duplicates and merge, the trash, purchases, the contact log, and the search index.
"""
