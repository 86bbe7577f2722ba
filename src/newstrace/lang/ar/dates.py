"""Arabic date expressions.

Month names in their three regional sets (Egyptian/Gulf "يناير", Levantine/Iraqi "كانون
الثاني", Maghrebi "جانفي"), also paired ("كانون الثاني/يناير"); Hijri months with a day and a
year, or with "الماضي"/"المقبل" ("رمضان الماضي"). Words may carry the proclitics و ف ب ل,
which stay outside the span ("والثلاثاء" → "الثلاثاء"). Spelling variants of hamza on alef,
final yeh and teh marbuta are all accepted.
"""

from __future__ import annotations

from collections.abc import Mapping

from newstrace.lang import dates as d

_GREGORIAN_MONTHS = {
    1: ("يناير", "كانون الثاني", "جانفي"),
    2: ("فبراير", "شباط", "فيفري"),
    3: ("مارس", "آذار"),
    4: ("أبريل", "إبريل", "نيسان", "أفريل"),
    5: ("مايو", "أيار", "ماي"),
    6: ("يونيو", "يونيه", "حزيران", "جوان"),
    7: ("يوليو", "يوليه", "تموز", "جويلية"),
    8: ("أغسطس", "آب", "أوت"),
    9: ("سبتمبر", "أيلول"),
    10: ("أكتوبر", "تشرين الأول"),
    11: ("نوفمبر", "تشرين الثاني"),
    12: ("ديسمبر", "كانون الأول"),
}
_HIJRI_MONTHS = {
    1: ("محرم",),
    2: ("صفر",),
    3: ("ربيع الأول",),
    4: ("ربيع الثاني", "ربيع الآخر"),
    5: ("جمادى الأولى", "جمادى الأول"),
    6: ("جمادى الآخرة", "جمادى الثانية"),
    7: ("رجب",),
    8: ("شعبان",),
    9: ("رمضان",),
    10: ("شوال",),
    11: ("ذو القعدة", "ذي القعدة"),
    12: ("ذو الحجة", "ذي الحجة"),
}
# Names that are also common words or given names: only with a day or a year.
_AMBIGUOUS_MONTHS = ("صفر", "رجب", "رمضان", "شعبان", "ماي", "آب", "محرم")

_UNITS = {
    "day": ("يوم", "يومين", "أيام", "يوما"),
    "week": ("أسبوع", "أسبوعين", "أسابيع", "أسبوعا"),
    "month": ("شهر", "شهرين", "أشهر", "شهور", "شهرا"),
    "year": ("عام", "عامين", "أعوام", "عاما", "سنة", "سنتين", "سنوات", "سنين"),
    "decade": ("عقد", "عقدين", "عقود"),
}
_MODIFIERS = "أوائل أواسط أواخر مطلع بداية بدايات مستهل منتصف نهاية نهايات أول آخر".split()


def _ordinals() -> dict[str, object]:
    """Ordinal day words 1-31 ("السابع من يناير"), masculine as used with months."""
    units = "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر".split()
    tens = {20: "العشرين", 30: "الثلاثين"}
    words: dict[str, object] = {word: n for n, word in enumerate(units, 1)}
    words["الحادي عشر"] = 11
    words |= {f"{units[n - 11]} عشر": n for n in range(12, 20)}
    for ten, word in tens.items():
        words[word] = ten
        words[f"الحادي و{word[2:]}"] = ten + 1  # "الحادي والعشرين"
        words |= {f"{units[n - 1]} و{word[2:]}": ten + n for n in range(2, 10) if ten + n <= 31}
    return words


def _unit_table() -> dict[str, object]:
    table: dict[str, object] = {}
    for name, (single, dual, *plurals) in _UNITS.items():
        table[single] = d.Unit(name, 1)
        table[dual] = d.Unit(name, 2)
        table |= dict.fromkeys(plurals, d.Unit(name, None))
    return table


