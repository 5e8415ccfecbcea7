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

pub(super) const CONDITIONS: &str = concat!(
    // medicines (Latin stems serve en, es, de, fr, pt, it, pl)
    "insulin|metformin|warfarin|salbutamol|ventolin|inhaler|levothyrox|sertralin|",
    "antidepress|antipsychot|methotrexat|semaglutid|furosemid|levodopa|antiretrovir|",
    "methadon|prednison|",
    // test results, lab values
    "hba1c|cd4|viruslast|biopsy|biopsi|biópsia|biopsj|cholesterol|colesterol|",
    "cholestérol|creatinin|egfr|diagnosis:|diagnose:|diagnóstico:|diagnostic:|diagnosi:|",
    "diagnoza:|rozpoznanie:|",
    // treatment, hospital
    "hospitalized|hospitalizad|erkrankt|internad|ricoverat|leczon|",
    // en: common diseases and diagnoses
    "gout|eczema|ulcer|hernia|malaria|influenza|fever|allerg|insomnia|endometrio|",
    "fibromyalg|obesity|infection|fracture|hypoglyc|hiperten|iperteso|ipertesa|asmatic|",
    "diabétique|",
    // es
    "eccema|úlcera|sarampión|fiebre|alergi|alérgic|apnea|obesidad|fractura|infección|",
    // de
    "gicht|ekzem|geschwür|nierenstein|fieber|schlafapnoe|schlafstörung|brustschmerz|",
    "cholesterin|infektion|",
    // fr
    "eczéma|ulcère|fièvre|insomnie|",
    // pt
    "apneia|fratura|infecção|",
    // it
    "febbre|frattura|infezione|",
    // pl
    "egzem|wrzód|przepuklin|gorączk|bezdech|uczulen|złaman|infekcj|zakażeni|cukrzyk|",
    // hi
    "अल्सर|डेंगू|बुखार|एलर्जी|इंसुलिन|शुगर|इलाज|ऑपरेशन|संक्रमण|",
    // ja
    "痛風|湿疹|結石|インフルエンザ|不眠症|アレルギー|発熱|感染|インスリン|服用|治療中|通院|陽性|",
    // zh
    "痛风|结石|流感|失眠|过敏|发烧|发热|胰岛素|治疗|阳性|关节炎|",
    // Infections, surgeries, drug stems and clinical-note words the lists
    // above lacked (pii3): one stem serves the Latin-script languages.
    "mononucle|typhoid|chickenpox|varicel|windpocken|shingles|zoster|drüsenfieber|",
    "arthroplast|artroplast|endoprotez|chemotherap|quimioterap|chemiotera|postoperat|",
    "pós-operat|pooperacyj|fibrilha|scompenso|apixaban|rivaroxaban|edoxaban|dabigatran|",
    "amlodipin|lisinopril|ramipril|enalapril|bisoprolol|metoprolol|omeprazol|",
    "pantoprazol|atorvastatin|simvastatin|rosuvastatin|levothyrox|thyronorm|hypothyro|",
    "hipotiroid|hipotireoid|",
    // hi
    "टाइफाइड|टाइफ़ाइड|मलेरिया|पीलिया|थायरॉइड|थायरॉयड|",
    "हाइपोथायरॉइड|हाइपोथायराइड|बीपी|भर्ती|ऑपरेशन|चिकनपॉक्स|",
    // zh, ja: medicines and the fields of an outpatient record
    "华法林|二甲双胍|心肌梗死|心梗|透析|化疗|诊断：|诊断:|主诉|既往史|现病史|診断：|主訴|既往歴|ワルファリン|抗がん剤|",
    // Shingles and the monitoring of a condition, in the languages the
    // lists above lacked them in (pii4): `Gürtelrose`, `culebrilla`,
    // `półpasiec`, `带状疱疹`; fasting or blood glucose, `Blutzucker`.
    "gürtelrose|culebrilla|fuoco di sant|półpasiec|półpaśc|帯状疱疹|带状疱疹|fasting glucose|",
    "blood sugar readings|blood glucose|blutzucker|glucemia|glicemi|glycémie|glikemi|",
    "血糖|",
    // Prescription medicines by class (pii6), each implying a condition:
    // sleep, opioids, anticoagulants and antiplatelets, antidepressants,
    // antipsychotics and mood stabilisers, ADHD, epilepsy, dementia,
    // diabetes, HIV, cancer, heart, lungs, gout. One Latin stem serves
    // en, es, de, fr, pt and it (`morphin` finds morphine, Morphin);
    // Polish spells some apart (`oksykod`, `warfaryn`) and inflects them
    // (`warfarynę`: a stem finds every ending). Families with a shared
    // ending are in `DRUG_ENDINGS`.
    "zopiclon|zopiklon|zolpidem|oxyco|morphin|morfin|fentan|tramadol|codein|codeín|",
    "kodein|warfaryn|acenoc|clopidog|klopidog|bupropion|lamotrig|lamotryg|levetirac|",
    "lewetyrac|valpro|walpro|haloperid|methylphen|ritalin|efavirenz|truvada|gliclaz|",
    "ozempic|睡眠薬|抗うつ薬|安眠药|抗凝|吗啡|羟考酮|唑吡坦|抗抑郁|",
    // Disabilities (pii6): sight, hearing, mobility, learning and
    // development, in the ten languages. Bare adjectives that are idioms
    // elsewhere stay out (`blind spot`, `double-blind`, `deaf ears`,
    // `disabled the cache`, `a ciegas`): the phrases are in `WHOLE`.
    "dyslexi|dislexi|dislessi|dysleksj|asperger|disabilit|discapacid|sehbehindert|",
    "gehörlos|legasthen|behinderung|malvoyant|handicap|deficiênc|ipovedent|niewidom|",
    "niesłysząc|inwalidzk|niepełnospraw|दृष्टिहीन|विकलांग|दिव्यांग|",
    "ऑटिज़्म|ऑटिज्म|全盲|難聴|車椅子|視覚障害|発達障害|自閉|失明|视障|耳聋|轮椅|阅读障碍|自闭症|多动症|残疾|",
);

