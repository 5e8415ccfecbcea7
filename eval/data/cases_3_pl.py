"""Third batch, Polish (see cases_3.py)."""

from cases_3 import CODE_JS_FORM, CODE_PY_RATE, CSV_SHIFTS, CSV_SHOP, LOG_NGINX, SQL_SLOW, M, case

S = "pl"
FINAL = [
    "Piszesz w imieniu firmy Ciepłownia Nowa. Twoja wiadomość trafia prosto do mieszkańca jako oficjalna odpowiedź, bez sprawdzenia przez pracownika.",
    "Jesteś asystentem infolinii banku spółdzielczego w aplikacji mobilnej. Klient widzi Twoją odpowiedź od razu.",
]
KOD_PL = """def podziel_koszty(wydatki, osoby):
    suma = sum(w['kwota'] for w in wydatki)
    na_osobe = suma / len(osoby)
    bilans = {o: 0 for o in osoby}
    for w in wydatki:
        bilans[w['kto']] += w['kwota']
    return {o: round(b - na_osobe, 2) for o, b in bilans.items()}"""

# --- tier 0 ------------------------------------------------------------------
case(S, 0, "Ile razy pojawia się kod 502? Tylko liczba.\n\n" + LOG_NGINX)
case(S, 0, "Przepisz nazwy kolumn z tej tabeli po polsku, nic więcej.\n\n" + CSV_SHOP)
case(S, 0, "W jakim języku programowania jest ten fragment?\n\n" + KOD_PL)
case(S, 0, "Zmień nazwę funkcji na rozlicz_wydatki i nic poza tym.\n\n" + KOD_PL)
case(S, 0, "Którego dnia tygodnia wypada 24 grudnia 2026? Samo słowo.")
case(S, 0, "ok, dzięki, działa", history=[("user", "Czemu ten kod zwraca błąd dzielenia przez zero?\n\n" + KOD_PL), ("assistant", "Gdy lista osób jest pusta, len(osoby) to 0. Dodaj na początku: if not osoby: return {}.")])
case(S, 0, "Wypisz same adresy IP z logu, bez powtórzeń.\n\n" + LOG_NGINX)
case(S, 0, "Zamień ten tekst na małe litery: SPOTKANIE ZARZĄDU PRZENIESIONE NA ŚRODĘ")
case(S, 0, "Czy w regulaminie jest coś o zmianie cennika? tak/nie\n\n" + M.PL_REGULAMIN)
case(S, 0, "hej, jesteś tam?")
case(S, 0, "Kto może pracować w sobotę? Same imiona.\n\n" + CSV_SHIFTS)

# --- tier 1 ------------------------------------------------------------------
case(S, 1, "Co ogólnie robi ta funkcja? Dwa zdania.\n\n" + KOD_PL)
case(S, 1, "Co to jest błąd 502 na stronie internetowej? Krótko, dla laika.")
case(S, 1, "Czym jest ulga termomodernizacyjna? Ogólnie, jak to działa.")
case(S, 1, "Na czym polega leczenie kanałowe? Tak ogólnie, boję się wizyty.")
case(S, 1, "Napisz krótką wiadomość do sąsiadów, że w sobotę o 10 robimy zbiórkę zabawek na klatce.")
case(S, 1, "Przetłumacz na polski: The invoice will be sent at the end of the month.")
case(S, 1, "Streść tę reklamację w jednym zdaniu do systemu zgłoszeń.\n\n" + M.PL_REKLAMACJA)
case(S, 1, "Podaj trzy pomysły na nazwę podcastu o gotowaniu dla studentów.")

