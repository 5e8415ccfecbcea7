//! Every literal the detectors look for, in one Aho-Corasick automaton: one
//! pass over the text finds all of them, whatever the number of words or
//! languages. ASCII letters match in any case; what case the text uses is
//! checked by the detectors where it matters (names are capitalised).
//!
//! Languages: English, Spanish, German, French, Portuguese, Italian, Polish,
//! Hindi (Devanagari and romanised), Japanese, Chinese.

use aho_corasick::dfa::DFA;
use aho_corasick::MatchKind;

use super::text::{at, before, char_at, char_before, is_wordish};
use super::{health_names, health_terms, health_words, health_work};

/// Cue words: they make a nearby number more likely to be personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Phone = 0,
    Ssn = 1,
    Aadhaar = 2,
    /// Any national id (`PESEL`, `DNI`, `Steuer-ID`, ...).
    NationalId = 3,
    /// "I live at", "dirección", "住所", ...
    Address = 4,
}

impl Cue {
    pub const COUNT: usize = 5;
}

/// What a lexicon word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cat {
    Cue(Cue),
    /// English street types after the name: `221B Baker Street`.
    StreetAfterName,
    /// Street types before the name, number after (es, pt, it, pl):
    /// `Calle Mayor 12`, `Via Roma 10`, `ul. Długa 5`.
    StreetBeforeName,
    /// French: number, type, name: `12 rue de la Paix`.
    StreetAfterNumber,
    /// German street suffixes, inside the word: `Hauptstraße 5`.
    StreetSuffix,
    /// Indian address words (Devanagari and romanised), PIN code confirms.
    StreetIndia,
    /// Chinese and Japanese administrative units: 市, 区, 県, 省 ...
    CjkAdmin,
    /// Chinese street words: 路, 街, 巷 ...
    CjkStreet,
    /// The Japanese postal mark 〒.
    PostMark,
    /// A health condition (a stem: `diabet` finds diabetes and diabetic).
    Condition,
    /// A word that introduces a person's name: Mr, Frau, patient, ...
    Honorific,
    /// A common given name (must be capitalised in the text).
    FirstName,
    /// Chinese and Japanese name cues: 患者, 先生, さん ...
    CjkNameCue,
    /// A word of work before a name or around an accident (`employee`,
    /// `Mitarbeiterin`, `员工`): see [`super::health_work`].
    WorkCue,
    /// A word naming a house or farm (`Cottage`, `Ty`, `Finca`, `Quinta`,
    /// `Cascina`, `Lieu-dit`): see `address::house_name`.
    HouseName,
}

/// One lexicon word found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub cat: Cat,
}

/// How a word must sit in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bound {
    /// Whole word: nothing word-like on either side.
    Word,
    /// A word start: nothing word-like before (stems).
    Start,
    /// A word end: nothing word-like after (suffixes such as `-ectomy`).
    End,
    /// Anywhere (street suffixes, CJK).
    Any,
    /// Devanagari: no Devanagari letter or sign on either side.
    Deva,
    /// The end of a word or an inflection after it: at most
    /// [`INFLECTION`] word bytes, then the word's end (drug endings:
    /// `olanzapinę`, `citalopramu`).
    Inflected,
}

/// Most bytes of an inflection after a [`Bound::Inflected`] word.
const INFLECTION: usize = 4;

fn is_deva(c: Option<char>) -> bool {
    c.is_some_and(|c| ('\u{0900}'..='\u{097F}').contains(&c))
}

fn bound(cat: Cat, word: &str) -> Bound {
    // Latin script (ASCII and accented letters) has word boundaries; CJK
    // and Devanagari words are matched anywhere.
    let latin = word
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii() || (c.is_alphabetic() && u32::from(c) < 0x250));
    if !latin {
        return if is_deva(word.chars().next()) {
            Bound::Deva
        } else {
            Bound::Any
        };
    }
    match cat {
        Cat::StreetSuffix => Bound::Any,
        Cat::Condition if health_words::SUFFIXES.contains(&word) => Bound::End,
        // A stem ends inside a word; a phrase ending in a space-less
        // preposition (`souffre d`) runs into the next word.
        Cat::Condition if word.chars().count() >= 5 || word.ends_with(" d") => Bound::Start,
        _ => Bound::Word,
    }
}

