"""The templates' first-character index (rules/interface_strings/first_characters.py)
never skips a template a text could match: the shipped templates, tried
through it, give what one alternation of them all gives."""
import regex

from newslint.rules.interface_strings.catalogue import SLOT, Templates, _shipped_table, normalise, shipped
from newslint.rules.interface_strings.first_characters import first_characters, required_text


def test_reads_literals_groups_and_optional_parts():
    assert first_characters("share this") == {"s"}
    assert first_characters("(?:share|email) it") == {"s", "e"}
    assert first_characters("(?:the )?(?:top|home)") == {"t", "h"}
    assert first_characters("(?:a|b)?c*d") == {"a", "b", "c", "d"}
    assert first_characters("x{0,3}y") == {"x", "y"}
    assert first_characters("x{1,3}y") == {"x"}
    assert first_characters("\\(?reuters\\)?") == {"(", "r"}
    assert first_characters("(?P<t0>ab)|cd") == {"a", "c"}


def test_any_character_when_it_cannot_tell():
    for pattern in ("[ab]c", "\\d+ min", "\\p{L}+/ap", ".{1,40}", "(?=a)a", "^a", "a?", "\\bword", "(?i)share", "x{2"):
        assert first_characters(pattern) is None, pattern


def test_required_text_is_the_longest_top_level_run():
    assert required_text("(?:\\S+ ){1,3}newsletter") == "newsletter"
    assert required_text("\\(?reuters\\)?") == "reuters"
    assert required_text("sign up for our (?:daily )?newsletter") == "sign up for our "
    assert required_text("(?:a|b) from \\S+\\.com") == " from "
    assert required_text("(?:a|b)\\s\\S+\\.com") == ".com"  # \\s and \\S are classes, not "s"
    assert required_text("read more\\.\\.\\.") == "read more..."
    assert required_text("shares?") == "share"  # the quantified "s" is not required


def test_no_required_text_when_it_cannot_tell():
    # An alternation at the top, only groups and classes, flags, anchors,
    # a repetition the reading does not follow.
    for pattern in ("share|email", "(?:share|email)", "[a-z]+", "(?i)share this", "^share this", "share{2", "\\bshare this"):
        assert required_text(pattern) == "", pattern


def test_every_match_holds_its_template_required_text():
    templates = shipped().templates
    everything = _alternation_of_all()
    texts = [normalise(text) for text in TEXTS] + list(shipped().entries)
    hits = 0
    for text in texts:
        found = everything.fullmatch(text)
        if found is not None:
            hits += 1
            assert templates._required[int(found.lastgroup[1:])] in text, text
    assert hits >= 20


def _alternation_of_all():
    data = _shipped_table("templates.yaml")
    slots = data.pop("slots")
    sources = [
        SLOT.sub(lambda m: slots.get(m.group(1), m.group()), pattern)
        for languages in data.values() for patterns in languages.values() for pattern in patterns
    ]
    return regex.compile("|".join(f"(?P<t{index}>{source})" for index, source in enumerate(sources)))


TEXTS = [
    "share this article", "email the story to a friend", "print this page", "follow us on twitter and facebook",
    "photo: reuters", "(reuters)", "afp/getty images", "3 min read", "reading time: 5 minutes", "back to top",
    "read more", "more from bbc news", "sponsored content", "advertisement - scroll to continue", "about us",
    "privacy policy", "사진 = 연합뉴스", "기사 공유하기", "关注我们的微博", "写评论", "この記事をシェアする",
    "поделиться в телеграм", "siga-nos no facebook", "suivez-nous sur twitter", "folgen sie uns auf facebook",
    "síguenos en twitter", "تابعونا على تويتر", "media playback is unsupported on your device",
    "the minister said the plan would go ahead", "share prices fell sharply on monday", "photos of the flood",
    "more than 300 people attended", "read the full report", "video", "2 of 10", "image 2 of 10",
]


def test_the_index_gives_what_one_alternation_gives():
    templates = shipped().templates
    templates.compile_all()  # and every template compiles
    everything = _alternation_of_all()
    texts = [normalise(text) for text in TEXTS] + list(shipped().entries)
    hits = 0
    for text in texts:
        found = everything.fullmatch(text)
        expected = templates.entries[int(found.lastgroup[1:])] if found else None
        assert templates.match(text) == expected, text
        hits += found is not None
    assert hits >= 20  # the comparison covers matches, not only misses


def test_an_empty_table_matches_nothing():
    assert Templates({}).match("share this article") is None
