"""OC: out-of-context sentences.  Sentences injected from another story: a
related-story teaser, an advertisement's copy, a neighbouring article."""
from newslint.hookspecs import hookimpl

from .rules import OutOfContextSentence, TeaserLine


@hookimpl
def newslint_rules():
    return [OutOfContextSentence, TeaserLine]
