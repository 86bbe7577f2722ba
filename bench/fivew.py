"""Who, when and where of each article's main event against Giveme5W1H's gold (issue 13).

Run from the project root:
    PYTHONPATH=src .venv/bin/python bench/fivew.py [--json OUT] [--errors FILE]

Data: ``../shared/datasets/giveme5w1h/gold_standard`` (96 English news articles, Nov. 2016,
each with the phrases three coders marked as its who/what/when/where/why/how and how many
coders agreed on each; a ``when`` phrase also carries a ``parsed`` date, a ``when`` or
``where`` entry with no text means the coders agreed the text has none).

Each article is analysed ALONE (``newstrace.analyze`` on one dict: title, text, published
date as ``YYYY-MM-DD``, url), so an event is what that article says, with no help from
other coverage.

**The main event** is the event the article leads with: the one whose ``leads`` lists the
article (its lead sentence's happening is among its evidence; see ``events.extract.lead``).
An article with no such event falls back to the event whose evidence comes earliest (the
lowest sentence index over its evidence items): news is written lead first, and the lead
tells the main happening; ties go to the event with more evidence items, then to the
analysis order. Secondary figures use the earliest-evidence event alone (the definition
before ``leads`` existed) and the most-evidenced event (ties: earliest).

**Matching** (all gold phrases count, whatever their coder agreement). Names and phrases are
normalised: casefolded, accents removed, dots dropped ("U.S." = "US", "F.B.I." = "FBI"),
possessive "'s" dropped, split into word tokens, digits and a few function words ("the",
"of", "in", "near" ...) removed. A predicted name *matches* a gold phrase when one token set
contains the other ("Trump" ~ "Donald Trump", "Christian Horner" ~ "Red Bull boss Christian
Horner", "Brazil" ~ "Sao Paulo, Brazil"; not "Philip Seary" ~ "Philip Logan"). An entity is
tried under its name and every alias (the forms the article uses).

* who: the main event's actors; right when at least one actor matches a gold who phrase.
  Also reported: actor-level precision (share of all predicted actors that match), and
  ``who_or_target``: the targets where the event names no actor (Giveme5W1H's who is the
  main clause's subject, a passive one included: "the driver was arrested").
* where: the main event's places; right when at least one place matches a gold where phrase.
  A place predicted where the coders agreed there is none is wrong.
* when: the main event's ``date.value`` (no value, i.e. only the publication bound, is no
  prediction). The gold dates of an article are every ``parsed`` date plus each when
  phrase resolved against the publication date by this script's own small resolver
  (weekday names, today/tonight/yesterday, "November 8, 2016", "Nov. 10", "last month",
  a bare year), so the gold never depends on newstrace's date code. A day prediction is
  right when it equals a gold day; a month or year prediction when a gold phrase resolves
  to that same month or year (a "last month" or "2016" in the gold), not when it merely
  contains a gold day. A secondary figure counts the publication date as the prediction
  where the event has none.

Per question: precision = right / articles with a prediction; coverage = articles with a
prediction / articles; recall = right / articles whose gold has an answer (text or date).
Exit 2 when ../shared is absent.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT.parent / "shared" / "datasets" / "giveme5w1h" / "gold_standard"

FUNCTION_WORDS = frozenset(
    "the a an of in at on near from and to for by outside inside into its his her their".split()
)
WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
QUESTIONS = ("who", "when", "where")
BY = ("lead", "earliest", "most-evidenced")  # main-event definitions (module docstring)


# --- normalising and matching -------------------------------------------------------------


def tokens(text: str) -> frozenset[str]:
    """Content tokens of a name or phrase (see the module docstring)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace(".", "").replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    words = re.findall(r"\w+", text)
    return frozenset(w for w in words if not w.isdigit() and w not in FUNCTION_WORDS)


def matches(names: list[str], phrases: list[str]) -> bool:
    """Whether one of the names and one of the phrases contain each other's tokens."""
    for name in names:
        left = tokens(name)
        if not left:
            continue
        for phrase in phrases:
            right = tokens(phrase)
            if right and (left <= right or right <= left):
                return True
    return False


# --- gold dates ---------------------------------------------------------------------------


