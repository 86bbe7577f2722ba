"""Date expressions in sentences: spans, values and precision, per language.

All sentences are invented. Unless a case says otherwise the article was published on
Thursday 2025-06-12.
"""

from __future__ import annotations

import itertools

import pytest

from newstrace.dates import DateMention, find_dates

PUB = "2025-06-12"  # a Thursday


def found(text: str, language: str | None, published: str | None = PUB) -> list[tuple]:
    return [(m.text, m.value, m.end_value) for m in find_dates(text, language, published)]


def one(text: str, value: str | None, end: str | None = None) -> list[tuple]:
    return [(text, value, end)]


ENGLISH = [
    ("The council met on Tuesday.", one("Tuesday", "2025-06-10")),
    ("On Thursday the mayor resigned.", one("Thursday", "2025-06-12")),
    ("Last Tuesday the port reopened.", one("Last Tuesday", "2025-06-10")),
    ("Last Thursday the port reopened.", one("Last Thursday", "2025-06-05")),
    ("The vote is next Tuesday.", one("next Tuesday", "2025-06-17")),
    ("It happened on Tuesday of last week.", one("Tuesday of last week", "2025-06-03")),
    ("On Jan. 7 the court ruled.", one("Jan. 7", "2025-01-07")),
    ("January 7, 2025 was cold.", one("January 7, 2025", "2025-01-07")),
    ("By 7 January the snow had gone.", one("7 January", "2025-01-07")),
    ("December 7 was a Saturday.", one("December 7", "2024-12-07")),
    ("Tuesday, June 10, 2025, was hot.", one("Tuesday, June 10, 2025", "2025-06-10")),
    ("the 7th of January", one("the 7th of January", "2025-01-07")),
    ("Prices rose last month.", one("last month", "2025-05")),
    ("Last week the talks failed.", one("Last week", "2025-06")),
    ("Yesterday he spoke.", one("Yesterday", "2025-06-11")),
    ("He was born in 1998.", one("1998", "1998")),
    ("It ran from 2003 to 2006.", one("from 2003 to 2006", "2003", "2006")),
    ("It ran between 2003 and 2006.", one("between 2003 and 2006", "2003", "2006")),
    ("The 2003-2006 drought.", one("2003-2006", "2003", "2006")),
    ("The 1998/99 season.", one("1998/99", "1998", "1999")),
    ("In March 2019 they left.", one("March 2019", "2019-03")),
    ("Trade boomed in the 1990s.", one("the 1990s", "1990", "1999")),
    ("Trade boomed in the nineties.", one("the nineties", "1990", "1999")),
    ("Two days ago a storm hit.", one("Two days ago", "2025-06-10")),
    ("A year ago the plant closed.", one("A year ago", "2024")),
    ("Three weeks ago it began.", one("Three weeks ago", "2025-05")),
    ("Several days ago it began.", one("Several days ago", None)),
    ("In early March the dam broke.", one("early March", "2025-03")),
    ("It broke in mid-March.", one("mid-March", "2025-03")),
    ("It broke late last March.", one("late last March", "2025-03")),
    ("It broke in March last year.", one("March last year", "2024-03")),
    ("Elections are due in September.", one("September", "2025-09")),
    ("By the end of last year it was over.", one("the end of last year", "2024")),
    ("Sales fell earlier this month.", one("earlier this month", "2025-06")),
    ("The summer of 1998 was dry.", one("The summer of 1998", "1998")),
    ("It was founded in the year 1453.", one("the year 1453", "1453")),
    ("Growth slowed in early 2025.", one("early 2025", "2025")),
    ("Filed on 2025-06-03 in court.", one("2025-06-03", "2025-06-03")),
    ("Filed on 13/06/2025 in court.", one("13/06/2025", "2025-06-13")),
    # D/M or M/D? English writers use both: only the year is certain.
    ("Filed on 06/07/2025 in court.", one("06/07/2025", "2025")),
]

