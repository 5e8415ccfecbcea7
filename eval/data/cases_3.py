"""Third batch of hand-written requests for the labelled set, written after
the second blind set (now seen) showed where the classifier still fails on
text nobody had seen: tier 2 sent to tiers 0-1 (analysis asked in few words,
short code tasks that are not trivial, planning asked casually), tier 3
worded indirectly, and the weaker languages (Polish, French, Spanish, then
German and Hindi). Written fresh, not copied from any set; each request
labelled by the tier rules of issue 10 (see cases_2.py for the rules and
the entry format). Contrast cases (tier 0-1 requests that look like tier 2
or 3: code named but nothing to reason about, a drug or a contract named
for general education) are kept in about the proportion real traffic
has them.

This file holds the helper, the new pasted materials and the English
requests; cases_3_*.py hold the other languages. Entries are emitted by
make_set.py after everything earlier. Groups (the split is by group): the
requests that paste the same material share one ("c3m:"), as do the
versions of one request in several languages (option grp="name", "c3g:");
any other request is its own ("c3:")."""

from cases_2 import M, TOOLS2, tools  # noqa: F401  (re-exported for the language files)

C3 = []


def case(lang, tier, text, pii=(), **opt):
    C3.append((lang, tier, text, sorted(pii), opt))


# --- new pasted materials (short to medium; language-neutral where possible) --
LOG_NGINX = """10.2.0.14 - - [29/Nov/2026:09:58:01 +0000] "GET /api/cart HTTP/1.1" 200 512 0.041
10.2.0.14 - - [29/Nov/2026:09:58:03 +0000] "POST /api/checkout HTTP/1.1" 502 166 30.002
10.2.0.19 - - [29/Nov/2026:09:58:04 +0000] "GET /api/cart HTTP/1.1" 200 498 0.038
10.2.0.21 - - [29/Nov/2026:09:58:09 +0000] "POST /api/checkout HTTP/1.1" 502 166 30.001
10.2.0.14 - - [29/Nov/2026:09:58:12 +0000] "GET /health HTTP/1.1" 200 2 0.001
10.2.0.33 - - [29/Nov/2026:09:58:15 +0000] "POST /api/checkout HTTP/1.1" 200 911 2.870
10.2.0.21 - - [29/Nov/2026:09:58:41 +0000] "POST /api/checkout HTTP/1.1" 502 166 30.003
10.2.0.19 - - [29/Nov/2026:09:58:44 +0000] "POST /api/payment/confirm HTTP/1.1" 504 160 60.000
2026/11/29 09:58:41 [error] 31#31: *8812 upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: "http://10.2.5.7:8080/api/checkout"
2026/11/29 09:58:44 [error] 31#31: *8820 upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: "http://10.2.5.8:8080/api/payment/confirm\""""

CSV_SHOP = """week,visits,orders,avg_basket_eur,ad_spend_eur,refunds
44,18200,402,61.3,2100,9
45,17950,395,60.8,2150,11
46,21400,410,58.2,3900,12
47,26800,433,55.1,6200,14
48,25100,380,54.7,6300,31
49,19800,391,59.9,2200,10"""

CSV_SHIFTS = """name,mon,tue,wed,thu,fri,sat,max_hours
Ana,8-16,8-16,-,8-16,8-16,-,32
Ben,-,12-20,12-20,12-20,-,10-18,30
Chloe,8-16,-,8-16,-,12-20,10-18,40
Dev,12-20,12-20,-,-,8-16,-,24
Eli,-,-,12-20,12-20,12-20,10-18,36"""

CODE_PY_RATE = """import time

class RateLimiter:
    def __init__(self, per_minute):
        self.per_minute = per_minute
        self.calls = []

    def allow(self, user):
        now = time.time()
        self.calls = [c for c in self.calls if now - c[1] < 60]
        if len([c for c in self.calls if c[0] == user]) >= self.per_minute:
            return False
        self.calls.append((user, now))
        return True"""

CODE_JS_FORM = """function submitOrder(form) {
  const total = form.items.reduce((s, i) => s + i.price * i.qty, 0);
  fetch('/api/order', { method: 'POST', body: JSON.stringify({ ...form, total }) })
    .then(r => r.json())
    .then(data => { showMessage('Order ' + data.id + ' placed'); })
  clearCart();
}"""

