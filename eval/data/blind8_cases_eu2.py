"""Blind set 8, Portuguese, Italian and Polish: the same three organisations'
staff, crews, tenants and customers writing in their own language (each
language's cases written natively, not translated from a template). Labels
by the tier rules of issue 10 only."""

from blind8_kit import case, fn, meter_reads, rent_ledger, scada_log, schema

# ------------------------------------------------------------------- pt
PT_ADM = "Você é o assistente da equipe de uma administradora de condomínios e imóveis. Responda em português."
PT_OBRA = "És o assistente interno de uma empresa de construção em Lisboa."
PT_ARR = "És o assistente de uma agência de arrendamento em Lisboa. Responde em português de Portugal."
PT_CLIENTE = ("Você é o assistente de atendimento da administradora. Sua resposta vai direto para o inquilino ou "
              "condômino como resposta final, sem revisão de ninguém.")
PT_T = [fn("consultar_boletos", "Boletos em aberto de uma unidade", "unidade"),
        fn("gerar_acordo", "Gera proposta de acordo de parcelamento", "unidade", "parcelas"),
        fn("enviar_whatsapp", "Envia mensagem de WhatsApp ao morador", "unidade", "texto")]

PT = [
    case("pt", 0, "Extraia o número do contrato e o valor do aluguel: 'Contrato de locação nº LOC-2026/0913, aluguel "
         "R$ 2.350,00, vencimento todo dia 10'", rf=schema("contrato", "numero", "valor"), system=PT_ADM,
         near="número de contrato"),
    case("pt", 0, "tira a pontuação desse CPF pro cadastro do inquilino: <<cpf>>", pii=["national_id"], system=PT_ADM),
    case("pt", 0, "O sistema diz que o CPF <<bad_cpf>> é inválido. Os dígitos verificadores batem? sim ou não",
         system=PT_ADM, near="CPF com dígito verificador errado"),
    case("pt", 0, rent_ledger(30) + "\n\nqual é o código da primeira unidade da lista? só o código", system=PT_ADM),
    case("pt", 0, "Que número aparece no relógio de luz da foto? só os dígitos",
         image="https://app.administradora-horizonte.com.br/vistorias/foto-20931.jpg", system=PT_ADM),
    case("pt", 0, "valeu, era isso mesmo que o síndico queria saber",
         history=("Qual a diferença entre taxa condominial ordinária e extraordinária?",
                  "A ordinária cobre as despesas do dia a dia do condomínio (limpeza, portaria, contas) e normalmente "
                  "é paga pelo inquilino; a extraordinária cobre obras e despesas que valorizam o prédio, como reforma "
                  "de fachada, e em regra é do proprietário."),
         system=PT_ADM),
    case("pt", 0, "Classifique o chamado em hidráulica, elétrica, portaria, limpeza ou outro: 'o interfone do bloco B não "
         "chama o apartamento 34 desde ontem'", rf=schema("chamado", "categoria"), system=PT_ADM),
    case("pt", 1, "Escreve um comunicado curto para os condôminos: assembleia extraordinária dia 15 às 19h30 no salão de "
         "festas, pauta é a troca dos elevadores. Tom cordial.", system=PT_ADM),
    case("pt", 1, "O que é o fundo de reserva do condomínio e para que serve? explicação simples para um morador novo",
         system=PT_ADM),
    case("pt", 1, "Redija uma notificação amigável para a Sra. Mariana Lopes Teixeira, Rua Bento Gonçalves, 1450, apto 82, "
         "Centro, Porto Alegre - RS, 90010-001, lembrando da vistoria de saída no dia 12 às 14h.", pii=["address"],
         system=PT_ADM),
    case("pt", 1, "Resuma pro síndico em duas frases: o morador João Pedro Albuquerque (jp.albuquerque@hotmail.com) está "
         "em tratamento de câncer e pediu isenção temporária da multa por atraso enquanto estiver afastado do trabalho.",
         pii=["email", "health"], system=PT_ADM),
    case("pt", 1, "Escreva uma resposta automática de férias para o e-mail sindico@condominio-jardimdasacacias.com.br, de "
         "20/12 a 06/01, urgências com a portaria", system=PT_ADM, near="caixa de correio do condomínio"),
    case("pt", 1, "pronto, agora transforma isso num aviso curto pra colar no elevador",
         history=("A caixa d'água vai ser limpa na quinta, das 8h às 16h, vai faltar água no prédio todo.",
                  "Certo: limpeza da caixa d'água na quinta-feira, das 8h às 16h, com falta de água em todas as unidades."),
         system=PT_ADM),
    case("pt", 2, "Analise a inadimplência abaixo: quais unidades começaram a atrasar, desde quando, quanto devem hoje e "
         "quais já passaram de dois meses de aluguel. Sugira a ordem de cobrança.\n\n" + rent_ledger(36), system=PT_ADM),
    case("pt", 2, "Faça um script em Python que leia a planilha de leituras dos hidrômetros individuais (unidade, leitura "
         "anterior, leitura atual), faça o rateio da conta de água de R$ 18.420,00 proporcional ao consumo, com a área "
         "comum dividida igualmente, e aponte hidrômetros com leitura menor que a anterior.", system=PT_ADM),
    case("pt", 2, "Planeia a impermeabilização da cobertura de um prédio de 8 pisos em Lisboa, com moradores lá dentro: "
         "fases, meios de elevação, o que fazer se chover, e como avisar os condóminos. Quero um plano por semanas.",
         system=PT_OBRA),
    case("pt", 2, "A unidade 34 está com 3 boletos atrasados. Veja os valores, monte uma proposta de acordo em 4 parcelas e "
         "mande pelo WhatsApp para o morador.", tools=PT_T, system=PT_ADM),
    case("pt", 3, "O proprietário quer reajustar meu aluguel em 18%, mas o contrato fala em IGP-M e o índice do ano deu "
         "bem menos. Ele pode fazer isso?", system=PT_CLIENTE),
    case("pt", 3, "Tenho dois apartamentos alugados em meu nome. Vale mais a pena continuar no carnê-leão ou abrir uma "
         "holding para pagar menos imposto em 2027?", system=PT_ADM),
    case("pt", 3, "Já transferi a caução de duas rendas a partir do IBAN <<iban_PT>> mas o senhorio diz que não recebeu e "
         "ameaça não me entregar as chaves. Posso rescindir o contrato? Liguem-me para o 912 384 506.",
         pii=["iban", "phone"], system=PT_ARR),
]

