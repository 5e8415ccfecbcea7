"""Pasted material for the second blind set (blind2_cases.py): logs, tables,
code, transcripts, articles and contract text that users paste before or
after a short instruction. Written for this set only."""

NGINX_ERR = """2026/11/28 03:12:07 [error] 2281#2281: *918271 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.4.2.17, server: api.internal, request: "POST /v2/quotes HTTP/1.1", upstream: "http://10.4.8.21:8080/v2/quotes", host: "api.internal"
2026/11/28 03:12:09 [error] 2281#2281: *918302 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.4.2.19, server: api.internal, request: "POST /v2/quotes HTTP/1.1", upstream: "http://10.4.8.21:8080/v2/quotes", host: "api.internal"
2026/11/28 03:12:11 [warn] 2282#2282: *918340 an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/3/41/0000041413 while reading upstream, client: 10.4.2.40, server: api.internal, request: "GET /v2/exports/8812.csv HTTP/1.1"
2026/11/28 03:12:15 [error] 2281#2281: *918377 connect() failed (111: Connection refused) while connecting to upstream, client: 10.4.2.17, server: api.internal, request: "POST /v2/quotes HTTP/1.1", upstream: "http://10.4.8.22:8080/v2/quotes"
2026/11/28 03:12:15 [error] 2281#2281: *918378 no live upstreams while connecting to upstream, client: 10.4.2.23, server: api.internal, request: "GET /v2/quotes/77120 HTTP/1.1", upstream: "http://quotes_backend/v2/quotes/77120"
2026/11/28 03:12:16 [error] 2283#2283: *918390 no live upstreams while connecting to upstream, client: 10.4.2.19, server: api.internal, request: "POST /v2/quotes HTTP/1.1", upstream: "http://quotes_backend/v2/quotes"
2026/11/28 03:12:44 [notice] 1#1: signal 1 (SIGHUP) received from 30112, reconfiguring
2026/11/28 03:12:44 [notice] 1#1: reconfiguring
2026/11/28 03:12:45 [notice] 1#1: start worker processes
2026/11/28 03:13:02 [error] 3101#3101: *2 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.4.2.17, server: api.internal, request: "POST /v2/quotes HTTP/1.1", upstream: "http://10.4.8.21:8080/v2/quotes"
2026/11/28 03:13:30 [error] 3101#3101: *41 upstream prematurely closed connection while reading response header from upstream, client: 10.4.2.31, server: api.internal, request: "POST /v2/quotes HTTP/1.1", upstream: "http://10.4.8.23:8080/v2/quotes"
2026/11/28 03:14:05 [warn] 3102#3102: *77 upstream server temporarily disabled while reading response header from upstream, upstream: "http://10.4.8.21:8080/v2/quotes"
2026/11/28 03:15:40 [error] 3101#3101: *130 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.4.2.40, server: api.internal, request: "POST /v2/quotes HTTP/1.1", upstream: "http://10.4.8.23:8080/v2/quotes"
2026/11/28 03:19:58 [notice] 3102#3102: *201 client 10.4.2.17 closed keepalive connection"""

K8S_DESCRIBE = """Name:             payments-worker-7c9f6d9b8-q2xkz
Namespace:        billing
Priority:         0
Node:             ip-10-0-3-114.eu-west-1.compute.internal/10.0.3.114
Start Time:       Fri, 27 Nov 2026 22:41:09 +0000
Labels:           app=payments-worker
                  pod-template-hash=7c9f6d9b8
Status:           Running
Containers:
  worker:
    Image:          registry.internal/payments-worker:4.18.2
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
      Started:      Sat, 28 Nov 2026 06:02:51 +0000
      Finished:     Sat, 28 Nov 2026 06:03:40 +0000
    Ready:          False
    Restart Count:  41
    Limits:
      cpu:     500m
      memory:  512Mi
    Requests:
      cpu:     250m
      memory:  256Mi
    Environment:
      BATCH_SIZE:          5000
      PREFETCH_MESSAGES:   200
      JAVA_TOOL_OPTIONS:   -Xmx1g -XX:+UseG1GC
Conditions:
  Type              Status
  Initialized       True
  Ready             False
  ContainersReady   False
  PodScheduled      True
Events:
  Type     Reason     Age                    From     Message
  ----     ------     ----                   ----     -------
  Normal   Pulled     12m (x41 over 7h21m)   kubelet  Container image "registry.internal/payments-worker:4.18.2" already present on machine
  Warning  BackOff    2m (x1760 over 7h20m)  kubelet  Back-off restarting failed container worker in pod payments-worker-7c9f6d9b8-q2xkz_billing"""

