"""Arabic closed-class words, name particles, cue patterns (and Latin transliterations)."""

DIRECTION = "rtl"
SCRIPT = "arabic"

PRONOUNS = "هو هي هم وهو وهي انه إنه".split()
# The article, and the article after the preposition li-, glued to a word.
ARTICLE_PREFIXES = ("ال", "لل")
# The article as transliterated in Latin script ("al-Assad").
SOURCE_KEY_STOPS = ("al",)
OFFICIAL_HEADS = (
    "وزارة وزاره الشرطة شرطة الجيش جيش الحكومة حكومة مكتب وكالة مجلس لجنة رئاسة سفارة هيئة "
    "محكمة شركة"
).split()
# Particles of Arabic names transliterated in Latin script ("Ali bin Hassan").
NAME_PARTICLES = "al el bin ibn abu abd".split()
# Conjunctions and prepositions glued before a word, shortest first: "و" and, "ف" then, "ب" in,
# "ل" for, "ك" like, and their pairs ("وب", "ول"). Before the article, ل swallows its alef
# ("للأمم" = ل + الأمم).
PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
# The conjunction "و" joins any word; many names start with "ف" (فهد، فيصل، فرانس).
CONJUNCTION_PROCLITICS = ("و",)
# The prepositions, alone or after a conjunction: mostly before a noun or a place.
PREPOSITION_PROCLITICS = ("ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
# Religious formulas: God (الله) inside them is no entity the article is about ("حفظه الله"
# after a king's name, "إن شاء الله"); God named in a sentence ("قال الله تعالى") stays.
FORMULAS = (
    "رحمه الله", "رحمها الله", "رحمهم الله", "رحمهما الله", "يرحمه الله", "يرحمها الله",
    "حفظه الله", "حفظها الله", "حفظهم الله", "حفظهما الله", "حفظك الله", "يحفظه الله",
    "رعاه الله", "رعاها الله", "رعاهم الله", "أيده الله", "أيدها الله", "أيدهم الله",
    "وفقه الله", "وفقها الله", "وفقهم الله", "وفقك الله", "سلمه الله", "سلمها الله",
    "حماه الله", "حماها الله", "حماهم الله", "أعزه الله", "جزاه الله", "جزاهم الله",
    "عافاه الله", "تقبله الله", "إن شاء الله", "ان شاء الله", "ما شاء الله", "بإذن الله",
    "لا سمح الله", "بفضل الله", "بفضل من الله", "الحمد لله", "لله الحمد", "حسبنا الله",
    "صلى الله عليه وسلم", "رحمة الله وبركاته", "والعياذ بالله", "سبحان الله", "الله أكبر",
    "لا إله إلا الله", "بسم الله",
)  # fmt: skip
# Currencies: a common noun, not a name, when alone ("مليون ريال"; "ريال مدريد" is a name);
# God's name fused with a preposition or in an oath ("لله", "والله", "بالله").
NOT_NAMES = (
    "لله", "ولله", "فلله", "والله", "فوالله", "بالله", "وبالله", "تالله",
    "دولار*", "الدولار", "ريال", "ريالا", "ريالات", "يورو", "اليورو", "درهم*", "دراهم",
    "الدرهم", "جنيه*", "الجنيه", "دينار*", "الدينار", "ليرة", "ليرات", "الليرة", "روبية",
)  # fmt: skip
# Openings of compound given names: "عبد" + a name of God (عبدالمحسن, عبد الرحمن).
NAME_OPENINGS = ("عبد",)
# Titles and role nouns before a person's name ("الوزير", "المدافع"): never part of the name.
TITLES = (
    "الوزير الوزيرة الرئيس الرئيسة المتحدث الناطق السفير المحافظ المدافع المهاجم الحارس "
    "المدرب اللاعب النجم العقيد العميد اللواء الشيخ السيد السيدة الدكتور"
).split()
# Titles a portfolio follows before the name ("وزير الداخلية سمير قاسم"): the ministry is
# part of the title.
PORTFOLIO_TITLES = ("وزير", "الوزير", "وزيرة", "الوزيرة")
# Head nouns of an organisation's name in apposition before it ("تنظيم داعش", "نادي الهلال",
# "شركة فولكس فاجن"): the name after one is an organisation, whatever else it names.
APPOSITION_HEADS = (
    "تنظيم", "جماعة", "حركة", "حزب", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "نادي",
    "فريق", "شركة", "منظمة", "جمعية", "مؤسسة", "بنك", "مصرف",
)  # fmt: skip
# A match and its opponent ("فوزه 2 - صفر على لاتسيو", "الخسارة أمام كاين"): the words of a
# result or a match, then the preposition that introduces the other side, a team.
MATCH_WORDS = (
    "فاز", "فوز", "تغلب", "خسر", "خسارة", "الخسارة", "هزيمة", "الهزيمة", "هزم", "تعادل",
    "التعادل", "مباراة", "مباراته", "مباراتها", "لقاء", "تفوق", "تفوقه",
)  # fmt: skip
OPPONENT_PREPOSITIONS = ("على", "أمام", "ضد")
# Head nouns that open a place's name ("شارع الرياض" is a street, not the city; "المسجد
# الحرام"): a place right after one is named with it.
PLACE_OPENERS = ("شارع", "طريق", "ميدان", "مسجد", "المسجد", "جامع", "بحيرة")
# Head nouns of an institution named after its place ("بغرفة جدة", "جامعة القاهرة", "مطار
# القاهرة الدولي"): the place is a piece of that name. Not "قناة" (a canal as often as a
# channel) nor "مركز"/"معرض", whose names mostly go on past the place ("مركز القاهرة
# للدراسات ...", "معرض الرياض الدولي للكتاب"): the place and its adjectives would still be a
# piece.
INSTITUTION_OPENERS = ("غرفة", "جامعة", "مستشفى", "بلدية", "أمانة", "متحف")
# Facilities named after their place ("مطار طنجة", "ميناء جدة الإسلامي"): places, as the
# streets of PLACE_OPENERS, but with the nisba adjectives after the place. Not a stadium
# ("ملعب"): what follows is mostly the stadium's own name, no place.
FACILITY_OPENERS = ("مطار", "ميناء")
# Event heads named after a place ("مهرجان جدة", "كأس إيطاليا", "ماراثون دبي").
EVENT_OPENERS = ("مهرجان", "كأس", "ماراثون")
# Words before a place head that make it no name's part ("عن طريق": by way of).
PLACE_HEAD_STOPS = ("عن",)
CAPTION_WORDS = ("صورة", "الصورة", "صوره")
BYLINE_WORDS = ("بقلم", "كتب")
BOILERPLATE = ("اقرأ أيضا", "اقرأ ايضا", "شارك", "اشترك")
OUTLET_NOUNS = (
    "صحيفة|جريدة|وكالة أنباء|وكالة|قناة|موقع|شبكة|مجلة|إذاعة|اذاعة|تلفزيون|تليفزيون|يومية|أسبوعية"
)
OUTLET_STOPS = r"^(?:أن|ان|إن|إنّ|عن|في|على|من|إلى|الى|التي|الذي|مع|بأن|بان|حول|نقلا|قال|ذكر|و)$"
# Whole words only (a conjunction و/ف may lead): the bare preposition ل must stand apart, not
# end a word ("بفضل الله", "مقابل الدولار", "تعادل برشلونة" are no reports), nor be glued to
# the name ("الجمعية العامة للأمم المتحدة": of the UN), unless a quotation mark opens the name.
OUTLET_CUES_BEFORE = (
    r"(?:^|\s)[وف]?(?:ذكرت|أفادت|افادت|نقلت|أوردت|اوردت|قالت|نشرت|بثت|بحسب|حسب|وفق|وفقا\s+ل"
    r"|نقلا\s+عن|لـ|ل(?=[\s«\"“]))\s*[«\"“]?$"
)
# Matched on folded text (lang.fold.fold), hence the bare alef, yeh and heh.
RELIABILITY = (
    ("affiliation", r"\bال(?:موال|مقرب|قريب)(?:ه|يه|ين)?\s+(?:ل|من\s+|الي\s+)\S+(?:\s+\S+)?"),
    ("affiliation", r"\bال(?:تابع|محسوب|ناطق)(?:ه|يه)?\s+(?:ل|باسم\s+|علي\s+)\S+(?:\s+\S+)?"),
    ("funding", r"\bال(?:ممول|مدعوم)(?:ه)?\s+من\s+\S+(?:\s+\S+)?"),
    ("ownership", r"\bال(?:مملوك)(?:ه)?\s+(?:ل|من\s+)\S+(?:\s+\S+)?"),
    ("ownership", r"\bال(?:رسميه|حكوميه|رسمي|حكومي)\b"),
    ("affiliation", r"\bلسان\s+حال\s+\S+(?:\s+\S+)?"),
    ("reliability", r"\bال(?:متهم)(?:ه)?\s+بنشر\s+\S+(?:\s+\S+)?"),
)
COUNTRY_ALIASES = (("أمريكا", "US"), ("بريطانيا", "GB"), ("الإمارات", "AE"))
DATE_LABELS = ("التاريخ", r"تاريخ(?:\s+النشر)?", r"نشر\s+في", "بتاريخ")
# World regions the gazetteer lacks (it holds countries and cities): a newspaper may share the
# name ("الشرق الأوسط"), the region stays a place.
REGIONS = (
    "الشرق الأوسط", "الشرق الاوسط", "الخليج", "الخليج العربي", "شمال أفريقيا",
    "شمال إفريقيا", "أوروبا", "آسيا", "أفريقيا", "إفريقيا", "أمريكا اللاتينية",
)  # fmt: skip
# The article in Latin transliterations of place names ("al Quds", "el Arish").
PLACE_ARTICLES = ("al ", "el ")
DEMONYM_STEM_ENDINGS = ("ا", "يا")

# Name comparison: titles and honorifics before a person's name (they never tell two people
# apart).
COMPARISON_TITLES = (
    "الرئيس", "رئيس", "الشيخ", "شيخ", "السيد", "السيدة", "الملك", "الملكة", "الامير", "الاميرة",
    "ولي العهد", "الدكتور", "د", "الوزير", "وزير الخارجية", "رئيس الوزراء", "رئيس الحكومة",
    "آية الله", "حجة الاسلام", "الامام", "الجنرال", "اللواء", "العميد", "الفريق", "المرشد",
    "المرشد الأعلى", "العاهل", "الأستاذ",
)  # fmt: skip
# Name comparison: particles dropped wherever they are, except as the last word.
# "son of", "daughter of" inside a name chain ("سعود بن عبد العزيز").
PATRONYMICS = ("بن", "بنت")
COMPARISON_PARTICLES = ("bin", "ibn", "ben", "bint", "binti", "ould", "بن", "ابن", "بنت", "ولد")
# Name comparison: words that only say what kind of organisation a name is.
OUTLET_KIND_WORDS = (
    "وكالة", "وكاله", "صحيفة", "جريدة", "قناة", "شبكة", "انباء", "أنباء", "اخبار", "أخبار",
    "نيوز", "تلفزيون", "مجلة", "موقع", "اذاعة", "إذاعة",
)  # fmt: skip
# Name comparison: function words ignored in organisation and place names.
ORGANISATION_STOP_WORDS = ("al", "ذا")
# Name comparison: words that only say what kind of place a name is.
PLACE_KIND_WORDS = ("مدينة", "محافظة", "منطقة", "قطاع", "ولاية", "العاصمة")

# Date offsets: the regex of hour words ("three hours after").
OFFSET_HOURS = "ساعات|ساعة|ساعتين"
# Date offsets: words that count forward from the anchor ("after", "the day after").
OFFSET_AFTER = ("بعد", "غداة")
# Date offsets: unit words never counted from an anchor ("decades after").
OFFSET_EXCLUDED_UNITS = ("عقد", "عقدين", "عقود")

# Provenance: phrases by which an outlet marks its own reporting.
FIRST_HAND = (r"مراسل(?:ة)?نا", r"(?:ل|الى |إلى )هذه الصحيفة", r"(?:ل|الى |إلى )موقعنا")
# Provenance: wire agencies' credit lines.
WIRE_CREDITS = (
    ("Reuters", r"\(رويترز\)"),
    ("AFP", r"\((?:أ ف ب|ا ف ب|أ\.ف\.ب)\)"),
    ("AP", r"\((?:أ ب|اسوشيتد برس|أسوشيتد برس)\)"),
)
WIRE_NAMES = (
    ("Reuters", "رويترز"),
    ("AFP", "فرانس برس"),
    ("AFP", "وكالة الصحافة الفرنسية"),
    ("AP", "أسوشيتد برس"),
    ("AP", "اسوشيتد برس"),
)

# Provenance: a person speaking for a party ("المتحدث باسم الوزارة").
SPOKES = (r"(?:ال)?(?:متحدث|ناطق)(?:ة)? (?:الرسمي )?باسم", r"(?:ال)?(?:متحدث|ناطق)(?:ة)?")
# Provenance: a reaction or an opinion in a cue or in the quoted words.
REACTIONS = (
    r"(?:أدان|يدين|تدين)\w* (?:بشدة|بأشد)", r"استنكر", r"تعاز", r"تعزية", r"صدمة", r"استياء",
    r"تضامن", r"جبان", r"همجي", r"رحب", r"ترحيب", r"شجب",
    r"انتقد", r"انتقاد",
)  # fmt: skip
GENERIC_SOURCES = (
    "مصادر المصادر مسؤولون مسؤولين المسؤولون السلطات خبراء شهود مراقبون تقارير وسائل سكان"
).split()
SOURCE_COUNTS = ("مصدر اثنان اثنين مطلع مطلعة مقرب مقربة").split()
# Provenance: an unnamed report or the media as a source ("according to a report", "laut
# Medienberichten"): another publication nobody names, no source.
UNNAMED_REPORTS = ("تقرير تقارير التقارير وسائل").split()
# Provenance: nouns of a kind of organisation: a definite description headed by one ("the
# New York bank said") is the organisation of the article's happening.
ORGANISATION_KINDS = (
    "الشركة شركة المصرف البنك بنك الخطوط الناقلة المجموعة الجامعة المستشفى النادي"
).split()
# Provenance: apposition or role words that make a speaker a commentator, whose word founds
# no source of the happening ("Cai Jian, an expert at Fudan University, said").
COMMENTATORS = ("خبير الخبير خبراء محلل المحلل محللون الباحث باحث معلق").split()
# Provenance: (body, regex) of an official body a source may name without a name ("police
# said", "teilte die Polizei mit", "قالت الشرطة"): one root per body in an event, whatever
# the language ("police" in three outlets is one source, the police).
BODIES = (
    ("police", r"(?:ال)?شرطة"),
    ("military", r"(?:ال)?جيش"),
    ("fire", r"(?:ال)?دفاع المدني|(?:ال)?إطفاء"),
    ("prosecutors", r"(?:ال)?نيابة|النائب العام"),
    ("government", r"(?:ال)?حكومة"),
    ("ministry", r"(?:ال)?وزارة"),
    ("court", r"(?:ال)?محكمة"),
)
# Page furniture fused into sentences of scraped text (``LanguagePack.furniture``).
FURNITURE = (r"مصدر\s+الصورة\s+[^.!?؟]{1,40}?(?=\s+التعليق\s+على\s+الصورة|\s*$)",)
