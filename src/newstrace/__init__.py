"""newstrace: an offline, multilingual record of what happened in the news and who says so.

The library is the product; the ``newstrace`` command is one client of it::

    import newstrace

    analysis = newstrace.analyze(["examples/"])         # files, folders, archives, dicts
    for article in analysis.articles:
        print(article.language, article.published, article.title)

    with newstrace.open_db("news.db") as db:            # incremental, searchable store
        report = db.ingest(["feeds/"])
        for hit in db.search("دمشق"):
            print(hit.outlet, hit.published, hit.text)
"""

from .api import Database, RunReport, analyze, open_db
from .errors import InputFailure, NewstraceError, StoreError, UsageError
from .ingest import FieldMap
from .models import Analysis, Article, Entity, Event, RawArticle, Sentence, Story
from .store import SearchHit

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Article",
    "Database",
    "Entity",
    "Event",
    "FieldMap",
    "InputFailure",
    "NewstraceError",
    "RawArticle",
    "RunReport",
    "SearchHit",
    "Sentence",
    "StoreError",
    "Story",
    "UsageError",
    "__version__",
    "analyze",
    "open_db",
]
