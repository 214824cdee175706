"""A hostile configuration file (found by walking up from the working
directory, so a pull request can add one) costs little and fails in one line."""
import os

import pytest

from newslint.config import ConfigError, load_config

from conftest import write

# Nine levels of mappings of nine aliases: 9**9 (387 million) leaves from
# about 700 bytes, for whoever walks through the aliases.
ALIAS_BOMB = "a: &a {k1: x, k2: x, k3: x, k4: x, k5: x, k6: x, k7: x, k8: x, k9: x}\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} {{{', '.join(f'k{j}: *{chr(97 + i)}' for j in range(1, 10))}}}\n" for i in range(8)
)


def test_the_bomb_is_small():
    assert len(ALIAS_BOMB) < 800


def test_a_yaml_alias_bomb_is_refused_at_once(newslint, workdir):
    write(workdir / "newslint.yaml", ALIAS_BOMB)
    write(workdir / "a.txt", "ok\n")
    result = newslint("a.txt")
    assert result.code == 2
    assert result.err.startswith("newslint: error: ") and result.err.count("\n") == 1
    assert result.err.endswith("newslint.yaml:2: invalid YAML: aliases (*name) are not allowed in a configuration\n")


def test_an_alias_anywhere_is_refused(workdir):
    write(workdir / "newslint.yaml", "base: &b [TX]\nselect: *b\n")
    with pytest.raises(ConfigError, match="aliases"):
        load_config(start_dir=str(workdir))


@pytest.mark.parametrize("text", ["[" * 5000 + "]" * 5000, "a:\n" + "".join(" " * i + f"k{i}:\n" for i in range(1, 400))])
def test_deep_yaml_is_one_line(newslint, workdir, text):
    write(workdir / "newslint.yaml", text)
    write(workdir / "a.txt", "ok\n")
    result = newslint("a.txt")
    assert result.code == 2 and result.err.count("\n") == 1
    assert "nested more than 20 levels deep" in result.err and "Traceback" not in result.err


def test_deep_toml_is_one_line(newslint, workdir):
    write(workdir / "pyproject.toml", "[tool.newslint]\nselect = " + "[" * 5000 + "]" * 5000 + "\n")
    write(workdir / "a.txt", "ok\n")
    result = newslint("a.txt")
    assert result.code == 2 and result.err.count("\n") == 1 and "Traceback" not in result.err
    write(workdir / "pyproject.toml", "[tool.newslint]\nselect = " + "[" * 50 + "]" * 50 + "\n")
    result = newslint("a.txt")
    assert result.code == 2 and "nested more than 20 levels deep" in result.err


@pytest.mark.parametrize("name", ["fifo.yaml", "/dev/zero"])
def test_a_configuration_that_is_not_a_file_is_refused(newslint, workdir, name):
    if name == "fifo.yaml":
        os.mkfifo(workdir / name)
    write(workdir / "a.txt", "ok\n")
    result = newslint("a.txt", "--config", name)
    assert result.code == 2 and result.err == f"newslint: error: {name}: cannot read configuration: not a regular file\n"


def test_a_huge_configuration_is_refused(newslint, workdir):
    write(workdir / "big.yaml", "# padding\n" * 200_000)
    write(workdir / "a.txt", "ok\n")
    result = newslint("a.txt", "--config", "big.yaml")
    assert result.code == 2 and "configuration is larger than 1,000,000 bytes" in result.err


def test_a_key_with_a_newline_cannot_add_a_line(newslint, workdir):
    write(workdir / "newslint.yaml", '"sel\\nnewslint: forged": [TX]\n')
    write(workdir / "a.txt", "ok\n")
    result = newslint("a.txt")
    assert result.code == 2 and result.err.count("\n") == 1 and "sel\\nnewslint: forged" in result.err


def test_a_control_character_is_invalid_yaml_not_a_traceback(newslint, workdir):
    write(workdir / "newslint.yaml", "select: [TX]\x1f\n")
    write(workdir / "a.txt", "ok\n")
    result = newslint("a.txt")
    assert result.code == 2 and "invalid YAML" in result.err and result.err.count("\n") == 1
