import json
import re
from pathlib import Path

from click.testing import CliRunner

from rasd.cli import main

ROOT = Path(__file__).parents[1]
SEED = ROOT / "examples" / "seed-karabakh.txt"


def _run(*args, stdin=None):
    return CliRunner().invoke(main, list(args), input=stdin)


def test_extract_text_file_writes_one_object():
    result = _run("extract", str(SEED), "--published", "2023-09-20")
    assert result.exit_code == 0, result.output
    output = json.loads(result.output)
    assert output["id"] == "seed-karabakh"
    assert any(e["event_type"] == "ASSAULT" and e["killed"] == 7 for e in output["events"])


def test_extract_jsonl_from_stdin_reports_bad_lines_and_goes_on():
    lines = [
        json.dumps(
            {"id": "ok1", "text": "قتل 6 مدنيين وإصابة 23 آخرين في قصف مدفعي.", "published": "2018-06-09"}
        ),
        "{broken",
        json.dumps({"id": "ok2", "text": "لقي طفلان حتفهما في انفجار لغم."}),
    ]
    result = _run("extract", "-", "--format", "jsonl", stdin="\n".join(lines) + "\n")
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["id"] for row in rows] == ["ok1", "ok2"]
    assert rows[0]["events"][0]["killed"] == 6 and rows[0]["events"][0]["injured"] == 23
    assert "rasd: -:2: invalid JSON" in result.stderr


def test_extract_table_has_a_header_and_a_row_per_event():
    result = _run("extract", str(SEED), "--format", "table")
    header, *rows = result.output.splitlines()
    assert header.split("\t")[:4] == ["article", "type", "mode", "counts"]
    assert any("killed=7" in row and "women=3" in row for row in rows)


def test_bad_published_date_is_a_usage_error():
    result = _run("extract", str(SEED), "--published", "20-09-2023")
    assert result.exit_code == 2 and "not an ISO date" in result.output


def test_schema_prints_the_output_contract():
    result = _run("schema")
    schema = json.loads(result.output)
    assert set(schema["properties"]) == {"id", "events"}
    event = json.loads(_run("schema", "--model", "event").output)
    for field in (
        "event_type",
        "actor",
        "target",
        "location",
        "date",
        "killed",
        "injured",
        "breakdown",
        "reported_by",
        "denied_by",
        "evidence",
    ):
        assert field in event["properties"], field


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^### `rasd (\w+)", readme, flags=re.M))
    assert documented == set(main.commands)


def test_explain_shows_each_field_with_its_span_and_rule():
    result = _run("extract", str(SEED), "--published", "2023-09-20", "--explain")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("# seed-karabakh: ")
    killed = next(line for line in lines if line.strip().startswith("killed = 7"))
    assert "«7 مدنيين»" in killed and "triggers:kill.verb" in killed
