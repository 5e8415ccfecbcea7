//! Email addresses of people.
//!
//! Finds `local@domain.tld`: a local part of up to 64 characters (letters,
//! digits, `. _ % + -`, not starting or ending with a dot), then two or more
//! DNS labels, the last all letters and at least two long.
//!
//! Deliberately ignores:
//! - reserved and documentation domains (RFC 2606, RFC 6761): `example.com`,
//!   `example.net`, `example.org` and their subdomains, and the `.example`,
//!   `.test`, `.invalid`, `.localhost`, `.local` top-level names: fixtures,
//!   docs and test data, nobody's mailbox;
//! - role mailboxes (`support@`, `info@`, `noreply@`, ...; the list is
//!   `pii.email.role_mailboxes`; billing, orders, bookings, press, human
//!   resources, customer service and the like in the ten languages:
//!   `facturacion@`, `rechnung@`, `commandes@`, `fatturazione@`, `kadry@`):
//!   they belong to a function, not a person; a `+tag`, case and the
//!   separators `.`, `-`, `_` are ignored when comparing, and a local
//!   part made only of role words, two-letter country codes and numbers
//!   (`support-es`, `info.de`, `sales2`) is a role mailbox too;
//! - documentation domains of other countries and languages: a domain with
//!   a label `example` (or `beispiel`, `exemple`, `ejemplo`, `esempio`,
//!   `exemplo`, `przyklad`) before its suffix (`example.jp`,
//!   `example.co.uk`, `mail.beispiel.de`), and `yourdomain`/`yourcompany`
//!   placeholders: registries keep or use them for examples;
//! - team and department mailboxes: role words also cover complaints,
//!   pricing, change boards, escalations, patient advice (`pals`),
//!   alerts, fraud, disputes, payments, the service desk and their
//!   equivalents in the ten languages; and an address after a display
//!   name that names a unit (`PALS Office <pals@...>`, `"IT Service Desk"
//!   <...>`, `Équipe paie <...>`, `Dział kadr <...>`);
//! - domains listed in `pii.email.allow_domains` (and their subdomains);
//! - decorators, `@mentions`, `user@localhost`, package specs (`pkg@1.2.3`),
//!   and patterns rather than addresses: a local part with no letter or
//!   digit, or starting with an SQL or glob wildcard (`LIKE
//!   '%@acme-corp.io'`, `*@corp.com`).

use std::collections::HashSet;

use super::text::{at, before, is_alnum};

/// Default role mailboxes (local parts), `|`-separated (one string takes
/// less of the `.wasm` than a slice of them).
pub const DEFAULT_ROLE_MAILBOXES: &str = concat!(
    "abuse|admin|administrator|billing|careers|contact|customerservice|",
    "dev|devnull|enquiries|feedback|git|hello|help|helpdesk|hostmaster|",
    "hr|info|invoices|jobs|legal|mail|mailer-daemon|marketing|media|",
    "news|newsletter|no-reply|noreply|do-not-reply|donotreply|",
    "notifications|office|ops|orders|postmaster|press|privacy|",
    "procurement|root|sales|security|service|support|team|webmaster|",
    // es, pt, it, fr, de, pl
    "ventas|soporte|contacto|atencion|atencionalcliente|vendas|suporte|",
    "atendimento|contato|vendite|assistenza|contatti|commercial|",
    "accueil|kontakt|vertrieb|buchhaltung|biuro|pomoc|sekretariat|",
    // Functions in the ten languages: billing, accounts, orders,
    // purchasing, bookings, complaints, press, reception, administration,
    // human resources, customer service, help, privacy.
    "invoice|invoicing|accounts|accounting|finance|payroll|purchasing|",
    "bookings|reservations|reception|recruiting|customercare|",
    "servicedesk|dpo|gdpr|facturacion|facturas|factura|contabilidad|",
    "administracion|compras|pedidos|reservas|reclamaciones|prensa|rrhh|",
    "empleo|clientes|ayuda|rechnung|rechnungen|einkauf|bestellung|",
    "verwaltung|personal|presse|empfang|kundenservice|kundendienst|",
    "datenschutz|hilfe|facturation|factures|comptabilite|achats|",
    "commandes|reclamations|serviceclient|aide|rgpd|faturamento|",
    "faturas|financeiro|imprensa|sac|ajuda|fatturazione|fatture|",
    "amministrazione|contabilita|acquisti|ordini|prenotazioni|reclami|",
    "stampa|segreteria|clienti|faktury|ksiegowosc|zamowienia|",
    "rezerwacje|reklamacje|kadry|obsluga|kefu|",
    // Offices, desks and functions that answer for a business (pii3):
    // collections, returns, shipping, appointments, front desks, the
    // practice or chambers itself, quotes, events, partners; in the ten
    // languages (Chinese pinyin and Japanese romaji as mailboxes use them).
    "windykacja|inkasso|mahnung|recouvrement|cobranza|cobros|cobranca|",
    "recupero|collections|claims|returns|retouren|devoluciones|retours|",
    "resi|zwroty|shipping|versand|envios|spedizioni|wysylka|logistics|",
    "logistik|delivery|dispatch|appointments|termine|citas|rdv|",
    "appuntamenti|agendamento|rejestracja|recepcja|rezeption|anmeldung|",
    "frontdesk|concierge|praxis|kanzlei|cabinet|studio|ufficio|oficina|",
    "escritorio|buero|bureau|secretaria|secretariat|kancelaria|gabinet|",
    "przychodnia|klinik|clinic|clinica|apotheke|farmacia|pharmacy|",
    "apteka|quotes|angebote|devis|preventivi|presupuestos|orcamentos|",
    "oferty|events|eventos|eventi|partners|partnerships|investors|",
    "compliance|shop|store|tienda|loja|negozio|sklep|boutique|fuwu|",
    "zhaopin|caiwu|xiaoshou|hezuo|tousu|toiawase|otoiawase|uketsuke|",
    "soumu|jinji|sampark|sahayata|seva|",
);