ARABIC = [
    ("قال الوزير الثلاثاء إن المحادثات فشلت.", one("الثلاثاء", "2025-06-10")),
    ("قال الوزير يوم الثلاثاء إن المحادثات فشلت.", one("يوم الثلاثاء", "2025-06-10")),
    ("اجتمع المجلس الثلاثاء الماضي.", one("الثلاثاء الماضي", "2025-06-10")),
    ("يجتمع المجلس الثلاثاء المقبل.", one("الثلاثاء المقبل", "2025-06-17")),
    ("وصل الوفد أمس إلى العاصمة.", one("أمس", "2025-06-11")),
    ("كان الأسبوع الماضي هادئا.", one("الأسبوع الماضي", "2025-06")),
    ("ارتفعت الأسعار الشهر الماضي.", one("الشهر الماضي", "2025-05")),
    ("بدأت الأزمة في أوائل مارس الماضي.", one("أوائل مارس الماضي", "2025-03")),
    ("بدأت الأزمة منتصف آذار الماضي.", one("منتصف آذار الماضي", "2025-03")),
    ("تأسست الشركة عام 2015.", one("عام 2015", "2015")),
    ("وقع الاتفاق في 7 يناير.", one("7 يناير", "2025-01-07")),
    ("وقع الاتفاق في 7 كانون الثاني 2025.", one("7 كانون الثاني 2025", "2025-01-07")),
    ("وقع الاتفاق في ٧ كانون الثاني/يناير ٢٠٢٥.", one("٧ كانون الثاني/يناير ٢٠٢٥", "2025-01-07")),
    ("وقع الاتفاق في السابع من يناير.", one("السابع من يناير", "2025-01-07")),
    ("عمل هناك بين عامي 2003 و2006.", one("بين عامي 2003 و2006", "2003", "2006")),
    ("عمل هناك من 2003 إلى 2006.", one("من 2003 إلى 2006", "2003", "2006")),
    ("ازدهرت في تسعينيات القرن الماضي.", one("تسعينيات القرن الماضي", "1990", "1999")),
    ("غادر قبل يومين.", one("قبل يومين", "2025-06-10")),
    ("غادر قبل ثلاثة أيام.", one("قبل ثلاثة أيام", "2025-06-09")),
    ("غادر قبل 20 عاماً.", one("قبل 20 عاماً", "2005")),
    ("أعلنت الوزارة اليوم نتائج التحقيق.", one("اليوم", "2025-06-12")),
    ("انتهى ذلك نهاية العام الماضي.", one("نهاية العام الماضي", "2024")),
    ("وصل الحجاج في رمضان الماضي.", one("رمضان الماضي", "2025-03")),
    ("صدر القرار في 15 رمضان 1446 هـ.", one("15 رمضان 1446 هـ", "2025-03-15")),
    ("صدر القرار عام 1446 هـ.", one("عام 1446 هـ", "2024")),
    ("صدر القرار في 1446/09/15.", one("1446/09/15", "2025-03-15")),
    ("وصل الوفد والثلاثاء غادر.", one("الثلاثاء", "2025-06-10")),  # proclitic و outside
    ("قتل يوم 15 مارس (آذار) الماضي.", one("15 مارس (آذار) الماضي", "2025-03-15")),
    ("انشغلت بها في ستينات القرن التاسع عشر.", one("ستينات القرن التاسع عشر", "1860", "1869")),
    ("حكم بين سنة 1990 حتى 2005.", one("بين سنة 1990 حتى 2005", "1990", "2005")),
]

