"""The ``newstrace`` command: a thin layer over the library API (:mod:`newstrace.api`).

Exit codes: 0 everything read, 1 some inputs failed (the others were processed),
2 usage error (bad option, unusable database).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from . import api
from .api import Database, open_db
from .errors import InputFailure, NewstraceError
from .ingest import FieldMap
from .models import Analysis
from .report.json import analysis_dict, records, story_dict

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="newstrace",
    help="Turn a pile of news articles in many languages into an audited record of what "
    "happened and who says so. Offline; every output points to its evidence.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
_err = Console(stderr=True, highlight=False, soft_wrap=True)

PathsArg = Annotated[
    list[Path],
    typer.Argument(
        help="Files, folders or archives (txt, md, html, json, jsonl, rss/atom, "
        "warc[.gz], zip, gz).",
        show_default=False,
    ),
]
FieldOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--field",
        metavar="ATTR=NAME[,NAME]",
        help="JSON field names to try first for an attribute (text, title, date, url, "
        "outlet, author, language). Repeatable.",
    ),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]
WorkersOpt = Annotated[
    int,
    typer.Option(
        "--workers",
        "-w",
        min=0,
        help="Processes for the per-article analysis (0 = one per CPU core; 1 = in this process).",
    ),
]
DbOpt = Annotated[Path, typer.Option("--db", help="SQLite database file.", show_default=False)]


def _fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    _err.print(f"Error: {message}", markup=False)
    return typer.Exit(code)


def _report_failure(failure: InputFailure) -> None:
    _err.print(f"newstrace: {failure.message()}", markup=False)


@contextmanager
def _progress(quiet: bool) -> Iterator[Callable[[api.RunReport], None] | None]:
    """A live articles/s counter on stderr, only for a terminal and not with --quiet."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    started = time.perf_counter()
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=_err,
        transient=True,
    ) as progress:
        task = progress.add_task("reading", total=None)

        def update(report: api.RunReport) -> None:
            rate = report.articles / max(time.perf_counter() - started, 1e-6)
            progress.update(
                task,
                description=f"{report.articles} articles, {rate:.0f} articles/s"
                f", {len(report.failures)} failed",
            )

        yield update


def _summary(report: api.RunReport, seconds: float, quiet: bool) -> None:
    if quiet:
        return
    rate = report.articles / seconds if seconds > 0 else 0.0
    _err.print(
        f"{report.files} files read, {report.stored} articles stored, "
        f"{report.duplicates} duplicates skipped, {len(report.failures)} failures "
        f"({seconds:.1f} s, {rate:.0f} articles/s)",
        markup=False,
    )


def _fields(specs: list[str] | None) -> FieldMap:
    return FieldMap().with_overrides(specs or [])


