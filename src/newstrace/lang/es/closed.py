"""Closed-class words shared by the es claims and event tables (kept in their order)."""

# Articles, demonstratives and possessives: the first determiners of the claims and event
# tables alike.
DETERMINERS = (
    "el",
    "la",
    "los",
    "las",
    "un",
    "una",
    "unos",
    "unas",
    "su",
    "sus",
)
