"""Persian closed-class words and cue patterns."""

DIRECTION = "rtl"
SCRIPT = "arabic"

PRONOUNS = "او وی آنها ایشان".split()
# Titles and role nouns before a person's name ("وزیر", "مدافع"): never part of the name.
TITLES = (
    "وزیر رئیس سخنگوی سفیر استاندار مدافع مهاجم دروازه‌بان مربی بازیکن سردار آقای خانم دکتر".split()
)
# Titles a portfolio follows before the name ("وزیر کشور رضا نوری"): the ministry is part of
# the title.
PORTFOLIO_TITLES = ("وزیر",)
OFFICIAL_HEADS = "وزارت پلیس ارتش دولت سازمان دفتر مجلس کمیسیون دادگاه سفارت شرکت".split()
CAPTION_WORDS = ("عکس", "تصویر")
BYLINE_WORDS = ("نوشته", "گزارش از")
BOILERPLATE = ("بیشتر بخوانید",)
# "به گزارش X" (as X reports) names a publisher; "به نقل از X" (quoting X) may be anyone.
OUTLET_NOUNS = (
    "خبرگزاری|روزنامه|هفته‌نامه|هفته نامه|ماهنامه|شبکه|پایگاه خبری|پایگاه اطلاع‌رسانی|سایت|"
    "وب‌سایت|رادیو|تلویزیون|نشریه|مجله|به گزارش"
)
# Words that end an outlet's name after its noun: function words, and the adverbs and verbs
# of the report that follows ("روزنامه X ضمن معرفی", "X نیز", "X روز دوشنبه", "X اعلام کرد"),
# and the reporter of "به گزارش خبرنگار سیاسی خبرگزاری فارس" (a role, the outlet comes after).
OUTLET_STOPS = (
    r"^(?:که|از|در|به|با|را|و|این|آن|نوشت|گزارش|داد|است|نیز|هم|ضمن|طی|اعلام|روز|امروز|دیروز"
    r"|خبرنگار|خبرنگاران"
    r"|بخشی|چاپ|نوشته|گفت|گفته|افزود|مدعی|تاکید|تأکید|ادعا|خاطرنشان|تصریح|اظهار)$"
)
OUTLET_NAME_NOUNS = ("خبرگزاری", "خبرگزاري")
# Compass and province adjectives after a place's name: "خراسان رضوی", "کره جنوبی".
PLACE_SUFFIXES = (
    "شمالی",
    "جنوبی",
    "شرقی",
    "غربی",
    "مرکزی",
    "رضوی",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
)
# Common given names: a person span of one of them takes the family name after it, and a
# one-word person span takes one of them before it ("محمد| دانشگر", "بابک |مرادی").
GIVEN_NAMES = (
    "محمد", "علی", "حسین", "حسن", "احمد", "امیر", "نیما", "وحید", "مرتضی", "رسول", "سعید",
    "محسن", "سیروس", "ابوالفضل", "مهدی", "رضا", "حمید", "بابک", "ایمان", "مسیح", "میثم",
    "متین", "سجاد", "میلاد", "امین", "جواد", "مجید", "مسعود", "مصطفی", "مجتبی", "یحیی",
    "جعفر", "کریم", "کاظم", "فرشید", "فرهاد", "پیمان", "آرش", "کامران", "بهروز", "داوود",
    "داود", "یاسر", "هادی", "مهران", "مهرداد", "سامان", "امید", "پویا", "کیوان", "اکبر",
    "اصغر", "عباس", "قاسم", "هاشم", "ابراهیم", "اسماعیل", "یوسف", "محمدرضا", "علیرضا",
    "حمیدرضا", "غلامرضا", "محمدحسین", "امیرحسین", "عبدالله", "فاطمه", "زهرا", "مریم",
    "سارا", "نرگس", "معصومه", "شهاب", "شاهین", "سینا", "پژمان", "فرزاد", "روزبه", "بهنام",
)  # fmt: skip
# Words that end a given name's span: function words and adverbs ending like a family name.
GIVEN_NAME_STOPS = (
    "برای", "ولی", "یعنی", "وی", "کسی", "خیلی", "بسیاری", "همراهی", "آقای", "خانم",
)  # fmt: skip
# A matchweek or round with its ordinal ("هفته بیست و دوم", "دور نخست"): a time in a season,
# never a name, though the model takes it in with the league after it. (A lower-case name:
# upper-case ones become pack fields.)
_numbers = (
    "یک|دو|سو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|یازده|دوازده|سیزده|چهارده|پانزده|شانزده|هفده"
    "|هجده|هیجده|نوزده|بیست|سی|چهل|پنجاه"
)
NOT_NAME_OPENERS = (
    rf"^(?:هفته|دور|مرحله)\s+(?:(?:(?:{_numbers})\s+و\s+)?(?:{_numbers})[\s\u200c]*(?:مین|م|ام|امین)"
    r"|اول|نخست|آخر|پایانی)(?![\w\u200c])\s*"
)
NOT_NAMES = (
    # Plural and indefinite suffixes written apart from their noun ("پست هایی").
    "ها", "های", "هایی", "هاي", "هايي",
    # Common nouns of sports news ("تیم ملی" alone: the Arman corpus, and so the model,
    # take "تیم X" whole as a team's name, which is left as it is).
    "تیم", "تیم ملی", "تیم های", "تیم‌های", "باشگاه", "فینال", "نیمه نهایی", "قهرمانی",
    "گلزنی", "جام", "لیگ", "مسابقات",
    "جوانان", "نوجوانان", "ملی", "هفته",
    # Prizes and page furniture: "جام قهرمانی" (the winner's cup), "طلای المپیک" (an Olympic
    # gold), "لینک ویدیو" (a video link).
    "جام قهرمانی", "طلای المپیک", "لینک ویدیو",
)  # fmt: skip
OUTLET_CUES_BEFORE = (
    r"(?:به\s+گزارش|به\s+نقل\s+از|گفت\s+و\s+گو\s+با|گفت‌وگو\s+با|در\s+گفت‌وگو\s+با)\s*$"
)
# Matched on folded text (lang.fold.fold), hence the Arabic yeh and kaf.
RELIABILITY = (
    ("ownership", r"\bدولتي\b"),
    ("ownership", r"\bحكومتي\b"),
    ("affiliation", r"\b(?:وابسته|نزديك|منسوب)\s+به\s+\S+(?:\s+\S+)?"),
    ("affiliation", r"\bحامي\s+(?:دولت|حكومت|نظام)\b"),
    ("funding", r"\bبا\s+بودجه\s+\S+(?:\s+\S+)?"),
    ("affiliation", r"\bسخنگوي\s+\S+(?:\s+\S+)?"),
    ("reliability", r"\bمتهم\s+به\s+(?:انتشار|پخش)\s+\S+(?:\s+\S+)?"),
)
# Nationality adjectives: the stem plus these names the country ("فرانسو|ی" -> "فرانسه").
DEMONYM_STEM_ENDINGS = ("ه",)
COUNTRY_ALIASES = (
    ("امریکا", "US"), ("آمریکا", "US"), ("آمريكا", "US"), ("انگلیس", "GB"), ("امارات", "AE"),
    ("فلسطین", "PS"), ("فلسطين", "PS"),
)  # fmt: skip
DATE_LABELS = (r"تاریخ(?:\s+انتشار)?", r"منتشر\s+شده")