const PHONE_CUES: &str = concat!(
    "tel|tel.|tél|tél.|phone|telephone|phone number|mobile|cell|cellphone|call me at|",
    "text me at|whatsapp|fax|mob|mob.|ph|ph.|teléfono|telefono|móvil|movil|celular|",
    "llámame al|telefon|telefonnummer|handy|handynummer|rufnummer|téléphone|portable|",
    "telefone|telemóvel|telemovel|contacto|cellulare|cell.|numero di telefono|telefonu|",
    "komórka|komorka|kom.|फ़ोन|फोन|मोबाइल|फ़ोन नंबर|मोबाइल नंबर|電話|电话|手机|携帯|連絡先|",
    "联系方式|my number|mi número|mi numero|meu número|meu numero|il mio numero|mon numéro|",
    "meine nummer|pod numer|numer telefonu|número de teléfono|numéro de téléphone|",
    "llama al|zadzwoń|chiamami|appelle-moi|ligue para|ruf mich an|",
    "erreichen sie mich unter|joindre au|",
    // pt: call me / ring me (pii8)
    "liguem-me|ligue-me|liga-me|liguem para|liga para|ligar para|contactem-me|",
    "contacte-me|",
);

const SSN_CUES: &[&str] = &["ssn", "ssn:", "social security", "ss#", "seguro social"];

const AADHAAR_CUES: &[&str] = &["aadhaar", "aadhar", "आधार", "uidai", "uid"];

const ID_CUES: &str = concat!(
    "pesel|cpf|steuer-id|steuerid|steuer-idnr|idnr|identifikationsnummer|",
    "steueridentifikationsnummer|tax id|dni|nie|nif|nino|national insurance|insee|",
    "sécurité sociale|securite sociale|numéro de sécu|codice fiscale|身份证|身份證|",
    "マイナンバー|id number|id no|identity card|documento|número de identidad|personalausweis|",
    "dowód|carte vitale|rg|cpf:|",
);

const ADDRESS_CUES: &str = concat!(
    "live at|lives at|living at|live on|my address|address|home address|ship to|",
    "deliver to|send it to|resides at|vivo en|vive en|dirección|domicilio|wohne|wohnt|",
    "wohnhaft|adresse|anschrift|j'habite|habite|domicilié|domiciliée|moro na|moro em|",
    "mora na|mora em|morada|endereço|residência|abito in|abito a|vive in|indirizzo|",
    "residente in|mieszkam|mieszka|adres|zamieszkały|zamieszkała|पता|रहता|रहती|住所|",
    "住址|地址|住在|に住んで|居住|",
);

const STREET_AFTER_NAME: &str = concat!(
    "street|st|st.|avenue|ave|ave.|road|rd|rd.|lane|ln|ln.|drive|dr|dr.|boulevard|blvd|",
    "blvd.|court|ct|ct.|place|pl|terrace|way|close|crescent|square|sq|parkway|pkwy|",
    "highway|hwy|circle|cir|trail|row|gardens|grove|mews|walk|loop|alley|marg|nagar|",
);

const STREET_BEFORE_NAME: &str = concat!(
    // es
    "calle|c/|avenida|avda|avda.|av.|av|paseo|plaza|pza.|camino|carrer|ronda|travesía|",
    "glorieta|carretera|callejón|rambla|",
    // pt
    "rua|r.|travessa|tv.|praça|largo|estrada|alameda|rodovia|beco|praceta|",
    // it
    "via|viale|piazza|p.zza|corso|vicolo|piazzale|strada|lungomare|contrada|vico|",
    // pl
    "ul.|ulica|al.|aleja|aleje|pl.|plac|os.|osiedle|",
);

const STREET_AFTER_NUMBER: &str = concat!(
    "rue|avenue|av.|boulevard|bd|bd.|bvd|place|allée|allee|impasse|chemin|quai|route|",
    "cours|square|passage|rond-point|faubourg|voie|",
);

const STREET_SUFFIX: &[&str] = &[
    "straße", "strasse", "str.", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer",
    "chaussee", "pfad", "steig", "stieg", "markt", "graben", "berg",
];

const STREET_INDIA: &str = concat!(
    "मार्ग|रोड|गली|नगर|सेक्टर|कॉलोनी|मोहल्ला|फ्लैट|मकान|चौक|विहार|पुरम|sector|colony|",
    "flat no|",
    // An Indian flat (`Flat 1203, Palm Grove Towers, Powai, Mumbai
    // 400076`): the PIN code confirms it (pii6).
    "flat|house no|h.no|h. no|vihar|puram|mohalla|chowk|",
);

