"""The sentence toolkit both rule engines use: tokens with offsets, the lexicon phrase syntax
and its two matchers, quotation spans, clause helpers and negation scope."""

from __future__ import annotations

from newstrace.nlp.clauses import bracket_end, bracket_start, trim_end, word_window
from newstrace.nlp.negation import negated, negation_start
from newstrace.nlp.phrases import (
    Part,
    alternation,
    fold_phrase,
    gap_spans,
    match_parts,
    parse_phrase,
    phrase_index,
    spans,
    word_list,
)
from newstrace.nlp.quotes import in_quotes, quotation_spans, quote_regions
from newstrace.nlp.tokens import (
    WORD_TOKEN,
    fold_with_map,
    speech_pattern,
    speech_tokens,
    word_tokens,
)

SPEECH = speech_pattern(("Mr", "Dr"))
FRENCH = speech_pattern(("Mr", "Dr"), ("qu", "l", "d", "n"))


def texts(tokens) -> list[str]:
    return [t.text for t in tokens]


def matched(pattern, text: str) -> list[str]:
    folded, where = fold_with_map(text)
    return [text[a:b] for a, b in spans(pattern, folded, where)]


# --------------------------------------------------------------------------------------------
# Tokens.


def test_speech_tokens_keep_titles_initialisms_and_split_clitics() -> None:
    tokens = speech_tokens("Mr. Trump didn't tell the U.S. envoy’s staff.", SPEECH)
    assert texts(tokens) == [
        "Mr.", "Trump", "did", "n't", "tell", "the", "U.S.", "envoy", "’s", "staff", ".",
    ]  # fmt: skip
    text = "Mr. Trump didn't tell the U.S. envoy’s staff."
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert tokens[8].low == "'s" and not tokens[-1].word


def test_speech_tokens_split_french_elision_only_when_asked() -> None:
    text = "Selon l’AFP, il a dit qu'il partait."
    assert "l’" in texts(speech_tokens(text, FRENCH))
    assert "qu'" in texts(speech_tokens(text, FRENCH))
    assert "l’AFP" in texts(speech_tokens(text, SPEECH))


def test_speech_tokens_fold_arabic_and_german() -> None:
    arabic = speech_tokens("وقالَ المتحدثُ", SPEECH)
    assert [t.low for t in arabic] == ["وقال", "المتحدث"]  # diacritics folded, offsets kept
    assert arabic[0].text == "وقالَ"
    german = speech_tokens("Der Minister sagte: „Nein“.", SPEECH)
    assert texts(german) == ["Der", "Minister", "sagte", ":", "„", "Nein", "“", "."]
    assert german[1].low == "minister"


def test_word_tokens_give_arabic_words_their_forms_without_proclitics() -> None:
    tokens = word_tokens("وقال الوزير", arabic_script=True, clitics=True)
    assert tokens[0].text == "وقال" and "قال" in tokens[0].variants
    assert (tokens[1].start, tokens[1].end) == (5, 11)


def test_word_tokens_map_persian_words_back_over_zwnj() -> None:
    text = "او استعفا می‌کند"
    tokens = word_tokens(text, arabic_script=True, clitics=False)
    assert [t.text for t in tokens] == [fold_phrase(w) for w in ("او", "استعفا", "میکند")]
    assert text[tokens[2].start : tokens[2].end] == "می‌کند"
    assert tokens[2].variants == (fold_phrase("میکند"),)


def test_word_tokens_keep_negated_contractions_whole_in_latin_script() -> None:
    tokens = word_tokens("He didn't resign, Señor.", arabic_script=False, clitics=False)
    assert [t.text for t in tokens] == ["he", "didn't", "resign", ",", "señor", "."]
    assert not tokens[3].word


# --------------------------------------------------------------------------------------------
# The phrase syntax.


def test_parse_phrase_reads_wildcards_and_gaps() -> None:
    assert parse_phrase("step* down") == (Part("prefix", "step"), Part("exact", "down"))
    assert parse_phrase("*stan") == (Part("suffix", "stan"),)
    assert parse_phrase("wies … zurück")[1] == Part("gap", "")
    assert parse_phrase("rejected ... claims")[1] == Part("gap", "")


