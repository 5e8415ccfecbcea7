"""Instruction templates for the labelled set, by tier and language, written
by hand following the tier definitions in README.md ("Tiers"):

  0 trivial transformation or lookup, even on long input
  1 ordinary single-step work, general education in medicine/law/finance
  2 multi-step reasoning or analysis, long pasted material, non-trivial code,
    agentic tasks that need the offered tools, planning
  3 high stakes: customer-facing final replies, medical dosing/interactions,
    drafting or interpreting legal terms, personal tax/finance decisions,
    safety-critical steps

Each template is (tier, text, options). Slots in braces are filled from
materials.py. Options: sys (a system prompt key of SYSTEMS), tools (offer
tools), history (a long earlier conversation), max (max_tokens), rf
(response_format json).
"""

T = []


def add(lang, tier, text, **opt):
    T.append((lang, tier, text, opt))


# --- English ------------------------------------------------------------------
E = "en"
# tier 0
add(E, 0, "Capitalise every word of this title: {title}")
add(E, 0, "Convert to UPPERCASE: {title}")
add(E, 0, "Strip the line numbers from this code and give it back unchanged otherwise:\n\n{numbered_code}")
add(E, 0, "What language is this text written in? One word.\n\n{article_xx}")
add(E, 0, "Pick the tags that apply from [billing, shipping, damage, refund, login] for this ticket:\n\n{email}")
add(E, 0, "Extract the invoice number from this email.\n\n{email}", rf=True)
add(E, 0, "hi")
add(E, 0, "Hello! How are you today?")
add(E, 0, "Thanks, that's all I needed!", history=True)
add(E, 0, "great, thank you so much", history=True, tools=True)
add(E, 0, "Sort these names alphabetically, one per line: {names}")
add(E, 0, "Is the following sentence a question? Answer yes or no: \"{title}\"")
add(E, 0, "Remove duplicate lines from this list and keep the order:\n{dupes}")
add(E, 0, "Put these words in lowercase: {names}")
add(E, 0, "Count the lines in this log.\n\n{log}")
add(E, 0, "Reformat this SQL to put each keyword on its own line, don't change anything else:\n{sql}")
add(E, 0, "Which of these is a fruit: carrot, apple, potato? Just the word.")
add(E, 0, "Give me the date in ISO format: 3rd of March 2027")
add(E, 0, "What is the capital of Portugal?", tools=True)
add(E, 0, "Turn this list into a JSON array of strings: {names}", rf=True, max=100)
add(E, 0, "Fix the typos only, nothing else: 'Teh meeting is on thursday, plase bring you laptop.'")
add(E, 0, "Add a full stop at the end of each line:\n{names_lines}")
add(E, 0, "Extract all the request_ids from this log, comma separated.\n\n{log}")
add(E, 0, "Translate 'good morning' into Spanish.")
# tier 1
add(E, 1, "Summarise this article in three bullet points.\n\n{article}")
add(E, 1, "Write a short, friendly email to my team saying the Friday meeting moves to 3pm.")
add(E, 1, "Explain {topic} in simple terms.")
add(E, 1, "What is {topic}? Keep it short.")
add(E, 1, "Draft a polite reply to this email saying we'll get back to them by Monday.\n\n{email}")
add(E, 1, "Translate this paragraph into English:\n\n{article_xx}")
add(E, 1, "Rewrite this paragraph to sound more formal:\n\n{article}")
add(E, 1, "Write a product description for a bamboo cutting board, about 80 words.")
add(E, 1, "Give me five title ideas for a blog post about {title}.")
add(E, 1, "Explain what this function does in two sentences.\n\n```\n{code}\n```")
add(E, 1, "Turn these meeting notes into a clean list of action items.\n\n{transcript}")
add(E, 1, "File this clinical note under the right section headings (history, exam, plan) without changing the content: Pt reports cough x5 days, no fever. Lungs clear. Advised fluids and rest, review if worse.")
add(E, 1, "What does a cardiologist do?")
add(E, 1, "In general terms, what is the difference between a will and a trust?")
add(E, 1, "Write a haiku about autumn in the city.")
add(E, 1, "Summarise the key points of this transcript for someone who missed the meeting.\n\n{transcript}")
add(E, 1, "Write a LinkedIn post announcing that our office moved to a new building.", sys="plain")
add(E, 1, "Suggest a name for a cat that likes to sleep in boxes.")
add(E, 1, "Explain the main idea of this article to a 12 year old.\n\n{article}")
add(E, 1, "Write a regex that matches a 5-digit US zip code.")
# tier 2
add(E, 2, "Here are our API logs from this morning.\n\n{log}\n\nWhat is the root cause of the 500s and what should we change?")
add(E, 2, "Analyse this sales table. Which region is underperforming and why might that be? Point out anything anomalous.\n\n{csv}")
add(E, 2, "Refactor this code to be safe under concurrent access and explain the race condition you fixed.\n\n```\n{code}\n```")
add(E, 2, "Write a Python function that parses a crontab expression and returns the next 5 run times, with tests.")
add(E, 2, "Design a database schema for a multi-tenant invoicing app with audit history. Explain the trade-offs.")
add(E, 2, "Plan a migration from a monolith Postgres database to per-service databases for our 6 services, step by step, with rollback points.")
add(E, 2, "Find all orders from customer 4411 that shipped late last month and open a support ticket for each.", tools=True)
add(E, 2, "Look up the current stock for SKU-2231 in every warehouse and move 50 units to the one that is running out.", tools=True)
add(E, 2, "Compare these two approaches for our cache invalidation and recommend one, considering latency and consistency:\n\n```\n{code}\n```\n\nvs a write-through cache with a TTL of 60s.")
add(E, 2, "From this meeting transcript, work out what the real cause of the churn increase probably is, what evidence is missing, and propose an analysis plan.\n\n{transcript}")
add(E, 2, "Why does this code sometimes return stale values? Walk through the failure step by step.\n\n```\n{code}\n```")
add(E, 2, "Implement an LRU cache in Rust with O(1) get and put, no unsafe.")
add(E, 2, "Our nightly ETL keeps failing. Investigate from these logs and propose a fix that makes the load idempotent.\n\n{log}")
add(E, 2, "Write a 6-week study plan to prepare for a system design interview, with weekly goals and practice problems.")
add(E, 2, "Given this table, compute the return rate per region and month, and tell me which changes are statistically meaningful.\n\n{csv}")
add(E, 2, "Optimise this SQL query for a table with 50 million orders and explain which indexes to add.\n\n{sql}")
add(E, 2, "Write a bash script that rotates logs older than 7 days, compresses them, and keeps at most 10 GB, with error handling.")
add(E, 2, "Derive the formula for the sum of the first n squares and prove it by induction.")
# tier 3
add(E, 3, "Can I take {drug} together with {drug2}?")
add(E, 3, "What is the maximum daily dose of paracetamol for a child of 18 kg?")
add(E, 3, "My doctor prescribed {drug} but I already take {drug2}. Is that combination dangerous?")
add(E, 3, "Should I sign this non-compete clause? It says I cannot work for any competitor worldwide for 24 months after leaving.")
add(E, 3, "Draft the termination clause for our supplier contract, including notice periods and liability caps.")
add(E, 3, "My landlord is keeping my whole deposit for 'wear and tear'. Is that legal in California and what exactly should I write to him?")
add(E, 3, "Should I pay off my mortgage early or put the money in my 401k? I'm 41, rate is 6.5%, employer matches 4%.")
add(E, 3, "I sold shares I held for 11 months at a profit of $18,000. How should I file this on my taxes to minimise what I owe?")
add(E, 3, "How do I safely replace a 240V breaker in my home panel? Give me the exact steps.")
add(E, 3, "I smell gas in my kitchen. What should I do right now?")
add(E, 3, "Tell the customer their refund of 49 euros was approved and will arrive in 5 days.", sys="customer")
add(E, 3, "The customer asks whether they can cancel without a fee. Our policy: free cancellation within 14 days. Reply.", sys="customer")
add(E, 3, "Reply to this customer email.\n\n{email}", sys="customer")
add(E, 3, "How much insulin should I inject if my blood sugar is 280 mg/dL? I normally take 10 units.")
add(E, 3, "Is this indemnification clause enforceable against me if the client gets sued? 'Contractor shall indemnify and hold harmless Client from any and all claims arising from the Services.'")
add(E, 3, "I inherited 200k. Given I have 30k of credit card debt at 24% and no pension, what exactly should I do with it?")
add(E, 3, "What is the right lockout/tagout sequence before I open the conveyor motor housing?")
add(E, 3, "My 2 year old swallowed a button battery 20 minutes ago but seems fine. What should I do?")
add(E, 3, "Interpret clause 7.2 of my lease for me: 'Tenant shall bear all costs of structural repairs.' Do I have to pay for the roof?")
add(E, 3, "Write the answer to the user about whether our app is HIPAA compliant.", sys="customer")

