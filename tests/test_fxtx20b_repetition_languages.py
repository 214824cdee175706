"""TX110 (repetition-loop) and TX111 (duplicated-passage) on short news
articles in twelve languages (Portuguese, Finnish, Turkish, Serbian in Latin
and Cyrillic, Indonesian, Hungarian, Polish, Romanian, Vietnamese, Swahili,
Russian, German, English), each with one defect: a phrase of four words or
more said twice back to back, a clause said twice over a comma, a sentence
said again at once (whole, or cut off mid-sentence as joined text nodes leave
it), the lead repeated as a paragraph further down, or a sentence said again
with its case and punctuation changed.  Then the same articles without the
defect, and clean text that looks like it: parallel sentences, legal
doubles, refrains in quotation marks, a headline over its own first line,
lists and timetables.  Text written for these tests, in both layouts."""
from __future__ import annotations

import pytest

from lint_support import flagged_spans, in_both_layouts

DAMAGED = {
    'pt_phrase': [
        'Prefeitura de Curitiba amplia horário dos ônibus',
        'A prefeitura de Curitiba anunciou nesta segunda-feira a ampliação do horário das linhas de ônibus.',
        'Segundo a secretaria de mobilidade, as linhas noturnas vão circular até a meia-noite a partir de março a partir de março.',
        'A medida atende a um pedido antigo dos moradores dos bairros mais afastados.',
        'O custo estimado é de 12 milhões de reais por ano.',
        'A empresa que opera o sistema disse que vai contratar mais motoristas.',
        'O sindicato dos motoristas afirmou que vai acompanhar as contratações.',
        'A tarifa continuará em seis reais.',
    ],
    'fi_sentence': [
        'Helsingin raitiotielinja jatkuu ensi vuonna',
        'Helsingin kaupunki päätti maanantaina jatkaa raitiotielinjaa Pasilasta Vallilaan.',
        'Rakennustyöt alkavat keväällä ja kestävät noin kaksi vuotta. Rakennustyöt alkavat keväällä ja kestävät noin kaksi vuotta.',
        'Hankkeen arvioitu hinta on 80 miljoonaa euroa.',
        'Kaupunginvaltuuston puheenjohtajan mukaan linja parantaa yhteyksiä itäisiin kaupunginosiin.',
        'Asukkaat ovat kuitenkin huolissaan liikennejärjestelyistä työmaan aikana.',
        'Kaupunki lupaa tiedottaa poikkeuksista hyvissä ajoin.',
        'Ensimmäiset vaunut tilataan syksyllä.',
    ],
    'tr_clause': [
        "Ankara'da su kesintisi iki gün sürecek",
        'Ankara Büyükşehir Belediyesi, bazı ilçelerde su kesintisi yapılacağını duyurdu.',
        'Belediye, ana boru hattındaki arızanın giderilmesi için çalışma başlattığını, ana boru hattındaki arızanın giderilmesi için çalışma başlattığını açıkladı.',
        'Kesintinin Çankaya ve Keçiören ilçelerini etkileyeceği belirtildi.',
        'Vatandaşların su depolaması tavsiye edildi.',
        'Belediye, mahallelere tanker ile su dağıtılacağını da bildirdi.',
        'Çalışmaların perşembe akşamı tamamlanması bekleniyor.',
        'Arızanın nedeni henüz açıklanmadı.',
    ],
    'sr_cut': [
        'Novi Sad dobija novi most preko Dunava',
        'Gradska uprava Novog Sada predstavila je u ponedeljak plan izgradnje novog mosta.',
        'Gradonačelnik je rekao da će radovi početi sledeće godine. Gradonačelnik je rekao da će radovi Gradonačelnik je rekao da će radovi početi sledeće godine i trajati tri godine.',
        'Most će imati četiri trake i biciklističku stazu.',
        'Procenjena vrednost projekta je 150 miliona evra.',
        'Deo sredstava obezbediće Evropska investiciona banka.',
        'Stanovnici Petrovaradina pozdravili su odluku.',
        'Javna rasprava traje do kraja meseca.',
    ],
    'srcyr_cut': [
        'Нови Сад добија нови мост преко Дунава',
        'Градска управа Новог Сада представила је у понедељак план изградње новог моста.',
        'Градоначелник је рекао да ће радови почети следеће године. Градоначелник је рекао да ће радови',
        'Мост ће имати четири траке и бициклистичку стазу.',
        'Процењена вредност пројекта је 150 милиона евра.',
        'Део средстава обезбедиће Европска инвестициона банка.',
        'Становници Петроварадина поздравили су одлуку.',
        'Јавна расправа траје до краја месеца.',
    ],
    'id_lead': [
        'Banjir rendam ratusan rumah di Bekasi',
        'Banjir merendam ratusan rumah warga di tiga kecamatan di Kota Bekasi pada Selasa pagi setelah hujan deras semalaman.',
        'Ketinggian air mencapai satu meter di beberapa titik.',
        'Badan Penanggulangan Bencana Daerah mengerahkan perahu karet untuk mengevakuasi warga.',
        'Sebanyak 240 warga mengungsi ke masjid dan sekolah terdekat.',
        'Banjir merendam ratusan rumah warga di tiga kecamatan di Kota Bekasi pada Selasa pagi setelah hujan deras semalaman.',
        'Wali kota meminta warga tetap waspada karena hujan diperkirakan berlanjut.',
        'Dinas sosial telah menyiapkan dapur umum.',
    ],
    'hu_phrase': [
        'Budapesten új kerékpárút épül',
        'A főváros hétfőn bejelentette, hogy új kerékpárutat épít a Duna mentén.',
        'A beruházás a tervek szerint a tervek szerint jövő tavasszal kezdődik a rakparton.',
        'Az útvonal hossza mintegy hat kilométer lesz.',
        'A költségeket részben uniós forrásból fedezik.',
        'A kerékpáros szervezetek üdvözölték a döntést.',
        'Az autósok szerint a forgalom lassulni fog.',
        'A munkálatok várhatóan két évig tartanak.',
    ],
    'pl_sentence': [
        'Kraków zamyka most na dwa miesiące',
        'Władze Krakowa poinformowały w poniedziałek o zamknięciu mostu Dębnickiego.',
        'Remont ma potrwać do końca czerwca. remont ma potrwać do końca czerwca',
        'Kierowcy będą musieli korzystać z objazdów przez most Grunwaldzki.',
        'Tramwaje pojadą zmienionymi trasami.',
        'Koszt prac oszacowano na 30 milionów złotych.',
        'Mieszkańcy skarżą się na korki w centrum miasta.',
        'Miasto zapowiada dodatkowe kursy autobusów.',
    ],
    'ro_clause': [
        'Cluj-Napoca introduce transport gratuit pentru elevi',
        'Primăria din Cluj-Napoca a anunțat luni că elevii vor călători gratuit cu autobuzele.',
        'Măsura va intra în vigoare de la 1 septembrie, măsura va intra în vigoare de la 1 septembrie, potrivit primarului.',
        'Elevii vor avea nevoie de un card emis de școală.',
        'Costul estimat este de cinci milioane de lei pe an.',
        'Părinții au salutat decizia.',
        'Operatorul de transport va suplimenta numărul de curse.',
        'Consiliul local a aprobat proiectul în unanimitate.',
    ],
    'vi_sentence': [
        'Hà Nội mở thêm tuyến xe buýt điện',
        'Sở Giao thông vận tải Hà Nội cho biết sẽ mở thêm ba tuyến xe buýt điện trong tháng tới.',
        'Các tuyến mới sẽ kết nối trung tâm thành phố với các khu đô thị phía tây. Các tuyến mới sẽ kết nối trung tâm thành phố với các khu đô thị phía tây.',
        'Giá vé được giữ nguyên ở mức 7.000 đồng.',
        'Thành phố đặt mục tiêu thay thế toàn bộ xe buýt chạy dầu vào năm 2030.',
        'Người dân hoan nghênh quyết định này.',
        'Doanh nghiệp vận hành cho biết đã sẵn sàng phương tiện.',
        'Các tuyến sẽ hoạt động từ 5 giờ sáng đến 10 giờ tối.',
    ],
    'sw_phrase': [
        'Serikali yaanza ujenzi wa barabara Mwanza',
        'Serikali imeanza ujenzi wa barabara mpya inayounganisha mji wa Mwanza na Musoma.',
        'Waziri wa ujenzi alisema mradi huo utakamilika ndani ya miaka mitatu ndani ya miaka mitatu na utagharimu shilingi bilioni 200.',
        'Barabara hiyo itakuwa na urefu wa kilomita 180.',
        'Wakazi wa eneo hilo wamefurahia hatua hiyo.',
        'Wafanyabiashara wanasema itapunguza gharama za usafiri.',
        'Kazi itafanywa na kampuni ya kigeni.',
        'Mamlaka ya barabara itasimamia mradi huo.',
    ],
    'ru_lead': [
        'В Казани откроют новую станцию метро',
        'Власти Казани в понедельник объявили, что новая станция метро откроется в декабре этого года.',
        'Станция будет расположена на пересечении двух крупных улиц.',
        'Стоимость строительства составила около пяти миллиардов рублей.',
        'Власти Казани в понедельник объявили, что новая станция метро откроется в декабре этого года.',
        'Жители соседних районов давно ждали открытия станции.',
        'Мэр пообещал, что до конца года будут открыты и новые автобусные маршруты.',
        'Проезд останется прежним по цене.',
    ],
    'de_case': [
        'Stadt Leipzig plant neues Schwimmbad',
        'Die Stadt Leipzig will bis 2028 ein neues Hallenbad im Westen der Stadt bauen.',
        'Der Stadtrat hat dem Projekt am Mittwoch mit großer Mehrheit zugestimmt.',
        'Die Kosten werden auf 40 Millionen Euro geschätzt.',
        'der Stadtrat hat dem Projekt am Mittwoch mit großer Mehrheit zugestimmt',
        'Schwimmvereine hatten seit Jahren über fehlende Wasserflächen geklagt.',
        'Das alte Bad im Süden soll saniert werden.',
        'Die Bauarbeiten beginnen im Frühjahr.',
    ],
    'en_case': [
        'Council approves new library for Riverside',
        'The city council on Tuesday approved plans for a new public library in the Riverside district.',
        'Construction is expected to begin next spring and take about eighteen months.',
        'The council voted nine to two in favour of the project.',
        "The library will include a children's wing, a study hall and a café.",
        'CONSTRUCTION IS EXPECTED TO BEGIN NEXT SPRING, AND TAKE ABOUT EIGHTEEN MONTHS!',
        'Residents had campaigned for a library since the old one closed in 2015.',
        'The cost is put at 12 million pounds.',
    ],
}

