"""UI rules on text written for the project: each kind of furniture in each
language, and the headline, subheadings, datelines and quoted words that must
stay clean."""
import pytest
import yaml

from newslint import Linter
from newslint.rules.interface_strings.catalogue import Catalogue, Entry, normalise, shipped

from conftest import TESTS

LANGUAGES = {"en", "es", "fr", "de", "pt", "ru", "zh", "ja", "ko", "ar"}
BODY = (
    "Dock workers at Europe's largest container port voted on Tuesday to end a two-week strike.\n"
    "The agreement gives workers a 6.5% pay rise over two years and caps their night shifts.\n"
)


def codes(text, select=("UI",)):
    return [(d.code, d.line) for d in Linter(select=list(select)).lint_text(text)]


def test_catalogue_covers_every_kind_in_ten_languages():
    path = TESTS.parent / "rules" / "interface_strings" / "catalogue.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert len(data) == 9
    for kind, languages in data.items():
        assert set(languages) == LANGUAGES, kind
        for language, items in languages.items():
            assert items and all(isinstance(item, str) for item in items), (kind, language)


@pytest.mark.parametrize(
    "line",
    [
        "Share this article", "SPONSORED LINKS", "Advertisement", "Read more »", "E-mail This",
        "Inappropriate? Alert us.", "Comments are closed.", "Accept all cookies", "Subscribe to our newsletter",
        "Just watched", "Most read", "Back to top",
        "Compartir en Facebook", "Los comentarios están cerrados", "Publicidad",
        "Partager cet article", "Les commentaires sont fermés", "Lire la suite",
        "Artikel teilen", "Anzeige", "Mehr zum Thema",
        "Compartilhar", "Leia também", "Os comentários estão fechados",
        "Поделиться", "Комментарии закрыты", "Читайте также",
        "分享到微博", "评论已关闭", "相关新闻",
        "シェアする", "関連記事", "続きを読む",
        "방금 본", "댓글이 닫혀 있습니다..", "관련기사",
        "شارك على فيسبوك", "اقرأ أيضا", "إعلان",
    ],
)
def test_catalogue_strings_are_flagged_in_every_language(line):
    assert ("UI101", 3) in codes(BODY + line + "\n")


def test_separated_and_glued_strings():
    text = BODY + "Email | Print | Share\nEmail to a friendPrinter friendly\nThe talks resumed on Monday. Share this article\n"
    found = Linter(select=["UI101"]).lint_text(text)
    assert [(d.line, d.col) for d in found] == [(3, 1), (4, 1), (5, 30)]
    assert found[1].message == 'sharing or print button run together: "Email to a friendPrinter friendly"'


@pytest.mark.parametrize(
    "line, code",
    [
        ("Posted January 16 2008 at 04:09 PM", "UI102"),
        ("Updated 10:42 GMT", "UI102"),
        ("3 hours ago", "UI102"),
        ("15/01/2008", "UI102"),
        ("Refusing to condemn Russia's actions in Ukraine 02:54", "UI102"),
        ("128 comments", "UI103"),
        ("Comments (12)", "UI103"),
        ("Page 2 of 5", "UI103"),
        ("By Jane Smith and Tom Lee, Associated Press", "UI104"),
        ("Photo: Reuters", "UI104"),
        ("(AP Photo/Rick Bowmer)", "UI104"),
        ("Copyright 2007 Example News. All Rights Reserved.", "UI104"),
        ("|", "UI105"),
        ("----------", "UI105"),
    ],
)
def test_structural_signs(line, code):
    assert (code, 3) in codes(BODY + line + "\n")


def test_repeated_caption_and_menu_run():
    text = (
        "Home\nWorld\nBusiness\nSport\n"
        + BODY
        + "China refusing to condemn Russia's actions in Ukraine\n"
        + "Port director Annelies van Dijk said the backlog would take about ten days to clear.\n"
        + "China refusing to condemn Russia’s actions in Ukraine 02:54\n"
    )
    found = codes(text)
    assert [line for code, line in found if code == "UI107"] == [1, 2, 3, 4]
    assert [line for code, line in found if code == "UI106"] == [7, 9]


def test_recurring_line_across_a_corpus():
    linter = Linter(select=["UI108"])
    articles = [(f"a{n}", f"Story {n} has its own first line.\nOur online news publishes local news daily.\n") for n in range(4)]
    articles.append(("alone", "A line nobody else has.\n"))
    found = list(linter.lint_texts(articles))
    assert [(d.path, d.line) for d in found] == [("a0", 2), ("a1", 2), ("a2", 2), ("a3", 2)]
    assert found[0].message == "line recurs in 4 articles of the corpus: site furniture"


def test_lines_around_the_body():
    text = (
        "Home\nNews\nDock workers end strike at Rotterdam terminal\n"
        + BODY
        + "Port director Annelies van Dijk said the backlog of ships would take ten days to clear.\n"
        + "Contact the newsroom\n"
    )
    found = codes(text, select=("UI109",))
    assert found == [("UI109", 1), ("UI109", 2), ("UI109", 7)]


SEED_LIKE_CLEAN = """China will support Russia on security, Xi tells Putin in birthday call

ROTTERDAM, Jan 5 — Dock workers voted to end the strike at 10:42 on Tuesday, the union said, and he urged readers to share the article.
The agreement gives workers a 6.5% pay rise over two years and caps night shifts at three a week, officials said.

Trade ties

Wednesday's call was also a chance for Putin and Xi to check in on a growing trade relationship worth billions.
The survey of 128 companies found that 2 of 5 plan to hire more staff in the coming year, the ministry said.

Birthday greetings

The call was not the first time that Xi and Putin have had engagements on each other's birthdays, officials noted.
By Tuesday the strike was over, and the photo taken by a Reuters photographer showed the empty berths at the port.
"""


def test_headline_subheadings_datelines_and_quoted_words_stay_clean():
    assert codes(SEED_LIKE_CLEAN) == []


def test_catalogue_can_be_extended_and_trimmed():
    text = BODY + "Advertisement\nTip us off\n"
    linter = Linter(select=["UI101"], rules={"UI101": {"extra": ["Tip us off"], "ignore": ["advertisement"]}})
    assert [d.line for d in linter.lint_text(text)] == [4]


def test_normalisation_and_glue_matching():
    assert normalise("  Share  THIS article » ") == "share this article"
    catalogue = Catalogue([Entry("sharing", "en", "Email"), Entry("sharing", "en", "Print")])
    assert [entry.text for entry in catalogue.glued("EmailPrint")] == ["Email", "Print"]
    assert catalogue.glued("Emailing") is None
    assert shipped().match("COMMENTS ARE CLOSED!").kind == "comments"


def test_another_storys_headline_outside_the_body():
    text = (
        "Dock workers end strike at Rotterdam terminal\n"
        + BODY
        + "Port director Annelies van Dijk said the backlog of ships would take ten days to clear.\n"
        + "Alaska doctor sentenced over opioid overdoses in Anchorage\n"
        + "Dock workers return to the terminal on Wednesday morning\n"
    )
    found = codes(text, select=("UI109",))
    # The article's own headline and a line about the strike share words with the body.
    assert found == [("UI109", 5)]
