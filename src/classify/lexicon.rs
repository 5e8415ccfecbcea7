//! Domain lexicons in ten languages (en, es, de, fr, pt, it, pl, hi, ja, zh).
//!
//! Entries of alphabetic scripts are stems: an entry of 4 or more characters
//! matches any word that starts with it (`dosier` matches `Dosierung`); a
//! shorter one matches the whole word only. Entries in Chinese or Japanese
//! script (2-4 characters) match anywhere in a run of those characters,
//! since those languages do not separate words. Lookups go through a table
//! of 32-bit hashes built once, so a word costs a few integer comparisons
//! per prefix and the lexicons never make the scan more than linear.

use std::sync::OnceLock;

/// The domains, as bit positions of a lookup result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Domain {
    Medical = 0,
    Legal = 1,
    Finance = 2,
    Safety = 3,
    /// Trivial transformations: recapitalise, extract, tag, yes/no.
    Trivial = 4,
    /// Multi-step work: analyse, debug, refactor, plan.
    Reasoning = 5,
    /// The answer goes to a customer as is.
    Customer = 6,
    /// A personal decision or advice: should I, my dose, sign.
    Decision = 7,
    /// General education: what is, explain, in general.
    Education = 8,
    /// Acting on systems: look up, open a ticket, query, reorder.
    Agentic = 9,
    /// Writing software: function, script, tests, schema.
    Code = 10,
}

pub const DOMAINS: [Domain; 11] = [
    Domain::Medical,
    Domain::Legal,
    Domain::Finance,
    Domain::Safety,
    Domain::Trivial,
    Domain::Reasoning,
    Domain::Customer,
    Domain::Decision,
    Domain::Education,
    Domain::Agentic,
    Domain::Code,
];

impl Domain {
    pub fn name(self) -> &'static str {
        match self {
            Domain::Medical => "medical",
            Domain::Legal => "legal",
            Domain::Finance => "finance",
            Domain::Safety => "safety",
            Domain::Trivial => "trivial",
            Domain::Reasoning => "reasoning",
            Domain::Customer => "customer",
            Domain::Decision => "decision",
            Domain::Education => "education",
            Domain::Agentic => "agentic",
            Domain::Code => "code",
        }
    }

    fn words(self) -> &'static [&'static str] {
        match self {
            Domain::Medical => MEDICAL,
            Domain::Legal => LEGAL,
            Domain::Finance => FINANCE,
            Domain::Safety => SAFETY,
            Domain::Trivial => TRIVIAL,
            Domain::Reasoning => REASONING,
            Domain::Customer => CUSTOMER,
            Domain::Decision => DECISION,
            Domain::Education => EDUCATION,
            Domain::Agentic => AGENTIC,
            Domain::Code => CODE,
        }
    }
}

const MEDICAL: &[&str] = &[
    // en
    "dose", "dosage", "dosing", "medicat", "drug", "mg", "ibuprofen", "paracetamol",
    "acetaminophen", "warfarin", "insulin", "metformin", "antibiot", "amoxicil", "symptom",
    "diagnos", "patient", "clinic", "prescri", "pregnan", "allerg", "blood", "fever",
    "infect", "tablet", "pill", "vaccin", "surgery", "chemo", "overdose", "pediatric",
    "nurse", "doctor", "disease", "diabet", "hypertens", "asthma", "migraine", "cancer",
    "kidney", "liver", "heart", "stroke", "seizure", "ssri", "sertralin", "lithium",
    // es
    "dosis", "medicament", "fármaco", "farmaco", "síntoma", "sintoma", "diagnóst",
    "paciente", "receta", "embaraz", "alergi", "fiebre", "pastilla", "enfermedad",
    "médico", "medico", "sangre", "diabetes", "tratamiento",
    // de
    "dosier", "medikament", "arznei", "tablette", "symptom", "diagnose", "schwanger",
    "allergie", "fieber", "krankheit", "arzt", "ärztin", "blutdruck", "nebenwirkung",
    "wechselwirkung", "behandlung",
    // fr
    "posologie", "médicament", "ordonnance", "enceinte", "fièvre", "maladie", "médecin",
    "effet secondaire", "comprimé", "traitement", "grossesse",
    // pt
    "remédio", "remedio", "medicamento", "gravidez", "grávida", "febre", "doença",
    "comprimido", "tratamento", "efeito colateral",
    // it
    "farmaco", "medicinale", "gravidanza", "incinta", "febbre", "malattia", "compressa",
    "terapia", "effetti collaterali",
    // pl
    "dawk", "lek", "leki", "leków", "tabletk", "objaw", "ciąż", "gorączk", "choroba",
    "lekarz", "pacjent", "recept", "leczeni",
    // hi
    "दवा", "दवाई", "खुराक", "डॉक्टर", "मरीज", "बुखार", "गर्भवती", "बीमारी", "इलाज", "लक्षण",
    "गोली",
    // ja
    "薬", "服用", "用量", "投与", "症状", "診断", "患者", "妊娠", "副作用", "発熱", "病院", "医師",
    "錠", "処方",
    // zh
    "药", "剂量", "服用", "症状", "诊断", "患者", "病人", "怀孕", "副作用", "发烧", "医生", "处方",
    "治疗",
];

