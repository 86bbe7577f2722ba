"""Cross-article entity resolution: one entity per real-world referent, whatever the script.

Works on keyed groups, never on all pairs: places join by gazetteer id; other names are
blocked by :func:`names.blocking_keys` (script-independent consonant keys), and only
entities sharing a key are compared. Each merge records the two names, the rule and the score,
so a user can see why "محمد جواد ظريف" and "Mohammad Javad Zarif" are one entity.

Names that are only part of a full name ("Zarif") join a full name from another article only
when exactly one candidate fits; otherwise they stay apart rather than guess.

In: :class:`~newstrace.models.LocalEntity` records; out: :class:`~newstrace.models.
ResolvedEntity` records (both defined in ``models``, where the store reads and writes them).
:func:`entity_keys` gives the keys a record is compared under, for an engine that groups.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from .. import lang
from ..lang.fold import fold
from ..models import LocalEntity, Merge, ResolvedEntity
from .names import blocking_keys, canonical_form, clear_caches, compare_names

# A block of more distinct names than this is a key too common to mean anything
# ("Mohammad"): skip it (names in it still meet through their other keys).
MAX_BLOCK = 40
_FAMILY = {"organization": "org", "outlet": "org"}
Join = Callable[[int, int, Merge], None]
_HOST = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$")


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


def entity_keys(entity: LocalEntity) -> list[tuple[str, str]]:
    """The keys under which ``entity`` meets others in :func:`resolve`: its gazetteer id
    (places), the squashed outlet key of each name, and the name-blocking keys of its main
    name. Records sharing no key are never compared (partial names join later, through the
    matches these keys found)."""
    if entity.type == "place" and entity.place:
        return [("place", entity.place)]
    keys: list[tuple[str, str]] = []
    if entity.type != "person":
        keys += [("outlet", key) for key in map(outlet_key, entity.names) if len(key) >= 3]
    family = _family(entity.type)
    keys.append((family, _name_key(_main_name(entity))))
    keys += [(family, key) for key in sorted(blocking_keys(_main_name(entity), entity.type))]
    return list(dict.fromkeys(keys))


def _family(kind: str) -> str:
    return _FAMILY.get(kind, kind)


def _main_name(entity: LocalEntity) -> str:
    return max(entity.names, key=lambda n: (len(n.split()), len(n)))


def resolve(entities: Iterable[LocalEntity]) -> list[ResolvedEntity]:
    """Cluster local entities into resolved entities with merge reasons."""
    items = list(entities)
    # Anonymous sources never join anything: "diplomatic sources" in two articles are not
    # known to be the same people, and must never count as one independent source.
    named = [i for i, e in enumerate(items) if not e.anonymous]
    uf = _UnionFind(len(items))
    merges: list[tuple[int, int, Merge]] = []

    def join(a: int, b: int, merge: Merge) -> None:
        if uf.union(a, b):
            merges.append((a, b, merge))

    _join_places(items, named, join)
    _join_outlets(items, named, join)
    partials = _join_names(items, named, uf, join)
    _join_unambiguous_partials(items, uf, partials, join)
    resolved = _build(items, uf, merges)
    clear_caches()  # the run's memoised comparisons: not needed by the stages after this one
    return resolved


def _join_places(items: list[LocalEntity], named: list[int], join: Join) -> None:
    first: dict[str, int] = {}
    for i in named:
        entity = items[i]
        if entity.type == "place" and entity.place:
            if entity.place in first:
                j = first[entity.place]
                join(j, i, Merge(_main_name(items[j]), _main_name(entity), "gazetteer-id", 1.0))
            else:
                first[entity.place] = i


def outlet_key(name: str) -> str:
    """Squashed outlet name or URL host: "Gulf Daily Echo" and "gulfdailyecho.example" meet."""
    text = name.casefold().strip()
    if _HOST.match(text):
        labels = text.removeprefix("www.").split(".")
        text = labels[0] if len(labels) <= 2 else ".".join(labels[:-1])
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[\W_]+", "", text)


def _join_outlets(items: list[LocalEntity], named: list[int], join: Join) -> None:
    """Outlets by name and URL host; a name that is exactly an outlet's name joins it.

    The NER model may call an outlet an organisation, ``other``, or even a place when its
    name sounds like one ("Levant Wire"); a place the gazetteer knows never joins, nor does a
    region a pack lists (the region "الشرق الأوسط" is no newspaper "الشرق الأوسط").
    """
    first: dict[str, int] = {}
    for i in named:
        entity = items[i]
        if entity.type == "person" or (entity.type == "place" and _mapped(entity)):
            continue
        for name in dict.fromkeys(entity.names):
            key = outlet_key(name)
            if len(key) < 3:
                continue
            if key in first and (entity.type == "outlet" or items[first[key]].type == "outlet"):
                j = first[key]
                rule = "outlet-host" if _HOST.match(name.casefold()) else "outlet-name"
                join(j, i, Merge(_main_name(items[j]), name, rule, 1.0))
            else:
                first.setdefault(key, i)


_REGIONS = frozenset(fold(r) for r in lang.union("regions"))


def _mapped(entity: LocalEntity) -> bool:
    """A place on the map: a gazetteer id, or a region (no country or city) a pack lists."""
    return bool(entity.place) or any(fold(n) in _REGIONS for n in entity.names)


def _name_key(name: str) -> str:
    return " ".join(fold(name).split())


def _join_names(
    items: list[LocalEntity], named: list[int], uf: _UnionFind, join: Join
) -> dict[int, set[int]]:
    """Compare names that share a blocking key; returns partial matches for later.

    Entities with the same (folded) main name are one *node* and join at once: the same
    name in a thousand articles costs one comparison per neighbour, not a thousand.
    """
    nodes: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in named:
        entity = items[i]
        if not (entity.type == "place" and entity.place):
            nodes[(_family(entity.type), _name_key(_main_name(entity)))].append(i)
    heads = [members[0] for members in nodes.values()]
    for members in nodes.values():
        for other in members[1:]:
            uf.union(members[0], other)
    main = {head: _main_name(items[head]) for head in heads}  # read once per pair below
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for head in heads:
        entity = items[head]
        for key in sorted(blocking_keys(main[head], entity.type)):
            blocks[(_family(entity.type), key)].append(head)
    partials: dict[int, set[int]] = defaultdict(set)
    compared: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        for x, i in enumerate(members):
            for j in members[:x]:
                pair = (min(i, j), max(i, j))
                if pair in compared or uf.find(i) == uf.find(j):
                    continue
                compared.add(pair)
                a, b = main[j], main[i]
                match = _compare_once(a, b, _compare_type(items[i], items[j]))
                if match.relation == "same":
                    join(j, i, Merge(a, b, match.rule, round(match.score, 3)))
                elif match.relation == "partial":
                    partials[i].add(j)
                    partials[j].add(i)
    return partials


# Heads are distinct names, so no pair of names is compared twice here: the verdict cache
# that pays off inside articles would only hold every pair of a large run in memory.
_compare_once = compare_names.__wrapped__


def _compare_type(a: LocalEntity, b: LocalEntity) -> str:
    if "outlet" in (a.type, b.type):
        return "outlet"
    return a.type


def _join_unambiguous_partials(
    items: list[LocalEntity], uf: _UnionFind, partials: dict[int, set[int]], join: Join
) -> None:
    for i, candidates in partials.items():
        shorter = len(_main_name(items[i]).split())
        if shorter == 1 and items[i].type == "other":
            continue  # an adjective ("American") is no part of a name ("Define American")
        longer = {uf.find(j) for j in candidates if len(_main_name(items[j]).split()) > shorter}
        if len(longer) == 1:
            (root,) = longer
            j = next(j for j in candidates if uf.find(j) == root)
            join(
                j, i, Merge(_main_name(items[j]), _main_name(items[i]), "partial-unambiguous", 0.8)
            )


def _build(
    items: list[LocalEntity], uf: _UnionFind, merges: list[tuple[int, int, Merge]]
) -> list[ResolvedEntity]:
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        clusters[uf.find(i)].append(i)
    merges_by_root: dict[int, list[Merge]] = defaultdict(list)
    for a, _, merge in merges:
        merges_by_root[uf.find(a)].append(merge)
    resolved = []
    for root, members in clusters.items():
        entities = [items[i] for i in members]
        names = Counter(n for e in entities for n in e.names)
        kind = _cluster_type(entities)
        place = next((e.place for e in entities if e.place), None)
        country = next((e.country for e in entities if e.country), None)
        keys = sorted(e.key for e in entities)
        resolved.append(
            ResolvedEntity(
                id=_entity_id(keys[0]),
                type=kind,
                name=canonical_form(names),
                aliases=sorted(names, key=lambda n: (-names[n], n)),
                members=keys,
                merges=merges_by_root.get(root, []),
                place=place,
                country=country,
                confidence=max(e.confidence for e in entities),
                anonymous=any(e.anonymous for e in entities),
            )
        )
    resolved.sort(key=lambda e: e.members[0])
    return resolved


def _cluster_type(entities: list[LocalEntity]) -> str:
    """The type the members' evidence settles, never a blind vote.

    People and mapped places come from their own evidence (a person's name, a gazetteer id)
    and keep their type. An article's own outlet (its metadata) makes an outlet. Otherwise a
    publisher cue in one article ("according to the ministry") does not outvote every article
    that names the same body as an organisation: outlet only when the outlet evidence is at
    least as common as the organisation evidence. Place and other readings count as no
    evidence against an outlet (the model calls "Levant Wire" a place). The rest: the
    majority, ties to the type of the longest name (the mention with the most context).
    """
    kinds = Counter(e.type for e in entities)
    mapped = any(e.type == "place" and e.place for e in entities)
    if not kinds["person"] and not mapped:
        if any(e.publisher and e.local == -1 for e in entities):
            return "outlet"
        outlets = sum(e.type == "outlet" or e.publisher for e in entities)
        bodies = sum(e.type == "organization" and not e.publisher for e in entities)
        if outlets and outlets >= bodies:
            return "outlet"
    top = max(kinds.values())
    tied = {kind for kind, count in kinds.items() if count == top}
    longest = max((e for e in entities if e.type in tied), key=lambda e: len(_main_name(e).split()))
    return longest.type


def _entity_id(first: tuple[str, int]) -> str:
    """Stable while the entity's earliest member stays: a hash of its (article, local)."""
    digest = hashlib.sha256(f"{first[0]}|{first[1]}".encode()).hexdigest()[:12]
    return f"e{digest}"


__all__ = ["LocalEntity", "ResolvedEntity", "entity_keys", "outlet_key", "resolve"]
