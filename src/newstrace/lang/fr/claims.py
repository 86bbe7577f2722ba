"""French. "Le ministre a déclaré que …", "…, a déclaré le ministre", "a-t-il affirmé";
"selon X" and "d'après X" are the prepositional forms."""

from __future__ import annotations

from newstrace.lang.schema import Lexicon

from . import closed

# Past participles (the verb of "a déclaré") and present forms.
_VERBS = """
déclaré déclare déclarent
dit
affirmé affirme affirment
indiqué indique indiquent
précisé précise précisent
expliqué explique expliquent
ajouté ajoute ajoutent
souligné souligne soulignent
estimé estime estiment
assuré assure assurent
rapporté rapporte rapportent
annoncé annonce annoncent
confirmé confirme confirment
démenti dément démentent
nié nie nient
reconnu reconnaît reconnaissent
admis admet
averti avertit
prévenu prévient
dénoncé dénonce dénoncent
accusé accuse accusent
critiqué critique critiquent
écrit écrivent
tweeté
raconté raconte
confié confie
martelé martèle
insisté insiste
jugé juge jugent
répondu répond
rappelé rappelle
révélé révèle
commenté
noté note
observé
signalé signale
plaidé plaide
pense pensent
croit croient
"""
_AUXILIARY = ("a", "ont", "avait", "avaient", "aurait")
_MAIN = (
    "déclaré dit affirmé indiqué précisé expliqué ajouté souligné estimé assuré rapporté "
    "annoncé confirmé démenti nié reconnu averti dénoncé écrit raconté confié répondu rappelé"
).split()

