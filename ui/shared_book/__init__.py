"""Several PCs on one shared book (PostgreSQL): connecting, refreshing, conflicts, reconnecting."""