SALES_CSV = """month,region,channel,orders,revenue_eur,returns,marketing_spend_eur
2026-01,North,web,1840,92110,71,15400
2026-01,North,retail,920,61230,22,4100
2026-01,South,web,1322,60874,95,15100
2026-01,South,retail,1101,70440,31,3900
2026-02,North,web,1712,85010,66,15400
2026-02,North,retail,880,58900,25,4100
2026-02,South,web,1490,69120,130,18800
2026-02,South,retail,1075,68610,29,3900
2026-03,North,web,1955,99870,80,16000
2026-03,North,retail,910,60050,20,4100
2026-03,South,web,1688,77240,201,22500
2026-03,South,retail,1040,66300,35,3900
2026-04,North,web,2010,101200,79,16000
2026-04,North,retail,935,62440,19,4200
2026-04,South,web,1702,76010,244,22500
2026-04,South,retail,1012,64980,33,3900
2026-05,North,web,2088,104930,84,16500
2026-05,North,retail,901,59870,24,4200
2026-05,South,web,1650,71220,266,24000
2026-05,South,retail,998,63770,30,3900
2026-06,North,web,2150,108760,90,16500
2026-06,North,retail,940,62910,21,4200
2026-06,South,web,1580,66890,288,24000
2026-06,South,retail,1003,64100,36,3900"""

INVENTORY_CSV = """sku;description;warehouse;qty;unit_price
HX-1001;Hex bolt M8x40 zinc;BCN;1200;0.18
HX-1002;Hex bolt M10x50 zinc;BCN;0;0.27
WS-2210;Flat washer M8;BCN;5400;0.03
WS-2211;Flat washer M10;MAD;3100;0.04
NT-3300;Nylon lock nut M8;MAD;0;0.09
NT-3301;Nylon lock nut M10;MAD;880;0.12
AN-4100;Wall anchor 8mm;BCN;2500;0.07
AN-4101;Wall anchor 10mm;VLC;0;0.10
SC-5050;Wood screw 4x40;VLC;9100;0.02
SC-5051;Wood screw 5x60;VLC;4200;0.04
TH-6000;Threaded rod M8 1m;MAD;150;1.90
TH-6001;Threaded rod M10 1m;BCN;95;2.60
BR-7007;Angle bracket 40mm;VLC;640;0.55
BR-7008;Angle bracket 60mm;VLC;0;0.75"""

PY_RATE = '''import time
import threading

class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.last = time.time()

    def allow(self, cost=1):
        now = time.time()
        elapsed = now - self.last
        self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False

buckets = {}

def check(user_id):
    if user_id not in buckets:
        buckets[user_id] = TokenBucket(rate=5, capacity=10)
    return buckets[user_id].allow()

def worker(uid, results):
    ok = sum(1 for _ in range(100) if check(uid))
    results.append(ok)

results = []
threads = [threading.Thread(target=worker, args=("u1", results)) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
print(sum(results))'''

JS_NUMBERED = """1  export function groupBy(items, key) {
2    const out = {};
3    for (const item of items) {
4      const k = typeof key === "function" ? key(item) : item[key];
5      if (!out[k]) {
6        out[k] = [];
7      }
8      out[k].push(item);
9    }
10   return out;
11 }
12
13 export function chunk(arr, size) {
14   const res = [];
15   for (let i = 0; i < arr.length; i += size) {
16     res.push(arr.slice(i, i + size));
17   }
18   return res;
19 }"""

GO_HANDLER = '''func (s *Server) handleUpload(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("file")
	if err != nil {
		http.Error(w, "bad upload", http.StatusBadRequest)
		return
	}
	dst, err := os.Create(filepath.Join(s.uploadDir, header.Filename))
	if err != nil {
		http.Error(w, "cannot store", http.StatusInternalServerError)
		return
	}
	if _, err := io.Copy(dst, file); err != nil {
		http.Error(w, "copy failed", http.StatusInternalServerError)
		return
	}
	s.mu.Lock()
	s.uploads = append(s.uploads, header.Filename)
	s.mu.Unlock()
	fmt.Fprintf(w, "stored %s (%d bytes)", header.Filename, header.Size)
}'''

SQL_SCHEMA = """CREATE TABLE customers (id BIGINT PRIMARY KEY, country CHAR(2), created_at TIMESTAMP, plan TEXT);
CREATE TABLE subscriptions (id BIGINT PRIMARY KEY, customer_id BIGINT REFERENCES customers(id),
  started_at TIMESTAMP, cancelled_at TIMESTAMP NULL, mrr_cents INT);
CREATE TABLE invoices (id BIGINT PRIMARY KEY, subscription_id BIGINT REFERENCES subscriptions(id),
  issued_at TIMESTAMP, amount_cents INT, status TEXT CHECK (status IN ('paid','open','void','uncollectible')));
CREATE TABLE support_tickets (id BIGINT PRIMARY KEY, customer_id BIGINT, opened_at TIMESTAMP,
  closed_at TIMESTAMP NULL, priority SMALLINT, category TEXT);"""

