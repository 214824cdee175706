"""UI101's start-up (rules/interface_strings/catalogue.py, first_characters.py):
the templates a text tries are chosen by the first characters and the length
their matches can have, and the tables made of the shipped files are kept in
the cache folder.  Neither may change what is found."""
import json

import regex

from newslint import Linter
from newslint.rules.interface_strings import catalogue
from newslint.rules.interface_strings.catalogue import Templates, _shipped_table, _template_table, normalise, shipped
from newslint.rules.interface_strings.first_characters import ANYTHING, read


def test_reads_the_beginnings_and_the_length_of_a_match():
    assert read("share this").beginnings() == {"sha"}
    assert read("(?:share|email) it").beginnings() == {"sha", "ema"}
    assert read("(?:the )?(?:top|home)").beginnings() == {"the", "top", "hom"}
    assert read("x{1,3}y").beginnings() == {"xy", "xxy", "xxx"}
    assert read("a[bc]d").beginnings() == {"a"}  # what follows a class is not known
    assert read("\\(?ap\\)?").beginnings() == {"(ap", "ap", "ap)"}
    assert (read("share this").shortest, read("share this").longest) == (10, 10)
    assert (read("(?:a|bcd)?e{2,3}").shortest, read("(?:a|bcd)?e{2,3}").longest) == (2, 6)
    assert (read("\\p{L}+/ap").shortest, read("\\p{L}+/ap").longest) == (4, None)
    assert (read("\\pLx").shortest, read("\\pLx").longest) == (2, 2)


def test_anything_when_it_cannot_tell():
    for pattern in ("(?=a)a", "^a", "\\bword", "(?i)share", "x{2", "(?P=name)"):
        assert read(pattern) == ANYTHING, pattern
    for pattern in ("[ab]c", "a?", ".{1,40}", "\\d+ min"):
        assert read(pattern).beginnings() is None, pattern


def test_the_lengths_are_those_the_standard_parser_reads():
    import re._parser as parser  # the standard library's own reading, slow but exact

    templates = shipped().templates
    for source in templates._sources:
        # \p{L} is one character, as "." is (the standard parser has no \p).
        width = parser.parse(regex.sub(r"\\[pP]\{[^}]*\}", ".", source)).getwidth()
        reading = read(source)
        assert reading.shortest == width[0], source
        assert reading.longest == (None if width[1] >= parser.MAXREPEAT else width[1]), source


def _alternation_of_all():
    data = _shipped_table("templates.yaml")
    slots = data.pop("slots")
    sources = [
        catalogue.SLOT.sub(lambda m: slots.get(m.group(1), m.group()), pattern)
        for languages in data.values() for patterns in languages.values() for pattern in patterns
    ]
    return regex.compile("|".join(f"(?P<t{index}>{source})" for index, source in enumerate(sources)))


# Lines written for the project, in several scripts: interface strings (some
# the templates hold, some near misses) and prose that must stay clean.
LINES = [
    "Share this article", "Email this story to a friend", "Share on WhatsApp", "Print | Email | Share",
    "Opens in a new window", "Click here to enlarge the photograph", "Follow us on Twitter, Facebook and Instagram",
    "Follow Jane Doe on LinkedIn", "Media playback is not supported on your device", "Photo: AFP/Getty Images",
    "Maria Lopez/AP", "Share prices fell on Monday", "Sharing is caring, the poster said", "Photos from the march",
    "Shop the look", "The share of exports rose to 40 per cent", "Email", "Sh", "S", "ab",
    "Compartir esta noticia", "Síguenos en Twitter y Facebook", "Partager sur Facebook", "Artikel teilen",
    "Folgen Sie uns auf Instagram", "Siga-nos no Twitter", "Поделиться в Телеграм", "Подписывайтесь на нас в ВКонтакте",
    "分享到微博", "关注我们的微信公众号", "扫码关注我们的新闻", "この記事をシェアする", "ツイッターでシェア",
    "기사 공유하기", "카카오톡으로 공유", "شارك هذا المقال", "تابعونا على فيسبوك",
    "Der Minister sagte, der Plan werde umgesetzt", "Президент заявил, что переговоры продолжатся",
    "两国领导人同意扩大能源合作", "政府は新しい計画を発表した", "정부는 새 계획을 발표했다", "قال الوزير إن الخطة ستمضي قدما",
    "x" * 160, "share " * 30,
]


