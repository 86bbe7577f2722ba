"""The few exception and failure types newstrace uses, with one message shape.

Every problem with one input becomes an :class:`InputFailure` (a value, not an exception) so that
readers can report it and go on with the rest of the input. Messages are one line:
``<path>: <reason> [<code>]``.
"""

from __future__ import annotations

from dataclasses import dataclass


class NewstraceError(Exception):
    """Base class for errors a user can act on (the CLI prints them without a traceback)."""

    code = "error"


class UsageError(NewstraceError):
    """Bad arguments or options (exit code 2)."""

    code = "usage"


class StoreError(NewstraceError):
    """The database cannot be opened or has an unknown schema."""

    code = "store"


@dataclass(frozen=True, slots=True)
class InputFailure:
    """One input (file, archive member or record) that could not be read.

    ``code`` is short and stable so tests and scripts can match on it: ``not-found``,
    ``unreadable``, ``empty``, ``binary``, ``truncated``, ``malformed-json``, ``malformed-xml``,
    ``no-text``, ``unsupported``, ``too-large``, ``bad-archive``.
    """

    path: str
    code: str
    reason: str

    def message(self) -> str:
        return f"{self.path}: {self.reason} [{self.code}]"
