"""Long pasted material for the sixth blind set (CI logs, service logs, CSV
exports, code, transcripts, contract text), generated deterministically: each
function seeds its own random.Random, so the text is the same on every run and
does not depend on the order the cases call them. No personal data in here:
the cases that need some put it in their own text."""

import random


def ci_log(seed=1, lines=70, failing="test_retry_backoff_caps_at_max"):
    rng = random.Random(seed)
    out = ["##[group]Run actions/checkout@v4", "Syncing repository: acme-dev/relay", "##[endgroup]",
           "##[group]Set up job", "Runner image: ubuntu-22.04 (20261117.1)", "##[endgroup]",
           "##[group]Run cargo test --workspace --locked"]
    crates = ["relay-core", "relay-http", "relay-auth", "relay-cli", "relay-store"]
    t = 0.0
    for i in range(lines):
        t += rng.uniform(0.05, 0.9)
        c = rng.choice(crates)
        if i % 9 == 0:
            out.append(f"   Compiling {c} v0.{rng.randrange(3, 9)}.{rng.randrange(20)} (/home/runner/work/relay/{c})")
        else:
            name = rng.choice(["parses_header", "rejects_empty_body", "roundtrip_json", "handles_timeout",
                               "merges_config", "token_refresh", "streams_chunks", "rate_limit_window"])
            out.append(f"test {c.replace('-', '_')}::tests::{name}_{i} ... ok  [{t:6.2f}s]")
    out += [f"test relay_http::client::tests::{failing} ... FAILED",
            "", "failures:", "", f"---- relay_http::client::tests::{failing} stdout ----",
            "thread 'relay_http::client::tests::" + failing + "' panicked at crates/relay-http/src/client.rs:214:9:",
            "assertion `left == right` failed: backoff exceeded cap",
            "  left: 64000", " right: 30000",
            "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
            "", f"test result: FAILED. {lines - lines // 9} passed; 1 failed; 0 ignored; finished in {t:.2f}s",
            "error: test failed, to rerun pass `-p relay-http --lib`", "##[error]Process completed with exit code 101."]
    return "\n".join(out)


def service_log(seed=2, lines=90):
    rng = random.Random(seed)
    out = []
    h, m, s = 14, 2, 0
    pods = ["billing-api-7c9d8-2xkqp", "billing-api-7c9d8-9mzrt", "billing-worker-55f6b-lq7wn"]
    for i in range(lines):
        s += rng.randrange(1, 9)
        m += s // 60
        s %= 60
        ts = f"2026-11-12T{h:02d}:{m:02d}:{s:02d}.{rng.randrange(1000):03d}Z"
        pod = rng.choice(pods)
        if 40 <= i < 70 and rng.random() < 0.6:
            lvl, msg = "ERROR", rng.choice([
                "pg pool exhausted: 20/20 connections in use, waited 5000ms",
                "request failed: POST /v1/invoices/finalize status=503 upstream=postgres-primary",
                "context deadline exceeded while acquiring connection"])
        elif 30 <= i < 40 and rng.random() < 0.5:
            lvl, msg = "WARN", f"slow query {rng.randrange(1200, 4800)}ms: SELECT ... FROM invoice_lines WHERE account_id = $1"
        else:
            lvl, msg = "INFO", rng.choice([
                f"GET /v1/invoices status=200 dur={rng.randrange(8, 90)}ms",
                f"POST /v1/usage status=202 dur={rng.randrange(3, 40)}ms",
                "cron: usage rollup batch committed rows=" + str(rng.randrange(200, 900)),
                f"GET /healthz status=200 dur={rng.randrange(1, 4)}ms"])
        out.append(f"{ts} {lvl:5} {pod} {msg}")
        if i == 38:
            out.append(f"{ts} INFO  billing-worker-55f6b-lq7wn deploy: migration 0087_invoice_lines_idx started (CONCURRENTLY=false)")
    return "\n".join(out)


