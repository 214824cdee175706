"""OC's faster paths give what the plain ones give (issue 14: no finding may move)."""


def test_cutting_many_words_at_once_is_cutting_each():
    from newslint.rules.out_of_context import static

    table = static.table()
    words = [
        "the", "harbour", "sandbags", "foregate", "rotterdam", "counterintelligence", "2024", "4x4", "qzxv",
        "zürich", "café", "naïve", "東京", "straße", "İstanbul".lower(), "ǆemal", "ﬁne", "don't", "don’t",
        # Not lower case: the plain cut lower-cases them first.
        "The", "NATO", "Putin", "[CLS]", "[UNK]", "a" * 40, "x" * 150,
    ]
    assert table.cut_all(words) == [table._pieces(word) for word in words]
    assert table.cut_all([]) == []


def test_the_greedy_cut_reads_inside_pieces_without_their_marks():
    from newslint.rules.out_of_context import static

    table = static.table()
    vocabulary = {index: piece for piece, index in table.vocabulary.items()}
    assert [vocabulary[i] for i in table._pieces("sandbags")] == ["sand", "##bags"]
    # A word starting with the letters of an inside piece still starts with a first piece.
    assert all(not vocabulary[i].startswith("##") for i in table._pieces("ing")[:1])
