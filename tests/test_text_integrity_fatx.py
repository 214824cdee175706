"""TX102 on Spanish and Italian verbs with pronouns attached (helper fatx):
"regarlos", "innaffiarle", "distribuendole" are one word each, not a verb
and a pronoun glued, while real glued words in those languages are still
found.  Clean prose in Portuguese, French and German (hyphenated
pronouns, long compounds) stays clean too.  Every article is written for
the project and tried in both layouts."""
import pytest

from newslint import Document, Linter
from newslint.rules.text_integrity.glued_words import split_glued

LINTER = Linter(select=["TX102"])
SPLIT_OPTIONS = {"min-part-zipf": 3.0, "max-known-zipf": 1.5}


def both_layouts(*paragraphs):
    return ["\n\n".join(paragraphs) + "\n", "\n".join(paragraphs) + "\n"]


def tx102(text):
    return [d.message for d in LINTER.lint_text(text)]


CLEAN = {
    "es": (
        "Valencia plantará veinte mil árboles en los barrios más calurosos",
        "El ayuntamiento quiere sombrear las calles donde el asfalto supera los cincuenta grados en verano.",
        "«Un árbol maduro puede reducir la temperatura de una calle en varios grados», explicó el biólogo "
        "Javier Soler. «Pero hay que regarlos y cuidarlos durante años, no solo plantarlos».",
        "Los vecinos podrán apadrinarlos y los colegios se comprometen a sembrarlos en sus patios. «Cuídalos "
        "como si fueran tuyos», pidió la concejala al repartirlos entre las familias.",
        "El plan prevé podarlos cada invierno y sustituirlos si enferman; los técnicos insisten en abonarlos "
        "con compost municipal y en protegerlos de los coches, aunque proseguirlos costará dinero.",
        "La alcaldesa reconoció que costará convencerlos a todos, pero dijo que seguirá explicándoselo a los "
        "comerciantes, enseñándoles los datos y pidiéndoles paciencia. «Dígaselo a sus clientes», añadió.",
    ),
    "it": (
        "Bologna pianterà diecimila piante nei quartieri più caldi",
        "Il comune vuole ombreggiare le strade dove l'asfalto supera i cinquanta gradi d'estate.",
        "«Una pianta adulta può abbassare la temperatura di una via di parecchi gradi», ha spiegato la "
        "botanica Giulia Ferri. «Ma bisogna innaffiarle e potarle per anni, non basta piantarle».",
        "I residenti potranno adottarle e le scuole si impegnano a seminarle nei cortili. «Aspettala con "
        "pazienza e proteggila dal vento», ha detto l'assessore distribuendole alle famiglie.",
        "Il piano prevede di concimarle ogni inverno e di sostituirle se si ammalano; i tecnici raccomandano "
        "di annaffiarle la sera e di segnalarlo subito in caso di guasti.",
        "Il sindaco ammette che sarà difficile convincerli tutti, ma continuerà a spiegarglielo, mostrando "
        "loro i dati e chiedendogli pazienza. «Fermalo se lo vedi tagliare un ramo», ha aggiunto, «e non "
        "consentirlo a nessuno».",
    ),
    "pt": (
        "Lisboa vai plantar dez mil árvores nos bairros mais quentes",
        "A câmara quer dar sombra às ruas onde o asfalto ultrapassa os cinquenta graus no verão.",
        "«Uma árvore adulta pode baixar a temperatura de uma rua em vários graus», explicou a bióloga Ana "
        "Sousa. «Mas é preciso regá-las e cuidá-las durante anos, não basta plantá-las».",
        "Os moradores poderão apadrinhá-las e as escolas comprometem-se a semeá-las nos recreios. «Tratem-nas "
        "como se fossem vossas», pediu a vereadora ao distribuí-las pelas famílias.",
        "A presidente reconheceu que custará convencê-los a todos, mas disse que continuará a explicar-lhes o "
        "plano, mostrando-lhes os dados. «Dir-lhes-ei o que for preciso», acrescentou.",
    ),
    "fr": (
        "Lyon va planter dix mille arbres dans les quartiers les plus chauds",
        "La municipalité veut ombrager les rues où le bitume dépasse cinquante degrés en été.",
        "« Un arbre adulte peut faire baisser la température d'une rue de plusieurs degrés », explique la "
        "biologiste Claire Martin. « Mais il faut les arroser et les entretenir pendant des années. »",
        "Les habitants pourront les parrainer et les écoles s'engagent à les semer dans leurs cours. "
        "« Occupez-vous-en comme s'ils étaient les vôtres », a demandé l'adjointe. « Dites-le-leur. »",
    ),
    "de": (
        "Leipzig pflanzt zehntausend Bäume in den heißesten Stadtvierteln",
        "Die Stadtverwaltung will Straßen beschatten, deren Asphalttemperatur im Hochsommer fünfzig Grad übersteigt.",
        "„Ein ausgewachsener Baum kann die Straßentemperatur um mehrere Grad senken“, erklärte die "
        "Stadtökologin Katrin Vogel. „Aber man muss die Jungbäume jahrelang gießen und pflegen.“",
        "Der Haushaltsausschuss bewilligte dafür Fördermittel aus dem Klimaanpassungsprogramm; die "
        "Umweltdezernentin sprach von einer Generationenaufgabe.",
    ),
}


