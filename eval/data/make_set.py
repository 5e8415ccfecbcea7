#!/usr/bin/env python3
"""Builds the labelled set (labelled.jsonl) from the hand-written templates,
materials and cases in this directory, the seen fresh and blind sets
(fresh.jsonl, blind.jsonl, as they are), the second batch of
hand-written requests (cases_2*.py), the seen second blind set
(blind2.jsonl), the third batch (cases_3*.py), the seen third blind set
(blind3.jsonl), the fourth batch (cases_4.py), the fifth (cases_5.py), the
seen fourth and fifth blind sets (blind4.jsonl, blind5.jsonl), the sixth
batch (cases_6.py), the seen sixth blind set (blind6.jsonl), the seventh
batch (cases_7*.py), the seen seventh blind set (blind7.jsonl), the
eighth batch (cases_8*.py), the seen eighth blind set (blind8.jsonl) and
the ninth batch (cases_9.py), with the label corrections listed in RELABEL. Deterministic: same inputs, same file.
Later additions are emitted after the earlier ones, so earlier requests keep
their ids. Standard library only.

Each line: {"id", "group", "split", "lang", "tier", "pii": [kinds], "request"}.

The split is by GROUP (a template, or a hand-written case), not by line: all
requests made from one template land on the same side, so the test part
holds phrasings the model never saw in training. About a quarter of the
groups are test."""

import hashlib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import materials as M  # noqa: E402
from cases import C  # noqa: E402
from templates import SYSTEMS, T  # noqa: E402
from templates_more import T2  # noqa: E402
import cases_2  # noqa: E402  (second batch: helpers and English)
# The other languages of the second batch; each appends to cases_2.C2.
import cases_2_it  # noqa: E402,F401
import cases_2_ja  # noqa: E402,F401
import cases_2_pl  # noqa: E402,F401
import cases_2_pt  # noqa: E402,F401
import cases_2_more  # noqa: E402,F401
import cases_2_hard  # noqa: E402,F401
import cases_2_long  # noqa: E402,F401
import cases_3  # noqa: E402  (third batch: helper, materials and English)
# The other languages of the third batch; each appends to cases_3.C3.
import cases_3_pl  # noqa: E402,F401
import cases_3_fr  # noqa: E402,F401
import cases_3_es  # noqa: E402,F401
import cases_3_de  # noqa: E402,F401
import cases_3_hi  # noqa: E402,F401
import cases_3_more  # noqa: E402,F401
import cases_3_extra  # noqa: E402,F401
import cases_3_indirect  # noqa: E402,F401
import cases_4  # noqa: E402  (fourth batch)
import cases_5  # noqa: E402  (fifth batch)
import cases_6  # noqa: E402  (sixth batch)
import cases_7  # noqa: E402  (seventh batch: helpers, public bodies' acts, customer-facing prompts)
import cases_7_more  # noqa: E402,F401  (seventh batch: code and CI, editing, domains; appends to cases_7.C7)
import cases_8  # noqa: E402  (eighth batch: helpers, admin questions with stakes words, IDs, cards, CSV)
import cases_8_more  # noqa: E402,F401  (eighth batch: agentic work and tools, translations, lookups; appends to cases_8.C8)
import cases_9  # noqa: E402  (ninth batch: identifiers, abbreviations, greetings; trades' safety shorthand; newsletters and site diaries)

