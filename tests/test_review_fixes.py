"""Faults a code review of the merged speed and UI work found, each
reproduced on text written for the project."""
from __future__ import annotations

import pytest

from newslint import Linter, language


def test_ml101_keeps_working_after_the_memory_is_cleared(monkeypatch):
    monkeypatch.setattr(language, "_COMMON_ROWS", {})
    monkeypatch.setattr(language, "MAX_REMEMBERED_WORDS", 20)
    linter = Linter(select=["ML"])
    articles = [
        "Bridge reopens after repairs\n\nThe bridge over the river reopened on Monday after three months of repairs, the council said.\n",
        "Council backs the river plan\n\nThe Council said the plan for the river would go ahead, and the bridge would stay open.\n",
    ]
    for text in articles * 2:
        assert [d.code for d in linter.lint_text(text)] == []


ARTICLE = (
    "Council backs bridge plan\n\n"
    "The regional council approved a plan on Monday to rebuild the flooded bridge over the river by spring.\n\n"
    "Engineers said the old stone arches had been weakened by three winters of heavy ice and could not be repaired.\n\n"
    "{}\n\n"
    "Residents have driven a forty-minute detour since the bridge was closed in January, the council said.\n\n"
    "The contract is expected to go to a firm from Perth after a final vote in May, officials said.\n"
)


def _layouts(line: str):
    """The article with the line as its fourth block, in both layouts, and
    the line's number in each."""
    text = ARTICLE.format(line)
    tight = "\n".join(part for part in text.split("\n") if part) + "\n"
    return [(text, 7), (tight, 4)]


def _codes_at(text: str, number: int) -> list[str]:
    return [d.code for d in Linter(select=["UI"]).lint_text(text) if d.line == number]



@pytest.mark.parametrize(
    "line",
    [
        "Scammers get into your inbox by copying the logos of real courier firms, the police warned.",
        "Criminals want to get into your inbox, and they are getting better at it, the council's security chief warned.",
        "You are here because the planet cannot wait, the summit's president told delegates on Monday.",
        "Sie sind hier richtig, wenn Sie schnell reisen wollen, sagte der Bahnchef am Montag.",
        "Estás aquí porque Dios te ha llamado, dijo el pontífice a los jóvenes.",
        "Vous êtes ici chez vous, a-t-il lancé aux réfugiés arrivés la veille.",
        "You are here: that is what the sign at the station says, next to a map nobody can read.",
        "Click here to claim your refund, the message says, with a link to a fake site.",
        "公司表示，居民可以点击这里查看详细的安全评估报告。",
        "SMITH: We are going to bring the jobs back to this state [APPLAUSE]",
        "Prices went from bad → worse → terrible in one quarter, then up →",
    ],
    ids=["inbox-phishing", "inbox-criminals", "here-because", "sie-sind-hier", "estas-aqui", "vous-etes-ici",
         "here-colon-sentence", "reported-click", "reported-click-zh", "transcript-cue", "writers-arrows"],
)
def test_the_writers_sentences_are_not_the_pages(line):
    for text, number in _layouts(line):
        assert _codes_at(text, number) == []


@pytest.mark.parametrize(
    "line",
    [
        "You are here: Home > News > Scotland",
        "Vous êtes ici : Accueil > Actualités",
        "Sie sind hier: Startseite > Politik",
        "Get the morning briefing in your inbox",
        "Click here to download the full report",
    ],
)
def test_the_pages_words_are_still_found(line):
    for text, number in _layouts(line):
        assert "UI101" in _codes_at(text, number)


def test_a_french_quotation_closed_on_the_next_line_is_no_link():
    text = (
        "Réforme des retraites : le gouvernement recule\n"
        "Le ministre a défendu son texte devant les députés mardi soir, sous les huées de l'opposition.\n"
        "« Ce texte est juste, et je le défendrai jusqu'au bout, mais\n"
        "il ne changera rien pour les familles »\n"
        "Les syndicats appellent à une nouvelle journée de grève jeudi, la neuvième depuis janvier.\n"
        "Le vote final est prévu la semaine prochaine à l'Assemblée nationale, selon le calendrier.\n"
    )
    assert _codes_at(text, 4) == []


def test_a_lottery_draw_is_no_pager():
    text = (
        "Lottery jackpot rolls over again\n"
        "Nobody matched all six numbers in Saturday's draw, so the jackpot rolls over to £12m, the operator said.\n"
        "- 7\n- 14\n- 21\n- 33\n"
        "The bonus ball was 40, and 26 players matched five numbers, winning about £1,500 each.\n"
        "The next draw is on Wednesday evening, and tickets can be bought until 7.30pm, the operator said.\n"
    )
    assert [d for d in Linter(select=["UI103"]).lint_text(text)] == []
    pager = text.replace("- 7\n- 14\n- 21\n- 33\n", "- 1\n- 2\n- 3\n- 4\n")
    assert {d.code for d in Linter(select=["UI103"]).lint_text(pager)} == {"UI103"}


@pytest.mark.parametrize(
    "line",
    [
        "Was this story useful to you? Yes / No",
        "Did you find this article helpful?",
        "Spotted a mistake? Let our corrections desk know.",
        "You have 3 free stories left this month.",
        "Our journalism relies on readers like you.",
        "Pictures courtesy of the growers' association",
        "Rural Affairs > Farming > Orchards",
    ],
)
def test_page_messages_phrased_anew_are_found(line):
    """A feedback widget, a corrections prompt, a paywall's meter, an
    appeal, a picture credit and a breadcrumb's bare path (furniture a
    helper's own damaged pages held and the catalogue missed)."""
    for text, number in _layouts(line):
        assert "UI101" in _codes_at(text, number)


@pytest.mark.parametrize(
    "line",
    [
        "Found an error in the council's accounts, the auditor said the money had gone missing.",
        "You have two children left at the school, the head told the parents on Friday.",
        "Our journalism relies on facts, the editor said in a speech on Monday evening.",
        "Spotted a mistake in the plans, engineers halted the work for a week.",
    ],
)
def test_sentences_that_open_as_page_messages_do_stay_clean(line):
    for text, number in _layouts(line):
        assert _codes_at(text, number) == []
