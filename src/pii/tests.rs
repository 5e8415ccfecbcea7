use super::*;
use serde_json::json;

fn all() -> PiiDetector {
    PiiDetector::builtin()
}

fn only(kind: BuiltinPii) -> PiiDetector {
    let raw = RawPii {
        detect: Some(vec![kind]),
        ..RawPii::default()
    };
    PiiDetector::compile(raw).unwrap()
}

fn compile(v: serde_json::Value) -> Result<PiiDetector, (String, String)> {
    PiiDetector::compile(serde_json::from_value(v).unwrap())
}

/// Every positive is found by the detector alone and by all of them with
/// the expected label; no negative is found by the detector alone.
fn check(kind: BuiltinPii, positives: &[(&str, &str)], negatives: &[&str]) {
    let one = only(kind);
    let every = all();
    for (text, label) in positives {
        let found = one.find(text).map(|f| one.label(f.kind).to_string());
        assert_eq!(
            found.as_deref(),
            Some(*label),
            "should find {label} in {text:?}"
        );
        assert!(
            every
                .find_all(text)
                .iter()
                .any(|f| every.label(f.kind) == *label),
            "all detectors: {label} in {text:?}: {:?}",
            every.find_all(text)
        );
    }
    for text in negatives {
        let found = one.find_all(text);
        assert!(found.is_empty(), "false {kind:?} in {text:?}: {found:?}");
    }
}

#[test]
fn email() {
    let e = "email";
    check(
        BuiltinPii::Email,
        &[
            ("contact john.doe+tag@acme.co.uk please", e),
            ("Email: a_b@sub.domain.org.", e),
            ("<jane@gmail.com>", e),
            ("escríbeme a maria.garcia@telefonica.es", e),
            ("Schreiben Sie an hans.mueller@web.de bitte", e),
            ("mail me (x@y.io)", e),
            ("請發送到 wang.wei@qq.com 謝謝", e),
            ("support.jane@acme.com is Jane's own box", e),
        ],
        &[
            "@mention and @app.route('/')",
            "user@localhost",
            "foo@bar.c",
            "pkg@1.2.3",
            "a@b",
            "test@.com",
            "name@-bad.com",
            "x @ y.com",
            ".@example.com",
            "a@b..com",
            // Reserved and documentation domains (RFC 2606 / 6761).
            "Mail me at jane.doe@example.com please",
            "alice@example.org and bob@mail.example.net",
            "ci@build.test, root@host.invalid, me@printer.local, x@foo.example",
            // Role mailboxes.
            "Write to support@acme.com or info@acme.de or noreply@github.com",
            "Contacte con soporte: ventas@empresa.es? no: sales@empresa.es",
            "git@github.com:org/repo.git",
            "no-reply+build@company.io",
        ],
    );
}

#[test]
fn email_allow_lists_are_configurable() {
    let d = compile(json!({
        "detect": ["email"],
        "email": {"allow_domains": ["acme.com"], "role_mailboxes": ["ventas"]}
    }))
    .unwrap();
    assert!(d.find("jane@acme.com and jane@eu.acme.com").is_none());
    assert!(d.find("ventas@empresa.es").is_none());
    // The default role list was replaced.
    assert!(d.find("support@empresa.es").is_some());
    assert!(d.find("jane@acme.co").is_some());
}

#[test]
fn phone() {
    let p = "phone";
    check(
        BuiltinPii::Phone,
        &[
            ("+44 20 7946 0958", p),
            ("call (415) 555-2671 now", p),
            ("(415)555-2671", p),
            ("415-555-2671", p),
            ("415.555.2671.", p),
            ("+1 (415) 555-2671", p),
            ("+33 1 23 45 67 89", p),
            ("+14155552671", p),
            ("tel:+49-30-1234567", p),
            ("+44 (0)20 7946 0958", p),
            // National formats.
            ("ring me on 020 7946 0958 tonight", p),
            ("mobile 07700 900123", p),
            ("Ruf mich an: 030 12345678", p),
            ("Handy 0151 23456789", p),
            ("(030) 1234567", p),
            ("appelle-moi au 06 12 34 56 78", p),
            ("mon fixe: 01.23.45.67.89", p),
            ("llámame al 612 345 678", p),
            ("Teléfono: 91 123 45 67", p),
            ("il mio cellulare è 347 123 4567", p),
            ("chiamami allo 02 1234 5678", p),
            ("o meu telemóvel: 912 345 678", p),
            ("(11) 91234-5678 é o meu número", p),
            ("mój numer telefonu to 512 345 678", p),
            ("मेरा फोन नंबर 98765 43210 है", p),
            ("電話は03-1234-5678です", p),
            ("携帯 090-1234-5678", p),
            ("我的手机是138 0013 8000", p),
            ("办公室电话010-12345678", p),
            ("0044 20 7946 0958", p),
        ],
        &[
            "version 10.2.33",
            // Toll-free: a business's line, never a person's.
            "1-800-555-1234",
            "release 1.2.3 and 10.20.30.40",
            "2024-01-15",
            "15.01.2024 and 01/02/2024",
            "2024-01-15T10:32:07+05:30",
            "at 10:32:07 UTC",
            "1234567890",
            "order 1234567890123",
            "3+4=7 and 12+345678901",
            "balance +12345678.90",
            "x+1234567890",
            "+0123456789",
            "415-555-26710",
            "192.168.100.1",
            "555-1234",
            "+1234567",
            "+1234567890123456",
            "(123) 456-7890",
            "415-555.2671",
            "ISBN 978-3-16-148410-0",
            "a415-555-2671",
            // Amounts with space thousands separators, no cue.
            "Le budget est de 612 345 678 euros",
            "zysk 512 345 678 zł",
            // Zero-padded ids, bare runs.
            "ticket 0612345678",
            "id 0000 1234 5678",
            "IP 010.001.001.001",
            "(2019) 12",
        ],
    );
}

#[test]
fn credit_card() {
    let c = "credit_card";
    check(
        BuiltinPii::CreditCard,
        &[
            ("card 4526 0181 5908 3012 exp 12/27", c),
            ("5596-0308-2462-8198", c),
            ("4661318609139090", c),
            ("amex 374821993518197.", c),
            ("6011 0937 8657 9754", c),
            ("(4432319487574919)", c),
            ("tarjeta 3530 1862 5276 0186", c),
            ("Karte: 5595 5597 9711 4712", c),
            ("carte 2221 0497 4650 7520", c),
            ("Diners 36917034236672", c),
        ],
        &[
            "4111111111111112",
            "4111 1111 1111 1112",
            "order 1234567890123",
            "ts 1705312327123",
            "pi 0.4111111111111111",
            "41111111111111111111",
            "4111-1111 1111-1111",
            "a4111111111111111",
            "4111111111111111x",
            "0000 0000 0000 0000",
            "4111 1111  1111 1111",
            "4111111111111111.5",
            // Luhn-valid but no network has that range and length.
            "IMEI 352099001761481",
            "2000000000000006",
            "9000000000000001",
            "411111111111111 (15 digits, Visa has 13, 16, 19)",
            // The networks' and processors' test numbers (pii5): nobody's.
            "card 4111 1111 1111 1111 exp 12/27",
            "4111111111111111",
            "amex 378282246310005.",
            "6011 1111 1111 1117",
            "(4012888888881881)",
            "tarjeta 3530 1113 3330 0000",
            "Karte: 5500 0000 0000 0004",
            "Testkarte 4242 4242 4242 4242",
            "carte de test 5555 5555 5555 4444",
            "cartão 5105 1051 0510 5100",
            "carta di prova 4000 0566 5566 5556",
            "karta 2223 0031 2200 3222",
            "テスト用カード 3566 0020 2036 0505",
            "测试卡 6200 0000 0000 0005",
        ],
    );
}

#[test]
fn iban() {
    let i = "iban";
    check(
        BuiltinPii::Iban,
        &[
            ("GB82 WEST 1234 5698 7654 32", i),
            ("pay DE89370400440532013000 today", i),
            ("iban: FR14 2004 1010 0505 0001 3M02 606.", i),
            ("BE68 5390 0754 7034 THEN more", i),
            ("NL91ABNA0417164300", i),
            ("Cuenta ES91 2100 0418 4502 0005 1332", i),
            ("Konto DE89 3704 0044 0532 0130 00, danke", i),
        ],
        &[
            "GB82 WEST 1234 5698 7654 33",
            "DE89370400440532013001",
            "GB82WEST1234569876543",
            "DE8937040044053201300",
            "ISO8601 and AB12 and RFC 3339",
            "XDE89370400440532013000",
            "DE89370400440532013000X",
            "GB82  WEST 1234 5698 7654 32",
        ],
    );
}

