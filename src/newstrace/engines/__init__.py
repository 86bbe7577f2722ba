"""Engines: what runs the stages over a collection of articles and where the rows live.

:mod:`.local` runs the per-article stages in a worker pool and the corpus stages in this
process, with the SQLite store (:mod:`newstrace.store`) for rows. An engine reads stage
inputs from its store and writes stage outputs back; the stages themselves
(:mod:`newstrace.pipeline`, :mod:`newstrace.corpus`) never see a database.
"""

from .local import LocalEngine, RunReport

__all__ = ["LocalEngine", "RunReport"]