CALL_TRANSCRIPT = """[00:00] Dana (PM): ok let's start, the goal today is deciding whether the offline mode ships in 3.2 or slips to 3.3
[00:14] Ravi (mobile): honestly from my side the sync conflict resolution is the blocker. We have last-write-wins right now and QA found two cases where edits get silently dropped
[00:41] Dana: how many users would hit that?
[00:45] Ravi: anyone editing the same checklist on two devices while offline. Telemetry says about 6% of active teams use two devices per person
[01:10] Meg (QA): and the second case is worse, if the app is killed during sync the local queue is cleared before the server acks. I reproduced it 3 times out of 20
[01:32] Tomasz (backend): the server side can accept an idempotency key per mutation, that's maybe two days. Then the client only clears after ack
[01:50] Ravi: client change is small if the key exists. Conflict UI is not small though, design isn't done
[02:05] Lena (design): I can have the conflict sheet mocks by Thursday but not tested with users
[02:20] Dana: what if we ship offline read-only in 3.2 and editing in 3.3?
[02:31] Meg: read-only still needs the cache invalidation fix, that one's already merged, so fine by me
[02:44] Tomasz: marketing announced "offline mode" at the partner event though
[02:52] Dana: I'll talk to Priyanka. Code freeze for 3.2 is the 9th, right?
[02:58] Ravi: the 9th, yes. Idempotency keys could still land before that if Tomasz starts tomorrow
[03:10] Tomasz: I can start tomorrow but I'm out the 4th and 5th
[03:22] Meg: I need at least 3 days of regression after the last merge
[03:35] Dana: ok, let's decide async by Wednesday. Ravi can you write down the options with risks?"""

ARTICLE_EN = """Cities across northern Europe are quietly rethinking how they light their streets. For decades, the default was simple: sodium lamps that came on at dusk and stayed on until dawn, burning the same amount of power at 3 a.m. on an empty residential street as at 6 p.m. on a busy high street. The switch to LED fixtures, which most large cities completed in the last ten years, cut energy use by roughly half. The next step is less visible: lights that dim when nobody is around.

In a pilot in three districts of a mid-sized Dutch city, fixtures with motion sensors run at 20 percent brightness by default and ramp up to full output when a pedestrian, cyclist or car approaches, then fall back after about a minute. The city reports a further 35 percent reduction in street-lighting electricity compared with always-on LEDs, and residents' complaints about light shining into bedrooms dropped sharply.

Not everyone is convinced. Some cycling associations say the delay before lights brighten can be unsettling on unfamiliar routes, and a women's safety group asked the council to keep full brightness near bus stops and underpasses regardless of traffic. Ecologists, on the other hand, welcome the change: insects and bats are strongly affected by artificial light, and several studies have linked dimmer, warmer lighting to a recovery in moth populations along roads.

The cost question is also more complicated than it looks. Sensor-equipped fixtures cost about a third more than plain LEDs, and they need a network connection for remote configuration, which brings maintenance and cybersecurity obligations. The city's engineers estimate a payback period of seven to nine years, depending on electricity prices. The council will decide next spring whether to extend the programme to the rest of the city."""

SAAS_LIABILITY = """12. LIMITATION OF LIABILITY
12.1 Except for Excluded Claims, neither party's aggregate liability arising out of or related to this Agreement will exceed the fees paid or payable by Customer in the twelve (12) months preceding the event giving rise to the claim.
12.2 In no event will either party be liable for any indirect, incidental, special, consequential or punitive damages, or for loss of profits, revenue, data or goodwill, even if advised of the possibility of such damages.
12.3 "Excluded Claims" means (a) Customer's payment obligations, (b) a party's indemnification obligations under Section 11, and (c) a party's gross negligence, fraud or wilful misconduct.
12.4 Provider's liability for breach of Section 7 (Data Protection) shall not exceed two times (2x) the amount set out in Section 12.1."""

README_DE = """# Lagerverwaltung – Schnittstelle

Dieses Repository enthält die REST-Schnittstelle der Lagerverwaltung. Die Anwendung ist in Kotlin geschrieben und läuft auf der JVM 21.

## Voraussetzungen
- PostgreSQL 15 oder neuer
- Ein Konto im internen Artefakt-Repository

## Starten
```
./gradlew bootRun --args='--spring.profiles.active=lokal'
```

## Konfiguration
Alle Einstellungen stehen in `application-lokal.yaml`. Die Verbindungsdaten zur Datenbank werden über Umgebungsvariablen gesetzt (`DB_URL`, `DB_USER`, `DB_PASSWORD`).

## Lizenz
Apache License 2.0 – siehe Datei LICENSE."""

