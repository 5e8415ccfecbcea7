//! A business's own contact details are not a person's: the address of a
//! company's office in its imprint, a shop's hotline, a toll-free number,
//! a parcel's tracking number.
//!
//! Two rules, read only around something the address or phone detector
//! already found (a few hundred bytes per finding, never the whole text):
//!
//! - **Service numbers** ([`service_number`]): toll-free, shared-cost and
//!   premium ranges are never a person's line, whatever the text says:
//!   North American 800/888/877/866/855/844/833 and N00 area codes; `0800`,
//!   `0808`, `0180x`, `0900`, UK `084x`/`087x` (11 digits) and `03`; French
//!   `08` in pairs; nine digits from `80`/`90` (Spain's 900/901/902, Italy's
//!   and Portugal's 800, Poland's 800/801); Japan's `0120`, `0570`, `0990`;
//!   China's `400`/`800` (ten digits); India's `1800`/`1860`; Brazil's
//!   `0300`/`0500` and `4004`/`3003`; and the same after a country code
//!   (`+1 800`, `+44 800`, `+49 180`, `+34 902`, `+81 120`, `+86 400`).
//! - **The words around it** ([`business_context`]): the nearest telling
//!   word before the finding, within [`BEFORE`] bytes of its paragraph,
//!   decides. A business word (a legal form, `GmbH`, `S.L.`, `Ltd`,
//!   `S.p.A.`, `Sp. z o.o.`, `株式会社`, `有限公司`; an imprint, contact
//!   page, head office, registered office, opening hours, hotline, customer
//!   service, call centre, "our office", "call us", in the ten languages)
//!   makes it the business's; a personal word (my, home, I live, ship to,
//!   delivery address, direct line, mobile, a customer, patient or
//!   employee) makes it a person's, so an employee's direct line or a
//!   customer's address in an order on a company's page is still found.
//!   With no telling word before it, a business word within [`AFTER`]
//!   bytes after it (`... 〒100-0005 東京都... 株式会社ミナト商事`) decides.
//!   For phone numbers a reference word (tracking, order, invoice, booking,
//!   case number, `Sendungsnummer`, `pedido`, `订单号`, `追跡番号`) nearest
//!   before it, within 32 bytes and with no digit between, means the digits
//!   are that reference, not a phone (further away, or past another
//!   number, it names something else: `order=PG-551902 ... phone=07912
//!   604 118` is a phone).
//! - **A person named in between** ([`business_context_named`]): a given
//!   name and surname, or an honorific and a name, between the nearest
//!   business word and the finding makes it that person's (`invoice from
//!   Müller GmbH to Hans Becker, Lindenweg 7`, `the Social Security office
//!   ... Carlos Mendez, ..., 2207 W Polk St`), unless the business word is
//!   a representative's or an attention line's (`Geschäftsführer`, `CEO`,
//!   `attn.`, `z. Hd.`, `à l'attention de`, `代表取締役`, a job title such
//!   as `Head of Sales`, `vertreten durch`): then the
//!   person speaks for the business. Call-back words (`call back`,
//!   `zurückrufen`, `rappeler`, `richiamare`, `oddzwonić`, `折り返し`,
//!   `回电`) are personal.
//!
//! Deliberately not done: names of companies without a legal form
//! (`Northwind Traders` alone); a person named by a name the lexicon does
//! not know, with no honorific (`to Xu Becker, Lindenweg 7` after a
//! business word stays the business's); international and parenthesised
//! numbers are not checked for a name in between.

use std::sync::OnceLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::noncontiguous::NFA;
use aho_corasick::{Anchored, MatchKind};

use super::lexicon::Cat;
use super::scan::Ctx;
use super::text::{at, before, capitalized_word, is_alnum, is_digit, is_wordish, upper_at};

/// Bytes read before a finding for its context.
pub const BEFORE: usize = 160;
/// Bytes read after a finding for a business word.
pub const AFTER: usize = 100;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A legal form: matched in its own case, as a whole word.
    Legal,
    Business,
    /// Offices, shops, practices (addresses only).
    Premises,
    Personal,
    /// A reference number's name (phones only).
    Reference,
    /// A company's tax or register number's name (`P.IVA`, `VAT`, `NIP`).
    CompanyNo,
    /// A company's representative or a letter's attention line
    /// (`Geschäftsführer`, `CEO`, `attn.`, `z. Hd.`): a business
    /// word that a person named after it does not override.
    Role,
}

// The word lists are single strings, words separated by `|`: split once
// when the matcher is built, they cost the module no slice per word.

