"""Pasted material for cases_2.py: articles, minutes, contracts, tickets,
logs, tables, code and chats in the ten languages, written for this file
(not taken from materials.py, fresh_materials.py or blind_materials.py).
Plain strings, used by concatenation (no format slots)."""

# --- Italian -------------------------------------------------------------------
IT_VERBALE = """VERBALE DELL'ASSEMBLEA CONDOMINIALE - Condominio "Le Magnolie", via dei Tigli 8

Il giorno 12 novembre alle ore 21:00, presso la sala comune, si è riunita in seconda convocazione l'assemblea dei condomini. Presenti 14 condomini su 22, per 612 millesimi. Presiede il sig. amministratore, funge da segretario il condomino dell'interno 5.

Punto 1 - Approvazione del rendiconto 2025. Il rendiconto viene approvato all'unanimità dei presenti, con un avanzo di cassa di 1.840 euro che sarà portato a riduzione delle rate del prossimo anno.

Punto 2 - Rifacimento della facciata lato cortile. Sono stati presentati tre preventivi: Edilnord (48.500 euro), Costruzioni Ferri (52.200 euro), Restauri Adda (46.900 euro). Dopo ampia discussione l'assemblea approva il preventivo di Restauri Adda con 11 voti favorevoli e 3 astenuti. I lavori inizieranno a marzo e dureranno circa dieci settimane. Si valuterà l'accesso al bonus facciate residuo.

Punto 3 - Regolamento per le biciclette nel cortile. Si decide di installare una rastrelliera da 12 posti vicino al cancello; le biciclette lasciate fuori dalla rastrelliera per più di 30 giorni verranno segnalate.

Punto 4 - Varie ed eventuali. Alcuni condomini lamentano rumori notturni dall'interno 17. L'amministratore invierà un richiamo scritto.

La seduta si chiude alle ore 23:10."""

IT_ARTICOLO = """Treni regionali, un autunno difficile per i pendolari lombardi

Tra settembre e ottobre i ritardi sulle linee regionali attorno a Milano sono aumentati del 18% rispetto allo stesso periodo dell'anno scorso. Secondo i dati pubblicati dall'osservatorio dei pendolari, le linee più colpite sono la Milano-Mortara e la Milano-Lecco, dove quasi un treno su quattro è arrivato con più di cinque minuti di ritardo.

L'azienda di trasporto attribuisce i problemi ai cantieri sulla rete e alla carenza di macchinisti, che costringe a cancellare alcune corse nelle ore di punta. I comitati dei pendolari chiedono rimborsi automatici e un piano straordinario di assunzioni. La Regione ha annunciato un tavolo tecnico entro fine mese e ha promesso 20 nuovi convogli entro il 2027.

Intanto molti lavoratori si organizzano con il car pooling o chiedono ai datori di lavoro più giorni di lavoro da remoto. "Non è solo una questione di minuti", spiega una pendolare di Vigevano, "è l'impossibilità di programmare la giornata.\""""

IT_RECLAMO = """Oggetto: lavatrice consegnata danneggiata - ordine 55120-IT

Buongiorno,
ho ricevuto ieri la lavatrice ordinata sul vostro sito il 3 novembre. Al momento dell'apertura dell'imballo ho notato che l'oblò è incrinato e che il pannello laterale destro presenta un'ammaccatura di circa dieci centimetri. Il corriere era già andato via e non ho potuto firmare con riserva.
Allego quattro fotografie. Vorrei sapere se potete sostituire l'elettrodomestico o se devo restituirlo e attendere il rimborso. Non ho ancora collegato la lavatrice all'impianto.
Resto in attesa di un vostro riscontro.
Cordiali saluti"""

IT_CONTRATTO = """CONTRATTO DI LOCAZIONE AD USO ABITATIVO (estratto)

Art. 3 - Durata. Il contratto ha durata di quattro anni a decorrere dal 1 febbraio, rinnovabile automaticamente per ulteriori quattro anni salvo disdetta da comunicarsi con lettera raccomandata almeno sei mesi prima della scadenza.
Art. 4 - Canone. Il canone annuo è stabilito in euro 9.600, da pagarsi in rate mensili anticipate di euro 800 entro il giorno 5 di ogni mese.
Art. 5 - Deposito cauzionale. Il conduttore versa un deposito pari a tre mensilità, non imputabile in conto canoni, produttivo di interessi legali.
Art. 8 - Recesso del conduttore. Il conduttore può recedere in qualsiasi momento per gravi motivi, con preavviso di sei mesi.
Art. 11 - Clausola penale. In caso di ritardato pagamento oltre venti giorni, il conduttore corrisponderà una penale pari al 10% del canone mensile per ogni mese di ritardo.
Art. 14 - Manutenzione. Le riparazioni di piccola manutenzione sono a carico del conduttore; quelle straordinarie a carico del locatore."""