const LEGAL: &[&str] = &[
    // en
    "contract", "clause", "indemn", "liabil", "lawsuit", "sue", "court", "lawyer", "attorney",
    "legal", "statute", "gdpr", "complian", "tenant", "landlord", "lease", "nda", "warrant",
    "terminat", "arbitrat", "jurisdic", "copyright", "trademark", "patent", "plaintiff",
    "defendant", "settlement", "custody", "divorce", "visa", "immigrat",
    // es
    "contrato", "cláusula", "clausula", "demanda", "tribunal", "abogado", "ley", "legal",
    "arrendamiento", "inquilino", "rescisi", "despido",
    // de
    "vertrag", "klausel", "haftung", "klage", "gericht", "anwalt", "gesetz", "mietvertrag",
    "kündigung", "vermieter", "mieter", "rechtlich", "datenschutz",
    // fr
    "contrat", "clause", "responsabilit", "tribunal", "avocat", "loi", "juridique",
    "bail", "licenciement", "résiliation", "locataire",
    // pt
    "contrato", "cláusula", "processo", "advogado", "lei", "jurídic", "juridic",
    "rescisão", "inquilino", "demissão",
    // it
    "contratto", "clausola", "causa", "tribunale", "avvocato", "legge", "giuridic",
    "affitto", "licenziamento", "inquilino", "recesso",
    // pl
    "umow", "klauzul", "sąd", "prawnik", "prawo", "praw", "najem", "wypowiedzeni",
    "odpowiedzialnoś",
    // hi
    "अनुबंध", "कानून", "वकील", "अदालत", "मुकदमा", "किराया", "कानूनी", "धारा",
    // ja
    "契約", "条項", "訴訟", "弁護士", "法律", "裁判", "賃貸", "解約", "違約",
    // zh
    "合同", "条款", "诉讼", "律师", "法律", "法院", "租赁", "违约", "协议",
];

const FINANCE: &[&str] = &[
    // en
    "tax", "taxes", "invest", "portfolio", "mortgage", "loan", "pension", "retire", "401k",
    "ira", "roth", "stock", "bond", "etf", "index fund", "dividend", "capital gains",
    "deduct", "refinanc", "interest rate", "credit score", "debt", "savings", "budget",
    "inherit", "crypto", "bitcoin", "annuit", "insurance", "accountant",
    // es
    "impuesto", "inversi", "invertir", "hipoteca", "préstamo", "prestamo", "jubilaci",
    "pensión", "acciones", "ahorro", "deuda", "declaración de la renta", "hacienda",
    // de
    "steuer", "investi", "hypothek", "kredit", "rente", "aktie", "anleihe", "sparen",
    "schulden", "altersvorsorge", "depot", "finanzamt", "zinsen",
    // fr
    "impôt", "impot", "investir", "investissement", "hypothèque", "prêt", "retraite",
    "action", "épargne", "dette", "fiscal", "assurance vie",
    // pt
    "imposto", "investiment", "investir", "hipoteca", "empréstimo", "aposentadoria",
    "previdência", "ações", "poupança", "dívida", "financiamento",
    // it
    "tasse", "imposta", "investiment", "investire", "mutuo", "prestito", "pensione",
    "azioni", "risparmi", "debito", "fiscale",
    // pl
    "podat", "inwest", "kredyt", "hipote", "pożyczk", "emerytur", "akcj", "oszczędz",
    "dług", "pit",
    // hi
    "कर", "टैक्स", "निवेश", "ऋण", "लोन", "पेंशन", "शेयर", "बचत", "बीमा", "म्यूचुअल",
    // ja
    "税金", "確定申告", "投資", "住宅ローン", "年金", "株", "貯金", "借金", "控除", "保険",
    // zh
    "税", "投资", "房贷", "贷款", "养老金", "股票", "基金", "储蓄", "债务", "保险", "理财",
];