def test_parse_phrase_cuts_words_like_the_sentence_when_asked() -> None:
    # French elision: "l'armée" lines up with the tokens "l", "'", "armée".
    assert [p.text for p in parse_phrase("l’armée", WORD_TOKEN)] == ["l", "'", "armée"]
    assert parse_phrase("l’armée") == (Part("exact", "l'armée"),)
    assert parse_phrase("démission*", WORD_TOKEN) == (Part("prefix", "démission"),)


def test_fold_phrase_folds_case_apostrophes_and_arabic_letters() -> None:
    assert fold_phrase("D’après") == "d'après"
    assert fold_phrase("أكّد") == "اكد"
    assert fold_phrase("ی") == fold_phrase("ي")


def test_word_list_has_prefix_entries() -> None:
    words = word_list(["will", "démissionn*"])
    assert words.has("will") and words.has("démissionne") and not words.has("démission")


# --------------------------------------------------------------------------------------------
# Regex matching over folded text.


def test_alternation_matches_whole_words_with_a_wildcard() -> None:
    pattern = alternation(["according to", "claim*"])
    assert matched(pattern, "According to police, he claimed it.") == ["According to", "claimed"]
    assert matched(pattern, "The reclaimed land.") == []


def test_alternation_takes_arabic_proclitics_only_when_asked() -> None:
    assert matched(alternation(["قال"], proclitics="وف"), "وقال الوزير") == ["وقال"]
    assert matched(alternation(["قال"]), "وقال الوزير") == []


def test_alternation_joins_persian_words_when_asked() -> None:
    text = "به‌گزارش خبرگزاری"
    assert matched(alternation(["به گزارش"], joined=True), text) == ["به‌گزارش"]
    assert matched(alternation(["به گزارش"]), text) == []


def test_gap_spans_report_the_words_a_gap_covered() -> None:
    text = "رفضت وزارة الخارجية التعليق."
    folded, where = fold_with_map(text)
    [(start, end, gap)] = gap_spans(alternation(["رفضت … التعليق"]), folded, where)
    assert text[start:end] == "رفضت وزارة الخارجية التعليق"
    assert gap is not None and text[gap[0] : gap[1]].strip() == "وزارة الخارجية"


def test_spanish_and_french_phrases_match_folded_text() -> None:
    assert matched(alternation(["según"]), "Según la policía, huyó.") == ["Según"]
    assert matched(alternation(["d'après"]), "D’après l’AFP, il a fui.") == ["D’après"]


def test_no_phrases_compile_to_nothing() -> None:
    assert alternation([]) is None
    assert spans(None, "x", [0]) == []


# --------------------------------------------------------------------------------------------
# Token-by-token matching.


class Entry:
    def __init__(self, phrase: str) -> None:
        self.phrase = phrase
        self.parts = parse_phrase(phrase, WORD_TOKEN)


def test_phrase_index_finds_entries_by_their_first_word() -> None:
    entries = [Entry("resign*"), Entry("step* down"), Entry("*stan")]
    index = phrase_index(entries, lambda e: e.parts)
    assert [e.phrase for e in index.starting(("resigned",))] == ["resign*"]
    assert [e.phrase for e in index.starting(("stepped",))] == ["step* down"]
    assert [e.phrase for e in index.starting(("pakistan",))] == ["*stan"]
    assert index.starting(("met",)) == []


def test_match_parts_follows_words_and_gaps_but_not_across_a_comma() -> None:
    tokens = word_tokens("Er wies die Vorwürfe zurück.", arabic_script=False, clitics=False)
    parts = parse_phrase("wies … zurück", WORD_TOKEN)
    assert match_parts(tokens, 1, parts, 6, frozenset(",")) == (1, 4)
    cut = word_tokens("Er wies, sagte er, zurück.", arabic_script=False, clitics=False)
    assert match_parts(cut, 1, parts, 6, frozenset(",")) is None
    down = word_tokens("He stepped down.", arabic_script=False, clitics=False)
    assert match_parts(down, 1, parse_phrase("step* down", WORD_TOKEN), 6, frozenset()) == (1, 2)


