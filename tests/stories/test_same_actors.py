"""Two events of the same actors are two stories: names shared without the words of what
happened do not make one story (the story weights' word floor).

Fixtures are fictional: per language, two reports of a record snowfall in a town, and a
report of a billing error in the same town. The town (and, in the snow reports, its mayor)
is a resolved entity in all of them, as entity resolution would give, and the mayor speaks
in all three, so that names alone would link the bill to the snow.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from newstrace.stories import (
    DEFAULT_SETTINGS,
    STORY_WEIGHTS,
    StoryDoc,
    Vocabulary,
    cluster,
    similarity,
    story_doc,
)

from .test_grouping import make_article

# (title, text) of: snow report 1, snow report 2, billing error in the same town.
SAME_TOWN = {
    "en": (
        (
            "Record snowfall buries Harwick",
            "Harwick broke its snowfall record as two metres of snow buried streets and cars. "
            "Mayor Lena Ostrova said ploughs worked through the night, schools stayed shut and "
            "buses were cancelled. Forecasters expect heavier snow and freezing winds over "
            "Harwick before the weekend, and drifts blocked the motorway.",
        ),
        (
            "Harwick digs out after record snow",
            "Ploughs cleared Harwick streets after a record snowfall left two metres of snow on "
            "cars and roofs. Mayor Lena Ostrova said schools stay shut and buses remain "
            "cancelled. Forecasters warn of heavier snow, freezing winds and drifts on the "
            "motorway.",
        ),
        (
            "Pensioner gets electricity bill for millions",
            "A pensioner in Harwick received an electricity bill of 284 million from her "
            "utility. Spokesman Piet Varga said the company apologised for a billing error in "
            "its software. The corrected invoice came to 90, and an engineer from Harwick "
            "checked the meter reading. Mayor Lena Ostrova asked the utility for an "
            "explanation.",
        ),
    ),
    "de": (
        (
            "Rekordschnee begräbt Harwick",
            "Harwick hat seinen Schneerekord gebrochen, zwei Meter Schnee begruben Straßen und "
            "Autos. Bürgermeisterin Lena Ostrova sagte, Räumfahrzeuge arbeiteten die ganze "
            "Nacht, Schulen blieben geschlossen und Busse fielen aus. Meteorologen erwarten "
            "stärkeren Schneefall und eisigen Wind über Harwick vor dem Wochenende, Verwehungen "
            "blockierten die Autobahn.",
        ),
        (
            "Harwick gräbt sich nach Rekordschnee frei",
            "Räumfahrzeuge befreiten die Straßen von Harwick, nachdem ein Rekordschneefall zwei "
            "Meter Schnee auf Autos und Dächern hinterließ. Bürgermeisterin Lena Ostrova sagte, "
            "Schulen blieben geschlossen und Busse fielen weiter aus. Meteorologen warnen vor "
            "stärkerem Schneefall, eisigem Wind und Verwehungen auf der Autobahn.",
        ),
        (
            "Rentnerin erhält Stromrechnung über Millionen",
            "Eine Rentnerin in Harwick erhielt von ihrem Versorger eine Stromrechnung über 284 "
            "Millionen. Sprecher Piet Varga sagte, das Unternehmen entschuldige sich für einen "
            "Abrechnungsfehler seiner Software. Die korrigierte Rechnung betrug 90, und ein "
            "Techniker aus Harwick prüfte den Zählerstand. Bürgermeisterin Lena Ostrova "
            "verlangte eine Erklärung.",
        ),
    ),
    "es": (
        (
            "Una nevada récord sepulta Harwick",
            "Harwick batió su récord de nieve cuando dos metros sepultaron calles y coches. La "
            "alcaldesa Lena Ostrova dijo que las quitanieves trabajaron toda la noche, las "
            "escuelas cerraron y los autobuses se cancelaron. Los meteorólogos prevén nevadas "
            "más intensas y vientos helados sobre Harwick antes del fin de semana, y la "
            "ventisca bloqueó la autopista.",
        ),
        (
            "Harwick sale de la nieve tras la nevada récord",
            "Las quitanieves despejaron las calles de Harwick después de que una nevada récord "
            "dejara dos metros de nieve sobre coches y tejados. La alcaldesa Lena Ostrova dijo "
            "que las escuelas siguen cerradas y los autobuses cancelados. Los meteorólogos "
            "advierten de nevadas más intensas, vientos helados y ventisca en la autopista.",
        ),
        (
            "Una jubilada recibe una factura de luz millonaria",
            "Una jubilada de Harwick recibió de su compañía una factura de electricidad de 284 "
            "millones. El portavoz Piet Varga dijo que la empresa pidió disculpas por un error "
            "de facturación de su programa. La factura corregida fue de 90, y un técnico de "
            "Harwick revisó la lectura del contador. La alcaldesa Lena Ostrova pidió "
            "explicaciones.",
        ),
    ),
    "fr": (
        (
            "Une chute de neige record ensevelit Harwick",
            "Harwick a battu son record de neige, deux mètres ont enseveli rues et voitures. La "
            "maire Lena Ostrova a déclaré que les chasse-neige ont travaillé toute la nuit, les "
            "écoles sont restées fermées et les bus ont été annulés. Les météorologues "
            "prévoient des chutes plus fortes et des vents glacials sur Harwick avant le "
            "week-end, et les congères ont bloqué l'autoroute.",
        ),
        (
            "Harwick se dégage après la neige record",
            "Les chasse-neige ont dégagé les rues de Harwick après une chute de neige record "
            "qui a laissé deux mètres sur les voitures et les toits. La maire Lena Ostrova a "
            "déclaré que les écoles restent fermées et les bus annulés. Les météorologues "
            "annoncent des chutes plus fortes, des vents glacials et des congères sur "
            "l'autoroute.",
        ),
        (
            "Une retraitée reçoit une facture d'électricité de plusieurs millions",
            "Une retraitée de Harwick a reçu de son fournisseur une facture d'électricité de "
            "284 millions. Le porte-parole Piet Varga a déclaré que l'entreprise s'excusait "
            "pour une erreur de facturation de son logiciel. La facture corrigée s'élevait à "
            "90, et un technicien de Harwick a vérifié le compteur. La maire Lena Ostrova a "
            "demandé des explications.",
        ),
    ),
    "ar": (
        (
            "ثلوج قياسية تدفن هارويك",
            "حطمت هارويك رقمها القياسي في تساقط الثلوج بعدما دفنت مترين من الثلج الشوارع "
            "والسيارات. وقالت رئيسة البلدية لينا أوستروفا إن كاسحات الثلج عملت طوال الليل "
            "وأغلقت المدارس وألغيت الحافلات. ويتوقع خبراء الأرصاد ثلوجا أغزر ورياحا متجمدة "
            "قبل نهاية الأسبوع، وأغلقت الانجرافات الطريق السريع.",
        ),
        (
            "هارويك تزيل الثلوج بعد تساقط قياسي",
            "أزالت كاسحات الثلج الشوارع في هارويك بعد تساقط قياسي للثلوج ترك مترين من الثلج "
            "على السيارات والأسطح. وقالت رئيسة البلدية لينا أوستروفا إن المدارس تبقى مغلقة "
            "والحافلات ملغاة. ويحذر خبراء الأرصاد من ثلوج أغزر ورياح متجمدة وانجرافات على "
            "الطريق السريع.",
        ),
        (
            "متقاعدة تتلقى فاتورة كهرباء بالملايين",
            "تلقت متقاعدة في هارويك فاتورة كهرباء بقيمة 284 مليونا من شركتها. وقال المتحدث "
            "بيت فارغا إن الشركة اعتذرت عن خطأ في برنامج الفوترة. وبلغت الفاتورة المصححة 90، "
            "وفحص مهندس العداد. وطالبت رئيسة البلدية لينا أوستروفا الشركة بتوضيح.",
        ),
    ),
    "fa": (
        (
            "برف بی‌سابقه هارویک را دفن کرد",
            "هارویک رکورد بارش برف را شکست و دو متر برف خیابان‌ها و خودروها را پوشاند. لنا "
            "اوستروا شهردار گفت برف‌روب‌ها تمام شب کار کردند، مدارس تعطیل ماند و اتوبوس‌ها لغو "
            "شدند. هواشناسان بارش سنگین‌تر برف و باد یخبندان را پیش از آخر هفته پیش‌بینی "
            "می‌کنند و کولاک بزرگراه را بست.",
        ),
        (
            "هارویک پس از برف بی‌سابقه از زیر برف بیرون می‌آید",
            "برف‌روب‌ها خیابان‌های هارویک را پس از بارش بی‌سابقه برف که دو متر برف روی خودروها "
            "و بام‌ها گذاشت پاک کردند. لنا اوستروا شهردار گفت مدارس تعطیل می‌ماند و اتوبوس‌ها "
            "لغو شده‌اند. هواشناسان درباره بارش سنگین‌تر برف، باد یخبندان و کولاک در بزرگراه "
            "هشدار می‌دهند.",
        ),
        (
            "بازنشسته‌ای قبض برق میلیونی دریافت کرد",
            "یک بازنشسته در هارویک قبض برقی به مبلغ 284 میلیون از شرکت خود دریافت کرد. پیت "
            "وارگا سخنگو گفت شرکت بابت خطای نرم‌افزار صدور قبض عذرخواهی کرد. قبض اصلاح‌شده 90 "
            "بود و یک مهندس کنتور را بررسی کرد. لنا اوستروا شهردار از شرکت توضیح خواست.",
        ),
    ),
}

# The mayor as each text writes her name: a resolved entity wherever it appears.
MAYOR = {"en": "Ostrova", "de": "Ostrova", "es": "Ostrova", "fr": "Ostrova", "ar": "أوستروفا",
         "fa": "اوستروا"}  # fmt: skip


def _docs(language: str) -> list[StoryDoc]:
    vocabulary = Vocabulary()
    docs = []
    for number, (title, text) in enumerate(SAME_TOWN[language]):
        entities = {"e-town": 0.6}
        if MAYOR[language] in text:
            entities["e-mayor"] = 1.0
        if number == 2:
            entities["e-spokesman"] = 1.0
        article = make_article(f"{language}-{number}", title, text, language=language)
        docs.append(story_doc(article, entities, vocabulary))
    return docs


@pytest.mark.parametrize("language", sorted(SAME_TOWN))
def test_same_town_other_event_stays_apart(language: str) -> None:
    snow, snow_again, bill = _docs(language)
    threshold = DEFAULT_SETTINGS.threshold
    assert similarity(snow, snow_again, STORY_WEIGHTS) >= threshold
    for report in (snow, snow_again):
        assert similarity(report, bill, STORY_WEIGHTS) < threshold
        # Names alone would have linked them.
        no_floor = replace(STORY_WEIGHTS, words_floor=0.0)
        assert similarity(report, bill, no_floor) >= threshold
    stories = cluster([snow, snow_again, bill])
    assert stories[snow.id] == stories[snow_again.id] != stories[bill.id]
