#!/usr/bin/env python3
"""Builds the third blind evaluation set (blind3.jsonl) from blind3_cases*.py
and blind3_materials.py. Same line format as blind2.jsonl, with split
"blind3", ids "b3-NNNN" and groups "b3:<lang>:<hash>". Written from the tier
rules of issue 10 alone by someone who never ran the router, never read the
classifier or PII code and never read any training, dev or earlier blind
cases; never to be used for training, cross-validation or choosing any
setting. Every request is its own group. Deterministic (fixed seed);
standard library only.

The tier mix, decided before any case was written, is meant to look like
what a platform team's `model: "auto"` traffic looks like, not to flatter a
metric:
  tier 0  26 %  pipelines send a lot of cheap mechanical work (tagging,
               extraction, language id, reformatting, yes/no checks) and
               chat users send greetings and "thanks";
  tier 1  32 %  the bulk of assistant traffic: explain, draft a short email,
               summarise one article, translate, general education;
  tier 2  27 %  coding assistants, agents with tools, log/CSV/transcript
               analysis and planning are a large and growing share;
  tier 3  15 %  high stakes are a minority but real: customer-facing support
               bots, medication and dosing, contracts, personal tax and
               money decisions, safety-critical steps.
Each share must land within 3 points of the target (asserted).
Languages: about 39 % English (real traffic is English-heavy), the other
nine languages roughly equal (23-25 each). About 18 % of the requests carry
personal data (in any message: system prompt, earlier turns or the last one)
and about 10 % are near misses that carry none (a company's own contact details, role mailboxes, documentation
domains, test cards and identifiers with broken check digits, public figures
in the news, fictional characters, anonymised clinical cases, order and
tracking numbers).

Structure follows what apps send: about a third of the requests that have no
task-specific system prompt carry a generic app prompt (one app always
offers its tools), some are multi-turn (the tier follows the last turn),
some offer tools, images, response_format, max_tokens or stream.

Slots are written <<name>> (so code with braces needs no escaping).
Identifiers (national ids, cards, IBANs) are generated here with valid
checksums for the personal data and deliberately broken ones for the near
misses; main() re-checks both with validators written independently of the
generators and asserts the set's shape before writing. Emails, phone
numbers, addresses and health facts are written by hand in the cases."""

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import blind3_materials as M  # noqa: E402
from blind3_cases import C as C_EN, GENERIC_SYS, GENERIC_TOOLS, TOOLS  # noqa: E402
from blind3_cases_intl import C as C_INTL  # noqa: E402

SEED = 20261130_38  # not blind2's seed (20261130_4)
LANGS = ["en", "es", "de", "fr", "pt", "it", "pl", "hi", "ja", "zh"]
KINDS = {"email", "phone", "credit_card", "iban", "national_id", "address", "health"}
TIER_MIX = {0: 0.26, 1: 0.32, 2: 0.27, 3: 0.15}
NEAR_KINDS = {"company_contact", "role_mailbox", "doc_domain", "bad_checksum", "test_card", "public_figure",
              "fictional", "anonymised_case", "reference_number"}

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
    "PL": "D" * 24, "NL": "LLLL" + "D" * 10, "FR": "D" * 23, "PT": "D" * 21,
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


def nino(rng, bad=False):
    if bad:  # a prefix that is never issued
        p = rng.choice(["GB", "NK", "TN", "ZZ", "DA", "QQ"])
        return f"{p} {rng.randrange(10, 100)} {rng.randrange(10, 100)} {rng.randrange(10, 100)} {rng.choice('ABCD')}"
    first = [c for c in "ABCEGHJKLMNOPRSTWXYZ"]
    second = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    return f"{p} {rng.randrange(10, 100)} {rng.randrange(10, 100)} {rng.randrange(10, 100)} {rng.choice('ABCD')}"


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng, bad=False):
    n = rng.randrange(10_000_000, 100_000_000)
    i = n % 23
    if bad:
        i = (i + rng.randrange(1, 23)) % 23
    return f"{n}{rng.choice(['-', ''])}{DNI_LETTERS[i]}"


