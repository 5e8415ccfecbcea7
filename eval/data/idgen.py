"""Identifiers with real checksums for the evaluation sets' generators
(make_blind.py uses its validators; make_blind2-5.py all of it): a generator and an
independent validator per kind, and `identifier()`, which turns a slot name
into a value. Valid identifiers are the personal data a set labels; `bad_`
ones break exactly their check and are the near misses it labels clean.
Standard library only; every draw comes from the caller's seeded `rng`, so a
set regenerates byte for byte.

Slot names: `dni`, `dni2` (a second, different DNI), `bad_dni` (fails its
check), `plain_cpf` (written without spaces, dots or dashes), `iban_DE`,
`visa`/`mastercard`/`amex`, `bad_card`, `ssn`/`bad_ssn`, and the kinds in
GEN. Kinds: ssn, nino, dni, nie, steuer_id, insee, cf (codice fiscale),
pesel, aadhaar, cpf, cn_id, cards, iban."""

import re
from collections import Counter

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


GEN = {"nino": nino, "dni": dni, "nie": nie, "steuer_id": steuer_id, "insee": insee, "cf": cf,
       "pesel": pesel, "aadhaar": aadhaar, "cpf": cpf, "cn_id": cn_id}

# Issuer prefixes a set's cards start with (each set keeps its own, so older
# sets regenerate unchanged).
CARD_PREFIXES = {"visa": (["4", "4916", "4024"], 16), "mastercard": (["53", "5522", "2720"], 16),
                 "amex": (["34", "37"], 15)}


def identifier(rng, key, card_prefixes=None):
    """(value, check, valid) for the slot `key`: the value to write, the
    VALID entry that re-checks it, and whether it is personal data."""
    bad = key.startswith("bad_")
    plain = key.startswith("plain_")
    name = (key[4:] if bad else key[6:] if plain else key).rstrip("0123456789")
    if name.startswith("iban_"):
        value, check = iban(rng, name[5:], bad), "iban"
    elif name == "card":
        if not bad:
            raise ValueError(f"{key}: a valid card names its issuer (visa, mastercard, amex)")
        value, check = fmt_card(bad_card(rng)), "card"
    elif name == "ssn":
        value, check = (bad_ssn(rng) if bad else ssn(rng)), "ssn"
    elif name in ("visa", "mastercard", "amex"):
        if bad:
            raise ValueError(f"{key}: a near-miss card is bad_card")
        # one draw per issuer, in this order, whichever is asked for: the
        # older sets were generated that way and must regenerate unchanged
        drawn = {k: (rng.choice(p), n) for k, (p, n) in (card_prefixes or CARD_PREFIXES).items()}
        prefix, length = drawn[name]
        value, check = fmt_card(card(rng, prefix, length)), name
    else:
        value, check = GEN[name](rng, bad=bad), name
    if plain:
        value = re.sub(r"[\s.-]", "", value)
    return value, check, not bad
