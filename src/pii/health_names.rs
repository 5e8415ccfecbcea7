//! How the health detector recognises a person's name beyond honorifics
//! and the list of common given names:
//! - a relative or acquaintance introducing a name (`my mother Ana`, `mi
//!   padre Luis`, `meine Tochter Lena`, `ma voisine Odile`, `mia nonna
//!   Rosa`, `moja mama Ewa`, `मेरे पिता रमेश`): lexicon words of the
//!   `Honorific` category, so a capitalised word (or, in Devanagari, a word
//!   that is not a postposition) must follow;
//! - a form label (`Name:`, `Nombre:`, `Nom :`, `Imię i nazwisko:`, `氏名`);
//! - common Japanese surnames (`佐藤`, `鈴木`, ...) and more Hindi given
//!   names in Devanagari;
//! - **first and last names by their shape**, read only in the bytes around
//!   a condition that no lexicon name is near: two or three capitalised
//!   words in a row (`Doris Whitlock`, `Ana María Ruiz`, `J. Smith`, `María
//!   G.`), or one capitalised word followed by an age (`Doris, 81,`, `Lodi
//!   (34)`, `Rosa, 72 anni`). Not names: runs with an institution or place
//!   word (`Mayo Clinic`, `Johns Hopkins Hospital`, `Cancer Research UK`,
//!   `Deutsche Krebshilfe`), runs of four or more capitalised words (titles
//!   in Title Case), words the lexicon knows as something else (`Parkinson`,
//!   `Calle Mayor`, `Baker Street`), and sentence starters, weekdays and
//!   months (`Yesterday Anna`, `Monday Clinic`) which are dropped from the
//!   start of a run.

use super::text::{at, before, char_at, char_before, is_wordish, word_end};

/// Relatives and acquaintances (a name follows), and form labels.
pub(super) const NAME_CUES: &str = concat!(
    // en
    "mother|father|mom|mum|dad|son|daughter|wife|husband|brother|sister|grandmother|",
    "grandfather|aunt|uncle|neighbour|neighbor|friend|colleague|partner|mister|name:|",
    // es
    "madre|padre|mamá|papá|hijo|hija|esposo|esposa|marido|hermano|hermana|abuelo|abuela|",
    "vecino|vecina|amigo|amiga|compañero|suegra|nombre:|don|dña.|",
    // de
    "mutter|vater|mama|papa|sohn|tochter|ehemann|ehefrau|bruder|schwester|oma|opa|",
    "großmutter|onkel|tante|nachbar|nachbarin|freund|freundin|kollege|schwiegermutter|",
    "hr.|fr.|",
    // fr
    "mère|père|fils|fille|mari|épouse|frère|sœur|grand-mère|grand-père|voisin|voisine|",
    "ami|amie|collègue|oncle|nom :|nom:|",
    // pt
    "mãe|pai|filho|filha|esposo|irmão|irmã|avó|avô|vizinho|vizinha|colega|sogra|nome:|",
    // it
    "mamma|papà|figlio|figlia|marito|moglie|fratello|sorella|nonna|nonno|vicino|vicina|",
    "amico|amica|suocera|zio|zia|signore|",
    // pl
    "matka|mamy|mamę|ojciec|tata|syn|córka|córkę|mąż|męża|żona|brat|brata|siostra|",
    "siostrę|babcia|babci|dziadek|sąsiad|sąsiadka|przyjaciel|kolega|wujek|ciocia|pana|",
    "panu|panią|imię i nazwisko|",
    // hi
    "पिता|माँ|मां|बेटा|बेटी|पति|पत्नी|भाई|बहन|दादा|दादी|दोस्त|",
);

/// Common Japanese surnames (no case to tell a name: only these), and
/// Japanese and Chinese form labels, next to the name.
pub(super) const CJK_NAMES: &[&str] = &[
    "佐藤",
    "鈴木",
    "高橋",
    "田中",
    "伊藤",
    "渡辺",
    "山本",
    "中村",
    "小林",
    "加藤",
    "吉田",
    "山田",
    "佐々木",
    "山口",
    "松本",
    "井上",
    "木村",
    "斎藤",
    "清水",
    "山崎",
];