/// More role words (pii5), as one string (smaller `.wasm` than a slice):
/// teams and departments: complaints, pricing, change boards,
/// escalations, patient advice and liaison, alerts and on-call, fraud,
/// disputes, payments, KYC, facilities, quality, the service desk; in the
/// ten languages. Part of the default role list.
pub const MORE_ROLE_MAILBOXES: &str = concat!(
    "complaints|escalations|pricing|change|",
    "changes|board|pals|patientexperience|patients|referrals|records|",
    "alerts|oncall|monitoring|noc|soc|it|itsupport|fraud|",
    "disputes|chargebacks|payments|kyc|aml|treasury|audit|risk|",
    "facilities|quality|qa|desk|dept|department|committee|group|",
    "merchandising|buying|wholesale|editorial|newsroom|comms|",
    "communications|pr|training|benefits|pensions|admissions|inquiries|",
    "quejas|reclamos|precios|pagos|beschwerde|beschwerden|preise|",
    "zahlungen|plaintes|tarifs|paiements|paie|reclamacoes|precos|",
    "pagamentos|prezzi|pagamenti|skargi|cennik|platnosci|shikayat|kujo|",
    "kaikei|jiaofei|",
);

/// Public services' and organisations' functions and departments (pii6),
/// as mailboxes name them: permits, licensing, planning, freedom of
/// information, accessibility, accounts payable, registries, tax, housing,
/// libraries, student services, exams, volunteering, suppliers; in the ten
/// languages (ASCII spellings; Hindi, Japanese and Chinese romanised). A
/// local part made of these (`accounts-payable`, `foi`, `anagrafe`) or
/// of these run together (`jalboard`, `accountspayable`) names a function.
/// Given names and surnames stay out (`grant`, `dean`, `bill`, `brand`,
/// `camara`, `shiksha`, `nagar`).
pub const UNIT_MAILBOXES: &str = concat!(
    // en
    "permits|permit|permitting|licensing|licences|licenses|planning|",
    "building|buildingcontrol|foi|foia|rti|accessibility|access|payable|",
    "receivable|registry|registrar|council|clerk|tax|taxes|revenue|rates|",
    "parking|waste|recycling|housing|water|roads|highways|transport|",
    "library|libraries|museum|parks|environment|safety|safeguarding|",
    "welfare|wellbeing|student|students|studentservices|alumni|research|",
    "grants|scholarships|exams|examinations|disability|disabilities|",
    "inclusion|diversity|equality|ethics|governance|secretary|trustees|",
    "members|membership|subscriptions|donations|fundraising|volunteer|",
    "volunteers|outreach|community|relations|public|affairs|general|",
    "editor|editors|letters|tips|rights|permissions|sponsorship|",
    "advertising|ads|suppliers|supplier|vendors|vendor|tenders|contracts|",
    "maintenance|repairs|engineering|reports|reporting|statistics|web|",
    "online|digital|social|talent|people|staff|employees|",
    "registration|enrolment|enrollment|faculty|citizens|residents|",
    "elections|electoral|environmental|health|tourism|culture|sport|",
    "sports|youth|education|schools|transparency|grievance|grievances|",
    "objections|appeals|consultation|consultations|alegaciones|recursos|",
    "einspruch|widerspruch|recours|ricorsi|odwolania|sprzeciwy|",
    // es
    "permisos|licencias|urbanismo|transparencia|accesibilidad|registro|",
    "padron|empadronamiento|tributos|hacienda|catastro|ayuntamiento|",
    "atencionciudadana|ciudadania|biblioteca|cultura|deportes|educacion|",
    "servicios|sociales|serviciossociales|medioambiente|limpieza|obras|",
    "vivienda|proveedores|cuentas|tesoreria|alumnos|matricula|",
    "admisiones|becas|calidad|igualdad|voluntariado|donaciones|socios|",
    "juventud|turismo|",
    // de
    "genehmigungen|bauamt|baugenehmigung|buergeramt|buergerservice|",
    "standesamt|einwohnermeldeamt|meldeamt|ordnungsamt|steuer|steueramt|",
    "steuern|kasse|stadtkasse|poststelle|barrierefreiheit|transparenz|",
    "bibliothek|sozialamt|jugendamt|umwelt|verkehr|schule|pruefungsamt|",
    "studierendensekretariat|zulassung|kreditoren|debitoren|lieferanten|",
    "spenden|mitglieder|gleichstellung|inklusion|amt|rathaus|stadt|",
    "gemeinde|bewerbung|bewerbungen|karriere|",
    // fr
    "permis|urbanisme|accessibilite|transparence|etatcivil|mairie|",
    "population|fiscalite|impots|tresorerie|fournisseurs|bibliotheque|",
    "mediatheque|ccas|scolarite|inscriptions|inscription|examens|",
    "handicap|dons|adherents|benevoles|courrier|candidatures|recrutement|",
    "formation|communication|",
    // pt
    "licencas|licenciamento|acessibilidade|registos|cartorio|tesouraria|",
    "fornecedores|contasapagar|desporto|esportes|matriculas|bolsas|",
    "ouvidoria|protocolo|geral|prefeitura|doacoes|voluntarios|",
    // it
    "permessi|edilizia|urbanistica|anagrafe|statocivile|tributi|urp|",
    "accessibilita|trasparenza|servizisociali|sociali|scuola|didattica|",
    "esami|iscrizioni|fornitori|ragioneria|personale|polizialocale|suap|",
    "pec|comune|economato|elettorale|ambiente|",
    // pl
    "pozwolenia|urbanistyka|architektura|dostepnosc|ewidencja|meldunki|",
    "podatki|biblioteka|kultura|oswiata|dziekanat|rekrutacja|egzaminy|",
    "dostawcy|zaopatrzenie|informacja|wydzial|urzad|boi|bip|",
    "promocja|inwestycje|przetargi|",
    // hi, ja, zh (romanised): water, municipal corporation, health,
    // department, office, revenue; PR, accounting, sales, planning, general
    // affairs, registrar, library; office, academic affairs, HR,
    // admissions, administration, government affairs, petitions.
    "jal|nigam|nagarnigam|swasthya|vibhag|karyalay|rajasva|kouhou|koho|",
    "keiri|eigyo|eigyou|kikaku|shomu|jimu|jimukyoku|gakumu|kyomu|kyoumu|",
    "toshokan|bangongshi|jiaowu|renshi|zhaosheng|xingzheng|zhengwu|",
    "xinfang|jubao|tushuguan|",
    // Members, subscribers and newsletters of clubs, cooperatives and
    // associations, and businesses named by their trade (pii7): a
    // winery's `soci@`, a hotel's `hotel@`, a farm shop's `farm@`; in the
    // ten languages (Hindi, Japanese and Chinese romanised).
    "soci|socie|associati|iscritti|membri|membres|adhesion|adhesions|",
    "associados|associadas|czlonkowie|czlonkostwo|kaiin|huiyuan|sadasya|",
    "mitgliederservice|newsletters|rundbrief|boletin|infolettre|notiziario|",
    "subscribers|abonnes|suscriptores|assinantes|abbonati|prenumerata|",
    "cantina|winery|bodega|weingut|domaine|adega|enoteca|fattoria|",
    "agriturismo|granja|ferme|quinta|cooperativa|coop|genossenschaft|",
    "spoldzielnia|hotel|hostel|albergo|pousada|recepcion|recepcao|",
    "ricevimento|frontoffice|booking|reserva|reservation|reservierung|",
    "buchung|prenotazione|rezerwacja|reservations|enoturismo|enoturisme|",
    "winetourism|tours|visits|visitas|visite|tastings|degustacion|",
    "degustacao|degustazioni|weinverkauf|hofladen|farmshop|",
);

