"""Plugins: only installed entry points run by default.  A configuration file
found by searching (a pull request can add one) may not import modules unless
the user consents."""
import pytest

from newslint.config import ConfigError, load_config

from conftest import write


@pytest.fixture
def no_consent(monkeypatch):
    monkeypatch.delenv("NEWSLINT_ALLOW_CONFIG_PLUGINS", raising=False)


def test_plugins_in_a_found_file_are_refused(newslint, workdir, no_consent):
    # `plugins: [this]` imported the module `this`, which prints the Zen of Python.
    write(workdir / "newslint.yaml", "select: [TX]\nplugins: [this]\n")
    write(workdir / "a.txt", "It was was late.\n")
    result = newslint("a.txt")
    assert result.code == 2 and result.out == ""
    assert "Beautiful is better than ugly" not in result.err
    assert result.err.count("\n") == 1
    assert result.err.endswith(
        "newslint.yaml:2: plugins: this file was found by searching from the working directory, and importing "
        "its plugin modules would run their code; pass --allow-config-plugins, or name the file with --config\n"
    )
    for subcommand in (["rules"], ["rule", "TX101"], ["config"]):
        assert newslint(*subcommand).code == 2


def test_a_found_file_in_a_parent_directory_is_refused_too(workdir, no_consent):
    write(workdir / "pyproject.toml", '[tool.newslint]\nplugins = ["sample_rules"]\n')
    (workdir / "sub").mkdir()
    with pytest.raises(ConfigError, match="--allow-config-plugins"):
        load_config(start_dir=str(workdir / "sub"))


def test_consent_loads_them(newslint, workdir, no_consent):
    write(workdir / "newslint.yaml", "plugins: [sample_rules]\nignore: [ZZ1, ZZ3, ZZ9]\n")
    write(workdir / "a.txt", "It was was late.\n")
    for consent in (["--allow-config-plugins"], ["--config", "newslint.yaml"]):
        result = newslint("a.txt", *consent)
        assert result.out == 'a.txt:1:4: TX101 [*] doubled word "was was"\n', consent
    assert "sample_rules" in newslint("config", "--allow-config-plugins").out


def test_a_found_file_without_plugins_needs_no_consent(newslint, workdir, no_consent):
    write(workdir / "newslint.yaml", "select: [TX101]\nplugins: []\n")
    write(workdir / "a.txt", "It was was late.\n")
    assert newslint("a.txt").code == 1


def test_consent_from_the_environment(newslint, workdir, monkeypatch):
    monkeypatch.setenv("NEWSLINT_ALLOW_CONFIG_PLUGINS", "1")
    write(workdir / "newslint.yaml", "plugins: [sample_rules]\nignore: [ZZ1, ZZ3, ZZ9]\n")
    write(workdir / "a.txt", "It was was late.\n")
    assert newslint("a.txt").code == 1