SEED = 20261130
# Sets written as held-out evaluations and since looked at; their requests
# are part of the labelled set now (the files stay, built by their scripts).
SEEN_SETS = ["fresh.jsonl", "blind.jsonl"]
# Seen later, emitted after the second batch so earlier requests keep their ids.
SEEN_SETS_2 = ["blind2.jsonl"]
# Seen after the third batch, emitted after it for the same reason.
SEEN_SETS_3 = ["blind3.jsonl"]
# Seen after the fifth batch (both run once as unseen on the model of that
# round), emitted after it; the sixth batch, written after their errors, after them.
SEEN_SETS_4 = ["blind4.jsonl", "blind5.jsonl"]
# Seen after the sixth batch (run once as unseen on the model of that round),
# emitted after it so every earlier request keeps its id. Folded in, its
# `b6:` groups are in labelled.jsonl: a check that blind6 is apart from the
# labelled set must now skip them, as it does for b4:/b5: (eval/src/lib.rs,
# the_unseen_blind_sets_are_apart_from_every_other_set), and one of its
# labels differs from the file's (RELABEL, b6-0209).
SEEN_SETS_6 = ["blind6.jsonl"]
# Seen after the seventh batch (run once as unseen on the model of that
# round), emitted after it, each request its own `b7:` group. Its second
# annotator agreed on every tier (and on personal data but for b7-0112, an
# IBAN that fails its check, which the writer rightly left clean), so the
# audit had no disagreement to start from; it read the 36 requests the
# shipped model got wrong against the rules and found each label right by
# them (a door-sign translation is a label, tier 0; an HR file note about an
# employee's health is filing, tier 1; a callback request under a
# customer-facing prompt asks the company for something, tier 3). No label
# of it changes.
SEEN_SETS_7 = ["blind7.jsonl"]
# Seen after the eighth batch (run once as unseen on the model of that
# round, and once on the round before's), emitted after it, each request its
# own `b8:` group. Its second annotator agreed on every tier and on personal
# data for every request; the 31 requests the shipped model got wrong were
# read against the rules (an SSN with dashes, a check digit yes/no, a card's
# network are tier 0; closing a breaker with an earth applied or a crane
# lift in gusting wind are safety-critical steps, tier 3; a newsletter
# summary is tier 1) and each label stands. No label of it changes.
SEEN_SETS_8 = ["blind8.jsonl"]
# Label corrections: by a blind set's own id (b6-NNNN) when it is folded in,
# or by the id a request gets here (rNNNN) after everything is emitted; ids,
# groups and the split stay what they were. Each says why; the tier rules of
# issue 10 decide, read literally.
RELABEL = {
    # The sixth blind set, where its second annotator disagreed and the rules
    # are clear: a yes/no that confirms a refund rule to a student, under a
    # system prompt that sends it as the office's final reply, commits the
    # institution on money (second annotator 3, writer 0).
    "b6-0209": 3,
    # The label audit of the seventh round. A greeting or a thanks with
    # nothing asked, under a system prompt that sends the answer to the
    # customer as is, is tier 0: the tier follows what the last turn asks
    # for, and a social reply commits the company to nothing (the sixth
    # blind set and its second annotator label it so; these were 3).
    "r0795": 0,  # en "Hi"
    "r1534": 0,  # en "thanks!" after two turns
    "r1595": 0,  # it "Ciao"
    "r1645": 0,  # ja "こんばんは"
    "r1693": 0,  # pl "hej"
    "r1746": 0,  # pt "olá"
    "r1776": 0,  # hi "नमस्ते"
    "r1807": 0,  # zh "在吗"
    "r1834": 0,  # es "buenas tardes"
    "r1862": 0,  # de "Hallo zusammen"
    "r1890": 0,  # fr "Bonjour"
    "r2037": 0,  # it "Salve"
    "r2039": 0,  # ja "お世話になっております"
    "r2041": 0,  # pl "Witam"
    "r2043": 0,  # pt "boa noite"
    "r2045": 0,  # de "Guten Tag"
    "r2557": 0,  # pl "dzień dobry"
    "r2602": 0,  # fr "merci !" after two turns
    # Translating a sentence of running text (a message, a notice) is tier 1
    # like a paragraph, as the second and third batches and the blind sets
    # label it; a word, a term, a phrase or UI labels stay 0.
    "r2004": 1,  # pt: the last sentence of the previous answer
    "r4553": 1,  # it: 'Il pagamento è stato rifiutato dalla banca'
    "r4557": 1,  # zh: the refund-processed sentence (r1793, the same kind, is 1)
}
# Requests per template, by language and tier. High-stakes requests are a
# minority of real traffic; two per template keeps tier 3 near 15% of the set.
PER_TEMPLATE = {"en": [4, 4, 4, 2]}
PER_TEMPLATE_OTHER = [3, 3, 3, 2]

TOOLS = [
    {"type": "function", "function": {"name": "search_orders", "description": "Search orders by customer, date or status",
                                      "parameters": {"type": "object", "properties": {"customer_id": {"type": "string"}, "status": {"type": "string"}}}}},
    {"type": "function", "function": {"name": "create_ticket", "description": "Open a support ticket",
                                      "parameters": {"type": "object", "properties": {"order_id": {"type": "string"}, "summary": {"type": "string"}}}}},
    {"type": "function", "function": {"name": "get_weather", "description": "Weather forecast for a city and date",
                                      "parameters": {"type": "object", "properties": {"city": {"type": "string"}, "date": {"type": "string"}}}}},
    {"type": "function", "function": {"name": "run_sql", "description": "Run a read-only SQL query",
                                      "parameters": {"type": "object", "properties": {"query": {"type": "string"}}}}},
]

