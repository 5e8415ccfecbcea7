"""Pasted material for the blind evaluation set (blind.jsonl) only.

Written for this set and for nothing else: support tickets, emails,
contracts, recipes, minutes, logs, tables and code in the ten languages,
plus a few earlier conversations to put in front of a last turn. None of it
is taken from materials.py, fresh_materials.py or the templates; the logs
and tables are generated from their own fixed seed so the file is
reproducible. Standard library only."""

import random

_R = random.Random(7305191)

# ---------------------------------------------------------------- generated


def _tally_log():
    """A service log: a deploy at 03:12, then the tally-api pool to the
    ledger database runs dry and the circuit breaker opens."""
    lines = []
    t = 3 * 3600 + 2 * 60
    for i in range(74):
        t += _R.randrange(3, 19)
        hh, mm, ss = t // 3600, t // 60 % 60, t % 60
        ts = f"2026-11-21T{hh:02d}:{mm:02d}:{ss:02d}.{_R.randrange(1000):03d}Z"
        if i == 22:
            lines.append(f"{ts} INFO  deployer      rollout tally-api v5.2.0 -> v5.3.0 (3/3 replicas)")
            continue
        if i < 22:
            pick = _R.choice([
                "INFO  tally-api     POST /v2/ledger/entries 201 {ms}ms",
                "INFO  tally-api     GET /v2/ledger/balance 200 {ms}ms",
                "DEBUG pool          ledger-db active={a}/32 idle={b}",
                "INFO  recon-worker  batch {n} reconciled rows=500",
            ])
        else:
            pick = _R.choice([
                "WARN  pool          ledger-db active=32/32 idle=0 waiters={w}",
                "ERROR tally-api     POST /v2/ledger/entries 503 timeout acquiring connection after 5000ms",
                "INFO  tally-api     GET /v2/ledger/balance 200 {ms}ms",
                "WARN  recon-worker  batch {n} holding 4 connections, txn open {s}s",
                "ERROR gateway       upstream tally-api 503 retry {r}/3",
                "INFO  tally-api     POST /v2/ledger/entries 201 {ms}ms",
            ])
            if i == 51:
                pick = "ERROR breaker       circuit tally-api OPEN after 50 failures in 60s"
        lines.append(ts + " " + pick.format(ms=_R.randrange(8, 140), a=_R.randrange(3, 14), b=_R.randrange(10, 29),
                                            n=_R.randrange(4100, 4900), w=_R.randrange(5, 61), s=_R.randrange(20, 95),
                                            r=_R.randrange(1, 4)))
    return "\n".join(lines)


TALLY_LOG = _tally_log()


def _shipments_csv():
    carriers = ["Nordline", "PaqExpress", "Vistula Cargo", "Rapido", "BlueHeron"]
    cities = ["Rotterdam", "Lyon", "Poznań", "Porto", "Bologna", "Leipzig", "Valencia", "Gdańsk"]
    rows = ["shipment_id,carrier,origin,destination,promised_days,actual_days,weight_kg,cost_eur"]
    for k in range(46):
        c = _R.choice(carriers)
        o, d = _R.sample(cities, 2)
        promised = _R.choice([2, 3, 3, 4, 5])
        late = _R.choice([0, 0, 0, 1, 2]) + (2 if c == "Rapido" and d in ("Porto", "Valencia") else 0)
        w = round(_R.uniform(0.4, 38.0), 1)
        rows.append(f"SH-{71020 + k},{c},{o},{d},{promised},{promised + late},{w},{round(6 + w * _R.uniform(0.6, 1.4), 2)}")
    return "\n".join(rows)


SHIPMENTS_CSV = _shipments_csv()


def _sensor_csv():
    rows = ["ts,boiler_id,flow_temp_c,return_temp_c,pressure_bar,burner_on"]
    for k in range(40):
        p = round(1.6 - (0.02 * k if k > 18 else 0) + _R.uniform(-0.03, 0.03), 2)
        rows.append(f"2026-11-2{k // 20 + 2} {8 + k % 20:02d}:00,BX-{_R.choice([11, 12, 14])},"
                    f"{_R.randrange(58, 72)},{_R.randrange(38, 50)},{p},{_R.choice([0, 1, 1])}")
    return "\n".join(rows)


SENSOR_CSV = _sensor_csv()

# ---------------------------------------------------------------- code