/// Legal forms of companies (case as written).
const LEGAL: &str = concat!(
    "GmbH|gGmbH|AG|KG|KGaA|OHG|GbR|UG|e.K.|e.V.|S.A.|S.A.S.|SAS|SARL|",
    "S.A.R.L.|EURL|SNC|S.L.|S.L.U.|SLU|Ltd|Ltd.|LTD|Limited|LLC|L.L.C.|Inc|",
    "Inc.|INC|Corp|Corp.|Corporation|PLC|plc|LLP|S.r.l.|Srl|SRL|srl|s.r.l.|S.p.A.|SpA|",
    "S.P.A.|S.n.c.|sp. z o.o.|Sp. z o.o.|sp.j.|S.K.A.|Ltda|Ltda.|LTDA|Lda|",
    "Lda.|EIRELI|S/A|Pvt|Pvt.|B.V.|BV|N.V.|Oy|A/S|ApS|& Co|& Co.|株式会社|有限会社|",
    "合同会社|(株)|（株）|有限公司|股份有限公司|集团|प्रा. लि.|लिमिटेड|",
);
/// Words that say the details are a business's (any case).
const BUSINESS: &str = concat!(
    // en
    "imprint|legal notice|contact us|contact page|company|our company|",
    "my company|my business|headquarters|headquartered|head office|hq|",
    "registered office|registered address|business address|company address|",
    "opening hours|business hours|office hours|open mon|mon-fri|mon–fri|",
    "monday to friday|call us|reach us|visit us|find us|write to us|",
    "customer service|customer support|customer care|support line|",
    "support team|sales team|procurement team|hotline|helpline|call centre|",
    "call center|switchboard|main line|reception|front desk|toll-free|",
    "toll free|freephone|footer|letterhead|website|homepage|web page|",
    "press release|",
    // A page's or an email's footer, and a business's mailbox right
    // before a number (pii7): `rodapé`, `Fußzeile`, `reservas@...`.
    "rodapé|pie de página|fußzeile|pied de page|piè di pagina|",
    "フッター|页脚|फ़ुटर|info@|reservas@|reservations@|bookings@|booking@|",
    "reception@|recepcion@|contact@|contacto@|contato@|contatti@|kontakt@|",
    "hello@|office@|sales@|biuro@|accueil@|empfang@|prenotazioni@|",
    "reservierung@|reservation@|hotel@|",
    // es
    "aviso legal|datos de la empresa|contáctanos|contáctenos|sede|",
    "sede social|domicilio social|empresa|mi empresa|mi negocio|horario|",
    "horarios|de lunes a viernes|atención al cliente|servicio al cliente|",
    "línea de atención|teléfono de atención|centralita|llámenos|llámanos|",
    "escríbenos|visítanos|página web|nos mudamos|",
    // de
    "impressum|anbieterkennzeichnung|kontaktseite|kontaktieren sie uns|",
    "meine firma|unsere firma|die firma|der firma|nasza firma|firmensitz|",
    "hauptsitz|sitz der gesellschaft|geschäftsadresse|öffnungszeiten|",
    "sprechzeiten|geschäftszeiten|kundenservice|kundendienst|zentrale|",
    "telefonzentrale|servicenummer|geschäftsführung|",
    "handelsregister|registergericht|amtsgericht|hrb|ust-id|webseite|mo-fr|",
    "mo–fr|montag bis freitag|rufen sie uns an|",
    // fr
    "mentions légales|page contact|nous contacter|contactez-nous|",
    "entreprise|mon entreprise|société|siège|siège social|horaires|",
    "ouvert du|ouverts du|du lundi au vendredi|service client|",
    "service clients|service clientèle|standard téléphonique|numéro vert|",
    "sav|appelez-nous|écrivez-nous|rcs|siret|siren|capital social|site web|",
    "site internet|",
    // pt
    "fale conosco|contacte-nos|contate-nos|minha empresa|",
    "horário de funcionamento|horário de atendimento|de segunda a sexta|",
    "atendimento|central de atendimento|sac|linha de apoio|cnpj|",
    // it
    "note legali|contattaci|contatti|sede legale|sede operativa|azienda|",
    "società|orari|orario di apertura|dal lunedì al venerdì|",
    "servizio clienti|assistenza clienti|numero verde|centralino|chiamaci|",
    "partita iva|p.iva|p. iva|sito web|",
    // pl
    "stopka|dane firmy|kontakt z nami|siedziba|spółka|godziny otwarcia|",
    "od poniedziałku do piątku|infolinia|obsługa klienta|biuro obsługi|",
    "centrala|zadzwoń do nas|nip|regon|krs|strona internetowa|",
    // hi
    "मुख्यालय|कंपनी|संपर्क करें|हमसे संपर्क|ग्राहक सेवा|हेल्पलाइन|टोल फ्री|",
    "कस्टमर केयर|",
    // ja
    "弊社|当社|本社|所在地|会社概要|お問い合わせ|問い合わせ|代表電話|代表番号|営業時間|受付時間|窓口|フリーダイヤル|カスタマー|",
    "サポートセンター|コールセンター|ホームページ|",
    // zh
    "公司|我司|总部|联系我们|客服|热线|总机|咨询电话|服务电话|全国统一|营业时间|工作日|官网|",
);
/// Premises: an address there is a business's, but a phone number there
/// may be a person's own line (`my office phone`, `办公室电话`), so for
/// phones these words say nothing.
const PREMISES: &str = concat!(
    "my office|my shop|my store|my practice|office|offices|store|shop|",
    "showroom|clinic|restaurant|hotel|warehouse|factory|branch|suite|",
    "oficina|oficinas|tienda|mi tienda|sucursal|almacén|clínica|",
    "consultorio|despacho|restaurante|büro|praxis|kanzlei|filiale|geschäft|",
    "laden|niederlassung|klinik|nos bureaux|bureau|bureaux|boutique|",
    "magasin|cabinet|agence|entrepôt|succursale|escritório|escritórios|",
    "loja|minha loja|filial|armazém|consultório|ufficio|uffici|negozio|",
    "magazzino|stabilimento|biuro|sklep|oddział|magazyn|gabinet|",
    "przychodnia|कार्यालय|दफ़्तर|दफ्तर|दुकान|शाखा|支社|支店|営業所|事務所|店舗|门店|店铺|",
    "办公室|办公地址|",
    // Public bodies, libraries, publishers, museums, hotels and other
    // institutions (pii6): their address is theirs (`Biblioteca
    // Municipal, Rua ...`, `Urząd Miasta, Wydział ..., ul. ...`,
    // `First published by Northlight Press, 90 ...`). Schools and
    // hospitals stay out: a pupil's or patient's record names them
    // before a home address.
    "library|public library|published by|first published|publisher|",
    "publishers|publishing|imprint of|city hall|town hall|city council|",
    "county council|municipality|ministry|embassy|consulate|museum|",
    "gallery|theatre|theater|registry office|register office|department|",
    "agency|authority|hostel|inn|resort|guesthouse|venue|",
    "biblioteca|ayuntamiento|ajuntament|concello|museo|ministerio|",
    "embajada|consulado|editorial|hostal|parador|registro civil|",
    "bibliothek|stadtbibliothek|bücherei|rathaus|stadtverwaltung|",
    "bürgeramt|landratsamt|gemeindeamt|ministerium|botschaft|konsulat|",
    "verlag|gasthof|behörde|",
    "bibliothèque|médiathèque|mairie|hôtel de ville|préfecture|musée|",
    "ministère|ambassade|consulat|éditions|éditeur|auberge|",
    "câmara municipal|prefeitura|junta de freguesia|museu|ministério|",
    "embaixada|editora|pousada|",
    "comune di|municipio|museo civico|ministero|ambasciata|consolato|",
    "casa editrice|editore|prefettura|questura|albergo|",
    "urząd|urzędu|wydział|ratusz|starostwo|muzeum|ministerstwo|",
    "ambasada|konsulat|wydawnictwo|pensjonat|",
    "पुस्तकालय|नगर निगम|संग्रहालय|मंत्रालय|दूतावास|प्रकाशन|होटल|",
    "図書館|市役所|区役所|役場|県庁|博物館|美術館|大使館|出版社|旅館|",
    "图书馆|市政府|区政府|政府|博物馆|美术馆|大使馆|出版社|酒店|宾馆|",
    "街道办|居委会|",
    // A construction site's address in its notice or its delivery
    // instructions (pii8): the site's and its builder's, not a home
    // (`Site: Calder Construction, Plot 4, 2200 Enterprise Way`). A
    // person named between the word and the address still makes it
    // theirs.
    "site:|site address|site notice|construction site|building site|",
    "job site|jobsite|worksite|site office|dirección de la obra|",
    "baustelle|baustellenadresse|adresse du chantier|chantier:|",
    "indirizzo del cantiere|cantiere:|adres budowy|plac budowy|",
    "endereço da obra|morada da obra|工地|施工现场|工事現場|建設現場|",
    "baustellenschild|panneau de chantier|chantier :|aviso de obra|",
    "cartel de obra|obra:|placa de obra|cartello di cantiere|cantiere :|",
    "tablica budowy|budowa:|",
);
/// Words that say the details are a person's (any case).
const PERSONAL: &str = concat!(
    // en
    "my|i live|we live|lives at|living at|home|residence|resident|",
    "deliver to|delivery address|ship to|shipping address|billing address|",
    "customer|client|patient|employee|tenant|guest|direct line|direct dial|",
    "extension|ext.|mobile|cell|private|personal|his|her|me at|reach me|",
    "call me|mine|call back|ring back|callback|",
    // es
    "mi|mis|vivo|vive|domicilio|particular|móvil|movil|celular|",
    "línea directa|cliente|paciente|empleado|empleada|envío a|enviar a|",
    "dirección de entrega|dirección de envío|llámame|devolver la llamada|",
    // de
    "mein|meine|meiner|wohne|wohnt|wohnhaft|privat|privatadresse|",
    "wohnadresse|lieferadresse|rechnungsadresse|handy|mobil|durchwahl|",
    "kunde|kundin|patientin|mitarbeiter|mitarbeiterin|mieter|ruf mich|",
    "zurückrufen|rückruf|",
    // fr
    "mon numéro|mon adresse|ma ligne|mon portable|j'habite|habite|domicile|",
    "chez moi|portable|ligne directe|cliente|salarié|salariée|",
    "adresse de livraison|livrer à|rappeler|",
    // pt
    "meu|minha|moro|mora|residência|domicílio|telemóvel|linha direta|",
    "funcionário|funcionária|morada de entrega|endereço de entrega|",
    "retornar a ligação|ligar de volta|",
    // it
    "mio|mia|miei|abito|abita|residenza|cellulare|linea diretta|paziente|",
    "dipendente|indirizzo di consegna|chiamami|richiamare|",
    // pl (`mieszka` only with its preposition: `Mieszkańców`, residents
    // in an office's name, is no one's home)
    "mój|moja|moje|mojego|mieszkam|mieszka w|mieszka na|mieszka przy|zamieszkały|zamieszkała|",
    "adres domowy|komórka|komórkowy|prywatny|klient|klientka|pacjent|",
    "pacjentka|pracownik|adres dostawy|oddzwonić|",
    // hi
    "मेरा|मेरी|मेरे|रहता|रहती|घर|मोबाइल|",
    // ja
    "私の|自宅|住んで|携帯|直通|折り返し|",
    // zh
    "我的|我家|家住|住在|家庭住址|收货地址|收件人|手机|回电|回拨|",
);
/// A company's representatives and attention lines (see [`Kind::Role`]).
const ROLE: &str = concat!(
    "attn|attn.|attention:|contact person|ceo|managing director|",
    "director general|proprietor|a/a|a la atención|apoderado|",
    "administrador único|geschäftsführer|geschäftsführerin|inhaber|",
    "inhaberin|vorstand|z. hd.|z.hd.|zu händen|ansprechpartner|",
    "ansprechpartnerin|à l'attention|à l’attention|gérant|gérante|pdg|",
    "sócio-gerente|diretor|all'attenzione|alla c.a.|",
    "amministratore|legale rappresentante|do rąk|prezes|właściciel|",
    "निदेशक|代表取締役|代表者|担当|御中|法定代表人|负责人|联系人|",
    // Job titles and spokespeople after a name (`Anna Schmidt, Head of
    // Sales`), asking for someone at the premises. Bare titles (`manager`,
    // `directeur`) stay out: `my manager, 12 Baker Street` is a person's.
    "head of|sales manager|account manager|office manager|store manager|",
    "general manager|spokesperson|represented by|ask for|vertriebsleiter|",
    "vertriebsleiterin|pressesprecher|pressesprecherin|vertreten durch|",
    "frag nach|representada por|representado por|pregunta por|",
    "représentée par|représenté par|demandez|rappresentata da|chiedi di|",
    "reprezentowana przez|",
);
/// Words naming a reference number (for phones: the digits are that).
const REFERENCE: &str = concat!(
    // en
    "tracking|tracking number|shipment|parcel|order|order number|order no|",
    "invoice|reference|ref|ref.|booking|reservation|ticket|case number|",
    "policy number|account number|customer number|member number|serial|",
    "imei|sku|ean|",
    // es
    "pedido|número de pedido|seguimiento|envío|factura|referencia|",
    "localizador|expediente|póliza|número de cliente|",
    // de
    "sendungsnummer|sendungsverfolgung|bestellnummer|bestellung|",
    "rechnungsnummer|rechnung|referenz|aktenzeichen|kundennummer|",
    "vertragsnummer|auftragsnummer|buchungsnummer|ticketnummer|",
    // fr
    "numéro de suivi|suivi|colis|commande|facture|référence|dossier|",
    "numéro client|contrat|",
    // pt
    "rastreio|rastreamento|encomenda|fatura|referência|protocolo|",
    // it
    "tracciamento|spedizione|ordine|fattura|riferimento|pratica|",
    "codice cliente|",
    // pl
    "numer przesyłki|przesyłka|przesyłki|zamówienie|zamówienia|faktura|",
    "faktury|numer referencyjny|sprawa|numer klienta|",
    // hi
    "ऑर्डर|ट्रैकिंग|इनवॉइस|",
    // ja
    "追跡番号|注文番号|伝票番号|お問い合わせ番号|受付番号|請求書|",
    // zh
    "订单号|运单号|快递单号|物流单号|单号|发票|编号|",
);
/// Names of a company's tax or register number: the digits after one are
/// the company's, not a person's id (an Italian `P.IVA` can pass a CPF's
/// or PESEL's check by chance).
const COMPANY_NUMBER: &str = concat!(
    "p.iva|p. iva|p.i.|partita iva|vat|vat no|vat number|vat reg|ust-id|",
    "ust-idnr|ust-idnr.|steuernummer der firma|hrb|hra|company no|",
    "company number|registered in england|nip|regon|krs|cnpj|siret|siren|",
    "tva|n° tva|cif|gstin|统一社会信用代码|法人番号|",
);
struct Words {
    nfa: NFA,
    /// By pattern: its kind, and the pattern as written (legal forms are
    /// compared in their case).
    meta: Vec<(Kind, &'static str)>,
}

fn words() -> Option<&'static Words> {
    static WORDS: OnceLock<Option<Words>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            let mut pats: Vec<String> = Vec::new();
            let mut meta = Vec::new();
            for (list, kind) in [
                (LEGAL, Kind::Legal),
                (BUSINESS, Kind::Business),
                (PREMISES, Kind::Premises),
                (PERSONAL, Kind::Personal),
                (REFERENCE, Kind::Reference),
                (COMPANY_NUMBER, Kind::CompanyNo),
                (ROLE, Kind::Role),
            ] {
                for w in list.split('|').filter(|w| !w.is_empty()) {
                    // ASCII case is folded as the text is read; an accented
                    // first letter needs its capital too (`Öffnungszeiten`).
                    pats.push(w.to_ascii_lowercase());
                    meta.push((kind, w));
                    let mut chars = w.chars();
                    if let Some(first) = chars.next().filter(|c| !c.is_ascii() && c.is_lowercase())
                    {
                        let cap: String = first.to_uppercase().chain(chars).collect();
                        pats.push(cap);
                        meta.push((kind, w));
                    }
                }
            }
            // A noncontiguous NFA: a few KB, and only small windows are
            // read (the lexicon's DFA would cost megabytes for speed not
            // needed here). Its states to depth 4 are dense (one load a
            // byte, no list to search): with the default depth the
            // institutions' words pii6 added made every phone-shaped
            // number's window scan slower (bench-router `digits`).
            let nfa = NFA::builder()
                .match_kind(MatchKind::Standard)
                .dense_depth(4)
                .build(&pats)
                .ok()?;
            Some(Words { nfa, meta })
        })
        .as_ref()
}

