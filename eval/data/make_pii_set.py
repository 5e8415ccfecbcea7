#!/usr/bin/env python3
"""Writes eval/data/pii.jsonl: a labelled PII set in ten languages.

Each line: {"id", "group", "split", "lang", "pii": [labels], "request"}, the
labels as the filter names them (`email`, `phone`, `credit_card`, `iban`,
`national_id:<id>`, `address`, `health`); `[]` means no personal data. The
request is an OpenAI chat request whose last user turn carries the text.

Values are generated (valid checksums for the positives, near misses for the
negatives) from a fixed seed, so the file is reproducible:
`python3 eval/data/make_pii_set.py`. The split is by template (`group`):
every template's rows are all train or all test, one template in three is
test. Negatives are near misses on purpose: documentation domains, role
mailboxes, numbers failing their checksum, dates, versions, amounts, street
names with no number, conditions with nobody named. Hand-written batches
follow the generated rows: `pii_more.py`, `pii_3.py` (business details,
clinical shorthand) and `pii_4.py` (fiction and public figures, a person's
details after a business word, phones in logs, tables and national formats)
and `pii_5.py` (test card numbers, documentation domains and team mailboxes,
placeholder phones, characters and public life, addresses after a cue)
and `pii_6.py` (function and department mailboxes, institutions' addresses,
Chinese lanes and rooms and Japanese blocks, medicines by class and
disabilities, characters, artists and history, an unnamed child's dose)
and `pii_7.py` (health at work in plain words, named houses and rural
addresses, businesses' footers and members' mailboxes, fictional and
historical residents) and `pii_8.py` (function mailboxes of utilities,
letting agents, builders and condominiums, switchboards in signatures,
injuries and conditions in incident and care notes, trades named like
conditions, flats before a house number, site and compound notices,
Portuguese mobiles).
"""

import json
import random
import string
from pathlib import Path

from pii_3 import PII_3
from pii_4 import PII_4
from pii_5 import PII_5
from pii_6 import PII_6
from pii_7 import PII_7
from pii_8 import PII_8
from pii_more import MORE

rng = random.Random(20261130)
OUT = Path(__file__).with_name("pii.jsonl")

# ------------------------------------------------------------------ values


def digits(n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def luhn_complete(p):
    for c in string.digits:
        s = p + c
        t = 0
        for i, x in enumerate(reversed(s)):
            x = int(x)
            if i % 2:
                x *= 2
                x -= 9 if x > 9 else 0
            t += x
        if t % 10 == 0:
            return s


def card():
    prefix, length = rng.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15),
                                 ("37", 15), ("6011", 16), ("3530", 16), ("62", 16)])
    n = luhn_complete(prefix + digits(length - len(prefix) - 1))
    if length == 16 and rng.random() < 0.6:
        sep = rng.choice([" ", "-"])
        n = sep.join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def bad_card():
    n = card().replace(" ", "").replace("-", "")
    last = str((int(n[-1]) + 1) % 10)
    return n[:-1] + last


IBAN_LEN = {"DE": 22, "ES": 24, "FR": 27, "IT": 27, "PT": 25, "PL": 28, "GB": 22, "NL": 18, "BE": 16}


def iban(country=None, bad=False):
    country = country or rng.choice(list(IBAN_LEN))
    n = IBAN_LEN[country]
    if country == "GB":
        bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + digits(14)
    elif country == "NL":
        bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + digits(10)
    else:
        bban = digits(n - 4)
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(num) % 97
    if bad:
        check = (check + 1) % 100 or 2
    s = f"{country}{check:02d}{bban}"
    if rng.random() < 0.5:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn(bad=False):
    if bad:
        return rng.choice(["000", "666", "912"]) + f"-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


L = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(bad=False):
    n = rng.randint(10_000_000, 99_999_999)
    letter = L[n % 23]
    if bad:
        letter = L[(n + 1) % 23]
    return f"{n}{letter}"