GO_POOL = """package fetch

import (
\t"net/http"
\t"sync"
)

type Result struct {
\tURL    string
\tStatus int
\tErr    error
}

// FetchAll downloads every URL with at most n requests in flight.
func FetchAll(urls []string, n int) []Result {
\tjobs := make(chan string)
\tout := make(chan Result)
\tvar wg sync.WaitGroup
\tfor i := 0; i < n; i++ {
\t\twg.Add(1)
\t\tgo func() {
\t\t\tfor u := range jobs {
\t\t\t\tresp, err := http.Get(u)
\t\t\t\tif err != nil {
\t\t\t\t\tout <- Result{URL: u, Err: err}
\t\t\t\t\tcontinue
\t\t\t\t}
\t\t\t\tout <- Result{URL: u, Status: resp.StatusCode}
\t\t\t}
\t\t\twg.Done()
\t\t}()
\t}
\tfor _, u := range urls {
\t\tjobs <- u
\t}
\twg.Wait()
\tclose(out)
\tvar res []Result
\tfor r := range out {
\t\tres = append(res, r)
\t}
\treturn res
}"""

TS_RETRY = """export async function getJson<T>(url: string, tries = 3): Promise<T> {
  let last: unknown;
  for (let i = 0; i <= tries; i++) {
    try {
      const r = await fetch(url);
      if (r.status >= 500) throw new Error(`server ${r.status}`);
      return r.json();
    } catch (e) {
      last = e;
      await new Promise((ok) => setTimeout(ok, 2 ** i * 100));
    }
  }
  throw last;
}

export function cacheKey(url: string, params: Record<string, string>) {
  return url + "?" + Object.keys(params).map((k) => k + "=" + params[k]).join("&");
}"""

PY_INVOICES = """import csv
from decimal import Decimal

def totals_by_client(path):
    totals = {}
    f = open(path)
    for row in csv.DictReader(f):
        client = row["client"].strip()
        amount = float(row["amount"])
        if row["currency"] != "EUR":
            amount = amount * RATES[row["currency"]]
        totals[client] = totals.get(client, 0) + amount
    return sorted(totals.items(), key=lambda kv: kv[1])

def overdue(rows, today):
    return [r for r in rows if r["due"] < today and r["paid"] == "no"]"""

SQL_SLOW = """SELECT c.id, c.name,
       (SELECT COUNT(*) FROM orders o WHERE o.customer_id = c.id AND o.status = 'returned') AS returns,
       (SELECT SUM(total) FROM orders o WHERE o.customer_id = c.id) AS revenue
FROM customers c
WHERE LOWER(c.country) = 'pl'
  AND c.id IN (SELECT customer_id FROM orders WHERE created_at > NOW() - INTERVAL '90 days')
ORDER BY revenue DESC;"""

# ---------------------------------------------------------------- English

TICKET_EN = """Subject: Router keeps dropping every evening - ticket #CX-448812

Hello,

Since the firmware update last Tuesday my router (model HX-300, serial ending 7Q2) drops the connection every evening between about 7 and 10 pm. The lights go from white to blinking amber, it comes back after two or three minutes and then drops again. I have already restarted it, moved it away from the microwave and tried a different cable. Daytime is fine. I work from home two evenings a week and this is making it impossible to take calls. I've been a customer for six years and I'd like to know whether this is a known problem with the update and whether I can get a replacement unit or at least a credit for the days it hasn't worked.

Regards,
a very tired customer"""

RECIPE_EN = """Slow-cooked lamb shoulder with white beans (serves 6)

Ingredients: 1 lamb shoulder on the bone (about 2 kg), 2 heads of garlic, 4 sprigs of rosemary, 2 onions, 3 carrots, 400 ml dry white wine, 500 ml stock, 2 tins of cannellini beans, olive oil, salt, pepper, a lemon.

1. Take the lamb out of the fridge an hour before cooking. Heat the oven to 160 C.
2. Score the fat in a criss-cross pattern, rub with salt, pepper and oil, and push slivers of garlic and rosemary leaves into the cuts.
3. Brown the shoulder on all sides in a heavy casserole, about 10 minutes, then lift it out.
4. Soften the sliced onions and carrots in the fat for 8 minutes, add the wine and let it bubble for 2 minutes.
5. Put the lamb back, pour in the stock, cover tightly and cook for 4 hours, basting every hour.
6. Forty minutes before the end, add the drained beans and the halved garlic heads around the meat.
7. Rest the lamb for 20 minutes under foil, squeeze the lemon over the beans and serve the meat pulled from the bone.

Make ahead: the whole dish keeps for two days in the fridge and tastes better reheated."""

LEASE_EN = """RESIDENTIAL TENANCY AGREEMENT (extract)

4. Rent. The Tenant shall pay rent of GBP 1,450 per calendar month in advance on the first day of each month by standing order. Rent may be reviewed once in any twelve-month period on giving the Tenant not less than two months' written notice.
5. Deposit. A deposit of five weeks' rent shall be held in a government-approved scheme and returned within ten days of the end of the tenancy, less any reasonable deductions for damage beyond fair wear and tear.
6. Break clause. Either party may end this agreement after the first six months by giving not less than two months' written notice, provided that all rent due has been paid.
7. Repairs. The Landlord is responsible for the structure and exterior, heating and hot water installations. The Tenant shall report any disrepair promptly and shall keep the interior in good and clean condition.
8. Pets. No animals shall be kept at the Property without the Landlord's prior written consent, which shall not be unreasonably withheld.
9. Subletting. The Tenant shall not assign, sublet or part with possession of the whole or any part of the Property."""