@pytest.mark.parametrize("language", sorted(CLEAN))
def test_clean_romance_and_german_prose_has_no_glued_words(language):
    for text in both_layouts(*CLEAN[language]):
        assert Document(text).language.code == language  # the article is judged as that language
        assert tx102(text) == []


def test_german_compounds_stay_clean_even_where_german_is_checked():
    """German is not in the default languages; with it set, long compounds
    (capitalised nouns) are still left alone and a real glue is found."""
    german = Linter(select=["TX102"], rules={"TX102": {"languages": ["de"]}})
    for text in both_layouts(*CLEAN["de"]):
        assert german.lint_text(text) == []
        damaged = german.lint_text(text.replace("die Jungbäume", "diejungen Bäume"))
        assert [d.message for d in damaged] == ['glued words "diejungen": probably "die jungen"']


@pytest.mark.parametrize(
    "word, language",
    [
        ("regarlos", "es"),  # the tester's case: infinitive + pronoun
        ("sembrarlos", "es"),
        ("abonarlos", "es"),
        ("suponerlos", "es"),  # not "su ponerlos": a prefixed verb
        ("proseguirlos", "es"),  # the u of "seguir" is silent: prosiguiendo
        ("fiarlos", "es"),  # a rare verb with a rare gerund (fiando)
        ("cuidandolos", "es"),  # a gerund, its accent dropped
        ("influenciase", "es"),  # the imperfect subjunctive in -ase
        ("distribuendole", "it"),  # gerund + pronoun
        ("consentirlo", "it"),  # not "con sentirlo"
        ("emetterlo", "it"),  # not "e metterlo"
        ("aspettala", "it"),  # imperative + pronoun
        ("fermalo", "it"),
        ("regalarglielo", "it"),  # a pronoun pair
    ],
)
def test_verb_with_attached_pronouns_is_not_split(word, language):
    assert split_glued(word, language, SPLIT_OPTIONS) is None


@pytest.mark.parametrize(
    "word, language, parts",
    [
        ("lugarla", "es", ("lugar", "la")),  # a noun ending like an infinitive
        ("mujerla", "es", ("mujer", "la")),
        ("hogarlos", "es", ("hogar", "los")),
        ("elgobierno", "es", ("el", "gobierno")),
        ("voltala", "it", ("volta", "la")),  # a noun far commoner than its verb "voltare"
        ("ilgoverno", "it", ("il", "governo")),
    ],
)
def test_noun_glued_to_an_article_is_still_split(word, language, parts):
    assert split_glued(word, language, SPLIT_OPTIONS) == parts


ES_ARTICLE = (
    "El ayuntamiento de Valencia presentó ayer el plan de arbolado urbano para los próximos diez años.",
    "{}",
    "Los vecinos podrán consultar el proyecto en la web municipal hasta el mes de junio.",
)
IT_ARTICLE = (
    "Il comune di Bologna ha presentato ieri il piano per il verde urbano dei prossimi dieci anni.",
    "{}",
    "I cittadini potranno consultare il progetto sul sito del comune fino a giugno.",
)


@pytest.mark.parametrize(
    "article, line, glued",
    [
        (ES_ARTICLE, "La propuesta cuenta con el apoyo delgobierno regional.", "delgobierno"),
        (ES_ARTICLE, "Según elgobierno, las obras empezarán en otoño.", "elgobierno"),
        (ES_ARTICLE, "La alcaldesa dijo quela ciudad necesita más sombra.", "quela"),
        (ES_ARTICLE, "Los vecinos dela ciudad reclaman más árboles.", "dela"),
        (ES_ARTICLE, "La obra de la mujerla presentó el concejal en el pleno.", "mujerla"),
        (ES_ARTICLE, "El plan incluye ayudas paralas familias con menos recursos.", "paralas"),
        (IT_ARTICLE, "La proposta ha il sostegno delgoverno regionale.", "delgoverno"),
        # "chela" (che la) is also a word (a claw): a known string is not split after "che"
        (IT_ARTICLE, "Il sindaco ha detto cheuna città ha bisogno di più ombra.", "cheuna"),
        (IT_ARTICLE, "Questa voltala giunta ha approvato il piano all'unanimità.", "voltala"),
        (IT_ARTICLE, "Il progetto riguarda lacittà intera.", "lacittà"),
    ],
)
def test_real_glued_words_in_spanish_and_italian_are_still_found(article, line, glued):
    paragraphs = [part.format(line) for part in article]
    for text in both_layouts(*paragraphs):
        assert [message for message in tx102(text) if f'"{glued}"' in message], text