LEXICON = Lexicon(
    language="fr",
    # "estime que …" reports a view; "estime la réforme à dix millions" an estimate.
    clausal=tuple(
        (
            "estimé estime estiment jugé juge jugent pense pensent croit croient considère "
            "considèrent considéré"
        ).split()
    ),
    # Thinking and believing: a state of mind, reported apart as a belief.
    beliefs=("pense", "pensent", "croit", "croient", "considère", "considèrent", "considéré"),
    # "souligne que …" reports; "la crise souligne le besoin" has no speaker.
    predicative=("souligne", "soulignent", "souligné"),
    finite=tuple(
        (
            "est sont était étaient fut sera seront serait seraient a ont avait avaient aura va "
            "vont allait doit doivent devrait peut peuvent pourrait"
        ).split()
    ),
    not_agents=tuple(
        (
            "mouvement mouvements crise crises besoin besoins situation décision conflit guerre "
            "violence processus fait problème problèmes effort efforts changement tendance "
            "économie marché marchés manifestation manifestations"
        ).split()
    ),
    # "a déclaré" as one cue, so that "…, a déclaré le ministre" sees the comma before it.
    verbs=tuple(_VERBS.split())
    + tuple(f"{aux} {verb}" for aux in _AUXILIARY for verb in _MAIN)
    + ("fait savoir", "fait valoir", "a fait savoir", "a fait valoir"),
    participles=(
        "ajoutant",
        "affirmant",
        "estimant",
        "précisant",
        "soulignant",
        "expliquant",
        "indiquant",
        "assurant",
        "déclarant",
        "rappelant",
    ),
    source_after=(
        *("selon", "d'après", "de source", "citant"),
        *("cité par", "citée par", "cités par", "citées par"),
    ),
    # "selon des sources citées par le journal X": the paper relays what the sources said.
    relay_cues=("cité par", "citée par", "cités par", "citées par"),
    not_cues=("selon le plan", "selon le calendrier", "selon les règles", "c'est-à-dire"),
    complementizers=("que", "qu'"),
    relatives=("qui", "lequel", "laquelle"),
    pronouns=(
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "nous",
        "je",
        "a-t-il",
        "a-t-elle",
        "ont-ils",
        "ont-elles",
        "a-t-on",
    ),
    determiners=(
        "le",
        "la",
        "les",
        "l'",
        "un",
        "une",
        "des",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "ce",
        "cette",
        "deux",
        "trois",
        "plusieurs",
    ),
    skip=(
        "a",
        "ont",
        "avait",
        "avaient",
        "aurait",
        "ensuite",
        "aussi",
        "également",
        "encore",
        "déjà",
        "alors",
        # Sentence adverbs, never a source: "Désormais, il croit que …".
        "désormais",
        "pourtant",
        "cependant",
        "toutefois",
        "néanmoins",
        "ainsi",
        "aujourd'hui",
        "hier",
        "maintenant",
        *closed.DAYS,
    ),
    times=(*closed.DAYS,),
    stops=(
        # "fuentes citadas por …": the participle opens the next cue.
        "cité",
        "citée",
        "cités",
        "citées",
        "que",
        "qu'",
        "et",
        "ou",
        "mais",
        "car",
        "si",
        "quand",
        "comme",
        "a",
        "ont",
        "avait",
        "est",
        "sont",
        "ne",
        "n'",
        "pas",
        "aussi",
        "déjà",
        "encore",
        "également",
        "se",
        "s'",
        "y",
    ),
    prepositions=(
        "dans",
        "en",
        "à",
        "au",
        "aux",
        "avec",
        "par",
        "pour",
        "sur",
        "sous",
        "pendant",
        "après",
        "avant",
        "depuis",
        "lors",
    ),
    passive=("été", "est", "sont", "était", "fut"),
    agents=("par",),
    links=("de", "du", "d'"),
    anonymous=(
        "sources",
        "source",
        "responsable",
        "responsables",
        "diplomate",
        "diplomates",
        "fonctionnaire",
        "fonctionnaires",
    ),
    anonymity=(
        "sous couvert d'anonymat",
        "sous le couvert de l'anonymat",
        "qui a requis l'anonymat",
        "ayant requis l'anonymat",
        "qui a souhaité garder l'anonymat",
        "qui a demandé à ne pas être nommé",
        "qui a demandé à ne pas être nommée",
        "qui a souhaité rester anonyme",
        "anonyme",
        "anonymes",
    ),
    publishers=(
        "journal",
        "quotidien",
        "hebdomadaire",
        "agence",
        "chaîne",
        "magazine",
        "site",
        "radio",
        "afp",
        "reuters",
    ),
    opinions=(
        "à notre avis",
        "selon nous",
        "nous estimons",
        "nous pensons",
        "à mon avis",
        "selon moi",
        "de notre point de vue",
    ),
    hedges=(
        "présumé",
        "présumée",
        "présumés",
        "présumées",
        "présumément",
        "prétendument",
        "supposé",
        "supposée",
        "apparemment",
        "selon toute vraisemblance",
        "aurait",
        "auraient",
        "serait",
        "seraient",
        "il semble que",
        "semble-t-il",
        "soupçonné",
        "soupçonnée",
        "vraisemblablement",
        "probablement",
        "dit-on",
        "paraît-il",
    ),
    responses={
        "declined": (
            "n'a pas souhaité commenter",
            "n'ont pas souhaité commenter",
            "n'a pas souhaité faire de commentaire",
            "n'a pas voulu commenter",
            "a refusé de commenter",
            "ont refusé de commenter",
            "s'est refusé à tout commentaire",
            "s'est refusée à tout commentaire",
            "a décliné tout commentaire",
            "s'est refusé à commenter",
            "a refusé de confirmer",
            "ont refusé de confirmer",
            "n'a pas souhaité s'exprimer",
            "n'ont pas souhaité s'exprimer",
            "n'a pas souhaité réagir",
            "n'ont pas souhaité réagir",
            "n'a pas voulu s'exprimer",
            "n'a pas voulu réagir",
        ),
        "no_comment": (
            # Neither confirming nor denying says nothing either way, nor does a negated
            # confirmation ("n'a pas confirmé", "Personne n'a confirmé").
            "n'a ni confirmé ni démenti",
            "n'ont ni confirmé ni démenti",
            "ni confirmé ni démenti",
            "ni confirmé ni infirmé",
            "ni confirmer ni démentir",
            "n'a confirmé",
            "n'ont confirmé",
            "n'a démenti",
            "n'ont démenti",
            "pas confirmé",
            "pas encore confirmé",
            "jamais confirmé",
            "pas encore réagi",
            "pas encore répondu",
            "pas encore commenté",
            "pas pu être joint",
            "pas pu être jointe",
            "pas pu être joints",
            "n'a pas répondu aux sollicitations",
            "n'a pas répondu",
            "n'ont pas répondu",
            "n'a pas réagi",
            "n'ont pas réagi",
            "n'avait pas réagi",
            "n'a pas commenté",
            "n'a pas donné suite",
            "n'était pas joignable",
            "n'a pu être joint",
            "n'a pas pu être joint",
            "n'a pas pu être jointe",
            "pas immédiatement répondu",
            "pas immédiatement réagi",
            "injoignable",
            "pas pu être contacté",
            "pas pu être contactée",
            "pas pu être contactés",
        ),
        "denied": (
            "a démenti",
            "ont démenti",
            "démenti",
            "dément",
            "démentent",
            "a nié",
            "nié",
            "nie",
            "ont nié",
            "a rejeté les accusations",
            "ont rejeté les accusations",
            "rejette les accusations",
        ),
        "confirmed": ("a confirmé", "ont confirmé", "confirme", "confirment"),
    },
    negations=("ne", "n'", "pas", "ni", "jamais"),
    free_inversion=True,
    abbreviations=("Mmes", "Mme", "Mlle", "Fr"),
    main_complementizers=("que", "qu'"),
    clause_prepositions=("après",),
    elided=("qu", "lorsqu", "puisqu", "jusqu", "l", "d", "j", "m", "n", "s", "t", "c"),
    conditional_hedges=("aurait", "auraient", "serait", "seraient"),
    if_words=("si", "s'il", "s'ils", "s'"),
    name_links=("et",),
    coordinators=("et",),
)
