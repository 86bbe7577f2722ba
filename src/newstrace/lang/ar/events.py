"""Arabic event triggers (Modern Standard Arabic news prose).

Past-tense verbs are listed in their masculine, feminine and plural forms. Arabic news also
tells past and ongoing events in the imperfect ("يلتقي الرئيس نظيره", "تعتقل الشرطة"): those
forms are generated from the masculine past ones (:func:`imperfect_forms`) and dropped where a
future or subjunctive marker makes them a plan ("سوف", "سـ", "لن", "أن", "قد", "ليـ"), besides
the jussive after "لم" ("لم يستقل": did not resign). Proclitics (و، ف، ب، ال …) are stripped
by the matcher, so "واعتقلت" and "الاستقالة" need no entries of their own.
"""

from __future__ import annotations

from collections.abc import Mapping

from newstrace.lang.fold import fold
from newstrace.lang.schema import EventLexicon, Sense

# Form I hollow verbs: the imperfect vowel is not written in the past ("زار" -> "يزور").
_IRREGULAR_STEMS = {"زار": "زور"}
# Imperfects far more often something else than the event: "يضرب" beats, "يوقف" halts,
# "يستهدف" aims at (a project, an audience), "يعفي" exempts.
_NO_IMPERFECT = frozenset(("اضرب", "اوقف", "استهدف", "اعفي"))
# Generated forms that are mostly another word: "توقع" (expected).
_NOT_IMPERFECT = frozenset(("توقع",))


def _stem(past: str) -> str:
    """The imperfect stem of a folded masculine past form (the letters after "يـ")."""
    if past in _IRREGULAR_STEMS:
        return _IRREGULAR_STEMS[past]
    if not past.startswith("ا"):
        return past  # forms I, II, III, V, VI: قتل يقتل، هدد يهدد، هاجم يهاجم، تظاهر يتظاهر
    stem = past[1:]  # forms IV, VII, VIII, X: اعتقل يعتقل، اعدم يعدم، استقبل يستقبل
    hollow = (len(past) == 6 and past.startswith("است")) or len(past) == 4
    if hollow and stem[-2] == "ا":
        stem = stem[:-2] + "ي" + stem[-1]  # hollow IV and X: اقال يقيل، استقال يستقيل
    return stem


def imperfect_forms(past: str) -> tuple[str, ...]:
    """Third-person imperfect forms of a masculine past phrase ("التقى" -> "يلتقي",
    "تلتقي", "يلتقون", "يلتقوا"; "طلب اللجوء" -> "يطلب اللجوء" …)."""
    head, _, rest = past.partition(" ")  # the rest unfolded: "…" is a gap, not three dots
    head = fold(head)
    if head in _NO_IMPERFECT:
        return ()
    stem = _stem(head)
    plural = stem[:-1] if stem.endswith("ي") and len(stem) > 2 else stem  # يلتقي يلتقون
    words = ("ي" + stem, "ت" + stem, "ي" + plural + "ون", "ي" + plural + "وا")
    return tuple(f"{word} {rest}".strip() for word in words if word not in _NOT_IMPERFECT)


