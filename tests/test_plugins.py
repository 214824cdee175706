import sys
import textwrap

import pytest

from newslint import Finding, Rule
from newslint.plugins import PluginError, load_registry

from conftest import write


def test_builtin_rules_and_formatters_arrive_through_entry_points():
    registry = load_registry()
    assert "TX101" in registry.rules
    assert {"default", "json", "github", "sarif"} <= set(registry.formatters)
    assert {"text-integrity", "formatters"} <= set(registry.plugins)


def test_disable_plugins_switches_a_plugin_off_by_name():
    registry = load_registry(disabled=["text-integrity"])
    assert "TX101" not in registry.rules


def test_plugin_modules_from_configuration_are_loaded():
    registry = load_registry(modules=["sample_rules"])
    assert {"ZZ101", "ZZ301", "ZZ901"} <= set(registry.rules)
    assert "pipe" in registry.formatters
    assert registry.rule("shouted-line").code == "ZZ101"
    assert registry.rule("zz101").code == "ZZ101"


@pytest.fixture
def installed_package(tmp_path, monkeypatch):
    """A third-party rule package 'installed' the way pip leaves one: a module
    and a .dist-info with an entry point in the newslint group."""
    site = tmp_path / "site"
    write(
        site / "newslint_caps" / "__init__.py",
        textwrap.dedent(
            '''
            from newslint import Finding, Rule, hookimpl

            class Caps(Rule):
                code = "CP101"
                name = "caps-headline"
                summary = "Flags a line in capitals."
                why = "Capitals are a banner."
                example = "BREAKING NEWS\\n"
                use_instead = "Breaking news\\n"

                def check_line(self, line, document, options):
                    if line.text.isupper():
                        yield Finding(line.start, line.end, "line in capitals")

            @hookimpl
            def newslint_rules():
                return [Caps]
            '''
        ),
    )
    dist = site / "newslint_caps-1.0.dist-info"
    write(dist / "METADATA", "Metadata-Version: 2.1\nName: newslint-caps\nVersion: 1.0\n")
    write(dist / "entry_points.txt", "[newslint]\ncaps = newslint_caps\n")
    monkeypatch.syspath_prepend(str(site))
    yield site
    sys.modules.pop("newslint_caps", None)


def test_entry_point_discovery_loads_a_third_party_package(installed_package):
    registry = load_registry(autoload=True)
    assert "CP101" in registry.rules and "caps" in registry.plugins


def test_autoload_off_keeps_third_party_packages_out(installed_package, monkeypatch):
    monkeypatch.setenv("NEWSLINT_DISABLE_PLUGIN_AUTOLOAD", "1")
    registry = load_registry()
    assert "CP101" not in registry.rules and "TX101" in registry.rules


def test_the_command_line_runs_a_third_party_rule(installed_package, newslint, workdir, monkeypatch):
    monkeypatch.delenv("NEWSLINT_DISABLE_PLUGIN_AUTOLOAD")
    write(workdir / "a.txt", "BREAKING NEWS\nCalm text.\n")
    result = newslint("a.txt")
    assert result.out == "a.txt:1:1: CP101 line in capitals\n"
    assert result.code == 1