HISTORY_EN = [
    ("user", "Here is last night's log from tally-api. Why did the ledger writes start failing and what should we change?\n\n" + TALLY_LOG),
    ("assistant", "The failures start right after the v5.3.0 rollout at 03:12. From then on the ledger-db pool sits at 32/32 with a growing waiter queue, and recon-worker batches hold four connections each with transactions open for 20 to 90 seconds. Writes time out after 5 s waiting for a connection, the gateway retries them three times, which adds load, and the breaker opens at 50 failures a minute. Likely cause: v5.3.0 made the reconciliation batches transactional end to end. Fixes, in order: roll back or cap recon-worker to one connection, shorten its transactions to per-chunk commits, give the API its own pool, and make the gateway's retries back off."),
    ("user", "Makes sense. Can you also write the postmortem timeline?"),
    ("assistant", "03:12 rollout of v5.3.0 completes on 3/3 replicas. 03:13 first pool saturation warning. 03:14 first 503s on POST /v2/ledger/entries. 03:16 gateway retry volume triples. 03:19 circuit breaker opens for tally-api. Recovery began after the rollback at 03:41; the pool drained within two minutes."),
]

# ---------------------------------------------------------------- Spanish

TICKET_ES = """Asunto: Cobro duplicado en la cuota de noviembre (incidencia 2026-55871)

Buenos días:

Les escribo porque en el extracto de este mes me aparecen dos cargos de 39,90 € de su gimnasio con fecha 3 de noviembre, con el mismo concepto "CUOTA MENSUAL PREMIUM". Solo tengo una inscripción y nunca he pedido un segundo plan. Ya llamé al centro de la calle Alcalá y me dijeron que lo tenía que reclamar por escrito. Además, la app lleva una semana sin dejarme reservar clases de spinning, me sale "error 412" al confirmar. Les pido que me devuelvan el cargo repetido lo antes posible y que me digan si el problema de la app tiene solución o si debo reservar en recepción mientras tanto.

Un saludo,
Socia número 20418"""

CONTRATO_ES = """CONTRATO DE PRESTACIÓN DE SERVICIOS DE LIMPIEZA

PRIMERA. Objeto. La empresa prestadora se compromete a realizar la limpieza de las oficinas del cliente situadas en la planta tercera del edificio, de lunes a viernes, en horario de 19:00 a 22:00.
SEGUNDA. Precio. El cliente abonará la cantidad de 1.280 euros mensuales más IVA, mediante transferencia dentro de los diez primeros días de cada mes.
TERCERA. Duración. El contrato tendrá una duración de un año desde su firma y se prorrogará tácitamente por periodos anuales salvo denuncia por escrito con un preaviso de dos meses.
CUARTA. Materiales. Los productos y utensilios de limpieza correrán a cargo de la empresa prestadora, que garantiza que cumplen la normativa vigente.
QUINTA. Responsabilidad. La empresa prestadora responderá de los daños que su personal cause en las instalaciones, hasta un máximo de 30.000 euros por siniestro, para lo cual mantendrá en vigor un seguro de responsabilidad civil.
SEXTA. Penalizaciones. Si el servicio no se presta en tres o más días de un mismo mes, el cliente podrá descontar un 20 % de la factura de ese mes.
SÉPTIMA. Jurisdicción. Para cualquier controversia las partes se someten a los juzgados de Zaragoza."""

HISTORY_ES = [
    ("user", "Te pego el contrato de limpieza que nos han mandado. ¿Qué cláusulas nos perjudican y qué cambiarías?\n\n" + CONTRATO_ES),
    ("assistant", "Las que más os afectan son la TERCERA (prórroga tácita con dos meses de preaviso: es fácil que se os pase la fecha), la QUINTA (el tope de 30.000 € por siniestro puede quedarse corto si hay daños en equipos) y la SEXTA (la penalización solo se activa a partir de tres días sin servicio). Yo propondría un preaviso de un mes, subir el tope o ligarlo al valor real del daño, y una penalización proporcional desde el primer día sin servicio. Conviene que lo revise vuestro abogado antes de firmar."),
]

# ---------------------------------------------------------------- German

TICKET_DE = """Betreff: Waschmaschine WT-8 zeigt Fehler E21 – Auftrag 4471-2290

Sehr geehrte Damen und Herren,

meine Waschmaschine, die ich im August bei Ihnen gekauft habe, bricht seit einer Woche mitten im Programm ab und zeigt den Fehler E21. Das Wasser bleibt in der Trommel stehen. Ich habe das Flusensieb gereinigt, wie in der Anleitung beschrieben, und den Ablaufschlauch auf Knicke geprüft. Nach dem Reinigen lief sie genau einmal durch, danach kam der Fehler wieder. Da das Gerät noch in der Garantie ist, bitte ich um einen Technikertermin. Vormittags bin ich nur dienstags und donnerstags zu Hause. Falls ein Austausch nötig ist, möchte ich wissen, wie lange das dauert, denn wir sind ein Haushalt mit zwei kleinen Kindern.

Mit freundlichen Grüßen
Kundennummer 88-301-774"""