def nie(rng, bad=False):
    p = rng.randrange(3)
    n = rng.randrange(1_000_000, 10_000_000)
    i = int(f"{p}{n}") % 23
    if bad:
        i = (i + rng.randrange(1, 23)) % 23
    return f"{'XYZ'[p]}{n}{DNI_LETTERS[i]}"


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
    female = rng.random() < 0.5
    day = rng.randrange(1, 29) + (40 if female else 0)
    body = (rng.choice(["RSSMRA", "BNCGLI", "FRRLCU", "CLMFNC", "MRNSFN", "GLLPLA"])
            + f"{rng.randrange(50, 100)}" + rng.choice("ABCDEHLMPRST")
            + f"{day:02d}" + rng.choice(["F205", "H501", "L219", "D612", "A944", "F839"]))
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
    body = (rng.choice(["110108", "320106", "440106", "500103", "610113"]) + f"{rng.randrange(1955, 2004)}"
            + f"{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{rng.randrange(1000):03d}")
    i = sum(int(a) * w for a, w in zip(body, CN_W)) % 11
    if bad:
        i = (i + rng.randrange(1, 11)) % 11
    return body + "10X98765432"[i]

# ----------------------------------------------------------- validators
# Written from the specifications, independently of the generators above.


def v_luhn(s):
    n = re.sub(r"\D", "", s)
    tot = sum(int(c) if i % 2 == 0 else sum(divmod(int(c) * 2, 10)) for i, c in enumerate(n[::-1]))
    return tot % 10 == 0


def v_card(s):
    n = re.sub(r"\D", "", s)
    issuer = (n[0] == "4" and len(n) == 16) or (51 <= int(n[:2]) <= 55 and len(n) == 16) \
        or (2221 <= int(n[:4]) <= 2720 and len(n) == 16) or (n[:2] in ("34", "37") and len(n) == 15)
    return issuer and v_luhn(n)


IBAN_LEN = {"GB": 22, "ES": 24, "DE": 22, "IT": 27, "PL": 28, "NL": 18, "FR": 27, "PT": 25}


def v_iban(s):
    s = s.replace(" ", "")
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    n = 0
    for ch in r:
        n = (n * (100 if ch.isalpha() else 10) + int(ch, 36)) % 97
    return n == 1


def v_ssn(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def v_nino(s):
    s = s.replace(" ", "")
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}[A-D]", s)
    return bool(m) and s[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def v_dni(s):
    s = s.replace("-", "")
    return re.fullmatch(r"\d{8}[A-Z]", s) is not None and "TRWAGMYFPDXBNJZSQVHLCKE"[int(s[:8]) % 23] == s[8]


def v_nie(s):
    return re.fullmatch(r"[XYZ]\d{7}[A-Z]", s) is not None and v_dni(str("XYZ".index(s[0])) + s[1:])


def v_steuer(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    counts = Counter(s[:10])
    if sorted(counts.values(), reverse=True)[0] not in (2, 3) or sum(1 for v in counts.values() if v > 1) != 1:
        return False
    p = 10
    for ch in s[:10]:
        t = (int(ch) + p) % 10
        if t == 0:
            t = 10
        p = (2 * t) % 11
    return (11 - p) % 10 == int(s[10])


def v_insee(s):
    s = s.replace(" ", "")
    return re.fullmatch(r"[12]\d{14}", s) is not None and 1 <= int(s[3:5]) <= 12 and 97 - int(s[:13]) % 97 == int(s[13:])


def v_cf(s):
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", s):
        return False
    odd = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21] + [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))
    even = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    tot = sum(odd[c] if i % 2 == 0 else even[c] for i, c in enumerate(s[:15]))
    return chr(65 + tot % 26) == s[15]


def v_pesel(s):
    if not re.fullmatch(r"\d{11}", s) or not (1 <= int(s[2:4]) % 20 <= 12) or not (1 <= int(s[4:6]) <= 31):
        return False
    return (sum(int(a) * w for a, w in zip(s, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1])) % 10) == 0