# The code expected on each damaged article and a piece of the span flagged.
# A copy standing alone as a line that does not end as a sentence (the
# German copy lost its full stop) is UI106's repeated line, which names it a
# duplicated passage; TX111 leaves such a line to it.
EXPECTED = {
    'pt_phrase': ('TX110', 'a partir de março'),
    'fi_sentence': ('TX111', 'Rakennustyöt alkavat'),
    'tr_clause': ('TX110', 'ana boru hattındaki'),
    'sr_cut': ('TX110', 'Gradonačelnik je rekao da će radovi'),
    'srcyr_cut': ('TX111', 'Градоначелник је рекао да ће радови'),
    'id_lead': ('TX111', 'Banjir merendam'),
    'hu_phrase': ('TX110', 'a tervek szerint'),
    'pl_sentence': ('TX110', 'emont ma potrwać'),
    'ro_clause': ('TX110', 'vigoare de la 1 septembrie'),
    'vi_sentence': ('TX111', 'Các tuyến mới'),
    'sw_phrase': ('TX110', 'ndani ya miaka mitatu'),
    'ru_lead': ('TX111', 'Власти Казани'),
    'en_case': ('TX111', 'CONSTRUCTION IS EXPECTED'),
    'de_case': ('UI106', 'der Stadtrat hat dem Projekt'),
}