PROTOKOLL_DE = """Protokoll der Eigentümerversammlung vom 14. November 2026

Anwesend: 11 von 16 Eigentümern, damit beschlussfähig. Versammlungsleitung: Hausverwaltung.

TOP 1: Jahresabrechnung 2025. Die Abrechnung wurde erläutert. Die Heizkosten sind gegenüber dem Vorjahr um 18 % gestiegen. Beschluss: Die Abrechnung wird mit 10 Ja-Stimmen bei einer Enthaltung genehmigt.
TOP 2: Sanierung der Tiefgarageneinfahrt. Es liegen drei Angebote vor (41.200 €, 38.900 €, 46.500 €). Nach Diskussion über die Gewährleistung wird das Angebot über 38.900 € angenommen; die Arbeiten sollen im April beginnen.
TOP 3: Fahrradkeller. Mehrere Eigentümer beklagen abgestellte Schrottfahrräder. Die Verwaltung hängt einen Aushang aus; nicht gekennzeichnete Räder werden nach vier Wochen entfernt.
TOP 4: Erhöhung der Instandhaltungsrücklage. Vorschlag: von 0,60 € auf 0,85 € pro Quadratmeter und Monat. Beschluss mit 8 zu 3 Stimmen angenommen.
TOP 5: Verschiedenes. Der Aufzug war im Oktober zweimal außer Betrieb; die Verwaltung prüft den Wartungsvertrag. Nächste Versammlung voraussichtlich im Mai 2027."""

HISTORY_DE = [
    ("user", "Hier ist unser Go-Code. Manchmal hängt FetchAll für immer. Warum, und wie reparieren wir das?\n\n```go\n" + GO_POOL + "\n```"),
    ("assistant", "Es gibt zwei Deadlocks. Erstens ist `out` ungepuffert und wird erst nach `wg.Wait()` gelesen: Die Worker blockieren beim Senden, `wg.Wait()` kehrt nie zurück. Zweitens wird `jobs` nie geschlossen, also beenden sich die Worker nie. Außerdem fehlt `resp.Body.Close()`, wodurch Verbindungen auslaufen. Lösung: `jobs` nach dem Einspeisen schließen, das Einspeisen in eine eigene Goroutine legen, `wg.Wait(); close(out)` ebenfalls in einer Goroutine ausführen und `out` im Hauptpfad lesen; den Body immer schließen."),
    ("user", "Und wie teste ich, dass es nicht mehr hängt?"),
    ("assistant", "Mit einem `httptest.Server`, der langsam antwortet, mehr URLs als Worker, und einem Test mit Timeout über `context` oder `time.After`; zusätzlich `go test -race` und ein Check mit `goleak`, dass keine Goroutinen übrig bleiben."),
]

# ---------------------------------------------------------------- French

TICKET_FR = """Objet : Colis jamais reçu – commande n° FR-2026-118203

Bonjour,

J'ai commandé le 2 novembre un aspirateur balai et une batterie de rechange. Le suivi indique « livré » le 6 novembre à 11 h 42, mais je n'ai rien reçu : personne n'a sonné, il n'y a pas d'avis de passage et le gardien de l'immeuble n'a rien vu non plus. J'ai attendu deux jours au cas où le colis aurait été déposé chez un voisin, sans résultat. Je vous demande soit de me renvoyer la commande, soit de me rembourser intégralement. Je trouve aussi regrettable que votre service client ne réponde qu'après quatre jours ; c'est ma troisième commande chez vous et la première qui pose problème.

Cordialement,
Client fidèle"""

BAIL_FR = """CONDITIONS GÉNÉRALES D'ABONNEMENT – SALLE D'ESCALADE

Article 1 – Durée. L'abonnement annuel prend effet à la date de souscription et se renouvelle automatiquement pour une durée identique, sauf résiliation notifiée au moins un mois avant l'échéance.
Article 2 – Prix. Le tarif est de 49 euros par mois, payable par prélèvement. Toute augmentation sera communiquée deux mois à l'avance ; l'abonné pourra alors résilier sans frais.
Article 3 – Suspension. En cas de blessure attestée par un certificat médical, l'abonnement peut être suspendu pour une durée de un à trois mois, prolongeant d'autant l'échéance.
Article 4 – Résiliation anticipée. Hors motif légitime (déménagement à plus de 30 km, perte d'emploi), la résiliation anticipée donne lieu au paiement de trois mensualités.
Article 5 – Responsabilité. La pratique de l'escalade comporte des risques. L'abonné déclare connaître les règles de sécurité affichées et s'engage à suivre l'initiation obligatoire avant toute utilisation des voies en tête.
Article 6 – Données. Les informations collectées sont utilisées uniquement pour la gestion de l'abonnement."""

