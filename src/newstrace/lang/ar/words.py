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
# Titles and role nouns before a person's name ("الوزير", "المدافع"): never part of the name.
TITLES = (
    "الوزير الوزيرة الرئيس الرئيسة المتحدث الناطق السفير المحافظ المدافع المهاجم الحارس "
    "المدرب اللاعب النجم العقيد العميد اللواء الشيخ السيد السيدة الدكتور"
).split()
CAPTION_WORDS = ("صورة", "الصورة", "صوره")
BYLINE_WORDS = ("بقلم", "كتب")
BOILERPLATE = ("اقرأ أيضا", "اقرأ ايضا", "شارك", "اشترك")
OUTLET_NOUNS = (
    "صحيفة|جريدة|وكالة أنباء|وكالة|قناة|موقع|شبكة|مجلة|إذاعة|اذاعة|تلفزيون|تليفزيون|يومية|أسبوعية"
)
OUTLET_STOPS = r"^(?:أن|ان|إن|إنّ|عن|في|على|من|إلى|الى|التي|الذي|مع|بأن|بان|حول|نقلا|قال|ذكر|و)$"
# Whole words only (a conjunction و/ف may lead): the bare preposition ل must stand apart, not
# end a word ("بفضل الله", "مقابل الدولار", "تعادل برشلونة" are no reports).
OUTLET_CUES_BEFORE = (
    r"(?:^|\s)[وف]?(?:ذكرت|أفادت|افادت|نقلت|أوردت|اوردت|قالت|نشرت|بثت|بحسب|حسب|وفق|وفقا\s+ل"
    r"|نقلا\s+عن|لـ|ل)\s*$"
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
