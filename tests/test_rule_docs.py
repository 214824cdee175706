"""Every rule's documentation is checked against its behaviour: the damaged
example must be flagged with the rule's code, the clean text must not be.
So the docs cannot drift (pycodestyle's approach)."""
import pytest

from newslint import Linter
from newslint.config import load_config
from newslint.plugins import load_registry

REGISTRY = load_registry()
RULES = sorted(REGISTRY.rules.values(), key=lambda rule: rule.code)


@pytest.fixture(scope="module")
def linters():
    return {rule.code: Linter(select=[rule.code]) for rule in RULES}


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_declaration_is_complete(rule):
    assert list(rule.problems()) == []


# A corpus rule's example is damage when many articles share it; its clean
# text is an article of its own.  Each article tells a story of its own
# (UI108 counts copies of one story once).
CORPUS_COPIES = 5
OWN_STORY = "Article {} of this corpus tells a story of its own, in a sentence that no other article shares."


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_example_is_flagged(rule, linters):
    if rule.is_corpus_rule():
        copies = [(f"article-{n}", f"{rule.example_text()}\n{OWN_STORY.format(n)}\n") for n in range(CORPUS_COPIES)]
        codes = [d.code for d in linters[rule.code].lint_texts(copies)]
    else:
        codes = [d.code for d in linters[rule.code].lint_text(rule.example_text())]
    assert rule.code in codes


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_use_instead_is_clean(rule, linters):
    assert linters[rule.code].lint_text(rule.clean_text()) == []


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_builtin_defaults_live_only_in_config_yaml(rule):
    defaults = load_config(isolated=True).rules.get(rule.code, {})
    for name, option in rule.options.items():
        assert option.default is None, f"{rule.code}.{name}: built-in defaults belong in config.yaml"
        assert name in defaults, f"{rule.code}.{name} has no default in config.yaml"
