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
    (hook,) = hooks
    assert hook["id"] == "newslint" and hook["entry"] == "newslint" and hook["language"] == "python"
    files = re.compile(hook["files"])
    assert all(files.search(name) for name in ("a.txt", "c.jsonl", "c.jsonl.gz", "d.ndjson"))
    assert not files.search("script.py")


def test_readme_lists_every_rule():
    for code, rule in load_registry().rules.items():
        assert f"| `{code}` | {rule.name} |" in README, code