def test_match_parts_tries_every_form_of_an_arabic_word() -> None:
    tokens = word_tokens("وبالاستقالة", arabic_script=True, clitics=True)
    index = phrase_index([Entry("استقالة")], lambda e: e.parts)
    assert index.starting(tokens[0].variants)


# --------------------------------------------------------------------------------------------
# Quotations.


def test_quote_regions_in_several_scripts() -> None:
    english = "“We will win,” he said."
    assert quote_regions(english) == [(0, english.index("”") + 1)]
    german = "Er sagte: „Wir gewinnen“."
    assert quote_regions(german) == [(german.index("„"), german.index("“") + 1)]
    french = "Il a dit : « Nous gagnerons »."
    assert quote_regions(french) == [(french.index("«"), french.index("»") + 1)]
    arabic = "قال: «سننتصر»."
    assert quote_regions(arabic) == [(arabic.index("«"), arabic.index("»") + 1)]


def test_apostrophes_are_not_quotations_and_open_quotes_run_on() -> None:
    assert quote_regions("Trump’s aide didn’t say.") == []
    text = 'He said "we will win and'
    assert quote_regions(text) == [(text.index('"'), len(text))]
    closing = "we will win,” he said."
    assert quote_regions(closing) == [(0, closing.index("”") + 1)]


def test_quotation_spans_are_per_paragraph_and_in_quotes_tests_positions() -> None:
    text = "“First part.\nSecond” he said."
    found = quotation_spans(text)
    assert found == [(0, len("“First part.")), (13, 13 + len("Second”"))]
    assert in_quotes(0, found) and in_quotes(3, found) and not in_quotes(25, found)


# --------------------------------------------------------------------------------------------
# Clauses.


def test_word_window_stops_at_clause_punctuation_and_commas() -> None:
    tokens = word_tokens("If he, the minister, did not resign", arabic_script=False, clitics=False)
    assert word_window(tokens, 7, -1, 3) == [7, 6]  # "not", "did", then the comma
    assert word_window(tokens, 0, 1, 5) == [0, 1]


def test_brackets_are_passed_over_whole() -> None:
    tokens = word_tokens("كريم حداد (Karim Haddad) استقال", arabic_script=True, clitics=False)
    close = [t.text for t in tokens].index(")")
    assert bracket_start(tokens, close, 0) == 2
    assert bracket_end(tokens, 2, len(tokens) - 1) == close
    assert bracket_start(tokens, 0, 0) == 0


def test_trim_end_drops_final_punctuation_in_any_script() -> None:
    assert trim_end("He resigned.", 12) == len("He resigned")
    assert trim_end("استقال الوزير، ", 15) == len("استقال الوزير")
    assert trim_end("¿Dimitió? ", 10) == len("¿Dimitió")


# --------------------------------------------------------------------------------------------
# Negation scope.


def scope(text: str, negations: set[str], auxiliaries: set[str], word: str) -> str:
    tokens = speech_tokens(text, FRENCH)
    lows = [t.low for t in tokens]
    index = lows.index(word)
    first = negation_start(index, lambda k: lows[k] in negations, lambda k: lows[k] in auxiliaries)
    return text[tokens[first].start : tokens[index].end]


def test_negation_start_covers_auxiliaries_between_negation_and_word() -> None:
    assert scope("He did not confirm it", {"not"}, {"did"}, "confirm") == "did not confirm"
    assert scope("He did confirm it", {"not"}, {"did"}, "confirm") == "confirm"
    assert scope("لم يؤكد الوزير", {"لم"}, set(), "يوكد") == "لم يؤكد"
    assert scope("Il n'a pas confirmé", {"n'", "pas"}, {"a"}, "confirmé") == "n'a pas confirmé"


def test_negated_looks_only_inside_the_scope() -> None:
    words = ["sie", "hat", "nicht", "demissioniert"]
    assert negated([1, 2], lambda i: words[i] == "nicht")
    assert not negated([0, 1], lambda i: words[i] == "nicht")