/// Form labels in Japanese and Chinese (a name follows, maybe after a
/// colon).
pub(super) const CJK_LABELS: &[&str] = &[
    "氏名", "姓名", "名前",
    // Chinese relatives before a name (`我爸爸陈志强`): see `ZH_RELATIVES`.
    "爸爸", "妈妈", "父亲", "母亲", "爷爷", "奶奶", "外公", "外婆", "老公", "老婆", "丈夫", "妻子",
    "儿子", "女儿", "哥哥", "姐姐", "弟弟", "妹妹", "同事", "邻居",
];

/// Chinese relatives and acquaintances: a name after one counts when it
/// starts with a common surname (`我爸爸陈志强有房颤`), so that `我爸爸有`
/// or `我妈妈最近` is nobody named.
pub(super) const ZH_RELATIVES: &[&str] = &[
    "爸爸", "妈妈", "父亲", "母亲", "爷爷", "奶奶", "外公", "外婆", "老公", "老婆", "丈夫", "妻子",
    "儿子", "女儿", "哥哥", "姐姐", "弟弟", "妹妹", "同事", "邻居",
];

/// The most common Chinese surnames (about 85% of people): a CJK name
/// found by its shape alone must start with one.
const ZH_SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧易常温康施文牛樊葛邢安齐伍庞颜倪";

fn han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Words that end a CJK name run (grammar, sex, and patient words).
const ZH_NOT_NAME: &str = "的们是在有和与及了都也男女性患者病人岁歳今日因";

/// The end of a Chinese name (two or three Han characters, the first a
/// common surname) starting at `i`.
pub(super) fn zh_name_after(text: &str, i: usize) -> Option<usize> {
    let first = char_at(text, i)?;
    if !ZH_SURNAMES.contains(first) {
        return None;
    }
    let mut e = i + first.len_utf8();
    let mut n = 1;
    while n < 3 {
        match char_at(text, e) {
            Some(c) if han(c) && !ZH_NOT_NAME.contains(c) => {
                e += c.len_utf8();
                n += 1;
            }
            _ => break,
        }
    }
    (n >= 2).then_some(e)
}

/// A name before an age in an outpatient note: `李建国，男，58岁`,
/// `山田太郎、45歳`, `王芳 女 63岁`: digits, then (going back) maybe a sex
/// and separators, then two to four Han characters starting after
/// punctuation or a line's start, with a common Chinese surname or a
/// common Japanese one (`CJK_NAMES`) first. `患者，男，58岁` names nobody.
/// The span from the name to the age mark.
pub(super) fn cjk_name_before_age(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let sep = |c: char| {
        matches!(
            c,
            '，' | ',' | '、' | ' ' | '\u{3000}' | '：' | ':' | '（' | '('
        )
    };
    let mut i = start;
    let mut digits = 0;
    while let Some((s, c)) = char_before(text, i) {
        if c.is_ascii_digit() || ('０'..='９').contains(&c) {
            digits += 1;
            i = s;
        } else {
            break;
        }
    }
    if !(1..=3).contains(&digits) {
        return None;
    }
    // Separators, and a sex between them (at most a few characters).
    let mut steps = 0;
    while let Some((s, c)) = char_before(text, i) {
        if steps >= 6 {
            return None;
        }
        if sep(c) || matches!(c, '男' | '女' | '性') {
            i = s;
            steps += 1;
        } else {
            break;
        }
    }
    // The name: Han characters back to punctuation or the line start.
    let name_end = i;
    let mut n = 0;
    while let Some((s, c)) = char_before(text, i) {
        if han(c) && n < 5 {
            i = s;
            n += 1;
        } else {
            break;
        }
    }
    if !(2..=4).contains(&n) || name_end == start {
        return None;
    }
    let name = text.get(i..name_end)?;
    if name.chars().any(|c| ZH_NOT_NAME.contains(c)) {
        return None;
    }
    let zh = name.chars().next().is_some_and(|c| ZH_SURNAMES.contains(c));
    let ja = CJK_NAMES.iter().any(|s| name.starts_with(s));
    (zh || ja).then_some((i, end))
}

/// A Hindi name before the honorific `जी` (`राजेश वर्मा जी`): one or two
/// Devanagari words that are not function words. The span.
pub(super) fn devanagari_name_before_ji(
    text: &str,
    start: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let deva = |c: char| ('\u{0900}'..='\u{097F}').contains(&c);
    let mut first = None;
    let mut i = start;
    for _ in 0..2 {
        let (s, c) = char_before(text, i)?;
        if c != ' ' {
            break;
        }
        let mut w = s;
        while let Some((k, c)) = char_before(text, w) {
            if deva(c) {
                w = k;
            } else {
                break;
            }
        }
        let word = text.get(w..s)?;
        if w == s || !devanagari_name_word(word) || sorted_has(DEVANAGARI_NOT_JI, word) {
            break;
        }
        first = Some(w);
        i = w;
    }
    first.map(|s| (s, end))
}