REFERENCES = """smith, j. and okafor, c. (2019). measuring latency in distributed queues. journal of systems research, 14(2), 33-51.
ALVAREZ, M. (2021). A SHORT HISTORY OF THE SPREADSHEET. CAMBRIDGE: OPEN BOOKS.
nakamura, h., lindqvist, a. and bauer, p. (2017). consistency models for mobile sync. proceedings of the workshop on edge computing, 88-97.
Dubois, Claire (2020). les bases de données pour débutants. paris: éditions du code.
o'brien, t. (2023). on-call without burnout. sre quarterly, 3(1), 5-19.
KOWALCZYK, A. AND FERREIRA, L. (2018). CACHING STRATEGIES REVISITED. ACM QUEUE, 16(4), 20-29."""

CHANGELOG = """## 5.4.1 (2026-11-19)
- fix: retry budget was shared across tenants (#2231)
- fix: crash when the config file is empty

## 5.4.0 (2026-11-02)
- feat: per-route timeouts
- feat: `--dry-run` flag for `migrate`
- chore: bump tokio to 1.48

## 5.3.3 (2026-10-14)
- fix: memory leak in the metrics exporter under high cardinality

## 5.3.2 (2026-09-30)
- security: upgrade rustls to 0.23.27

## 5.3.0 (2026-09-01)
- feat: OpenTelemetry traces
- breaking: removed deprecated `--legacy-auth` flag"""

SUPPORT_THREAD = """Customer (Mon 09:12): Hi, our team's dashboard has shown "sync pending" since Friday. We're on the Business plan, workspace ID ws_48120.
Agent (Mon 09:40): Thanks for reaching out! Could you tell me which integration is affected?
Customer (Mon 10:02): It's the HubSpot one. Salesforce is fine.
Agent (Mon 10:15): I've reset the HubSpot connector on our side. Please allow up to an hour.
Customer (Mon 14:30): Still pending. Also now we see duplicated contacts, about 300 of them.
Agent (Mon 15:05): I'm sorry about that. I've escalated to our integrations team, ticket INT-9921.
Customer (Tue 08:50): Any news? Our sales team can't work like this. We're paying €1,900/month.
Agent (Tue 09:30): Integrations found a token refresh failure on their side that started Friday 17:00 UTC. Fix is being deployed today. The duplicates were created by the manual reset, we will merge them.
Customer (Tue 16:45): Sync works again. Duplicates still there.
Agent (Wed 11:00): Duplicates merged. 12 contacts could not be merged automatically because their emails differ; list attached.
Customer (Wed 11:20): Fine. We'd like a credit for the four days."""

APP_LOG_JSON = """{"ts":"2026-11-29T18:00:01.112Z","lvl":"info","svc":"checkout","msg":"request","path":"/cart/confirm","ms":212,"status":200}
{"ts":"2026-11-29T18:00:01.390Z","lvl":"info","svc":"checkout","msg":"request","path":"/cart/confirm","ms":198,"status":200}
{"ts":"2026-11-29T18:00:02.004Z","lvl":"warn","svc":"checkout","msg":"payment provider slow","provider":"psp-b","ms":2890}
{"ts":"2026-11-29T18:00:02.950Z","lvl":"info","svc":"checkout","msg":"request","path":"/cart/confirm","ms":3120,"status":200}
{"ts":"2026-11-29T18:00:04.001Z","lvl":"warn","svc":"checkout","msg":"payment provider slow","provider":"psp-b","ms":4410}
{"ts":"2026-11-29T18:00:04.870Z","lvl":"error","svc":"checkout","msg":"circuit open","provider":"psp-b","failures":20}
{"ts":"2026-11-29T18:00:04.871Z","lvl":"info","svc":"checkout","msg":"fallback","from":"psp-b","to":"psp-a"}
{"ts":"2026-11-29T18:00:05.300Z","lvl":"error","svc":"checkout","msg":"request","path":"/cart/confirm","ms":95,"status":502,"err":"psp-a: currency not enabled: CHF"}
{"ts":"2026-11-29T18:00:05.950Z","lvl":"info","svc":"checkout","msg":"request","path":"/cart/confirm","ms":240,"status":200}
{"ts":"2026-11-29T18:00:06.210Z","lvl":"error","svc":"checkout","msg":"request","path":"/cart/confirm","ms":88,"status":502,"err":"psp-a: currency not enabled: CHF"}
{"ts":"2026-11-29T18:00:07.400Z","lvl":"info","svc":"checkout","msg":"request","path":"/cart/confirm","ms":231,"status":200}
{"ts":"2026-11-29T18:00:09.870Z","lvl":"info","svc":"checkout","msg":"half-open","provider":"psp-b"}
{"ts":"2026-11-29T18:00:10.950Z","lvl":"warn","svc":"checkout","msg":"payment provider slow","provider":"psp-b","ms":5020}
{"ts":"2026-11-29T18:00:10.951Z","lvl":"error","svc":"checkout","msg":"circuit open","provider":"psp-b","failures":1}
{"ts":"2026-11-29T18:00:11.300Z","lvl":"error","svc":"checkout","msg":"request","path":"/cart/confirm","ms":91,"status":502,"err":"psp-a: currency not enabled: CHF"}"""

