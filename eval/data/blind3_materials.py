"""Pasted material for the third blind set (blind3.jsonl): logs, tables, code,
transcripts, articles and contract text that the cases in blind3_cases*.py
paste into their requests, each with a trivial ask in one case and a real
analysis in another. Written for this set; none of it contains personal
data (names in transcripts and articles are not one of the PII kinds and no
line carries an email, phone, id, card, IBAN, home address or a named
patient's condition)."""

PAYMENTS_LOG = """2026-11-28T09:14:02.118Z INFO  payments-api pod=payments-api-7c9f6d-4xk2p req=a81f3 POST /v2/charges 201 143ms
2026-11-28T09:14:02.390Z INFO  payments-api pod=payments-api-7c9f6d-9hq7m req=a81f4 POST /v2/charges 201 151ms
2026-11-28T09:14:03.007Z WARN  payments-api pod=payments-api-7c9f6d-4xk2p req=a81f5 ledger client: pool wait 812ms (max_idle=8 in_use=32/32)
2026-11-28T09:14:03.441Z INFO  payments-api pod=payments-api-7c9f6d-9hq7m req=a81f6 GET /v2/charges/ch_9Qm2 200 38ms
2026-11-28T09:14:04.902Z WARN  payments-api pod=payments-api-7c9f6d-4xk2p req=a81f7 ledger client: pool wait 1904ms (max_idle=8 in_use=32/32)
2026-11-28T09:14:05.115Z ERROR payments-api pod=payments-api-7c9f6d-4xk2p req=a81f7 POST /v2/charges 504 upstream ledger timeout after 2000ms
2026-11-28T09:14:05.230Z INFO  ledger-svc  pod=ledger-svc-5b8d-2mm4t  txn=77120 commit 212ms rows=3
2026-11-28T09:14:05.998Z WARN  ledger-svc  pod=ledger-svc-5b8d-2mm4t  pg: slow query 1488ms "UPDATE balances SET amount = amount + $1 WHERE account_id = $2"
2026-11-28T09:14:06.004Z WARN  ledger-svc  pod=ledger-svc-5b8d-2mm4t  pg: lock wait on relation balances (pid 41122 waiting for 40987)
2026-11-28T09:14:06.771Z ERROR payments-api pod=payments-api-7c9f6d-9hq7m req=a81f9 POST /v2/charges 504 upstream ledger timeout after 2000ms
2026-11-28T09:14:07.012Z INFO  payments-api pod=payments-api-7c9f6d-9hq7m req=a81fa retry 1/3 for req=a81f9
2026-11-28T09:14:07.013Z INFO  payments-api pod=payments-api-7c9f6d-4xk2p req=a81fb retry 1/3 for req=a81f7
2026-11-28T09:14:07.650Z WARN  ledger-svc  pod=ledger-svc-5b8d-2mm4t  pg: lock wait on relation balances (pid 41130 waiting for 40987)
2026-11-28T09:14:07.651Z WARN  ledger-svc  pod=ledger-svc-5b8d-2mm4t  pg: lock wait on relation balances (pid 41131 waiting for 40987)
2026-11-28T09:14:08.220Z INFO  batch-jobs  pod=batch-jobs-nightly-28455  job=interest-accrual step=3/5 accounts=182000 elapsed=41m
2026-11-28T09:14:09.118Z ERROR payments-api pod=payments-api-7c9f6d-4xk2p req=a81fb POST /v2/charges 504 upstream ledger timeout after 2000ms
2026-11-28T09:14:09.119Z ERROR payments-api pod=payments-api-7c9f6d-9hq7m req=a81fa POST /v2/charges 504 upstream ledger timeout after 2000ms
2026-11-28T09:14:09.500Z WARN  payments-api pod=payments-api-7c9f6d-4xk2p circuit ledger: 14 failures in 10s, state=OPEN
2026-11-28T09:14:10.002Z ERROR payments-api pod=payments-api-7c9f6d-4xk2p req=a81fc POST /v2/charges 503 circuit open (ledger)
2026-11-28T09:14:10.340Z INFO  ledger-svc  pod=ledger-svc-5b8d-2mm4t  txn=77121 commit 2411ms rows=1
2026-11-28T09:14:11.870Z INFO  batch-jobs  pod=batch-jobs-nightly-28455  job=interest-accrual step=3/5 accounts=182000 elapsed=42m holding lock on balances since 08:31:55
2026-11-28T09:14:12.001Z ERROR payments-api pod=payments-api-7c9f6d-9hq7m req=a8200 POST /v2/charges 503 circuit open (ledger)
2026-11-28T09:14:12.450Z INFO  payments-api pod=payments-api-7c9f6d-9hq7m req=a8201 GET /healthz 200 1ms
2026-11-28T09:14:14.512Z INFO  payments-api pod=payments-api-7c9f6d-4xk2p circuit ledger: state=HALF_OPEN
2026-11-28T09:14:16.930Z ERROR payments-api pod=payments-api-7c9f6d-4xk2p req=a8203 POST /v2/charges 504 upstream ledger timeout after 2000ms
2026-11-28T09:14:16.931Z WARN  payments-api pod=payments-api-7c9f6d-4xk2p circuit ledger: state=OPEN
2026-11-28T09:14:18.004Z INFO  autoscaler  hpa/payments-api desired=6 current=2 reason=cpu 81%
2026-11-28T09:14:24.310Z INFO  payments-api pod=payments-api-7c9f6d-zt5wq started, connecting ledger pool size=32
2026-11-28T09:14:26.550Z WARN  ledger-svc  pod=ledger-svc-5b8d-2mm4t  pg: too many connections for role "ledger" (limit 100)
2026-11-28T09:14:26.551Z ERROR ledger-svc  pod=ledger-svc-5b8d-2mm4t  pg: connection refused, backing off 500ms"""

