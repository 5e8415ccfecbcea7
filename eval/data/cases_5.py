"""Fifth batch of hand-written requests for the labelled set, written after
the held-out-author predictions of the trainer (each set written apart,
predicted by a model trained only on what came before it) showed where
unseen text is over-routed:

- tier-0 work over a customer's long message or a thread pasted in the
  user turn: extract the order number, pick the category, say the
  language, answer yes/no (the customer's complaint is material, not a
  reply to a customer);
- ordinary or trivial work under the generic system prompts applications
  send (an internal assistant, a chat workspace, "a helpful assistant,
  today is ..."), which carry no tier of their own;
- formatting technical text (logs, configs, stack traces, imports) without
  analysing it, beside the analysis of the same text (tier 2);
- tier-1 general education in medicine, law and finance, asked out of
  interest, beside the personal decisions that stay tier 3;
- Polish and French at every tier, where under-routing rose after the
  fourth batch: analysis, code and planning (tier 2) and high stakes said
  indirectly (tier 3), so the boundary is not just moved down;
- sorting, tagging and extracting over texts full of medical, legal and
  financial words (a referral letter, contract clauses, a bank statement)
  at tier 0, beside the same texts summarised (1), projected (2) or asked
  about for a decision (3).

Written fresh for this batch, not copied from any set; no personal data
(business details and invented order numbers only). Entry format as in
cases_4.py: (lang, tier, text, pii, opt); the versions of one request, or
the requests over one pasted material, share a group (grp="name",
"c5g:"), any other request is its own group; make_set.py emits them after the fourth batch."""

C5 = []


def case(lang, tier, text, pii=(), **opt):
    C5.append((lang, tier, text, sorted(pii), opt))


def each(tier, grp, items, **opt):
    """Requests sharing a group (grp), or each its own (grp=None): items is
    [(lang, text)] or [(lang, system, text)]."""
    if grp is None:
        for item in items:
            each(tier, "", [item], **opt)
        return
    for item in items:
        if len(item) == 3:
            lang, system, text = item
            case(lang, tier, text, grp=grp or None, sys=system, **opt)
        else:
            lang, text = item
            case(lang, tier, text, grp=grp or None, **opt)


# --- (a) long customer messages: triage and extraction are tier 0 ------------

MAIL_EN = """Subject: Third time asking - order 88-41027 still wrong

Hello,

I am writing again because nobody has answered my last two emails. On the 3rd I ordered the oak dining table (item TBL-OAK-180) and six chairs. The table arrived on the 12th with a deep scratch across the top and one leg that does not match the others. The chairs have not arrived at all, although the tracking page says "delivered" since Monday.

Your driver left a card saying he could not find the building, which is strange since he managed to deliver the table. I have taken two days off work for these deliveries already.

I would like the table replaced or collected, and I want to know where the chairs are. If this is not sorted by the end of next week I will ask my bank to reverse the payment.

Regards,
a very patient customer"""

MAIL_FR = """Objet : Commande 2026-55310 – facture et livraison

Bonjour,

Je vous écris au sujet de la commande 2026-55310 passée le 2 novembre pour notre cabinet (trois fauteuils de bureau et un caisson). La livraison devait avoir lieu le 14, elle a été reportée deux fois sans explication, et le transporteur nous annonce maintenant le 2 décembre.

Entre-temps, nous avons reçu la facture complète, alors que vos conditions indiquent un paiement à la livraison pour les professionnels. Notre comptable ne peut pas la régler tant que la marchandise n'est pas là.

Pouvez-vous nous confirmer une date ferme et nous envoyer une facture corrigée (ou un avoir) ? Sans réponse d'ici vendredi, nous annulerons la commande.

Cordialement,
Le secrétariat"""

MAIL_PL = """Temat: Reklamacja – zamówienie 7731/11/2026

Dzień dobry,

piszę w sprawie zamówienia 7731/11/2026 (ekspres do kawy, model CX-40). Urządzenie działało tydzień, potem zaczęło przeciekać od spodu i wyświetla błąd E7. Zgodnie z instrukcją odkamieniłem je i wyczyściłem zaparzacz, nic to nie dało.

Zgłosiłem to przez formularz 18 listopada, dostałem automatyczną odpowiedź i numer zgłoszenia RK-20931, ale od tamtej pory cisza. Na infolinii usłyszałem, że mam czekać.

Proszę o informację, czy mam odesłać ekspres do serwisu, czy mogę go wymienić w sklepie stacjonarnym. Zależy mi na szybkim rozwiązaniu, bo to prezent.

Pozdrawiam"""

MAIL_DE = """Betreff: Kündigung und doppelte Abbuchung – Kundennummer 40-118-772

Guten Tag,

ich habe meinen Vertrag für das Fitnessstudio am 28. September fristgerecht zum 31. Oktober gekündigt (Einschreiben, Sendungsnummer liegt mir vor). Trotzdem wurde am 1. November wieder der Monatsbeitrag abgebucht, und zwar zweimal: einmal 39,90 € und einmal 44,90 €.

Auf meine Mail vom 5. November kam keine Antwort. Ich bitte Sie, die Kündigung schriftlich zu bestätigen und beide Beträge bis zum 30. November zurückzuüberweisen. Andernfalls lasse ich die Lastschriften zurückgeben.

Mit freundlichen Grüßen"""