CLEAN = {
    'de_case': [
        'Stadt Leipzig plant neues Schwimmbad',
        'Die Stadt Leipzig will bis 2028 ein neues Hallenbad im Westen der Stadt bauen.',
        'Der Stadtrat hat dem Projekt am Mittwoch mit großer Mehrheit zugestimmt.',
        'Die Kosten werden auf 40 Millionen Euro geschätzt.',
        'Schwimmvereine hatten seit Jahren über fehlende Wasserflächen geklagt.',
        'Das alte Bad im Süden soll saniert werden.',
        'Die Bauarbeiten beginnen im Frühjahr.',
    ],
    'en_case': [
        'Council approves new library for Riverside',
        'The city council on Tuesday approved plans for a new public library in the Riverside district.',
        'Construction is expected to begin next spring and take about eighteen months.',
        'The council voted nine to two in favour of the project.',
        "The library will include a children's wing, a study hall and a café.",
        'Residents had campaigned for a library since the old one closed in 2015.',
        'The cost is put at 12 million pounds.',
    ],
    'fi_sentence': [
        'Helsingin raitiotielinja jatkuu ensi vuonna',
        'Helsingin kaupunki päätti maanantaina jatkaa raitiotielinjaa Pasilasta Vallilaan.',
        'Rakennustyöt alkavat keväällä ja kestävät noin kaksi vuotta.',
        'Hankkeen arvioitu hinta on 80 miljoonaa euroa.',
        'Kaupunginvaltuuston puheenjohtajan mukaan linja parantaa yhteyksiä itäisiin kaupunginosiin.',
        'Asukkaat ovat kuitenkin huolissaan liikennejärjestelyistä työmaan aikana.',
        'Kaupunki lupaa tiedottaa poikkeuksista hyvissä ajoin.',
        'Ensimmäiset vaunut tilataan syksyllä.',
    ],
    'headline_id': [
        'Banjir rendam ratusan rumah di Bekasi',
        'Banjir rendam ratusan rumah di Bekasi',
        'Banjir merendam ratusan rumah warga di tiga kecamatan di Kota Bekasi pada Selasa pagi.',
        'Ketinggian air mencapai satu meter di beberapa titik.',
        'Sebanyak 240 warga mengungsi ke masjid dan sekolah terdekat.',
    ],
    'hu_phrase': [
        'Budapesten új kerékpárút épül',
        'A főváros hétfőn bejelentette, hogy új kerékpárutat épít a Duna mentén.',
        'A beruházás a tervek szerint jövő tavasszal kezdődik a rakparton.',
        'Az útvonal hossza mintegy hat kilométer lesz.',
        'A költségeket részben uniós forrásból fedezik.',
        'A kerékpáros szervezetek üdvözölték a döntést.',
        'Az autósok szerint a forgalom lassulni fog.',
        'A munkálatok várhatóan két évig tartanak.',
    ],
    'id_lead': [
        'Banjir rendam ratusan rumah di Bekasi',
        'Banjir merendam ratusan rumah warga di tiga kecamatan di Kota Bekasi pada Selasa pagi setelah hujan deras semalaman.',
        'Ketinggian air mencapai satu meter di beberapa titik.',
        'Badan Penanggulangan Bencana Daerah mengerahkan perahu karet untuk mengevakuasi warga.',
        'Sebanyak 240 warga mengungsi ke masjid dan sekolah terdekat.',
        'Wali kota meminta warga tetap waspada karena hujan diperkirakan berlanjut.',
        'Dinas sosial telah menyiapkan dapur umum.',
    ],
    'legal_en': [
        'Court rules on tenancy case',
        'The judge said that that clause was void and that the landlord had had no right to evict.',
        'The tenant\'s lawyer said the ruling was fair. "It is fair, it is fair to everyone," he said.',
        'Count one: theft of a car from a garage in Leeds.',
        'Count two: theft of a van from a garage in Leeds.',
        'The case will return to court in March.',
    ],
    'list_table_ru': [
        'Расписание электричек изменится',
        'С понедельника изменится расписание пригородных поездов.',
        'Отправление 6:15 прибытие 7:40 платформа 2',
        'Отправление 6:45 прибытие 8:10 платформа 2',
        '- поезд до Твери отправится в 6:15;',
        '- поезд до Клина отправится в 6:45;',
        'Перевозчик извиняется за неудобства.',
    ],
    'parallel_en': [
        'Two bridges for the river town',
        'The first bridge opened in 1990. The second bridge opened in 2005.',
        'The council said it would build homes for families. The council said it would build schools for their children.',
        'The plan is expected to cost 12 million pounds, the council said on Monday.',
        'Residents welcomed the plan.',
        'The council will vote on it next week.',
    ],
    'pl_sentence': [
        'Kraków zamyka most na dwa miesiące',
        'Władze Krakowa poinformowały w poniedziałek o zamknięciu mostu Dębnickiego.',
        'Remont ma potrwać do końca czerwca.',
        'Kierowcy będą musieli korzystać z objazdów przez most Grunwaldzki.',
        'Tramwaje pojadą zmienionymi trasami.',
        'Koszt prac oszacowano na 30 milionów złotych.',
        'Mieszkańcy skarżą się na korki w centrum miasta.',
        'Miasto zapowiada dodatkowe kursy autobusów.',
    ],
    'prefix_fi': [
        'Kaupunki päätti kahdesta hankkeesta',
        'Kaupunki päätti maanantaina rakentaa uuden koulun Pasilaan. Kaupunki päätti maanantaina myös rakentaa uuden uimahallin Vallilaan.',
        'Hankkeiden arvioitu hinta on 80 miljoonaa euroa.',
        'Rakennustyöt alkavat keväällä.',
    ],
    'pt_phrase': [
        'Prefeitura de Curitiba amplia horário dos ônibus',
        'A prefeitura de Curitiba anunciou nesta segunda-feira a ampliação do horário das linhas de ônibus.',
        'Segundo a secretaria de mobilidade, as linhas noturnas vão circular até a meia-noite a partir de março.',
        'A medida atende a um pedido antigo dos moradores dos bairros mais afastados.',
        'O custo estimado é de 12 milhões de reais por ano.',
        'A empresa que opera o sistema disse que vai contratar mais motoristas.',
        'O sindicato dos motoristas afirmou que vai acompanhar as contratações.',
        'A tarifa continuará em seis reais.',
    ],
    'question_answer_de': [
        'Wird das Bad teurer?',
        'Die Stadt Leipzig will bis 2028 ein neues Hallenbad im Westen der Stadt bauen.',
        'Wird das neue Bad am Ende teurer als geplant? Das neue Bad wird am Ende teurer als geplant, sagt der Kämmerer.',
        'Der Stadtrat hat dem Projekt zugestimmt. Der Stadtrat hat dem Projekt zugestimmt, die Verwaltung noch nicht',
        'Die Bauarbeiten beginnen im Frühjahr.',
    ],
    'refrain_pt': [
        'Torcida canta no estádio',
        'Os torcedores cantaram "Vamos, vamos, vamos campeão" durante todo o jogo.',
        'O técnico disse: "Foi uma noite especial. Foi uma noite especial para todos nós."',
        'O time venceu por 2 a 0.',
        'A próxima partida será no sábado.',
    ],
    'ro_clause': [
        'Cluj-Napoca introduce transport gratuit pentru elevi',
        'Primăria din Cluj-Napoca a anunțat luni că elevii vor călători gratuit cu autobuzele.',
        'Măsura va intra în vigoare de la 1 septembrie, potrivit primarului.',
        'Elevii vor avea nevoie de un card emis de școală.',
        'Costul estimat este de cinci milioane de lei pe an.',
        'Părinții au salutat decizia.',
        'Operatorul de transport va suplimenta numărul de curse.',
        'Consiliul local a aprobat proiectul în unanimitate.',
    ],
    'ru_lead': [
        'В Казани откроют новую станцию метро',
        'Власти Казани в понедельник объявили, что новая станция метро откроется в декабре этого года.',
        'Станция будет расположена на пересечении двух крупных улиц.',
        'Стоимость строительства составила около пяти миллиардов рублей.',
        'Жители соседних районов давно ждали открытия станции.',
        'Мэр пообещал, что до конца года будут открыты и новые автобусные маршруты.',
        'Проезд останется прежним по цене.',
    ],
    'sr_cut': [
        'Novi Sad dobija novi most preko Dunava',
        'Gradska uprava Novog Sada predstavila je u ponedeljak plan izgradnje novog mosta.',
        'Gradonačelnik je rekao da će radovi početi sledeće godine i trajati tri godine.',
        'Most će imati četiri trake i biciklističku stazu.',
        'Procenjena vrednost projekta je 150 miliona evra.',
        'Deo sredstava obezbediće Evropska investiciona banka.',
        'Stanovnici Petrovaradina pozdravili su odluku.',
        'Javna rasprava traje do kraja meseca.',
    ],
    'srcyr_cut': [
        'Нови Сад добија нови мост преко Дунава',
        'Градска управа Новог Сада представила је у понедељак план изградње новог моста.',
        'Градоначелник је рекао да ће радови почети следеће године.',
        'Мост ће имати четири траке и бициклистичку стазу.',
        'Процењена вредност пројекта је 150 милиона евра.',
        'Део средстава обезбедиће Европска инвестициона банка.',
        'Становници Петроварадина поздравили су одлуку.',
        'Јавна расправа траје до краја месеца.',
    ],
    'sw_phrase': [
        'Serikali yaanza ujenzi wa barabara Mwanza',
        'Serikali imeanza ujenzi wa barabara mpya inayounganisha mji wa Mwanza na Musoma.',
        'Waziri wa ujenzi alisema mradi huo utakamilika ndani ya miaka mitatu na utagharimu shilingi bilioni 200.',
        'Barabara hiyo itakuwa na urefu wa kilomita 180.',
        'Wakazi wa eneo hilo wamefurahia hatua hiyo.',
        'Wafanyabiashara wanasema itapunguza gharama za usafiri.',
        'Kazi itafanywa na kampuni ya kigeni.',
        'Mamlaka ya barabara itasimamia mradi huo.',
    ],
    'tr_clause': [
        "Ankara'da su kesintisi iki gün sürecek",
        'Ankara Büyükşehir Belediyesi, bazı ilçelerde su kesintisi yapılacağını duyurdu.',
        'Belediye, ana boru hattındaki arızanın giderilmesi için çalışma başlattığını açıkladı.',
        'Kesintinin Çankaya ve Keçiören ilçelerini etkileyeceği belirtildi.',
        'Vatandaşların su depolaması tavsiye edildi.',
        'Belediye, mahallelere tanker ile su dağıtılacağını da bildirdi.',
        'Çalışmaların perşembe akşamı tamamlanması bekleniyor.',
        'Arızanın nedeni henüz açıklanmadı.',
    ],
    'vi_sentence': [
        'Hà Nội mở thêm tuyến xe buýt điện',
        'Sở Giao thông vận tải Hà Nội cho biết sẽ mở thêm ba tuyến xe buýt điện trong tháng tới.',
        'Các tuyến mới sẽ kết nối trung tâm thành phố với các khu đô thị phía tây.',
        'Giá vé được giữ nguyên ở mức 7.000 đồng.',
        'Thành phố đặt mục tiêu thay thế toàn bộ xe buýt chạy dầu vào năm 2030.',
        'Người dân hoan nghênh quyết định này.',
        'Doanh nghiệp vận hành cho biết đã sẵn sàng phương tiện.',
        'Các tuyến sẽ hoạt động từ 5 giờ sáng đến 10 giờ tối.',
    ],
}


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_damaged_article_is_reported_once(name):
    code, piece = EXPECTED[name]
    select = ("TX", "UI") if code.startswith("UI") else ("TX",)
    for text in in_both_layouts(*DAMAGED[name]):
        found = [(found_code, span) for found_code, span in flagged_spans(text, select) if found_code in ("TX110", "TX111", "UI106")]
        assert len(found) == 1, (name, found)
        assert found[0][0] == code and piece in found[0][1], (name, found)


@pytest.mark.parametrize("name", sorted(CLEAN))
def test_clean_article_is_left_alone(name):
    for text in in_both_layouts(*CLEAN[name]):
        assert flagged_spans(text, ("TX",)) == [], name


def test_cut_copy_needs_the_paragraph_to_end_on_it():
    """The opening of the previous sentence followed by more words is a
    parallel sentence, not a copy cut short."""
    text = "\n".join([
        "Mayor unveils plan",
        "The mayor said the works would begin next year. The mayor said the works would",
        "The council said the road would close in May. The council said the road would reopen in June, too.",
    ]) + "\n"
    found = flagged_spans(text, ("TX111",))
    assert found == [("TX111", "The mayor said the works would")]