#[test]
fn national_ids() {
    check(
        BuiltinPii::NationalId,
        &[
            ("my SSN is 536-22-1234", "national_id:us_ssn"),
            ("SSN: 536221234", "national_id:us_ssn"),
            ("mi DNI es 12345678Z", "national_id:es_dni"),
            ("DNI 48576932-N", "national_id:es_dni"),
            ("NIE X1234567L", "national_id:es_nie"),
            ("tarjeta de residencia Y-7654321-G", "national_id:es_nie"),
            ("NI number AB123456C", "national_id:gb_nino"),
            ("NINO: AB 12 34 56 C", "national_id:gb_nino"),
            (
                "numéro de sécu 1 84 12 76 451 089 46",
                "national_id:fr_insee",
            ),
            ("NIR 269059912345662", "national_id:fr_insee"),
            ("né en Corse: 1 85 03 2A 004 123 24", "national_id:fr_insee"),
            (
                "codice fiscale RSSMRA85T10A562S",
                "national_id:it_codice_fiscale",
            ),
            ("CF: BNCGNN70A41H501V", "national_id:it_codice_fiscale"),
            ("PESEL 44051401359", "national_id:pl_pesel"),
            ("numer PESEL: 02210312342", "national_id:pl_pesel"),
            ("Aadhaar 2345 6789 0124", "national_id:in_aadhaar"),
            ("मेरा आधार नंबर 499182398713 है", "national_id:in_aadhaar"),
            ("CPF 123.456.789-09", "national_id:br_cpf"),
            ("meu CPF é 52998224725", "national_id:br_cpf"),
            ("身份证号 11010519491231002X", "national_id:cn_resident_id"),
            ("身份证：440300199001011238。", "national_id:cn_resident_id"),
            ("110105 19491231 002X", "national_id:cn_resident_id"),
            ("Steuer-ID 86095742719", "national_id:de_tax_id"),
            ("IdNr. 86 095 742 719", "national_id:de_tax_id"),
        ],
        &[
            // SSN rules: area 000, 666, 9xx; group 00; serial 0000; samples.
            "000-12-3456",
            "666-12-3456",
            "912-34-5678",
            "536-00-1234",
            "536-22-0000",
            "078-05-1120",
            "123-45-6789",
            // Nine bare digits without a cue.
            "order 536221234",
            // Wrong check letter.
            "DNI 12345678A",
            "X1234567A",
            // Bad NINO prefixes or suffix.
            "QQ123456C",
            "GB123456A",
            "AB123456E",
            // INSEE with a wrong key.
            "1 84 12 76 451 089 47",
            // Codice fiscale with a wrong control letter or month.
            "RSSMRA85T10A562A",
            "RSSMRA85Z10A562S",
            // PESEL with a wrong check digit, CPF all one digit.
            "PESEL 44051401358",
            "111.111.111-11",
            "CPF 123.456.789-00",
            // Aadhaar: Verhoeff fails, starts with 1, or bare without a cue.
            "2345 6789 0125",
            "1234 5678 9012",
            "ref 234567890124",
            // Resident id with a bad check or date.
            "11010519491231002Y",
            "110105194913310021",
            // German tax id: no repeated digit.
            "47152836907",
            // Near misses: words, versions, hashes.
            "ABCDEF12G34H567I and v1.2.3-45 and deadbeef12345678",
        ],
    );
}

#[test]
fn national_ids_can_be_chosen() {
    let d = compile(json!({"detect": ["national_id"], "national_ids": ["es_dni"]})).unwrap();
    assert!(d.find("DNI 12345678Z").is_some());
    assert!(d.find("PESEL 44051401359").is_none());
    let e = compile(json!({"detect": ["email"], "national_ids": ["es_dni"]})).unwrap_err();
    assert_eq!(e.0, "pii.national_ids");
    assert!(serde_json::from_value::<RawPii>(json!({"national_ids": ["xx_id"]})).is_err());
}

#[test]
fn addresses() {
    let a = "address";
    check(
        BuiltinPii::Address,
        &[
            ("Send it to 221B Baker Street, London NW1 6XE", a),
            ("1600 Pennsylvania Avenue NW, Washington, DC 20500", a),
            ("I live at 742 Evergreen Terrace", a),
            ("our flat: 12 MG Road, Bengaluru 560001", a),
            ("350 5th Avenue, New York", a),
            ("Vivo en Calle Mayor 12, 28013 Madrid", a),
            ("la dirección es Avenida de la Constitución 3, Sevilla", a),
            ("C/ Alcalá 45, 3º B, 28014 Madrid", a),
            ("Meine Adresse: Hauptstraße 5, 10115 Berlin", a),
            ("Lindenweg 7a, 80331 München", a),
            ("Berliner Str. 12, 60311 Frankfurt", a),
            ("j'habite au 12 rue de la Paix, 75002 Paris", a),
            ("5 bis, avenue Victor Hugo, 69002 Lyon", a),
            ("moro na Rua Augusta, 123, 1100-048 Lisboa", a),
            ("Av. Paulista, 1578 - Bela Vista, São Paulo 01310-200", a),
            ("abito in Via Roma 10, 00184 Roma", a),
            ("Piazza Navona 45, Roma", a),
            ("mieszkam przy ul. Marszałkowska 10/12, 00-590 Warszawa", a),
            ("मकान नं. 12, गांधी मार्ग, जयपुर 302001", a),
            ("पता: फ्लैट 4B, सेक्टर 15, नोएडा 201301", a),
            ("〒100-0005 東京都千代田区丸の内1-1-1", a),
            ("住所は大阪市北区梅田3丁目1番1号です", a),
            ("我住在北京市朝阳区建国路88号", a),
            ("上海市浦东新区世纪大道100号", a),
        ],
        &[
            "Wall Street analysts expect growth",
            "The Abbey Road album came out in 1969",
            "Take the main road for 5 km",
            "Sesame Street has 5 Muppets",
            "3 Main Street",
            "Calle 13 is a band from Puerto Rico",
            "La Via Appia è una strada romana",
            "Die Hauptstraße ist gesperrt",
            "Der Lösungsweg 3 ist falsch",
            "la rue de Rivoli est longue",
            "Rua Augusta é famosa",
            "Route 66 runs 2,448 miles",
            "Chapter 12 Street Fighter",
            "ul. Marszałkowska jest długa",
            "गांधी मार्ग बहुत लंबा है",
            "東京都は日本の首都です",
            "北京市是中国的首都",
            "建国路很长",
            "Version 10 Way forward",
            "12345 and 28013",
        ],
    );
}

#[test]
fn named_person_with_a_health_condition() {
    let h = "health";
    check(
        BuiltinPii::Health,
        &[
            ("John Smith was diagnosed with type 2 diabetes last year", h),
            ("Mrs. Patel has breast cancer and needs a letter", h),
            ("Patient: Gómez, 54, HIV positive since 2010", h),
            ("María García tiene cáncer de pulmón", h),
            ("Herr Müller leidet an Epilepsie", h),
            ("Frau Schneider hat Brustkrebs", h),
            ("Mme Dubois souffre de dépression sévère", h),
            ("O paciente Silva tem diabetes", h),
            ("la signora Rossi è incinta di tre mesi", h),
            ("Pani Kowalska ma cukrzycę", h),
            ("Łukasz choruje na padaczkę", h),
            ("राहुल को मधुमेह है", h),
            ("श्री शर्मा को कैंसर है", h),
            ("田中さんは糖尿病です", h),
            ("患者王伟患有抑郁症", h),
            // The second word list: chronic conditions, surgeries,
            // abbreviations, "diagnosed with" phrases, more name cues.
            (
                "Referral: Mr. Alan Brooks, 71, COPD and atrial fibrillation",
                h,
            ),
            ("Mrs Okafor is recovering from a mastectomy", h),
            ("Sra. Ruiz, 80 años, EPOC y fibrilación auricular", h),
            ("Herr Becker, 67, Niereninsuffizienz Stadium 3", h),
            ("M. Lefèvre, 59 ans, BPCO, ancien fumeur", h),
            ("A paciente Souza tem insuficiência renal crônica", h),
            ("Il signor Bianchi ha una BPCO grave", h),
            ("Pani Zofia Wiśniewska, lat 70, choruje na astmę", h),
            ("श्री वर्मा को गुर्दे की बीमारी है", h),
            ("患者李娜，女，45岁，慢阻肺", h),
            ("山田さんは心不全で入院中です", h),
            // Name cue and condition both from the second list (one
            // automaton holds both lists, so this pair is found too).
            ("Señora Ruiz padece EPOC desde 2019", h),
        ],
        &[
            "What are the symptoms of diabetes?",
            "Explain how insulin treats diabetes in patients",
            "John Smith won the marathon",
            "Dr. House specialises in lupus",
            "Parkinson's law says work expands",
            "My patients with asthma need inhalers",
            "¿Qué es el cáncer de pulmón?",
            "Wie behandelt man Epilepsie?",
            "糖尿病的症状是什么？",
            "मधुमेह के लक्षण क्या हैं?",
            "The cancer zodiac sign is in June",
            "John Smith is here.\n\nSeparately: what is diabetes?",
            // A condition with no one named, a person with no condition.
            "What is the life expectancy with COPD?",
            "¿Cómo se trata la EPOC en personas mayores?",
            "Was ist eine Niereninsuffizienz Stadium 3?",
            "Señora Ruiz ganó el concurso de pintura",
            "Mr. Brooks approved the budget.\n\nCOPD guidelines changed.",
            "慢性肾病三期的饮食建议是什么？",
            "Jak leczyć astmę u dorosłych?",
            "Notes on the ocdata and titisee modules",
        ],
    );
}

#[test]
fn kinds_and_labels() {
    let labels: Vec<&str> = [
        PiiKind::Email,
        PiiKind::Phone,
        PiiKind::CreditCard,
        PiiKind::Iban,
        PiiKind::NationalId(IdKind::EsDni),
        PiiKind::Address,
        PiiKind::Health,
    ]
    .iter()
    .map(PiiKind::label)
    .collect();
    assert_eq!(
        labels,
        [
            "email",
            "phone",
            "credit_card",
            "iban",
            "national_id:es_dni",
            "address",
            "health"
        ]
    );
    assert_eq!(PiiKind::NationalId(IdKind::PlPesel).family(), "national_id");
    assert_eq!(PiiKind::Iban.family(), "iban");
    let kinds: Vec<BuiltinPii> = serde_json::from_value(json!([
        "email",
        "phone",
        "credit_card",
        "iban",
        "national_id",
        "address",
        "health"
    ]))
    .unwrap();
    assert_eq!(kinds, BuiltinPii::ALL);
    assert!(serde_json::from_value::<BuiltinPii>(json!("ssn")).is_err());
    for id in IdKind::ALL {
        assert!(id.label().starts_with("national_id:"));
        let name = id.label().trim_start_matches("national_id:");
        assert_eq!(serde_json::from_value::<IdKind>(json!(name)).unwrap(), id);
    }
}

