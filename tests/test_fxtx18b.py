"""TX102 misses of earlier trials, fixed as classes.  Text written for these
tests, each sentence in both layouts (a blank line between blocks, and none).

* A Romance gerund glued to its object ("surtindoefeito", Spanish
  "haciendocaso", Italian "prendendotempo"): a gerund ends a word, vouched
  for by its infinitive; words that merely end like one (segundo, mundo,
  comando, Fernando) and gerunds with their pronouns (prendendosene) stay
  clean.
* Polish: the conjunction "i" glued to a common word ("iwniosek"), while
  real words starting with i (igrały, imając, igłowych, iskrzyło, ile) and
  brands (iPhone) stay clean.
* Indonesian: a long function word glued to a common word ("setelahkalah"),
  while words built on them with suffixes and particles (setelahnya,
  sampaikan, kepadanya, bahwasanya, hinggap) stay clean.
* German "über" glued after a common word ("schnellüber"): German's words
  ending in it (darüber, gegenüber, hinüber, vorüber) stay clean.
"""
from __future__ import annotations

import pytest

from newslint import Linter

from lint_support import in_both_layouts

CONTEXT = {
    "pt": (
        "Governo anuncia novas medidas para a economia",
        "O ministro da Fazenda apresentou nesta terça-feira um pacote de medidas para conter a inflação.",
        "A oposição pediu mais detalhes sobre o custo das medidas para os cofres públicos.",
    ),
    "es": (
        "El ayuntamiento aprueba el nuevo plan de tráfico",
        "El pleno municipal aprobó el martes un plan para reducir el tráfico en el centro de la ciudad.",
        "Los comerciantes del barrio pidieron más tiempo para adaptarse a las nuevas normas.",
    ),
    "it": (
        "Il governo presenta la riforma delle pensioni",
        "Il consiglio dei ministri ha approvato martedì il testo della riforma delle pensioni.",
        "I sindacati hanno chiesto un incontro con il ministro entro la fine del mese.",
    ),
    "pl": (
        "Rada miasta debatuje nad budżetem",
        "Rada miasta zebrała się we wtorek, żeby omówić budżet na przyszły rok i plan inwestycji.",
        "Decyzja zapadnie w przyszłym tygodniu po kolejnym posiedzeniu komisji.",
    ),
    "id": (
        "Timnas kalah lagi di kandang",
        "Tim nasional kembali gagal meraih kemenangan dalam pertandingan kualifikasi tadi malam.",
        "Pertandingan berikutnya akan digelar di Jakarta pada hari Sabtu mendatang.",
    ),
    "de": (
        "Neue Brücke über den Fluss eröffnet",
        "Die Stadt hat am Montag die neue Brücke über den Fluss für den Verkehr freigegeben.",
        "Die Bauarbeiten hatten fast drei Jahre gedauert und mehr gekostet als geplant.",
    ),
}


def tx102(language: str, sentence: str) -> list[list[str]]:
    headline, before, after = CONTEXT[language]
    out = []
    for text in in_both_layouts(headline, before, sentence, after):
        lines = text.split("\n")
        out.append([lines[d.line - 1][d.col - 1 : d.end_col - 1] for d in Linter(select=["TX102"]).lint_text(text)])
    return out


@pytest.mark.parametrize(
    "language, sentence, glued",
    [
        ("pt", "Segundo os analistas, o aumento dos juros ainda não está surtindoefeito sobre os preços.", "surtindoefeito"),
        ("pt", "Os economistas continuam acompanhandoatentamente a evolução dos preços no país.", "acompanhandoatentamente"),
        ("pt", "O banco central vem mantendojuros altos desde o início do ano passado.", "mantendojuros"),
        ("es", "Los vecinos denuncian que el alcalde sigue haciendocaso omiso a sus quejas.", "haciendocaso"),
        ("es", "El gobierno sigue estudiandonuevas medidas para frenar la subida de los alquileres.", "estudiandonuevas"),
        ("it", "Secondo i sindacati il governo sta prendendotempo sulla questione delle pensioni minime.", "prendendotempo"),
        ("it", "Il ministro ha risposto dicendoche la riforma entrerà in vigore a gennaio.", "dicendoche"),
        ("pl", "Radni odrzucili projekt iwniosek trafi teraz do sądu administracyjnego.", "iwniosek"),
        ("pl", "Na sali byli posłowie opozycji iministrowie z rządu, a obrady trwały do wieczora.", "iministrowie"),
        ("pl", "Burmistrz przyjechał na sesję ipotem długo rozmawiał z mieszkańcami.", "ipotem"),
        ("id", "Pelatih mengatakan para pemain tampil lesu setelahkalah dua kali berturut-turut.", "setelahkalah"),
        ("id", "Federasi berjanji akan mengirim dana untukmembantu klub-klub kecil di daerah.", "untukmembantu"),
        ("id", "Kapten tim mengaku sudah lama tidakbisa tidur nyenyak menjelang laga penting.", "tidakbisa"),
        ("de", "Die ersten Autos rollten schnellüber die neue Brücke in die Innenstadt.", "schnellüber"),
        ("de", "Viele Bürger hatten sich immerüber den Stau in der Altstadt beschwert.", "immerüber"),
    ],
)
def test_a_gerund_or_ueber_glued_to_the_next_word_is_found(language, sentence, glued):
    assert tx102(language, sentence) == [[glued], [glued]]


@pytest.mark.parametrize(
    "language, sentence",
    [
        # Words ending like a gerund, but no verb's: segundo, mundo, comando, profundo, quando.
        ("pt", "Segundo o comandante, o mundo está mudando de forma profunda quando os juros sobem."),
        ("pt", "Fernando Orlando disse que o fundamental é um segundo mandato, profundamente reformista."),
        ("pt", "Os comandos militares estão acompanhando a situação e mantendo a calma."),
        # A gerund with its pronouns attached, and spaced gerunds.
        ("es", "El alcalde siguió haciéndolo a sabiendas, aunque los vecinos estaban vigilando las calles."),
        ("es", "El segundo comandante del mundo hispano, Orlando Fernández, habló brevemente."),
        ("it", "Il ministro se ne sta andando, prendendosene la responsabilità e facendolo in fretta."),
        ("it", "Il comandante suonava il mandolino girando la girandola, quando arrivò il secondo."),
        # Polish words starting with i, a name, brands, and "i" spaced.
        ("pl", "Dzieci igrały na łące, a sąsiad nazwał to igraniem z ogniem, imając się każdej okazji."),
        ("pl", "Iwona kupiła iPhone i iPada; imigranci mówili o inwestycji, iluzji i igłowych szczepionkach."),
        ("pl", "Ten wniosek trafi do sądu, bo iskrzyło między radnymi od dawna, ile by nie mówić, i potem."),
        # Indonesian words built on function words, and the words spaced.
        ("id", "Setelahnya pelatih menyampaikan kepadanya bahwasanya tim sangatlah lelah dan tidaklah siap."),
        ("id", "Burung itu hinggap di tiang, dan panitia akan sampaikan hasilnya sebelumnya setelah kalah."),
        # German's words ending in "über", and "über" spaced.
        ("de", "Darüber hinaus fuhren die ersten Busse hinüber, gegenüber dem alten Rathaus."),
        ("de", "Der Stau ist vorüber, die Autos fahren schnell über die Brücke herüber."),
    ],
)
def test_words_shaped_like_a_gerund_or_ending_in_ueber_stay_clean(language, sentence):
    assert tx102(language, sentence) == [[], []]
