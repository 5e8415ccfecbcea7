//! Health at work (pii7): sickness absence, occupational health, injuries
//! at work and the everyday words people use for common conditions, in the
//! ten languages, read only around a person.
//!
//! HR and personnel notes, incident and accident reports, return-to-work
//! and reasonable-adjustment notes name an employee and say what is wrong
//! in plain words rather than diagnoses: a slipped disc, a back injury,
//! burnout, a migraine, a broken wrist, a concussion, dizziness, pregnancy
//! complications, `Bandscheibenvorfall`, `arbeitsunfähig`, `mi-temps
//! thérapeutique`, `baja médica`, `zwolnienie lekarskie`, `腰椎间盘突出`,
//! `病假`, `休職`. These words are many and ordinary elsewhere, so they are
//! not in the lexicon's automaton (a bigger table for every byte of every
//! prompt): a second, small automaton ([`EVERYDAY`]) reads only the
//! windows of [`super::health::WINDOW`] bytes around a person the lexicon
//! found (an honorific, a given name, a relative, a CJK cue) or around a
//! word of work ([`WORK_CUES`]: employee, staff member, `Mitarbeiterin`,
//! `salariée`, `pracownik`, `员工`, `社員`, an accident or incident), the
//! windows merged so that each byte is read once. What it finds counts as
//! a condition, and the health detector pairs it with a name as any other.
//!
//! A word of work also introduces a name (`employee Bryn Evans`,
//! `Mitarbeiterin Lena Roth`, `员工王强`), as weak evidence (as a given
//! name is: fiction and public life still rule it out).
//!
//! Deliberately ignores: absence that says nothing of health (annual
//! leave, parental or maternity leave, bereavement, training), injuries
//! and sickness with no one named (`no injuries were reported`, `how do I
//! fill in a sick note?`), words of work with no condition near.

use std::sync::OnceLock;

use super::health_context::{matches, word_list, WordList};
use super::lexicon::{Cat, Hit};
use super::text::{at, before, char_at, char_before, is_wordish, upper_at};

/// Words of work before a name, or around an accident: the lexicon finds
/// them (category `WorkCue`). Latin ones before a capitalised name, CJK
/// ones right before the name (`员工王强`).
pub(super) const WORK_CUES: &str = concat!(
    // en
    "employee|staff member|team member|member|worker|co-worker|coworker|",
    "operative|apprentice|trainee|driver|incident|accident|injured|",
    // Trades and site jobs before a name (pii8): `labourer Kevin Hart`,
    // `el peón Iván Robles`, `le maçon Yannick Le Gall`, `施工员王磊`.
    "labourer|laborer|scaffolder|bricklayer|carpenter|joiner|plasterer|",
    "electrician|plumber|welder|roofer|groundworker|foreman|site manager|",
    "peón|albañil|obrero|obrera|capataz|encargado de obra|",
    "bauarbeiter|maurer|monteur|monteurin|polier|vorarbeiter|",
    "maçon|ouvrier|ouvrière|manœuvre|intérimaire|chef de chantier|",
    "servente|pedreiro|encarregado|carpinteiro|eletricista|canalizador|",
    "muratore|manovale|carpentiere|capocantiere|elettricista|",
    "murarz|robotnik|cieśla|elektryk|brygadzista|kierownik budowy|",
    "施工员|项目经理|工人|工长|技术员|安全员|电工|焊工|班组长|",
    "作業員|現場監督|職人|",
    // es
    "empleado|empleada|trabajador|trabajadora|operario|operaria|accidente|",
    // de
    "mitarbeiter|mitarbeiterin|beschäftigte|beschäftigter|arbeitnehmer|",
    "arbeitnehmerin|angestellte|angestellter|kollegin|azubi|unfall|",
    // fr
    "salarié|salariée|employé|employée|collaborateur|collaboratrice|agent|",
    "agente|adhérent|adhérente|accident du travail|",
    // pt
    "funcionário|funcionária|colaborador|colaboradora|trabalhador|",
    "trabalhadora|operário|operária|acidente|",
    // it
    "dipendente|lavoratore|lavoratrice|collaboratore|collaboratrice|",
    "operaio|operaia|infortunio|",
    // pl
    "pracownik|pracownica|pracownika|pracownicy|pracownicę|wypadek|",
    // hi
    "कर्मचारी|दुर्घटना|",
    // ja
    "社員|従業員|職員|組合員|労災|",
    // zh
    "员工|职工|雇员|工伤|",
);

