"""Issue 10, helper uiext8: ten damaged pages written for this round, in
trafilatura's Markdown-like shape ("## " headings, "- " items), phrased
unlike the strings the round was tuned on, in both layouts (a blank line
between blocks, and none), three of them not in English and one in Chinese;
and clean pages that must stay clean (a consultation's comments, a
changelog's headings, a fact file, a letter's sign-off).  What the rules
still miss is marked as a strict xfail.  Text written for the project."""
import pytest

from lint_support import LAYOUTS, first_ui_finding_by_block

BODY = [
    "## Harbour wall repairs finished ahead of winter storms",
    "Work to rebuild the eastern harbour wall at Penmore finished on Thursday, two weeks earlier than the council had planned last spring.",
    "Divers and masons replaced almost four hundred granite blocks that the storms of the last two winters had loosened or swept away.",
    "Fishing crews who had moored their boats in Saltby while the work went on said they would move back into the harbour next week.",
    "The county engineer said the new wall should stand for another century if its drains are cleared after every heavy storm this season.",
]
AFTER = len(BODY)


flagged = first_ui_finding_by_block


def assert_only(lines, furniture, separator):
    found = flagged(lines, separator)
    assert set(furniture) <= set(found), found
    assert not set(found) - set(furniture), found


layouts = pytest.mark.parametrize("separator", LAYOUTS.values(), ids=LAYOUTS.keys())


# 1. A comment section's house rules under the article.
@layouts
def test_house_rules_for_comments_after_the_body(separator):
    rules = [
        "All reader comments are screened by our moderators before they appear on this site.",
        "We reserve the right to remove any post that breaks these rules without notice.",
    ]
    assert_only(BODY + rules, range(AFTER, AFTER + 2), separator)


# 2. A sidebar's "top stories" set as headline and blurb pairs under the body.
@layouts
def test_top_stories_heading_with_headline_and_blurb_pairs(separator):
    sidebar = [
        "Top regional headlines",
        "Ferry fares to rise again in April",
        "The island operator says fuel costs have doubled since last summer and passengers will pay more.",
        "New head teacher named for Saltby school",
        "A former deputy from a school in the city will take over the village primary after Easter.",
    ]
    assert_only(BODY + sidebar, range(AFTER, AFTER + len(sidebar)), separator)


# 3. A "be the first" comment prompt and an empty comment count.
@layouts
def test_empty_comment_section_prompts(separator):
    prompts = ["No comments have been posted", "Be the first to comment on this story"]
    assert_only(BODY + prompts, range(AFTER, AFTER + 2), separator)


# 4. Spanish: a follow prompt and a newsletter offer after the article.
@layouts
def test_spanish_follow_and_share_prompts(separator):
    body = [
        "## El puerto de Penmore termina las obras del dique",
        "Las obras para reconstruir el dique oriental del puerto terminaron el jueves, dos semanas antes de lo previsto por el ayuntamiento.",
        "Los buzos y canteros sustituyeron casi cuatrocientos bloques de granito que los temporales de los dos últimos inviernos habían movido.",
        "Los pescadores que habían amarrado sus barcos en otro puerto durante las obras dijeron que volverán la semana que viene sin falta.",
        "El ingeniero del condado dijo que el nuevo dique debería durar otro siglo si se limpian sus desagües después de cada tormenta fuerte.",
    ]
    furniture = ["Síguenos en Instagram y Facebook", "Compartir en WhatsApp"]
    assert_only(body + furniture, range(len(body), len(body) + 2), separator)


# 5. French: a "read also" link set between two paragraphs, and a share button.
@layouts
def test_french_read_also_between_paragraphs(separator):
    body = [
        "## Les travaux de la digue de Penmore sont terminés",
        "Les travaux de reconstruction de la digue est du port se sont achevés jeudi, deux semaines avant la date prévue par la mairie.",
        "Les plongeurs et les maçons ont remplacé près de quatre cents blocs de granit que les tempêtes des deux derniers hivers avaient déplacés.",
        "À lire aussi",
        "Les pêcheurs qui avaient amarré leurs bateaux dans un autre port pendant les travaux reviendront la semaine prochaine au plus tard.",
        "L'ingénieur du département estime que la nouvelle digue tiendra un siècle si ses drains sont curés après chaque forte tempête.",
        "Partager sur Facebook",
    ]
    assert_only(body, {3, 6}, separator)


# 6. German: a share row and a "more on the topic" heading over links.
@layouts
def test_german_share_row_and_more_on_the_topic(separator):
    body = [
        "## Hafenmauer in Penmore vor den Winterstürmen fertig",
        "Die Arbeiten an der östlichen Hafenmauer wurden am Donnerstag abgeschlossen, zwei Wochen früher als von der Gemeinde geplant.",
        "Taucher und Steinmetze ersetzten fast vierhundert Granitblöcke, die die Stürme der letzten beiden Winter gelockert hatten.",
        "Die Fischer, die ihre Boote während der Arbeiten in einem anderen Hafen festgemacht hatten, wollen nächste Woche zurückkehren.",
        "Der Ingenieur des Kreises sagte, die neue Mauer werde ein Jahrhundert halten, wenn die Abflüsse nach jedem Sturm gereinigt werden.",
    ]
    furniture = ["Artikel teilen", "Mehr zum Thema"]
    assert_only(body + furniture, range(len(body), len(body) + 2), separator)


