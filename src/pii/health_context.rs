//! Fiction and public life: a named person with a condition there is a
//! character or a public figure, not a patient (`Write a scene in which
//! Elizabeth Bennet nurses Jane through the fever`, `the plot of Breaking
//! Bad: Walter's cancer`, `Stephen Hawking's ALS`).
//!
//! Read only around a (name, condition) pair whose name is weak evidence
//! (a common given name or a name by its shape, no honorific, patient word
//! or relative before it), over windows merged so that each byte is read
//! once: a word of storytelling or media (a scene, a story, a novel's or a
//! film's characters, a plot, a season, a script, a poem, a biography) or
//! of public life (famous, an actor, a singer, a president, a king) within
//! [`CONTEXT`] bytes, in the ten languages, or one of a short list of
//! public figures and characters whose illnesses are public knowledge,
//! makes the pair not personal data.
//!
//! Deliberately not done: a person introduced by a relative, an honorific
//! or a patient word (`my daughter Lena`, `Mrs Patel`) is never taken for
//! a character, whatever the text is about (`write a story for my
//! daughter Lena, who has diabetes` stays personal). Words that are
//! ordinary in medicine or another language stay out: `episode` (of
//! depression), `history` (`historia clínica`), `novel` alone (a novel
//! treatment), `plot` alone (plot the readings), `cena` (dinner), `conto`
//! (a bill).

use std::sync::OnceLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::nfa::noncontiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

use super::text::{at, before, is_wordish};

/// Bytes read on each side of a pair for a telling word.
pub const CONTEXT: usize = 160;

