#!/usr/bin/env python3
"""Builds the blind evaluation set (blind.jsonl) from blind_cases.py and
blind_materials.py. Same line format as labelled.jsonl and fresh.jsonl,
with split "blind": written from the tier rules alone, never run through
the classifier or the detectors while it was written, never used for
training, cross-validation or choosing any setting. Every request is its
own group. Deterministic (fixed seed); standard library only.

The identifiers are generated here with valid checksums for the real
personal data and deliberately broken ones for the near misses; main()
re-checks both with validators written independently of the generators,
and asserts the set's shape (languages, tiers, labels) before writing."""

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import blind_materials as M  # noqa: E402
from blind_cases import C  # noqa: E402
from idgen import (SLOT_KIND, VALID, v_aadhaar, v_bad_ssn, v_cf, v_cn_id, v_cpf, v_dni, v_iban,  # noqa: E402
                   v_luhn, v_nie, v_nino, v_pesel, v_steuer)

SEED = 20261130_3  # not the labelled or fresh set's seed
LANGS = ["en", "es", "de", "fr", "pt", "it", "pl", "hi", "ja", "zh"]
KINDS = {"email", "phone", "credit_card", "iban", "national_id", "address", "health"}

TOOLS = [
    {"type": "function", "function": {"name": "get_shipment_status", "description": "Tracking status and delay in days for an order or shipment",
                                      "parameters": {"type": "object", "properties": {"order_id": {"type": "string"}}, "required": ["order_id"]}}},
    {"type": "function", "function": {"name": "open_ticket", "description": "Open a ticket for a team, carrier or region",
                                      "parameters": {"type": "object", "properties": {"queue": {"type": "string"}, "title": {"type": "string"}, "body": {"type": "string"}}}}},
    {"type": "function", "function": {"name": "send_sms", "description": "Send a text message to a customer on file",
                                      "parameters": {"type": "object", "properties": {"customer_id": {"type": "string"}, "text": {"type": "string"}}}}},
    {"type": "function", "function": {"name": "query_db", "description": "Run a read-only SQL query on the reporting replica",
                                      "parameters": {"type": "object", "properties": {"sql": {"type": "string"}}, "required": ["sql"]}}},
    {"type": "function", "function": {"name": "search_kb", "description": "Search help-centre articles and known incidents",
                                      "parameters": {"type": "object", "properties": {"q": {"type": "string"}}}}},
    {"type": "function", "function": {"name": "get_forecast", "description": "Daily weather forecast for a city",
                                      "parameters": {"type": "object", "properties": {"city": {"type": "string"}, "days": {"type": "integer"}}}}},
]

# ----------------------------------------------------------- generators


def _luhn_digit(body: str) -> str:
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
    return str(-s % 10)


def card(rng, prefix, length):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    return body + _luhn_digit(body)


def fmt_card(n):
    if len(n) == 15:
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


def bad_card(rng):
    n = card(rng, "4", 16)
    return n[:-1] + str((int(n[-1]) + rng.randrange(1, 10)) % 10)


IBAN_BBAN = {  # shape of each country's BBAN: L letter, D digit
    "GB": "LLLLDDDDDDDDDDDDDD", "ES": "D" * 20, "DE": "D" * 18, "IT": "L" + "D" * 22,
    "PL": "D" * 24, "NL": "LLLL" + "D" * 10,
}


def _iban_mod(s: str) -> int:
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban(rng, country, bad=False):
    bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if c == "L" else str(rng.randrange(10))
                   for c in IBAN_BBAN[country])
    check = 98 - _iban_mod(country + "00" + bban)
    if bad:
        check = (check + rng.randrange(1, 90)) % 97 + 2
        if check == 98 - _iban_mod(country + "00" + bban):
            check = check % 97 + 2
    s = f"{country}{check:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ssn(rng):
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"


def bad_ssn(rng):
    return rng.choice([f"000-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}",
                       f"666-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}",
                       f"9{rng.randrange(10, 99)}-{rng.randrange(10, 99)}-{rng.randrange(1000, 9999)}"])


def nino(rng):
    first = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
    second = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    return f"{p} {rng.randrange(10, 100)} {rng.randrange(10, 100)} {rng.randrange(10, 100)} {rng.choice('ABCD')}"


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng):
    n = rng.randrange(10_000_000, 100_000_000)
    return f"{n}-{DNI_LETTERS[n % 23]}"