#[test]
fn findings_have_spans_and_order() {
    let d = all();
    let text = "IBAN DE89370400440532013000, card 4526 0181 5908 3012, ann@acme.org, \
                +44 20 7946 0958, DNI 12345678Z";
    let found = d.find_all(text);
    let got: Vec<(&str, &str)> = found
        .iter()
        .map(|f| (d.label(f.kind), &text[f.start..f.end]))
        .collect();
    assert_eq!(
        got,
        [
            ("iban", "DE89370400440532013000"),
            ("credit_card", "4526 0181 5908 3012"),
            ("email", "ann@acme.org"),
            ("phone", "+44 20 7946 0958"),
            ("national_id:es_dni", "12345678Z"),
        ]
    );
    assert_eq!(d.detect(text), Some(PiiKind::Iban));
    assert!(d.find_all("nothing to see").is_empty());
    assert!(only(BuiltinPii::Email)
        .find("4526 0181 5908 3012")
        .is_none());
}

#[test]
fn custom_patterns_and_allow_lists() {
    let d = compile(json!({
        "detect": ["email", "phone"],
        "custom": [
            {"name": "employee_id", "pattern": r"\bEMP-\d{6}\b"},
            {"name": "uk_nhs", "pattern": r"\b\d{3} \d{3} \d{4}\b"}
        ],
        "allow": ["+1 (800) 555-0199", "jane@acme.org"],
        "allow_patterns": ["^EMP-000"]
    }))
    .unwrap();
    assert_eq!(
        d.label(d.detect("badge EMP-123456").unwrap()),
        "employee_id"
    );
    assert!(d.detect("badge EMP-000123").is_none(), "allow_patterns");
    assert!(
        d.detect("call 1-800-555-0199 or 18005550199").is_none(),
        "allow, normalised"
    );
    assert!(d.detect("JANE@ACME.ORG").is_none());
    assert_eq!(d.detect("bob@acme.org"), Some(PiiKind::Email));
    assert_eq!(d.label(PiiKind::Custom(9)), "custom");
    assert!(!d.is_empty());
    assert!(compile(json!({"detect": []})).unwrap().is_empty());
}

#[test]
fn bad_config_names_the_field() {
    let path = |v: serde_json::Value| compile(v).unwrap_err().0;
    assert_eq!(
        path(json!({"custom": [{"name": "x", "pattern": "(EMP-[0-9]+"}]})),
        "pii.custom[0].pattern"
    );
    assert_eq!(
        path(json!({"custom": [{"name": "x", "pattern": "a*"}]})),
        "pii.custom[0].pattern"
    );
    assert_eq!(
        path(json!({"custom": [{"name": "", "pattern": "abc"}]})),
        "pii.custom[0].name"
    );
    assert_eq!(
        path(json!({"custom": [{"name": "has space", "pattern": "abc"}]})),
        "pii.custom[0].name"
    );
    assert_eq!(
        path(json!({"custom": [{"name": "iban", "pattern": "abc"}]})),
        "pii.custom[0].name"
    );
    assert_eq!(
        path(json!({"custom": [{"name": "x", "pattern": "a"}, {"name": "x", "pattern": "b"}]})),
        "pii.custom[1].name"
    );
    assert_eq!(
        path(json!({"custom": [{"name": "big", "pattern": r"\w{1000}\w{1000}"}]})),
        "pii.custom[0].pattern"
    );
    assert_eq!(
        path(json!({"custom": [{"name": "long", "pattern": "a".repeat(2000)}]})),
        "pii.custom[0].pattern"
    );
    let many: Vec<_> = (0..=config::MAX_CUSTOM_PATTERNS)
        .map(|i| json!({"name": format!("p{i}"), "pattern": "x"}))
        .collect();
    assert_eq!(path(json!({ "custom": many })), "pii.custom");
    assert_eq!(path(json!({"allow": ["ok", " - "]})), "pii.allow[1]");
    assert_eq!(
        path(json!({"allow_patterns": ["("]})),
        "pii.allow_patterns[0]"
    );
    assert_eq!(
        path(json!({"email": {"allow_domains": ["acme.com", "not a domain"]}})),
        "pii.email.allow_domains[1]"
    );
    assert_eq!(
        path(json!({"email": {"role_mailboxes": ["support", "a@b"]}})),
        "pii.email.role_mailboxes[1]"
    );
    assert_eq!(
        path(json!({"scan": {"head_bytes": 10}})),
        "pii.scan.head_bytes"
    );
    assert_eq!(
        path(json!({"scan": {"head_bytes": 4096, "tail_bytes": 4096, "max_bytes": 4096}})),
        "pii.scan.max_bytes"
    );
    assert!(serde_json::from_value::<RawPii>(json!({"detect": ["email"], "typo": 1})).is_err());
    assert!(serde_json::from_value::<RawPii>(json!({"email": {"allow": []}})).is_err());
}

#[test]
fn scan_limits_read_head_and_tail_of_the_last_turn_first() {
    let limits = ScanLimits {
        head_bytes: 1024,
        tail_bytes: 1024,
        max_bytes: 3072,
    };
    let big = format!(
        "{}{}{}",
        "a".repeat(2000),
        "b".repeat(2000),
        "c".repeat(2000)
    );
    let w = limits.windows(&["system", &big, "assistant reply"], Some(1));
    assert!(w.truncated);
    assert_eq!(w.pieces.len(), 4);
    assert_eq!(w.pieces[0], "a".repeat(1024));
    assert_eq!(w.pieces[1], "c".repeat(1024));
    // Then the others, newest first, within what is left (1024 bytes).
    assert_eq!(w.pieces[2], "assistant reply");
    assert_eq!(w.pieces[3], "system");
    // Nothing left: the rest is not read.
    let w = limits.windows(&[&big, &big, &big], Some(2));
    let read: usize = w.pieces.iter().map(|p| p.len()).sum();
    assert!(read <= 3072 && w.truncated, "{read}");
    // Cuts fall on char boundaries.
    let wide = "é".repeat(3000);
    let w = limits.windows(&[&wide], Some(0));
    assert!(w.pieces.iter().all(|p| p.chars().all(|c| c == 'é')));

    // End to end: PII in the middle of a huge turn is past the limits; at
    // its head or tail, or in an earlier message, it is found.
    let mut d = PiiDetector::builtin();
    d.limits = limits;
    let filler = "lorem ipsum ".repeat(1000);
    let middle = format!("{filler}ann@acme.org {filler}");
    let p = d.scan_prompt(&[&middle], Some(0), false);
    assert!(p.kinds.is_empty() && p.truncated && p.bytes_scanned <= 3072);
    let tail = format!("{filler}{filler} write to ann@acme.org");
    assert_eq!(
        d.scan_prompt(&[&tail], Some(0), false).kinds,
        [PiiKind::Email]
    );
    let p = d.scan_prompt(&["DNI 12345678Z", "hello", "ann@acme.org"], Some(1), true);
    assert_eq!(
        p.kinds,
        [PiiKind::Email, PiiKind::NationalId(IdKind::EsDni)]
    );
}

#[test]
fn large_texts_scan_in_linear_time() {
    let d = compile(json!({
        "custom": [{"name": "us_ssn_like", "pattern": r"\bSSN-\d{3}-\d{2}-\d{4}\b"}],
        "scan": {"head_bytes": 1048576, "tail_bytes": 1048576, "max_bytes": 4194304}
    }))
    .unwrap();
    let line = "Release 10.2.33 shipped 2024-01-15T10:32:07Z to 1200 users @team \
                (+3 builds, 12+34=46); order 1234567890123 costs 19.99 EUR. \
                ISO8601 DE12 résumé 東京 x@y 555-1234 v1.2.3 Calle Wall Street 市区\n";
    let mut text = String::new();
    while text.len() < 1 << 18 {
        text.push_str(line);
    }
    assert!(d.find_all(&text).is_empty(), "{:?}", d.find(&text));
    // Adversarial runs: every byte a candidate start, or one long run.
    // Each candidate is checked over a bounded window.
    for unit in [
        "1",
        "1 ",
        "a@",
        "@a.",
        "+1 ",
        "(2",
        "AB12 ",
        "DE89",
        "a.",
        "-",
        "0 ",
        "12 ",
        "Calle A ",
        "12 rue ",
        "Mr John ",
        "diabetes ",
        // Names by their shape around conditions, relatives, CJK cues.
        "Aa Bb gout ",
        "Neue Studie zu Gicht. ",
        "Doris, 81, ",
        "Aa ",
        "mother Ana insulin ",
        "पिता को बुखार ",
        "患者 痛风",
        "市1",
        "路1",
        "〒",
        "X",
        "RSS",
        "1-",
        "0.",
    ] {
        let text = unit.repeat((1 << 17) / unit.len());
        let _ = d.find_all(&text);
    }
}