# --- Japanese -------------------------------------------------------------------
JA_GIJIROKU = """第14回 商品企画定例 議事録

日時：11月20日（木）14:00〜15:10
出席：企画部4名、営業部2名、デザイン担当1名

1. 冬季限定パッケージについて
・試作品Bの評価が最も高く、採用する方向で合意。
・ただし印刷コストが想定より12%高いため、営業部が取引先と再交渉する。
2. 新商品「ほうじ茶ラテ」の発売時期
・当初予定の1月中旬から2月上旬へ延期。原料の入荷が遅れているため。
・店頭POPの入稿締切は12月15日。
3. SNSキャンペーン
・インフルエンサー3名への依頼は継続。予算上限は80万円。
・投稿のタイミングは発売日の前後1週間に集中させる。
4. その他
・次回は12月4日（木）14:00から。担当：企画部の佐々木。

以上"""

JA_KIJI = """地方のローカル線、観光列車で再生へ

利用者の減少が続く地方のローカル線で、観光列車を使った再生の取り組みが広がっている。ある第三セクター鉄道では、地元の食材を使った弁当と車窓からの紅葉を楽しめる列車を週末限定で運行したところ、予約開始から三日で秋の全便が満席になった。

一方で、観光客の増加が日常の利用者の増加にはつながっていないという課題もある。通学や通院で使う住民にとっては、平日の本数の確保のほうが切実だ。専門家は「観光収入を平日の運行維持に回す仕組みづくりが欠かせない」と指摘する。

自治体の中には、沿線の高校生に定期券の補助を出したり、駅舎を地域の交流拠点として改修したりする例も出てきた。人口減少が進む中で、鉄道をどう残すかは地域全体の問題になっている。"""

JA_TOIAWASE = """件名：定期便の配送日変更について

いつもお世話になっております。
毎月15日に届く定期便を利用している者です。来月から仕事の都合で平日の受け取りが難しくなるため、配送日を毎月第2土曜日に変更したいと考えています。
また、12月分だけは帰省するため一度お休みにすることはできますか。その場合、1月分の内容が変わるのかも知りたいです。
お手数ですが、ご確認のほどよろしくお願いいたします。"""

JA_REVIEWS = """★5 音が静かで夜でも使える。もっと早く買えばよかった。
★2 三週間でフィルターが目詰まり。交換品が高い。
★4 デザインは良いが、説明書が分かりにくい。
★1 届いた時点で電源が入らなかった。サポートの返信も遅い。
★5 部屋の空気が明らかに変わった。花粉の季節に助かる。
★3 性能は普通。アプリ連携がよく切れる。
★4 コンパクトで置き場所に困らない。
★2 思ったより風量が弱い。"""

# --- Polish -------------------------------------------------------------------
PL_ARTYKUL = """Rowery miejskie wracają do Krakowa

Po dwóch latach przerwy w Krakowie znów działa system rowerów miejskich. Operator udostępnił 1500 rowerów, w tym 300 ze wspomaganiem elektrycznym, na 150 stacjach w całym mieście. Pierwsze 20 minut każdej jazdy jest bezpłatne, a roczny abonament kosztuje 99 zł.

W pierwszym tygodniu mieszkańcy wypożyczyli rowery ponad 40 tysięcy razy. Najpopularniejsze stacje to okolice Rynku, dworca głównego i kampusu uczelni. Urzędnicy przyznają jednak, że w dzielnicach na obrzeżach stacji jest wciąż za mało, a drogi dla rowerów często się urywają.

Radni opozycji pytają o koszty umowy, która ma obowiązywać przez osiem lat. Miasto odpowiada, że system ma odciążyć tramwaje w godzinach szczytu i zachęcić do rezygnacji z samochodu na krótkich trasach."""

PL_REKLAMACJA = """Temat: Reklamacja - ekspres do kawy, zamówienie 7781/PL

Dzień dobry,
dwa tygodnie temu kupiłem w Państwa sklepie ekspres ciśnieniowy. Od kilku dni urządzenie przecieka od spodu po każdym parzeniu, a na wyświetlaczu pojawia się komunikat "E07". Odkamienianie zgodnie z instrukcją nic nie zmieniło.
Proszę o informację, czy mam odesłać ekspres kurierem na Państwa koszt, czy mogę oddać go w punkcie stacjonarnym. Wolałbym naprawę lub wymianę na nowy egzemplarz, nie zwrot pieniędzy.
Pozdrawiam"""

PL_REGULAMIN = """REGULAMIN SIŁOWNI "FORMA" (fragment)

§ 4. Karnet miesięczny uprawnia do korzystania z siłowni w godzinach otwarcia. Karnet jest imienny i nie może być udostępniany osobom trzecim.
§ 5. Opłata za karnet jest pobierana z góry. W przypadku rezygnacji w trakcie okresu rozliczeniowego opłata nie podlega zwrotowi, z wyjątkiem udokumentowanej choroby trwającej dłużej niż 14 dni.
§ 6. Umowa zawarta na 12 miesięcy może zostać wypowiedziana przez Klubowicza z zachowaniem jednomiesięcznego okresu wypowiedzenia, pod warunkiem zapłaty opłaty wyrównawczej w wysokości 150 zł.
§ 7. Klub nie odpowiada za rzeczy pozostawione poza zamykanymi szafkami.
§ 9. Klub może zmienić cennik, informując o tym z 30-dniowym wyprzedzeniem. Klubowicz może wtedy wypowiedzieć umowę bez opłaty wyrównawczej."""

