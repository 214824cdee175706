"""ML: mixed language.  Fragments, runs of words and whole lines in another
language than the article's, as half-translated pages leave them."""
from newslint.hookspecs import hookimpl

from .rules import ForeignLanguage, ForeignLine, ForeignScript


@hookimpl
def newslint_rules():
    return [ForeignScript, ForeignLanguage, ForeignLine]