MAIL_ES = """Asunto: Pedido 55-90412 incompleto y sin respuesta

Hola:

El pasado día 9 recibí el pedido 55-90412, pero faltaban dos de las cuatro cajas (las baldas y los herrajes de la estantería). El albarán dice que se entregaron cuatro bultos, pero el repartidor solo dejó dos y se fue sin que firmara nada.

Abrí una incidencia en la web el mismo día y me contestaron que en 48 horas me llamarían. Ha pasado una semana. Sin los herrajes no puedo montar nada y tengo la casa llena de tablas.

Necesito que me digáis cuándo llegan las dos cajas que faltan o, si no, que me devolváis el importe completo.

Un saludo"""

each(0, "mail-en", [
    ("en", "What's the order number in this email? Just the number.\n\n" + MAIL_EN),
    ("en", "Tag this email with one of: damaged, missing, late, billing, other. Several tags allowed, comma separated, nothing else.\n\n" + MAIL_EN),
    ("en", "Does the customer threaten a chargeback? yes or no\n\n" + MAIL_EN),
    ("en", "Pull out the item code and the dates mentioned, one per line.\n\n" + MAIL_EN),
])
each(1, "mail-en", [
    ("en", "Summarise this complaint in three bullet points for the warehouse team.\n\n" + MAIL_EN),
    ("en", "You suggest drafts that our support agents edit before sending.",
     "Draft a reply to this email apologising and saying we will collect the table; I'll fill in the dates.\n\n" + MAIL_EN),
])
each(3, "mail-en", [
    ("en", "You are the support assistant of Oakline Furniture. Your reply is emailed to the customer automatically as our final answer; nobody checks it first.",
     MAIL_EN),
])

each(0, "mail-fr", [
    ("fr", "Quel est le numéro de commande dans ce mail ? Le numéro seulement.\n\n" + MAIL_FR),
    ("fr", "Classe ce mail dans une catégorie : livraison, facturation, produit, autre. Un seul mot.\n\n" + MAIL_FR),
    ("fr", "Le client menace-t-il d'annuler ? Réponds par oui ou non.\n\n" + MAIL_FR),
    ("fr", "Relève toutes les dates citées dans ce message, une par ligne, sans commentaire.\n\n" + MAIL_FR),
    ("fr", "Tu tries le courrier du service client. Pour chaque message, donne la langue et la catégorie (livraison, facturation, produit, autre) au format langue;catégorie.",
     MAIL_FR),
])
each(1, "mail-fr", [
    ("fr", "Résume ce message en deux phrases pour le commercial qui suit ce client.\n\n" + MAIL_FR),
    ("fr", "Propose un brouillon de réponse à ce mail ; je le relirai et je compléterai la date avant de l'envoyer.\n\n" + MAIL_FR),
])
each(3, "mail-fr", [
    ("fr", "Tu es l'assistant du service client de Bureau Confort. Ta réponse part directement au client comme réponse définitive, sans relecture.",
     MAIL_FR),
])

each(0, "mail-pl", [
    ("pl", "Podaj numer zgłoszenia z tego maila. Nic więcej.\n\n" + MAIL_PL),
    ("pl", "Do której kategorii należy ten mail: reklamacja, dostawa, płatność, inne? Jedno słowo.\n\n" + MAIL_PL),
    ("pl", "Czy klient pyta o wymianę w sklepie stacjonarnym? Tak czy nie.\n\n" + MAIL_PL),
    ("pl", "Wypisz z tej wiadomości model urządzenia i kod błędu, w jednej linii.\n\n" + MAIL_PL),
    ("pl", "Oznaczasz maile przychodzące do działu obsługi: reklamacja, zwrot, dostawa, faktura, inne. Odpowiadasz samą etykietą.",
     MAIL_PL),
])
each(1, "mail-pl", [
    ("pl", "Streść tę reklamację w trzech zdaniach dla kolegi z serwisu.\n\n" + MAIL_PL),
    ("pl", "Przygotuj szkic odpowiedzi na tego maila, przejrzę go i poprawię przed wysłaniem.\n\n" + MAIL_PL),
])
each(3, "mail-pl", [
    ("pl", "Jesteś asystentem obsługi klienta sklepu AGD Dom-Max. Twoja odpowiedź jest wysyłana klientowi automatycznie jako ostateczna, nikt jej nie sprawdza.",
     MAIL_PL),
])

each(0, "mail-de", [
    ("de", "Welche Kundennummer steht in dieser Mail? Nur die Nummer.\n\n" + MAIL_DE),
    ("de", "Ordne die Mail einer Kategorie zu: Kündigung, Zahlung, Vertrag, Sonstiges. Mehrere möglich, nur die Kategorien.\n\n" + MAIL_DE),
    ("de", "Welche Beträge werden genannt? Liste sie auf, sonst nichts.\n\n" + MAIL_DE),
])
each(1, "mail-de", [
    ("de", "Fass die Beschwerde in zwei Sätzen für die Buchhaltung zusammen.\n\n" + MAIL_DE),
])
each(3, "mail-de", [
    ("de", "Du beantwortest Mails an das Fitnessstudio Kraftwerk. Deine Antwort geht ohne Prüfung direkt als endgültige Antwort an das Mitglied.",
     MAIL_DE),
])