PL_TABELA = """miesiąc;przychód_zł;koszty_zł;zamówienia;zwroty
styczeń;182400;141200;1904;61
luty;175900;139800;1822;58
marzec;201300;150100;2110;73
kwiecień;198700;161400;2051;122
maj;214800;158900;2263;69
czerwiec;209100;172300;2198;131
lipiec;188600;149700;1987;64
sierpień;192400;151200;2014;66"""

# --- Portuguese ---------------------------------------------------------------
PT_ARTIGO = """Seca no Nordeste faz agricultores apostarem em cisternas e palma forrageira

Com o terceiro ano seguido de chuvas abaixo da média no sertão, pequenos produtores de Pernambuco e da Paraíba têm mudado a forma de trabalhar. Cisternas de placas, que armazenam até 16 mil litros de água da chuva, se espalharam pelas comunidades rurais graças a programas públicos e a associações locais.

Outra aposta é a palma forrageira, um cacto resistente que serve de alimento para o gado nos meses mais secos. Segundo técnicos de extensão rural, uma hectare bem manejada pode alimentar até quatro vacas durante a estiagem.

Os agricultores, porém, reclamam da demora na liberação de crédito e da falta de assistência técnica regular. "A gente aprendeu a conviver com a seca, mas sem apoio não dá para crescer", diz um produtor de Serra Talhada."""

PT_CONTRATO = """CONTRATO DE PRESTAÇÃO DE SERVIÇOS (trecho)

Cláusula 2ª - Do prazo. O presente contrato vigorará por 12 (doze) meses a contar da data de assinatura, renovando-se automaticamente por iguais períodos, salvo manifestação contrária de qualquer das partes com antecedência mínima de 60 (sessenta) dias.
Cláusula 3ª - Do preço. Pelos serviços, a CONTRATANTE pagará à CONTRATADA o valor mensal de R$ 6.500,00, até o 10º dia útil de cada mês.
Cláusula 5ª - Da multa. A rescisão antecipada, por qualquer das partes, sem justa causa, implicará multa equivalente a 3 (três) mensalidades.
Cláusula 7ª - Da confidencialidade. As partes obrigam-se a manter sigilo sobre as informações trocadas, durante a vigência e por 5 (cinco) anos após o término.
Cláusula 9ª - Do foro. Fica eleito o foro da comarca de Belo Horizonte/MG para dirimir quaisquer dúvidas oriundas deste contrato."""

PT_CHAT = """[09:12] Carla: Bom dia, pessoal! Alguém sabe se a reunião com o fornecedor continua às 15h?
[09:14] Rafael: Continua, mas mudou para a sala 3.
[09:15] Carla: Obrigada!
[09:31] Jonas: Vou chegar atrasado, o metrô parou na Sé.
[09:40] Rafael: Sem problema, a gente começa com o relatório de vendas.
[10:02] Bia: Subi a planilha nova no drive, conferiram os números de outubro?
[10:05] Jonas: Cheguei. Vou olhar agora.
[10:20] Jonas: Tem um erro na linha de Curitiba, está duplicada.
[10:22] Bia: Verdade, corrigi. Valeu!
[11:47] Carla: Almoço hoje no japonês da esquina?
[11:48] Rafael: Topo.
[11:50] Bia: Eu também!"""

PT_EMAIL = """Assunto: Cobrança em duplicidade - pedido 40392

Olá,
no dia 8 fiz uma compra de R$ 349,90 no site de vocês (tênis de corrida, tamanho 41). Hoje, ao conferir a fatura do cartão, vi que o valor foi cobrado duas vezes, no mesmo horário. Recebi só um par, como esperado.
Gostaria que vocês estornassem a cobrança duplicada. Se precisarem de algum comprovante, posso enviar o print da fatura.
Aguardo retorno."""

# --- Spanish, German, French, Hindi, Chinese -----------------------------------
ES_ACTA = """Acta de la reunión de la AMPA - Colegio San Isidro

Asistentes: 11 familias y la directora.
1. Comedor: se han recibido quejas por la falta de fruta en los menús de noviembre. La directora hablará con la empresa de catering antes del día 10.
2. Excursión de fin de curso: se propone Granja Escuela El Valle para 3º y 4º (28 euros por alumno, autobús incluido). Se aprueba por mayoría.
3. Cuotas: 46 familias no han pagado todavía la cuota anual de 20 euros. Se enviará un recordatorio.
4. Fiesta de Navidad: será el 19 de diciembre a las 16:00 en el gimnasio. Se necesitan voluntarios para montar y recoger.
5. Ruegos y preguntas: una familia pide que se revise el paso de peatones de la calle Almendro."""

