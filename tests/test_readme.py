"""README.md stays true: its commands, its plugin example, its hook file."""
import re
import sys

import pytest
import yaml

from newslint.plugins import load_registry

from conftest import FIXTURES, TESTS, write

REPO = TESTS.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
EXAMPLE = FIXTURES / "example-plugin"


def _shell_blocks():
    return re.findall(r"```sh\n(.*?)```", README, re.S)


def test_readme_gives_the_ci_test_command():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert ci in [block.strip() for block in _shell_blocks()]


def test_readme_example_article_exists():
    assert (REPO / "tests" / "fixtures" / "damaged-article.txt").is_file()
    assert ".venv/bin/newslint tests/fixtures/damaged-article.txt" in README


@pytest.mark.parametrize("name", ["pyproject.toml", "newslint_placeholder.py"])
def test_readme_shows_the_tested_plugin_files_verbatim(name):
    assert (EXAMPLE / name).read_text(encoding="utf-8") in README


@pytest.fixture
def example_plugin_installed(tmp_path, monkeypatch):
    """What `pip install tests/fixtures/example-plugin` leaves: the module on
    sys.path and a .dist-info whose entry points come from its pyproject.toml."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    project = tomllib.loads((EXAMPLE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    dist = tmp_path / "newslint_placeholder-1.0.0.dist-info"
    write(dist / "METADATA", f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n")
    points = "".join(f"{name} = {target}\n" for name, target in project["entry-points"]["newslint"].items())
    write(dist / "entry_points.txt", "[newslint]\n" + points)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.syspath_prepend(str(EXAMPLE))
    monkeypatch.delenv("NEWSLINT_DISABLE_PLUGIN_AUTOLOAD")
    yield
    sys.modules.pop("newslint_placeholder", None)


def test_example_plugin_is_discovered_and_runs(example_plugin_installed, newslint, workdir):
    assert "PH101" in load_registry().rules
    write(workdir / "a.txt", "The mayor said [INSERT QUOTE] before the vote.\nLorem ipsum dolor.\n")
    result = newslint("a.txt")
    assert result.out == (
        "a.txt:1:16: PH101 placeholder text '[INSERT QUOTE]'\n"
        "a.txt:2:1: PH101 placeholder text 'Lorem ipsum'\n"
    )
    write(workdir / "newslint.yaml", "rules:\n  PH101:\n    extra: [XXX]\n")
    write(workdir / "b.txt", "Figures XXX to come.\n")
    assert newslint("b.txt").out == "b.txt:1:9: PH101 placeholder text 'XXX'\n"
    assert newslint("rule", "PH101").out.startswith("# placeholder-text (PH101)")


def test_pre_commit_hook_definition():
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook, fixing = hooks
    assert hook["id"] == "newslint" and hook["entry"] == "newslint" and hook["language"] == "python"
    # The second hook fixes and fails when it changed a file, as ruff's does.
    assert fixing["id"] == "newslint-fix" and fixing["entry"] == "newslint --fix --exit-non-zero-on-fix"
    assert fixing["files"] == hook["files"] and fixing["language"] == "python"
    files = re.compile(hook["files"])
    assert all(files.search(name) for name in ("a.txt", "c.jsonl", "c.jsonl.gz", "d.ndjson"))
    assert not files.search("script.py")


def test_readme_lists_every_rule():
    for code, rule in load_registry().rules.items():
        assert f"| `{code}` | {rule.name} |" in README, code


# -- every snippet works as pasted ------------------------------------------------


def _blocks(language):
    return re.findall(rf"```{language}\n(.*?)```", README, re.S)


def test_the_sample_output_at_the_top_is_the_real_output(newslint, monkeypatch):
    monkeypatch.chdir(REPO)
    sample = re.search(r"```\n(tests/fixtures/damaged-article.txt:.*?)```", README, re.S).group(1)
    result = newslint("tests/fixtures/damaged-article.txt", "--isolated")
    assert result.out == sample
    assert result.code == 1


def test_the_configuration_snippets_load(workdir):
    from newslint.checker import Checker
    from newslint.config import load_config

    (yaml_text,) = [block for block in _blocks("yaml") if block.startswith("# newslint.yaml")]
    (toml_text,) = [block for block in _blocks("toml") if block.startswith("# pyproject.toml")]
    registry = load_registry()
    for name, text in (("newslint.yaml", yaml_text), ("pyproject.toml", toml_text)):
        write(workdir / name, text)
        config = load_config(config_file=str(workdir / name))
        Checker(config, registry.rules)  # every code it names is a real one
    assert "UI101" in load_config(config_file=str(workdir / "newslint.yaml")).extend_select


def test_the_error_examples_are_the_real_messages(newslint, workdir):
    write(workdir / "a.txt", "Fine.\n")
    shown = re.findall(r"```\n(newslint: error: .*?)\n```", README)
    assert len(shown) == 3
    write(workdir / "newslint.yaml", "select: [ALL]\nignore: []\nfail-on: fatal\n")
    assert newslint("a.txt", "--isolated", "--select", "TX999").err == shown[0] + "\n"
    assert newslint("a.txt", "--isolated", "--ignore", "ALL").err == shown[1] + "\n"
    assert newslint("a.txt").err.replace(str(workdir) + "/", "") == shown[2] + "\n"


def test_the_pre_commit_snippet_runs_the_installed_hook():
    (snippet,) = [block for block in _blocks("yaml") if block.startswith("# .pre-commit-config.yaml")]
    (repo,) = yaml.safe_load(snippet)["repos"]
    hook, fixing = repo["hooks"]
    shipped, shipped_fix = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert repo["repo"] == "local" and hook["language"] == fixing["language"] == "system"  # works as pasted, no rev to resolve
    assert hook["entry"] == shipped["entry"] == "newslint" and hook["files"] == shipped["files"]
    assert fixing["id"] == shipped_fix["id"] and fixing["entry"] == shipped_fix["entry"] and fixing["files"] == shipped_fix["files"]
    project = _pyproject()
    assert "newslint" in project["project"]["scripts"]


def test_the_actions_snippet_installs_what_it_checked_out():
    (workflow,) = [yaml.safe_load(block) for block in _blocks("yaml") if block.startswith("name: newslint")]
    steps = workflow["jobs"]["newslint"]["steps"]
    checkout_paths = [step.get("with", {}).get("path") for step in steps if step.get("uses", "").startswith("actions/checkout")]
    installs = [step["run"] for step in steps if str(step.get("run", "")).startswith("pip install")]
    assert installs == ["pip install ./.newslint"] and ".newslint" in checkout_paths
    assert [step["run"].split()[0] for step in steps if "run" in step and not step["run"].startswith("pip")] == [
        "newslint",
        "newslint",
    ]


def test_the_formats_table_lists_every_builtin_format():
    listed = re.findall(r"^\| `(\w+)` \|", README.split("## Output formats")[1].split("##")[0], re.M)
    assert sorted(listed) == sorted(load_registry().formatters)


def test_shell_completion_works_as_documented():
    import os
    import subprocess

    assert '_NEWSLINT_COMPLETE=bash_source newslint' in README
    script = os.path.join(os.path.dirname(sys.executable), "newslint")
    env = dict(os.environ, _NEWSLINT_COMPLETE="bash_source")
    out = subprocess.run([script], env=env, capture_output=True, text=True, timeout=60).stdout
    assert "_newslint_completion" in out and "complete " in out


def _pyproject():
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