#[test]
fn phone_national_shapes_and_generic_number_words() {
    let p = "phone";
    check(
        BuiltinPii::Phone,
        &[
            // Spanish nine digits in pairs, with or without a cue nearby.
            ("Firma: Un saludo, Nuria Pons · 654 21 87 03", p),
            ("oficina central 93 412 55 80, de 9 a 14 h", p),
            ("escríbele un SMS al 722 10 45 96", p),
            // A cued German mobile in fours after its trunk 0 still counts.
            ("Handy: 0171 2345 6789", p),
            ("फ़ोन नंबर 98765 43210 पर कॉल करें", p),
            ("मोबाइल नंबर 9876543210", p),
        ],
        &[
            // Twelve digits in fours: an id's shape, not a phone's.
            "फ़ॉर्म में नंबर 4821 7730 1956 लिखा है",
            "Tel. 4821 7730 1956 2204",
            "número de pedido 4821 7730 1956",
            // "number" alone is not a phone cue.
            "नंबर 48217730 वाला ऑर्डर कहाँ है?",
            // Amounts and codes in other groupings.
            "El presupuesto es de 612 345 678 euros",
            "Versión 6.12.48.93",
            "código 61 24 89",
        ],
    );
}

#[test]
fn email_role_mailboxes_in_ten_languages() {
    let e = "email";
    check(
        BuiltinPii::Email,
        &[
            ("escribe a lucia.ferrer@ferreteria-sol.es", e),
            ("Rechnungsfragen an anja.roth@brennwerk.de", e),
            // A role word inside a person's address is not a role mailbox.
            ("factura.pablo@empresa.es es mi buzón", e),
        ],
        &[
            "escribo desde facturacion@ferreteriasol.es sobre el IVA",
            "Rechnungen bitte an rechnung@brennwerk.de",
            "merci d'écrire à commandes@boulangerie-martin.fr",
            "invii a fatturazione@studio-rossi.it e prenotazioni@hotel-lago.it",
            "faktury@firma.pl i kadry@firma.pl",
            "mande para faturamento@loja.com.br ou sac@loja.com.br",
            "customer-service@shop.co.uk, customer_service@shop.co.uk",
            "do_not_reply@bank.com",
            "客服邮箱 kefu@shop.cn",
        ],
    );
}

#[test]
fn named_person_by_shape_relative_or_label_with_medical_vocabulary() {
    let h = "health";
    check(
        BuiltinPii::Health,
        &[
            // First and last names by their shape, an initial, an age.
            ("Can you explain why Gordon Pratt's HbA1c is 8.1%?", h),
            (
                "Write to the school: Agnes Thornbury has gout and cannot run.",
                h,
            ),
            ("Patient: J. Okonkwo, tested positive for influenza A", h),
            ("Harold, 79, was hospitalized after a fall", h),
            ("Referral for Ms O'Neill regarding her eczema", h),
            ("Translate: Gustav Brenner, 58, wurde positiv getestet.", h),
            ("Resume: Teodoro Ibarra Luque toma warfarina desde marzo", h),
            // Relatives and acquaintances introducing a name.
            ("my mother Berenice takes metformin every morning", h),
            ("Mi padre Evaristo tiene una úlcera de estómago", h),
            ("Meine Tochter Frieda hat Neurodermitis", h),
            ("Ma voisine Odile est atteinte de sclérose en plaques", h),
            ("O meu avô Joaquim está internado com pneumonia", h),
            (
                "Mia nonna Rosalba, 88 anni, è ricoverata per una frattura",
                h,
            ),
            ("Mój dziadek Zbigniew bierze insulinę", h),
            ("मेरी माँ सरला को बुखार है", h),
            // CJK: a form label, a surname, a cue before a space.
            ("氏名：高木健一　インフルエンザ陽性", h),
            ("鈴木は喘息の薬を服用しています", h),
            ("患者 刘建国，痛风复发", h),
        ],
        &[
            // Institutions, titles, doctors.
            "Mayo Clinic publishes guidance on gout and diet.",
            "Summarise the American Heart Association statement on hypertension",
            "Johns Hopkins Hospital runs an insulin pump trial",
            "Managing Type Two Diabetes In Older Adults Today",
            "Dr. Gregory Hale explains how metformin works",
            "Doctor Ruth Lee answers questions about eczema",
            // Relatives with no name; conditions with no one named.
            "Can my mother take ibuprofen with warfarin?",
            "मेरे पिता को बुखार है, क्या करें?",
            "How does metformin lower HbA1c?",
            "Neue Studie zu Gicht und Fieber bei Kindern in der Stadt",
            "¿Qué es una úlcera de estómago?",
            "インフルエンザの症状は？",
            "痛风患者的饮食建议",
            // A name with no condition; a product name.
            "Gordon Pratt will chair the budget review",
            "OpenAI ChatGPT can summarise documents",
            "Harold, 79, won the village chess cup",
        ],
    );
}

#[test]
fn health_clinical_shorthand_and_note_shapes() {
    let h = "health";
    check(
        BuiltinPii::Health,
        &[
            // Patient abbreviations, age-and-sex shorthand, abbreviations
            // of diagnoses in their own case, INN drug endings.
            ("pt Delia Marsh 66F, hx CKD, on furosemide", h),
            ("Mr. Adeyemi, 59M, AF on edoxaban, for review", h),
            ("Beatrix Olander 72F. T2DM, HTN.", h),
            ("pte. Aurelio Sanz, 80 años, EPOC reagudizada", h),
            ("Pat. Gisela Franke, 77 J., KHK, Z.n. Stent", h),
            ("Mme Noémie Carrel, 39 ans, SEP depuis 2015", h),
            (
                "pz. Ettore Galli, 70 anni, BPCO, in terapia con tiotropio",
                h,
            ),
            ("pac. Halina Wrona, lat 64, POChP", h),
            ("Sra. Odete Pires, 71a, DPOC, começou bisoprolol", h),
            ("Mr Kowal takes lisinopril and atorvastatin", h),
            ("la sig.ra Bianca Fumagalli ha la mononucleosi", h),
            // Hindi name with जी, Chinese outpatient line and relatives.
            ("अनिल गुप्ता जी को मलेरिया हुआ है", h),
            ("张伟，男，45岁，痛风两年", h),
            ("赵丽 女 63岁 糖尿病", h),
            ("我爸爸黄志明有房颤", h),
            ("我老婆林晓燕在吃胰岛素", h),
        ],
        &[
            // Anonymised, lower-case look-alikes, nobody named.
            "A 66-year-old woman with CKD on furosemide",
            "pt 66F, hx CKD, on furosemide",
            "Anna af sep oa: sorry for the typos, Mario",
            "Paciente de 80 años con EPOC",
            "患者，男，45岁，痛风两年",
            "我爸爸最近有房颤",
            "我爸爸有糖尿病",
            "डॉक्टर जी को मलेरिया के बारे में बताओ",
            "The minister opened a clinic for patients with AF and HTN.",
            // Words that end like drug names but are not: April, Punjab.
            "Maria Costa was born in April in Punjab",
        ],
    );
}