const CJK_ADMIN: &[&str] = &[
    "市",
    "区",
    "區",
    "県",
    "省",
    "县",
    "縣",
    "町",
    "村",
    "郡",
    "镇",
    "鎮",
    "東京都",
    "京都府",
    "大阪府",
    "北海道",
];

/// (`丁目`: a Japanese block, read with its numbers by `address::chome`.)
/// Houses and farms with names, not numbers (pii7): UK and Irish,
/// Welsh, Spanish, French, Portuguese, Italian.
const HOUSE_NAMES: &str = concat!(
    "cottage|farm|farmhouse|barn|grange|croft|rectory|vicarage|bungalow|ty|tŷ|",
    "bwthyn|fferm|plas|hafod|finca|cortijo|masía|masia|caserío|caserio|pazo|",
    "lieu-dit|lieudit|quinta|casal|herdade|fazenda|sítio|località|loc.|",
    "frazione|fraz.|podere|cascina|masseria|casale|",
);

const CJK_STREET: &[&str] = &["路", "街", "大道", "巷", "弄", "胡同", "大街", "丁目"];

const CONDITIONS: &str = concat!(
    // en
    "diabet|cancer|tumor|tumour|leukemia|leukaemia|hiv|depression|depressed|",
    "schizophreni|bipolar|asthma|epilep|dementia|alzheimer|parkinson|hepatitis|",
    "tuberculosis|multiple sclerosis|autism|autistic|adhd|anorexia|bulimia|ptsd|",
    "heart attack|heart failure|dialysis|pneumonia|cirrhosis|hypertension|crohn|lupus|",
    "arthritis|psoriasis|migraine|pregnant|miscarriage|chlamydia|syphilis|gonorrh|",
    "herpes|addiction|alcoholism|overdose|stroke|covid|celiac|coeliac|carcinoma|",
    "melanoma|",
    // es
    "cáncer|leucemia|depresión|esquizofrenia|asma|demencia|alzhéimer|párkinson|",
    "tuberculosis|esclerosis|vih|sida|embarazada|infarto|neumonía|trastorno bipolar|",
    "ansiedad|diálisis|",
    // de
    "krebs|brustkrebs|lungenkrebs|leukämie|demenz|tuberkulose|sklerose|magersucht|",
    "schwanger|herzinfarkt|lungenentzündung|bluthochdruck|schlaganfall|",
    // fr
    "diabète|leucémie|dépression|schizophrénie|asthme|épilepsie|démence|hépatite|",
    "tuberculose|sclérose|anorexie|infarctus|cirrhose|pneumonie|enceinte de|",
    // pt
    "câncer|cancro|depressão|demência|hepatite|esclerose|grávida|enfarte|cirrose|",
    // it
    "epilessia|epatite|tubercolosi|sclerosi|anoressia|incinta|cirrosi|polmonite|",
    "ipertensione|",
    // pl
    "cukrzyc|nowotw|rak|raka|białaczk|depresj|schizofreni|astm|padaczk|demencj|gruźlic|",
    "stwardnieni|autyzm|anoreksj|w ciąży|zawał|nadciśnieni|",
    // hi
    "मधुमेह|डायबिटीज|कैंसर|ल्यूकेमिया|अवसाद|डिप्रेशन|",
    "सिज़ोफ्रेनिया|दमा|अस्थमा|मिर्गी|मनोभ्रंश|अल्ज़ाइमर|पार्किंसंस|",
    "हेपेटाइटिस|टीबी|तपेदिक|एचआईवी|एड्स|गर्भवती|दिल का दौरा|",
    "उच्च रक्तचाप|कीमोथेरेपी|",
    // ja
    "糖尿病|がん|癌|白血病|うつ病|統合失調症|喘息|てんかん|認知症|アルツハイマー|パーキンソン|肝炎|結核|エイズ|妊娠|心筋梗塞|高血圧|",
    // zh
    "抑郁症|精神分裂症|哮喘|癫痫|痴呆|阿尔茨海默|帕金森|结核|艾滋病|怀孕|心脏病|高血压|白血病|化疗|",
);