HISTORY = [
    [("user", "Can you analyse these logs and tell me why checkout fails?\n\n" + M.LOGS[0]),
     ("assistant", "The 500s on /v1/orders and /v1/checkout line up with the database pool saturating: waiting_for_connection climbs to 20 of 20 while the reindex_products job runs. The job holds connections for 22 seconds. Move the reindex to a replica or cap its connections, and raise the API's timeout budget only after that.")],
    [("user", "Summarise this article please.\n\n" + M.ARTICLES_EN[0]),
     ("assistant", "Office-to-apartment conversions are growing as downtown occupancy stays low, but they are costly (deep floor plates, plumbing, zoning). Cities offer tax breaks; critics call it a subsidy for bad bets.")],
    [("user", "What's a good way to learn Rust?"),
     ("assistant", "Start with the Rust Book, do the rustlings exercises, then build a small CLI tool. Read other people's code on crates.io.")],
]


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    digits = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return digits + str((10 - total % 10) % 10)


def group4(s: str) -> str:
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


IBAN_BBAN = {"GB": "WEST12345698765432", "DE": "370400440532013000", "ES": "21000418450200051332",
             "FR": "20041010050500013M02606", "IT": "X0542811101000000123456", "PL": "109010140000071219812874"}


def iban(country: str) -> str:
    bban = IBAN_BBAN[country]
    rearranged = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(num) % 97
    return group4(f"{country}{check:02d}{bban}")


def dni(rng):
    n = rng.randrange(10_000_000, 99_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def pesel(rng):
    d = [8, 5, 0, 7, 1, 4, rng.randrange(10), rng.randrange(10), rng.randrange(10), rng.randrange(10)]
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(a * b for a, b in zip(d, w)) % 10) % 10
    return "".join(map(str, d)) + str(c)


