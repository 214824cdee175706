"""Where quoted speech ends: evidence, inside a quotation whose closing mark
is missing, of where the reporter's own words begin again.

* An attribution: `…would otherwise crumble, he said`, `…, said Mr Idris`,
  `…, the company told the BBC`.  The mark belonged after the comma.  In
  German, Spanish, French, Portuguese, Italian, Dutch and Russian, with the
  verb first (`…, sagte er`, `…, dijo`, `…, a déclaré`, `…, disse`, `…, ha
  detto`, `…, — сказал он`, `…, so der Minister`), it belonged before it.
* Punctuation glued to the next word: `crumble,he said`, `surroundings.The
  network`.  Clean prose has a space after a comma or a full stop between
  letters; a scraper that dropped a closing mark took its space with it.
* A change of voice (English only): speech in the first or second person (`we`, `our`,
  `you`, `I'm`), then narration in the third (`The network has been developed
  by Intel`, `Mr Idris said the community…`).  The mark belonged at the end of
  the last spoken sentence.

Evidence is *strong* when it alone shows a mark was lost (an attribution,
glued punctuation, a narrating sentence with a reporting verb); it is then
reported even where a news convention would excuse an open quotation.  A
*weak* voice change (third-person sentences naming people or organisations
after first-person speech) only places a closing mark already known to be
missing.

Every search reads only the text it is given, so the analysis stays linear.
"""
from __future__ import annotations

from typing import NamedTuple

import regex

from newslint.lazy_pattern import LazyPattern

