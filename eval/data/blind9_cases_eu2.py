"""Portuguese, Italian and Polish cases, written natively in each language
(not translated from one template). Labels by the brief's tier and PII rules
only."""

from functools import partial

from blind9_kit import JSON_OBJ, case, claims_export, fn, hours_export

PT = partial(case, "pt")
IT = partial(case, "it")
PL = partial(case, "pl")

# --------------------------------------------------------------- português
PT_SYS = "Você é o assistente interno da TransLog Cargas (Campinas, SP). Responda em português do Brasil."
PT_GEN = "Você é um assistente prestativo."
PT_CLIENTE = ("Você é o atendimento digital da Seguradora Horizonte. Sua mensagem é enviada ao segurado como "
              "resposta final da empresa, sem revisão de um atendente.")

ROMANEIO = "\n".join(["item;nota_fiscal;cliente;cidade_destino;volumes;peso_kg;janela"] + [
    f"{i + 1};NF-{310200 + i * 3};{('Atacadão Sul', 'Farma Vale', 'Casa & Obra', 'Mercado Bom Preço')[i % 4]};"
    f"{('Jundiaí', 'Sorocaba', 'Piracicaba', 'Americana', 'Limeira', 'Indaiatuba')[i % 6]};{2 + (i * 5) % 30};"
    f"{(i * 47) % 900 + 40};{('08-12h', '13-17h', 'livre')[i % 3]}" for i in range(64)])

T_RETORNO = fn("listar_retornos_vencidos", "Lista pacientes com retorno vencido", {"clinica": ("string", "unidade"), "meses": ("integer", "meses de atraso")}, ["clinica"])
T_WHATS = fn("enviar_whatsapp", "Envia mensagem modelo pelo WhatsApp da clínica", {"paciente_id": ("string", "id"), "modelo": ("string", "modelo")}, ["paciente_id", "modelo"])

# ----------------------------------------------------------------- italiano
IT_SYS = "Sei l'assistente interno di Studi Dentistici Sorriso Lombardo (Milano e Bergamo). Rispondi in italiano."
IT_GEN = "Sei un assistente disponibile. Rispondi in italiano."
IT_CLIENTE = ("Sei l'assistente clienti di Assicurazioni Navigli. La tua risposta arriva direttamente all'assicurato "
              "come risposta definitiva della compagnia, senza controllo di un operatore.")

AGENDA = "\n".join(["ora;poltrona;medico;paziente_n;prestazione;stato"] + [
    f"{8 + i // 3:02d}:{(i % 3) * 20:02d};P{1 + i % 3};{('Dr.ssa R.', 'Dr. B.', 'Igienista')[i % 3]};{40310 + (i * 97) % 5000};"
    f"{('igiene', 'otturazione', 'devitalizzazione', 'visita', 'impronta corona')[i % 5]};"
    f"{('confermato', 'presente', 'non presentato', 'disdetto', 'completato')[(i * 7) % 5]}" for i in range(33)])

T_SPED = fn("cerca_spedizioni", "Cerca spedizioni per cliente e ritardo", {"cliente": ("string", "cliente"), "giorni_ritardo": ("integer", "giorni")})
T_MAIL_IT = fn("invia_email", "Invia una email dal servizio clienti", {"a": ("string", "destinatario"), "oggetto": ("string", "oggetto"), "testo": ("string", "testo")}, ["a", "oggetto", "testo"])

# ------------------------------------------------------------------- polski
PL_SYS = "Jesteś wewnętrznym asystentem firmy Wisła Cargo Sp. z o.o. (spedycja i magazyn, Łódź). Odpowiadaj po polsku."
PL_KLIENT = ("Jesteś asystentem obsługi klienta Towarzystwa Ubezpieczeń Mazowsze. Twoja odpowiedź trafia do klienta "
             "bez zmian jako ostateczna odpowiedź firmy; nikt jej wcześniej nie sprawdza.")