HISTORY_FR = [
    ("user", "Peux-tu m'expliquer comment fonctionne un plan d'épargne retraite en général ?"),
    ("assistant", "Le PER est une enveloppe d'épargne de long terme. Les versements volontaires peuvent être déduits du revenu imposable dans certaines limites, l'argent est en principe bloqué jusqu'à la retraite (avec des cas de déblocage anticipé comme l'achat de la résidence principale), et à la sortie on peut récupérer un capital, une rente ou un mélange des deux. La fiscalité à la sortie dépend de la déduction choisie à l'entrée."),
]

# ---------------------------------------------------------------- Portuguese

RECEITA_PT = """Moqueca de peixe (6 porções)

Ingredientes: 1 kg de robalo em postas, suco de 2 limões, 4 dentes de alho, 2 cebolas, 3 tomates maduros, 1 pimentão vermelho, 1 pimentão amarelo, 1 maço de coentro, 200 ml de leite de coco, 3 colheres de sopa de azeite de dendê, sal e pimenta-do-reino.

Modo de preparo:
1. Tempere o peixe com o limão, o alho amassado, sal e pimenta e deixe marinar por 30 minutos na geladeira.
2. Corte a cebola, os tomates e os pimentões em rodelas.
3. Numa panela de barro, faça uma camada com metade dos legumes, arrume o peixe por cima e cubra com o restante dos legumes.
4. Regue com o leite de coco e o dendê, tampe e cozinhe em fogo médio por 15 minutos sem mexer, só balançando a panela.
5. Junte o coentro picado, confira o sal e cozinhe mais 5 minutos.
6. Sirva com arroz branco e pirão feito com o caldo da própria moqueca.

Dica: se não encontrar robalo, use cação ou pescada amarela; evite peixes que desmancham fácil."""

TICKET_PT = """Assunto: Internet fibra lenta desde a mudança de plano – protocolo 2026118840173

Olá,

Mudei do plano de 300 mega para o de 600 mega no dia 10 e desde então a velocidade caiu em vez de subir. Nos testes pelo cabo dá entre 80 e 120 mega à noite e uns 250 de manhã. Já reiniciei o modem, troquei o cabo de rede e o técnico que veio na sexta disse que o sinal óptico está normal e que o problema "é no sistema". Estou pagando 40 reais a mais por mês por um serviço pior. Quero que regularizem a velocidade em até cinco dias úteis ou que devolvam a diferença e me coloquem de volta no plano antigo sem multa.

Atenciosamente,
Assinante desde 2019"""

HISTORY_PT = [
    ("user", "Analise esta planilha de envios e diga qual transportadora atrasa mais e em que rotas.\n\n" + SHIPMENTS_CSV),
    ("assistant", "A Rapido concentra os atrasos: nas entregas com destino a Porto e Valência ela leva em média dois dias a mais do que o prometido, enquanto nas outras rotas atrasa pouco. As demais transportadoras têm atrasos esporádicos de um dia, sem padrão por rota. Sugestão: tirar da Rapido as rotas para Porto e Valência ou renegociar o prazo prometido nessas rotas."),
    ("user", "Perfeito. E quanto gastamos no total com a Rapido?"),
    ("assistant", "Somando a coluna cost_eur das linhas da Rapido, o total fica em torno de algumas centenas de euros; se quiser, eu listo linha a linha para conferir."),
]

# ---------------------------------------------------------------- Italian

RICETTA_IT = """Risotto alla zucca e salvia (4 persone)

Ingredienti: 320 g di riso Carnaroli, 600 g di zucca mantovana già pulita, 1 scalogno, 1 litro di brodo vegetale caldo, 1 bicchiere di vino bianco secco, 8 foglie di salvia, 60 g di burro, 70 g di Grana Padano grattugiato, olio extravergine, sale, pepe.

Procedimento:
1. Taglia metà della zucca a cubetti e l'altra metà falla cuocere in forno a 200 gradi per 25 minuti, poi schiacciala in purea.
2. In una casseruola fai appassire lo scalogno tritato con un filo d'olio, aggiungi i cubetti di zucca e cuoci 5 minuti.
3. Tosta il riso a fuoco vivo per 2 minuti, sfuma con il vino e lascialo evaporare.
4. Porta a cottura aggiungendo il brodo un mestolo alla volta, mescolando spesso, per circa 17 minuti.
5. A metà cottura unisci la purea di zucca.
6. Fuori dal fuoco manteca con 40 g di burro freddo e il formaggio, copri e lascia riposare 2 minuti.
7. Nel frattempo friggi le foglie di salvia nel burro rimasto e usale per decorare i piatti.

Consiglio: il brodo deve essere sempre bollente, altrimenti il riso si ferma e diventa colloso."""

