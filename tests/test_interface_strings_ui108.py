"""False alarms a new-user trial found (ui108): UI108 on several versions of
one story (an identical copy, an update, a syndicated copy) counted each
copy as an article of its own and called every short line of the story a
site's furniture; UI106 called a line of code two samples of a tutorial
share a caption.  A line now counts once per story, and code is not a
caption; a site's furniture across different stories and a caption said
twice are still found.  Every case in both layouts: a blank line between
blocks, and none."""
import itertools
import json
import random

import pytest

from conftest import write
from newslint import Linter
from newslint.rules.interface_strings.repetition import KEPT_PER_ARTICLE, NIBBLE_BITS, SAME_STORY, STORY_HASHES, stories, stories_union

LAYOUTS = pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["lines", "blank"])

# -- UI108: versions of one story -------------------------------------------

FERRY = [
    "Island ferry timetable cut for the winter",
    "The operator of the ferry between Port Ellis and the island of Carra will run two crossings a day instead of five from November, it said on Monday.",
    "What changes",
    "- The 07:10 and 18:30 sailings stay",
    "- Three midday sailings are dropped",
    "Islanders who commute to the mainland for work said the two remaining crossings left them very little margin if a boat was late.",
    "The operator blamed the cost of fuel and a shortage of crew, and said the full timetable would return in April.",
    "The island council will meet the operator next week to ask for a third crossing on school days.",
    "Next steps",
    "A public meeting is planned at the Carra village hall on Thursday evening, when residents can question the operator directly.",
]
UPDATED_LEAD = (
    "The operator of the ferry between Port Ellis and the island of Carra will run two crossings a day instead of five "
    "from November, it confirmed on Tuesday after a meeting with the council."
)
SYNDICATED_HEADLINE = "Winter ferry cuts leave Carra islanders with two crossings a day"

# Other stories from the same site, each with the site's furniture under it.
OTHERS = [
    [
        "Library reopens after roof repairs",
        "The central library in Port Ellis reopened on Saturday after eight months of repairs to its roof and upper floor.",
        "Staff said the children's section had been rebuilt with more space for reading groups and a new play corner.",
        "Opening hours are unchanged, and the archive room will reopen to researchers at the end of the month.",
    ],
    [
        "Harbour festival draws record crowds",
        "More than twelve thousand people visited the harbour festival over the weekend, the organisers said on Sunday night.",
        "Boat builders, choirs and food stalls filled the quay, and the rowing race was won by a crew from Carra.",
        "The organisers thanked volunteers and said next year's festival would run for three days instead of two.",
    ],
    [
        "School bus route to change in January",
        "Pupils from the northern villages will be picked up half an hour earlier from January, the county's transport office said.",
        "The change follows the closure of the old bridge at Millford, which forces buses onto a longer road round the lake.",
        "Parents said they would ask the county to reconsider the times before the new route starts after the holidays.",
    ],
]
FURNITURE = ["Sign up for the Port Ellis Gazette morning email", "Follow the Gazette on social media"]


def versions():
    """Four copies of one story: the original, an identical copy, an update
    with a changed lead and a syndicated copy with another headline."""
    updated = FERRY[:1] + [UPDATED_LEAD] + FERRY[2:]
    syndicated = [SYNDICATED_HEADLINE] + FERRY[1:] + ["(Port Ellis Gazette)"]
    return [("ferry-v1", FERRY), ("ferry-copy", FERRY), ("ferry-v2", updated), ("ferry-syndicated", syndicated)]


def lint(articles, separator):
    texts = [(name, separator.join(blocks) + "\n") for name, blocks in articles]
    return [(d.path, d.line) for d in Linter(select=["UI108"]).lint_texts(texts)]


@LAYOUTS
def test_versions_of_one_story_share_their_short_lines_and_stay_clean(separator):
    assert lint(versions(), separator) == []


@LAYOUTS
def test_the_trials_recipe_versions_stay_clean(separator):
    lead = "Quand les poireaux sont au plus bas prix sur les marchés, cette tarte simple devient un plat du dimanche. Comptez une heure pour {} personnes."
    recipe = [
        "Tarte aux poireaux et au comté : la recette d'un dimanche d'hiver",
        lead,
        "Ingrédients",
        "1 pâte brisée",
        "4 poireaux moyens",
        "30 g de beurre",
        "Préparation",
        "Préchauffez le four à 200 °C et étalez la pâte dans un moule de 26 cm de diamètre, puis faites-la cuire à blanc dix minutes.",
        "Coupez les poireaux en fines rondelles, lavez-les soigneusement et faites-les fondre dans le beurre à feu doux pendant quinze minutes.",
        "Répartissez les poireaux sur le fond de tarte, versez les œufs battus avec la crème et enfournez pour trente minutes à 180 °C.",
    ]
    articles = [(f"v{people}", [recipe[0], lead.format(people)] + recipe[2:]) for people in (4, 5, 6)]
    assert lint(articles, separator) == []