const HONORIFICS: &str = concat!(
    "mr|mr.|mrs|mrs.|ms|ms.|miss|mx|mx.|sr.|sra.|srta.|doña|herr|frau|m.|mme|mme.|mlle|",
    "monsieur|madame|sig.|sig.ra|signor|signora|pan|pani|patient|patientin|patiente|",
    "paciente|paziente|pacjent|pacjentka|श्री|श्रीमती|कुमारी|मरीज़|मरीज|रोगी|",
);

pub(super) const FIRST_NAMES: &str = concat!(
    // en
    "john|james|robert|michael|william|david|richard|joseph|thomas|charles|daniel|",
    "matthew|anthony|steven|paul|andrew|joshua|kevin|brian|george|emily|mary|patricia|",
    "jennifer|linda|elizabeth|barbara|susan|jessica|sarah|karen|nancy|lisa|margaret|",
    "sandra|ashley|kimberly|donna|michelle|laura|rebecca|amanda|emma|olivia|sophia|jane|",
    "alice|peter|oliver|harry|jack|charlotte|amelia|tom|",
    // es
    "maría|maria|josé|jose|juan|carlos|luis|javier|antonio|manuel|francisco|pedro|",
    "miguel|alejandro|pablo|sergio|jorge|carmen|lucía|ana|isabel|marta|elena|cristina|",
    "pilar|dolores|sofía|paula|raquel|",
    // de
    "hans|klaus|jürgen|stefan|andreas|wolfgang|uwe|dieter|lukas|jonas|ursula|monika|",
    "petra|sabine|renate|helga|karin|brigitte|ingrid|julia|lena|katharina|johanna|",
    "gisela|heike|frank|",
    // fr
    "jean|pierre|michel|philippe|alain|nicolas|françois|christophe|laurent|julien|",
    "sébastien|marie|nathalie|isabelle|sylvie|catherine|françoise|sophie|camille|chloé|",
    "manon|émilie|céline|valérie|hélène|louis|lucas|léa|claire|",
    // pt
    "joão|antónio|paulo|luís|tiago|rui|gabriel|rafael|joana|beatriz|mariana|inês|",
    "fernanda|juliana|adriana|patrícia|camila|larissa|thiago|mateus|bruno|leonardo|",
    "gustavo|",
    // it
    "giuseppe|giovanni|mario|luigi|francesco|alessandro|andrea|marco|matteo|lorenzo|",
    "giorgio|roberto|stefano|paolo|anna|giulia|francesca|chiara|sara|alessandra|",
    "valentina|federica|silvia|elisa|martina|giorgia|luca|",
    // pl
    "piotr|krzysztof|andrzej|tomasz|paweł|marcin|michał|marek|grzegorz|jakub|adam|",
    "łukasz|mateusz|katarzyna|małgorzata|agnieszka|ewa|krystyna|magdalena|elżbieta|",
    "joanna|aleksandra|zofia|dorota|kasia|",
    // hi (romanised and Devanagari)
    "rahul|priya|amit|sunita|anil|pooja|vijay|neha|sanjay|ravi|arjun|deepak|anjali|",
    "suresh|rajesh|kavita|ramesh|aarav|ananya|राम|सीता|राहुल|प्रिया|अमित|",
    "सुनीता|अनिल|पूजा|विजय|नेहा|संजय|रवि|मोहन|गीता|अंजलि|सुरेश|राजेश|कविता|",
);

const CJK_NAME_CUES: &[&str] = &[
    "患者",
    "病人",
    "先生",
    "女士",
    "小姐",
    "さん",
    "様",
    "氏",
    "君",
    "ちゃん",
];

/// The automaton and what each pattern means.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// None only if building failed, which fixed word lists never do;
    /// then the detectors that need it find nothing.
    /// The DFA itself rather than `AhoCorasick`: the search loop below is
    /// compiled for this one automaton (no dynamic call per match). A
    /// DFA, not the contiguous NFA (0.34 MB instead of 4.9 MB per worker
    /// VM): natively the NFA walked in two halves was as fast, but in wasm
    /// under V8 (bench-router built for wasm32-wasip1, run by node, 64 KB
    /// prompts) its PII scan was slower than this DFA's, by 10% in English
    /// and 40% or more in Hindi and CJK. The DFA is kept as a
    /// [`dfa::Table`] of 16-bit states (half its memory).
    ac: Option<dfa::Table>,
    meta: Vec<(Cat, Bound)>,
}