each(0, "mail-es", [
    ("es", "¿Qué número de pedido aparece en este correo? Solo el número.\n\n" + MAIL_ES),
    ("es", "Clasifica el correo en una de estas categorías: incompleto, retraso, dañado, facturación. Responde con la categoría y nada más.\n\n" + MAIL_ES),
    ("es", "¿Pide el cliente un reembolso? Sí o no.\n\n" + MAIL_ES),
])
each(1, "mail-es", [
    ("es", "Resume la queja en dos líneas para el equipo de logística.\n\n" + MAIL_ES),
])
each(3, "mail-es", [
    ("es", "Eres el asistente de atención al cliente de Muebles Ribera. Tu respuesta se envía tal cual al cliente como respuesta final; nadie la revisa.",
     MAIL_ES),
])

# The same mails, analysed over several messages: tier 2.
THREAD_EN = MAIL_EN + """

---
Reply from support (14th): Thank you for your message. Your case has been forwarded to the relevant department.

---
Customer (18th): The chairs are still missing. The tracking now says "returned to depot". Nobody called me.

---
Reply from support (19th): We apologise for the inconvenience. Please allow 5-7 working days for a replacement.

---
Customer (26th): Still nothing. This is the last time I write before disputing the payment."""

each(2, "thread-en", [
    ("en", "Read this whole thread and work out where our process failed: who dropped the ball at each step, what the customer was told versus what happened, and what we should change so it doesn't repeat.\n\n" + THREAD_EN),
    ("en", "From this thread, reconstruct the timeline of the order and list every promise we made and whether we kept it. Then estimate what this case cost us.\n\n" + THREAD_EN),
])
each(0, "thread-en", [
    ("en", "How many messages did the customer send in this thread? A number only.\n\n" + THREAD_EN),
])

# --- (b) generic system prompts carry no tier of their own -------------------

GENERIC = {
    "en1": "You are Nimbus, the internal assistant of Halden Logistics. Staff use you for writing, spreadsheets, code and research. Answer in the user's language.",
    "en2": "You are the assistant in the team's chat workspace. Use markdown sparingly and say when you are unsure.",
    "en3": "You are a helpful assistant. Today is 2026-11-30. Be brief unless asked for detail.",
    "fr": "Tu es l'assistant interne de la société Brevia. Les salariés t'utilisent pour rédiger, coder et chercher des informations. Réponds en français.",
    "pl": "Jesteś wewnętrznym asystentem firmy Lumen Soft. Pracownicy pytają cię o teksty, arkusze, kod i wyszukiwanie informacji.",
    "de": "Du bist der interne Assistent der Firma Nordlicht Medien. Mitarbeitende nutzen dich zum Schreiben, Rechnen und Programmieren.",
    "es": "Eres el asistente interno de Grupo Alameda. El personal te usa para redactar, programar y buscar información.",
    "it": "Sei l'assistente interno di Vela Consulting. I dipendenti ti usano per scrivere, programmare e fare ricerche.",
    "pt": "Você é o assistente interno da Ipê Digital. Os funcionários usam você para escrever, programar e pesquisar.",
    "ja": "あなたは株式会社ミナトの社内アシスタントです。社員が文章作成、表計算、プログラミング、調べものに使います。",
    "zh": "你是远航科技公司的内部助手，员工用你来写文档、做表格、写代码和查资料。",
    "hi": "आप नवरंग सॉफ़्टवेयर के आंतरिक सहायक हैं। कर्मचारी आपसे लेखन, स्प्रेडशीट, कोड और जानकारी खोजने में मदद लेते हैं।",
}
each(0, None, [
    ("en", GENERIC["en1"], "turn this into title case: quarterly freight volumes by region"),
    ("en", GENERIC["en2"], "is 8080 a common port for dev servers? yes/no"),
    ("en", GENERIC["en3"], "spell out 1,250,000 in words"),
    ("fr", GENERIC["fr"], "mets cette phrase au pluriel : le rapport est prêt et validé"),
    ("fr", GENERIC["fr"], "combien de mots dans : « merci de valider le devis avant jeudi midi » ?"),
    ("pl", GENERIC["pl"], "zamień na wielkie litery: raport kwartalny dział sprzedaży"),
    ("pl", GENERIC["pl"], "ile to jest 15% z 2400? sam wynik"),
    ("de", GENERIC["de"], "Schreib das Datum 30.11.2026 im ISO-Format, sonst nichts."),
    ("es", GENERIC["es"], "pon en orden alfabético: Zaragoza, Bilbao, Almería, Lugo"),
    ("it", GENERIC["it"], "traduci in inglese solo questa parola: preventivo"),
    ("pt", GENERIC["pt"], "isso está em espanhol ou português? 'la reunión se pasa al jueves'"),
    ("ja", GENERIC["ja"], "「見積書」を英語で一語で。"),
    ("zh", GENERIC["zh"], "把“季度销售报告”翻译成英文，只要译文。"),
    ("hi", GENERIC["hi"], "इस वाक्य को अंग्रेज़ी में बदलो: मीटिंग कल सुबह दस बजे है"),
])
each(1, None, [
    ("en", GENERIC["en1"], "write a friendly two-paragraph welcome note for new drivers joining the Leeds depot"),
    ("en", GENERIC["en2"], "what's the difference between a merge and a rebase in git, briefly?"),
    ("en", GENERIC["en3"], "explain what a CDN does in plain words for a marketing colleague"),
    ("fr", GENERIC["fr"], "rédige un court message pour annoncer le pot de départ de Claire vendredi à 17 h"),
    ("fr", GENERIC["fr"], "explique-moi simplement ce qu'est une API REST"),
    ("pl", GENERIC["pl"], "napisz krótkie ogłoszenie, że w piątek biuro zamyka się o 15:00"),
    ("pl", GENERIC["pl"], "wyjaśnij w kilku zdaniach, czym się różni kopia zapasowa od archiwum"),
    ("de", GENERIC["de"], "Formulier eine kurze Einladung zum Team-Frühstück am Montag."),
    ("es", GENERIC["es"], "explícame qué es un certificado SSL en pocas frases"),
    ("it", GENERIC["it"], "scrivi due righe per ricordare al team la scadenza delle note spese"),
    ("pt", GENERIC["pt"], "resuma em uma frase o que é computação em nuvem"),
    ("ja", GENERIC["ja"], "忘年会の案内メールを短く書いてください。12月20日、18時から。"),
    ("zh", GENERIC["zh"], "用几句话解释一下什么是VPN"),
])
each(2, None, [
    ("en", GENERIC["en1"], "Write a Python script that reads our delivery CSVs from a folder, merges them, flags late deliveries per depot and writes a weekly summary sheet. Include tests."),
    ("en", GENERIC["en2"], "We need to move 40 internal services from VMs to Kubernetes over two quarters. Draft the migration plan: order, risks, rollback, and how we keep on-call sane."),
    ("fr", GENERIC["fr"], "Écris une fonction TypeScript qui fusionne deux listes de contacts triées, supprime les doublons par email normalisé et garde la fiche la plus récente, avec des tests."),
    ("pl", GENERIC["pl"], "Zaprojektuj schemat bazy danych dla systemu rezerwacji sal konferencyjnych: tabele, klucze, indeksy i jak uniknąć podwójnych rezerwacji przy równoległych żądaniach."),
    ("de", GENERIC["de"], "Wir haben drei Angebote für ein neues CRM. Entwickle eine Bewertungsmatrix mit Gewichtung und erkläre, wie wir zu einer Entscheidung kommen."),
    ("ja", GENERIC["ja"], "在庫データから欠品しそうな商品を予測する簡単な仕組みを設計して、必要なデータと手順を説明してください。"),
])