TABLES: dict[str, Mapping[str, object]] = {
    "months": {
        **{w: d.Month(d.GREGORIAN, n) for n, ws in _GREGORIAN_MONTHS.items() for w in ws},
        **{w: d.Month(d.HIJRI, n) for n, ws in _HIJRI_MONTHS.items() for w in ws},
    },
    "weekdays": {
        "الاثنين": 0,
        "الإثنين": 0,
        "الثلاثاء": 1,
        "الأربعاء": 2,
        "الخميس": 3,
        "الجمعة": 4,
        "السبت": 5,
        "الأحد": 6,
    },
    "daywords": {
        "أمس": -1,
        "الأمس": -1,
        "البارحة": -1,
        "أول أمس": -2,
        "أول من أمس": -2,
        "أمس الأول": -2,
        "الليلة الماضية": -1,  # last night
        "ليلة أمس": -1,
        "غداً": 1,
        "بعد غد": 2,
        "اليوم": 0,  # only through its own rule, which tells "today" from "the day"
    },
    "units": _unit_table(),
    "unit_names": {
        "الأسبوع": d.Unit("week", 1),
        "الشهر": d.Unit("month", 1),
        "العام": d.Unit("year", 1),
        "السنة": d.Unit("year", 1),
    },
    "numbers": {
        "واحد": 1,
        "اثنين": 2,
        "ثلاثة": 3,
        "ثلاث": 3,
        "أربعة": 4,
        "أربع": 4,
        "خمسة": 5,
        "خمس": 5,
        "ستة": 6,
        "ست": 6,
        "سبعة": 7,
        "سبع": 7,
        "ثمانية": 8,
        "ثماني": 8,
        "تسعة": 9,
        "تسع": 9,
        "عشرة": 10,
        "عشر": 10,
        "عشرين": 20,
        "ثلاثين": 30,
        "خمسين": 50,
    },
    "vague": dict.fromkeys(("بضعة", "بضع", "عدة"), True),
    "shifts": {
        **dict.fromkeys(("الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة"), -1),
        **dict.fromkeys(("المقبل", "المقبلة", "القادم", "القادمة"), 1),
        **dict.fromkeys(("الحالي", "الحالية", "الجاري", "الجارية", "هذا", "هذه"), 0),
    },
    "decades": {
        f"{prefix}{stem}{suffix}": 1900 + 10 * n
        for n, stem in enumerate(("عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"), 2)
        for prefix in ("", "ال")
        for suffix in ("ينيات", "ينات")
    },
    "ordinals": _ordinals(),
    # The century a decade word belongs to ("ستينات القرن التاسع عشر" are the 1860s).
    "centuries": {
        "الثامن عشر": 1700,
        "التاسع عشر": 1800,
        "العشرين": 1900,
        "الماضي": 1900,
        "المنصرم": 1900,
    },
    "eras": {"هـ": d.HIJRI, "ه": d.HIJRI, "هجري": d.HIJRI, "هجرية": d.HIJRI, "م": d.GREGORIAN},
}

# Counted things after a number: "في 2000 منزل" is no year.
EXCLUDE = (
    r"(?!\s*(?:%|٪))(?!\s+(?:شخص|أشخاص|قتيل|جريح|دولار|يورو|ليرة|ريال|جنيه|دينار|درهم"
    r"|كيلومتر|كلم|متر|طن|منزل|عائلة|أسرة|طالب|عامل|جندي|مقاتل|لاجئ|مواطن|نسمة|صاروخ)(?!\w))"
)
# What may follow a year named by its noun ("احتجاجات 2011 في"), and the words after which
# a number counts ("نحو 2000", "عدد 2011"): see d.noun_year_rule.
_YEAR_PARTICLES = "في|من|على|إلى|الى|ضد|عن|التي|الذي|اللذين|حين|عندما|بعد|قبل|حتى|مع|ثم|أو"
_NOT_A_YEAR_NOUN = (
    "نحو|حوالي|حوالى|قرابة|أكثر|أقل|زهاء|عدد|بلغ|بلغت|يبلغ|تبلغ|رقم|مجموع|إجمالي|من|في|إلى"
    "|الى|على|عن|مع|و|أو|عام|العام|سنة|السنة|منذ|حتى|قبل|بعد|خلال|بحلول|بين"
).split("|")
_P = r"(?<!\w)(?:[وف]?[بل]?)"  # proclitics before a word, kept out of the span
# Numbers too take a proclitic ("و2006"): not after {0}, unless that is a lone proclitic.
_AFTER_PROCLITIC = "(?:(?<!{0})|(?<=(?<!\\w)[وفبل]))"


