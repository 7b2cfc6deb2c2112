"""File › Settings…: one dialog, one section per thing the shop sets (ui.settings.section)."""
