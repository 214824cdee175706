"""Issue 14, a one-article run's loading (cold9): OC101's table read without
zipfile, and ftfy's pattern left unloaded for an article holding none of
the characters its matches need.  Behaviour only; the times are measured
by tests/benchmarks/speed.py --cold-only."""
from __future__ import annotations

import json
import os
import subprocess
import sys

# Long enough for OC101 to judge (min-sentences), and not ASCII (an
# apostrophe and a dash, which ftfy's pattern needs no more than ASCII):
# no pound sign, no double curly quote, nothing its matches need.
PLAIN_ARTICLE = """Council agrees new budget for the town library

The town council agreed its budget for the coming year on Tuesday evening.
Councillors voted to keep the library open on Sundays — after a long debate.
The library had faced cuts to its opening hours last spring.
Residents had signed a petition asking the council to think again.
The council’s leader said the vote showed that the town valued its books.
Opposition members said the money would have to be found elsewhere.
The new hours will start at the beginning of next month.
Staff at the library said they were pleased with the decision.
"""

IMPORTED = """
import sys
from newslint import mojibake
from newslint.cli import main
main(["--isolated", "--exit-zero", "-q", sys.argv[1]])
import json
print(json.dumps({
    "numpy": "numpy" in sys.modules,
    "zipfile": "zipfile" in sys.modules,
    # ftfy's badness module is loaded from its file alone, outside sys.modules.
    "ftfy": mojibake._ftfy_is_bad.cache_info().currsize > 0 or "ftfy" in sys.modules,
    "searched": mojibake._is_bad.cache_info().currsize > 0,
}))
"""


def _imported(path) -> dict:
    env = dict(os.environ)  # the usual cache folder: a new one would unpack word lists for half a minute
    done = subprocess.run([sys.executable, "-c", IMPORTED, str(path)], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_judged_plain_article_needs_neither_zipfile_nor_ftfy(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(PLAIN_ARTICLE, encoding="utf-8")
    _imported(article)  # the first run writes what the cache folder lacks (the gate, say)
    again = _imported(article)
    # OC101 judged it, from the mapped table; no line searched for mojibake
    assert again == {"numpy": True, "zipfile": False, "ftfy": False, "searched": False}


def test_an_article_with_a_character_ftfy_needs_is_searched_without_ftfys_module(tmp_path):
    # ftfy's pattern rebuilt from the pattern cache: its module is not run.
    article = tmp_path / "article.txt"
    article.write_text(PLAIN_ARTICLE.replace("budget for", "£5m budget for"), encoding="utf-8")
    _imported(article)
    assert _imported(article) == {"numpy": True, "zipfile": False, "ftfy": False, "searched": True}