const SAFETY: &[&str] = &[
    // en
    "lockout", "tagout", "voltage", "electrical", "breaker", "gas leak", "carbon monoxide",
    "toxic", "chemical", "bleach", "ammonia", "explos", "flammab", "ladder", "harness",
    "scaffold", "forklift", "hazard", "evacuat", "emergency", "fire", "wiring", "asbestos",
    "radiation", "pressure vessel", "confined space", "suicid", "self harm",
    // es
    "voltaje", "eléctric", "electric", "fuga de gas", "tóxico", "químico", "lejía",
    "explosi", "inflamable", "emergencia", "incendio", "peligro",
    // de
    "spannung", "elektri", "gasleck", "giftig", "chemikal", "explosion", "brennbar",
    "notfall", "brand", "gefahr", "leiter", "sicherung",
    // fr
    "tension", "électri", "fuite de gaz", "toxique", "chimique", "javel", "explosi",
    "inflammable", "urgence", "incendie", "danger",
    // pt
    "tensão", "elétric", "vazamento de gás", "tóxico", "químico", "explos", "inflamável",
    "emergência", "incêndio", "perigo",
    // it
    "tensione", "elettric", "fuga di gas", "tossic", "chimic", "esplos", "infiammabil",
    "emergenza", "incendio", "pericolo",
    // pl
    "napięci", "elektry", "wyciek gazu", "toksycz", "chemiczn", "wybuch", "łatwopaln",
    "awaryj", "pożar", "niebezpiecz",
    // hi
    "बिजली", "करंट", "गैस", "ज़हरीला", "जहरीला", "आग", "विस्फोट", "खतरा", "आपातकाल",
    // ja
    "感電", "電圧", "ガス漏れ", "有毒", "化学", "爆発", "可燃", "緊急", "火災", "危険",
    // zh
    "触电", "电压", "煤气泄漏", "有毒", "化学", "爆炸", "易燃", "紧急", "火灾", "危险",
];

const TRIVIAL: &[&str] = &[
    // en
    "capitaliz", "capitalis", "uppercase", "lowercase", "recapital", "title case",
    "line number", "strip", "remove", "extract", "which language", "what language",
    "tag", "tags", "label", "yes or no", "yes no", "hello", "hi", "hey", "thanks",
    "thank", "sort", "alphabetic", "count", "format", "reformat", "convert", "rename",
    "spell", "typo", "punctuat", "trim", "dedupe", "duplicat", "json", "pick",
    // es
    "mayúscula", "minúscula", "extrae", "extraer", "etiqueta", "qué idioma", "hola",
    "gracias", "ordena", "ordenar", "convierte", "quita", "elimina", "sí o no", "formato",
    // de
    "großbuchstab", "kleinbuchstab", "extrahier", "welche sprache", "hallo", "danke",
    "sortier", "entfern", "formatier", "konvertier", "ja oder nein", "schlagwort",
    // fr
    "majuscule", "minuscule", "extrai", "quelle langue", "bonjour", "merci", "trie",
    "supprime", "enlève", "convertis", "oui ou non", "étiquette", "mets en forme",
    // pt
    "maiúscula", "minúscula", "extrai", "qual idioma", "olá", "obrigad", "ordena",
    "remove", "converte", "sim ou não", "etiqueta", "formata",
    // it
    "maiuscol", "minuscol", "estrai", "quale lingua", "ciao", "grazie", "ordina",
    "rimuovi", "togli", "converti", "sì o no", "etichett", "formatta",
    // pl
    "wielkie litery", "małe litery", "wyodrębnij", "wypisz", "jaki język", "cześć",
    "dzięki", "dziękuję", "posortuj", "usuń", "konwertuj", "tak czy nie", "tagi",
    // hi
    "नमस्ते", "धन्यवाद", "शुक्रिया", "कौन सी भाषा", "हाँ या नहीं", "निकालो", "हटाओ",
    "बड़े अक्षर",
    // ja
    "大文字", "小文字", "抽出", "何語", "こんにちは", "ありがとう", "並べ替", "削除", "変換",
    "はいかいいえ", "タグ",
    // zh
    "大写", "小写", "提取", "什么语言", "你好", "谢谢", "排序", "删除", "转换", "是或否", "标签",
];

