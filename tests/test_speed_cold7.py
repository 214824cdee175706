"""Issue 14, a one-article run's fixed costs (the pre-commit case): what a
cold start imports, newslint's own plugins called without pluggy, the parse
of the configuration and the standard library's patterns kept in the cache
folder.  Behaviour only; the times are measured by
tests/benchmarks/speed.py --cold-only."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import warnings

import pytest

from newslint import config as config_module
from newslint import hookimpl, hookspecs, pattern_cache, plugins
from newslint.config import ConfigError, load_config
from newslint.plugins import load_registry

from conftest import write

SHORT_ARTICLE = "Council agrees budget\n\nThe council met on Tuesday. It agreed the budget after a long debate. The vote was close.\n"

# What a run on one file imported, printed by the process itself.
IMPORTED = """
import sys
from newslint.cli import main
code = main(["--isolated", "--exit-zero", sys.argv[1]])
import json
print(json.dumps(sorted(name for name in ("numpy", "yaml", "pluggy", "importlib.metadata", "tempfile", "importlib.resources") if name in sys.modules)))
"""


def _imported(path) -> list[str]:
    env = dict(os.environ)  # the usual cache folder: a new one would unpack word lists for half a minute
    done = subprocess.run([sys.executable, "-c", IMPORTED, str(path)], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_short_article_runs_without_numpy_yaml_or_pluggy(tmp_path):
    # OC101 judges articles of min-sentences or more: a shorter one needs no
    # vectors, so the run never imports numpy; the configuration's parse
    # and the plugins' metadata come from the cache folder, written by the
    # first run (when it had not been yet), so the second imports neither
    # PyYAML nor pluggy nor importlib.metadata.
    article = tmp_path / "short.txt"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")
    first = _imported(article)
    assert "numpy" not in first
    assert _imported(article) == []


def _defaults_key():
    """The parse cache's key for the shipped defaults: their content."""
    import zlib

    text = config_module._shipped_text()
    return ("shipped", zlib.crc32(text.encode("utf-8")), len(text))


