"""Developer and release tooling: the first-run bootstrap, the release build. Not part of the
importable core (custbook/), which a shop PC runs without any of this."""
