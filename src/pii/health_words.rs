//! The health detector's second word list: conditions (chronic diseases,
//! surgeries, clinical abbreviations, mental health, pregnancy, "diagnosed
//! with" phrases) and name cues (`Señora`, `Signorina`, `患儿`) beyond the
//! core ones in [`super::lexicon`], in the same ten languages, the same
//! concepts in each. They are part of the one lexicon automaton (see
//! `lexicon::patterns`), so they cost no pass of their own.

/// Conditions, as stems (Latin script, 5+ letters: any word starting with
/// it), whole words (shorter ones and abbreviations), suffixes (`-ectomy`,
/// `-itis`: the end of a word), and CJK or Devanagari strings.
pub(super) const CONDITIONS: &str = concat!(
    // en
    "copd|bronchitis|kidney disease|renal failure|ckd|heart disease|coronary|angina|",
    "arrhythmi|atrial fibrillation|afib|cardiomyopath|hip replacement|knee replacement|",
    "transplant|bypass surgery|",
    // Any surgery someone is having or had (`gallbladder surgery`, `am
    // Knie operiert`), pii5.
    "surgery|operiert|osteoporo|anaemia|sickle cell|cystic fibrosis|hemophilia|",
    "haemophilia|hypothyroid|hyperthyroid|glaucoma|cataract|paralys|paraplegi|",
    "quadripleg|cerebral palsy|down syndrome|ocd|anxiety|panic disorder|eating disorder|",
    "psychosis|psychotic|suicidal|self-harm|pregnancy|postpartum|infertil|sepsis|",
    "thrombosis|dvt|embolism|aneurysm|seizure|concussion|sarcoma|glioma|glioblastoma|",
    "chemo|radiotherapy|diagnosed with|suffers from|post-op|",
    // es
    "epoc|enfisema|bronquitis|asmátic|enfermedad renal|insuficiencia renal|cardiopatía|",
    "insuficiencia cardíaca|arritmia|fibrilación auricular|prótesis de cadera|",
    "trasplante|fibrosis quística|hipotiroidismo|hipertiroidismo|glaucoma|parálisis|",
    "síndrome de down|trastorno bipolar|trastorno de ansiedad|trastorno alimentario|",
    "embarazo|aneurisma|ictus|linfoma|mieloma|quimio|diagnosticad|padece|",
    // de
    "emphysem|niereninsuffizienz|nierenerkrankung|nierenversagen|dialyse|",
    "herzinsuffizienz|herzerkrankung|herzschwäche|vorhofflimmern|hüftprothese|",
    "knieprothese|hüft-tep|knie-tep|adipositas|anämie|mukoviszidose|schilddrüsen|",
    "hypothyreose|glaukom|grauer star|lähmung|querschnittsgelähmt|down-syndrom|",
    "zwangsstörung|angststörung|essstörung|fehlgeburt|thrombose|embolie|krampfanfall|",
    "lymphom|myelom|bestrahlung|psychose|diagnostiziert|leidet an|leidet unter|",
    // fr
    "bpco|emphysème|bronchite|insuffisance rénale|maladie rénale|dialyse|",
    "insuffisance cardiaque|cardiopathie|fibrillation|angine de poitrine|",
    "prothèse de hanche|greffe|amput|ostéoporose|obésité|anémie|mucoviscidose|",
    "hypothyroïdie|glaucome|trisomie|trouble bipolaire|troubles anxieux|",
    "troubles alimentaires|anxiété|grossesse|fausse couche|septicémie|thrombose|",
    "anévrisme|avc|myélome|sarcome|chimio|radiothérapie|psychose|diagnostiqué|souffre d|",
    // pt
    "dpoc|enfisema|bronquite|doença renal|insuficiência renal|diálise|",
    "insuficiência cardíaca|cardiopatia|fibrilação|prótese de quadril|prótese da anca|",
    "fibrose cística|hipotireoidismo|catarata|síndrome de down|transtorno bipolar|",
    "transtorno de ansiedade|transtorno alimentar|gravidez|gestante|aborto espontâneo|",
    "sepse|trombose|avc|convulsões|linfoma|psicose|diagnosticad|sofre de|",
    // it
    "bpco|bronchite|malattia renale|insufficienza renale|dialisi|insufficienza cardiaca|",
    "fibrillazione|protesi d'anca|protesi all'anca|trapianto|obesità|fibrosi cistica|",
    "ipotiroidismo|cataratta|paralisi|sindrome di down|disturbo bipolare|",
    "disturbo d'ansia|disturbi alimentari|aborto spontaneo|trombosi|ictus|linfoma|",
    "chemio|psicosi|diagnosticat|soffre di|asma|",
    // pl
    "pochp|rozedm|zapalenie oskrzeli|astma|astmę|astmy|astmą|astmie|choroba nerek|",
    "chorobę nerek|chorobą nerek|niewydolnoś|dializ|choroba wieńcowa|arytmi|",
    "migotanie przedsionków|endoprotez|przeszczep|otyłoś|anemi|niedokrwistoś|",
    "mukowiscydoz|niedoczynnoś|nadczynnoś|jaskr|zaćm|paraliż|sparaliżowan|",
    "zespół downa|zaburzenia lękowe|zaburzenia odżywiania|choroba dwubiegunowa|ciąża|",
    "ciąży|ciążę|poronieni|niepłodnoś|posocznic|zakrzepic|tętniak|udar|udaru|udarze|",
    "chłoniak|szpiczak|radioterapi|psychoz|zdiagnozowan|choruje na|chory na|chora na|",
    "cierpi na|",
    // hi
    "सीओपीडी|किडनी|डायलिसिस|हृदय रोग|प्रत्यारोपण|ट्रांसप्लांट|सर्जरी|",
    // With the nukta people often type (`डायबिटीज़`): the lexicon's
    // Devanagari boundary refuses a match followed by a sign (pii5).
    "डायबिटीज़|फ्रैक्चर|मोटापा|एनीमिया|खून की कमी|थायराइड|",
    "मोतियाबिंद|लकवा|गर्भपात|बांझपन|स्ट्रोक|कीमो|मानसिक|बीमारी|बीमार|पीड़ित|",
    "ग्रस्त|निदान|",
    // ja
    "閉塞性肺疾患|肺気腫|気管支炎|ぜんそく|腎臓病|腎不全|腎疾患|透析|心臓病|心不全|不整脈|心房細動|狭心症|人工股関節|人工関節|移植|骨折|",
    "骨粗鬆症|肥満|貧血|甲状腺|緑内障|白内障|麻痺|ダウン症|強迫性障害|不安障害|摂食障害|双極性障害|流産|不妊|敗血症|血栓|動脈瘤|脳卒中|",
    "脳梗塞|リンパ腫|骨髄腫|肉腫|化学療法|放射線治療|精神疾患|依存症|肺炎|肝硬変|腫瘍|手術|入院|と診断|持病|",
    // zh
    "慢阻肺|慢性阻塞性肺|肺气肿|支气管炎|肾病|肾衰|肾功能衰竭|尿毒症|冠心病|心衰|心力衰竭|心律失常|房颤|心绞痛|关节置换|截肢|骨质疏松|肥胖症|",
    "贫血|甲亢|甲减|青光眼|瘫痪|唐氏综合征|强迫症|焦虑症|进食障碍|双相|不孕|败血症|动脉瘤|中风|脑梗|淋巴瘤|骨髓瘤|放疗|精神病|精神疾病|",
    "肝硬化|乙肝|肿瘤|确诊|患有|诊断为|住院|术后|",
);