PERSIAN = [
    ("هفته گذشته وزیر استعفا داد.", one("هفته گذشته", "2025-06")),
    ("روز سه‌شنبه جلسه برگزار شد.", one("روز سه‌شنبه", "2025-06-10")),
    ("سه شنبه جلسه برگزار شد.", one("سه شنبه", "2025-06-10")),
    ("دیروز جلسه برگزار شد.", one("دیروز", "2025-06-11")),
    ("این طرح در سال ۱۳۹۸ آغاز شد.", one("سال ۱۳۹۸", "2019")),
    ("این طرح در سال ۹۸ آغاز شد.", one("سال ۹۸", "2019")),
    ("قرارداد در ۱۵ خرداد ۱۴۰۴ امضا شد.", one("۱۵ خرداد ۱۴۰۴", "2025-06-05")),
    ("قرارداد در خرداد ۱۴۰۴ امضا شد.", one("خرداد ۱۴۰۴", "2025-06")),
    ("قیمت‌ها ماه گذشته بالا رفت.", one("ماه گذشته", "2025-05")),
    ("دو روز پیش زلزله آمد.", one("دو روز پیش", "2025-06-10")),
    ("سه‌شنبه هفته گذشته زلزله آمد.", one("سه‌شنبه هفته گذشته", "2025-06-03")),
    ("امسال باران کم بود.", one("امسال", "2025")),
    ("او از ۱۳۹۸ تا ۱۴۰۰ آنجا بود.", one("از ۱۳۹۸ تا ۱۴۰۰", "2019", "2021")),
    ("در دهه ۱۹۹۰ میلادی رشد کرد.", one("دهه ۱۹۹۰ میلادی", "1990", "1999")),
    ("در ۵ ژوئن ۲۰۲۵ امضا شد.", one("۵ ژوئن ۲۰۲۵", "2025-06-05")),
    ("گزارش در ۱۴۰۴/۰۳/۲۲ منتشر شد.", one("۱۴۰۴/۰۳/۲۲", "2025-06-12")),
]

GERMAN = [
    ("Am Dienstag trat er zurück.", one("Dienstag", "2025-06-10")),
    ("Am 3. Juni trat er zurück.", one("3. Juni", "2025-06-03")),
    ("Am 3. Juni 2025 trat er zurück.", one("3. Juni 2025", "2025-06-03")),
    ("Letzte Woche trat er zurück.", one("Letzte Woche", "2025-06")),
    ("Im Jahr 2015 trat er zurück.", one("Jahr 2015", "2015")),
    ("Im vergangenen Jahr trat er zurück.", one("vergangenen Jahr", "2024")),
    ("Vor zwei Tagen trat er zurück.", one("Vor zwei Tagen", "2025-06-10")),
    ("Er war von 2003 bis 2006 im Amt.", one("von 2003 bis 2006", "2003", "2006")),
    ("Anfang März trat er zurück.", one("Anfang März", "2025-03")),
    ("Am Dienstagabend trat er zurück.", one("Dienstagabend", "2025-06-10")),
    ("Das war in den 1990er Jahren.", one("1990er Jahren", "1990", "1999")),
    ("Gestern trat er zurück.", one("Gestern", "2025-06-11")),
    ("Am 03.06.2025 trat er zurück.", one("03.06.2025", "2025-06-03")),
]

SPANISH = [
    ("El martes dimitió el ministro.", one("El martes", "2025-06-10")),
    ("El 3 de junio dimitió el ministro.", one("El 3 de junio", "2025-06-03")),
    ("La semana pasada dimitió el ministro.", one("La semana pasada", "2025-06")),
    ("El mes pasado subieron los precios.", one("El mes pasado", "2025-05")),
    ("Hace dos días dimitió el ministro.", one("Hace dos días", "2025-06-10")),
    ("Gobernó de 2003 a 2006.", one("de 2003 a 2006", "2003", "2006")),
    ("Gobernó en 2015.", one("2015", "2015")),
    ("A finales de junio de 2024 dimitió.", one("finales de junio de 2024", "2024-06")),
    ("El martes pasado dimitió.", one("El martes pasado", "2025-06-10")),
    ("Fue en los años 90.", one("los años 90", "1990", "1999")),
    ("Dimitió el pasado 3 de junio.", one("el pasado 3 de junio", "2025-06-03")),
]

FRENCH = [
    ("Mardi, le ministre a démissionné.", one("Mardi", "2025-06-10")),
    ("Le 3 juin, le ministre a démissionné.", one("Le 3 juin", "2025-06-03")),
    ("La semaine dernière, il a démissionné.", one("La semaine dernière", "2025-06")),
    ("L'an dernier, il a démissionné.", one("L'an dernier", "2024")),
    ("Il y a deux jours, il a démissionné.", one("Il y a deux jours", "2025-06-10")),
    ("Il a gouverné de 2003 à 2006.", one("de 2003 à 2006", "2003", "2006")),
    ("Il a démissionné mardi dernier.", one("mardi dernier", "2025-06-10")),
    ("Il a démissionné le 1er mai 2025.", one("le 1er mai 2025", "2025-05-01")),
    ("Il a démissionné fin mars dernier.", one("fin mars dernier", "2025-03")),
    ("Il a démissionné le 3 juin dernier.", one("le 3 juin dernier", "2025-06-03")),
    ("Il a démissionné le 13 juin dernier.", one("le 13 juin dernier", "2024-06-13")),
    ("C'était dans les années 1990.", one("les années 1990", "1990", "1999")),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english(text: str, expected: list[tuple]) -> None:
    assert found(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), ARABIC)