ORDERS_CSV = """month,region,channel,orders,gross_eur,returns_eur,avg_basket_eur,ad_spend_eur
2026-05,north,web,4120,287400,21900,69.76,31000
2026-05,north,app,2980,193700,9800,65.00,12000
2026-05,south,web,3610,241900,18300,67.01,28000
2026-05,south,app,2210,146000,7100,66.06,9000
2026-06,north,web,4305,301000,22800,69.92,33000
2026-06,north,app,3150,206300,10100,65.49,12500
2026-06,south,web,3390,226100,24900,66.70,30500
2026-06,south,app,2260,149800,7400,66.28,9000
2026-07,north,web,4410,309600,23100,70.20,34000
2026-07,north,app,3300,217800,10900,66.00,13000
2026-07,south,web,3020,199300,31200,65.99,36000
2026-07,south,app,2310,152500,7600,66.02,9500
2026-08,north,web,4290,300700,22400,70.09,33500
2026-08,north,app,3420,226700,11200,66.29,13000
2026-08,south,web,2740,179500,35800,65.51,41000
2026-08,south,app,2380,157100,7900,66.01,9500
2026-09,north,web,4460,314000,23700,70.40,35000
2026-09,north,app,3550,236100,11600,66.51,13500
2026-09,south,web,2510,163200,38900,65.02,44000
2026-09,south,app,2450,161700,8100,66.00,10000
2026-10,north,web,4620,326200,24500,70.61,36000
2026-10,north,app,3700,246800,12000,66.70,14000
2026-10,south,web,2290,148400,41700,64.80,47500
2026-10,south,app,2530,167000,8300,66.01,10000"""

# A module with a real concurrency bug (check-then-act on the cache and a
# shared counter updated outside the lock).
RATE_LIMITER_PY = """import threading
import time


class TokenBucket:
    def __init__(self, rate_per_s: float, burst: int):
        self.rate = rate_per_s
        self.burst = burst
        self.tokens = burst
        self.updated = time.monotonic()
        self.lock = threading.Lock()

    def _refill(self):
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    def take(self, n: int = 1) -> bool:
        self._refill()
        with self.lock:
            if self.tokens >= n:
                self.tokens -= n
                return True
        return False


class Limiter:
    def __init__(self, rate_per_s, burst):
        self.rate_per_s = rate_per_s
        self.burst = burst
        self.buckets = {}
        self.denied = 0

    def allow(self, key: str) -> bool:
        if key not in self.buckets:
            self.buckets[key] = TokenBucket(self.rate_per_s, self.burst)
        ok = self.buckets[key].take()
        if not ok:
            self.denied += 1
        return ok

    def sweep(self, idle_s: float = 300):
        cutoff = time.monotonic() - idle_s
        for key, b in self.buckets.items():
            if b.updated < cutoff:
                del self.buckets[key]
"""