/// Words before `जी` that are no name: yes, doctor, teacher, guru.
const DEVANAGARI_NOT_JI: &str = concat!("गुरु|डॉक्टर|पंडित|", "मास्टर|हाँ|हां",);

/// More Hindi given names, in Devanagari (the romanised ones are in the
/// core list).
pub(super) const DEVANAGARI_NAMES: &[&str] = &[
    "रमेश",
    "सुनील",
    "अजय",
    "मनोज",
    "अशोक",
    "दिनेश",
    "महेश",
    "आशा",
    "उषा",
    "रेखा",
    "मीना",
    "ममता",
    "सुमन",
    "किरण",
    "दीपक",
];

/// Hindi postpositions, particles and pronouns: after a Devanagari name cue
/// (`मेरे पिता को ...`: "to my father") they are not a name.
const DEVANAGARI_FUNCTION: &str = concat!(
    "अपना|अपनी|अपने|अब|आज|इस|",
    "उस|एक|और|कब|कल|का|की|कुछ|",
    "के|कैसे|को|क्या|जी|जो|तो|",
    "था|थी|थे|नहीं|ने|पर|पहले|",
    "बहुत|बाद|भी|में|यह|ये|लिए|",
    "वह|वे|साथ|से|हर|ही|है|हैं",
);

/// A Devanagari word that can be a name (not a function word).
pub(super) fn devanagari_name_word(word: &str) -> bool {
    !word.is_empty() && !sorted_has(DEVANAGARI_FUNCTION, word)
}

/// Auxiliaries that follow a verb's stem (`पूछ रहा है`, `कह सकता`, `बता
/// दिया`): the word before one of them is a verb, not a name (pii5).
const DEVANAGARI_AUXILIARIES: &str =
    "गई|गए|गया|चुका|चुकी|चुके|दिया|दी|रहा|रही|रहे|लिया|ली|सकता|सकती|सकते";

/// Is the Devanagari word ending at `end` followed by an auxiliary (so
/// it is a verb's stem)? Reads one word after it.
pub(super) fn devanagari_verb_stem(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let next = word_end(rest, 0);
    rest.get(..next)
        .is_some_and(|w| !w.is_empty() && DEVANAGARI_AUXILIARIES.split('|').any(|a| a == w))
}