TICKET_IT = """Oggetto: Rimborso volo cancellato – prenotazione QX7R2L

Gentile servizio clienti,

il mio volo Bari–Torino del 16 novembre è stato cancellato con un SMS arrivato tre ore prima della partenza. Mi avete proposto un volo alternativo solo per il giorno dopo, che non potevo accettare per motivi di lavoro, quindi ho comprato un biglietto del treno per 138 euro. Sulla vostra app la richiesta di rimborso risulta "in lavorazione" da dodici giorni. Chiedo il rimborso integrale del biglietto aereo, il rimborso delle spese del treno e l'eventuale compensazione prevista dal regolamento europeo. Allego le ricevute. Vi prego di rispondermi per iscritto entro quindici giorni.

Distinti saluti,
Passeggero della prenotazione QX7R2L"""

HISTORY_IT = [
    ("user", "Ho questo script Python che calcola i totali per cliente ma i numeri non tornano. Cosa c'è che non va?\n\n```python\n" + PY_INVOICES + "\n```"),
    ("assistant", "Tre problemi: usa float per importi monetari (errori di arrotondamento: meglio Decimal, che importi ma non usi), RATES non è definito, e il file non viene mai chiuso (usa `with open(...)`). In più `overdue` confronta le date come stringhe, il che funziona solo se sono tutte in formato ISO, e l'ordinamento è crescente mentre di solito si vogliono prima i clienti con il totale più alto."),
]

# ---------------------------------------------------------------- Polish

REGULAMIN_PL = """REGULAMIN WYNAJMU ROWERÓW MIEJSKICH (fragment)

§ 3. Opłaty. Pierwsze 20 minut każdego wypożyczenia jest bezpłatne. Za każdą kolejną rozpoczętą godzinę pobiera się opłatę w wysokości 4 zł. Wypożyczenie trwające dłużej niż 12 godzin skutkuje opłatą karną w wysokości 200 zł.
§ 4. Zwrot roweru. Rower należy zwrócić do dowolnej stacji systemu i prawidłowo zapiąć w elektrozamku. Zwrot poza stacją jest możliwy wyłącznie w strefie oznaczonej w aplikacji i wiąże się z opłatą 10 zł.
§ 5. Uszkodzenia. Użytkownik zobowiązany jest zgłosić każde zauważone uszkodzenie przed rozpoczęciem jazdy. Za uszkodzenia powstałe z winy użytkownika pobierana jest opłata zgodnie z cennikiem napraw.
§ 6. Kradzież. W przypadku kradzieży roweru użytkownik niezwłocznie zawiadamia operatora i policję. Brak zgłoszenia w ciągu 24 godzin skutkuje obciążeniem użytkownika kwotą 2000 zł.
§ 7. Reklamacje. Reklamacje można składać w aplikacji w terminie 14 dni od zdarzenia. Operator rozpatruje je w ciągu 30 dni."""

TICKET_PL = """Temat: Zła faktura za październik – numer klienta 5512-0098

Dzień dobry,

na fakturze za październik naliczono mi zużycie 1 460 kWh, podczas gdy w poprzednich miesiącach było to około 210 kWh. Licznik odczytałem sam 31 października i pokazywał 18 204 kWh, a na fakturze jest stan 19 450 kWh, który jest po prostu nieprawdziwy. Przesyłam zdjęcie licznika. Proszę o korektę faktury i o wstrzymanie terminu płatności do czasu wyjaśnienia sprawy. Nie chcę, żeby naliczano mi odsetki za kwotę, której nie powinienem płacić.

Z poważaniem,
Odbiorca energii"""

HISTORY_PL = [
    ("user", "To zapytanie SQL działa bardzo wolno na tabeli z 20 milionami zamówień. Jak je przyspieszyć?\n\n```sql\n" + SQL_SLOW + "\n```"),
    ("assistant", "Podzapytania skorelowane w SELECT wykonują się dla każdego klienta osobno, a LOWER(c.country) uniemożliwia użycie indeksu. Lepiej policzyć zwroty i przychód jednym GROUP BY na tabeli orders i złączyć wynik z klientami, warunek na kraj zapisać bez funkcji (albo dodać indeks funkcyjny), a IN zamienić na EXISTS lub na złączenie. Przyda się indeks na orders(customer_id, created_at) oraz na orders(customer_id, status)."),
    ("user", "A jak sprawdzić, czy indeks jest używany?"),
    ("assistant", "Uruchom EXPLAIN (ANALYZE, BUFFERS) przed i po zmianie i porównaj: szukaj Index Scan lub Bitmap Index Scan zamiast Seq Scan na orders oraz czasu wykonania i liczby odczytanych bloków."),
]

# ---------------------------------------------------------------- Hindi

