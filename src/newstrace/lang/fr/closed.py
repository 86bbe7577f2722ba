"""Closed-class words shared by the fr claims and event tables (kept in their order)."""

# Day words: both words between a subject and its verb and time words.
DAYS = (
    "hier",
    "aujourd'hui",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
)
