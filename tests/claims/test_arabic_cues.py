"""Arabic cues and sources on the constructions of Arabic news (issue 12, precision on real
news): unvowelled homographs of reporting verbs ("بين" between/stated, "تابع"
followed/went on), "وفق"/"حسب" as "in accordance with", datelines before a colon, asides
and plans. Fictional sentences, written for these tests."""

from __future__ import annotations

import pytest

from newstrace.claims.attribution import Attribution, find_attributions


def top(text: str, entities: tuple[tuple[int, int, str], ...] = ()) -> list[Attribution]:
    return [a for a in find_attributions(text, "ar", entities) if not a.nested]


def pairs(text: str, entities: tuple[tuple[int, int, str], ...] = ()) -> list[tuple[str, str]]:
    return [(a.cue[2], a.source[2] if a.source else "") for a in top(text, entities)]


def entity(text: str, name: str, kind: str = "person") -> tuple[int, int, str]:
    start = text.index(name)
    return (start, start + len(name), kind)


NOT_REPORTS = [
    # "بين" as the preposition "between", "among", "ما بين" (ranging between).
    "وقعت اشتباكات بين الحرس والمهربين قرب الحدود.",
    "ومن بين المشاركين عشرة لاعبين من نادي الوادي.",
    "تتراوح الأسعار ما بين 300 و500 ريال.",
    "وتجمع المسرحية بين الكوميديا والدراما، وبين هموم الشباب في القرية.",
    "وساد التعاون بين البلدين منذ سنوات طويلة بأن تبادلا الخبرات.",
    "واشتدت المعارك، بين قوات الجيش و«الحرس» في المدينة، وقيل إن القتلى كثر.",
    # "تابع" (followed) and "نقل"/"نشر"/"بث" (moved, spread) in other senses.
    "وسجل اللاعب الهدف الثاني بعدما تابع تمريرة زميله العرضية.",
    "ونقلت الطفلة إلى مستشفى المدينة للعلاج.",
    "ونشر المعهد أسماء المقبولين على موقعه.",
    "همهم زعزعة الأمن وبث الفتنة بين الناس.",
    # "وفق"/"حسب" as "in accordance with", "depending on"; "فحسب" (only).
    "ويعمل المركز وفق أعلى معايير الجودة.",
    "وتختلف الأسعار بحسب السن والحجم.",
    "وانضمت الشركة إلى المجموعة وفقا للأسس المعتمدة.",
    "ولا تقتصر الخطة على الأمن فحسب، بل تشمل التعليم.",
    # "يذكر أن": the writer's own aside ("it is worth mentioning").
    "يذكر أن المهرجان يقام للمرة الخامسة في مدينة الوادي.",
    # A present form after "أن"/"لن" (the subjunctive): a plan or a possibility.
    "ومن المتوقع أن تضيف الشركة طرازين جديدين العام المقبل.",
    "ويمكن لهذا الفحص أن يكشف المرض مبكرا.",
    # A negated speech act did not happen; a refusal to reveal reports nothing.
    "ولا يعلن المسلحون عادة مسؤوليتهم عن الهجمات.",
    "واعتقل رجلان لم تكشف الشرطة عن هويتهما.",
    "وطلب المصدران عدم كشف هويتيهما للصحفيين.",
    # Calls and demands ask for something: no statement reported.
    "ودعا الوزير المواطنين إلى الحذر.",
    "وطالبت اللجنة الشركة بدفع الغرامة.",
    # A verbal noun after a preposition; "لفت الأنظار" (drew attention).
    "ويعفون حتى عن ذكر أسمائهم في المجالس.",
    "ولفت لاعبو المنتخب أنظار العالم بإنجازاتهم.",
    # A dateline or a label before a colon is no speaker.
    "سالم الراشد - الوادي: افتتح المحافظ أمس مركزا صحيا جديدا في المدينة.",
    "رابط الخبر بصحيفة الوادي: افتتاح مركز صحي جديد في المدينة",
    "الركيزة الثانية: تعزيز التعاون بين المدارس والأسر في المدينة.",
]


@pytest.mark.parametrize("text", NOT_REPORTS)
def test_no_attribution_in_other_senses(text: str) -> None:
    assert pairs(text) == []