/// Capitalised words that start sentences or are not names (question words
/// in the ten languages too, pii6: `Combien de Doliprane` is no name): dropped from
/// the start of a run of capitalised words.
const STARTERS: &str = concat!(
    "A|Abend|Aber|About|Abril|After|Agosto|Al|Also|Am|An|Anamnese|",
    "And|Ao|April|Are|Arztbrief|As|At|Attn|Auf|August|Aujourd'hui|",
    "Aus|Avec|Ayer|Because|Before|Befund|Bei|Betreff|Bez|Bitte|",
    "Bonjour|But|By|Can|Cara|Caro|Case|Che|Cher|Chez|Chi|Chère|Ciao|",
    "Client|Co|Combien|Come|Comment|Como|Con|Could|Cual|Cuando|",
    "Customer|Cuál|Cuánta|Cuántas|Cuánto|Cuántos|Cześć|Czy|",
    "Cómo|Da|Dal|Darf|Das|De|Dear|Debo|December|Dei|Del|Della|Dem|",
    "Demain|Den|Depuis|Der|Des|Devo|Dezember|Di|Diagnose|Diciembre|",
    "Did|Die|Dienstag|Dla|Dlaczego|Do|Doctor|Does|Dois-je|Domani|",
    "Domingo|Don|Donnerstag|Dove|Doña|Dr|Draft|Dzisiaj|Dziś|Dónde|",
    "E|Ed|Ein|Eine|Einem|Einen|El|Ela|Ele|Elle|Elles|Em|Enero|",
    "Entlassbrief|Er|Erkläre|Erstelle|Es|Esa|Escreva|Escribe|Ese|",
    "Esta|Este|Estimada|Estimado|Et|Explain|Explica|Explique|Fasse|",
    "Father|Febrero|Februar|February|For|Frau|Freitag|Friday|Friend|",
    "From|Früh|Für|Gdzie|Geehrte|Geehrter|Gentile|Gestern|Give|Gli|",
    "Good|Hallo|He|Hello|Help|Her|Herr|Heute|Hey|Hi|Hier|His|Hoje|",
    "Hola|How|Hoy|I|Ich|Ieri|If|Ihr|Ihre|Il|Ile|Ils|Im|In|Is|It|Its|",
    "Jahre|Jahren|Jak|Jaka|Jaki|Jakie|Januar|January|Jego|Jej|Jueves|",
    "Juli|Julio|July|June|Juni|Junio|Jutro|Kann|Kiedy|Kontrolle|Kto|",
    "La|Las|Last|Le|Les|Liebe|Lieber|List|Lo|Los|Lunes|Ma|Madam|",
    "Madame|Madre|Mais|Make|Many|March|Martes|Marzo|Mas|Matin|May|",
    "Mayo|Mañana|Medikation|Mein|Meine|Meinem|Meinen|Mes|Meu|Mi|Mia|",
    "Minha|Mio|Mis|Miss|Mit|Mittag|Mittwoch|Miércoles|Mlle|Mme|",
    "Mogę|Moja|Moje|Mojego|Mojej|Mon|Monday|Monsieur|Montag|Morgen|",
    "Morning|Mother|Mr|Mrs|Ms|Much|Muss|My|März|Mój|Na|Nach|",
    "Nachmittag|Nacht|Name|Napisz|Nasz|Nasza|Neighbor|Neighbour|Nel|",
    "Nella|Next|No|Noche|Not|Note|Notre|Notte|Nous|November|",
    "Noviembre|Nuestra|Nuestro|Nurse|O|October|Octubre|Od|Oder|Of|",
    "Oggi|Oktober|Olá|On|Ona|Onde|Oni|Ontem|Or|Oraz|Os|Ou|Our|Où|",
    "Paciente|Pacjent|Pacjentka|Padre|Pan|Pani|Para|Patient|",
    "Patientin|Paziente|Per|Perché|Pero|Peut-on|Please|Po|Por|",
    "Porque|Posso|Pour|Pourquoi|Prezada|Prezado|Proszę|Przetłumacz|",
    "Przez|Przy|Puedo|Puis-je|Qual|Quale|Quand|Quando|Quanta|Quantas|",
    "Quante|Quanti|Quanto|Quantos|Que|Quel|Quelle|Quelles|Quels|Quem|",
    "Querida|Querido|Questa|Questo|Qui|Quién|Qué|Rano|Re|Re:|",
    "Redacta|Referral|Report|Resuma|Resume|Riassumi|Rédige|Résume|",
    "Sa|Samstag|Sans|Saturday|Schreib|Schreibe|Schreiben|Scrivi|",
    "Según|Sehr|Sein|Seine|Seit|Selon|September|Septiembre|Sera|Ses|",
    "Seu|Señor|Señora|She|Should|Sie|Sig|Signor|Signora|Sin|Since|",
    "Sir|So|Sobre|Soir|Soll|Sollte|Son|Sonntag|Spiega|Sr|Sra|",
    "Streść|Su|Sua|Subject|Summarise|Summarize|Summary|Sunday|Suo|",
    "Sus|Szanowna|Szanowny|Sábado|Tag|Tarde|Tell|Termin|Thanks|That|",
    "The|Their|Then|Therapie|These|They|This|Those|Thursday|To|Today|",
    "Tomorrow|Traduce|Traduci|Traduis|Traduza|Translate|Tu|Tuesday|",
    "Un|Una|Und|Une|Uno|Unser|Unsere|Verdacht|Viernes|Von|Vor|",
    "Vormittag|Votre|Vous|Wann|Warum|Was|Wczoraj|We|Wednesday|Welche|",
    "Welcher|Welches|Wer|What|When|Where|Which|While|Who|Why|Wie|",
    "Wieczorem|Wieviel|Wieviele|Wir|With|Wo|Woche|Wochenende|Would|",
    "Write|Wyjaśnij|Y|Yes|Yesterday|Yet|Your|Zu|Zustand|Écris|",
    "Übersetze",
);