/// Storytelling, media and public life, by language (any case, whole
/// words; ASCII case is folded as the text is read).
const WORDS: &str = concat!(
    // en
    "fiction|fictional|fanfic|fan fiction|character|characters|protagonist|",
    "short story|a story|the story|bedtime story|in the novel|the novel|",
    "novella|scene|screenplay|film script|movie script|sitcom|",
    "tv show|tv series|",
    "the series|the show|film|movie|the plot|plot summary|season 1|",
    "season 2|season 3|season 4|season 5|season one|chapter|in the book|",
    "my novel|my story|my book|my screenplay|mi novela|mon roman|mein roman|",
    "il mio romanzo|moja powieść|meu romance|o meu livro|",
    "meinem roman|meinen roman|meinem buch|meiner geschichte|mi relato|",
    "mi cuento|mon histoire|la mia storia|moim opowiadaniu|minha história|",
    "the book|poem|fairy tale|role-play|roleplay|biography|biopic|",
    "celebrity|famous|actor|actress|singer|physicist|the president|",
    "king|queen|prince|princess|public figure|historical figure|",
    // es
    "ficción|ficticio|ficticia|escena|cuento|relato|novela|personaje|",
    "personajes|trama|la serie|en la serie|película|guion|biografía|famoso|",
    "famosa|actriz|cantante|presidente|rey|reina|príncipe|princesa|poema|",
    // de
    "szene|geschichte|kurzgeschichte|im roman|den roman|einen roman|",
    "romanfigur|hauptfigur|die serie|der serie|staffel|handlung|",
    "drehbuch|märchen|biografie|biographie|berühmt|berühmte|berühmten|",
    "schauspieler|schauspielerin|sänger|sängerin|physiker|präsident|",
    "könig|königin|prinz|prinzessin|gedicht|",
    // fr
    "scène|histoire|un roman|le roman|ce roman|personnage|personnages|",
    "intrigue|la série|cette série|série télé|scénario|conte|biographie|célèbre|acteur|",
    "actrice|chanteur|chanteuse|président|roi|reine|princesse|poème|",
    // pt
    "ficção|fictício|fictícia|romance|personagem|personagens|enredo|",
    "na série|filme|roteiro|biografia|ator|atriz|cantor|cantora|rei|rainha|",
    "princesa|",
    // it
    "finzione|scena|racconto|romanzo|personaggio|personaggi|nella serie|",
    "serie tv|",
    "sceneggiatura|attore|attrice|regina|principe|principessa|poesia|",
    "fiaba|",
    // pl
    "fikcja|fikcyjny|fikcyjna|scenę|opowiadanie|opowiadania|powieść|",
    "powieści|postać|postaci|fabuła|fabułę|fabule|fabuły|serial|serialu|",
    "serialach|opowiadaniu|filmie|filmu|scenariusz|słynny|",
    "słynna|sławny|sławna|aktor|aktorka|piosenkarz|piosenkarka|prezydent|",
    "król|królowa|książę|księżniczka|wiersz|bajka|",
    // hi
    "कहानी|उपन्यास|किरदार|पात्र|फ़िल्म|फिल्म|धारावाहिक|कविता|",
    "प्रसिद्ध|मशहूर|अभिनेता|अभिनेत्री|गायक|राष्ट्रपति|जीवनी|",
    // ja
    "小説|物語|登場人物|キャラクター|あらすじ|ドラマ|映画|脚本|",
    "場面|シーン|伝記|有名な|俳優|女優|歌手|大統領|童話|架空|",
    // zh
    "小说|故事|角色|剧情|电视剧|电影|第一季|剧本|场景|传记|著名|演员|",
    "歌手|总统|国王|女王|童话|虚构|",
    // Public figures and characters whose illnesses are public knowledge
    // (a short list: a name alone is weak evidence, the words above carry
    // the rule).
    "hawking|gehrig|beethoven|van gogh|frida kahlo|roosevelt|reagan|",
    "michael j. fox|muhammad ali|robin williams|freddie mercury|steve jobs|",
    "christopher reeve|magic johnson|céline dion|celine dion|bruce willis|",
    "justin bieber|selena gomez|lady gaga|serena williams|venus williams|",
    "princess diana|lady di|king charles|pope francis|papa francesco|",
    "papst franziskus|shinzo abe|安倍|irrfan khan|yuvraj singh|",
    "amitabh bachchan|angelina jolie|tom hanks|michael schumacher|",
    "maradona|whitney houston|amy winehouse|kurt cobain|michael jackson|",
    "churchill|abraham lincoln|virginia woolf|sylvia plath|john nash|",
    "sherlock|walter white|bennet|beth march|harry potter|gregory house|",
    "dr. house|the episode where|episode in which|",
    "tiny tim|scrooge|karenina|bovary|don quijote|don quixote|hamlet|",
    "breaking bad|",
    // Public life said outright, sport and politics (pii5): a footballer
    // who spoke publicly about his cancer is news, not a patient.
    "publicly|public statement|press conference|documentary|obituary|",
    "footballer|football player|soccer player|olympic|olympian|",
    "world cup|tennis player|cricketer|politician|prime minister|senator|",
    "públicamente|futbolista|político|öffentlich|fußballer|",
    "fußballspieler|politiker|publiquement|footballeur|homme politique|",
    "publicamente|jogador de futebol|futebolista|pubblicamente|",
    "calciatore|publicznie|piłkarz|piłkarza|polityk|",
    "क्रिकेटर|サッカー選手|政治家|首相|球星|足球运动员|",
    // Test data around a name (pii5): a test or training patient is
    // nobody (`Our test patient in the training EMR is 'Jane ...'`).
    "test patient|dummy patient|synthetic patient|",
    "fictitious patient|sample patient|mock patient|demo patient|",
    "test data|dummy data|sample data|synthetic data|fake data|mock data|",
    "test record|training emr|testpatient|testdaten|",
    "datos de prueba|paciente de prueba|paciente ficticio|",
    "données de test|patient fictif|dati di test|paziente fittizio|",
    "dados de teste|paciente fictício|dane testowe|pacjent testowy|",
    "テストデータ|テスト用|ダミー|测试数据|测试用|",
    // Literature, the arts and history (pii6): a character as a work
    // portrays them, a composer's or a painter's illness, a history
    // lesson (`how Holden Caulfield's depression is portrayed`,
    // `gruźlica Fryderyka Chopina ... lekcji historii muzyki`). Words of
    // a patient's history stay out (`historia`, `historii` alone,
    // `इतिहास`, `wieku`: an age).
    "portrayed|portrays|portrayal|depicted|depicts|depiction|literature|",
    "literary|narrator|discussion questions|reading guide|book club|",
    "composer|painter|poet|novelist|playwright|pianist|musician|",
    "historical|history lesson|history class|century|emperor|",
    "retrata|retratado|retratada|literatura|literario|compositor|pintor|",
    "poeta|novelista|dramaturgo|pianista|clase de historia|histórico|",
    "histórica|siglo|",
    "dargestellt|darstellung|literatur|komponist|komponisten|maler|",
    "dichter|schriftsteller|geschichtsunterricht|historisch|historische|",
    "jahrhundert|",
    "dépeint|dépeinte|représenté|représentée|littérature|littéraire|",
    "compositeur|peintre|poète|romancier|romancière|dramaturge|pianiste|",
    "cours d'histoire|historique|siècle|",
    "retratada|romancista|aula de história|século|",
    "ritratto|rappresentato|rappresentata|letteratura|compositore|",
    "pittore|romanziere|scrittore|lezione di storia|storico|storica|",
    "secolo|",
    "przedstawiona|przedstawiony|ukazana|ukazany|literatura|literaturze|",
    "kompozytor|kompozytora|malarz|malarza|pisarz|pisarza|poety|",
    "lekcji historii|lekcja historii|historii muzyki|historyczny|",
    "historyczna|koncerty|koncertów|",
    "चित्रित|साहित्य|संगीतकार|चित्रकार|कवि|ऐतिहासिक|सदी|",
    "描かれ|描写|文学|作曲家|画家|詩人|作家|歴史上|世紀|",
    "刻画|塑造|诗人|历史课|历史人物|世纪|",
);

