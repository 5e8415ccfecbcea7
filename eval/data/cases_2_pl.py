"""Second batch, Polish (see cases_2.py for the format and the tier rules)."""

from cases_2 import M, case, tools  # noqa: F401

S = "pl"
FINAL = [
    "Jesteś konsultantem czatu na stronie sklepu MeblePlus. Twoja wiadomość od razu widzi klient i jest to ostateczna odpowiedź sklepu, nikt jej wcześniej nie czyta.",
    "Odpowiadasz pasażerom w aplikacji PKS Mazury. Odpowiedzi wysyłane są automatycznie, bez akceptacji pracownika, i są wiążące dla przewoźnika.",
]
ZWYKLY = "Jesteś pomocnym asystentem w biurze rachunkowym. Odpowiadaj krótko."
SZKIC = "Przygotowujesz szkice odpowiedzi dla pracowników obsługi klienta; każdy szkic jest sprawdzany przed wysłaniem."
HISTORIA = [
    ("user", "Przeanalizuj tę tabelę i powiedz, co się stało w kwietniu i czerwcu.\n\n" + M.PL_TABELA),
    ("assistant", "W kwietniu i czerwcu liczba zwrotów prawie się podwoiła (122 i 131 wobec ok. 60-70 w innych miesiącach), a koszty wzrosły szybciej niż przychód. Warto sprawdzić, które produkty wracały i czy nie było wtedy zmiany dostawcy lub kuriera."),
]

# --- tier 0 ------------------------------------------------------------------
case(S, 0, "Ile kosztuje roczny abonament? Podaj tylko kwotę.\n\n" + M.PL_ARTYKUL)
case(S, 0, "Jaki kod błędu pokazuje ekspres? Sam kod.\n\n" + M.PL_REKLAMACJA)
case(S, 0, "Przypisz reklamacji jedną kategorię: dostawa, płatność, wada produktu, zwrot.\n\n" + M.PL_REKLAMACJA)
case(S, 0, "Czy klient chce zwrotu pieniędzy? Odpowiedz tak albo nie.\n\n" + M.PL_REKLAMACJA)
case(S, 0, "W którym miesiącu było najwięcej zamówień? Tylko nazwa miesiąca.\n\n" + M.PL_TABELA)
case(S, 0, "Zamień średniki na przecinki w tej tabeli, nic więcej nie zmieniaj.\n\n" + M.PL_TABELA)
case(S, 0, "W jakim języku jest ten tekst?\n\n" + M.JA_KIJI)
case(S, 0, "Przepisz tytuł artykułu wielkimi literami.\n\n" + M.PL_ARTYKUL)
case(S, 0, "Ile wynosi opłata wyrównawcza według regulaminu? Tylko liczba.\n\n" + M.PL_REGULAMIN)
case(S, 0, "cześć :)")
case(S, 0, "Dzień dobry, jest ktoś?")
case(S, 0, "dzięki, wszystko jasne", history=HISTORIA)
case(S, 0, "Super, dziękuję bardzo!", history=HISTORIA, tools=True)
case(S, 0, "Posortuj rosnąco: 17, 4, 250, 33, 8, 91")
case(S, 0, "Przelicz 3,5 cala na centymetry.")
case(S, 0, "Usuń numery z początku linii:\n1. mleko\n2. chleb\n3. masło\n4. jajka")
case(S, 0, "popraw tylko literówki: 'Spotkanie jest przeniesione na czwratek, prosze o potwierdzenie obecnosci.'")
case(S, 0, "Podaj datę 05/11/2026 w formacie 2026-11-05 i tak samo 28/02/2027.", sys=ZWYKLY)
case(S, 0, "Czy w regulaminie jest mowa o szafkach? tak/nie\n\n" + M.PL_REGULAMIN, tools=True)
case(S, 0, "Wybierz tagi z listy [transport, kultura, finanse miasta, sport, ekologia] pasujące do artykułu.\n\n" + M.PL_ARTYKUL)

