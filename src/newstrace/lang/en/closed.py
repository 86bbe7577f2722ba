"""Closed-class words shared by the en claims and event tables (kept in their order)."""

# Articles, demonstratives and possessives: the first determiners of the claims and event
# tables alike.
DETERMINERS = (
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
)

# Day words: both words between a subject and its verb and time words.
DAYS = (
    "yesterday",
    "today",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