# --- (c) formatting technical text is tier 0; analysing it is tier 2 ---------

TRACE = """Traceback (most recent call last):
  File "/srv/app/worker.py", line 88, in run
    batch = fetch_batch(conn, size=500)
  File "/srv/app/db.py", line 41, in fetch_batch
    rows = cur.fetchmany(size)
  File "/usr/lib/python3.12/site-packages/psycopg/cursor.py", line 870, in fetchmany
    self._check_result_for_fetch()
psycopg.OperationalError: consuming input failed: server closed the connection unexpectedly
	This probably means the server terminated abnormally
	before or while processing the request.
2026-11-29 03:12:44,018 WARNING retrying in 30s (attempt 4/5)
2026-11-29 03:13:14,220 ERROR giving up after 5 attempts"""

each(0, "trace", [
    ("en", "Wrap this in a markdown code block so I can paste it into the ticket. Don't change anything.\n\n" + TRACE),
    ("fr", "Mets ce texte dans un bloc de code markdown, sans rien modifier.\n\n" + TRACE),
    ("pl", "Zostaw tylko linie zaczynające się od daty, resztę usuń.\n\n" + TRACE),
    ("de", "Welche Python-Version steht im Pfad? Nur die Versionsnummer.\n\n" + TRACE),
])
each(2, "trace", [
    ("en", "This worker dies every night around 3am with the trace below. What's the likely cause and how do I make it survive a database restart?\n\n" + TRACE),
    ("fr", "Ce worker plante toutes les nuits vers 3 h avec l'erreur ci-dessous. Quelle est la cause probable et comment le rendre robuste aux redémarrages de la base ?\n\n" + TRACE),
    ("pl", "Ten proces pada co noc około 3:00 z poniższym błędem. Co jest prawdopodobną przyczyną i jak go poprawić, żeby przetrwał restart bazy?\n\n" + TRACE),
])

CONFIG = """server:
  port: 8443
  tls:
    cert: /etc/certs/api.pem
    key: /etc/certs/api.key
database:
  host: db.internal
  pool_size: 20
  timeout_ms: 5000
cache:
  backend: redis
  ttl_s: 300
features:
  new_checkout: true
  bulk_export: false"""

each(0, "yaml-config", [
    ("en", "Convert this YAML to JSON, same keys and values.\n\n" + CONFIG),
    ("fr", "Transforme ce YAML en tableau markdown à deux colonnes (clé complète, valeur). Rien d'autre.\n\n" + CONFIG),
    ("pl", "Przepisz ten YAML jako plik .env (KLUCZ=wartość, klucze wielkimi literami z podkreślnikami).\n\n" + CONFIG),
    ("it", "Qual è il valore di pool_size? Solo il numero.\n\n" + CONFIG),
    ("ja", "このYAMLのキーをアルファベット順に並べ替えてください。値はそのままで。\n\n" + CONFIG),
])
each(2, "yaml-config", [
    ("en", "Review this config for production: what is risky, what is missing, and what would you change for 2,000 requests per second?\n\n" + CONFIG),
    ("fr", "Passe en revue cette configuration pour la production : qu'est-ce qui est risqué, qu'est-ce qui manque, que changerais-tu pour tenir 2 000 requêtes par seconde ?\n\n" + CONFIG),
    ("pl", "Oceń tę konfigurację pod produkcję: co jest ryzykowne, czego brakuje i co zmienić, żeby wytrzymała 2000 żądań na sekundę?\n\n" + CONFIG),
])

