"""Persian event triggers.

Most Persian event verbs are an event noun and a light verb ("استعفا داد" resigned,
"بازداشت شد" was arrested, "دیدار کرد" met): the nouns are listed here and the light verb that
follows one decides voice, negation and tense (:attr:`EventLexicon.light_verbs`). Without a
light verb the noun is an event noun ("استعفای حداد"). Written with or without ZWNJ alike.
"""

from __future__ import annotations

from newstrace.lang.schema import EventLexicon

_ACTIVE: tuple[str, ...] = (
    "کرد",
    "کردند",
    "کرده",
    "کرده‌اند",
    "کرده‌است",
    "داد",
    "دادند",
    "داده",
    "داده‌اند",
    "نمود",
    "نمودند",
    "زد",
    "زدند",
    "رساند",
    "رساندند",
    "گرفت",
    "گرفتند",
)
# Past imperfective: what was going on ("تجمع می‌کردند": they were rallying).
_ACTIVE += ("می‌کرد", "می‌کردند", "می‌داد", "می‌دادند")
_PASSIVE = ("شد", "شدند", "شده", "شده‌اند", "گردید", "گردیدند", "می‌شد", "می‌شدند")
# Present imperfective: planned or habitual ("دیدار می‌کند": meets, will meet), except after
# a progressive "دارد"/"دارند" ("دارند تجمع می‌کنند": they are rallying).
_PRESENT = ("می‌کند", "می‌کنند", "می‌دهد", "می‌دهند", "می‌نماید", "می‌نمایند")
_PRESENT_PASSIVE = ("می‌شود", "می‌شوند")
_NEGATED = ("نکرد", "نکردند", "نکرده", "نداد", "ندادند", "نداده", "ننمود", "نزد", "نزدند")
_NEGATED_PASSIVE = ("نشد", "نشدند", "نشده")
# Subjunctive, present and future forms: wished, planned or ongoing, not told as done.
_HYPOTHETICAL = (
    "کند",
    "کنند",
    "دهد",
    "دهند",
    "شود",
    "شوند",
    "بکند",
    "بدهد",
    "نکند",
    "ندهد",
    "نشود",
    "نمی‌کند",
    "نمی‌کنند",
    "نمی‌دهد",
    "نمی‌دهند",
    "نمی‌شود",
    "نمی‌شوند",
    "خواهد",
    "خواهند",
    "کردن",
    "دادن",
    "شدن",
)


def _voices() -> dict[str, str]:
    table: dict[str, str] = {}
    for voice, listed in (
        ("active", _ACTIVE),
        ("passive", _PASSIVE),
        ("negated", _NEGATED),
        ("negated_passive", _NEGATED_PASSIVE),
        ("hypothetical", _HYPOTHETICAL),
        ("present", _PRESENT),
        ("present_passive", _PRESENT_PASSIVE),
    ):
        table.update(dict.fromkeys(listed, voice))
    return table


