//! The health detector's general medical vocabulary, beyond the disease
//! names of [`super::lexicon`] and [`super::health_words`]: what says that
//! a person has a condition without naming a famous disease. In the ten
//! languages, the same concepts in each:
//! - medicines that imply a condition (insulin, metformin, warfarin,
//!   inhalers, antidepressants, antiretrovirals, ...): drug names are
//!   international, so one Latin stem (`metformin`) also finds `metformina`,
//!   `Metformin`, `metforminę`; Japanese, Chinese and Hindi spell them apart;
//! - test results and lab values (`HbA1c`, `INR`, `viral load`, `tested
//!   positive`, `biopsy`, `cholesterol`);
//! - treatment and hospital phrases (`being treated for`, `in remission`,
//!   `hospitalised`, `en tratamiento`, `in Behandlung`, `ricoverato`,
//!   `治療中`, `服用`);
//! - common diseases and diagnoses the other lists lack (gout, eczema,
//!   ulcers, hernia, kidney stones, shingles, fever, allergies, insomnia,
//!   sleep apnoea, endometriosis, infections, fractures).
//!
//! Words that are ordinary in another language or domain stay out on
//! purpose: `gota`/`gotta`/`goutte` (a drop; English slang) only in a
//! phrase, `statin` (the prefix of `stating`), `lithium` (batteries), `CAD`
//! and `CHF` (software, Swiss francs), `Gerd` (a first name), `diagnose`
//! (a bug) only as a form label `Diagnose:`.
//! Stems (Latin script, 5+ letters) match any word they start; shorter
//! words and abbreviations match whole words only.

pub(super) const CONDITIONS: &[&str] = &[
    // medicines (Latin stems serve en, es, de, fr, pt, it, pl)
    "insulin",
    "metformin",
    "warfarin",
    "salbutamol",
    "ventolin",
    "inhaler",
    "levothyrox",
    "sertralin",
    "antidepress",
    "antipsychot",
    "methotrexat",
    "semaglutid",
    "furosemid",
    "levodopa",
    "antiretrovir",
    "methadon",
    "prednison",
    // test results, lab values
    "hba1c",
    "cd4",
    "viruslast",
    "biopsy",
    "biopsi",
    "biópsia",
    "biopsj",
    "cholesterol",
    "colesterol",
    "cholestérol",
    "creatinin",
    "egfr",
    "diagnosis:",
    "diagnose:",
    "diagnóstico:",
    "diagnostic:",
    "diagnosi:",
    "diagnoza:",
    "rozpoznanie:",
    // treatment, hospital
    "hospitalized",
    "hospitalizad",
    "erkrankt",
    "internad",
    "ricoverat",
    "leczon",
    // en: common diseases and diagnoses
    "gout",
    "eczema",
    "ulcer",
    "hernia",
    "malaria",
    "influenza",
    "fever",
    "allerg",
    "insomnia",
    "endometrio",
    "fibromyalg",
    "obesity",
    "infection",
    "fracture",
    "hypoglyc",
    "hiperten",
    "iperteso",
    "ipertesa",
    "asmatic",
    "diabétique",
    // es
    "eccema",
    "úlcera",
    "sarampión",
    "fiebre",
    "alergi",
    "alérgic",
    "apnea",
    "obesidad",
    "fractura",
    "infección",
    // de
    "gicht",
    "ekzem",
    "geschwür",
    "nierenstein",
    "fieber",
    "schlafapnoe",
    "schlafstörung",
    "brustschmerz",
    "cholesterin",
    "infektion",
    // fr
    "eczéma",
    "ulcère",
    "fièvre",
    "insomnie",
    // pt
    "apneia",
    "fratura",
    "infecção",
    // it
    "febbre",
    "frattura",
    "infezione",
    // pl
    "egzem",
    "wrzód",
    "przepuklin",
    "gorączk",
    "bezdech",
    "uczulen",
    "złaman",
    "infekcj",
    "zakażeni",
    "cukrzyk",
    // hi
    "अल्सर",
    "डेंगू",
    "बुखार",
    "एलर्जी",
    "इंसुलिन",
    "शुगर",
    "इलाज",
    "ऑपरेशन",
    "संक्रमण",
    // ja
    "痛風",
    "湿疹",
    "結石",
    "インフルエンザ",
    "不眠症",
    "アレルギー",
    "発熱",
    "感染",
    "インスリン",
    "服用",
    "治療中",
    "通院",
    "陽性",
    // zh
    "痛风",
    "结石",
    "流感",
    "失眠",
    "过敏",
    "发烧",
    "发热",
    "胰岛素",
    "治疗",
    "阳性",
    "关节炎",
];

/// Phrases and short words that must end where a word ends (a stem would
/// also find `treated formally`, `atteint des sommets`, `gripped`,
/// `febrero`).
pub(super) const WHOLE: &[&str] = &[
    "treated for",
    "suffering from",
    "in remission",
    "tested positive",
    "viral load",
    "carga viral",
    "sleep apnea",
    "chest pain",
    "grippe",
    // es
    "en tratamiento por",
    "sufre de",
    "dio positivo",
    "dolor torácico",
    // de
    "in behandlung",
    "behandelt wegen",
    "positiv getestet",
    "masern",
    // fr
    "soigné pour",
    "sous traitement",
    "atteint de",
    "atteinte de",
    "atteint d'",
    "atteinte d'",
    "testé positif",
    // pt
    "em tratamento para",
    "testou positivo",
    "dor no peito",
    "febre",
    // it
    "in cura per",
    "affetto da",
    "affetta da",
    "tampone positivo",
    // pl
    "leczy się",
    "w szpitalu",
    "dna moczanowa",
    "grypa",
    "grypę",
];