NUMBERED_GO = """ 1 package retry
 2
 3 import (
 4 \t"context"
 5 \t"math/rand"
 6 \t"time"
 7 )
 8
 9 // Do calls fn until it succeeds, ctx ends or attempts run out.
10 func Do(ctx context.Context, attempts int, base time.Duration, fn func() error) error {
11 \tvar err error
12 \tfor i := 0; i < attempts; i++ {
13 \t\tif err = fn(); err == nil {
14 \t\t\treturn nil
15 \t\t}
16 \t\tsleep := base << i
17 \t\tsleep = sleep/2 + time.Duration(rand.Int63n(int64(sleep/2)+1))
18 \t\tselect {
19 \t\tcase <-ctx.Done():
20 \t\t\treturn ctx.Err()
21 \t\tcase <-time.After(sleep):
22 \t\t}
23 \t}
24 \treturn err
25 }"""

LEASE_EN = """RESIDENTIAL TENANCY AGREEMENT (extract)

4. Rent. The Tenant shall pay rent of GBP 1,450 per calendar month in advance on the first day of each month. Rent may be reviewed once in any twelve-month period on not less than two months' written notice, and any increase shall not exceed the percentage change in CPI over the preceding twelve months.

7. Deposit. The Tenant has paid a deposit of GBP 1,673, protected in a government-approved scheme within 30 days of receipt. At the end of the Tenancy the Landlord may deduct from the deposit (a) unpaid rent, (b) the reasonable cost of repairing damage caused by the Tenant beyond fair wear and tear, and (c) reasonable cleaning costs where the Property is not returned in the condition recorded in the check-in inventory. The Landlord shall propose any deductions in writing within 10 days of the end of the Tenancy.

9. Repairs. The Landlord is responsible for repairs to the structure and exterior and to installations for the supply of water, gas, electricity, sanitation, space heating and heating water. The Tenant shall report any disrepair promptly in writing. The Tenant shall not make alterations without the Landlord's prior written consent, not to be unreasonably withheld.

12. Break clause. Either party may end this Agreement on or after the last day of month six of the Term by giving not less than two months' written notice to the other. Notice given by the Tenant is valid only if all rent due has been paid up to the date of expiry of the notice.

15. Subletting. The Tenant shall not assign, sublet or part with possession of the whole or any part of the Property. Short-term lettings through online platforms are expressly prohibited.

18. Early termination fee. Save where the Tenant ends the Agreement under clause 12, if the Tenant leaves before the end of the Term the Tenant shall remain liable for rent until a replacement tenant acceptable to the Landlord takes up occupation, together with the Landlord's reasonable re-letting costs, capped at one month's rent."""