/// A word list's automaton and its patterns' lengths: ASCII folded (the
/// text is folded as it is read), an accented capital added for an
/// accented first letter (`Célèbre`). Shared with
/// [`super::health_work`].
pub(super) type WordList = (NFA, Vec<usize>);

/// Builds a [`WordList`] from words separated by `|`.
pub(super) fn word_list(words: &str) -> Option<WordList> {
    let mut pats: Vec<String> = Vec::new();
    for w in words.split('|').filter(|w| !w.is_empty()) {
        pats.push(w.to_ascii_lowercase());
        let mut chars = w.chars();
        if let Some(first) = chars.next().filter(|c| !c.is_ascii() && c.is_lowercase()) {
            pats.push(first.to_uppercase().chain(chars).collect());
        }
    }
    let lens = pats.iter().map(String::len).collect();
    let nfa = NFA::builder()
        .match_kind(MatchKind::Standard)
        .build(&pats)
        .ok()?;
    Some((nfa, lens))
}

/// Every match of `list` in `text[lo..hi]` (one step a byte) that `keep`
/// accepts, as (start, end), appended to `out`.
pub(super) fn matches(
    list: &WordList,
    text: &str,
    (lo, hi): (usize, usize),
    keep: fn(&str, usize, usize) -> bool,
    out: &mut Vec<(usize, usize)>,
) {
    let (nfa, lens) = list;
    let b = text.as_bytes();
    let Ok(mut sid) = nfa.start_state(Anchored::No) else {
        return;
    };
    for i in lo..hi.min(b.len()) {
        sid = nfa.next_state(Anchored::No, sid, at(b, i).to_ascii_lowercase());
        if !nfa.is_match(sid) {
            continue;
        }
        let e = i.saturating_add(1);
        for k in 0..nfa.match_len(sid) {
            let pid = nfa.match_pattern(sid, k);
            let len = lens.get(pid.as_usize()).copied().unwrap_or(usize::MAX);
            let s = e.saturating_sub(len);
            if len <= e && s >= lo && keep(text, s, e) {
                out.push((s, e));
            }
        }
    }
}

fn automaton() -> Option<&'static WordList> {
    static NFA_: OnceLock<Option<WordList>> = OnceLock::new();
    NFA_.get_or_init(|| word_list(WORDS)).as_ref()
}

