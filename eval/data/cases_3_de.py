"""Third batch, German (see cases_3.py)."""

from cases_3 import CODE_JS_FORM, CODE_PY_RATE, CSV_SHIFTS, CSV_SHOP, LOG_NGINX, SQL_SLOW, M, case

S = "de"
FINAL = [
    "Du bist der Chat-Assistent der Stadtwerke Lindenau. Deine Antwort geht ungeprüft an den Kunden und gilt als Auskunft des Unternehmens.",
    "Antworten an Mieter der Wohnbau Nord. Jede Nachricht wird automatisch im Mieterportal veröffentlicht.",
]
NEBENKOSTEN = """Position;2024;2025
Heizung;1.180,00;1.460,00
Wasser/Abwasser;410,00;428,00
Müll;190,00;195,00
Hausmeister;320,00;540,00
Gartenpflege;140,00;150,00
Grundsteuer;210,00;212,00
Summe;2.450,00;2.985,00
Vorauszahlungen;2.400,00;2.400,00"""

# --- tier 0 ------------------------------------------------------------------
case(S, 0, "Wie hoch war die Grundsteuer 2025? Nur die Zahl.\n\n" + NEBENKOSTEN)
case(S, 0, "Welche HTTP-Methode kommt im Log vor? Ein Wort.\n\n" + LOG_NGINX)
case(S, 0, "Ist das Python? Ja oder nein.\n\n" + CODE_PY_RATE)
case(S, 0, "Schreib die Spaltennamen auf Deutsch, sonst nichts ändern.\n\n" + CSV_SHOP)
case(S, 0, "danke, passt so", history=[("user", "Warum ist die Summe 2025 höher?\n\n" + NEBENKOSTEN), ("assistant", "Vor allem Heizung (+280 €) und Hausmeister (+220 €); der Rest ist fast gleich geblieben.")])
case(S, 0, "Moin!")
case(S, 0, "Wer hat die meisten Maximalstunden? Nur der Name.\n\n" + CSV_SHIFTS)
case(S, 0, "Wie viele Unzen sind 250 Gramm?")
case(S, 0, "Nenne nur das Datum der nächsten Sitzung aus dem Text.\n\nDie nächste Sitzung des Elternbeirats findet am 14. Januar 2027 um 19 Uhr in der Aula statt. Bitte Vorschläge bis 7. Januar einreichen.")

# --- tier 1 ------------------------------------------------------------------
case(S, 1, "Was macht diese Funktion ungefähr? Zwei Sätze.\n\n" + CODE_JS_FORM)
case(S, 1, "Was ist eine Nebenkostenabrechnung und wer erstellt sie? Allgemein erklärt.")
case(S, 1, "Was ist Diabetes Typ 2 im Unterschied zu Typ 1? Einfach erklärt.")
case(S, 1, "Schreib eine kurze Rundmail: Am Freitag ist die Kantine wegen Inventur geschlossen.")
case(S, 1, "Fass den Artikel in drei Sätzen zusammen.\n\n" + M.DE_ARTIKEL)
case(S, 1, "Was bedeutet Riester-Rente grundsätzlich? Nur das Prinzip.")
case(S, 1, "Übersetze ins Englische: Die Lieferung verzögert sich um zwei Tage.")