def test_a_plugin_that_fails_to_import_is_one_clear_error(tmp_path, monkeypatch):
    write(tmp_path / "broken_plugin.py", "raise RuntimeError('missing data file')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(PluginError, match="plugin module 'broken_plugin' failed to import: missing data file"):
        load_registry(modules=["broken_plugin"])


def _module_with_rules(tmp_path, monkeypatch, name, body):
    write(tmp_path / f"{name}.py", "from newslint import Finding, Rule, hookimpl\n" + textwrap.dedent(body))
    monkeypatch.syspath_prepend(str(tmp_path))
    return name


def test_rules_with_bad_declarations_are_refused(tmp_path, monkeypatch):
    name = _module_with_rules(
        tmp_path,
        monkeypatch,
        "bad_code_plugin",
        """
        class Bad(Rule):
            code = "TX1"
            name = "bad"
            summary = why = example = use_instead = "x"
            def check_document(self, document, options):
                return []
        @hookimpl
        def newslint_rules():
            return [Bad]
        """,
    )
    with pytest.raises(PluginError, match=r"code 'TX1' is not a prefix of letters and three digits"):
        load_registry(modules=[name])


def test_duplicate_codes_are_refused(tmp_path, monkeypatch):
    name = _module_with_rules(
        tmp_path,
        monkeypatch,
        "duplicate_plugin",
        """
        class Again(Rule):
            code = "TX101"
            name = "again"
            summary = why = example = use_instead = "x"
            def check_document(self, document, options):
                return []
        @hookimpl
        def newslint_rules():
            return [Again]
        """,
    )
    with pytest.raises(PluginError, match="rule code TX101 is declared twice"):
        load_registry(modules=[name])


def test_a_misspelled_hook_is_refused(tmp_path, monkeypatch):
    name = _module_with_rules(tmp_path, monkeypatch, "typo_plugin", "@hookimpl\ndef newslint_rulez():\n    return []\n")
    with pytest.raises(PluginError, match="newslint_rulez"):
        load_registry(modules=[name])


def test_rule_problems_lists_what_is_missing():
    class Empty(Rule):
        code = "XY101"
        name = "Not Kebab"
        summary = ""
        why = example = use_instead = "x"

    problems = list(Empty.problems())
    assert any("not kebab-case" in p for p in problems)
    assert any("'summary' is empty" in p for p in problems)
    assert any("defines none of" in p for p in problems)
    assert not Finding(0, 1, "m").suggestion


def test_a_line_judged_whole_is_reported_once(newslint, workdir):
    from conftest import write

    write(workdir / "newslint.yaml", "plugins: [line_judges]\nselect: [ZZ401, TX101]\n")
    write(
        workdir / "a.txt",
        "  Subscribe to to our letter  \n"  # judged whole: the doubled word inside is dropped
        "Subscribe to to it!\n"  # ZZ401 covers one word only: nothing judged, both stay
        "It was was late.\n",  # no judgement on this line
    )
    assert newslint("a.txt").out == (
        "a.txt:1:3: ZZ401 furniture line\n"
        "a.txt:2:1: ZZ401 furniture line\n"
        'a.txt:2:11: TX101 [*] doubled word "to to"\n'
        'a.txt:3:4: TX101 [*] doubled word "was was"\n'
    )


def test_a_rule_reading_an_undeclared_option_is_stopped_when_it_loads(newslint, workdir):
    from conftest import write

    write(workdir / "newslint.yaml", "plugins: [misspelt_option]\n")
    write(workdir / "a.txt", "x\n")
    result = newslint("a.txt")
    assert (result.code, result.out) == (2, "")
    assert result.err.count("\n") == 1 and "NL107" not in result.err
    assert result.err.startswith("newslint: error: ") and "misspelt_option.py:17: 'min-lenght': rule ZZ501 reads an option it does not declare (its options: min-length)" in result.err
    # Not selected, not loaded into the checker: the rest still runs.
    assert newslint("a.txt", "--extend-ignore", "ZZ5").code == 0


def test_every_built_in_rule_reads_only_the_options_it_declares():
    # A run skips this check for built-in rules to start faster; this test
    # is where it happens for them instead.
    from newslint.plugins import load_registry

    rules = load_registry(autoload=False).rules
    undeclared = {code: rule.undeclared_option_reads() for code, rule in rules.items()}
    assert {code: reads for code, reads in undeclared.items() if reads} == {}
    assert len(undeclared) >= 28


def test_installed_metadata_is_read_once_then_from_the_cache(tmp_path, monkeypatch):
    from newslint import installed

    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    first = installed.installed()
    assert any(point[0] == "text-integrity" and point[2] for point in first["entry-points"])
    monkeypatch.setattr(installed, "_read_metadata", lambda: pytest.fail("the metadata was read again"))
    assert installed.installed() == first
    assert installed.version("newslint") == first["versions"]["newslint"]


def test_a_package_installed_after_the_cache_was_written_is_seen(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    assert "newcomer" not in load_registry(autoload=True).plugins  # and the cache is written
    write(site / "newslint_newcomer.py", "from newslint import hookimpl\n\n@hookimpl\ndef newslint_rules():\n    return []\n")
    write(site / "newslint_newcomer-1.0.dist-info" / "METADATA", "Metadata-Version: 2.1\nName: newslint-newcomer\nVersion: 1.0\n")
    write(site / "newslint_newcomer-1.0.dist-info" / "entry_points.txt", "[newslint]\nnewcomer = newslint_newcomer\n")
    try:
        assert "newcomer" in load_registry(autoload=True).plugins
    finally:
        sys.modules.pop("newslint_newcomer", None)


def test_runs_from_another_sys_path_keep_their_own_cached_metadata(tmp_path, monkeypatch):
    # The installed command and a run from the source tree (whose folder,
    # first on sys.path, holds newslint.egg-info) used to overwrite one
    # cache file in turn, each reading every package's metadata again.
    from newslint import installed

    monkeypatch.setenv("NEWSLINT_CACHE", str(tmp_path / "cache"))
    tree = tmp_path / "tree"
    write(tree / "newslint_tree.egg-info" / "PKG-INFO", "Metadata-Version: 2.1\nName: newslint-tree\nVersion: 1.0\n")
    plain = installed.installed()
    monkeypatch.syspath_prepend(str(tree))
    from_tree = installed.installed()
    monkeypatch.setattr(installed, "_read_metadata", lambda: pytest.fail("the metadata was read again"))
    assert installed.installed() == from_tree
    monkeypatch.setattr(sys, "path", [entry for entry in sys.path if entry != str(tree)])
    assert installed.installed() == plain
    assert len(list((tmp_path / "cache").glob("installed-*.json"))) == 2