/// The longest pattern, in bytes (a test holds every pattern to it): a
/// hit starts at most this far before it ends.
pub const LONGEST: usize = 96;

/// Texts whose halves would be shorter than this are walked in one piece
/// (the second half re-reads [`LONGEST`] bytes).
const MIN_PIECE: usize = 4 * LONGEST;

mod dfa;

/// The state after reading `bytes` from `sid`, matches ignored.
fn warm_up(ac: &dfa::Table, mut sid: u16, bytes: &[u8]) -> u16 {
    for &byte in bytes {
        sid = ac.next(sid, byte);
    }
    sid
}

/// A word list: a slice, or one string of words separated by `|` (the
/// long lists: a slice costs the `.wasm` eight bytes a word more).
#[derive(Clone, Copy)]
enum Words {
    L(&'static [&'static str]),
    J(&'static str),
}
use Words::{J, L};

/// Every pattern of the automaton, and what each one means (by index).
fn patterns() -> (Vec<String>, Vec<(Cat, Bound)>) {
    // A list's words sit in the text as `bound` says, or as [`bound`]
    // decides from the category and the word.
    let groups: [(Words, Cat, Option<Bound>); 30] = [
        (J(PHONE_CUES), Cat::Cue(Cue::Phone), None),
        (L(SSN_CUES), Cat::Cue(Cue::Ssn), None),
        (L(AADHAAR_CUES), Cat::Cue(Cue::Aadhaar), None),
        (J(ID_CUES), Cat::Cue(Cue::NationalId), None),
        (J(ADDRESS_CUES), Cat::Cue(Cue::Address), None),
        (J(STREET_AFTER_NAME), Cat::StreetAfterName, None),
        (J(STREET_BEFORE_NAME), Cat::StreetBeforeName, None),
        (J(STREET_AFTER_NUMBER), Cat::StreetAfterNumber, None),
        (L(STREET_SUFFIX), Cat::StreetSuffix, None),
        (J(STREET_INDIA), Cat::StreetIndia, None),
        (L(CJK_ADMIN), Cat::CjkAdmin, None),
        (L(CJK_STREET), Cat::CjkStreet, None),
        (L(&["〒"]), Cat::PostMark, None),
        (J(CONDITIONS), Cat::Condition, None),
        (J(HONORIFICS), Cat::Honorific, None),
        (J(FIRST_NAMES), Cat::FirstName, None),
        (L(CJK_NAME_CUES), Cat::CjkNameCue, None),
        (J(health_words::CONDITIONS), Cat::Condition, None),
        (L(health_words::SUFFIXES), Cat::Condition, None),
        (J(health_words::NAME_CUES), Cat::Honorific, None),
        (L(health_words::CJK_NAME_CUES), Cat::CjkNameCue, None),
        (J(health_terms::CONDITIONS), Cat::Condition, None),
        (J(health_terms::WHOLE), Cat::Condition, Some(Bound::Word)),
        (
            J(health_terms::DRUG_ENDINGS),
            Cat::Condition,
            Some(Bound::Inflected),
        ),
        (J(health_names::NAME_CUES), Cat::Honorific, None),
        (L(health_names::CJK_NAMES), Cat::FirstName, Some(Bound::Any)),
        (
            L(health_names::CJK_LABELS),
            Cat::CjkNameCue,
            Some(Bound::Any),
        ),
        (L(health_names::DEVANAGARI_NAMES), Cat::FirstName, None),
        (J(health_work::WORK_CUES), Cat::WorkCue, None),
        (J(HOUSE_NAMES), Cat::HouseName, None),
    ];
    let mut words: Vec<String> = Vec::new();
    let mut meta = Vec::new();
    for (list, cat, forced) in groups {
        let list: Vec<&str> = match list {
            L(slice) => slice.to_vec(),
            J(joined) => joined.split('|').filter(|w| !w.is_empty()).collect(),
        };
        for w in list {
            let b = forced.unwrap_or_else(|| bound(cat, w));
            words.push(w.to_string());
            meta.push((cat, b));
            // ASCII letters match in any case; an accented first letter
            // (Łukasz, Épilepsie) needs its capital spelled out.
            let mut chars = w.chars();
            if let Some(first) = chars.next().filter(|c| !c.is_ascii() && c.is_lowercase()) {
                let cap: String = first.to_uppercase().chain(chars).collect();
                words.push(cap);
                meta.push((cat, b));
            }
        }
    }
    (words, meta)
}

