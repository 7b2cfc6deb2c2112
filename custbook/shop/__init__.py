"""The shop itself: its settings checked field by field, its staff, its own words
(tiers, complaint categories, sources, interest topics) and the kinds of shop a new
book can start from."""