REPORTS = [
    # "بيّن" (stated) opening its clause with speech ahead.
    ("وبين الوزير أن المشروع سينتهي العام المقبل.", "وبين", "الوزير"),
    ("من جهته، بين سالم الراشد أنه شاهد الحادث.", "بين", "سالم الراشد"),
    ("وبين أن فرق الإحصاء تعمل منذ الصباح.", "وبين", ""),
    ("وبينت الهيئة لـ«الوادي» أن العمل يسير وفق الخطة.", "وبينت", "الهيئة"),
    ("كما بين المدير: «لن نتأخر في التسليم».", "بين", "المدير"),
    ("وتابع المتحدث: «سنعلن النتائج غدا».", "وتابع", "المتحدث"),
    ("ونقلت وكالة الأنباء عن الوزير قوله إن الاتفاق وشيك.", "ونقلت", "وكالة الأنباء"),
    # "وفق"/"حسب" before a speaker, a publisher or a statement.
    ("وانسحبت القوات، بحسب مدير الإدارة.", "بحسب", "مدير الإدارة"),
    ("وارتفعت الأسعار، حسب تقرير الهيئة.", "حسب", "تقرير الهيئة"),
    ("وارتفعت الأسعار وفقا لوكالة الأنباء المحلية.", "وفقا", "وكالة الأنباء المحلية"),
    ("وارتفعت الأسعار، حسب وصفه.", "حسب", "وصفه"),
    ("وحسب آخر إحصائية للهيئة، ارتفع العدد.", "وحسب", "آخر إحصائية للهيئة"),
    # "يذكر" with its own subject still reports.
    ("ويذكر الباحث أن العينة شملت ألف أسرة.", "ويذكر", "الباحث"),
]


@pytest.mark.parametrize(("text", "cue", "source"), REPORTS)
def test_reporting_uses_still_report(text: str, cue: str, source: str) -> None:
    assert (cue, source) in pairs(text)


def test_a_person_named_before_a_colon_is_a_speaker() -> None:
    text = "سالم الراشد: لن نتراجع عن قرار إغلاق السوق القديم."
    found = pairs(text, (entity(text, "سالم الراشد"),))
    assert found == [(":", "سالم الراشد")]


SOURCES = [
    # A role and the person it names (the entity stage finds the name).
    (
        "وقال رئيس بلدية الوادي المهندس سالم الراشد إن السوق سيغلق.",
        ("سالم الراشد",),
        "وقال",
        "رئيس بلدية الوادي المهندس سالم الراشد",
    ),
    (
        "وقال المدير العام للهيئة، سالم الراشد، إن الموسم نجح.",
        ("سالم الراشد",),
        "وقال",
        "المدير العام للهيئة، سالم الراشد",
    ),
    # A name after a bare noun is that noun's object, not the speaker.
    ("ونفت وزارة الداخلية اعتقال سالم الراشد.", ("سالم الراشد",), "ونفت", "وزارة الداخلية"),
    # A construct chain up to a definite noun or a name, not into the object.
    ("وأكد مدير عام المسالخ أن الأسعار مستقرة.", (), "وأكد", "مدير عام المسالخ"),
    ("وأبدى أمين الوادي سعادته بالمهرجان.", (), "وأبدى", "أمين الوادي"),
    ("فيما أكد مستشار قانوني صحة العقد.", (), "أكد", "مستشار قانوني"),
    # A name in quotation marks, a title with its full stop.
    ('وأردف "الراشد": "تم ضبط المواد".', (), "وأردف", "الراشد"),
    ("ويوضح د. سالم أن التجربة نجحت.", (), "ويوضح", "د. سالم"),
    # A demonstrative before a definite noun opens the subject.
    ("وقالت هذه المصادر إن الصفقة تأخرت.", (), "وقالت", "هذه المصادر"),
    ("وأكد هذا المسؤول أن الطريق مغلق.", (), "وأكد", "هذا المسؤول"),
    ("ويقول مؤسسو هذه الجمعية إن العمل تطوعي.", (), "ويقول", "مؤسسو هذه الجمعية"),
    ("ووصف فضيلته هذا العمل بالمشين.", (), "ووصف", "فضيلته"),
    # A name spelt like a particle after the title ("علي", also "على" on).
    ("ويؤكد د. علي الراشد أن التجربة نجحت.", (), "ويؤكد", "د. علي الراشد"),
    ("وقال م. علي لـ«الوادي» إن المشروع تأخر.", (), "وقال", "م. علي"),
    # "كان" and "فيما" are no part of a subject; a tatweel is no subject.
    ("وكان البنك الوطني أقر في مارس بأن المشروع تأخر.", (), "أقر", "البنك الوطني"),
    ("فيما أبدى ـ حفظه الله ـ سعادته بالزيارة.", (), "أبدى", ""),
    # A quoted name inside the phrase, a partitive, a listener pronoun before the subject.
    ("ذكرت صحيفة «الوادي» المحلية أن السوق سيغلق.", (), "ذكرت", "صحيفة «الوادي» المحلية"),
    ("وقال مدير «المرور» شرطة الوادي، إن الطريق أغلق.", (), "وقال", "مدير «المرور» شرطة الوادي"),
    ("كشف عدد من التجار أن الأسعار ارتفعت.", (), "كشف", "عدد من التجار"),
    ("فقال لهم الأمير: لقد أخطأتم.", (), "فقال", "الأمير"),
    # A title and the name after it, where the entity stage found none.
    ("وأكد الدكتور بصفر أن الحادث مؤلم.", (), "وأكد", "الدكتور بصفر"),
    ("وأكد المواطن يزيد العنزي أن المدينة تحتاج إلى مركز.", (), "وأكد", "المواطن يزيد العنزي"),
    ("وأعلن المدرب بيلسا استقالته.", (), "وأعلن", "المدرب بيلسا"),
    # A phrase after a preposition with a conjunction glued on is an adjunct.
    ("وعن الأسعار أوضح أنها مستقرة.", (), "أوضح", ""),
]