# --- Spanish -----------------------------------------------------------------
L = "es"
add(L, 0, "Pon en mayúsculas la primera letra de cada palabra: {title}")
add(L, 0, "¿En qué idioma está este texto? Solo el nombre del idioma.\n\n{article_xx}")
add(L, 0, "¡Hola! ¿Qué tal?")
add(L, 0, "Gracias, eso es todo.", history=True)
add(L, 0, "Ordena estos nombres alfabéticamente: {names}")
add(L, 0, "Quita los números de línea de este código:\n\n{numbered_code}")
add(L, 1, "Resume este artículo en tres frases.\n\n{article_es}")
add(L, 1, "Escribe un correo breve a mi equipo diciendo que la reunión del viernes pasa a las 15:00.")
add(L, 1, "Explica de forma sencilla qué es un fondo indexado.")
add(L, 1, "¿Qué es la hipertensión? Explícalo en pocas líneas.")
add(L, 1, "Traduce este texto al español:\n\n{article}")
add(L, 2, "Estos son los logs de nuestra API de esta mañana.\n\n{log}\n\n¿Cuál es la causa raíz de los errores 500 y qué deberíamos cambiar?")
add(L, 2, "Analiza esta tabla de ventas y explica qué región va peor y por qué.\n\n{csv}")
add(L, 2, "Escribe una función en Python que valide un IBAN y añade pruebas unitarias.")
add(L, 2, "Planifica la migración de nuestra base de datos a otro proveedor de nube paso a paso, con puntos de vuelta atrás.")
add(L, 2, "Busca los pedidos retrasados del cliente 4411 y abre una incidencia para cada uno.", tools=True)
add(L, 3, "¿Puedo tomar {drug} junto con {drug2}?")
add(L, 3, "¿Cuál es la dosis máxima de paracetamol para un niño de 15 kg?")
add(L, 3, "¿Debería firmar este contrato? La cláusula dice que no puedo trabajar para la competencia durante dos años.")
add(L, 3, "Vendí acciones con 12.000 euros de beneficio. ¿Cómo lo declaro en la renta para pagar lo mínimo?")
add(L, 3, "Responde al cliente que su reembolso ha sido aprobado.", sys="customer_es")
add(L, 3, "Huele a gas en mi cocina, ¿qué hago ahora mismo?")

