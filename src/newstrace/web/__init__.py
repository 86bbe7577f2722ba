"""A local web app to explore a newstrace database: stories, story pages with the outlets ×
events matrix, provenance graph, timeline and articles side by side, entity pages, search,
and a JSON API mirroring every page. Read-only; binds to loopback unless told otherwise."""

from __future__ import annotations

from .app import LOOPBACK_HOSTS, create_app, serve

__all__ = ["LOOPBACK_HOSTS", "create_app", "serve"]