/// Words that make a run of capitalised words an institution, a place or
/// a title rather than a person.
const NOT_PERSON: &str = concat!(
    "AG|Act|Acute|American|Asociación|Association|Associação|",
    "Avenue|Awareness|Bank|Blood|British|Care|Center|Centre|Centro|",
    "Centrum|Chronic|City|Clinic|Clinica|Clinics|Clinique|Clínica|",
    "College|Company|Corp|County|Day|Department|Disease|Diseases|",
    "Disorder|East|European|Fondation|Fondazione|Foundation|",
    "Fundación|Fundacja|Fundação|General|Gesellschaft|Global|GmbH|",
    "Grade|Group|Guide|Guidelines|Health|Healthcare|Heart|High|",
    "Hospital|Hospital's|Hospitalar|Hospitals|Hôpital|Inc|Institute|",
    "Instituto|Instytut|Insurance|International|Istituto|Journal|",
    "Klinik|Klinika|Klinikum|Krankenhaus|Krankenkasse|LLC|",
    "Laboratories|Labs|Law|Low|Ltd|Medical|Ministry|Month|National|",
    "New|North|Ospedale|Park|Pharma|Pharmaceuticals|Praxis|Pressure|",
    "Research|Review|Road|Royal|SA|Saint|San|Santa|Service|Services|",
    "Sociedad|Sociedade|Society|Società|Société|South|St|Stage|",
    "State|Stiftung|Street|Study|Syndrome|Szpital|Trial|Trust|Type|",
    "Universidad|Universidade|University|Università|Universität|",
    "Université|Uniwersytet|Verband|Versicherung|Week|West|World|",
    "Zentrum",
);

/// Is `word` in `list` (sorted, as a test holds every list here)?
/// Is `word` one of `list`'s words (sorted in byte order, separated by
/// `|`)? A binary search on the string itself: a list as one string
/// takes the `.wasm` eight bytes a word less than a slice (pii7).
fn sorted_has(list: &str, word: &str) -> bool {
    let b = list.as_bytes();
    let (mut lo, mut hi) = (0usize, b.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let mut s = mid;
        while s > lo && b.get(s - 1) != Some(&b'|') {
            s -= 1;
        }
        let mut e = mid;
        while e < hi && b.get(e) != Some(&b'|') {
            e += 1;
        }
        match b.get(s..e).unwrap_or_default().cmp(word.as_bytes()) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = e + 1,
            std::cmp::Ordering::Greater => hi = s.saturating_sub(1).max(lo),
        }
    }
    false
}

/// What a word looks like, for runs of name words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Latin script: an uppercase letter, then lowercase letters (an
    /// uppercase one only after an apostrophe, a hyphen or `Mc`:
    /// `O'Brien`, `Ruiz-Picasso`, `McDonald`; not `OpenAI`).
    Capitalised,
    /// One uppercase letter and a dot: `J.`
    Initial,
    /// A lowercase surname particle between name words: `de`, `van`.
    Particle,
}

/// Surname particles, inside a name only.
const PARTICLES: &str = "da|das|de|del|della|den|der|di|do|dos|du|e|la|le|van|von|y";

fn latin_upper(c: char) -> bool {
    c.is_uppercase() && c.is_alphabetic() && u32::from(c) < 0x250
}

/// The name word at `i` (which starts a word) and its end (an initial's
/// dot included).
fn shape_at(text: &str, i: usize) -> Option<(usize, Shape)> {
    let first = char_at(text, i)?;
    let e = word_end(text, i);
    let word = text.get(i..e)?;
    if !latin_upper(first) {
        return sorted_has(PARTICLES, word).then_some((e, Shape::Particle));
    }
    let mut prev = first;
    let mut n = 0usize;
    let mut lower = 0usize;
    for c in word.chars().skip(1) {
        n += 1;
        if c.is_lowercase() {
            lower += 1;
        } else if c.is_uppercase()
            && !(matches!(prev, '\'' | '’' | '-') || (n == 2 && word.starts_with("Mc")))
        {
            return None;
        }
        prev = c;
    }
    if n == 0 && text.get(e..)?.starts_with('.') {
        return Some((e.saturating_add(1), Shape::Initial));
    }
    (lower >= 1).then_some((e, Shape::Capitalised))
}