impl Lexicon {
    /// Builds the automaton (at configure time).
    pub fn new() -> Lexicon {
        let (words, meta) = patterns();
        // ASCII case is folded on the text as it is read (see `hits`), not
        // by the automaton: uppercase ASCII then never appears in a
        // transition, the alphabet stays under 128 byte classes, and every
        // state takes 128 transitions instead of 256 (half the memory).
        let lower: Vec<String> = words.iter().map(|w| w.to_ascii_lowercase()).collect();
        let ac = DFA::builder()
            .match_kind(MatchKind::Standard)
            .build(&lower)
            .ok()
            .and_then(|ac| dfa::Table::new(&ac, &lower));
        Lexicon { ac, meta }
    }

    /// Every lexicon word in `text` (overlapping ones too), in order of
    /// their end, with the word-boundary rules applied.
    ///
    /// The walk waits on memory: each byte's transition is a load from a
    /// multi-megabyte table that depends on the previous one (a cache or
    /// TLB miss stalls it). So a long text is read as two halves (four
    /// quarters from four times [`MIN_PIECE`]) walked side by side, in one
    /// loop, whose loads the CPU overlaps. The second half's walk starts
    /// [`LONGEST`] bytes early without reporting: an Aho-Corasick state
    /// stands for the longest suffix of the text read so far that begins
    /// a pattern, which is never longer than the longest pattern, so at
    /// the half the walk is in exactly the state a single walk from the
    /// text's start would be in. Each half reports the matches that end
    /// inside it; the first half's hits then the second's are the single
    /// walk's hits.
    // Not inlined: inlined into the detectors' dispatch (opt-level "s"),
    // the DFA loop's state and bounds were spilled to the stack and the
    // native PII scan ran about 1.5x slower per byte.
    #[inline(never)]
    pub fn hits(&self, text: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        let Some(ac) = &self.ac else { return out };
        let start = ac.start();
        let b = text.as_bytes();
        if b.len() / 4 >= MIN_PIECE {
            return self.hits4(ac, text);
        }
        let half = b.len() / 2;
        if half < MIN_PIECE {
            self.walk(ac, text, start, 0, b.len(), &mut out);
            return out;
        }
        // Two pieces: [0, half) and [half, len), the second warmed up on
        // the LONGEST bytes before it.
        let (first, second) = b.split_at(half);
        let warm = first
            .get(half.saturating_sub(LONGEST)..)
            .unwrap_or_default();
        let (mut sa, mut sb) = (start, warm_up(ac, start, warm));
        let mut tail = Vec::new();
        for (i, (&x, &y)) in first.iter().zip(second).enumerate() {
            sa = ac.next(sa, x);
            sb = ac.next(sb, y);
            if ac.is_match(sa) | ac.is_match(sb) {
                if ac.is_match(sa) {
                    self.report(ac, text, sa, i, &mut out);
                }
                if ac.is_match(sb) {
                    self.report(ac, text, sb, half + i, &mut tail);
                }
            }
        }
        // The second piece is longer by the odd byte, if any.
        self.walk(ac, text, sb, 2 * half, b.len(), &mut tail);
        out.append(&mut tail);
        out
    }

    /// [`Lexicon::hits`] for a text of four pieces or more: four quarters
    /// walked side by side (the same warm-up as the two halves', before
    /// each quarter but the first), their hits in the quarters' order.
    fn hits4(&self, ac: &dfa::Table, text: &str) -> Vec<Hit> {
        let b = text.as_bytes();
        let q = b.len() / 4;
        let start = ac.start();
        let warm = |at: usize| {
            let bytes = b.get(at.saturating_sub(LONGEST)..at).unwrap_or_default();
            warm_up(ac, start, bytes)
        };
        let (Some(p0), Some(p1), Some(p2), Some(p3)) = (
            b.get(..q),
            b.get(q..2 * q),
            b.get(2 * q..3 * q),
            b.get(3 * q..4 * q),
        ) else {
            let mut out = Vec::new();
            self.walk(ac, text, start, 0, b.len(), &mut out);
            return out;
        };
        let mut s = [start, warm(q), warm(2 * q), warm(3 * q)];
        let mut outs: [Vec<Hit>; 4] = Default::default();
        for (i, (((&w, &x), &y), &z)) in p0.iter().zip(p1).zip(p2).zip(p3).enumerate() {
            s[0] = ac.next(s[0], w);
            s[1] = ac.next(s[1], x);
            s[2] = ac.next(s[2], y);
            s[3] = ac.next(s[3], z);
            if ac.is_match(s[0]) | ac.is_match(s[1]) | ac.is_match(s[2]) | ac.is_match(s[3]) {
                self.report4(ac, text, &s, q, i, &mut outs);
            }
        }
        // The last quarter is longer by the odd bytes, if any.
        let [mut out, mut o1, mut o2, mut o3] = outs;
        self.walk(ac, text, s[3], 4 * q, b.len(), &mut o3);
        out.append(&mut o1);
        out.append(&mut o2);
        out.append(&mut o3);
        out
    }