const REASONING: &[&str] = &[
    // en
    "analy", "debug", "refactor", "root cause", "diagnose the", "optimiz", "optimis",
    "architect", "design", "implement", "algorithm", "plan", "strategy", "compare",
    "trade off", "tradeoff", "why does", "investigat", "correlat", "trend", "anomal",
    "prove", "derive", "step by step", "migrat", "benchmark", "concurren", "race condition",
    "memory leak", "deadlock", "stack trace", "traceback", "regression", "forecast",
    // es
    "analiza", "depura", "refactoriza", "causa raíz", "optimiza", "diseña", "implementa",
    "algoritmo", "planifica", "estrategia", "compara", "investiga", "tendencia",
    // de
    "analysier", "debugg", "refaktorier", "ursache", "optimier", "entwirf", "implementier",
    "algorithmus", "plane", "strategie", "vergleich", "untersuch",
    // fr
    "analyse", "débogue", "refactor", "cause racine", "optimise", "conçois", "implémente",
    "algorithme", "planifie", "stratégie", "compare", "enquête", "tendance",
    // pt
    "analis", "depura", "refatora", "causa raiz", "otimiz", "projete", "implementa",
    "algoritmo", "planej", "estratégia", "compara", "investig", "tendência",
    // it
    "analizz", "debugga", "rifattorizz", "causa principale", "ottimizz", "progetta",
    "implementa", "algoritmo", "pianifica", "strategia", "confronta", "indaga", "tendenz",
    // pl
    "przeanalizuj", "analiz", "debuguj", "zrefaktoryzuj", "przyczyn", "zoptymalizuj",
    "zaprojektuj", "zaimplementuj", "algorytm", "zaplanuj", "strategi", "porównaj",
    // hi
    "विश्लेषण", "योजना", "रणनीति", "तुलना", "कारण", "डिबग", "एल्गोरिदम",
    // ja
    "分析", "デバッグ", "リファクタ", "原因", "最適化", "設計", "実装", "アルゴリズム", "計画",
    "戦略", "比較", "調査",
    // zh
    "分析", "调试", "重构", "根本原因", "优化", "设计", "实现", "算法", "规划", "策略", "比较",
    "调查",
];

const CUSTOMER: &[&str] = &[
    // en
    "customer", "customers", "client facing", "customer facing", "final reply",
    "final answer", "sent directly", "sent as is", "verbatim", "on behalf of", "our users",
    "support agent", "support reply", "public response", "published",
    // es
    "cliente", "respuesta final", "se enviará", "directamente al", // es
    // de
    "kunde", "kundin", "kunden", "endgültige antwort", "direkt an", "wird versendet",
    // fr
    "client", "clientèle", "réponse finale", "envoyée directement", "envoyé tel quel",
    // pt
    "cliente", "resposta final", "enviada diretamente",
    // it
    "cliente", "clienti", "risposta finale", "inviata direttamente",
    // pl
    "klient", "klienta", "odpowiedź końcowa", "ostateczna odpowiedź", "bezpośrednio do",
    // hi
    "ग्राहक", "अंतिम उत्तर",
    // ja
    "お客様", "顧客", "最終回答", "そのまま送信",
    // zh
    "客户", "顾客", "最终回复", "直接发送",
];