/// Is the match `s..e` a whole word (Latin words only: CJK and Devanagari
/// words have no spaces to bound them)?
fn whole(text: &str, s: usize, e: usize) -> bool {
    let b = text.as_bytes();
    let latin = at(b, s).is_ascii();
    // A possessive or plural `s` may follow (`Hawkings ALS`, `scenes`).
    let right =
        !is_wordish(at(b, e)) || (at(b, e) == b's' && !is_wordish(at(b, e.saturating_add(1))));
    !latin || (!is_wordish(before(b, s)) && right)
}

/// The starts of every telling word in `text[lo..hi]`, appended to `out`.
fn scan(text: &str, lo: usize, hi: usize, out: &mut Vec<usize>) {
    let Some(list) = automaton() else {
        return;
    };
    let mut found = Vec::new();
    matches(list, text, (lo, hi), whole, &mut found);
    out.extend(found.iter().map(|&(s, _)| s));
}

/// Possessives of the first person: a name right after one of them and
/// at most one other word (`my niece Léa`, `ma nièce Léa`, `mein Enkel
/// Tim`) belongs to someone the writer knows.
pub(super) const POSSESSIVES: &[&str] = &[
    "my",
    "our",
    "mi",
    "mis",
    "nuestra",
    "nuestro",
    "mein",
    "meine",
    "meinem",
    "meinen",
    "meiner",
    "unser",
    "unsere",
    "ma",
    "mon",
    "mes",
    "notre",
    "nos",
    "meu",
    "minha",
    "nosso",
    "nossa",
    "mio",
    "mia",
    "miei",
    "mie",
    "nostro",
    "nostra",
    "mój",
    "moja",
    "moje",
    "mojej",
    "mojego",
    "nasz",
    "nasza",
    "मेरी",
    "मेरा",
    "मेरे",
    "हमारी",
    "हमारा",
];

/// Does a first-person possessive sit one or two words before `name`?
/// With a word between, that word must name someone: a plain word, not
/// a thing or a work (`In my novel, Detective Mara Kell` is a character,
/// `my niece Sofia` is not), and no comma or full stop after it.
pub fn owned(text: &str, name: usize) -> bool {
    let lo = super::text::floor_boundary(text, name.saturating_sub(40));
    let Some(head) = text.get(lo..name) else {
        return false;
    };
    let is_possessive = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        POSSESSIVES.iter().any(|p| p.eq_ignore_ascii_case(w))
    };
    // The name's span may start with the possessive (`my niece Sofia`).
    // (Read at most 16 bytes of it: the scan stays bounded.)
    let end = super::text::floor_boundary(text, name.saturating_add(16));
    let own = text
        .get(name..end)
        .and_then(|t| t.split_whitespace().next())
        .is_some_and(is_possessive);
    let mut words = head.split_whitespace().rev();
    let (w1, w2) = (words.next(), words.next());
    let one_between = w2.is_some_and(is_possessive)
        && w1.is_some_and(|w| {
            w.chars().all(char::is_alphabetic)
                && !fiction_word(w)
                && !super::health_names::thing_after_own(w)
        });
    own || w1.is_some_and(is_possessive) || one_between
}

/// Is `word` a word of fiction or public life (`my novel Sofia` names a
/// character)?
pub fn fiction_word(word: &str) -> bool {
    let mut found = Vec::new();
    scan(word, 0, word.len(), &mut found);
    !found.is_empty()
}

/// Of `pairs` (spans of a name and its condition, sorted by start), which
/// ones sit within [`CONTEXT`] bytes of a word of fiction or public life?
/// The windows are merged, so each byte is read once.
pub fn in_fiction(text: &str, pairs: &[(usize, usize)]) -> Vec<bool> {
    let b = text.as_bytes();
    let mut windows: Vec<(usize, usize)> = Vec::new();
    for &(s, e) in pairs {
        let lo = s.saturating_sub(CONTEXT);
        let hi = e.saturating_add(CONTEXT).min(b.len());
        match windows.last_mut() {
            Some(w) if lo <= w.1 => w.1 = w.1.max(hi),
            _ => windows.push((lo, hi)),
        }
    }
    let mut starts = Vec::new();
    for (lo, hi) in windows {
        scan(text, lo, hi, &mut starts);
    }
    starts.sort_unstable();
    pairs
        .iter()
        .map(|&(s, e)| {
            let lo = s.saturating_sub(CONTEXT);
            let hi = e.saturating_add(CONTEXT);
            let first = starts.partition_point(|&w| w < lo);
            starts.get(first).is_some_and(|&w| w <= hi)
        })
        .collect()
}