/// Everyday words for conditions and injuries, sickness absence and
/// occupational health, in the ten languages. Latin stems of five or more
/// letters match any word they start (`burnout` finds `burnouts`,
/// `bandscheib` finds `Bandscheibenvorfall`); shorter words match whole
/// words; CJK and Devanagari strings match anywhere. Bare words that are
/// idioms or other things elsewhere stay out or come as phrases (`broken`
/// only with a body part; `Schwindel` is also a swindle: `schwindelig`;
/// `चक्कर` is also a round: `चक्कर आ`).
pub(super) const EVERYDAY: &str = concat!(
    // en: absence and occupational health
    "sick leave|off sick|signed off sick|signed off work|sick note|fit note|",
    "phased return|return to work after|occupational health|reasonable adjustment|",
    "long-term sick|sickness absence|medical leave|stress leave|",
    // en: back, strain, burnout, head
    "back injury|back pain|bad back|slipped disc|herniated disc|prolapsed disc|",
    "sciatica|lumbago|burnout|burn-out|burned out|burnt out|work-related stress|",
    "stress-related|exhaustion|nervous breakdown|panic attack|mental health|",
    "migraine|concussion|head injury|whiplash|tinnitus|carpal tunnel|",
    "repetitive strain|long covid|chronic fatigue|chronic pain|",
    // en: injuries
    "broken wrist|broken arm|broken leg|broken ankle|broken hip|broken rib|",
    "broken finger|broken foot|broken collarbone|sprain|",
    "torn ligament|twisted ankle|knee injury|shoulder injury|hand injury|",
    "eye injury|neck injury|wrist injury|ankle injury|foot injury|",
    "was injured|got injured|injured his|injured her|injured their|",
    "dizzy|dizziness|fainted|passed out|collapsed|lost consciousness|",
    "felt faint|felt sick|felt unwell|vomiting|poisoning|burns to|",
    "chemical burn|needed stitches|taken to hospital|taken to a&e|",
    "rushed to hospital|admitted to hospital|nausea|tendinit|hurt her back|hurt his back|",
    "knee operation|hip operation|back operation|shoulder operation|",
    "rolled his ankle|rolled her ankle|twisted his ankle|twisted her ankle|",
    "twisted his knee|twisted her knee|hurt his knee|hurt her knee|",
    "oxygen concentrator|home oxygen|",
    // en: pregnancy
    "pregnancy complications|morning sickness|pre-eclampsia|preeclampsia|",
    "gestational|high-risk pregnancy|bed rest|",
    // es
    "baja médica|baja por enfermedad|está de baja|estoy de baja|sigue de baja|",
    "incapacidad temporal|",
    "lumbalgia|dolor de espalda|hernia discal|ciática|esguince|",
    "muñeca rota|brazo roto|pierna rota|tobillo roto|se rompió|se fracturó|",
    "latigazo cervical|conmoción cerebral|migraña|mareo|mareada|mareado|",
    "desmayo|se desmayó|quemadura|intoxicación|agotamiento|estrés laboral|",
    "embarazo de riesgo|amenaza de aborto|lesión|lesionado|lesionada|",
    "accidente laboral|rehabilitación|adaptación del puesto|",
    "salud mental|se cortó|puntos de sutura|se torció|torcedura|náuseas|",
    "lumbalgia|días de baja|dias de baja|baja laboral|esguince|",
    // de
    "krankgeschrieben|krankschreibung|krankmeldung|arbeitsunfähig|",
    "krankenstand|wiedereingliederung|betriebsarzt|betriebsärzt|bandscheib|",
    "rückenschmerz|rückenleiden|hexenschuss|ischias|erschöpfung|migräne|",
    "gehirnerschütterung|schleudertrauma|armbruch|beinbruch|handgelenksbruch|",
    "verstaucht|verstauchung|prellung|bänderriss|schwindelig|schwindelgefühl|",
    "ohnmächtig|bewusstlos|vergiftung|verbrennung|verätzung|arbeitsunfall|",
    "risikoschwangerschaft|beschäftigungsverbot|verletzt|",
    "verletzung|psychische|übelkeit|rettungswagen|umgeknickt|",
    "hüft-op|knie-op|rücken-op|schulter-op|bandscheiben-op|hüftoperation|",
    "knieoperation|künstliche hüfte|künstliches kniegelenk|",
    // fr
    "arrêt maladie|arrêt de travail|congé maladie|congé de maladie|",
    "mi-temps thérapeutique|médecine du travail|médecin du travail|",
    "maladie professionnelle|lombalgie|mal de dos|hernie discale|sciatique|",
    "épuisement|entorse|poignet cassé|bras cassé|jambe cassée|cheville cassée|",
    "s'est cassé|s'est fracturé|commotion cérébrale|vertige|malaise|",
    "évanoui|évanouie|intoxication|brûlure|grossesse pathologique|",
    "grossesse à risque|aménagement de poste|poste aménagé|",
    "rééducation|blessé|blessée|blessure|santé mentale|nausées|s'est blessé|",
    "entorse|s'est tordu|tordu la cheville|s'est foulé|foulure|lumbago|",
    // pt
    "baixa médica|baixa por doença|atestado médico|licença médica|",
    "afastado|afastada|afastamento|acidente de trabalho|dor nas costas|",
    "lombalgia|hérnia de disco|hérnia discal|ciática|esgotamento|entorse|",
    "pulso partido|braço partido|perna partida|fraturou|partiu o|partiu a|",
    "quebrou o|quebrou a|concussão|enxaqueca|tontura|desmaio|desmaiou|",
    "intoxicação|queimadura|gravidez de risco|lesão|lesionad|",
    "ferido|ferida|saúde mental|torceu|está de baixa|náuseas|entorse|",
    // it
    "in malattia|congedo per malattia|certificato medico|certificato di malattia|",
    "infortunat|mal di schiena|lombalgia|ernia del disco|ernia discale|",
    "sciatalgia|esaurimento|distorsione|polso rotto|braccio rotto|gamba rotta|",
    "caviglia rotta|si è rotto|si è rotta|commozione cerebrale|emicrania|",
    "vertigini|capogiro|svenut|svenimento|intossicazione|ustione|",
    "gravidanza a rischio|medico competente|riabilitazione|",
    "ferito|ferita|salute mentale|inidoneità|idoneità con limitazioni|si è fatto male|",
    "si è fatta male|intervento all'anca|intervento all’anca|",
    "intervento al ginocchio|protesi all'anca|protesi all’anca|protesi d'anca|",
    "protesi al ginocchio|distorsione|slogatura|",
    // pl
    "zwolnienie lekarskie|zwolnieniu lekarskim|zwolnienia lekarskiego|",
    "zwolnieniem lekarskim|zwolnienie chorobowe|na zwolnieniu|l4|",
    "zasiłek chorobowy|wypadek przy pracy|ból pleców|bóle pleców|bólu pleców|",
    "dyskopat|rwa kulszowa|rwę kulszową|wypaleni|skręceni|złamał|",
    "wstrząśnieni|migren|zawroty głowy|zawrotów głowy|omdleni|zemdlał|",
    "zatruci|oparzeni|ciąża zagrożona|zagrożona ciąża|ciąży zagrożonej|",
    "rehabilitacj|medycyny pracy|uraz|urazu|kontuzj|",
    "zdrowie psychiczne|nudności|skręcił|zapalenie ścięgna|skręcenie|",
    // hi
    "मेडिकल लीव|सिक लीव|बीमारी की छुट्टी|कमर दर्द|पीठ दर्द|स्लिप डिस्क|",
    "माइग्रेन|चक्कर आ|बेहोश|चोट|घायल|हड्डी टूट|कलाई टूट|बर्नआउट|",
    "गर्भावस्था|प्रेग्नेंसी|उल्टी|",
    // ja
    "病欠|病気休暇|休職|傷病|療養|産業医|腰痛|椎間板ヘルニア|ヘルニア|",
    "ぎっくり腰|坐骨神経痛|燃え尽き|バーンアウト|適応障害|うつ状態|捻挫|",
    "むち打ち|脳震盪|脳しんとう|片頭痛|偏頭痛|めまい|失神|意識を失|中毒|",
    "火傷|やけど|切迫早産|切迫流産|つわり|負傷|怪我|復職|リハビリ|救急搬送|吐き気|",
    // zh
    "病假|病休|腰椎间盘|椎间盘突出|腰间盘突出|腰痛|腰肌劳损|坐骨神经痛|",
    "职业倦怠|过劳|扭伤|脑震荡|偏头痛|头晕|晕倒|昏倒|昏迷|中毒|烧伤|",
    "烫伤|先兆流产|孕吐|受伤|负伤|复工|康复|手术|送医|恶心|",
);