/// Words that introduce a person's name (a capitalised word must follow),
/// beyond the core honorifics. Doctors' titles stay out on purpose.
pub(super) const NAME_CUES: &str = concat!(
    "señor|señora|señorita|sr|sra|srta|senhor|senhora|dona|signorina|sig.na|sig.a|sig|",
    "mademoiselle|patientin|pacjentki|pacjenta|pacjentkę|",
    // Declined honorifics (pii4): `Herrn Kaiser`, `pana Wójcika`.
    "herrn|pana|श्रीमान|सुश्री|पेशेंट|",
    // Patient abbreviations of clinical notes (pii3): `pt Rosa Delgado`,
    // `pte. Gómez`, `pz. Rossi`, `pac. Nowak`, `Pat. Weber`.
    "pt|pt.|pte|pte.|pcte|pcte.|pac.|pz|pz.|pat.|",
);

/// CJK name cues (next to the name, no spaces): patients and honorifics.
pub(super) const CJK_NAME_CUES: &[&str] = &[
    "患儿", "病患", "くん", "さま", "殿",
    // After a Hindi name (`राजेश वर्मा जी`): see `health::name`.
    "जी",
    // An age after a name, in an outpatient note (`李建国，男，58岁`):
    // see `health::name`.
    "岁", "歳",
];