/// Placeholder identities of documentation and test data, like the
/// `example.com` of emails: `John Doe`, `Max Mustermann`, `Musterstraße`,
/// `Anytown`, `Calle Falsa`, `Fulano de Tal`, `张三`. Not common real
/// names that are also used as examples (`Jan Kowalski`, `Mario Rossi`,
/// `Juan Pérez`, Japanese `山田花子`: the third blind set used her as a
/// real customer) stay names.
const PLACEHOLDERS: &str = concat!(
    "John Doe|Jane Doe|Richard Roe|Mustermann|Musterfrau|Musterstra|",
    "Musterweg|Musterstadt|Anytown|Calle Falsa|Fulano de Tal|Fulano|",
    "Beltrano|Sicrano|Ciclano|Mengano|Zutano|Tizio|张三|李四|王五|",
    // Test identities (pii5): `Jane Testpatient`, `Max Testperson`.
    "Testpatient|TestPatient|Testperson|Testuser|TestUser|Testkunde|",
    "Testnutzer|Testowy|Testowa|Dummy|",
);

fn placeholders() -> Option<&'static DFA> {
    static DFA_: OnceLock<Option<DFA>> = OnceLock::new();
    DFA_.get_or_init(|| {
        DFA::builder()
            .match_kind(MatchKind::Standard)
            .build(PLACEHOLDERS.split('|').filter(|w| !w.is_empty()))
            .ok()
    })
    .as_ref()
}

/// Does a placeholder identity sit in `start..end`? Read only over a
/// finding's name or address (a few dozen bytes), one step of a small
/// DFA per byte.
pub fn placeholder(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let Some(dfa) = placeholders() else {
        return false;
    };
    let Ok(mut sid) = dfa.start_state(Anchored::No) else {
        return false;
    };
    for i in start..end.min(b.len()) {
        sid = dfa.next_state(Anchored::No, sid, at(b, i));
        if dfa.is_match(sid) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fiction(text: &str) -> bool {
        in_fiction(text, &[(0, text.len())])
            .first()
            .copied()
            .unwrap_or(false)
    }

    #[test]
    fn storytelling_and_public_life_in_ten_languages() {
        for t in [
            "Write a short scene where Tom recovers from pneumonia",
            "In the novel, Anna hides her tuberculosis",
            "Schreib eine Kurzgeschichte über Lena und ihre Leukämie",
            "Dans ce roman, Paul souffre d'asthme",
            "En la película, María tiene cáncer",
            "Nella serie, Marco ha il diabete",
            "No filme, a personagem Ana tem epilepsia",
            "W powieści Anna choruje na gruźlicę",
            "इस कहानी में राहुल को कैंसर है",
            "小説の中で花子は結核を患う",
            "电视剧里，李明得了癌症",
            "Stephen Hawking's ALS",
            "the famous singer Sarah has lupus",
        ] {
            assert!(fiction(t), "{t}");
        }
    }

    #[test]
    fn ordinary_and_medical_words_are_not_fiction() {
        for t in [
            "John had an episode of depression last week",
            "Historia clínica: María, diabetes tipo 2",
            "Plot John's glucose readings for the last month",
            "Krankengeschichte von Lena: Asthma",
            "a novel treatment for Anna's leukaemia",
            "Stasera a cena con Marco, che ha il diabete",
            "Tom's characteristics: asthma, eczema",
            "my daughter Lena has diabetes",
        ] {
            assert!(!fiction(t), "{t}");
        }
    }
}