SURVEY_COMMENTS = """1. love the new export button, saves me 10 min a day
2. app logs me out every morning, very annoying
3. pricing went up again without notice
4. the dark mode is great
5. search doesn't find invoices by amount
6. support answered in 5 minutes, impressed
7. login loop on android 14 after update
8. too expensive for a team of 3
9. please add calendar sync
10. exports to excel have broken dates (US format)
11. good product, nothing to add
12. 2FA codes arrive late by SMS
13. onboarding checklist was really helpful
14. can't find where to change billing address
15. the mobile app crashes when I attach photos"""

SAMPLE_JSON = """{
  "service": "search-api",
  "version": "2.14.0",
  "replicas": 3,
  "resources": {
    "cpu": "750m",
    "memory": "1Gi"
  },
  "features": [
    "typo-tolerance",
    "synonyms",
    "facets"
  ],
  "canary": false
}"""

ACTA_ES = """ACTA DE LA REUNIÓN DEL COMITÉ DE OPERACIONES
Fecha: 24 de noviembre de 2026. Lugar: sala Ebro, sede de Zaragoza. Asistentes: Marta (Dirección de Operaciones), Iñaki (Almacén), Rocío (Compras), Pablo (Sistemas), Nerea (Atención al cliente).

1. Retrasos en expediciones. Iñaki informa de que en las dos últimas semanas el 14 % de los pedidos salió con más de 48 horas de retraso. La causa principal es la falta de personal en el turno de tarde. Se acuerda contratar a dos personas por ETT hasta el 15 de enero.
2. Nuevo proveedor de embalaje. Rocío presenta dos ofertas: Cartonajes del Norte (0,42 € por caja, entrega en 5 días) y Envasa (0,37 € por caja, entrega en 12 días). No se decide; Marta pide comparar el coste total con el stock de seguridad necesario.
3. Migración del software de almacén. Pablo propone hacer la migración el fin de semana del 12 de diciembre. Iñaki se opone porque coincide con el pico de campaña navideña. Queda pendiente.
4. Reclamaciones. Nerea indica que las reclamaciones por productos dañados subieron un 30 % desde que se cambió el embalaje de las lámparas. Se propone volver al embalaje anterior solo para lámparas, pero Rocío advierte de que el proveedor anterior dejó de fabricarlo.
5. Ruegos y preguntas. Pablo recuerda que la licencia actual del software de almacén caduca el 31 de diciembre.
Próxima reunión: 1 de diciembre."""

NOTICIA_ES = """El Ayuntamiento de Valencia ha aprobado un plan para plantar 25.000 árboles en los próximos cuatro años, con prioridad en los barrios con menos sombra y más población mayor. Según el estudio municipal que acompaña al plan, la temperatura en algunas calles del barrio de Orriols supera en hasta 4 grados a la de zonas arboladas cercanas en las tardes de verano.

El plan incluye especies autóctonas y resistentes a la sequía, como el algarrobo y el almez, y prevé sustituir parte del pavimento de los alcorques por superficies permeables. El presupuesto total es de 18 millones de euros, de los que un tercio procede de fondos europeos.

Las asociaciones vecinales han recibido la noticia con satisfacción, aunque piden que se garantice el riego durante los primeros años, cuando la mortalidad de los árboles jóvenes es mayor. Algunos comerciantes, por su parte, temen perder plazas de aparcamiento en las calles más estrechas."""

CONTRATO_ES = """CLÁUSULA QUINTA. ACTUALIZACIÓN DE LA RENTA.
La renta pactada se actualizará anualmente, en la fecha en que se cumpla cada año de vigencia del contrato, aplicando a la renta correspondiente a la anualidad anterior la variación porcentual experimentada por el Índice de Precios de Consumo en los doce meses inmediatamente anteriores a la fecha de cada actualización. En ningún caso la actualización podrá ser inferior al 3 %. La actualización será exigible a partir del mes siguiente a aquel en que la parte interesada lo notifique por escrito a la otra parte."""

MIETVERTRAG_DE = """§ 11 Schönheitsreparaturen
(1) Der Mieter übernimmt die Schönheitsreparaturen innerhalb der Wohnung auf eigene Kosten. Dazu gehören das Tapezieren, das Anstreichen der Wände und Decken, das Streichen der Heizkörper einschließlich der Heizrohre, der Innentüren sowie der Fenster und Außentüren von innen.
(2) Die Schönheitsreparaturen sind in der Regel in Küchen, Bädern und Duschen alle drei Jahre, in Wohn- und Schlafräumen, Fluren, Dielen und Toiletten alle fünf Jahre und in anderen Nebenräumen alle sieben Jahre auszuführen.
(3) Bei Beendigung des Mietverhältnisses hat der Mieter die Wohnung unabhängig vom Zeitpunkt der letzten Schönheitsreparaturen in weißer Farbe gestrichen zurückzugeben.
(4) Die Wohnung wurde dem Mieter bei Übergabe unrenoviert überlassen."""