def grammar() -> d.Grammar:
    lex = d.Lexicon(d.fold_arabic, d.arabic_tokens, TABLES)
    month = lex.alt("months")
    month_alone = lex.alt("months", exclude=_AMBIGUOUS_MONTHS)
    named = d.alternation([m for m in _AMBIGUOUS_MONTHS if m != "صفر"], d.arabic_tokens)
    paired = rf"(?:\s*[/(]\s*{month}\s*\)?)?"  # "كانون الثاني/يناير", "آذار (مارس)"
    weekday = lex.alt("weekdays")
    daywords = lex.alt("daywords", exclude=["اليوم"])
    shift = lex.alt("shifts")
    era = lex.alt("eras")
    mod = d.alternation(_MODIFIERS, d.arabic_tokens)
    year_word = r"(?:ال)?(?:عام|سنة)"
    year = rf"(?P<year>{d.Y4})(?:\s*(?P<era>{era})\u0640*(?!\w))?"
    rules = (
        # "7 يناير 2025", "يوم الثلاثاء 7 كانون الثاني/يناير 2025", "السابع من يناير",
        # "15 مارس (آذار) الماضي"
        d.rule(
            rf"{_P}(?P<span>(?:(?:يوم\s+)?(?P<wd>{weekday})[،,]?\s+)?(?:(?P<day>{d.D2})"
            rf"|(?P<day_2>{lex.alt('ordinals')})\s+من)\s+(?:شهر\s+)?(?P<month>{month}){paired}"
            rf"(?:\s*[،,]?\s+(?:من\s+)?(?:{year_word}\s+)?{year}|\s+(?P<shift>{shift}))?)(?!\w)",
            d.calendar_fields,
            needs="month",
        ),
        # "مارس 2019", "أوائل مارس الماضي", "في مارس", "شهر آذار", "مارس من العام الماضي"
        d.rule(
            rf"{_P}(?:(?P<cue>في|منذ|خلال|حتى|بحلول|قبل|بعد|مع)\s+)?(?P<span>(?:(?P<mod>{mod})"
            rf"\s+)?(?:(?P<cue_2>شهر)\s+)?(?P<month>{month_alone}){paired}(?:\s+(?:من\s+)?"
            rf"(?:{year_word}\s+)?{year}|\s+(?P<shift>{shift})(?:\s+(?:من\s+)?{year_word}\s+"
            rf"(?P<yshift>{shift}))?|\s+(?:من\s+)?{year_word}\s+(?P<yshift_2>{shift})"
            rf"|\s+(?:من\s+)?(?P<yshift_3>هذا)\s+{year_word})?)(?!\w)",
            d.calendar_fields,
            needs_cue=True,
            needs="month",
        ),
        # "رمضان الماضي", "أواخر رمضان", "شهر رجب": months that are also names or words
        d.rule(
            rf"{_P}(?P<span>(?:(?P<mod>{mod})\s+)?(?:(?P<cue>شهر)\s+)?(?P<month>{named})"
            rf"(?:\s+(?:{year_word}\s+)?{year}|\s+(?P<shift>{shift}))?)(?!\w)",
            d.calendar_fields,
            needs_cue=True,
            needs="month",
        ),
        # "عام 2015", "منتصف العام 2015", "عام 1446 هـ"
        d.rule(
            rf"{_P}(?P<span>(?:(?P<mod>{mod})\s+)?{year_word}\s+{year})(?!\w)",
            d.calendar_fields,
            min_year=1000,
            needs="digits",
        ),
        # "2015م", "1446هـ": an era mark makes a number a year
        d.rule(rf"{_P}(?P<span>{year})(?<!{d.DIGIT})", d.calendar_fields, needs="digits"),
        # "في 2015", "منذ 2015", "أواخر 2019"
        d.rule(
            rf"{_P}(?:(?P<cue>في|منذ|حتى|بحلول|خلال|قبل|بعد)\s+)?(?P<span>(?:(?P<mod>{mod})\s+)?"
            rf"(?P<year>{d.Y4}))(?!\w|[-–/]{d.DIGIT}){EXCLUDE}",
            d.calendar_fields,
            needs_cue=True,
            needs="digits",
        ),
        # "احتجاجات 2011 في المدينة", "ثورة 2011."
        d.noun_year_rule(r"[^\W\d_]+", _YEAR_PARTICLES, _NOT_A_YEAR_NOUN),
        # "بين عامي 2003 و2006", "من 2003 إلى 2006", "من عام 2003 حتى 2006"
        d.rule(
            rf"{_P}(?P<span>بين\s+(?:(?:ال)?(?:عامي|عامين|سنتي|عام|سنة)\s+)?(?P<start>{d.Y4})\s+"
            rf"(?:و|حتى|إلى)\s*(?:{year_word}\s+)?(?P<stop>{d.Y4})|من\s+(?:{year_word}\s+)?(?P<start_2>{d.Y4})"
            rf"\s+(?:إلى|الى|حتى|لغاية|وحتى|ولغاية)\s+(?:{year_word}\s+)?(?P<stop_2>{d.Y4}))"
            rf"(?!\w){EXCLUDE}",
            d.range_fields,
            needs="digits",
        ),
        d.dash_range_rule(EXCLUDE, _AFTER_PROCLITIC.format(r"[\w.,/\-–—]")),
        # "التسعينيات", "تسعينيات القرن الماضي", "أواخر الثمانينات", "ستينات القرن التاسع عشر"
        d.rule(
            rf"{_P}(?P<span>(?:(?P<mod>{mod})\s+)?(?:عقد\s+)?(?P<decade>{lex.alt('decades')})"
            rf"(?:\s+(?:من\s+)?القرن\s+(?P<century>{lex.alt('centuries')}))?)(?!\w)",
            d.decade_fields,
            needs="decade",
        ),
        # "الثلاثاء", "يوم الثلاثاء الماضي", "الثلاثاء المقبل", "الثلاثاء من الأسبوع الماضي";
        # not "كلا الاثنين" (both), "إمام الجمعة" (the Friday prayer leader), "الأحد عشر" (11)
        d.rule(
            rf"(?<!كلا )(?<!إمام )(?<!خطيب ){_P}(?P<span>(?:يوم\s+)?(?P<wd>{weekday})"
            rf"(?:\s+(?P<shift>{shift}))?"
            rf"(?:\s+(?:من\s+)?الأسبوع\s+(?P<wshift>{shift}))?)(?!\w)(?!\s+عشر)",
            d.weekday_fields,
            needs="weekday",
        ),
        d.rule(
            rf"{_P}(?P<span>(?:يوم\s+)?(?P<dayword>{daywords}))(?!\w)",
            d.dayword_fields,
            needs="dayword",
        ),
        # "اليوم" is "today" unless it is "the day" of something ("اليوم الأول", "ذلك اليوم") or
        # "a day" ("ثلاث مرات في اليوم")
        d.rule(
            rf"(?<!ذلك )(?<!هذا )(?<!ذات )(?<!في ){_P}(?P<span>(?P<dayword>اليوم))(?!\w)"
            rf"(?!\s+(?:ال|نفس|ذات|ذاته|نفسه|من\s))",
            d.dayword_fields,
            needs="dayword",
        ),
        # "الأسبوع الماضي", "الشهر الماضي", "نهاية العام الماضي", "هذا الشهر", "السنة الماضية"
        d.rule(
            rf"{_P}(?P<span>(?:(?P<mod>{mod})\s+)?(?P<unit>{lex.alt('unit_names')})\s+"
            rf"(?P<shift>{shift}))(?!\w)",
            d.unit_fields,
            needs="unit",
        ),
        d.rule(
            rf"{_P}(?P<span>(?:(?P<mod>{mod})\s+)?(?P<shift>هذا|هذه)\s+"
            rf"(?P<unit>{lex.alt('unit_names')}))(?!\w)",
            d.unit_fields,
            needs="unit",
        ),
        # "قبل يومين", "قبل ثلاثة أيام", "قبل نحو عامين", "قبل 20 عاماً"; not "قبل يوم من ..."
        d.rule(
            rf"{_P}(?P<span>قبل\s+(?:(?:نحو|حوالي|قرابة|زهاء|أكثر\s+من)\s+)?(?:(?P<count>"
            rf"{lex.alt('numbers', 'vague')}|{d.DIGIT}{{1,3}})\s+)?(?P<unit>{lex.alt('units')}))"
            rf"(?!\w)(?!\s+(?:من|على)(?!\w))",
            d.ago_fields,
            needs="unit",
        ),
        d.numeric_rule(_AFTER_PROCLITIC.format(r"[\w./:\-]")),
    )
    return d.Grammar(
        language="ar",
        lexicon=lex,
        rules=rules,
        trigger=d.trigger(lex),
        lower_case=False,
        numeric_calendar=d.HIJRI,  # "1446/09/15": no Gregorian year 14xx in news
        week_start=5,
    )


def offsets(count_unit: str, anchor: str) -> tuple[tuple[str, int], ...]:
    """Arabic date offsets ("بعد يومين من اعتقاله"): see ``Pack.date_offsets``."""
    found = [
        (
            rf"(?<![^\s\W])(?:[وف])?(?P<span>(?P<dir>بعد|قبل)\s+(?:(?:نحو|حوالي|قرابة)\s+)?"
            rf"{count_unit}\s+(?:من|على)\s+{anchor})",
            0,
        ),
        (rf"(?<![^\s\W])(?:[وف])?(?P<span>(?P<one>غداة|عشية)\s+{anchor})", 0),
    ]
    return tuple(found)
