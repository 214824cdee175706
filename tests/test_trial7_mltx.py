"""What trial7 found in the ML and TX families, on text written for these tests
(both layouts: a blank line between blocks, and none)."""
from __future__ import annotations

import pytest

from newslint import Linter
from newslint.rules.mixed_language.rules import _an
from lint_support import in_both_layouts

LINTER = Linter()


layouts = in_both_layouts


def codes(text: str, prefix: str) -> list[tuple[str, str]]:
    return [(finding.code, finding.message) for finding in LINTER.lint_text(text) if finding.code.startswith(prefix)]


def on_line(text: str, prefix: str, needle: str) -> list[str]:
    number = next(index for index, line in enumerate(text.splitlines(), 1) if needle in line)
    return [finding.code for finding in LINTER.lint_text(text) if finding.code.startswith(prefix) and finding.line == number]


VIETNAMESE = (
    "Giá xăng tăng lần thứ ba trong tháng",
    "Giá xăng trong nước đã tăng thêm khoảng 500 đồng mỗi lít từ chiều thứ Năm, theo thông báo của Bộ Công Thương.",
    "Nhiều người lái xe ôm ở Hà Nội cho biết họ phải làm thêm giờ để bù vào chi phí đi lại, khi hoa tam giác mạch nở tím các sườn đồi.",
    "Các chuyên gia dự báo giá dầu thế giới sẽ còn biến động trong những tuần tới, khi nhu cầu mùa đông tăng cao.",
)
TAGALOG = (
    "Bagong tulay sa Iloilo, bubuksan na sa susunod na buwan",
    "Bubuksan na sa publiko ang bagong tulay na nag-uugnay sa dalawang bayan sa Iloilo sa unang linggo ng Disyembre, ayon sa pamahalaang panlalawigan.",
    "Sinabi ng gobernador na mas mapapabilis ang biyahe ng mga magsasaka na nagdadala ng kanilang ani sa palengke.",
)
SWAHILI = (
    "Mvua kubwa yasababisha mafuriko jijini Mombasa",
    "Mvua kubwa iliyonyesha usiku kucha imesababisha mafuriko katika maeneo kadhaa ya jiji la Mombasa, na kuwalazimu mamia ya wakazi kuhama makazi yao.",
    "Mamlaka ya hali ya hewa imesema mvua hiyo itaendelea hadi mwishoni mwa wiki. Wananchi wameshauriwa kuepuka kuvuka mito iliyofurika maji.",
)
# Languages the vote knows, which must keep their name and stay clean.
INDONESIAN = (
    "Warga Bandung keluhkan banjir",
    "Hujan deras yang turun sejak sore membuat beberapa jalan di Bandung tergenang air setinggi lutut orang dewasa.",
    "Menurut warga, saluran air di kawasan itu sudah lama tidak dibersihkan sehingga air cepat meluap ke jalan.",
)
TURKISH = (
    "İzmir'de yeni metro hattı açıldı",
    "İzmir Büyükşehir Belediyesi, şehrin doğusunu merkeze bağlayan yeni metro hattını cumartesi günü hizmete açtı.",
    "Belediye başkanı, hattın günde yüz bin yolcu taşımasının beklendiğini ve yolculuk süresinin yarıya ineceğini söyledi.",
)
POLISH = (
    "Nowe badania nad światłem",
    "Naukowcy z Krakowa opublikowali w środę wyniki badań nad rozpraszaniem światła w atmosferze ziemskiej.",
    "Według autorów niebo jest niebieskie, ponieważ krótsze fale są rozpraszane znacznie silniej niż dłuższe.",
)


@pytest.mark.parametrize("blocks", [VIETNAMESE, TAGALOG, SWAHILI, INDONESIAN, TURKISH, POLISH])
def test_latin_articles_in_any_language_stay_clean(blocks):
    for text in layouts(*blocks):
        assert codes(text, "ML") == []


