"""Best effort for languages without a grammar of their own.

Numeric dates and dashed year ranges work in any language. For a language dateparser knows,
its month names give two more forms, always with a number beside the month ("7 gennaio 2025",
"7 января", "ottobre 2024"): a month name alone is too often an ordinary word. Spans with a
year are normalised by ``dateparser.parse`` (imported only here, on first use), which knows
each language's grammatical forms; the month number read from the same data is the fallback,
and gives the value of year-less spans, whose year is chosen as in every other language.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from newstrace.lang import dates as d
from newstrace.lang import normalise_code

# Bare years in the languages without a pack of their own: the words before a number that
# make it a year, and the unit words after it ("в 2011 году", "2011年", "ב-2011",
# "nel 2011"); see d.cued_year_rule. Counting words ("около 2000") are not among them.
YEAR_CUES: dict[str, tuple[str, str]] = {
    "ru": (
        r"(?:в|во|с|со|до|после|к|от|по|начиная\s+с)\s+",
        r"(?:год(?:а|у|ом)?|гг?\.)(?!\w)",
    ),
    "uk": (r"(?:у|в|з|до|після|від)\s+", r"(?:р(?:оку|ік|оці)|рр?\.)(?!\w)"),
    "zh": ("", "年"),
    "ja": ("", "年"),
    "he": (r"(?:(?:ב|מ|ל|עד|מאז)[-־]|(?:בשנת|משנת|עד\s+שנת|מאז|עד|לפני|אחרי)\s+)", ""),
    "it": (r"(?:nel|del|dal|al|entro\s+il|fino\s+al|a\s+partire\s+dal)\s+", ""),
    "pt": (r"(?:em|de|desde|até|antes\s+de|depois\s+de)\s+", ""),
    "nl": (r"(?:in|sinds|tot|van|vóór|na)\s+", ""),
    "tr": ("", r"(?:yılında|yılı|yılından|yılındaki)(?!\w)"),
}
# Proclitics joined to a number by a hyphen or maqaf ("ב-07/01/2025", "מ-2011"): a numeric
# date or range may follow them.
NUMBER_PROCLITICS = {"he": "[בלמהו]"}
_CJK = frozenset({"zh", "ja"})
# "2025年1月7日", "1月7日", "2025年3月": year, month and day in CJK order; the month is a
# number with 月, anchored by a day or a year ("3月" alone is left out, as a bare month is).
_CJK_DATE = (
    r"(?<!\d)(?P<span>(?:(?P<year>\d{4})\s*年\s*)?(?P<month>\d{1,2}\s*月)"
    r"(?:\s*(?P<day>\d{1,2})\s*[日号])?)"
)

_MONTH_KEYS = (
    "january february march april may june july august september october november december"
).split()


def grammar(language: str | None) -> d.Grammar:
    months = _month_names(language) if language else {}
    base = normalise_code(language)
    cjk_months = {f"{n}月": d.Month(d.GREGORIAN, n) for n in range(1, 13)}
    tables = {"months": {**months, **cjk_months} if base in _CJK else months, "eras": {}}
    lex = d.Lexicon(d.fold_latin, d.latin_tokens, tables)
    rules: tuple[d.Rule, ...] = (d.numeric_rule(), d.dash_range_rule())
    if base in NUMBER_PROCLITICS:
        after = rf"(?<=(?<!\w){NUMBER_PROCLITICS[base]}[-־])"
        rules += (d.numeric_rule(after), d.dash_range_rule(left=after))
    if months:
        rules += _month_rules(lex)
    rules += _year_rules(language)
    return d.Grammar(
        language=language or "",
        lexicon=lex,
        rules=rules,
        # Every generic form holds a digit: text without one costs a single search.
        trigger=((d.DIGITS, re.compile(d.DIGIT)),),
        lower_case=False,
        normalise=_normaliser(language) if months else None,
    )


def _month_rules(lex: d.Lexicon) -> tuple[d.Rule, ...]:
    month = lex.alt("months")
    flags = re.IGNORECASE
    b = r"(?<![\w.,/])"
    return (
        # "7 gennaio 2025", "7. März", "7 de janeiro de 2025", "7 января"
        d.rule(
            rf"{b}(?P<span>(?P<day>{d.D2})\.?\s+(?:de\s+)?(?P<month>{month}){d.DOT}"
            rf"(?:,?\s+(?:de\s+)?(?P<year>{d.Y4}))?)(?!\w)",
            d.calendar_fields,
            flags,
            external=True,
            needs="digits",
        ),
        # "ottobre 2024", "January 7, 2025"
        d.rule(
            rf"(?<!\w)(?P<span>(?P<month>{month}){d.DOT}\s+(?:(?P<day>{d.D2}),?\s+)?(?:de\s+)?"
            rf"(?P<year>{d.Y4}))(?!\w)",
            d.calendar_fields,
            flags,
            external=True,
            needs="digits",
        ),
    )


def _year_rules(language: str | None) -> tuple[d.Rule, ...]:
    base = normalise_code(language)
    found: tuple[d.Rule, ...] = ()
    cjk = base in _CJK
    if cjk:
        found += (d.rule(_CJK_DATE, _cjk_fields, needs="digits", needs_cue=True),)
    if base in YEAR_CUES:
        before, after = YEAR_CUES[base]
        # Chinese and Japanese write no space between words: only a digit may not precede.
        left = r"(?<!\d)" if cjk else r"(?<!\w)"
        found += (d.cued_year_rule(before, after, left=left, flags=re.IGNORECASE),)
    return found


def _cjk_fields(g: dict[str, str], grammar: d.Grammar, rule: d.Rule) -> d.Fields | None:
    """A CJK date, its month "3 月" read as the numbered month "3月"."""
    return d.calendar_fields({**g, "month": re.sub(r"\s+", "", g["month"])}, grammar, rule)


def _month_names(language: str) -> dict[str, object]:
    """Month names (three letters or more) from dateparser's data for the language."""
    try:
        from dateparser.languages.loader import default_loader

        info = default_loader.get_locale(language).info
    except (ValueError, KeyError, ImportError):  # a code dateparser does not know
        return {}
    names: dict[str, object] = {}
    for number, key in enumerate(_MONTH_KEYS, 1):
        for name in info.get(key, ()):
            if len(name.rstrip(".")) >= 3 and not any(c.isdigit() for c in name):
                names[name.rstrip(".")] = d.Month(d.GREGORIAN, number)
    return names


def _normaliser(language: str | None) -> d.Normaliser:
    def normalise(span: str, fields: d.Fields, published: dt.date | None) -> str | None:
        if fields.year is None:
            # The year of "7 gennaio" is chosen as in every language (closest to publication,
            # the future counting double), not by dateparser's plain preference for the past.
            return None
        return _dateparser_value(span, language, published, _precision(fields))

    return normalise


def _precision(fields: d.Fields) -> str:
    if fields.day is not None:
        return "day"
    return "month" if fields.month is not None else "year"


@lru_cache(maxsize=8192)
def _dateparser_value(
    span: str, language: str | None, published: dt.date | None, precision: str
) -> str | None:
    """``dateparser.parse`` on a span found here, formatted at the precision the words give."""
    import dateparser

    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
    }
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime(published.year, published.month, published.day)
    parsed = dateparser.parse(span, languages=[language] if language else None, settings=settings)
    if parsed is None:
        return None
    if precision == "day":
        return parsed.date().isoformat()
    return f"{parsed.year:04d}-{parsed.month:02d}" if precision == "month" else f"{parsed.year:04d}"
