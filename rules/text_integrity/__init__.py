"""TX: text integrity.  Words doubled or glued, mojibake, markup debris: damage
done to the characters of an article on its way from the page."""
from newslint.hookspecs import hookimpl

from .doubled_word import DoubledWord


@hookimpl
def newslint_rules():
    return [DoubledWord]
