"""UI rules on Chinese, Japanese and Korean text: the corpus's CJK pages,
clean CJK and Arabic prose, and damaged examples written for the project.

    python tests/benchmarks/ui_cjk.py [pages] [clean] [examples] [--show]

- pages: the pages of ../shared/corpus/ with HTML, a gold text and a CJK
  language (newslint's guess for the gold text).  Only the Zyte benchmark
  has any: two Korean pages (one site) and two Japanese pages (two sites);
  no Chinese page has HTML (the trafilatura evaluation set's three Chinese
  and Japanese entries have none).  Each page is laid out as the naive dump
  and trafilatura's output of extractor_output.py, labelled the same way,
  and linted with the rest of its source's pages (as extractor_output.py
  does, so the corpus rule UI108 sees the same pages), in both layouts.
  --show lists every scored line of the CJK pages: TP, MISS, FA, ok.
- clean: real CJK and Arabic prose that has no furniture at all, made into
  articles: livedoor news (Japanese, one article per URL, its title first),
  sci-news-sum-kr-50 (Korean, one article per URL; the dataset dropped each
  sentence's final stop), WMT23 Chinese news (one article per document) and
  the PUD sentences of Chinese, Korean and Arabic (ten sentences an
  article).  livedoor's lines that open with a bullet ("・" and the like)
  are its related-article links, which the corpus kept: they are left out.
  Any UI finding there is a false alarm.
- examples: ten damaged CJK pages written for this benchmark (not corpus
  text), each with the furniture lines it holds marked; what is caught,
  what is missed, and any clean line flagged, in both layouts.
"""
from __future__ import annotations

import collections
import itertools
import pickle
import sys

from common import records
from extractor_output import CACHE, LAYOUTS, load

from newslint import Linter

CJK = ("zh", "ja", "ko")
PUD_SENTENCES_PER_ARTICLE = 10
# livedoor news articles end in links to related articles ("・title"): furniture
# the corpus kept, left out of the clean prose.  Some carry their heading in
# lenticular brackets before the link ("【関連記事】・title"): furniture too.
RELATED_LINK_MARKS = ("・", "■", "●", "◆", "▼", "→", "【関連")


def scored_pages() -> list[dict]:
    path = CACHE / "labelled" / "zyte-all-naive-trafilatura.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    pages = load("zyte", None)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(pages))
    return pages


def flagged_by(texts) -> dict[str, dict[int, str]]:
    flagged: dict[str, dict[int, str]] = collections.defaultdict(dict)
    for d in Linter(select=["UI"]).lint_texts(texts):
        flagged[d.path].setdefault(d.line, f"{d.code} {d.message}")
    return flagged


def pages_figures(show: bool) -> None:
    pages = scored_pages()
    cjk = [page for page in pages if page["language"] in CJK]
    print(f"CJK pages with HTML and gold: {len(cjk)} "
          f"({', '.join(f'{k} {v}' for k, v in sorted(collections.Counter(p['language'] for p in cjk).items()))}; no zh)")
    for extractor in ("naive", "trafilatura"):
        for layout, separator in LAYOUTS.items():
            step = separator.count("\n")
            flagged = flagged_by([(p["id"], separator.join(t for t, _ in p[extractor]) + "\n") for p in pages if p[extractor]])
            tallies = collections.defaultdict(lambda: [0, 0, 0])  # flagged furniture, flagged article, furniture
            for page in cjk:
                for index, (text, label) in enumerate(page[extractor]):
                    message = flagged[page["id"]].get(1 + index * step)
                    for key in (page["language"], "cjk"):
                        tallies[key][0] += bool(message) and label == "furniture"
                        tallies[key][1] += bool(message) and label == "article"
                        tallies[key][2] += label == "furniture"
                    if show and layout == "lines" and label != "other":
                        mark = {(True, True): "TP", (True, False): "MISS", (False, True): "FA", (False, False): "ok"}[
                            (label == "furniture", bool(message))]
                        print(f"    {extractor} {page['id'][-8:]} {index + 1:3} {mark:4} {text[:70]!r} {(message or '')[:60]}")
            for key in ("ja", "ko", "zh", "cjk"):
                if key in tallies:
                    tp, fp, furniture = tallies[key]
                    precision = tp / (tp + fp) if tp + fp else 0.0
                    recall = tp / furniture if furniture else 0.0
                    print(f"  {extractor:11} {layout:5} {key:3} precision {precision:.3f} recall {recall:.3f} "
                          f"({tp}/{furniture} furniture lines, {fp} article lines)")