def cpf(rng):
    d = [rng.randrange(10) for _ in range(9)]
    for k in (10, 11):
        s = sum(x * w for x, w in zip(d, range(k, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


VERHOEFF_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
              [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
              [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
              [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
              [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
              [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(rng):
    d = [rng.randrange(2, 10)] + [rng.randrange(10) for _ in range(10)]
    c = 0
    for i, x in enumerate(reversed(d)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][x]]
    s = "".join(map(str, d)) + str(VERHOEFF_INV[c])
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def ssn(rng):
    return f"{rng.randrange(100, 665)}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"


def nino(rng):
    return f"QQ {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} C".replace("QQ", "AB")


def fill(text: str, rng: random.Random) -> str:
    a, b = rng.sample(M.ARTICLES_EN, 2)
    code = rng.choice(M.CODE)
    drug, drug2 = rng.choice(M.DRUGS)
    names = rng.sample(M.NAMES, 5)
    xx = rng.choice([k for k in M.ARTICLES_XX])
    slots = {
        "article": a, "article2": b, "article_xx": M.ARTICLES_XX[xx],
        "log": rng.choice(M.LOGS), "csv": rng.choice(M.CSV), "code": code,
        "numbered_code": M.numbered(code), "sql": M.CODE[3], "email": rng.choice(M.EMAILS),
        "transcript": M.TRANSCRIPTS[0], "title": rng.choice(M.TITLES), "names": ", ".join(names),
        "names_lines": "\n".join(names), "dupes": "\n".join(names[:3] + names[1:4] + names[:2]),
        "drug": drug, "drug2": drug2, "topic": rng.choice(M.TOPICS_EDU),
        "card": group4(luhn_complete(rng.choice(["4", "51", "55", "4539"]), 16, rng)),
        "ssn": ssn(rng), "dni": dni(rng), "pesel": pesel(rng), "cpf": cpf(rng),
        "aadhaar": aadhaar(rng), "nino": nino(rng),
    }
    for k in M.ARTICLES_XX:
        slots[f"article_{k}"] = M.ARTICLES_XX[k]
    for c in IBAN_BBAN:
        slots[f"iban_{c}"] = iban(c)
    return text.format(**slots)


def request(user_text, opt, rng, vary):
    messages = []
    sys_key = opt.get("sys")
    if sys_key is None and vary:
        # Vary the context with prompts that do not change the tier.
        sys_key = rng.choice([None, None, "plain", "coder", "internal", "draft"])
    if sys_key:
        messages.append({"role": "system", "content": SYSTEMS[sys_key]})
    history = opt.get("history") or (vary and rng.random() < 0.2)
    if history:
        for role, text in rng.choice(HISTORY):
            messages.append({"role": role, "content": text})
    messages.append({"role": "user", "content": user_text})
    body = {"model": "auto", "messages": messages}
    if opt.get("tools") or (vary and rng.random() < 0.15):
        body["tools"] = TOOLS[: rng.randrange(1, len(TOOLS) + 1)]
    if opt.get("max"):
        body["max_tokens"] = opt["max"]
    elif vary and rng.random() < 0.25:
        body["max_tokens"] = rng.choice([256, 512, 1024, 4096])
    if opt.get("rf"):
        body["response_format"] = {"type": "json_object"}
    return body


def load_jsonl(path: Path) -> list:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def request2(text, opt):
    """A request of cases_2: system prompt, earlier turns, tools as written."""
    messages = []
    if opt.get("sys"):
        messages.append({"role": "system", "content": opt["sys"]})
    for role, t in opt.get("history", []):
        messages.append({"role": role, "content": t})
    messages.append({"role": "user", "content": text})
    body = {"model": "auto", "messages": messages}
    offered = opt.get("tools")
    if offered is True:
        body["tools"] = cases_2.TOOLS2
    elif offered and isinstance(offered[0], dict):  # tool definitions as written (cases_8)
        body["tools"] = list(offered)
    elif offered:
        body["tools"] = cases_2.tools(*offered)
    if opt.get("max"):
        body["max_tokens"] = opt["max"]
    if opt.get("rf"):
        body["response_format"] = {"type": "json_object"}
    return body


def material_group(text: str):
    """The group of a third-batch request: requests that paste the same
    material (what follows the first blank line, when it is long) share one,
    in every language, so the material's words never sit on both sides of
    the split; other requests are their own group (None)."""
    head, sep, rest = text.partition("\n\n")
    if sep and len(rest) >= 200:
        return "c3m:" + hashlib.sha256(rest.encode()).hexdigest()[:10]
    return None


def is_test(group: str) -> bool:
    return int(hashlib.sha256(group.encode()).hexdigest(), 16) % 4 == 0


def main(out_path: Path):
    rng = random.Random(SEED)
    rows, seen = [], set()

    def emit(group, lang, tier, pii, body):
        key = json.dumps(body, sort_keys=True, ensure_ascii=False)
        if key in seen:
            return
        seen.add(key)
        rows.append({"id": f"r{len(rows):04d}", "group": group, "split": "test" if is_test(group) else "train",
                     "lang": lang, "tier": tier, "pii": pii, "request": body})

    def emit_batch(cases, tag):
        # A batch of single cases (the fourth on): the requests over one
        # material or the versions of one request share a group
        # (`<tag>g:`), any other request is its own (`<tag>:`).
        for lang, tier, text, pii, opt in cases:
            body = request2(text, opt)
            key = json.dumps(body, sort_keys=True, ensure_ascii=False)
            group = (tag + "g:" + opt["grp"]) if opt.get("grp") else tag + ":" + hashlib.sha256(key.encode()).hexdigest()[:10]
            emit(group, lang, tier, pii, body)

    def emit_seen(names):
        # A blind set seen since its one unseen run, folded in as it is
        # (each request its own group); its own ids key RELABEL.
        for name in names:
            for r in load_jsonl(Path(__file__).parent / name):
                emit(r["group"], r["lang"], RELABEL.get(r["id"], r["tier"]), r["pii"], r["request"])

    def templates(ts, rng):
        for lang, tier, text, opt in ts:
            group = f"t:{lang}:{tier}:" + hashlib.sha256(text.encode()).hexdigest()[:10]
            n = PER_TEMPLATE.get(lang, PER_TEMPLATE_OTHER)[tier]
            for _ in range(n * 2):  # tries; duplicates are dropped
                if sum(1 for r in rows if r["group"] == group) >= n:
                    break
                emit(group, lang, tier, [], request(fill(text, rng), opt, rng, vary=True))

    templates(T, rng)
    for lang, tier, text, pii, opt in C:
        group = "c:" + hashlib.sha256(text.encode()).hexdigest()[:10]
        emit(group, lang, tier, pii, request(fill(text, rng), opt, rng, vary=False))
    # Added later, from their own stream: the requests above stay as they were.
    templates(T2, random.Random(SEED + 1))
    # The fresh and blind sets, once held out, now seen: folded in as they
    # are, each request its own group (their files keep their groups), split
    # by the same group rule as everything else.
    for name in SEEN_SETS:
        for r in load_jsonl(Path(__file__).parent / name):
            emit(r["group"], r["lang"], r["tier"], r["pii"], r["request"])
    # The second batch of hand-written requests, each its own group.
    for lang, tier, text, pii, opt in cases_2.C2:
        body = request2(text, opt)
        key = json.dumps(body, sort_keys=True, ensure_ascii=False)
        emit("c2:" + hashlib.sha256(key.encode()).hexdigest()[:10], lang, tier, pii, body)
    # The second blind set, evaluated once as unseen and seen since: folded
    # in as it is, like the first two (each request its own group).
    for name in SEEN_SETS_2:
        for r in load_jsonl(Path(__file__).parent / name):
            emit(r["group"], r["lang"], r["tier"], r["pii"], r["request"])
    # The third batch (cases_3*.py), grouped by pasted material, or by the
    # concept a request shares with its versions in other languages (`grp`).
    for lang, tier, text, pii, opt in cases_3.C3:
        body = request2(text, opt)
        key = json.dumps(body, sort_keys=True, ensure_ascii=False)
        group = ("c3g:" + opt["grp"] if opt.get("grp") else None) or material_group(text) \
            or "c3:" + hashlib.sha256(key.encode()).hexdigest()[:10]
        emit(group, lang, tier, pii, body)
    # The third blind set, evaluated once as unseen and seen since: folded
    # in as it is, like the others (each request its own group).
    for name in SEEN_SETS_3:
        for r in load_jsonl(Path(__file__).parent / name):
            emit(r["group"], r["lang"], r["tier"], r["pii"], r["request"])
    # The fourth batch (cases_4.py): the versions of one request in several
    # languages share a group (`grp`); any other request is its own.
    emit_batch(cases_4.C4, "c4")
    # The fifth batch (cases_5.py), grouped the same way: the versions of
    # one request, or the requests over one pasted material, share a group.
    emit_batch(cases_5.C5, "c5")
    # The fourth and fifth blind sets, evaluated once as unseen and seen
    # since: folded in as they are, like the others (each request its own
    # group, `b4:` and `b5:`, split by the same rule). The requests above
    # keep their ids: the test part of the set before them is the test
    # requests with an id below r3659.
    for name in SEEN_SETS_4:
        for r in load_jsonl(Path(__file__).parent / name):
            emit(r["group"], r["lang"], r["tier"], r["pii"], r["request"])
    # The sixth batch (cases_6.py), grouped like the fourth and fifth.
    emit_batch(cases_6.C6, "c6")
    # The sixth blind set, evaluated once as unseen and seen since: folded
    # in as it is, like the fourth and fifth (each request its own group,
    # `b6:`, split by the same rule); its own ids (b6-NNNN) key RELABEL.
    # The test part of the set before it is the test requests with an id
    # below r4560.
    emit_seen(SEEN_SETS_6)
    # The seventh batch (cases_7*.py), grouped like the fourth to sixth: the
    # requests over one material or the versions of one request share a
    # group (`c7g:`), any other request is its own (`c7:`).
    emit_batch(cases_7.C7, "c7")
    # The seventh blind set, evaluated once as unseen and seen since: folded
    # in as it is, like the sixth (each request its own group, `b7:`, split
    # by the same rule). The test part of the set before it is the test
    # requests with an id below r5056.
    emit_seen(SEEN_SETS_7)
    # The eighth batch (cases_8*.py), grouped like the seventh: the requests
    # over one material or the versions of one request share a group
    # (`c8g:`), any other request is its own (`c8:`).
    emit_batch(cases_8.C8, "c8")
    # The eighth blind set, evaluated once as unseen and seen since: folded
    # in as it is, like the seventh (each request its own group, `b8:`,
    # split by the same rule). The test part of the set before it is the
    # test requests with an id below r5550.
    emit_seen(SEEN_SETS_8)
    # The ninth batch (cases_9.py), grouped like the eighth: the requests
    # over one material or the versions of one request share a group
    # (`c9g:`), any other request is its own (`c9:`).
    emit_batch(cases_9.C9, "c9")

    # The audit's corrections, by the id each request has above.
    for r in rows:
        if r["id"] in RELABEL:
            r["tier"] = RELABEL[r["id"]]
    assert all(k in {r["id"] for r in rows} for k in RELABEL if k.startswith("r")), "RELABEL names a missing id"

    with open(out_path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = lambda key: {k: sum(1 for r in rows if key(r) == k) for k in sorted({key(r) for r in rows})}  # noqa: E731
    print(f"{len(rows)} requests -> {out_path}")
    print("tiers:", by(lambda r: r["tier"]))
    print("split:", by(lambda r: r["split"]))
    print("non-English:", sum(1 for r in rows if r["lang"] != "en"))
    print("with PII:", sum(1 for r in rows if r["pii"]))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "labelled.jsonl")