/// A word found in the window: its kind and its end.
#[derive(Debug, Clone, Copy)]
struct Found {
    kind: Kind,
    start: usize,
    end: usize,
}

/// Does the match `s..e` of pattern `word` sit in the text as a word?
fn fits(b: &[u8], s: usize, e: usize, kind: Kind, word: &str) -> bool {
    let latin_start = word.bytes().next().is_some_and(|c| c.is_ascii());
    let left = !latin_start || !is_wordish(before(b, s)) || !is_alnum(at(b, s));
    if kind == Kind::Legal {
        // In its own case, and whole.
        return left
            && b.get(s..e) == Some(word.as_bytes())
            && !(word
                .bytes()
                .last()
                .is_some_and(|c| c.is_ascii_alphanumeric())
                && is_alnum(at(b, e)))
            && before(b, s) != b'(';
    }
    // Short Latin words end where a word ends; longer ones are stems
    // (`impressum` in `Impressumstext`, `hotline` in `hotlines`).
    let last = before(b, e);
    let right = !last.is_ascii_alphanumeric() || word.len() >= 6 || !is_wordish(at(b, e));
    left && right
}

/// Every telling word in `b[lo..hi]`.
fn scan(b: &[u8], lo: usize, hi: usize) -> Vec<Found> {
    let mut out = Vec::new();
    let Some(w) = words() else { return out };
    let Ok(mut sid) = w.nfa.start_state(Anchored::No) else {
        return out;
    };
    for i in lo..hi.min(b.len()) {
        sid = w
            .nfa
            .next_state(Anchored::No, sid, at(b, i).to_ascii_lowercase());
        if !w.nfa.is_match(sid) {
            continue;
        }
        let e = i.saturating_add(1);
        for k in 0..w.nfa.match_len(sid) {
            let pid = w.nfa.match_pattern(sid, k);
            let s = e.saturating_sub(w.nfa.pattern_len(pid));
            if s < lo {
                continue;
            }
            if let Some(&(kind, word)) = w.meta.get(pid.as_usize()) {
                if fits(b, s, e, kind, word) {
                    out.push(Found {
                        kind,
                        start: s,
                        end: e,
                    });
                }
            }
        }
    }
    out
}