def permits_csv(seed=3, rows=60):
    rng = random.Random(seed)
    out = ["permit_no,district,type,submitted,decided,status,fee_eur,inspections"]
    types = ["building_extension", "sidewalk_cafe", "street_event", "demolition", "signage", "scaffolding"]
    for i in range(rows):
        sub = f"2026-{rng.randrange(1, 11):02d}-{rng.randrange(1, 28):02d}"
        st = rng.choice(["approved", "approved", "approved", "rejected", "pending", "withdrawn"])
        dec = "" if st == "pending" else f"2026-{rng.randrange(2, 12):02d}-{rng.randrange(1, 28):02d}"
        out.append(f"BP-2026-{4100 + i},{rng.choice(['North', 'Harbour', 'Old Town', 'Riverside', 'East'])},"
                   f"{rng.choice(types)},{sub},{dec},{st},{rng.choice([45, 120, 250, 480, 900])},{rng.randrange(0, 4)}")
    return "\n".join(out)


def grades_csv(seed=4, rows=45):
    rng = random.Random(seed)
    out = ["learner_id,module,quiz1,quiz2,assignment,final_exam,minutes_watched,forum_posts"]
    for i in range(rows):
        out.append(f"L{70300 + i * 7},{rng.choice(['M1', 'M2', 'M3'])},{rng.randrange(30, 101)},"
                   f"{rng.randrange(20, 101)},{rng.randrange(0, 101)},{rng.randrange(25, 101)},"
                   f"{rng.randrange(40, 900)},{rng.randrange(0, 15)}")
    return "\n".join(out)


def usage_csv(seed=5, rows=50):
    rng = random.Random(seed)
    out = ["date,workspace,plan,seats,builds,build_minutes,cache_hit_pct,failed_builds"]
    for i in range(rows):
        out.append(f"2026-10-{(i % 31) + 1:02d},ws_{rng.choice(['a81f', 'c203', 'e77d', '0b9a'])},"
                   f"{rng.choice(['team', 'business', 'enterprise'])},{rng.randrange(5, 300)},"
                   f"{rng.randrange(20, 4000)},{rng.randrange(100, 90000)},{rng.randrange(35, 98)},{rng.randrange(0, 120)}")
    return "\n".join(out)


PY_MODULE = '''import time
import threading
from collections import OrderedDict


class TTLCache:
    """A small LRU cache whose entries expire after `ttl` seconds."""

    def __init__(self, maxsize=1024, ttl=60.0, clock=time.monotonic):
        self.maxsize = maxsize
        self.ttl = ttl
        self.clock = clock
        self._data = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, default=None):
        with self._lock:
            item = self._data.get(key)
            if item is None:
                return default
            value, expires = item
            if expires < self.clock():
                del self._data[key]
                return default
            return value

    def set(self, key, value):
        with self._lock:
            self._data[key] = (value, self.clock() + self.ttl)
            if len(self._data) > self.maxsize:
                self._data.popitem(last=False)

    def purge(self):
        now = self.clock()
        for key, (_, expires) in list(self._data.items()):
            if expires < now:
                del self._data[key]

    def __len__(self):
        return len(self._data)


def memoize(ttl=60.0, maxsize=256):
    cache = TTLCache(maxsize=maxsize, ttl=ttl)

    def deco(fn):
        def wrapper(*args):
            hit = cache.get(args)
            if hit is not None:
                return hit
            result = fn(*args)
            cache.set(args, result)
            return result
        return wrapper
    return deco
'''

TS_MODULE = '''export interface Page<T> { items: T[]; nextCursor?: string }

export async function* paginate<T>(
  fetchPage: (cursor?: string) => Promise<Page<T>>,
  limit = Infinity,
): AsyncGenerator<T> {
  let cursor: string | undefined;
  let seen = 0;
  do {
    const page = await fetchPage(cursor);
    for (const item of page.items) {
      if (seen++ >= limit) return;
      yield item;
    }
    cursor = page.nextCursor;
  } while (cursor);
}

export function chunk<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

export function debounce<F extends (...a: any[]) => void>(fn: F, ms: number) {
  let t: ReturnType<typeof setTimeout> | undefined;
  return (...args: Parameters<F>) => {
    if (t) clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}
'''