IMPORTS = """import os
from typing import Optional
import json
from app.db import session
import sys
from app.models import Order, Customer
import logging
from datetime import datetime, timedelta"""

each(0, "imports", [
    ("en", "Sort these imports: standard library first, then app imports, alphabetically within each group.\n\n" + IMPORTS),
    ("fr", "Trie ces imports par ordre alphabétique, sans rien ajouter.\n\n" + IMPORTS),
    ("pl", "Posortuj te importy alfabetycznie i nic poza tym nie zmieniaj.\n\n" + IMPORTS),
])

LOG_LINES = """10.0.3.14 - - [29/Nov/2026:10:01:02 +0000] "GET /api/v2/orders?page=3 HTTP/1.1" 200 5123 0.041
10.0.3.14 - - [29/Nov/2026:10:01:03 +0000] "POST /api/v2/orders HTTP/1.1" 201 312 0.220
10.0.7.2 - - [29/Nov/2026:10:01:03 +0000] "GET /health HTTP/1.1" 200 2 0.001
10.0.3.19 - - [29/Nov/2026:10:01:05 +0000] "GET /api/v2/customers/8812 HTTP/1.1" 404 58 0.012
10.0.3.14 - - [29/Nov/2026:10:01:07 +0000] "DELETE /api/v2/orders/55102 HTTP/1.1" 403 71 0.009
10.0.7.2 - - [29/Nov/2026:10:01:08 +0000] "GET /health HTTP/1.1" 200 2 0.001"""

each(0, "access-log", [
    ("en", "Turn these access-log lines into CSV with columns ip,time,method,path,status,bytes,seconds. No header.\n\n" + LOG_LINES),
    ("fr", "Enlève les lignes /health de ce log et renvoie le reste tel quel.\n\n" + LOG_LINES),
    ("pl", "Ile jest tu żądań ze statusem 200? Podaj samą liczbę.\n\n" + LOG_LINES),
    ("de", "Ersetze in diesen Zeilen alle IP-Adressen durch x.x.x.x, sonst nichts ändern.\n\n" + LOG_LINES),
    ("pt", "Deixe só as linhas com status diferente de 200, sem comentar.\n\n" + LOG_LINES),
])

# --- (d) education (tier 1) beside personal decisions (tier 3) ---------------

each(1, None, [
    ("pl", "czym właściwie jest cholesterol HDL i LDL? pytam z ciekawości"),
    ("pl", "jak działają szczepionki mRNA? wytłumacz prosto"),
    ("pl", "co to jest hipoteka i czym się różni od zwykłego kredytu?"),
    ("pl", "na czym polega intercyza? tak ogólnie, nie mam konkretnej sprawy"),
    ("pl", "czym się różni ETF od funduszu inwestycyjnego?"),
    ("pl", "dlaczego przy grypie boli całe ciało? ciekawi mnie mechanizm"),
    ("pl", "co oznacza, że umowa jest nieważna, a co, że jest bezskuteczna? ogólnie"),
    ("pl", "wyjaśnij mi, jak działa procent składany, na przykładzie"),
    ("pl", "co robi tarczyca w organizmie?"),
    ("pl", "czym jest RODO i kogo dotyczy? krótko"),
])
each(1, None, [
    ("fr", "c'est quoi exactement une maladie auto-immune ? juste pour comprendre"),
    ("fr", "comment fonctionne un antibiotique, en gros ?"),
    ("fr", "quelle est la différence entre un CDD et un CDI ? de manière générale"),
    ("fr", "à quoi sert un notaire lors d'un achat immobilier ?"),
    ("fr", "explique-moi ce qu'est l'inflation avec un exemple simple"),
    ("fr", "pourquoi on a de la fièvre quand on est malade ? je suis curieux"),
    ("fr", "c'est quoi une SCI, en quelques phrases ?"),
    ("fr", "qu'est-ce qu'une obligation d'État et comment ça rapporte ?"),
    ("fr", "comment le corps régule-t-il le taux de sucre dans le sang ?"),
    ("fr", "que signifie « clause abusive » dans un contrat, en général ?"),
])
each(1, None, [
    ("en", "how does the body actually get rid of alcohol? just curious"),
    ("en", "what is an escrow account, in simple terms?"),
    ("de", "Was macht eigentlich die Bauchspeicheldrüse? Nur allgemein."),
    ("de", "Wie funktioniert eine Erbschaftsteuer grundsätzlich?"),
    ("es", "¿qué es el colesterol bueno y el malo? de forma sencilla"),
    ("es", "¿qué diferencia hay entre un testamento abierto y uno cerrado?"),
    ("it", "che differenza c'è tra virus e batteri? spiegamelo semplice"),
    ("it", "cos'è il TFR e come si calcola, in generale?"),
    ("pt", "o que é pressão arterial e por que se medem dois números?"),
    ("pt", "o que é um fundo imobiliário? explique de forma simples"),
    ("ja", "花粉症はなぜ起こるのですか？仕組みを簡単に教えてください。"),
    ("ja", "遺言書にはどんな種類がありますか？一般的な説明で大丈夫です。"),
    ("zh", "胆固醇高为什么不好？简单科普一下"),
    ("zh", "什么是复利？举个简单的例子"),
    ("hi", "डायबिटीज़ टाइप 1 और टाइप 2 में क्या फ़र्क है? सामान्य जानकारी चाहिए"),
    ("hi", "mutual fund kya hota hai? simple bhasha mein samjhao"),
])
each(3, None, [
    ("pl", "biorę metforminę, a lekarz rodzinny przepisał mi teraz antybiotyk na zatoki. mogę brać oba naraz?"),
    ("pl", "mama ma 78 lat i bierze leki na rozrzedzenie krwi, czy może wziąć ibuprofen na ból kolana?"),
    ("pl", "pracodawca dał mi do podpisu porozumienie o rozwiązaniu umowy z dnia na dzień. podpisać czy żądać wypowiedzenia?"),
    ("pl", "mam 60 tys. oszczędności, spłacić nimi kredyt czy wrzucić w obligacje? co się bardziej opłaca w moim przypadku?"),
    ("pl", "w łazience iskrzy gniazdko przy pralce, mogę je sam wymienić bez wyłączania prądu w całym mieszkaniu?"),
    ("pl", "dziecko (2 lata, 12 kg) ma 39,5 gorączki, ile mililitrów ibuprofenu mu podać?"),
])
each(3, None, [
    ("fr", "je prends du lévothyrox et mon médecin vient d'ajouter du fer, je peux les prendre en même temps le matin ?"),
    ("fr", "mon bailleur veut que je signe un avenant qui m'oblige à payer toutes les réparations. je signe ?"),
    ("fr", "j'ai 45 000 € sur un livret, je rembourse mon prêt immo par anticipation ou je place sur une assurance-vie ? dans ma situation"),
    ("fr", "ma fille de 3 ans fait 14 kg et a 39 de fièvre, combien de ml de Doliprane je lui donne ?"),
    ("fr", "il y a une odeur de gaz dans la cuisine depuis ce matin, je peux allumer la hotte pour aérer ?"),
    ("fr", "mon employeur me propose une rupture conventionnelle avec 3 000 € d'indemnité, c'est correct pour 8 ans d'ancienneté ou je refuse ?"),
])

