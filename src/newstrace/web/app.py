"""The local web app: FastAPI routes over a read-only database, server-rendered pages.

Every request opens its own read-only connection (``mode=ro`` plus ``query_only``) with a
time limit on SQLite, so a slow query cannot hold the server and nothing can write. Pages are
Jinja2 templates with autoescaping on; no template marks article text safe. Every response
carries a Content-Security-Policy that allows no script at all and only the app's own
stylesheet, so even text that slipped through as markup would stay inert.

Errors have one shape: ``{"ok": false, "error": ..., "status": ...}`` under ``/api``, the
same message on an HTML page elsewhere.
"""

from __future__ import annotations

import base64
import hashlib
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import fastapi_offline
from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..api import Database
from ..report import STATUS_LABELS, direction
from .layout import script_of
from .pages import (
    BadRequest,
    NotFound,
    entity_json,
    entity_page,
    search_json,
    search_page,
    stories_json,
    stories_page,
    story_filter,
    story_json,
    story_page,
)

QUERY_SECONDS = 5.0
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
        "base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
_STATIC = Path(__file__).parent / "static"
# Swagger UI's own files, shipped by the fastapi-offline package (so no CDN is needed).
_SWAGGER_ASSETS = Path(fastapi_offline.__file__).parent / "static"
Page = Annotated[int, Query(ge=1, le=100_000)]
Text = Annotated[str | None, Query(max_length=200)]


def _templates() -> Jinja2Templates:
    env = Environment(
        loader=ChoiceLoader(
            [PackageLoader("newstrace.web", "templates"), PackageLoader("newstrace.report")]
        ),
        autoescape=select_autoescape(default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["direction"] = direction
    env.filters["script"] = script_of
    env.filters["replace_page"] = lambda params, page: urlencode({**dict(params), "page": page})
    env.globals["status_label"] = STATUS_LABELS
    env.globals["version"] = __version__
    return Jinja2Templates(env=env)


def _database(request: Request) -> Iterator[Database]:
    """A read-only connection for one request, closed when the response is sent."""
    db = Database(request.app.state.db_path, read_only=True, time_limit=QUERY_SECONDS)
    try:
        yield db
    finally:
        db.close()


Db = Annotated[Database, Depends(_database)]


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")


def create_app(db_path: str | Path, hosts: Sequence[str] = LOOPBACK_HOSTS) -> FastAPI:
    """The app over the database at ``db_path`` (opened read-only on every request).

    Only requests addressed to one of ``hosts`` are answered: a web page elsewhere cannot
    point a name of its own at this machine and read the database through the browser (DNS
    rebinding).
    """
    path = str(db_path)
    Database(path, read_only=True).close()  # fail now, with the store's message, not per page
    app = FastAPI(
        title="newstrace",
        version=__version__,
        description="Stories, events, provenance and entities of a newstrace database "
        "(read-only). Every page of the app has a JSON twin here.",
        docs_url=None,  # FastAPI's own /docs loads Swagger UI from a CDN: see api_explorer
        redoc_url=None,
    )
    app.state.db_path = path
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))
    templates = _templates()
    # The longer prefix first: a mount matches every path under its prefix.
    app.mount("/static/docs", StaticFiles(directory=_SWAGGER_ASSETS), name="swagger-ui")
    app.mount("/static", StaticFiles(directory=_STATIC), name="static")

    def html(request: Request, name: str, context: dict[str, Any]) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[..., Any]) -> Response:
        response: Response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)  # /docs sets a CSP of its own
        return response

    # -- pages --------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def stories(
        request: Request, db: Db, language: Text = None, outlet: Text = None,
        status: Text = None, since: Text = None, until: Text = None, q: Text = None,
        page: Page = 1,
    ) -> HTMLResponse:  # fmt: skip
        wanted = story_filter(language, outlet, status, since, until, q)
        return html(request, "stories.html", stories_page(db, wanted, page))

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story(
        request: Request, db: Db, story_id: str, articles: Text = None, focus: Text = None
    ) -> HTMLResponse:
        context = story_page(db, story_id, articles == "all", focus)
        return html(request, "story.html", context)

    @app.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def entity(request: Request, db: Db, entity_id: str) -> HTMLResponse:
        return html(request, "entity.html", entity_page(db, entity_id))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search(request: Request, db: Db, q: Text = None, page: Page = 1) -> HTMLResponse:
        return html(request, "search.html", search_page(db, q, page))

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_explorer() -> HTMLResponse:
        """FastAPI's Swagger UI page over /openapi.json, with Swagger UI's files served from
        the pinned fastapi-offline package instead of a CDN. Its one inline script is allowed
        by hash; the page shows the API's description, never article text."""
        page = get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="newstrace API",
            swagger_js_url="/static/docs/swagger-ui-bundle.js",
            swagger_css_url="/static/docs/swagger-ui.css",
            swagger_favicon_url="/static/docs/favicon.png",
        )
        policy = _docs_csp(bytes(page.body))
        return HTMLResponse(page.body, headers={"Content-Security-Policy": policy})

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request) -> HTMLResponse:
        return html(request, "api.html", {"spec": app.openapi()})

    # -- the JSON API ----------------------------------------------------------------------------
    @app.get("/api/stories", tags=["stories"])
    def api_stories(
        db: Db, language: Text = None, outlet: Text = None, status: Text = None,
        since: Text = None, until: Text = None, q: Text = None, page: Page = 1,
    ) -> dict[str, Any]:  # fmt: skip
        """Stories, newest first, 50 a page; filters as on the stories list (`q`: full text)."""
        wanted = story_filter(language, outlet, status, since, until, q)
        return stories_json(stories_page(db, wanted, page))

    @app.get("/api/stories/{story_id}", tags=["stories"])
    def api_story(
        db: Db, story_id: str, articles: Text = None, focus: Text = None
    ) -> dict[str, Any]:
        """One story: articles, events with origins, statuses and evidence, the entities they
        name, the provenance graph, the outlets × events matrix and the marked sentences of
        the first 8 articles by publication and of the `focus` article (`articles=all`: of
        every article)."""
        return story_json(story_page(db, story_id, articles == "all", focus))

    @app.get("/api/entities/{entity_id}", tags=["entities"])
    def api_entity(db: Db, entity_id: str) -> dict[str, Any]:
        """One entity: names by script, merges with their rule and score, mentions, notes,
        the events that name it and the facts of the articles that mention it."""
        return entity_json(entity_page(db, entity_id))

    @app.get("/api/search", tags=["search"])
    def api_search(db: Db, q: Text = None, page: Page = 1) -> dict[str, Any]:
        """Sentences containing every word of `q` (Arabic and Persian letter variants and
        attached clitics match), best first, 50 a page, each with its article's story."""
        return search_json(search_page(db, q, page))

    _install_error_handlers(app, templates)
    return app