STANDUP_DE = """Protokoll Plattform-Weekly, 26.11.

Jonas: Zum Cluster-Upgrade auf 1.31: Staging ist seit Montag durch, zwei Operatoren mussten wir hochziehen, cert-manager und der alte Strimzi. In Produktion wollen wir am 9.12. starten, Knoten-Pool für Knoten-Pool.
Mira: Da ist aber das Freeze-Fenster vom Shop ab dem 1.12. Das Weihnachtsgeschäft hat Vorrang, das hat der Vorstand so festgelegt. Ich würde das Upgrade auf Januar schieben.
Jonas: Die 1.29 ist ab Februar aus dem Support beim Anbieter. Januar ist knapp, wenn wir dann noch Probleme finden.
Leon: Wir könnten die internen Cluster vor dem Freeze machen, die hängen nicht am Shop. Dann haben wir Erfahrung aus Produktion, bevor die Shop-Cluster dran sind.
Mira: Das geht, solange das Monitoring nicht wieder zwei Tage ausfällt wie beim letzten Mal.
Leon: Das lag an der Prometheus-Version, die pinnen wir jetzt.
Aylin: Thema Kosten: Die GPU-Knoten für das Embedding-Team laufen nachts leer, das sind etwa 11.000 Euro im Monat. Ich habe vorgeschlagen, sie auf Spot und mit Scale-to-zero zu betreiben. Das Team hat Bedenken wegen der Kaltstartzeit von vier Minuten.
Jonas: Vier Minuten sind für Batch egal, für die Suche nicht.
Aylin: Die Suche nutzt die GPUs gar nicht, das läuft auf CPU. Ich kläre das mit dem Team bis Freitag.
Mira: Und das On-Call-Thema: Wir hatten im November 41 Pages, 29 davon nachts, 18 davon vom selben Disk-Alarm auf den Log-Knoten.
Leon: Den Alarm kann man auf Füllrate statt Füllstand umstellen, das ist ein Nachmittag Arbeit.
Mira: Dann machen wir das diese Woche. Außerdem will ich eine zweite Person pro Schicht ab Januar, sonst verlieren wir Leute.
Jonas: Budget dafür ist nicht freigegeben.
Mira: Ich nehme das mit in die Runde mit der Bereichsleitung am Dienstag.
Aylin: Letzter Punkt: Das Angebot für die Observability-Lizenz läuft am 15.12. aus. Die Verlängerung kostet 18 % mehr. Alternative wäre, auf die selbst gehosteten Werkzeuge zu wechseln, was aber etwa ein Quartal Arbeit ist.
Jonas: Ein Quartal haben wir nicht, nicht mit dem Upgrade.
Mira: Dann verlängern wir ein Jahr und planen den Wechsel fürs zweite Halbjahr. Aylin, kannst du die Verlängerung anstoßen?
Aylin: Ja."""

ARTICLE_ES = """El Ayuntamiento de Valencia aprobó ayer el plan para convertir en zona de bajas emisiones todo el centro histórico a partir de septiembre de 2027. La medida, que llega con más de un año de retraso respecto al calendario que fijaba la ley estatal de cambio climático, prohibirá la entrada de los vehículos sin etiqueta ambiental de lunes a viernes entre las siete de la mañana y las ocho de la tarde.

Según el consistorio, afectará a unos 38.000 turismos censados en la provincia y a un número indeterminado de furgonetas de reparto, que dispondrán de una moratoria de dieciocho meses. Los residentes empadronados dentro del perímetro podrán seguir circulando con sus coches hasta 2030, y los vehículos de personas con movilidad reducida quedarán exentos.

La oposición criticó que el plan no vaya acompañado de una ampliación suficiente del transporte público. La empresa municipal de autobuses prevé incorporar cuarenta vehículos eléctricos el próximo año, pero los sindicatos recuerdan que la plantilla de conductores sigue un diez por ciento por debajo de lo necesario y que varias líneas nocturnas se suprimieron durante la pandemia y no se han recuperado.

Las asociaciones de comerciantes del centro, por su parte, temen una caída de las ventas como la que, dicen, se produjo en otras ciudades en los primeros meses. El concejal de Movilidad respondió que los datos de Madrid y Barcelona muestran lo contrario a medio plazo, y anunció una línea de ayudas de dos millones de euros para la compra de vehículos de reparto eléctricos y bicicletas de carga.

El plan incluye además doce nuevos aparcamientos disuasorios en los accesos a la ciudad, conectados con el metro y el tranvía, y una red de cámaras de lectura de matrículas que empezará a funcionar en modo informativo, sin sanciones, durante los seis primeros meses. Las multas, de 200 euros, se aplicarán a partir de marzo de 2028."""

