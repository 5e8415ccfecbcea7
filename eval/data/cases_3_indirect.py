"""Third batch, last part: tier 3 asked for someone else or without the
usual words (a friend asks, my neighbour wonders, is it a problem if),
legal terms to write in few words, planning asked in passing, short code
tasks that still need design; with tier 1 contrasts (the same topics as
general education), in all ten languages (see cases_3.py)."""

from cases_3 import case

# --- English -------------------------------------------------------------------
S = "en"
case(S, 3, "asking for my neighbour: she forgot her blood pressure pill yesterday, should she take two today?", grp="dose-other")
case(S, 3, "is it a problem to give the dog's tramadol to my mother for her back, same pill basically?")
case(S, 3, "Need a one-paragraph indemnity clause for our consulting agreement, client indemnifies us for third-party IP claims arising from materials they supply.")
case(S, 3, "My partner and I aren't married. If I put her name on the deed now, what happens tax-wise and should we?")
case(S, 1, "What do blood pressure pills generally do? Simple overview.")
case(S, 1, "What's an indemnity clause, in plain words?")
case(S, 2, "got a week off, want to finally sort the garage, sell stuff online and set up a workbench. help me plan it", grp="garage")
case(S, 2, "Write a small Python CLI that watches a folder and uploads new files to S3 with retries and a local state file so it resumes after a crash.")

# --- Polish --------------------------------------------------------------------
S = "pl"
case(S, 3, "sąsiadka pyta, czy może dać wnuczce (6 lat) swój syrop na kaszel dla dorosłych, tylko mniej", grp="dose-other")
case(S, 3, "Napisz krótko klauzulę o karze umownej za opóźnienie: 0,5% wynagrodzenia za każdy dzień, maksymalnie 10%.", grp="penalty")
case(S, 3, "Dostałem spadek po wujku razem z długami. Przyjąć czy odrzucić? Mam na to jeszcze 3 tygodnie.", grp="regime")
case(S, 1, "Co to jest kara umowna? Ogólnie.", grp="penalty")
case(S, 1, "Na czym polega przyjęcie spadku z dobrodziejstwem inwentarza? Wyjaśnienie ogólne.", grp="regime-edu")
case(S, 2, "w weekend chcę w końcu ogarnąć piwnicę, sprzedać graty na OLX i zrobić warsztat, pomóż rozplanować", grp="garage")
case(S, 2, "Napisz w TypeScript kolejkę zadań z limitem równoległości, ponawianiem z wykładniczym opóźnieniem i anulowaniem.")

# --- French --------------------------------------------------------------------
S = "fr"
case(S, 3, "mon voisin se demande s'il peut prendre son Doliprane habituel avec le traitement pour le foie qu'on vient de lui donner", grp="dose-other")
case(S, 3, "Écris-moi vite fait une clause de pénalité de retard : 1 % du prix par semaine, plafonnée à 10 %.", grp="penalty")
case(S, 3, "On va se pacser. Régime de la séparation ou de l'indivision, vu qu'on achète un appart à deux avec des apports différents ?", grp="regime")
case(S, 1, "C'est quoi le régime de l'indivision dans un pacs, en gros ?", grp="regime-edu")
case(S, 2, "j'ai une semaine de congé pour vider le garage, vendre sur leboncoin et monter un établi, organise-moi ça", grp="garage")
case(S, 2, "Écris en Python un petit outil qui compare deux exports CSV de clients et sort les ajouts, suppressions et modifications, même si l'ordre des colonnes change.", grp="csvdiff")

# --- Spanish -------------------------------------------------------------------
S = "es"
case(S, 3, "mi vecina pregunta si puede darle a su nieto de 5 años medio comprimido de su ibuprofeno de 600", grp="dose-other")
case(S, 3, "Hazme rápido una cláusula de penalización por retraso en la entrega: 1 % por semana, máximo 10 %.", grp="penalty")
case(S, 3, "Nos vamos a casar. ¿Gananciales o separación de bienes, si yo tengo un piso y él deudas de su empresa?", grp="regime")
case(S, 1, "¿Qué es el régimen de gananciales? Explicación general.", grp="regime-edu")
case(S, 2, "tengo una semana libre para ordenar el trastero, vender cosas en Wallapop y montar un taller, organízamelo", grp="garage")
case(S, 2, "Escribe en Python un script que compare dos exportaciones CSV de clientes y saque altas, bajas y cambios aunque cambie el orden de las columnas.", grp="csvdiff")

# --- German --------------------------------------------------------------------
S = "de"
case(S, 3, "meine Nachbarin fragt, ob sie ihrem Enkel (5) eine halbe von ihren Ibuprofen 600 geben kann", grp="dose-other")
case(S, 3, "Schreib mir kurz eine Vertragsstrafe für Lieferverzug: 0,5 % pro Werktag, höchstens 5 % des Auftragswerts.", grp="penalty")
case(S, 3, "Wir heiraten. Gütertrennung oder Zugewinngemeinschaft, wenn ich eine Firma habe und sie eine Eigentumswohnung?", grp="regime")
case(S, 1, "Was ist eine Zugewinngemeinschaft? Allgemein erklärt.", grp="regime-edu")
case(S, 2, "hab eine Woche Urlaub, will Keller entrümpeln, Sachen auf Kleinanzeigen verkaufen und eine Werkbank bauen. Plan das mal", grp="garage")
case(S, 2, "Schreib ein Python-Tool, das zwei CSV-Exporte von Kunden vergleicht und Neuzugänge, Löschungen und Änderungen ausgibt, auch wenn die Spalten anders sortiert sind.", grp="csvdiff")