def _install_error_handlers(app: FastAPI, templates: Jinja2Templates) -> None:
    def answer(request: Request, status: int, message: str) -> Response:
        if request.url.path.startswith("/api"):
            return JSONResponse({"ok": False, "error": message, "status": status}, status)
        return templates.TemplateResponse(
            request, "error.html", {"status": status, "message": message}, status_code=status
        )

    async def not_found(request: Request, exc: Exception) -> Response:
        return answer(request, 404, str(exc))

    async def bad_request(request: Request, exc: Exception) -> Response:
        if isinstance(exc, RequestValidationError):
            first = exc.errors()[0] if exc.errors() else {}
            where = ".".join(str(p) for p in first.get("loc", ())[1:]) or "request"
            return answer(request, 400, f"{where}: {first.get('msg', 'invalid value')}")
        return answer(request, 400, str(exc))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        message = "no such page" if exc.status_code == 404 else str(exc.detail)
        return answer(request, exc.status_code, message)

    async def database_error(request: Request, exc: Exception) -> Response:
        if "interrupted" in str(exc):
            return answer(request, 503, f"the query ran past {QUERY_SECONDS:g} s and was stopped")
        return answer(request, 500, "the database could not answer")

    async def server_error(request: Request, exc: Exception) -> Response:
        return answer(request, 500, "internal error")

    handlers: dict[Any, Callable[..., Any]] = {
        NotFound: not_found,
        BadRequest: bad_request,
        RequestValidationError: bad_request,
        HTTPException: http_error,
        sqlite3.Error: database_error,
        Exception: server_error,
    }
    for kind, handler in handlers.items():
        app.add_exception_handler(kind, handler)


def _docs_csp(body: bytes) -> str:
    """The Swagger UI page's policy: its bundle and stylesheet from here, its inline start-up
    script by hash (nothing else inline may run), the spec fetched from here."""
    scripts = re.findall(rb"<script>(.*?)</script>", body, flags=re.S)
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(code).digest()).decode() + "'"
        for code in scripts
    )
    return (
        f"default-src 'none'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'"
    )


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8750) -> None:
    """Serve the app with uvicorn until interrupted."""
    import uvicorn

    hosts = LOOPBACK_HOSTS if host in LOOPBACK_HOSTS else (*LOOPBACK_HOSTS, host)
    uvicorn.run(create_app(db_path, hosts), host=host, port=port, log_level="warning")