    /// The matches of the four walks of [`Lexicon::hits4`] at offset `i`
    /// of their quarters (of `q` bytes), each into its own list.
    #[inline(never)]
    fn report4(
        &self,
        ac: &dfa::Table,
        text: &str,
        s: &[u16; 4],
        q: usize,
        i: usize,
        outs: &mut [Vec<Hit>; 4],
    ) {
        for (k, (&sid, out)) in s.iter().zip(outs.iter_mut()).enumerate() {
            if ac.is_match(sid) {
                self.report(ac, text, sid, k * q + i, out);
            }
        }
    }

    /// The single walk from `sid` over `text[from..to]`, reporting.
    fn walk(
        &self,
        ac: &dfa::Table,
        text: &str,
        mut sid: u16,
        from: usize,
        to: usize,
        out: &mut Vec<Hit>,
    ) {
        let b = text.as_bytes();
        let Some(bytes) = b.get(from..to) else { return };
        for (k, &byte) in bytes.iter().enumerate() {
            sid = ac.next(sid, byte);
            if ac.is_match(sid) {
                self.report(ac, text, sid, from + k, out);
            }
        }
    }

    /// The matches of state `sid` reached by reading the byte at `i`
    /// (by `find_overlapping_iter`'s rules: in the match state's order).
    #[inline]
    fn report(&self, ac: &dfa::Table, text: &str, sid: u16, i: usize, out: &mut Vec<Hit>) {
        let e = i.saturating_add(1);
        for (pid, len) in ac.matches(sid) {
            self.check(text, e.saturating_sub(len), e, pid, out);
        }
    }

    /// Keeps the match of pattern `pid` at `s..e` if it sits in the text
    /// as its word must (see [`Bound`]).
    #[inline]
    fn check(&self, text: &str, s: usize, e: usize, pid: usize, out: &mut Vec<Hit>) {
        let b = text.as_bytes();
        let Some(&(cat, bound)) = self.meta.get(pid) else {
            return;
        };
        let last = before(b, e);
        let (left_ok, right_ok) = match bound {
            Bound::Any => (true, true),
            Bound::Deva => (
                !is_deva(char_before(text, s).map(|(_, c)| c)),
                !is_deva(char_at(text, e)),
            ),
            Bound::Start => (!is_wordish(before(b, s)), true),
            Bound::End => (true, !is_wordish(at(b, e))),
            Bound::Inflected => (
                true,
                (e..=e.saturating_add(INFLECTION)).any(|i| !is_wordish(at(b, i))),
            ),
            Bound::Word => (
                !is_wordish(before(b, s)),
                !is_wordish(last) || !is_wordish(at(b, e)),
            ),
        };
        if left_ok && right_ok {
            out.push(Hit {
                start: s,
                end: e,
                cat,
            });
        }
    }
}