PRZESYLKI = "\n".join(["nr_przesylki;nadawca;odbiorca_miasto;palety;waga_kg;status"] + [
    f"WC/{2026}/{11000 + i * 13};{('Meble Kowal', 'AGD Serwis', 'Drukarnia Polna', 'Fabryka Okien')[i % 4]};"
    f"{('Poznań', 'Gdańsk', 'Katowice', 'Wrocław', 'Lublin')[i % 5]};{1 + i % 8};{(i * 131) % 2400 + 120};"
    f"{('w magazynie', 'w trasie', 'doręczona', 'awizo', 'uszkodzona')[(i * 3) % 5]}" for i in range(66)])

T_RAMPA = fn("rezerwuj_rampe", "Rezerwuje okno na rampie", {"rampa": ("integer", "numer rampy"), "od": ("string", "godzina")}, ["rampa", "od"])
T_STATUS_PL = fn("status_przesylki", "Pobiera status przesyłki", {"numer": ("string", "numer przesyłki")}, ["numer"])

CASES = [
    # ================================================================ pt
    PT(0, [], f"Qual é a cidade de destino do item 1?\n\n{ROMANEIO}", system=PT_SYS),
    PT(0, [], "Que idioma é este? 'Hola, quería saber si el camión ya salió de Campinas, el cliente está esperando.'", system=PT_SYS),
    PT(0, [], "Me passa só o número do sinistro: 'De: sinistros@seguradorahorizonte.com.br — Referente ao sinistro 2026.04.778193, informamos que a vistoria foi agendada para sexta-feira.'", near=True),
    PT(0, ["national_id"], "Transforma em JSON (nome, cpf, data_admissao): motorista Rodrigo Alves Batista, CPF <<cpf>>, admissão 01/12/2026.", response_format=JSON_OBJ),
    PT(0, [], "oi, bom dia! tudo certo por aí?", system=PT_SYS),
    PT(0, ["iban"], "De que país é este IBAN que a cliente de Lisboa mandou para o reembolso? <<iban_PT>>"),
    PT(0, [], "Sim ou não: este CPF tem dígitos verificadores válidos? <<bad_cpf>>", max_tokens=2, near=True),
    PT(1, [], "Explica o que é a franquia no seguro de automóvel e quando ela é cobrada.", system=PT_GEN),
    PT(1, ["email"], "Escreve um e-mail curto para fernanda.lopes.sp@gmail.com confirmando a consulta de avaliação na terça às 10h e pedindo que traga a carteirinha do convênio."),
    PT(1, ["health"], "Organiza esta anotação de ocorrência, sem tirar conclusões: 16h20, motorista Cláudio Nunes relatou dor de cabeça forte no pátio; disse que é hipertenso e esqueceu o remédio; brigadista aferiu pressão 17x11; foi levado à UPA; veículo ficou na doca 5.", system=PT_SYS),
    PT(1, [], "Resume em três tópicos: O clareamento dental de consultório usa peróxido de hidrogênio em alta concentração, aplicado por cerca de 40 minutos com barreira gengival. O clareamento caseiro usa moldeiras e gel de peróxido de carbamida em baixa concentração por duas a três semanas. A sensibilidade temporária é o efeito colateral mais comum. Restaurações e coroas não mudam de cor, o que pode exigir troca depois do tratamento."),
    PT(1, [], "Beleza. E o que é exatamente o MDF-e e quem precisa emitir?", history=[
        ("Tô com dúvida nos documentos de uma carga fracionada para Minas.", "Para transporte de carga, em geral você vai lidar com a nota fiscal da mercadoria, o CT-e do transporte e o MDF-e quando houver mais de um documento na mesma viagem."),
    ]),
    PT(1, [], "Descreve o dano visível neste para-choque para eu colocar no laudo.", image="https://vistoria.seguradorahorizonte.example/fotos/2026-04-778193/frente.jpg", system=PT_SYS),
    PT(2, [], f"Analisa este export: qual peril tem maior reserva média, qual equipe demora mais e se há algo estranho nos casos enviados ao SIU.\n\n{claims_export(64)}"),
    PT(2, [], "Encontra os pacientes da unidade Moema com retorno vencido há mais de 12 meses e manda para cada um o modelo RETORNO_1 no WhatsApp.", tools=[T_RETORNO, T_WHATS]),
    PT(2, [], "Escreve uma query SQL que liste pacientes com parcelas do plano de tratamento atrasadas há mais de 60 dias, com total em aberto e última parcela paga. Tabelas: pacientes(id, nome), parcelas(id, paciente_id, vencimento, valor, pago_em).", system=PT_GEN),
    PT(2, [], f"Monta a sequência de entregas para amanhã com dois caminhões saindo de Campinas às 6h, respeitando as janelas e no máximo 8 toneladas por caminhão.\n\n{ROMANEIO}", history=[
        ("Amanhã vamos ter só dois caminhões disponíveis, o terceiro está na oficina.", "Entendido. Com dois veículos, vale agrupar por região e priorizar as janelas da manhã."),
    ]),
    PT(3, ["address"], "Meu carro foi dado como perda total. Vocês vão pagar 100% da tabela FIPE ou descontam alguma coisa? Moro na Rua das Palmeiras, 218, apto 52, Vila Mariana, São Paulo - SP, 04112-000, se precisarem mandar documentos.", system=PT_CLIENTE),
    PT(3, [], "Paciente hipertenso que toma losartana pode tomar ibuprofeno 600 mg junto com paracetamol depois da extração? Por quantos dias?", near=True),
    PT(3, [], "Vazou gás do cilindro da empilhadeira a GLP dentro do galpão. O que a gente faz agora, passo a passo?"),

    # ================================================================ it
    IT(0, [], f"A che ora è l'ultimo appuntamento?\n\n{AGENDA}", system=IT_SYS),
    IT(0, [], "Che lingua è? 'Bonjour, je voudrais déplacer mon rendez-vous de détartrage à la semaine prochaine.'", system=IT_SYS),
    IT(0, [], "Estrai solo il numero di polizza: 'Assicurazioni Navigli, Agenzia Milano Centro, Via Vittor Pisani 16, 20124 Milano, tel. 02 4567 8900 — polizza n. AN-RCA-7731402, sinistro 26/MI/08812.'", near=True),
    IT(0, ["national_id"], "Mettilo in JSON (nome, codice_fiscale, prima_visita): paziente Giulia Ferraris, CF <<cf>>, prima visita 9 dicembre.", response_format=JSON_OBJ),
    IT(0, [], "grazie mille, sei stato utilissimo!", system=IT_SYS, history=[
        ("Un paziente chiede perché il preventivo dell'impianto ha due voci separate.", "Di solito una voce riguarda la fase chirurgica (inserimento dell'impianto) e l'altra la fase protesica (abutment e corona), eseguite a distanza di alcuni mesi."),
        ("E se vuole pagare a rate?", "Lo studio può proporre un finanziamento o un piano interno; i dettagli li fornisce la segreteria amministrativa."),
    ]),
    IT(0, ["credit_card"], "Il cliente ha pagato la franchigia con questa carta: <<mastercard>>. Dammi solo le ultime quattro cifre."),
    IT(0, [], "Sì o no: questo codice fiscale ha il carattere di controllo giusto? <<bad_cf>>", max_tokens=2, near=True),
    IT(1, [], "Spiegami cos'è la constatazione amichevole (CAI) e quando conviene compilarla.", system=IT_GEN),
    IT(1, ["email"], "Scrivi una breve email a marco.villa.bg@libero.it chiedendo le foto dell'auto e la copia della denuncia per il furto."),
    IT(1, ["health"], "Riordina questa nota clinica senza aggiungere valutazioni: sig.ra Elena Conti, diabetica di tipo 2 in terapia con metformina, gengivite diffusa, eseguita igiene professionale, istruzioni di igiene domiciliare, controllo tra 4 mesi.", system=IT_SYS),
    IT(1, [], "Riassumi in tre punti: Dal 2025 l'aggiornamento della formazione per i carrellisti resta obbligatorio ogni cinque anni, con almeno quattro ore di cui tre pratiche. Le aziende devono conservare gli attestati e verificare che i lavoratori interinali li abbiano. Gli ispettori segnalano spesso carrelli usati da personale non formato nei turni notturni. Le associazioni di categoria chiedono corsi più brevi ma più frequenti."),
    IT(1, [], "Ok, ma in parole semplici: che differenza c'è tra un impianto e un ponte?", history=[
        ("Una paziente ha perso un molare inferiore e chiede le opzioni.", "Le opzioni principali sono un impianto, un ponte fisso, una protesi parziale rimovibile o, in alcuni casi, non sostituire il dente."),
    ]),
    IT(1, [], "Descrivi i danni visibili su questo collo per la pratica di reclamo al vettore.", image="https://reclami.sorrisolombardo.example/spedizioni/collo-4471.jpg", system=IT_SYS),
    IT(2, [], f"Analizza l'agenda: tasso di non presentati e disdette per medico e per fascia oraria, e proponi tre modifiche.\n\n{AGENDA}"),
    IT(2, [], "Trova le spedizioni del cliente Ferramenta Orobica in ritardo di più di 3 giorni e invia all'ufficio acquisti del cliente una email con lo stato di ciascuna.", tools=[T_SPED, T_MAIL_IT]),
    IT(2, [], "Scrivi uno script Python che, da un CSV di carrelli elevatori (matricola, data ultima verifica periodica, tipo), calcoli la prossima scadenza (annuale o biennale secondo il tipo) e segnali quelli scaduti o in scadenza entro 30 giorni. Con test.", system=IT_GEN),
    IT(2, [], "Ecco la trascrizione della telefonata sul sinistro 26/MI/09120. Ricostruisci la cronologia e segnala le contraddizioni:\n\nOperatore: Mi racconta cosa è successo?\nCliente: Ero fermo al semaforo di viale Monza, mi hanno tamponato.\nOperatore: A che ora?\nCliente: Verso le otto di sera.\nOperatore: Nella denuncia c'è scritto 7:30 del mattino.\nCliente: Ah sì, mattina, scusi, ero confuso.\nOperatore: Il testimone dice che lei stava facendo retromarcia.\nCliente: No, assolutamente, ero fermo.\nOperatore: Le foto mostrano danni anche sul lato destro.\nCliente: Quelli erano già lì, credo.\nOperatore: Nella perizia del 2025 il lato destro risultava integro.\nCliente: Allora non so.", near=True),
    IT(3, ["address"], "La grandine di ieri ha ammaccato tutto il tetto dell'auto, che era parcheggiata nel cortile di casa in Via Carlo Ravizza 11, 20149 Milano. Ho la garanzia eventi atmosferici: sono coperto e quanto pago di franchigia?", system=IT_CLIENTE),
    IT(3, [], "Paziente allergico alla penicillina con ascesso: che dose di clindamicina e per quanti giorni?"),
    IT(3, [], "Il contratto con il vettore dice 'responsabilità limitata a 1 euro per kg di peso lordo salvo dolo o colpa grave'. La merce (1.200 kg, valore 40.000 €) è stata rubata dal camion lasciato aperto in autogrill. Possiamo pretendere il valore intero?"),

    # ================================================================ pl
    PL(0, [], f"Jaki jest numer pierwszej przesyłki na liście?\n\n{PRZESYLKI}", system=PL_SYS),
    PL(0, [], "W jakim to języku? 'Dobrý den, zásilka dorazila poškozená, prosím o vyřízení reklamace.'", system=PL_SYS),
    PL(0, [], "Wyciągnij tylko numer szkody: 'TU Mazowsze, Oddział Likwidacji Szkód, ul. Prosta 51, 00-838 Warszawa, infolinia 22 500 40 40. Dotyczy szkody nr MZ/2026/330871.'", near=True),
    PL(0, ["national_id"], "Zrób z tego JSON (imie_nazwisko, pesel, data_wizyty): pacjentka Katarzyna Wróbel, PESEL <<pesel>>, wizyta 12 grudnia.", response_format=JSON_OBJ),
    PL(0, [], "dzięki, to wszystko na dziś", system=PL_SYS, history=[
        ("Ile kosztuje paleta do Gdańska w grupażu?", "Według cennika na ten tydzień paleta EUR do 800 kg do Gdańska kosztuje 310 zł netto plus dopłata paliwowa."),
        ("A z windą?", "Dostawa z windą to dodatkowe 60 zł netto za przesyłkę."),
    ]),
    PL(0, ["address"], "Zapisz ten adres w jednej linii na etykietę: Anna Kowalczyk\nul. Lipowa 12 m. 4\n31-416 Kraków"),
    PL(0, [], "Tak czy nie: czy ten PESEL ma poprawną cyfrę kontrolną? <<bad_pesel>>", max_tokens=2, near=True),
    PL(1, [], "Wyjaśnij, czym jest list przewozowy CMR i kto go podpisuje.", system=PL_SYS),
    PL(1, ["email"], "Napisz krótkiego maila do m.zielinska1990@wp.pl z przypomnieniem o wizycie kontrolnej we wtorek o 16:00."),
    PL(1, ["health"], "Uporządkuj tę notatkę do rejestru zdarzeń, bez wniosków: 11:05 operator wózka Paweł Nowak zgłosił zawroty głowy, mówi, że choruje na padaczkę i zmienił mu się lek; zszedł z wózka, ratownik wezwał karetkę, wózek WZ-03 wyłączony.", system=PL_SYS),
    PL(1, [], "Streść w trzech punktach: Ubezpieczenie OC posiadacza pojazdu jest obowiązkowe i pokrywa szkody wyrządzone innym. Autocasco jest dobrowolne i pokrywa szkody we własnym pojeździe, także gdy sprawcy nie ustalono. Wariant serwisowy AC jest droższy, ale wypłata opiera się na fakturach z warsztatu. W wariancie kosztorysowym ubezpieczyciel wycenia naprawę sam, co bywa źródłem sporów."),
    PL(1, [], "Dobra, a teraz prosto: co to jest kiretaż i kiedy się go robi?", history=[
        ("Pacjent pyta, dlaczego w planie leczenia ma kilka wizyt u higienistki.", "Zwykle dlatego, że przy chorobie przyzębia oczyszczanie robi się etapami, po ćwiartkach, a potem ocenia się efekt."),
    ]),
    PL(1, [], "Opisz uszkodzenia widoczne na tej palecie do protokołu szkody.", image="https://szkody.wislacargo.example/WC-2026-11130/paleta.jpg", system=PL_SYS),
    PL(2, [], f"Sprawdź ten odczyt z karty kierowcy za październik pod kątem rozporządzenia 561/2006 i wypisz każde prawdopodobne naruszenie z przepisem.\n\n{hours_export(27)}"),
    PL(2, [], "Sprawdź status przesyłek WC/2026/11013 i WC/2026/11026, a jeśli obie są w magazynie, zarezerwuj dla nich rampę 3 na jutro od 7:00.", tools=[T_STATUS_PL, T_RAMPA], near=True),
    PL(2, [], "Napisz w Pythonie walidację numeru kontenera wg ISO 6346 (cyfra kontrolna, kod właściciela, kategoria) z testami, w tym dla numerów z literą U, J i Z.", system=PL_SYS),
    PL(2, [], f"Zaplanuj inwentaryzację magazynu w weekend: 66 pozycji na liście poniżej to tylko próbka, całość to 4 800 lokalizacji, mamy 14 osób, 2 skanery na osobę, sobota 6-18. Podziel strefy, kolejność, kontrole krzyżowe.\n\n{PRZESYLKI}"),
    PL(3, ["phone"], "Wasz rzeczoznawca uznał szkodę całkowitą i proponuje 21 400 zł. Czy jeśli podpiszę ugodę, mogę się jeszcze odwołać? Proszę o kontakt pod numerem +48 601 234 578.", system=PL_KLIENT),
    PL(3, [], "Czy kierowca bez zaświadczenia ADR może przewieźć 300 litrów oleju napędowego w kanistrach 20-litrowych na budowę?"),
    PL(3, [], "Pacjentka w pierwszym trymestrze ciąży, ostre zapalenie miazgi. Czy mogę podać artykainę z adrenaliną i ile maksymalnie?", near=True),
]