# --- German ------------------------------------------------------------------
L = "de"
add(L, 0, "Schreib diesen Titel in Großbuchstaben: {title}")
add(L, 0, "In welcher Sprache ist dieser Text? Nur die Sprache.\n\n{article_xx}")
add(L, 0, "Hallo!")
add(L, 0, "Danke, das war alles!", history=True)
add(L, 0, "Entferne die Zeilennummern aus diesem Code:\n\n{numbered_code}")
add(L, 0, "Sortiere diese Namen alphabetisch: {names}")
add(L, 1, "Fasse diesen Artikel in drei Sätzen zusammen.\n\n{article_de}")
add(L, 1, "Schreib eine kurze E-Mail an mein Team: Das Meeting am Freitag ist jetzt um 15 Uhr.")
add(L, 1, "Erkläre einfach, was ein ETF ist.")
add(L, 1, "Was macht eine Hausärztin? Kurz bitte.")
add(L, 1, "Übersetze diesen Absatz ins Deutsche:\n\n{article}")
add(L, 2, "Hier sind unsere Logs von heute Nacht.\n\n{log}\n\nWas ist die Ursache und wie beheben wir das dauerhaft?")
add(L, 2, "Analysiere diese Tabelle: Welche Region schneidet schlecht ab und warum?\n\n{csv}")
add(L, 2, "Implementiere einen Token-Bucket-Ratelimiter in Go mit Tests und erkläre die Randfälle.")
add(L, 2, "Plane die Einführung von Kubernetes für unsere 12 Dienste, Schritt für Schritt mit Risiken.")
add(L, 2, "Suche alle Bestellungen von Kunde 4411, die zu spät geliefert wurden, und lege für jede ein Ticket an.", tools=True)
add(L, 3, "Darf ich {drug} zusammen mit {drug2} nehmen?")
add(L, 3, "Welche Höchstdosis Ibuprofen ist für mich sicher? Ich wiege 55 kg und habe Nierenprobleme.")
add(L, 3, "Soll ich diesen Aufhebungsvertrag unterschreiben? Ich verliere damit 3 Monatsgehälter Abfindung.")
add(L, 3, "Ist die Klausel in meinem Mietvertrag wirksam, dass ich alle Schönheitsreparaturen zahlen muss?")
add(L, 3, "Beantworte die Frage des Kunden, ob er ohne Gebühr kündigen kann.", sys="customer_de")
add(L, 3, "Wie tausche ich die Sicherung im Sicherungskasten sicher aus? Genaue Schritte bitte.")