@pytest.mark.parametrize("blocks", [VIETNAMESE, TAGALOG, SWAHILI])
def test_a_known_language_in_an_unknown_latin_article_is_found_and_named(blocks):
    sentence = "The market is busiest before nine in the morning, traders said."
    for text in layouts(*blocks[:-1], blocks[-1] + " " + sentence):
        found = codes(text, "ML")
        assert [code for code, _ in found] == ["ML102"]
        assert "English words in an unknown Latin-script article" in found[0][1]


def test_a_known_language_keeps_its_name():
    sentence = "The new line is expected to carry many commuters from the eastern suburbs every day."
    for blocks, name in ((INDONESIAN, "an Indonesian"), (TURKISH, "a Turkish")):
        for text in layouts(*blocks[:-1], blocks[-1] + " " + sentence):
            assert any(f"English words in {name} article" in message for _, message in codes(text, "ML102"))


def test_a_or_an_by_sound():
    assert [_an(name) for name in ("Ukrainian", "Uruguayan", "European", "Italian", "Urdu", "English", "unknown Latin-script")] == [
        "a Ukrainian", "a Uruguayan", "a European", "an Italian", "an Urdu", "an English", "an unknown Latin-script",
    ]


SPANISH = (
    "El pleno de investidura será en junio",
    "El Ayuntamiento de Valdemoro celebrará el pleno de investidura el próximo mes, según fuentes municipales.",
    "La alcaldesa en funciones aseguró que los grupos negocian todavía el reparto de las concejalías.",
)


def test_a_run_split_between_languages_is_named_by_all_its_words():
    catalan = "El ple d'investidura es farà el 15 de juny a la sala de l'ajuntament."
    for text in layouts(*SPANISH, catalan):
        messages = [message for _, message in codes(text, "ML102")]
        assert messages and all(message.startswith("Catalan words in a Spanish article") for message in messages)


LYRICS = (
    'The song that crossed the border: "Luna de agosto" in English',
    'Last month the singer Marta Ruiz released "Luna de agosto", a short song about her mother leaving the village at dawn. Readers asked what the words mean, so here is the first verse with our translation under each line.',
    "Mi madre dejó el pueblo al alba,\nMy mother left the village at dawn,\ncon una carta y sin dinero,\nwith a letter and no money,\ny el viento le hablaba en voz baja,\nand the wind spoke to her softly,\nno mires atrás, no mires atrás.\ndon't look back, don't look back.",
    "The last line is the hook of the song, and the crowd sings it back to her at every concert.",
)


def test_a_quoted_title_and_verse_translated_line_by_line_stay_clean():
    for text in layouts(*LYRICS):
        assert codes(text, "ML") == []


def test_a_foreign_line_in_verse_without_its_translation_is_found():
    poem = "The bean poles lean like old men at a bus stop,\nthe last leeks stand in their row,\nel agua le cantaba en voz baja y nadie la escuchaba,\nand the shed door knocks in the wind."
    for text in layouts(LYRICS[0], "This week's poem is about an allotment in November, read aloud by its author at the library.", poem):
        assert on_line(text, "ML", "el agua le cantaba")


def test_an_untranslated_quotation_is_still_found():
    sentence = 'The sign on the door said "no hay agua en el pueblo desde ayer por la tarde" in large letters.'
    for text in layouts(LYRICS[0], LYRICS[3], sentence):
        assert on_line(text, "ML102", "no hay agua")


# -- TX ------------------------------------------------------------------------

ENGLISH = (
    "Readers write in",
    "Send your letters to the editor by email or by post, and keep them short.",
    "Contact us: [Email](mailto:?subject=Letters) or [Call](tel:+441234567890) during office hours.",
)


def test_tx102_leaves_link_schemes_and_another_languages_words_alone():
    spanish = "The forecast promised rain con máximas de entre seis y ocho grados en casi todo el país durante el fin de semana."
    for text in layouts(*ENGLISH, spanish):
        assert codes(text, "TX102") == []
    for text in layouts(*ENGLISH, "The council said it would take aproper look at the plans."):
        assert [code for code, _ in codes(text, "TX102")] == ["TX102"]


