"""The address of a shared book on a PostgreSQL server, with and without its password.

Why its own module: the address is shown in titles and messages, stored in the recent
books of this PC and written to logs, and none of those may ever carry the password.
Building the URL here (with proper quoting: a password may contain @, / or :) and
stripping the password here keeps that rule in one place.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import quote, unquote, urlsplit

DEFAULT_PORT = 5432
SCHEMES = ("postgresql", "postgres")


@dataclass(frozen=True)
class ServerAddress:
    """Where a shared book lives: server, port, database, user (and maybe the password)."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    password: str = ""

    def url(self, with_password: bool = True) -> str:
        """`postgresql://user[:password]@host:port/database`, quoted."""
        who = quote(self.user, safe="")
        if with_password and self.password:
            who += ":" + quote(self.password, safe="")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql://{who}@{host}:{self.port}/{quote(self.database, safe='')}"

    def without_password(self) -> ServerAddress:
        return replace(self, password="")

    def key(self) -> str:
        """What identifies this book for the keyring: the address without the password."""
        return self.url(with_password=False)


def is_server_url(location: object) -> bool:
    return str(location).split("://", 1)[0].lower() in SCHEMES and "://" in str(location)


def parse(url: str) -> ServerAddress:
    """The parts of a `postgresql://` URL (ValueError if it is not one)."""
    parts = urlsplit(str(url))
    if parts.scheme.lower() not in SCHEMES:
        raise ValueError(f"not a PostgreSQL address: {strip_password(url)}")
    return ServerAddress(host=parts.hostname or "localhost",
                         database=unquote(parts.path.lstrip("/")),
                         user=unquote(parts.username or ""),
                         port=parts.port or DEFAULT_PORT,
                         password=unquote(parts.password or ""))


def strip_password(location: object) -> str:
    """The location as it may be shown or stored: a URL loses its password, a path stays."""
    text = str(location)
    if "://" not in text:
        return text
    parts = urlsplit(text)
    if parts.password is None:
        return text
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    return text.replace(parts.netloc, f"{user}@{netloc[1]}", 1)
