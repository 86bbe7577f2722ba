"""Entity timelines against SemEval-2015 Task 4 (TimeLine), Track A, official scoring (issue 13).

Run from the project root:
    PYTHONPATH=src .venv/bin/python bench/timeline.py [--involve sentence] [--out DIR] [--json OUT]

Data: ``../shared/datasets/semeval2015-task4-timeline/SemEval_Task4_data`` (Minard et al.
2015, CC BY 3.0): three evaluation corpora of 30 English Wikinews articles each, a list of
target entities per corpus and 39 gold timelines (``TimeLines_Gold_Standard``). Track A
(the main track) starts from raw text: ``corpus_trackA_CAT`` holds each article as tokens
with sentence numbers (sentence 0 the headline, sentence 1 usually the dateline) and the
publication date as the ``CREATION_TIME`` TIMEX3.

**A timeline** (the task's format) is one file per target entity: the entity's name on the
first line, then one line per event, ``rank<TAB>date<TAB>mention<TAB>mention ...``, where a
mention is ``docid-sentence-word`` (the CAT sentence number and the trigger's word form,
words of a multi-word trigger joined by ``_``), the mentions on one line are the same event,
``date`` is ``YYYY-MM-DD`` with ``XX`` for what is unknown (``XXXX-XX-XX``: not anchored),
and ``rank`` orders the lines (equal ranks: same time; rank 0: not ordered).

**What newstrace is asked**: each corpus is analysed as a user would, in one
``newstrace.analyze`` call on its 30 articles (title = the headline, text = the body
sentences after the dateline, lightly detokenised, date = the CREATION_TIME value, url =
the article's Wikinews address). The timeline of a target entity is read from the public
output only:

* the entity: every analysis entity whose name or alias equals the target's name
  (casefolded, punctuation and a possessive dropped), or, failing an equal name, that
  newstrace's own name matcher (``newstrace.entities.names.compare_names``, the one entity
  resolution uses) calls the same as the target or a part of it (each entity goes to the
  one target it matches best: "Boeing 787" is "Boeing 787 Dreamliner", "Airbus A330" is
  not "Airbus", "China" is not "China Eastern Airlines"; a partial match must also be a
  part in words: one word set inside the other, or the same first word); partial matches
  count only for a target that no entity matches as the same name ("Ford Taurus" is not
  "Ford" when there is a "Ford");
* its events: every ``Event`` with that entity among its actors, targets or places
  (``--involve sentence``: or named in one of the event's evidence sentences);
* one line per event: its mentions are the triggers of the article-level event mentions
  behind its evidence items (same article, sentence and type), mapped from their character
  offsets to the CAT tokens; its date is ``Event.date.value`` (``2005``, ``2005-06`` or
  ``2005-06-13``, written ``2005-XX-XX`` ...; no value: ``XXXX-XX-XX``, rank 0); lines are
  ranked by date (a missing month or day sorts first, as the gold does).

**Scoring**, re-implemented from the task's description (the scorer is not in the dataset
folder and no code was copied): the task's tool page
(http://alt.qcri.org/semeval2015/task4/index.php?id=tools) says the evaluation relies on the
TempEval-3 scorer and its temporal awareness metric (UzZaman and Allen 2011), applied to
each timeline turned into a graph of temporal relations: each time anchor is a TIMEX3, each
event is SIMULTANEOUS with its TIMEX3, an event that happens before another is BEFORE it,
events at the same time are SIMULTANEOUS; the result is the micro-averaged F1. Here:

* nodes are the mentions and one TIMEX3 per date value (``XXXX-XX-XX`` included: an event
  is always tied to its anchor, so finding an unanchored event counts); the mentions of a
  line are one event (SIMULTANEOUS); lines of equal rank are SIMULTANEOUS; a line of rank
  r > 0 is BEFORE every line of a higher rank; rank-0 lines are ordered against nothing;
* closure: SIMULTANEOUS is an equivalence, BEFORE is transitive through it;
* temporal awareness: precision = |Sys- verified by Ref+| / |Sys-|, recall = |Ref- verified
  by Sys+| / |Ref-|, where G+ is the closure and G- the reduced graph (a spanning chain of
  each SIMULTANEOUS class, |class| - 1 relations, and the covering BEFORE relations between
  classes). A reduced graph is not unique inside a class; the count taken is the one most
  favourable to the graph being verified (a class's relations verified = its size minus the
  number of the other graph's classes its members fall into; a covering BEFORE relation is
  verified when any of its members are so ordered in the other graph), which makes the
  score independent of mention order;
* micro average: numerators and denominators summed over the timelines of a corpus, and
  over all 39 for the overall figure. A target with no system timeline adds its gold
  relations to the recall denominator.

Published figure (Track A): the best main-track run scored F1 7.85, Minard et al. 2015,
"SemEval-2015 Task 4: TimeLine: Cross-Document Event Ordering", SemEval 2015, pp. 778-786
(abstract: "the best of which obtained an F1-score of 7.85 in the main track (timeline
creation from raw text)"; read on https://www.mendeley.com/catalogue/6b92ba5a-cb2a-3bf0-8bae-68f901d4dc04/
and https://paperexplained.cn/articles/paper/detail/06d22d068996a25df4e463410c2f36deded36512).

Exit 2 when ../shared is absent.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import tempfile
import time
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT.parent / "shared" / "datasets" / "semeval2015-task4-timeline" / "SemEval_Task4_data"
CORPORA = ("corpus_1", "corpus_2", "corpus_3")
PUBLISHED_BEST = ("best Track A run, Minard et al. 2015", 7.85)
UNKNOWN_DATE = "XXXX-XX-XX"

# Detokenising the CAT tokens: no space before these, none after those (Penn-style tokens).
NO_SPACE_BEFORE = frozenset(", . ; : ! ? ) ] } % 's 'S ' n't 're 've 'll 'd 'm ''".split())
NO_SPACE_AFTER = frozenset("( [ { $ `` US$ #".split())
QUOTES = {"``": '"', "''": '"'}


# --- the timeline format -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Line:
    """One timeline line: an event (its coreferent mentions), its anchor and its rank."""

    rank: int
    date: str
    mentions: tuple[str, ...]


@dataclass(slots=True)
class Timeline:
    entity: str
    lines: list[Line] = field(default_factory=list)


def parse_timeline(text: str) -> Timeline:
    """A timeline file's content (entity name first, then tab-separated lines)."""
    rows = [row for row in text.splitlines() if row.strip()]
    timeline = Timeline(rows[0].strip() if rows else "")
    for row in rows[1:]:
        cells = [cell.strip() for cell in row.split("\t") if cell.strip()]
        if len(cells) < 3:
            continue
        timeline.lines.append(Line(int(cells[0]), cells[1], tuple(cells[2:])))
    return timeline