GERMAN = (
    "Glätte im Norden",
    "Der Deutsche Wetterdienst warnt vor Glätte durch überfrierende Nässe, vor allem auf Brücken und in höheren Lagen.",
    "Autofahrer sollten am Mittwochmorgen vorsichtig fahren und mehr Zeit für den Weg zur Arbeit einplanen.",
    "Die landenden Flugzeuge und ein landendes Kleinflugzeug wurden umgeleitet; die Straßenmeistereien streuen seit gestern.",
)


def test_german_words_glued_to_a_function_word():
    for text in layouts(*GERMAN):
        assert codes(text, "TX102") == []
    for old, glued in (("allem auf", "allemauf"), ("sollten am", "solltenam")):
        damaged = [block.replace(old, glued) for block in GERMAN]
        for text in layouts(*damaged):
            assert [message for _, message in codes(text, "TX102")] == [f'glued words "{glued}": probably "{old}"']


def test_a_letter_split_by_a_wrong_decoding_inside_a_word():
    damaged = POLISH[1].replace("środę", "Å›rodÄ™")
    for text in layouts(POLISH[0], damaged, POLISH[2]):
        messages = [message for _, message in codes(text, "TX104")]
        assert any('"Ä™"' in message and 'probably "ę"' in message for message in messages)
        assert any('"Å›"' in message and 'probably "ś"' in message for message in messages)
    clean = "Ärzte in Åland und Ångström; NAÏVE, Éire, Øresund, ÜBER, « Bonjour » and 20°C."
    for text in layouts(*POLISH, clean):
        assert codes(text, "TX104") == []


JAPANESE = (
    "大雪で交通に乱れ",
    "北陸地方では24日、強い寒気の影響で大雪となり、交通に大きな乱れが出た。",
    "富山市では午前9時までの12時間に42センチの雪が降った。",
    "気象庁は、引き続き大雪や路面の凍結に注意するよう呼びかけている。",
)


@pytest.mark.parametrize("cut", ["JRは午後の運転再開を", "JR西日本によると、北陸新幹線は", "JR西日本によると、北陸新幹線は午後から運転の"])
def test_japanese_cut_on_a_particle(cut):
    for text in layouts(*JAPANESE, cut):
        assert on_line(text, "TX112", cut)


def test_japanese_short_label_at_the_end_is_not_cut():
    for text in layouts(*JAPANESE, "詳しくは"):
        assert codes(text, "TX112") == []


CHINESE = (
    "退款多久能到账？",
    "问：申请退款后多久能收到钱？",
    "答：一般情况下，退款审核通过后三到五个工作日内就会到账。",
)


@pytest.mark.parametrize("loop, unit", [("就会到账到账到账到账。", "到账"), ("就会到账就会到账就会到账。", "就会到账")])
def test_chinese_loops_without_spaces(loop, unit):
    for text in layouts(*CHINESE[:2], CHINESE[2].replace("就会到账。", loop)):
        assert any(f'"{unit}"' in message for _, message in codes(text, "TX110"))


def test_chinese_laughter_and_chants_are_not_loops():
    extra = "他笑着说：“哈哈哈哈哈哈，好好好。”球迷们齐声高喊“加油加油加油！”，大家天天见面。"
    for text in layouts(*CHINESE, extra):
        assert codes(text, "TX110") == []


def test_a_shortcode_line_under_a_subheading():
    blocks = (
        "Council approves new cycle lanes",
        "The council voted on Tuesday to build twelve kilometres of new cycle lanes before the summer.",
        "The verdict",
        "[embed]https://www.youtube.com/watch?v=abc123[/embed]",
        "Our fact-check found the claim about costs to be mostly accurate, though the figures were rounded.",
    )
    for text in layouts(*blocks):
        assert on_line(text, "", "[embed]") == ["TX106"]