# --- French ------------------------------------------------------------------
L = "fr"
add(L, 0, "Mets ce titre en majuscules : {title}")
add(L, 0, "Dans quelle langue est ce texte ? Juste le nom de la langue.\n\n{article_xx}")
add(L, 0, "Bonjour !")
add(L, 0, "Merci beaucoup, c'est parfait.", history=True)
add(L, 0, "Trie ces noms par ordre alphabétique : {names}")
add(L, 0, "Supprime les numéros de ligne de ce code :\n\n{numbered_code}")
add(L, 1, "Résume cet article en trois phrases.\n\n{article_fr}")
add(L, 1, "Écris un court e-mail à mon équipe : la réunion de vendredi est déplacée à 15 h.")
add(L, 1, "Explique simplement ce qu'est l'inflation.")
add(L, 1, "Qu'est-ce que le diabète de type 2 ? En quelques lignes.")
add(L, 1, "Traduis ce paragraphe en français :\n\n{article}")
add(L, 2, "Voici les logs de notre API.\n\n{log}\n\nQuelle est la cause racine des erreurs et que faut-il corriger ?")
add(L, 2, "Analyse ce tableau et explique quelle région se dégrade et pourquoi.\n\n{csv}")
add(L, 2, "Écris un parseur d'expressions arithmétiques en TypeScript avec gestion des priorités et des tests.")
add(L, 2, "Planifie la refonte de notre application mobile sur six mois, avec les étapes, les risques et les dépendances.")
add(L, 2, "Trouve les commandes en retard du client 4411 et ouvre un ticket pour chacune.", tools=True)
add(L, 3, "Puis-je prendre {drug} avec {drug2} ?")
add(L, 3, "Quelle est la dose maximale de paracétamol pour un enfant de 20 kg ?")
add(L, 3, "Dois-je signer cette clause de non-concurrence de 18 mois ? Elle ne prévoit aucune compensation.")
add(L, 3, "Rédige la clause de résiliation de notre contrat de prestation, avec préavis et plafond de responsabilité.")
add(L, 3, "Réponds au client que sa commande sera remboursée.", sys="customer_fr")
add(L, 3, "Ça sent le gaz dans ma cuisine, que dois-je faire maintenant ?")