DE_MIETVERTRAG = """Auszug aus dem Mietvertrag

§ 3 Mietzeit: Das Mietverhältnis beginnt am 1. März und läuft auf unbestimmte Zeit. Die Parteien verzichten wechselseitig für die Dauer von zwei Jahren ab Vertragsschluss auf ihr Recht zur ordentlichen Kündigung.
§ 4 Miete: Die monatliche Nettokaltmiete beträgt 980 EUR zuzüglich einer Vorauszahlung auf die Betriebskosten von 210 EUR.
§ 7 Schönheitsreparaturen: Der Mieter übernimmt die Schönheitsreparaturen. Sie sind in Küche und Bad alle drei Jahre, in den übrigen Räumen alle fünf Jahre durchzuführen.
§ 9 Tierhaltung: Die Haltung von Hunden und Katzen bedarf der schriftlichen Zustimmung des Vermieters.
§ 12 Kaution: Der Mieter leistet eine Kaution in Höhe von drei Nettokaltmieten."""

FR_COMPTE_RENDU = """Compte rendu - réunion d'équipe support, lundi

Présents : 6 personnes.
- Volume de tickets : 1 240 la semaine dernière (+9 %), principalement sur la facturation après le changement de grille tarifaire.
- Délai moyen de première réponse : 5 h 40, au-dessus de l'objectif de 4 h.
- Les macros de réponse sur les remboursements seront mises à jour par Inès d'ici jeudi.
- Le chatbot redirige trop souvent vers un humain pour les questions de mot de passe ; Hugo regarde les logs.
- Formation au nouvel outil de CRM prévue le 12, matinée entière.
Prochaine réunion : lundi prochain, 9 h 30."""

HI_LEKH = """दिल्ली में सर्दियों की शुरुआत के साथ ही वायु प्रदूषण फिर बढ़ने लगा है। पिछले सप्ताह कई इलाकों में वायु गुणवत्ता सूचकांक 400 के पार चला गया, जिसे 'गंभीर' श्रेणी में रखा जाता है। विशेषज्ञों के अनुसार पराली जलाना, वाहनों का धुआँ और निर्माण कार्य से उड़ने वाली धूल इसके मुख्य कारण हैं।

सरकार ने निर्माण कार्यों पर अस्थायी रोक लगाई है और स्कूलों में बाहरी खेल गतिविधियाँ बंद कर दी हैं। डॉक्टरों ने बुज़ुर्गों और दमा के मरीज़ों को सुबह की सैर से बचने की सलाह दी है। कई लोग घरों में एयर प्यूरीफायर लगा रहे हैं, लेकिन सबके लिए यह संभव नहीं है।

पर्यावरण कार्यकर्ताओं का कहना है कि हर साल आपात उपायों के बजाय पूरे साल चलने वाली ठोस योजना की ज़रूरत है।"""

ZH_WENZHANG = """社区团购退潮之后，菜市场重新热闹起来

前几年，社区团购凭借低价迅速扩张，不少菜市场的摊主一度感到压力。如今，随着补贴减少，部分平台收缩业务，菜市场的人气开始回升。

记者在走访中发现，许多摊主也在改变经营方式：有的开通了线上预订，下班族可以在手机上下单，傍晚到摊位自提；有的和附近小区合作，每周固定配送两次。一位卖了二十年蔬菜的摊主说，老顾客更看重新鲜和能当面挑选。

业内人士认为，线上与线下并不是简单的替代关系，谁能把便利和信任结合起来，谁就能留住顾客。"""

# --- language-neutral: logs, tables, code, chats --------------------------------
LOG_JOURNAL = """Nov 28 03:12:01 web-02 systemd[1]: Starting nightly backup...
Nov 28 03:12:04 web-02 backup.sh[20911]: dumping database shop_prod
Nov 28 03:19:47 web-02 backup.sh[20911]: dump complete (4.1G)
Nov 28 03:19:48 web-02 backup.sh[20911]: uploading to s3://backups-eu/shop_prod/
Nov 28 03:41:02 web-02 backup.sh[20911]: upload failed: RequestTimeout (attempt 1/3)
Nov 28 03:41:33 web-02 backup.sh[20911]: upload failed: RequestTimeout (attempt 2/3)
Nov 28 03:42:04 web-02 backup.sh[20911]: upload failed: RequestTimeout (attempt 3/3)
Nov 28 03:42:04 web-02 systemd[1]: backup.service: Main process exited, code=exited, status=1/FAILURE
Nov 28 03:42:04 web-02 systemd[1]: backup.service: Failed with result 'exit-code'.
Nov 28 03:45:00 web-02 kernel: [812443.112] eth0: link speed changed to 100Mbps
Nov 28 04:00:00 web-02 CRON[21544]: (root) CMD (/usr/local/bin/rotate-logs)
Nov 28 04:00:02 web-02 rotate-logs[21544]: rotated 14 files
Nov 28 05:10:13 web-02 kernel: [819316.540] eth0: link speed changed to 1000Mbps"""

