"""The package's import graph flows one way: no cycles, no forbidden arrows.

The graph is read from the source with :mod:`ast` (nothing is imported): every ``import`` and
``from … import`` anywhere in a module (function-level imports and ``TYPE_CHECKING`` blocks
included, since a type-only arrow still ties the two rooms together), absolute or relative,
and ``import_module("newstrace.…")`` with a literal name. Modules are grouped into *units*,
the top-level subpackages and modules of ``newstrace`` (``store``, ``claims``, ``api``, …;
``__init__`` is the package's own ``__init__.py``), and arrows are checked between units.

Layers, bottom up; a unit may import units of its own layer or below, never above:

0. ``errors``, ``models``, ``contracts`` — records and the words to describe stages;
1. ``lang`` — language packs: word tables, date grammars and the purpose-named letter
   folding they are matched with; they import nothing but each other;
2. ``nlp`` — the sentence toolkit (folding by purpose, tokens with offsets, the phrase
   matcher, quotes, clauses, negation), language identification and sentence spans; it asks
   ``lang`` for each language's words;
3. ``ingest``, ``dates``, ``entities``, ``claims``, ``events``, ``pipeline`` — reading inputs
   and the per-article stages (``pipeline`` lists them; ``events`` reads ``dates``);
4. ``stories``, ``provenance``, ``corpus`` — cross-article stages over records;
5. ``store`` — rows in and out of SQLite, nothing else;
6. ``engines`` — run the stages and write the store;
7. ``api`` and the package ``__init__`` — the public entry points;
8. ``report`` — renders an analysis (from a run or a database);
9. ``web``, ``cli``, ``__main__`` — the front ends.

On top of the layers, some arrows are named outright (they are the ones the redesign of issue
11 removes, and the layers alone would allow some of them): the store imports no stage (it
keeps rows, the pipeline decides), no stage imports the store, ``lang`` imports no stage, and
only the front ends import ``cli`` or ``web``.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newstrace"

LAYERS: tuple[frozenset[str], ...] = tuple(
    frozenset(names.split())
    for names in (
        "errors models contracts",
        "lang",
        "nlp",
        "ingest dates entities claims events pipeline",
        "stories provenance corpus",
        "store",
        "engines",
        "api __init__",
        "report",
        "web cli __main__",
    )
)
LAYER_OF = {unit: level for level, units in enumerate(LAYERS) for unit in units}

# Every unit that reads inputs or runs a stage, per-article or cross-article.
STAGES = frozenset("ingest dates entities claims events pipeline stories provenance corpus".split())
FRONT_ENDS = frozenset({"cli", "web", "__main__"})

# Violations tolerated for now: none. An entry may only be added with an issue that removes
# it; the test fails on any violation not listed here and on any listed one that no longer
# occurs, so the set can only shrink.
KNOWN_VIOLATIONS: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Arrow:
    """One import between units, with where it is written (for the failure message)."""

    source: str
    target: str
    where: str


def module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def unit_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def imported_modules(
    path: Path, modules: frozenset[str], root: Path = PACKAGE
) -> list[tuple[str, int]]:
    """Every ``newstrace`` module ``path`` imports, with the line it does it on."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[tuple[str, int]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node.module, node.level, package)
            # "from . import attribution" imports a module, not a name of the package: an
            # arrow to the module only (every import runs the parents' __init__ anyway).
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                found.append((submodule if submodule in modules else base, node.lineno))
        elif _is_import_module(node):
            found.append((node.args[0].value, node.lineno))  # type: ignore[attr-defined]
    return [(module, line) for module, line in found if module.split(".")[0] == "newstrace"]


def _absolute(module: str | None, level: int, package: str) -> str:
    if not level:
        return module or ""
    parts = package.split(".")
    base = ".".join(parts[: len(parts) - (level - 1)])
    return f"{base}.{module}" if module else base


def _is_import_module(node: ast.AST) -> bool:
    if not (isinstance(node, ast.Call) and node.args):
        return False
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    first = node.args[0]
    return (
        name == "import_module"
        and isinstance(first, ast.Constant)
        and isinstance(first.value, str)
        and first.value.startswith("newstrace")
    )


def unit_arrows(root: Path = PACKAGE) -> dict[tuple[str, str], Arrow]:
    """The arrows between units, each with the first place it is written."""
    paths = sorted(root.rglob("*.py"))
    modules = frozenset(module_name(path, root) for path in paths)
    arrows: dict[tuple[str, str], Arrow] = {}
    for path in paths:
        source = unit_of(module_name(path, root))
        for module, line in imported_modules(path, modules, root):
            target = unit_of(module)
            if target != source and (source, target) not in arrows:
                where = f"{path.relative_to(root.parent)}:{line}"
                arrows[(source, target)] = Arrow(source, target, where)
    return arrows


