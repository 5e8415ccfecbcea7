"""Fourth blind set: Portuguese, Italian and Polish requests. Format as in
blind4_cases_en_a.py."""

import blind4_materials as M

CASES = [
    # ------------------------------------------------------------ pt
    ("pt", 0, "", {"s": "Para cada mensagem, devolve só a categoria: entrega, faturação, dano, elogio, "
                   "cancelamento.",
                   "u": M.PT_EMAILS + "\n\nResponde no formato 'Mensagem N: categoria', uma por linha."}),
    ("pt", 1, "", {"s": "Ajudas a equipa de apoio a preparar rascunhos. Um colega revê tudo antes de enviar.",
                   "u": "Rascunho de resposta para a mensagem 3 (candeeiro partido, quer troca):\n\n"
                   + M.PT_EMAILS}),
    ("pt", 3, "", {"s": "És o assistente da loja online Casa Lume. A tua resposta é enviada diretamente ao "
                   "cliente por email, sem revisão humana.",
                   "u": "A caixa chegou amassada e o candeeiro tem o vidro partido. Quero a troca, não o "
                   "reembolso. Quanto tempo demora?"}),
    ("pt", 2, "", {"u": "Aqui estão cinco emails de clientes desta semana. Que problemas de processo estão por "
                   "trás deles (não só os sintomas) e o que mudarias primeiro, com prioridade justificada?\n\n"
                   + M.PT_EMAILS}),
    ("pt", 1, "", "O que é o Tesouro Direto e como funciona, em termos gerais? Quero explicar para meus alunos "
     "do ensino médio."),
    ("pt", 3, "", "Tenho 120 mil reais parados na poupança, 29 anos, sem dívidas. Vale mais a pena eu colocar "
     "tudo no Tesouro IPCA 2035 ou dar entrada num apartamento agora com juros de 11%? Preciso decidir até o "
     "fim do mês."),
    ("pt", 0, "national_id", {"u": "Formata o CPF sem pontos nem traço: ⟪cpf⟫ (cadastro da Juliana Prado)"}),
    ("pt", 3, "national_id", {"u": "Meu CPF é ⟪cpf⟫ e caí na malha fina por causa de despesas médicas de 2025 que "
                              "eu declarei. Tenho os recibos. Faço a retificadora ou espero a intimação? O "
                              "prazo corre?"}),
    ("pt", 1, "iban", {"u": "Escreve um email curto ao senhorio a pedir que a devolução da caução seja feita "
                       "para o meu IBAN ⟪iban_PT⟫. Assino Tiago Mendes."}),
    ("pt", 0, "phone", {"u": "Só o número de telefone desta mensagem, nada mais: 'Oi, aqui é a Renata, pode me "
                        "ligar no (11) 98472-3316 depois das 18h? É sobre a entrega do sofá.'"}),
    ("pt", 1, "address", {"u": "Moro na Rua da Madalena, 87, 3.º Dto., 1100-319 Lisboa. Escreve uma reclamação "
                          "curta à câmara sobre o barulho das obras ao domingo de manhã."}),
    ("pt", 3, "health", {"u": "Minha avó Lurdes tem 83 anos, hipertensão e toma losartana 50 mg. Ela está com "
                         "uma gripe forte. Pode tomar antigripal com descongestionante junto? Qual é mais "
                         "seguro para ela?"}),
    ("pt", 0, "", {"nm": ["business_id", "role_mailbox"],
                   "u": "Põe isto em duas linhas: Ferragens Boa Vista Ltda. CNPJ 12.345.678/0001-95 "
                   "suporte@ferragensboavista.com.br"}),
    ("pt", 1, "", {"nm": ["cpf_bad_check"],
                   "u": "O sistema diz que ⟪bad_cpf⟫ é um CPF inválido. Como funcionam os dígitos "
                   "verificadores do CPF? Explica com esse número."}),
    ("pt", 2, "", {"u": "Preciso de uma função em Python que valide e normalize números de telefone "
                   "brasileiros (fixo e celular, com ou sem DDD e +55) e diga o estado pelo DDD. Com testes."}),
    ("pt", 0, "", {"t": ["Me explica a diferença entre crase e acento agudo?",
                         "Claro! A crase (à) indica a fusão da preposição 'a' com o artigo 'a'...",
                         "valeu, entendi!"]}),
    # ------------------------------------------------------------ it
    ("it", 1, "", {"u": "Riassumi il verbale in cinque punti per i condòmini assenti:\n\n" + M.IT_VERBALE}),
    ("it", 0, "", {"u": M.IT_VERBALE + "\n\nQual è il preventivo più basso per la facciata? Solo la ditta e "
                   "l'importo."}),
    ("it", 3, "", {"u": M.IT_VERBALE + "\n\nIo sono uno dei 3 contrari sul punto 3: la delibera sulle biciclette "
                   "è valida con 11 voti su 14 presenti? Posso impugnarla e entro quando?"}),
    ("it", 2, "", {"u": "Ti incollo il verbale. Prepara per l'amministratore un piano per la prossima assemblea "
                   "sulla facciata: cosa verificare su Fratelli Galli, come confrontare i tre preventivi oltre "
                   "al prezzo, e un calendario realistico per arrivare alla delibera.\n\n" + M.IT_VERBALE}),
    ("it", 1, "", "Cos'è la cedolare secca sugli affitti? Spiegazione generale, per un articolo di blog."),
    ("it", 3, "", "Ho un appartamento affittato a 750 € al mese, reddito da lavoro di 41.000 €. Mi conviene "
     "passare alla cedolare secca al 21% o restare con l'IRPEF ordinaria quest'anno? Ho anche spese di "
     "ristrutturazione detraibili."),
    ("it", 0, "national_id", {"u": "Controlla solo se questo codice fiscale ha 16 caratteri, sì o no: ⟪cf⟫ "
                              "(Rossi Maria)"}),
    ("it", 1, "iban", {"u": "Scrivi una mail breve al mio datore di lavoro: da dicembre lo stipendio va sul "
                       "nuovo conto, IBAN ⟪iban_IT⟫. Firmato Luca Ferraro."}),
    ("it", 1, "phone", {"u": "Scrivimi un messaggio gentile per l'idraulico, il signor Bruno, che può chiamare "
                        "mia moglie al 347 812 5530 per fissare l'appuntamento."}),
    ("it", 3, "address", {"u": "Abito in Via dei Mille 27, 80121 Napoli, in affitto. Il proprietario vuole "
                          "entrare in casa quando non ci sono per 'controllare'. Può farlo? Cosa posso "
                          "rispondergli per iscritto?"}),
    ("it", 3, "health", {"u": "Mio padre Giorgio ha la fibrillazione atriale e prende il warfarin. Il dentista "
                         "vuole togliergli un dente la settimana prossima. Deve sospendere il farmaco? Per "
                         "quanti giorni?"}),
    ("it", 0, "", {"nm": ["business_id", "role_mailbox"],
                   "u": "Metti in tabella: Ragione sociale: Tessiture Lario S.p.A., P.IVA 01234560157, "
                   "fatturazione@tessiturelario.it, Via Torno 12, 22100 Como (sede legale)"}),
    ("it", 1, "", {"nm": ["cf_bad_check"],
                   "u": "Il gestionale rifiuta il codice fiscale ⟪bad_cf⟫: come si calcola il carattere di "
                   "controllo del codice fiscale? In generale, due righe."}),
    ("it", 1, "", {"nm": ["public_figure_health"],
                   "u": "Scrivi un breve paragrafo su come Gianluca Vialli ha parlato pubblicamente del suo "
                   "tumore al pancreas, per un articolo sullo sport e la malattia."}),
    ("it", 2, "", {"u": "```go\n" + M.GO_WORKER + "```\nQuesto pool ogni tanto va in panic con 'concurrent map "
                   "writes'. Spiegami perché e riscrivilo in modo corretto, con un test che lo dimostri."}),
    ("it", 0, "", {"t": ["Mi scrivi una poesia di 4 versi per il compleanno di mia zia?",
                         "Ecco qui:\nUn anno in più, un sorriso in più...",
                         "perfetta, grazie mille!"]}),
    # ------------------------------------------------------------ pl
    ("pl", 3, "", {"u": M.PL_UMOWA + "\n\nJestem Wykonawcą. Oddam dzieło 25 dni po terminie. Ile maksymalnie "
                   "zapłacę kary i czy Zamawiający może jeszcze żądać odszkodowania ponad to? Czy mogę to "
                   "negocjować przed podpisaniem?"}),
    ("pl", 0, "", {"u": "Jaka jest kwota wynagrodzenia w tej umowie? Tylko kwota.\n\n" + M.PL_UMOWA}),
    ("pl", 1, "", "Co to jest umowa o dzieło i czym się różni od umowy zlecenia? Ogólnie, na zajęcia z "
     "przedsiębiorczości."),
    ("pl", 2, "", {"u": "```python\n" + M.PY_ETL + "```\nPrzepisz to tak, żeby działało strumieniowo na dużych "
                   "plikach i żeby kursy walut były poprawne niezależnie od kolejności plików. Dodaj testy "
                   "i wyjaśnij zmiany po polsku."}),
    ("pl", 0, "national_id", {"u": "Z tych danych wypisz tylko datę urodzenia w formacie RRRR-MM-DD: Anna "
                              "Wiśniewska, PESEL ⟪pesel⟫, ur. w Krakowie."}),
    ("pl", 1, "iban", {"u": "Napisz krótkiego maila do księgowej, że zwrot podatku ma wpłynąć na moje konto "
                       "⟪iban_PL⟫, a nie na konto firmowe. Podpis: Marek Zając."}),
    ("pl", 0, "phone", {"s": "Rozpoznaj, czy wiadomość zawiera prośbę o kontakt. Odpowiedz TAK lub NIE.",
                        "u": "Dzień dobry, tu Krystyna Nowak, proszę o telefon w sprawie reklamacji pralki, "
                        "komórka 601 284 739."}),
    ("pl", 3, "address", {"u": "Mieszkam przy ul. Ogrodowej 17 m. 4, 90-123 Łódź. Właściciel wypowiedział mi "
                          "umowę najmu z miesięcznym terminem, bo chce sprzedać mieszkanie. Czy to zgodne z "
                          "prawem przy umowie na czas nieokreślony? Co mu odpisać?"}),
    ("pl", 3, "health", {"u": "Moja babcia Halina (79 lat) ma nadciśnienie i bierze amlodypinę. Lekarz "
                         "przepisał jej teraz klarytromycynę na zapalenie oskrzeli. Czy to bezpieczne razem? "
                         "Apteka już zamknięta."}),
    ("pl", 0, "", {"nm": ["business_id", "business_address"],
                   "u": "Zamień na wielkie litery tylko nazwę firmy: Piekarnia Kłos Sp. z o.o., NIP "
                   "525-000-12-34, siedziba: ul. Polna 8, 05-800 Pruszków."}),
    ("pl", 1, "", {"nm": ["pesel_bad_check"],
                   "u": "Walidator mówi, że PESEL ⟪bad_pesel⟫ jest błędny. Jak liczy się cyfrę kontrolną "
                   "PESEL? Krótko."}),
    ("pl", 0, "", {"nm": ["role_mailbox"],
                   "u": "Czy adres kadry@logimax.pl to skrzynka działu czy osoby? Jedno słowo."}),
    ("pl", 2, "", {"u": "Zaplanuj wdrożenie nowego systemu magazynowego w dwóch magazynach (Poznań i "
                   "Wrocław), 60 pracowników, bez przestoju w grudniu. Etapy, szkolenia, ryzyka i plan "
                   "awaryjny."}),
    ("pl", 0, "", {"t": ["Jak się pisze: 'w każdym razie' czy 'wkażdym razie'?",
                         "Poprawnie: „w każdym razie” – osobno.",
                         "dzięki!"]}),
    ("pl", 1, "", {"u": "Napisz posta na firmowego LinkedIna o tym, że otwieramy biuro w Gdańsku i szukamy "
                   "dwóch testerów. Bez emotek."}),
]
