"""UI rules (issue 14, warm speed, round 10): what the UI family now keeps or
skips gives the answers the work would have given.  Texts are written for
these tests; speed is measured in tests/benchmarks/ui_speed.py, never
asserted here."""
from newslint import Document, Linter
from newslint.pattern_cache import compile_cached
from newslint.rules.interface_strings import catalogue as catalogue_module
from newslint.rules.interface_strings.catalogue import configured, shipped, use_on
from newslint.rules.interface_strings.layout import SHIPPED_OPTIONS, analyse, analysis
from newslint.rules.interface_strings.strings import SPEAKING_CUE
from newslint.rules.interface_strings.tables import RESULT, _is_result

PARAGRAPHS = [
    "Dock workers at Europe's largest container port voted on Tuesday to end a two-week strike over pay.",
    "The agreement gives workers a pay rise over two years and caps the number of night shifts they work.",
    "Port director Annelies van Dijk said the backlog of ships waiting outside would take ten days to clear.",
    "Union leaders said members had accepted the offer by a large majority after a long night of talks.",
]
# A page with the same short lines said three times around its paragraphs
# (so that recurring_structure asks the catalogue) and a footer.
PAGE = "\n".join(
    ["Dock workers end strike", "Harbour desk", "Night shifts"]
    + PARAGRAPHS[:2] + ["Harbour desk", "Night shifts", "Ship queue"]
    + PARAGRAPHS[2:] + ["Harbour desk", "Night shifts", "Ship queue", "Ship queue", "Contact the newsroom", "Most popular"]
) + "\n"


def test_an_analysis_outlives_the_memos_with_the_same_catalogue():
    document = Document(PAGE)
    first = analysis(document, SHIPPED_OPTIONS)
    assert first is not None
    document.forget_memos()  # as the corpus pass hands the document on
    assert analysis(document, SHIPPED_OPTIONS) is first
    assert first == analyse(Document(PAGE), SHIPPED_OPTIONS)


def test_an_analysis_is_made_again_with_another_catalogue():
    document = Document(PAGE)
    first = analysis(document, SHIPPED_OPTIONS)
    document.forget_memos()
    other = configured(("Harbour desk",), ())
    use_on(document, other)  # UI101 configured with an extra string, in the checking pass
    again = analysis(document, SHIPPED_OPTIONS)
    assert again is not first
    fresh = Document(PAGE)
    use_on(fresh, other)
    assert again == analyse(fresh, SHIPPED_OPTIONS)


def test_a_corpus_run_finds_what_it_finds_on_new_documents(monkeypatch):
    # The checking pass takes the corpus pass's documents (and analyses)
    # unless they pass a bound; with none kept it builds new ones.
    from newslint import checker

    texts = [(f"page{number}.txt", PAGE) for number in range(4)]
    for rules in ({}, {"UI101": {"extra": ["Harbour desk"]}}):
        kept = [d.as_dict() for d in Linter(select=["UI"], rules=rules).lint_texts(texts)]
        monkeypatch.setattr(checker, "MAX_KEPT_DOCUMENT_CHARS", 0)
        new = [d.as_dict() for d in Linter(select=["UI"], rules=rules).lint_texts(texts)]
        monkeypatch.undo()
        assert kept == new and kept


def test_the_catalogue_keeps_its_verdicts_and_gives_the_same():
    catalogue = shipped()
    texts = ["Share this article", "Email to a friendPrinter friendly", "Comments (12)", PARAGRAPHS[0], "", "Most popular"]
    fresh = [catalogue._match(text) for text in texts]
    assert [catalogue.match(text) for text in texts] == fresh
    assert [catalogue.match(text) for text in texts] == fresh  # from what was kept
    assert catalogue.match("Share this article") is not None and catalogue.match(PARAGRAPHS[0]) is None
    assert catalogue.glued("Email to a friendPrinter friendly") == catalogue._glued_entries("Email to a friendPrinter friendly")
    assert catalogue.glued(PARAGRAPHS[1]) is None


def test_the_kept_verdicts_start_again_when_full(monkeypatch):
    monkeypatch.setattr(catalogue_module, "MAX_KEPT_VERDICTS", 2)
    catalogue = configured(("Ferry timetable",), ())
    for text in ["Ferry timetable", "Share this article", PARAGRAPHS[0], "Ferry timetable"]:
        assert catalogue.match(text) == catalogue._match(text)
        assert len(catalogue._matched) <= 2


# SPEAKING_CUE as it was written before its branches were merged.
SPEAKING_CUE_BEFORE = compile_cached(
    r"(?i)click|tap\s|pulsa|pulse|pincha|pinche|inbox|enjoy|if\s+you|\b(?:like|love)d?\s+(?:this|the|our|reading)\b|apprecia|gust|gost|aimé|apprécié|gefallen|понрави|clic|klicken|clique|нажмите|点击|点此|クリック|클릭"
    r"|correo|bandeja|boîte|postfach|posteingang|e-?mail|^(?:visit|go\s+to|head\s+(?:over\s+)?to|log\s+on|check\s+out|find\s+more|more\s+at|besuchen)"
    r"|comment|poster|reserve\s+the\s+right|post\s+button"
)


def test_speaking_cue_finds_what_it_found_before():
    lines = PARAGRAPHS + [
        "CLICK HERE to subscribe", "Clique aqui", "Pinche aquí", "PULSE AQUÍ", "Tap to read", "tapas bar",
        "If   you enjoyed this", "Liked this story? Share it", "loved reading it", "Gostou?", "¿Te gustó?",
        "Hat es Ihnen gefallen?", "Понравилось?", "点此阅读", "点击查看", "クリック", "클릭하세요", "Check your INBOX",
        "Posteingang", "Postfach", "Poster un commentaire", "post button", "postal vote", "E-Mail", "Visit our shop",
        "We reserve  the right", "Go to the homepage", "He went to go to bed", "Appreciated", "Nous avons aimé",
        "Ya apprécié", "Boîte de réception", "Correo", "Bandeja", "Ostpost", "Gustav", "Posting", "Ghost",
    ]
    assert [bool(SPEAKING_CUE.search(line)) for line in lines] == [bool(SPEAKING_CUE_BEFORE.search(line)) for line in lines]
    assert any(SPEAKING_CUE.search(line) for line in lines) and not SPEAKING_CUE.search(PARAGRAPHS[0])


def test_a_result_needs_a_digit_and_any_decimal_digit_is_one():
    assert _is_result("Millbrook Rovers 2-3 Harbour City")
    assert _is_result("Millbrook Rovers ٢-٣ Harbour City") == (RESULT.match("Millbrook Rovers ٢-٣ Harbour City") is not None)
    assert _is_result("Lyon ２ : １ Nantes") == (RESULT.match("Lyon ２ : １ Nantes") is not None)
    assert not _is_result("Millbrook Rovers v Harbour City")