def clean_articles() -> dict[str, list[tuple[str, str]]]:
    """Per source, (id, text) articles of real prose with no furniture."""
    grouped: dict[str, dict[str, list[str]]] = collections.defaultdict(lambda: collections.defaultdict(list))
    titles: dict[str, str] = {}
    pud: dict[str, list[str]] = collections.defaultdict(list)
    for record in records("non_english_sentences.jsonl.gz"):
        language, source = record["lang"], record["source"]
        if language not in CJK + ("ar",):
            continue
        if source.startswith("UD_"):
            pud[language].append(record["text"])
        elif record.get("article_url"):
            if record["text"].lstrip().startswith(RELATED_LINK_MARKS):
                continue  # livedoor keeps the related-article links under each article
            key = record["article_url"]
            grouped[f"{language} {source.split('/')[0]}"][key].append(record["text"])
            titles[key] = record.get("article_title") or ""
        else:  # WMT23 Chinese: one document per id before '#'
            grouped[f"{language} wmt23-news"][record["id"].split("#")[0]].append(record["text"])
    articles: dict[str, list[tuple[str, str]]] = {}
    for name, documents in grouped.items():
        articles[name] = [
            (f"{name}/{number}", "\n".join(([titles[key]] if titles.get(key) else []) + lines))
            for number, (key, lines) in enumerate(documents.items())
        ]
    for language, sentences in pud.items():
        chunks = [sentences[i:i + PUD_SENTENCES_PER_ARTICLE] for i in range(0, len(sentences), PUD_SENTENCES_PER_ARTICLE)]
        articles[f"{language} PUD"] = [(f"{language}-pud/{n}", "\n".join(chunk)) for n, chunk in enumerate(chunks)]
    return articles


