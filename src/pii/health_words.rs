//! The health detector's second word list: conditions (chronic diseases,
//! surgeries, clinical abbreviations, mental health, pregnancy, "diagnosed
//! with" phrases) and name cues (`Señora`, `Signorina`, `患儿`) beyond the
//! core ones in [`super::lexicon`], in the same ten languages, the same
//! concepts in each.
//!
//! It is matched by a small Aho-Corasick automaton of its own, and only
//! inside windows around what the main lexicon already found for the
//! health detector (a name, or a condition): a pair needs both, so text far
//! from either cannot hold one. The windows are merged before scanning, so
//! this adds at most one more pass over the text (and none when the text
//! names no one and no condition). A pair whose name cue *and* condition
//! are both only in these lists is not found; folding these lists into the
//! main automaton would lift that limit and remove the windows.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::lexicon::{Cat, Hit};
use super::text::{at, before, ceil_boundary, char_at, char_before, floor_boundary, is_wordish};

/// Conditions, as stems (Latin script, 5+ letters: any word starting with
/// it), whole words (shorter ones and abbreviations), suffixes (`-ectomy`,
/// `-itis`: the end of a word), and CJK or Devanagari strings.
const CONDITIONS: &[&str] = &[
    // en
    "copd",
    "emphysema",
    "bronchitis",
    "asthmatic",
    "kidney disease",
    "renal failure",
    "ckd",
    "heart disease",
    "coronary",
    "angina",
    "arrhythmi",
    "atrial fibrillation",
    "afib",
    "cardiomyopath",
    "hip replacement",
    "knee replacement",
    "transplant",
    "bypass surgery",
    "amputat",
    "osteoporo",
    "anemia",
    "anaemia",
    "sickle cell",
    "cystic fibrosis",
    "hemophilia",
    "haemophilia",
    "hypothyroid",
    "hyperthyroid",
    "glaucoma",
    "cataract",
    "paralys",
    "paraplegi",
    "quadripleg",
    "cerebral palsy",
    "down syndrome",
    "ocd",
    "anxiety",
    "panic disorder",
    "eating disorder",
    "psychosis",
    "psychotic",
    "suicidal",
    "self-harm",
    "pregnancy",
    "postpartum",
    "infertil",
    "sepsis",
    "thrombosis",
    "dvt",
    "embolism",
    "aneurysm",
    "seizure",
    "concussion",
    "myeloma",
    "sarcoma",
    "glioma",
    "glioblastoma",
    "chemo",
    "radiotherapy",
    "diagnosed with",
    "suffers from",
    "post-op",
    // es
    "epoc",
    "enfisema",
    "bronquitis",
    "asmátic",
    "enfermedad renal",
    "insuficiencia renal",
    "cardiopatía",
    "insuficiencia cardíaca",
    "arritmia",
    "fibrilación auricular",
    "prótesis de cadera",
    "trasplante",
    "amputa",
    "osteoporosis",
    "anemia",
    "fibrosis quística",
    "hipotiroidismo",
    "hipertiroidismo",
    "glaucoma",
    "cataratas",
    "parálisis",
    "síndrome de down",
    "trastorno bipolar",
    "trastorno de ansiedad",
    "trastorno alimentario",
    "embarazo",
    "infertilidad",
    "trombosis",
    "aneurisma",
    "ictus",
    "linfoma",
    "mieloma",
    "quimio",
    "radioterapia",
    "psicosis",
    "diagnosticad",
    "padece",
    // de
    "emphysem",
    "niereninsuffizienz",
    "nierenerkrankung",
    "nierenversagen",
    "dialyse",
    "herzinsuffizienz",
    "herzerkrankung",
    "herzschwäche",
    "vorhofflimmern",
    "angina pectoris",
    "hüftprothese",
    "knieprothese",
    "hüft-tep",
    "knie-tep",
    "osteoporose",
    "adipositas",
    "anämie",
    "mukoviszidose",
    "schilddrüsen",
    "hypothyreose",
    "glaukom",
    "grauer star",
    "lähmung",
    "querschnittsgelähmt",
    "down-syndrom",
    "zwangsstörung",
    "angststörung",
    "essstörung",
    "schwangerschaft",
    "fehlgeburt",
    "thrombose",
    "embolie",
    "aneurysma",
    "krampfanfall",
    "lymphom",
    "myelom",
    "bestrahlung",
    "psychose",
    "diagnostiziert",
    "leidet an",
    "leidet unter",
    // fr
    "bpco",
    "emphysème",
    "bronchite",
    "insuffisance rénale",
    "maladie rénale",
    "dialyse",
    "insuffisance cardiaque",
    "cardiopathie",
    "fibrillation",
    "angine de poitrine",
    "prothèse de hanche",
    "greffe",
    "amput",
    "ostéoporose",
    "obésité",
    "anémie",
    "mucoviscidose",
    "hypothyroïdie",
    "glaucome",
    "cataracte",
    "paralysie",
    "trisomie",
    "trouble bipolaire",
    "troubles anxieux",
    "troubles alimentaires",
    "anxiété",
    "grossesse",
    "fausse couche",
    "infertilité",
    "septicémie",
    "thrombose",
    "anévrisme",
    "avc",
    "lymphome",
    "myélome",
    "sarcome",
    "chimio",
    "radiothérapie",
    "psychose",
    "diagnostiqué",
    "souffre de",
    "souffre d",
    // pt
    "dpoc",
    "enfisema",
    "bronquite",
    "doença renal",
    "insuficiência renal",
    "diálise",
    "insuficiência cardíaca",
    "cardiopatia",
    "fibrilação",
    "prótese de quadril",
    "prótese da anca",
    "transplante",
    "osteoporose",
    "obesidade",
    "fibrose cística",
    "hipotireoidismo",
    "catarata",
    "paralisia",
    "síndrome de down",
    "transtorno bipolar",
    "transtorno de ansiedade",
    "transtorno alimentar",
    "ansiedade",
    "gravidez",
    "gestante",
    "aborto espontâneo",
    "infertilidade",
    "sepse",
    "trombose",
    "avc",
    "convulsões",
    "linfoma",
    "quimioterapia",
    "psicose",
    "diagnosticad",
    "sofre de",
    // it
    "bpco",
    "bronchite",
    "malattia renale",
    "insufficienza renale",
    "dialisi",
    "insufficienza cardiaca",
    "fibrillazione",
    "protesi d'anca",
    "protesi all'anca",
    "trapianto",
    "frattura del femore",
    "osteoporosi",
    "obesità",
    "fibrosi cistica",
    "ipotiroidismo",
    "cataratta",
    "paralisi",
    "sindrome di down",
    "disturbo bipolare",
    "disturbo d'ansia",
    "disturbi alimentari",
    "aborto spontaneo",
    "infertilità",
    "trombosi",
    "ictus",
    "linfoma",
    "chemio",
    "radioterapia",
    "psicosi",
    "diagnosticat",
    "soffre di",
    "asma",
    // pl
    "pochp",
    "rozedm",
    "zapalenie oskrzeli",
    "astma",
    "astmę",
    "astmy",
    "astmą",
    "astmie",
    "astmatyk",
    "choroba nerek",
    "chorobę nerek",
    "chorobą nerek",
    "niewydolnoś",
    "dializ",
    "choroba wieńcowa",
    "arytmi",
    "migotanie przedsionków",
    "endoprotez",
    "przeszczep",
    "amputacj",
    "osteoporoz",
    "otyłoś",
    "anemi",
    "niedokrwistoś",
    "mukowiscydoz",
    "niedoczynnoś",
    "nadczynnoś",
    "jaskr",
    "zaćm",
    "paraliż",
    "sparaliżowan",
    "zespół downa",
    "zaburzenia lękowe",
    "zaburzenia odżywiania",
    "choroba dwubiegunowa",
    "ciąża",
    "ciąży",
    "ciążę",
    "poronieni",
    "niepłodnoś",
    "posocznic",
    "zakrzepic",
    "tętniak",
    "udar",
    "udaru",
    "udarze",
    "chłoniak",
    "szpiczak",
    "radioterapi",
    "psychoz",
    "zdiagnozowan",
    "choruje na",
    "chory na",
    "chora na",
    "cierpi na",
    // hi
    "सीओपीडी",
    "गुर्दे की बीमारी",
    "किडनी",
    "डायलिसिस",
    "हृदय रोग",
    "दिल की बीमारी",
    "प्रत्यारोपण",
    "ट्रांसप्लांट",
    "सर्जरी",
    "फ्रैक्चर",
    "मोटापा",
    "एनीमिया",
    "खून की कमी",
    "थायराइड",
    "मोतियाबिंद",
    "लकवा",
    "गर्भपात",
    "बांझपन",
    "स्ट्रोक",
    "कीमो",
    "मानसिक",
    "बीमारी",
    "बीमार",
    "पीड़ित",
    "ग्रस्त",
    "निदान",
    // ja
    "閉塞性肺疾患",
    "肺気腫",
    "気管支炎",
    "ぜんそく",
    "腎臓病",
    "腎不全",
    "腎疾患",
    "透析",
    "心臓病",
    "心不全",
    "不整脈",
    "心房細動",
    "狭心症",
    "人工股関節",
    "人工関節",
    "移植",
    "骨折",
    "骨粗鬆症",
    "肥満",
    "貧血",
    "甲状腺",
    "緑内障",
    "白内障",
    "麻痺",
    "ダウン症",
    "強迫性障害",
    "不安障害",
    "摂食障害",
    "双極性障害",
    "流産",
    "不妊",
    "敗血症",
    "血栓",
    "動脈瘤",
    "脳卒中",
    "脳梗塞",
    "リンパ腫",
    "骨髄腫",
    "肉腫",
    "抗がん剤",
    "化学療法",
    "放射線治療",
    "精神疾患",
    "依存症",
    "肺炎",
    "肝硬変",
    "腫瘍",
    "手術",
    "入院",
    "と診断",
    "持病",
    // zh
    "慢阻肺",
    "慢性阻塞性肺",
    "肺气肿",
    "支气管炎",
    "肾病",
    "肾衰",
    "肾功能衰竭",
    "尿毒症",
    "冠心病",
    "心衰",
    "心力衰竭",
    "心律失常",
    "房颤",
    "心绞痛",
    "关节置换",
    "截肢",
    "骨质疏松",
    "肥胖症",
    "贫血",
    "甲亢",
    "甲减",
    "青光眼",
    "瘫痪",
    "唐氏综合征",
    "强迫症",
    "焦虑症",
    "进食障碍",
    "双相",
    "不孕",
    "败血症",
    "动脉瘤",
    "中风",
    "脑梗",
    "淋巴瘤",
    "骨髓瘤",
    "放疗",
    "精神病",
    "精神疾病",
    "肝硬化",
    "乙肝",
    "肿瘤",
    "确诊",
    "患有",
    "诊断为",
    "住院",
    "术后",
];