/// Short words that are a person word only after a determiner: in
/// another language they are grammar (`son traitement` is French "his
/// treatment", `son` Spanish "they are", Polish `pan` also "you").
const AMBIGUOUS_RELATIVES: &[&str] = &["son", "don", "pan", "pana", "panu", "mari", "ami", "tata"];

/// Determiners and possessives that make such a word a person (`my son`,
/// `her son`, `the son`).
const DETERMINERS: &str = "my|his|her|our|their|your|the|a|whose|mi|tu|su|mon|ton|notre|votre|\
                           leur|mój|twój|jej|jego|nasz|mein|sein|ihr|un|el";

/// Is the lexicon's relative or honorific at `h` (with no name after it)
/// an unnamed person? Not an ambiguous short word without a determiner
/// before it (`après son traitement`, `ellos son`).
pub(super) fn unnamed_person(text: &str, h: &Hit) -> bool {
    let Some(word) = text.get(h.start..h.end) else {
        return false;
    };
    if !AMBIGUOUS_RELATIVES
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
    {
        return true;
    }
    // The word before (at most 12 bytes back).
    let lo = super::text::floor_boundary(text, h.start.saturating_sub(12));
    let prev = text
        .get(lo..h.start)
        .and_then(|t| t.split_whitespace().next_back())
        .unwrap_or("");
    DETERMINERS
        .split('|')
        .any(|d| d.eq_ignore_ascii_case(prev) || prev.ends_with("'s"))
}