def numbered(text):
    return "\n".join(f"{i + 1:>4}  {line}" for i, line in enumerate(text.splitlines()))


def council_transcript(seed=6, turns=40):
    rng = random.Random(seed)
    speakers = ["Chair", "Cllr. Okafor", "Cllr. Lindqvist", "Cllr. Haddad", "Director of Transport", "City Solicitor"]
    topics = [
        "the proposed 20 mph zone around the three primary schools in the North district",
        "the cost overrun on the Harbour Bridge resurfacing, now 18 percent above the approved budget",
        "whether the bus lane on Mill Road should run 7-10 only or all day",
        "the consultation responses, 1,240 in total, 61 percent in favour",
        "delegating the final traffic order to the Director after the statutory notice period",
        "the equality impact assessment and the effect on blue-badge holders",
    ]
    out = ["TRANSPORT AND ENVIRONMENT COMMITTEE, 12 NOVEMBER 2026, VERBATIM EXTRACT", ""]
    for i in range(turns):
        sp = speakers[i % len(speakers)] if rng.random() < 0.5 else rng.choice(speakers)
        t = rng.choice(topics)
        verb = rng.choice(["I want to come back to", "On", "Can officers clarify", "My concern is",
                           "For the record, on", "I move that we note"])
        out.append(f"{sp}: {verb} {t}. " + rng.choice([
            "We were told in September this would be resolved.",
            "The figures in appendix B do not match the ones in the report.",
            "I support the recommendation with that amendment.",
            "Residents on Elm Terrace have written to all of us about this.",
            "Officers will circulate a note before the next meeting.",
            "I am not persuaded the enforcement costs have been counted.",
        ]))
    out += ["", "RESOLVED: (1) the 20 mph zone proceeds to statutory notice; (2) the Mill Road bus lane "
            "hours are deferred to January; (3) a report on the bridge overrun comes to the December meeting."]
    return "\n".join(out)


def support_thread(seed=7, turns=24):
    rng = random.Random(seed)
    out = []
    for i in range(turns):
        if i % 2 == 0:
            out.append("Customer: " + rng.choice([
                "Our self-hosted runners stopped picking up jobs after the 4.12 upgrade.",
                "The agent logs say 'token audience mismatch' every 30 seconds.",
                "We rotated the registration token yesterday, same result.",
                "Is there a way to downgrade just the agent and keep the server on 4.12?",
                "We have about 140 pipelines blocked right now.",
                "Proxy settings have not changed, we go through the same egress gateway."]))
        else:
            out.append("Agent (Tier 2): " + rng.choice([
                "Thanks, can you send the output of `relayctl agent diagnose`?",
                "4.12 changed the default audience to the server's public URL; if your runners use the internal URL they will be rejected.",
                "You can set RELAY_AGENT_AUDIENCE to the old value as a workaround.",
                "Downgrading the agent alone is supported one minor version back.",
                "I've escalated this to engineering as INC-20931.",
                "Could you confirm which URL is configured under Settings > Runners?"]))
    return "\n".join(out)


MSA_CLAUSES = """7. LIMITATION OF LIABILITY
7.1 Except for Excluded Claims, neither party's aggregate liability arising out of or related to this Agreement shall exceed the total fees paid or payable by Customer in the twelve (12) months preceding the event giving rise to the claim.
7.2 Neither party shall be liable for any indirect, incidental, special, consequential or punitive damages, or for loss of profits, revenue or data, even if advised of the possibility thereof.
7.3 "Excluded Claims" means (a) a party's indemnification obligations under Section 8; (b) Customer's payment obligations; (c) breach of Section 5 (Confidentiality), provided that liability under this clause (c) shall not exceed three (3) times the amount in Section 7.1.
8. INDEMNIFICATION
8.1 Provider shall defend Customer against any third-party claim alleging that the Service infringes a patent, copyright or trademark, and shall pay damages finally awarded, provided Customer (a) promptly notifies Provider, (b) gives Provider sole control of the defence, and (c) reasonably cooperates.
8.2 Provider has no obligation for claims arising from (a) Customer Content; (b) combination of the Service with items not supplied by Provider; (c) use of a version of the Service other than the most current one made available to Customer.
9. TERM AND TERMINATION
9.1 This Agreement continues until all Order Forms have expired. Each Order Form renews automatically for successive twelve-month terms unless either party gives notice of non-renewal at least sixty (60) days before the end of the then-current term.
9.2 Either party may terminate for material breach not cured within thirty (30) days of written notice.
9.3 Upon termination, Provider shall make Customer Data available for export for thirty (30) days, after which it shall be deleted within ninety (90) days save as required by law."""