/// An age right after a name: `, 81,` `, 34 anni` `(72)` `, 54-year-old`.
fn age_after(text: &str, e: usize) -> bool {
    let Some(rest) = text.get(e..) else {
        return false;
    };
    // A bare space before the age only with clinical shorthand after it
    // (`Rosa Delgado 58F`), never `Anna 3 ...`.
    if let Some(r) = rest.strip_prefix(' ') {
        let digits = r.bytes().take_while(u8::is_ascii_digit).count();
        let tail = r.get(digits..).unwrap_or("");
        let strict = ["F", "M", "yo", "y/o"].iter().any(|w| {
            tail.strip_prefix(w)
                .is_some_and(|t| !t.chars().next().is_some_and(char::is_alphanumeric))
        });
        if (1..=3).contains(&digits) && strict {
            return true;
        }
    }
    let Some(rest) = rest
        .strip_prefix(", ")
        .or_else(|| rest.strip_prefix(" ("))
        .or_else(|| rest.strip_prefix(" - "))
    else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return false;
    }
    let after = rest.get(digits..).unwrap_or("");
    const AGE_WORDS: &[&str] = &[
        ",",
        ")",
        ";",
        " y",
        "-y",
        " a",
        " J",
        " l",
        " j",
        " ans",
        " anni",
        " साल",
        " वर्ष",
        "歳",
        "岁",
    ];
    AGE_WORDS.iter().any(|w| after.starts_with(w)) || age_sex(after)
}

/// Clinical shorthand after an age: sex or years (`58F`, `64M`, `72a`,
/// `58yo`, `58 y/o`), then no letter.
fn age_sex(after: &str) -> bool {
    ["F", "M", "a", "yo", " yo", "y/o", " y/o", "J", "j"]
        .iter()
        .any(|w| {
            after.strip_prefix(w).is_some_and(|r| {
                !r.chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric() || c == '/')
            })
        })
}

/// Could a name word start at byte `j`? An uppercase ASCII letter, or the
/// lead byte of an accented Latin letter (`É`, `Ł`, `Ś`, `Ż`), at a word
/// start.
fn may_start(b: &[u8], j: usize) -> bool {
    let c = b.get(j).copied().unwrap_or(0);
    (c.is_ascii_uppercase() || (0xC3..=0xC5).contains(&c)) && !is_wordish(before(b, j))
}

/// Names by their shape in `text[lo..hi]` (see the module doc), with
/// `blocked(s, e)` telling whether a lexicon word of another kind covers
/// a word. Lowercase text is skipped byte by byte; each byte of the range
/// is read a bounded number of times.
pub(super) fn shaped_names(
    text: &str,
    lo: usize,
    hi: usize,
    blocked: &dyn Fn(usize, usize) -> bool,
    out: &mut Vec<(usize, usize)>,
) {
    let b = text.as_bytes();
    let hi = hi.min(b.len());
    let mut i = lo;
    let mut run: Vec<(usize, usize, Shape)> = Vec::new();
    while i < hi {
        if !may_start(b, i) {
            i += 1;
            continue;
        }
        run.clear();
        let mut j = i;
        // Words joined by single spaces; particles only between names.
        while let Some((e, shape)) = shape_at(text, j).filter(|_| j < hi) {
            if shape == Shape::Particle && run.is_empty() {
                break;
            }
            run.push((j, e, shape));
            if run.len() > 6 || b.get(e) != Some(&b' ') {
                break;
            }
            j = e.saturating_add(1);
        }
        while run.last().is_some_and(|&(_, _, sh)| sh == Shape::Particle) {
            run.pop();
        }
        let end = run.last().map_or(i.saturating_add(1), |&(_, e, _)| e);
        close_run(text, &run, blocked, out);
        i = end.max(i.saturating_add(1));
    }
}

