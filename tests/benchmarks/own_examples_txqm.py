"""Damaged and clean articles written for the TX and QM families by helper
txqm (issue 11's rules and the older ones), phrased unlike the rules' tests
and docs, in several languages.  Read by `quotes_and_integrity.py --own`.

Each damaged example is (code, article); the article holds the mark ``¦``
once, where the damage is (it is taken out before linting).  An example
counts as caught when a finding of its code lands on the marked line, and as
placed when the finding starts within two characters of the mark (QM101: the
missing closing mark; QM102: the missing opening mark; others: the damage's
start, or anywhere on the line for line-wide findings).  Every clean article
must give no TX or QM finding at all.

This is text written for the project, not corpus text.
"""
from __future__ import annotations

MARK = "¦"


def article(headline: str, *paragraphs: str) -> str:
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


DAMAGED: list[tuple[str, str]] = [
    # -- TX101 doubled-word --------------------------------------------------
    ("TX101", article("Council delays budget vote", "Councillors said they ¦would would revisit the plan in March.", "The session ended early.")),
    ("TX101", article("Streik bei der Bahn", "Die Gewerkschaft hat ¦den den Streik für Montag angekündigt.", "Pendler müssen mit Ausfällen rechnen.")),
    ("TX101", article("Nuevo hospital en Sevilla", "La consejera explicó ¦que que las obras terminarán en otoño.", "El centro tendrá 300 camas.")),
    ("TX101", article("Grève dans les transports", "Le syndicat a appelé à ¦une une grève reconductible dès lundi.", "Les usagers sont inquiets.")),
    ("TX101", article("Chuva forte em Lisboa", "A câmara municipal ¦vai vai fechar três túneis esta noite.", "Os bombeiros estão em alerta.")),
    ("TX101", article("Выборы в городе", "Мэр города ¦заявил заявил, что выборы пройдут в срок.", "Явка пока низкая.")),
    ("TX101", article("Ferry services resume", "Operators expect ¦the the first crossing to leave at dawn.", "Tickets sold out quickly.")),
    ("TX101", article("Museum reopens", "Visitors queued for hours, and ¦it it was nearly noon before the doors opened.", "Entry is free this week.")),
    ("TX101", article("Sciopero dei medici", "Il sindacato ¦ha ha confermato lo sciopero di venerdì.", "Gli ospedali garantiscono le urgenze.")),
    ("TX101", article("Water bills to rise", "Households will pay ¦about about £40 more a year from April.", "The regulator approved the rise.")),
    # -- TX102 glued-words ---------------------------------------------------
    ("TX102", article("Flood defences finished", "Engineers completed the wall ¦beforethe storm arrived on Tuesday.", "Residents were relieved.")),
    ("TX102", article("School meals expanded", "The programme will now reach children ¦inrural areas across the county.", "Funding lasts three years.")),
    ("TX102", article("Port strike ends", "Dockers voted to accept the offer after ¦twoweeks of talks with managers.", "Ships are queuing offshore.")),
    ("TX102", article("Rail fares frozen", "The minister said fares would stay ¦thesame until next spring.", "Unions welcomed the move.")),
    ("TX102", article("Nueva ley de vivienda", "El Gobierno aprobó la norma ¦paralos inquilinos con rentas bajas.", "Entrará en vigor en enero.")),
    ("TX102", article("Réforme des retraites", "Le texte sera examiné ¦parles députés la semaine prochaine.", "Les syndicats manifestent.")),
    ("TX102", article("Hospital waiting lists", "Patients waited longer ¦thanexpected for routine operations last year.", "The trust apologised.")),
    ("TX102", article("Airport expansion", "Campaigners said the runway ¦wouldharm wildlife near the estuary.", "A ruling is due in June.")),
    ("TX102", article("Bank profits", "Lenders reported record earnings ¦despitehigher costs and weaker demand.", "Shares rose slightly.")),
    ("TX102", article("Nova linha de metro", "A obra vai ligar o aeroporto ¦aocentro da cidade em vinte minutos.", "O custo ainda não é conhecido.")),
    # -- TX103 glued-doubled-word --------------------------------------------
    ("TX103", article("Heatwave warning", "Temperatures ¦couldcould reach 38C in parts of the south.", "Water companies urged care.")),
    ("TX103", article("Election results", "Turnout ¦waswas the lowest since the war.", "Counting continues.")),
    ("TX103", article("Library closures", "Volunteers said ¦theythey would keep two branches open.", "The council disagreed.")),
    ("TX103", article("Crop failure", "Farmers lost ¦mostmost of the harvest to the drought.", "Prices may rise.")),
    ("TX103", article("Tráfico en Madrid", "Los conductores ¦tendrántendrán que usar rutas alternativas.", "Las obras durarán un mes.")),
    ("TX103", article("Météo", "Les orages ¦pourraientpourraient toucher le sud-ouest ce soir.", "La vigilance orange est levée.")),
    ("TX103", article("Stadium plans", "Supporters ¦haveHave backed the new design.", "Work starts in May.")),
    ("TX103", article("Tax office errors", "Thousands ¦receivedreceived letters with the wrong figures.", "Officials apologised.")),
    ("TX103", article("Bridge repairs", "The crossing ¦remainsremains closed to lorries.", "Buses are diverted.")),
    ("TX103", article("Orçamento aprovado", "Os deputados ¦aprovaramaprovaram o orçamento ontem.", "A oposição votou contra.")),
    # -- TX104 mojibake --------------------------------------------------------
    ("TX104", article("Café chain expands", "The firm plans 40 new caf¦Ã©s this year.", "Staff will be hired locally.")),
    ("TX104", article("Ticket prices", "Seats will cost ¦Â£25 for adults.", "Children go free.")),
    ("TX104", article("Fußball", "Der Trainer lobte die Mannschaft f¦Ã¼r ihren Einsatz.", "Das Spiel endete 2:1.")),
    ("TX104", article("Election", "The mayor said she didn¦â€™t expect a recount.", "Results are due today.")),
    ("TX104", article("Economía", "La inflación baj¦Ã³ al 3% en marzo.", "El banco central lo celebró.")),
    ("TX104", article("Culture", "Le musée de ¦N\ufffdmes rouvrira à l’été, a dit la mairie.", "Les travaux sont finis.")),
    ("TX104", article("Weather", "Forecasters expect ¦â€œheavy rainâ€ on Sunday.", "Flood alerts are in place.")),
    ("TX104", article("São Paulo", "O prefeito de ¦SÃ£o Paulo anunciou obras.", "Começam em junho.")),
    ("TX104", article("Trade", "Exports to Türkiye rose ¦â€“ the ministry said ‑ by 4%.", "Imports fell.")),
    ("TX104", article("Zürich", "Die Stadt ¦ZÃ¼rich baut neue Wohnungen.", "Die Mieten steigen.")),
    # -- TX105 html-entity -----------------------------------------------------
    ("TX105", article("Merger approved", "Smith ¦&amp; Jones will combine their legal teams.", "The deal closes in May.")),
    ("TX105", article("Price rise", "Fares rose by 5¦&#37; in January.", "Commuters complained.")),
    ("TX105", article("Quote", "He called it ¦&#8220;a disgrace&#8221; on Monday.", "The club responded.")),
    ("TX105", article("Spaces", "The report was published¦&nbsp;on Friday.", "It runs to 300 pages.")),
    ("TX105", article("Marché", "Le groupe L¦&#39;Oréal a publié ses résultats.", "Les ventes progressent.")),
    ("TX105", article("Tech", "The chip runs at 3GHz ¦&gt; its rival.", "It ships in June.")),
    ("TX105", article("Sport", "The derby ended 2¦&ndash;1 after extra time.", "Fans celebrated.")),
    ("TX105", article("Empresa", "La compañía Martín ¦&amp; Hijos cerró su planta.", "Hay 200 despidos.")),
    ("TX105", article("Health", "Doctors said the drug was safe ¦&hellip; for now.", "Trials continue.")),
    ("TX105", article("Finance", "Shares in AT¦&amp;T fell 2%.", "Analysts were surprised.")),
    # -- TX106 markup-debris -----------------------------------------------------
    ("TX106", article("Court ruling", "The judge rejected the appeal.¦<br/>The family will go to the supreme court.", "A date is not set.")),
    ("TX106", article("Budget", "¦<p>Ministers agreed a new spending plan on Tuesday.</p>", "Details follow next week.")),
    ("TX106", article("Festival", "¦[caption id=\"attachment_55\" align=\"alignleft\"] Crowds at the gate[/caption] Thousands attended.", "It ends Sunday.")),
    ("TX106", article("Wahl", "Die Partei gewann ¦<strong>deutlich</strong> in Bayern.", "Die Opposition verlor.")),
    ("TX106", article("Storm", "Power lines were down.¦<!-- ad slot 3 --> Crews worked overnight.", "Schools are shut.")),
    ("TX106", article("Transport", "The line reopens on Monday ¦<span class=\"note\">(updated)</span>.", "Services are reduced.")),
    ("TX106", article("Science", "Researchers found water on the moon.¦</div>", "More missions are planned.")),
    ("TX106", article("Economía", "El paro bajó en abril.¦<br>Las contrataciones subieron.", "Es el mejor dato en años.")),
    ("TX106", article("Music", "The band announced a tour.¦[embed]https://example.com/v/12[/embed]", "Tickets go on sale Friday.")),
    ("TX106", article("Politics", "The vote was close¦<em>,</em> officials said.", "A recount is likely.")),
    # -- TX107 invisible-character ------------------------------------------------
    ("TX107", article("Housing", "Rents rose ¦\u200bsharply in the capital.", "Tenants protested.")),
    ("TX107", article("Energy", "Bills will ¦\u00adfall in the summer.", "Suppliers agreed.")),
    ("TX107", article("Weather", "Snow is ¦\u2060expected on high ground.", "Roads may close.")),
    ("TX107", article("Trade", "Exports¦\ufeff grew by 3%.", "Imports were flat.")),
    ("TX107", article("Politik", "Die Regierung ¦\u200ctrat zurück.", "Neuwahlen sind geplant.")),
    ("TX107", article("Sport", "The match was ¦\u0007abandoned after rain.", "It will be replayed.")),
    ("TX107", article("Health", "Clinics ¦\u202eopened late on Sunday.", "Queues were long.")),
    ("TX107", article("Culture", "The gallery ¦\u200dreopened its doors.", "Entry is free.")),
    ("TX107", article("Markets", "Oil prices¦\u0085 fell overnight.", "Traders were cautious.")),
    ("TX107", article("Transporte", "El metro ¦\u200bamplía su horario.", "Abrirá hasta la una.")),
    # -- TX108 doubled-punctuation ---------------------------------------------------
    ("TX108", article("北京举行马拉松", "三万名选手参加了比赛¦。。主办方表示明年规模将扩大。", "比赛顺利结束。")),
    ("TX108", article("上海新地铁", "新线路连接机场和市中心¦，，全长四十公里。", "预计明年通车。")),
    ("TX108", article("東京の天気", "東京では雨が降り¦、、気温が下がりました。", "明日は晴れる見込みです。")),
    ("TX108", article("Rates", "The bank held rates¦;; markets had expected a cut.", "The pound fell.")),
    ("TX108", article("Tourism", "Visitor numbers rose this summer¦,. the board said.", "Hotels were full.")),
    ("TX108", article("Wirtschaft", "Die Exporte stiegen im Mai¦.. Die Importe sanken.", "Der Handelsüberschuss wuchs.")),
    ("TX108", article("الطقس", "توقعت الأرصاد هطول أمطار غزيرة¦،، وحذرت السائقين.", "وستستمر الأمطار يومين.")),
    ("TX108", article("Sport", "The final whistle went¦,, and fans poured onto the pitch.", "Police kept order.")),
    ("TX108", article("深圳科技展", "展会吸引了十万名观众¦。。其中包括许多外国企业。", "展会将持续五天。")),
    ("TX108", article("Élections", "Le scrutin aura lieu dimanche¦::", "Les bureaux ouvrent à 8 heures.")),
    # -- TX109 missing-space ------------------------------------------------------
    ("TX109", article("Plant closure", "The factory employed 300 people in 2019¦.The owners blamed energy costs.", "Talks are ongoing.")),
    ("TX109", article("Exam results", "Pass rates rose by 4%¦.Teachers welcomed the figures.", "Unions were cautious.")),
    ("TX109", article("Weather", "Temperatures fell to minus 12¦.Schools in the north stayed shut.", "Roads were gritted.")),
    ("TX109", article("Market", "Shares closed at 105p¦.Analysts expect a rebound.", "Trading was thin.")),
    ("TX109", article("Politik", "Der Kanzler sprach am Dienstag¦.Die Opposition kritisierte ihn.", "Die Debatte geht weiter.")),
    ("TX109", article("Política", "El presidente viajó a París¦.Allí se reunió con Macron.", "Volverá el jueves.")),
    ("TX109", article("Health", "Waiting times are getting worse, doctors said¦!The ministry disagreed.", "A review is under way.")),
    ("TX109", article("Транспорт", "Метро закроется в полночь¦.Пассажиров предупредили заранее.", "Автобусы будут ходить.")),
    ("TX109", article("Crime", "Police arrested two men (aged 19 and 23)¦.They were later released.", "Inquiries continue.")),
    ("TX109", article("Sport", "The club finished the season in 2nd place with 81 points¦.Its manager stays.", "Fans are delighted.")),
    # -- TX110 repetition-loop -------------------------------------------------------
    ("TX110", article("Storm warning", "Residents were told to stay indoors. Stay safe.¦ Stay safe. Stay safe. Stay safe.", "The storm passes tonight.")),
    ("TX110", article("Talks in Geneva", "Dr. Jones met E.U. officials.¦ Dr. Jones met E.U. officials.", "No deal was reached.")),
    ("TX110", article("Eclipse", "The eclipse will be visible across the country¦ across the country across the country on Monday.", "Skies should be clear.")),
    ("TX110", article("Budget", "The plan cuts spending on defence¦, on defence, on defence, on defence by 2%.", "MPs vote next week.")),
    ("TX110", article("Hochwasser", "Die Feuerwehr warnte vor dem Hochwasser¦ vor dem Hochwasser vor dem Hochwasser an der Elbe.", "Die Pegel steigen.")),
    ("TX110", article("Incendio", "Los bomberos controlaron el incendio forestal en la sierra¦ el incendio forestal en la sierra esta mañana.", "No hubo heridos.")),
    ("TX110", article("大雨", "气象台发布暴雨预警。请注意安全。¦请注意安全。请注意安全。", "明天天气转晴。")),
    ("TX110", article("Élection", "Le candidat a promis des emplois. Des emplois pour tous.¦ Des emplois pour tous. Des emplois pour tous.", "Le vote a lieu dimanche.")),
    ("TX110", article("Флот", "Корабль вернулся в порт¦ порт порт порт после учений.", "Экипаж отдыхает.")),
    # Nine words said twice back to back: TX111's duplicated sentence (TX110
    # takes a sentence of eight words or more only from three copies).
    ("TX111", article("Mercado", "As ações da empresa subiram muito hoje na bolsa.¦ As ações da empresa subiram muito hoje na bolsa.", "Os analistas ficaram surpresos.")),
    # -- TX111 duplicated-passage -------------------------------------------------------
    ("TX111", article("Rail strike", "Train drivers will walk out on Friday and Saturday in a dispute over pay and conditions.", "Commuters face disruption.", "¦Train drivers will walk out on Friday and Saturday in a dispute over pay and conditions.")),
    ("TX111", article("Tarifas", "La empresa subirá las tarifas de la luz un diez por ciento a partir de enero.", "Los consumidores protestan. ¦La empresa subirá las tarifas de la luz un diez por ciento a partir de enero.")),
    ("TX111", article("Hausbau", "Die Stadt will bis zum Jahr 2030 insgesamt zehntausend neue Wohnungen bauen lassen.", "Kritiker zweifeln daran.", "¦Die Stadt will bis zum Jahr 2030 insgesamt zehntausend neue Wohnungen bauen lassen.")),
    ("TX111", article("新政策", "政府宣布将在明年一月起对所有新能源汽车提供购置补贴政策。", "业内人士表示欢迎。", "¦政府宣布将在明年一月起对所有新能源汽车提供购置补贴政策。")),
    ("TX111", article("Budget", "“We will not raise taxes on working families this year,” the chancellor told MPs.", "Labour attacked the plan.", "¦\"We will not raise taxes on working families this year,\" the chancellor told MPs.")),
    ("TX111", article("Santé", "Le ministère a recensé plus de deux mille cas de grippe dans la région depuis lundi.", "Les hôpitaux sont saturés.", "¦LE MINISTÈRE A RECENSÉ PLUS DE DEUX MILLE CAS DE GRIPPE DANS LA RÉGION DEPUIS LUNDI.")),
    ("TX111", article("Wildfire", "Firefighters have contained about half of the blaze that destroyed forty homes.", "Evacuation orders remain. ¦Firefighters have contained about half of the blaze that destroyed forty homes. Rain is forecast.")),
    ("TX111", article("Завод", "Новый завод в Казани начнёт выпускать электромобили уже в следующем году.", "Инвестиции составят миллиард рублей.", "¦Новый завод в Казани начнёт выпускать электромобили уже в следующем году.")),
    ("TX110", article("Loop of forty", "The mayor asked residents to stay away from the river banks tonight.¦ " + "The mayor asked residents to stay away from the river banks tonight. " * 38 + "The mayor asked residents to stay away from the river banks tonight.", "Levels peak at midnight.")),
    ("TX111", article("Exports", "Exports of cars to the United States fell by a fifth in the first quarter.", "Ministers blamed tariffs.", "¦Exports of cars to the United States fell by a fifth in the first quarter .")),
    # -- TX112 truncated-ending -----------------------------------------------------------
    ("TX112", article("Dam project", "Work on the dam began in 2021.", "Engineers say the structure will hold back enough water for a city of two million people ¦by")),
    ("TX112", article("Inversión", "El fondo invertirá en energía solar.", "Según los gestores, el proyecto creará empleo en la región ¦y")),
    ("TX112", article("Theaterfestival", "Das Festival beginnt am Freitag.", "Die Veranstalter erwarten mehr als zehntausend Besucher aus ganz Europa ¦und")),
    ("TX112", article("Elections", "Voters go to the polls on Sunday.", "Polls suggest a close race.", "¦Continue reading →")),
    ("TX112", article("Médecine", "Une nouvelle molécule a été testée.", "Les résultats sont encourageants.", "¦Lire la suite")),
    ("TX112", article("Transport", "A new tram line opened on Monday.", "Passenger numbers were high on the first day and ¦…")),
    ("TX112", article("Finance", "The bank raised rates again.", "Mortgage holders face higher bills.", "¦Subscribe to read the full article")),
    ("TX112", article("Tecnologia", "A empresa lançou um novo telemóvel.", "O aparelho chega às lojas em março.", "¦Leia mais")),
    ("TX112", article("Retail", "High street sales fell in March.", "Retailers blamed the weather, while online sales rose, according ¦to")),
    ("TX112", article("Политика", "Парламент принял закон о бюджете.", "Оппозиция голосовала против.", "¦Читать далее")),
    # -- QM101 unclosed-quote -------------------------------------------------------------
    ("QM101", article("Wahlkampf", "Der Kandidat sagte: „Wir werden die Mieten deckeln¦, sagte er am Montag in Hamburg.", "Die Umfragen sind knapp.")),
    ("QM101", article("Sequía", "La ministra advirtió: «El agua no llegará a todos este verano¦, dijo la ministra en Sevilla.", "Los embalses están al 20%.")),
    ("QM101", article("Grève", "« Nous ne céderons pas sur les salaires¦, a déclaré le secrétaire général lundi.", "La direction propose 2 %.")),
    ("QM101", article("Incêndios", "\"Perdemos tudo o que tínhamos¦, disse um morador à agência Lusa.", "O fogo foi controlado.")),
    ("QM101", article("Stadium vote", "“We have waited twenty years for this¦,” the club's chairman said.".replace("¦,”", "¦,"), "Building starts in June.")),
    ("QM101", article("Rail", "\"The service is simply not good enough¦, said the passenger group's chair, Ann Cole.", "The operator apologised.")),
    ("QM101", article("Мост", "«Мост откроют до конца года¦, — сказал губернатор журналистам.", "Работы идут по графику.")),
    ("QM101", article("Ospedale", "«Abbiamo bisogno di più medici¦, ha detto il direttore sanitario.", "La regione valuta nuove assunzioni.")),
    ("QM101", article("Schools", "The head teacher wrote: “Pupils must wear their uniforms at all times¦.Staff will check every morning.", "Parents objected.")),
    ("QM101", article("Fischerei", "„Die Quoten sind viel zu niedrig¦, so der Verbandspräsident.", "Die EU prüft den Antrag.")),
    # -- QM102 unopened-quote -------------------------------------------------------------
    ("QM102", article("Housing", "The minister said: ¦This is the biggest building programme in a generation,” to applause.", "Critics were unconvinced.")),
    ("QM102", article("Klima", "Die Forscherin warnte: ¦Wir haben kaum noch Zeit“, sagte sie.", "Die Konferenz endet Freitag.")),
    ("QM102", article("Fútbol", "El entrenador fue claro: ¦No vamos a cambiar nada», dijo tras el partido.", "El equipo es tercero.")),
    ("QM102", article("Santé", "Selon le médecin, ¦il faut vacciner les enfants », a-t-il expliqué.", "La campagne débute lundi.")),
    ("QM102", article("Tech", "¦Nobody reads the terms and conditions,\" the regulator said.", "A review is planned.")),
    ("QM102", article("Police", "Officers said the driver shouted¦Get out of the way!\" before speeding off.", "He was later arrested.")),
    ("QM102", article("Ciência", "A investigadora afirmou que ¦os resultados são muito promissores”, disse ela.", "O estudo foi publicado.")),
    ("QM102", article("Энергетика", "Министр заявил: ¦Цены на газ не вырастут», — сказал он.", "Эксперты сомневаются.")),
    ("QM102", article("Education", "Teachers are exhausted, the union said.¦We cannot go on like this,” its leader added.", "Talks resume Monday.")),
    ("QM102", article("Farming", "The farmer, 62, said ¦it had been the worst year he could remember.” The co-op agreed.", "Prices are low.")),
]