SYLLABUS = """Module 1. Foundations of data journalism (week 1-2)
  1.1 What counts as data; sources and provenance
  1.2 Spreadsheets as a reporting tool: sorting, filtering, pivot tables
  1.3 Assignment: find three stories in a city budget spreadsheet
Module 2. Cleaning and verifying (week 3-4)
  2.1 Messy data: encodings, dates, duplicate rows
  2.2 OpenRefine walkthrough
  2.3 Verifying numbers with a second source
  2.4 Quiz: spot the error (10 questions)
Module 3. Visualising (week 5-6)
  3.1 Choosing a chart: comparison, distribution, change over time
  3.2 Maps and their traps
  3.3 Accessibility of charts: colour contrast, alt text, data tables
  3.4 Assignment: one chart, one paragraph, one alt text
Module 4. Ethics and law (week 7)
  4.1 Privacy and personal data in datasets
  4.2 Defamation risk when publishing rankings
  4.3 Corrections policy
Module 5. Capstone (week 8-10)
  5.1 Pitch
  5.2 Draft with editor feedback
  5.3 Final piece and methods note"""


def release_notes(seed=8, items=45):
    rng = random.Random(seed)
    out = ["# Relay 4.12.0 (2026-11-03)", ""]
    areas = ["runner", "cli", "api", "ui", "cache", "auth", "webhooks", "billing"]
    verbs = ["Fix", "Add", "Improve", "Deprecate", "Remove", "Speed up"]
    objs = ["retry of flaky steps", "artifact upload over proxies", "OIDC token exchange", "log streaming in the browser",
            "matrix builds with more than 256 jobs", "cache key hashing on Windows", "webhook signature v2",
            "seat count in invoices", "dark mode contrast", "YAML anchors in pipeline files"]
    for i in range(items):
        out.append(f"- {rng.choice(verbs)} {rng.choice(objs)} ({rng.choice(areas)}) #{8800 + rng.randrange(900)}")
    return "\n".join(out)


def social_care_note():
    return """Visit type: scheduled review, home visit. Duration 55 min.
Present: resident, daughter (by phone for part), duty social worker.
Observations: kitchen clean, fridge stocked; resident mobilising with frame; two unopened letters from housing benefit on the table.
Resident reports managing personal care with the morning carer; evenings harder since the carer's hours were cut in September.
Daughter raises concern about falls at night; no fall reported since last review.
Actions agreed: (1) refer to OT for bathroom assessment; (2) ask care provider whether the evening call can be restored; (3) help resident open and respond to the housing benefit letters at next visit.
Next review: 6 weeks."""


def lesson_transcript(seed=9, lines=50):
    rng = random.Random(seed)
    bits = ["So today we look at photosynthesis as an energy conversion, not just a recipe.",
            "Light-dependent reactions happen in the thylakoid membranes.",
            "Remember ATP and NADPH are the energy carriers we carry into the Calvin cycle.",
            "Question from the chat: why is the leaf green? Because chlorophyll reflects green light.",
            "The Calvin cycle fixes carbon dioxide using the enzyme RuBisCO.",
            "Pause the video here and try question 3 on the worksheet.",
            "Limiting factors: light intensity, CO2 concentration, temperature.",
            "A common exam mistake is to say plants do not respire. They do, all the time.",
            "Let's look at the graph: the rate rises, then plateaus.",
            "Okay, um, let me share my screen again, one second."]
    return "\n".join(f"[{i // 2:02d}:{(i * 17) % 60:02d}] {rng.choice(bits)}" for i in range(lines))