LOG_PG = """2026-11-27 22:01:14 UTC [3312] LOG:  checkpoint starting: time
2026-11-27 22:03:44 UTC [3312] LOG:  checkpoint complete: wrote 18843 buffers (14.4%); write=149.8 s
2026-11-27 22:05:02 UTC [7781] ERROR:  deadlock detected
2026-11-27 22:05:02 UTC [7781] DETAIL:  Process 7781 waits for ShareLock on transaction 991203; blocked by process 7790.
	Process 7790 waits for ShareLock on transaction 991201; blocked by process 7781.
2026-11-27 22:05:02 UTC [7781] STATEMENT:  UPDATE stock SET qty = qty - 1 WHERE sku = 'A-1190'
2026-11-27 22:05:09 UTC [7795] ERROR:  deadlock detected
2026-11-27 22:05:09 UTC [7795] STATEMENT:  UPDATE stock SET qty = qty - 2 WHERE sku = 'B-0042'
2026-11-27 22:06:30 UTC [7802] LOG:  duration: 8123.442 ms  statement: SELECT * FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.created_at > now() - interval '90 days'
2026-11-27 22:07:11 UTC [7781] ERROR:  deadlock detected
2026-11-27 22:07:11 UTC [7781] STATEMENT:  UPDATE stock SET qty = qty - 1 WHERE sku = 'A-1190'
2026-11-27 22:10:00 UTC [3312] LOG:  checkpoint starting: time"""

CSV_SALES = """region,quarter,units,revenue_eur,returns
North,Q1,1320,118800,41
North,Q2,1410,126900,38
North,Q3,1185,106650,95
South,Q1,980,88200,22
South,Q2,1105,99450,25
South,Q3,1240,111600,27
East,Q1,760,68400,19
East,Q2,710,63900,31
East,Q3,655,58950,44
West,Q1,1530,137700,35
West,Q2,1620,145800,33
West,Q3,1688,151920,36"""

CSV_SENSORS = """timestamp,sensor,temp_c,humidity
2026-11-29T00:00,greenhouse-1,18.2,71
2026-11-29T01:00,greenhouse-1,17.9,72
2026-11-29T02:00,greenhouse-1,17.5,74
2026-11-29T03:00,greenhouse-1,9.8,88
2026-11-29T04:00,greenhouse-1,9.1,90
2026-11-29T05:00,greenhouse-1,16.8,75
2026-11-29T00:00,greenhouse-2,19.0,65
2026-11-29T01:00,greenhouse-2,18.8,66
2026-11-29T02:00,greenhouse-2,18.7,66
2026-11-29T03:00,greenhouse-2,18.6,67
2026-11-29T04:00,greenhouse-2,18.4,67
2026-11-29T05:00,greenhouse-2,18.5,66"""

CODE_GO = """func (s *Store) Get(key string) ([]byte, error) {
	s.mu.RLock()
	e, ok := s.items[key]
	s.mu.RUnlock()
	if !ok {
		return nil, ErrNotFound
	}
	if time.Now().After(e.expires) {
		s.mu.Lock()
		delete(s.items, key)
		s.mu.Unlock()
		return nil, ErrNotFound
	}
	return e.value, nil
}

func (s *Store) Set(key string, value []byte, ttl time.Duration) {
	s.mu.Lock()
	s.items[key] = entry{value: value, expires: time.Now().Add(ttl)}
	s.mu.Unlock()
}"""

CODE_TS = """export async function fetchAll(urls: string[]): Promise<Result[]> {
  const results: Result[] = [];
  for (const url of urls) {
    try {
      const res = await fetch(url);
      results.push({ url, status: res.status, body: await res.text() });
    } catch (e) {
      results.push({ url, status: 0, body: String(e) });
    }
  }
  return results;
}"""

CODE_PY = """def merge_intervals(intervals):
    intervals.sort()
    out = []
    for start, end in intervals:
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out


def total_busy(meetings):
    return sum(e - s for s, e in merge_intervals(meetings))"""

YAML_DEPLOY = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
  labels:
    app: checkout
spec:
  replicas: 3
  selector:
    matchLabels:
      app: checkout
  template:
    metadata:
      labels:
        app: checkout
    spec:
      containers:
        - name: checkout
          image: registry.internal/checkout:2.14.1
          ports:
            - containerPort: 8080
          resources:
            requests: {cpu: 250m, memory: 256Mi}
            limits: {cpu: "1", memory: 512Mi}
          readinessProbe:
            httpGet: {path: /healthz, port: 8080}"""

SUPPORT_CHAT_EN = """Agent: Hi, thanks for contacting Brightline Internet, how can I help?
Customer: my internet keeps dropping every evening around 8
Agent: Sorry to hear that. Is it wifi only or also wired devices?
Customer: both i think, the tv goes off too
Agent: Thanks. I can see 14 disconnects on your line in the last 3 days, all between 19:50 and 21:30.
Customer: yeah that's it
Agent: That pattern usually points to congestion at the street cabinet. I'll open a ticket with the network team.
Customer: how long will that take
Agent: Usually 3 to 5 working days. I'll also apply a 10% credit for this month.
Customer: ok thanks
Agent: You're welcome. Anything else?
Customer: no that's all"""

# --- more material for the second part of the batch (cases_2_hard.py) ---------
JA_KIYAKU = """会員規約（抜粋）

第5条（会費）会員は、当社が定める月会費を毎月27日に指定の方法で支払うものとします。月の途中で入会した場合も、当月分の会費は全額発生します。
第8条（退会）会員は、退会希望月の前月10日までに所定の手続きを行うことで退会できます。期限を過ぎた場合、退会は翌々月末となります。
第9条（休会）会員は、1か月単位で最長3か月まで休会できます。休会中は月額550円の休会費がかかります。
第12条（免責）当社は、施設内での盗難・紛失について、当社に故意または重大な過失がある場合を除き責任を負いません。
第15条（規約の変更）当社は、会員に1か月前までに通知することにより、本規約を変更できるものとします。"""