BERICHT_DE = """Immer mehr mittelständische Unternehmen in Baden-Württemberg setzen auf eigene Photovoltaikanlagen. Nach einer Umfrage der Industrie- und Handelskammer planen 41 Prozent der befragten Betriebe, bis Ende 2027 Solarmodule auf ihren Hallendächern zu installieren; vor zwei Jahren waren es noch 23 Prozent. Als wichtigsten Grund nennen die Firmen die hohen und schwer planbaren Strompreise.

Hemmnisse gibt es dennoch. Viele ältere Hallendächer sind statisch nicht für die zusätzliche Last ausgelegt, und die Wartezeiten für einen Netzanschluss betragen in manchen Regionen mehr als ein Jahr. Zudem fehlen Fachkräfte: Installationsbetriebe berichten von Auftragsbüchern, die bis weit ins kommende Jahr gefüllt sind.

Die Landesregierung will mit einem neuen Förderprogramm gegensteuern, das auch die Verstärkung von Dachkonstruktionen bezuschusst. Kritiker bemängeln allerdings, dass die Antragsverfahren zu kompliziert seien und kleine Betriebe davon kaum profitierten."""

ARTICLE_FR = """À Nantes, la métropole teste depuis septembre un service de vélos cargos partagés destiné aux familles et aux petits commerçants. Quarante vélos à assistance électrique, capables de transporter jusqu'à 100 kilos, sont disponibles dans douze stations réparties entre le centre-ville et les quartiers de l'île de Nantes.

Le bilan des trois premiers mois est encourageant : plus de 6 000 locations, une durée moyenne de 47 minutes et un taux de satisfaction de 87 % selon l'enquête réalisée auprès des usagers. Les commerçants l'utilisent surtout pour les livraisons de proximité le matin, les familles le mercredi et le samedi.

Des difficultés subsistent toutefois. Les stations du centre sont souvent vides en fin de matinée, et le rééquilibrage par camionnette coûte cher. Plusieurs usagers réclament aussi des stations dans les quartiers nord, moins bien desservis par les transports en commun. La métropole décidera au printemps de la pérennisation du service et de son éventuelle extension."""

CGV_FR = """Article 9 – Droit de rétractation
9.1 Conformément aux articles L221-18 et suivants du Code de la consommation, le Client dispose d'un délai de quatorze (14) jours pour exercer son droit de rétractation, sans avoir à motiver sa décision.
9.2 Ce délai court à compter de la réception du bien par le Client ou par un tiers désigné par lui. Pour les commandes portant sur plusieurs biens livrés séparément, le délai court à compter de la réception du dernier bien.
9.3 Le droit de rétractation ne peut être exercé pour les biens confectionnés selon les spécifications du Client ou nettement personnalisés.
9.4 Les frais de retour sont à la charge du Client, sauf pour les articles de plus de 30 kg, dont l'enlèvement est organisé par le Vendeur et facturé 59 €."""

ARTIGO_PT = """Em Recife, um projeto de uma universidade federal está usando sensores de baixo custo para monitorar o nível dos canais da cidade em tempo real. Os equipamentos, montados com peças que custam menos de 400 reais cada, enviam a cada cinco minutos a altura da água para uma plataforma aberta, que pode ser consultada pela Defesa Civil e pelos moradores.

Desde março, 35 sensores foram instalados em áreas que costumam alagar durante as chuvas de inverno. Segundo os pesquisadores, os dados já permitiram antecipar em até 40 minutos os alertas de transbordamento em dois bairros da zona norte, tempo suficiente para que famílias retirassem carros e móveis das ruas mais baixas.

O desafio agora é a manutenção: alguns sensores foram danificados por lixo arrastado pela correnteza, e outros ficaram sem sinal de celular. A equipe busca parceria com a prefeitura para ampliar a rede para 100 pontos até o fim de 2027 e treinar agentes comunitários para fazer a manutenção básica."""

CONTRATO_PT = """CLÁUSULA OITAVA – DA RESCISÃO ANTECIPADA
8.1. O presente contrato de locação é celebrado pelo prazo de 30 (trinta) meses.
8.2. Caso o LOCATÁRIO devolva o imóvel antes do término do prazo previsto na cláusula 8.1, pagará ao LOCADOR multa equivalente a 3 (três) aluguéis vigentes à época da devolução, reduzida proporcionalmente ao período de cumprimento do contrato.
8.3. Fica o LOCATÁRIO dispensado da multa se a devolução decorrer de transferência, pelo seu empregador, para prestar serviços em localidade diversa daquela do início do contrato, desde que notifique o LOCADOR por escrito com antecedência mínima de 30 (trinta) dias."""