def v_aadhaar(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[2-9]\d{11}", s):
        return False
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = VD[c][VP[i % 8][int(ch)]]
    return c == 0


def v_cpf(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        r = sum(x * w for x, w in zip(d[:n], range(n + 1, 1, -1))) % 11
        if d[n] != (0 if r < 2 else 11 - r):
            return False
    return True


def v_cn_id(s):
    if not re.fullmatch(r"\d{17}[\dX]", s) or not (1 <= int(s[10:12]) <= 12):
        return False
    tot = sum(int(s[i]) * (2 ** (17 - i) % 11) for i in range(17))
    return "10X98765432"[tot % 11] == s[17]


def v_bad_ssn(s):  # a near miss must look like an SSN but break its rules
    return re.fullmatch(r"\d{3}-\d{2}-\d{4}", s) is not None and not v_ssn(s)


VALID = {"ssn": v_ssn, "nino": v_nino, "dni": v_dni, "nie": v_nie, "steuer_id": v_steuer, "insee": v_insee,
         "cf": v_cf, "pesel": v_pesel, "aadhaar": v_aadhaar, "cpf": v_cpf, "cn_id": v_cn_id,
         "visa": v_card, "mastercard": v_card, "amex": v_card, "iban": v_iban, "card": v_card}
SLOT_KIND = {"ssn": "national_id", "nino": "national_id", "dni": "national_id", "nie": "national_id",
             "steuer_id": "national_id", "insee": "national_id", "cf": "national_id", "pesel": "national_id",
             "aadhaar": "national_id", "cpf": "national_id", "cn_id": "national_id",
             "visa": "credit_card", "mastercard": "credit_card", "amex": "credit_card", "iban": "iban"}

# ----------------------------------------------------------- filling

GEN = {"nino": nino, "dni": dni, "nie": nie, "steuer_id": steuer_id, "insee": insee, "cf": cf,
       "pesel": pesel, "aadhaar": aadhaar, "cpf": cpf, "cn_id": cn_id}
SLOT = re.compile(r"<<([A-Za-z_][A-Za-z0-9_]*)>>")


class Slots(dict):
    """Fills a slot on first use and records every generated identifier.
    `<<dni>>` and `<<dni2>>` are two different DNIs; `<<bad_dni>>` fails its
    check; `<<plain_cpf>>` is written without spaces, dots or dashes;
    an upper-case slot is a pasted material from blind3_materials."""

    def __init__(self, rng):
        super().__init__()
        self.rng, self.used = rng, []

    def __missing__(self, key):
        rng = self.rng
        if key.isupper():
            return getattr(M, key)
        bad = key.startswith("bad_")
        plain = key.startswith("plain_")
        name = (key[4:] if bad else key[6:] if plain else key).rstrip("0123456789")
        if name.startswith("iban_"):
            value, check = iban(rng, name[5:], bad), "iban"
        elif name == "card":
            assert bad, key
            value, check = fmt_card(bad_card(rng)), "card"
        elif name == "ssn":
            value, check = (bad_ssn(rng) if bad else ssn(rng)), "ssn"
        elif name in ("visa", "mastercard", "amex"):
            assert not bad, key
            prefix, length = {"visa": (rng.choice(["4", "4916", "4024"]), 16),
                              "mastercard": (rng.choice(["53", "5522", "2720"]), 16),
                              "amex": (rng.choice(["34", "37"]), 15)}[name]
            value, check = fmt_card(card(rng, prefix, length)), name
        else:
            value, check = GEN[name](rng, bad=bad), name
        if plain:
            value = re.sub(r"[\s.-]", "", value)
        self.used.append((check, value, not bad))
        self[key] = value
        return value

    def fill(self, text):
        return SLOT.sub(lambda m: self[m.group(1)], text)


def request(turns, opt, slots):
    messages = []
    if opt.get("sys"):
        messages.append({"role": "system", "content": slots.fill(opt["sys"])})
    if isinstance(turns, str):
        turns = [("user", turns)]
    for role, text in turns:
        messages.append({"role": role, "content": slots.fill(text)})
    if opt.get("img"):
        last = messages[-1]
        last["content"] = [{"type": "text", "text": last["content"]},
                           {"type": "image_url", "image_url": {"url": opt["img"]}}]
    body = {"model": "auto", "messages": messages}
    if opt.get("tools"):
        body["tools"] = [TOOLS[name] for name in opt["tools"]]
    if opt.get("max"):
        body["max_tokens"] = opt["max"]
    if opt.get("temp") is not None:
        body["temperature"] = opt["temp"]
    if opt.get("rf") == "json":
        body["response_format"] = {"type": "json_object"}
    elif opt.get("rf"):
        body["response_format"] = {"type": "json_schema", "json_schema": opt["rf"]}
    if opt.get("stream"):
        body["stream"] = True
    return body

# ----------------------------------------------------------- checks

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
ROLE = {"support", "info", "contact", "contato", "contatti", "kontakt", "biuro", "facturacion", "facturation",
        "noreply", "no-reply", "billing", "sales", "ventas", "hr", "rh", "jobs", "privacy", "datenschutz",
        "service", "kundenservice", "atendimento", "helpdesk", "ops", "security", "press", "presse", "help",
        "soporte", "accounts", "orders", "reservas", "reception", "empfang", "segreteria", "sekretariat",
        "kefu", "team", "hello", "careers", "git", "oncall", "alerts", "admin", "postmaster", "sac", "ufficio",
        "recepcja", "bestellung", "commandes", "pedidos", "ordini", "zamowienia", "otoiawase", "webmaster", "reklamacje", "kundendienst"}
PHONE = re.compile(r"(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,4}\)\s?)?\d[\d\s-]{6,16}\d")
RESERVED = re.compile(r"@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|[\w-]+\.(?:example|test|invalid|localhost))$")


def all_text(msgs):
    return "\n".join(m["content"] if isinstance(m["content"], str)
                     else "\n".join(p.get("text", "") for p in m["content"]) for m in msgs)


def check(rows, used, near):
    n = len(rows)
    assert 320 <= n <= 360, n
    assert len({r["group"] for r in rows}) == n, "every request is its own group"
    assert len({r["id"] for r in rows}) == n
    assert all(re.fullmatch(r"b3-\d{4}", r["id"]) and re.fullmatch(r"b3:[a-z]{2}:[0-9a-f]{12}", r["group"])
               for r in rows)
    texts = [json.dumps(r["request"]["messages"][-1], ensure_ascii=False) for r in rows]
    assert len(set(texts)) == n, [t for t, k in Counter(texts).items() if k > 1][:3]
    langs = Counter(r["lang"] for r in rows)
    assert set(langs) == set(LANGS), langs
    assert n - langs["en"] >= n / 4, langs
    assert 0.30 <= langs["en"] / n <= 0.42, langs
    others = [langs[lang] for lang in LANGS if lang != "en"]
    assert max(others) - min(others) <= 4, langs  # roughly balanced across the non-English languages
    tiers = Counter(r["tier"] for r in rows)
    for t, share in TIER_MIX.items():
        assert abs(tiers[t] / n - share) <= 0.03, (t, tiers[t] / n, share)
    for lang in LANGS:  # every language has every tier
        assert all(any(r["lang"] == lang and r["tier"] == t for r in rows) for t in range(4)), lang
    for r in rows:
        assert list(r) == ["id", "group", "split", "lang", "tier", "pii", "request"], r["id"]
        assert r["split"] == "blind3" and r["request"]["model"] == "auto"
        assert r["tier"] in (0, 1, 2, 3) and set(r["pii"]) <= KINDS and r["pii"] == sorted(set(r["pii"]))
        msgs = r["request"]["messages"]
        assert msgs[-1]["role"] == "user", r["id"]
        assert all(m["role"] in ("system", "user", "assistant") for m in msgs), r["id"]
        assert [m["role"] for m in msgs].count("system") <= 1 and msgs[0]["role"] in ("system", "user"), r["id"]
        text = all_text(msgs)
        assert not SLOT.search(text), r["id"]  # every slot was filled
        personal = [e for e in EMAIL.findall(text)
                    if not RESERVED.search(e) and e.split("@")[0].lower() not in ROLE]
        assert bool(personal) == ("email" in r["pii"]), (r["id"], personal, r["pii"])
        if "phone" in r["pii"]:
            assert any(9 <= len(re.sub(r"\D", "", m)) <= 15 for m in PHONE.findall(text)), r["id"]
    for (rid, pii, kind, value, valid) in used:
        if kind == "ssn" and not valid:
            assert v_bad_ssn(value), (rid, value)
        assert VALID[kind](value) == valid, (rid, kind, value, valid)
        if valid:
            assert SLOT_KIND[kind] in pii, (rid, kind, pii)
        else:
            assert pii == [], (rid, kind, value, pii)
    for rid, kind in near.items():
        assert kind in NEAR_KINDS, (rid, kind)
        assert next(r for r in rows if r["id"] == rid)["pii"] == [], rid
    with_pii = sum(1 for r in rows if r["pii"])
    assert 0.15 <= with_pii / n <= 0.20, with_pii
    assert 0.08 <= len(near) / n <= 0.13, len(near)
    assert len(set(near.values())) == len(NEAR_KINDS), Counter(near.values())
    kinds = Counter(k for r in rows for k in r["pii"])
    assert set(kinds) == KINDS and min(kinds.values()) >= 5, kinds
    ids_by = Counter(k for (_, _, k, _, v) in used if v)
    for k in ("ssn", "nino", "dni", "nie", "steuer_id", "insee", "cf", "pesel", "aadhaar", "cpf", "cn_id"):
        assert ids_by[k] >= 1, k
    assert sum(1 for (_, _, k, _, v) in used if not v) >= 8, "near misses failing their checksums"
    # spot checks of the validators themselves on published examples
    assert v_iban("GB82 WEST 1234 5698 7654 32") and not v_iban("GB83 WEST 1234 5698 7654 32")
    assert v_iban("FR14 2004 1010 0505 0001 3M02 606") and v_iban("PT50 0002 0123 1234 5678 9015 4")
    assert v_luhn("4111 1111 1111 1111") and not v_luhn("4111 1111 1111 1112")
    assert v_dni("12345678Z") and v_nie("X1234567L") and v_cf("RSSMRA85T10A562S")
    assert v_aadhaar("2341 2341 2346") and v_cpf("529.982.247-25") and v_cn_id("11010519491231002X")
    assert v_pesel("44051401359") and not v_pesel("44051401358")
    assert v_steuer("36574261809") and not v_steuer("36574261801") and v_nino("AB 12 34 56 C") and not v_nino("GB 12 34 56 C")


def with_app_prompt(lang, turns, opt):
    """About a third of the cases without a task-specific system prompt get one
    of the generic prompts apps send with every request (none marks a final
    customer-facing reply, so the tier does not change); one of those apps
    always offers its tools, which these turns do not need. Chosen by the
    case's own hash, so adding a case does not reshuffle the others."""
    if opt.get("sys"):
        return opt
    h = int(hashlib.sha256(json.dumps([lang, turns], ensure_ascii=False).encode()).hexdigest()[:12], 16)
    if h % 100 >= 35:
        return opt
    k = h // 100 % len(GENERIC_SYS)
    opt = dict(opt, sys=GENERIC_SYS[k])
    if k in GENERIC_TOOLS and not opt.get("tools") and opt.get("nm") != "public_figure":
        opt["tools"] = GENERIC_TOOLS[k]
    return opt


def build():
    rng = random.Random(SEED)
    rows, used, near = [], [], {}
    for lang, tier, pii, turns, opt in C_EN + C_INTL:
        opt = with_app_prompt(lang, turns, opt)
        slots = Slots(rng)
        rid = f"b3-{len(rows):04d}"
        body = request(turns, opt, slots)
        key = json.dumps([lang, turns, opt.get("sys")], ensure_ascii=False)
        rows.append({"id": rid, "group": f"b3:{lang}:" + hashlib.sha256(key.encode()).hexdigest()[:12],
                     "split": "blind3", "lang": lang, "tier": tier, "pii": sorted(set(pii)), "request": body})
        used += [(rid, rows[-1]["pii"], k, v, ok) for k, v, ok in slots.used]
        if opt.get("nm"):
            near[rid] = opt["nm"]
    return rows, used, near


def main(out_path: Path):
    rows, used, near = build()
    check(rows, used, near)
    with open(out_path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(out_path, encoding="utf-8") as f:
        assert [json.loads(line) for line in f] == rows
    by = lambda key: dict(sorted(Counter(key(r) for r in rows).items()))  # noqa: E731
    n = len(rows)
    print(f"{n} requests -> {out_path}")
    print("languages:", by(lambda r: r["lang"]))
    print("non-English:", sum(1 for r in rows if r["lang"] != "en"))
    print("tiers:", by(lambda r: r["tier"]), {t: f"{c / n:.1%}" for t, c in by(lambda r: r["tier"]).items()})
    print("tiers by language:", {lang: dict(sorted(Counter(r["tier"] for r in rows if r["lang"] == lang).items()))
                                 for lang in LANGS})
    print("pii kinds:", dict(sorted(Counter(k for r in rows for k in r["pii"]).items())))
    print("with PII:", sum(1 for r in rows if r["pii"]), " without:", sum(1 for r in rows if not r["pii"]),
          " near misses:", len(near), dict(sorted(Counter(near.values()).items())))
    print("with PII by language:", by(lambda r: r["lang"] if r["pii"] else "-"))
    print("with PII by tier:", by(lambda r: str(r["tier"]) if r["pii"] else "-"))
    print("identifiers: valid", sum(1 for u in used if u[4]), " broken", sum(1 for u in used if not u[4]),
          dict(sorted(Counter(u[2] for u in used if u[4]).items())))
    msgs = lambda r: r["request"]["messages"]  # noqa: E731
    print("structure: system", sum(1 for r in rows if msgs(r)[0]["role"] == "system"),
          " multi-turn", sum(1 for r in rows if sum(m["role"] == "user" for m in msgs(r)) > 1),
          " tools", sum(1 for r in rows if "tools" in r["request"]),
          " images", sum(1 for r in rows if not isinstance(msgs(r)[-1]["content"], str)),
          " response_format", sum(1 for r in rows if "response_format" in r["request"]),
          " max_tokens", sum(1 for r in rows if "max_tokens" in r["request"]),
          " generic app prompt", sum(1 for r in rows if msgs(r)[0]["role"] == "system"
                                     and msgs(r)[0]["content"] in GENERIC_SYS),
          " over 2 KB", sum(1 for r in rows if len(all_text(msgs(r)).encode()) > 2048))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "blind3.jsonl")
