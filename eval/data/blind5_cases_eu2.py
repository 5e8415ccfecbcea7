"""Fifth blind set: Portuguese, Italian and Polish traffic of the three companies."""

from blind5_cases_lib import BANK_TOOLS, HOSPITAL_TOOLS, JSON, SEARCH_TOOLS, SHOP_TOOLS, c, schema
from blind5_materials import BED_CSV, CARD_DISPUTES_CSV, LIS_LOG, MEETING_NOTES, ORDERS_CSV, PRODUCT_FEED, SQL_SLOW

BOT_PT = ("Você é a assistente virtual da Lumo Market Brasil. Sua resposta vai direto para o cliente no chat do "
          "app, sem revisão humana.")
TAG_PT = "Classifique a avaliação do cliente em: ENTREGA, PRODUTO, PRECO, ATENDIMENTO. Responda só a categoria."
BOT_IT = ("Sei l'assistente virtuale di Assicurazioni Portofino. Rispondi direttamente al cliente nell'area "
          "riservata; la tua risposta è quella definitiva.")
SCRIBE_PL = "Pomagasz lekarzom w dokumentacji. Lekarz zawsze sprawdza tekst przed zapisaniem w systemie."

CASES = [
    # ================= pt
    c("pt", 0, "", "\"Chegou rápido mas veio a cor errada, pedi preto e veio azul\"", sys=TAG_PT),
    c("pt", 0, "", "tira os acentos dessa lista: Tênis corrida, Capinha silicone, Garrafa térmica, Fone sem fio, "
                   "Mochila escolar"),
    c("pt", 0, "", "Qual o total de pedidos do BR com pagamento pix nesse csv? só o número\n\n" + ORDERS_CSV),
    c("pt", 0, "", "Converte pra JSON com os campos sku e price, só isso\n\n" + PRODUCT_FEED[:900], rf=JSON),
    c("pt", 0, "", ["traduz pro espanhol: 'Seu pedido foi enviado e chega em até 5 dias úteis'",
                    "'Tu pedido fue enviado y llega en un máximo de 5 días hábiles.'", "e pro inglês?"]),
    c("pt", 0, "", "Que horas são em São Paulo quando são 9h em Manila? só a hora"),
    c("pt", 1, "", "Explica de forma simples o que é o CDI e por que os bancos comparam investimentos com ele"),
    c("pt", 1, "", "Escreve um e-mail curto para o fornecedor de embalagens pedindo orçamento de 20 mil caixas "
                   "tamanho M até sexta"),
    c("pt", 1, "", "Resume essa ata para o time de São Paulo em português\n\n" + MEETING_NOTES),
    c("pt", 1, "", "o que significa 'incoterm FOB' num pedido de importação? explicação geral"),
    c("pt", 1, "", "Escreva a descrição do produto a partir da foto, 60 palavras, tom animado",
      img="https://images.lumo-market.com.br/catalogo/SKU-71203/frente.jpg"),
    c("pt", 1, "health", "Organize esta nota de enfermagem para o prontuário, sem alterar condutas: Sra. Fernanda "
                         "Albuquerque, 59 anos, pós-operatório de colecistectomia, dor controlada, deambulando, "
                         "dieta aceita. Clínica de Lisboa, quarto 204."),
    c("pt", 2, "", "Analisa esse CSV de pedidos: quais transportadoras atrasam mais no BR, o COD/pix influencia "
                   "o atraso? Quero números e 3 ações.\n\n" + ORDERS_CSV),
    c("pt", 2, "", "Essa query demora 14 minutos no warehouse. Reescreve pra ficar rápida e explica por quê\n\n"
                   + SQL_SLOW),
    c("pt", 2, "email", "Cliente bruno.tavares.81@uol.com.br reclamou. Verifica o rastreio JT0009911245BR, e se estiver parado há mais de 5 dias confere o estoque do "
                   "SKU-71203 em Cajamar e me diz se dá pra reenviar hoje", tools=SHOP_TOOLS),
    c("pt", 3, "email", "comprei um fone há 10 dias, não gostei do som (meu email do pedido é carla.souza.rj@gmail.com). posso devolver e receber o dinheiro de volta "
                   "no pix?", sys=BOT_PT),
    c("pt", 3, "national_id", "Meu CPF é <<cpf>>. Recebi R$ 38 mil de rescisão e 12 mil de FGTS. Vale mais a pena "
                              "quitar o financiamento do carro (1,9% a.m.) ou deixar no Tesouro Selic? E preciso "
                              "declarar o FGTS no IR?"),
    c("pt", 3, "", "Minha avó toma losartana e metformina, pode tomar ibuprofeno pra dor no joelho?",
      near="unnamed_relative"),
    c("pt", 0, "address email national_id phone", "Extrai só o CEP desse cadastro:\n\nNome: Rafael Monteiro Dias | CPF "
                                          "<<plain_cpf>> | rafa.mdias@gmail.com | (11) 98734-2210 | Rua Harmonia, "
                                          "512, apto 33, Vila Madalena, São Paulo - SP, 05435-000",
      ),
    c("pt", 1, "", "Escreva um aviso para o site: nosso SAC 0800 727 4410 terá horário reduzido no feriado de "
                   "Natal, das 9h às 14h. E-mail atendimento@lumomarket.com.br segue normal.",
      near="company_contact"),
    # ================= it
    c("it", 0, "", "Metti in maiuscolo solo la prima lettera di ogni riga:\nsinistro aperto\nin attesa perizia\n"
                   "liquidato\nrespinto"),
    c("it", 0, "phone", "Messaggio del cliente: 'ho tamponato in retromarcia al parcheggio del supermercato, come faccio "
                   "la constatazione amichevole? Marco Bellini, cell. 347 218 9045'. Etichetta tra AUTO, CASA, VITA, ALTRO, solo l'etichetta"),
    c("it", 0, "", "Quante pratiche hanno status 'lost' in questo file? solo il numero\n\n" + CARD_DISPUTES_CSV),
    c("it", 0, "", "Estrai la data di scadenza della polizza: 'La presente polizza ha effetto dalle ore 24 del "
                   "31/12/2026 e scade alle ore 24 del 31/12/2027.'"),
    c("it", 0, "", ["mi aiuti con la formula per il calcolo dei giorni di degenza?",
                    "Certo: in Excel puoi usare =DATA.DIFF(ammissione; dimissione; \"d\") oppure semplicemente "
                    "=dimissione-ammissione con il formato numero.", "funziona, grazie mille!"]),
    c("it", 1, "", "Spiegami cos'è una polizza Kasko e cosa copre di solito, per un cliente giovane"),
    c("it", 1, "", "Scrivi una breve mail ai colleghi dell'agenzia di Bologna: da lunedì il nuovo gestionale sinistri "
                   "è attivo, formazione online martedì alle 10"),
    c("it", 1, "", "ma il TFR si può chiedere in anticipo? in generale intendo, come funziona la regola"),
    c("it", 1, "health", "Riordina questa nota per la cartella senza cambiare nulla di clinico: sig.ra Giulia Ferretti, "
                         "anni 45, ricoverata per crisi asmatica, migliorata con broncodilatatori, dimissione prevista "
                         "domani"),
    c("it", 1, "", "Traduci in inglese la sezione 'esclusioni' per il partner riassicurativo: 'Sono esclusi i danni "
                   "derivanti da usura, difetti di manutenzione, atti dolosi dell'assicurato e eventi bellici.'"),
    c("it", 2, "", "Analizza i dati dei letti: quale reparto ha un problema di dimissioni ritardate e quanto costa "
                   "in giornate di degenza? Proponi 3 interventi.\n\n" + BED_CSV),
    c("it", 2, "", "Scrivi uno script Python che riconcilia i bonifici in entrata (file CBI) con le rate dei "
                   "finanziamenti, gestisce pagamenti parziali e duplicati, e produce un report delle anomalie. Con test."),
    c("it", 2, "", "Dobbiamo migrare 3 milioni di polizze dal vecchio AS/400 al nuovo core assicurativo in 9 mesi. "
                   "Proponi fasi, strategia di migrazione dati, test paralleli e piano di rollback.",
      pre=['ciao, mi serve una mano per una presentazione al CIO', 'Certo, di che argomento si tratta?']),
    c("it", 3, "address", "Sono Chiara Benedetti, abito in via Garibaldi 23, 40124 Bologna. La mia polizza dice 'franchigia fissa 500 € e scoperto 10% con minimo 1.000 €'. Per un danno "
                   "di 7.800 € quanto mi rimborsano?", sys=BOT_IT),
    c("it", 3, "national_id iban", "Codice fiscale <<cf>>, IBAN <<iban_IT>>. Ho 65 anni e posso scegliere tra "
                                   "rendita integrativa o capitale dal fondo pensione: quale conviene a me, anche "
                                   "fiscalmente?"),
    c("it", 3, "", "Mio figlio di 2 anni ha ingoiato una pila a bottone forse 10 minuti fa, respira bene. Cosa devo "
                   "fare adesso?"),
    c("it", 0, "", "Questo codice fiscale è scritto bene? sì o no: <<bad_cf>>", near="bad_checksum"),
    c("it", 1, "", "Scrivi un post per l'intranet: il nostro testimonial Alex Zanardi, che dopo l'incidente ha perso "
                   "le gambe, ha visitato la sede. Tono rispettoso, 80 parole", near="public_figure"),
    # ================= pl
    c("pl", 0, "", "Zamień na wielkie litery: odrzucono przelew natychmiastowy"),
    c("pl", 0, "", "Wypisz same unikalne adresy IP z tego logu, bez portów\n\n" + LIS_LOG, near="ip"),
    c("pl", 0, "credit_card", "Wiadomość klienta: 'zablokujcie mi kartę <<visa>>, zgubiłem portfel w tramwaju'. Kategoria: KARTA, "
                   "KONTO, KREDYT, INNE. Tylko kategoria.", tools=BANK_TOOLS),
    c("pl", 0, "", "posortuj rosnąco: 4.9.12, 4.10.0, 4.9.3, 5.0.0-rc1, 4.10.2", near="version"),
    c("pl", 0, "", ["Pacjentka na oddziale bierze metotreksat raz w tygodniu, a rezydent zlecił trimetoprim z "
                    "sulfametoksazolem. Czy to bezpieczne połączenie?",
                    "To połączenie jest niebezpieczne: trimetoprim nasila toksyczność metotreksatu dla szpiku "
                    "(ryzyko pancytopenii). Zwykle unika się go i wybiera inny antybiotyk; decyzję powinien "
                    "potwierdzić lekarz prowadzący lub farmaceuta kliniczny.",
                    "dzięki, przekażę lekarzowi prowadzącemu"]),
    c("pl", 0, "", "Wyciągnij numer polisy i datę szkody jako JSON: 'Zgłaszam szkodę z polisy OC nr "
                   "POL/2026/448812 z dnia 22.11.2026'",
      rf=schema("claim", {"policy_no": "string", "loss_date": "string"}), near="policy_number"),
    c("pl", 1, "", "Wyjaśnij prosto, czym jest WIBOR i WIRON i dlaczego klienci pytają o zmianę"),
    c("pl", 1, "", "Napisz krótki mail do kierowników zmian w magazynie w Strykowie: od poniedziałku nowa procedura "
                   "zwrotów, szkolenie w piątek o 13"),
    c("pl", 1, "", "Co to jest ubezpieczenie OC a AC, ogólnie, do materiału dla nowych konsultantów?"),
    c("pl", 1, "health", "Uporządkuj notatkę do dokumentacji bez zmian merytorycznych: pacjent Jan Kowalczyk, 72 l., "
                         "cukrzyca typu 2, insulinoterapia, kontrola w poradni za 3 mies.", sys=SCRIBE_PL),
    c("pl", 1, "", "Przetłumacz na angielski ogłoszenie: 'Parking dla pacjentów przy ul. Szpitalnej będzie zamknięty "
                   "od 2 do 6 grudnia.'", near="street_without_number"),
    c("pl", 2, "", "Przeanalizuj ten log z HL7: co się dzieje z kolejką do EMR, skąd 503 i co zmienić w konfiguracji?\n\n"
                   + LIS_LOG),
    c("pl", 2, "", "Zaplanuj wdrożenie BLIKa jako metody płatności w sklepie w PL w 8 tygodni: integracja, testy, "
                   "zwroty, reklamacje, ryzyka"),
    c("pl", 2, "", "Napisz w Javie walidator i parser plików MT940 z wyciągami, z obsługą wielu rachunków w jednym "
                   "pliku, błędnych sald i testami JUnit"),
    c("pl", 3, "", "Tata bierze acenokumarol i lekarz przepisał mu klarytromycynę. Czy trzeba zmienić dawkę?",
      near="unnamed_relative"),
    c("pl", 3, "national_id phone", "PESEL <<pesel>>, tel. 601 284 517. Mam 60 tys. zł oszczędności i kredyt "
                                    "hipoteczny 210 tys. na zmiennej stopie. Nadpłacić czy zostawić na lokacie? "
                                    "Pytam o moją sytuację."),
    c("pl", 3, "", "Klient pyta, czy może odstąpić od umowy kredytu konsumenckiego po 20 dniach, bo znalazł tańszy. "
                   "Odpowiedz mu wprost, to idzie do klienta.",
      sys="Jesteś asystentem banku Nordhafen w Polsce. Odpowiedź trafia bezpośrednio do klienta."),
    c("pl", 0, "", "Czy ten PESEL ma poprawną sumę kontrolną? tak/nie: <<bad_pesel>>", near="bad_checksum"),
]
