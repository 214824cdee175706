"""QM: quotation marks.  Opening marks never closed and closing marks never
opened, usually where a scraper dropped a mark together with its space."""
from newslint.hookspecs import hookimpl

from .rules import UnclosedQuote, UnopenedQuote


@hookimpl
def newslint_rules():
    return [UnclosedQuote, UnopenedQuote]