/// The paragraph around `start..end`, at most `BEFORE`/`AFTER` bytes out.
fn window(b: &[u8], start: usize, end: usize) -> (usize, usize) {
    let lo0 = start.saturating_sub(BEFORE);
    let head = b.get(lo0..start).unwrap_or_default();
    let lo = head
        .windows(2)
        .rposition(|w| w == b"\n\n")
        .map_or(lo0, |k| lo0 + k + 2);
    let hi0 = end.saturating_add(AFTER).min(b.len());
    let tail = b.get(end..hi0).unwrap_or_default();
    let hi = tail
        .windows(2)
        .position(|w| w == b"\n\n")
        .map_or(hi0, |k| end + k);
    (lo, hi)
}

/// Most bytes between a reference word and the number it names, with no
/// digit between (`order no.: 4501 ...`): further away, or past another
/// number, the word names something else (`order=PG-551902 ... phone=`).
const REFERENCE_GAP: usize = 32;

/// Is the address or phone number at `start..end` a business's, by the
/// words around it (see the module doc)? `phone`: reference words count.
pub fn business_context(b: &[u8], start: usize, end: usize, phone: bool) -> bool {
    business_context_named(b, start, end, phone, &[])
}

/// [`business_context`], knowing where people are named (`names`: spans of
/// a given name and surname, or an honorific and a name, in order): a
/// person named between the nearest business word and the finding makes
/// it that person's (`invoice from Müller GmbH to Hans Becker, Lindenweg
/// 7`), unless the word is a representative's or an attention line's
/// (`Geschäftsführer Hans Becker`, `z. Hd. Hans Becker`).
pub fn business_context_named(
    b: &[u8],
    start: usize,
    end: usize,
    phone: bool,
    names: &[(usize, usize)],
) -> bool {
    let (lo, hi) = window(b, start, end);
    let found = scan(b, lo, hi);
    // The telling word nearest before (the latest end; at one end the
    // longest, so `customer service` beats `customer`, `my office` `my`).
    let counts = |f: &Found| match f.kind {
        Kind::Reference => {
            phone
                && start.saturating_sub(f.end) <= REFERENCE_GAP
                && !b
                    .get(f.end..start)
                    .unwrap_or_default()
                    .iter()
                    .any(|c| is_digit(*c))
        }
        Kind::Premises => !phone,
        _ => true,
    };
    let nearest = found
        .iter()
        .filter(|f| f.end <= start && counts(f))
        .max_by_key(|f| (f.end, f.end - f.start));
    let named_between = |from: usize| names.iter().any(|&(s, e)| s >= from && e <= start);
    match nearest.map(|f| (f.kind, f.end)) {
        Some((Kind::Personal, _)) => false,
        Some((Kind::Role | Kind::CompanyNo, _)) => true,
        Some((_, e)) => !named_between(e),
        None => found.iter().any(|f| {
            f.start >= start
                && counts(f)
                && !matches!(f.kind, Kind::Personal | Kind::Reference | Kind::Role)
        }),
    }
}