/// Words that introduce a person's name (a capitalised word must follow),
/// beyond the core honorifics. Doctors' titles stay out on purpose.
const NAME_CUES: &[&str] = &[
    "señor",
    "señora",
    "señorita",
    "sr",
    "sra",
    "srta",
    "senhor",
    "senhora",
    "dona",
    "signorina",
    "sig.na",
    "sig.a",
    "sig",
    "mademoiselle",
    "patientin",
    "pacjentki",
    "pacjenta",
    "pacjentkę",
    "श्रीमान",
    "सुश्री",
    "पेशेंट",
];

/// CJK name cues (next to the name, no spaces): patients and honorifics.
const CJK_NAME_CUES: &[&str] = &["患儿", "病患", "くん", "さま", "殿"];

/// Common condition suffixes: they end a word (`mastectomy`, `arthritis`).
const SUFFIXES: &[&str] = &["ectomy", "itis", "ectomía", "ektomie", "ectomie", "ectomia"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bound {
    /// Nothing word-like on either side.
    Word,
    /// Nothing word-like before (stems).
    Start,
    /// Nothing word-like after (suffixes).
    End,
    /// Anywhere (CJK).
    Any,
    /// No Devanagari letter on either side.
    Deva,
}

fn is_deva(c: Option<char>) -> bool {
    c.is_some_and(|c| ('\u{0900}'..='\u{097F}').contains(&c))
}

fn bound(cat: Cat, word: &str) -> Bound {
    let first = word.chars().next();
    let latin = first.is_some_and(|c| c.is_ascii() || (c.is_alphabetic() && u32::from(c) < 0x250));
    if !latin {
        return if is_deva(first) {
            Bound::Deva
        } else {
            Bound::Any
        };
    }
    if SUFFIXES.contains(&word) {
        return Bound::End;
    }
    match cat {
        // A stem ends inside a word; a phrase ending in a space-less
        // preposition (`souffre d`) runs into the next word.
        Cat::Condition if word.chars().count() >= 5 || word.ends_with(" d") => Bound::Start,
        _ => Bound::Word,
    }
}

/// The automaton over these lists.
#[derive(Debug, Clone)]
pub struct HealthWords {
    ac: Option<AhoCorasick>,
    meta: Vec<(Cat, Bound)>,
}

impl HealthWords {
    pub fn new() -> HealthWords {
        let mut words: Vec<String> = Vec::new();
        let mut meta = Vec::new();
        let groups: [(&[&str], Cat); 4] = [
            (CONDITIONS, Cat::Condition),
            (SUFFIXES, Cat::Condition),
            (NAME_CUES, Cat::Honorific),
            (CJK_NAME_CUES, Cat::CjkNameCue),
        ];
        for (list, cat) in groups {
            for w in list {
                let b = bound(cat, w);
                words.push((*w).to_string());
                meta.push((cat, b));
                // ASCII letters match in any case; an accented first letter
                // needs its capital spelled out.
                let mut chars = w.chars();
                if let Some(first) = chars.next().filter(|c| !c.is_ascii() && c.is_lowercase()) {
                    words.push(first.to_uppercase().chain(chars).collect());
                    meta.push((cat, b));
                }
            }
        }
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&words)
            .ok();
        HealthWords { ac, meta }
    }

    /// Hits inside `text[from..to]` (rounded to char boundaries), with
    /// offsets into `text`; word boundaries are checked against the whole
    /// text, so a window edge never makes a word.
    pub fn hits_in(&self, text: &str, from: usize, to: usize, out: &mut Vec<Hit>) {
        let Some(ac) = &self.ac else { return };
        let from = floor_boundary(text, from);
        let to = ceil_boundary(text, to.min(text.len()));
        let Some(window) = text.get(from..to) else {
            return;
        };
        let b = text.as_bytes();
        for m in ac.find_overlapping_iter(window) {
            let Some(&(cat, bound)) = self.meta.get(m.pattern().as_usize()) else {
                continue;
            };
            let (s, e) = (m.start().saturating_add(from), m.end().saturating_add(from));
            let left = !is_wordish(before(b, s));
            let right = !is_wordish(at(b, e)) || !is_wordish(before(b, e));
            let ok = match bound {
                Bound::Any => true,
                Bound::Deva => {
                    !is_deva(char_before(text, s).map(|(_, c)| c)) && !is_deva(char_at(text, e))
                }
                Bound::Start => left,
                Bound::End => !is_wordish(at(b, e)),
                Bound::Word => left && right,
            };
            if ok {
                out.push(Hit {
                    start: s,
                    end: e,
                    cat,
                });
            }
        }
    }
}

