"""Ten damaged examples per family (QM, OC102), written for the rules after
trial7's report and phrased unlike its texts, in both layouts (a blank line
between blocks, and none).

    python tests/benchmarks/trial7_qmoc_examples.py

QM: caught (a QM finding on the damaged line) and placed (within two
characters of where the lost mark belonged, marked ¦ below).  OC102: caught
(a finding on the inserted line), findings elsewhere, and findings on the
article without the inserted line (CLEAN FLAGGED).  No corpus text.
"""
from newslint import Linter

L = Linter()

def layouts(blocks):
    return {"blank": "\n\n".join(blocks) + "\n", "noblank": "\n".join(blocks) + "\n"}

# QM: (name, blocks, index of the damaged block, the damaged block, where the mark belonged (a marker ¦ in it))
QM = [
 ("en inverted after phrase", ["Library hours to be extended", "The town's library will open on Sundays from next month, the council has confirmed.",
   "¶\"We will not give up on this town, not now¦, said Cllr Amira Shah, who leads the council's culture group.", "The change will cost about £40,000 a year."]),
 ("en gloss", ["A bakery in Leeds turns fifty", "The Dupont family opened the bakery in 1975 after moving from Lyon.",
   "Above the counter the sign still reads \"Bienvenue à tous¦ (welcome to all).", "The bakery sells about 900 loaves a day."]),
 ("vi attribution", ["Hà Nội mở thêm tuyến xe buýt", "Từ tháng sau, thành phố sẽ có thêm hai tuyến xe buýt nối trung tâm với sân bay.",
   "\"Chúng tôi mong người dân sẽ dùng xe buýt nhiều hơn,¦ ông Tuấn cho biết.", "Giá vé dự kiến không thay đổi trong năm nay."]),
 ("ko quotative", ["시, 내년 예산 늘린다", "서울시는 내년 복지 예산을 크게 늘리기로 했다고 밝혔다.",
   "시장은 \"어르신 돌봄 예산을 반드시 두 배로 늘리겠다¦고 말했다.", "시의회는 다음 달 예산안을 심의할 예정이다."]),
 ("ja quotative", ["サッカー日本代表、惜敗", "日本代表は10日、敵地でオーストラリアと対戦し、1対2で敗れた。",
   "試合後、監督は「選手たちは最後までよく戦ったと思う¦と語った。", "次の試合は来週、埼玉で行われる。"]),
 ("zh attribution", ["今年粮食产量预计再创新高", "农业农村部10日表示，今年全国粮食生产总体形势良好。",
   "“今年的粮食产量有望再创新高，¦张部长表示。", "秋粮收获目前已经过半。"]),
 ("it verb-first", ["Riapre il teatro comunale", "Dopo due anni di lavori il teatro comunale di Cremona riaprirà le porte al pubblico.",
   "«Il teatro riaprirà a settembre con un concerto gratuito¦, racconta la direttrice Laura Bassi.", "I lavori sono costati quattro milioni di euro."]),
 ("es opening mid-sentence", ["El Gobierno descarta subir impuestos", "La ministra de Hacienda compareció ayer en el Congreso para presentar los presupuestos.",
   "La ministra aseguró que el Gobierno ¦no subirá los impuestos este año».", "La oposición pidió más detalles sobre el gasto."]),
 ("nl verb-final fragment", ["Bouwplannen aan de haven gestopt", "De gemeenteraad heeft dinsdag de bouwplannen aan de oude haven tegengehouden.",
   "De burgemeester zei dat de plannen „volstrekt onhaalbaar¦ waren.", "De projectontwikkelaar beraadt zich op vervolgstappen."]),
 ("de verb-first", ["Trainer kritisiert seine Mannschaft", "Nach der dritten Niederlage in Folge hat der Trainer des FC Neustadt deutliche Worte gefunden.",
   "„Die Mannschaft hat heute einfach zu wenig investiert¦, sagte er nach dem Spiel in Bremen.", "Am Samstag empfängt Neustadt den Tabellenführer."]),
]

def run_qm(cases):
    caught = placed = total = 0
    for name, blocks in cases:
        blocks = [b.replace("¶", "") for b in blocks]
        for layout, text in layouts(blocks).items():
            at = text.index("¦"); text = text.replace("¦", "")
            line = text.count("\n", 0, at) + 1
            col = at - (text.rfind("\n", 0, at) + 1) + 1
            found = [(d.code, d.col) for d in L.lint_text(text) if d.code.startswith("QM") and d.line == line]
            total += 1; caught += bool(found)
            ok = any(abs(c - col) <= 2 for _, c in found) or any(code == "QM102" and abs(c - col) <= 2 for code, c in found)
            placed += ok
            print(f"  QM {name:26} {layout:7} want col {col:3}  found {found}  {'placed' if ok else 'NOT PLACED' if found else 'MISSED'}")
    print(f"QM: caught {caught}/{total}, placed {placed}/{total}")

