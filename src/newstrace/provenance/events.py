"""Events across articles: coreference of event reports, their origins, independent-source
counts, status and official responses.

Input: every article (as exported, with sentences whose ``cites`` / ``attributions`` /
``responses`` carry resolved entity ids) and every event report (an :class:`EventMention`
with its actors, targets and places already turned into resolved entity ids). Output: one
:class:`Event` per real-world event with its evidence.

* **Coreference** works on keyed groups: reports are blocked by (type family, actor or
  target id) and, when they name nobody, by (type family, place, date); within a block a
  report joins the first cluster of a compatible type whose dates agree and whose named
  participants do not differ (two people resigning in Amman on one day are two events; a
  report naming nobody joins); also by (type family, story, window of publication days),
  so reports of one story that share no resolved name meet. A report with no date of its
  own bounds the event by its publication day (UNDATED_DAYS). Never all pairs.
* **Roots** (:mod:`.origins`): each report rests on the sources its sentence cites for the
  event (a chain collapses to its speaker, an anonymous source to the outlet carrying it),
  else on the sentence it copies, its wire agency, or its own outlet when the article shows
  first-hand reporting; else on nothing. The event's roots are those links after every
  collapse (exclusives, relays, an article's cited sources over its uncited restatements);
  ``independent_sources`` counts them and ``roots`` says what rests on each.
* **Status**: ``denied`` when a party named in the event denies it; ``disputed`` when a
  party with standing says it did not happen while other reports keep it; else
  ``corroborated`` (at least two independent roots), ``single-source`` (one) or
  ``unattributed`` (none). Reports giving different days are not a dispute.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from ..events.ontology import HAPPENING
from ..models import (
    DateReport,
    Event,
    EventDate,
    EventStatus,
    Evidence,
    Response,
    SentenceKey,
)
from .origins import Context, Link, collapse, event_roots, report_links

# Reports of one type by one actor within this many days are one event (a later report may
# round "late on Monday" to Tuesday); further apart, they are separate events.
SAME_EVENT_DAYS = 2
# A report with no date of its own tells of a happening before its publication, but not long
# before: an event dated more than this many days before it (or after it) is another one
# ("the 2011 resignations", a similar attack weeks earlier). Stories are blocked by windows
# of publication days of twice this width, offset by half, so two reports published within
# this many days always share one.
UNDATED_DAYS = 7
# A lead tells the news of its day: leads of types that are not compatible (a generic
# "derailed" beside "killed"), and generic leads, meet only when they were published at most
# this many days apart; a lead of the story two days on tells a later development.
LEAD_DAYS = 1
MAX_BLOCK = 500
_PRECISION = {4: "year", 7: "month", 10: "day"}


@dataclass(frozen=True, slots=True)
class Report:
    """One event mention with resolved entity ids (see module docstring)."""

    article: str
    sentence: int
    type: str
    trigger: str
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    date: str | None = None
    date_text: str | None = None
    date_source: str = "published"
    not_after: str | None = None
    negated: bool = False
    hedged: bool = False
    trigger_start: int = 0  # article offset: one sentence may tell two events of one type
    story: str | None = None  # the article's story: reports of one story meet in one block
    published: str | None = None  # the article's publication date (YYYY-MM-DD)
    countries: tuple[str, ...] = ()  # the countries of its places, where the gazetteer knows
    lead: bool = False  # the happening its article leads with (EventMention.lead)
    # Its actors and targets that are places ("A Pennsylvania woman says …"): a generic
    # happening's place-named subject tells no participant apart (see _Roles)
    placed: tuple[str, ...] = ()
    additive: bool = False  # "X also met Y": not the happening its article told before

    @property
    def key(self) -> SentenceKey:
        return SentenceKey(self.article, self.sentence)


Compatible = Callable[[str, str], bool]


@dataclass(slots=True)
class _Cluster:
    members: list[int]
    dates: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    # publication days of the members with no date of their own: each bounds the event
    bounds: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    leads: set[str] = field(default_factory=set)  # the types of its lead members
    lead_days: set[str] = field(default_factory=set)  # their publication days

    def add(self, number: int, report: Report) -> None:
        self.members.append(number)
        self.dates |= _dates(report)
        self.places |= set(report.places)
        self.bounds |= _bounds(report)
        self.countries |= set(report.countries)
        if report.lead:
            self.leads.add(report.type)
            self.lead_days |= _lead_days(report)


def same_type(a: str, b: str) -> bool:
    return a == b


# ----------------------------------------------------------------------------- coreference


def cluster_reports(
    reports: Sequence[Report],
    compatible: Compatible = same_type,
    family: Callable[[str], str] = str,
    lead_compatible: Compatible | None = None,
) -> list[list[int]]:
    """Indexes of ``reports`` grouped into events (union-find over blocked candidates).
    ``lead_compatible`` says which types two articles' leads of one story may both tell
    (a generic happening beside a typed lead); None: leads meet like any report."""
    parent = list(range(len(reports)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # The participants of each union-find root: an event merged through one block keeps
    # its named actors and targets when another block offers it a report.
    roles: dict[int, _Roles] = {number: _Roles.of(r) for number, r in enumerate(reports)}

    def apart(a: int, b: int) -> bool:
        return roles[find(a)].differ(roles[find(b)])

    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for number, report in enumerate(reports):
        for key in sorted(blocking_keys(report, family)):
            blocks[key].append(number)
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        clusters: list[_Cluster] = []
        # first come, first served in order of publication, not of input: the same reports
        # give the same events however the articles were listed
        for number in sorted(members, key=lambda n: _reading_order(reports[n])):
            report = reports[number]
            fitting = [
                c
                for c in clusters
                if _fits(report, c, reports, compatible, lead_compatible)
                and not apart(c.members[0], number)
            ]
            home = min(fitting, key=lambda c: _distance(report, c), default=None)
            if home is None:
                home = _Cluster([])
                clusters.append(home)
                home.add(number, report)
                continue
            home.add(number, report)
            a, b = find(home.members[0]), find(number)
            if a != b:
                parent[max(a, b)] = min(a, b)
                roles[min(a, b)].absorb(roles.pop(max(a, b)))
    groups: dict[int, list[int]] = defaultdict(list)
    for number in range(len(reports)):
        groups[find(number)].append(number)
    return sorted(groups.values(), key=lambda g: g[0])


def blocking_keys(report: Report, family: Callable[[str], str] = str) -> list[tuple[str, ...]]:
    """The keys a report is compared under in :func:`cluster_reports`: (type family, actor or
    target id), (type family, place, day) and (type family, its article)."""
    kind = family(report.type)
    keys: list[tuple[str, ...]] = []
    if report.type != HAPPENING:
        # A generic happening is no kind of event: "Apple launched" and "Apple removed" on
        # one day are two; it meets others only inside its article and its story (below).
        keys += [(kind, "who", e) for e in (*report.actors, *report.targets)]
    if report.type != HAPPENING and (not keys or (report.date and len(report.date) == 10)):
        # one type of event at one place on one day is one event, whoever the model found
        # (or failed to find) as its actor
        when = report.date or ""
        keys += [(kind, "where", p, when) for p in report.places]
    # Inside one article, an unnamed repeat ("the resignation") is the event told before.
    keys.append((kind, "article", report.article))
    # Across the articles of one story, within a window of publication days: reports of
    # one happening that share no resolved name ("the cruise ship", "a local man") meet
    # here; participants, dates and publication bounds then decide (see _fits).
    if report.story and report.published:
        day = date.fromisoformat(report.published[:10]).toordinal()
        width = 2 * UNDATED_DAYS
        windows = [f"{half}:{(day + half) // width}" for half in (0, UNDATED_DAYS)]
        keys += [(kind, "story", report.story, window) for window in windows]
        if report.lead:
            # The leads of one story meet whatever their types: one outlet leads with
            # "a tram derailed", another with "seven people were killed" (see _fits).
            keys += [("lead", "story", report.story, window) for window in windows]
    return keys


@dataclass(slots=True)
class _Roles:
    """The named participants of a report or merged event: those of its typed reports
    (actors, targets) and, apart, those of its generic happenings (the subject's names and
    the names after the predicate, places left out: "A Pennsylvania woman"), whose roles say
    nothing of what identifies the event."""

    typed: tuple[set[str], set[str]]
    generic: tuple[set[str], set[str]]

    @classmethod
    def of(cls, report: Report) -> _Roles:
        empty: tuple[set[str], set[str]] = (set(), set())
        if report.type != HAPPENING:
            return cls((set(report.actors), set(report.targets)), empty)
        placed = set(report.placed)
        return cls(empty, (set(report.actors) - placed, set(report.targets) - placed))

    def names(self) -> set[str]:
        return {*self.typed[0], *self.typed[1], *self.generic[0], *self.generic[1]}

    def differ(self, other: _Roles) -> bool:
        """Typed participants decide where both sides have some (:func:`_different_
        participants`); generic ones only between two events told only generically ("Karim
        Haddad opened a bridge" / "Nadia Sweis opened a school"); a shared name never."""
        if self.names() & other.names():
            return False
        mine, theirs = any(self.typed), any(other.typed)
        if mine and theirs:
            return _different_participants(self.typed, other.typed)
        if not mine and not theirs:
            return _different_participants(self.generic, other.generic)
        return False

    def absorb(self, other: _Roles) -> None:
        for kept, gone in ((self.typed, other.typed), (self.generic, other.generic)):
            kept[0].update(gone[0])
            kept[1].update(gone[1])


def _different_participants(a: tuple[set[str], set[str]], b: tuple[set[str], set[str]]) -> bool:
    """Whether two reports (or merged events) name different participants in the role that
    tells which event it is, sharing none: whom it was done to ("arrested Omar Khaled" /
    "arrested Rami Saleh") where both name one, else who did it ("Karim Haddad resigned in
    Amman on Tuesday" / "Nadia Sweis resigned in Amman on Tuesday"). Such reports tell
    different events even at one place on one day, or in one article. A report that names
    nobody still joins; so does one naming only who did something the other names a target
    of ("Die Polizei hat … festgenommen" beside "arrested the journalist Omar Khaled"): the
    actor the model finds for a done-to event is the least sure of its participants."""
    (actors_a, targets_a), (actors_b, targets_b) = a, b
    if (actors_a | targets_a) & (actors_b | targets_b):
        return False
    if targets_a or targets_b:
        return bool(targets_a and targets_b)
    return bool(actors_a and actors_b)


def _distance(report: Report, cluster: _Cluster) -> int:
    """Days between a report and the nearest day of a cluster it fits: a report joins the
    nearest of several fitting events (an undated report published on the 9th tells of the
    air strike of the 8th rather than the one of the 2nd); ties go to the earliest event."""
    when = report.date if report.date and len(report.date) == 10 else None
    when = when or (report.published[:10] if not report.date and report.published else None)
    days = [d for d in (*cluster.dates, *cluster.bounds) if len(d) == 10]
    if when is None or not days:
        return 0
    start = date.fromisoformat(when)
    return min(abs((start - date.fromisoformat(d)).days) for d in days)


def _reading_order(report: Report) -> tuple[str, str, int, int]:
    return (report.published or "9999", report.article, report.sentence, report.trigger_start)


def _dates(report: Report) -> set[str]:
    return {report.date} if report.date else set()


def _bounds(report: Report) -> set[str]:
    return {report.published[:10]} if not report.date and report.published else set()


def _fits(
    report: Report,
    cluster: _Cluster,
    reports: Sequence[Report],
    compatible: Compatible,
    lead_compatible: Compatible | None = None,
) -> bool:
    first = reports[cluster.members[0]]
    if report.additive and any(reports[m].article == report.article for m in cluster.members):
        return False  # "Michelle Obama also met Melania": another meeting than the one told
    if not compatible(first.type, report.type) and not _leads_meet(
        report, cluster, lead_compatible
    ):
        return False
    # Places veto only across countries: one report says "Amman", another "Jordan", a third
    # names the dam site, but a protest in Amman and one in Damascus on one day are two
    # (the story block brings reports of different places together).
    if report.countries and cluster.countries and not set(report.countries) & cluster.countries:
        return False
    if not all(_dates_agree(report.date, other) for other in cluster.dates):
        return False
    if report.date:
        return all(_before_publication(report.date, bound) for bound in cluster.bounds)
    bound = report.published[:10] if report.published else None
    if bound is None:
        return True
    return all(_before_publication(d, bound) for d in cluster.dates) and all(
        _publications_close(bound, other) for other in cluster.bounds
    )


def _leads_meet(report: Report, cluster: _Cluster, lead_compatible: Compatible | None) -> bool:
    """Whether a lead report may join an event that other articles lead with although its
    type is not compatible with the event's: every lead type of the event is
    lead-compatible with the report's (a generic happening beside "killed", never a denial
    or two incompatible typed leads), and the report tells the news of its day: it was
    published within LEAD_DAYS of one of the event's leads. A lead of the same story
    published later tells a later development ("police searched the driver's home"), and
    the dates, places and participants of :func:`_fits` still decide."""
    if lead_compatible is None or not report.lead or not cluster.leads:
        return False
    if not all(lead_compatible(t, report.type) for t in cluster.leads):
        return False
    if not report.published or not cluster.lead_days:
        return True
    day = date.fromisoformat(report.published[:10])
    return any(
        abs((day - date.fromisoformat(other)).days) <= LEAD_DAYS for other in cluster.lead_days
    )


def _lead_days(report: Report) -> set[str]:
    return {report.published[:10]} if report.lead and report.published else set()


def _before_publication(value: str, published: str) -> bool:
    """Whether an event dated ``value`` may be what an undated report published on
    ``published`` tells: on that day or the next (time zones) and at most UNDATED_DAYS
    before it; a year or month only when it holds the publication day ("in December" may be
    this week, "in 2011" is background)."""
    if len(value) < 10:
        return published.startswith(value)
    days = (date.fromisoformat(published) - date.fromisoformat(value)).days
    return -1 <= days <= UNDATED_DAYS


def _publications_close(a: str, b: str) -> bool:
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= UNDATED_DAYS


def _dates_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    if _nested(a, b):
        return True
    if len(a) == len(b) == 10:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= SAME_EVENT_DAYS
    return False


# ------------------------------------------------------------------------------ provenance


# ---------------------------------------------------------------------------------- events


def build_events(
    reports: Sequence[Report],
    context: Context,
    compatible: Compatible = same_type,
    family: Callable[[str], str] = str,
    lead_compatible: Compatible | None = None,
) -> list[Event]:
    """One :class:`Event` per cluster of reports, with provenance, status and responses."""
    events = []
    groups = [
        g for g in cluster_reports(reports, compatible, family, lead_compatible)
        if not all(reports[i].negated for i in g)  # "did not resign", and nobody says it did
    ]  # fmt: skip
    answers = _attach_responses(reports, groups, context)
    for number, group in enumerate(groups):
        members = sorted(
            (reports[i] for i in group),
            key=lambda r: (context.articles[r.article].published or "9999", r.article, r.sentence),
        )
        events.append(_event(members, context, answers.get(number, [])))
    events.sort(key=lambda e: (e.date.value or e.date.not_after or "9999", e.id))
    return events


def _event(members: list[Report], context: Context, answered: list[Response]) -> Event:
    first = members[0]
    evidence, links = [], []
    for report, (found, basis) in zip(members, _member_links(members, context), strict=True):
        evidence.append(
            Evidence(report.article, report.sentence, _text(report, context), report.hedged,
                     basis)
        )  # fmt: skip
        if not report.negated:  # a report that it did not happen supports nothing
            links += found
    roots = collapse(links, context)
    status, reason = _status(members, answered, len(roots), context)
    if status == "disputed":
        # the contradicting party's statement is kept as its response (issue 13)
        said = _contradiction(members, context)
        if said is not None and not any(
            (r.entity, r.stance) == (said.entity, said.stance) for r in answered
        ):
            answered = [*answered, said]
    published = [context.articles[r.article].published for r in members]
    dates = _date_reports(members, context)
    return Event(
        id=_event_id(first),
        type=_event_type(members),
        summary=(evidence[0].text or first.trigger)[:240],
        actors=_ranked(e for r in members for e in r.actors),
        places=_ranked(p for r in members for p in r.places),
        date=_event_date(members, published, dates),
        evidence=evidence,
        origins=[o for o in roots if not o.startswith(("article:", "wire:", "body:"))],
        independent_sources=len(roots),
        status=status,
        responses=answered,
        targets=_ranked(e for r in members for e in r.targets),
        articles=list(dict.fromkeys(r.article for r in members)),
        first_reported=min((p for p in published if p), default=None),
        hedged=all(r.hedged for r in members),
        status_reason=reason,
        roots=event_roots(roots, context),
        dates=dates,
        leads=list(dict.fromkeys(r.article for r in members if r.lead and not r.negated)),
    )


def _event_type(members: list[Report]) -> str:
    """The type most reports give; a typed report wins over a generic happening ("a tram
    derailed" and "seven people were killed" make a ``kill``)."""
    typed = [r.type for r in members if r.type != HAPPENING] or [r.type for r in members]
    return Counter(typed).most_common(1)[0][0]


def _member_links(members: list[Report], context: Context) -> list[tuple[list[Link], str]]:
    """Each report's links; an article that copied any of its reports of this event from
    another article is not first-hand for its other reports of it either ("the Cedar Times
    can report" over sentences taken from Levant Wire)."""
    # the event's parties: who it names (as actor, target or in a report's sentence)
    parties = frozenset(
        e for r in members for e in (*r.actors, *r.targets, *context.names.get(r.key, ()))
    )
    found = [report_links(r.key, _trigger(r), context, parties=parties) for r in members]
    copied: dict[str, list[Link]] = {}
    for report, (links, basis) in zip(members, found, strict=True):
        if basis == "copy":
            copied.setdefault(report.article, links)
    return [
        ([replace(link, key=r.key) for link in copied[r.article]], "copy")
        if r.article in copied and basis in ("first-hand", "unattributed")
        else (links, basis)
        for r, (links, basis) in zip(members, found, strict=True)
    ]


def _trigger(report: Report) -> tuple[int, int]:
    return report.trigger_start, report.trigger_start + max(len(report.trigger), 1)


def _ranked(ids: Iterable[str]) -> list[str]:
    counts = Counter(ids)
    return [i for i, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _event_id(first: Report) -> str:
    key = f"{first.article}|{first.sentence}|{first.type}|{first.trigger_start}"
    digest = hashlib.sha256(key.encode())
    return f"v{digest.hexdigest()[:12]}"


def _event_date(
    members: list[Report], published: list[str | None], reported: list[DateReport]
) -> EventDate:
    """The best-supported date the reports give (``reported``, from :func:`_date_reports`);
    else bounded by the first report."""
    if reported:
        best = reported[0]
        dated = [r for r in members if r.date == best.value]
        # the report that gives the date in its own sentence shows the reader the best text
        shown = min(dated, key=lambda r: r.date_source != "sentence")
        return EventDate(best.value, shown.date_text, best.precision, shown.date_source)
    bound = min((p for p in published if p), default=None)
    return EventDate(None, None, None, "published", bound)


def _date_reports(members: list[Report], context: Context) -> list[DateReport]:
    """Every date the reports give, best-supported first. A date is supported by each
    article whose date agrees with it (the same value, or one holding or held by it);
    ties go to the date more articles give in their lead (the lead tells the happening and
    its day; an article's later mentions that join it often tell its aftermath: "the
    bombing on Thursday" led, "the attack was suppressed on Friday" further down), then to
    the date more articles give in their own sentence (a date inherited from an earlier
    sentence of the paragraph is less sure), then to the more precise, then to the one more
    reports give. So five outlets saying Tuesday outweigh one saying Wednesday."""
    given: dict[str, list[Report]] = defaultdict(list)
    for report in members:
        if report.date:
            given[report.date].append(report)
    articles = {value: {r.article for r in told} for value, told in given.items()}

    def support(value: str) -> int:
        agreeing = set().union(*(a for v, a in articles.items() if _nested(v, value)))
        return len(agreeing)

    def own_sentence(value: str) -> int:
        return len({r.article for r in given[value] if r.date_source == "sentence"})

    def leading(value: str) -> int:
        return len({r.article for r in given[value] if r.lead})

    ranked = sorted(
        given,
        key=lambda v: (-support(v), -leading(v), -own_sentence(v), -len(v), -len(given[v]), v),
    )
    return [
        DateReport(
            value, _PRECISION.get(len(value)), support(value), given[value][0].date_text,
            [Evidence(r.article, r.sentence, _text(r, context)) for r in given[value]],
        )
        for value in ranked
    ]  # fmt: skip


def _text(report: Report, context: Context) -> str | None:
    sentence = context.sentence(report.key)
    return sentence.text if sentence else None


def _nested(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _attach_responses(
    reports: Sequence[Report], groups: list[list[int]], context: Context
) -> dict[int, list[Response]]:
    """Each official response answers the event reported last before it in its article (or,
    when it comes first, the article's first event): "The ministry declined to comment"
    follows the report it declines to comment on."""
    told: dict[str, list[tuple[int, int]]] = defaultdict(list)  # article -> (sentence, group)
    for number, group in enumerate(groups):
        if all(reports[i].type == "deny" for i in group):
            continue  # "X denied …" is the response itself, not what it answers
        for i in group:
            told[reports[i].article].append((reports[i].sentence, number))
    answers: dict[int, list[Response]] = defaultdict(list)
    for article_id, sentences in told.items():
        sentences.sort()
        article = context.articles[article_id]
        for sentence in article.sentences:
            if not sentence.responses:
                continue
            before = [g for s, g in sentences if s <= sentence.index]
            answered = before[-1] if before else sentences[0][1]
            for response in sentence.responses:
                answers[answered].append(
                    Response(response.entity, response.stance, article_id, sentence.index,
                             sentence.text)
                )  # fmt: skip
    return {group: _once_per_party(found) for group, found in answers.items()}


def _once_per_party(responses: list[Response]) -> list[Response]:
    """One response per party and stance, the first report of it at its head and every
    report in its evidence; a response whose party is unknown stays on its own."""
    kept: dict[tuple[str, str] | int, Response] = {}
    for number, response in enumerate(responses):
        key: tuple[str, str] | int = (
            (response.entity, response.stance) if response.entity else number
        )
        head = kept.setdefault(key, response)
        head.evidence.append(Evidence(response.article, response.sentence, response.text))
    return list(kept.values())


def _status(
    members: list[Report], answered: list[Response], independent: int, context: Context
) -> tuple[EventStatus, str | None]:
    # Standing: a party the event names, or a named person or organisation answering right
    # after the report ("The Interior Ministry denied the arrest"); not an outlet, not an
    # anonymous source.
    named = {e for r in members for e in (*r.actors, *r.targets)} | context.standing
    denials = [a for a in answered if a.stance == "denied" and a.entity in named]
    if denials:
        who = denials[0]
        return "denied", f"denied in article {who.article}, sentence {who.sentence}"
    contradiction = _contradiction(members, context)
    if contradiction is not None:
        return "disputed", (
            f"contradicted in article {contradiction.article}, sentence {contradiction.sentence}"
        )
    if independent >= 2:
        return "corroborated", None
    if independent == 1:
        return "single-source", None
    return "unattributed", None


def _contradiction(members: list[Report], context: Context) -> Response | None:
    """A party with standing (a person or organisation on the record, not an outlet or an
    anonymous source) saying the event did not happen to its participants while other
    reports keep it, as the response it makes. Reports that give different days, or an
    unattributed "did not", are not a dispute."""
    if all(r.negated for r in members):
        return None
    # the denial must be about the same participants: "that didn't kill me" inside a quote
    # about something else names nobody of the event
    kept = {e for r in members if not r.negated for e in (*r.actors, *r.targets)}
    for report in members:
        if not report.negated or not kept & {*report.actors, *report.targets}:
            continue
        links, _ = report_links(report.key, _trigger(report), context)
        for link in links:
            if link.how in ("cites", "told") and link.root in context.standing:
                text = _text(report, context)
                return Response(link.root, "denied", report.article, report.sentence, text,
                                [Evidence(report.article, report.sentence, text)])  # fmt: skip
    return None
