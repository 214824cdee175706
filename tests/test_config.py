import os
from pathlib import Path

import pytest

from newslint.config import ConfigError, find_project_file, load_config, rule_options
from newslint.diagnostic import Severity
from newslint.plugins import load_registry

from conftest import write

REPO = Path(__file__).parent.parent


def test_the_shipped_defaults_are_the_top_level_config_yaml():
    from importlib import resources

    shipped = resources.files("newslint").joinpath("config.yaml").read_text(encoding="utf-8")
    assert shipped == (REPO / "config.yaml").read_text(encoding="utf-8")


def test_defaults_load_and_are_typed(workdir):
    config = load_config(isolated=True)
    assert config.select == ("ALL",)
    assert config.fail_on is Severity.WARNING
    assert config.jobs == 1
    assert config.sources == ("newslint/config.yaml (defaults)",)


def test_project_file_is_found_upwards(workdir):
    write(workdir / "newslint.yaml", "select: [TX]\nextend-ignore: [TX101]\n")
    (workdir / "a" / "b").mkdir(parents=True)
    assert find_project_file(str(workdir / "a" / "b")) == str(workdir / "newslint.yaml")
    config = load_config(start_dir=str(workdir / "a" / "b"))
    assert config.select == ("TX",)
    assert config.extend_ignore == ("TX101",)


def test_pyproject_table_is_used_only_when_it_has_one(workdir):
    write(workdir / "pyproject.toml", "[project]\nname = 'x'\n")
    assert find_project_file(str(workdir)) is None
    write(workdir / "pyproject.toml", "[project]\nname = 'x'\n\n[tool.newslint]\nselect = ['ML']\nformat = 'json'\n")
    config = load_config(start_dir=str(workdir))
    assert config.select == ("ML",) and config.format == "json"


def test_pyproject_errors_name_the_line(workdir):
    write(workdir / "pyproject.toml", "[tool.newslint]\nselect = ['TX']\nfail-on = 'fatal'\n")
    with pytest.raises(ConfigError, match=r"pyproject.toml:3: fail-on: expected warning or error"):
        load_config(start_dir=str(workdir))


def test_command_line_wins_and_extend_lists_add_up(workdir):
    write(workdir / ".newslint.yaml", "extend-select: [ML101]\nformat: json\nrules:\n  TX101:\n    min-length: 3\n")
    config = load_config({"format": "github", "extend-select": "TX9", "select": None})
    assert config.format == "github"
    assert config.extend_select == ("ML101", "TX9")
    # Rule options merge key by key over the defaults.
    assert config.rules["TX101"]["min-length"] == 3
    assert "had" in config.rules["TX101"]["allow"]


def test_isolated_ignores_project_files(workdir):
    write(workdir / "newslint.yaml", "select: [TX]\n")
    assert load_config(isolated=True).select == ("ALL",)


@pytest.mark.parametrize(
    "text, message",
    [
        ("selct: [TX]\n", r"newslint.yaml:1: selct: unknown setting \(did you mean select\?\)"),
        ("format: json\njobs: many\n", r"newslint.yaml:2: jobs: expected a whole number"),
        ("select: [tx-1]\n", r"newslint.yaml:1: select: 'tx-1' is not a rule code"),
        ("select: [TX\n", r"newslint.yaml:\d+: invalid YAML"),
        ("- a list\n", r"newslint.yaml:1: the configuration must be a mapping"),
        ("format: json\nformat: sarif\n", r"newslint.yaml:2: format: the key is given twice"),
        ("encoding: klingon\n", r"newslint.yaml:1: encoding: unknown encoding"),
        ("color: purple\n", r"newslint.yaml:1: color: expected one of auto, always, never"),
        ("per-file-ignores: [a]\n", r"newslint.yaml:1: per-file-ignores: expected a mapping"),
        ("show-source: yes please\n", r"newslint.yaml:1: show-source: expected true or false"),
    ],
)
def test_malformed_settings_name_file_line_and_key(workdir, text, message):
    write(workdir / "newslint.yaml", text)
    with pytest.raises(ConfigError, match=message):
        load_config()