const DECISION: &[&str] = &[
    // en
    "should i", "can i take", "is it safe", "how much should", "my dose", "my contract",
    "my lease", "my taxes", "my employer", "sign", "enforceable", "interact", "combine",
    "mix", "together with", "max daily", "maximum daily", "safe to", "decide", "file",
    "claim", "deadline", "penalt", "legally", "binding", "allowed to",
    // es
    "debo", "debería", "puedo tomar", "es seguro", "firmar", "mi contrato", "dosis máxima",
    "puedo", "declarar", "combinar",
    // de
    "soll ich", "sollte ich", "darf ich", "kann ich", "unterschreib", "ist es sicher",
    "höchstdosis", "kombinier", "zusammen mit", "rechtsgültig", "frist",
    // fr
    "dois je", "devrais je", "puis je", "est ce sûr", "signer", "mon contrat",
    "dose maximale", "associer", "avec", "délai",
    // pt
    "devo", "posso tomar", "é seguro", "assinar", "meu contrato", "dose máxima",
    "combinar", "prazo",
    // it
    "dovrei", "posso prendere", "è sicuro", "firmare", "il mio contratto", "dose massima",
    "insieme a", "scadenza",
    // pl
    "czy powinienem", "czy powinnam", "czy mogę", "czy to bezpieczne", "podpisa",
    "moja umowa", "maksymalna dawka", "łączyć", "termin",
    // hi
    "क्या मुझे", "चाहिए", "क्या मैं", "सुरक्षित", "हस्ताक्षर", "साथ ले",
    // ja
    "べき", "飲んでも", "大丈夫", "署名", "併用", "最大量", "期限",
    // zh
    "应该", "可以吃", "安全吗", "签", "一起吃", "同时服用", "最大剂量", "期限",
];

const EDUCATION: &[&str] = &[
    // en
    "what is", "what are", "what does", "explain", "in general", "general terms",
    "simple terms", "overview", "history of", "for a school", "how does", "how do",
    "difference between", "meaning", "mean", "definition", "eli5",
    // es
    "qué es", "que es", "qué son", "explica", "en general", "de forma sencilla", "por qué",
    // de
    "was ist", "was sind", "was macht", "erkläre", "erklär", "allgemein", "einfach erklärt",
    // fr
    "qu est ce", "explique", "en général", "simplement", "c est quoi",
    // pt
    "o que é", "o que são", "explique", "em geral", "de forma simples",
    // it
    "che cos", "cos è", "spiega", "in generale", "in modo semplice",
    // pl
    "czym jest", "co to jest", "wyjaśnij", "ogólnie", "prosto",
    // hi
    "क्या है", "क्या होता", "समझाइए", "समझाओ", "आसान शब्दों",
    // ja
    "とは", "説明", "簡単に", "一般的",
    // zh
    "什么是", "是什么", "解释", "简单", "一般性",
];

const AGENTIC: &[&str] = &[
    // en
    "look up", "open a ticket", "open a support ticket", "create a ticket", "find all",
    "query the", "check the", "move", "reorder", "book", "schedule", "send the",
    "for each", "update the", "cancel the", "refund the",
    // es
    "busca", "abre una incidencia", "para cada", "consulta",
    // de
    "suche", "lege", "für jede", "prüfe", "bestelle",
    // fr
    "trouve", "ouvre un ticket", "pour chacune", "pour chaque", "vérifie",
    // pt
    "procure", "abra um chamado", "para cada", "verifique",
    // it
    "trova", "apri un ticket", "per ciascun", "verifica",
    // pl
    "znajdź", "otwórz zgłoszenie", "dla każdego", "sprawdź",
    // hi
    "खोजो", "टिकट", "हर एक",
    // ja
    "検索", "チケット", "それぞれ",
    // zh
    "查找", "工单", "每个", "查询",
];