FRETE_PT = """transportadora | até 1 kg | 1-5 kg | 5-10 kg | taxa fixa por envio | prazo médio
RapidLog        | R$ 14,90 | R$ 22,50 | R$ 39,00 | R$ 0,00 | 3 dias
Entrega Já      | R$ 11,00 | R$ 24,00 | R$ 45,00 | R$ 1,50 | 4 dias
CargoSul        | R$ 16,50 | R$ 19,90 | R$ 31,00 | R$ 2,90 | 5 dias

Nosso perfil (outubro): 1.120 envios até 1 kg, 640 entre 1 e 5 kg, 95 entre 5 e 10 kg. Clientes reclamam quando o prazo passa de 4 dias."""

ARTICOLO_IT = """A Bologna il Comune ha avviato una sperimentazione che permette ai residenti di alcuni quartieri di prendere in prestito attrezzi, proprio come si fa con i libri in biblioteca. Trapani, scale, tagliasiepi, macchine per cucire e perfino una piccola betoniera sono disponibili in tre sedi, con una tessera gratuita e prestiti fino a una settimana.

Nei primi sei mesi gli iscritti sono stati oltre 2.300 e i prestiti più di 5.000. Gli oggetti più richiesti sono i trapani e le scale, seguiti dalle attrezzature per il giardinaggio in primavera. Secondo l'assessorato all'ambiente, ogni attrezzo condiviso evita in media l'acquisto di quattro nuovi oggetti, con un risparmio di rifiuti e di spesa per le famiglie.

Non mancano i problemi: alcuni attrezzi tornano danneggiati e i volontari che gestiscono le sedi sono pochi. Il Comune valuta una piccola cauzione e un accordo con un'associazione di artigiani in pensione per le riparazioni."""

CONTRATTO_IT = """Art. 6 – Luogo di lavoro e trasferimenti
Il Lavoratore presterà la propria attività presso la sede di Milano della Società. La Società si riserva la facoltà di trasferire il Lavoratore presso altre sedi, anche situate in altri comuni, per comprovate ragioni tecniche, organizzative e produttive, dandone comunicazione scritta con un preavviso di almeno 30 giorni. In caso di trasferimento a una distanza superiore a 50 km dalla sede di assunzione, la Società riconoscerà un'indennità una tantum pari a una mensilità della retribuzione lorda."""

ARTYKUL_PL = """Gdańsk jako jedno z pierwszych dużych miast w Polsce wprowadził w autobusach miejskich system, który na bieżąco pokazuje pasażerom zapełnienie kolejnych pojazdów na linii. Dane pochodzą z czujników przy drzwiach, które liczą wsiadających i wysiadających, a informacja trafia do aplikacji i na tablice na przystankach.

Po pół roku działania zarząd transportu podaje, że na najbardziej obciążonych liniach część pasażerów zaczęła wybierać mniej zatłoczone kursy, dzięki czemu w godzinach szczytu spadła liczba sytuacji, w których kierowca nie mógł zabrać wszystkich czekających. Miasto wykorzystuje też zebrane dane do korekty rozkładów jazdy.

Nie wszyscy są zadowoleni. Część starszych pasażerów nie korzysta z aplikacji, a tablice są na razie tylko na 40 przystankach. Radni opozycji pytają też o koszt utrzymania systemu, który ma wynieść ok. 1,2 mln zł rocznie."""

UMOWA_PL = """§ 7. Wypowiedzenie umowy
1. Umowa zostaje zawarta na czas określony 24 miesięcy od dnia aktywacji usługi.
2. Abonent może rozwiązać Umowę przed upływem okresu, o którym mowa w ust. 1, z zachowaniem jednomiesięcznego okresu wypowiedzenia.
3. W przypadku rozwiązania Umowy przez Abonenta przed upływem okresu, o którym mowa w ust. 1, Dostawcy przysługuje roszczenie o zwrot przyznanej Abonentowi ulgi, pomniejszonej o proporcjonalną jej wartość za okres od dnia zawarcia Umowy do dnia jej rozwiązania.
4. Ulga przyznana Abonentowi wynosi 600 zł.
5. Postanowień ust. 3 nie stosuje się, jeżeli Abonent rozwiązuje Umowę z powodu zmiany warunków Umowy przez Dostawcę."""