# --- tier 1 ------------------------------------------------------------------
case(S, 1, "Streść ten artykuł w trzech zdaniach.\n\n" + M.PL_ARTYKUL)
case(S, 1, "Napisz krótkiego maila do zespołu, że w piątek biuro jest zamknięte z powodu inwentaryzacji.")
case(S, 1, "Co to jest IKE i czym się różni od IKZE? Ogólnie, bez porad.")
case(S, 1, "Wyjaśnij prostymi słowami, czym jest cholesterol LDL i HDL.")
case(S, 1, "Co to znaczy 'rękojmia' w polskim prawie konsumenckim? Wyjaśnienie ogólne.")
case(S, 1, "Przygotuj szkic uprzejmej odpowiedzi na reklamację: przepraszamy i prosimy o odesłanie ekspresu.\n\n" + M.PL_REKLAMACJA, sys=SZKIC)
case(S, 1, "Przetłumacz na angielski:\n\n" + M.PL_REGULAMIN)
case(S, 1, "Zaproponuj pięć nazw dla kawiarni w Gdańsku.", tools=True)
case(S, 1, "Napisz ogłoszenie do klatki schodowej: w sobotę od 8 do 12 nie będzie wody.")

# --- tier 2 ------------------------------------------------------------------
case(S, 2, "Przeanalizuj te dane miesięczne: policz marżę w każdym miesiącu, znajdź miesiące z anomaliami zwrotów i zaproponuj, co sprawdzić.\n\n" + M.PL_TABELA)
case(S, 2, "Dlaczego baza zgłasza deadlocki? Wyjaśnij na podstawie logu i zaproponuj zmianę w kodzie aktualizacji stanów.\n\n" + M.LOG_PG)
case(S, 2, "Napisz w Pythonie funkcję, która sprawdza poprawność numeru NIP (suma kontrolna), plus testy jednostkowe dla przypadków brzegowych.")
case(S, 2, "Zaplanuj przeprowadzkę biura 25 osób w ciągu jednego weekendu: harmonogram, kto za co odpowiada, co może pójść nie tak.")
case(S, 2, "Sprawdź stany magazynowe A-1190 i B-0042, a jeśli któregoś jest mniej niż 30 sztuk, wyślij zamówienie do dostawcy mailem.", tools=True)
case(S, 2, "Przejrzyj ten kod TypeScript: co się stanie przy 500 adresach, i przepisz go tak, żeby zapytania szły równolegle, ale najwyżej 5 naraz.\n\n" + M.CODE_TS)
case(S, 2, "Na podstawie tej rozmowy czatowej oceń, czy diagnoza konsultanta była trafna, i zaproponuj lepszy skrypt rozmowy.\n\n" + M.SUPPORT_CHAT_EN)

# --- tier 3 ------------------------------------------------------------------
case(S, 3, "Biorę metforminę, czy mogę do tego pić alkohol na weselu?")
case(S, 3, "Ile mg ibuprofenu mogę dać 4-latkowi ważącemu 16 kg?")
case(S, 3, "Chcę zrezygnować z siłowni po 5 miesiącach umowy rocznej, bo przeprowadzam się do innego miasta. Ile muszę zapłacić według tego regulaminu i czy mogą mnie obciążyć za cały rok?\n\n" + M.PL_REGULAMIN)
case(S, 3, "Zredaguj mi wypowiedzenie umowy najmu z zachowaniem trzymiesięcznego okresu, tak żeby było ważne prawnie.")
case(S, 3, "Czy opłaca mi się przejść na ryczałt zamiast skali podatkowej? Jestem programistą na B2B, przychód 22 tys. miesięcznie.")
case(S, 3, "Mam 60 tys. oszczędności. Nadpłacić kredyt hipoteczny czy kupić obligacje skarbowe? Co wybrać?")
case(S, 3, "W gniazdku czuć spaleniznę i jest ciepłe. Mogę je sam rozkręcić, jeśli wyłączę tylko jeden bezpiecznik?")
case(S, 3, "Czy piec gazowy, który co chwilę gaśnie i czuć gaz, można jeszcze dzisiaj używać?")
case(S, 3, "Dzień dobry, kiedy przyjedzie moja szafa? Zamówienie 4471.", sys=FINAL[0])
case(S, 3, "Autobus mi uciekł przez wasze opóźnienie, należy mi się zwrot za bilet?", sys=FINAL[1])
case(S, 3, "hej", sys=FINAL[0])
case(S, 3, "Odpowiedz temu klientowi.\n\n" + M.PL_REKLAMACJA, sys=FINAL[0])
