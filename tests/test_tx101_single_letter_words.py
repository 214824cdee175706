"""TX101 reports a one-letter word doubled where the language has such a
word (Portuguese "o o", Spanish "y y", Italian "e e"), between a lower-case
word and any word; a list's markers, initials and a letter named twice stay
clean.  Text written for these tests."""
from __future__ import annotations

import pytest

from newslint import Linter

PARAGRAPHS = {
    "pt": ("O governo anunciou nesta terça-feira um novo programa de apoio aos agricultores do Nordeste.",
           "Os recursos serão usados para pagar o o Garantia-Safra aos produtores afetados pela seca."),
    "es": ("El Gobierno aprobó el martes un plan de ayudas para los agricultores afectados por la sequía.",
           "Las ayudas cubrirán semillas y y fertilizantes durante los próximos dos años."),
    "it": ("Il governo ha approvato martedì un piano di aiuti per gli agricoltori colpiti dalla siccità.",
           "Gli aiuti copriranno sementi e e fertilizzanti per i prossimi due anni."),
}


def tx101(text: str) -> list[str]:
    return [d.message for d in Linter(select=["TX101"]).lint_text(text)]


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
def test_a_doubled_one_letter_word_is_reported(language):
    assert len(tx101("\n\n".join(PARAGRAPHS[language]) + "\n")) == 1


@pytest.mark.parametrize(
    "line",
    [
        "A equipe dividiu as tarefas em duas listas, a e b, e começou pela lista a.",
        "O relatório cita as variantes A A e B, identificadas por J. J. Ribeiro no laboratório.",
        "Las opciones eran a) subir impuestos y b) recortar gastos, según el documento.",
    ],
)
def test_letters_named_or_listed_stay_clean(line):
    assert tx101(PARAGRAPHS["pt"][0] + "\n\n" + line + "\n") == []