def clean_figures(show: bool) -> None:
    for name, articles in sorted(clean_articles().items()):
        for layout, separator in LAYOUTS.items():
            texts = [(path, separator.join(text.split("\n")) + "\n") for path, text in articles]
            lines = sum(text.count("\n") // max(len(separator), 1) for _, text in texts)
            found = collections.defaultdict(list)
            for d in Linter(select=["UI"]).lint_texts(texts):
                found[d.path].append(d)
            flagged_lines = sum(len({d.line for d in ds}) for ds in found.values())
            print(f"  {name:22} {layout:5} {len(found):3} of {len(articles):4} articles with a UI finding "
                  f"({100 * len(found) / len(articles):.2f} per 100), {flagged_lines} of {lines} lines")
            if show and layout == "lines":
                for path, ds in itertools.islice(found.items(), 8):
                    for d in ds[:2]:
                        print(f"      {path}:{d.line} {d.code} {d.message[:90]}")


# Ten damaged pages written for this benchmark, phrased unlike the corpus.
# A line that starts with "!" is furniture (the mark is taken off); a line
# that ends in "!!" is a paragraph with furniture glued to its end (the
# furniture is the text after its last "。"), scored as furniture found
# when the line is flagged.  The other lines, the headline, subheadings and
# list items among them, must stay clean.
EXAMPLES = {
    "ja share prompt glued to the last paragraph": """
市の図書館、夜間開館を試験的に始める
市立中央図書館は今月から、平日の閉館時間を午後九時まで延ばす試みを始めた。
仕事帰りの利用者が増えることを見込み、三か月間の利用状況を調べて本格実施を判断する。
利用者の反応
館長は「学生や働く人がもっと気軽に本に触れられる場にしたい」と話している。
延長時間帯には貸し出しと返却の窓口を一つに絞り、職員二人で対応するという。この記事をシェアする!!
!公式Twitterをフォローする
""",
    "ja one teaser between paragraphs, photo label": """
港の倉庫跡地、市民公園に生まれ変わる
!写真拡大
長く使われていなかった港の倉庫跡地が、来春から市民公園として開放されることになった。
市は古い倉庫の外壁を一部残し、港町の歴史を伝える展示スペースとして活用する計画だ。
!駅前の商店街、空き店舗に若手の工房が続々
公園の設計には地元の高校生も参加し、ベンチや案内板のデザインを提案した。
整備費はおよそ三億円で、国の補助金と市の基金でまかなう見通しだという。
""",
    "zh breadcrumb, source line, share and editor": """
!首页 > 社会 > 正文
城市公交将试行夜间线路
!来源：本报讯
本市交通部门宣布，从下月起将在三条主干道试行夜间公交线路，运营时间延长至凌晨两点。
交通部门负责人表示，夜间线路主要服务于晚班工作人员和深夜出行的市民，票价与白天相同。
试运行期间，部门将通过乘客调查和客流数据评估线路效果，再决定是否扩大范围。
!分享到微信
!（责任编辑：王晓红）
""",
    "zh teaser headlines after the body": """
山区学校迎来首批支教志愿者
今年秋季学期开学时，县里的五所山区小学迎来了二十名来自各地的支教志愿者。
志愿者们将在学校任教一年，主要承担英语、音乐和美术课程，弥补当地师资的不足。
一位校长说，孩子们第一次上了完整的音乐课，家长们也对新老师的到来表示欢迎。
!高铁新线路年底通车 沿线城市迎来发展机遇
!多地出台措施鼓励农村青年返乡创业
!博物馆夜场开放受欢迎 年轻观众占多数
""",
    "zh previous and next links, comment count, menu": """
河道治理让老街重现生机
经过两年的整治，穿城而过的老河道水质明显改善，两岸的老街也重新热闹起来。
居民们说，过去河水有异味，如今傍晚常有人沿着河边散步，不少老店也重新开张营业。
区政府计划明年在河道两侧增设步行道和自行车道，并修缮几座有百年历史的石桥。
!评论（12）
!上一篇：社区食堂让老人吃上热饭
!下一篇：旧厂房改造成创意园区
!首页 | 国内 | 国际 | 财经 | 科技
""",
    "ko timestamp, reporter and copyright after the body": """
동네 서점, 심야 독서 모임으로 활기
서울의 한 동네 서점이 매주 금요일 밤 심야 독서 모임을 열면서 젊은 손님들의 발길이 이어지고 있다.
서점 주인은 처음에는 다섯 명으로 시작했지만 지금은 매번 서른 명이 넘게 모인다고 말했다.
참가자들은 한 달에 한 권씩 책을 정해 읽고, 밤늦게까지 이야기를 나누며 서로의 생각을 듣는다.
!김민수 기자 minsu@example.com
!기사입력 2024.03.05 14:20
!무단전재 및 재배포 금지
""",
    "ko cut teasers under a heading": """
시골 마을 버스, 주민이 직접 운영한다
교통이 불편한 산골 마을 주민들이 협동조합을 만들어 마을 버스를 직접 운영하기 시작했다.
조합은 하루 여섯 번 읍내와 마을을 오가며 어르신들의 병원 방문과 장보기를 돕고 있다.
운전은 마을 청년 세 명이 번갈아 맡고 있으며 운영비는 요금과 군의 지원금으로 충당한다.
!많이 본 뉴스
!올여름 폭염 일수 역대 최다 기록할..
!청년 창업 지원금 신청 이번 주 마..
!도심 공원 야간 개장에 시민들 ‘환..
""",
    "ko caption, sharing buttons, reactions": """
항구 도시의 오래된 등대, 전시관으로 변신
!▲ 지난 5일 문을 연 등대 전시관 내부 모습
백 년 넘게 바다를 비춰 온 항구의 등대가 올봄 작은 전시관으로 문을 열었다.
전시관에는 등대지기들이 쓰던 일지와 옛 신호 장비가 전시돼 방문객들의 눈길을 끌고 있다.
시는 주말마다 해설사를 배치해 등대의 역사와 항구의 변화를 소개할 계획이라고 밝혔다.
!페이스북 공유 트위터 공유 카카오톡 공유
!좋아요 0 슬퍼요 0 화나요 0
""",
    "zh photo credit, list items kept": """
!图片来源：视觉中国
古城墙修缮工程完工
历时三年的古城墙修缮工程近日完工，修复后的城墙全长约四公里，并向游客免费开放。
施工方表示，修缮中尽量使用传统材料和工艺，并保留了不同年代留下的砖石痕迹。
开放时间如下：
- 东门至南门段：每天八点至十八点
- 南门至西门段：每天九点至十七点
文物部门将在城墙沿线设置说明牌，介绍各段城墙的建造年代和历史故事。
!点击查看大图
""",
    "ja tags, sponsored link and a blog prompt": """
高校生が開発したアプリ、全国大会で優勝
県立高校の情報部の生徒たちが開発した防災アプリが、全国のプログラミング大会で優勝した。
アプリは避難所の混雑状況を地図上に表示し、近くの空いている避難所を案内する仕組みだ。
生徒たちは地元の自治会と協力して使い勝手を試し、
お年寄りにも分かりやすい画面にしたという。
!タグ: 防災, 高校生, アプリ
!スポンサードリンク
!このブログの更新情報をお届けします
""",
}


def example_lines(source: str) -> list[tuple[str, bool]]:
    lines = []
    for line in source.strip("\n").split("\n"):
        if line.endswith("!!"):
            lines.append((line[:-2], True))
            continue
        furniture = line.startswith("!")
        lines.append((line[1:] if furniture else line, furniture))
    return lines


def examples_figures() -> None:
    totals = collections.Counter()
    for layout, separator in LAYOUTS.items():
        step = separator.count("\n")
        print(f"  layout {layout}")
        for name, source in EXAMPLES.items():
            lines = example_lines(source)
            text = separator.join(t for t, _ in lines) + "\n"
            flagged = {d.line: f"{d.code}" for d in Linter(select=["UI"]).lint_text(text)}
            caught = [t for i, (t, f) in enumerate(lines) if f and 1 + i * step in flagged]
            missed = [t for i, (t, f) in enumerate(lines) if f and 1 + i * step not in flagged]
            wrong = [t for i, (t, f) in enumerate(lines) if not f and 1 + i * step in flagged]
            totals[(layout, "caught")] += len(caught)
            totals[(layout, "missed")] += len(missed)
            totals[(layout, "clean flagged")] += len(wrong)
            print(f"    {name:45} caught {len(caught)}/{len(caught) + len(missed)}, clean lines flagged {len(wrong)}")
            for text in missed:
                print(f"        missed: {text}")
            for text in wrong:
                print(f"        clean line flagged: {text}")
        print(f"  layout {layout}: {totals[(layout, 'caught')]} furniture lines caught, {totals[(layout, 'missed')]} missed, "
              f"{totals[(layout, 'clean flagged')]} clean lines flagged")


def main() -> None:
    parts = [argument for argument in sys.argv[1:] if not argument.startswith("--")] or ["pages", "clean", "examples"]
    show = "--show" in sys.argv
    if "pages" in parts:
        pages_figures(show)
    if "clean" in parts:
        print("Clean CJK and Arabic prose (any UI finding is a false alarm):")
        clean_figures(show)
    if "examples" in parts:
        print("Damaged CJK examples written for this benchmark:")
        examples_figures()


if __name__ == "__main__":
    main()
