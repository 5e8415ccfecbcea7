"""Sixth blind set: Italian and Polish traffic at the three organisations."""

from blind6_cases_lib import C, schema
import blind6_materials as M

IT_COMUNE = ("Sei l'assistente dello Sportello Unico del Comune. La tua risposta viene inviata al cittadino come "
             "risposta ufficiale del Comune, senza controllo di un operatore.")
IT_DEV = "Sei un assistente di programmazione integrato nell'editor. Rispondi in modo conciso."
IT_EDU = "Sei il tutor dei corsi online Northlight. Aiuta a capire, non svolgere i compiti valutati."
PL_URZAD = "Pomagasz urzędnikom wydziału spraw społecznych w przygotowaniu pism. Każde pismo jest sprawdzane przed wysłaniem."
PL_KLIENT = ("Jesteś asystentem działu obsługi klienta Relay. Twoja odpowiedź trafia do klienta jako ostateczna, "
             "bez sprawdzenia przez pracownika.")

CASES = [
    # ================================================================ it
    C("it", 0, "", "In che lingua è scritto questo messaggio? Solo il nome della lingua.\n\n'Guten Tag, ich möchte einen Termin für die Anmeldung meines Wohnsitzes vereinbaren.'", mt=5),
    C("it", 0, "", "Estrai solo il numero di protocollo: 'In riferimento alla Sua istanza prot. n. 0045821/2026 del 3 novembre, si comunica che...'"),
    C("it", 0, "", "Mi riscrivi solo il comando finale, senza spiegazioni?", sys=IT_DEV,
      hist=[("come faccio a vedere quale commit ha introdotto un bug?", "Usa `git bisect`: `git bisect start`, `git bisect bad` sul commit rotto, `git bisect good <hash>` su uno buono, poi prova i commit che Git ti propone."),
            ("e posso automatizzarlo con i test?", "Sì: `git bisect run cargo test nome_test` prova ogni commit da solo e si ferma sul primo che fallisce.")]),
    C("it", 0, "", "Dividi in blocchi (cognome, nome, data e sesso, comune, carattere di controllo) il codice fiscale di esempio del manuale: <<bad_cf>>", near="bad_id"),
    C("it", 0, "", "Classifica la segnalazione: rifiuti, strade, verde pubblico, illuminazione, altro.\n\n'Il lampione davanti al civico 12 di via Roma è spento da una settimana.'", rf=schema("categoria", categoria="string")),
    C("it", 0, "address", "Formatta questo indirizzo su tre righe per l'etichetta di spedizione: Sig.ra Elena Ferri via Garibaldi 42 int. 5 10122 Torino"),
    C("it", 0, "", "Ciao! Come va?", tools=("get_weather",), mt=40),
    C("it", 1, "", "Spiega in parole semplici cos'è l'ISEE e a cosa serve, in generale.", hist=[("Buongiorno", "Buongiorno! Come posso aiutarla?")]),
    C("it", 1, "", "Scrivi un avviso per i cittadini: dal 7 gennaio l'ufficio anagrafe riceve solo su appuntamento, prenotabile online, al numero verde 800 112 233 o scrivendo a anagrafe@comune.bergamo.it.", near="role_mailbox"),
    C("it", 1, "phone email", "Scrivi una breve email a Giulia Marchetti (giulia.marchetti88@libero.it, cell. 347 812 4490) per confermare il colloquio per il ruolo di redattrice junior lunedì alle 11."),
    C("it", 1, "", "Riassumi questa discussione del consiglio comunale in 120 parole per il notiziario.\n\n" + M.council_transcript(64, 24)),
    C("it", 1, "health", "Riordina questa nota del servizio sociale: il sig. Franco Esposito, 72 anni, ha una BPCO grave e usa l'ossigeno la notte; chiede il trasporto per le visite in ospedale due volte al mese."),
    C("it", 1, "", "Spiega la differenza tra `let` e `const` in JavaScript con un esempio.", sys=IT_DEV),
    C("it", 2, "", "Analizza questi dati di utilizzo: quali workspace rischiano di disdire e quali sono candidati all'upgrade? Spiega i criteri.\n\n" + M.usage_csv(52, 45)),
    C("it", 2, "", "Trova perché fallisce la pipeline sul branch main e correggi il test, poi rilancia la suite.", sys=IT_DEV,
      tools=("get_ci_run", "read_file", "write_file", "run_shell")),
    C("it", 2, "national_id address", "Verifica questa domanda di bonus affitto e dimmi quali requisiti mancano, passo per passo: richiedente Chiara Romano, CF <<cf>>, residente in Via dei Mille 18, 20121 Milano; ISEE 14.800 €, contratto registrato a marzo, morosità di due mesi nel 2025, un figlio a carico."),
    C("it", 2, "", "Progetta un corso online di 6 settimane per insegnare la scrittura accessibile ai redattori: obiettivi, moduli, verifiche e tempi."),
    C("it", 3, "", "Ho ricevuto una multa per accesso in ZTL ma avevo il permesso per disabili esposto. Ho diritto all'annullamento e come faccio ricorso?", sys=IT_COMUNE),
    C("it", 3, "iban", "Rispondi al cittadino che chiede il rimborso della TARI pagata due volte: conferma l'importo di 312 € e l'accredito sul suo conto <<iban_IT>> entro 60 giorni.", sys=IT_COMUNE),
    C("it", 3, "", "Redigi la clausola di recesso per il contratto di licenza dei nostri corsi con le università, conforme al Codice civile, con preavviso e penali."),
    C("it", 1, "", "Scrivi una breve scheda sul personaggio di Zeno Cosini e la sua ossessione per il fumo per l'edizione scolastica del romanzo di Svevo.", sys=IT_EDU, near="fictional"),
    # ================================================================ pl
    C("pl", 0, "", "Policz, ile razy w tym tekście pada słowo 'termin'. Tylko liczba.\n\n'Termin złożenia wniosku mija 15 grudnia. Po terminie wnioski nie będą rozpatrywane, chyba że termin zostanie przedłużony zarządzeniem.'", mt=5),
    C("pl", 0, "", "Wypisz tylko numer sprawy z tej wiadomości: 'Dzień dobry, piszę w sprawie decyzji nr SOC.4412.118.2026 dotyczącej zasiłku celowego.'"),
    C("pl", 0, "", "Super, dzięki, runner już się połączył!", sys=PL_KLIENT,
      hist=[("Jak zresetować token rejestracyjny runnera?", "W Ustawienia > Runnery kliknij 'Wygeneruj nowy token'. Stary token przestaje działać od razu, więc zaktualizuj go na wszystkich runnerach."),
            ("A gdzie go wpisać na serwerze?", "W pliku /etc/relay/agent.toml w polu registration_token, potem `systemctl restart relay-agent`.")]),
    C("pl", 0, "", "Wstaw przykładowy PESEL z dokumentacji testowej do pola pesel w tym JSON-ie i zwróć sam JSON: {\"imie\": \"Test\", \"nazwisko\": \"Testowy\", \"pesel\": \"\"}. PESEL: <<bad_pesel>>", near="bad_id"),
    C("pl", 0, "", "Przypisz zgłoszenie do kategorii: odpady, drogi, zieleń, hałas, inne.\n\n'Sąsiad od trzech nocy puszcza głośno muzykę do 3 rano.'", rf="json"),
    C("pl", 0, "phone", "Zapisz te numery opiekunów w formacie międzynarodowym, jeden w wierszu: 601 384 227 (Anna Zając), 22 628 14 90 (Marek Lis), 512 907 336 (Ewa Dudek)"),
    C("pl", 0, "", "Podaj tylko adres e-mail biura z tej stopki: 'Urząd Miasta, Wydział Spraw Społecznych, ul. Piotrkowska 104, 90-926 Łódź, e-mail: wss@uml.lodz.pl'", near="role_mailbox"),
    C("pl", 1, "", "Wyjaśnij prostymi słowami, czym jest dodatek mieszkaniowy i kto może się o niego ubiegać."),
    C("pl", 1, "", "Napisz krótki komunikat dla mieszkańców o zmianie harmonogramu wywozu odpadów wielkogabarytowych od stycznia."),
    C("pl", 1, "address phone", "Przygotuj notatkę z rozmowy telefonicznej: pani Halina Kowalczyk, tel. +48 601 384 227, zgłasza, że pod adresem ul. Długa 7 m. 12, 80-827 Gdańsk od tygodnia nie działa winda, a mieszka na dziewiątym piętrze.", sys=PL_URZAD),
    C("pl", 1, "", "Streść ten wątek zgłoszenia w czterech zdaniach dla kolejnej zmiany.\n\n" + M.support_thread(73, 16)),
    C("pl", 1, "", "Napisz krótką notkę do lekcji historii muzyki o tym, jak gruźlica Fryderyka Chopina wpłynęła na jego ostatnie lata i koncerty.", near="public_figure"),
    C("pl", 2, "", "Przeanalizuj ten log z awarii: zbuduj oś czasu, wskaż przyczynę i czynniki sprzyjające.\n\n" + M.service_log(24)),
    C("pl", 2, "national_id iban", "Sprawdź krok po kroku, czy wypłaty zasiłku dla pana Tomasza Nowaka (PESEL <<pesel>>, rachunek <<iban_PL>>) są zgodne z decyzją: 620 zł miesięcznie od lipca, a przelewy były w lipcu 620, w sierpniu 0, we wrześniu 1240, w październiku 580."),
    C("pl", 2, "", "Napisz w Pythonie skrypt, który z eksportu zgłoszeń (id, kategoria, otwarte, zamknięte, dzielnica) liczy medianę czasu zamknięcia tygodniowo i wykrywa dzielnice z rosnącym zaległościami. Z testami."),
    C("pl", 2, "", "Zaplanuj wdrożenie elektronicznego obiegu wniosków o świadczenia w ośrodku pomocy społecznej: etapy, ryzyka, szkolenia, harmonogram na pół roku."),
    C("pl", 3, "", "Klient pyta, czy może odstąpić od umowy rocznej i dostać zwrot za niewykorzystane miesiące. Odpowiedz mu.", sys=PL_KLIENT),
    C("pl", 3, "health", "Pani Zofia Wiśniewska bierze warfarynę i lekarz dopisał jej antybiotyk klarytromycynę. Czy opiekunka może podać obie dawki wieczorem razem?", sys=PL_URZAD),
    C("pl", 3, "", "Przygotuj treść decyzji administracyjnej odmawiającej przyznania zasiłku celowego, z podstawą prawną i pouczeniem o odwołaniu.", hist=[("Jakie są podstawowe warunki zasiłku celowego?", "Zasiłek celowy przyznaje się na zaspokojenie niezbędnej potrzeby bytowej, gdy dochód osoby lub rodziny nie przekracza kryterium dochodowego; w szczególnych przypadkach także powyżej kryterium.")]),
    C("pl", 1, "", "Przepisz tekst z tego zdjęcia ogłoszenia z klatki schodowej i przetłumacz go na ukraiński dla mieszkańców.", image="https://zgloszenia.uml.lodz.pl/2026/11/og-4471.jpg"),
]