@LAYOUTS
def test_a_sites_furniture_across_different_stories_is_still_found(separator):
    articles = [(f"other{n}", blocks + FURNITURE) for n, blocks in enumerate(OTHERS)]
    articles += [(name, blocks + FURNITURE) for name, blocks in versions()]
    found = lint(articles, separator)
    step = len(separator)
    blocks = dict(articles)
    flagged = {(path, blocks[path][(line - 1) // step]) for path, line in found}
    # Each article's two furniture lines, and nothing of the ferry story.
    assert flagged == {(name, line) for name, _ in articles for line in FURNITURE}


@LAYOUTS
def test_a_line_in_copies_of_one_story_and_one_other_is_in_two_stories(separator):
    # Six articles carry the line, but they tell two stories: fewer than min-articles (3).
    shared = "Reporting by the Port Ellis Gazette desk"
    articles = [(name, blocks + [shared]) for name, blocks in versions()] + [("library", OTHERS[0] + [shared])]
    articles += [("festival", OTHERS[1])]
    assert lint(articles, separator) == []
    # A third story makes it a site's line.
    articles[-1] = ("festival", OTHERS[1] + [shared])
    assert sorted(path for path, _ in lint(articles, separator)) == sorted(name for name, _ in articles)


def test_the_story_count_does_not_depend_on_the_order_or_grouping_of_merges():
    rng = random.Random(108)
    signatures = [rng.getrandbits(NIBBLE_BITS * STORY_HASHES) for _ in range(9)]
    signatures += signatures[:4]  # copies: the same signature again
    for cap in (1, 3, 5):
        results = set()
        for _ in range(30):
            order = rng.sample(signatures, len(signatures))
            cut = rng.randrange(1, len(order))
            left = _fold(order[:cut], cap)
            right = _fold(order[cut:], cap)
            results.add(stories_union(right, left, cap) if rng.random() < 0.5 else stories_union(left, right, cap))
        assert len(results) == 1
        assert stories(results.pop()) == min(KEPT_PER_ARTICLE * cap, 9)


def _fold(signatures, cap):
    total = signatures[0]
    for signature in signatures[1:]:
        total = stories_union(total, signature, cap)
    return total


def test_one_article_is_one_story_and_none_is_none():
    signature = 0x0123456789ABCDEF
    assert stories(signature) == 1 and stories(None) == 0
    assert stories_union(signature, signature, 3) == signature


def test_articles_agreeing_on_half_their_min_hashes_are_one_story():
    signature = 0x0123456789ABCDEF
    def changed(count):  # the same signature with its first `count` min-hashes changed
        return signature ^ sum(1 << (number * NIBBLE_BITS) for number in range(count))
    same = changed(STORY_HASHES - SAME_STORY)
    other = changed(STORY_HASHES - SAME_STORY + 1)
    assert stories(stories_union(signature, same, 3)) == 1
    assert stories(stories_union(signature, other, 3)) == 2
    # An update of an update is the story too, though the first and the last agree less.
    assert stories(stories_union(stories_union(signature, same, 3), same ^ (0xF << 60) ^ (0xF << 56), 3)) == 1


# -- UI108 with one process and two: the same findings ----------------------


@pytest.mark.parametrize("separator", ["\n", "\n\n"], ids=["lines", "blank"])
def test_one_job_and_two_give_the_same_findings_on_story_versions(newslint, workdir, separator):
    # Enough articles for several batches (lint/runner.py), each story's
    # copies far apart, so the two jobs merge them in different partials.
    records = []
    for round_ in range(4):
        for name, blocks in versions():
            records.append({"id": f"{name}-{round_}", "text": separator.join(blocks) + "\n"})
        for n, blocks in enumerate(OTHERS):
            body = [f"{blocks[0]}, part {round_}"] + [f"{line[:-1]}, in week {round_}." for line in blocks[1:]]
            records.append({"id": f"other{n}-{round_}", "text": separator.join(body + FURNITURE[:1]) + "\n"})
        records += [{"id": f"filler{round_}-{n}", "text": f"Note {n} of round {round_}.\n" * 40} for n in range(20)]
    write(workdir / "corpus.jsonl", "\n".join(json.dumps(record) for record in records) + "\n")
    write(workdir / "newslint.yaml", "select: [UI108]\n")
    one = newslint("corpus.jsonl", "-j", "1")
    two = newslint("corpus.jsonl", "-j", "2")
    assert one.out == two.out
    flagged = [line for line in one.out.splitlines() if "UI108" in line]
    # The furniture line under each of the twelve other stories, and nothing else.
    assert len(flagged) == 12 and all("#other" in line for line in flagged)


# -- UI106: code samples in a tutorial ----------------------------------------

TUTORIAL = [
    "Why your shell script slows down on a large folder",
    "A script that checks every file of a folder against a list of names is quick on ten files and slow on ten thousand.",
    "The first version keeps the names it has seen in a list:",
    "found = []",
    "for path in paths:",
    "    if path.name not in found:",
    "        found.append(path.name)",
    "Every test walks the whole list, so the work grows with the square of the number of files.",
    "A set answers the same question at once:",
    "found = set()",
    "for path in paths:",
    "    if path.name not in found:",
    "        found.add(path.name)",
    "On a folder of forty thousand files the second version finished in under a second.",
]

FENCED = [
    "Reading a configuration file in JavaScript",
    "Most programs read their settings once, when they start, and keep them in memory until they stop.",
    "```",
    "const settings = load('app.json')",
    "  return settings",
    "```",
    "A later version reads the file again whenever it changes, so the settings stay current without a restart.",
    "```",
    "watch('app.json', reload)",
    "  return settings",
    "```",
    "Both versions print the same settings when the program starts with a fresh configuration file.",
]


def ui106(blocks, separator):
    text = separator.join(blocks) + "\n"
    step = len(separator)
    return [(d.line - 1) // step + 1 for d in Linter(select=["UI106"]).lint_text(text)]


@LAYOUTS
def test_lines_two_code_samples_share_are_no_caption(separator):
    assert ui106(TUTORIAL, separator) == []


@LAYOUTS
def test_lines_of_two_fenced_blocks_are_no_caption(separator):
    assert ui106(FENCED, separator) == []


@LAYOUTS
def test_a_caption_said_twice_beside_code_is_still_found(separator):
    caption = "Watch: how the index speeds up the search"
    blocks = TUTORIAL[:8] + [caption] + TUTORIAL[8:] + [caption]
    assert ui106(blocks, separator) == [9, len(blocks)]


@LAYOUTS
def test_a_caption_said_twice_in_a_text_without_code_is_still_found(separator):
    caption = "Ferry passengers queue at Port Ellis"
    blocks = FERRY[:2] + [caption] + FERRY[5:8] + [caption] + FERRY[8:]
    assert ui106(blocks, separator) == [3, 7]


def test_indented_captions_of_a_text_indented_throughout_are_still_found():
    # Some scrapers indent every paragraph: indentation then marks no code.
    caption = "Ferry passengers queue at Port Ellis"
    blocks = FERRY[:2] + [caption] + FERRY[5:8] + [caption] + FERRY[8:]
    text = "\n".join("    " + block for block in blocks) + "\n"
    assert [d.line for d in Linter(select=["UI106"]).lint_text(text)] == [3, 7]


def test_the_code_syntax_does_not_take_captions_for_code():
    from newslint.line_kinds import CODE_SYNTAX

    captions = [
        "Ferry passengers queue at Port Ellis",
        "Watch: the moment the bridge opened",
        "For sale: the house on Mill Lane (pictured)",
        "Home > News > Local",
        "Photograph: Anna Berg/Reuters",
        "If you have been affected, contact us",
        "Exchange rate: 1 EUR = 0.86 GBP",
        "Watch (video)",
        "Subscribe today; cancel anytime",
    ]
    code = ["found = set()", "for path in paths:", "x += 1", "} else {", "print(total)", "items.sort(key=len)", "if a == b:"]
    assert [text for text in captions if CODE_SYNTAX.search(text)] == []
    assert [text for text in code if not CODE_SYNTAX.search(text)] == []


def test_every_pair_of_versions_of_the_story_shares_a_story():
    # Two copies of the story count as one story whatever pair of versions.
    for (a, first), (b, second) in itertools.combinations(versions(), 2):
        assert lint([(a, first + ["x y z"]), (b, second + ["x y z"]), ("c", ["x y z"])], "\n") == []