/// Where people are named in the [`BEFORE`] bytes before `start`, for
/// [`business_context_named`]: a capitalised common given name followed by
/// a capitalised word (`Hans Becker`, `Brenda Walsh`), or an honorific or
/// relative word followed by one (`Frau Becker`, `Mr Walsh`). Read from
/// the lexicon's hits (in order of their end) in that window only, when an
/// address or phone number was found.
pub fn person_names(ctx: &Ctx, start: usize) -> Vec<(usize, usize)> {
    let text = ctx.text;
    let lo = start.saturating_sub(BEFORE);
    let first = ctx.hits.partition_point(|h| h.end < lo);
    ctx.hits
        .get(first..)
        .unwrap_or_default()
        .iter()
        .take_while(|h| h.end <= start)
        .filter_map(|h| {
            let named = match h.cat {
                Cat::FirstName => upper_at(text, h.start),
                Cat::Honorific => true,
                _ => false,
            };
            if !named || h.start < lo || at(ctx.b, h.end) != b' ' {
                return None;
            }
            capitalized_word(text, h.end.saturating_add(1)).map(|e| (h.start, e))
        })
        .collect()
}

/// Is the number at `i` named, within 32 bytes before it, as a company's
/// tax or register number (`P.IVA 01234567890`, `NIP: ...`, `CNPJ`)?
pub fn company_number_before(b: &[u8], i: usize) -> bool {
    let lo = i.saturating_sub(32);
    scan(b, lo, i)
        .iter()
        .max_by_key(|f| (f.end, f.end - f.start))
        .is_some_and(|f| f.kind == Kind::CompanyNo)
}