REPORTING_VERBS = (
    "said|says|say|added|adds|told|tells|warned|warns|explained|explains|insisted|insists|argued|argues|noted|notes|"
    "wrote|writes|continued|stated|claimed|claims|asked|replied|admitted|admits|conceded|concedes|confirmed|"
    "announced|predicted|predicts|joked|jokes|quipped|recalled|recalls|commented|remarked|observed"
)
# Who speaks in an attribution: a pronoun, or a name or noun phrase of up to
# ten words, with its apposition ("Vincent Koen, an economist with the OECD,") ("Investec economist Philip Shaw", "the chief executive of a
# leading car maker").  Not "I", "we" or "you": a speaker may quote himself
# ("…, I said to the boys").  Not a clause ("…, and he said it was…", "…, come
# to the point where he says").
_CLAUSE_WORD = (
    r"(?:I|we|you|he|she|they|it|and|but|or|so|that|which|who|whom|where|what|how|why|when|if|because|as|then"
    r"|will|would|can|could|should|must|may|might)\b"
)
_WORD = r"[\p{L}\p{N}'’()&-]+"
_SPEAKER = rf"(?:(?:he|she|they|it)|(?!{_CLAUSE_WORD}){_WORD}(?:,?\s+(?!{_CLAUSE_WORD}){_WORD}){{0,9}}?,?)"
# What follows the verb of an attribution: the end of the clause, or when and
# to whom it was said.  Not a clause ("he said he would resign" is reported
# speech inside the quotation, not the end of it).
_AFTER_VERB = (
    r"(?=\s*[.,;:]|\s+(?:(?:on|in|at|to|during|after|before|yesterday|today|tonight|last|this|earlier|later|"
    r"recently|when|while|as|of|from|reporters|journalists|MPs|delegates|an?\s+audience)\b|(?:the\s+)?\p{Lu})"
    r")"
)
# `…, he said.` / `…, the firm told the BBC`: the mark belonged after the comma
# (group 1 ends there).  The space after the comma may have gone with the mark.
# Who was told: a short phrase that ends the clause ("told the conference in
# Chicago."), not a person the speech goes on about ("told him he was wrong").
_TOLD = r"(?:told|tells)\s+(?!(?:him|her|me|us|them|you)\b)(?:[\p{L}\p{N}'’-]+\s+){0,5}[\p{L}\p{N}'’-]+\s*[.,;]"
ATTRIBUTION = LazyPattern(regex.compile,
    rf"([,?!])\s*(?:{_SPEAKER}\s+(?:(?:{REPORTING_VERBS})\b{_AFTER_VERB}|{_TOLD})"
    r"|(?:said|says|added|adds|told|asked|replied|wrote|writes|explained|explains|warned|insisted|argued|continued|"
    r"according\s+to)\s+"
    r"(?!(?:I|we|you|that|it|he|she|they|there|this|these|those|to)\b)[\p{L}\p{N}])"
)
# The same in German, Spanish, French, Portuguese, Italian, Dutch and
# Russian, where the verb comes first (`…, sagte er`, `…, dijo el
# ministro`, `…, a déclaré le maire`, `…, a-t-il ajouté`, `…, disse`, `…,
# ha detto`, `…, — сказал он`, `…, so der Minister`), and where the closing
# mark goes before the comma (`„…“, sagte er`; `«…», dijo`): group 1 starts
# there.  Not when a clause or an indirect object follows the verb (`…, dijo
# que…`, `…, sagte mir…`): that is reported speech inside the quotation.
# Not the forms that are English words too ("assure"; "dice" only before
# an article or a pronoun, or at the clause's end).
FOREIGN_VERBS = (
    # German
    "sagte|sagt|sagten|erklärte|erklärt|erklärten|betonte|betont|meinte|meint|warnte|warnt|fügte|ergänzte|"
    "kritisierte|versicherte|"
    # Spanish
    r"dijo|dice(?=\s*[.,;]|\s+(?:el|la|los|las|un|una|él|ella)\b)|dijeron|afirmó|afirma|señaló|señala|explicó|explica|aseguró|asegura|añadió|añade|declaró|"
    "indicó|subrayó|advirtió|agregó|apuntó|comentó|sostuvo|manifestó|insistió|"
    # French (present, and after the auxiliary: a déclaré, a-t-il déclaré)
    "déclare|dit|affirme|explique|ajoute|souligne|estime|indique|précise|avertit|insiste|"
    r"(?:a|ont)(?:-t-(?:il|elle|on)|-(?:ils|elles))?\s+(?:déclaré|dit|affirmé|expliqué|ajouté|souligné|estimé|"
    "indiqué|précisé|assuré|averti|insisté|confié|lancé|martelé)|"
    # Portuguese
    "disse|disseram|afirmou|declarou|explicou|acrescentou|sublinhou|referiu|adiantou|garantiu|frisou|"
    # Italian
    r"(?:ha|hanno)\s+(?:detto|dichiarato|spiegato|aggiunto|sottolineato|affermato)|dichiara|spiega|aggiunge|"
    # Dutch
    "zei|zegt|aldus|verklaarde|"
    # Russian
    "сказал|сказала|сказали|заявил|заявила|заявили|отметил|отметила|отметили|добавил|добавила|пояснил|"
    "пояснила|подчеркнул|подчеркнула|говорит|считает"
)
# French inversion on the verb itself: `explique-t-il`, `dit-elle`, `ajoute-t-on`.
_FRENCH_INVERSION = r"\p{Ll}+(?:-t)?-(?:il|elle|ils|elles|on)\b"
_NOT_AFTER_FOREIGN_VERB = (
    r"(?:que|qu['’]|dass|daß|ob|что|чтобы|che|mir|mich|ihm|uns|euch|me|te|lui|nous|vous|leur|мне|ему|ей|нам|"
    r"им|mi|gli|ci|lhe|lhes|nos|het|dat)\b"
)
FOREIGN_ATTRIBUTION = LazyPattern(regex.compile,
    rf"(?<=\p{{L}}|\p{{N}}|[.!?…])([,?!])\s*(?:[—–]\s*)?"
    rf"(?:(?:{FOREIGN_VERBS})\b(?=\s*[.,;:!?]|\s*$|\s+(?!{_NOT_AFTER_FOREIGN_VERB})[\p{{L}}\p{{N}}])"
    rf"|{_FRENCH_INVERSION}"
    # German "so": an article and a noun phrase up to the sentence's end
    # ("…, so der Verbandspräsident."), or a name alone ("…, so Müller."),
    # not English "so" ("…, so Britain can lead.").
    r"|so\s+(?:(?:der|die|das|ein|eine|sein|seine|ihr|ihre)\s[^.!?,;\n]{0,60}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s*[.;])"
)
# A comma or sentence end glued to the next word ("crumble,he", "years.The",
# "happened.he said"), not inside a number (1,000), an abbreviation (U.S.A.)
# or a web address (bbc.co.uk).
GLUED = LazyPattern(regex.compile, r"(?<=\p{Ll}{2}['’]?)(?:,(?=\p{L})|[.!?](?=\p{Lu}|(?:he|she|they)\s))")
# First- and second-person speech, and contractions, which news narration
# does not use.
SPEECH = LazyPattern(regex.compile,
    r"(?:\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|us)\b"
    r"|(?i:\b(?:me|my|mine|myself|we|we're|we’re|we've|we’ve|we'll|we’ll|our|ours|ourselves|you|your|yours"
    r"|yourself|let's|let’s)\b)"
    r"|\p{L}(?:n't|n’t|'re|’re|'ve|’ve|'m|’m|'ll|’ll|'d|’d)\b|[?!])"
)
# A sentence that narrates: a verb that reports speech and means nothing
# else ("conceded" and "claimed" also mean losing a goal and winning a
# title), in a sentence with no first- or second-person word.
NARRATION = LazyPattern(regex.compile, r"\b(?:said|says|told|tells|added|adds|explained|insisted|[Aa]ccording\s+to)\b")
# A name or organisation inside a sentence (not its first word): the
# third-person subjects of narration ("developed by Intel").
NAMED = regex.compile(r"(?<=[\p{Ll},]\s+)\p{Lu}\p{Ll}+\b")
# A sentence that starts in the third person ("His contribution follows…").
THIRD_PERSON = regex.compile(r"(?:He|She|His|Her|They|Their|Its)\b")
# Where one sentence ends and the next begins inside a quotation.
SENTENCE_BREAK = regex.compile(r"[.!?…]+(?=\s+[\p{Lu}\"“‘'(])")