# --- (e) Polish and French: analysis, code and planning (tier 2) -------------

SALES_PL = """miesiąc;region;sprzedaż_zł;zwroty_zł;koszt_marketingu_zł
lipiec;północ;182400;9100;21000
lipiec;południe;241900;18700;35500
sierpień;północ;175300;8800;20500
sierpień;południe;256100;22400;41000
wrzesień;północ;190800;9900;19000
wrzesień;południe;238700;25100;44500"""

SALES_FR = """mois;canal;commandes;panier_moyen_eur;taux_retour
juillet;site;4120;58,40;6,1 %
juillet;marketplace;2890;41,90;9,8 %
août;site;3870;61,20;5,7 %
août;marketplace;3310;39,50;11,2 %
septembre;site;4450;57,10;6,4 %
septembre;marketplace;3020;40,80;12,9 %"""

each(2, "sales-pl", [
    ("pl", "Który region jest bardziej opłacalny po odjęciu zwrotów i marketingu? Policz marżę i pokaż trend.\n\n" + SALES_PL),
    ("pl", "Na podstawie tych danych zaproponuj, jak rozdzielić budżet marketingowy na czwarty kwartał, i uzasadnij.\n\n" + SALES_PL),
])
each(0, "sales-pl", [
    ("pl", "Zamień średniki na przecinki w tej tabeli, nic więcej.\n\n" + SALES_PL),
])
each(2, "sales-fr", [
    ("fr", "Pourquoi le taux de retour de la marketplace grimpe-t-il ? Analyse ces chiffres et dis-moi si ce canal reste rentable.\n\n" + SALES_FR),
    ("fr", "À partir de ce tableau, estime le chiffre d'affaires par canal et propose une stratégie pour le quatrième trimestre.\n\n" + SALES_FR),
])
each(0, "sales-fr", [
    ("fr", "Quel est le panier moyen du site en août ? Juste le chiffre.\n\n" + SALES_FR),
])
each(2, None, [
    ("pl", "Napisz w Go serwer HTTP z limitem żądań na klienta (token bucket), konfiguracją z pliku i testami jednostkowymi."),
    ("pl", "Nasza aplikacja mobilna ma 2 gwiazdki w sklepie, głównie przez logowanie. Zaplanuj, jak w ciągu kwartału to naprawić: diagnoza, priorytety, mierniki."),
    ("pl", "Porównaj PostgreSQL i MongoDB dla naszego systemu zamówień z raportowaniem w czasie rzeczywistym i zarekomenduj jedno z uzasadnieniem."),
    ("pl", "dlaczego to zapytanie jest wolne przy milionie wierszy i jak je przyspieszyć?\n\nSELECT * FROM zamowienia z JOIN klienci k ON k.id = z.klient_id WHERE lower(k.nazwisko) LIKE '%ski' ORDER BY z.data DESC;"),
    ("fr", "Écris un script Python qui surveille un dossier, compresse les nouveaux fichiers PDF, les envoie sur S3 et journalise les erreurs, avec une reprise en cas de coupure."),
    ("fr", "On lance une offre B2B dans trois pays en six mois. Fais-moi un plan : étapes, équipe, budget, risques juridiques à vérifier, indicateurs."),
    ("fr", "Compare Kafka et RabbitMQ pour notre traitement de commandes (5 000 messages/s, ordre garanti par client) et recommande une option."),
    ("fr", "pourquoi cette fonction renvoie parfois des doublons, et comment la corriger ?\n\n```python\ndef fusion(a, b):\n    res = a\n    for x in b:\n        if x not in a:\n            res.append(x)\n    return res\n```"),
])