/// The digits of `b[start..end]` (at most 16) and whether the number is
/// written with an international prefix (`+` or `00`).
fn digits_of(b: &[u8], start: usize, end: usize) -> (Vec<u8>, bool) {
    let span = b.get(start..end).unwrap_or_default();
    let mut d: Vec<u8> = span
        .iter()
        .copied()
        .filter(u8::is_ascii_digit)
        .take(16)
        .collect();
    let plus = span.first() == Some(&b'+');
    let intl = plus || d.starts_with(b"00");
    if !plus && intl {
        d.drain(..2.min(d.len()));
    }
    (d, intl)
}

/// Toll-free, shared-cost and premium ranges after a country code, by
/// country: (code, prefixes of the national number).
const SERVICE_BY_COUNTRY: &[(&str, &[&str])] = &[
    ("44", &["800", "808", "84", "87", "9", "3"]),
    ("49", &["800", "180", "900", "137", "138"]),
    ("33", &["8"]),
    ("34", &["900", "901", "902", "905", "80"]),
    ("39", &["800", "803", "89", "199", "84"]),
    ("351", &["800", "808", "707", "708", "760"]),
    ("48", &["800", "801", "70"]),
    ("41", &["800", "84", "90"]),
    ("43", &["800", "810", "820", "90"]),
    ("31", &["800", "900", "906", "909"]),
    ("32", &["800", "90"]),
    ("55", &["800", "300", "500", "900", "4004", "4003", "3003"]),
    ("81", &["120", "800", "570", "990"]),
    ("86", &["400", "800"]),
    ("91", &["1800", "1860"]),
];