def _masculine(verbs: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The masculine singular past phrases of each type: not the plural ("-وا") nor the
    feminine ("-ت") of a listed form; a feminine alone stands for its verb ("صوتت")."""
    out: dict[str, tuple[str, ...]] = {}
    for type_id, listed in verbs.items():
        heads = {fold(p.partition(" ")[0]) for p in listed}
        chosen = []
        for phrase in listed:
            head, _, rest = phrase.partition(" ")
            head = fold(head)
            if head.endswith("وا"):
                continue
            if head.endswith("ت") and {head[:-1], head[:-1] + "ي"} & heads:
                continue
            head = head[:-1] if head.endswith("ت") else head
            chosen.append(f"{head} {rest}".strip())
        out[type_id] = tuple(dict.fromkeys(chosen))
    return out


def _imperfects(verbs: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    return {
        type_id: tuple(form for past in pasts for form in imperfect_forms(past))
        for type_id, pasts in _masculine(verbs).items()
    }


def _with_imperfect_senses(senses: dict[str, Sense]) -> dict[str, Sense]:
    """An ambiguous past form's sense holds for its imperfect forms too ("يعين" needs a post)."""
    out = dict(senses)
    for phrase, sense in senses.items():
        if phrase.partition(" ")[0].endswith(("ت", "وا")):
            continue  # a feminine or plural past: its masculine is listed too
        for form in imperfect_forms(phrase):
            out.setdefault(form, sense)
    return out


# An appointment needs a post: "عيّن" is also "eye" or "spring".
_POST = Sense(
    needs=(
        "منصب*",
        "رئيسا",
        "وزيرا",
        "مديرا",
        "سفيرا",
        "خلفا",
        "نائبا",
        "قائما",
        "متحدثا",
        "مبعوثا",
        "امينا",
        "محافظا",
        "قائدا",
    )
)
# "وقّع" is also "happened" or "fell".
_DOCUMENT = Sense(needs=("اتفاق*", "اتفاقيه", "مذكره", "معاهده", "عقد", "اعلان", "بروتوكول"))

_VERBS: dict[str, tuple[str, ...]] = {
    "defect": ("انشق", "انشقت", "انشقوا", "طلب اللجوء", "طلبت اللجوء", "طلبوا اللجوء"),
    "resign": ("استقال", "استقالت", "استقالوا"),
    "flee": (
        "فر",
        "فرت",
        "فروا",
        "هرب",
        "هربت",
        "هربوا",
        "نزح",
        "نزحوا",
        "عبروا الحدود",
        "عبر الحدود",
    ),
    "protest": ("تظاهر", "تظاهرت", "تظاهروا", "احتج", "احتجت", "احتجوا", "اعتصم", "اعتصموا"),
    "strike": ("اضرب", "اضربت", "اضربوا"),
    "arrest": (
        "اعتقل",
        "اعتقلت",
        "اعتقلوا",
        "اوقف",
        "اوقفت",
        "احتجز",
        "احتجزت",
        "القي القبض",
        "القت القبض",
        "القوا القبض",
    ),
    "attack": ("هاجم", "هاجمت", "هاجموا", "قصف", "قصفت", "استهدف", "استهدفت"),
    "kill": ("قتل", "قتلت", "قتلوا", "اغتال", "اغتالت", "اعدم", "اعدمت"),
    "threaten": ("هدد", "هددت", "هددوا"),
    "sanction": ("فرض … عقوبات", "فرضت … عقوبات", "فرضوا … عقوبات"),
    "meet": (
        "التقى",
        "التقت",
        "التقوا",
        "اجتمع",
        "اجتمعت",
        "اجتمعوا",
        "استقبل",
        "استقبلت",
        "زار",
        "زارت",
    ),
    "negotiate": ("تفاوض", "تفاوضت", "تفاوضوا"),
    "accuse": ("اتهم", "اتهمت", "اتهموا"),
    "deny": ("نفى", "نفت", "نفوا"),
    "appoint": ("عين", "عينت", "عينوا"),
    "dismiss": ("اقال", "اقالت", "عزل", "عزلت", "اعفى", "اعفت"),
    "elect": ("انتخب", "انتخبت", "انتخبوا"),
    "vote": ("صوتت", "صوتوا"),
    "agree": ("اتفق", "اتفقت", "اتفقوا"),
    "sign": ("وقع", "وقعت", "وقعوا"),
}

LEXICON = EventLexicon(
    language="ar",
    verbs=_VERBS,
    imperfect=_imperfects(_VERBS),
    nouns={
        "defect": ("انشقاق", "لجوء"),
        "resign": ("استقاله", "استقالته", "استقالتها", "استقالتهم", "استقالات"),
        "flee": ("فرار", "هروب", "نزوح"),
        "protest": (
            "مظاهره",
            "مظاهرات",
            "تظاهره",
            "تظاهرات",
            "احتجاج",
            "احتجاجات",
            "احتجاجيه",
            "اعتصام",
            "اضراب عن الطعام",
            "متظاهرون",
            "متظاهرين",
            "محتجون",
            "محتجين",
        ),
        "strike": ("اضراب", "اضرابا", "اضرابات"),
        "arrest": ("اعتقال", "اعتقالات", "احتجاز", "توقيف"),
        "attack": ("هجوم", "هجوما", "هجمات", "غاره", "غارات", "تفجير", "اعتداء"),
        "kill": ("مقتل", "اغتيال", "اعدام"),
        "threaten": ("تهديد", "تهديدات"),
        "sanction": ("عقوبات",),
        "meet": ("لقاء", "اجتماع", "اجتماعا", "زياره"),
        "negotiate": ("مفاوضات", "محادثات", "وساطه"),
        "accuse": ("اتهام", "اتهامات"),
        "deny": ("نفي",),
        "appoint": ("تعيين",),
        "dismiss": ("اقاله", "اعفاء"),
        "elect": ("انتخابات",),
        "vote": ("تصويت", "استفتاء"),
        "agree": ("اتفاق", "اتفاقا", "اتفاقيه", "هدنه", "وقف اطلاق النار"),
        "sign": ("توقيع",),
    },
    negated_only={
        "resign": ("يستقل", "تستقل"),
        "arrest": ("يعتقل", "تعتقل"),
        "attack": ("يهاجم", "تهاجم"),
        "meet": ("يلتق", "تلتق", "يجتمع", "تجتمع"),
        "agree": ("يتفق", "تتفق"),
    },
    blockers=("رفع العقوبات", "رفع عقوبات", "تخفيف العقوبات", "عبر عن"),
    senses=_with_imperfect_senses(
        {
            "عين": _POST,
            "عينت": _POST,
            "عينوا": _POST,
            "وقع": _DOCUMENT,
            "وقعت": _DOCUMENT,
            "وقعوا": _DOCUMENT,
            "قصف": Sense(unless=("جبهه",)),
            "عبر الحدود": Sense(needs=("فر*", "هرب*", "نزح*", "لاجي*", "لاجئ*")),
        }
    ),
    negations=("لم", "لا", "ليس", "دون"),
    # "أن يلتقي" (that he meet: planned, wished), "قد يستقيل" (may resign), "كي/لكي/حتى"
    # (so that, until); "قد" before a past form means "has" and stays real.
    imperfect_modals=("ان", "بان", "لان", "الا", "قد", "كي", "لكي", "حتى", "لكيلا", "لئلا"),
    imperfect_proclitics=("ل", "ول", "فل"),
    # Not "أن": folded it is also "إنّ" (that), and the subjunctive only takes present forms,
    # which are not listed anyway; not "قد": before a past verb it means "has".
    modals=("سوف", "لن", "يعتزم", "تعتزم", "ينوي", "تنوي", "يمكن"),
    noun_modals=(
        "طالب*",
        "يطالب*",
        "تطالب*",
        "مطالب*",
        "دعا",
        "دعت",
        "دعوا",
        "يدعو",
        "تدعو",
        "هدد*",
        "يهدد*",
        "تهدد*",
        "تلوح",
        "يلوح",
        "محتمل*",
        "تجنب",
        "لتجنب",
        "منع",
        "رفض",
        "رفضت",
        "رفضوا",
        "حين",
    ),
    modals_after=(
        "المقبل",
        "المقبله",
        "المرتقب",
        "المرتقبه",
        "المزمع",
        "المزمعه",
        "المحتمل",
        "المحتمله",
        "المقرر",
        "المقرره",
    ),
    conditionals=("اذا", "لو", "حال", "ريثما"),
    boundaries=(
        "بعد",
        "قبل",
        "عندما",
        "حين",
        "حينما",
        "لان",
        "الذي",
        "التي",
        "الذين",
        "اللذين",
        "اللتين",
        "فيما",
        "بينما",
        "حيث",
        "اثر",
        "ان",
        "انه",
        "انها",
        "بان",
        "كما",
        "اذ",
        "لكن",
        "حتى",
    ),
    relatives=("الذي", "التي", "الذين", "اللذين", "اللتين"),
    coordinators=("و", "او", "ثم"),
    additives=("أيضا", "أيضاً", "كذلك"),  # "also met": a further happening of the kind told
    # Support verbs before an event noun: "شن الجيش هجوما", "نظم المعلمون احتجاجا",
    # "عقد الوزيران اجتماعا".
    support_verbs=(
        "شن",
        "شنت",
        "شنوا",
        "نظم",
        "نظمت",
        "نظموا",
        "نفذ",
        "نفذت",
        "نفذوا",
        "عقد",
        "عقدت",
        "عقدوا",
        "أجرى",
        "أجرت",
        "أجروا",
    ),
    prepositions=(
        "في",
        "من",
        "الى",
        "على",
        "عن",
        "داخل",
        "خارج",
        "قرب",
        "امام",
        "لدى",
        "عند",
        "نحو",
        "حول",
        "بين",
        "منذ",
        "خلال",
        "وفق",
        "وفقا",
        "وسط",
        "تحت",
        "عقب",
    ),
    target_preps=("ضد", "على"),
    with_words=("مع",),
    complementizers=("ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم"),
    report_nouns=tuple(
        f"{article}{noun}"
        for article in ("", "ال")
        for noun in ("انباء", "تقارير", "تقرير", "شائعات", "ادعاءات", "مزاعم", "خبر", "اخبار")
    ),
    pronouns=("انه", "انها", "انهم", "بانه", "بانها", "بانهم"),
    contrasts=("لكن", "لكنه", "لكنها", "بل"),
    possessive_suffixes=("ه", "ها", "هم", "هما"),
    verb_first=True,
    # The lead's predicate (events.extract.lead): the first word that is a listed verb, or
    # no noun with the article "ال", particle, name, number or preposition (and its object).
    finite_verbs=(
        "قتل",
        "قتلت",
        "لقي",
        "لقيت",
        "لقوا",
        "سقط",
        "سقطت",
        "وقع",
        "وقعت",
        "شهد",
        "شهدت",
        "انهار",
        "انهارت",
        "اندلع",
        "اندلعت",
        "تعرض",
        "تعرضت",
        "اصيب",
        "اصيبت",
        "توفي",
        "توفيت",
        "ضرب",
        "ضربت",
        "تحطم",
        "تحطمت",
        "انقلب",
        "انقلبت",
        "خرج",
        "خرجت",
        "نجا",
        "نجت",
        "اطلق",
        "اطلقت",
        "اقتحم",
        "اقتحمت",
        "اعلن",
        "اعلنت",
        "افتتح",
        "افتتحت",
        "غرق",
        "غرقت",
        "انفجر",
        "انفجرت",
    ),
    not_predicates=(
        "ال*",
        "وال*",
        "فال*",
        "بال*",
        "لل*",
        "قد",
        "لقد",
        "وقد",
        "امس",
        "مساء",
        "صباح",
        "يوم",
        "نحو",
        "اكثر",
        "اقل",
        "حوالي",
        "قرابة",
    ),
)
