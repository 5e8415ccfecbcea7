"""Long pasted materials for the fourth blind set (logs, tables, code,
transcripts, articles, contracts). Some are written out, some are built from a
fixed seed so that they are long without being typed; every function here is
deterministic. Nothing here was taken from another set of this project."""

import random


def _rng(tag):
    return random.Random("blind4-materials-" + tag)


def gateway_log(n=70):
    """An API gateway access log with a burst of 502s from one upstream."""
    r = _rng("gw")
    paths = ["/v2/orders", "/v2/orders/{id}", "/v2/cart", "/v2/payments/authorize", "/health", "/v2/search?q=lamp",
             "/v2/users/me", "/v2/inventory/sku/{id}"]
    ups = ["orders-7f9c", "orders-2b11", "payments-a0e4", "search-55d2", "users-c913"]
    out = []
    t = 0
    for i in range(n):
        t += r.randint(1, 9)
        p = r.choice(paths).replace("{id}", str(r.randint(10000, 99999)))
        u = r.choice(ups)
        status, ms = 200, r.randint(8, 140)
        if "payments" in p:
            u = "payments-a0e4"
        if u == "payments-a0e4" and 30 < i < 55:
            status, ms = r.choice([(502, r.randint(2900, 3100)), (502, 3001), (200, r.randint(900, 2400))])
        elif r.random() < 0.04:
            status = r.choice([404, 401, 429])
        out.append(f"2026-11-28T09:{14 + t // 60:02d}:{t % 60:02d}.{r.randint(0, 999):03d}Z method=GET path={p} "
                   f"status={status} upstream={u} dur_ms={ms} bytes={r.randint(200, 9000)} "
                   f"req_id={r.getrandbits(48):012x}")
    return "\n".join(out).replace("method=GET path=/v2/payments", "method=POST path=/v2/payments")


