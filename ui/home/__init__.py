"""The Home page: the day's work first (ui.home.page)."""