# Name comparison: titles and honorifics before a person's name (they never tell two people
# apart).
COMPARISON_TITLES = (
    "آقای", "آقا", "خانم", "دکتر", "سید", "آیت الله", "آیت‌الله", "حجت الاسلام", "حجت‌الاسلام",
    "رئیس جمهور", "رئیس‌جمهور", "وزیر امور خارجه", "وزیر خارجه", "سردار", "سرلشکر",
    "رهبر انقلاب", "رهبر", "امام",
)  # fmt: skip
# Name comparison: words that only say what kind of organisation a name is.
OUTLET_KIND_WORDS = (
    "خبرگزاری", "روزنامه", "شبکه", "تلویزیون", "رادیو", "سایت", "پایگاه", "خبری", "نشریه",
)  # fmt: skip
# Name comparison: words that only say what kind of place a name is.
PLACE_KIND_WORDS = ("استان", "شهر", "شهرستان")
# Name comparison: family names end in an element that one form may leave out (Kazemi Nejad,
# Hosseini Zadeh, Ali Pour ~ Kazemi, Hosseini, Ali); in Latin transcriptions and in Arabic
# script (where Arabic writes نژاد as نجاد).
FAMILY_SUFFIXES = (
    *"nejad nezhad nejhad najad zadeh zade zada pour poor pur".split(),
    *"نژاد نجاد زاده زادة پور بور".split(),
)