impl Lexicon {
    /// Bytes the automaton takes in memory (one copy per worker VM) and
    /// its number of patterns.
    pub fn size(&self) -> (usize, usize) {
        self.ac
            .as_ref()
            .map_or((0, 0), |ac| (ac.memory_usage(), ac.patterns_len()))
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The search loop reports exactly what `AhoCorasick`'s overlapping
    /// iterator over the same patterns reports, in the same order.
    #[test]
    fn hits_equal_the_overlapping_iterator() {
        let lex = Lexicon::new();
        let (words, _) = patterns();
        let reference = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&words)
            .unwrap();
        let texts = [
            "Mr John Smith lives at 221B Baker Street, London NW1 6XE; phone +44 20 7946 0958.",
            "Calle Mayor 12, 28013 Madrid. Paciente María Gómez con diabetes. Tel. 612 345 678",
            "Hauptstraße 5, 10115 Berlin; Frau Müller hat Epilepsie. Łukasz z ul. Długa 5.",
            "北京市朝阳区建国路88号 患者王先生 糖尿病 〒100-0005 千代田区丸の内1-1-1 電話",
            "मकान नं. 12, गांधी मार्ग, जयपुर 302001 श्री राहुल को मधुमेह है। आधार",
            "The nightly job loads orders from the warehouse, joins them with customer records.",
            "telephone phone number call me at my number mi número ssn: SSN social security",
            "",
        ];
        let mut all = String::new();
        for t in texts {
            all.push_str(t);
            all.push(' ');
        }
        let mut found = 0;
        for text in texts.iter().copied().chain([all.as_str()]) {
            let mut want = Vec::new();
            for m in reference.find_overlapping_iter(text) {
                lex.check(text, m.start(), m.end(), m.pattern().as_usize(), &mut want);
            }
            assert_eq!(lex.hits(text), want, "{text}");
            found += want.len();
        }
        assert!(found > 40, "{found}");
    }

    /// Texts long enough to be walked as two halves or four quarters: the
    /// pieces' hits are the single walk's, wherever a cut falls (inside a word, inside a
    /// multi-byte char, between the two ends of a match).
    #[test]
    fn two_halves_equal_the_overlapping_iterator() {
        let lex = Lexicon::new();
        let (words, _) = patterns();
        let reference = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&words)
            .unwrap();
        let pieces = [
            "Mr John Smith lives at 221B Baker Street, London NW1 6XE. ",
            "Paciente María Gómez con diabetes, Calle Mayor 12. ",
            "Hauptstraße 5, Frau Müller hat Epilepsie. ",
            "北京市朝阳区建国路88号 患者王先生 糖尿病 ",
            "श्री राहुल को मधुमेह है। आधार ",
            "the nightly job loads orders ",
            "telephone phone number ",
            "x",
            "é",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for round in 0..60 {
            let mut text = String::new();
            while text.len() < 200 + round * 80 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let quarters = (4 * MIN_PIECE..4 * MIN_PIECE + 4).chain([text.len() - 2]);
            for cut in [text.len(), text.len() - 1, 2 * MIN_PIECE, 2 * MIN_PIECE + 1]
                .into_iter()
                .chain(quarters)
            {
                let Some(t) = text.get(..cut.min(text.len())) else {
                    continue;
                };
                let mut want = Vec::new();
                for m in reference.find_overlapping_iter(t) {
                    lex.check(t, m.start(), m.end(), m.pattern().as_usize(), &mut want);
                }
                assert_eq!(lex.hits(t), want, "{t}");
            }
        }
    }

    /// The automaton is copied into every worker VM: its size is reported
    /// (`cargo test --release lexicon_size -- --nocapture`) and capped.
    #[test]
    fn lexicon_size() {
        let lex = Lexicon::new();
        let (bytes, patterns) = lex.size();
        let debug = format!("{:?}", lex.ac.as_ref().unwrap());
        let line = |key: &str| {
            debug
                .lines()
                .find(|l| l.starts_with(key))
                .unwrap_or("")
                .to_string()
        };
        println!(
            "lexicon DFA: {bytes} bytes, {patterns} patterns, {}, {}, {}",
            line("alphabet length"),
            line("stride"),
            line("state length")
        );
        // 5.0 MB until pii6 added medicines by class and disabilities
        // (about 0.4 MB: 512 bytes a state, about one state a byte).
        // 5.4 MB until pii7 added the words of work (`employee`,
        // `Mitarbeiterin`, `员工`: about 0.19 MB) and rural house names;
        // the everyday words of health at work are in a small automaton
        // of their own, read only around people (`health_work`).
        // Since the 16-bit table (speed8) it is about half that: 2.80 MB,
        // then 2.90 MB with the eighth round's words (pii9); capped so the
        // halving is kept.
        assert!(bytes < 3_200_000, "{bytes}");
        let (words, _) = super::patterns();
        assert!(words.iter().all(|w| w.len() <= LONGEST));
    }
}