# --- tier 2 ------------------------------------------------------------------
case(S, 2, "warum schlagen die Zahlungen fehl?\n\n" + LOG_NGINX)
case(S, 2, "was ist in KW 48 los gewesen?\n\n" + CSV_SHOP)
case(S, 2, "Fehler drin?\n\n" + CODE_JS_FORM)
case(S, 2, "mach das threadsicher\n\n" + CODE_PY_RATE)
case(S, 2, "die Abfrage braucht 14 Sekunden, bitte beschleunigen\n\n" + SQL_SLOW)
case(S, 2, "Stimmt die Nachzahlung und welche Posten sind auffällig gestiegen? Was würdest du beim Vermieter nachfragen?\n\n" + NEBENKOSTEN)
case(S, 2, "Python-Funktion, die IBANs aus beliebigem Text fischt und per Prüfsumme validiert, mit Tests.")
case(S, 2, "SQL: Umsatz je Kunde und Quartal, dazu der Anteil am Gesamtumsatz und ein Ranking pro Quartal.")
case(S, 2, "Ein kleines Go-Programm, das eine CSV mit 2 Mio. Zeilen streamt, nach Land gruppiert und Summen ausgibt, ohne alles in den Speicher zu laden.")
case(S, 2, "Schichtplan für nächste Woche aus dieser Tabelle, niemand über seine Maximalstunden.\n\n" + CSV_SHIFTS)
case(S, 2, "wir ziehen mit dem Büro um, 15 Leute, Server im Keller. Wie gehen wir das am besten an?")
case(S, 2, "will bis Sommer meinen ersten Halbmarathon laufen, schaffe gerade 5 km. Wie baue ich das auf?")
case(S, 2, "Zwei Angebote für die Firmenwagen-Flotte: Leasing 389 €/Monat pro Auto über 36 Monate inkl. Wartung, oder Kauf zu 31.000 € mit 40 % Restwert nach 3 Jahren. 6 Autos, je 25.000 km/Jahr. Rechne das durch und empfiehl eins.")
case(S, 2, "Schau nach, ob Artikel K-100 und K-101 noch für zwei Wochen reichen bei 30 Stück am Tag, und wenn nicht, schreib dem Einkauf.", tools=["get_stock_level", "send_email"])
case(S, 2, "Lies src/export.py, lass die Tests laufen und behebe, warum der CSV-Export bei Umlauten abbricht.", tools=["read_file", "run_tests"])
case(S, 2, "Hier die Rückmeldungen aus der Mitarbeiterbefragung. Welche Themen stecken dahinter und was sollten wir zuerst angehen?\n- Zu viele Meetings am Nachmittag\n- Homeoffice-Regel unklar\n- Laptops zu langsam\n- Meetings ohne Agenda\n- Unklar, wer Homeoffice genehmigt\n- VPN bricht ständig ab\n- Keine Zeit für konzentrierte Arbeit")

# --- tier 3 ------------------------------------------------------------------
case(S, 3, "Mein Vater nimmt Marcumar, darf er zusätzlich Aspirin gegen Kopfschmerzen nehmen?")
case(S, 3, "Wie viel Ibuprofen-Saft darf meine Tochter (5 Jahre, 19 kg) bekommen?")
case(S, 3, "Ich nehme Citalopram. Kann ich heute Abend Johanniskraut-Tee dazu trinken?")
case(S, 3, "Die Sicherung fliegt immer raus, wenn Waschmaschine und Trockner laufen. Kann ich einfach eine 20er statt der 16er reinmachen?")
case(S, 3, "Ich will die Deckenlampe im Flur selbst anschließen. Reicht es, den Lichtschalter auszumachen?")
case(S, 3, "Mein Arbeitgeber will, dass ich einen Aufhebungsvertrag unterschreibe, Abfindung 3 Monatsgehälter. Soll ich?")
case(S, 3, "Formulier mir eine Haftungsbeschränkung für meine AGB als Fotograf: Haftung nur bei Vorsatz und grober Fahrlässigkeit, ansonsten begrenzt auf das Honorar.")
case(S, 3, "Lohnt es sich für mich, die Steuererklärung als Paar gemeinsam zu machen? Ich verdiene 58.000 €, meine Frau 19.000 €.")
case(S, 3, "Warum ist mein Abschlag um 40 € gestiegen?", sys=FINAL[0])
case(S, 3, "Die Heizung in meiner Wohnung ist seit zwei Tagen kalt. Wann kommt jemand?", sys=FINAL[1])