/// North American toll-free and service area codes: 8YY and N00 (but 500,
/// personal numbers).
fn nanp_service(area: &[u8]) -> bool {
    matches!(area, [b'8', x, y] if x == y && *x != b'1' && *x != b'0')
        || matches!(area, [b'2'..=b'9', b'0', b'0'] if area != b"500")
}

/// Is the number at `start..end` a toll-free, shared-cost or premium
/// service number (see the module doc)?
pub fn service_number(b: &[u8], start: usize, end: usize) -> bool {
    let (d, intl) = digits_of(b, start, end);
    let n = d.len();
    if intl {
        if let Some(rest) = d.strip_prefix(b"1") {
            return rest.len() == 10 && rest.get(..3).is_some_and(nanp_service);
        }
        return SERVICE_BY_COUNTRY.iter().any(|(cc, prefixes)| {
            d.strip_prefix(cc.as_bytes())
                .map(|nsn| nsn.strip_prefix(b"0").unwrap_or(nsn))
                .is_some_and(|nsn| prefixes.iter().any(|p| nsn.starts_with(p.as_bytes())))
        });
    }
    // A prefix counts when the first group of digits holds it whole:
    // `0800 123 4567`, not Berlin's `030 08727370` or `01.80.25.36.53`.
    let first = first_group(b, start, end);
    let starts = |p: &[u8]| d.starts_with(p) && first >= p.len();
    // North American, with or without the trunk 1 (`1-800-...`).
    let nanp = match (n, first) {
        (10, 3 | 10) => d.get(..3),
        (11, 1) if d.starts_with(b"1") => d.get(1..4),
        _ => None,
    };
    if nanp.is_some_and(nanp_service) && !starts(b"0") {
        return true;
    }
    const TRUNK0: &[&[u8]] = &[
        b"0800", b"0808", b"0801", b"0180", b"0900", b"0120", b"0570", b"0990", b"0300", b"0500",
    ];
    if TRUNK0.iter().any(|p| starts(p)) {
        return true;
    }
    // UK 084x/087x (11 digits), France's 08 in pairs (10).
    if n == 11
        && ["0843", "0844", "0845", "0870", "0871", "0872", "0873"]
            .iter()
            .any(|p| starts(p.as_bytes()))
    {
        return true;
    }
    if n == 10 && d.starts_with(b"08") && pairs(b, start, end) {
        return true;
    }
    // Nine digits from 80 or 90: Spain, Italy, Portugal, Poland.
    if n == 9 && (starts(b"80") || starts(b"90")) {
        return true;
    }
    // China's 400/800, India's 1800/1860, Brazil's capital numbers.
    (n == 10 && (starts(b"400") || starts(b"800")))
        // (written `1800 ...`: eleven digits run together may be a Chinese
        // mobile, `180 0013 8000`)
        || ((10..=11).contains(&n) && first == 4 && (starts(b"1800") || starts(b"1860")))
        || (n == 8 && (starts(b"4004") || starts(b"4003") || starts(b"3003")))
}

/// How many digits the number's first group has (a `(` before it aside).
fn first_group(b: &[u8], start: usize, end: usize) -> usize {
    let span = b.get(start..end).unwrap_or_default();
    let span = span.strip_prefix(b"(").unwrap_or(span);
    span.iter().take_while(|c| c.is_ascii_digit()).count()
}