def resolve_when(text: str, published: dt.date) -> set[str]:
    """Dates a gold when-phrase names, read against the publication date (bench-only rules)."""
    low = text.casefold().replace(".", " ")
    found: set[str] = set()
    for match in re.finditer(r"\b([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*,?\s*(\d{4}))?", low):
        month = MONTHS.get(match.group(1))
        if month:
            year = int(match.group(3)) if match.group(3) else published.year
            found.add(dt.date(year, month, int(match.group(2))).isoformat())
    for match in re.finditer(r"\b(\d{1,2})\s+([a-z]+)(?:\s+(\d{4}))?", low):
        month = MONTHS.get(match.group(2))
        if month:
            year = int(match.group(3)) if match.group(3) else published.year
            found.add(dt.date(year, month, int(match.group(1))).isoformat())
    if found:
        return found
    for word, number in WEEKDAYS.items():
        if re.search(rf"\b{word}\b", low):
            back = (published.weekday() - number) % 7
            found.add((published - dt.timedelta(days=back)).isoformat())
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", low):
        found.add(published.isoformat())
    if re.search(r"\byesterday\b", low):
        found.add((published - dt.timedelta(days=1)).isoformat())
    if re.search(r"\blast month\b", low):
        first = published.replace(day=1) - dt.timedelta(days=1)
        found.add(first.isoformat()[:7])
    if not found and re.fullmatch(r"\s*(\d{4})\s*", low):
        found.add(low.strip())
    return found


def date_right(value: str, gold: set[str]) -> bool:
    """A day equals a gold day; a month/year equals a gold month/year phrase."""
    return value in gold


# --- the articles -------------------------------------------------------------------------


@dataclass
class Gold:
    key: str
    title: str
    published: str | None
    phrases: dict[str, list[str]] = field(default_factory=dict)  # question -> texts
    none_agreed: dict[str, bool] = field(default_factory=dict)  # coders: no answer in text
    dates: set[str] = field(default_factory=set)


def load_gold(path: Path) -> tuple[dict, Gold]:
    data = json.loads(path.read_text(encoding="utf-8"))
    published = (data.get("date_publish") or "")[:10]
    published = published if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published) else None
    gold = Gold(path.stem, data.get("title") or "", published)
    for question in QUESTIONS:
        annotated = data["fiveWoneH"][question]["annotated"]
        gold.phrases[question] = [a["text"] for a in annotated if a.get("text")]
        gold.none_agreed[question] = bool(annotated) and not gold.phrases[question]
        if question == "when":
            for item in annotated:
                if item.get("parsed"):
                    gold.dates.add(item["parsed"][:10])
                if item.get("text") and published:
                    pub = dt.date.fromisoformat(published)
                    gold.dates |= resolve_when(item["text"], pub)
    fields = {
        "title": data.get("title") or "",
        "text": data["text"],
        "published": published or "",
        "url": data.get("url") or "",
    }
    return {k: v for k, v in fields.items() if v}, gold


def main_event(events: list[dict], by: str) -> dict | None:
    """The event the article leads with (else the earliest), the earliest-evidence event,
    or the most-evidenced one (module docstring)."""
    if not events:
        return None

    def first(event: dict) -> int:
        return min((e["sentence"] for e in event["evidence"]), default=10**6)

    if by == "lead":
        # one article analysed alone: any event listing a lead article is its lead
        leading = [e for e in events if e.get("leads")]
        return min(leading or events, key=lambda e: (first(e), -len(e["evidence"])))
    if by == "earliest":
        return min(events, key=lambda e: (first(e), -len(e["evidence"])))
    return min(events, key=lambda e: (-len(e["evidence"]), first(e)))


def predict(analysis: dict, by: str) -> dict:
    """The main event's actors, places and date, as names and a value."""
    entities = {e["id"]: e for e in analysis["entities"]}
    event = main_event(analysis["events"], by)
    if event is None:
        return {"event": None, "who": [], "targets": [], "where": [], "when": None}

    def forms(ids: list[str]) -> list[list[str]]:
        return [[entities[i]["name"], *entities[i].get("aliases", [])] for i in ids]

    first = min((e["sentence"] for e in event["evidence"]), default=None)
    return {
        "event": {"type": event["type"], "sentence": first, "summary": event["summary"][:200]},
        "who": forms(event["actors"]),
        "targets": forms(event.get("targets", [])),
        "where": forms(event["places"]),
        "when": event["date"].get("value"),
        "when_text": event["date"].get("text"),
        "when_source": event["date"].get("source"),
    }