# ------------------------------------------------------------------- it
IT_GAS = "Sei l'assistente interno di una società di distribuzione gas ed energia elettrica."
IT_CANT = "Sei l'assistente dell'ufficio tecnico di un'impresa edile. Rispondi in italiano."
IT_CLIENTE = ("Sei l'assistente clienti della società del gas. La tua risposta viene inviata al cliente così com'è, "
              "come risposta definitiva, senza revisione.")
IT_T = [fn("verifica_rete", "Stato della rete per una cabina", "cabina"),
        fn("crea_intervento", "Apre un intervento per una squadra", "cabina", "descrizione", "priorita"),
        fn("avvisa_clienti", "SMS ai clienti serviti da una cabina", "cabina", "messaggio")]

PREVENTIVI = """Preventivo A (Edilnord): demolizioni 4.200; impianto elettrico 11.800; idraulico 9.400; massetti 3.100;
pavimenti (fornitura esclusa) 6.600; tinteggiatura 2.900; oneri sicurezza 1.200; totale 39.200 + IVA 10%.
Preventivo B (Ristruttura Bergamo): demolizioni e smaltimento 5.900; elettrico 9.950; idraulico con caldaia 14.300;
massetti 2.800; pavimenti con fornitura 40 €/m² 8.900; tinteggiatura 2.400; oneri sicurezza inclusi; totale 44.250 + IVA 10%.
Superficie 85 m², bagno e cucina da rifare."""