CLEAN: list[str] = [
    # Quotations inside quotations, in several conventions.
    article("Court hears appeal", "“The witness told me, ‘I saw nothing,’ and then left,” the officer said.", "The hearing continues."),
    article("Prozess", "„Er sagte mir: ‚Ich war es nicht‘, und ging“, erklärte die Zeugin.", "Das Urteil folgt im Mai."),
    article("Procès", "« Il m’a dit : “Je n’ai rien vu”, puis il est parti », a raconté le témoin.", "L’audience reprend mardi."),
    article("Juicio", "«El acusado dijo: “No recuerdo nada”, y se calló», relató la fiscal.", "La sentencia llegará en junio."),
    article("Суд", "«Он сказал: „Я ничего не видел“, и ушёл», — рассказал свидетель.", "Заседание продолжится завтра."),
    article("Processo", "“Ele disse: ‘Não vi nada’, e saiu”, contou a testemunha.", "O julgamento continua."),
    # » « German reversed guillemets; „ “ German; ”…” Swedish.
    article("Kultur", "Der Roman »Die Stadt« erschien 1998, sagte die Verlegerin.", "Eine Neuauflage ist geplant."),
    article("Politik", "„Wir bleiben hart“, sagte der Minister. „Es gibt keinen Kompromiss.“", "Die Gespräche ruhen."),
    # A quotation over several paragraphs.
    article("Statement", "“We have listened to our customers,” the chief executive said.", "“The new fares will be simpler.", "“And they will be lower for most people.”", "Unions reserved judgement."),
    # Apostrophes of many kinds.
    article("Music", "The ’80s revival and rock ’n’ roll nights filled the town’s clubs; the students’ union agreed.", "Ticket sales doubled."),
    article("Economie", "L’économie française a progressé, d’après l’Insee, grâce à l’investissement.", "C’est une bonne nouvelle."),
    # Code and technical text.
    article("Developers warn", "The patch changes `config.yaml` and replaces `x == y` with `x is y`; version 2.5 and v2.0 are affected, see section 3.1.", "Run pip install --upgrade to fix it."),
    article("Software update", "Users of No.2 servers on U.S. soil should update to 4.2.1 by Jan. 5, the firm said.", "Older builds, e.g. 3.9, lose support."),
    # Lists.
    article("Recipe", "You will need:", "- 2 eggs", "- 1 cup flour", "- a pinch of salt", "Mix and bake for 20 minutes."),
    article("Agenda", "The meeting covers:\n1. Budget\n2. Staffing\n3. Any other business", "Minutes follow."),
    # Legal doubles, refrains, counting.
    article("Court", "The contract binds so-and-so and such-and-such, and the court said that that clause was void; those who had had shares lost them.", "An appeal is possible."),
    article("Final", "The crowd chanted “go, go, go” as the runner neared the line, and she said it was “very, very, very” special.", "She won in record time."),
    article("Launch", "The crew counted down: ten, nine, eight, seven, six, five, four, three, two, one.", "The rocket lifted off on time."),
    article("Protest", "Marchers sang “We shall overcome, we shall overcome” outside parliament.", "Police said the march was peaceful."),
    article("Film", "A screening of “Tora! Tora! Tora!” opened the festival, with “New York, New York” to close it.", "Tickets are free."),
    # CJK and Arabic prose, with legitimate emphasis and ellipses.
    article("北京迎来初雪", "北京昨天迎来今冬第一场雪，市民纷纷外出赏雪。", "“太美了！！”一位市民说。真的吗？？当然……", "气象部门提醒注意交通安全。"),
    article("東京で桜が開花", "東京都心で桜が開花しました。「今年は早いですね」と話す人もいました。", "見頃は来週の見込みです。"),
    article("افتتاح معرض الكتاب", "افتتح وزير الثقافة معرض الكتاب الدولي، وقال: «القراءة هي المستقبل».", "ويستمر المعرض عشرة أيام؟؟ نعم، عشرة أيام."),
    article("서울 지하철 연장", "서울시는 지하철 9호선을 연장한다고 밝혔다. 시민들은 \"정말 기쁘다\"고 말했다.", "공사는 내년에 시작된다."),
    # Ellipses, decimals, abbreviations, domains.
    article("Markets", "Growth slowed to 2.5% in Q3... or so the figures suggest. The U.S. Fed and the E.U. met at 3 p.m. on Jan. 5.", "See bbc.co.uk/news for more."),
    article("Profile", "Dr. Smith, Prof. Lee and Mrs. Brown met St. John's staff at No. 10.", "They discussed the N.H.S. budget."),
    # A story ending on a quotation and on a credit.
    article("Floods", "The river burst its banks overnight.", "“We lost everything,” said one resident."),
    article("Wildfires", "Crews fought the fire for three days.", "Reporting by Ana Ruiz; editing by Tom Hale"),
    # Repeated words that are grammar or names.
    article("Travel", "Flights to Bora Bora and Walla Walla resumed; Duran Duran played in Baden-Baden.", "Hotels are busy."),
    article("Spanish", "Dijo que que­rían paz.".replace("\u00ad", "") + " Fue un día de sol, sol y más sol.", "El turismo creció."),
    # A sentence said twice on purpose, far apart, short.
    article("Storm", "Officials had one message: stay at home.", "Roads were blocked all day.", "Again, stay at home."),
    # German ordinals and dates written without a space, and ordinal clubs.
    article("Fußball", "Der 1. FC Köln spielt am 3. Oktober gegen den Tabellenzweiten.", "Das Spiel ist ausverkauft."),
    # Written after the fixes, for the new code paths (numbers, sentences
    # said again, doubled marks, attributions in other languages).
    article("Census", "The population reached 8.2 million in 2021. The previous count, in 2011, found 7.9 million.", "Officials expect 9 million by 2031."),
    article("Specs", "The phone runs Android 14.0 with 8GB of RAM; the 2.5GHz chip beats the v3.1 model, see p.12 and fig.3 of the review.", "It costs €699."),
    article("Pharma", "Trials of drug No.4 in phase 3.2 ran at 12 sites (see Annex 2.B).", "Results are due in 2025."),
    article("Vote", "The motion passed 312-290. MPs then voted again.", "The Speaker called order."),
    article("Interview", "“No. No. No,” she said when asked if she would run.", "Her party was disappointed."),
    article("Song", "The chorus runs “Stay safe. Stay safe.” and the crowd sang along.", "The concert ended at ten."),
    article("Speech", "“We will rebuild. We will rebuild. We will rebuild,” the mayor told the crowd.", "Work starts in spring."),
    article("Sport", "Goal! Goal! The stadium erupted when the striker scored in the 89th minute.", "The club stays up."),
    article("Wirtschaft", "Am 3.Oktober feiert Deutschland; der 1.FC Nürnberg spielt in der 2.Liga.", "Die Fans sind zufrieden."),
    article("Polska", "Święto 3 Maja obchodzono w 2.połowie dnia.", "Pogoda była dobra."),
    article("Prensa", "«No vamos a subir los impuestos», dijo el ministro. «Es una promesa», añadió.", "La oposición desconfía."),
    article("Presse", "« Nous tiendrons nos engagements », a-t-il assuré. « Sans exception. »", "Les syndicats attendent."),
    article("Imprensa", "“Vamos cumprir”, disse o ministro. “Sem exceção.”", "A oposição duvida."),
    article("Пресса", "«Мы выполним обещания», — сказал министр. «Без исключений», — добавил он.", "Оппозиция сомневается."),
    article("Presse", "„Wir halten Wort“, sagte der Minister. „Ohne Ausnahme“, fügte er hinzu.", "Die Opposition zweifelt."),
    article("Stampa", "«Manterremo le promesse», ha detto il ministro. «Senza eccezioni».", "L’opposizione dubita."),
    article("上海车展", "车展吸引了大量观众。主办方表示：“今年人数创新高！！”", "车展将持续一周……"),
    article("Japan", "「本当に？？」と彼は聞いた。会議は午後三時に終わった。", "次回は来月です。"),
    article("المغرب", "قال الوزير: «سنفي بوعودنا»، وأضاف أن الحكومة ملتزمة؟؟ نعم.", "وانتهى الاجتماع."),
    article("Legal", "The deed names the buyer as so-and-so, the seller as such-and-such, and the agent as what's-his-name.", "The court accepted it."),
    article("Count", "Voters chose one by one, two by two, then ten by ten.", "The count was slow."),
    article("Laughter", "The audience laughed: ha ha ha. Then silence.", "The show ended."),
    article("Minutes", "Item 1. Budget. Item 2. Staffing. Item 3. Any other business.", "The meeting closed at 5pm."),
    article("Football results", "Arsenal 2 Chelsea 1. Liverpool 3 Everton 0.", "More results later."),
]

