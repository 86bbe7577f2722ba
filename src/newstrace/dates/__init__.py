"""Date expressions in news text, resolved to the date of the event they name.

``find_dates(text, language, published)`` finds expressions with its own per-language rules
(regexes over word tables) and resolves each against the article's publication date:
"Tuesday" in a piece published on Thursday 2025-06-12 is 2025-06-10.

How: each language pack has word tables and regex rules (``newstrace.lang.<code>.dates``, built
from ``newstrace.lang.dates``; the registry gives them); a cheap pre-filter per
class of cue word (digits, month names, weekdays, "yesterday" words, week/month/year words)
decides which rules run at all, so text without a cue costs a few microseconds. A rule's
match is read into language-free fields (day 7, month 1, "last", weekday 1 ...) and resolved
by calendar arithmetic (``resolve.py``): the words were already read by the rule, and
arithmetic gives exactly the precision they carry, the weekday rule below, Levantine month
names, Solar Hijri dates and modifiers, where ``dateparser.parse`` returns None or a full
datetime. ``dateparser.parse`` (imported lazily, cached) normalises month-name dates with a
year in the languages without a grammar of their own, whose forms it knows.

Values and precision
--------------------
A value is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; its format is its precision, and a value
never claims more than the words say.

* Day: full dates ("January 7, 2025", "۱۵ خرداد ۱۴۰۴"), day and month ("Jan. 7", "7 يناير":
  the year closest to publication, a future date counting double its distance, so the past
  wins unless the date is near ahead), weekdays, "yesterday"/"أمس"/"دیروز", "N days ago".
* Weekdays: bare or with "on"/"يوم"/"روز"/"am"/"el"/"le", the latest such day on or before
  publication (published Thursday: "Thursday" is that day, "Tuesday" two days before);
  "last Tuesday" / "الثلاثاء الماضي" the latest before publication day; "next Tuesday" /
  "الثلاثاء المقبل" the first after it; "this Tuesday" and "Tuesday of last week" count
  calendar weeks (Monday first; Saturday first for Arabic and Persian). English "ahead of /
  before / in advance of / leading up to Tuesday's …" names an event counted towards: the
  nearer Tuesday, past or future (published Sunday, "ahead of Tuesday's vote" is two days on).
* Month: month and year ("March 2019"), a month with a cue ("in March", "أوائل مارس الماضي",
  "early last March": the modifier early/mid/late/أوائل/منتصف/أواخر/Anfang/début... is kept in
  the span but does not change the value), "last month"/"الشهر الماضي"/"ماه گذشته", "N months
  ago".
* Weeks: "last week" / "الأسبوع الماضي" / "هفته گذشته" and "N weeks ago" are not one day;
  their value is the month of that week, namely the month of its Thursday (the ISO rule for
  which month a week belongs to). Precise enough to place an event, never a false day.
* Year: a four-digit number is a year only with a cue ("in 1998", "عام 2015", "سال ۱۳۹۸",
  "im Jahr 2015", "early 2025") or inside a date or range; "last year" → publication year - 1.
  Bare years from 1900 on also after "of"/"von"/"de" ("the protests of 2011"), with a unit
  word ("в 2011 году", "2011 года", "2011年"), after a preposition ("в 2011", "nel 2011",
  "ב-2011", "در ۲۰۱۱"), or after their noun when a particle or the clause's end follows
  ("احتجاجات 2011 في", "اعتراضات ۲۰۱۱ در"): a counted noun follows its number, so a year
  followed by an open-class word is never taken ("2000 متظاهر", "2000 people").
* Ranges: "from 2003 to 2006", "between 2003 and 2006", "2003-2006", "بين عامي 2003 و2006"
  give ``value`` "2003" and ``end_value`` "2006"; a decade ("the 1990s", "التسعينيات") is the
  range "1990"-"1999". Two-digit decades are 19x0 ("the '90s", "años 90"), except 00 and 10.
* Calendars: Solar Hijri (Persian) and lunar Hijri dates become Gregorian. A Solar Hijri
  year ("سال ۱۳۹۸") is the Gregorian year in which it begins (2019); a month is the Gregorian
  month holding its middle (Khordad → June). For Persian, "last month"/"this year" step in the
  Persian calendar, the one the writer counts in.
* Relative expressions (resolved against the publication date) have ``relative=True``; without
  a publication date they are still reported, with value None. Vague ones ("a few days ago",
  "قبل أيام") are reported with value None.
* Numeric dates: ISO and D/M/Y (M/D/Y only when the first number cannot be a month; in English,
  where both orders are written, an ambiguous 06/07/2025 gives only its year).

Spans cover the expression without leading prepositions ("on", "in", "في", "در", "am", "im",
"en"), with the words that carry meaning: modifiers, "last"/"الماضي", unit nouns ("يوم
الثلاثاء", "روز سه‌شنبه", "عام 2015", "Jahr 2015"), Spanish and French articles ("el martes",
"la semaine dernière") and the connectives of a range ("from 2003 to 2006"). German spans
leave out articles too, fused as they are with prepositions ("am Dienstag" → "Dienstag",
"im Jahr 2015" → "Jahr 2015").

Dates counted from something else ("three days after the election", "بعد يومين من اعتقاله",
"au lendemain du scrutin") are no date expressions: their anchor is mostly an event whose
date only the events stage knows. ``find_offsets(text, language)`` finds them (count, unit,
direction and where the anchor is) and ``shift_value(value, sign, count, unit)`` moves a
known anchor date by them at the precision both carry (``newstrace.dates.offsets``).

Never a date: times ("10:30"), durations ("for three years", "منذ عامين", "ده سال گذشته"),
amounts ("140 million", "2,000 people", "in 2000 homes"), bare numbers, ordinals without a
month, habitual weekdays ("every Tuesday", "los martes", "سه‌شنبه‌ها").
"""

from newstrace.dates.finder import find_dates
from newstrace.dates.model import DateMention
from newstrace.dates.offsets import DateOffset, find_offsets, shift_value, value_bounds

__all__ = [
    "DateMention",
    "DateOffset",
    "find_dates",
    "find_offsets",
    "shift_value",
    "value_bounds",
]