/// Utilities', letting agents', builders' and residential buildings'
/// functions (pii8), as their mailboxes name them: meter readings,
/// outages and faults, connections, lettings and tenancies, estates,
/// site works, a condominium's administrator or `síndico`, the
/// caretaker, a utility's care desk; in the ten languages (ASCII
/// spellings, accents folded; Hindi, Japanese and Chinese romanised).
/// First names and surnames stay out (`luz`, `power`, `strom`).
pub const SERVICE_MAILBOXES: &str = concat!(
    // en
    "care|readings|reading|meter|meters|metering|meterreadings|outage|",
    "outages|faults|fault|emergencies|emergency|connections|networks|",
    "network|supply|energy|electricity|gas|lettings|letting|lets|rent|",
    "rents|rentals|tenancy|tenancies|tenants|landlord|leasehold|estates|",
    "estate|property|properties|lettingsteam|works|streetworks|roadworks|",
    "site|sites|construction|projects|caretaker|servicecharges|",
    // Parts that name a desk with another role word (`newconnections`,
    // `streetlighting`, `kundencenter`, `guasti.acqua`, `lettings.manager`).
    "new|street|lighting|streetlights|wayleave|wayleaves|drainage|sewerage|",
    "wastewater|manager|managers|center|centre|centrum|zentrum|centro|kunden|",
    "abwasser|trinkwasser|heizung|acqua|luce|predial|zgloszenia|zgloszen|",
    "usterki|ciepla|woda|prad|",
    // es
    "lecturas|contadores|contador|averias|averia|incidencias|fincas|",
    "comunidad|comunidades|sindico|administrador|alquileres|alquiler|",
    "arrendamientos|inquilinos|mantenimiento|suministro|suministros|",
    "conexiones|energia|agua|emergencias|urgencias|portero|conserjeria|",
    "inmobiliaria|",
    // de
    "hausverwaltung|immobilienverwaltung|objektverwaltung|baustelle|",
    "baustellen|bauleitung|bau|zaehlerstand|zaehlerstaende|zaehler|",
    "ablesung|stoerung|stoerungen|stoerungsmeldung|vermietung|",
    "mieterservice|netz|netze|energie|hausmeister|immobilien|wartung|",
    "notdienst|",
    // fr
    "chantier|chantiers|travaux|syndic|copropriete|coproprietes|gestion|",
    "gestionlocative|location|locations|locataires|releve|releves|",
    "compteur|compteurs|depannage|pannes|panne|urgences|urgence|",
    "entretien|raccordement|raccordements|gardien|gardiennage|immobilier|",
    // pt
    "condominio|condominios|administracao|leituras|avarias|avaria|",
    "arrendamento|arrendamentos|manutencao|ligacoes|portaria|imoveis|",
    "imobiliaria|emergencia|",
    // it
    "cantiere|cantieri|lavori|condomini|amministratore|guasti|guasto|",
    "letture|contatori|affitti|locazioni|inquilini|manutenzione|allacci|",
    "emergenze|prontointervento|portineria|immobiliare|",
    // pl
    "budowa|budowy|awarie|awaria|odczyty|liczniki|wynajem|najem|najemcy|",
    "administracja|zarzadca|wspolnota|konserwacja|serwis|przylacza|",
    "pogotowie|nieruchomosci|",
    // hi, ja, zh (romanised): electricity, water, construction, rent;
    // construction, management, real estate, meter reading, faults;
    // property management, works, repairs, leasing, meter reading.
    "bijli|vidyut|paani|nirman|kiraya|kouji|koji|kensetsu|kanri|",
    "kanrikumiai|fudosan|kenshin|koshou|wuye|wuyefuwu|gongcheng|shigong|",
    "weixiu|baoxiu|zulin|shuidian|gongdian|chaobiao|fangchan|",
);

