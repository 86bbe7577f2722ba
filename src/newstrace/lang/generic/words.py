"""Words the name finder knows in languages without a pack (Italian, Dutch, Portuguese)."""

NAME_PARTICLES = "della di da van e".split()
TITLES = "signor signora onorevole sindaco".split()
ORGANISATION_WORDS = "ministero partito sindacato governo università".split()
PLACE_WORDS = "piazza via stazione porto".split()

# Name comparison: particles dropped wherever they are, except as the last word. Hebrew בן
# ("son of") in a family name is the particle ben/bin (Ben-Gvir, Ben-Gurion).
COMPARISON_PARTICLES = ("da", "di", "della", "dos", "das", "van", "ter", "ten", "בן")

# Provenance: URL paths of a site's wire pages (any language).
WIRE_PATHS = (
    ("AP", r"/aponline/|/wires/ap/|/wire/ap/"),
    ("Reuters", r"/wires/reuters/|/reuters/"),
    ("AFP", r"/wires/afp/|/afp/"),
    ("PA", r"/wires/pa/"),
)
