"""Rows that wait in a temporary table during a write transaction, read back in order."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator


class Spool:
    """Text rows in a temporary table: SQLite spills it to disk, so a large run holds one
    row at a time in memory instead of all of them. Dropped by :meth:`close`."""

    def __init__(self, conn: sqlite3.Connection, name: str) -> None:
        if not name.isidentifier():
            raise ValueError(f"not a table name: {name!r}")
        self._conn = conn
        self._name = name
        self._size = 0
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name}(seq INTEGER PRIMARY KEY, data TEXT)")
        conn.execute(f"DELETE FROM {name}")

    def append(self, data: str) -> None:
        self._conn.execute(f"INSERT INTO {self._name}(data) VALUES (?)", (data,))
        self._size += 1

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[str]:
        for (data,) in self._conn.execute(f"SELECT data FROM {self._name} ORDER BY seq"):
            yield data

    def close(self) -> None:
        self._conn.execute(f"DROP TABLE IF EXISTS {self._name}")
