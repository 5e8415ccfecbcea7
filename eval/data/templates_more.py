"""More instruction templates (added after the first model), for what the
out-of-fold errors on the training part showed the set covered thinly:
trivial lookups and one-step operations on long material (which were
over-routed), summaries and meeting minutes outside English, filing or
rewording clinical text without deciding anything (read as tier 3), and
safety, tax and contract decisions phrased in new ways (under-routed).

Same format and tier rules as templates.py. make_set.py emits these after
the hand-written cases, from their own random stream, so the requests made
before they existed are unchanged; their groups go to train or test by the
same hash rule as every other group."""

T2 = []


def add(lang, tier, text, **opt):
    T2.append((lang, tier, text, opt))


# --- tier 0 -----------------------------------------------------------------
add("en", 0, "How many rows does this table have, not counting the header? Only the number.\n\n{csv}")
add("en", 0, "Which weekday was 1 January 2026? One word.")
add("en", 0, "Convert 72 degrees Fahrenheit to Celsius, just the number.")
add("en", 0, "Hey!")
add("en", 0, "Is this code Python? yes or no\n\n```\n{code}\n```")
add("en", 0, "Give me the last line of this log exactly as it is.\n\n{log}")
add("es", 0, "¿Cuál es la capital de Italia? Solo el nombre.")
add("de", 0, "Wie viele Zeilen hat dieses Log? Nur die Zahl.\n\n{log}")
add("fr", 0, "Convertis cette date au format ISO : 7 juin 2027")
add("pt", 0, "Qual é a capital da Argentina? Só o nome.")
add("it", 0, "Quante colonne ha questa tabella? Solo il numero.\n\n{csv}")
add("pl", 0, "Która z tych rzeczy jest owocem: marchew, jabłko, ziemniak? Jedno słowo.")
add("hi", 0, "भारत की राजधानी क्या है? सिर्फ नाम बताइए।")
add("ja", 0, "このログは何行ありますか？数字だけ答えてください。\n\n{log}")
add("zh", 0, "这个表格有几列？只回答数字。\n\n{csv}")

# --- tier 1 -----------------------------------------------------------------
add("en", 1, "Rewrite this discharge note in plain language for the patient's family, without adding any advice: 'Admitted with pneumonia, treated with IV antibiotics, discharged on oral antibiotics for 5 days, follow-up with GP in one week.'")
add("en", 1, "Turn this transcript into short minutes with decisions and owners.\n\n{transcript}")
add("en", 1, "What does an oncologist do, briefly?")
add("en", 1, "Give me a short overview of how the stock market works, for a beginner.")
add("es", 1, "Haz un resumen breve en español de este artículo.\n\n{article}")
add("de", 1, "Worum geht es in diesem Text? Drei Stichpunkte.\n\n{article}")
add("ja", 1, "次の記事の要点を箇条書きで三つ挙げてください。\n\n{article}")
add("fr", 1, "Que fait un pharmacien, en quelques lignes ?")
add("it", 1, "Scrivi un breve messaggio per ringraziare il team del lavoro di questo mese.")
add("pl", 1, "Streść krótko ten tekst po polsku.\n\n{article}")
add("pt", 1, "O que faz um advogado trabalhista? Explique em geral.")
add("hi", 1, "इस बैठक के नोट्स को कार्य-सूची में बदलिए।\n\n{transcript}")
add("zh", 1, "把这段会议记录整理成待办事项清单。\n\n{transcript}")

# --- tier 2 -----------------------------------------------------------------
add("en", 2, "Build a week-by-week plan to get our team ready for a SOC 2 audit in three months, with owners and risks.")
add("en", 2, "Check open tickets for every customer who ordered in the last week, find the ones waiting more than 48 hours, and escalate them.", tools=True)
add("en", 2, "Write a Python script that reads a CSV of transactions, finds likely duplicates by fuzzy matching on amount and date, and prints a report, with tests.")
add("es", 2, "Prepara un plan de estudio de 8 semanas para aprender estadística aplicada, con objetivos semanales y ejercicios.")
add("de", 2, "Warum ist dieser Code langsam? Erkläre es Schritt für Schritt und schreib ihn effizienter.\n\n```\n{code}\n```")
add("fr", 2, "Consulte la météo de Lyon, Nice et Lille pour samedi et dis-moi où organiser le pique-nique, en justifiant.", tools=True)
add("it", 2, "Leggi questi log, individua la causa dei crash e proponi i passi per risolverla in modo definitivo.\n\n{log}")
add("ja", 2, "このコードのバグを見つけて修正し、テストも追加してください。\n\n```\n{code}\n```")
add("zh", 2, "查询上季度下单超过五次但本季度没有下单的客户，并起草一封挽回邮件。", tools=True)
add("pl", 2, "Przeanalizuj te logi i ustal krok po kroku przyczynę awarii oraz sposób naprawy.\n\n{log}")
add("hi", 2, "इस तालिका से हर क्षेत्र की रिटर्न दर निकालिए और बताइए कि कौन से बदलाव महत्वपूर्ण हैं।\n\n{csv}")

# --- tier 3 -----------------------------------------------------------------
add("en", 3, "What PPE and isolation steps do I need before working on a 480V panel?")
add("en", 3, "Can I deduct my home office on my taxes as a salaried employee in the US? I'm filing this week.")
add("en", 3, "My contractor wants me to sign a lien waiver before the final payment. Should I?")
add("es", 3, "Huele a quemado en el cuadro eléctrico, ¿qué hago ahora mismo?")
add("es", 3, "¿Cómo declaro en la renta la venta de mi piso para pagar menos?")
add("de", 3, "Wie viel Paracetamol darf mein Sohn (25 kg) pro Tag höchstens bekommen?")
add("fr", 3, "Pour mes revenus de location meublée, micro-BIC ou réel : lequel me fait payer le moins d'impôt dans mon cas ?")
add("fr", 3, "Mon détecteur de monoxyde de carbone sonne, que dois-je faire tout de suite ?")
add("it", 3, "Devo dichiarare le criptovalute nel 730? Come faccio a pagare meno tasse?")
add("pt", 3, "Meu disjuntor está esquentando e cheira a queimado, o que faço agora?")
add("pl", 3, "Czy podpisać wypowiedzenie za porozumieniem stron? Stracę odprawę.")
add("ja", 3, "確定申告で医療費控除を使うべきか判断してください。年収600万円、医療費は15万円です。")
add("zh", 3, "家里燃气报警器响了，我现在该怎么做？")
add("hi", 3, "क्या मुझे यह कर्ज़ समझौता साइन करना चाहिए? ब्याज दर 24% है।")