/// Reserved second-level domains (RFC 2606 §3).
const RESERVED_DOMAINS: &[&str] = &["example.com", "example.net", "example.org"];
/// Labels that make any domain a documentation one, whatever its country
/// suffix (`example.jp`, `example.co.uk`, `beispiel.de`, `exemple.fr`).
const EXAMPLE_LABELS: &str =
    "example|beispiel|exemple|ejemplo|esempio|exemplo|przyklad|yourdomain|yourcompany|your-domain|your-company";
/// Words of a display name that names a unit rather than a person
/// (`PALS Office <pals@...>`), compared on whole words, any case.
const UNIT_WORDS: &str = concat!(
    "office|team|desk|department|dept|board|committee|service|services|",
    "support|centre|center|unit|helpdesk|hotline|mailbox|inbox|",
    "notifications|abteilung|büro|buero|kundenservice|équipe|Équipe|equipe|",
    "servicio|departamento|oficina|equipo|ufficio|squadra|servizio|biuro|",
    "dział|dzial|zespół|zespol|serviço|servico|setor|",
);
/// Reserved top-level names (RFC 2606 §2, RFC 6761, RFC 6762 for `.local`).
const RESERVED_TLDS: &[&str] = &["example", "test", "invalid", "localhost", "local"];

#[derive(Debug, Clone)]
pub struct EmailRules {
    pub allow_domains: Vec<String>,
    /// Set with [`EmailRules::set_roles`], which also indexes them.
    pub role_mailboxes: Vec<String>,
    /// The role mailboxes as compared: lowercase, without `.`, `-`, `_`
    /// (one hash lookup per candidate instead of a pass over the list).
    keys: HashSet<String>,
}