def cycles(arrows: dict[tuple[str, str], Arrow]) -> list[list[str]]:
    """The strongly connected groups of more than one unit (Tarjan), each sorted."""
    graph: dict[str, list[str]] = defaultdict(list)
    for source, target in arrows:
        graph[source].append(target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(unit: str) -> None:
        index[unit] = low[unit] = len(index)
        stack.append(unit)
        on_stack.add(unit)
        for other in graph[unit]:
            if other not in index:
                visit(other)
                low[unit] = min(low[unit], low[other])
            elif other in on_stack:
                low[unit] = min(low[unit], index[other])
        if low[unit] == index[unit]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == unit:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for unit in sorted(graph):
        if unit not in index:
            visit(unit)
    return groups


def forbidden(source: str, target: str) -> str | None:
    """Why the arrow ``source -> target`` is not allowed, or None."""
    if source == "store" and target in STAGES | {"engines", "api"}:
        return "the store imports a stage or what runs one"
    if source in STAGES and target == "store":
        return "a stage imports the store"
    if source == "lang" and target in STAGES:
        return "a language pack imports a stage"
    if target in FRONT_ENDS and source not in FRONT_ENDS:
        return "only the front ends import cli or web"
    if LAYER_OF[target] > LAYER_OF[source]:
        return f"layer {LAYER_OF[source]} imports layer {LAYER_OF[target]}"
    return None


def violations(root: Path = PACKAGE) -> dict[str, str]:
    """Every violation today, keyed as in :data:`KNOWN_VIOLATIONS`, with its explanation."""
    arrows = unit_arrows(root)
    found = {
        f"{a.source} -> {a.target}": f"{why} ({a.where})"
        for a in arrows.values()
        if (why := forbidden(a.source, a.target))
    }
    for group in cycles(arrows):
        members = set(group)
        places = [a.where for a in arrows.values() if {a.source, a.target} <= members]
        found["cycle: " + ", ".join(group)] = "import cycle (" + "; ".join(sorted(places)) + ")"
    return found


def test_every_unit_has_a_layer():
    units = {unit_of(module_name(path)) for path in PACKAGE.rglob("*.py")}
    assert units - LAYER_OF.keys() == set(), "place the new unit in LAYERS (see the docstring)"


def test_no_new_cycle_or_forbidden_arrow():
    new = {key: why for key, why in violations().items() if key not in KNOWN_VIOLATIONS}
    assert new == {}


def test_known_violations_only_shrink():
    gone = KNOWN_VIOLATIONS - violations().keys()
    assert gone == set(), "these no longer occur: remove them from KNOWN_VIOLATIONS"


def test_the_checker_sees_cycles_and_forbidden_arrows():
    arrows = {
        ("a", "b"): Arrow("a", "b", "a.py:1"),
        ("b", "c"): Arrow("b", "c", "b.py:1"),
        ("c", "a"): Arrow("c", "a", "c.py:1"),
        ("c", "d"): Arrow("c", "d", "c.py:2"),
    }
    assert cycles(arrows) == [["a", "b", "c"]]
    assert forbidden("store", "provenance")
    assert forbidden("claims", "store")
    assert forbidden("lang", "dates")
    assert forbidden("report", "cli")
    assert forbidden("lang", "nlp")
    assert forbidden("api", "store") is None
    assert forbidden("events", "dates") is None


def test_relative_and_function_level_imports_are_read(tmp_path):
    assert _absolute("models", 2, "newstrace.claims") == "newstrace.models"
    assert _absolute(None, 1, "newstrace.claims") == "newstrace.claims"
    arrows = unit_arrows()
    # pipeline.py imports its stages inside the stage functions.
    assert ("pipeline", "claims") in arrows
    assert ("pipeline", "models") in arrows
    # "from newstrace import lang" is an arrow to lang, not to the package's __init__.
    modules = frozenset({"newstrace", "newstrace.lang", "newstrace.dates.finder"})
    source = tmp_path / "newstrace" / "dates" / "finder.py"
    source.parent.mkdir(parents=True)
    source.write_text("from newstrace import lang\nfrom .. import analyze\n")
    found = imported_modules(source, modules, root=tmp_path / "newstrace")
    assert found == [("newstrace.lang", 1), ("newstrace", 2)]