def format_timeline(timeline: Timeline) -> str:
    rows = [timeline.entity]
    rows += [f"{line.rank}\t{line.date}\t" + "\t".join(line.mentions) for line in timeline.lines]
    return "\n".join(rows) + "\n"


def timeline_file_name(entity: str) -> str:
    """The gold's file naming: lower case, words joined by ``_``."""
    return re.sub(r"[^0-9a-z&]+", "_", entity.casefold()).strip("_") + ".txt"


# --- the scorer: timelines as temporal graphs ------------------------------------------------


class TemporalGraph:
    """A timeline's relations (SIMULTANEOUS classes, BEFORE between classes) and closure."""

    def __init__(self, timeline: Timeline) -> None:
        parent: dict[str, str] = {}

        def find(node: str) -> str:
            parent.setdefault(node, node)
            while parent[node] != node:
                parent[node] = parent[parent[node]]
                node = parent[node]
            return node

        def union(a: str, b: str) -> None:
            parent[find(a)] = find(b)

        by_rank: dict[int, list[str]] = {}
        for line in timeline.lines:
            anchor = "TIMEX3:" + line.date
            find(anchor)
            for mention in line.mentions:
                union(mention, anchor)
            by_rank.setdefault(line.rank, []).append(anchor)
        for anchors in by_rank.values():
            for anchor in anchors[1:]:
                union(anchor, anchors[0])
        roots = sorted({find(node) for node in list(parent)})
        index = {root: number for number, root in enumerate(roots)}
        self.class_of: dict[str, int] = {node: index[find(node)] for node in parent}
        self.members: list[list[str]] = [[] for _ in roots]
        for node, number in sorted(self.class_of.items()):
            self.members[number].append(node)
        ordered = sorted(rank for rank in by_rank if rank > 0)
        successors: list[set[int]] = [set() for _ in roots]
        for earlier, later in itertools.pairwise(ordered):
            a, b = self.class_of[by_rank[earlier][0]], self.class_of[by_rank[later][0]]
            if a != b:  # an inconsistent timeline (one mention at two ranks) orders nothing
                successors[a].add(b)
        self.reach = _reachability(successors)

    def simultaneous(self, a: str, b: str) -> bool:
        return a in self.class_of and b in self.class_of and self.class_of[a] == self.class_of[b]

    def before(self, a: str, b: str) -> bool:
        if a not in self.class_of or b not in self.class_of:
            return False
        return bool(self.reach[self.class_of[a]] >> self.class_of[b] & 1)

    def reduced_size(self) -> int:
        """Relations in the reduced graph: class chains plus covering BEFORE relations."""
        chains = sum(len(members) - 1 for members in self.members)
        return chains + len(self.covering())

    def covering(self) -> list[tuple[int, int]]:
        """The BEFORE relations between classes that no third class lies between."""
        pairs = []
        for a, reach in enumerate(self.reach):
            through = 0
            for c in _bits(reach):
                if c != a:
                    through |= self.reach[c]
            pairs += [(a, b) for b in _bits(reach & ~through) if b != a]
        return pairs

    def verified_by(self, other: TemporalGraph) -> int:
        """How many relations of this graph's reduced graph hold in ``other``'s closure."""
        verified = 0
        for members in self.members:
            classes = {other.class_of.get(node, ("absent", node)) for node in members}
            verified += len(members) - len(classes)
        for a, b in self.covering():
            if any(other.before(x, y) for x in self.members[a] for y in self.members[b]):
                verified += 1
        return verified