/// Written in pairs (`08 92 68 02 28`).
fn pairs(b: &[u8], start: usize, end: usize) -> bool {
    b.get(start..end)
        .unwrap_or_default()
        .split(|c| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .all(|g| g.len() == 2)
}

/// The token right before `i` (after one space) mixes letters and digits
/// (`1Z 8V7 46E 03 1234 5678`): the digits continue a code.
pub fn after_code(b: &[u8], i: usize) -> bool {
    if before(b, i) != b' ' {
        return false;
    }
    let end = i.saturating_sub(1);
    let mut s = end;
    while s > 0 && is_alnum(before(b, s)) && end - s < 16 {
        s -= 1;
    }
    let tok = b.get(s..end).unwrap_or_default();
    tok.iter().any(|c| is_digit(*c)) && tok.iter().any(u8::is_ascii_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(text: &str, needle: &str, phone: bool) -> bool {
        let s = text.find(needle).unwrap();
        business_context(text.as_bytes(), s, s + needle.len(), phone)
    }

    #[test]
    fn nearest_word_decides() {
        // Business words before or after, in several languages.
        assert!(ctx(
            "Impressum: Hafenblick GmbH, Kaistraße 4, 20457 Hamburg",
            "Kaistraße 4",
            false
        ));
        assert!(ctx(
            "Pour notre page contact : nos bureaux sont au 3 rue Victor Hugo, 69002 Lyon.",
            "3 rue",
            false
        ));
        assert!(ctx(
            "〒530-0001\n大阪府大阪市北区梅田2-4-9\n株式会社サクラ物産",
            "大阪府",
            false
        ));
        assert!(ctx("客服热线 400-810-2233", "400", true));
        assert!(ctx("Sendungsnummer 0034 1234 5678 90", "0034", true));
        // A personal word nearer than the business word.
        assert!(!ctx(
            "Bestellung bei Hafenblick GmbH. Lieferadresse: Jana Peters, Lindenweg 7, 22083 Hamburg",
            "Lindenweg 7",
            false
        ));
        assert!(!ctx(
            "Acme Ltd, Kontakt: Jana Peters, Durchwahl 040 3861920-14",
            "040",
            true
        ));
        assert!(!ctx(
            "Il mio indirizzo è Via Roma 10, 00184 Roma",
            "Via Roma",
            false
        ));
        // Nothing telling: not a business.
        assert!(!ctx(
            "Send it to 12 Baker Street, London",
            "12 Baker",
            false
        ));
        // A legal form only in its case and whole: `ag`, `(AG)`, `SAS` in a word.
        assert!(!ctx(
            "wir sind ag 12 Baker Street, London",
            "12 Baker",
            false
        ));
        assert!(!ctx("Via Roma 10, 92100 Agrigento (AG)", "Via Roma", false));
        // A reference word counts for phones only.
        assert!(!ctx(
            "order 5 to 12 Baker Street, London",
            "12 Baker",
            false
        ));
    }

    #[test]
    fn service_numbers_by_country() {
        let yes = [
            "1-800-266-4432",
            "(888) 555-0134",
            "+1 877 555 0100",
            "0800 123 4567",
            "+44 800 123 4567",
            "0845 600 7890",
            "01805 123456",
            "+49 180 5123456",
            "0900 1234567",
            "08 92 68 02 28",
            "900 123 456",
            "902 20 30 40",
            "800 123 456",
            "+34 902 123 456",
            "0120-444-555",
            "0570-000-111",
            "+81 120 444 555",
            "400-820-6688",
            "+86 400 820 6688",
            "1800 180 1961",
            "+91 1800 180 1961",
            "0300 123 4567",
            "4004-1234",
        ];
        for n in yes {
            assert!(service_number(n.as_bytes(), 0, n.len()), "{n}");
        }
        let no = [
            "(415) 555-2671",
            "+1 415 555 2671",
            "020 7946 0958",
            "+44 20 7946 0958",
            "030 12345678",
            "06 12 34 56 78",
            "09 51 23 45 67",
            "612 48 93 07",
            "91 234 56 78",
            "090-1234-5678",
            "+81 90 1234 5678",
            "138 0013 8000",
            "98765 43210",
            "0176 9876 5432",
            "+49 176 98765432",
            "089 1234567",
            "(11) 91234-5678",
            "030 08727370",
            "01.80.25.36.53",
            "180 0013 8000",
            "18001234567",
        ];
        for n in no {
            assert!(!service_number(n.as_bytes(), 0, n.len()), "{n}");
        }
    }

    #[test]
    fn digits_after_a_code() {
        let t = b"is 1Z 8V7 46E 03 1234 5678 a UPS number";
        assert!(after_code(t, 14));
        assert!(!after_code(b"Tel. 030 1234567", 5));
        assert!(!after_code(b"call 030 1234567", 5));
    }
}

#[cfg(test)]
mod size {
    /// The words' automaton is copied into every worker VM: its size is
    /// reported (`cargo test --release business_words_size -- --nocapture`)
    /// and capped.
    #[test]
    fn business_words_size() {
        use aho_corasick::automaton::Automaton;
        let w = super::words().unwrap();
        let bytes = w.nfa.memory_usage();
        println!(
            "business words NFA: {bytes} bytes, {} patterns",
            w.meta.len()
        );
        assert!(bytes < 1_000_000, "{bytes}");
    }
}