#[test]
fn business_contact_details_are_not_personal() {
    let every = all();
    let none = [
        // Imprints, contact pages, head offices, in several languages.
        "Impressum: Kranich Optik GmbH, Lindenstraße 12, 10969 Berlin, HRB 55555",
        "Aviso legal: Hornos Ibéricos S.L., Calle Mayor 40, 28013 Madrid",
        "Mentions légales : Atelier Brume SAS, 7 rue de la Paix, 75002 Paris",
        "Note legali: Cartiera Sole S.r.l., Via Roma 10, 00184 Roma",
        "Our head office: 221B Baker Street, London NW1 6XE",
        "Siedziba: Meblux Sp. z o.o., ul. Długa 5, 00-238 Warszawa",
        "本社所在地：〒100-0005 千代田区丸の内1-1-1 株式会社ホシノ",
        "联系我们：北京市朝阳区建国路88号 星河科技有限公司",
        // Hotlines, toll-free and premium numbers, references.
        "Call us at 1-800-266-4432, Mon-Fri",
        "Kundenservice: 030 12345678 (Mo-Fr 8-18 Uhr)",
        "atención al cliente 900 123 456",
        "Service client : 08 92 68 02 28",
        "numero verde 800 123 987",
        "フリーダイヤル 0120-444-555",
        "客服热线400-820-6688",
        "tracking 1Z 8V7 46E 03 1234 5678",
        "Bestellnummer 0301 5566 7788",
        // A company's VAT number passing an id's check by chance.
        "P.IVA 01234567890",
    ];
    for text in none {
        let found = every.find_all(text);
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
    // A person's own details next to a company are still found.
    let personal = [
        (
            "Kranich Optik GmbH, Ansprechpartner Jan Vogt, Handy 0151 23456789",
            "phone",
        ),
        (
            "Order from Acme Ltd. Ship to: 27 Elm Grove, Bristol BS7 8QT",
            "address",
        ),
        ("Hornos Ibéricos S.L. — mi móvil: 612 48 93 07", "phone"),
        (
            "Atelier Brume SAS ; j'habite au 5 rue des Lilas, 44000 Nantes",
            "address",
        ),
        ("Harbourline LLC, direct line (415) 555-2671", "phone"),
        ("星河科技有限公司 我的手机 138 0013 8000", "phone"),
    ];
    for (text, label) in personal {
        let found = every.find_all(text);
        assert!(
            found.iter().any(|f| every.label(f.kind) == label),
            "{label} in {text:?}: {found:?}"
        );
    }
}

#[test]
fn ssn_nine_bare_digits_only_after_a_cue_on_the_line() {
    let s = "national_id:us_ssn";
    check(
        BuiltinPii::NationalId,
        &[
            ("SSN 512384907", s),
            ("social security number: 287650431", s),
            (
                "format this SSN with dashes for the W-9 form, nothing else: 536221845",
                s,
            ),
        ],
        &[
            "512384907",
            "order 512384907",
            "SSN 666123456",
            "SSN 000123456",
            "SSN 912345678",
            "SSN on file.\nInvoice 512384907",
            "SSN field: see ticket 123456789 and then 287650431",
        ],
    );
}

#[test]
fn email_role_words_with_codes_and_more_functions() {
    check(
        BuiltinPii::Email,
        &[
            ("write to anna.support@firma.de", "email"),
            ("mail jo.kim@harbourline.com", "email"),
        ],
        &[
            "windykacja@meblux.pl",
            "praxis@zahnarzt-lindner.de",
            "sales-uk@harbourline.com",
            "info.de@harbourline.com",
            "support2@harbourline.com",
            "returns@harbourline.com",
            "kefu@hengyuan.cn",
        ],
    );
}

// ---- pii4: the third blind set's gap classes, with true and false cases
// in several languages (none of them the blind set's own phrasings).

#[test]
fn phone_in_log_lines_table_rows_and_fields() {
    let p = "phone";
    check(
        BuiltinPii::Phone,
        &[
            // A field after a comma, colon or semicolon following a word.
            ("id,name,tel\n7,Kato,090-5512-8830", p),
            ("nombre;telefono\nMarta Gil;612 48 93 07", p),
            ("contact:06 12 34 56 78 (portable)", p),
            (
                "2025-01-04 11:02:33 INFO callback requested msisdn=07700 900217 retry=1",
                p,
            ),
            // A reference word far away or past another number no longer
            // hides a phone.
            (
                "order=AB-77120 status=FAILED addr=hidden phone=0176 2233 4455",
                p,
            ),
            (
                "Bestellung 4471 vom Montag; Rückfragen an Lena: 0171 5566778",
                p,
            ),
        ],
        &[
            // After a digit the comma or colon splits a number.
            "totals: 12,0612345678",
            "at 09:30,06:45 and 12:00",
            // A reference word right before its number still names it.
            "order no. 0176 2233 4455 shipped",
            "numer zamówienia: 601-245-877",
            "Sendungsnummer: 0034 1234 5678",
        ],
    );
}

#[test]
fn phone_national_formats_pl_pt_it_es() {
    let p = "phone";
    check(
        BuiltinPii::Phone,
        &[
            (
                "Pani Ewa, stacjonarny 12 345 67 89, proszę dzwonić rano.",
                p,
            ),
            ("Mój numer to 693-214-508.", p),
            ("Ligue para o escritório da Joana: 22 508 7741.", p),
            ("Il numero di Paolo è 339 8821457.", p),
            ("Il numero di Paolo è 339-8821457.", p),
            ("Mi móvil: 654-221-987.", p),
            ("Celular da Carla: 21 99876-5432.", p),
            ("Chiamami al 339.8821457 stasera.", p),
            ("座机：0755-8888 1234，找刘女士。", p),
        ],
        &[
            // Amounts in threes with spaces, versions, years, a range.
            "Kwota: 512 345 678 zł",
            "Preço total 21 234 euros",
            "Python 3.12 e 3.13",
            "anni 1998-2004",
            "the range 300-450 ms",
            // Three digits then seven not starting with 3: not an Italian mobile.
            "Fattura 212 1234567 del 3 marzo",
            // Dashed threes starting 1-3: not a mobile.
            "ticket 123-456-789 closed",
            // The same shapes followed by a currency: amounts.
            "Kwota 22 123 45 67 zł do zapłaty",
            "Preço total: 21 234 5678 euros",
            "Costo 349 1234567 lire nel 1990",
            "Saldo 612-345-678 EUR",
            // Dashes and spaces mixed otherwise: a range and a count.
            "Seiten 010-0123 4567 im Anhang",
        ],
    );
}

#[test]
fn a_person_named_after_a_business_word_owns_the_details() {
    let a = "address";
    let p = "phone";
    check(
        BuiltinPii::Address,
        &[
            ("Rechnung der Holzbau Keller GmbH an Herrn Tobias Wendt, Ahornweg 3, 79098 Freiburg", a),
            ("Quote from Fenwick & Sons Ltd for Olivia Grant, 9 Mill Road, Cambridge CB1 2AD", a),
            ("Factura de Pinturas Sol S.L. para María López, Calle Luna 5, 29001 Málaga", a),
            ("Lettera di Edil Nord S.p.A. alla signora Anna Conti, Via Verdi 8, 20121 Milano", a),
        ],
        &[
            // The company's own address with its representative named.
            "Holzbau Keller GmbH, Geschäftsführer Tobias Wendt, Ahornweg 3, 79098 Freiburg",
            "Fenwick & Sons Ltd, attn. Olivia Grant, 9 Mill Road, Cambridge CB1 2AD",
            "Edil Nord S.p.A., all'attenzione di Anna Conti, Via Verdi 8, 20121 Milano",
            "Pinturas Sol S.L., a la atención de María López, Calle Luna 5, 29001 Málaga",
            // A job title or a spokesperson after the name.
            "Footer: Fenwick & Sons Ltd | Olivia Grant, Head of Marketing | 9 Mill Road, Cambridge CB1 2AD",
            "Holzbau Keller GmbH, vertreten durch Tobias Wendt, Ahornweg 3, 79098 Freiburg",
            // No name between: the nearest business word decides.
            "Impressum: Holzbau Keller GmbH, Ahornweg 3, 79098 Freiburg",
        ],
    );
    check(
        BuiltinPii::Phone,
        &[
            (
                "Ticket im Kundendienst: Herrn Wendt unter 0761 4471 2290 zurückrufen",
                p,
            ),
            (
                "Ticket pour le SAV : rappeler Mme Faure au 04 72 33 18 90",
                p,
            ),
            ("support ticket: call back Olivia Grant on 01223 496 118", p),
        ],
        &[
            "Kundendienst der Holzbau Keller GmbH: 0761 4471 2290",
            "Service client : 04 72 33 18 90, du lundi au vendredi",
        ],
    );
}

#[test]
fn health_fiction_and_public_figures_are_not_patients() {
    let h = "health";
    check(
        BuiltinPii::Health,
        &[
            // The same words about real people named by a cue.
            (
                "Write a story for my son Leo, who has epilepsy, about a brave knight.",
                h,
            ),
            (
                "Schreib ein Märchen für meine Tochter Emma, sie hat Diabetes.",
                h,
            ),
            ("Écris une histoire pour ma nièce Léa qui a de l'asthme.", h),
            // A real person by name with no fiction around.
            (
                "Please tell the team that Rebecca Lowe has pneumonia and is off this week.",
                h,
            ),
            // A possessive before a weak name: someone the writer knows.
            (
                "Write a poem for my niece Sofia, who has leukaemia, for her birthday.",
                h,
            ),
            ("Mi ahijada Nerea tiene asma, ¿qué deporte le va bien?", h),
            (
                "Mein Mitbewohner Ole hat Gürtelrose, kann ich mich anstecken?",
                h,
            ),
            ("Ma filleule Inès a de l'asthme, quel sport choisir ?", h),
        ],
        &[
            "Write a scene where Harry nurses his brother through pneumonia.",
            "In the film, Julia is diagnosed with leukaemia; review the plot.",
            "En la novela, el personaje de Andrés sufre de tuberculosis.",
            "Im Roman leidet Thomas an Tuberkulose; analysiere die Figurenzeichnung.",
            "Nel film, Sara scopre di avere il diabete.",
            "W powieści Janek choruje na gruźlicę.",
            "No romance, Helena tem cancro; resume o enredo.",
            "映画の中でケンジは白血病と診断される。あらすじを書いて。",
            "这部电视剧里，张强得了肺癌，剧情怎么发展？",
            "उपन्यास में रमेश को कैंसर हो जाता है, सारांश लिखो।",
            "How did Michael J. Fox's Parkinson's change his acting career?",
            "The famous actor Daniel spoke openly about his depression.",
            "Recap the episode where Dr. House treats Rebecca for sarcoidosis.",
            "In my novel Ines has leukaemia and leaves the city.",
            "Mein Roman: Ida hat Tuberkulose und fährt nach Davos.",
        ],
    );
}

#[test]
fn health_condition_of_someone_unnamed_between() {
    let h = "health";
    check(
        BuiltinPii::Health,
        &[
            ("My father Georg is 80 and takes warfarin every day.", h),
            ("Mi padre Andrés tiene 80 años y toma warfarina.", h),
            (
                "Thanks Maria. Separately, Maria herself has asthma now, any tips?",
                h,
            ),
        ],
        &[
            "Thanks, Oliver! Unrelated: my mother is 80 and takes warfarin every day.",
            "Gracias, Andrés. Otra pregunta: mi padre tiene 80 años y toma warfarina.",
            "Merci Julien ! Autre chose : ma grand-mère a 85 ans et prend de la metformine.",
        ],
    );
}

#[test]
fn health_shingles_and_glucose_monitoring() {
    let h = "health";
    check(
        BuiltinPii::Health,
        &[
            ("Herr Schulz hat Gürtelrose und ist krankgeschrieben.", h),
            ("Mi vecina Pilar tiene culebrilla desde el lunes.", h),
            ("Pani Nowak ma półpasiec i nie przyjdzie.", h),
            ("Mrs Adeyemi's fasting glucose was 8.4 again today.", h),
            ("La glicemia della signora Russo è a 190 stamattina.", h),
            ("田中さんは帯状疱疹で休んでいます。", h),
        ],
        &[
            "What causes shingles and is there a vaccine?",
            "Was ist ein normaler Blutzucker nüchtern?",
            "Quais são os valores normais de glicemia em jejum?",
            "帯状疱疹のワクチンは何歳から？",
        ],
    );
}

#[test]
fn placeholder_identities_of_test_data_are_not_people() {
    let every = all();
    for text in [
        "Sample row: Jane Doe, 61, COPD, on salbutamol.",
        "Testdaten: Erika Mustermann, Musterweg 5, 12345 Musterstadt, Asthma.",
        "Fixture: 742 Evergreen Terrace, Anytown, CA 90210",
        "Datos de prueba: Fulano de Tal, Calle Falsa 123, 28080 Madrid.",
        "示例：张三，男，45岁，糖尿病。",
    ] {
        let found = every.find_all(text);
        assert!(
            !found
                .iter()
                .any(|f| matches!(f.kind, PiiKind::Health | PiiKind::Address)),
            "{text:?}: {found:?}"
        );
    }
    // Real names also used as examples stay names.
    for (text, kind) in [
        (
            "Mario Rossi, 61, ha la BPCO e usa il salbutamolo.",
            PiiKind::Health,
        ),
        (
            "Jan Kowalski, ul. Długa 5, 00-238 Warszawa",
            PiiKind::Address,
        ),
        ("Mrs Doherty, 61, COPD, on salbutamol.", PiiKind::Health),
    ] {
        assert!(
            every.find_all(text).iter().any(|f| f.kind == kind),
            "{text:?}"
        );
    }
}

#[test]
fn email_documentation_domains_patterns_and_team_mailboxes() {
    let e = "email";
    check(
        BuiltinPii::Email,
        &[
            // People's addresses stay found, also after a person's
            // display name and beside the new role words.
            ("From: Anna Kowalska <anna.kowalska@wp.pl>", e),
            ("write to mark.price@northbay-bank.co.uk", e),
            ("Von: Jonas Brandt <j.brandt@gmx.de>", e),
            ("Cc: \"Lucía Ortega\" <lucia.ortega@movistar.es>", e),
            ("taro.yamada@docomo.ne.jp に送って", e),
            ("grant.board@acme.io is Grant's own box", e),
        ],
        &[
            // Documentation domains of every country and language.
            "メールはtaro.yamada@example.jp、電話はダミー",
            "contact jane@example.co.uk",
            "schreib an max@beispiel.de",
            "écrire à jean@exemple.fr",
            "escribe a ana@ejemplo.es",
            "scrivi a mario@esempio.it",
            "pisz do jan@przyklad.pl",
            "mande para ana@exemplo.com.br",
            "send to jane@yourcompany.com",
            // Patterns, not addresses (SQL LIKE, globs).
            "WHERE lower(c.email) LIKE '%@acme-corp.io'",
            "Filter: (lower(email) ~~ '%@acme-corp.io'::text)",
            "block *@spam-domain.com at the gateway",
            // Team and department mailboxes.
            "write to complaints@northbay-bank.co.uk",
            "approver: change-board@northbay-bank.co.uk",
            "urgent pricing issues to pricing-sg@lumo-market.com",
            "escalations-de@shop.de",
            "quejas@aerolinea.es",
            "beschwerde@stadtwerke.de",
            "plaintes@transport.fr",
            "reclamacoes@loja.com.br",
            "skargi@urzad.pl",
            "pagamenti.it@azienda.it",
            // A display name that names a unit.
            "From: PALS Office <pals@meridian-health.org>",
            "From: \"IT Service Desk\" <itsd@corp.example-bank.de>",
            "De : Équipe paie <rh.paie@entreprise.fr>",
            "Od: Dział kadr <kadry.wroclaw@firma.pl>",
            "De: Oficina de atención <atencion.madrid@banco.es>",
        ],
    );
}

#[test]
fn phone_placeholders_and_dates_after_a_cue() {
    let p = "phone";
    check(
        BuiltinPii::Phone,
        &[
            ("電話は03-1234-5678です", p),
            ("Tel. 030 12345678", p),
            ("call Ana on +1 415 555 2671", p),
            ("direct line 206 555 0187", p),
            ("teléfono: 612 48 93 07", p),
            ("Handy 0151 2345 6789", p),
            ("ticket;cliente;telefono\nT-1;Ana Ruiz;612 48 93 07", p),
        ],
        &[
            // Placeholders of documentation and test data.
            "電話は03-0000-0000のようなダミーで",
            "Tel. 030 00000000",
            "\"phone\": \"+1 555 0100\"",
            "telefone (11) 99999-9999 de exemplo",
            "téléphone 06 00 00 00 00",
            "telefono 333 0000000",
            "+44 20 0000 0000",
            // Dates are not numbers, even right after a cue word or in a
            // table whose other column is `teléfono`.
            "T-4102;2026-10-01;Clínica Norte;teléfono;acceso;1;sí;5\nT-4103;2026-10-02;Hotel Brisa",
            "tel. kontakt: 12.10.2026",
            "Telefonat am 2026-10-02 um 10 Uhr",
            "电话 2026-10-02 回访",
        ],
    );
}

#[test]
fn health_fiction_public_life_and_test_patients_pii5() {
    let h = "health";
    check(
        BuiltinPii::Health,
        &[
            // Real people, also after a possessive and one word.
            ("my niece Sofia has asthma", h),
            ("mein Enkel Tim hat Diabetes", h),
            ("ma filleule Inès a de l'asthme", h),
            (
                "I'm having gallbladder surgery next week. My name is Kevin Draper.",
                h,
            ),
            ("मेरी माँ कमला जी को टाइप 2 डायबिटीज़ है", h),
            ("मेरे पिता रमेश को डायबिटीज़ है", h),
            ("मेरे दोस्त अमित को डायबिटीज़ है", h),
            (
                "Anna Lenz had knee surgery on Monday and needs a sick note",
                h,
            ),
        ],
        &[
            // A work's character after `my novel,` (the possessive owns
            // the work, not the person).
            "In my novel, Detective Mara Kell has PTSD after a shooting.",
            "En mi novela, Clara Ruiz tiene cáncer.",
            "Dans mon roman, Paul Girard souffre d'asthme.",
            // Public life: spoke publicly, a footballer, a politician.
            "come Gianluca Vialli ha parlato pubblicamente del suo tumore",
            "the footballer Tom Harlow was treated for leukaemia",
            "Der Politiker Jan Becker hat öffentlich über seine Depression gesprochen",
            "el futbolista Andrés Lima habló públicamente de su cáncer",
            "piłkarz Adam Nowicki publicznie mówił o depresji",
            // Test patients and test data.
            "Our test patient in the training EMR is 'Jane Testpatient', diagnosis Asthma",
            "Testdaten: Max Testperson, Diabetes Typ 2",
            "paciente de prueba: Laura Gil, asma",
            "dane testowe: Jan Testowy, cukrzyca",
            // A Hindi verb's stem after a relative word is no name.
            "दोस्त पूछ रहा है कि डायबिटीज़ की दवा के साथ क्या वो उपवास रख सकता है",
            "मेरी बहन कह रही थी कि डायबिटीज़ में चावल नहीं खाना चाहिए",
        ],
    );
}

#[test]
fn address_after_a_cue_without_a_listed_street_word() {
    let a = "address";
    check(
        BuiltinPii::Address,
        &[
            ("My new address is 17 Prinsengracht, 1015 DV Amsterdam.", a),
            ("Ich wohne Am Rosenhang 14a, 12345 Berlin.", a),
            ("Meine Adresse: Im Winkel 3, 50667 Köln", a),
            (
                "Deliver to Flat 302, Sunshine Apartments, Andheri West, Mumbai 400053",
                a,
            ),
            (
                "my address: Flat 4B, Lakeview Residency, Whitefield, Bengaluru 560066",
                a,
            ),
            ("j'habite 8 Clos des Lilas, 69003 Lyon", a),
            ("mieszkam Osiedle Słoneczne 12, 61-001 Poznań", a),
            ("vivo en Urbanización Los Pinos 7, 29600 Marbella", a),
        ],
        &[
            // No postcode on the line, a date, a server, or an email.
            "My new address is 17 Prinsengracht.",
            "Meine Adresse hat sich ab 1. Mai 2026 geändert, 12345 Berlin",
            "IP address 10.0.0.1, port 8080 Server",
            "server address: Node 3, 10.0.0.1",
            "email address: Anna 2, anna@x.de",
            "Adresse:\nAm Rosenhang 14a, 12345 Berlin",
            "address 17 Prinsengracht\n1015 DV Amsterdam",
        ],
    );
}

#[test]
fn health_a_general_statement_someone_makes_is_not_their_condition() {
    let h = "health";
    check(
        BuiltinPii::Health,
        &[
            ("Mi jefe Andrés dice que tiene diabetes", h),
            ("My boss Andrew says he has diabetes", h),
            ("Mein Kollege Jonas sagt, er hat Asthma", h),
            ("Anna Kowalska mówi, że ma cukrzycę", h),
        ],
        &[
            "Mi jefe Andrés dice que la diabetes es hereditaria",
            "My colleague Andrew says the asthma season starts in May",
            "Mein Kollege Jonas meint, die Depression sei eine Modekrankheit",
            "Mon collègue Hugo pense que le diabète vient du sucre",
            "Il mio collega Marco dice che il diabete è ereditario",
        ],
    );
}

// ---- pii6: the sixth blind set's gap classes, with true and false cases
// in several languages (none of them the blind set's own phrasings).

#[test]
fn email_function_words_run_together_and_a_units_initials() {
    let e = "email";
    check(
        BuiltinPii::Email,
        &[
            // People's addresses stay found: a person's name, initials
            // with no unit named, given names that are also words.
            ("Contact Jan Kowalski: jk@kowalski-bud.pl", e),
            ("write to grant.hughes@lumen-tools.com", e),
            ("dean.miller@univ-north.edu is his box", e),
            ("Shiksha's address is shiksha.verma@gmail.com", e),
            ("Kontakt: Anna Weber, aw@weber-design.de", e),
            ("mail nagar.r@outlook.in tomorrow", e),
            ("permits.anna@brookfield.gov is Anna's own box", e),
        ],
        &[
            // Functions and departments of public services and firms.
            "email accounts-payable@globex-metal.com for the PO",
            "send the drawings to planning@newtown.gov.uk",
            "requests go to foia@cityofdenver.gov",
            "write to accessibility@campus-north.ac.uk",
            "escribe a permisos@ayto-villanueva.es",
            "bitte an bauamt@stadt-neuwied.de senden",
            "écrire à etatcivil@mairie-lyon.fr",
            "contacte licenciamento@cm-porto.pt",
            "scrivi a tributi@comune.parma.it",
            "pisz na podatki@um.gdansk.pl",
            "toshokan@city.sendai.jp に問い合わせ",
            "联系 jiaowu@fudan.edu.cn",
            // Run together.
            "send it to accountspayable@globex-metal.com",
            "शिकायत jalnigam@up.gov.in पर भेजें",
            "scrivere a servizisociali@comune.bari.it",
            // The initials of a unit named just before.
            "Department of Social Services, 5 Main St; email dss@state.ny.us",
            "Wydział Komunikacji, ul. Długa 5, e-mail: wk@um.poznan.pl",
            "Servicio de Empleo Público, correo sep@gobierno.es",
        ],
    );
}

/// No common given name is a role or function word, alone or two run
/// together: a person's first-name mailbox stays a person's.
#[test]
fn no_given_name_is_a_role_mailbox() {
    let rules = email::EmailRules::default();
    for name in super::lexicon::FIRST_NAMES
        .split('|')
        .filter(|n| !n.is_empty())
    {
        let n = name.to_lowercase();
        if !n.is_ascii() {
            continue;
        }
        assert!(
            rules.personal(&n, "mail.com"),
            "{n}@mail.com read as a role mailbox"
        );
    }
}

#[test]
fn address_of_an_institution_is_not_a_home() {
    let a = "address";
    check(
        BuiltinPii::Address,
        &[
            // A personal word nearer than the institution keeps it.
            (
                "Library record: borrower Anna Schmidt, home address Lindenweg 7, 22083 Hamburg",
                a,
            ),
            (
                "Biblioteca: la socia vive en Calle Mayor 12, 28013 Madrid",
                a,
            ),
            ("Urząd: mieszkam przy ul. Długa 5, 00-238 Warszawa", a),
        ],
        &[
            "Stadtbibliothek Neuwied, Hauptstraße 5, 10115 Berlin, Mo-Fr",
            "Biblioteca Pública, Calle Mayor 12, 28013 Madrid",
            "Urząd Gminy, Wydział Podatków, ul. Długa 5, 00-238 Warszawa",
            "Publicado por Editora Horizonte, Rua Augusta, 123, 1100-048 Lisboa",
            "Biblioteca civica, Via Roma 10, 00184 Roma",
            "Published by Harbour Books, 12 Baker Street, London NW1 6XE",
            "Musée des Beaux-Arts, 20 place des Terreaux, 69001 Lyon",
        ],
    );
}

#[test]
fn cjk_addresses_with_lanes_rooms_and_chome() {
    let a = "address";
    check(
        BuiltinPii::Address,
        &[
            ("寄到上海市长宁区愚园路 1088 弄 6 号 302 室", a),
            ("家住杭州市西湖区文三路478号2单元601室", a),
            ("我家在北京市海淀区中关村大街 27 号 3 单元 502 室", a),
            ("住所：東京都世田谷区太子堂 2丁目 14番 3号", a),
            ("太子堂2丁目14番3号に住んでいます", a),
            ("大阪市北区梅田 3-1-1 に住んでいます", a),
        ],
        &[
            "会议在3楼301室举行",
            "2丁目の交差点で会いましょう",
            "南京路上有100家店",
            "第3弄堂的故事",
        ],
    );
}

#[test]
fn health_medicines_by_class() {
    let h = "health";
    check(
        BuiltinPii::Health,
        &[
            ("Mr Okafor takes zolpidem every night", h),
            ("Frau Becker bekommt seit Montag Oxycodon", h),
            ("Mi madre Carmen toma quetiapina por la noche", h),
            ("Pan Marek bierze olanzapinę od roku", h),
            ("Pani Halina przyjmuje warfarynę i klopidogrel", h),
            ("Mme Leroy prend de la morphine depuis mars", h),
            ("la signora Bianchi prende escitalopram", h),
            ("O paciente João toma efavirenz", h),
            ("Mrs Khan was switched to zopiclone", h),
            ("患者王伟服用唑吡坦", h),
            ("田中さんは睡眠薬を飲んでいる", h),
        ],
        &[
            "What is the usual dose of zolpidem for adults?",
            "Explain how morphine and oxycodone differ",
            "Anna printed a cylinder and a codon table",
            "¿La quetiapina engorda?",
            "Jak działa olanzapina?",
        ],
    );
}

#[test]
fn health_disabilities_in_ten_languages() {
    let h = "health";
    check(
        BuiltinPii::Health,
        &[
            ("my colleague Tom is registered blind", h),
            ("Sofia Lindberg has dyslexia and needs extra time", h),
            ("Mi hijo Pablo tiene dislexia", h),
            ("Meine Tochter Lena ist gehörlos", h),
            ("Mon fils Hugo est malvoyant", h),
            ("Il signor Rossi è in sedia a rotelle", h),
            ("Pani Anna jest niewidoma", h),
            ("Pan Jan jest osobą niepełnosprawną", h),
            ("Mr Patel is a wheelchair user", h),
            ("田中さんは車椅子を使っています", h),
            ("患者李明，自闭症", h),
            ("मेरी माँ सरला विकलांग हैं", h),
        ],
        &[
            "Anna found a blind spot in the review",
            "Tom ran a double-blind trial",
            "Mike disabled the cache",
            "The museum is wheelchair accessible, says Anna",
            "Our advice fell on deaf ears, John said",
            "What is dyslexia?",
        ],
    );
}

#[test]
fn health_characters_artists_and_historical_figures() {
    check(
        BuiltinPii::Health,
        &[],
        &[
            "Discuss how Esther Greenwood's depression is portrayed in The Bell Jar",
            "Escribe sobre la tuberculosis del compositor Frédéric Chopin",
            "Schreibe über die Tuberkulose des Dichters Novalis Hardenberg",
            "Le poète Jules Laforgue et sa tuberculose",
            "Lekcja historii: gruźlica Juliusza Słowackiego",
            "Lezione di storia: la tubercolosi di Amedeo Modigliani",
            "Compare how Lennie Small's disability is depicted in the novella",
        ],
    );
}

#[test]
fn health_an_unnamed_persons_condition_is_not_a_later_names() {
    let h = "health";
    check(
        BuiltinPii::Health,
        &[
            ("My son Leo has a fever, how much Calpol?", h),
            ("Mein Sohn Jonas hat Fieber", h),
        ],
        &[
            "Mon fils de 4 ans a de la fièvre. Combien de Doliprane Enfant ?",
            "Mi hija de 3 años tiene fiebre, ¿Cuánto Apiretal Forte le doy?",
            "Mein Sohn hat Fieber. Wie viel Nurofen Saft darf er?",
            "Mia figlia ha la febbre: Quanta Tachipirina Bambini le do?",
            "Ich nehme Citalopram. Kann ich heute Abend Johanniskraut-Tee trinken?",
        ],
    );
}

// ---- pii7: health at work, named houses, businesses' contact data,
// fictional and historical residents (text not in any labelled set).

#[test]
fn health_at_work_in_plain_words_in_ten_languages() {
    let h = "health";
    check(
        BuiltinPii::Health,
        &[
            ("Return-to-work plan for employee Owen Pryce after a herniated disc: light duties.", h),
            ("Ms Tara Flynn has been signed off sick with work-related stress until March.", h),
            ("Accident book: driver Colin Marsh felt faint and collapsed in the yard.", h),
            ("Nota: el trabajador Rubén Soto sigue de baja médica por lumbalgia.", h),
            ("Frau Ines Vogt ist nach einem Hexenschuss arbeitsunfähig bis Freitag.", h),
            ("Le salarié Hugo Perrin s'est fracturé la cheville sur le chantier, arrêt de travail de six semaines.", h),
            ("A funcionária Sofia Matos está afastada por esgotamento.", h),
            ("La lavoratrice Chiara Neri ha avuto un capogiro ed è svenuta in reparto.", h),
            ("Pracownik Kamil Nowicki ma rwę kulszową i jest na zwolnieniu lekarskim.", h),
            ("कर्मचारी अजय मिश्रा को काम के दौरान चोट लगी।", h),
            ("社員の鈴木さんが捻挫のため病欠です。", h),
            ("员工刘洋因腰间盘突出请病假两周。", h),
        ],
        &[
            "How should a manager handle an employee who is off sick for a long time?",
            "Plantilla de parte de accidente: nombre del trabajador, lesión, testigos.",
            "Wie funktioniert eine stufenweise Wiedereingliederung nach Krankschreibung?",
            "Qu'est-ce que la médecine du travail vérifie lors d'une visite de reprise ?",
            "Lo stress lavoro-correlato e il mal di schiena sono le prime cause di assenza.",
            "Employee Assistance Programme and Occupational Health now share one inbox.",
            "Marta Gil estará de vacaciones en agosto; Pablo la sustituye.",
            "病假期间工资如何发放？",
            "Redacta la carta para darme de baja del gimnasio. Firma: Lucía Ramos.",
        ],
    );
}

#[test]
fn health_a_possessive_that_is_a_relative_elsewhere() {
    let h = "health";
    check(
        BuiltinPii::Health,
        &[
            (
                "Mme Claire Roussel reprend après son traitement pour un cancer du sein.",
                h,
            ),
            (
                "Sra. Inés Vidal: ellos son amables; ella tiene diabetes.",
                h,
            ),
        ],
        &["Thanks Oliver! By the way my son has asthma; what inhaler is best?"],
    );
}

#[test]
fn address_named_houses_and_rural_places() {
    let a = "address";
    check(
        BuiltinPii::Address,
        &[
            (
                "Please send it to Rosemary Cottage, Lower Street, Hinton, Sudbury CO10 5AB.",
                a,
            ),
            (
                "New address on file: Ty Gwyn, Llangybi, Lampeter SA48 8NN.",
                a,
            ),
            ("Her home is Glebe Farm, Kilcullen, Co. Kildare.", a),
            (
                "Mr Ciarán Walsh, Clover Farm, Ballyhooly, Co. Cork P51 RX28",
                a,
            ),
            (
                "Envío a Cortijo Los Almendros, Paraje La Loma, 04200 Tabernas.",
                a,
            ),
            ("Adresse : lieu-dit Le Moulin, 12330 Salles-la-Source", a),
            (
                "Morada: Quinta das Lages, Lugar de Baixo, 4730-400 Vila Verde",
                a,
            ),
            (
                "Spedire a Cascina Bianca, fraz. Santa Maria, 12050 Treiso",
                a,
            ),
        ],
        &[
            "Rosemary Cottage is a lovely name; suggest five more cottage names.",
            "Website footer: Home Farm Shop, Hinton, Sudbury CO10 5AB, opening hours 9-5.",
            "The cottage industry in Sudbury, Suffolk CO10 is booming.",
            "What is the difference between a finca and a cortijo?",
            "みどり市告示第5号の要点をまとめてください。",
        ],
    );
}

#[test]
fn address_of_a_fictional_or_historical_resident() {
    let a = "address";
    check(
        BuiltinPii::Address,
        &[
            (
                "Guest Mr Simon Holmes, home address 14 Pembroke Road, Bristol BS8 3BA.",
                a,
            ),
            ("Send it to 221B Baker Street, London NW1 6XE", a),
        ],
        &[
            "A guest booked as Sherlock Holmes, giving his address as 221B Baker Street, London.",
            "Réponds au Père Noël, 12 rue des Lutins, 99999 Laponie.",
            "Victor Hugo habitait 6 place des Vosges, 75004 Paris.",
            "Write a letter to Santa Claus, 1 Reindeer Road, Rovaniemi 96930.",
        ],
    );
}

#[test]
fn business_footers_switchboards_and_members_mailboxes() {
    check(
        BuiltinPii::Phone,
        &[("Call me back on my mobile +351 912 345 678", "phone")],
        &[
            "Footer: Hotel Ribeiro · bookings@hotelribeiro.pt · +351 253 208 410",
            "Rodapé: Pousada do Lago · reservas@pousadalago.pt · +351 253 208 410",
            "Switchboard +34 912 000 000",
            "Fußzeile: Gasthof Adler · info@adler-gasthof.de · +49 7675 9120",
        ],
    );
    check(
        BuiltinPii::Email,
        &[(
            "Aggiungi il socio Paolo Gatti, paolo.gatti@libero.it",
            "email",
        )],
        &[
            "Per info i soci scrivono a soci@cantinasociale-soave.it",
            "Désinscription : infolettre@vergers-dumoulin.fr",
            "Kontakt dla członków: czlonkowie@spoldzielnia-rolnik.pl",
            "Visitas e provas: enoturismo@quintadovale.pt",
            "お問い合わせは kaiin@nouen-midori.jp まで",
        ],
    );
}

#[test]
fn service_mailboxes_by_word_and_by_name() {
    check(
        BuiltinPii::Email,
        &[
            ("Contact my colleague dan.whitaker@harbour-homes.co.uk", "email"),
            ("Signature : 'Julien Morvan – jmorvan@renovbat.fr'", "email"),
            ("Reenvíalo a Nuria: nuria@fincas-olivar.es", "email"),
            // A person's name beside a unit word is still a person's.
            ("Lettings team: write to marta@harbour-homes.co.uk", "email"),
            // Accented Latin letters belong to the local part.
            ("Escribe a josé.núñez@correo.es", "email"),
            ("Email newton@southgrid.co.uk or luce.bianchi@gmail.com", "email"),
            ("Email sarah.lettings@harbour-homes.co.uk", "email"),
        ],
        &[
            // The word lists (pii8): utilities, lettings, works,
            // condominiums, in several languages, accents folded.
            "Readings go to meters@brightline-energy.co.uk",
            "Out-of-office for lettings@harbour-homes.co.uk",
            "Escriban al síndico@comunidad-alameda.es",
            "Formuliere die Abwesenheitsnotiz für hausverwaltung@wohnbau-lechner.de",
            "Écrivez au syndic@residence-les-tilleuls.fr",
            "Casella amministrazione.condominio@studio-ferrante.it",
            "Autoodpowiedź skrzynki awarie@wodociagi-brzeg.pl",
            "感谢来信 wuye@lvyuan-wuye.cn",
            // A one-word local part named as a unit or a mailbox nearby.
            "Auto-acknowledgement for the pipework inbox: thanks for writing to pipework@northgrid.co.uk",
            "Service Ravalement – Batiloire – ravalement@batiloire.fr",
            "Departamento de Fontanería – Tajo – fontaneria@tajo.es",
            // Role words run together or joined (`new` + `connections`).
            "Auto-reply for newconnections@southgrid.co.uk",
            "Bitte an kundencenter@stadtwerke-wald.de",
            "Scrivete a guasti.acqua@acquedotto-valle.it",
            "Email lettings.manager@harbour-homes.co.uk",
        ],
    );
}

#[test]
fn portuguese_call_me_cues_and_site_and_compound_notices() {
    check(
        BuiltinPii::Phone,
        &[
            ("Liguem-me para o 936 702 148 amanhã.", "phone"),
            ("Se precisarem, liga-me: 914 225 870", "phone"),
            ("Use the standard form; call me on 07700 318 442", "phone"),
            ("Nonstandard line: mon portable 06 47 21 88 35", "phone"),
        ],
        &[
            "A referência do pagamento é 912 384 506.",
            "Nettoie la signature : 'Renovbat – Service Clients – standard 02 51 36 48 20'",
            "Pied de mail : 'Immo Vendée, gestion locative, standard 02 51 62 14 90'",
            "Signature : 'Renovbat – Standard : +33 2 51 36 48 20'",
            "Assinatura: 'Construções Lima · central telefónica 253 418 200'",
        ],
    );
    check(
        BuiltinPii::Address,
        &[
            (
                "Address the letter to Ms Joanna Kerr, Flat 3, 27 Belmont Road, Bristol BS6 5AS.",
                "address",
            ),
            ("我家住朝阳区阳光小区3号楼2单元501室。", "address"),
            (
                "Obra: reforma del baño en mi piso, Calle Hierro 8, 45007 Toledo",
                "address",
            ),
            ("请寄到幸福小区8号楼3单元402室，张先生收。", "address"),
        ],
        &[
            "Site: Calder Construction, Plot 4, 2200 Enterprise Way, Dublin, OH 43017.",
            "Panneau de chantier : Chantier : Renovbat, 14 rue du Port, 44000 Nantes",
            "Aviso de obra. Obra: Construcciones Tajo, Calle Hierro 8, 45007 Toledo",
            "写一条通知：阳光小区3号、7号楼明天上午停水。",
            "物业通知：本小区12号楼电梯检修，请走8号楼通道。",
            "校区5号楼今天消防演练。",
        ],
    );
}

#[test]
fn injuries_at_work_with_a_trade_and_conditions_in_care_notes() {
    check(
        BuiltinPii::Health,
        &[
            (
                "Accident book: scaffolder Liam Doherty rolled his ankle, grade 2 sprain.",
                "health",
            ),
            (
                "Parte: el peón Iván Robles tiene lumbalgia aguda, diez días de baja.",
                "health",
            ),
            (
                "Herr Otto Brandl ist seit seiner Knie-OP auf den Treppenlift angewiesen.",
                "health",
            ),
            (
                "Rapport : le maçon Yannick Le Gall s'est tordu la cheville, entorse.",
                "health",
            ),
            (
                "la signora Rosa Gallo dopo l'intervento all'anca usa l'ascensore",
                "health",
            ),
            ("o servente Hugo Matos torceu o joelho na obra", "health"),
            ("施工员王磊因腰椎间盘突出住院一周。", "health"),
            (
                "Restore supply first for Mr Tom Reilly, he uses a home oxygen concentrator.",
                "health",
            ),
            ("Mr Alan Pryce had knee surgery in May.", "health"),
        ],
        &[
            "We hired a tree surgery contractor, Oakline Ltd, for the work near Mr Alan Pryce's fence.",
            "Tree surgeon Dave Hollis will remove the ash tree on Friday.",
            "Devis de chirurgie des arbres pour M. Alain Perrin.",
            "高血压患者住院一般需要几天？请简要说明。",
            "Explica qué es una lumbalgia aguda y cuántos días de baja se dan.",
            "Le maçon Yannick Le Gall a fini le mur hier.",
            "项目经理刘洋下周出差，工地由王强负责。",
        ],
    );
}