/// Common condition suffixes: they end a word (`mastectomy`, `arthritis`).
pub(super) const SUFFIXES: &[&str] = &[
    "ectomy",
    "itis",
    "ectomía",
    "ektomie",
    "ectomie",
    "ectomia",
    // Endings of international drug names (INN stems) that each mean a
    // condition: anticoagulants, ACE inhibitors, beta blockers, sartans,
    // statins, gliptins and gliflozins, proton pump inhibitors,
    // antibiotics, antivirals, kinase inhibitors, triptans. Chosen so that
    // no ordinary word ends with one (`-pril` alone would find `April`).
    "xaban",
    "opril",
    "ipril",
    "lapril",
    "napril",
    "olol",
    "sartan",
    "dipine",
    "dipina",
    "dipin",
    "prazole",
    "prazol",
    "vastatin",
    "vastatina",
    "vastatyna",
    "gliptin",
    "gliptina",
    "gliflozin",
    "gliflozina",
    "parin",
    "parina",
    "paryna",
    "cillin",
    "cilina",
    "cillina",
    "cylina",
    "mycin",
    "micina",
    "mycyna",
    "floxacin",
    "floxacino",
    "floxacina",
    "floksacyna",
    "ciclovir",
    "tenofovir",
    "tinib",
    "triptan",
    "azepam",
    "oxetine",
    "oxetina",
];

#[cfg(test)]
mod tests {
    use super::super::lexicon::{Cat, Lexicon};

    fn cats(text: &str) -> Vec<(String, Cat)> {
        Lexicon::new()
            .hits(text)
            .iter()
            .map(|h| (text.get(h.start..h.end).unwrap_or("").to_string(), h.cat))
            .collect()
    }

    #[test]
    fn stems_suffixes_and_whole_words() {
        assert!(cats("she has COPD").contains(&("COPD".into(), Cat::Condition)));
        assert!(cats("after a mastectomy").contains(&("ectomy".into(), Cat::Condition)));
        assert!(cats("Arthritis").contains(&("itis".into(), Cat::Condition)));
        // Whole words only: `ocd` is not inside `ocdata`, `itis` must end a word.
        let none = cats("ocdata titisee");
        assert!(!none.iter().any(|(_, c)| *c == Cat::Condition), "{none:?}");
        assert!(cats("choruje na astmę")
            .iter()
            .any(|(_, c)| *c == Cat::Condition));
        assert!(cats("慢性肾病三期").iter().any(|(w, _)| w == "肾病"));
    }

    #[test]
    fn name_cues_of_this_list_are_found_everywhere() {
        let found = cats("xx Señora Ruiz, EPOC");
        assert!(
            found.contains(&("Señora".into(), Cat::Honorific)),
            "{found:?}"
        );
        assert!(
            found.contains(&("EPOC".into(), Cat::Condition)),
            "{found:?}"
        );
        // Inside a word is not a word.
        assert!(!cats("xcopd").iter().any(|(_, c)| *c == Cat::Condition));
    }
}