const CODE: &[&str] = &[
    // en
    "function", "script", "class", "unit test", "tests", "parser", "parse", "schema",
    "query", "sql", "python", "rust", "golang", "java", "typescript", "javascript", "bash",
    "regex", "api", "endpoint", "service", "idempot", "concurrent", "thread", "cache",
    "index", "indexes", "reconcil", "mismatch", "multi tenant", "microservic", "kubernetes",
    "cloud", "legacy", "monolith", "scheduler", "queue",
    // es
    "función", "funcion", "pruebas", "base de datos", "nube",
    // de
    "funktion", "datenbank", "dienste",
    // fr
    "parseur", "fonction", "base de données", "application",
    // pt
    "serviço", "testes", "nuvem", "sistema legado", "pagamentos",
    // it
    "algoritm", "funzione", "test",
    // pl
    "parser", "aplikacj", "mikroserwis", "testami",
    // hi
    "ऐप", "क्लाउड", "सर्वर",
    // ja
    "実装", "テスト", "クラウド", "システム", "キュー",
    // zh
    "单元测试", "缓存", "微服务", "并发",
];

const FNV_PRIME: u32 = 16_777_619;
pub const LEX_SEED: u32 = 0x811c_9dc5;

/// One step of the hash every lexicon lookup uses (FNV-1a over code points).
#[inline]
pub fn step(h: u32, c: char) -> u32 {
    (h ^ c as u32).wrapping_mul(FNV_PRIME)
}

/// The hash of a whole entry, as the scanner computes it char by char.
pub fn hash(s: &str) -> u32 {
    s.chars().fold(LEX_SEED, step)
}

/// Open addressing over 32-bit hashes: (key, domain bits, may match as a prefix).
/// Key 0 marks an empty slot (`key` never returns 0).
struct Table {
    slots: Vec<(u32, u16, bool)>,
    mask: usize,
}

const TABLE_SLOTS: usize = 4096;

#[inline]
fn key(h: u32) -> u32 {
    h | 1
}

#[inline]
fn slot(k: u32, mask: usize) -> usize {
    (k.wrapping_mul(0x9E37_79B1) >> 16) as usize & mask
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mask = TABLE_SLOTS - 1;
        let mut slots = vec![(0u32, 0u16, false); TABLE_SLOTS];
        for d in DOMAINS {
            for w in d.words() {
                let k = key(hash(w));
                let prefix = w.chars().count() >= 4;
                let bit = 1u16 << (d as u16);
                let mut i = slot(k, mask);
                // The table is sized well above the entry count, so a free
                // or matching slot is always found.
                for _ in 0..TABLE_SLOTS {
                    match slots.get_mut(i) {
                        Some(e) if e.0 == 0 || e.0 == k => {
                            e.0 = k;
                            e.1 |= bit;
                            e.2 |= prefix;
                            break;
                        }
                        _ => i = (i + 1) & mask,
                    }
                }
            }
        }
        Table { slots, mask }
    })
}

/// Domains of an entry with this hash (0: none). `chars` is the length of
/// what was hashed; `whole` says it covers a whole word (or run of
/// ideographs), not just a prefix of one.
#[inline]
pub fn lookup(h: u32, chars: usize, whole: bool) -> u16 {
    let t = table();
    let k = key(h);
    let mut i = slot(k, t.mask);
    loop {
        match t.slots.get(i) {
            Some(&(e, bits, prefix)) if e == k => {
                return if whole || (prefix && chars >= 4) {
                    bits
                } else {
                    0
                };
            }
            Some(&(0, _, _)) | None => return 0,
            Some(_) => i = (i + 1) & t.mask,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_is_lowercase_and_found() {
        for d in DOMAINS {
            for w in d.words() {
                assert_eq!(w.to_lowercase(), *w, "{w}");
                assert!(lookup(hash(w), w.chars().count(), true) & (1 << d as u16) != 0);
            }
        }
    }

    #[test]
    fn short_entries_match_whole_words_only() {
        // "mg" is medical as a word, not as the start of "mgmt".
        assert_ne!(lookup(hash("mg"), 2, true), 0);
        assert_eq!(lookup(hash("mg"), 2, false), 0);
        // "dosier" matches as a prefix.
        assert_ne!(lookup(hash("dosier"), 6, false), 0);
    }
}