def _reachability(successors: Sequence[set[int]]) -> list[int]:
    """For each class, the bit set of the classes strictly after it."""
    memo: dict[int, int] = {}

    def visit(node: int, path: frozenset[int]) -> int:
        if node in memo:
            return memo[node]
        bits = 0
        for nxt in successors[node]:
            if nxt in path:  # a cycle (inconsistent input): stop rather than loop
                continue
            bits |= 1 << nxt | visit(nxt, path | {nxt})
        memo[node] = bits
        return bits

    return [visit(node, frozenset({node})) for node in range(len(successors))]


def _bits(mask: int) -> Iterable[int]:
    position = 0
    while mask:
        if mask & 1:
            yield position
        mask >>= 1
        position += 1


@dataclass(slots=True)
class Counts:
    """Temporal awareness counts, summed for a micro average."""

    sys_verified: int = 0
    sys_reduced: int = 0
    ref_verified: int = 0
    ref_reduced: int = 0

    def add(self, other: Counts) -> None:
        self.sys_verified += other.sys_verified
        self.sys_reduced += other.sys_reduced
        self.ref_verified += other.ref_verified
        self.ref_reduced += other.ref_reduced

    @property
    def precision(self) -> float:
        return self.sys_verified / self.sys_reduced if self.sys_reduced else 0.0

    @property
    def recall(self) -> float:
        return self.ref_verified / self.ref_reduced if self.ref_reduced else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "P": round(100 * self.precision, 2),
            "R": round(100 * self.recall, 2),
            "F1": round(100 * self.f1, 2),
            "sys_verified": self.sys_verified,
            "sys_reduced": self.sys_reduced,
            "ref_verified": self.ref_verified,
            "ref_reduced": self.ref_reduced,
        }