def _write_json(data: dict[str, Any], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    with tmp.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    tmp.replace(out)  # a reader never sees half a file


def _open(db_path: Path, *, read_only: bool = False) -> Database:
    try:
        return open_db(db_path, read_only=read_only)
    except NewstraceError as exc:
        raise _fail(str(exc)) from exc


def _workers(requested: int) -> int:
    return requested or os.cpu_count() or 1


def _run(
    paths: list[Path], db: Database, fields: FieldMap, quiet: bool, workers: int
) -> api.RunReport:
    started = time.perf_counter()
    with _progress(quiet) as progress:
        report = api.ingest(
            [str(p) for p in paths],
            db,
            fields=fields,
            on_failure=_report_failure,
            on_progress=progress,
            workers=_workers(workers),
        )
    _summary(report, time.perf_counter() - started, quiet)
    return report


@app.command()
def analyze(
    paths: PathsArg,
    json_out: Annotated[
        Path, typer.Option("--json", help="Write the analysis JSON here.", show_default=False)
    ],
    db: Annotated[
        Path | None,
        typer.Option(
            "--db", help="Also keep the articles in this database (added to what it holds)."
        ),
    ] = None,
    field: FieldOpt = None,
    quiet: QuietOpt = False,
    workers: WorkersOpt = 0,
    html: Annotated[
        Path | None, typer.Option("--html", help="Also write the self-contained HTML report.")
    ] = None,
) -> None:
    """Analyse articles and write the analysis JSON (docs/analysis.schema.json).

    Example: newstrace analyze examples/ --json out/analysis.json --db out/news.db --html r.html
    """
    fields = _try(lambda: _fields(field))
    started = time.perf_counter()
    with _progress(quiet) as progress:
        analysis = _try(
            lambda: api.analyze(
                [str(p) for p in paths],
                db=db,
                fields=fields,
                on_failure=_report_failure,
                on_progress=progress,
                workers=_workers(workers),
            )
        )
    _summary(analysis.report, time.perf_counter() - started, quiet)
    _write_json(analysis_dict(analysis), json_out)
    if html is not None:
        _write_report(analysis, html, None)  # the report renders the analysis itself
    raise typer.Exit(EXIT_OK if analysis.report.ok else EXIT_INPUT_FAILED)


def _write_report(analysis: Analysis, html: Path | None, markdown: Path | None) -> None:
    from .report import render_html, render_markdown

    for path, render in ((html, render_html), (markdown, render_markdown)):
        if path is None:
            continue
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(render(analysis), encoding="utf-8")
        except OSError as exc:
            raise _fail(f"{path}: cannot write the report: {exc.strerror}") from exc


@app.command()
def report(
    db: DbOpt,
    html: Annotated[
        Path | None, typer.Option("--html", help="Write the self-contained HTML report here.")
    ] = None,
    md: Annotated[Path | None, typer.Option("--md", help="Write the report as Markdown.")] = None,
) -> None:
    """Write a report of a database to send to a colleague: per story its articles, events
    with status and independent sources, origins, responses, notes on sources, evidence in
    the original language and script, and an SVG timeline. One HTML file, no external
    requests.

    Example: newstrace report --db out/demo.db --html out/demo.html --md out/demo.md
    """
    if html is None and md is None:
        raise _fail("nothing to write: give --html FILE and/or --md FILE")
    with _open(db, read_only=True) as database:
        analysis = database.export()
    _write_report(analysis, html, md)


@app.command()
def serve(
    db: DbOpt,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on (loopback unless you say so).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8750,
) -> None:
    """Explore a database in the browser: stories with filters and search, story pages (who
    reports what, provenance graph, timeline, articles side by side), entity pages and a JSON
    API under /api. The database is opened read-only; nothing is fetched from elsewhere.

    Example: newstrace serve --db out/demo.db    (then open http://127.0.0.1:8750/)
    """
    from .web import LOOPBACK_HOSTS
    from .web import serve as run_server

    _open(db, read_only=True).close()  # a clear message before the server starts
    if host not in LOOPBACK_HOSTS:
        typer.echo(
            f"warning: listening on {host}: anyone who can reach this machine can read the "
            "database",
            err=True,
        )
    typer.echo(f"newstrace: serving {db} read-only at http://{host}:{port}/ (Ctrl-C stops)")
    run_server(db, host=host, port=port)


@app.command()
def ingest(
    paths: PathsArg,
    db: DbOpt,
    field: FieldOpt = None,
    quiet: QuietOpt = False,
    workers: WorkersOpt = 0,
) -> None:
    """Add articles to a database incrementally (an article already stored is skipped).

    Example: newstrace ingest feeds/ archive.warc.gz --db news.db
    """
    fields = _try(lambda: _fields(field))
    with _open(db) as database:
        report = _run(paths, database, fields, quiet, workers)
    raise typer.Exit(EXIT_OK if report.ok else EXIT_INPUT_FAILED)


@app.command()
def reanalyze(
    db: DbOpt,
    quiet: QuietOpt = False,
    workers: WorkersOpt = 0,
) -> None:
    """Analyse every stored article again with this version's models, then re-link entities.

    Example: newstrace reanalyze --db news.db
    """
    started = time.perf_counter()
    with _open(db) as database, _progress(quiet) as progress:
        report = api.reanalyze(
            database, on_failure=_report_failure, on_progress=progress, workers=_workers(workers)
        )
    if not quiet:
        _err.print(
            f"{report.stored} articles reanalysed, {len(report.failures)} failures "
            f"({time.perf_counter() - started:.1f} s)",
            markup=False,
        )
    raise typer.Exit(EXIT_OK if report.ok else EXIT_INPUT_FAILED)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find (all required; word* = prefix).")],
    db: DbOpt,
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="Most hits to show.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per hit.")] = False,
) -> None:
    """Find sentences; Arabic and Persian match across letter variants and clitics.

    Example: newstrace search "دمشق" --db news.db
    """
    with _open(db, read_only=True) as database:
        hits = database.search(query, limit=limit)
    out = Console(highlight=False, soft_wrap=True)
    for hit in hits:
        if as_json:
            from dataclasses import asdict

            print(json.dumps(asdict(hit), ensure_ascii=False))
        else:
            where = " · ".join(x for x in (hit.outlet, hit.published, hit.language) if x)
            out.print(f"{hit.article}#{hit.sentence}  [{where}]  {hit.title or ''}", markup=False)
            out.print(f"    {hit.text}", markup=False)
    if not as_json:
        _err.print(f"{len(hits)} hits", markup=False)


@app.command()
def export(
    db: DbOpt,
    json_out: Annotated[
        Path, typer.Option("--json", help="Write the analysis JSON here.", show_default=False)
    ],
) -> None:
    """Write the analysis JSON of everything in a database (same content as analyze).

    Example: newstrace export --db news.db --json out/news.json
    """
    with _open(db, read_only=True) as database:
        _write_json(analysis_dict(database.export()), json_out)


