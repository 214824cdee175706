"""SARIF 2.1.0 output, checked against the parts of the OASIS schema that
consumers (GitHub code scanning among them) rely on."""
import json

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


def test_sarif_validates(sarif):
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
        "artifactLocation": {"uri": "news%20story.txt"},
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