ARTICLE_FR = """La SNCF a présenté mardi son nouveau calendrier de rénovation des lignes régionales en Occitanie, qui prévoit la fermeture temporaire de quatre lignes pendant des périodes allant de six semaines à cinq mois entre 2027 et 2029. Selon l'opérateur, ces travaux sont indispensables : une partie des voies date des années 1970 et les trains y circulent déjà à vitesse réduite sur près de 200 kilomètres.

Pendant les fermetures, des autocars de substitution seront mis en place, mais les associations d'usagers rappellent que les temps de trajet augmentent alors en moyenne de 40 %. Elles demandent que les travaux soient concentrés sur les vacances scolaires, ce que la région juge impossible pour des raisons de disponibilité des équipes et des engins.

Le financement, évalué à 1,1 milliard d'euros, est partagé entre l'État, la région et SNCF Réseau. La région rappelle qu'elle a déjà pris en charge la rénovation de la ligne entre Montréal et Rodez, et souhaite que l'État augmente sa part dans le prochain contrat de plan.

Les élus des communes concernées s'inquiètent surtout pour les lycéens et les salariés qui n'ont pas d'autre moyen de transport. Plusieurs d'entre eux ont demandé que les cars partent plus tôt le matin et que des navettes soient organisées vers les zones d'activité. La SNCF s'est engagée à publier les horaires détaillés au moins trois mois avant chaque fermeture."""

K8S_YAML = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: search-indexer
  namespace: search
  labels:
    app: search-indexer
    team: discovery
spec:
  replicas: 3
  selector:
    matchLabels:
      app: search-indexer
  template:
    metadata:
      labels:
        app: search-indexer
    spec:
      containers:
        - name: indexer
          image: registry.internal/discovery/search-indexer:4.12.3
          args: ["--batch-size=5000", "--workers=8"]
          env:
            - name: JAVA_TOOL_OPTIONS
              value: "-Xms2g -Xmx6g"
          resources:
            requests:
              cpu: "500m"
              memory: "2Gi"
            limits:
              cpu: "2"
              memory: "4Gi"
          readinessProbe:
            httpGet:
              path: /ready
              port: 8080
            periodSeconds: 5
          livenessProbe:
            httpGet:
              path: /health
              port: 8080
            initialDelaySeconds: 5
            periodSeconds: 5
            failureThreshold: 2
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: search-indexer
  namespace: search
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: search-indexer
  minReplicas: 3
  maxReplicas: 12
  metrics:
    - type: Resource
      resource:
        name: memory
        target:
          type: Utilization
          averageUtilization: 60"""

REVIEWS_ZH = """1. 物流很快，第二天就到了，包装也很好。
2. 用了三天就坏了，客服一直不回消息，非常失望。
3. 颜色和图片上差不多，尺码偏小，建议买大一号。
4. 性价比很高，已经回购第三次了。
5. 味道太重了，放在阳台散了一个星期还是有味道。
6. 还行吧，没有想象中那么好，但也不算差。
7. 说明书只有英文，老人看不懂，安装花了很久。
8. 质量很好，做工细致，送给朋友她很喜欢。
9. 发错货了，申请退货后三天才有人处理。
10. 电池续航比宣传的短一半，不推荐。
11. 很满意，和店里买的一模一样，价格便宜不少。
12. 快递员态度很差，东西倒是没问题。
13. 第一次买这个牌子，感觉不错，会继续关注。
14. 充电器发热严重，不敢再用了。
15. 孩子很喜欢，每天都要玩。
16. 收到的时候盒子破了，里面的东西还好。
17. 声音太小，开到最大也听不清楚。
18. 客服很耐心，帮我解决了连接问题，给五星。
19. 和描述不符，材质很薄，退了。
20. 一般般，凑单买的。"""

SUPPORT_THREAD_PL = """Od: Dział Obsługi Klienta <reklamacje@meblodom.pl>
Temat: Re: Re: Reklamacja zamówienia nr ZM/2026/11/04817

Dzień dobry,

dziękujemy za przesłanie zdjęć. Potwierdzamy, że uszkodzenie blatu powstało w transporcie. Zgodnie z regulaminem sklepu mogą Państwo wybrać wymianę elementu albo obniżenie ceny o 30%. Prosimy o odpowiedź do 10 grudnia.

Z poważaniem
Zespół reklamacji MebloDom

---
Temat: Re: Reklamacja zamówienia nr ZM/2026/11/04817

Dzień dobry,
w załączniku przesyłam zdjęcia. Blat jest pęknięty przy lewej krawędzi, karton był zgnieciony już przy odbiorze, kurier to potwierdził w protokole szkody nr PS-558102. Stół został zamówiony 4 listopada, dostarczony 21 listopada. Proszę o informację, jak długo potrwa wymiana, bo święta za pasem.
Pozdrawiam