@pytest.mark.parametrize(
    "text, message",
    [
        ("rules:\n  TX999:\n    allow: []\n", r"newslint.yaml:2: rules.TX999: no installed rule has this code"),
        ("rules:\n  TX101:\n    alow: []\n", r"newslint.yaml:3: rules.TX101.alow: unknown option \(options of TX101: allow, min-length, allow-languages\)"),
        ("rules:\n  TX101:\n    min-length: two\n", r"newslint.yaml:3: rules.TX101.min-length: expected int, got str"),
        # YAML's booleans: an allow-list of [no, on] would otherwise hold False and True.
        (
            "rules:\n  TX101:\n    allow: [no, on]\n",
            r"newslint.yaml:3: rules.TX101.allow: item 1 is False, expected str, got bool \(YAML reads unquoted no",
        ),
        ("rules:\n  TX101:\n    allow: [ok, 2.5]\n", r"newslint.yaml:3: rules.TX101.allow: item 2 is 2.5, expected str, got float$"),
    ],
)
def test_rule_options_are_checked_against_the_rules(workdir, text, message):
    write(workdir / "newslint.yaml", text)
    config = load_config()
    with pytest.raises(ConfigError, match=message):
        rule_options(config, load_registry().rules)


def test_quoted_words_in_a_list_option_are_accepted(workdir):
    write(workdir / "newslint.yaml", 'rules:\n  TX101:\n    allow: ["no", "on"]\n')
    assert rule_options(load_config(), load_registry().rules)["TX101"]["allow"] == ["no", "on"]


def test_missing_or_unreadable_config_file_is_an_error(workdir):
    with pytest.raises(ConfigError, match=r"nope.yaml: cannot read configuration"):
        load_config(config_file="nope.yaml")
    write(workdir / "bad.yaml", b"select: [\xff]\n")
    with pytest.raises(ConfigError, match=r"bad.yaml: configuration is not valid UTF-8"):
        load_config(config_file="bad.yaml")


def test_config_pickles_and_prints_as_yaml(workdir):
    import pickle

    import yaml

    config = load_config({"fail-on": "error"}, isolated=True)
    clone = pickle.loads(pickle.dumps(config))
    assert clone.fail_on is Severity.ERROR and clone.values == config.values
    printed = yaml.safe_load(config.as_yaml())
    assert printed["fail-on"] == "error" and printed["select"] == ["ALL"]


def test_extend_reads_another_file_first_relative_to_the_file(newslint, workdir):
    write(workdir / "newslint.yaml", "extend: shared/base.yaml\nextend-select: [OC101]\n")
    write(workdir / "shared" / "base.yaml", "extend: ../org.yaml\nignore: [UI]\nfail-on: warning\n")
    write(workdir / "org.yaml", "fail-on: error\nshow-source: true\n")
    config = load_config()
    assert config.ignore == ("UI",) and config.extend_select == ("OC101",)
    assert config.fail_on.value == "warning" and config.show_source is True  # nearer files win
    assert [os.path.basename(source) for source in config.sources] == [
        "config.yaml (defaults)", "org.yaml", "base.yaml", "newslint.yaml"
    ]
    write(workdir / "org.yaml", "extend: newslint.yaml\n")
    result = newslint("rules")
    assert result.code == 2 and result.err.count("\n") == 1
    assert "extend: the files extend each other in a circle (newslint.yaml -> shared/base.yaml -> org.yaml -> newslint.yaml)" in result.err
    write(workdir / "org.yaml", "extend: nowhere.yaml\n")
    assert newslint("rules").err == (
        "newslint: error: org.yaml:1: extend: no configuration file 'nowhere.yaml' (the path is relative to org.yaml)\n"
    )


def test_extend_in_pyproject(workdir):
    write(workdir / "pyproject.toml", "[tool.newslint]\nextend = 'base.yaml'\nformat = 'json'\n")
    write(workdir / "base.yaml", "format: github\nfail-on: error\n")
    config = load_config()
    assert config.format == "json" and config.fail_on.value == "error"


@pytest.mark.parametrize("text", ["severity:\n  '': error\n", "rules:\n  ' ': {}\n"])
def test_an_empty_code_as_a_key_is_a_config_error(newslint, workdir, text):
    # Found by the fuzz suite: an empty key was an IndexError traceback.
    write(workdir / "newslint.yaml", text)
    write(workdir / "a.txt", "the the\n")
    result = newslint("a.txt")
    assert (result.code, result.out) == (2, "")
    assert result.err.startswith("newslint: error: ") and "is not a rule code or prefix" in result.err


def test_the_shipped_defaults_read_the_same_with_libyaml_as_with_the_guarded_loader():
    # load_config reads the shipped file with libyaml (faster at start-up);
    # values and line positions must be what the guarded loader gives.
    from importlib import resources

    from newslint.config import _read_yaml

    text = resources.files("newslint").joinpath("config.yaml").read_text(encoding="utf-8")
    assert _read_yaml(text, "defaults", shipped=True) == _read_yaml(text, "defaults")