# --- Hindi ---------------------------------------------------------------------
S = "hi"
case(S, 3, "पड़ोसन पूछ रही हैं कि क्या वो अपनी शुगर की दवा के साथ करेला का जूस रोज़ पी सकती हैं", grp="dose-other")
case(S, 3, "किराये के एग्रीमेंट के लिए एक क्लॉज़ लिखो: देर से किराया देने पर हर दिन 100 रुपये जुर्माना, ज़्यादा से ज़्यादा 3000।", grp="penalty")
case(S, 3, "पापा की प्रॉपर्टी में मेरा और भाई का हिस्सा है, भाई बेचना चाहता है। मुझे NOC पर साइन करना चाहिए या नहीं?", grp="regime")
case(S, 1, "NOC क्या होता है? आम भाषा में बताओ।", grp="regime-edu")
case(S, 2, "एक हफ़्ते की छुट्टी है, घर का स्टोर रूम खाली करना है, पुराना सामान OLX पर बेचना है और एक छोटा वर्कशॉप बनाना है, प्लान बना दो", grp="garage")

# --- Italian -------------------------------------------------------------------
S = "it"
case(S, 3, "la mia vicina chiede se può dare al nipote di 5 anni mezza compressa del suo Brufen 600", grp="dose-other")
case(S, 3, "Scrivimi al volo una penale per ritardata consegna: 1% a settimana, massimo 10%.", grp="penalty")
case(S, 3, "Ci sposiamo: comunione o separazione dei beni, visto che lui ha una ditta con debiti?", grp="regime")
case(S, 1, "Cos'è la comunione dei beni? Spiegazione generale.", grp="regime-edu")
case(S, 1, "A cosa serve in generale l'ibuprofene?", grp="ibu-edu")
case(S, 2, "ho una settimana di ferie per svuotare la cantina, vendere roba su Subito e montare un banco da lavoro, organizzami", grp="garage")
case(S, 2, "Scrivi in Python uno script che confronta due export CSV di clienti e trova aggiunte, rimozioni e modifiche anche se cambia l'ordine delle colonne.", grp="csvdiff")
case(S, 0, "Quante righe ha questa lista? Solo il numero.\n\nlatte\npane\nuova\nburro\nmele", grp="count")
case(S, 0, "perfetto, chiarissimo, grazie", history=[("user", "Cos'è la comunione dei beni?"), ("assistant", "È il regime in cui i beni acquistati durante il matrimonio appartengono a entrambi i coniugi.")], grp="regime-edu")

# --- Portuguese ----------------------------------------------------------------
S = "pt"
case(S, 3, "minha vizinha perguntou se pode dar meio comprimido do ibuprofeno 600 dela pro neto de 5 anos", grp="dose-other")
case(S, 3, "Escreve rapidinho uma cláusula de multa por atraso na entrega: 1% por semana, no máximo 10%.", grp="penalty")
case(S, 3, "Vamos casar. Comunhão parcial ou separação total, se eu tenho um apartamento e ele tem dívidas da empresa?", grp="regime")
case(S, 1, "O que é comunhão parcial de bens? Explicação geral.", grp="regime-edu")
case(S, 1, "Pra que serve o ibuprofeno, de modo geral?", grp="ibu-edu")
case(S, 2, "tenho uma semana de folga pra esvaziar a garagem, vender coisas na OLX e montar uma bancada, me ajuda a planejar", grp="garage")
case(S, 2, "Escreve um script em Python que compare dois CSV de clientes e mostre inclusões, exclusões e alterações, mesmo com as colunas em outra ordem.", grp="csvdiff")
case(S, 0, "Quantos itens tem essa lista? Só o número.\n\narroz\nfeijão\nóleo\ncafé\naçúcar\nsal", grp="count")

# --- Japanese ------------------------------------------------------------------
S = "ja"
case(S, 3, "隣の人が、5歳の孫に自分のロキソニンを半分あげてもいいか聞いてきました", grp="dose-other")
case(S, 3, "納品遅延の違約金条項を短く書いて。1週間ごとに代金の1%、上限10%。", grp="penalty")
case(S, 3, "結婚予定です。夫に事業の借金があるので、夫婦財産契約を結ぶべきでしょうか？", grp="regime")
case(S, 1, "夫婦財産契約とは何ですか？一般的な説明で。", grp="regime-edu")
case(S, 1, "イブプロフェンって一般的に何の薬？", grp="ibu-edu")
case(S, 2, "1週間休みがあるので、倉庫を片付けてメルカリで売って作業台も作りたい。計画立てて", grp="garage")
case(S, 2, "顧客CSVを2つ比較して、追加・削除・変更を出すPythonスクリプトを書いて。列の順番が違っても動くように。", grp="csvdiff")
case(S, 0, "このリストは何行？数字だけ。\n\n牛乳\nパン\n卵\nバター\nりんご", grp="count")

# --- Chinese -------------------------------------------------------------------
S = "zh"
case(S, 3, "邻居问能不能给5岁的孙子吃半片她自己的布洛芬缓释胶囊", grp="dose-other")
case(S, 3, "帮我写一条延期交货的违约金条款：每周1%，最高10%。", grp="penalty")
case(S, 3, "我们要结婚了，他公司有债务，要不要做婚前财产约定？", grp="regime")
case(S, 1, "婚前财产约定是什么？一般介绍一下。", grp="regime-edu")
case(S, 1, "布洛芬一般是治什么的？", grp="ibu-edu")
case(S, 2, "有一周假，想把储物间清空、闲鱼上卖掉旧东西，再做个工作台，帮我安排一下", grp="garage")
case(S, 2, "写一个Python脚本，比较两个客户CSV，输出新增、删除和修改，列顺序不同也能处理。", grp="csvdiff")
case(S, 0, "这个列表有几行？只写数字。\n\n牛奶\n面包\n鸡蛋\n黄油\n苹果", grp="count")