---
Temat: Reklamacja zamówienia nr ZM/2026/11/04817

Dzień dobry,
zgłaszam reklamację stołu rozkładanego DĄB 160 (kod produktu ST-160-DB), faktura nr FV/11/2026/12094. Po rozpakowaniu okazało się, że blat jest pęknięty. Proszę o kontakt w sprawie dalszego postępowania."""

TRANSCRIPT_EN = """[00:00] Priya: ok we're recording. This is the post-incident review for Tuesday's checkout outage.
[00:06] Marcus: So timeline. At 14:02 we deployed cart-service 3.8.0. It changed how we serialise promo codes into the session.
[00:15] Priya: And the canary?
[00:17] Marcus: The canary was green for ten minutes. The problem only showed for sessions created before the deploy, and the canary only got new sessions because of sticky routing.
[00:29] Dana: That's the part I want us to dwell on. Our canary analysis compares error rate, but the old sessions were failing with a 200 and an empty cart, not an error.
[00:41] Marcus: Right, so we rolled to 100% at 14:14. First customer tickets at 14:21. Support pinged us in the incident channel at 14:33.
[00:52] Priya: So nineteen minutes between the first ticket and us knowing.
[00:55] Dana: Support didn't know who owned checkout. The runbook link in their tool pointed to the old team page.
[01:03] Marcus: We rolled back at 14:41, but rolling back didn't fix the sessions that had been rewritten by 3.8.0 in the meantime. Those stayed broken until the session TTL, which is 6 hours.
[01:15] Priya: How many customers?
[01:17] Dana: About 23,000 sessions touched, roughly 4,100 with a non-empty cart. Finance estimates 180k euro in delayed or lost orders, but that's a rough number.
[01:28] Marcus: At 15:30 we shipped a script that re-read the sessions with the old format as a fallback. That fixed the rest.
[01:37] Priya: What would have caught this earlier?
[01:40] Dana: A synthetic check that adds an item, waits, and reads the cart from an old session. And a metric on empty-cart rate at checkout, which we don't have.
[01:49] Marcus: Also the serialiser change should have been two deploys: read both formats first, write the new one later.
[01:57] Priya: We said that after the loyalty incident in March too.
[02:01] Marcus: Yeah. We never wrote it down as a rule.
[02:04] Priya: Ok. Actions, owners, dates, let's get them in the doc before we leave."""

SQL_PLAN = """EXPLAIN (ANALYZE, BUFFERS)
SELECT c.id, c.name, sum(i.amount) AS open_amount
FROM customers c
JOIN invoices i ON i.customer_id = c.id
WHERE i.status = 'open' AND i.due_date < now() - interval '30 days'
GROUP BY c.id, c.name
ORDER BY open_amount DESC
LIMIT 50;

Limit  (cost=412893.55..412893.67 rows=50 width=48) (actual time=8921.332..8921.347 rows=50 loops=1)
  Buffers: shared hit=2101 read=389114
  ->  Sort  (cost=412893.55..413411.20 rows=207060 width=48) (actual time=8921.330..8921.339 rows=50 loops=1)
        Sort Key: (sum(i.amount)) DESC
        Sort Method: top-N heapsort  Memory: 32kB
        ->  HashAggregate  (cost=403508.12..406096.37 rows=207060 width=48) (actual time=8801.002..8890.514 rows=61234 loops=1)
              Group Key: c.id
              ->  Hash Join  (cost=18203.00..398112.40 rows=1079144 width=26) (actual time=312.443..8512.790 rows=1011877 loops=1)
                    Hash Cond: (i.customer_id = c.id)
                    ->  Seq Scan on invoices i  (cost=0.00..376421.10 rows=1079144 width=14) (actual time=0.031..7790.118 rows=1011877 loops=1)
                          Filter: ((status = 'open'::text) AND (due_date < (now() - '30 days'::interval)))
                          Rows Removed by Filter: 18440123
                          Buffers: shared hit=1002 read=372113
                    ->  Hash  (cost=11903.00..11903.00 rows=504000 width=20) (actual time=310.882..310.883 rows=504000 loops=1)
                          Buckets: 524288  Batches: 1  Memory Usage: 31201kB
                          ->  Seq Scan on customers c  (cost=0.00..11903.00 rows=504000 width=20) (actual time=0.011..121.404 rows=504000 loops=1)
Planning Time: 0.402 ms
Execution Time: 8921.611 ms

Indexes on invoices: invoices_pkey (id), invoices_customer_id_idx (customer_id), invoices_created_at_idx (created_at)"""

