"""A Japanese or Chinese quotation that an extractor broke over two lines of
one block (「… on one line, …」 on the next) is one quotation; across a blank
line the closing mark with nothing open before it is still reported (trial11)."""

from newslint import Linter


def qm(text):
    return [(d.line, d.code) for d in Linter(select=["QM"]).lint_text(text)]


def test_a_quotation_broken_over_two_lines_of_a_block_is_clean():
    japanese = "仮設住宅の暮らし\n仮設住宅に住む女性は、こう話した。\n「家がなくなっても、ここには人がいる。\nそれだけで、生きていける気がするんです」\n町では、来月から住宅の再建が始まる。\n"
    chinese = "社区新闻\n一位老人说：\n“我们在这里住了三十年。\n邻居们都像家人一样。”\n社区下月将开始改造。\n"
    assert qm(japanese) == []
    assert qm(japanese.replace("「", "『").replace("」", "』")) == []
    assert qm(chinese.replace("“", "「").replace("”", "」")) == []


def test_a_closing_mark_after_a_blank_line_is_still_reported():
    text = "仮設住宅\n\n女性は「家がなくなっても、ここには人がいる。と話した。\n\n町では来月から再建が始まる。」\n"
    assert (5, "QM102") in qm(text)


def test_a_quotation_that_begins_its_paragraph_runs_on_over_a_blank_line():
    # The same lines with a blank line between them (many extractors' layout)
    # give the same verdict as in one block.
    lines = [
        "漁港の朝",
        "漁師の男性は、こう語った。",
        "「海の様子は毎年変わっている。",
        "それでも、明日も船を出すつもりだ」",
        "組合は来週、今年の漁獲量を発表する。",
    ]
    assert qm("\n".join(lines) + "\n") == []
    assert qm("\n\n".join(lines) + "\n") == []
    chinese = ["渔港新闻", "一位渔民说：", "「今年的鱼比去年少了很多。", "但我们还是每天出海」", "渔业协会下周公布数据。"]
    assert qm("\n\n".join(chinese) + "\n") == []


def test_a_closing_mark_a_paragraph_after_a_quotation_opened_mid_sentence_is_reported():
    text = "漁港の朝\n\n漁師は「海の様子は毎年変わっている。と話した。\n\n組合は来週、漁獲量を発表する。」\n"
    assert (5, "QM102") in qm(text)