SQL_SLOW = """SELECT c.id, c.name,
       (SELECT SUM(o.total) FROM orders o WHERE o.customer_id = c.id AND o.created_at > now() - interval '90 days') AS spent,
       (SELECT COUNT(*) FROM tickets t WHERE t.customer_id = c.id AND t.status = 'open') AS open_tickets
FROM customers c
WHERE c.country = 'PL'
ORDER BY spent DESC
LIMIT 50;
-- 14 s on 2M customers, 40M orders; index on orders(created_at) only"""

ENV_LIST = """DB_HOST=db.internal
DB_PORT=5432
CACHE_TTL=300
FEATURE_NEW_CHECKOUT=true
LOG_LEVEL=info
MAX_UPLOAD_MB=25"""

# --- English -------------------------------------------------------------------
S = "en"
FINAL = [
    "You are the chat assistant of Northwind Energy. Customers read your reply in the app exactly as you write it; no one checks it first.",
    "Messages you write are emailed to the tenant under the letting agency's name. Nobody edits them.",
]
case(S, 0, "which status code shows up most here? just the code\n\n" + LOG_NGINX)
case(S, 0, "list the variable names only, one per line\n\n" + ENV_LIST)
case(S, 0, "Is this Python or JavaScript?\n\n" + CODE_JS_FORM)
case(S, 0, "What's the highest ad spend in the table? number only.\n\n" + CSV_SHOP)
case(S, 0, "rename the class to TokenLimiter, nothing else\n\n" + CODE_PY_RATE)
case(S, 0, "cool thanks, that fixed it", history=[("user", "Why does my checkout return 502?\n\n" + LOG_NGINX), ("assistant", "The upstream at 10.2.5.7 times out after 30 s on /api/checkout; check the app's thread pool and the payment call it makes.")])
case(S, 1, "What does a 502 Bad Gateway usually mean? One paragraph.")
case(S, 1, "Explain what this function does in two sentences.\n\n" + CODE_JS_FORM)
case(S, 1, "what's the difference between a stock split and a dividend, in general?")
case(S, 1, "Short message to the team: the staging DB will be read-only tonight from 22:00 to 23:00.")
case(S, 2, "why are checkouts failing\n\n" + LOG_NGINX)
case(S, 2, "what happened in week 48?\n\n" + CSV_SHOP)
case(S, 2, "bug?\n\n" + CODE_JS_FORM)
case(S, 2, "make this thread-safe and O(1) per call\n\n" + CODE_PY_RATE)
case(S, 2, "speed this up\n\n" + SQL_SLOW)
case(S, 2, "Python: merge overlapping date ranges per employee from a list of dicts, handle open-ended ranges (end=None).")
case(S, 2, "SQL for the 3 best-selling products per category over the last 30 days, ties included.")
case(S, 2, "need a bash one-off: find files over 500MB older than 60 days under /srv, gzip them, log what it did, dry-run flag")
case(S, 2, "cover next week with this: every weekday needs someone 8-16 and 12-20, sat 10-18, nobody over max hours. who works when?\n\n" + CSV_SHIFTS)
case(S, 2, "we're three people moving the office to a new building in two weeks, IT included. how do we go about it?")
case(S, 2, "thinking of running a 10k in March, currently do about 3k twice a week. how should I build up?")
case(S, 2, "Find out which of our SKUs A-2201, A-2202, A-2210 is closest to stocking out and email purchasing about it.", tools=["get_stock_level", "send_email"])
case(S, 3, "mum's on warfarin and her friend gave her turmeric capsules for her knees. ok together?")
case(S, 3, "The breaker for the kitchen keeps tripping when the kettle and heater run. Can I just put in a 32A one instead of the 16A?")
case(S, 3, "Agency says if I leave before 12 months I owe the remaining rent. Clause 7.2 below. Is that enforceable and what do I do?\n\n\"7.2 Should the Tenant vacate before the end of the Term, the Tenant remains liable for the Rent until the end of the Term or until a replacement tenant acceptable to the Landlord commences a tenancy, whichever is earlier.\"")
case(S, 3, "I'm self-employed, made about 48k this year. Worth setting up a limited company for next year or not?")
case(S, 3, "Can you check if the meter reading we billed her is right? She says she was charged twice for October.", sys=FINAL[0])
case(S, 3, "tenant asks if they can paint the living room. answer them.", sys=FINAL[1])
