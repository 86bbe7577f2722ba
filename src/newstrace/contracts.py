"""Stage contracts: what each stage reads from the records and what it writes into them.

Every stage, per-article or cross-article, is declared with the attributes it ``requires``
and those it ``assigns`` (in the manner of spaCy's ``@Language.component(assigns=...,
requires=...)``). An engine checks the order of its stages once, at start-up, with
:func:`check_order`, so a pipeline that would read a field no earlier stage wrote fails
before any article is read instead of producing empty output.

Attribute names are ``record.field`` paths over :mod:`newstrace.models`: ``article.text``,
``sentence.dates``, ``article.mentions``, ``entity.mentions``, ``event.origins`` …
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from .errors import NewstraceError

F = TypeVar("F", bound=Callable[..., object])


class ContractError(NewstraceError):
    """A stage requires an attribute that no earlier stage assigns."""

    code = "contract"


@dataclass(frozen=True, slots=True)
class StageSpec(Generic[F]):
    """One stage: its name, the function that runs it, and its contract."""

    name: str
    run: F
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


def check_order(stages: Sequence[StageSpec[F]], given: Iterable[str] = ()) -> frozenset[str]:
    """Raise :class:`ContractError` unless every stage's requirements are met by ``given``
    (what the input records carry) or by an earlier stage; return what the run assigns."""
    available = set(given)
    for spec in stages:
        missing = [name for name in spec.requires if name not in available]
        if missing:
            raise ContractError(
                f"stage {spec.name!r} requires {', '.join(missing)}, which no earlier stage assigns"
            )
        available.update(spec.assigns)
    return frozenset(available)


def describe(stages: Sequence[StageSpec[F]], given: Iterable[str] = ()) -> str:
    """The pipeline as text, one stage a line with what it reads and writes, for ``--help``
    and the docs: ``1. dates  reads article.sentences, …  writes sentence.dates``."""
    lines = [f"input: {', '.join(sorted(given))}"] if given else []
    width = max((len(spec.name) for spec in stages), default=0)
    for number, spec in enumerate(stages, 1):
        reads = ", ".join(spec.requires) or "-"
        writes = ", ".join(spec.assigns) or "-"
        lines.append(f"{number}. {spec.name:<{width}}  reads {reads}  writes {writes}")
    return "\n".join(lines)


__all__ = ["ContractError", "StageSpec", "check_order", "describe"]
