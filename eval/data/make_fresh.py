#!/usr/bin/env python3
"""Builds the fresh evaluation set (fresh.jsonl) from fresh_cases.py and
fresh_materials.py. Same line format as labelled.jsonl, with split "fresh":
the trainer never reads this file, and nothing is chosen on it; eval-router
reports it as a second table. Deterministic; standard library only."""

import hashlib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import fresh_materials as F  # noqa: E402
import make_set as S  # noqa: E402  (checksum helpers and the tool list)
from fresh_cases import C  # noqa: E402

SEED = 20261202  # not the labelled set's seed

IBAN_BBAN = {"IE": "AIBK93115212345678", "IT": "Z0306909606100000063142", "NL": "RABO0309581436"}


def iban(country: str) -> str:
    bban = IBAN_BBAN[country]
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return S.group4(f"{country}{98 - int(num) % 97:02d}{bban}")


def nie(rng):
    n = rng.randrange(1_000_000, 9_999_999)
    prefix = rng.choice("XYZ")
    return f"{prefix}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(prefix)) + f'{n:07d}') % 23]}"


def insee(rng):
    body = f"{rng.choice('12')}{rng.randrange(60, 99):02d}{rng.randrange(1, 13):02d}{rng.choice(['69', '75', '33'])}{rng.randrange(1, 999):03d}{rng.randrange(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def cn_id(rng):
    body = f"110105{rng.randrange(1960, 2000)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{rng.randrange(100, 999)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * k for d, k in zip(body, w)) % 11]


HISTORIES = {"long": F.HISTORY_LONG, "trip": F.HISTORY_TRIP}


def fill(text: str, rng: random.Random) -> str:
    slots = {
        "heat": F.ARTICLE_HEAT, "ferry": F.ARTICLE_FERRY, "library": F.ARTICLE_LIBRARY_LONG,
        "contract": F.CONTRACT, "k8s": F.K8S_EVENTS, "nginx": F.NGINX_LOG,
        "inventory": F.INVENTORY_CSV, "survey": F.SURVEY_CSV, "rust": F.RUST_CODE,
        "java": F.JAVA_CODE, "py": F.PY_CODE, "numbered_py": "\n".join(
            f"{i + 1:>3}  {line}" for i, line in enumerate(F.PY_CODE.splitlines())),
        "email_supplier": F.EMAIL_SUPPLIER, "email_complaint": F.EMAIL_COMPLAINT,
        "standup": F.TRANSCRIPT_STANDUP,
        "card": S.group4(S.luhn_complete(rng.choice(["4", "52", "2221"]), 16, rng)),
        "ssn": S.ssn(rng), "dni": S.dni(rng), "nie": nie(rng), "pesel": S.pesel(rng),
        "cpf": S.cpf(rng), "aadhaar": S.aadhaar(rng), "nino": S.nino(rng),
        "insee": insee(rng), "cn_id": cn_id(rng),
    }
    for c in IBAN_BBAN:
        slots[f"iban_{c}"] = iban(c)
    return text.format(**slots)


def request(text, opt, rng):
    messages = []
    if opt.get("sys"):
        messages.append({"role": "system", "content": opt["sys"]})
    for role, t in HISTORIES.get(opt.get("history"), []):
        messages.append({"role": role, "content": t})
    messages.append({"role": "user", "content": text})
    body = {"model": "auto", "messages": messages}
    if opt.get("tools"):
        body["tools"] = S.TOOLS[: rng.randrange(1, len(S.TOOLS) + 1)]
    if opt.get("max"):
        body["max_tokens"] = opt["max"]
    if opt.get("rf"):
        body["response_format"] = {"type": "json_object"}
    return body


def main(out_path: Path):
    rng = random.Random(SEED)
    rows = []
    for lang, tier, text, pii, opt in C:
        rows.append({"id": f"f{len(rows):04d}", "group": "f:" + hashlib.sha256(text.encode()).hexdigest()[:10],
                     "split": "fresh", "lang": lang, "tier": tier, "pii": pii,
                     "request": request(fill(text, rng), opt, rng)})
    with open(out_path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = lambda key: {k: sum(1 for r in rows if key(r) == k) for k in sorted({key(r) for r in rows})}  # noqa: E731
    print(f"{len(rows)} requests -> {out_path}")
    print("tiers:", by(lambda r: r["tier"]))
    print("languages:", by(lambda r: r["lang"]))
    print("non-English:", sum(1 for r in rows if r["lang"] != "en"))
    print("with PII:", sum(1 for r in rows if r["pii"]))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "fresh.jsonl")
