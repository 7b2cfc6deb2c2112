"""The help guide: shipped with the app (custbook/resources/guide), read offline."""