def score_timeline(gold: Timeline, system: Timeline | None) -> Counts:
    """Temporal awareness of one system timeline against its gold (None: no timeline)."""
    ref = TemporalGraph(gold)
    sys_graph = TemporalGraph(system or Timeline(gold.entity))
    return Counts(
        sys_verified=sys_graph.verified_by(ref),
        sys_reduced=sys_graph.reduced_size(),
        ref_verified=ref.verified_by(sys_graph),
        ref_reduced=ref.reduced_size(),
    )


def score_folders(gold_dir: Path, system_dir: Path) -> tuple[Counts, dict[str, Counts]]:
    """Micro-averaged counts over the gold timelines of a folder, and each one's counts."""
    total, each = Counts(), {}
    for path in sorted(gold_dir.glob("*.txt")):
        gold = parse_timeline(path.read_text(encoding="utf-8"))
        sys_path = system_dir / path.name
        system = parse_timeline(sys_path.read_text(encoding="utf-8")) if sys_path.exists() else None
        each[path.stem] = score_timeline(gold, system)
        total.add(each[path.stem])
    return total, each


# --- the documents --------------------------------------------------------------------------


@dataclass(slots=True)
class Token:
    sentence: int
    word: str
    start: int  # character offsets in the text given to newstrace
    end: int


@dataclass(slots=True)
class Document:
    doc_id: str
    url: str
    title: str
    published: str
    text: str
    tokens: list[Token]

    def record(self) -> dict[str, str]:
        return {"title": self.title, "text": self.text, "date": self.published, "url": self.url}

    def tokens_in(self, start: int, end: int) -> list[Token]:
        return [token for token in self.tokens if token.start < end and token.end > start]


def detokenise(sentences: Sequence[tuple[int, Sequence[str]]]) -> tuple[str, list[Token]]:
    """Running text from CAT tokens, with each token's offsets (sentences joined by a space)."""
    parts: list[str] = []
    tokens: list[Token] = []
    length = 0
    previous = None
    for number, words in sentences:
        for word in words:
            shown = QUOTES.get(word, word)
            glue = previous is None or word in NO_SPACE_BEFORE or previous in NO_SPACE_AFTER
            if not glue:
                parts.append(" ")
                length += 1
            tokens.append(Token(number, word, length, length + len(shown)))
            parts.append(shown)
            length += len(shown)
            previous = word
    return "".join(parts), tokens


def load_document(path: Path) -> Document:
    root = ET.parse(path).getroot()
    sentences: dict[int, list[str]] = {}
    for token in root.iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    published = next(
        (
            timex.get("value", "")
            for timex in root.iter("TIMEX3")
            if timex.get("functionInDocument") == "CREATION_TIME"
        ),
        "",
    )
    # Sentence 0 is the headline; sentence 1 the dateline when it only states the date.
    body_from = 2 if _is_dateline(sentences.get(1, [])) else 1
    body = [(number, sentences[number]) for number in sorted(sentences) if number >= body_from]
    text, tokens = detokenise(body)
    title, _ = detokenise([(0, sentences.get(0, []))])
    return Document(
        doc_id=root.get("doc_id", path.name.split("_")[0]),
        url=root.get("src_url") or f"https://en.wikinews.org/?curid={root.get('doc_id')}",
        title=title,
        published=published[:10],
        text=text,
        tokens=tokens,
    )


def _is_dateline(words: Sequence[str]) -> bool:
    return 0 < len(words) <= 8 and any(re.fullmatch(r"(19|20)\d\d", word) for word in words)


def load_corpus(corpus: str) -> list[Document]:
    folder = DATA_DIR / corpus / "corpus_trackA_CAT"
    return [load_document(path) for path in sorted(folder.glob("*.xml"))]


def target_entities(corpus: str) -> list[str]:
    path = DATA_DIR / corpus / f"list_target_entities_{corpus}.txt"
    return [row.strip() for row in path.read_text(encoding="utf-8").splitlines() if row.strip()]


# --- the system timelines, from newstrace's public output -----------------------------------