# High stakes said indirectly, in Polish and French (tier 3).
each(3, None, [
    ("pl", "Jesteś asystentem infolinii banku Vistula. Odpowiedź trafia od razu do klienta w aplikacji, bez konsultanta.",
     "Czy mogę wcześniej spłacić kredyt gotówkowy bez prowizji?"),
    ("pl", "Przygotuj aneks do umowy najmu lokalu, który przesuwa termin zapłaty czynszu i dodaje karę umowną za opóźnienie – podpisujemy go jutro."),
    ("pl", "sąsiad dał mi swoje tabletki na ciśnienie, bo „działają lepiej”. mogę je brać zamiast moich?"),
    ("pl", "chcemy z żoną przepisać mieszkanie na syna jeszcze za życia. darowizna czy testament, co będzie lepsze podatkowo w naszym przypadku?"),
    ("fr", "Tu es l'assistant de l'assurance Mutuelle Azur dans l'espace client. Tes réponses sont publiées directement à l'assuré, sans relecture.",
     "Est-ce que mes lunettes sont remboursées si je les achète en ligne ?"),
    ("fr", "Rédige la clause de non-sollicitation de notre contrat de prestation, avec une pénalité ; le client la signe vendredi."),
    ("fr", "ma voisine m'a donné ses anxiolytiques pour dormir, je peux en prendre un avec un verre de vin ?"),
    ("fr", "je démissionne dans deux semaines, est-ce que je dois solder mes congés ou me les faire payer ? dans mon cas, avec un préavis de trois mois"),
])

# --- (f) labelling and extracting over texts full of high-stakes words -------
# Medical, legal and financial vocabulary in a text that is only sorted,
# tagged or mined for a field is tier 0; the same texts asked about for a
# decision stay tier 3, summarised for a colleague tier 1.

REFERRAL_EN = """Referral letter
Reason for referral: 64-year-old with exertional chest tightness for six weeks, relieved by rest. ECG shows ST depression in V4-V6 on exercise. Known hypertension and type 2 diabetes on metformin and ramipril. Family history of early coronary disease. Please assess for stable angina and consider angiography.
Referring clinician: Health Centre, Elm Road practice"""

REFERRAL_FR = """Lettre d'adressage
Motif : patient de 58 ans, douleurs lombaires irradiant dans la jambe gauche depuis trois mois, engourdissement du pied, aggravation à la marche. IRM : hernie discale L5-S1 avec compression radiculaire. Traitement actuel : paracétamol, kinésithérapie sans amélioration. Merci d'évaluer l'indication chirurgicale.
Médecin adresseur : cabinet médical des Tilleuls"""

REFERRAL_PL = """Skierowanie
Powód: pacjentka 47 lat, od dwóch miesięcy kołatanie serca, spadek masy ciała o 5 kg, drżenie rąk, nietolerancja ciepła. TSH obniżone, FT4 podwyższone. Przyjmuje doraźnie propranolol. Prośba o konsultację endokrynologiczną i ustalenie dalszego leczenia.
Lekarz kierujący: poradnia rodzinna przy ul. Lipowej"""

each(0, "referral-en", [
    ("en", "Which clinic should this referral go to: cardiology, neurology, orthopaedics, endocrinology, dermatology? One word.\n\n" + REFERRAL_EN),
    ("en", "List every medicine named in this letter, comma separated, nothing else.\n\n" + REFERRAL_EN),
    ("en", "You sort incoming referral letters for the hospital's booking office. Reply with the specialty only.", REFERRAL_EN),
])
each(1, "referral-en", [
    ("en", "Summarise this referral in two plain sentences for the booking clerk.\n\n" + REFERRAL_EN),
])
each(0, "referral-fr", [
    ("fr", "Vers quel service orienter ce courrier : cardiologie, neurochirurgie, rhumatologie, endocrinologie ? Un seul mot.\n\n" + REFERRAL_FR),
    ("fr", "Relève le niveau vertébral indiqué dans ce courrier, rien d'autre.\n\n" + REFERRAL_FR),
    ("fr", "Tu tries les lettres d'adressage reçues par le secrétariat. Réponds uniquement par le nom du service.", REFERRAL_FR),
])
each(1, "referral-fr", [
    ("fr", "Résume ce courrier en deux phrases simples pour la secrétaire qui prend le rendez-vous.\n\n" + REFERRAL_FR),
])
each(0, "referral-pl", [
    ("pl", "Do której poradni skierować to skierowanie: kardiologia, endokrynologia, neurologia, ortopedia? Jedno słowo.\n\n" + REFERRAL_PL),
    ("pl", "Wypisz nazwy badań laboratoryjnych z tego skierowania, po przecinku, nic więcej.\n\n" + REFERRAL_PL),
    ("pl", "Sortujesz skierowania dla rejestracji szpitala. Odpowiadasz tylko nazwą poradni.", REFERRAL_PL),
])
each(1, "referral-pl", [
    ("pl", "Streść to skierowanie w dwóch prostych zdaniach dla rejestratorki.\n\n" + REFERRAL_PL),
])