fn automaton() -> Option<&'static WordList> {
    static NFA_: OnceLock<Option<WordList>> = OnceLock::new();
    NFA_.get_or_init(|| word_list(EVERYDAY)).as_ref()
}

/// Does the match `s..e` sit in the text as its word must? Latin words
/// start a word; those shorter than five bytes also end one (stems of
/// five or more run on: `bandscheib`, `fractured`); Devanagari ones have
/// no Devanagari letter or sign on either side (`चोट`, not `चोटी`); CJK
/// anywhere.
fn fits(text: &str, s: usize, e: usize) -> bool {
    let b = text.as_bytes();
    let first = at(b, s);
    // Latin letters with accents (U+0080..U+024F) start with 0xC2..0xC9.
    let latin = first.is_ascii() || (0xC2..=0xC9).contains(&first);
    if title_case(text, s, e) {
        return false;
    }
    if latin {
        let left = !is_wordish(before(b, s));
        let right = e - s >= 5 || !is_wordish(at(b, e));
        return left && right;
    }
    let deva = |c: Option<char>| c.is_some_and(|c| ('\u{0900}'..='\u{097F}').contains(&c));
    if deva(char_at(text, s)) {
        return !deva(char_before(text, s).map(|(_, c)| c)) && !deva(char_at(text, e));
    }
    true
}