def name_words(name: str) -> tuple[str, ...]:
    """A name's words for matching: casefolded, accents, punctuation and possessives dropped."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch)).casefold()
    name = re.sub(r"['’]s\b", "", name).replace(".", "")
    return tuple(re.findall(r"\w+", name))


def match_targets(targets: Sequence[str], entities: Iterable[Any]) -> dict[str, set[str]]:
    """Entity ids per target, by newstrace's own name matcher (see the module docstring)."""
    from newstrace.entities.names import compare_names

    exact = {name_words(target): target for target in targets}
    tier_of: dict[str, dict[str, int]] = {target: {} for target in targets}
    for entity in entities:
        names = [name for name in (entity.name, *entity.aliases) if name_words(name)]
        equal = {exact[name_words(name)] for name in names if name_words(name) in exact}
        for target in equal:
            tier_of[target][entity.id] = 2
        if equal:
            continue
        best: tuple[int, float, str] | None = None
        for name in names:
            for target in targets:
                match = compare_names(target, name, entity.type)
                if match.relation == "different":
                    continue
                if match.relation == "partial" and not _part_of(name, target):
                    continue
                key = (2 if match.relation == "same" else 1, match.score, target)
                if best is None or key[:2] > best[:2]:
                    best = key
        if best is not None:
            tier_of[best[2]][entity.id] = best[0]
    # A user who finds the target under its own name takes that entity, not its parts.
    return {
        target: {id_ for id_, tier in tiers.items() if tier == max(tiers.values())}
        for target, tiers in tier_of.items()
    }


def _part_of(name: str, target: str) -> bool:
    """A partial match must be a part in words too: one word set inside the other, or the same
    first word ("Airbus 380" ~ "Airbus A380"); the matcher's surname rule would otherwise take
    an organisation typed as a person ("Nissan Motors") for "General Motors"."""
    a, b = name_words(name), name_words(target)
    return set(a) <= set(b) or set(b) <= set(a) or (bool(a) and bool(b) and a[0] == b[0])


def timeline_date(value: str | None) -> str:
    """``2005``, ``2005-06`` or ``2005-06-13`` in the task's form; no value: unknown."""
    if not value or not re.fullmatch(r"\d{4}(-\d\d){0,2}", value):
        return UNKNOWN_DATE
    parts = [*value.split("-"), "XX", "XX"]
    return "-".join(parts[:3])


def date_key(date: str) -> tuple[int, int, int]:
    """Sort key: unknown month or day first, as the gold ranks ``2005-XX-XX`` before a day."""
    parts = [int(part) if part.isdigit() else 0 for part in [*date.split("-"), "", ""]]
    return parts[0], parts[1], parts[2]


def rank_lines(events: Sequence[tuple[str, tuple[str, ...]]]) -> list[Line]:
    """Lines from (date, mentions): rank 0 for unknown dates, then by date, equal dates tied."""
    dates = sorted({date for date, _ in events if date != UNKNOWN_DATE}, key=date_key)
    rank_of = {date: number for number, date in enumerate(dates, start=1)}
    lines = [Line(rank_of.get(date, 0), date, mentions) for date, mentions in events if mentions]
    return sorted(lines, key=lambda line: (line.rank, line.mentions))