LEKH_HI = """दिल्ली मेट्रो का नया चरण

दिल्ली मेट्रो के चौथे चरण के तहत तीन नए कॉरिडोर पर काम तेज़ी से चल रहा है। अधिकारियों के अनुसार पहला हिस्सा अगले साल मार्च तक यात्रियों के लिए खोल दिया जाएगा। नए कॉरिडोर बनने के बाद बाहरी इलाकों से आने वाले लोगों का सफ़र लगभग चालीस मिनट तक कम हो जाएगा। निर्माण के दौरान कई सड़कों पर यातायात धीमा रहा है, जिससे स्थानीय दुकानदारों ने नुकसान की शिकायत की है। मेट्रो प्रशासन का कहना है कि रात में काम करके इस असुविधा को कम करने की कोशिश की जा रही है। नए स्टेशनों पर सौर पैनल लगाए जाएँगे, जिनसे स्टेशन की बिजली की ज़रूरत का लगभग एक तिहाई हिस्सा पूरा होगा। साथ ही हर स्टेशन पर साइकिल स्टैंड और ई-रिक्शा के लिए अलग जगह बनाई जाएगी। विशेषज्ञों का मानना है कि मेट्रो का विस्तार तभी सफल होगा जब स्टेशन से घर तक पहुँचने के साधन भी सस्ते और सुविधाजनक हों। किराए में किसी बढ़ोतरी की घोषणा अभी नहीं की गई है।"""

SHIKAYAT_HI = """विषय: रिफंड अब तक नहीं मिला – ऑर्डर संख्या 40-77812-3391

नमस्ते,

मैंने 5 नवंबर को आपकी वेबसाइट से एक मिक्सर-ग्राइंडर मँगवाया था। डिब्बा खोलते ही पता चला कि जार का ढक्कन टूटा हुआ है। मैंने उसी दिन वापसी का अनुरोध किया और 8 नवंबर को कूरियर वाला सामान ले गया। आपकी ऐप में लिखा है कि रिफंड सात कार्य-दिवसों में आ जाएगा, लेकिन आज तीन हफ़्ते हो गए हैं और पैसा नहीं आया। ग्राहक सेवा पर दो बार फ़ोन किया, हर बार कहा गया कि अड़तालीस घंटे रुकिए। कृपया बताइए कि मेरा पैसा कब तक वापस आएगा, वरना मुझे उपभोक्ता फ़ोरम में शिकायत करनी पड़ेगी।

धन्यवाद,
एक परेशान ग्राहक"""

HISTORY_HI = [
    ("user", "यह TypeScript कोड कभी-कभी गलत व्यवहार करता है। इसमें क्या दिक्कत है?\n\n```ts\n" + TS_RETRY + "\n```"),
    ("assistant", "पहली दिक्कत: लूप `i <= tries` तक चलता है, इसलिए तीन की जगह चार बार कोशिश होती है। दूसरी: `return r.json()` पर await नहीं है, इसलिए JSON पार्स की गलती catch में नहीं पकड़ी जाती। तीसरी: 4xx जवाबों को सफल मान लिया जाता है। चौथी: `cacheKey` में पैरामीटर एनकोड नहीं होते और उनका क्रम तय नहीं है, इसलिए एक ही अनुरोध की अलग-अलग कुंजियाँ बन सकती हैं। समाधान: `await r.json()`, `!r.ok` पर अलग बर्ताव, `encodeURIComponent` और कुंजियों को sort करना।"),
]

# ---------------------------------------------------------------- Japanese

GIJIROKU_JA = """第7回 新倉庫移転プロジェクト定例 議事録

日時：2026年11月19日（木）14:00〜15:10
出席：物流部 4名、情報システム部 2名、総務部 1名

1. 進捗報告
・新倉庫の棚の設置は予定通り85％完了。残りは来週中に終わる見込み。
・ハンディ端末30台のうち、12台の初期設定が未完了。情報システム部が今週金曜までに対応する。
2. 課題
・旧倉庫からの在庫移動日が年末の繁忙期と重なるため、出荷遅延のリスクがある。移動を2回に分ける案が出された。
・新倉庫の入口の段差でフォークリフトが通りにくいとの報告あり。総務部が施工業者に確認する。
3. 決定事項
・在庫移動は12月6日と12月13日の2回に分けて実施する。
・移転期間中は、一部商品の出荷を旧倉庫から継続する。
4. 次回
・11月26日（木）14:00から。各担当は課題の対応状況を報告すること。"""

TOIAWASE_JA = """件名：定期便の配送日変更ができません（会員番号 3308-1192）

お世話になっております。
毎月届く野菜の定期便について、12月分の配送日を5日から12日に変更したいのですが、マイページで「変更」ボタンを押すとエラーが表示され、手続きができません。スマートフォンとパソコンの両方で試しましたが、結果は同じでした。5日は家族で旅行に出かけるため、受け取ることができません。締め切りが今週末と書いてあるので、それまでに変更していただけるか、難しい場合は12月分を一回お休みにしていただけないでしょうか。
よろしくお願いいたします。"""

