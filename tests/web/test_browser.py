"""End-to-end tests in a real browser: headless Chromium (Debian's ``chromium``) driven by
Playwright's Python client, against the web app served on a free loopback port over the
examples database, and against the HTML report opened from a file.

They click stories → story → entity, check the matrix, the provenance graph and the timeline
render, check Arabic text runs right to left, check nothing is requested from anywhere but
the app (or, for the report, from anywhere at all), check hostile article text stays inert,
and save screenshots to ``out/screenshots/``.

Without Chromium or Playwright they skip, saying why; ``.ci/run`` installs both and sets
``NEWSTRACE_REQUIRE_BROWSER=1`` so that there a missing browser fails instead.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import newstrace
from newstrace.report import render_html

from ..conftest import ROOT

SCREENSHOTS = ROOT / "out" / "screenshots"
# Chromium tries Google's services at start; this machine (and CI) has no network for it.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions",
]  # fmt: skip


def _chromium() -> str:
    path = os.environ.get("NEWSTRACE_CHROMIUM") or shutil.which("chromium")
    path = path or shutil.which("chromium-browser")
    reason = None
    if not path:
        reason = "no Chromium executable (install Debian's chromium or set NEWSTRACE_CHROMIUM)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "Playwright's Python client is not installed (requirements-test.lock)"
    if reason:
        if os.environ.get("NEWSTRACE_REQUIRE_BROWSER") == "1":
            pytest.fail(f"browser tests required here: {reason}")
        pytest.skip(reason)
    return path  # type: ignore[return-value]


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve(db_path: Path) -> Iterator[str]:
    """Run the app with uvicorn in a thread on a free loopback port; yields its base URL."""
    import uvicorn

    from newstrace.web import create_app

    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(db_path), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(examples_db: Path) -> Iterator[str]:
    yield from _serve(examples_db)


class Watch:
    """What a page did: every URL it requested, dialogs it opened, console errors."""

    def __init__(self, page) -> None:
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("dialog", self._dialog)
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 860}, locale="en-GB")
    page = context.new_page()
    yield page
    context.close()


def _shot(page, name: str, **options) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), **options)
    return path


def _direction(locator) -> str:
    return locator.evaluate("element => getComputedStyle(element).direction")


def test_click_through_stories_story_entity(page, server) -> None:
    watch = Watch(page)
    page.goto(server + "/")
    assert page.locator("li.story-row").count() >= 5
    _shot(page, "stories")

    page.get_by_role("link", name="Jordan's deputy water minister quits").click()
    page.wait_for_url("**/stories/s*")
    matrix = page.locator("table.matrix")
    assert matrix.is_visible()
    assert matrix.locator("tbody tr").count() >= 4  # one row per outlet
    assert matrix.locator(".marker.origin").count() >= 1
    assert matrix.locator(".marker.copy").count() >= 1
    graph = page.locator("svg.provenance")
    assert graph.is_visible() and graph.bounding_box()["height"] > 100
    assert graph.locator("g.node").count() >= 5 and graph.locator("path.edge").count() >= 3
    timeline = page.locator("svg.timeline")
    assert timeline.is_visible() and timeline.locator("circle").count() >= 1
    arabic = page.locator('article.column[lang="ar"]')
    assert _direction(arabic) == "rtl"
    assert _direction(page.locator('article.column[lang="en"]').first) == "ltr"
    assert arabic.locator("mark.source").count() >= 1  # cited sources highlighted
    _shot(page, "story")
    top, bottom = page.locator("#matrix").bounding_box(), page.locator("#graph").bounding_box()
    clip = {
        "x": 0,
        "y": top["y"] - 8,
        "width": 1280,
        "height": bottom["y"] + bottom["height"] - top["y"] + 16,
    }
    _shot(page, "story-matrix-graph", full_page=True, clip=clip)  # the README's picture

    page.locator('a[href^="/entities/"]', has_text="Karim Haddad").first.click()
    page.wait_for_url("**/entities/e*")
    assert page.get_by_role("heading", level=1).inner_text() == "Karim Haddad"
    arabic_name = page.locator("span.alias", has_text="كريم حداد")
    assert arabic_name.is_visible() and _direction(arabic_name) == "rtl"
    assert page.locator("table.merges").is_visible()
    assert page.locator("table.entity-events tbody tr").count() >= 1
    _shot(page, "entity")

    local = [u for u in watch.requests if not u.startswith(server + "/")]
    assert local == [], f"requests that left the app: {local}"
    assert watch.errors == [], watch.errors  # a CSP violation would be reported here
    assert watch.dialogs == []


def test_filters_and_search_in_the_browser(page, server) -> None:
    page.goto(server + "/")
    page.locator('select[name="language"]').select_option("de")
    page.get_by_role("button", name="Filter").click()
    rows = page.locator("li.story-row")
    assert rows.count() >= 1
    assert all("de" in rows.nth(i).inner_text() for i in range(rows.count()))
    page.locator('form.quick input[name="q"]').fill("حداد")
    page.locator('form.quick input[name="q"]').press("Enter")
    page.wait_for_url("**/search?q=*")
    hit = page.locator("li.hit q").first
    assert hit.is_visible() and _direction(hit) == "rtl"
    page.locator("li.hit a").first.click()
    page.wait_for_url("**/stories/s*")
    assert page.locator(".sentence:target").count() == 1  # the hit's sentence is marked


def test_hostile_article_stays_inert_in_the_browser(page, hostile_db) -> None:
    for base in _serve(hostile_db):
        watch = Watch(page)
        page.goto(base + "/")
        page.locator("a.story-link").first.click()
        page.wait_for_url("**/stories/s*")
        assert (
            page.get_by_role("heading", level=1)
            .inner_text()
            .endswith('<script>alert("x")</script>')
        )
        assert page.evaluate("document.scripts.length") == 0
        assert page.locator("img").count() == 0
        assert page.locator('a[href^="javascript:"]').count() == 0
        page.get_by_text("onerror", exact=False).first.wait_for()
        assert watch.dialogs == []


def test_report_renders_offline(page, examples_db, tmp_path) -> None:
    with newstrace.open_db(examples_db, read_only=True) as db:
        html = render_html(db.export())
    report = tmp_path / "report.html"
    report.write_text(html, encoding="utf-8")
    watch = Watch(page)
    page.goto(report.as_uri())
    assert page.locator("section.story").count() >= 5
    assert page.locator("svg.timeline").first.is_visible()
    quote = page.locator('blockquote.evidence[dir="rtl"]').first
    assert _direction(quote) == "rtl"
    assert watch.requests == [report.as_uri()], watch.requests
    assert watch.errors == [] and watch.dialogs == []
    _shot(page, "report")


def test_swagger_ui_runs_from_local_files(page, server) -> None:
    watch = Watch(page)
    page.goto(server + "/docs")
    operations = page.locator(".opblock")
    operations.first.wait_for()
    assert operations.count() >= 4  # the four JSON endpoints
    assert page.get_by_text("/api/stories/{story_id}").first.is_visible()
    outside = [u for u in watch.requests if not u.startswith(server + "/")]
    assert outside == [], outside
    assert watch.errors == [], watch.errors  # the CSP let its one inline script run