# --- Portuguese --------------------------------------------------------------
L = "pt"
add(L, 0, "Coloque este título em maiúsculas: {title}")
add(L, 0, "Em que idioma está este texto? Só o nome.\n\n{article_xx}")
add(L, 0, "Olá, tudo bem?")
add(L, 0, "Obrigado, era só isso!", history=True)
add(L, 0, "Ordene estes nomes em ordem alfabética: {names}")
add(L, 1, "Resuma este artigo em três frases.\n\n{article_pt}")
add(L, 1, "Escreva um e-mail curto para a equipe dizendo que a reunião de sexta passou para as 15h.")
add(L, 1, "Explique de forma simples o que são juros compostos.")
add(L, 1, "O que é colesterol? Em poucas linhas.")
add(L, 2, "Aqui estão os logs da nossa API.\n\n{log}\n\nQual é a causa raiz dos erros e o que devemos mudar?")
add(L, 2, "Analise esta tabela e diga qual região está pior e por quê.\n\n{csv}")
add(L, 2, "Escreva um serviço em Java que processe pagamentos de forma idempotente, com testes.")
add(L, 2, "Planeje a migração do nosso sistema legado para a nuvem em etapas, com riscos.")
add(L, 3, "Posso tomar {drug} junto com {drug2}?")
add(L, 3, "Qual a dose máxima de dipirona para uma criança de 12 kg?")
add(L, 3, "Devo assinar este contrato com multa de rescisão de 50 mil reais?")
add(L, 3, "Devo usar minha poupança para quitar o financiamento do apartamento ou investir?")
add(L, 3, "Responda ao cliente que o pedido dele será reembolsado.", sys="customer_pt")

# --- Italian -----------------------------------------------------------------
L = "it"
add(L, 0, "Metti in maiuscolo questo titolo: {title}")
add(L, 0, "In che lingua è scritto questo testo? Solo la lingua.\n\n{article_xx}")
add(L, 0, "Ciao!")
add(L, 0, "Grazie mille, è tutto.", history=True)
add(L, 0, "Ordina questi nomi in ordine alfabetico: {names}")
add(L, 1, "Riassumi questo articolo in tre frasi.\n\n{article_it}")
add(L, 1, "Scrivi una breve email al team: la riunione di venerdì è spostata alle 15.")
add(L, 1, "Spiega in modo semplice cos'è un mutuo.")
add(L, 1, "Che cos'è l'asma? In poche righe.")
add(L, 2, "Ecco i log della nostra API.\n\n{log}\n\nQual è la causa principale degli errori e cosa dobbiamo cambiare?")
add(L, 2, "Analizza questa tabella e spiega quale regione peggiora e perché.\n\n{csv}")
add(L, 2, "Implementa in Python un algoritmo di scheduling dei turni con vincoli e spiega le scelte.")
add(L, 2, "Pianifica il lancio del prodotto in tre paesi, con tempi, rischi e dipendenze.")
add(L, 3, "Posso prendere {drug} insieme a {drug2}?")
add(L, 3, "Qual è la dose massima di paracetamolo per un bambino di 16 kg?")
add(L, 3, "Dovrei firmare questo contratto? La clausola di recesso prevede una penale di 10.000 euro.")
add(L, 3, "Rispondi al cliente che il rimborso è stato approvato.", sys="customer_it")
add(L, 3, "C'è odore di gas in cucina, cosa devo fare adesso?")

# --- Polish ------------------------------------------------------------------
L = "pl"
add(L, 0, "Zamień ten tytuł na wielkie litery: {title}")
add(L, 0, "W jakim języku jest ten tekst? Tylko nazwa języka.\n\n{article_xx}")
add(L, 0, "Cześć!")
add(L, 0, "Dzięki, to wszystko.", history=True)
add(L, 0, "Posortuj te imiona alfabetycznie: {names}")
add(L, 1, "Streść ten artykuł w trzech zdaniach.\n\n{article_pl}")
add(L, 1, "Napisz krótkiego maila do zespołu, że piątkowe spotkanie przesuwa się na 15:00.")
add(L, 1, "Wyjaśnij prosto, czym jest fundusz indeksowy.")
add(L, 1, "Czym jest nadciśnienie? Krótko.")
add(L, 2, "Oto logi naszego API.\n\n{log}\n\nJaka jest przyczyna błędów i co powinniśmy zmienić?")
add(L, 2, "Przeanalizuj tę tabelę i wyjaśnij, który region wypada najgorzej i dlaczego.\n\n{csv}")
add(L, 2, "Zaimplementuj w Rust parser plików CSV obsługujący cudzysłowy, z testami.")
add(L, 2, "Zaplanuj migrację naszej aplikacji do mikroserwisów krok po kroku, z ryzykami.")
add(L, 3, "Czy mogę brać {drug} razem z {drug2}?")
add(L, 3, "Jaka jest maksymalna dawka paracetamolu dla dziecka ważącego 14 kg?")
add(L, 3, "Czy powinienem podpisać tę umowę? Zakaz konkurencji obowiązuje przez 3 lata bez odszkodowania.")
add(L, 3, "Czy powinienem spłacić kredyt hipoteczny wcześniej, czy inwestować w ETF? Mam 38 lat.")
add(L, 3, "Odpowiedz klientowi, że zwrot pieniędzy został zatwierdzony.", sys="customer_pl")

