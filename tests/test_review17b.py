"""review17b: a closing ” opening a quotation is QM102's only outside
Chinese and Japanese articles, whose full-width fonts draw “ and ” alike, so
their ”…” around a Latin name is the source's typography (the rule's own
reason for leaving their own words alone).  Text written for the project."""
from newslint import Linter

CHINESE = "苹果公司周二发布了新款手机。该公司表示，新产品 ”iPhone Air” 将于下月上市，价格与去年持平。分析人士认为销量会增长。"
JAPANESE = "政府は火曜日に新しい計画を発表した。首相は ”Japan First” という言葉を使い、国民に協力を呼びかけた。"
ENGLISH = "The government announced a new plan on Tuesday. The minister called it ”a fresh start” and left the room."


def closing_openers(text):
    return [d for d in Linter(select=["QM102"]).lint_text(text) if "opens a quotation" in d.message]


def test_a_latin_name_in_closing_marks_in_chinese_or_japanese_is_clean():
    assert closing_openers(CHINESE) == []
    assert closing_openers(JAPANESE) == []


def test_the_same_marks_in_english_are_still_reported():
    found = closing_openers(ENGLISH)
    assert [(d.line, d.col) for d in found] == [(1, ENGLISH.index("”") + 1)]


# TX101: a particle verb's particle before the same preposition opening a
# phrase with no determiner, an idiom's bare noun, is grammar too.
PHRASAL_CLEAN = [
    "Fans came in in droves to see the team play on Saturday.",
    "The family moved in in stages over the summer.",
    "Voters checked in in person at the town hall.",
    "Most of the staff logged on on time that morning.",
    "The results came in in real time.",
    "Workers clocked in in the morning.",
]
PHRASAL_DAMAGED = [
    "The suspect was arrested in in droves of police.",  # "arrested" takes no particle
    "The family moved in in a hurry in in stages.",  # the second pair follows no verb
]
LEAD = "The council met on Tuesday to discuss the budget for the coming year. "


def doubled(sentence):
    return [d.message for d in Linter(select=["TX101"]).lint_text(LEAD + sentence)]


def test_a_particle_verb_before_an_idioms_bare_noun_is_clean():
    for sentence in PHRASAL_CLEAN:
        assert doubled(sentence) == [], sentence


def test_a_doubled_preposition_after_other_words_is_still_reported():
    for sentence in PHRASAL_DAMAGED:
        assert doubled(sentence) == ['doubled word "in in"'], sentence