HISTORY_JA = [
    ("user", "この議事録から、次回までに誰が何をするかを整理して、リスクの高い順に並べてください。\n\n" + GIJIROKU_JA),
    ("assistant", "リスクの高い順に整理します。1. 在庫移動と繁忙期の重なり（物流部）：12月6日と13日の2回に分けて移動し、移転中は旧倉庫からの出荷も続ける。2. ハンディ端末12台の初期設定（情報システム部）：今週金曜までに完了。遅れると移動初日の検品ができない。3. 入口の段差（総務部）：施工業者に確認。フォークリフトが通れないと搬入が止まる。4. 棚の設置残り15％（物流部）：来週中に完了予定。"),
]

# ---------------------------------------------------------------- Chinese

SHUOMING_ZH = """智能电饭煲 RC-50 使用说明（节选）

一、首次使用
1. 取出内胆，用清水清洗后擦干外壁，再放回锅体。
2. 接通电源，指示灯亮起后即可选择功能。
二、煮饭
1. 按照内胆上的刻度加入大米和清水，例如3杯米加水至“3”刻度线。
2. 按“功能”键选择“精煮”或“快煮”，再按“开始”。精煮约45分钟，快煮约28分钟。
3. 煮好后自动进入保温状态，建议保温不超过12小时。
三、预约
按“预约”键设定完成时间，最长可预约24小时。夏季气温高时，不建议预约超过8小时，以免米饭变质。
四、清洁与保养
1. 每次使用后清洗内胆，不要使用钢丝球，以免损坏涂层。
2. 内盖可拆卸清洗，清洗后务必装回，否则可能漏气。
五、常见故障
显示E1：内胆未放好或温度传感器异常，请重新放置内胆；如仍显示，请联系售后。
显示E3：电压过低，请检查插座。"""

TOUSU_ZH = """主题：会员年费被自动扣款，要求退款（订单号 7730091845）

您好：

我在去年十二月开通了你们视频平台的会员，当时页面上写的是“首年优惠价”，并没有明显提示会自动续费。今天我发现银行卡被扣了二百四十八元，说明是“年度会员自动续费”。我这一年几乎没有使用，也从来没有收到过续费提醒的短信或邮件。我已经在设置里关闭了自动续费，但客服机器人一直回复“请稍后再试”。我要求全额退还这次扣款，并希望你们在三个工作日内给我明确答复。

谢谢。"""

HISTORY_ZH = [
    ("user", "帮我分析一下这份锅炉传感器数据，压力有没有异常？\n\n" + SENSOR_CSV),
    ("assistant", "从22日中午前后开始，压力从1.6 bar左右持续下降，到23日末已经降到1.2 bar以下，而出水和回水温度基本正常，燃烧器开关也没有明显变化。这种缓慢、持续的下降通常说明系统有轻微泄漏或膨胀罐预充压力不足。建议先检查各接头和安全阀是否滴水，再请维修人员检查膨胀罐，必要时补水到1.5 bar。"),
    ("user", "明白了，哪台锅炉的数据最多？"),
    ("assistant", "三台锅炉（BX-11、BX-12、BX-14）的记录条数差不多，没有哪一台明显多。"),
]

HISTORIES = {
    "en": HISTORY_EN, "es": HISTORY_ES, "de": HISTORY_DE, "fr": HISTORY_FR, "pt": HISTORY_PT,
    "it": HISTORY_IT, "pl": HISTORY_PL, "hi": HISTORY_HI, "ja": HISTORY_JA, "zh": HISTORY_ZH,
}

# Short earlier exchanges (trivial first turn) for "easy, then hard" cases.
SHORT = {
    "en": [("user", "What's the capital of Australia?"), ("assistant", "Canberra.")],
    "es": [("user", "¿Cómo se dice 'invoice' en español?"), ("assistant", "Factura.")],
    "de": [("user", "Wie schreibt man 'Portemonnaie' richtig?"), ("assistant", "So: Portemonnaie (auch Portmonee ist erlaubt).")],
    "fr": [("user", "Bonjour !"), ("assistant", "Bonjour ! Que puis-je faire pour vous ?")],
    "pt": [("user", "Oi, tudo bem?"), ("assistant", "Tudo ótimo! Em que posso ajudar?")],
    "it": [("user", "Ciao!"), ("assistant", "Ciao! Come posso aiutarti?")],
    "pl": [("user", "Jak jest 'deadline' po polsku?"), ("assistant", "Termin (ostateczny termin).")],
    "hi": [("user", "नमस्ते!"), ("assistant", "नमस्ते! बताइए, मैं आपकी क्या मदद करूँ?")],
    "ja": [("user", "こんにちは。"), ("assistant", "こんにちは！ご用件をどうぞ。")],
    "zh": [("user", "你好"), ("assistant", "你好！有什么可以帮你的？")],
}