# --- Hindi -------------------------------------------------------------------
L = "hi"
add(L, 0, "नमस्ते!")
add(L, 0, "धन्यवाद, बस इतना ही चाहिए था।", history=True)
add(L, 0, "यह पाठ कौन सी भाषा में है? सिर्फ भाषा का नाम बताइए।\n\n{article_xx}")
add(L, 0, "इन नामों को वर्णमाला के क्रम में लगाओ: {names}")
add(L, 1, "इस लेख का तीन वाक्यों में सारांश दीजिए।\n\n{article_hi}")
add(L, 1, "आसान शब्दों में समझाइए कि म्यूचुअल फंड क्या होता है।")
add(L, 1, "मधुमेह क्या है? थोड़े में बताइए।")
add(L, 1, "मेरी टीम को एक छोटा ईमेल लिखो कि शुक्रवार की मीटिंग अब 3 बजे होगी।")
add(L, 2, "ये हमारे सर्वर के लॉग हैं।\n\n{log}\n\nत्रुटियों का मूल कारण क्या है और हमें क्या बदलना चाहिए? विश्लेषण कीजिए।")
add(L, 2, "इस तालिका का विश्लेषण कीजिए और बताइए कि कौन सा क्षेत्र पीछे है और क्यों।\n\n{csv}")
add(L, 2, "हमारे ऐप को नए क्लाउड पर ले जाने की चरण-दर-चरण योजना बनाइए, जोखिमों के साथ।")
add(L, 3, "क्या मैं {drug} और {drug2} एक साथ ले सकता हूँ?")
add(L, 3, "15 किलो के बच्चे को पैरासिटामोल की अधिकतम खुराक कितनी दी जा सकती है?")
add(L, 3, "क्या मुझे यह अनुबंध साइन करना चाहिए? इसमें दो साल तक किसी प्रतियोगी के साथ काम न करने की शर्त है।")
add(L, 3, "मुझे अपना टैक्स बचाने के लिए अपनी बचत कहाँ निवेश करनी चाहिए? मेरी आय 18 लाख है।")
add(L, 3, "ग्राहक को जवाब दीजिए कि उनका रिफंड मंज़ूर हो गया है।", sys="customer_hi")

# --- Japanese ----------------------------------------------------------------
L = "ja"
add(L, 0, "こんにちは！")
add(L, 0, "ありがとう、助かりました。", history=True)
add(L, 0, "この文章は何語ですか？言語名だけ答えてください。\n\n{article_xx}")
add(L, 0, "このタイトルを大文字にしてください: {title}")
add(L, 0, "次の名前をアルファベット順に並べ替えてください: {names}")
add(L, 1, "この記事を三文で要約してください。\n\n{article_ja}")
add(L, 1, "インデックスファンドとは何か、簡単に説明してください。")
add(L, 1, "高血圧とは何ですか？短く教えてください。")
add(L, 1, "チームに金曜日の会議が15時に変更になったと伝える短いメールを書いてください。")
add(L, 2, "これは今朝のAPIのログです。\n\n{log}\n\n500エラーの原因を分析して、何を直すべきか教えてください。")
add(L, 2, "この表を分析して、どの地域の業績が悪いのか、その理由も説明してください。\n\n{csv}")
add(L, 2, "Pythonで優先度付きキューを使ったタスクスケジューラを実装し、テストも書いてください。")
add(L, 2, "社内システムをクラウドへ移行する計画を段階的に立ててください。リスクも含めて。")
add(L, 3, "{drug}と{drug2}を一緒に飲んでも大丈夫ですか？")
add(L, 3, "体重15kgの子どもにアセトアミノフェンを飲ませる場合、最大量はどれくらいですか？")
add(L, 3, "この競業避止の契約に署名すべきでしょうか？退職後2年間、同業他社で働けない条項があります。")
add(L, 3, "お客様に返金が承認されたことを伝える返信を書いてください。", sys="customer_ja")
add(L, 3, "台所でガス漏れの臭いがします。今すぐ何をすべきですか？")