PL_TRANSKRYPCJA = """[00:00] Marta: Dobra, zaczynamy. Najpierw status migracji bazy.
[00:12] Piotr: Migracja testowa przeszła w nocy, ale trwała 5 godzin zamiast 2. Indeksy budowały się po kolei.
[00:40] Marta: To w produkcji nie zmieścimy się w oknie serwisowym.
[00:47] Piotr: Możemy zbudować indeksy równolegle albo po przełączeniu, w tle.
[01:05] Kasia: Tylko że raporty sprzedaży rano potrzebują tych indeksów. Bez nich zapytania trwają minutami.
[01:30] Marta: Czyli opcja z budową w tle wymaga przesunięcia raportów?
[01:38] Kasia: Tak, albo puszczenia ich z repliki.
[02:10] Piotr: Replika ma opóźnienie około 15 minut, dla raportów to chyba bez znaczenia.
[02:25] Marta: Okej. Piotr, sprawdź równoległe indeksy na kopii. Kasia, zapytaj finanse, czy raporty z repliki im pasują. Decyzja w czwartek.
[02:50] Tomek: A co z rollbackiem? Ostatnio nie mieliśmy planu.
[03:02] Marta: Dobra uwaga. Tomek, rozpisz rollback do środy.
[03:15] Marta: Dzięki, kończymy."""

IT_TABELLA = """data;negozio;scontrini;incasso_eur;resi
03/11;Milano Centro;412;18230;9
03/11;Torino;288;11940;4
03/11;Bologna;305;12810;6
10/11;Milano Centro;398;17650;11
10/11;Torino;301;12420;5
10/11;Bologna;142;6110;3
17/11;Milano Centro;420;18920;10
17/11;Torino;295;12210;22
17/11;Bologna;310;13050;7"""

PT_PLANILHA = """funcionário,setor,horas_semana,horas_extras,faltas
Ana,Financeiro,40,2,0
Bruno,Logística,44,11,1
Cíntia,Logística,44,14,0
Diego,Vendas,40,0,3
Elaine,Vendas,40,1,0
Fábio,Logística,44,16,2
Gisele,Financeiro,40,0,0"""

DE_ARTIKEL = """Wärmepumpen im Altbau: besser als ihr Ruf

Lange galt die Wärmepumpe als Lösung nur für gut gedämmte Neubauten. Eine Auswertung von rund 300 Bestandsgebäuden zeigt nun, dass sie auch in vielen unsanierten Altbauten effizient arbeitet. Die durchschnittliche Jahresarbeitszahl lag bei 3,1, das heißt, aus einer Kilowattstunde Strom wurden gut drei Kilowattstunden Wärme.

Entscheidend sei weniger das Baujahr als die Vorlauftemperatur, sagen die Forschenden. Wer einzelne Heizkörper gegen größere tauscht, kann sie oft deutlich senken. Eine Komplettsanierung vor dem Einbau sei in vielen Fällen nicht nötig.

Kritiker weisen auf die hohen Anschaffungskosten und lange Wartezeiten bei Installateuren hin. Förderprogramme decken einen Teil der Kosten, die Anträge gelten aber als kompliziert."""

FR_CONTRAT = """CONDITIONS GÉNÉRALES D'ABONNEMENT (extrait)

Article 4 - Durée. L'abonnement est souscrit pour une durée initiale de douze mois, puis reconduit tacitement par périodes d'un mois.
Article 6 - Résiliation. L'abonné peut résilier à tout moment après la période initiale, avec un préavis de dix jours. Pendant la période initiale, la résiliation entraîne le paiement des mensualités restant dues, sauf motif légitime (déménagement à l'étranger, perte d'emploi, maladie de plus de trois mois).
Article 7 - Prix. Le prix mensuel est de 34,99 euros TTC. Le prestataire peut le modifier en informant l'abonné un mois à l'avance ; l'abonné peut alors résilier sans frais.
Article 9 - Responsabilité. La responsabilité du prestataire est limitée au montant des sommes versées au cours des six derniers mois."""

ES_CORREO = """Asunto: Incidencia con la calefacción - piso 3ºB

Hola,
les escribo porque desde el lunes la calefacción central no llega a mi piso. Los radiadores están fríos aunque los de los vecinos del 2º funcionan. He purgado los radiadores como indica el manual y no ha cambiado nada. Además, la caldera de la comunidad hace un ruido metálico por las mañanas.
Tengo un bebé de cuatro meses en casa y las temperaturas por la noche bajan de los 5 grados. ¿Podrían enviar a un técnico esta semana?
Un saludo"""

