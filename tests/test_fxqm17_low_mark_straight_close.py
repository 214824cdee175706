"""A German „ closed by a straight mark („völlig unverhältnismäßig") lost its
curly closing mark: one QM101, at the straight mark (trial17), beside curly
ones and (since trial26) in an article that closes every „ so."""

import pytest

from newslint import Linter

LAYOUTS = {"blank": "\n\n", "lines": "\n"}

# The article's other paragraphs: one quotation closed with a curly mark.
CURLY_ELSEWHERE = [
    "Streik bei der Bahn",
    "Die Gewerkschaft hat für Donnerstag einen Streik im Fernverkehr angekündigt, der bis Freitagabend dauern soll.",
    "„Wir sind zu Gesprächen bereit“, sagte die Vorsitzende der Gewerkschaft am Mittwoch in Frankfurt.",
]
CLOSING = [
    "Die Fahrgäste sollen sich vor Reiseantritt im Internet über ihre Verbindungen informieren.",
]

DAMAGED = [
    'Ein Bahnsprecher nannte den Streik „völlig unverhältnismäßig" und forderte die Rückkehr an den Verhandlungstisch.',
    '„Das trifft vor allem die Pendler", sagte ein Sprecher des Fahrgastverbands.',
    'Der Verkehrsminister sprach von einem „schwarzen Donnerstag" für die Wirtschaft.',
    'Die Bahn will einen „Notfahrplan" anbieten, der etwa ein Drittel der Züge umfasst.',
    'Ein Reisender am Hauptbahnhof sagte: „Ich fahre dann eben mit dem Bus."',
    'Die Gewerkschaft nennt das Angebot „eine Provokation" und droht mit weiteren Streiks.',
    'Der Konzern sprach von einer „Eskalation ohne Not", die Millionen Menschen treffe.',
    'Auf der Strecke nach Berlin sollen nur „vereinzelt Züge" fahren, hieß es am Abend.',
    '„Wir bedauern die Unannehmlichkeiten", schrieb die Bahn in einer Mitteilung an die Kunden.',
    'Ein Ökonom warnte vor „erheblichen Schäden" für die Industrie, vor allem für die Chemie.',
]


def qm(lines, separator):
    return [(d.line, d.col, d.code, d.message) for d in Linter(select=["QM"]).lint_text(separator.join(lines) + "\n")]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("damaged", DAMAGED, ids=range(len(DAMAGED)))
def test_a_straight_close_beside_curly_ones_is_one_qm101_at_that_mark(damaged, separator):
    lines = CURLY_ELSEWHERE + [damaged] + CLOSING
    line = len(CURLY_ELSEWHERE) * separator.count("\n") + 1
    opener = damaged.index("„")
    closer = damaged.index('"')
    assert qm(lines, separator) == [
        (line, closer + 1, "QM101", f'opening „ (column {opener + 1}) is closed by ", a mark of another kind')
    ]


CLEAN = {
    "all curly": [
        "Streik bei der Bahn",
        "Ein Bahnsprecher nannte den Streik „völlig unverhältnismäßig“ und forderte die Rückkehr an den Verhandlungstisch.",
        "„Wir sind zu Gesprächen bereit“, sagte die Vorsitzende der Gewerkschaft am Mittwoch in Frankfurt.",
    ],
    "closed with the high mark": [
        "Streik bei der Bahn",
        "Ein Bahnsprecher nannte den Streik „völlig unverhältnismäßig” und forderte die Rückkehr an den Verhandlungstisch.",
        "„Wir sind zu Gesprächen bereit“, sagte die Vorsitzende der Gewerkschaft am Mittwoch in Frankfurt.",
    ],
    "straight quotation nested in a curly one": [
        "Streik bei der Bahn",
        '„Er hat nur "Nein" gesagt und ist gegangen“, berichtete ein Teilnehmer der Verhandlungen.',
        "„Wir sind zu Gesprächen bereit“, sagte die Vorsitzende der Gewerkschaft am Mittwoch in Frankfurt.",
    ],
    "straight quotes of their own": [
        "Streik bei der Bahn",
        'Die Zeitung titelte "Stillstand" und zeigte einen leeren Bahnsteig in Köln.',
        "„Wir sind zu Gesprächen bereit“, sagte die Vorsitzende der Gewerkschaft am Mittwoch in Frankfurt.",
    ],
    "inches": [
        "Neue Bildschirme am Bahnhof",
        'Die Bahn hat 55" Bildschirme aufgehängt, die „Echtzeitdaten“ anzeigen sollen.',
        "Die Geräte sollen bis zum Sommer in allen großen Bahnhöfen hängen.",
    ],
}


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_an_article_that_closes_every_low_mark_straight_has_each_reported(separator):
    lines = [
        "Streik bei der Bahn",
        'Ein Bahnsprecher nannte den Streik „völlig unverhältnismäßig" und forderte die Rückkehr an den Verhandlungstisch.',
        '„Wir sind zu Gesprächen bereit", sagte die Vorsitzende der Gewerkschaft am Mittwoch in Frankfurt.',
    ]
    step = separator.count("\n")
    assert [(line, code) for line, _, code, _ in qm(lines, separator)] == [(1 + step, "QM101"), (1 + 2 * step, "QM101")]


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize("name", CLEAN, ids=CLEAN.keys())
def test_clean_german_text_is_not_reported(name, separator):
    assert qm(CLEAN[name], separator) == []


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_japanese_closing_marks_on_both_sides_are_the_source_typography(separator):
    lines = [
        "漫画家がパチンコについて語る",
        "漫画家のうすた京介氏はツイッターで ”もう本当に嫌いです” と書き込んだ。",
        "この投稿には多くの反響が寄せられた。",
    ]
    assert qm(lines, separator) == []


@pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_a_russian_quotation_opened_with_a_closing_mark_is_reported(separator):
    lines = [
        "Забастовка на железной дороге",
        "Профсоюз объявил забастовку в четверг, она продлится до вечера пятницы.",
        "Представитель компании назвал забастовку ”совершенно несоразмерной” и призвал вернуться к переговорам.",
    ]
    line = 2 * separator.count("\n") + 1
    assert [(found[0], found[1], found[2]) for found in qm(lines, separator)] == [(line, lines[2].index("”") + 1, "QM102")]