def nie(rng):
    p = rng.randrange(3)
    n = rng.randrange(1_000_000, 10_000_000)
    return f"{'XYZ'[p]}{n}{DNI_LETTERS[int(f'{p}{n}') % 23]}"


def _steuer_check(d10: str) -> int:
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10 or 10
        product = s * 2 % 11
    c = 11 - product
    return 0 if c == 10 else c


def steuer_id(rng, bad=False):
    digits = list(range(10))
    rng.shuffle(digits)
    twice = digits[0]
    d = digits[:9] + [twice]  # one digit twice, one missing
    rng.shuffle(d)
    while d[0] == 0 or any(d[i] == d[i + 1] == twice for i in range(9)):
        rng.shuffle(d)
    body = "".join(map(str, d))
    c = _steuer_check(body)
    if bad:
        c = (c + rng.randrange(1, 10)) % 10
    s = body + str(c)
    return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def insee(rng, bad=False):
    body = (f"{rng.choice('12')}{rng.randrange(50, 100):02d}{rng.randrange(1, 13):02d}"
            f"{rng.choice(['13', '31', '44', '59', '67'])}{rng.randrange(1, 1000):03d}{rng.randrange(1, 1000):03d}")
    key = 97 - int(body) % 97
    if bad:
        key = key % 97 + 1
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _cf_val(ch, odd):
    i = int(ch) if ch.isdigit() else ord(ch) - 65
    return CF_ODD[i] if odd else i


def cf(rng, bad=False):
    body = ("BLL" + "GRG" + f"{rng.randrange(50, 100)}" + rng.choice("ABCDEHLMPRST")
            + f"{rng.randrange(1, 29):02d}" + rng.choice(["F205", "H501", "L219", "D612", "A944"]))
    c = chr(65 + sum(_cf_val(ch, i % 2 == 0) for i, ch in enumerate(body)) % 26)
    if bad:
        c = chr(65 + (ord(c) - 65 + rng.randrange(1, 26)) % 26)
    return body + c