fn close_run(
    text: &str,
    run: &[(usize, usize, Shape)],
    blocked: &dyn Fn(usize, usize) -> bool,
    out: &mut Vec<(usize, usize)>,
) {
    let word = |s: usize, e: usize| text.get(s..e).unwrap_or("");
    let names = |r: &[(usize, usize, Shape)]| {
        r.iter()
            .filter(|&&(_, _, sh)| sh != Shape::Particle)
            .count()
    };
    // Most capitalised words stand alone (a sentence's first word): with
    // no age after one, nothing else needs checking.
    match (names(run), run.last()) {
        (1, Some(&(_, e, Shape::Capitalised))) if age_after(text, e) => {}
        (2..=4, _) => {}
        _ => return,
    }
    // Sentence starters and titles before the name are not part of it.
    let skip = run
        .iter()
        .take_while(|&&(s, e, sh)| sh == Shape::Capitalised && sorted_has(STARTERS, word(s, e)))
        .count();
    let Some(rest) = run.get(skip..) else { return };
    // Four or more capitalised words: a title in Title Case.
    if rest.is_empty() || names(rest) > 3 || names(run) > 4 {
        return;
    }
    if rest.iter().any(|&(s, e, sh)| {
        sh == Shape::Particle && s == rest.first().map_or(0, |f| f.0)
            || (sh == Shape::Capitalised
                && (sorted_has(NOT_PERSON, word(s, e)) || sorted_has(STARTERS, word(s, e))))
    }) {
        return;
    }
    let caps = rest
        .iter()
        .filter(|&&(_, _, sh)| sh == Shape::Capitalised)
        .count();
    let (Some(&(s, _, _)), Some(&(_, e, last))) = (rest.first(), rest.last()) else {
        return;
    };
    // A doctor is not the patient (`Dr. Alan Brooks`, `Doctor Ruth Lee`).
    if doctor_before(text, s)
        || run
            .get(..skip)
            .unwrap_or_default()
            .iter()
            .any(|&(a, z, _)| sorted_has(DOCTORS, word(a, z)))
    {
        return;
    }
    let mut pair = names(rest) >= 2 && caps >= 1;
    // German capitalises nouns, and a sentence's first word too: a pair
    // opening a German sentence (`Neue Studie ...`) needs an age or a
    // comma after it to be a name (`Gustav Brenner, 58, ...`).
    if pair && sentence_start(text, s) && germanish(text, s) {
        pair = age_after(text, e) || text.get(e..).is_some_and(|r| r.starts_with(','));
    }
    // A single word counts only with an age right after it (`Doris, 81,`).
    let single = names(rest) == 1 && last == Shape::Capitalised && age_after(text, e);
    // Last, as the dearest check: no word of the run is a lexicon word of
    // another kind (`Parkinson`, `Baker Street`, `Calle Mayor`).
    if (pair || single) && !rest.iter().any(|&(s, e, _)| blocked(s, e)) {
        out.push((s, e));
    }
}

/// Doctors' titles: the name after one is the doctor's, not a patient's.
const DOCTORS: &str = concat!(
    "Docteur|Doctor|Doctora|Doktor|Dott|Dott.|Dottor|Dottore|",
    "Dottoressa|Dr|Dr.|Dra|Dra.|Drs.|Prof|Prof.|Professor|dr|dr.|",
    "lek.",
);

/// A doctor's title right before `s` (`Dr. `, `Prof. `, `lek. `).
fn doctor_before(text: &str, s: usize) -> bool {
    let head = text.get(..s).unwrap_or("").trim_end();
    let from = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| !c.is_whitespace())
        .last()
        .map_or(head.len(), |(i, _)| i);
    sorted_has(DOCTORS, head.get(from..).unwrap_or(""))
}

/// Does a sentence start at `s` (the text's start, or after `.`, `!`,
/// `?`, `:`, `;` or a line break, quotes and bullets aside)?
fn sentence_start(text: &str, s: usize) -> bool {
    let head = text.get(..s).unwrap_or("");
    for c in head.chars().rev().take(8) {
        match c {
            ' ' | '"' | '\'' | '«' | '„' | '“' | '*' | '•' | '-' | '(' | '\t' => continue,
            '.' | '!' | '?' | ':' | ';' | '\n' => return true,
            _ => return false,
        }
    }
    head.trim().is_empty()
}

/// Do German function words appear within 120 bytes after `s`?
fn germanish(text: &str, s: usize) -> bool {
    let end = super::text::floor_boundary(text, s.saturating_add(120));
    let Some(window) = text.get(s..end) else {
        return false;
    };
    const MARKERS: &[&str] = &[
        " der ", " die ", " das ", " und ", " ist ", " nicht ", " mit ", " hat ", " wird ",
        " für ", " bei ", " zu ", " von ", " ein ", " eine ", " auf ",
    ];
    MARKERS.iter().any(|m| window.contains(m))
}