class Evidence(NamedTuple):
    offset: int  # where the closing mark belonged
    kind: str  # what shows it: attribution, glued punctuation, narration, voice change
    strong: bool


def lost_closing_mark(text: str, opener: int, limit: int) -> Evidence | None:
    """The earliest evidence, in ``text[opener + 1 : limit]``, that the
    quotation opened at ``opener`` ended without its closing mark."""
    found = [
        evidence
        for evidence in (_attribution(text, opener, limit), _glued(text, opener, limit), _voice_change(text, opener, limit))
        if evidence is not None
    ]
    return min(found, default=None)


def _attribution(text: str, opener: int, limit: int) -> Evidence | None:
    match = ATTRIBUTION.search(text, opener + 1, limit)
    english = Evidence(match.end(1), "attribution", True) if match else None
    # The foreign search reads only up to the English attribution, if any
    # (the earliest evidence wins).
    match = FOREIGN_ATTRIBUTION.search(text, opener + 1, match.end() if match else limit)
    foreign = Evidence(match.start(1), "attribution", True) if match else None
    return min(filter(None, (english, foreign)), default=None)


def _glued(text: str, opener: int, limit: int) -> Evidence | None:
    match = GLUED.search(text, opener + 1, limit)
    return Evidence(match.end(), "glued punctuation", True) if match else None


def _voice_change(text: str, opener: int, limit: int) -> Evidence | None:
    """The end of the last spoken sentence, when first- or second-person speech
    gives way to third-person narration that runs to ``limit``: strong when
    a reporting verb narrates, weak when only names or a third-person start
    say so."""
    sentences = _sentences(text, opener + 1, limit)
    spoken = [SPEECH.search(text, start, end) is not None for start, end in sentences]
    if not spoken or not spoken[0]:
        return None
    # The narration must run to the end: speech after it means the quotation
    # went on (or another one began).
    last_spoken = max(index for index, flag in enumerate(spoken) if flag)
    if last_spoken + 1 >= len(sentences):
        return None
    narration = sentences[last_spoken + 1 :]
    close_at = sentences[last_spoken][1]
    if any(NARRATION.search(text, start, end) for start, end in narration):
        return Evidence(close_at, "narration", True)
    start, end = narration[0]
    if NAMED.search(text, start, end) or THIRD_PERSON.match(text, start, end):
        return Evidence(close_at, "voice change", False)
    return None


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the sentences of ``text[start:end]``; each end is just
    after its punctuation, where a closing mark would stand."""
    sentences = []
    for match in SENTENCE_BREAK.finditer(text, start, end):
        sentences.append((start, match.end()))
        start = match.end()
        while start < end and text[start].isspace():
            start += 1
    if start < end and text[start:end].strip():
        sentences.append((start, end))
    return sentences


# Where a quotation that lost its opening mark most likely began, inside the
# sentence that ends in its orphan closing mark: after a closing mark glued to
# the next sentence (`coast."The sea`), at a capital glued to the word or
# sentence before (`saidWe`, `stalled.We`), or after an introduction ending in
# a colon (`said: We`).
OPENING_PLACE = LazyPattern(regex.compile,
    r"(?<=[.!?,][\"”’»])(?=\p{Lu})|(?<=\p{Ll}{2}|\p{Ll}[.!?,;])(?=\p{Lu}\p{Ll})|(?<=:\s*)(?=[\p{Lu}\p{N}])"
)


def lost_opening_mark(text: str, sentence_start: int, earliest: int, orphan: int) -> int:
    """Where the opening mark of the quotation ending at ``orphan`` belonged:
    the last sign of a quotation beginning after ``earliest`` (the mark
    before it), else the start of its sentence."""
    last = sentence_start
    for match in OPENING_PLACE.finditer(text, max(sentence_start, earliest), orphan):
        last = match.start()
    return last