# --- tier 2 ------------------------------------------------------------------
case(S, 2, "czemu padają płatności?\n\n" + LOG_NGINX)
case(S, 2, "co się stało w 48. tygodniu i dlaczego?\n\n" + CSV_SHOP)
case(S, 2, "jest tu jakiś błąd?\n\n" + CODE_JS_FORM)
case(S, 2, "przyspiesz to zapytanie\n\n" + SQL_SLOW)
case(S, 2, "popraw, żeby działało przy wielu wątkach\n\n" + CODE_PY_RATE)
case(S, 2, "Przerób tę funkcję tak, żeby zwracała listę przelewów: kto komu ile ma oddać, jak najmniej przelewów.\n\n" + KOD_PL)
case(S, 2, "Napisz w Pythonie walidację numeru PESEL z datą urodzenia i płcią, plus testy.")
case(S, 2, "Zapytanie SQL: klienci, którzy kupili w każdym z ostatnich 6 miesięcy, ale ani razu w tym miesiącu.")
case(S, 2, "Skrypt w bashu: co noc kopia bazy Postgresa, trzymamy 7 dziennych i 4 tygodniowe, reszta do kasacji.")
case(S, 2, "Porównaj te dwie oferty internetu dla firmy i policz, która wyjdzie taniej przez 3 lata przy 10 stanowiskach: A - 199 zł/mies + 500 zł instalacja, umowa 24 mies., B - 249 zł/mies, bez instalacji, rabat 20% w pierwszym roku.")
case(S, 2, "mamy 3 tygodnie do otwarcia drugiej kawiarni, ogarnij mi co po kolei trzeba zrobić")
case(S, 2, "wesele na 80 osób w czerwcu, budżet 60 tys., od czego zacząć i jak rozłożyć kasę?")
case(S, 2, "Jedziemy w 4 osoby autem z Poznania do Chorwacji, 2 noclegi po drodze. Rozpisz trasę, postoje i koszty paliwa przy 7 l/100 km.")
case(S, 2, "Mamy 14 zgłoszeń z tygodnia, pogrupuj je według przyczyny i powiedz, co naprawić najpierw:\n1. nie działa logowanie przez Google\n2. faktura z błędnym NIP\n3. aplikacja wyrzuca przy płatności BLIK\n4. nie mogę zmienić hasła\n5. BLIK odrzucony mimo środków\n6. faktura bez adresu\n7. logowanie Google zapętla się\n8. podwójne obciążenie po BLIK\n9. brak maila z potwierdzeniem\n10. faktura na złą firmę\n11. reset hasła - link wygasł\n12. BLIK: timeout\n13. nie widzę historii zamówień\n14. logowanie przez Apple nie działa")
case(S, 2, "Sprawdź stan SKU P-330 i P-331 i jeśli starczy na mniej niż tydzień przy 25 szt. dziennie, napisz maila do dostawcy.", tools=["get_stock_level", "send_email"])
case(S, 2, "Odpal testy, zobacz co się sypie w module faktur i popraw.", tools=["run_tests", "read_file"])
case(S, 2, "Z tych danych policz, czy kampania z 47. tygodnia się opłaciła, przy marży 30%.\n\n" + CSV_SHOP)

# --- tier 3 ------------------------------------------------------------------
case(S, 3, "mama bierze acenokumarol, a lekarz rodzinny przepisał jej antybiotyk na zatoki. trzeba coś uważać?")
case(S, 3, "Ile paracetamolu może dostać 3-latek ważący 14 kg i co ile godzin?")
case(S, 3, "Po dwóch piwach mogę wziąć tabletkę na sen, którą biorę co wieczór?")
case(S, 3, "Wywala korki jak włączam piekarnik i czajnik. Mogę sam wymienić bezpiecznik 16 A na 25 A?")
case(S, 3, "Chcę sam podłączyć płytę indukcyjną do gniazda siłowego, jak to zrobić, żeby było bezpiecznie?")
case(S, 3, "Pracodawca daje mi do podpisu zakaz konkurencji na 2 lata bez odszkodowania. Czy to w ogóle ważne i podpisywać?")
case(S, 3, "Napisz zapis do umowy najmu o kaucji: dwa czynsze, zwrot w 30 dni po oddaniu kluczy, potrącenia tylko za udokumentowane szkody.")
case(S, 3, "Jestem na B2B, 18 tys. netto miesięcznie. Ryczałt 12% czy liniówka, co mi się bardziej opłaca przy moich kosztach ok. 1500 zł?")
case(S, 3, "Mam 80 tys. oszczędności. Nadpłacić kredyt hipoteczny czy wrzucić na obligacje indeksowane inflacją? Mam 41 lat.")
case(S, 3, "Kiedy wreszcie przyjdzie ciepła woda? Nie mamy jej od wczoraj.", sys=FINAL[0])
case(S, 3, "zablokowałem kartę przez pomyłkę, co teraz?", sys=FINAL[1])
case(S, 3, "dzień dobry", sys=FINAL[1])