def pesel(rng, bad=False):
    y, m, d = rng.randrange(50, 100), rng.randrange(1, 13), rng.randrange(1, 29)
    body = f"{y:02d}{m:02d}{d:02d}{rng.randrange(1000):03d}{rng.randrange(10)}"
    c = -sum(int(a) * w for a, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10
    if bad:
        c = (c + rng.randrange(1, 10)) % 10
    return body + str(c)


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(rng, bad=False):
    body = str(rng.randrange(2, 10)) + "".join(str(rng.randrange(10)) for _ in range(10))
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = VD[c][VP[(i + 1) % 8][int(ch)]]
    k = VINV[c]
    if bad:
        k = (k + rng.randrange(1, 10)) % 10
    s = body + str(k)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def cpf(rng, bad=False):
    d = [rng.randrange(10) for _ in range(9)]
    while len(set(d)) == 1:
        d = [rng.randrange(10) for _ in range(9)]
    for n in (10, 11):
        r = sum(x * w for x, w in zip(d, range(n, 1, -1))) * 10 % 11
        d.append(r % 10)
    if bad:
        d[10] = (d[10] + rng.randrange(1, 10)) % 10
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id(rng, bad=False):
    body = (rng.choice(["310104", "440305", "510107", "330106", "420111"]) + f"{rng.randrange(1955, 2004)}"
            + f"{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{rng.randrange(1000):03d}")
    i = sum(int(a) * w for a, w in zip(body, CN_W)) % 11
    if bad:
        i = (i + rng.randrange(1, 11)) % 11
    return body + "10X98765432"[i]

# ----------------------------------------------------------- validators

# The validators live in idgen.py (shared with the later sets' generators;
# they accept a superset of this set's formats: SSNs also without dashes,
# IBANs of two more countries). The generators above stay this set's own:
# they draw differently, and the set must regenerate byte for byte.

# ----------------------------------------------------------- filling

MATERIALS = {
    "tally_log": M.TALLY_LOG, "shipments": M.SHIPMENTS_CSV, "sensor": M.SENSOR_CSV, "go_pool": M.GO_POOL,
    "ts_retry": M.TS_RETRY, "py_invoices": M.PY_INVOICES, "sql_slow": M.SQL_SLOW,
    "ticket_en": M.TICKET_EN, "recipe_en": M.RECIPE_EN, "lease_en": M.LEASE_EN,
    "ticket_es": M.TICKET_ES, "contrato_es": M.CONTRATO_ES, "ticket_de": M.TICKET_DE, "protokoll_de": M.PROTOKOLL_DE,
    "ticket_fr": M.TICKET_FR, "bail_fr": M.BAIL_FR, "receita_pt": M.RECEITA_PT, "ticket_pt": M.TICKET_PT,
    "ricetta_it": M.RICETTA_IT, "ticket_it": M.TICKET_IT, "regulamin_pl": M.REGULAMIN_PL, "ticket_pl": M.TICKET_PL,
    "lekh_hi": M.LEKH_HI, "shikayat_hi": M.SHIKAYAT_HI, "gijiroku_ja": M.GIJIROKU_JA, "toiawase_ja": M.TOIAWASE_JA,
    "shuoming_zh": M.SHUOMING_ZH, "tousu_zh": M.TOUSU_ZH,
}


class Slots(dict):
    """Fills a slot on first use and records every generated identifier."""

    def __init__(self, rng):
        super().__init__()
        self.rng, self.used = rng, []

    def __missing__(self, key):
        rng = self.rng
        if key in MATERIALS:
            return MATERIALS[key]
        bad = key.startswith("bad_")
        name = key[4:] if bad else key
        if name.startswith("iban_"):
            value, check = iban(rng, name[5:], bad), "iban"
        elif name == "card":
            value, check = bad_card(rng), "card"
        elif name == "ssn":
            value, check = (bad_ssn(rng) if bad else ssn(rng)), "ssn"
        elif name in ("visa", "mastercard", "amex"):
            prefix, length = {"visa": (rng.choice(["4", "4929", "4716"]), 16),
                              "mastercard": (rng.choice(["53", "5412", "2223"]), 16),
                              "amex": (rng.choice(["34", "37"]), 15)}[name]
            value, check = fmt_card(card(rng, prefix, length)), name
        else:
            gen = {"nino": nino, "dni": dni, "nie": nie, "steuer_id": steuer_id, "insee": insee, "cf": cf,
                   "pesel": pesel, "aadhaar": aadhaar, "cpf": cpf, "cn_id": cn_id}[name]
            value, check = (gen(rng, bad=True) if bad else gen(rng)), name
        self.used.append((check, value, not bad))
        self[key] = value
        return value


def request(text, opt, lang, rng):
    messages = []
    if opt.get("sys"):
        messages.append({"role": "system", "content": opt["sys"]})
    hist = {"long": M.HISTORIES, "short": M.SHORT}.get(opt.get("history"), {}).get(lang, [])
    for role, t in hist:
        messages.append({"role": role, "content": t})
    if opt.get("image"):
        messages.append({"role": "user", "content": [{"type": "text", "text": text},
                                                      {"type": "image_url", "image_url": {"url": opt["image"]}}]})
    else:
        messages.append({"role": "user", "content": text})
    body = {"model": "auto", "messages": messages}
    if opt.get("tools"):
        tools = list(TOOLS)
        rng.shuffle(tools)
        body["tools"] = tools
    if opt.get("max"):
        body["max_tokens"] = opt["max"]
    if opt.get("rf"):
        body["response_format"] = {"type": "json_object"}
    return body

# ----------------------------------------------------------- checks

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
ROLE = {"support", "info", "contact", "contato", "facturacion", "noreply", "billing"}
RESERVED = re.compile(r"@(?:[\w-]+\.)*example\.(?:com|org|net)$")


def check(rows, used):
    assert 180 <= len(rows) <= 240, len(rows)
    assert len({r["group"] for r in rows}) == len(rows), "every request is its own group"
    assert len({r["id"] for r in rows}) == len(rows)
    langs = Counter(r["lang"] for r in rows)
    assert set(langs) == set(LANGS), langs
    assert sum(1 for r in rows if r["lang"] != "en") >= 0.45 * len(rows)
    assert max(langs.values()) <= 2 * min(langs.values()), langs
    tiers = Counter(r["tier"] for r in rows)
    for t, share in {0: 0.30, 1: 0.30, 2: 0.22, 3: 0.18}.items():
        assert abs(tiers[t] / len(rows) - share) <= 0.06, (t, tiers)
    for r in rows:
        assert r["split"] == "blind" and r["request"]["model"] == "auto"
        assert r["tier"] in (0, 1, 2, 3) and set(r["pii"]) <= KINDS and r["pii"] == sorted(set(r["pii"]))
        last = r["request"]["messages"][-1]
        assert last["role"] == "user"
        json.loads(json.dumps(r, ensure_ascii=False))
        # emails: personal ones carry the label, reserved and role ones do not count
        text = json.dumps(r["request"]["messages"], ensure_ascii=False)
        personal = [e for e in EMAIL.findall(text)
                    if not RESERVED.search(e) and e.split("@")[0].lower() not in ROLE]
        assert bool(personal) == ("email" in r["pii"]), (r["id"], personal, r["pii"])
    for (rid, pii, kind, value, valid) in used:
        if kind == "ssn" and not valid:
            assert v_bad_ssn(value), (rid, value)
        assert VALID[kind](value) == valid, (rid, kind, value, valid)
        if valid:
            assert SLOT_KIND[kind] in pii, (rid, kind, pii)
        else:
            assert pii == [], (rid, kind, value, pii)  # near misses sit in requests without personal data
    kinds = Counter(k for r in rows for k in r["pii"])
    assert set(kinds) == KINDS, kinds
    ids_by = Counter(k for (_, _, k, _, v) in used if v)
    for k in ("ssn", "nino", "dni", "nie", "steuer_id", "insee", "cf", "pesel", "aadhaar", "cpf", "cn_id"):
        assert ids_by[k] >= 1, k
    assert sum(1 for (_, _, k, _, v) in used if not v) >= 8, "near misses failing their checksums"
    # spot checks of the validators themselves on published examples
    assert v_iban("GB82 WEST 1234 5698 7654 32") and not v_iban("GB83 WEST 1234 5698 7654 32")
    assert v_luhn("4111 1111 1111 1111") and not v_luhn("4111 1111 1111 1112")
    assert v_dni("12345678Z") and v_nie("X1234567L") and v_cf("RSSMRA85T10A562S")
    assert v_aadhaar("2341 2341 2346") and v_cpf("529.982.247-25") and v_cn_id("11010519491231002X")
    assert v_pesel("44051401359") and not v_pesel("44051401358")
    assert v_steuer("36574261809") and not v_steuer("36574261801") and v_nino("AB 12 34 56 C") and not v_nino("GB 12 34 56 C")


def main(out_path: Path):
    rng = random.Random(SEED)
    rows, used = [], []
    for lang, tier, text, pii, opt in C:
        slots = Slots(rng)
        filled = text.format_map(slots)
        rid = f"b{len(rows):04d}"
        rows.append({"id": rid, "group": f"b:{lang}:" + hashlib.sha256((lang + "\n" + text).encode()).hexdigest()[:12],
                     "split": "blind", "lang": lang, "tier": tier, "pii": pii,
                     "request": request(filled, opt, lang, rng)})
        used += [(rid, pii, k, v, ok) for k, v, ok in slots.used]
    check(rows, used)
    with open(out_path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # the file reads back line by line as the same rows
    with open(out_path, encoding="utf-8") as f:
        assert [json.loads(line) for line in f] == rows
    by = lambda key: dict(sorted(Counter(key(r) for r in rows).items()))  # noqa: E731
    print(f"{len(rows)} requests -> {out_path}")
    print("languages:", by(lambda r: r["lang"]))
    print("non-English:", sum(1 for r in rows if r["lang"] != "en"))
    print("tiers:", by(lambda r: r["tier"]))
    print("pii kinds:", dict(sorted(Counter(k for r in rows for k in r["pii"]).items())))
    print("with PII:", sum(1 for r in rows if r["pii"]), " without:", sum(1 for r in rows if not r["pii"]))
    print("identifiers: valid", sum(1 for u in used if u[4]), " near misses", sum(1 for u in used if not u[4]))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "blind.jsonl")
