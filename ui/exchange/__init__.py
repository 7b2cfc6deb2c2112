"""Customer lists in and out: the import and export dialogs."""
