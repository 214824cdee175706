"""Where quoted speech ends: evidence, inside a quotation whose closing mark
is missing, of where the reporter's own words begin again.

* An attribution: `…would otherwise crumble, he said`, `…, said Mr Idris`,
  `…, the company told the BBC`.  The mark belonged after the comma.  In
  German, Spanish, French, Portuguese, Italian, Dutch and Russian, with the
  verb first (`…, sagte er`, `…, dijo`, `…, a déclaré`, `…, disse`, `…, ha
  detto`, `…, — сказал он`, `…, so der Minister`), it belonged before it;
  such an attribution is read in an article in its own language, and only
  where it ends the sentence (not an aside: `…, dice la gente, es…`).
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

from typing import Callable, NamedTuple

import regex

from newslint.lazy_pattern import LazyPattern
from newslint.pattern_cache import compile_cached, compile_re_cached

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
ATTRIBUTION = LazyPattern(compile_cached,
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
# there.  Only in an article written in the verb's language: English "dice"
# and "assure" are no attributions ("We sell cards, dice, board games").
FOREIGN_VERBS = {
    "de": "sagte|sagt|sagten|erklärte|erklärt|erklärten|betonte|betont|meinte|meint|warnte|warnt|fügte|ergänzte|"
    "kritisierte|versicherte|schrieb|schreibt|erzählte|erzählt|beklagte|beklagt|berichtete|berichtet|mahnte|mahnt|"
    "forderte|fordert|räumte|bilanzierte",
    "es": "dijo|dice|dijeron|afirmó|afirma|señaló|señala|explicó|explica|aseguró|asegura|añadió|añade|declaró|"
    "indicó|subrayó|advirtió|agregó|apuntó|comentó|sostuvo|manifestó|insistió|escribe|escribió|relató|recordó|contó|"
    "lamenta|lamentó|reconoce|reconoció|admite|admitió|advierte|sostiene|apunta|destaca|destacó|subraya|concluye|"
    "concluyó|resume|resumió|opina|opinó|confiesa|confesó|insiste|precisa|precisó|cuenta|relata|recuerda|comenta",
    # Present, and after the auxiliary (a déclaré, a-t-il déclaré); the
    # inverted present (explique-t-il) is _FRENCH_INVERSION.
    "fr": "déclare|dit|affirme|explique|ajoute|souligne|estime|indique|précise|avertit|insiste|regrette|déplore|"
    "reconnaît|prévient|rappelle|résume|conclut|raconte|"
    r"(?:a|ont)(?:-t-(?:il|elle)|-(?:ils|elles))?\s+(?:déclaré|dit|affirmé|expliqué|ajouté|souligné|estimé|"
    "indiqué|précisé|assuré|averti|insisté|confié|lancé|martelé|regretté|déploré|reconnu|prévenu|rappelé|résumé|"
    "conclu|raconté|admis|poursuivi|répondu)",
    "pt": "disse|disseram|afirmou|declarou|explicou|acrescentou|sublinhou|referiu|adiantou|garantiu|frisou|escreveu|"
    "contou|lembrou|lamenta|lamentou|reconhece|reconheceu|admite|admitiu|destacou|ressaltou|avaliou|afirma|diz|"
    "explica|conta|lembra|conclui|concluiu",
    "it": r"(?:ha|hanno)\s+(?:detto|dichiarato|spiegato|aggiunto|sottolineato|affermato|scritto|raccontato|ricordato|"
    r"commentato|precisato|ammesso|sostenuto|osservato|concluso|lamentato|ribadito|avvertito)|dice|dichiara|spiega|"
    "aggiunge|scrive|racconta|ricorda|commenta|precisa|afferma|sottolinea|lamenta|ammette|sostiene|osserva|conclude|"
    "ribadisce|avverte",
    "nl": "zei|zegt|aldus|verklaarde|schreef|schrijft|vertelde|vertelt|benadrukte",
    "ru": "сказал|сказала|сказали|заявил|заявила|заявили|отметил|отметила|отметили|добавил|добавила|пояснил|"
    "пояснила|подчеркнул|подчеркнула|говорит|считает|признал|признала|рассказал|рассказала|уточнил|уточнила|"
    "объяснил|объяснила|сообщил|сообщила|резюмировал|резюмировала",
    "uk": "сказав|сказала|сказали|заявив|заявила|заявили|зазначив|зазначила|зазначили|додав|додала|пояснив|пояснила|"
    "наголосив|наголосила|розповів|розповіла|розповіли|каже|вважає|повідомив|повідомила|визнав|визнала|підкреслив|"
    "підкреслила",
}
# French inversion on a reporting verb: `explique-t-il`, `dit-elle`,
# `ajoutent-ils`.  Not `dit-on` ("so they say"), a parenthetical aside.
_FRENCH_INVERSION = (
    r"(?:(?:déclare|affirme|explique|ajoute|souligne|estime|indique|précise|insiste|confie|raconte|assure|lance|"
    r"note|observe|rappelle|résume|martèle|commente|confirme)(?:nt)?|dit|disent|reprend|reprennent|poursuit|"
    r"poursuivent|reconnaît|reconnaissent|prévient|préviennent|conclut|concluent|avertit|avertissent|répond|"
    r"répondent)(?:-t)?-(?:il|elle|ils|elles)\b"
)
# Who speaks, first after the verb: a capitalised name or noun, a personal
# pronoun, a determiner, or when, where and to whom it was said (`…, dijo
# ayer a la prensa`).  Russian has no articles: any word.  Not an adverb
# or an object (`…, sagt auch B`, `…, dice mucho`), nor an impersonal
# speaker (`…, sagt man`, `…, dice la gente`): that is the speaker's own
# aside or saying, inside the quotation.
_FOREIGN_SPEAKER = {
    "de": "er|sie|der|die|das|ein|eine|sein|seine|ihr|ihre|am|im|bei|auf|in|vor|nach|gegenüber|gestern|heute|dann|"
    "später|zuletzt|damals",
    "es": "él|ella|ellos|ellas|el|la|los|las|un|una|su|sus|este|esta|a|al|ante|en|tras|durante|ayer|hoy|luego|"
    "después|entonces|finalmente",
    "fr": "il|elle|ils|elles|le|la|les|l['’]|un|une|son|sa|ses|ce|cet|cette|à|au|aux|en|lors|devant|hier|"
    "aujourd['’]hui|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|encore|alors|ensuite|enfin",
    "pt": "ele|ela|eles|elas|o|a|os|as|um|uma|seu|sua|à|ao|aos|às|em|no|na|durante|ontem|hoje|depois|então",
    "it": "lui|lei|loro|il|lo|la|i|le|l['’]|un|una|uno|suo|sua|a|al|alla|all['’]|ai|in|nel|durante|ieri|oggi|poi|"
    "dopo",
    "nl": "hij|zij|ze|de|het|een|zijn|haar|minister|premier|burgemeester|woordvoerder|op|in|tegen|bij|gisteren|"
    "vandaag|later|dan",
    "ru": r"\p{Cyrillic}+",
    "uk": r"\p{Cyrillic}+",
}
_IMPERSONAL_SPEAKER = r"(?:man|on|se|uno|men|la\s+gente|les\s+gens|a\s+gente|le\s+persone|de\s+mensen|люди)\b"
# Words that make what follows the verb a clause (`…, dijo a sus amigos que…`,
# `…, sagte er, dass…`): reported speech inside the quotation, not its end.
_CLAUSE_AFTER_FOREIGN_VERB = r"\b(?:que|qu['’]|dass|daß|ob|что|чтобы|що|щоб|che|dat|of)\b"
# Where the attribution ends: the sentence's end, or a comma and the
# quotation's next part (`…, dijo, «y lo haremos»`).  Not a comma and more
# words (`«El problema, dice la gente, es el tráfico`): the quotation goes
# on, and the verb was the speaker's aside.
_ATTRIBUTION_END = r"\s*(?:[.;!?…]|$|\n|,\s*[«»„“\"‹‚])"
# The rest of the attribution: up to 100 characters with no clause, and an
# apposition after a comma (`…, dijo el ministro, Luis Planas.`).
_FOREIGN_PHRASE = (
    rf"(?:(?!{_CLAUSE_AFTER_FOREIGN_VERB})[^\n,.;:!?…«»„“”\"‹›]){{0,100}}?"
    r"(?:,\s*\p{Lu}[^\n,.;:!?…«»„“”\"‹›]{0,60}?)?"
)


def _foreign_attribution(language: str) -> str:
    """A verb-first attribution in ``language``, after the comma (group
    "verb": its verb)."""
    verb = rf"(?P<verb>{FOREIGN_VERBS[language]})\b"
    if language == "fr":
        verb = rf"(?:{verb}|(?P<verb>{_FRENCH_INVERSION}))"
    # A word of the list ends at a space, or at the apostrophe of an
    # elided article (`l’AFP`).
    speaker = (
        rf"(?!{_IMPERSONAL_SPEAKER})"
        rf"(?:\p{{Lu}}|(?:{_FOREIGN_SPEAKER[language]})(?:(?<=['’])|(?![\p{{L}}\p{{N}}])))"
    )
    attribution = rf"{verb}(?={_ATTRIBUTION_END}|\s+{speaker}{_FOREIGN_PHRASE}{_ATTRIBUTION_END})"
    if language == "de":
        # German "so": an article and a noun phrase up to the sentence's end
        # ("…, so der Verbandspräsident."), or a name alone ("…, so Müller."),
        # not English "so" ("…, so Britain can lead.").
        attribution += (
            r"|(?P<verb>so)\s+(?:(?:der|die|das|ein|eine|sein|seine|ihr|ihre)\s[^.!?,;\n]{0,60}"
            r"|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s*[.;]"
        )
    return attribution


# The comma (group 1) after a word, a number or a sentence's end, and a dash
# in Russian (`…, — сказал он`).
_BEFORE_FOREIGN_VERB = r"(?<=\p{L}|\p{N}|[.!?…])([,?!])\s*(?:[—–]\s*)?"
FOREIGN_ATTRIBUTIONS = {
    language: LazyPattern(compile_cached, rf"{_BEFORE_FOREIGN_VERB}(?:{_foreign_attribution(language)})")
    for language in FOREIGN_VERBS
}
# A verb-first attribution whose clause runs on as narration (`…, a déclaré
# le chef du gouvernement devant des députés debout, certains…`).  An aside
# inside a quotation, which French and Spanish leave unmarked (`…, a déclaré
# le ministre, c'est…`), names its speaker in a few words; a clause of
# MIN_NARRATED_WORDS words or more after the verb, before any comma, is the
# reporter's own.  Read only for a quotation the pairing already doubts: one
# closed over, or one followed by another of its kind in its paragraph.
MIN_NARRATED_WORDS = 7
_NARRATED_WORD = r"[^\s,.;:!?…«»„“”\"‹›]+"


def _narrated_attribution(language: str) -> str:
    verb = rf"(?P<verb>{FOREIGN_VERBS[language]})\b"
    if language == "fr":
        verb = rf"(?:{verb}|(?P<verb>{_FRENCH_INVERSION}))"
    speaker = rf"(?!{_IMPERSONAL_SPEAKER})(?:\p{{Lu}}|(?:{_FOREIGN_SPEAKER[language]})(?![\p{{L}}\p{{N}}]))"
    return rf"{_BEFORE_FOREIGN_VERB}{verb}\s+{speaker}(?:{_NARRATED_WORD})?(?:\s+{_NARRATED_WORD}){{{MIN_NARRATED_WORDS - 1},}}"


NARRATED_ATTRIBUTIONS = {
    language: LazyPattern(compile_cached, _narrated_attribution(language)) for language in FOREIGN_VERBS
}


def narrated_attribution(text: str, opener: int, limit: int, language: Callable[[], str | None]) -> int | None:
    """The comma before a verb-first attribution in the article's language
    that runs on as narration, in ``text[opener + 1 : limit]``, if any."""
    if not _WORD_AFTER_COMMA.search(text, opener + 1, limit):
        return None
    pattern = NARRATED_ATTRIBUTIONS.get(language())
    match = pattern.search(text, opener + 1, limit) if pattern is not None else None
    return match.start(1) if match is not None else None


# A first, quick search: the word after each comma, tried against every word
# of the verbs above (a set look-up; the patterns' alternatives, tried at
# every comma of a long English quotation, cost three times as much).
_WORD_AFTER_COMMA = LazyPattern(compile_cached, rf"{_BEFORE_FOREIGN_VERB}(\p{{L}}+)")


def _verb_languages() -> dict[str, tuple[str, ...]]:
    """Each word of the verbs above -> the languages whose attributions hold
    it.  An attribution starts with its verb's first word, so a word after
    a comma is tried only against those languages' patterns, so that the
    article's language is read only when a verb-first attribution in some
    language is there at all (one pattern of all the languages took several
    times longer to compile than one language's)."""
    languages: dict[str, tuple[str, ...]] = {}
    for language, verbs in FOREIGN_VERBS.items():
        words = verbs + ("|" + _FRENCH_INVERSION if language == "fr" else "") + ("|so" if language == "de" else "")
        for word in sorted(set(regex.findall(r"\p{L}+", words))):
            languages[word] = languages.get(word, ()) + (language,)
    return languages


_VERB_LANGUAGES = _verb_languages()
# An inverted attribution right after a comma, its speaker after the verb
# (`…, not a finish, said Dr Priya Nair`, `…, said the forecaster`): the
# phrase before that comma is the quotation's, not a speaker in apposition
# (`…," Vincent Koen, an economist, said.`), so the mark belonged at the
# comma before the verb.  A day or a month after the verb says when, not who,
# and after "told" comes who heard it (`…, an economist, told the paper`).
_WHEN = (
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b"
)
# How far past an attribution's verb its inverted speaker is looked for.
INVERTED_SPEAKER_REACH = 40
INVERTED_ATTRIBUTION = LazyPattern(compile_cached,
    r"(,)\s*(?:said|says|added|adds|asked|replied|wrote|writes|explained|explains|warned|insisted|argued|"
    rf"continued|recalled|noted)\s+(?!{_WHEN})"
    r"(?:the\s+\p{L}|(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady)\b|\p{Lu}\p{Ll}+\s+\p{Lu})"
)
# A comma or sentence end glued to the next word ("crumble,he", "years.The",
# "happened.he said"), not inside a number (1,000), an abbreviation (U.S.A.)
# or a web address (bbc.co.uk).
GLUED = LazyPattern(compile_cached, r"(?<=\p{Ll}{2}['’]?)(?:,(?=\p{L})|[.!?](?=\p{Lu}|(?:he|she|they)\s))")
# First- and second-person speech, and contractions, which news narration
# does not use.
SPEECH = LazyPattern(compile_cached,
    r"(?:\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|us)\b"
    r"|(?i:\b(?:me|my|mine|myself|we|we're|we’re|we've|we’ve|we'll|we’ll|our|ours|ourselves|you|your|yours"
    r"|yourself|let's|let’s)\b)"
    r"|\p{L}(?:n't|n’t|'re|’re|'ve|’ve|'m|’m|'ll|’ll|'d|’d)\b|[?!])"
)
# A sentence that narrates: a verb that reports speech and means nothing
# else ("conceded" and "claimed" also mean losing a goal and winning a
# title), in a sentence with no first- or second-person word.
NARRATION = LazyPattern(compile_cached, r"\b(?:said|says|told|tells|added|adds|explained|insisted|[Aa]ccording\s+to)\b")
# A name or organisation inside a sentence (not its first word): the
# third-person subjects of narration ("developed by Intel").
NAMED = compile_cached(r"(?<=[\p{Ll},]\s+)\p{Lu}\p{Ll}+\b")
# A sentence that starts in the third person ("His contribution follows…").
THIRD_PERSON = compile_cached(r"(?:He|She|His|Her|They|Their|Its)\b")
# Where one sentence ends and the next begins inside a quotation.
SENTENCE_BREAK = compile_cached(r"[.!?…]+(?=\s+[\p{Lu}\"“‘'(])")


class Evidence(NamedTuple):
    offset: int  # where the closing mark belonged
    kind: str  # what shows it: attribution, glued punctuation, narration, voice change
    strong: bool


# Attributions of languages that put the speaker and the verb after the
# quotation, without the verb-first order above, where the closing mark
# belonged (the lookahead starts there):
# * Vietnamese, as English: `…người," bà nói`, `…," ông Minh cho biết`;
# * Japanese: the quotative と and a verb of saying, `…心配だ」と話した`;
# * Korean: a quotative ending, `…보인다"면서도`, `…했다"고 말했다`,
#   `…부담"이라고 설명했다`;
# * Chinese: a comma, then a pronoun or a short name and a verb of
#   saying that ends the clause, `…，”他说。`, `…，”王女士表示。`.
# Each is written in its own script or with words no other language has,
# so none needs the article's language.  They only place a closing mark
# already known to be lost (weak evidence): a quotative ending may also
# close reported speech quoted inside the quotation.
_VIETNAMESE_SPEAKER = (
    r"(?:(?:ông|bà|anh|chị|cô|cụ|em|chú|bác|họ)(?:\s+(?:ấy|\p{Lu}\p{Ll}*))*|\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})"
)
QUOTATIVE = LazyPattern(compile_cached,
    r"(?<=\p{L}|\p{N}|[.!?…])[,?!](?=\s*"
    + _VIETNAMESE_SPEAKER
    + r"\s+(?:nói|cho\s+biết|chia\s+sẻ|khẳng\s+định|nhấn\s+mạnh|giải\s+thích|kể|tâm\s+sự|bày\s+tỏ|cho\s+hay"
    r"|nhận\s+định|thừa\s+nhận|trả\s+lời|hỏi)(?!\p{L}))\K"
    r"|(?<=[\p{Han}\p{Hiragana}\p{Katakana}ー])(?=と(?:話|述べ|語|言|説明|強調|指摘|明か|訴え|答え|主張|振り返|"
    r"コメント|発表))"
    r"|(?<=\p{Hangul}[다요까죠])(?=(?:고|며|면서)(?:도|는)?[\s,])"
    r"|(?<=\p{Hangul})(?=이?라(?:고|며|면서)(?:도|는)?[\s,])"
    r"|(?<=\p{Han}[，,])(?=(?:他|她|他们|她们|(?![我你您咱])\p{Han}{2,4}?)(?:说|表示|指出|强调|称|坦言|介绍)[。，！])"
)


# Narration resuming inside a quotation whose closing mark was lost, in
# languages whose reporter goes on in the same paragraph with a word no
# speech starts its sentence with:
# * Arabic: a comma and a participle of saying (`…قائمة"، مشيراً إلى`,
#   `مضيفاً`, `موضحاً`, `مؤكداً`), the mark before the comma; or a new
#   sentence opened by "and he said / added" (`. وأضاف`), the mark after the
#   full stop;
# * Hindi: a danda, then the third-person subject of a verb of saying
#   (`।" उन्होंने बताया`, `उन्होंने कहा`), the mark after the danda;
# * Chinese: 。 then a third-person pronoun and a verb of saying or of the
#   reporter's narration (`。”他同时表示`, `。”她还说`), the mark after 。.
# Each is written in its own script, so none needs the article's language.
# Weak: they only place a closing mark already known to be lost.
_ARABIC_PARTICIPLE = r"(?:مشير|مضيف|موضح|مؤكد|لافت|معتبر|منوه)(?:اً|ا|ة|ين)?"
_ARABIC_SAID = r"و(?:قال|أضاف|تابع|أوضح|أكد|أشار|اعتبر)(?:ت)?"
_HINDI_SAID = r"(?:उन्होंने|उसने)(?:\s+\S+){0,3}?\s+(?:कहा|बताया|जोड़ा|बताते|कहते)"
_CHINESE_SAID = r"(?:他|她|他们|她们)(?:同时|还|也|随后|此外|另外|进一步)?(?:表示|说|指出|强调|称|感谢|透露|介绍|坦言|补充)"
NARRATION_RESUMES = LazyPattern(compile_cached,
    rf"(?<=[\p{{Arabic}}\p{{N}}.!?…])(?=\s*[،,]\s*{_ARABIC_PARTICIPLE}(?!\p{{L}}))"
    rf"|(?<=[.!?…])(?=\s+{_ARABIC_SAID}(?!\p{{L}}))"
    rf"|(?<=।)(?=\s+{_HINDI_SAID})"
    rf"|(?<=。)(?={_CHINESE_SAID})"
)


# The characters one of those needs (Arabic letters, the danda, 。), found
# by the standard engine: most quotations hold none, and skip the search.
NARRATION_SCRIPTS = compile_re_cached("[\u0600-\u06ff।。]")


def _narration_resumes(text: str, opener: int, limit: int) -> Evidence | None:
    if not NARRATION_SCRIPTS.search(text, opener + 1, limit):
        return None
    match = NARRATION_RESUMES.search(text, opener + 1, limit)
    return Evidence(match.start(), "narration", False) if match else None


# A gloss in brackets that ends the paragraph after a short quotation
# (`says simply, "Gracias por la luz (thank you for the light).`): a
# translation or an explanation is the reporter's, outside the quotation.
GLOSS = LazyPattern(compile_cached, r"(?<=[\p{L}\p{N}])\s+\([^()\n]{1,80}\)[.!?…]?\s*$")
# The longest quotation (in words) read as glossed: a phrase, not a speech.
MAX_GLOSSED_WORDS = 12


def glossed_end(text: str, opener: int, end: int) -> int | None:
    """Where a short quotation open to the paragraph's end (``end``) ended
    when a gloss in brackets closes the paragraph: just before the gloss."""
    match = GLOSS.search(text, opener + 1, end)
    if match is None or len(text[opener + 1 : match.start()].split()) > MAX_GLOSSED_WORDS:
        return None
    return match.start()


# German and Dutch put the verb of a subordinate clause last: a fragment
# quoted inside one (`dat hij „vooral de regionale lijnen” bedoelde.`,
# `dass er „keine Ahnung“ habe.`) ends before that verb, the clause's last
# word.  The clause is the fragment's: its conjunction stands shortly before
# the opening mark, in the same sentence.
VERB_FINAL_LANGUAGES = ("de", "nl")
SUBORDINATE_BEFORE = LazyPattern(compile_cached,
    r"\b(?:dass|daß|weil|ob|obwohl|wenn|nachdem|dat|omdat|of|hoewel|nadat|zodat)\b[^.!?;:]{0,60}$", flags=regex.IGNORECASE
)
CLAUSE_LAST_WORD = LazyPattern(compile_cached, r"\s+\p{L}+[.!?]")


def verb_final_end(text: str, opener: int, end: int, language: Callable[[], str | None]) -> int | None:
    """Where a lower-case fragment quoted in a German or Dutch subordinate
    clause ended: before the verb that ends its sentence, if that sentence
    ends before ``end``."""
    if not SUBORDINATE_BEFORE.search(text, max(0, opener - 60), opener):
        return None
    last = CLAUSE_LAST_WORD.search(text, opener + 1, end)
    if last is None or last.start() <= opener + 1 or language() not in VERB_FINAL_LANGUAGES:
        return None
    return last.start()


def lost_closing_mark(text: str, opener: int, limit: int, language: Callable[[], str | None]) -> Evidence | None:
    """The earliest evidence, in ``text[opener + 1 : limit]``, that the
    quotation opened at ``opener`` ended without its closing mark;
    ``language`` gives the article's language code (asked only when a
    foreign attribution may be there)."""
    found = [
        evidence
        for evidence in (
            _attribution(text, opener, limit, language),
            _glued(text, opener, limit),
            _voice_change(text, opener, limit),
            _quotative(text, opener, limit),
            _narration_resumes(text, opener, limit),
        )
        if evidence is not None
    ]
    return min(found, default=None)


def _attribution(text: str, opener: int, limit: int, language: Callable[[], str | None]) -> Evidence | None:
    match = ATTRIBUTION.search(text, opener + 1, limit)
    english = Evidence(_speaker_first_end(text, match), "attribution", True) if match else None
    # The foreign search reads only up to the English attribution, if any
    # (the earliest evidence wins).
    at = _foreign_attribution_at(text, opener + 1, match.end() if match else limit, language)
    foreign = Evidence(at, "attribution", True) if at is not None else None
    return min(filter(None, (english, foreign)), default=None)


def _speaker_first_end(text: str, match: regex.Match) -> int:
    """Where an English attribution's quotation ended: after its comma,
    unless what the match took for a speaker in apposition ends in a comma
    followed by an inverted attribution (`…start, not a finish, said Dr
    Nair`): then at that last comma."""
    last = match.end(1)
    # The speaker after the verb lies past the match: read a little further.
    for inverted in INVERTED_ATTRIBUTION.finditer(text, match.end(1), match.end() + INVERTED_SPEAKER_REACH):
        if inverted.start() >= match.end():
            break
        last = inverted.end(1)
    return last


def _foreign_attribution_at(text: str, start: int, end: int, language: Callable[[], str | None]) -> int | None:
    """The comma of the first verb-first attribution in ``text[start:end]``
    written in the article's language.  Not a verb said twice (`Wer A sagt,
    sagt auch B`): a saying, not an attribution."""
    for candidate in _WORD_AFTER_COMMA.finditer(text, start, end):
        languages = _VERB_LANGUAGES.get(candidate.group(2), ())
        if not any(FOREIGN_ATTRIBUTIONS[verb_language].match(text, candidate.start(), end) for verb_language in languages):
            continue
        pattern = FOREIGN_ATTRIBUTIONS.get(language())
        if pattern is None:
            return None
        match = pattern.match(text, candidate.start(), end)
        if match is not None and not _said_twice(text, match):
            return match.start(1)
    return None


def _said_twice(text: str, match: regex.Match) -> bool:
    """Whether the word before the attribution's comma is its verb again."""
    verb = match.group("verb")
    start = match.start(1) - len(verb)
    return (
        start >= 0
        and text[start : match.start(1)].casefold() == verb.casefold()
        and (start == 0 or not text[start - 1].isalnum())
    )


def _quotative(text: str, opener: int, limit: int) -> Evidence | None:
    match = QUOTATIVE.search(text, opener + 1, limit)
    return Evidence(match.start(), "quotative", False) if match else None


def _glued(text: str, opener: int, limit: int) -> Evidence | None:
    match = GLUED.search(text, opener + 1, limit)
    return Evidence(match.end(), "glued punctuation", True) if match else None


def _voice_change(text: str, opener: int, limit: int) -> Evidence | None:
    """The end of the last spoken sentence, when first- or second-person speech
    gives way to third-person narration that runs to ``limit``: strong when
    a reporting verb narrates, weak when only names or a third-person start
    say so."""
    sentences = _sentences(text, opener + 1, limit)
    # The first sentence asked alone: most quotations' is no first- or
    # second-person speech, and the others need not be searched then.
    if not sentences or SPEECH.search(text, *sentences[0]) is None:
        return None
    spoken = [True] + [SPEECH.search(text, start, end) is not None for start, end in sentences[1:]]
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
# Or after a verb of saying and the word that introduces what was said
# (`dijo que su grupo…»`, `said that the…"`, `sagte, dass…“`): the
# quotation may begin later in that clause, never before it.
_INTRODUCED = (
    r"(?<=\b(?:said|says|told|added|warned|insisted|argued|claimed|stated|announced|dijo|afirmó|aseguró|señaló|"
    r"explicó|añadió|declaró|reconoció|sagte|sagt|erklärte|betonte|meinte|a\s+dit|a\s+déclaré|affirme|disse|"
    r"afirmou|ha\s+detto|ha\s+dichiarato|zei|zegt|verklaarde|сказал|сказала|заявил|заявила),?\s+"
    r"(?:that|que|dass|daß|che|dat|что)\s+)(?=\p{L})"
)
OPENING_PLACE = LazyPattern(compile_cached,
    r"(?<=[.!?,][\"”’»])(?=\p{Lu})|(?<=\p{Ll}{2}|\p{Ll}[.!?,;])(?=\p{Lu}\p{Ll})|(?<=:\s*)(?=[\p{Lu}\p{N}])"
)
# Read only when no sign above is there: a quotation may itself report
# what someone said (`saidThe minister said that he…"`).
INTRODUCED_PLACE = LazyPattern(compile_cached, _INTRODUCED)


# Russian and Ukrainian interrupt a quotation with the author's words
# between dashes, and when those end a sentence the quotation resumes as a
# new one (`«Рынок ждал этого, — сказал Морозов. — Сигнал сдержанный»`): the
# sentence before the orphan closing mark then starts with the dash, and the
# quotation began before the interruption.  Group 1: the comma where the
# first part ended.
INTERRUPTION = LazyPattern(compile_cached, r"([,!?…])\s*[—–]\s+[^\n—–«»„“”\"]{1,150}?[.!?]\s*$")
# How far back the interruption's author's words are looked for.
INTERRUPTION_REACH = 160


def interrupted_at(text: str, sentence_start: int) -> int | None:
    """Where the first part of a quotation interrupted by the author's words
    ended (its comma), when the sentence at ``sentence_start`` resumes it
    after a dash."""
    if text[sentence_start : sentence_start + 1] not in ("—", "–"):
        return None
    match = INTERRUPTION.search(text, max(0, sentence_start - INTERRUPTION_REACH), sentence_start)
    return match.start(1) if match is not None else None


def lost_opening_mark(text: str, sentence_start: int, earliest: int, orphan: int) -> int:
    """Where the opening mark of the quotation ending at ``orphan`` belonged:
    the last sign of a quotation beginning after ``earliest`` (the mark
    before it), else the end of the last introduction (`dijo que`), else
    the start of its sentence."""
    last = None
    for pattern in (OPENING_PLACE, INTRODUCED_PLACE):
        for match in pattern.finditer(text, max(sentence_start, earliest), orphan):
            last = match.start()
        if last is not None:
            return last
    return sentence_start