# Date offsets: the regex of hour words ("three hours after").
OFFSET_HOURS = "ساعت"
# Date offsets: words that count forward from the anchor ("after", "the day after").
OFFSET_AFTER = ("پس", "بعد", "فردای")
# Date offsets: unit words never counted from an anchor ("decades after").
OFFSET_EXCLUDED_UNITS = ("دهه",)

# Provenance: phrases by which an outlet marks its own reporting.
FIRST_HAND = (
    r"خبرنگار(?:ان)? ما",
    r"به گزارش خبرنگار ما",
    r"(?:با|به) (?:این|ما) (?:روزنامه|خبرگزاری|پایگاه)",
)
# Provenance: wire agencies' credit lines.
WIRE_CREDITS = (("Reuters", r"\(رویترز\)"), ("AFP", r"\(خبرگزاری فرانسه\)"))
WIRE_NAMES = (
    ("Reuters", "رویترز"),
    ("AFP", "خبرگزاری فرانسه"),
    ("AFP", "فرانس پرس"),
    ("AP", "آسوشیتدپرس"),
    ("AP", "آسوشیتد پرس"),
)

# Provenance: a person speaking for a party ("سخنگوی وزارت خارجه").
SPOKES = (r"سخنگوی?",)
# Provenance: a reaction or an opinion in a cue or in the quoted words.
REACTIONS = (
    r"به شدت محکوم", r"تسلیت", r"شوکه", r"ابراز تاسف", r"ابراز تأسف", r"همبستگی", r"همدردی",
    r"بزدلانه", r"وحشیانه", r"استقبال",
    r"انتقاد",
)  # fmt: skip
GENERIC_SOURCES = (
    "منابع مقامات مسئولان مسؤولان کارشناسان شاهدان ناظران رسانه‌ها گزارش‌ها ساکنان"
).split()
SOURCE_COUNTS = ("یک دو سه منبعی آگاه نزدیک").split()
# Provenance: an unnamed report or the media as a source ("according to a report", "laut
# Medienberichten"): another publication nobody names, no source.
UNNAMED_REPORTS = ("گزارش گزارش‌ها گزارشی رسانه‌ها").split()
# Provenance: nouns of a kind of organisation: a definite description headed by one ("the
# New York bank said") is the organisation of the article's happening.
ORGANISATION_KINDS = ("شرکت بانک هواپیمایی گروه دانشگاه بیمارستان باشگاه").split()
# Provenance: apposition or role words that make a speaker a commentator, whose word founds
# no source of the happening ("Cai Jian, an expert at Fudan University, said").
COMMENTATORS = ("کارشناس تحلیلگر تحلیل‌گر مفسر").split()
# Provenance: (body, regex) of an official body a source may name without a name ("police
# said", "teilte die Polizei mit", "قالت الشرطة"): one root per body in an event, whatever
# the language ("police" in three outlets is one source, the police).
BODIES = (
    ("police", r"پلیس|نیروی انتظامی"),
    ("military", r"ارتش"),
    ("fire", r"آتش‌نشانی|آتش نشانی"),
    ("prosecutors", r"دادستان|دادستانی"),
    ("government", r"دولت"),
    ("ministry", r"وزارت"),
    ("court", r"دادگاه"),
)
# Page furniture fused into sentences of scraped text (``LanguagePack.furniture``).
FURNITURE = (r"(?:منبع\s+تصویر|حق\s+نشر\s+عکس)\s+[^.!?؟]{1,40}?(?=\s+توضیح\s+تصویر|\s*$)",)