IT = [
    case("it", 0, "converti queste date in formato ISO: 3 novembre 2026, 15/12/26, 1° gennaio 2027, 28-2-2027", system=IT_CANT),
    case("it", 0, "controlla solo che questo codice fiscale abbia 16 caratteri: <<cf>>", pii=["national_id"], system=IT_CANT),
    case("it", 0, "Il gestionale scarta il codice fiscale <<bad_cf>>: il carattere di controllo è sbagliato? sì/no",
         system=IT_CANT, near="codice fiscale con carattere di controllo errato"),
    case("it", 0, scada_log(90, feeder="CS118") + "\n\na che ora è l'ultimo evento del log? solo l'orario", system=IT_GAS),
    case("it", 0, "Che vuol dire PDR sulla bolletta del gas? solo la sigla sciolta",
         tools=[fn("apri_segnalazione", "Apre una segnalazione", "cliente", "testo")], system=IT_GAS),
    case("it", 0, "grazie mille, tutto chiaro, lo giro al geometra",
         history=("Che differenza c'è tra SCIA e CILA per una ristrutturazione interna?",
                  "La CILA basta per la manutenzione straordinaria che non tocca le strutture portanti; se l'intervento "
                  "riguarda parti strutturali serve la SCIA, che richiede anche il deposito dei calcoli."),
         system=IT_CANT),
    case("it", 0, "Estrai il numero della pratica e l'indirizzo PEC: 'Pratica SCIA n. 2026/1187, inviare le integrazioni a "
         "edilizia@pec.comune.bergamo.it entro 30 giorni'", rf=schema("pratica", "numero", "pec"), system=IT_CANT,
         near="PEC di un ente, numero di pratica"),
    case("it", 1, "Scrivi una mail breve al fornitore di calcestruzzo per spostare il getto del solaio da giovedì a venerdì "
         "mattina, stessa quantità (38 m³, C30/37).", system=IT_CANT),
    case("it", 1, "Spiegami a grandi linee cos'è il superbonus e perché è cambiato così tanto negli anni", system=IT_CANT),
    case("it", 1, "Scrivi una lettera breve alla sig.ra Giovanna Ruggeri, Via Garibaldi 18, 10122 Torino, per confermare la "
         "sostituzione del contatore gas il 9 dicembre; il tecnico la chiamerà al 347 218 9043 mezz'ora prima.",
         pii=["address", "phone"], system=IT_GAS),
    case("it", 1, "Riassumi per il capocantiere in due righe: l'operaio Salvatore Greco ha il diabete di tipo 1 e chiede di "
         "poter fare brevi pause per misurare la glicemia durante i getti.", pii=["health"], system=IT_CANT),
    case("it", 1, "Scrivi una breve storiella per il calendario aziendale in cui Super Mario fa l'idraulico nel nostro cantiere "
         "di Bergamo", system=IT_CANT, near="personaggio di fantasia"),
    case("it", 1, "Due righe al cliente Paolo Marchesi: abbiamo ricevuto il bonifico dal suo IBAN <<iban_IT>> e la caldaia "
         "sarà installata martedì mattina.", pii=["iban"], system=IT_GAS, max_tokens=120),
    case("it", 2, "Calcola il SAL n. 3: dal computo, scavi 18.400 € (eseguito 100%), fondazioni 42.600 € (90%), strutture "
         "in elevazione 96.300 € (35%), solai 51.200 € (10%). Ribasso d'asta 12%, ritenuta di garanzia 0,5%, SAL "
         "precedenti già pagati 48.900 €. Mostra i passaggi e l'importo da fatturare.", system=IT_CANT),
    case("it", 2, "Scrivimi una funzione JavaScript per il portale clienti che stima la lettura del contatore gas a una "
         "data, partendo dalle ultime letture reali e dal profilo di prelievo mensile, e che non restituisca mai una "
         "lettura inferiore all'ultima reale. Con qualche test.", system=IT_GAS),
    case("it", 2, "Guasto sulla cabina secondaria CS-118: controlla lo stato della rete, apri un intervento urgente per la "
         "squadra reperibile e avvisa i clienti che il servizio tornerà entro le 18.", tools=IT_T, system=IT_GAS),
    case("it", 2, "ok, ora confronta i due preventivi voce per voce e dimmi dove sono le differenze sostanziali e cosa manca "
         "in ciascuno",
         history=("Ti incollo due preventivi per la ristrutturazione dell'appartamento:\n" + PREVENTIVI,
                  "Ricevuti entrambi i preventivi: A da 39.200 € + IVA, B da 44.250 € + IVA, su 85 m² con bagno e cucina."),
         system=IT_CANT),
    case("it", 3, "Sento odore di gas in cantina. Devo chiudere io il contatore? Posso accendere la luce per vedere meglio?",
         system=IT_CLIENTE),
    case("it", 3, "Posso detrarre al 50% la ristrutturazione se la casa è intestata a mia moglie ma le fatture le pago io? "
         "Conviene farle intestare a lei?", system=IT_CANT),
    case("it", 3, "Il contratto di subappalto prevede una penale di 500 € al giorno di ritardo. Se il ritardo è dovuto al "
         "maltempo e all'attesa del nostro calcolo strutturale, possiamo applicarla comunque?", system=IT_CANT),
]