impl Default for EmailRules {
    fn default() -> Self {
        let mut rules = EmailRules {
            allow_domains: Vec::new(),
            role_mailboxes: Vec::new(),
            keys: HashSet::new(),
        };
        rules.set_roles(
            DEFAULT_ROLE_MAILBOXES
                .split('|')
                .chain(MORE_ROLE_MAILBOXES.split('|'))
                .chain(UNIT_MAILBOXES.split('|'))
                .chain(SERVICE_MAILBOXES.split('|'))
                .filter(|w| !w.is_empty())
                .map(|s| s.to_string())
                .collect(),
        );
        rules
    }
}

/// A role word or local part as compared: ASCII lowercase, without the
/// separators people put in one (`customer-service`, `do_not_reply`).
fn role_key(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '.' | '-' | '_'))
        .map(|c| fold_latin(c).to_ascii_lowercase())
        .collect()
}

/// An accented Latin letter as its base letter (`í` → `i`, `ñ` → `n`,
/// `ł` → `l`), others unchanged: `síndico@` compares as `sindico`.
fn fold_latin(c: char) -> char {
    match c {
        'à'..='å' | 'À'..='Å' | 'ą' | 'Ą' => 'a',
        'ç' | 'Ç' | 'ć' | 'Ć' => 'c',
        'è'..='ë' | 'È'..='Ë' | 'ę' | 'Ę' => 'e',
        'ì'..='ï' | 'Ì'..='Ï' => 'i',
        'ñ' | 'Ñ' | 'ń' | 'Ń' => 'n',
        'ò'..='ö' | 'Ò'..='Ö' | 'ø' | 'Ø' => 'o',
        'ù'..='ü' | 'Ù'..='Ü' => 'u',
        'ł' | 'Ł' => 'l',
        'ś' | 'Ś' => 's',
        'ź' | 'ż' | 'Ź' | 'Ż' => 'z',
        _ => c,
    }
}

/// `domain` is `parent` or a subdomain of it (ASCII case-insensitive).
fn within(domain: &str, parent: &str) -> bool {
    let (d, p) = (domain.as_bytes(), parent.as_bytes());
    if d.len() < p.len() {
        return false;
    }
    let cut = d.len() - p.len();
    let tail = d.get(cut..).unwrap_or_default();
    tail.eq_ignore_ascii_case(p) && (cut == 0 || d.get(cut - 1) == Some(&b'.'))
}

impl EmailRules {
    /// Is this address a person's? (Reserved domains, role mailboxes and
    /// allowed domains are not.)
    pub fn personal(&self, local: &str, domain: &str) -> bool {
        // A pattern, not an address: no letter or digit in the local part,
        // or an SQL/glob wildcard where it starts (`'%@acme-corp.io'`).
        if !local.bytes().any(|c| c.is_ascii_alphanumeric()) || local.starts_with('%') {
            return false;
        }
        let labels = domain.split('.').count();
        let example = domain
            .split('.')
            .take(labels.saturating_sub(1))
            .any(|l| EXAMPLE_LABELS.split('|').any(|e| l.eq_ignore_ascii_case(e)));
        if example
            || RESERVED_DOMAINS.iter().any(|r| within(domain, r))
            || RESERVED_TLDS.iter().any(|t| within(domain, t))
            || self.allow_domains.iter().any(|a| within(domain, a))
        {
            return false;
        }
        let base = local.split('+').next().unwrap_or(local);
        !(self.is_role(base) || self.role_parts(base))
    }