TERMS_PT = """CONDIÇÕES GERAIS DO PLANO DE INTERNET FIBRA 500

Cláusula 3 – Prazo de fidelização. O presente contrato tem prazo de fidelização de 24 (vinte e quatro) meses a contar da data de ativação do serviço, em contrapartida do desconto na mensalidade e da isenção da taxa de instalação.

Cláusula 5 – Rescisão antecipada. Em caso de rescisão por iniciativa do CLIENTE antes do fim do prazo de fidelização, será devida multa proporcional ao número de meses restantes, calculada sobre o valor do benefício concedido, limitada a R$ 600,00. Não será devida multa quando a rescisão decorrer de falha na prestação do serviço comprovada pela OPERADORA ou pela agência reguladora, ou de mudança de endereço do CLIENTE para localidade não atendida pela rede.

Cláusula 7 – Reajuste. A mensalidade será reajustada anualmente pelo IPCA acumulado nos doze meses anteriores, mediante aviso prévio de 30 (trinta) dias.

Cláusula 9 – Velocidade. A OPERADORA garante, em média mensal, 80% da velocidade contratada e, em medições instantâneas, no mínimo 40%, conforme regulamento da agência reguladora.

Cláusula 11 – Suspensão. O atraso no pagamento superior a 30 dias autoriza a redução da velocidade e, após 60 dias, a suspensão do serviço, mediante notificação prévia."""

ARTICLE_HI = """भारतीय रिज़र्व बैंक ने बुधवार को अपनी मौद्रिक नीति समीक्षा में रेपो दर को 6.25 प्रतिशत पर स्थिर रखने का फ़ैसला किया। केंद्रीय बैंक के गवर्नर ने कहा कि खाद्य महंगाई में पिछले दो महीनों में कुछ नरमी आई है, लेकिन सब्ज़ियों और दालों की क़ीमतों को लेकर अनिश्चितता बनी हुई है, इसलिए अभी दरों में कटौती करना जल्दबाज़ी होगी।

बैंक ने चालू वित्त वर्ष के लिए आर्थिक विकास दर का अनुमान 6.8 प्रतिशत से घटाकर 6.5 प्रतिशत कर दिया है। इसके पीछे विनिर्माण क्षेत्र की धीमी रफ़्तार और निर्यात में कमी को मुख्य कारण बताया गया। हालांकि ग्रामीण मांग में सुधार के संकेत मिले हैं और अच्छे मानसून के कारण रबी की बुवाई पिछले साल से बेहतर रही है।

विशेषज्ञों का मानना है कि अगर अगले दो महीनों में महंगाई चार प्रतिशत के आसपास आ जाती है, तो फ़रवरी की बैठक में दरों में चौथाई प्रतिशत की कटौती संभव है। होम लोन लेने वालों के लिए इसका मतलब है कि फ़िलहाल उनकी ईएमआई में कोई बदलाव नहीं होगा।

रिज़र्व बैंक ने बैंकों के लिए नकद आरक्षित अनुपात में भी कोई बदलाव नहीं किया, लेकिन छोटे वित्त बैंकों के लिए कुछ नियमों में ढील देने की घोषणा की, ताकि ग्रामीण इलाक़ों में कर्ज़ की पहुंच बढ़ सके।"""