def test_the_parse_cache_is_keyed_by_the_text_and_path(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    project = tmp_path / "newslint.yaml"
    project.write_text("select: [TX]\nrules:\n  TX101: {}\n", encoding="utf-8")
    first = load_config(config_file=str(project))
    calls = []
    real = config_module._read_yaml
    monkeypatch.setattr(config_module, "_read_yaml", lambda *args, **kwargs: calls.append(args[1]) or real(*args, **kwargs))
    again = load_config(config_file=str(project))
    assert calls == [] and again.values == first.values and again.positions == first.positions
    project.write_text("select: [QM]\n", encoding="utf-8")  # an edited file is parsed again
    assert load_config(config_file=str(project)).select == ("QM",)
    assert calls == [str(project)]
    # The defaults and the file are kept side by side, the file under its path.
    assert set(config_module._read_parses(config_module._parse_cache_path())) == {_defaults_key(), str(project)}


def test_the_parse_cache_keeps_a_bounded_number_of_files(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(config_module, "MAX_KEPT_PARSES", 3)
    for number in range(5):
        project = tmp_path / f"p{number}" / "newslint.yaml"
        project.parent.mkdir()
        project.write_text("select: [TX]\n", encoding="utf-8")
        load_config(config_file=str(project))
    kept = config_module._read_parses(config_module._parse_cache_path())
    assert set(kept) == {str(tmp_path / "p4" / "newslint.yaml"), str(tmp_path / "p3" / "newslint.yaml"), _defaults_key()}


@pytest.mark.parametrize("damage", ["truncated", "flipped", "garbage", "empty", "another-text"])
def test_a_damaged_parse_cache_is_parsed_again_and_rewritten(tmp_path, monkeypatch, damage):
    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    expected = load_config(isolated=True)
    path = config_module._parse_cache_path()
    data = path.read_bytes()
    if damage == "another-text":
        import marshal
        import zlib

        body = marshal.dumps({_defaults_key(): ("select: [ALL]\n", config_module.DEFAULTS_PATH, True, {"select": ["ALL"]}, {})})
        damaged = config_module.PARSE_CACHE_MAGIC + zlib.crc32(body).to_bytes(4, "big") + body
    else:
        damaged = {
            "truncated": data[: len(data) // 2],
            "flipped": data[:-20] + bytes([data[-20] ^ 0xFF]) + data[-19:],
            "garbage": b"\x00" * len(data),
            "empty": b"",
        }[damage]
    path.write_bytes(damaged)
    assert load_config(isolated=True).values == expected.values
    assert path.read_bytes() == data


def test_an_unwritable_cache_folder_only_costs_the_parse(tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("NEWSLINT_CACHE", str(blocked / "cache"))
    assert load_config(isolated=True).values == load_config(isolated=True).values
    assert not (blocked / "cache").exists()


def test_a_yaml_error_is_never_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    project = tmp_path / "newslint.yaml"
    project.write_text("select: [TX\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ConfigError, match="invalid YAML"):
            load_config(config_file=str(project))
    assert str(project) not in config_module._read_parses(config_module._parse_cache_path())


def test_an_alias_is_refused_from_the_cache_path_too(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    project = tmp_path / "newslint.yaml"
    project.write_text("select: &a [TX]\nignore: *a\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="aliases"):
        load_config(config_file=str(project))


# -- plugins ------------------------------------------------------------------


def _by_pluggy(autoload: bool = False):
    entry_points = [point for point, builtin in plugins._entry_points() if builtin or autoload]
    return plugins._pluggy_registry(entry_points, [])


def test_plugins_called_directly_equal_pluggys_registry():
    direct = load_registry(autoload=False)
    through_pluggy = _by_pluggy()
    assert list(direct.rules.items()) == list(through_pluggy.rules.items())
    assert list(direct.formatters.items()) == list(through_pluggy.formatters.items())
    assert direct.plugins == through_pluggy.plugins
    assert len(direct.rules) >= 28


def test_a_builtin_run_does_not_import_pluggy():
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from newslint.plugins import load_registry; load_registry(autoload=False); print('pluggy' in sys.modules)"],
        capture_output=True, text=True, check=True,
    )
    assert done.stdout.strip() == "False"


def test_the_markers_mark_as_pluggys_do():
    import pluggy

    def plain():
        pass

    def first():
        pass

    theirs_plain = pluggy.HookimplMarker("newslint")(lambda: None).newslint_impl
    theirs_first = pluggy.HookimplMarker("newslint")(tryfirst=True)(lambda: None).newslint_impl
    assert hookimpl(plain).newslint_impl == theirs_plain
    assert hookimpl(tryfirst=True)(first).newslint_impl == theirs_first
    assert hookspecs.newslint_rules.newslint_spec == pluggy.HookspecMarker("newslint")(lambda: None).newslint_spec
    with pytest.raises(TypeError):
        hookimpl(firstest=True)


THIRD_PARTY = '''
import pluggy
from newslint import Finding, Rule, hookimpl

class {name}(Rule):
    code = "{code}"
    name = "{slug}"
    summary = "Flags a line in capitals."
    why = "Capitals are a banner."
    example = "BREAKING NEWS\\n"
    use_instead = "Breaking news\\n"

    def check_line(self, line, document, options):
        if line.text.isupper():
            yield Finding(line.start, line.end, "line in capitals")

{marker}
def newslint_rules():
    return [{name}]
'''


@pytest.fixture
def two_packages(tmp_path, monkeypatch):
    """Two third-party packages installed with entry points: one marks its
    hook with newslint's hookimpl (tryfirst), one with pluggy's own marker."""
    site = tmp_path / "site"
    packages = {
        "newslint_cold_a": ("ColdA", "CA101", "cold-a", "@hookimpl(tryfirst=True)"),
        "newslint_cold_b": ("ColdB", "CB101", "cold-b", '@pluggy.HookimplMarker("newslint")'),
    }
    for module, (name, code, slug, marker) in packages.items():
        write(site / f"{module}.py", THIRD_PARTY.format(name=name, code=code, slug=slug, marker=marker))
        dist = site / f"{module}-1.0.dist-info"
        write(dist / "METADATA", f"Metadata-Version: 2.1\nName: {module.replace('_', '-')}\nVersion: 1.0\n")
        write(dist / "entry_points.txt", f"[newslint]\n{slug} = {module}\n")
    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    monkeypatch.syspath_prepend(str(site))
    yield site
    for module in packages:
        sys.modules.pop(module, None)


def test_third_party_plugins_still_load_through_pluggy(two_packages):
    registry = load_registry(autoload=True)
    assert {"CA101", "CB101", "TX101", "UI101"} <= set(registry.rules)
    assert {"cold-a", "cold-b", "text-integrity"} <= set(registry.plugins)
    builtin_only = load_registry(autoload=False)
    assert set(registry.rules) - set(builtin_only.rules) == {"CA101", "CB101"}
    assert [registry.rules[code] for code in builtin_only.rules] == list(builtin_only.rules.values())


def test_a_configured_plugin_module_goes_through_pluggy(monkeypatch):
    registry = load_registry(modules=["sample_rules"])
    assert "ZZ101" in registry.rules and "TX101" in registry.rules


def test_a_builtin_plugin_with_anything_unusual_falls_back_to_pluggy(monkeypatch):
    # A hook implementation with an option (or a hook newslint does not
    # call) is left to pluggy, with its checks: the direct path declines.
    import types

    module = types.ModuleType("unusual")
    module.newslint_rules = hookimpl(trylast=True)(lambda: [])
    assert plugins._direct_results([("unusual", module)]) is None
    module = types.ModuleType("unknown_hook")
    module.newslint_other = hookimpl(lambda: [])
    assert plugins._direct_results([("unknown", module)]) is None


# -- the standard library's patterns ------------------------------------------


@pytest.fixture
def re_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    pattern_cache.forget_re()
    yield tmp_path / "cache"
    pattern_cache.forget_re()


RE_PATTERN = r"(?P<word>\b\w+) (?P=word)\b|[A-Z]{3,}"
RE_TEXT = "It was was NASA's call"


def _counting_re(monkeypatch) -> list:
    asked = []
    real = re.compile

    def counting(pattern, flags=0):
        asked.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    return asked


def test_a_saved_re_pattern_is_rebuilt_without_compiling(re_cache, monkeypatch):
    first = pattern_cache.compile_re_cached(RE_PATTERN, re.IGNORECASE)
    pattern_cache.save_re()
    assert pattern_cache.re_cache_path().exists()
    pattern_cache.forget_re()
    asked = _counting_re(monkeypatch)
    again = pattern_cache.compile_re_cached(RE_PATTERN, re.IGNORECASE)
    assert RE_PATTERN not in asked
    assert [m.span() for m in again.finditer(RE_TEXT)] == [m.span() for m in first.finditer(RE_TEXT)] == [(3, 10), (11, 15), (18, 22)]
    assert (again.pattern, again.flags, again.groups, again.groupindex) == (first.pattern, first.flags, first.groups, first.groupindex)
    assert type(again) is type(first)
    # Flags are part of the key.
    assert [m.span() for m in pattern_cache.compile_re_cached(RE_PATTERN).finditer(RE_TEXT)] == [(3, 10), (11, 15)]


@pytest.mark.parametrize("damage", ["truncated", "flipped", "garbage", "empty"])
def test_a_damaged_re_file_is_ignored_and_written_again(re_cache, monkeypatch, damage):
    pattern_cache.compile_re_cached(RE_PATTERN)
    pattern_cache.save_re()
    path = pattern_cache.re_cache_path()
    data = path.read_bytes()
    damaged = {
        "truncated": data[: len(data) // 2],
        "flipped": data[:-20] + bytes([data[-20] ^ 0xFF]) + data[-19:],
        "garbage": b"\x00" * len(data),
        "empty": b"",
    }[damage]
    path.write_bytes(damaged)
    pattern_cache.forget_re()
    asked = _counting_re(monkeypatch)
    assert [m.span() for m in pattern_cache.compile_re_cached(RE_PATTERN).finditer(RE_TEXT)] == [(3, 10), (11, 15)]
    assert RE_PATTERN in asked
    pattern_cache.save_re()
    assert path.read_bytes() == data


def test_a_pattern_that_warns_is_never_kept(re_cache):
    # UI's templates go to regex when re warns about a pattern (a nested
    # set): a kept recipe would skip the parse and so the warning.
    nested = r"[[a-z]--[aeiou]]x"
    for _ in range(2):
        re.purge()  # re's own cache in the process would answer without parsing
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            with pytest.raises(FutureWarning):
                pattern_cache.compile_re_cached(nested)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            pattern_cache.compile_re_cached(nested)
        pattern_cache.save_re()
        pattern_cache.forget_re()
    assert (nested, 0, 0) not in pattern_cache._read(pattern_cache.re_cache_path(), pattern_cache.RE_MAGIC)


def test_an_unwritable_cache_folder_only_costs_compiling_re(tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setenv("NEWSLINT_CACHE", str(blocked / "cache"))
    pattern_cache.forget_re()
    try:
        compiled = pattern_cache.compile_re_cached(RE_PATTERN)
        pattern_cache.save_re()  # never raises
        assert [m.span() for m in compiled.finditer(RE_TEXT)] == [(3, 10), (11, 15)]
    finally:
        pattern_cache.forget_re()


def test_a_failed_probe_compiles_every_re_pattern(re_cache, monkeypatch):
    monkeypatch.setattr(pattern_cache, "RE_PROBE", (r"(", 0))  # the probe itself fails
    asked = _counting_re(monkeypatch)
    for _ in range(2):
        assert pattern_cache.compile_re_cached(RE_PATTERN).pattern == RE_PATTERN
        pattern_cache.save_re()
    assert asked.count(RE_PATTERN) == 2
    assert not pattern_cache.re_cache_path().exists()


def test_globs_match_as_fnmatch_does():
    import fnmatch

    from newslint.selection import matches_path

    cases = [("a/b/c.txt", "*.txt"), ("a/b/c.txt", "b"), ("a/b/c.txt", "a/*/c.txt"), ("a/b/c.TXT", "*.txt"),
             ("x/[ab].txt", "[[]ab].txt"), ("dir/file.jsonl.gz", "*.jsonl*"), ("./a/b", "./a/*"), ("a/.hidden", ".*")]
    for path, pattern in cases:
        normalised = os.path.normpath(path).replace(os.sep, "/").removeprefix("./")
        if "/" in pattern.rstrip("/"):
            expected = fnmatch.fnmatchcase(normalised, pattern.rstrip("/").removeprefix("./"))
        else:
            expected = any(fnmatch.fnmatchcase(part, pattern.rstrip("/")) for part in normalised.split("/"))
        assert matches_path(path, pattern) == expected, (path, pattern)


def test_ftfys_test_loaded_alone_is_ftfys(re_cache):
    # TX104 loads ftfy's badness module alone: the same pattern, the same
    # verdicts, in a first process and a later one.
    import ftfy.badness

    from newslint import mojibake  # the document model finds mojibake; TX104 reports it

    lines = ["wasnâ€™t", "cafÃ©", "Â£5 entry", "plain text", "£5 café", "São Paulo", "田中防衛大臣", "Ã‰tÃ©", "“quoted”", "\x85"]
    expected = [ftfy.badness.is_bad(line) for line in lines]
    assert any(expected) and not all(expected)
    for _ in range(2):
        mojibake._is_bad.cache_clear()
        pattern = mojibake._badness_pattern()
        assert (pattern.pattern, pattern.flags) == (ftfy.badness.BADNESS_RE.pattern, ftfy.badness.BADNESS_RE.flags)
        assert [mojibake._is_bad()(line) for line in lines] == expected
        pattern_cache.save_re()
        pattern_cache.forget_re()
    mojibake._is_bad.cache_clear()
