"""Persian date expressions.

Dates are mostly Solar Hijri ("۱۵ خرداد ۱۴۰۴", "سال ۱۳۹۸"); Gregorian ones carry Gregorian
month names ("۵ ژوئن ۲۰۲۵") or a year outside the Solar Hijri range or "میلادی". "Last month"
and "this year" are counted in the Persian calendar, which is the writer's. Words are written
with a zero-width non-joiner, a space or nothing between their parts (سه‌شنبه, سه شنبه), with
Arabic or Persian yeh and kaf; all are accepted.
"""

from __future__ import annotations

from collections.abc import Mapping

from newstrace.lang import dates as d

_SOLAR_MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
# Gregorian months as Persian writes them ("می" is left out: it is also a verb prefix).
_GREGORIAN_MONTHS = {
    "ژانویه": 1,
    "فوریه": 2,
    "مارس": 3,
    "آوریل": 4,
    "مه": 5,
    "ژوئن": 6,
    "ژوئیه": 7,
    "جولای": 7,
    "اوت": 8,
    "آگوست": 8,
    "سپتامبر": 9,
    "اکتبر": 10,
    "نوامبر": 11,
    "دسامبر": 12,
}

TABLES: dict[str, Mapping[str, object]] = {
    "months": {
        **{name: d.Month(d.PERSIAN, n) for n, name in enumerate(_SOLAR_MONTHS, 1)},
        "امرداد": d.Month(d.PERSIAN, 5),
        **{name: d.Month(d.GREGORIAN, n) for name, n in _GREGORIAN_MONTHS.items()},
    },
    "solar_months": {name: d.Month(d.PERSIAN, n) for n, name in enumerate(_SOLAR_MONTHS, 1)},
    "weekdays": {
        "شنبه": 5,
        f"یک{d.ZWNJ}شنبه": 6,
        f"دو{d.ZWNJ}شنبه": 0,
        f"سه{d.ZWNJ}شنبه": 1,
        f"چهار{d.ZWNJ}شنبه": 2,
        f"پنج{d.ZWNJ}شنبه": 3,
        "جمعه": 4,
    },
    # "دیشب" last night, "امشب" tonight: parts of a day told from the day of writing.
    "daywords": {
        "دیروز": -1,
        "پریروز": -2,
        "امروز": 0,
        "فردا": 1,
        f"پس{d.ZWNJ}فردا": 2,
        "دیشب": -1,
        "امشب": 0,
    },
    "units": {
        "روز": d.Unit("day", 1),
        "هفته": d.Unit("week", 1),
        "ماه": d.Unit("month", 1),
        "سال": d.Unit("year", 1),
        "دهه": d.Unit("decade", 1),
    },
    "numbers": {
        "یک": 1,
        "دو": 2,
        "سه": 3,
        "چهار": 4,
        "پنج": 5,
        "شش": 6,
        "هفت": 7,
        "هشت": 8,
        "نه": 9,
        "ده": 10,
        "یازده": 11,
        "دوازده": 12,
        "پانزده": 15,
        "بیست": 20,
        "سی": 30,
    },
    "vague": dict.fromkeys(("چند", "چندین"), True),
    "shifts": {
        **dict.fromkeys(("گذشته", "پیش", "قبل"), -1),
        **dict.fromkeys(("آینده", "آتی"), 1),
        **dict.fromkeys(("جاری", "این"), 0),
    },
    "yearwords": {"امسال": 0, "پارسال": -1},
    "eras": {
        "میلادی": d.GREGORIAN,
        "خورشیدی": d.PERSIAN,
        "شمسی": d.PERSIAN,
        "هجری شمسی": d.PERSIAN,
        "ه.ش": d.PERSIAN,
        "هجری قمری": d.HIJRI,
        "قمری": d.HIJRI,
    },
}

_MODIFIERS = (
    "اوایل",
    "اوائل",
    "اواسط",
    "اواخر",
    "ابتدای",
    "آغاز",
    "اول",
    "آخر",
    "پایان",
    "انتهای",
    f"نیمه{d.ZWNJ}ی",
    "نیمه",
    "میانه",
)
# Counted things after a number: "۲۰۰۰ نفر" is no year.
EXCLUDE = (
    r"(?!\s*(?:%|٪|درصد))(?!\s+(?:نفر|تومان|ریال|دلار|یورو|کیلومتر|متر|تن|خانوار|واحد"
    r"|دانشجو|کارگر|سرباز|موشک)(?![\w\u200c]))"
)
# Bare years: the prepositions that make a number a year ("در ۲۰۱۱"), what may follow a
# year named by its noun ("اعتراضات ۲۰۱۱ در"), and the words after which a number counts
# ("حدود ۲۰۰۰", "تعداد ۲۰۱۱"): see d.cued_year_rule and d.noun_year_rule.
_YEAR_CUES = "در|از|تا|طی|پیش\\s+از|پس\\s+از|قبل\\s+از|بعد\\s+از"
_YEAR_PARTICLES = "در|و|به|از|که|را|با|تا|برای|بر|علیه"
_NOT_A_YEAR_NOUN = (
    "حدود|بیش|کمتر|نزدیک|تعداد|شمار|عدد|رقم|مجموع|تقریبا|تقریباً|در|از|به|تا|با|و|که|را|برای"
    "|سال|طی|پیش|پس|قبل|بعد"
).split("|")
_B = r"(?<![\w\u200c])"  # a word starts here: not after a letter or a joiner
_E = r"(?![\w\u200c])"  # and ends here