INCIDENT_JA = """2026-11-27 02:10 JST  batch-etl  INFO  ジョブ開始 daily_sales_aggregate (partition=2026-11-26)
2026-11-27 02:10 JST  batch-etl  INFO  入力ファイル 1,284 件を検出 (s3://dwh-raw/sales/2026-11-26/)
2026-11-27 02:31 JST  batch-etl  WARN  店舗コード 0412 のファイルに不正な行 3 件 (列数不一致) をスキップ
2026-11-27 02:47 JST  batch-etl  INFO  集計完了 rows=18,220,114
2026-11-27 02:48 JST  batch-etl  INFO  dwh.sales_daily へ書き込み開始
2026-11-27 03:05 JST  dwh       WARN  テーブル sales_daily のロック待ち 120 秒 (待機元: report-refresh)
2026-11-27 03:07 JST  dwh       ERROR ロック待ちタイムアウト (lock_timeout=120s) sales_daily
2026-11-27 03:07 JST  batch-etl ERROR 書き込み失敗、リトライ 1/3
2026-11-27 03:12 JST  report-refresh INFO  ダッシュボード更新開始 (毎時 03:00 起動、通常 8 分)
2026-11-27 03:19 JST  batch-etl ERROR 書き込み失敗、リトライ 2/3
2026-11-27 03:31 JST  batch-etl ERROR 書き込み失敗、リトライ 3/3
2026-11-27 03:31 JST  batch-etl ERROR ジョブ失敗 daily_sales_aggregate
2026-11-27 03:40 JST  report-refresh INFO  ダッシュボード更新完了 (所要 28 分、sales_daily の前日分が空のため 0 件表示)
2026-11-27 08:55 JST  ops       INFO  店舗本部より「昨日の売上が 0 円表示」との問い合わせ
2026-11-27 09:20 JST  batch-etl INFO  手動再実行 daily_sales_aggregate 開始
2026-11-27 09:58 JST  batch-etl INFO  ジョブ完了"""

ARTICLE_IT = """Il consiglio comunale di Bologna ha approvato lunedì sera il nuovo regolamento per gli affitti brevi, che dal prossimo anno limiterà a 120 le notti all'anno in cui un appartamento del centro storico potrà essere affittato ai turisti senza una licenza alberghiera. Chi supererà la soglia dovrà chiedere il cambio di destinazione d'uso, una procedura che secondo le associazioni dei proprietari richiede in media otto mesi.

Il provvedimento nasce dalla crescita degli annunci, passati in cinque anni da circa 2.500 a oltre 6.000, mentre nello stesso periodo i contratti di affitto a studenti e lavoratori nel centro sono calati di un terzo. L'assessora alla casa ha spiegato che l'obiettivo non è vietare il turismo, ma riportare una parte degli alloggi sul mercato residenziale.

Le piattaforme di prenotazione dovranno trasmettere ogni trimestre al Comune il numero di notti vendute per ogni codice identificativo, e gli annunci senza codice saranno rimossi. Per chi affitta la propria abitazione principale per brevi periodi, ad esempio durante le vacanze, il limite non si applica.

L'opposizione ha annunciato un ricorso al TAR, sostenendo che il Comune non ha competenza per limitare l'uso delle proprietà private. Le associazioni degli studenti hanno invece accolto la decisione, chiedendo però controlli effettivi: secondo un loro censimento, un annuncio su cinque non riporta già oggi il codice obbligatorio."""

ARTICLE_EN = """Regional grid operators in the US Midwest warned on Thursday that the electricity demand of new data centres could outpace the construction of generation and transmission by the end of the decade. In a report covering 15 states, the operators said requests to connect large loads had tripled in two years, with more than 40 gigawatts of proposed data-centre capacity in the queue, roughly the peak demand of the whole of Illinois, Indiana and Ohio combined.

Not all of that will be built. Developers often file the same project in several places and keep only the site that gets the fastest connection, and the report estimates that between a quarter and a half of the queue is speculative. Even so, the operators expect peak demand to rise by 9 to 14 percent by 2030, after fifteen years in which it barely moved.

The report's main concern is timing. A data centre can be built in eighteen months; a high-voltage line takes seven to ten years from planning to energisation, and gas turbines ordered today are not delivered before 2029. Several utilities have started asking large customers to pay for grid upgrades up front or to accept that they can be cut off during emergencies, an arrangement known as interruptible service.

Consumer groups argue that households should not bear the cost of upgrades that mainly serve technology companies, and two state regulators have opened proceedings on how to split those costs. The technology companies say they are already paying for new wind, solar and battery projects, and that flexible loads can help the grid by shifting computing work to hours when power is plentiful."""
