"""Sentence-level claim signals: who says so (attribution, hedges, official responses, through
per-language lexicons) and whether a sentence voices the author's own opinion (subjectivity);
each module loads its data lazily, so importing this package costs nothing.
"""
