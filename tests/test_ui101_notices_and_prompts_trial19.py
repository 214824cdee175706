"""UI101: a player's, a consent box's, a paywall's and a newsletter's
notices in the catalogue's languages, each alone between paragraphs (a video
that will not play, content blocked until cookies are accepted, an
embed's consent, read-on-with-a-subscription offers, an app or podcast
prompt, a newsletter box in a Markdown quote).  Sentences that speak of a
video, cookies, a podcast or a newsletter stay clean.  Text written for
these tests, in both layouts."""
from __future__ import annotations

import pytest

from newslint import Linter
from lint_support import in_both_layouts

BODY = (
    "River ferry returns after winter repairs",
    "The river ferry between Eastbank and the old town returned to service on Saturday after three months in "
    "dry dock, where its hull was repainted and its engine replaced.",
    "The operator said the new engine would cut fuel use by a fifth and let the ferry keep running when the "
    "river is high after heavy rain.",
    "Season tickets go on sale next week, and the first crossing each morning will leave ten minutes earlier "
    "than last year.",
)


def ui101_lines(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[d.line - 1] for d in Linter(select=["UI101"]).lint_text(text)]


@pytest.mark.parametrize(
    "notice",
    [
        "This video can't be played. The video is not available in your region.",
        "Das Video kann leider nicht abgespielt werden. Bitte aktivieren Sie JavaScript.",
        "Cette vidéo n'est pas disponible.",
        "Este vídeo no está disponible.",
        "لا يمكن تشغيل هذا الفيديو",
        "This video has been blocked. Accept cookies to view this video. Manage your cookie preferences",
        "Wir benötigen Ihre Zustimmung, um den externen Inhalt anzuzeigen. Externe Inhalte laden",
        "Ce contenu est bloqué. Acceptez les cookies pour afficher ce contenu.",
        "Jetzt weiterlesen mit SZ Plus – 3 Monate kostenlos",
        "Lees het hele artikel met een digitaal abonnement.",
        "下载客户端查看更多精彩",
        "Scroll down to continue reading",
        "> Sign up to our free Riverside newsletter.",
        "🎙️ Subscribe to the Eastbank podcast, wherever you get your podcasts",
        "**Newsletter** – Erhalten Sie jeden Morgen die wichtigsten Nachrichten aus der Region.",
    ],
)
def test_a_notice_or_prompt_between_paragraphs_is_reported(notice):
    for text in in_both_layouts(*BODY[:2], notice, *BODY[2:]):
        assert ui101_lines(text) == [notice]


@pytest.mark.parametrize(
    "sentence",
    [
        "A video of the first crossing was not available to the public until the operator posted it on Sunday.",
        "The operator's website asks visitors to accept cookies before showing the new timetable.",
        "Crew members told the story of the repairs on a local podcast that they said anyone could find online.",
        "Passengers can sign up to a text message service that warns them when the ferry is cancelled.",
        "> The ferry is the quickest way across, and it always has been.",
    ],
)
def test_sentences_about_the_same_things_stay_clean(sentence):
    for text in in_both_layouts(*BODY[:2], sentence, *BODY[2:]):
        assert ui101_lines(text) == []
