"""Language and sentences: the first per-article analysis stage."""

from .language import detect_language
from .normalize import content_key, index_text, search_words
from .sentences import sentence_spans

__all__ = ["content_key", "detect_language", "index_text", "search_words", "sentence_spans"]