ZH_HETONG = """房屋租赁合同（节选）

第三条 租期：自2027年1月1日起至2027年12月31日止，共十二个月。
第四条 租金：每月人民币4800元，按季度支付，每季度首月5日前付清。
第五条 押金：乙方应于签约时支付押金人民币9600元。租期届满且无违约的，甲方应在十五日内无息退还。
第八条 提前解约：乙方提前解约的，应提前三十日书面通知甲方，并支付一个月租金作为违约金。
第十条 维修：房屋主体结构及设施的自然损坏由甲方负责维修；因乙方使用不当造成的损坏由乙方承担。"""

HI_EMAIL = """विषय: पानी की टंकी की सफ़ाई - सूचना

सभी निवासियों को सूचित किया जाता है कि सोसाइटी की ऊपरी पानी की टंकी की सफ़ाई शनिवार, 6 दिसंबर को सुबह 9 बजे से दोपहर 3 बजे तक की जाएगी। इस दौरान सभी फ़्लैटों में पानी की आपूर्ति बंद रहेगी। कृपया ज़रूरत के अनुसार पहले से पानी भरकर रखें।
सफ़ाई के बाद पहले आधे घंटे तक नल का पानी पीने के लिए उपयोग न करें। किसी भी समस्या के लिए सोसाइटी कार्यालय से संपर्क करें।
धन्यवाद,
प्रबंधन समिति"""

# --- more material (cases_2_long.py) --------------------------------------------
IT_MAIL_INTERNA = """Oggetto: nuovo orario del magazzino e turni di dicembre

Ciao a tutti,
come anticipato alla riunione di lunedì, da dicembre il magazzino di Piacenza cambia orario: apertura alle 6:00 invece che alle 7:00 e chiusura alle 22:00, dal lunedì al sabato. Il cambio serve a gestire il picco di ordini natalizi senza ricorrere ai trasportatori esterni la domenica.
I turni saranno tre: 6-14, 14-22 e un turno centrale 10-18 solo per il reparto resi. Chi ha esigenze particolari (figli piccoli, assistenza a familiari) lo segnali a Paola entro venerdì: cercheremo di tenerne conto.
Ricordo che le ore oltre le 40 settimanali saranno pagate come straordinario, con la maggiorazione prevista dal contratto. Il buono pasto vale anche per il turno 14-22.
Per dubbi scrivetemi o passate in ufficio.
Grazie a tutti per la collaborazione,
Luca - responsabile logistica"""

JA_MAIL = """件名：【ご相談】納品スケジュール変更のお願い

株式会社ミナト物産
購買部 ご担当者様

いつも大変お世話になっております。
さて、先日ご注文いただきました業務用保冷バッグ（型番 CB-40、3,000個）につきまして、製造ラインの設備点検が予定より長引いた影響で、当初お約束していた12月5日の一括納品が難しい状況となりました。
つきましては、12月5日に1,500個、12月19日に残り1,500個の分割納品とさせていただけないでしょうか。分割に伴う追加の送料は弊社にて負担いたします。
年末のお忙しい時期に大変恐縮ですが、ご検討のほどよろしくお願い申し上げます。"""

PL_MAIL_KLIENT = """Temat: Oferta na remont łazienki - pytania

Dzień dobry,
dziękuję za przesłaną ofertę na remont łazienki (ok. 6 m²). Zanim podejmę decyzję, mam kilka pytań.
Po pierwsze, w ofercie jest pozycja "demontaż i utylizacja" za 1800 zł - czy to obejmuje wywóz starej wanny i płytek, czy tylko demontaż?
Po drugie, proponują Państwo termin rozpoczęcia 12 stycznia. Czy prace potrwają rzeczywiście 3 tygodnie, i czy przez ten czas będę mógł korzystać z toalety?
Po trzecie, czy cena materiałów jest stała, czy może się zmienić, jeśli płytki zdrożeją?
Na koniec: czy wystawiają Państwo fakturę z 8% VAT?
Z góry dziękuję za odpowiedź."""

PT_RELATORIO = """Relatório mensal - Atendimento ao cliente (outubro)

Volume: 8.420 contatos (+6% em relação a setembro). Canais: chat 52%, telefone 31%, e-mail 17%.
Tempo médio de primeira resposta: chat 1 min 40 s; e-mail 9 h 20 min (meta: 8 h).
Satisfação (CSAT): 84%, queda de 3 pontos, concentrada nos contatos sobre entrega atrasada.
Principais motivos: atraso na entrega (27%), troca e devolução (19%), dúvidas de pagamento (14%), problemas de acesso ao app (11%).
Ações do mês: novo roteiro para atrasos, integração do rastreio da transportadora no chat, treinamento de 12 novos atendentes.
Próximos passos: reduzir o tempo de resposta do e-mail com triagem automática e revisar o acordo com a transportadora da região Sul."""

EN_ARTICLE = """Libraries lend more than books

Public libraries across the region now lend sewing machines, power drills, telescopes and even fishing rods. The "library of things" programmes started as small pilots five years ago and have grown to more than 40 branches. Borrowers can take an item for a week with an ordinary library card; popular items such as carpet cleaners have waiting lists of a month.

Librarians say the programme brings in people who had not visited in years, especially young families and renters who lack storage space. Some branches run repair cafés on Saturdays, where volunteers fix broken toasters and lamps for free.

The main problems are wear and tear and late returns. One branch lost a third of its tool collection in the first year, and most now charge a small deposit for expensive items."""

