"""How messages name a register: its database and server, never a password (shared by
the backend's refusals and the register's set-up)."""

from __future__ import annotations

from sqlalchemy.engine import URL

from metkasekor_desktop.domain.messages import msg


def display_name(url: URL) -> str:
    """``dbname on host``: the database and its server, without user or password."""
    where = url.host or url.query.get("host") or "localhost"
    if isinstance(where, tuple):
        where = where[0]
    return msg("{database} on {host}", database=url.database, host=where)