def grammar() -> d.Grammar:
    lex = d.Lexicon(d.fold_persian, d.persian_tokens, TABLES)
    month = lex.alt("months")
    solar = lex.alt("solar_months")
    era = lex.alt("eras")
    mod = d.alternation(_MODIFIERS, d.persian_tokens)
    weekday = lex.alt("weekdays")
    ezafe = rf"(?:{d.ZWNJ}?ی)?"  # "هفته‌ی گذشته"
    month_suffix = rf"(?:\s*|{d.ZWNJ})ماه"  # "تیرماه", "تیر ماه"
    year = rf"(?P<year>{d.Y4})(?:\s+(?P<era>{era}))?"
    past_or_next = r"گذشته|پیش|قبل|آینده|آتی"
    number = lex.alt("numbers", "vague")
    rules = (
        # "۱۵ خرداد ۱۴۰۴", "روز سه‌شنبه ۲۰ خرداد", "۵ ژوئن ۲۰۲۵ میلادی"
        d.rule(
            rf"{_B}(?P<span>(?:(?:روز\s+)?(?P<wd>{weekday})[،,]?\s+)?(?P<day>{d.D2})"
            rf"(?:{d.ZWNJ}?ام|م)?\s+(?P<month>{month})(?:{month_suffix})?(?:\s+(?:سال\s+)?{year})?)"
            rf"{_E}",
            d.calendar_fields,
            needs="month",
        ),
        # "خرداد ۱۴۰۴", "ژوئن ۲۰۲۵"
        d.rule(
            rf"{_B}(?P<span>(?P<month>{month})(?:{month_suffix})?\s+(?:سال\s+)?{year}){_E}",
            d.calendar_fields,
            needs="month",
        ),
        # "اوایل خرداد", "تیرماه", "در مهر", "خرداد گذشته", "خرداد امسال", "خرداد سال گذشته"
        d.rule(
            rf"{_B}(?:(?P<cue>در|از|تا|طی)\s+)?(?P<span>(?:(?P<mod>{mod})\s+)?(?P<month>{solar})"
            rf"(?P<cue_2>{month_suffix})?(?:\s+(?P<shift>{past_or_next})|\s+سال\s+"
            rf"(?P<yshift>{past_or_next}|جاری)|\s+(?P<yshift_2>امسال|پارسال))?){_E}",
            d.calendar_fields,
            needs_cue=True,
            needs="month",
        ),
        # "سال ۱۳۹۸", "اواخر سال ۲۰۱۹ میلادی", "سال ۹۸"
        d.rule(
            rf"{_B}(?P<span>(?:(?P<mod>{mod})\s+)?سال\s+(?P<year>{d.Y4}|{d.DIGIT}{{2}})"
            rf"(?:\s+(?P<era>{era}))?){_E}{EXCLUDE}",
            d.calendar_fields,
            min_year=1000,
            short_years=True,
            needs="digits",
        ),
        # "۲۰۱۵ میلادی", "۱۳۹۸ خورشیدی": an era name makes a number a year
        d.rule(
            rf"{_B}(?P<span>(?P<year>{d.Y4})\s+(?P<era>{era})){_E}",
            d.calendar_fields,
            needs="digits",
        ),
        # "در ۲۰۱۱", "از ۱۳۹۰": a year after a preposition; "اعتراضات ۲۰۱۱ در تهران": after its
        # noun (the ezafe), then a particle or the end of the clause
        d.cued_year_rule(rf"(?:{_YEAR_CUES})\s+", exclude=EXCLUDE, left=_B),
        d.noun_year_rule(
            rf"(?:[^\W\d_]|{d.ZWNJ})+", _YEAR_PARTICLES, _NOT_A_YEAR_NOUN, joiner=d.ZWNJ
        ),
        # "از ۱۳۹۸ تا ۱۴۰۰", "بین سال‌های ۲۰۰۳ و ۲۰۰۶", "سال‌های ۲۰۰۳ تا ۲۰۰۶"
        d.rule(
            rf"{_B}(?P<span>(?:از|بین)\s+(?:سال(?:{d.ZWNJ}?های)?\s+)?(?P<start>{d.Y4})\s+(?:تا|و)\s+"
            rf"(?:سال\s+)?(?P<stop>{d.Y4})|سال{d.ZWNJ}?های\s+(?P<start_2>{d.Y4})\s+تا\s+"
            rf"(?P<stop_2>{d.Y4}))(?:\s+(?P<era>{era}))?{_E}{EXCLUDE}",
            d.range_fields,
            needs="digits",
        ),
        d.dash_range_rule(EXCLUDE, r"(?<![\w.,/\-–—\u200c])"),
        # "دهه ۱۹۹۰", "دهه‌ی ۷۰" (the Persian 1370s), "اواخر دهه ۹۰ میلادی"
        d.rule(
            rf"{_B}(?P<span>(?:(?P<mod>{mod})\s+)?دهه{ezafe}\s+(?P<decade>{d.Y4}|{d.DIGIT}{{2}})"
            rf"(?:\s+(?P<era>{era}))?){_E}",
            d.decade_fields,
            needs="digits",
        ),
        # "سه‌شنبه", "روز سه‌شنبه گذشته", "سه‌شنبه هفته گذشته", "سه‌شنبه این هفته"; not
        # "هر سه‌شنبه" (every Tuesday) nor "امام جمعه" (the Friday prayer leader)
        d.rule(
            rf"(?<!هر\s)(?<!امام\s)(?<!ائمه\s)(?<!خطیب\s){_B}(?P<span>(?:روز\s+)?(?P<wd>{weekday})(?:\s+(?P<shift>گذشته|آینده))?"
            rf"(?:\s+هفته{ezafe}\s+(?P<wshift>{past_or_next}|جاری)|\s+(?P<wshift_2>این)\s+هفته)?)"
            rf"(?!\w)(?!{d.ZWNJ}?ها)",
            d.weekday_fields,
            needs="weekday",
        ),
        d.rule(
            rf"{_B}(?P<span>(?P<dayword>{lex.alt('daywords')})){_E}",
            d.dayword_fields,
            needs="dayword",
        ),
        # "هفته گذشته", "ماه پیش", "سال آینده", "اواخر ماه گذشته"; not "ماه قبل از ..." nor
        # "ده سال گذشته" (the past ten years), "چند هفته آینده" (the coming weeks): spans
        # of time, which the count, matched here to be rejected, tells apart.
        d.rule(
            rf"{_B}(?:(?P<count>{number}|{d.DIGIT}{{1,3}})\s+)?(?P<span>(?:(?P<mod>{mod})\s+)?"
            rf"(?P<unit>هفته|ماه|سال){ezafe}\s+(?P<shift>{past_or_next}|جاری)){_E}(?!\s+از)",
            d.unit_fields,
            needs="unit",
        ),
        d.rule(
            rf"{_B}(?P<span>(?:(?P<mod>{mod})\s+)?(?P<shift>این)\s+(?P<unit>هفته|ماه)){_E}",
            d.unit_fields,
            needs="unit",
        ),
        d.rule(
            rf"{_B}(?P<span>(?:(?P<mod>{mod})\s+)?(?P<yword>{lex.alt('yearwords')})){_E}",
            d.unit_fields,
            needs="unit",
        ),
        # "دو روز پیش", "۳ هفته قبل", "چند سال پیش"; not "دو روز قبل از ..."
        d.rule(
            rf"{_B}(?P<span>(?P<count>{lex.alt('numbers', 'vague')}|{d.DIGIT}{{1,3}})\s+"
            rf"(?P<unit>{lex.alt('units')})\s+(?:پیش|قبل)){_E}(?!\s+از)",
            d.ago_fields,
            needs="unit",
        ),
        d.numeric_rule(r"(?<![\w./:\-\u200c])"),
    )
    return d.Grammar(
        language="fa",
        lexicon=lex,
        rules=rules,
        trigger=d.trigger(lex),
        lower_case=False,
        relative_calendar=d.PERSIAN,
        bare_year_calendar=d.PERSIAN,
        numeric_calendar=d.PERSIAN,
        week_start=5,
    )


def offsets(count_unit: str, anchor: str) -> tuple[tuple[str, int], ...]:
    """Persian date offsets ("سه روز پس از انتخابات"): see ``Pack.date_offsets``."""
    b = r"(?<!\w)"
    found = [
        (
            rf"{b}(?P<span>{count_unit}\s+(?P<dir>پس|بعد|قبل|پیش)\s+از\s+{anchor})",
            0,
        ),
        (rf"{b}(?P<span>(?P<one>فردای|فردا ی)\s+{anchor})", 0),
    ]
    return tuple(found)