    /// Replaces the role mailboxes (`pii.email.role_mailboxes`).
    pub fn set_roles(&mut self, roles: Vec<String>) {
        self.keys = roles.iter().map(|r| role_key(r)).collect();
        self.role_mailboxes = roles;
    }

    fn is_role(&self, local: &str) -> bool {
        local.len() <= 64 && self.has_key(&role_key(local))
    }

    fn has_key(&self, key: &str) -> bool {
        self.keys.contains(key)
    }

    /// A local part made of role words, with country codes or numbers:
    /// `support-es`, `info.de`, `sales2`, `hr-recruiting`,
    /// `customer.service.uk`. Any part that is neither (`anna.support`)
    /// makes it a person's.
    fn role_parts(&self, local: &str) -> bool {
        let mut roles = 0;
        for part in local.split(['.', '-', '_']) {
            let word = part.trim_end_matches(|c: char| c.is_ascii_digit());
            if !word.is_empty() && (self.is_role(word) || self.run_together(word)) {
                roles += 1;
            } else if !(part.bytes().all(|c| c.is_ascii_digit())
                || (part.len() == 2 && part.bytes().all(|c| c.is_ascii_alphabetic())))
            {
                return false;
            }
        }
        roles > 0
    }
}

impl EmailRules {
    /// A word made of two or three role words run together (`jalboard`,
    /// `accountspayable`, `servizisociali`): every piece at least three
    /// letters (so `it`, `pr`, `qa` never split a name), at most 32
    /// bytes: at most a few hundred hash lookups of short keys.
    fn run_together(&self, word: &str) -> bool {
        let w = word.to_ascii_lowercase();
        let n = w.len();
        if !(6..=32).contains(&n) || !w.is_ascii() {
            return false;
        }
        let role = |a: usize, b: usize| w.get(a..b).is_some_and(|p| self.has_key(p));
        (3..=n - 3).any(|k| {
            role(0, k)
                && (role(k, n) || (k + 3..=n.saturating_sub(3)).any(|m| role(k, m) && role(m, n)))
        })
    }
}