class SystemTimelines:
    """Timelines of a corpus's target entities from one newstrace analysis."""

    def __init__(self, analysis: Any, documents: Sequence[Document], involve: str) -> None:
        self.analysis = analysis
        self.involve = involve
        by_url = {doc.url: doc for doc in documents}
        self.doc_of: dict[str, Document] = {}
        for article in analysis.articles:
            doc = by_url.get(article.url or "")
            if doc is not None:
                self.doc_of[article.id] = doc
        self.article_of = {article.id: article for article in analysis.articles}

    def build(self, targets: Sequence[str]) -> list[Timeline]:
        matched = match_targets(targets, self.analysis.entities)
        named_in = self._sentences_naming(matched)
        timelines = []
        for target in targets:
            ids = matched[target]
            chosen = []
            for event in self.analysis.events:
                roles = {*event.actors, *event.targets, *event.places}
                involved = bool(roles & ids)
                if not involved and self.involve == "sentence":
                    involved = any(
                        (item.article, item.sentence) in named_in[target] for item in event.evidence
                    )
                if involved:
                    chosen.append((timeline_date(event.date.value), self.mentions(event)))
            timelines.append(Timeline(target, rank_lines(chosen)))
        return timelines

    def _sentences_naming(self, matched: dict[str, set[str]]) -> dict[str, set[tuple[str, int]]]:
        where: dict[str, set[tuple[str, int]]] = {target: set() for target in matched}
        for entity in self.analysis.entities:
            for target, ids in matched.items():
                if entity.id in ids:
                    where[target] |= {(m.article, m.sentence) for m in entity.mentions}
        return where

    def mentions(self, event: Any) -> tuple[str, ...]:
        """The event's triggers as ``docid-sentence-word`` (article-level mentions behind it)."""
        found: list[str] = []
        for item in event.evidence:
            article = self.article_of.get(item.article)
            doc = self.doc_of.get(item.article)
            if article is None or doc is None:
                continue
            for mention in article.events:
                if mention.sentence != item.sentence or mention.type != event.type:
                    continue
                tokens = doc.tokens_in(mention.trigger.start, mention.trigger.end)
                if tokens:
                    words = "_".join(token.word for token in tokens)
                    label = f"{doc.doc_id}-{tokens[0].sentence}-{words}"
                    if label not in found:
                        found.append(label)
        return tuple(found)


def run_corpus(corpus: str, out_dir: Path, involve: str) -> tuple[int, int]:
    """Analyse one corpus and write its system timelines; returns (articles, events)."""
    import newstrace  # late: the usage error for a missing dataset needs no package

    documents = load_corpus(corpus)
    analysis = newstrace.analyze([doc.record() for doc in documents], workers=1)
    system = SystemTimelines(analysis, documents, involve)
    out_dir.mkdir(parents=True, exist_ok=True)
    for timeline in system.build(target_entities(corpus)):
        (out_dir / timeline_file_name(timeline.entity)).write_text(
            format_timeline(timeline), encoding="utf-8"
        )
    return len(analysis.articles), len(analysis.events)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write the system timelines here (default: temp)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument(
        "--involve",
        choices=("participants", "sentence"),
        default="participants",
        help="an event is the target's when the target is a participant (default) or also "
        "when an evidence sentence names it",
    )
    args = parser.parse_args(argv)
    if not DATA_DIR.is_dir():
        print(f"timeline: {DATA_DIR} not found: needs ../shared/datasets", file=sys.stderr)
        return 2
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="newstrace-timeline-") as tmp:
        out_root = args.out or Path(tmp)
        overall, result = Counts(), {}
        for corpus in CORPORA:
            articles, events = run_corpus(corpus, out_root / corpus, args.involve)
            counts, each = score_folders(
                DATA_DIR / corpus / "TimeLines_Gold_Standard", out_root / corpus
            )
            overall.add(counts)
            result[corpus] = {
                **counts.as_dict(),
                "articles": articles,
                "events": events,
                "timelines": {name: c.as_dict() for name, c in each.items()},
            }
            print(
                f"{corpus}: micro P {100 * counts.precision:5.2f}  R {100 * counts.recall:5.2f}"
                f"  F1 {100 * counts.f1:5.2f}  ({len(each)} gold timelines, {articles} articles,"
                f" {events} events)"
            )
    seconds = time.perf_counter() - started
    name, best = PUBLISHED_BEST
    print(
        f"overall Track A: micro P {100 * overall.precision:.2f}  R {100 * overall.recall:.2f}"
        f"  F1 {100 * overall.f1:.2f}   (published: {name}, F1 {best};"
        f" involve={args.involve}; {seconds:.0f} s)"
    )
    if args.json:
        summary = {"overall": overall.as_dict(), "published_best": {name: best}, **result}
        summary["seconds"] = round(seconds, 1)
        args.json.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