/// Is the phrase at `s..e` two or more words (with a space between) all
/// capitalised? Then it
/// names a department, a service or a heading (`Occupational Health`,
/// `Mental Health First Aid`), not someone's condition.
fn title_case(text: &str, s: usize, e: usize) -> bool {
    // Each word's first letter, on bytes: after `s`, after a space or a
    // hyphen.
    let b = text.as_bytes();
    // One hyphenated word is no heading: German nouns are capitalised
    // (`Knie-OP`, `Hüft-OP`) (pii8).
    if !b.get(s..e).unwrap_or_default().contains(&b' ') {
        return false;
    }
    let mut words = 0;
    for i in s..e {
        if i == s || matches!(before(b, i), b' ' | b'-') {
            if !upper_at(text, i) {
                return false;
            }
            words += 1;
        }
    }
    words >= 2
}

/// Every everyday condition word in the windows of `window` bytes around
/// each of `anchors` (spans, about in order of their start), as condition
/// hits (not sorted; one may come twice).
pub(super) fn conditions(text: &str, anchors: &[(usize, usize)], window: usize) -> Vec<Hit> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    if anchors.is_empty() {
        return out;
    }
    let Some(list) = automaton() else {
        return out;
    };
    // Anchors come in about the order of their start (the lexicon's hits
    // are in order of their end): a window overlapping the last one is
    // merged into it, so each byte is read about once, and at most twice.
    let mut windows: Vec<(usize, usize)> = Vec::new();
    for &(s, e) in anchors.iter() {
        let lo = s.saturating_sub(window);
        let hi = e.saturating_add(window).min(b.len());
        match windows.last_mut() {
            Some(w) if lo <= w.1 && w.0 <= hi => *w = (w.0.min(lo), w.1.max(hi)),
            _ => windows.push((lo, hi)),
        }
    }
    let mut found = Vec::new();
    for w in windows {
        matches(list, text, w, fits, &mut found);
    }
    out.extend(found.into_iter().map(|(start, end)| Hit {
        start,
        end,
        cat: Cat::Condition,
    }));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let anchors = vec![(0, text.len())];
        conditions(text, &anchors, 0)
            .iter()
            .map(|h| text.get(h.start..h.end).unwrap_or("").to_string())
            .collect()
    }

    #[test]
    fn everyday_conditions_in_ten_languages() {
        for (t, w) in [
            ("Sam is off with a slipped disc", "slipped disc"),
            ("Lena hatte einen Bandscheibenvorfall", "Bandscheib"),
            (
                "reprend en mi-temps thérapeutique",
                "mi-temps thérapeutique",
            ),
            ("está de baja médica desde el lunes", "baja médica"),
            ("está com dor nas costas", "dor nas costas"),
            ("è in malattia per mal di schiena", "mal di schiena"),
            ("jest na zwolnieniu lekarskim", "zwolnieniu lekarskim"),
            ("उसे पीठ दर्द है", "पीठ दर्द"),
            ("राजेश को चोट लगी", "चोट"),
            ("腰痛で休職中", "休職"),
            ("因腰椎间盘突出住院", "腰椎间盘"),
            ("Épuisement professionnel", "Épuisement"),
        ] {
            let found = words(t);
            assert!(found.iter().any(|f| f == w), "{t}: {found:?}");
        }
    }

    #[test]
    fn everyday_words_need_their_boundaries() {
        // `l4` and `uraz` are whole words; `physio` starts a word.
        for t in [
            "model l4x",
            "teraz uraza",
            "biophysics",
            "hangover",
            "mdizzy",
            "पहाड़ की चोटी",
        ] {
            assert!(words(t).is_empty(), "{t}: {:?}", words(t));
        }
    }

    #[test]
    fn ambiguous_relatives_need_a_determiner() {
        let hit = |t: &str, w: &str| {
            let s = t.find(w).unwrap();
            Hit {
                start: s,
                end: s + w.len(),
                cat: Cat::Honorific,
            }
        };
        let t = "Mme Dubois reprend après son traitement";
        assert!(!unnamed_person(t, &hit(t, "son")));
        let t = "Thanks! My son has asthma";
        assert!(unnamed_person(t, &hit(t, "son")));
        let t = "her son is on warfarin";
        assert!(unnamed_person(t, &hit(t, "son")));
        let t = "Czy pan wie";
        assert!(!unnamed_person(t, &hit(t, "pan")));
        let t = "my mother takes insulin";
        assert!(unnamed_person(t, &hit(t, "mother")));
    }
}