def judge(pred: dict, gold: Gold, published: str | None) -> dict[str, dict]:
    """Per question: has a prediction, right, gold has an answer."""
    out: dict[str, dict] = {}
    for question in ("who", "where"):
        predicted = pred[question]
        right = any(matches(forms, gold.phrases[question]) for forms in predicted)
        out[question] = {
            "predicted": bool(predicted),
            "right": bool(predicted) and right,
            "gold": bool(gold.phrases[question]),
            "names": [f[0] for f in predicted],
            "matched": sum(matches(f, gold.phrases[question]) for f in predicted),
        }
    # Giveme5W1H's "who" is the main clause's subject, a passive one included ("the driver
    # was arrested"): the secondary figure takes the targets when the event names no actor.
    fallback_who = pred["who"] or pred["targets"]
    out["who_or_target"] = {
        "predicted": bool(fallback_who),
        "right": any(matches(forms, gold.phrases["who"]) for forms in fallback_who),
        "gold": bool(gold.phrases["who"]),
    }
    value = pred["when"]
    out["when"] = {
        "predicted": value is not None,
        "right": value is not None and date_right(value, gold.dates),
        "gold": bool(gold.dates),
        "value": value,
    }
    fallback = value or published
    out["when_or_published"] = {
        "predicted": fallback is not None,
        "right": fallback is not None and date_right(fallback, gold.dates),
        "gold": bool(gold.dates),
    }
    return out


def summarise(verdicts: list[dict[str, dict]]) -> dict[str, dict]:
    total = len(verdicts)
    summary: dict[str, dict] = {}
    for question in ("who", "when", "where", "who_or_target", "when_or_published"):
        rows = [v[question] for v in verdicts]
        predicted = sum(r["predicted"] for r in rows)
        right = sum(r["right"] for r in rows)
        answerable = sum(r["gold"] for r in rows)
        summary[question] = {
            "precision": round(right / predicted, 3) if predicted else None,
            "coverage": round(predicted / total, 3) if total else None,
            "recall": round(right / answerable, 3) if answerable else None,
            "right": right,
            "predicted": predicted,
            "answerable": answerable,
        }
    names = sum(len(v["who"]["names"]) for v in verdicts)
    summary["who"]["actor_precision"] = (
        round(sum(v["who"]["matched"] for v in verdicts) / names, 3) if names else None
    )
    return summary


def run(by: str, records: list[tuple[dict, Gold]], analyses: list[dict]) -> tuple[dict, list]:
    verdicts, rows = [], []
    for (_fields, gold), analysis in zip(records, analyses, strict=True):
        pred = predict(analysis, by)
        verdict = judge(pred, gold, gold.published)
        verdicts.append(verdict)
        rows.append(
            {
                "key": gold.key,
                "title": gold.title,
                "prediction": pred,
                "verdict": verdict,
                "gold": {
                    "who": gold.phrases["who"],
                    "where": gold.phrases["where"],
                    "when": gold.phrases["when"],
                    "dates": sorted(gold.dates),
                },
            }
        )
    return summarise(verdicts), rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="write figures and per-article rows here")
    parser.add_argument("--errors", type=Path, help="write the wrong predictions here (JSON)")
    args = parser.parse_args(argv)
    if not GOLD_DIR.is_dir():
        print(f"fivew: {GOLD_DIR} not found: this bench needs ../shared/datasets", file=sys.stderr)
        return 2
    import newstrace  # late: the usage error above needs no package

    records = [load_gold(path) for path in sorted(GOLD_DIR.glob("*.json"))]
    analyses = []
    for fields, _gold in records:
        analyses.append(newstrace.analyze([fields], workers=1).to_dict())
    result: dict = {"articles": len(records)}
    rows_of: dict[str, list] = {}
    for by in BY:
        result[by], rows_of[by] = run(by, records, analyses)
    for by in BY:
        print(f"main event = {by}:")
        for question, figures in result[by].items():
            extra = (
                f"  actor-level {figures['actor_precision']}"
                if "actor_precision" in figures
                else ""
            )
            print(
                f"  {question:18} precision {figures['precision']}  coverage {figures['coverage']}"
                f"  recall {figures['recall']}  ({figures['right']}/{figures['predicted']},"
                f" answerable {figures['answerable']}){extra}"
            )
    if args.json:
        args.json.write_text(json.dumps({**result, "rows": rows_of["lead"]}, indent=1) + "\n")
    if args.errors:
        wrong = [
            row
            for row in rows_of["lead"]
            if any(
                row["verdict"][q]["predicted"] and not row["verdict"][q]["right"] for q in QUESTIONS
            )
            or not all(row["verdict"][q]["predicted"] for q in QUESTIONS)
        ]
        args.errors.write_text(json.dumps(wrong, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