# Written after the rules were changed for DAMAGED, phrased unlike both it
# and the tests: how the changes generalise (reported apart).
HELD_OUT: list[tuple[str, str]] = [
    ("TX108", article("广州降雨", "广州今天出现强降雨¦，，多条道路积水。", "市民出行需注意安全。")),
    ("TX108", article("台北新展馆", "展馆将于五月开放¦。。届时将举办多场活动。", "门票免费。")),
    ("TX108", article("大阪の祭り", "祭りには多くの人が訪れ¦、、会場は混雑した。", "警察が警備にあたった。")),
    ("TX108", article("دبي", "افتتحت المدينة مطاراً جديداً¦؛؛ وسيبدأ العمل به الشهر المقبل.", "والرحلات محدودة.")),
    ("TX109", article("Jobs", "Unemployment fell to 4.1%¦.Economists had expected 4.3%.", "The pound rose.")),
    ("TX109", article("Space", "The probe was launched in 1977¦.It has now left the solar system.", "NASA is delighted.")),
    ("TX109", article("Rugby", "Wales won 24-17¦.Their captain praised the forwards.", "England lost again.")),
    ("TX109", article("Economía", "La economía creció un 2,1 %¦.Los analistas esperaban menos.", "El euro subió.")),
    ("TX110", article("Flood", "Officials repeated the warning. Do not drive through flood water.¦ Do not drive through flood water.", "Rain eases tomorrow.")),
    ("TX110", article("Wahl", "Die Partei gewann. Wir danken allen Wählern.¦ Wir danken allen Wählern. Wir danken allen Wählern.", "Die Koalition steht.")),
    ("TX110", article("Alerta", "Quédense en casa.¦ Quédense en casa. Quédense en casa.", "La tormenta pasará.")),
    ("TX110", article("地震", "余震が続いています。落ち着いて行動してください。¦落ち着いて行動してください。落ち着いて行動してください。", "気象庁が会見した。")),
    ("TX110", article("Loop", ("The council said the new bus lanes on the ring road would open in September after a long delay. " * 3).strip().replace("delay. The", "delay.¦ The", 1), "Drivers are unhappy.")),
    ("QM101", article("Streik", "„Wir streiken so lange, bis die Löhne steigen¦, erklärte die Gewerkschaftschefin.", "Die Bahn bietet vier Prozent.")),
    ("QM101", article("Fútbol", "«Hemos jugado el mejor partido del año¦, aseguró el capitán tras el encuentro.", "El equipo es líder.")),
    ("QM101", article("Cinéma", "« Ce film a changé ma vie¦, confie-t-elle au micro de la radio.", "Le film sort mercredi.")),
    ("QM101", article("Saúde", "“O hospital precisa de mais enfermeiros¦, afirmou a diretora clínica.", "O governo promete contratar.")),
    ("QM101", article("Выставка", "«Это лучшая выставка за десять лет¦, — отметил директор музея.", "Выставка продлится месяц.")),
    ("QM102", article("Bahn", "Der Sprecher sagte: ¦Die Züge fahren wieder normal“, am Abend.", "Pendler atmen auf.")),
    ("QM102", article("Lluvia", "El alcalde pidió calma: ¦Lo peor ya ha pasado», afirmó.", "Las calles siguen cortadas.")),
]