def nie():
    p = rng.choice("XYZ")
    n = rng.randint(0, 9_999_999)
    return f"{p}{n:07d}{L[int(str('XYZ'.index(p)) + f'{n:07d}') % 23]}"


def nino():
    first = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
        second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    d = digits(6)
    s = rng.choice("ABCD")
    return rng.choice([f"{first}{second}{d}{s}", f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {s}"])


def insee(bad=False):
    sex = rng.choice("12")
    yy = f"{rng.randint(0, 99):02d}"
    mm = f"{rng.randint(1, 12):02d}"
    dept = f"{rng.randint(1, 95):02d}"
    rest = digits(6)
    body = sex + yy + mm + dept + rest
    key = 97 - int(body) % 97
    if bad:
        key = key % 97 + 1
    s = body + f"{key:02d}"
    return rng.choice([s, f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"])


CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def cf(bad=False):
    s = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + f"{rng.randint(40, 99)}"
    s += rng.choice("ABCDEHLMPRST") + f"{rng.choice([rng.randint(1, 28), rng.randint(41, 68)]):02d}"
    s += rng.choice("ADFGHLM") + digits(3)
    t = sum(CF_ODD[int(c) if c.isdigit() else ord(c) - 65] if k % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
            for k, c in enumerate(s))
    c = chr(65 + t % 26)
    if bad:
        c = chr(65 + (t + 1) % 26)
    return s + c


def pesel(bad=False):
    yy = rng.randint(0, 99)
    mm = rng.randint(1, 12) + (20 if yy < 20 and rng.random() < 0.5 else 0)
    dd = rng.randint(1, 28)
    s = f"{yy:02d}{mm:02d}{dd:02d}" + digits(4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10
    if bad:
        c = (c + 1) % 10
    return s + str(c)


VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
      [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
      [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
      [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
      [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
      [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(bad=False, spaced=True):
    s = digits(11, "23456789")
    c = 0
    for i, x in enumerate(reversed(s)):
        c = VD[c][VP[(i + 1) % 8][int(x)]]
    d = VINV[c]
    if bad:
        d = (d + 1) % 10
    s += str(d)
    return f"{s[:4]} {s[4:8]} {s[8:]}" if spaced else s


def cpf(bad=False):
    d = [int(x) for x in digits(9)]
    for n in (9, 10):
        d.append(sum(d[k] * (n + 1 - k) for k in range(n)) * 10 % 11 % 10)
    if bad:
        d[10] = (d[10] + 1) % 10
    s = "".join(map(str, d))
    return rng.choice([s, f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"])


def cn_id(bad=False):
    s = rng.choice(["110105", "310104", "440300", "510107", "320102"]) + \
        f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}" + digits(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11]
    if bad:
        c = "10X98765432"[(sum(int(a) * b for a, b in zip(s, w)) + 1) % 11]
    return s + c


def de_tax(bad=False):
    while True:
        ds = rng.sample("0123456789", 9)
        if ds[0] == "0":
            continue
        ds.insert(rng.randint(1, 9), rng.choice(ds))
        s = "".join(ds)
        prod = 10
        for x in s:
            sm = (int(x) + prod) % 10 or 10
            prod = sm * 2 % 11
        c = (11 - prod) % 10
        if bad:
            c = (c + 1) % 10
        return s + str(c)


def email(lang):
    first = rng.choice(FIRST[lang]).lower().translate(str.maketrans("áéíóúñçãõàèìòùłśżźćńąęü", "aeiounc" + "aoaeiou" + "lszzcnaeu"))
    last = rng.choice(["smith", "garcia", "mueller", "martin", "silva", "rossi", "nowak", "sharma", "tanaka", "wang"])
    dom = {"en": "gmail.com", "es": "telefonica.es", "de": "web.de", "fr": "orange.fr", "pt": "uol.com.br",
           "it": "libero.it", "pl": "wp.pl", "hi": "rediffmail.com", "ja": "yahoo.co.jp", "zh": "qq.com"}[lang]
    return f"{first}{rng.choice(['.', '_', ''])}{last}{rng.choice(['', str(rng.randint(1, 99))])}@{dom}"


FIRST = {
    "en": ["John", "Emily", "Michael", "Sarah", "David", "Laura"],
    "es": ["María", "José", "Carmen", "Javier", "Lucía", "Pablo"],
    "de": ["Hans", "Monika", "Stefan", "Sabine", "Jürgen", "Katharina"],
    "fr": ["Pierre", "Nathalie", "Julien", "Sophie", "Camille", "Laurent"],
    "pt": ["João", "Ana", "Tiago", "Mariana", "Paulo", "Beatriz"],
    "it": ["Giuseppe", "Giulia", "Marco", "Francesca", "Luca", "Chiara"],
    "pl": ["Piotr", "Katarzyna", "Tomasz", "Agnieszka", "Michał", "Magdalena"],
    "hi": ["राहुल", "प्रिया", "अमित", "सुनीता", "विजय", "नेहा"],
    "ja": ["田中", "佐藤", "鈴木", "高橋"],
    "zh": ["王伟", "李娜", "张敏", "刘洋"],
}
SURNAME = {
    "en": ["Smith", "Johnson", "Brown", "Taylor"], "es": ["García", "Fernández", "López", "Martínez"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer"], "fr": ["Martin", "Bernard", "Dubois", "Moreau"],
    "pt": ["Silva", "Santos", "Oliveira", "Costa"], "it": ["Rossi", "Russo", "Ferrari", "Bianchi"],
    "pl": ["Nowak", "Kowalski", "Wiśniewski", "Wójcik"], "hi": ["शर्मा", "वर्मा", "गुप्ता"], "ja": [""], "zh": [""],
}


def phone(lang):
    d = lambda n, f="0123456789": digits(n, f)  # noqa: E731
    return {
        "en": rng.choice([f"+44 20 {d(4)} {d(4)}", f"({d(3, '23456789')}) {d(3, '23456789')}-{d(4)}",
                          f"07{d(3)} {d(6)}", f"+1 {d(3, '23456789')} {d(3, '23456789')} {d(4)}"]),
        "es": rng.choice([f"+34 6{d(2)} {d(3)} {d(3)}", f"91 {d(3)} {d(2)} {d(2)}"]),
        "de": rng.choice([f"030 {d(8)}", f"0151 {d(8)}", f"+49 89 {d(7)}"]),
        "fr": rng.choice([f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}",
                          f"01.{d(2)}.{d(2)}.{d(2)}.{d(2)}"]),
        "pt": rng.choice([f"+351 912 {d(3)} {d(3)}", f"(11) 9{d(4)}-{d(4)}", f"+55 21 9{d(4)}-{d(4)}"]),
        "it": rng.choice([f"347 {d(3)} {d(4)}", f"02 {d(4)} {d(4)}", f"+39 06 {d(4)} {d(4)}"]),
        "pl": rng.choice([f"+48 {d(3, '5678')} {d(3)} {d(3)}", f"22 {d(3)} {d(2)} {d(2)}"]),
        "hi": rng.choice([f"+91 {d(5, '6789')} {d(5)}", f"{d(5, '6789')} {d(5)}"]),
        "ja": rng.choice([f"03-{d(4)}-{d(4)}", f"090-{d(4)}-{d(4)}", f"+81 90 {d(4)} {d(4)}"]),
        "zh": rng.choice([f"138 {d(4)} {d(4)}", f"+86 139 {d(4)} {d(4)}", f"010-{d(8)}"]),
    }[lang]


def address(lang):
    n = rng.randint(1, 250)
    return {
        "en": rng.choice([f"{n} {rng.choice(['Oak', 'Maple', 'High', 'Church'])} {rng.choice(['Street', 'Road', 'Lane', 'Avenue'])}, "
                          f"{rng.choice(['Leeds', 'Bristol', 'Boston', 'Denver'])}",
                          f"{n} Elm Street, Springfield, IL 62704"]),
        "es": f"Calle {rng.choice(['Mayor', 'del Sol', 'de Alcalá', 'Real'])} {n}, {rng.randint(10000, 52999)} "
              f"{rng.choice(['Madrid', 'Sevilla', 'Valencia'])}",
        "de": f"{rng.choice(['Haupt', 'Linden', 'Goethe', 'Bahnhof'])}{rng.choice(['straße', 'weg', 'allee'])} {n}, "
              f"{rng.randint(10000, 99999)} {rng.choice(['Berlin', 'Köln', 'Hamburg'])}",
        "fr": f"{n} {rng.choice(['rue', 'avenue', 'boulevard'])} {rng.choice(['de la République', 'Victor Hugo', 'des Lilas'])}, "
              f"{rng.randint(10000, 95999)} {rng.choice(['Lyon', 'Paris', 'Nantes'])}",
        "pt": rng.choice([f"Rua {rng.choice(['Augusta', 'das Flores', 'do Ouvidor'])}, {n}, {rng.randint(1000, 9999)}-{rng.randint(100, 999)} Lisboa",
                          f"Avenida Paulista, {n} - São Paulo, {rng.randint(10000, 99999)}-{rng.randint(100, 999)}"]),
        "it": f"{rng.choice(['Via', 'Viale', 'Piazza', 'Corso'])} {rng.choice(['Garibaldi', 'Roma', 'Dante', 'Mazzini'])} {n}, "
              f"{rng.randint(10, 98)}{rng.randint(100, 999)} {rng.choice(['Milano', 'Torino', 'Bologna'])}",
        "pl": f"ul. {rng.choice(['Długa', 'Kwiatowa', 'Polna', 'Lipowa'])} {n}/{rng.randint(1, 40)}, "
              f"{rng.randint(10, 99)}-{rng.randint(100, 999)} {rng.choice(['Kraków', 'Gdańsk', 'Poznań'])}",
        "hi": f"मकान नं. {n}, {rng.choice(['नेहरू', 'गांधी', 'शिवाजी'])} मार्ग, {rng.choice(['जयपुर', 'लखनऊ', 'पुणे'])} {rng.randint(110001, 799999)}",
        "ja": rng.choice([f"〒{rng.randint(100, 999)}-{rng.randint(1000, 9999)} 東京都港区六本木{rng.randint(1, 7)}-{rng.randint(1, 20)}-{rng.randint(1, 30)}",
                          f"大阪市中央区難波{rng.randint(1, 5)}丁目{rng.randint(1, 20)}番{rng.randint(1, 30)}号"]),
        "zh": f"{rng.choice(['北京市海淀区', '上海市徐汇区', '广州市天河区'])}{rng.choice(['中关村大街', '淮海路', '天河路'])}{n}号",
    }[lang]


CONDITION = {
    "en": ["type 1 diabetes", "bipolar disorder", "stage 2 breast cancer", "epilepsy", "HIV"],
    "es": ["diabetes", "cáncer de colon", "esquizofrenia", "epilepsia", "VIH"],
    "de": ["Diabetes", "Lungenkrebs", "Depressionen", "Epilepsie", "Multiple Sklerose"],
    "fr": ["diabète", "cancer du sein", "schizophrénie", "épilepsie", "la maladie de Parkinson"],
    "pt": ["diabetes", "câncer de mama", "depressão", "epilepsia", "HIV"],
    "it": ["diabete", "tumore al seno", "depressione", "epilessia", "sclerosi multipla"],
    "pl": ["cukrzycę", "raka płuc", "depresję", "padaczkę", "stwardnienie rozsiane"],
    "hi": ["मधुमेह", "कैंसर", "अवसाद", "मिर्गी", "दमा"],
    "ja": ["糖尿病", "うつ病", "乳がん", "てんかん"],
    "zh": ["糖尿病", "抑郁症", "乳腺癌", "癫痫"],
}

# ------------------------------------------------------------------ templates
# (lang, labels, text template, value maker). `{v}` is the value.

T = []


def t(lang, labels, text, make=None):
    T.append((lang, labels, text, make))


LANGS = ["en", "es", "de", "fr", "pt", "it", "pl", "hi", "ja", "zh"]

# email
for lang, text in [
    ("en", "Can you reply to the customer at {v} and apologise for the delay?"),
    ("en", "Forward the invoice to {v} by Friday."),
    ("es", "Escribe un correo a {v} confirmando la reserva."),
    ("de", "Bitte schick die Unterlagen an {v}."),
    ("fr", "Réponds à {v} pour confirmer le rendez-vous."),
    ("pt", "Mande a proposta para {v} ainda hoje."),
    ("it", "Invia il contratto a {v} entro domani."),
    ("pl", "Wyślij fakturę na adres {v}, proszę."),
    ("hi", "कृपया {v} पर रिपोर्ट भेज दो।"),
    ("ja", "{v} に見積書を送ってください。"),
    ("zh", "请把合同发到 {v}。"),
]:
    t(lang, ["email"], text, lambda lang=lang: email(lang))

# phone
for lang, text in [
    ("en", "Call the client back on {v} before noon."),
    ("en", "My number is {v}, text me when you arrive."),
    ("es", "Mi número es el {v}, llámame mañana."),
    ("de", "Sie erreichen mich unter {v}."),
    ("fr", "Vous pouvez me joindre au {v}."),
    ("pt", "Meu telefone é {v}."),
    ("it", "Il mio numero è {v}, chiamami pure."),
    ("pl", "Zadzwoń do mnie pod numer {v}."),
    ("hi", "मेरा नंबर {v} है, शाम को कॉल करना।"),
    ("ja", "連絡先は {v} です。"),
    ("zh", "我的电话是 {v}，有事打给我。"),
]:
    t(lang, ["phone"], text, lambda lang=lang: phone(lang))

# cards
for lang, text in [
    ("en", "Charge the booking to card {v}, expiry 09/28."),
    ("es", "Paga con la tarjeta {v}, caduca en 2027."),
    ("de", "Meine Kreditkarte: {v}"),
    ("fr", "Ma carte bancaire est la {v}."),
    ("it", "Usa la carta {v} per il pagamento."),
    ("pl", "Numer karty: {v}"),
    ("ja", "カード番号は {v} です。"),
]:
    t(lang, ["credit_card"], text, card)

# IBAN
for lang, country, text in [
    ("en", "GB", "Refund the deposit to {v} please."),
    ("es", "ES", "Haz la transferencia a la cuenta {v}."),
    ("de", "DE", "Überweise den Betrag bitte auf {v}."),
    ("fr", "FR", "Virement sur le compte {v} merci."),
    ("pt", "PT", "O meu IBAN é {v}."),
    ("it", "IT", "Accredita lo stipendio su {v}."),
    ("pl", "PL", "Numer konta: {v}"),
    ("en", "NL", "Our supplier's IBAN is {v}, pay the invoice."),
]:
    t(lang, ["iban"], text, lambda c=country: iban(c))

# national ids
for lang, label, text, make in [
    ("en", "us_ssn", "Fill in the form: name Jane Roe, SSN {v}.", ssn),
    ("en", "us_ssn", "The applicant's social security number is {v}.", ssn),
    ("en", "gb_nino", "My National Insurance number is {v}.", nino),
    ("es", "es_dni", "Mi DNI es {v}, rellena la solicitud.", dni),
    ("es", "es_dni", "Titular: Ana Ruiz, documento {v}.", dni),
    ("es", "es_nie", "Tengo el NIE {v} desde 2019.", nie),
    ("fr", "fr_insee", "Mon numéro de sécurité sociale : {v}.", insee),
    ("it", "it_codice_fiscale", "Il mio codice fiscale è {v}.", cf),
    ("pl", "pl_pesel", "Mój PESEL to {v}.", pesel),
    ("hi", "in_aadhaar", "मेरा आधार नंबर {v} है।", aadhaar),
    ("en", "in_aadhaar", "Aadhaar: {v}, please verify the KYC.", lambda: aadhaar(spaced=rng.random() < 0.5)),
    ("pt", "br_cpf", "Meu CPF é {v}, pode emitir a nota?", cpf),
    ("zh", "cn_resident_id", "我的身份证号是{v}。", cn_id),
    ("ja", "cn_resident_id", "中国の身分証番号 {v} を確認してください。", cn_id),
    ("de", "de_tax_id", "Meine Steuer-ID lautet {v}.", de_tax),
]:
    t(lang, ["national_id:" + label], text, make)

# addresses
for lang, text in [
    ("en", "Ship the replacement to {v}."),
    ("en", "I live at {v}, can you write a letter to my landlord?"),
    ("es", "Envía el paquete a {v}."),
    ("de", "Meine neue Adresse: {v}."),
    ("fr", "Livrez la commande au {v}."),
    ("pt", "O meu endereço é {v}."),
    ("it", "Spedisci tutto a {v}."),
    ("pl", "Proszę wysłać list na adres {v}."),
    ("hi", "पार्सल इस पते पर भेजें: {v}"),
    ("ja", "住所は{v}です。"),
    ("zh", "请寄到{v}。"),
]:
    t(lang, ["address"], text, lambda lang=lang: address(lang))

# a named person with a condition
for lang, text in [
    ("en", "Write a sick note: {name} {sur} has {cond} and will miss work this week."),
    ("en", "Summarise the referral for Mr {sur}, who was diagnosed with {cond}."),
    ("es", "{name} {sur} tiene {cond} y necesita una baja médica."),
    ("de", "Frau {sur} leidet an {cond}, bitte schreib einen Brief an die Kasse."),
    ("fr", "Mme {sur} souffre de {cond} depuis deux ans."),
    ("pt", "O paciente {sur} tem {cond} e precisa de acompanhamento."),
    ("it", "{name} {sur} ha la {cond}, prepara il certificato."),
    ("pl", "{name} {sur} ma {cond}, napisz zwolnienie."),
    ("hi", "{name} को {cond} है, छुट्टी का आवेदन लिखो।"),
    ("ja", "{name}さんは{cond}と診断されました。"),
    ("zh", "患者{name}患有{cond}，请写一份病假条。"),
]:
    t(lang, ["health"], text, "health")

# two kinds in one prompt
t("en", ["email", "phone"], "Contact: {v}", lambda: f"{email('en')}, {phone('en')}")
t("es", ["national_id:es_dni", "address"], "Datos: {v}", lambda: f"DNI {dni()}, domicilio en {address('es')}")
t("de", ["iban", "phone"], "Bitte notieren: {v}", lambda: f"{iban('DE')}, Tel. {phone('de')}")

# ------------------------------------------------------------------ near misses (no PII)
NEG = [
    ("en", "Use alice@example.com and bob@example.org in the unit test fixtures."),
    ("en", "Send questions to support@{dom} or sales@{dom}."),
    ("en", "Our noreply@{dom} address bounced; why?"),
    ("es", "Escribe a info@{dom} para más información."),
    ("de", "Fragen an kontakt@{dom} richten."),
    ("en", "In the docs, the user is jane.doe@example.net and the host is api.example.test."),
    ("en", "Is {bad_card} a valid card number? It fails for me."),
    ("en", "Order {order} shipped on {date}."),
    ("en", "Upgrade from v{ver} to v{ver2} and rerun the build at {time}."),
    ("en", "The server at 192.168.{o}.{o2} returned 503 at {date}T{time}Z."),
    ("en", "ISBN 978-{o}-{o2}-148410-0 is the second edition."),
    ("en", "Revenue was $1,234,{o}.56 in Q3, up 12%."),
    ("fr", "Le budget est de {o} 345 678 euros pour 2025."),
    ("pl", "Zysk wyniósł {o} 345 678 zł w tym roku."),
    ("en", "Wall Street rallied as the Fed held rates; Main Street is worried."),
    ("en", "The Abbey Road sessions ran from 1969 to 1970."),
    ("es", "La Calle Mayor es la más bonita de la ciudad."),
    ("de", "Die Hauptstraße ist wegen Bauarbeiten gesperrt."),
    ("fr", "La rue de Rivoli est très fréquentée."),
    ("it", "Via Roma è chiusa al traffico domenica."),
    ("pl", "Ulica Długa jest w centrum Gdańska."),
    ("ja", "東京都は日本の首都です。"),
    ("zh", "北京市是中国的首都，建国路很长。"),
    ("hi", "गांधी मार्ग पर बहुत ट्रैफिक है।"),
    ("en", "What are the early symptoms of type 2 diabetes?"),
    ("en", "Explain how chemotherapy works for breast cancer."),
    ("es", "¿Cuáles son los síntomas de la epilepsia?"),
    ("de", "Wie wird Epilepsie bei Kindern behandelt?"),
    ("fr", "Quels sont les traitements de la dépression ?"),
    ("pt", "Quais são os sintomas da diabetes?"),
    ("it", "Come si cura la sclerosi multipla?"),
    ("pl", "Jakie są objawy cukrzycy?"),
    ("hi", "मधुमेह के शुरुआती लक्षण क्या हैं?"),
    ("ja", "糖尿病の初期症状は何ですか？"),
    ("zh", "抑郁症有哪些常见症状？"),
    ("en", "John Smith won the regional chess tournament."),
    ("es", "María García ganó el premio de literatura."),
    ("en", "Dr. House is an expert in lupus."),
    ("en", "Parkinson's law says work expands to fill the time available."),
    ("en", "Is {bad_ssn} a valid SSN? Our validator rejects it."),
    ("es", "El DNI {bad_dni} da error de letra en el formulario."),
    ("en", "Check whether IBAN {bad_iban} passes the checksum."),
    ("pl", "Czy PESEL {bad_pesel} jest poprawny? System go odrzuca."),
    ("pt", "O CPF {bad_cpf} está inválido segundo o sistema."),
    ("fr", "Le NIR {bad_insee} a une clé incorrecte."),
    ("it", "Il codice {bad_cf} risulta errato."),
    ("zh", "身份证号{bad_cn}校验失败。"),
    ("en", "Tracking number {track} is stuck in customs."),
    ("en", "Call the function with (123) and 456-7890 as arguments."),
    ("de", "Der Termin ist am {dde} um 10:30 Uhr."),
    ("ja", "会議は{date}の15時からです。"),
    ("en", "The IMEI of the test phone is 35209900176148{o3}."),
    ("en", "Route 66 is 2,448 miles long."),
    ("en", "Room 12 is on the 3rd floor, next to Conference Room B."),
    ("hi", "राहुल ने क्रिकेट मैच जीता।"),
    ("zh", "王伟是一名工程师。"),
]


def neg_fill(text):
    dom = rng.choice(["acme.com", "contoso.de", "empresa.es", "shop.fr"])
    dd = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.20{rng.randint(20, 26)}"
    vals = dict(
        dom=dom, bad_card=bad_card(), order=digits(10, "123456789"),
        date=f"20{rng.randint(20, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        time=f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
        ver=f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 40)}",
        ver2=f"{rng.randint(10, 19)}.{rng.randint(0, 20)}.{rng.randint(0, 40)}",
        o=rng.randint(1, 254), o2=rng.randint(1, 254), o3=rng.randint(0, 9),
        bad_ssn=ssn(bad=True), bad_dni=dni(bad=True), bad_iban=iban(bad=True), bad_pesel=pesel(bad=True),
        bad_cpf=cpf(bad=True), bad_insee=insee(bad=True), bad_cf=cf(bad=True), bad_cn=cn_id(bad=True),
        track="1Z" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16)), dde=dd,
    )
    return text.format(**vals)


def main():
    rows = []
    n = 0

    def emit(group, split, lang, labels, text):
        nonlocal n
        rows.append({"id": f"p{n:04d}", "group": group, "split": split, "lang": lang, "pii": labels,
                     "request": {"model": "auto", "messages": [{"role": "user", "content": text}]}})
        n += 1

    for k, (lang, labels, text, make) in enumerate(T):
        split = "test" if k % 3 == 2 else "train"
        for _ in range(4):
            if make == "health":
                name = rng.choice(FIRST[lang])
                s = text.format(name=name, sur=rng.choice(SURNAME[lang]) or name, cond=rng.choice(CONDITION[lang]))
            else:
                s = text.format(v=make())
            emit(f"pos:{k}", split, lang, labels, s)
    for k, (lang, text) in enumerate(NEG):
        split = "test" if k % 3 == 2 else "train"
        for _ in range(3):
            emit(f"neg:{k}", split, lang, [], neg_fill(text))
    # Hand-written requests (eval/data/pii_more.py), after the generated
    # ones so that the seed gives the same rows as before.
    for k, (lang, labels, text) in enumerate(MORE):
        split = "test" if k % 3 == 2 else "train"
        emit(f"more:{k}", split, lang, labels, text)
    # The third batch (eval/data/pii_3.py): business contact details,
    # clinical shorthand, bare SSNs; after the others, so earlier rows keep
    # their ids.
    for k, (lang, labels, text) in enumerate(PII_3):
        split = "test" if k % 3 == 2 else "train"
        emit(f"pii3:{k}", split, lang, labels, text)
    # The fourth batch (eval/data/pii_4.py): fiction and public figures,
    # an unnamed person between a name and a condition, a person's details
    # after a business word, phones in logs, tables and national formats.
    for k, (lang, labels, text) in enumerate(PII_4):
        split = "test" if k % 3 == 2 else "train"
        emit(f"pii4:{k}", split, lang, labels, text)
    # The fifth batch (eval/data/pii_5.py): test card numbers, documentation
    # domains of every country, team mailboxes, placeholder phones,
    # characters and public life, addresses after a cue.
    for k, (lang, labels, text) in enumerate(PII_5):
        split = "test" if k % 3 == 2 else "train"
        emit(f"pii5:{k}", split, lang, labels, text)
    # The sixth batch (eval/data/pii_6.py): function and department
    # mailboxes, institutions' addresses, CJK lanes, rooms and blocks,
    # medicines by class and disabilities, works, artists and history.
    for k, (lang, labels, text) in enumerate(PII_6):
        split = "test" if k % 3 == 2 else "train"
        emit(f"pii6:{k}", split, lang, labels, text)
    # The seventh batch (eval/data/pii_7.py): health at work in plain
    # words, named houses and rural addresses, businesses' footers and
    # members' mailboxes, fictional and historical residents.
    for k, (lang, labels, text) in enumerate(PII_7):
        split = "test" if k % 3 == 2 else "train"
        emit(f"pii7:{k}", split, lang, labels, text)
    # The eighth batch (eval/data/pii_8.py): function mailboxes in
    # auto-replies and signatures, switchboards, injuries and conditions
    # in reports, flats, site notices, Portuguese mobiles.
    for k, (lang, labels, text) in enumerate(PII_8):
        split = "test" if k % 3 == 2 else "train"
        emit(f"pii8:{k}", split, lang, labels, text)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    pos = sum(1 for r in rows if r["pii"])
    print(f"{OUT}: {len(rows)} rows, {pos} with PII, {len(rows) - pos} without; "
          f"test {sum(1 for r in rows if r['split'] == 'test')}")


if __name__ == "__main__":
    main()