# 7. Chinese: the WeChat account's prompt and the editor's line after the article.
@layouts
def test_chinese_follow_prompt_and_editor_line(separator):
    body = [
        "## 彭莫尔港东侧防波堤修复工程提前完工",
        "彭莫尔港东侧防波堤的重建工程于周四完工，比市议会去年春天的计划提前了两个星期，工程队在冬季风暴来临前撤离了现场。",
        "潜水员和石匠更换了近四百块花岗岩石块，这些石块在过去两个冬天的风暴中被冲松或冲走，部分石块已经沉入港池底部。",
        "施工期间把渔船停泊在邻近港口的渔民表示，他们将在下周把船开回港内，并希望码头的照明和水电尽快恢复供应。",
        "县工程师说，如果每次大风暴之后都及时清理排水口，新的防波堤应该还能再使用一百年，市议会将为此安排专门预算。",
    ]
    furniture = ["点击上方蓝字关注我们，获取更多本地新闻", "责任编辑：李明"]
    assert_only(body + furniture, range(len(body), len(body) + 2), separator)


# 8. A newsletter prompt glued to the end of the last paragraph.
@layouts
def test_newsletter_prompt_glued_to_the_last_paragraph(separator):
    last = BODY[-1] + " Get the day's top local stories delivered to your inbox every morning"
    found = flagged(BODY[:-1] + [last], separator)
    assert set(found) == {AFTER - 1}, found
    assert "after the text" in found[AFTER - 1]


# 9. A photo credit and a search box in the page's head.
@layouts
def test_photo_credit_and_search_box(separator):
    lines = ["Search this site"] + BODY[:2] + ["Photo: Maria Lenz/Reuters"] + BODY[2:]
    assert_only(lines, {0, 3}, separator)


# 10. A "links to this post" row and a "refer a friend" button under a blog post.
@layouts
def test_blog_post_tools_under_the_post(separator):
    tools = ["Links to this post", "Recommend this story to a friend"]
    assert_only(BODY + tools, range(AFTER, AFTER + 2), separator)


# 11. Known miss: a sidebar of other stories' headlines and blurbs with a
# heading no template knows (a site's own name for it).
@layouts
@pytest.mark.xfail(strict=True, reason="a related list's heading in the site's own words is not recognised, nor its pairs")
def test_known_miss_pairs_under_a_heading_in_the_sites_words(separator):
    sidebar = [
        "From around the county",
        "Ferry fares to rise again in April",
        "The island operator says fuel costs have doubled since last summer and passengers will pay more.",
        "New head teacher named for Saltby school",
        "A former deputy from a school in the city will take over the village primary after Easter.",
    ]
    assert_only(BODY + sidebar, range(AFTER, AFTER + len(sidebar)), separator)


# 12. Known miss: a Japanese comment-policy sentence (only English comment
# rules are written so far).
@layouts
@pytest.mark.xfail(strict=True, reason="comment rules are matched in English only")
def test_known_miss_japanese_comment_rules(separator):
    body = [
        "## ペンモア港の防波堤、冬の嵐を前に修復完了",
        "ペンモア港東側の防波堤の再建工事が木曜日に完了し、市議会が昨年春に計画していたよりも二週間早く終わったと発表された。",
        "潜水士と石工が、過去二年の冬の嵐で緩んだり流されたりした約四百個の花崗岩のブロックを新しいものに取り替えたという。",
        "工事の間ほかの港に船を停めていた漁師たちは、来週には港に戻る予定で、桟橋の照明の復旧を待っていると話している。",
        "県の技術者は、嵐のたびに排水口を掃除すれば、新しい防波堤はあと百年はもつだろうと述べ、予算の確保を求めている。",
    ]
    rules = ["コメントは編集部の承認後に掲載されます。"]
    assert_only(body + rules, {len(body)}, separator)


# Clean pages.
@layouts
def test_a_consultations_comments_stay_the_articles(separator):
    lines = BODY + [
        "Public comments on the plan will be reviewed by the harbour board before its vote in March.",
        "Comments from residents are limited to three minutes each at the public hearing, the clerk said.",
    ]
    assert_only(lines, set(), separator)


@layouts
def test_a_changelogs_headings_after_the_body_stay_clean(separator):
    lines = BODY + [
        "What changed in this release:",
        "- Faster start-up on older phones.",
        "- Fewer crashes when the network drops.",
        "CALENDAR",
        "- Reminders now repeat on weekdays only.",
        "- Time zones are shown beside each event.",
        "SYNC",
        "- Contacts sync in the background.",
        "- Photos upload over Wi-Fi only by default.",
    ]
    assert_only(lines, set(), separator)


@layouts
def test_a_letters_sign_off_without_its_comma_stays_clean(separator):
    lines = BODY + ["Thank you all for reading, and see you at the harbour next week.", "Love", "Maria"]
    assert_only(lines, set(), separator)


@layouts
def test_a_fact_file_after_the_body_stays_clean(separator):
    lines = BODY + [
        "Harbour master's profile",
        "Age: 52",
        "Born: Saltby",
        "In post since: 2019",
    ]
    assert_only(lines, set(), separator)


@layouts
def test_subheadings_with_top_and_other_in_prose_stay_clean(separator):
    lines = BODY[:3] + ["Other stories from the storm"] + BODY[3:] + [
        "The top stories of the storm season were the floods at Saltby and the landslip on the coast road.",
    ]
    assert_only(lines, set(), separator)


@layouts
def test_prose_in_the_words_of_the_new_templates_stays_clean(separator):
    lines = BODY[:2] + [
        "Search crews reached the site of the collapse within the hour, the coastguard said.",
        "Home: the harbour master's house on the quay is being restored too.",
        "Readers sent in their photos, and the council said it would review the comments before the vote.",
    ] + BODY[2:]
    assert_only(lines, set(), separator)