LEKH_HI = """इंदौर नगर निगम ने पिछले साल शहर के सभी वार्डों में गीले और सूखे कचरे को अलग-अलग इकट्ठा करने की व्यवस्था को और सख्त किया। अब हर घर से रोज़ सुबह कचरा गाड़ी आती है, जिसमें छह अलग डिब्बे होते हैं। गीले कचरे से शहर के बाहर बने संयंत्र में बायो-सीएनजी बनाई जाती है, जिससे नगर निगम की लगभग 150 बसें चलती हैं।

अधिकारियों के अनुसार इस व्यवस्था से लैंडफिल पर जाने वाला कचरा 60 प्रतिशत से ज़्यादा घट गया है। हालांकि कुछ नई कॉलोनियों में लोग अब भी कचरा अलग नहीं करते, और वहाँ जुर्माने का प्रावधान किया गया है। नगर निगम अब बाज़ारों और होटलों के लिए अलग समय पर कचरा उठाने की योजना बना रहा है।"""

GIJIROKU_JA = """議事録：物流センター移転プロジェクト定例（第7回）
日時：2026年11月26日 14:00〜15:10
出席：中村（PM）、小林（倉庫運用）、高橋（情報システム）、伊藤（経理）、松本（営業）

1. 進捗
・新センター（相模原）の内装工事は予定より1週間遅れ。完了見込みは12月19日。
・WMS（倉庫管理システム）の新バージョンはテスト環境で受入テスト中。バーコード読み取りエラーが1日あたり約2%発生しており、原因調査中（高橋）。
2. 移転日程
・当初案は1月10日〜12日の3連休で一括移転。小林より、年始は出荷が多く、在庫棚卸しも必要なため2段階移転を提案。
・松本より、大口顧客A社の初売りキャンペーンが1月5日〜15日にあり、出荷遅延は避けたいとの意見。
・結論出ず。中村が次回までに案を整理。
3. 予算
・伊藤より、内装工事の追加費用として約480万円の見積もりが届いたと報告。予備費の残りは350万円。
4. その他
・旧センターの賃貸契約は1月31日で終了。延長する場合は12月15日までに申し入れが必要。
次回：12月3日"""

KIYAKU_JA = """第12条（中途解約）
1. 会員は、当社所定の方法により届け出ることにより、本契約をいつでも解約することができます。
2. 年額プランの会員が契約期間の途中で解約した場合、既に支払われた利用料金は返金いたしません。ただし、契約開始日から8日以内に解約の届出があった場合は、利用料金の全額を返金します。
3. 当社の責めに帰すべき事由により本サービスを継続して30日以上利用できなかった場合、会員は本契約を解約し、残存期間に相当する利用料金の返金を請求することができます。"""

KIJI_JA = """福岡市は、市内の公立小学校で使われていない教室を地域の高齢者向けの交流スペースとして開放する取り組みを、来年度から本格的に始めると発表した。少子化により市内では空き教室が増えており、これまでは倉庫として使われることが多かった。

試行した3校では、平日の午前中に体操教室や囲碁の会が開かれ、放課後には高齢者が子どもたちに昔遊びを教える時間も設けられた。参加者からは「外出のきっかけになった」「子どもの声を聞くと元気が出る」といった声が上がっている。

一方で、学校関係者からは防犯面や教職員の負担増を心配する意見も出ている。市は、出入り口を分けることや、管理を地域の団体に委託することで対応するとしている。"""

WENZHANG_ZH = """成都近日在部分老旧小区试点"社区食堂+助餐点"模式，为辖区内的老年人提供低价午餐和晚餐。每份套餐两荤一素一汤，价格在12元到15元之间，80岁以上老人还可享受政府补贴。

试点开展半年来，已有11个社区食堂投入运营，日均服务老人约4000人次。不少老人表示，过去一个人做饭既麻烦又浪费，现在步行几分钟就能吃上热饭。部分食堂还开设了送餐服务，由社区志愿者送到行动不便的老人家中。

不过，也有食堂负责人坦言，目前主要依靠补贴维持运营，如何在保证价格的同时实现可持续经营，仍是需要解决的问题。有关部门表示，下一步将引入更多社会餐饮企业参与，并探索面向周边居民的平价餐饮，以增加收入来源。"""

HETONG_ZH = """第八条 押金及其退还
8.1 乙方应于签订本合同之日向甲方支付押金人民币6000元（大写：陆仟元整）。
8.2 租赁期满或合同解除后，乙方结清全部租金、水电燃气费及物业费，并按原状交还房屋的，甲方应在十日内无息退还押金。
8.3 房屋及附属设施因乙方使用不当造成损坏的，甲方有权从押金中扣除相应的维修费用；正常使用产生的合理损耗不在此列。
8.4 乙方未满租期提前退租的，押金不予退还，但乙方提前两个月书面通知甲方并协助甲方转租成功的除外。"""

KELIU_ZH = """门店,9月客流,10月客流,11月客流,11月客单价(元),11月转化率
徐汇店,18200,19600,17100,86,21%
静安店,22400,25100,26300,92,18%
浦东店,15800,14900,12200,79,24%
闵行店,9900,10400,11800,71,26%
备注：10月有国庆活动；11月浦东店门口道路施工；闵行店11月新开了会员日。"""