impl Default for HealthWords {
    fn default() -> Self {
        HealthWords::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cats(text: &str) -> Vec<(String, Cat)> {
        let mut out = Vec::new();
        HealthWords::new().hits_in(text, 0, text.len(), &mut out);
        out.iter()
            .map(|h| (text.get(h.start..h.end).unwrap_or("").to_string(), h.cat))
            .collect()
    }

    #[test]
    fn stems_suffixes_and_whole_words() {
        assert!(cats("she has COPD").contains(&("COPD".into(), Cat::Condition)));
        assert!(cats("after a mastectomy").contains(&("ectomy".into(), Cat::Condition)));
        assert!(cats("Arthritis").contains(&("itis".into(), Cat::Condition)));
        // Whole words only: `ocd` is not inside `ocdata`, `itis` must end a word.
        assert!(
            cats("ocdata titisee").is_empty(),
            "{:?}",
            cats("ocdata titisee")
        );
        assert!(cats("choruje na astmę")
            .iter()
            .any(|(_, c)| *c == Cat::Condition));
        assert!(cats("慢性肾病三期").iter().any(|(w, _)| w == "肾病"));
    }

    #[test]
    fn windows_keep_offsets_and_boundaries() {
        let text = "xx Señora Ruiz, EPOC";
        let mut out = Vec::new();
        let w = HealthWords::new();
        w.hits_in(text, 3, text.len(), &mut out);
        let words: Vec<&str> = out
            .iter()
            .map(|h| text.get(h.start..h.end).unwrap_or(""))
            .collect();
        assert_eq!(words, ["Señora", "EPOC"]);
        // A window starting inside a word does not make a word start.
        let mut out = Vec::new();
        w.hits_in("xcopd", 1, 5, &mut out);
        assert!(out.is_empty());
        // Out-of-range and mid-char windows are clamped, never panic.
        let mut out = Vec::new();
        w.hits_in("患者", 1, 99, &mut out);
        w.hits_in("", 5, 2, &mut out);
    }
}
