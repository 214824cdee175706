"""A letter writer's signature between the letters of a readers' page is no
other story's headline, with the particles of names in lower case ("Anja de
Vries, Enschede"); another story's headline there still is (trial11)."""

import pytest

from newslint import Linter

LAYOUTS = {"blank": "\n\n", "lines": "\n"}
LETTERS = [
    "Brieven: lezers over de sluiting van het zwembad",
    "Uw artikel over het zwembad vergeet de kinderen die er jarenlang leerden zwemmen.",
    "Mijn kleinkinderen haalden er hun diploma. Waar moeten de kinderen van nu heen?",
    "Anja de Vries, Enschede",
    "De gemeente zegt dat er geen geld is. Maar voor een nieuwe rotonde was er wel geld.",
    "Kees Bakker, Hengelo",
]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_signatures_with_name_particles_are_not_teasers(separator):
    found = Linter(select=["OC102"]).lint_text(separator.join(LETTERS) + "\n")
    assert list(found) == []