def test_arabic(text: str, expected: list[tuple]) -> None:
    assert found(text, "ar") == expected


@pytest.mark.parametrize(("text", "expected"), PERSIAN)
def test_persian(text: str, expected: list[tuple]) -> None:
    assert found(text, "fa") == expected


@pytest.mark.parametrize(("text", "expected"), GERMAN)
def test_german(text: str, expected: list[tuple]) -> None:
    assert found(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), SPANISH)
def test_spanish(text: str, expected: list[tuple]) -> None:
    assert found(text, "es") == expected


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_french(text: str, expected: list[tuple]) -> None:
    assert found(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("It is a 2 min read.", "en"),
        ("The meeting starts at 10:30.", "en"),
        ("Some 140 million people voted.", "en"),
        ("About 2,000 people marched.", "en"),
        ("He served for three years.", "en"),
        ("She was 45 years old.", "en"),
        ("See page 2019 of the report.", "en"),
        ("Call 555-1234 or +1 202 555 0143.", "en"),
        ("The 7th was chosen.", "en"),
        ("In 2000 homes there was no power.", "en"),
        ("The score was 2019 to 1998.", "en"),
        ("Theresa May said she may go.", "en"),
        ("Super Tuesday and Good Friday.", "en"),
        ("Over the last year prices rose.", "en"),
        ("The market was closed on a Saturday.", "en"),
        ("The Sunday Times reported it.", "en"),
        ("يعيش هنا منذ عامين.", "ar"),
        ("قتل 2000 شخص في الهجوم.", "ar"),
        ("مارس الضغط على الحكومة.", "ar"),
        ("قال رمضان إن الاتفاق صامد.", "ar"),
        ("وصلوا قبل يوم من الانتخابات.", "ar"),
        ("في اليوم الأول من المؤتمر.", "ar"),
        ("فاز الفريق الأحد عشر مرة.", "ar"),
        ("تفتح الأبواب ثلاث مرات في اليوم.", "ar"),
        ("قال إمام الجمعة إن الصبر واجب.", "ar"),
        ("۲۰۰۰ نفر در تجمع بودند.", "fa"),
        ("ساعت ۱۰:۳۰ شروع شد.", "fa"),
        ("سه‌شنبه‌ها بازار است.", "fa"),
        ("او تیر خورد.", "fa"),
        ("در ده سال گذشته تلاش کردند.", "fa"),  # the past ten years: a span of time
        ("در چند هفته آینده اقدامی نمی‌شود.", "fa"),
        ("امام جمعه تهران سخنرانی کرد.", "fa"),
        ("Er lebt seit zwei Jahren hier.", "de"),
        ("In den letzten Jahren stiegen die Preise.", "de"),
        ("Dienstags ist Markt.", "de"),
        ("Los martes hay mercado.", "es"),
        ("Hace dos años que vivo aquí.", "es"),
        ("Hoy en día todo es caro.", "es"),
        ("La sonde a atterri sur Mars.", "fr"),
        ("Il y a deux ans qu'il vit ici.", "fr"),
        ("Les mardis, il y a marché.", "fr"),
    ],
)
def test_never_a_date(text: str, language: str) -> None:
    assert find_dates(text, language, PUB) == []


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # "Jan. 7" close ahead of publication is this January, not last year's.
        ("On Jan. 7 the court rules.", "en", "2025-01-03", one("Jan. 7", "2025-01-07")),
        ("On Jan. 7 the court ruled.", "en", "2025-06-12", one("Jan. 7", "2025-01-07")),
        # "last March" published in March is the previous year's.
        ("It began last March.", "en", "2025-03-20", one("last March", "2024-03")),
        # A week is the month of its Thursday: last week of 2 June 2025 is 26 May - 1 June.
        ("Last week it rained.", "en", "2025-06-02", one("Last week", "2025-05")),
        # Persian "last month" steps in the Persian calendar: 4 Tir 1404 → Khordad → June.
        ("ماه گذشته باران آمد.", "fa", "2025-06-25", one("ماه گذشته", "2025-06")),
        # Persian "last year" on 12 Bahman 1403 (2025-02-01) is 1402, which began in 2023.
        ("پارسال باران آمد.", "fa", "2025-02-01", one("پارسال", "2023")),
    ],
)
def test_resolution_against_publication(
    text: str, language: str, published: str, expected: list[tuple]
) -> None:
    assert found(text, language, published) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("۱ فروردین ۱۴۰۴", "2025-03-21"),  # Nowruz after the equinox of 2025-03-20 at noon
        ("۱ فروردین ۱۴۰۳", "2024-03-20"),
        ("۳۰ اسفند ۱۴۰۳", "2025-03-20"),  # 1403 is a leap year: Esfand has 30 days
        ("۳۰ اسفند ۱۴۰۴", None),  # ... 1404 is not
        ("۱۵ خرداد ۱۴۰۴", "2025-06-05"),
        ("۱ دی ۱۳۹۸", "2019-12-22"),
        ("۳۱ شهریور ۱۴۰۰", "2021-09-22"),
    ],
)
def test_persian_calendar_conversion(text: str, value: str | None) -> None:
    assert found(text, "fa", None) == one(text, value)


