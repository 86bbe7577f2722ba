"""Closed-class words shared by the de claims and event tables (kept in their order)."""

# Articles, demonstratives and possessives: the first determiners of the claims and event
# tables alike.
DETERMINERS = (
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
)

# Day words: both words between a subject and its verb and time words.
DAYS = (
    "gestern",
    "heute",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
)