/// Endings of drug families (pii6) that may carry an inflection after
/// them (at most four bytes: `olanzapinę`, `klarytromycyną`,
/// `citalopramu`): SSRIs and SNRIs, benzodiazepines, antipsychotics,
/// opioids, tricyclics, integrase inhibitors and nucleosides (HIV),
/// GLP-1 agonists, aromatase inhibitors, leukotriene blockers,
/// bisphosphonates, Polish antibiotics. Chosen so that no ordinary word
/// of the ten languages holds one (`cylin` would find `cylinder`,
/// `codon` the genetic code: they stay out).
pub(super) const DRUG_ENDINGS: &str = concat!(
    "talopram|zolam|ycodon|ykodon|zapin|iapin|peridon|piprazol|faxin|faksyn|oxetin|oksetyn|",
    "iptylin|yptylin|tegravir|tegrawir|vudin|wudyn|glutid|glutyd|azepin|mycyn|lukast|",
);

/// Phrases and short words that must end where a word ends (a stem would
/// also find `treated formally`, `atteint des sommets`, `gripped`,
/// `febrero`).
pub(super) const WHOLE: &str = concat!(
    "treated for|suffering from|in remission|tested positive|viral load|carga viral|",
    "sleep apnea|chest pain|grippe|",
    // es
    "en tratamiento por|sufre de|dio positivo|dolor torácico|",
    // de
    "in behandlung|behandelt wegen|positiv getestet|masern|",
    // fr
    "soigné pour|sous traitement|atteint de|atteinte de|atteint d'|atteinte d'|",
    "testé positif|",
    // pt
    "em tratamento para|testou positivo|dor no peito|febre|",
    // it
    "in cura per|affetto da|affetta da|tampone positivo|",
    // pl
    "leczy się|w szpitalu|dna moczanowa|grypa|grypę|",
    // Clinical shorthand (pii3): history and status-post markers, and
    // abbreviations of diagnoses as notes write them. The upper-case ones
    // are also in `EXACT_CASE`: they count only in that case (`AF`, not
    // `af`; `SEP`, not `sep`).
    "hx|h/o|s/p|pmh|pmhx|post-op|postop|dengue|T2DM|T1DM|DM2|DM1|DMT2|DT2|T2D|NIDDM|",
    "IDDM|GDM|HTN|HTA|AF|AFib|ACFA|CKD|ESRD|IRC|ERC|KHK|BPCO|EPOC|DPOC|POChP|OA|SEP|TIA|",
    "CVA|AVC|ACV|DVT|TVP|GERD|ERGE|RGO|IBS|OSA|SAOS|BPH|TEPT|PTBS|TDAH|MDD|IAM|STEMI|",
    "NSTEMI|UTI|HCV|HBV|VHC|VHB|NSCLC|CLL|CML|SLE|ALS|ELA|PCOS|HFrEF|HFpEF|",
    // Disabilities said as phrases (pii6): the bare adjective is an idiom
    // or a technical word elsewhere.
    "ADHS|registered blind|legally blind|visually impaired|is blind|is deaf|",
    "hard of hearing|hearing loss|hearing aid|wheelchair user|in a wheelchair|invidente|",
    "sordera|silla de ruedas|ist blind|erblindet|hörgerät|im rollstuhl|aveugle|sourd|",
    "sourde|fauteuil roulant|surdez|cadeira de rodas|sordità|sedia a rotelle|disabile|",
    "głuchy|głucha|",
);

/// The abbreviations of `WHOLE` that count only written in this case. In lower case most are ordinary words or
/// units somewhere (`af`, `oa`, `sep`, `als`, `ela`, `irc`).
pub(super) const EXACT_CASE: &[&str] = &[
    "ACFA", "ACV", "AF", "AFib", "ALS", "AVC", "BPCO", "BPH", "CKD", "CLL", "CML", "CVA", "DM1",
    "DM2", "DMT2", "DPOC", "DT2", "DVT", "ELA", "EPOC", "ERC", "ERGE", "ESRD", "GDM", "GERD",
    "HBV", "HCV", "HFpEF", "HFrEF", "HTA", "HTN", "IAM", "IBS", "IDDM", "IRC", "KHK", "MDD",
    "NIDDM", "NSCLC", "NSTEMI", "OA", "OSA", "PCOS", "POChP", "PTBS", "RGO", "SAOS", "SEP", "SLE",
    "STEMI", "T1DM", "T2D", "T2DM", "TDAH", "TEPT", "TIA", "TVP", "UTI", "VHB", "VHC", "ADHS",
];
