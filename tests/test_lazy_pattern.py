"""LazyPattern: compiled once, on first use, and then the compiled pattern."""
import copy
import pickle
import re

import regex

from newslint.lazy_pattern import LazyPattern

TEXT = "Updated 10:42 GMT, said Ms Smith. Prices rose 3% on Tuesday."


class CountingCompile:
    def __init__(self, compile):
        self.compile = compile
        self.calls = 0

    def __call__(self, pattern, flags=0):
        self.calls += 1
        return self.compile(pattern, flags)


def test_compiles_on_first_use_and_only_once():
    counting = CountingCompile(regex.compile)
    pattern = LazyPattern(counting, r"\b\d{1,2}:\d{2}\b")
    assert counting.calls == 0
    assert pattern.search(TEXT).group() == "10:42"
    assert pattern.findall(TEXT) == ["10:42"]
    assert pattern.sub("T", TEXT).startswith("Updated T GMT")
    assert pattern.pattern == r"\b\d{1,2}:\d{2}\b"
    assert counting.calls == 1


def test_behaves_as_the_compiled_pattern():
    cases = [
        (regex.compile, r"(?i)\b(?:said|says)\s+(\p{Lu}\p{Ll}+)", 0),
        (regex.compile, r"\b(tuesday|gmt)\b", regex.IGNORECASE),
        (re.compile, r"(\d+)(%)", 0),
    ]
    for compile, source, flags in cases:
        lazy, compiled = LazyPattern(compile, source, flags), compile(source, flags)
        assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in compiled.finditer(TEXT)]
        assert lazy.findall(TEXT) == compiled.findall(TEXT)
        assert lazy.split(TEXT) == compiled.split(TEXT)
        assert lazy.subn("#", TEXT) == compiled.subn("#", TEXT)
        assert (lazy.match(TEXT) is None) == (compiled.match(TEXT) is None)
        for text in ("said Ms", "3%", "GMT"):
            assert (lazy.fullmatch(text) is None) == (compiled.fullmatch(text) is None)
        assert (lazy.flags, lazy.groups, lazy.groupindex) == (compiled.flags, compiled.groups, compiled.groupindex)
        assert lazy.compiled.pattern == compiled.pattern


def test_a_bad_pattern_fails_where_it_is_used_and_every_time():
    pattern = LazyPattern(regex.compile, r"(unclosed")
    for _ in range(2):
        try:
            pattern.search(TEXT)
        except regex.error:
            pass
        else:
            raise AssertionError("expected regex.error")


def test_unknown_attribute_is_an_attribute_error():
    pattern = LazyPattern(re.compile, r"x")
    try:
        pattern.no_such_method
    except AttributeError:
        pass
    else:
        raise AssertionError("expected AttributeError")
    # Dunder probes (copy, pickle, hasattr) do not compile.
    counting = CountingCompile(re.compile)
    probed = LazyPattern(counting, r"x")
    assert not hasattr(probed, "__getnewargs_ex__")
    assert counting.calls == 0


def test_copies_and_pickles_as_its_recipe():
    pattern = LazyPattern(regex.compile, r"\p{Lu}\p{Ll}+", regex.V0)
    pattern.search(TEXT)  # compiled before copying
    for clone in (copy.copy(pattern), copy.deepcopy(pattern), pickle.loads(pickle.dumps(pattern))):
        assert isinstance(clone, LazyPattern)
        assert clone.findall(TEXT) == pattern.findall(TEXT)
    assert "LazyPattern" in repr(pattern)


def test_loading_the_rules_compiles_none_of_their_lazy_patterns():
    # In a fresh process: the rule modules' LazyPatterns stay uncompiled
    # until an article needs them (a use at import would compile one).
    import subprocess
    import sys

    probe = (
        "import gc\n"
        "from newslint.lazy_pattern import LazyPattern\n"
        "from newslint.plugins import load_registry\n"
        "load_registry(autoload=False)\n"
        "lazy = [p for p in gc.get_objects() if isinstance(p, LazyPattern)]\n"
        "print(len(lazy), sum('_compiled' in p.__dict__ for p in lazy))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    patterns, compiled = map(int, done.stdout.split())
    assert patterns >= 10 and compiled == 0