def test_relative_without_publication_date_is_found_unresolved() -> None:
    mentions = find_dates("On Tuesday, two days ago, in 1998.", "en", None)
    assert [(m.text, m.value, m.relative) for m in mentions] == [
        ("Tuesday", None, True),
        ("two days ago", None, True),
        ("1998", "1998", False),
    ]


def test_relative_flag() -> None:
    mentions = find_dates("Last month, on 7 January 2025, the 1990s.", "en", PUB)
    assert [m.relative for m in mentions] == [True, False, False]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On Tuesday, Jan. 7, and last week — between 2003 and 2006, the 1990s — it rained.", "en"),
        ("قال يوم الثلاثاء، 7 كانون الثاني 2025، إن الأسبوع الماضي شهد بين عامي 2003 و2006.", "ar"),
        ("روز سه‌شنبه ۱۵ خرداد ۱۴۰۴ و هفته گذشته و سال ۱۳۹۸ و دو روز پیش.", "fa"),
        ("Am Dienstag, dem 3. Juni 2025, und letzte Woche, von 2003 bis 2006.", "de"),
    ],
)
def test_offsets_slice_the_text(text: str, language: str) -> None:
    mentions = find_dates(text, language, PUB)
    assert len(mentions) >= 3
    for mention in mentions:
        assert isinstance(mention, DateMention)
        assert text[mention.start : mention.end] == mention.text
    for before, after in itertools.pairwise(mentions):
        assert before.end <= after.start


def test_arabic_indic_digits() -> None:
    assert found("تأسست عام ٢٠١٥.", "ar") == one("عام ٢٠١٥", "2015")
    assert found("في ٧ يناير", "ar") == one("٧ يناير", "2025-01-07")


def test_other_languages_get_numeric_dates_and_month_names() -> None:
    assert found("Il vertice del 12/06/2025.", "it") == one("12/06/2025", "2025-06-12")
    assert found("Firmato il 7 gennaio 2025 a Roma.", "it") == one("7 gennaio 2025", "2025-01-07")
    assert found("Il governo ha 140 milioni.", "it") == []
    assert found("Signed 2025-06-03, valid 2003-2006.", None) == [
        ("2025-06-03", "2025-06-03", None),
        ("2003-2006", "2003", "2006"),
    ]


def test_language_codes_with_regions() -> None:
    assert found("On Tuesday.", "en-GB") == one("Tuesday", "2025-06-10")
    assert found("يوم الثلاثاء", "AR") == one("يوم الثلاثاء", "2025-06-10")


def test_text_without_any_cue_is_empty() -> None:
    assert find_dates("", "en", PUB) == []
    assert find_dates("The minister spoke about the budget at length.", "en", PUB) == []
    assert find_dates("Une phrase sans rien de particulier.", "fr", PUB) == []