@app.command()
def stats(
    db: DbOpt,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Show what a database holds: articles, sentences, languages, top outlets, date range.

    Example: newstrace stats --db out/demo.db
    """
    with _open(db, read_only=True) as database:
        figures = database.stats()
    if as_json:
        _print_json(figures)
        return
    out = Console(highlight=False, soft_wrap=True)
    published = figures["published"]
    out.print(
        f"{figures['articles']} articles, {figures['sentences']} sentences, "
        f"{figures['input_paths']} input paths; published "
        f"{published['first'] or '?'} .. {published['last'] or '?'}",
        markup=False,
    )
    for label in ("languages", "outlets"):
        pairs = ", ".join(f"{k} {v}" for k, v in figures[label].items())
        out.print(f"{label}: {pairs}", markup=False)


JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


@app.command()
def timeline(db: DbOpt, as_json: JsonOpt = False) -> None:
    """Events in the order they happened (event date with its precision, then first report).

    Undated events sit at the date of their first report, marked "<=". Publication dates
    are shown separately from event dates.

    Example: newstrace timeline --db out/demo.db
    """
    with _open(db, read_only=True) as database:
        entries = database.timeline()
    if as_json:
        _print_json(records(entries))
        return
    out = Console(highlight=False, soft_wrap=True)
    for entry in entries:
        when = entry.date or f"<={entry.first_reported or '?'}"
        out.print(
            f"{when:<12} {entry.type or '?':<10} {entry.summary or ''} "
            f"[event {entry.event}, first reported {entry.first_reported or '?'}]",
            markup=False,
        )


@app.command()
def stories(db: DbOpt, as_json: JsonOpt = False) -> None:
    """List the stories: articles grouped across languages, with their events.

    Example: newstrace stories --db out/demo.db
    """
    with _open(db, read_only=True) as database:
        found = database.stories()
    if as_json:
        _print_json(records(found))
        return
    out = Console(highlight=False, soft_wrap=True)
    for story in found:
        out.print(
            f"{story.id}  {story.first_published or '?'}..{story.last_published or '?'}  "
            f"{len(story.articles)} articles [{', '.join(story.languages)}], "
            f"{len(story.events)} events  {story.title}",
            markup=False,
        )


@app.command()
def story(
    story_id: Annotated[str, typer.Argument(metavar="ID", help="A story id (see `stories`).")],
    db: DbOpt,
    as_json: JsonOpt = False,
    graphml: Annotated[
        Path | None, typer.Option("--graphml", help="Also write the provenance graph here.")
    ] = None,
) -> None:
    """One story: its events with origins, independent-source counts, statuses, responses,
    notes on the sources, and the evidence sentences; plus its provenance graph.

    Example: newstrace story s1a2b3c4d5e6 --db out/demo.db --graphml out/story.graphml
    """
    with _open(db, read_only=True) as database:
        view = _try(lambda: database.story(story_id))
    if graphml is not None:
        from .provenance import to_graphml

        graphml.write_text(to_graphml(view.graph), encoding="utf-8")
    if as_json:
        _print_json(story_dict(view))
        return
    _print_story(view)


def _print_story(view: Any) -> None:
    out = Console(highlight=False, soft_wrap=True)
    names = {e.id: e.name for e in view.entities}
    out.print(f"{view.story.title}  [{', '.join(view.story.languages)}]", markup=False)
    for article in view.articles:
        out.print(
            f"  article {article.id}  {article.published or '?'}  {article.language or '?'}  "
            f"{article.outlet or '?'}  {article.title or ''}",
            markup=False,
        )
    for event in view.events:
        when = event.date.value or f"<={event.date.not_after or '?'}"
        origins = ", ".join(names.get(o, o) for o in event.origins) or "none"
        out.print(
            f"\n{when} {event.type}: {event.status} ({event.independent_sources} independent "
            f"source(s); origins: {origins})",
            markup=False,
        )
        for root in event.roots:  # why the count is what it is
            name = names.get(root.entity, root.entity) if root.entity else root.name
            hows = Counter(r.how for r in root.reports)
            rests = ", ".join(f"{how} x{count}" for how, count in hows.most_common())
            out.print(f"    root: {name} ({root.kind}): {rests}", markup=False)
        for item in event.evidence:
            out.print(
                f"    [{item.basis}] {item.article}#{item.sentence}: {item.text}", markup=False
            )
        for response in event.responses:
            who = names.get(response.entity or "", "?")
            out.print(f"    response: {who} {response.stance}: {response.text}", markup=False)
    for entity in view.entities:
        for note in entity.notes:
            out.print(f"  note on {entity.name}: {note.text} ({note.article}#{note.sentence})",
                      markup=False)  # fmt: skip


def _print_json(data: object) -> None:
    """What every --json option prints: UTF-8 as written (Arabic stays Arabic), indented."""
    print(json.dumps(data, ensure_ascii=False, indent=1))


def _try(make: Callable[[], Any]) -> Any:
    try:
        return make()
    except NewstraceError as exc:
        raise _fail(str(exc)) from exc


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