fn is_local_char(c: u8) -> bool {
    is_alnum(c) || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_label_char(c: u8) -> bool {
    is_alnum(c) || c == b'-'
}

/// The address around the `@` at `at_sign` as (start, end), if it is one
/// and it is personal.
pub fn find_at(rules: &EmailRules, b: &[u8], at_sign: usize) -> Option<(usize, usize)> {
    let mut start = at_sign;
    // ASCII local characters, and accented Latin letters (two bytes, a
    // lead byte of U+00C0-U+017F: `síndico@`, RFC 6531), never a
    // letter of another script (`请联系zhang@` keeps to `zhang`).
    while at_sign.saturating_sub(start) < 64 {
        if is_local_char(before(b, start)) {
            start = start.saturating_sub(1);
        } else if (0x80..0xC0).contains(&before(b, start))
            && (0xC3..=0xC5).contains(&before(b, start.saturating_sub(1)))
        {
            start = start.saturating_sub(2);
        } else {
            break;
        }
    }
    while at(b, start) == b'.' && start < at_sign {
        start = start.saturating_add(1);
    }
    if start >= at_sign || before(b, at_sign) == b'.' {
        return None;
    }
    let dom_start = at_sign.saturating_add(1);
    let mut i = dom_start;
    let limit = i.saturating_add(255);
    let mut labels = 0u32;
    let mut tld_ok = false;
    let mut end = i;
    while i < limit {
        let label_start = i;
        let mut all_alpha = true;
        while is_label_char(at(b, i)) && i.saturating_sub(label_start) < 63 {
            all_alpha &= at(b, i).is_ascii_alphabetic();
            i = i.saturating_add(1);
        }
        let len = i.saturating_sub(label_start);
        if len == 0 || at(b, label_start) == b'-' || before(b, i) == b'-' {
            break;
        }
        labels = labels.saturating_add(1);
        tld_ok = all_alpha && len >= 2;
        end = i;
        // A dot followed by a label continues the domain; a final dot ends
        // the sentence.
        if at(b, i) == b'.' && is_label_char(at(b, i.saturating_add(1))) {
            i = i.saturating_add(1);
        } else {
            break;
        }
    }
    if labels < 2 || !tld_ok {
        return None;
    }
    let local = std::str::from_utf8(b.get(start..at_sign)?).ok()?;
    let domain = std::str::from_utf8(b.get(dom_start..end)?).ok()?;
    (rules.personal(local, domain)
        && !unit_display_name(b, start)
        && !unit_initials(b, start, local)
        && !named_unit_mailbox(b, start, end, local))
    .then_some((start, end))
}

/// Words that, beside a word, make it the name of a mailbox or a unit
/// (`the lettings inbox`, `Service Travaux`, `Departamento de Obras`),
/// for [`named_unit_mailbox`]; whole words, ASCII case folded.
const MAILBOX_WORDS: &str = concat!(
    "inbox|mailbox|address|account|queue|postfach|buzón|buzon|boîte|boite|",
    "casella|skrzynka|skrzynki|caixa|messagerie|",
);

/// Is a one-word local part the name of a unit or mailbox written near
/// the address: a word of the text (within 160 bytes before or 80 after,
/// in its paragraph) spelling the local part (accents and case folded)
/// next to a unit or mailbox word (`the metering inbox ... metering@`,
/// `Service Travaux – ... – travaux@`, `Departamento de Obras ...
/// obras@`)? A local part with separators or digits, or shorter than
/// three letters, is left to the word lists (`anna.berg@` is a person's
/// whatever the text around it). At most 240 bytes read, a few dozen
/// words compared.
fn named_unit_mailbox(b: &[u8], start: usize, end: usize, local: &str) -> bool {
    let local = local.split('+').next().unwrap_or(local);
    if !(3..=32).contains(&local.len()) || !local.chars().all(char::is_alphabetic) {
        return false;
    }
    let key = role_key(local);
    let para = |w: &[u8]| w.windows(2).position(|p| p == b"\n\n");
    let mut head = b.get(start.saturating_sub(160)..start).unwrap_or_default();
    if let Some(k) = head.windows(2).rposition(|p| p == b"\n\n") {
        head = head.get(k + 2..).unwrap_or_default();
    }
    let mut tail = b
        .get(end..end.saturating_add(80).min(b.len()))
        .unwrap_or_default();
    if let Some(k) = para(tail) {
        tail = tail.get(..k).unwrap_or_default();
    }
    let is_word_byte = |c: &u8| c.is_ascii_alphanumeric() || *c >= 0x80;
    let unit = |w: &[u8]| {
        UNIT_WORDS
            .split('|')
            .chain(MAILBOX_WORDS.split('|'))
            .any(|u| !u.is_empty() && u.as_bytes().eq_ignore_ascii_case(w))
    };
    let connector =
        |w: &[u8]| w.len() <= 4 && NAME_CONNECTORS.split('|').any(|c| c.as_bytes() == w);
    for part in [head, tail] {
        let words: Vec<&[u8]> = part
            .split(|c| !is_word_byte(c))
            .filter(|w| !w.is_empty())
            .collect();
        for (i, w) in words.iter().enumerate() {
            let same = w.len() >= local.len()
                && w.len() <= local.len().saturating_mul(2)
                && std::str::from_utf8(w).is_ok_and(|t| role_key(t) == key);
            if !same {
                continue;
            }
            // The unit word right before it (`Service Travaux`), or before
            // a connector (`Departamento de Obras`), or right after it
            // (`the lettings inbox`).
            let prev = i.checked_sub(1).and_then(|k| words.get(k));
            let prev2 = i.checked_sub(2).and_then(|k| words.get(k));
            let next = words.get(i + 1);
            if prev.is_some_and(|p| unit(p))
                || (prev.is_some_and(|p| connector(p)) && prev2.is_some_and(|p| unit(p)))
                || next.is_some_and(|n| unit(n))
            {
                return true;
            }
        }
    }
    false
}

/// Words that make a run of capitalised words a unit's name (a
/// department, an office, an authority, a ministry), for
/// [`unit_initials`]; whole words, ASCII case folded; lowercase and
/// sorted (binary search).
const UNIT_NAME_WORDS: &[&str] = &[
    "abteilung",
    "agence",
    "agencia",
    "agencja",
    "agency",
    "agenzia",
    "amt",
    "authority",
    "behörde",
    "biblioteca",
    "biblioteka",
    "bibliothek",
    "bibliothèque",
    "biuro",
    "board",
    "bureau",
    "center",
    "centre",
    "centrum",
    "commission",
    "concejalía",
    "consejería",
    "council",
    "departament",
    "departamento",
    "department",
    "dept",
    "dienst",
    "dipartimento",
    "direccion",
    "dirección",
    "direction",
    "directorate",
    "direzione",
    "direção",
    "division",
    "département",
    "fondation",
    "fondazione",
    "foundation",
    "fundación",
    "fundacja",
    "fundação",
    "institut",
    "institute",
    "instituto",
    "instytut",
    "istituto",
    "library",
    "ministerio",
    "ministerium",
    "ministero",
    "ministerstwo",
    "ministry",
    "ministère",
    "ministério",
    "office",
    "oficina",
    "ośrodek",
    "referat",
    "registry",
    "secretaria",
    "service",
    "services",
    "servicio",
    "servicios",
    "servizi",
    "servizio",
    "settore",
    "stelle",
    "stiftung",
    "ufficio",
    "unit",
    "urząd",
    "wydział",
    "zarząd",
    "zentrum",
];

/// Is `w` one of [`UNIT_NAME_WORDS`] (ASCII case folded)? A binary
/// search of the sorted list, no allocation.
fn unit_name_word(w: &[u8]) -> bool {
    UNIT_NAME_WORDS
        .binary_search_by(|u| u.bytes().cmp(w.iter().map(u8::to_ascii_lowercase)))
        .is_ok()
}

/// Lowercase words that may sit inside a unit's name (`Department of
/// Social Services`, `Wydział Spraw Społecznych`, `Servicio de Empleo`).
const NAME_CONNECTORS: &str = "of|for|and|the|de|del|la|las|los|y|e|der|die|des|für|und|du|et|da|do|dos|das|di|della|dello|dei|degli|ed|i|oraz|dla";

/// Is the local part the initials of a unit's name written within 200
/// bytes before the address, in its paragraph (`Wydział Spraw Społecznych
/// ... wss@`, `Department of Social Services ... dss@`)? The run of
/// capitalised words must hold a unit word, so a person's initials
/// (`Jan Kowalski ... jk@`) stay a person's. Local parts of 2-6 letters
/// only; at most 200 bytes read.
fn unit_initials(b: &[u8], start: usize, local: &str) -> bool {
    let l = local.as_bytes();
    if !(2..=6).contains(&l.len()) || !l.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let lo = start.saturating_sub(200);
    let mut head = b.get(lo..start).unwrap_or_default();
    if let Some(k) = head.windows(2).rposition(|w| w == b"\n\n") {
        head = head.get(k + 2..).unwrap_or_default();
    }
    let is_word_byte = |c: &u8| c.is_ascii_alphabetic() || *c >= 0x80;
    let words: Vec<&[u8]> = head
        .split(|c| !is_word_byte(c))
        .filter(|w| !w.is_empty())
        .collect();
    let has = |list: &str, w: &[u8]| {
        list.split('|')
            .any(|u| u.as_bytes().eq_ignore_ascii_case(w))
    };
    let connector = |w: &[u8]| w.len() <= 5 && has(NAME_CONNECTORS, w);
    // Runs of capitalised words (connectors inside) whose initials spell
    // the local part, nearest the address first; at most three are
    // checked for a unit word, so the cost stays a few hundred compares.
    let mut checked = 0;
    for from in (0..words.len()).rev() {
        let (mut k, mut n) = (from, 0usize);
        let mut run: [&[u8]; 6] = [&[]; 6];
        while let Some(w) = words.get(k) {
            let first = w.first().copied().unwrap_or(0);
            if first.is_ascii_uppercase() {
                if !l.get(n).is_some_and(|c| c.eq_ignore_ascii_case(&first)) {
                    break;
                }
                if let Some(slot) = run.get_mut(n) {
                    *slot = w;
                }
                n += 1;
                if n == l.len() {
                    break;
                }
            } else if !(n > 0 && connector(w)) {
                break;
            }
            k += 1;
        }
        if n == l.len() {
            if run.iter().take(n).any(|w| unit_name_word(w)) {
                return true;
            }
            checked += 1;
            if checked == 3 {
                return false;
            }
        }
    }
    false
}

/// Is the address at `start` the `<...>` of a display name that names a
/// unit (`PALS Office <pals@...>`, `"IT Service Desk" <it@...>`)? Reads
/// at most 48 bytes back, on the same line.
fn unit_display_name(b: &[u8], start: usize) -> bool {
    if before(b, start) != b'<' {
        return false;
    }
    let mut lo = start.saturating_sub(1);
    let stop = lo.saturating_sub(48);
    while lo > stop && !matches!(before(b, lo), b'\n' | b':' | b',' | b';' | b'>') {
        lo -= 1;
    }
    let Some(name) = b.get(lo..start.saturating_sub(1)) else {
        return false;
    };
    // Whole words, ASCII case folded (the list spells accented words in
    // both cases); a character cut by the 48-byte limit is no word.
    name.split(|c: &u8| !c.is_ascii_alphanumeric() && *c < 0x80)
        .any(|w| {
            !w.is_empty()
                && UNIT_WORDS
                    .split('|')
                    .any(|u| u.as_bytes().eq_ignore_ascii_case(w))
        })
}
