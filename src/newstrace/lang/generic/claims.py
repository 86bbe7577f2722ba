"""Response phrases for languages without a pack of their own (Russian today).

Only official responses: attribution cues, hedges and opinion markers need a pack of the
language's own (the claims stage reads nothing else of this lexicon for those languages). Each
language's phrases are in their own script, so one never matches another's text; when a
language gets its own pack, its phrases move there.
"""

from __future__ import annotations

from newstrace.lang.schema import Lexicon

# Russian: past-tense verbs end in -л/-ла/-ло/-ли (gender and number), matched with a stem*.
_RU_DECLINED = (
    "отказал* от комментари*",
    "отказал* от … комментари*",
    "отказал* комментировать",
    "отказал* прокомментировать",
    "отказал* отвечать",
    "отказал* ответить",
    "отказал* подтвердить",
    "отказал* подтверждать",
    "воздержал* от комментари*",
    "воздержал* от … комментари*",
    "без комментариев",
)
_RU_NO_COMMENT = (
    "не ответил* на запрос*",
    "не ответил* на … запрос*",
    "не ответил*",
    "не отвечает на запрос*",
    "не отреагировал*",
    "не прокомментировал*",
    "не комментировал*",
    "не комментирует",
    "не комментируют",
    "не удалось связаться",
    "связаться с … не удалось",
    "не удалось получить комментари*",
    "был недоступен для комментари*",
    "была недоступна для комментари*",
    "были недоступны для комментари*",
    "ни подтвердить, ни опровергнуть",
    "ни подтвердить ни опровергнуть",
    "ни подтверждать, ни опровергать",
    "ни подтверждать ни опровергать",
)
_RU_DENIED = (
    "опроверг",
    "опровергла",
    "опровергло",
    "опровергли",
    "опровергает",
    "опровергают",
    "отрицал*",
    "отрицает",
    "отрицают",
    "отверг",
    "отвергла",
    "отвергло",
    "отвергли",
    "отвергает",
    "отвергают",
)
_RU_CONFIRMED = (
    "подтвердил",
    "подтвердила",
    "подтвердило",
    "подтвердили",
    "подтверждает",
    "подтверждают",
    "подтверждал*",
)

LEXICON = Lexicon(
    language="generic",
    verbs=(),
    responses={
        "declined": _RU_DECLINED,
        "no_comment": _RU_NO_COMMENT,
        "denied": _RU_DENIED,
        "confirmed": _RU_CONFIRMED,
    },
    negations=("не", "ни", "никто", "нет"),
    complementizers=("что", "чтобы", "как", "ли"),
    coordinators=("и", "или", "но", "а"),
    # Adverbs between a subject and its verb ("Мэрия пока не подтвердила").
    skip=("пока", "уже", "также", "тоже", "еще", "ещё", "официально", "никак", "вновь"),
    # "подтвердил министр": the subject may follow the verb.
    free_inversion=True,
)