def sales_csv(n=60):
    r = _rng("sales")
    regions = ["North", "South", "East", "West", "Central"]
    prods = ["Kettle K2", "Toaster T1", "Blender B5", "Air fryer A3", "Grill G7"]
    rows = ["week,region,product,units,unit_price,returns,promo"]
    for i in range(n):
        wk = 36 + i // 6
        reg = r.choice(regions)
        pr = r.choice(prods)
        units = r.randint(40, 400)
        promo = "yes" if r.random() < 0.3 else "no"
        if promo == "yes":
            units = int(units * 1.4)
        ret = r.randint(0, units // 12)
        if pr == "Air fryer A3" and wk >= 41:
            ret = units // 4
        price = {"Kettle K2": 34.9, "Toaster T1": 29.0, "Blender B5": 59.0, "Air fryer A3": 89.0, "Grill G7": 129.0}[pr]
        rows.append(f"2026-W{wk},{reg},{pr},{units},{price:.2f},{ret},{promo}")
    return "\n".join(rows)


def k8s_events():
    r = _rng("k8s")
    lines = ["LAST SEEN   TYPE      REASON             OBJECT                              MESSAGE"]
    msgs = [
        ("Normal", "Scheduled", "pod/checkout-6d8f9-{x}", "Successfully assigned shop/checkout-6d8f9-{x} to node-{n}"),
        ("Normal", "Pulled", "pod/checkout-6d8f9-{x}", "Container image \"registry.internal/checkout:4.12.0\" already present on machine"),
        ("Warning", "BackOff", "pod/checkout-6d8f9-{x}", "Back-off restarting failed container checkout in pod checkout-6d8f9-{x}"),
        ("Warning", "Unhealthy", "pod/checkout-6d8f9-{x}", "Readiness probe failed: Get \"http://10.4.{n}.17:8080/ready\": context deadline exceeded"),
        ("Normal", "Killing", "pod/checkout-6d8f9-{x}", "Container checkout failed liveness probe, will be restarted"),
        ("Warning", "OOMKilled", "pod/checkout-6d8f9-{x}", "Container checkout exceeded memory limit (512Mi)"),
        ("Normal", "SuccessfulRescale", "horizontalpodautoscaler/checkout", "New size: {n}; reason: cpu resource utilization above target"),
    ]
    for i in range(48):
        ty, rea, obj, msg = r.choice(msgs)
        x = "".join(r.choice("abcdefghjkmnpqrstvwxz2456789") for _ in range(5))
        n = r.randint(2, 9)
        lines.append(f"{r.randint(1, 59)}m{'':<8}{ty:<9} {rea:<18} {obj.format(x=x, n=n):<35} {msg.format(x=x, n=n)}")
    return "\n".join(lines)


def sensor_csv():
    r = _rng("sensor")
    rows = ["timestamp,line,temp_c,pressure_bar,vibration_mm_s,status"]
    for i in range(80):
        temp = round(r.gauss(71, 1.5) + (0.35 * (i - 50) if i > 50 else 0), 1)
        vib = round(r.gauss(2.1, 0.3) + (0.12 * (i - 55) if i > 55 else 0), 2)
        st = "OK" if temp < 80 else "WARN"
        rows.append(f"2026-11-27 {6 + i // 12:02d}:{(i % 12) * 5:02d},L3,{temp},{round(r.gauss(4.2, 0.1), 2)},{vib},{st}")
    return "\n".join(rows)


def survey_comments():
    r = _rng("survey")
    bits = [
        "The new dashboard is faster but I can't find the export button anymore.",
        "Onboarding took two weeks because nobody told us about the SSO step.",
        "Love the mobile app. Notifications are way too frequent though.",
        "Pricing page is confusing, we were charged for seats we deactivated.",
        "Support answered in 10 minutes, great job!",
        "Export to CSV breaks on accented characters (é, ñ).",
        "Please add dark mode.",
        "Search doesn't find tickets older than 90 days.",
        "We moved from the competitor because of the API. Docs are excellent.",
        "The app logs me out every few hours on Android.",
        "Billing emails go to the wrong contact after we changed admins.",
        "Reports load slowly on Monday mornings.",
        "Integration with Slack stopped posting after the update.",
        "Honestly fine. Nothing to add.",
    ]
    return "\n".join(f"{i + 1}. {r.choice(bits)}" for i in range(45))


PY_ETL = '''import csv
import datetime as dt
from collections import defaultdict

RATE_CACHE = {}

def load_rates(path):
    rates = {}
    with open(path) as f:
        for row in csv.DictReader(f):
            rates[(row["date"], row["ccy"])] = float(row["rate"])
    return rates

def convert(amount, ccy, day, rates):
    if ccy == "EUR":
        return amount
    key = (day, ccy)
    if key in RATE_CACHE:
        return amount * RATE_CACHE[key]
    # walk back to the last business day with a rate
    d = dt.date.fromisoformat(day)
    while (d.isoformat(), ccy) not in rates:
        d -= dt.timedelta(days=1)
    RATE_CACHE[key] = rates[(d.isoformat(), ccy)]
    return amount * RATE_CACHE[key]

def totals_by_customer(invoices_path, rates):
    out = defaultdict(float)
    with open(invoices_path) as f:
        for row in csv.DictReader(f):
            amt = float(row["amount"])
            if row["status"] == "void":
                continue
            out[row["customer"]] += convert(amt, row["currency"], row["issued"], rates)
    return out

def main():
    rates = load_rates("rates.csv")
    for path in ["invoices_2025.csv", "invoices_2026.csv"]:
        res = totals_by_customer(path, rates)
        for cust, total in sorted(res.items(), key=lambda kv: -kv[1])[:20]:
            print(path, cust, round(total, 2))

if __name__ == "__main__":
    main()
'''

TS_HOOK = '''import { useEffect, useState } from "react";

export function useSearch(query: string) {
  const [results, setResults] = useState<Item[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!query) return;
    setLoading(true);
    fetch(`/api/search?q=${query}`)
      .then((r) => r.json())
      .then((data) => {
        setResults(data.items);
        setLoading(false);
      });
  }, [query]);

  return { results, loading };
}
'''

GO_WORKER = '''package worker

import (
	"context"
	"log"
	"sync"
	"time"
)

type Job struct {
	ID      string
	Payload []byte
}

type Pool struct {
	jobs    chan Job
	results map[string]error
	wg      sync.WaitGroup
}

func NewPool(n int) *Pool {
	p := &Pool{jobs: make(chan Job), results: map[string]error{}}
	for i := 0; i < n; i++ {
		p.wg.Add(1)
		go p.run()
	}
	return p
}

func (p *Pool) run() {
	defer p.wg.Done()
	for j := range p.jobs {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err := process(ctx, j)
		p.results[j.ID] = err
		if err != nil {
			log.Printf("job %s failed: %v", j.ID, err)
		}
	}
}

func (p *Pool) Submit(j Job) { p.jobs <- j }

func (p *Pool) Close() map[string]error {
	close(p.jobs)
	p.wg.Wait()
	return p.results
}
'''

SQL_SLOW = '''EXPLAIN ANALYZE
SELECT c.id, c.name, count(o.id) AS orders, sum(o.total) AS revenue
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
WHERE lower(c.email) LIKE '%@acme-corp.io'
  AND o.created_at >= now() - interval '180 days'
GROUP BY c.id, c.name
ORDER BY revenue DESC
LIMIT 50;

Limit  (cost=189230.11..189230.24 rows=50 width=52) (actual time=4182.330..4182.351 rows=50 loops=1)
  ->  Sort  (cost=189230.11..189402.80 rows=69076 width=52) (actual time=4182.328..4182.340 rows=50 loops=1)
        Sort Key: (sum(o.total)) DESC
        ->  HashAggregate  (cost=185921.04..186611.80 rows=69076 width=52) (actual time=4150.112..4170.870 rows=61240 loops=1)
              Group Key: c.id
              ->  Hash Join  (cost=48211.00..180102.33 rows=775828 width=28) (actual time=812.551..3720.004 rows=790112 loops=1)
                    Hash Cond: (o.customer_id = c.id)
                    ->  Seq Scan on orders o  (cost=0.00..120113.40 rows=2210400 width=20) (actual time=0.021..1490.220 rows=2214417 loops=1)
                          Filter: (created_at >= (now() - '180 days'::interval))
                          Rows Removed by Filter: 5120331
                    ->  Hash  (cost=45100.00..45100.00 rows=248880 width=24) (actual time=811.900..811.901 rows=61240 loops=1)
                          ->  Seq Scan on customers c  (cost=0.00..45100.00 rows=248880 width=24) (actual time=0.015..790.330 rows=61240 loops=1)
                                Filter: (lower(email) ~~ '%@acme-corp.io'::text)
                                Rows Removed by Filter: 4916360
Planning Time: 0.412 ms
Execution Time: 4183.010 ms
'''

ARTICLE_EN = """Why small warehouses are going back to paper pick lists

For a decade the story in logistics was simple: scan everything, put a tablet on every cart, and let the warehouse management system direct each picker to the next bin. Large fulfilment centres still follow that script. But a quieter shift is happening in warehouses under 5,000 square metres, where operators report that handheld scanners cost more in downtime than they save in accuracy.

The reasons are mundane. Batteries die halfway through a shift. Wi-Fi dead zones appear behind new racking. Software updates land on a Tuesday morning and change the order of the screens. In a 200-order-a-day operation, a single lost hour is a meaningful share of the day's capacity, and there is rarely an IT person on site.

Some operators have responded with a hybrid: the system still plans the waves and optimises the route, but it prints the list. Pickers tick items by hand and scan only at the packing station, where a fixed scanner on a cable never runs out of power. Error rates, several managers said, barely moved, because the real check happens at packing anyway.

Critics point out that paper hides information. A manager cannot see in real time which picker is behind, and stock discrepancies surface hours later. Vendors argue that newer devices with swappable batteries and offline modes fix most of the complaints. Yet the trend says something about how technology is adopted at small scale: the best system is the one that keeps working when nobody is around to fix it.

Consultants who work with small operators suggest a simple test before any purchase: run a week with the new device on one cart only, and count every minute it is not in use because of a problem. If that number is larger than the time it saves, the answer is paper, at least for now."""

ARTICLE_DE = """Warum Stadtwerke jetzt in Wärmepumpen für ganze Quartiere investieren

Lange galt die Wärmepumpe als Lösung für das einzelne Einfamilienhaus. Doch immer mehr kommunale Versorger setzen auf Großwärmepumpen, die ein ganzes Wohnviertel über ein Nahwärmenetz versorgen. Der Vorteil liegt auf der Hand: Statt hunderter kleiner Geräte wird eine zentrale Anlage gewartet, die Wärme aus Flusswasser, Abwasser oder Abwärme von Rechenzentren gewinnt.

Die Investitionen sind allerdings erheblich. Ein Netz für 800 Haushalte kostet schnell einen zweistelligen Millionenbetrag, und die Förderprogramme des Bundes decken nur einen Teil. Hinzu kommt die Frage der Anschlussquote: Rechnet sich ein Netz erst, wenn mindestens 60 Prozent der Gebäude angeschlossen sind, müssen die Stadtwerke Eigentümer überzeugen, die gerade erst eine neue Gasheizung eingebaut haben.

Befürworter verweisen auf die Preisstabilität. Wer Wärme aus einer lokalen Quelle bezieht, ist weniger von den Schwankungen der Gaspreise abhängig. Kritiker bemängeln dagegen, dass Fernwärmekunden kaum Wahlmöglichkeiten haben und die Preisformeln für Laien schwer nachvollziehbar sind. Verbraucherschützer fordern deshalb mehr Transparenz und eine unabhängige Preisaufsicht.

Für die kommenden Jahre rechnen Fachleute mit einem deutlichen Ausbau, vor allem in Neubaugebieten, wo die Leitungen von Anfang an mitgeplant werden können. In Bestandsvierteln dürfte es länger dauern."""

TRANSCRIPT = """[00:00:04] Priya: ok we're recording. So this is the weekly sync for the mobile release, 4.8.
[00:00:09] Tom: Quick status from QA: we have 14 open bugs, 3 are blockers. The login loop on Android 12 is the worst one.
[00:00:21] Priya: Is that the same as the token refresh issue from last sprint?
[00:00:25] Tom: Looks related. It only happens when the app comes back from background after more than an hour.
[00:00:33] Marco: Backend side, we changed the refresh token lifetime from 30 days to 7 days on Monday. Could be that.
[00:00:41] Priya: Why did we change it?
[00:00:43] Marco: Security review asked for it. We didn't think the app cached the old expiry.
[00:00:51] Tom: The app does cache it. It compares against the stored expiry before calling refresh.
[00:00:58] Priya: Ok so either we revert the lifetime or we ship an app fix. App fix means a store review, two days minimum.
[00:01:08] Marco: I'd rather not revert, security will push back.
[00:01:12] Lena: Design has the new onboarding screens ready, but if 4.8 slips we should move them to 4.9 anyway, they're not tested on tablets.
[00:01:22] Priya: Agreed, onboarding moves to 4.9. Tom, what are the other two blockers?
[00:01:27] Tom: Crash on the order history screen when an order has more than 50 items, and the push notification deep link opens the wrong tab on iOS.
[00:01:38] Marco: The 50-items one is pagination, the API returns a cursor the app ignores. I can pair with someone today.
[00:01:46] Priya: Ok. Plan: Marco and Tom look at the token thing today and decide by tomorrow noon revert versus app fix. Pagination fix this week. Deep link, who owns it?
[00:01:58] Lena: I think that's Sam but he's out until Thursday.
[00:02:02] Priya: Then I'll ask Ade to take it. Release date stays the 9th unless the token decision says otherwise. Anything else?
[00:02:10] Tom: Crash-free rate dropped from 99.6 to 98.9 this week, mostly the order history crash.
[00:02:16] Priya: Noted. Thanks everyone."""

LEASE_CLAUSES = """12. TERMINATION
12.1 Either party may terminate this Agreement by giving not less than three (3) months' written notice, such notice not to expire before the end of the Minimum Term.
12.2 The Landlord may terminate this Agreement with immediate effect by written notice if the Tenant (a) fails to pay any sum due within twenty-one (21) days of its due date; (b) commits a material breach which, if remediable, is not remedied within thirty (30) days of notice; or (c) becomes insolvent.
12.3 On termination the Tenant shall pay, as liquidated damages and not as a penalty, a sum equal to the Rent for the lesser of six (6) months or the unexpired part of the Minimum Term.
13. DILAPIDATIONS
13.1 The Tenant shall yield up the Premises in the state of repair required by clause 8, fair wear and tear excepted, and shall remove all Tenant's fixtures if so required by the Landlord.
13.2 Any sums payable under this clause shall be assessed by a surveyor appointed by the Landlord, whose decision shall be final save in case of manifest error.
14. LIMITATION OF LIABILITY
14.1 Neither party excludes liability for death or personal injury caused by its negligence or for fraud.
14.2 Subject to 14.1, the Landlord's aggregate liability under or in connection with this Agreement shall not exceed the Rent paid in the twelve (12) months preceding the claim.
15. GOVERNING LAW
15.1 This Agreement is governed by the laws of England and Wales and the parties submit to the exclusive jurisdiction of its courts."""

EMAIL_THREAD = """From: Facilities Desk
To: All staff – Building C
Subject: RE: RE: Parking garage closure next week

Hi all,

Quick follow-up on the garage. The contractor has confirmed the resurfacing will run Monday to Thursday, not Monday to Wednesday as first announced. Levels -1 and -2 will be closed the whole time; level -3 reopens Thursday afternoon if the coating is dry.

The overflow lot on Ferris Road will be open from 6:30. The shuttle runs every 15 minutes until 19:00. Bikes can use the racks by the east entrance, which now have a roof.

Badges will not work on the garage barrier during the works, so please do not try to enter — the contractor's vehicles need the ramp.

If you have a disabled parking permit, reply to this thread and we'll reserve one of the six accessible spaces at the front of Building C.

Thanks for your patience,
Facilities

> On Tue, Facilities Desk wrote:
> The garage will be closed for resurfacing next week from Monday to Wednesday. More details to follow.
>
> > On Mon, Building Manager wrote:
> > Can we get the resurfacing done before the winter? The ramp is getting slippery."""

CHANGELOG = """## 3.4.0 (2026-11-02)
- Added: `--dry-run` for `sync` and `prune`.
- Added: per-bucket retention overrides in `retention.yaml`.
- Changed: default chunk size 8 MiB -> 16 MiB.
- Fixed: resume after network drop no longer re-uploads finished parts.
- Fixed: progress bar overflow on files > 4 GiB on 32-bit builds.
## 3.3.2 (2026-09-18)
- Fixed: crash when the config path contains a space (Windows).
- Fixed: `prune` ignored `--keep-last` when combined with `--older-than`.
- Security: bump TLS library to 3.0.15.
## 3.3.1 (2026-08-30)
- Fixed: memory growth during long `watch` sessions.
- Docs: clarified S3-compatible endpoint settings.
## 3.3.0 (2026-08-04)
- Added: `watch` command (experimental).
- Added: Azure Blob backend.
- Deprecated: `--legacy-auth`, will be removed in 4.0.
- Changed: logs are JSON by default; use `--log-format text` for the old output."""

ES_INCIDENCIAS = """ticket;fecha;cliente;canal;categoria;tiempo_respuesta_h;resuelto;satisfaccion
T-4101;2026-10-01;Ferretería Sol;email;facturación;5;sí;4
T-4102;2026-10-01;Clínica Norte;teléfono;acceso;1;sí;5
T-4103;2026-10-02;Hotel Brisa;chat;reservas;12;no;2
T-4104;2026-10-02;Ferretería Sol;email;facturación;30;sí;2
T-4105;2026-10-03;Panadería Trigo;chat;acceso;2;sí;5
T-4106;2026-10-03;Hotel Brisa;teléfono;reservas;20;no;1
T-4107;2026-10-04;Gestoría Ruiz;email;informes;8;sí;4
T-4108;2026-10-06;Clínica Norte;chat;informes;3;sí;4
T-4109;2026-10-06;Hotel Brisa;email;reservas;26;sí;2
T-4110;2026-10-07;Autoescuela Vía;teléfono;facturación;4;sí;4
T-4111;2026-10-08;Gestoría Ruiz;chat;acceso;1;sí;5
T-4112;2026-10-09;Hotel Brisa;chat;reservas;18;no;1
T-4113;2026-10-09;Panadería Trigo;email;facturación;9;sí;3
T-4114;2026-10-10;Ferretería Sol;teléfono;informes;2;sí;5
T-4115;2026-10-13;Autoescuela Vía;email;reservas;22;sí;2
T-4116;2026-10-14;Clínica Norte;email;facturación;6;sí;4
T-4117;2026-10-15;Hotel Brisa;teléfono;reservas;15;sí;3
T-4118;2026-10-16;Gestoría Ruiz;chat;informes;2;sí;5
T-4119;2026-10-17;Panadería Trigo;chat;acceso;3;sí;4
T-4120;2026-10-20;Hotel Brisa;email;reservas;31;no;1"""

JA_LOG = """2026-11-29 02:10:03 INFO  batch-nightly 開始 job=inventory_sync
2026-11-29 02:10:04 INFO  接続 db=inv-primary pool=10
2026-11-29 02:12:41 WARN  取得遅延 supplier=A社 elapsed=152s
2026-11-29 02:15:00 INFO  取込 supplier=A社 rows=48211
2026-11-29 02:15:02 INFO  取込 supplier=B社 rows=10233
2026-11-29 02:20:17 ERROR タイムアウト supplier=C社 endpoint=https://edi.c-sha.example/api/stock
2026-11-29 02:20:17 INFO  リトライ 1/3 supplier=C社
2026-11-29 02:25:18 ERROR タイムアウト supplier=C社
2026-11-29 02:25:18 INFO  リトライ 2/3 supplier=C社
2026-11-29 02:30:19 ERROR タイムアウト supplier=C社
2026-11-29 02:30:19 INFO  リトライ 3/3 supplier=C社
2026-11-29 02:35:20 ERROR 失敗 supplier=C社 理由=retry exhausted
2026-11-29 02:35:21 INFO  在庫計算 開始
2026-11-29 02:41:55 WARN  ロック待ち table=stock_levels waited=61s
2026-11-29 02:47:30 INFO  在庫計算 完了 skus=91820
2026-11-29 02:47:31 INFO  batch-nightly 終了 status=PARTIAL duration=37m28s"""

ZH_REPORT = """2026年第三季度华东区门店运营简报

一、总体情况：本季度华东区共有门店42家，营业额同比增长6.8%，但客单价下降3.1%。新开门店4家，关闭2家（均为商场店）。
二、客流：工作日客流基本持平，周末客流增长11%，主要来自社区店。商场店周末客流下降8%，与商场整体客流下滑一致。
三、品类：咖啡饮品占比从41%升至46%；烘焙类下降，主要原因是9月起调整了供应商，部分门店出现断货。
四、人员：门店员工流失率为18%，高于去年同期的12%。离职面谈显示排班不稳定是主要原因。
五、会员：会员数增长至21.4万，但活跃会员占比从35%降至29%。积分兑换规则调整后投诉增加。
六、下季度重点：稳定烘焙供应、优化排班系统、评估两家亏损商场店是否续租。"""

PL_UMOWA = """§ 5. Wynagrodzenie
1. Za wykonanie Dzieła Zamawiający zapłaci Wykonawcy wynagrodzenie ryczałtowe w wysokości 18 000 zł netto.
2. Wynagrodzenie płatne jest w dwóch ratach: 30% po podpisaniu umowy, 70% po odbiorze Dzieła bez zastrzeżeń.
3. Termin płatności wynosi 30 dni od doręczenia prawidłowo wystawionej faktury.
§ 6. Kary umowne
1. Wykonawca zapłaci Zamawiającemu karę umowną w wysokości 0,5% wynagrodzenia za każdy dzień zwłoki w oddaniu Dzieła, nie więcej niż 20% wynagrodzenia.
2. Zamawiający może dochodzić odszkodowania przewyższającego kary umowne na zasadach ogólnych.
§ 7. Prawa autorskie
1. Z chwilą zapłaty całości wynagrodzenia Wykonawca przenosi na Zamawiającego autorskie prawa majątkowe do Dzieła na wszystkich znanych polach eksploatacji.
2. Wykonawca zobowiązuje się nie wykonywać autorskich praw osobistych w sposób ograniczający korzystanie z Dzieła."""

FR_CR = """Compte rendu – comité de pilotage du projet « Atelier numérique », 24 novembre

Présents : direction des opérations, service informatique, deux responsables d'atelier, le prestataire.

1. Avancement. Le déploiement des tablettes est terminé dans l'atelier A (18 postes). L'atelier B est décalé de trois semaines, faute de bornes Wi-Fi : la commande a été passée en retard.
2. Retours des opérateurs. Les fiches d'instruction numériques sont jugées plus lisibles, mais la saisie des rebuts prend plus de temps qu'avant (environ 40 secondes de plus par rebut). Les opérateurs de nuit signalent des déconnexions fréquentes.
3. Indicateurs. Le taux de saisie complète des ordres de fabrication est passé de 71 % à 93 % dans l'atelier A. Aucun chiffre fiable encore sur la productivité.
4. Budget. Dépassement prévisionnel de 12 % lié aux bornes Wi-Fi supplémentaires et à la formation.
5. Décisions. La saisie des rebuts sera simplifiée (liste déroulante des causes les plus fréquentes). Le déploiement dans l'atelier B est maintenu pour janvier. Un point sur les déconnexions de nuit sera fait avec le prestataire sous quinze jours."""

PT_EMAILS = """Mensagem 1 – Assunto: Atraso na entrega
Olá, fiz a encomenda há 12 dias e ainda não recebi nada. O rastreio não atualiza desde a semana passada. Preciso disto para um aniversário no sábado.

Mensagem 2 – Assunto: Fatura com NIF errado
Bom dia, a fatura da encomenda saiu com o NIF da empresa antiga. Podem emitir uma nova?

Mensagem 3 – Assunto: Produto danificado
A caixa chegou amassada e o candeeiro tem o vidro partido. Envio fotos em anexo. Quero a troca, não o reembolso.

Mensagem 4 – Assunto: Elogio
Só queria dizer que a Sofia do apoio ao cliente foi impecável. Resolveu tudo numa chamada.

Mensagem 5 – Assunto: Cancelamento
Quero cancelar a assinatura mensal. Não encontro a opção na app."""

IT_VERBALE = """Verbale della riunione di condominio – Via dei Tigli, scala B – 20 novembre

Presenti 14 condòmini su 22, per 640 millesimi.
1) Rifacimento della facciata: presentati tre preventivi (Edil Moderna 148.000 €, Costruzioni Riva 161.500 €, Fratelli Galli 139.900 €). L'assemblea chiede all'amministratore di verificare le referenze di Fratelli Galli prima di decidere. Rinvio alla prossima assemblea.
2) Ascensore: guasto ricorrente alla porta del piano terra. Il tecnico ha proposto la sostituzione dell'operatore porta (3.200 €). Approvato all'unanimità.
3) Regolamento biciclette: si propone di vietare le biciclette nell'androne e di attrezzare il locale ex-caldaia come deposito. Approvato con 11 voti favorevoli e 3 contrari.
4) Morosità: tre unità hanno rate arretrate per complessivi 7.450 €. L'amministratore invierà solleciti formali; in mancanza di pagamento entro 60 giorni si procederà per vie legali.
5) Varie: lamentele per il rumore della pompa di calore dell'interno 7 nelle ore notturne."""

HI_NOTES = """टीम मीटिंग नोट्स – 26 नवंबर
1. नया बिलिंग सिस्टम 1 दिसंबर से लाइव होगा। पुराने इनवॉइस 31 दिसंबर तक पुराने सिस्टम में ही दिखेंगे।
2. सपोर्ट टीम पर पिछले हफ्ते 1,240 टिकट आए, जिनमें से 38% पासवर्ड रीसेट से जुड़े थे।
3. पासवर्ड रीसेट को सेल्फ-सर्विस बनाने का प्रस्ताव है, लेकिन सुरक्षा टीम OTP के बिना इसे मंज़ूर नहीं करेगी।
4. हिंदी और तमिल में हेल्प आर्टिकल्स का अनुवाद 60% पूरा हुआ है।
5. अगली तिमाही में दो नए सपोर्ट एजेंट जोड़े जाएंगे, बजट मंज़ूर है।
6. ग्राहकों की शिकायत: ऐप में रिफंड की स्थिति साफ़ नहीं दिखती।"""

DE_STACKTRACE = """org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_invoice_number]
	at org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)
	at org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:241)
	at com.firma.billing.InvoiceService.createInvoice(InvoiceService.java:88)
	at com.firma.billing.InvoiceService$$SpringCGLIB$$0.createInvoice(<generated>)
	at com.firma.billing.MonthlyRunJob.lambda$run$0(MonthlyRunJob.java:54)
	at java.base/java.util.concurrent.ForkJoinTask$AdaptedRunnableAction.exec(ForkJoinTask.java:1423)
	at java.base/java.util.concurrent.ForkJoinPool.runWorker(ForkJoinPool.java:1644)
Caused by: org.hibernate.exception.ConstraintViolationException: could not execute statement
	at org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:95)
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uk_invoice_number"
  Detail: Key (number)=(RE-2026-11-000412) already exists.

--- InvoiceService.java (Ausschnitt) ---
    @Transactional
    public Invoice createInvoice(Customer c, Period p) {
        long next = invoiceRepo.maxNumberForMonth(p.month()) + 1;
        Invoice inv = new Invoice(format(p, next), c, p);
        return invoiceRepo.save(inv);
    }
--- MonthlyRunJob.java (Ausschnitt) ---
    customers.parallelStream().forEach(c -> invoiceService.createInvoice(c, period));"""


def access_list(n=40):
    """A list of product names, one per line, for trivial list work."""
    r = _rng("names")
    adj = ["Nordic", "Compact", "Classic", "Urban", "Pro", "Mini", "Eco", "Smart", "Deluxe", "Travel"]
    noun = ["desk lamp", "backpack", "water bottle", "office chair", "monitor arm", "cable tray", "notebook",
            "standing mat", "phone stand", "label printer"]
    seen, out = set(), []
    while len(out) < n:
        s = f"{r.choice(adj)} {r.choice(noun)}"
        if s not in seen:
            seen.add(s)
            out.append(s)
    return "\n".join(out)