/// Middle words after a possessive that name a thing or a place, not
/// a person (`our company Acme`, `my hometown Berlin`), lowercased.
const NOT_PERSON_AFTER_OWN: &str = concat!(
    "abteilung|app|azienda|band|brand|cidade|città|city|ciudad|",
    "clinic|club|company|country|department|empresa|entreprise|",
    "equipe|equipo|escola|escuela|favorite|favourite|firm|firma|",
    "heimatstadt|home|hometown|hospital|mannschaft|marca|marchio|",
    "marka|marke|marque|miasto|miejscowość|new|office|old|paese|",
    "product|project|pueblo|school|schule|scuola|song|squadra|stadt|",
    "street|szkoła|team|town|university|verein|village|ville|",
    "zespół|école|équipe",
);

/// Is `word` (after a possessive) a thing or a place, not a person?
pub(super) fn thing_after_own(word: &str) -> bool {
    sorted_has(NOT_PERSON_AFTER_OWN, &word.to_lowercase())
}

/// Names after a first-person possessive and one word (pii4): `my niece
/// Sofia`, `mi sobrina Lucía`, `ma nièce Léa`, `mein Enkel Tim`, `mia
/// cugina Giada`: whoever the middle word names (a relative the lists
/// lack, a godchild, a flatmate), the capitalised word after it is
/// someone the writer knows. Read only in `lo..hi` (a window around a
/// condition no other name is near); a doctor's title (`my GP Dr. Patel`)
/// or a lexicon word of another kind (`my dad Parkinson's`) is no name.
pub(super) fn possessive_names(
    text: &str,
    lo: usize,
    hi: usize,
    blocked: &dyn Fn(usize, usize) -> bool,
    out: &mut Vec<(usize, usize)>,
) {
    let b = text.as_bytes();
    let hi = hi.min(b.len());
    let space = |c: u8| matches!(c, b' ' | b'\n' | b'\t' | b'\r');
    // Words are read byte by byte (split on ASCII whitespace), the last
    // three kept; a word is compared with the possessives only when its
    // first byte can start one (most words are skipped on one byte).
    let mut words: [(usize, usize); 3] = [(0, 0); 3];
    let mut count = 0usize;
    let mut i = lo;
    while i < hi {
        if space(at(b, i)) {
            i += 1;
            continue;
        }
        let s = i;
        while i < hi && !space(at(b, i)) {
            i += 1;
        }
        words.rotate_left(1);
        if let Some(last) = words.last_mut() {
            *last = (s, i);
        }
        count += 1;
        if count < 3 {
            continue;
        }
        let [(ps, pe), (ms, me), (ns, ne)] = words;
        if !matches!(
            at(b, ps),
            b'm' | b'M' | b'o' | b'O' | b'n' | b'N' | b'u' | b'U' | 0xE0
        ) {
            continue;
        }
        let (Some(own), Some(mid), Some(name)) =
            (text.get(ps..pe), text.get(ms..me), text.get(ns..ne))
        else {
            continue;
        };
        let possessive = super::health_context::POSSESSIVES
            .iter()
            .any(|p| p.eq_ignore_ascii_case(own));
        if !possessive
            || !mid.chars().all(char::is_alphabetic)
            || sorted_has(DOCTORS, mid)
            || sorted_has(NOT_PERSON_AFTER_OWN, &mid.to_lowercase())
            || sorted_has(
                NOT_PERSON,
                name.trim_end_matches(|c: char| !c.is_alphabetic()),
            )
            || super::health_context::fiction_word(text.get(ps..ns).unwrap_or(""))
            || sorted_has(DOCTORS, name.trim_end_matches(['.', ',']))
        {
            continue;
        }
        let Some(e) = super::text::capitalized_word(text, ns) else {
            continue;
        };
        if !blocked(ns, e) {
            out.push((ps, e));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [
            STARTERS,
            NOT_PERSON,
            DOCTORS,
            PARTICLES,
            DEVANAGARI_FUNCTION,
            DEVANAGARI_NOT_JI,
            NOT_PERSON_AFTER_OWN,
        ] {
            let words: Vec<&str> = list.split('|').collect();
            assert!(words.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            // Every word is found, and what sorts between words is not.
            for w in &words {
                assert!(sorted_has(list, w), "{w}");
                assert!(!sorted_has(list, &format!("{w}\u{1}")), "{w}");
            }
            assert!(!sorted_has(list, ""));
            assert!(!sorted_has(list, "\u{10FFFF}"));
        }
    }
}
