"""Attribution cues for languages without a pack of their own, written so that a later full
pack takes them over unchanged. Today: Russian reporting verbs and frames ("сообщает ТАСС",
"по данным полиции", "по словам министра", "как сообщает …"). The words of different
languages do not collide, so one lexicon serves every language the generic pack covers."""

from __future__ import annotations

from newstrace.lang.schema import Lexicon

# Russian verbs of saying as news uses them: past (m, f, n, pl) and present (3sg, 3pl).
_RU_VERBS = """
сообщил сообщила сообщило сообщили сообщает сообщают
заявил заявила заявило заявили заявляет заявляют
сказал сказала сказали говорит говорят
рассказал рассказала рассказали рассказывает
подчеркнул подчеркнула подчеркнули
отметил отметила отметили отмечает
добавил добавила добавили
уточнил уточнила уточнили
пояснил пояснила пояснили
признал признала признали
написал написала написали пишет
передает передаёт передал передала
"""

LEXICON = Lexicon(
    language="generic",
    verbs=tuple(_RU_VERBS.split()),
    # "по данным полиции", "по словам министра", "согласно заявлению", "как сообщает ТАСС"
    source_after=(
        "по данным",
        "по словам",
        "по информации",
        "по сообщению",
        "по сообщениям",
        "по оценке",
        "по оценкам",
        "согласно",
        "как сообщает",
        "как сообщил",
        "как сообщила",
        "как сообщили",
        "как передает",
        "как передаёт",
    ),
    not_cues=("по данным на",),
    # "Об этом сообщает ТАСС": the pronoun is the object, the subject follows.
    fronted_objects=("этом", "это"),
    complementizers=("что", "чтобы"),
    main_complementizers=("что",),
    # "Источники сообщили агентству …": the listener, an outlet, relays the statement.
    tell=("сообщил", "сообщила", "сообщили", "рассказал", "рассказала", "рассказали"),
    relatives=("который", "которая", "которое", "которые"),
    pronouns=("он", "она", "они", "мы", "я"),
    determiners=("этот", "эта", "эти", "его", "её", "ее", "их", "два", "три"),
    skip=("также", "уже", "ранее", "вчера", "сегодня", "не"),
    times=("вчера", "сегодня", "понедельник", "вторник", "среду", "четверг", "пятницу"),
    stops=("и", "а", "но", "или", "что", "как", "в", "на", "с", "по", "к", "у", "из", "за"),
    prepositions=("в", "во", "на", "с", "со", "по", "к", "у", "из", "за", "о", "об", "при"),
    links=(),
    anonymous=("источник", "источники", "источника", "источников"),
    publishers=(
        *("агентство", "агентства", "агентству", "газета", "газеты", "газете"),
        *("телеканал", "телеканалу", "издание", "изданию"),
    ),
    free_inversion=True,
    comma_clause=True,
)