# OC102: (name, blocks with the teaser marked by a leading ⟶)
OC = [
 ("en transcript, one shared word", ["Inquiry hears of missed flood warnings", "The inquiry into last winter's floods in Carrow heard evidence from the council's former drainage engineer on Tuesday.",
   "THE CHAIR: Please give your name for the record.", "MR ADEYEMI: Daniel Adeyemi, principal drainage engineer until 2022.",
   "⟶Council leader quits after expenses row at seaside resort", "MS PRICE: How many warnings did the council receive before the flood?", "MR ADEYEMI: Three, as far as I recall, all in the week before."]),
 ("en naive dump headline", ["Port strike ends after pay deal", "Dockers at Felixstowe voted to accept a new pay offer on Friday, ending a two-week strike that disrupted shipping.",
   "The union said the deal included a rise of 7% this year and 5% next year.", "⟶Teenage chess prodigy wins national title in Glasgow",
   "Shipping lines said it would take several days to clear the backlog of containers.", "The port handles almost half of the country's container trade."]),
 ("en markdown emphasis teaser", ["# Rail fares to rise in March", "Rail fares in England will rise by up to 4.6% from March, the government has announced.",
   "The increase is lower than last year's but above the current rate of inflation, campaigners said.", "⟶**Rescued seal pup returned to the sea off Norfolk coast**",
   "Season tickets for commuters in the south-east will cost hundreds of pounds more a year.", "The Department for Transport said the rise would help fund improvements."]),
 ("en markdown block-quote teaser", ["Hospital opens new cancer unit", "A new cancer treatment unit has opened at Royal Berkshire Hospital after three years of building work.",
   "The unit will treat up to 300 patients a week and cut waiting times for radiotherapy, the trust said.", "⟶> Pensioner wins lottery jackpot with numbers from old phone",
   "Staff moved into the building in October and the first patients were treated last week.", "The unit cost £24m, most of it raised by a local charity appeal."]),
 ("es headline", ["Valencia amplía el carril bici", "El Ayuntamiento de Valencia aprobó ayer la ampliación del carril bici hasta el puerto.",
   "Las obras comenzarán en enero y durarán unos seis meses, según el concejal de Movilidad.", "⟶Hallan un barco romano hundido frente a la costa de Cádiz",
   "El nuevo tramo tendrá cuatro kilómetros y conectará tres barrios del distrito marítimo.", "Los vecinos llevaban años pidiendo una conexión segura con el centro."]),
 ("de headline", ["Stadt baut neue Schwimmhalle", "Die Stadt Kassel will bis 2027 eine neue Schwimmhalle im Stadtteil Wesertor bauen.",
   "Der Stadtrat stimmte am Montag mit großer Mehrheit für das Projekt, das rund 30 Millionen Euro kosten soll.", "⟶Polizei stoppt betrunkenen Traktorfahrer auf Autobahn",
   "Die alte Halle aus den Sechzigerjahren soll nach der Eröffnung abgerissen werden.", "Schulen und Vereine hatten lange auf einen Neubau gedrängt."]),
 ("zh headline", ["北京地铁新线路年底开通", "北京市交通委员会10日宣布，地铁十七号线北段将于今年年底开通运营。",
   "这条线路全长约五十公里，连接未来科学城和亦庄，沿线设站二十一座。", "⟶女排联赛半决赛天津队主场告负",
   "开通后，从昌平到亦庄的通勤时间将缩短约四十分钟。", "交通部门提醒乘客关注官方发布的首末班车时间。"]),
 ("ja headline", ["市営バス、来月から運賃値上げ", "市交通局は10日、来月1日から市営バスの運賃を20円値上げすると発表した。",
   "燃料費の高騰や運転手不足が理由で、値上げは15年ぶりとなる。", "⟶人気俳優が電撃結婚を発表",
   "交通局によると、通学定期の料金は据え置くという。", "利用者からは「仕方ないが負担は大きい」との声が聞かれた。"]),
 ("en first sentence in listicle", ["Seven ways to cut your heating bill", "Energy prices remain high this winter, but there are simple ways to keep your home warm for less.",
   "## 1. Bleed your radiators", "Trapped air stops radiators heating up fully, so bleed them at the start of the season.",
   "⟶A woman has been charged with murder after a man was found dead at a house in Swindon.",
   "## 2. Close the curtains at dusk", "Heavy curtains keep heat in when drawn as soon as it gets dark."]),
 ("es headline before a table label", ["Los socialistas ganan en Getafe", "El PSOE fue la fuerza más votada en las elecciones municipales de Getafe, con el 38,2 % de los votos.",
   "La participación fue del 58,4 %, dos puntos menos que hace cuatro años.", "⟶Rescatan a un perro atrapado en un pozo en Toledo", "Resultados (27 concejales)",
   "PSOE: 38,2 % (11)", "PP: 30,1 % (9)", "Más Madrid: 12,3 % (3)", "El alcalde agradeció el apoyo de los vecinos en un acto en la plaza mayor."]),
]

def run_oc(cases):
    caught = total = 0
    for name, blocks in cases:
        teaser = next(b for b in blocks if b.startswith("⟶"))[1:]
        blocks = [b.lstrip("⟶") for b in blocks]
        for layout, text in layouts(blocks).items():
            line = text.split("\n").index(teaser) + 1
            found = [(d.code, d.line) for d in L.lint_text(text) if d.code.startswith("OC") and d.line == line]
            other = [(d.code, d.line) for d in L.lint_text(text) if d.code[:2] in ("OC", "QM") and d.line != line]
            total += 1; caught += bool(found)
            print(f"  OC {name:34} {layout:7} {'HIT ' if found else 'MISS'} {found} elsewhere {other}")
            clean = "\n".join(l for l in text.split("\n") if l != teaser) + "\n"
            fa = [(d.code, d.line) for d in L.lint_text(clean) if d.code[:2] in ("OC", "QM")]
            if fa: print("     CLEAN FLAGGED", fa)
    print(f"OC102: caught {caught}/{total}")

if __name__ == "__main__":
    run_qm(QM)
    run_oc(OC)
