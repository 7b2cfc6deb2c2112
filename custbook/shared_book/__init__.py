"""The shared book on a PostgreSQL server: the address, the link, copy-book, server backups.
"""