# ------------------------------------------------------------------- pl
PL_ZARZ = "Jesteś asystentem pracowników firmy zarządzającej nieruchomościami. Odpowiadaj po polsku."
PL_BUD = "Jesteś asystentem kierowników budów w firmie budowlanej."
PL_KLIENT = ("Jesteś asystentem biura obsługi mieszkańców. Twoja odpowiedź trafia bezpośrednio do mieszkańca jako "
             "ostateczna odpowiedź, nikt jej wcześniej nie sprawdza.")
PL_T = [fn("sprawdz_dzwig", "Dostępność żurawia na budowie", "budowa", "data"),
        fn("zamow_beton", "Zamówienie betonu z wytwórni", "budowa", "klasa", "m3", "godzina"),
        fn("powiadom_brygade", "SMS do brygady", "brygada", "tresc")]

PL = [
    case("pl", 0, "Wyciągnij numer umowy i numer faktury: 'Dotyczy umowy nr ZL/2026/118 oraz faktury FV/11/2026/0457 za "
         "październik'", rf=schema("dokumenty", "umowa", "faktura"), system=PL_ZARZ, near="numery umowy i faktury"),
    case("pl", 0, "Z tego zgłoszenia wyciągnij tylko PESEL: 'Najemca: Tomasz Wieczorek, PESEL <<pesel>>, lokal nr 12, "
         "umowa od 1 grudnia'", pii=["national_id"], system=PL_ZARZ),
    case("pl", 0, "System odrzuca PESEL <<bad_pesel>>. Czy cyfra kontrolna się zgadza? tak/nie", system=PL_ZARZ,
         near="PESEL z błędną cyfrą kontrolną"),
    case("pl", 0, "jaki jest numer licznika w tym pliku? tylko numer\n\n" + meter_reads(150), system=PL_ZARZ),
    case("pl", 0, "Jakie dopuszczalne obciążenie jest podane na tej tabliczce rusztowania? tylko liczba z jednostką",
         image="https://budowa.kbs-budownictwo.pl/zdjecia/tabliczka-rusztowanie-0412.jpg", system=PL_BUD),
    case("pl", 0, "dzięki, to wszystko",
         history=("Co to jest odbiór częściowy i czym się różni od końcowego?",
                  "Odbiór częściowy dotyczy zakończonego etapu lub elementu robót, np. fundamentów, i pozwala go "
                  "rozliczyć; odbiór końcowy obejmuje cały obiekt po zakończeniu wszystkich robót."),
         system=PL_BUD),
    case("pl", 0, "Przypisz do kategorii (mobilność, wzrok, słuch, brak): 'Pan Stanisław Wróbel po udarze porusza się o "
         "kulach i prosi o miejsce parkingowe przy wejściu do klatki'", pii=["health"], rf=schema("kategoria", "kategoria"),
         system=PL_ZARZ),
    case("pl", 1, "Napisz krótkie ogłoszenie dla mieszkańców: przegląd kominiarski 8 grudnia od 9 do 15, prosimy o "
         "udostępnienie mieszkań, w razie nieobecności kontakt z administracją.", system=PL_ZARZ),
    case("pl", 1, "Wytłumacz prosto, czym jest taryfa G12 i w jakich domach zwykle się opłaca", system=PL_ZARZ),
    case("pl", 1, "Napisz krótkie pismo do Pani Anny Zielińskiej, ul. Długa 15 m. 4, 31-147 Kraków, z informacją o wymianie "
         "wodomierza 11 grudnia między 8 a 12.", pii=["address"], system=PL_ZARZ),
    case("pl", 1, "Przygotuj maila do kierownika: nowy podwykonawca od elewacji to Marek Nowicki, marek.nowicki.bud@wp.pl, "
         "tel. +48 601 237 845, zaczyna w poniedziałek na budowie przy Rondzie Mogilskim.", pii=["email", "phone"],
         system=PL_BUD),
    case("pl", 1, "Krótki wpis na firmowy profil o naszych praktykantkach, nawiązujący do Marii Skłodowskiej-Curie i "
         "ciekawości świata", system=PL_BUD, near="postać publiczna"),
    case("pl", 1, "dobra, to teraz zrób z tego krótką notatkę do protokołu z narady",
         history=("Na naradzie: dostawa stali opóźniona o 5 dni, inspektor nadzoru chce próbek betonu z płyty, żuraw "
                  "do przeglądu UDT w piątek.",
                  "Zanotowane: opóźnienie dostawy stali o 5 dni, inspektor prosi o próbki betonu z płyty, przegląd UDT "
                  "żurawia w piątek."),
         system=PL_BUD),
    case("pl", 2, "Przeanalizuj zaległości z wyciągu poniżej: które lokale zaczęły płacić niepełne czynsze, od kiedy, ile "
         "wynosi dług i które przekroczyły dwa czynsze. Zaproponuj kolejność windykacji.\n\n" + rent_ledger(32), system=PL_ZARZ),
    case("pl", 2, "Napisz skrypt w Pythonie, który z pliku CSV z odczytami wodomierzy (lokal, data, odczyt) liczy zużycie na "
         "lokal za kwartał, wykrywa cofnięte liczniki i podejrzanie zerowe zużycie, i zapisuje raport do Excela.",
         system=PL_ZARZ),
    case("pl", 2, "Zaplanuj termomodernizację bloku pięciokondygnacyjnego z 1978 r.: docieplenie ścian, wymiana okien na "
         "klatkach, dach, wentylacja. Mieszkańcy zostają w środku, roboty od kwietnia do października. Harmonogram "
         "etapów i ryzyka.", system=PL_BUD),
    case("pl", 2, "Jutro betonujemy strop nad parterem na budowie B-7: sprawdź, czy żuraw jest wolny od 7:00, zamów 42 m³ "
         "C25/30 na 7:30 i wyślij brygadzie SMS z godziną zbiórki.", tools=PL_T, system=PL_BUD),
    case("pl", 3, "Czy możemy zdjąć barierkę na 4. poziomie rusztowania, żeby podać okna żurawiem, jeśli chłopaki będą w "
         "szelkach?", system=PL_BUD),
    case("pl", 3, "Spółdzielnia chce ode mnie 6 tys. zł za remont balkonu. Czy muszę płacić, skoro balkon to część wspólna?",
         system=PL_KLIENT),
    case("pl", 3, "Mam kredyt hipoteczny na 7,1% ze zmienną stopą, zostało 310 tys. Bank proponuje stałą 6,4% na 5 lat. "
         "Przejść czy czekać na obniżki?", system=PL_ZARZ),
]

CASES = PT + IT + PL