def test_the_chosen_templates_find_what_one_alternation_finds():
    templates = shipped().templates
    everything = _alternation_of_all()
    hits = 0
    for text in [normalise(line) for line in LINES] + list(shipped().entries):
        found = everything.fullmatch(text) if len(text) <= catalogue.MAX_TEMPLATE_TEXT else None
        expected = templates.entries[int(found.lastgroup[1:])] if found else None
        assert templates.match(text) == expected, text
        hits += found is not None
    assert hits >= 25  # the comparison covers matches, not only misses


def test_a_text_compiles_only_the_templates_it_could_match():
    templates = Templates(_shipped_table("templates.yaml"))
    assert templates.match(normalise("The two leaders agreed to expand cooperation in energy")) is None
    compiled = sum(pattern is not None for pattern in templates._compiled)
    assert compiled < len(templates._compiled) / 10
    assert templates.match(normalise("Share this article")).kind == "sharing"


def test_the_table_survives_its_trip_through_json():
    table = _template_table(_shipped_table("templates.yaml"))
    assert json.loads(json.dumps(table)) == table


ARTICLE = """Leaders agree to expand trade

The two leaders agreed to expand cooperation in energy and finance, officials said.
Share this article
Follow us on Twitter and Facebook
Photo: Maria Lopez/AP
The share of exports rose to 40 per cent, the ministry said. Email this story
기사 공유하기
この記事をシェアする
"""


def _findings(monkeypatch, cache) -> list:
    """The findings on ARTICLE, with the catalogue built anew, its tables
    kept in ``cache`` (the word tables stay where they are)."""
    monkeypatch.setattr(catalogue, "cache_folder", lambda: cache)
    catalogue.shipped.cache_clear()
    catalogue.configured.cache_clear()
    return [(d.line, d.col, d.code, d.message) for d in Linter().lint_texts([("a.txt", ARTICLE)])]


def _cache_files(folder) -> list:
    return sorted(folder.glob("interface-strings-*.json"))


def test_a_missing_garbled_or_unwritable_cache_gives_the_same_findings(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first = _findings(monkeypatch, cache)  # no cache yet: read the shipped files, write the tables
    assert sum(code == "UI101" for _, _, code, _ in first) >= 4
    (written,) = _cache_files(cache)
    assert _findings(monkeypatch, cache) == first  # from the kept tables
    for garbage in (b"\x00\xffnot json", written.read_bytes()[:200], b"[1, 2, 3]", b'{"key": 1}'):
        written.write_bytes(garbage)
        assert _findings(monkeypatch, cache) == first
        assert json.loads(written.read_text(encoding="utf-8"))["templates"]["sources"]  # written again, whole
    unwritable = tmp_path / "file-not-folder"
    unwritable.write_text("a file where the cache folder should be")
    assert _findings(monkeypatch, unwritable) == first
    catalogue.shipped.cache_clear()  # the other tests' catalogue, from the usual cache folder
    catalogue.configured.cache_clear()


def test_the_kept_beginnings_are_bounded_and_forgetting_them_changes_nothing(monkeypatch):
    monkeypatch.setattr(catalogue, "MAX_KEPT_STARTS", 2)
    templates = Templates(_shipped_table("templates.yaml"))
    texts = [normalise(line) for line in LINES]
    first = [templates.match(text) for text in texts]
    assert len(templates._candidates) <= 2
    assert [templates.match(text) for text in reversed(texts)] == first[::-1]
    assert any(first)
