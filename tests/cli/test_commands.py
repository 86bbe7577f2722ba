"""The command line: exit codes, one-line errors, summary, help with examples."""

from __future__ import annotations

import json

import jsonschema
import pytest
from typer.testing import CliRunner

from newstrace.cli import app

from ..conftest import ROOT

runner = CliRunner()

COMMANDS = ["analyze", "ingest", "reanalyze", "search", "export", "stats"]


def invoke(*args: str):
    # One process: spawning workers would only slow these small runs down.
    if args and args[0] in ("analyze", "ingest", "reanalyze") and "--help" not in args:
        args = (*args, "--workers", "1")
    return runner.invoke(app, list(args))


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert "Example: newstrace " + command in " ".join(result.output.split())


def test_analyze_examples_writes_valid_json_and_summary(tmp_path, examples_dir, schema):
    out = tmp_path / "o" / "analysis.json"
    result = invoke("analyze", str(examples_dir), "--json", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert len(data["articles"]) == 15
    assert "9 files read, 15 articles stored, 0 duplicates skipped, 0 failures" in result.output


def test_ingest_then_export_equals_analyze(tmp_path, examples_dir):
    db = tmp_path / "n.db"
    assert invoke("ingest", str(examples_dir), "--db", str(db), "-q").exit_code == 0
    again = invoke("ingest", str(examples_dir), "--db", str(db))
    assert "0 articles stored, 15 duplicates skipped" in again.output
    assert invoke("export", "--db", str(db), "--json", str(tmp_path / "e.json")).exit_code == 0
    assert invoke("analyze", str(examples_dir), "--json", str(tmp_path / "a.json")).exit_code == 0
    exported = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    analysed = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert exported == analysed


def test_failed_inputs_exit_1_with_one_line_each_and_the_rest_processed(tmp_path, examples_dir):
    (tmp_path / "bad.json").write_text("[{")
    (tmp_path / "binary.dat").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "good.txt").write_text("Headline\n\nGood body.\n")
    result = invoke(
        "analyze", str(tmp_path), str(tmp_path / "missing.txt"), "--json", str(tmp_path / "o.json")
    )
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("newstrace: ")]
    assert len(lines) == 3
    assert any("bad.json" in line and "[malformed-json]" in line for line in lines)
    assert any("binary.dat" in line and "[binary]" in line for line in lines)
    assert any("missing.txt" in line and "[not-found]" in line for line in lines)
    assert "Traceback" not in result.output
    data = json.loads((tmp_path / "o.json").read_text())
    assert [a["text"] for a in data["articles"]] == ["Good body."]
    assert "1 articles stored" in result.output and "3 failures" in result.output


def test_usage_errors_exit_2(tmp_path, examples_dir):
    assert invoke("analyze", str(examples_dir)).exit_code == 2  # --json missing
    bad_field = invoke(
        "analyze", str(examples_dir), "--json", str(tmp_path / "x.json"), "--field", "nonsense"
    )
    assert bad_field.exit_code == 2
    assert "Error: --field 'nonsense'" in bad_field.output
    not_db = tmp_path / "not.db"
    not_db.write_bytes(b"garbage" * 200)
    result = invoke("ingest", str(examples_dir), "--db", str(not_db))
    assert result.exit_code == 2 and "Error: " in result.output and "Traceback" not in result.output
    assert invoke("search", "x", "--db", str(tmp_path / "none.db")).exit_code == 2


def test_search_and_stats(tmp_path, examples_dir):
    db = tmp_path / "s.db"
    invoke("ingest", str(examples_dir), "--db", str(db), "-q")
    result = invoke("search", "حداد", "--db", str(db))
    assert result.exit_code == 0
    assert "كريم حداد" in result.output and "2025-06-12" in result.output
    as_json = invoke("search", "Haddad", "--db", str(db), "--json", "--limit", "3")
    hits = [json.loads(line) for line in as_json.output.splitlines()]
    assert 1 <= len(hits) <= 3 and all("Haddad" in h["text"] for h in hits)
    stats = invoke("stats", "--db", str(db), "--json")
    figures = json.loads(stats.output)
    assert figures["articles"] == 15 and figures["languages"]["en"] == 7


def test_every_command_is_documented_in_the_readme_and_has_an_example() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert f"newstrace {name}" in readme, f"README does not show `newstrace {name}`"
        assert "Example: newstrace" in (command.callback.__doc__ or ""), name