DE_MAIL = """Betreff: Verspätete Lieferung der Schreibtische

Sehr geehrte Damen und Herren,
am 2. November haben wir bei Ihnen 14 höhenverstellbare Schreibtische für unser neues Büro bestellt, Liefertermin laut Auftragsbestätigung 20. November. Bis heute ist nichts angekommen, und auf unsere Anfragen per Telefon bekommen wir nur die Auskunft, die Ware sei „unterwegs“.
Unser Umzug ist für den 1. Dezember geplant. Bitte teilen Sie uns bis Freitag verbindlich mit, wann geliefert wird. Falls die Lieferung nicht bis zum 28. November erfolgen kann, behalten wir uns vor, vom Vertrag zurückzutreten.
Mit freundlichen Grüßen
Einkauf, Brandt & Söhne GmbH"""

FR_ARTICLE = """Le vélo-cargo s'installe dans les livraisons urbaines

À Lyon comme à Nantes, les vélos-cargos électriques remplacent peu à peu les camionnettes pour le dernier kilomètre. Une entreprise lyonnaise en fait rouler désormais 60, qui livrent chaque jour près de 4 000 colis dans l'hypercentre. Selon elle, un vélo-cargo coûte trois fois moins cher à l'usage qu'un utilitaire diesel et n'est pas concerné par les zones à faibles émissions.

Les livreurs apprécient de ne plus chercher de place pour se garer, mais se plaignent des pistes cyclables encombrées et de la pluie. Les commerçants, eux, demandent des aires de livraison adaptées. La métropole prévoit d'en créer une centaine d'ici deux ans."""

ES_ARTICULO = """Las comunidades de vecinos se apuntan al autoconsumo solar

Cada vez más comunidades de propietarios instalan placas solares en las azoteas para reducir la factura de las zonas comunes y, en algunos casos, repartir la energía entre los pisos. En un edificio de 24 viviendas de Valencia, la instalación de 30 kilovatios costó 38.000 euros, de los que las ayudas públicas cubrieron algo más de un tercio.

Los administradores de fincas señalan que lo más difícil no es la técnica sino el acuerdo: hace falta una mayoría en la junta y hay vecinos que no quieren pagar una derrama. Las empresas instaladoras calculan que la inversión se recupera en unos seis o siete años."""

ZH_YOUJIAN = """主题：关于年会场地和预算的几点说明

各位同事：
今年公司年会定于1月17日（周六）晚上举行，初步选定两个场地：A酒店宴会厅可容纳300人，报价每桌3800元；B会展中心多功能厅可容纳400人，场地费2万元，餐饮另计，每人约260元。
目前报名人数为236人，预计最终在250人左右。行政部倾向于A酒店，交通方便，但节目彩排时间只有两小时；B会展中心彩排时间充足，但离地铁站较远，需要安排接驳车。
预算总额为12万元，包括场地、餐饮、奖品和节目。请各部门负责人在本周五前反馈意见。
行政部"""

HI_LEKH_2 = """भारत में डिजिटल भुगतान का तेज़ी से विस्तार

पिछले पाँच वर्षों में यूपीआई के ज़रिए होने वाले लेन-देन कई गुना बढ़ गए हैं। अब छोटे शहरों और गाँवों में भी सब्ज़ी वाले और चाय की दुकानें क्यूआर कोड से भुगतान लेती हैं। सरकार का कहना है कि इससे नकदी पर निर्भरता कम हुई है और लेन-देन पारदर्शी हुए हैं।

हालाँकि, साइबर धोखाधड़ी के मामले भी बढ़े हैं। कई लोग फ़र्ज़ी कॉल या संदेशों के झाँसे में आकर अपना पिन बता देते हैं। विशेषज्ञ सलाह देते हैं कि पैसे प्राप्त करने के लिए कभी पिन डालने की ज़रूरत नहीं होती, और किसी अनजान लिंक पर क्लिक नहीं करना चाहिए।"""

STACKTRACE_JAVA = """2026-11-29 14:02:11.381 ERROR [http-nio-8080-exec-7] c.s.orders.OrderController - Unhandled exception
java.lang.NullPointerException: Cannot invoke "com.shop.model.Address.getCountry()" because "shipping" is null
	at com.shop.tax.TaxService.rateFor(TaxService.java:48)
	at com.shop.orders.OrderService.total(OrderService.java:112)
	at com.shop.orders.OrderService.place(OrderService.java:77)
	at com.shop.orders.OrderController.create(OrderController.java:41)
	at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
2026-11-29 14:02:14.902 ERROR [http-nio-8080-exec-2] c.s.orders.OrderController - Unhandled exception
java.lang.NullPointerException: Cannot invoke "com.shop.model.Address.getCountry()" because "shipping" is null
	at com.shop.tax.TaxService.rateFor(TaxService.java:48)
	at com.shop.orders.OrderService.total(OrderService.java:112)
2026-11-29 14:05:40.017 WARN  [scheduler-1] c.s.cart.CartCleanup - 312 abandoned carts older than 30 days removed"""