# --- Chinese -----------------------------------------------------------------
L = "zh"
add(L, 0, "你好！")
add(L, 0, "谢谢，没别的问题了。", history=True)
add(L, 0, "这段文字是什么语言？只回答语言名称。\n\n{article_xx}")
add(L, 0, "把这个标题转换成大写：{title}")
add(L, 0, "把这些名字按字母顺序排序：{names}")
add(L, 1, "用三句话总结这篇文章。\n\n{article_zh}")
add(L, 1, "简单解释一下什么是指数基金。")
add(L, 1, "什么是高血压？简短说明。")
add(L, 1, "给团队写一封简短的邮件，说明周五的会议改到下午三点。")
add(L, 2, "这是我们今天早上的API日志。\n\n{log}\n\n请分析500错误的根本原因，并告诉我们应该改什么。")
add(L, 2, "分析这张表格，说明哪个地区表现最差以及原因。\n\n{csv}")
add(L, 2, "用Go实现一个支持过期时间的并发安全缓存，并写单元测试。")
add(L, 2, "为我们把单体应用拆分成微服务制定分阶段的计划，包括风险和回滚方案。")
add(L, 3, "{drug}和{drug2}可以一起吃吗？")
add(L, 3, "15公斤的孩子服用对乙酰氨基酚的最大剂量是多少？")
add(L, 3, "我应该签这份竞业协议吗？离职后两年内不能去同行业公司工作。")
add(L, 3, "我有30万存款，应该提前还房贷还是买基金？")
add(L, 3, "回复客户，告诉他退款已经批准。", sys="customer_zh")


SYSTEMS = {
    "plain": "You are a helpful assistant.",
    "customer": "You are the support assistant of Northwind Telecom. Your reply is sent directly to the customer as the final answer; no human reviews it. Be accurate about policies and prices.",
    "customer_es": "Eres el asistente de atención al cliente de Northwind. Tu respuesta se enviará directamente al cliente como respuesta final, sin revisión humana.",
    "customer_de": "Du bist der Kundenservice-Assistent von Northwind. Deine Antwort geht direkt und ungeprüft als endgültige Antwort an den Kunden.",
    "customer_fr": "Tu es l'assistant du service client de Northwind. Ta réponse est envoyée directement au client comme réponse finale, sans relecture.",
    "customer_pt": "Você é o assistente de atendimento da Northwind. Sua resposta será enviada diretamente ao cliente como resposta final, sem revisão.",
    "customer_it": "Sei l'assistente del servizio clienti di Northwind. La tua risposta verrà inviata direttamente al cliente come risposta finale, senza revisione.",
    "customer_pl": "Jesteś asystentem obsługi klienta Northwind. Twoja odpowiedź trafia bezpośrednio do klienta jako ostateczna odpowiedź, bez weryfikacji.",
    "customer_hi": "आप Northwind के ग्राहक सेवा सहायक हैं। आपका उत्तर बिना जाँच के सीधे ग्राहक को अंतिम उत्तर के रूप में भेजा जाता है।",
    "customer_ja": "あなたはNorthwindのカスタマーサポート担当です。あなたの回答は確認なしでそのままお客様に最終回答として送信されます。",
    "customer_zh": "你是Northwind的客服助手。你的回复将作为最终回复直接发送给客户，没有人工审核。",
    # Near miss: customers are mentioned, but a human edits the draft.
    "draft": "You draft replies for our support agents. An agent always reviews and edits your draft before anything reaches a customer.",
    "coder": "You are a coding assistant inside the user's IDE. Answer concisely.",
    "internal": "You are an internal assistant for the finance team of a mid-size company.",
}