@pytest.mark.parametrize(("text", "names", "cue", "source"), SOURCES)
def test_arabic_source_phrases(text: str, names: tuple[str, ...], cue: str, source: str) -> None:
    entities = tuple(entity(text, name) for name in names)
    assert (cue, source) in pairs(text, entities)


LEFT_AND_CARRIED = [
    # A cue that ends in its preposition: what follows is that preposition's object.
    ("وأعرب عن ثقته بأن الموسم سينجح.", "وأعرب عن", ""),
    # A plural verb carries its subject: what follows is the object or the content.
    ("إلا أنهم أكدوا خطورتها على الأطفال.", "أكدوا", ""),
    ("قالوا سنبني مدرسة جديدة في القرية.", "قالوا", ""),
    # A subject before the verb where it opens the clause, or a relative pronoun.
    ("وكان البنك الوطني قال في مارس إن المشروع تأخر.", "قال", "البنك الوطني"),
    ("وهم من الذين قالوا إن السوق سيغلق.", "قالوا", "الذين"),
    # A verb with a conjunction glued on opens its own clause: the phrase before is none.
    ("وجلس الأمير بجانب النهر فقال: صنع الريح من الماء درعا.", "فقال", ""),
]


@pytest.mark.parametrize(("text", "cue", "source"), LEFT_AND_CARRIED)
def test_subject_in_the_verb_or_before_it(text: str, cue: str, source: str) -> None:
    assert (cue, source) in pairs(text)


def test_a_name_widened_to_its_entity_loses_quotation_marks_at_its_edges() -> None:
    text = "وارتفعت الأسعار حسب «الوادي»."
    name = text.index("«")
    assert pairs(text, ((name, name + len("«الوادي»."), "organization"),)) == [("حسب", "الوادي")]


COORDINATED = [
    # A verb with a glued conjunction and no subject shares the earlier verb's subject.
    ('وأعلن المدير أن السوق سيغلق، وقال: "لن نتراجع".', "وقال", "المدير"),
    ("وأوضح المتحدث أن الطريق أغلق، وأكد أن العمل مستمر.", "وأكد", "المتحدث"),
    # Not inside a quotation, and not a plural verb, which carries its own subject.
    ("وقال الشيخ إن الناس جاءوا «فقالوا له: لقد أخطأت».", "فقالوا", ""),
    # "تم" with a verbal noun: a passive with no source named.
    ("وتم كشف النقاب عن الخطة أمس.", "كشف", ""),
]


@pytest.mark.parametrize(("text", "cue", "source"), COORDINATED)
def test_coordinated_verbs_share_the_subject(text: str, cue: str, source: str) -> None:
    found = [(a.cue[2], a.source[2] if a.source else "") for a in find_attributions(text, "ar")]
    assert (cue, source) in found


DATA_SUBJECTS = [
    # Figures, details and devices show something; no one says it: findings, not reports.
    ("هذه الأرقام تؤكد أن الموسم كان ناجحا.", "تؤكد"),
    ("وتشير تفاصيل الحادث إلى أن السائق كان مسرعا.", "وتشير"),
    ("وتوضح الشاشة مستوى الشحن في الجهاز.", "وتوضح"),
]


@pytest.mark.parametrize(("text", "cue"), DATA_SUBJECTS)
def test_figures_and_devices_as_subject_give_findings(text: str, cue: str) -> None:
    found = [a for a in find_attributions(text, "ar") if a.cue[2] == cue]
    assert found and all(a.finding for a in found)


@pytest.mark.parametrize(
    "text",
    [
        "وأكد المدير أن نسبة النجاح ارتفعت.",
        # "جهاز" is also an agency or a staff: "جهاز الأمن", "الجهاز الطبي".
        "وأعلن جهاز الأمن الوطني أن الطريق آمن.",
    ],
)
def test_a_speaker_before_a_figure_still_speaks(text: str) -> None:
    assert [a.finding for a in top(text)] == [False]


@pytest.mark.parametrize(
    "text",
    [
        "وأضاف المهاجم الهدف الثاني في الدقيقة الأخيرة.",
        "ثم أضاف سالم الراشد، الذي انضم للنادي هذا الصيف، هدفا ثالثا بتسديدة قوية.",
    ],
)
def test_adding_a_goal_is_no_report(text: str) -> None:
    assert not [a for a in find_attributions(text, "ar") if "ضاف" in a.cue[2]]


def test_adding_words_about_a_goal_still_reports() -> None:
    assert ("وأضاف", "المدرب") in pairs("وأضاف المدرب أن الهدف هو الفوز.")
