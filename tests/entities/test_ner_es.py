"""Spanish NER: a CRF model (models/ner-es, trained on CoNLL-2002) replaces the fallback.

The article is fictional: the names are invented, so the model must type them from the
context and the word shapes, not from memory.
"""

from __future__ import annotations

import newstrace
from newstrace.entities import extract, ner

ARTICLE = (
    "Sevilla, 14 mar (EFE).\n"
    "El ministro de Fomento, Ricardo Valdés Ortega, anunció hoy en Sevilla que el Banco "
    "Andaluz de Inversiones aportará 300 millones de euros al nuevo puerto de Huelva.\n"
    "Valdés se reunió después con la presidenta de la Federación de Cooperativas del Sur, "
    "Marta Iglesias Roldán, en la sede del organismo.\n"
    "Según Iglesias, el acuerdo «llega tarde» para los agricultores de Andalucía."
)


def test_spanish_has_a_model_and_the_pipeline_uses_it() -> None:
    assert "es" in ner.available_languages()
    assert ner.engine("es") == "crf"
    assert extract.__name__  # the entities stage dispatches on available_languages()


def test_recognise_types_a_fictional_spanish_article() -> None:
    lines = ARTICLE.split("\n")
    found = {(s.text, s.label) for spans in ner.recognise(lines, "es") for s in spans}
    assert ("Ricardo Valdés Ortega", "person") in found
    assert ("Marta Iglesias Roldán", "person") in found
    assert ("Huelva", "place") in found
    assert ("Andalucía", "place") in found
    assert ("Banco Andaluz de Inversiones", "organization") in found


def test_pipeline_json_types_spanish_entities() -> None:
    analysis = newstrace.analyze([{"text": ARTICLE, "language": "es"}]).to_dict()
    typed = {(e["name"], e["type"]) for e in analysis["entities"]}
    names = {name for name, _ in typed}
    assert ("Ricardo Valdés Ortega", "person") in typed
    assert ("Marta Iglesias Roldán", "person") in typed
    assert any(name == "Huelva" and kind == "place" for name, kind in typed)
    assert "Banco Andaluz de Inversiones" in names