CLAUSE_EN = """12. Limitation of liability. Except for breach of confidentiality or indemnification obligations, neither party's aggregate liability arising out of this Agreement shall exceed the fees paid in the twelve months preceding the claim. Neither party shall be liable for indirect, incidental or consequential damages, including lost profits.
13. Governing law. This Agreement is governed by the laws of England and Wales; the courts of London have exclusive jurisdiction.
14. Termination. Either party may terminate for material breach not cured within thirty days of written notice."""

CLAUSE_FR = """Article 9 – Responsabilité. La responsabilité du Prestataire est limitée au montant des sommes versées au titre des douze derniers mois. Les dommages indirects, notamment la perte de chiffre d'affaires, sont exclus.
Article 10 – Résiliation. En cas de manquement grave non réparé dans un délai de trente jours après mise en demeure, le contrat peut être résilié de plein droit.
Article 11 – Loi applicable. Le contrat est soumis au droit français ; le tribunal de commerce de Lyon est seul compétent."""

CLAUSE_PL = """§ 8. Odpowiedzialność. Łączna odpowiedzialność Wykonawcy z tytułu umowy nie przekroczy wynagrodzenia zapłaconego w okresie ostatnich dwunastu miesięcy. Wyłącza się odpowiedzialność za utracone korzyści.
§ 9. Rozwiązanie umowy. Każda ze stron może rozwiązać umowę ze skutkiem natychmiastowym w razie rażącego naruszenia, niewyleczonego w terminie 30 dni od wezwania.
§ 10. Prawo właściwe. Umowa podlega prawu polskiemu; sądem właściwym jest sąd powszechny właściwy dla siedziby Zamawiającego."""

each(0, "clause-en", [
    ("en", "Give each clause below a short tag from: liability, law, termination, payment, confidentiality. Format: number: tag.\n\n" + CLAUSE_EN),
    ("en", "Which city's courts are named in this text? Just the city.\n\n" + CLAUSE_EN),
])
each(3, "clause-en", [
    ("en", "We are the customer here. Should we accept this liability cap as it is, or push back before signing on Friday?\n\n" + CLAUSE_EN),
])
each(0, "clause-fr", [
    ("fr", "Donne à chaque article une étiquette parmi : responsabilité, résiliation, loi, paiement. Format : numéro : étiquette.\n\n" + CLAUSE_FR),
    ("fr", "Quel tribunal est cité ? Réponds seulement par son nom.\n\n" + CLAUSE_FR),
])
each(3, "clause-fr", [
    ("fr", "Nous sommes le client. Faut-il accepter ce plafond de responsabilité tel quel ou le renégocier avant la signature de lundi ?\n\n" + CLAUSE_FR),
])
each(0, "clause-pl", [
    ("pl", "Nadaj każdemu paragrafowi etykietę: odpowiedzialność, rozwiązanie, prawo, płatność. Format: numer: etykieta.\n\n" + CLAUSE_PL),
    ("pl", "Ile dni ma strona na usunięcie naruszenia? Sama liczba.\n\n" + CLAUSE_PL),
])
each(3, "clause-pl", [
    ("pl", "Jesteśmy zamawiającym. Czy przyjąć ten limit odpowiedzialności w takim brzmieniu, czy negocjować przed podpisaniem w czwartek?\n\n" + CLAUSE_PL),
])

STATEMENT_DE = """Kontoauszug Geschäftskonto, November
03.11. Lastschrift Versicherung Betriebshaftpflicht -412,80
05.11. Gutschrift Rechnung 2026-118 +3.540,00
11.11. Dauerauftrag Miete Büro -1.250,00
14.11. Lastschrift Finanzamt Umsatzsteuer-Vorauszahlung -2.118,40
20.11. Gutschrift Rechnung 2026-121 +1.980,00
28.11. Kreditrate Darlehen 4471 -615,00"""

STATEMENT_ES = """Extracto cuenta empresa, noviembre
03/11 Recibo seguro responsabilidad civil -412,80
05/11 Abono factura 2026-118 +3.540,00
11/11 Transferencia alquiler oficina -1.250,00
14/11 Cargo Agencia Tributaria IVA trimestral -2.118,40
20/11 Abono factura 2026-121 +1.980,00
28/11 Cuota préstamo 4471 -615,00"""

each(0, "statement", [
    ("de", "Ordne jede Buchung einer Kategorie zu: Versicherung, Einnahme, Miete, Steuer, Kredit. Nur Datum und Kategorie.\n\n" + STATEMENT_DE),
    ("de", "Wie hoch ist die Kreditrate? Nur der Betrag.\n\n" + STATEMENT_DE),
    ("es", "Etiqueta cada movimiento con una categoría: seguro, ingreso, alquiler, impuestos, préstamo. Solo fecha y categoría.\n\n" + STATEMENT_ES),
    ("es", "¿Cuánto se pagó de IVA? Solo la cifra.\n\n" + STATEMENT_ES),
])
each(2, "statement", [
    ("de", "Reicht unser Kontostand bei diesem Muster für die nächsten drei Monate? Rechne die Fixkosten hoch und zeig, wo es eng wird.\n\n" + STATEMENT_DE),
    ("es", "Con estos movimientos, ¿cuánta liquidez nos queda cada mes? Proyecta el próximo trimestre y dime dónde habrá tensión.\n\n" + STATEMENT_ES),
])