LEXICON = EventLexicon(
    language="fa",
    verbs={
        # "اتهامات را رد کرد": rejected the accusations ("رد" alone is also a trace).
        "deny": ("را رد کرد", "را رد کردند", "را رد کرده", "را رد کرده‌اند"),
        "flee": ("گریخت", "گریختند", "گریخته"),
        "kill": ("کشت", "کشتند"),
    },
    nouns={
        "defect": ("پناهنده", "پناهندگی", "درخواست پناهندگی"),
        "resign": ("استعفا", "استعفای", "استعفایش", "کناره‌گیری"),
        "flee": ("فرار",),
        "protest": (
            "تظاهرات",
            "تجمع",
            "تجمعات",
            "راهپیمایی",
            "تحصن",
            "اعتراضات",
            "معترضان",
            "تظاهرکنندگان",
            "اعتصاب غذا",
        ),
        "strike": ("اعتصاب", "اعتصابات", "اعتصابی"),
        "arrest": ("بازداشت", "دستگیر", "بازداشت‌ها", "دستگیری"),
        "attack": ("حمله", "حملات", "بمباران", "یورش"),
        "kill": ("کشته", "ترور", "اعدام", "قتل"),
        "threaten": ("تهدید",),
        "sanction": ("تحریم", "تحریم‌ها", "تحریم‌های"),
        "meet": ("دیدار", "ملاقات"),
        "negotiate": ("مذاکره", "مذاکرات", "گفتگو", "گفت‌وگو"),
        "accuse": ("متهم", "اتهام"),
        "deny": ("تکذیب",),
        "appoint": ("منصوب", "انتصاب"),
        "dismiss": ("برکنار", "برکناری", "عزل"),
        "elect": ("انتخاب", "انتخابات"),
        "vote": ("رأی", "همه‌پرسی"),
        "agree": ("توافق", "توافق‌نامه", "آتش‌بس"),
        "sign": ("امضا",),
    },
    passives={
        "sign": ("به امضا رسید", "به امضا رسیدند"),
        "kill": ("به قتل رسید", "به قتل رسیدند"),
    },
    blockers=("لغو تحریم‌ها", "رفع تحریم‌ها", "لغو تحریم", "رفع تحریم"),
    light_verbs=_voices(),
    negations=("نه", "هرگز", "هیچ"),
    modals=("باید", "ممکن", "احتمالا", "شاید", "قرار", "می‌خواهد", "می‌خواهند"),
    noun_modals=("خواستار", "تهدید", "احتمال", "درخواست", "خواهان"),
    modals_after=("احتمالی", "آینده", "قریب‌الوقوع"),
    conditionals=("اگر", "چنانچه", "درصورتی"),
    agents=("توسط",),
    boundaries=("که", "وقتی", "زمانی", "چون", "زیرا", "اما", "ولی", "تا", "درحالی"),
    relatives=("که",),
    coordinators=("و", "یا"),
    additives=("نیز", "همچنین"),  # "also met": a further happening of the kind told
    # Besides the pack's titles, the words of a compound title ("وزیر کشور", "وزیر امور
    # خارجه", "رئیس جمهور"): "… و وزیر کشور رضا نوری" joins a second name.
    role_nouns=("کشور", "امور", "خارجه", "دفاع", "جمهور", "رئیس‌جمهور", "مجلس"),
    prepositions=(
        "در",
        "از",
        "به",
        "برای",
        "تا",
        "بر",
        "درباره",
        "نزد",
        "بین",
        "میان",
        "پس",
        "پیش",
        "طی",
        "هنگام",
    ),
    target_preps=("علیه",),
    with_words=("با",),
    object_markers=("را",),
    possessives=("خود", "خویش"),
    possessive_suffixes=("ش", "یش", "اش"),
    progressive=("دارد", "دارند", "داره", "دارن"),
    complementizers=("که",),
    report_nouns=("خبر", "خبرهای", "گزارش", "گزارش‌ها", "گزارش‌های", "شایعه", "شایعات", "ادعای"),
    pronouns=("او", "وی", "آنها", "آن‌ها"),
    contrasts=("اما", "ولی", "بلکه"),
    verb_final=True,
    imperfective_prefixes=("می", "نمی"),
    # The lead's predicate (events.extract.lead): the clause's last verb, with the noun or
    # participle before a light verb or an auxiliary ("از ریل خارج شد", "کشته شدند").
    auxiliaries=(
        "است",
        "اند",
        "بود",
        "بودند",
        "شد",
        "شدند",
        "شده",
        "گردید",
        "کرد",
        "کردند",
        "داد",
        "دادند",
    ),
    predicate_last=True,
    # A clause-final word is a verb only with a verb's ending (a past stem's "د"/"ت" and
    # its person endings, "است"); negated, subjunctive and future forms tell no happening.
    finite_endings=("د", "ت", "م", "یم", "ید", "ند"),
    not_predicates=(
        "نبود*",
        "نیست*",
        "ندار*",
        "نداشت*",
        "نکرد*",
        "نشد*",
        "نمی*",
        "نخواه*",
        "خواهد",
        "خواهند",
        "باشد",
        "باشند",
        "باشیم",
        "گردد",
        "گردند",
        "شود",
        "شوند",
    ),
)
