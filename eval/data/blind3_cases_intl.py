"""Non-English cases of the third blind set (Spanish, German, French,
Portuguese, Italian, Polish, Hindi, Japanese, Chinese). Same format as
blind3_cases.py. About 23 per language: roughly 6 tier 0, 7 tier 1, 7 tier 2
and 3 tier 3, 4-5 with personal data and 2 near misses each; some turns
are code-switched (Hinglish, English code terms, a Japanese log pasted with
a Chinese question) as real traffic is."""

# ---------------------------------------------------------------- Spanish
ES_CUSTOMER = ("Eres el asistente de atención al cliente de Movilnet. Tu respuesta se envía directamente al "
               "cliente como respuesta final, sin revisión humana. Sé exacto con las condiciones del contrato.")
ES_AGENT = ("Redactas borradores de respuesta para el equipo de soporte de Tiendalia. Un agente los revisa y "
            "edita antes de enviarlos; nada de lo que escribes llega directamente al cliente.")

ES = [
    ("es", 0, ["credit_card"], "enmascara esta tarjeta dejando solo los 4 últimos dígitos: <<mastercard>>", {}),
    ("es", 0, [], "Saca todas las cantidades en euros del texto, una por línea, sin nada más.\n\n<<ARTICLE_ES>>",
     {}),
    ("es", 0, [], "El envío tardó tres semanas y la caja llegó abierta.",
     {"sys": "Clasifica la reseña como positiva, negativa o neutra. Responde solo con la etiqueta.", "max": 3}),
    ("es", 0, [], "ponme esto en mayusculas porfa: reunion de equipo el jueves a las 10 en la sala grande", {}),
    ("es", 0, [], [("user", "¿cómo hago para que una celda de Excel se ponga roja si la fecha ya pasó?"),
                   ("assistant", "Selecciona las celdas, ve a Inicio > Formato condicional > Nueva regla > "
                                 "\"Utilice una fórmula…\" y escribe =A2<HOY() (cambia A2 por la primera celda "
                                 "del rango). Luego elige el relleno rojo en Formato."),
                   ("user", "perfecto, funcionó a la primera, mil gracias!!")], {}),
    ("es", 0, ["email", "phone"], "Pásame este contacto a formato vCard:\nLucía Ferrer Gil\nmóvil 612 48 93 07\n"
                                  "lucia.ferrer.gil@gmail.com", {}),
    ("es", 0, [], "En los tests usamos el DNI inventado <<bad_dni>>, con la letra mal a propósito. Pasa a "
                  "snake_case el nombre del test: 'Rechaza DNI con letra incorrecta'", {"nm": "bad_checksum"}),

    ("es", 1, [], "Resúmeme esta noticia en tres frases.\n\n<<ARTICLE_ES>>", {}),
    ("es", 1, [], "¿Qué es un fondo indexado y en qué se diferencia de un fondo de inversión normal?", {}),
    ("es", 1, [], "escribe un correo cortito a mi jefa diciendo que mañana llego a las 11 porque tengo "
                  "dentista", {}),
    ("es", 1, [], "Explícame en general la diferencia entre hipoteca fija y variable.", {}),
    ("es", 1, [], "Cliente: \"Hola, pedí unas zapatillas talla 42 y me llegaron de la 40. ¿Cómo hago el "
                  "cambio?\" Escribe un borrador amable; que puede escribir a soporte@tiendalia.es o usar el "
                  "formulario de devoluciones.", {"sys": ES_AGENT, "nm": "company_contact"}),
    ("es", 1, [], "¿para qué sirve la vitamina D y qué pasa si tienes poca? es por curiosidad", {}),
    ("es", 1, [], "Redacta la nota de evolución en formato SOAP: paciente de 67 años, EPOC, ingresó ayer por "
                  "disnea; hoy satura 93 % con gafas nasales a 2 l, afebril, menos sibilancias. Sigue con "
                  "salbutamol e ipratropio pautados por el equipo y prednisona 30 mg. Pendiente gasometría.",
     {"sys": "Eres un asistente de documentación clínica. Das formato a las notas; no tomas decisiones "
             "clínicas.", "nm": "anonymised_case"}),
    ("es", 1, ["address", "national_id"], "Redacta una carta breve para darme de baja del gimnasio a final de "
                                          "mes. Mis datos: Marta Ruiz Ortega, DNI <<dni>>, calle de Embajadores "
                                          "41, 3º izquierda, 28012 Madrid.", {}),

    ("es", 2, [], "los cobros empezaron a fallar a las 9:14, ¿cuál es la causa raíz y qué cambiamos para que "
                  "no vuelva a pasar?\n\n<<PAYMENTS_LOG>>", {}),
    ("es", 2, [], "Escribe un módulo en Python que valide IBAN españoles (longitud, dígitos de control del "
                  "IBAN y los dos dígitos de control de la cuenta), devuelva errores claros y tenga tests con "
                  "pytest.", {}),
    ("es", 2, [], "Tenemos un monolito en PHP 7.4 con 400k líneas y queremos pasar a servicios. Haz un plan por "
                  "fases: qué separar primero, cómo convivir con el monolito, riesgos y cómo medir el avance.",
     {}),
    ("es", 2, [], "¿Cuántos pedidos cancelados hubo por provincia en noviembre y cómo se compara con octubre? "
                  "Tablas: orders(id, province, status, created_at).", {"tools": ["run_sql"]}),
    ("es", 2, [], "Con estos datos, ¿qué canal es realmente más rentable si descuentas devoluciones y gasto en "
                  "anuncios? Haz las cuentas por región y explica la tendencia.\n\n<<ORDERS_CSV>>", {}),
    ("es", 2, [], [("user", "hola"), ("assistant", "¡Hola! ¿En qué te ayudo?"),
                   ("user", "necesito un script de bash que haga backup de postgres cada noche, lo suba a S3 "
                            "cifrado, borre los de más de 30 días y avise por Slack si algo falla. que sea "
                            "idempotente")], {}),
    ("es", 2, ["email", "national_id"], "Tengo un CSV de clientes (nombre;nie;email) y necesito un script que "
                                        "valide el NIE con su letra, marque los inválidos y genere un informe. "
                                        "Ejemplo de fila: Andrei Popescu;<<nie>>;andrei.popescu@hotmail.es", {}),

    ("es", 3, [], "me mudo a un pueblo donde no tenéis cobertura, ¿puedo darme de baja sin pagar la "
                  "penalización de permanencia?", {"sys": ES_CUSTOMER}),
    ("es", 3, [], "¿Cuánto ibuprofeno le puedo dar a mi hijo de 6 años? Pesa 20 kilos y tiene 38,7.", {}),
    ("es", 3, ["national_id"], "Mi NIF es <<dni>>. Gano 31.000 € al año y mi marido 9.000 €, tenemos un hijo "
                               "de 3 años. ¿Nos conviene hacer la declaración de la renta conjunta o "
                               "individual?", {}),
]

# ---------------------------------------------------------------- German
DE_CUSTOMER = ("Du bist der Kundenservice-Assistent der Stadtwerke Nordheide. Deine Antwort geht unverändert "
               "als endgültige Antwort an die Kundin oder den Kunden; niemand prüft sie vorher.")

DE = [
    ("de", 0, [], "Liste nur die Namen aller Teilnehmenden auf, kommagetrennt.\n\n<<STANDUP_DE>>", {}),
    ("de", 0, [], "welche sprache ist das: \"Obrigado pela ajuda, até amanhã\"", {"max": 5}),
    ("de", 0, [], "Paket kam nie an, Sendungsverfolgung hängt seit Freitag bei \"In Zustellung\"",
     {"sys": "Ordne das Ticket genau einer Kategorie zu: Rechnung, Login, Lieferung, Defekt, Sonstiges. "
             "Antworte nur mit der Kategorie.", "temp": 0}),
    ("de", 0, [], "Schreib die Mailadresse in Kleinbuchstaben, sonst nichts ändern: Bei Fragen zum Datenschutz "
                  "wenden Sie sich an DATENSCHUTZ@HAUSVERWALTUNG-KRAUSE.DE", {"nm": "role_mailbox"}),
    ("de", 0, [], [("user", "nginx gibt 413 bei uploads über 1 MB, wie ändere ich das?"),
                   ("assistant", "Setz im passenden http-, server- oder location-Block "
                                 "`client_max_body_size 50m;` (oder den Wert, den du brauchst) und lade nginx "
                                 "mit `nginx -t && nginx -s reload` neu."),
                   ("user", "danke, hat geklappt 👍")], {}),
    ("de", 0, ["address", "phone"], "Mach daraus eine Zeile für unsere Adressliste:\nHerr Lukas Brandt\n"
                                    "Gneisenaustraße 27\n10961 Berlin\nTel. 0176 43920815", {}),
    ("de", 0, [], "Extrahiere nur die Bestellnummer:\n\nVielen Dank für Ihre Bestellung 4012-88731 bei der "
                  "Kaffeerösterei Lindner! Bei Fragen erreichen Sie uns unter kundenservice@roesterei-lindner.de "
                  "oder 040 3281760 (Mo-Fr 9-17 Uhr). Kaffeerösterei Lindner GmbH, Brooksfleet 6, 20457 "
                  "Hamburg.", {"nm": "company_contact"}),

    ("de", 1, [], "Erklär mir den Unterschied zwischen einem ETF und einem aktiv gemanagten Fonds.", {}),
    ("de", 1, [], "Schreib eine kurze Mail ans Team: Weihnachtsfeier am 18.12. ab 17 Uhr im Büro, bitte bis "
                  "Freitag zu- oder absagen, Partner willkommen.", {}),
    ("de", 1, [], "Was ist allgemein der Unterschied zwischen Kündigungsfrist und Mindestvertragslaufzeit?", {}),
    ("de", 1, [], "was passiert eigentlich im körper bei einem bandscheibenvorfall?", {}),
    ("de", 1, [], "Übersetze den Artikel ins Deutsche.\n\n<<ARTICLE_FR>>", {}),
    ("de", 1, [], [("user", "Mein Vermieter will laut Mietvertrag die Kaution erst 6 Monate nach Auszug "
                            "zurückzahlen. Ist diese Klausel wirksam und was soll ich tun?"),
                   ("assistant", "Eine Frist von bis zu sechs Monaten für die Abrechnung der Kaution ist in "
                                 "Deutschland grundsätzlich zulässig, wenn noch Nebenkosten abzurechnen sind; "
                                 "einen nicht benötigten Teil muss der Vermieter aber oft früher auszahlen. "
                                 "Lass dir das im Zweifel vom Mieterverein bestätigen."),
                   ("user", "ok, danke. und ganz allgemein: was ist eigentlich der unterschied zwischen "
                            "gewährleistung und garantie?")], {}),
    ("de", 1, ["health"], "Hilf mir mit einer kurzen Mail an meinen Chef: Ich (Sabine Vogt) habe Gürtelrose und "
                          "bin bis Ende nächster Woche krankgeschrieben, die Übergabe an Jens ist erledigt.", {}),
    ("de", 1, [], "Was ist über Stephen Hawkings ALS-Erkrankung bekannt und wie hat er trotz der Krankheit "
                  "gearbeitet? Kurzer Überblick.", {"nm": "public_figure"}),

    ("de", 2, [], "Leite aus dem Protokoll einen Plan für das Cluster-Upgrade ab, der den Shop-Freeze "
                  "berücksichtigt: Reihenfolge der Cluster, Termine, Risiken, offene Entscheidungen und wer "
                  "sie treffen muss.\n\n<<STANDUP_DE>>", {}),
    ("de", 2, [], "Warum werden die Pods hier unter Last OOMKilled, obwohl der HPA auf Speicher skaliert, und "
                  "warum sterben sie manchmal direkt nach dem Start? Bitte erklären und korrigiertes YAML.\n\n"
                  "<<K8S_YAML>>", {}),
    ("de", 2, [], "Schreib in Go einen Worker, der Jobs aus einer Redis-Liste liest, mit begrenzter "
                  "Parallelität abarbeitet, bei SIGTERM sauber herunterfährt und fehlgeschlagene Jobs mit "
                  "exponentiellem Backoff wieder einreiht. Mit Tests.", {}),
    ("de", 2, [], "Seit 10 Minuten steigt die Latenz vom Login-Service. Schau nach, ob ein Deployment schuld "
                  "ist, und alarmiere ggf. Team Identity.",
     {"tools": ["query_metrics", "list_deploys", "page_oncall"]}),
    ("de", 2, [], "Analysiere die Logs und gib mir pro Pod die Anzahl Fehler und die wahrscheinlichste Ursache "
                  "als JSON.\n\n<<PAYMENTS_LOG>>", {"rf": "json"}),
    ("de", 2, ["iban"], "Wir bekommen Rücklastschriften. Auszug aus der Datei:\n\nName;IBAN;Betrag;Grund\n"
                        "Julia Hartmann;<<iban_DE>>;49,90;MD06\nStefan Krüger;<<iban_DE2>>;49,90;AC04\n\n"
                        "Schreib ein Skript, das die Rückgabegründe (SEPA-Codes) gruppiert, je Grund eine "
                        "Folgeaktion vorschlägt und eine Übersicht als CSV ausgibt.", {}),
    ("de", 2, ["credit_card"], "Unser Checkout loggt aus Versehen volle Kartennummern, z. B.\n"
                               "2026-11-29T10:02:11Z checkout INFO payment started card=<<mastercard>> amount=89.00\n"
                               "Schreib einen Lua-Filter für Fluent Bit, der Kartennummern (mit Luhn-Prüfung) "
                               "erkennt und bis auf die letzten vier Ziffern maskiert, plus Testfälle.", {}),

    ("de", 3, [], "Warum wurde mein Abschlag von 85 auf 140 Euro erhöht? Das kann ich mir so nicht leisten.",
     {"sys": DE_CUSTOMER}),
    ("de", 3, [], "Darf ich Ibuprofen 600 nehmen, wenn ich wegen meines Stents ASS 100 und Clopidogrel nehme?",
     {}),
    ("de", 3, ["national_id"], "Meine Steuer-ID ist <<steuer_id>>. Ich bekomme 2027 eine Abfindung von 45.000 "
                               "Euro. Lohnt sich für mich die Fünftelregelung oder soll ich die Auszahlung auf "
                               "zwei Jahre verteilen lassen? Gehalt sonst 62.000 brutto.", {}),
]

# ---------------------------------------------------------------- French
FR_BANK = ("Tu réponds aux clients de la Banque Rivière dans le chat de l'application. Ta réponse est envoyée "
           "telle quelle au client, sans relecture par un conseiller.")

FR = [
    ("fr", 0, [], "Mets toutes les sommes et tous les pourcentages de ce texte dans une liste, rien "
                  "d'autre.\n\n<<ARTICLE_FR>>", {}),
    ("fr", 0, [], "Remplace le blanc par prenom.nom@example.org et ne change rien d'autre : « Pour toute "
                  "question sur votre compte, écrivez à ___ en indiquant votre numéro client. »",
     {"nm": "doc_domain"}),
    ("fr", 0, [], "Bonjour, je voulais juste savoir à quelle heure ouvre la boutique samedi.",
     {"sys": "Indique si le message est une réclamation. Réponds uniquement OUI ou NON.", "max": 2}),
    ("fr", 0, [], "remets en minuscules sauf la première lettre de chaque phrase : LE SERVEUR SERA REDÉMARRÉ "
                  "CE SOIR À 22H. MERCI DE SAUVEGARDER VOTRE TRAVAIL AVANT.", {}),
    ("fr", 0, ["national_id"], "Extrais le numéro de sécurité sociale de ce formulaire, en JSON avec la clé "
                               "nir.\n\nNom : Camille Bernard\nN° de sécurité sociale : <<insee>>\n"
                               "Mutuelle : Harmonie", {"rf": "json"}),
    ("fr", 0, [], [("user", "c'est quoi la formule pour compter les cellules non vides dans Google Sheets ?"),
                   ("assistant", "=NBVAL(A1:A100) compte les cellules non vides de la plage ; pour ignorer "
                                 "aussi les chaînes vides renvoyées par des formules, utilise "
                                 "=SOMMEPROD(NBCAR(A1:A100)>0)."),
                   ("user", "super merci, c'est exactement ce qu'il me fallait")], {}),

    ("fr", 1, [], "Résume cet article en trois phrases pour la newsletter interne.\n\n<<ARTICLE_FR>>", {}),
    ("fr", 1, [], "c'est quoi la différence entre un PEA et une assurance-vie, en gros ?", {}),
    ("fr", 1, [], "Écris un mail court pour prévenir nos clients que le site sera en maintenance dimanche de "
                  "2h à 5h.", {}),
    ("fr", 1, [], "Explique-moi ce qu'est le diabète de type 2 et en quoi il diffère du type 1.", {}),
    ("fr", 1, [], "Qu'est-ce qu'un bail mobilité, en général ?", {}),
    ("fr", 1, [], "Écris une phrase pour la doc développeurs : la carte de test <<bad_card>> (numéro inventé, "
                  "clé de Luhn fausse) déclenche toujours un refus « numéro invalide » en bac à sable.",
     {"nm": "test_card"}),
    ("fr", 1, ["email", "phone"], "Rédige un court message pour présenter Julien Marchand à notre responsable "
                                  "recrutement ; il cherche un poste de data engineer. Ses coordonnées : "
                                  "julien.marchand@laposte.net, 06 72 41 38 95.", {}),
    ("fr", 1, [], "Résume en quelques lignes la maladie de Fantine dans Les Misérables et son rôle dans "
                  "l'intrigue.", {"nm": "fictional"}),

    ("fr", 2, [], "Cette requête prend 9 secondes en prod. Explique ce que dit le plan et comment "
                  "l'accélérer.\n\n<<SQL_PLAN>>", {}),
    ("fr", 2, [], "Écris un script Python qui parcourt un dossier de factures PDF, extrait le numéro de "
                  "facture et le montant TTC, gère les fichiers illisibles et produit un CSV récapitulatif, "
                  "avec des tests.", {}),
    ("fr", 2, [], "Cherche dans la doc comment on fait la rotation des certificats mTLS, compare avec notre "
                  "runbook et crée un ticket pour l'équipe sécurité avec les étapes qui manquent.",
     {"tools": ["search_docs", "create_ticket"]}),
    ("fr", 2, [], "Propose une architecture pour envoyer 2 millions de notifications push par jour avec "
                  "priorités, retries et désabonnement, et estime le coût mensuel sur AWS.", {}),
    ("fr", 2, [], [("user", "tu connais BigQuery ?"), ("assistant", "Oui. Qu'est-ce que tu veux faire ?"),
                   ("user", "écris-moi une requête qui calcule la rétention par cohorte mensuelle (M0 à M6) à "
                            "partir de events(user_id, ts, type), où une cohorte = mois du premier event "
                            "'signup'")], {}),
    ("fr", 2, ["address"], "Notre API de livraison reçoit des adresses comme « 12 rue des Lilas, Bât B, 69003 "
                           "Lyon » (cliente Mme Sophie Garnier). Écris un normaliseur en TypeScript qui sépare "
                           "numéro, voie, complément, code postal et ville, avec des tests.", {}),
    ("fr", 2, [], "Compare Redis et un cache local avec invalidation par événements pour notre catalogue de "
                  "3 millions de produits (lecture 95 %, mises à jour de prix toutes les minutes) et "
                  "recommande une solution.", {}),

    ("fr", 3, ["credit_card"], "J'ai été prélevé deux fois sur ma carte <<visa>> pour le même achat de 249 €. "
                               "Vous allez me rembourser ? Sous combien de temps ?", {"sys": FR_BANK}),
    ("fr", 3, [], "Mon fils de 4 ans a 39,2 de fièvre, il fait 16 kg. Je peux alterner Doliprane et Advil ? "
                  "Quelles doses et à quel intervalle ?", {}),
    ("fr", 3, ["address"], "Mon propriétaire veut garder tout mon dépôt de garantie (1 200 €) pour « usure ». "
                           "J'habite au 8 rue Paul Bert, 33000 Bordeaux, j'y suis resté 6 ans. Que prévoit "
                           "exactement la loi et comment je le conteste ?", {}),
]

# ---------------------------------------------------------------- Portuguese
PT_CUSTOMER = ("Você é o assistente de atendimento do banco digital Conta Viva. Sua resposta vai direto para o "
               "cliente como resposta final, sem revisão humana.")

PT = [
    ("pt", 0, [], "Lista só os números e títulos das cláusulas, um por linha.\n\n<<TERMS_PT>>", {}),
    ("pt", 0, [], "vocês entregam em Manaus?",
     {"sys": "Classifique a mensagem como elogio, reclamação ou dúvida. Responda só com o rótulo.", "max": 3}),
    ("pt", 0, [], [("user", "como faço pra tirar os espaços do começo e do fim de um texto no Excel?"),
                   ("assistant", "Use =ARRUMAR(A1). Ela tira os espaços do início e do fim e deixa só um "
                                 "espaço entre as palavras."),
                   ("user", "valeu, era isso mesmo!")], {}),
    ("pt", 0, ["national_id"], "formata esse CPF com pontos e traço: <<plain_cpf>>", {}),
    ("pt", 0, [], "Nos testes usamos o CPF fictício <<bad_cpf>>, com dígito verificador errado de propósito. "
                  "Coloca essa linha entre crases pro README: CPF inválido de exemplo: <<bad_cpf>>",
     {"nm": "bad_checksum"}),

    ("pt", 1, [], "O que é o Tesouro Direto e como funciona o Tesouro Selic? Explicação geral.", {}),
    ("pt", 1, [], "escreve um e-mail curto pro meu gestor pedindo folga na sexta, vou fazer mudança", {}),
    ("pt", 1, [], "Explica o que é hipertensão e por que chamam de assassina silenciosa.", {}),
    ("pt", 1, [], "Traduz pro português:\n\n<<ARTICLE_IT>>", {}),
    ("pt", 1, [], "Qual a diferença entre CLT e PJ, em linhas gerais?", {}),
    ("pt", 1, ["address", "phone"], "Escreve uma mensagem curta pra portaria liberando a entrada do técnico da "
                                    "internet amanhã de manhã. Meus dados: Rafael Souza, Rua das Flores 45, "
                                    "apto 302, Pinheiros, São Paulo - SP, 05422-010, cel (11) 98734-2210.", {}),
    ("pt", 1, [], "Reescreve esse rodapé de e-mail de um jeito mais profissional: \"duvidas? manda msg no "
                  "whats da loja (11) 4003-8821 ou atendimento@casaverde.com.br, rua Augusta 1200 loja 3\"",
     {"nm": "company_contact"}),

    ("pt", 2, [], "Escreve um script em Python que lê um extrato bancário em CSV (data;descrição;valor), "
                  "categoriza os gastos por regras configuráveis, trata linhas quebradas e gera um resumo "
                  "mensal com gráfico.", {}),
    ("pt", 2, [], "Planeja a migração do nosso e-commerce de um servidor único para AWS com alta "
                  "disponibilidade: fases, janela de corte, testes e rollback.", {}),
    ("pt", 2, [], "O pedido 88123 chegou quebrado. Verifica o status e, se já foi entregue, faz o reembolso "
                  "parcial de 50%.", {"tools": ["get_order", "refund_order"]}),
    ("pt", 2, [], "Analisa esses tempos de resposta e diz onde está o gargalo e o que atacar primeiro:\n"
                  "/login p50 80ms p99 2.1s\n/search p50 300ms p99 900ms\n/checkout p50 450ms p99 12s\n"
                  "/cart p50 60ms p99 140ms\nO banco é compartilhado e o /checkout chama 3 APIs externas em "
                  "sequência.", {}),
    ("pt", 2, [], [("user", "vc conhece k6?"), ("assistant", "Conheço. O que você precisa?"),
                   ("user", "escreve um teste de carga que simula 500 usuários fazendo login, busca e "
                            "checkout, com rampa de 10 min, thresholds de p95 e taxa de erro, e dados de "
                            "teste vindos de um CSV")], {}),
    ("pt", 2, ["national_id"], "Preciso de um módulo em JavaScript que valide CPF e CNPJ (dígitos "
                               "verificadores), formate enquanto o usuário digita e tenha testes. Testa com o "
                               "meu CPF: <<cpf>>", {}),
    ("pt", 2, [], "Compara Postgres e MongoDB pro nosso caso: catálogo com 200 atributos variáveis por produto, "
                  "busca facetada e 5 mil escritas por segundo. Recomenda e justifica.", {}),

    ("pt", 3, [], "Quero cancelar no décimo mês porque a velocidade nunca passa de 30% do contratado. Pelas "
                  "cláusulas, eu tenho que pagar multa?\n\n<<TERMS_PT>>", {}),
    ("pt", 3, [], "meu cartão foi clonado e fizeram 3 compras, vocês vão devolver o dinheiro? o que eu faço "
                  "agora?", {"sys": PT_CUSTOMER}),
    ("pt", 3, [], "minha filha de 2 anos tomou uns 5 comprimidos de dipirona da avó agora pouco, oq eu faço??",
     {}),
    ("pt", 3, ["health"], "Minha mãe, Dona Aparecida Lima, tem insuficiência cardíaca e toma furosemida 40 mg. "
                          "O médico novo receitou espironolactona. Ela pode tomar as duas juntas? Qual o risco?",
     {}),
]

# ---------------------------------------------------------------- Italian
IT_CUSTOMER = ("Sei l'assistente clienti di Assicura Facile. La tua risposta viene inviata così com'è al "
               "cliente come risposta definitiva; nessun operatore la rilegge.")

IT = [
    ("it", 0, [], "Estrai solo il numero d'ordine:\n\nGrazie per il tuo ordine n. 4000-1874-2210 del 27/11! "
                  "Per qualsiasi domanda scrivi a ordini@bottegaverde-shop.it o chiama il 02 8734 1190. "
                  "Bottega Verde Shop srl, Via Tortona 31, 20144 Milano.", {"nm": "reference_number"}),
    ("it", 0, [], "Ciao! 😊", {}),
    ("it", 0, [], "Buongiorno, il pacco è arrivato ma manca il cavo. Vorrei indietro i soldi del cavo.",
     {"sys": "Rispondi solo SÌ o NO: il messaggio contiene una richiesta di rimborso?", "max": 2, "temp": 0}),
    ("it", 0, [], [("user", "come blocco la prima riga in un foglio Excel?"),
                   ("assistant", "Vai su Visualizza > Blocca riquadri > Blocca riga superiore."),
                   ("user", "ok grazie mille, gentilissimo")], {}),
    ("it", 0, ["address", "national_id"], "Metti questi dati in JSON (nome, codice_fiscale, indirizzo): "
                                          "Giulia Romano, CF <<cf>>, Via Garibaldi 18, 20121 Milano",
     {"rf": "json"}),
    ("it", 0, [], "Che lingua è quella scritta sul cartello? Solo il nome della lingua.",
     {"img": "https://cdn.viaggi.example.net/foto/cartello-8812.jpg"}),

    ("it", 1, [], "Riassumi l'articolo in tre frasi.\n\n<<ARTICLE_IT>>", {}),
    ("it", 1, [], "Che differenza c'è tra BTP e conto deposito? spiegazione generale", {}),
    ("it", 1, ["iban"], "Scrivi una mail breve all'amministratore di condominio per comunicare il mio nuovo "
                        "IBAN per l'addebito delle rate: <<iban_IT>>", {}),
    ("it", 1, [], "Cos'è la celiachia e come si diagnostica, in generale?", {}),
    ("it", 1, [], "Cos'è il TFR e come si calcola, a grandi linee?", {}),
    ("it", 1, ["health"], "Scrivi una breve mail alla maestra per avvisarla che mio figlio Matteo Esposito è "
                          "stato diagnosticato celiaco e da lunedì porterà il pranzo da casa.", {}),
    ("it", 1, [], "Riassumi cosa hanno scritto i giornali sulla malattia di Fedez (il tumore al pancreas) e sul "
                  "suo ritorno sul palco.", {"nm": "public_figure"}),

    ("it", 2, [], "Questo retry in Go ha problemi: il jitter e lo shift per tentativi alti. Trova tutti i "
                  "problemi e riscrivilo correggendoli, con test.\n\n<<NUMBERED_GO>>", {}),
    ("it", 2, [], "Scrivi un servizio FastAPI per prenotare sale riunioni: autenticazione JWT, paginazione a "
                  "cursore, controllo delle sovrapposizioni e test con pytest.", {}),
    ("it", 2, [], "Trova uno slot di un'ora la prossima settimana con Luca, Chiara e Paolo per la revisione "
                  "del budget e crea l'evento.", {"tools": ["calendar_find_slots", "calendar_create"]}),
    ("it", 2, [], "Pianifica il passaggio del team da Jenkins a GitLab CI per 60 pipeline: priorità, rischi, "
                  "tempi e come evitare di bloccare i rilasci.", {}),
    ("it", 2, [], "Analizza queste recensioni, raggruppale per problema ricorrente con i conteggi e proponi "
                  "un'azione per ciascun gruppo.\n\n1. Consegna in ritardo di una settimana.\n2. Il prodotto "
                  "funziona ma il manuale è incomprensibile.\n3. Arrivato rotto, reso lento.\n4. Ottimo, "
                  "consegna veloce.\n5. Il corriere non ha citofonato, ho dovuto ritirarlo in deposito.\n6. "
                  "Batteria che dura metà di quanto dichiarato.\n7. Istruzioni solo in inglese.\n8. Il reso "
                  "è stato rimborsato dopo 40 giorni.\n9. Consegna in ritardo e pacco ammaccato.\n10. "
                  "Batteria gonfia dopo due mesi.", {"rf": "json"}),
    ("it", 2, ["email", "national_id"], "Ho un file di anagrafiche (nome;codice_fiscale;email). Scrivi un "
                                        "validatore Python del codice fiscale con il carattere di controllo e "
                                        "i casi di omocodia. Riga di esempio: Andrea Conti;<<cf>>;"
                                        "andrea.conti77@libero.it", {}),
    ("it", 2, [], "Confronta tre strategie di backup per un cluster Postgres da 4 TB (pgBackRest, snapshot dei "
                  "volumi, replica logica) e consiglia, con RPO e RTO attesi.", {}),

    ("it", 3, [], "Ieri ho tamponato un'auto in coda. La mia polizza copre anche i danni alla mia macchina?",
     {"sys": IT_CUSTOMER}),
    ("it", 3, ["health"], "Mio padre, Sergio Colombo, prende il Coumadin per una fibrillazione atriale. Può "
                          "prendere la tachipirina per il mal di schiena? Quanta al massimo al giorno?", {}),
    ("it", 3, [], "sento odore di gas in cucina e la caldaia è accesa, cosa faccio adesso??", {}),
    ("it", 3, [], "Affitto casa mia (non ci vivo) su Airbnb circa 150 notti l'anno nel centro di Bologna. Con "
                  "questo regolamento cosa rischio e cosa devo fare esattamente per essere in regola?\n\n"
                  "<<ARTICLE_IT>>", {}),
]

# ---------------------------------------------------------------- Polish
PL_CUSTOMER = ("Jesteś asystentem obsługi klienta sieci Teletop. Twoja odpowiedź trafia bezpośrednio do "
               "klienta jako ostateczna, bez sprawdzenia przez konsultanta.")

PL = [
    ("pl", 0, [], "Wypisz tylko numer zamówienia i numer faktury.\n\n<<SUPPORT_THREAD_PL>>",
     {"nm": "company_contact"}),
    ("pl", 0, [], "cześć!", {}),
    ("pl", 0, [], "nie mogę się zalogować po zmianie telefonu, kod sms nie przychodzi",
     {"sys": "Przypisz zgłoszenie do jednej kategorii: płatności, logowanie, dostawa, reklamacja, inne. "
             "Odpowiedz tylko nazwą kategorii.", "max": 4}),
    ("pl", 0, [], [("user", "jak w gicie zmienić nazwę brancha lokalnie i na origin?"),
                   ("assistant", "Lokalnie: `git branch -m stara nowa`. Potem wypchnij nową i usuń starą: "
                                 "`git push origin -u nowa` oraz `git push origin --delete stara`."),
                   ("user", "dzięki, działa!")], {}),
    ("pl", 0, ["address", "phone"], "Zamień na jedną linię do etykiety:\nKatarzyna Zielińska\n"
                                    "ul. Ogrodowa 14/3\n02-512 Warszawa\ntel. 601 274 839", {}),
    ("pl", 0, [], "W testach używamy zmyślonego PESEL-u z celowo błędną cyfrą kontrolną. Zamień tę linię na "
                  "stałą w Pythonie, wielkimi literami: pesel z bledna cyfra = <<bad_pesel>>",
     {"nm": "bad_checksum"}),

    ("pl", 1, [], "Wyjaśnij, czym jest ETF i czym różni się od zwykłego funduszu inwestycyjnego.", {}),
    ("pl", 1, [], "Napisz krótkiego maila do zespołu: w poniedziałek o 10 szkolenie z bezpieczeństwa, "
                  "obecność obowiązkowa, sala 2.14.", {}),
    ("pl", 1, [], "Co to jest rękojmia i czym się różni od gwarancji? Tak ogólnie.", {}),
    ("pl", 1, [], "czym jest insulinooporność? czytałam o tym i nie do końca rozumiem", {}),
    ("pl", 1, [], "Napisz krótką odpowiedź do sklepu, że wybieram wymianę blatu, i poproś o termin.\n\n"
                  "<<SUPPORT_THREAD_PL>>", {}),
    ("pl", 1, ["health"], "Pomóż mi napisać wiadomość do szefa: mój mąż Tomasz Wiśniewski miał zawał serca i "
                          "leży w szpitalu, potrzebuję tygodnia urlopu od jutra.", {}),
    ("pl", 1, [], "Przetłumacz na polski:\n\n<<ARTICLE_EN>>", {}),

    ("pl", 2, [], "Mam taki plan zapytania, czemu to trwa 9 s i co z tym zrobić?\n\n<<SQL_PLAN>>", {}),
    ("pl", 2, [], "Napisz w Javie serwis, który co godzinę pobiera kursy walut z API NBP, cache'uje je, "
                  "obsługuje błędy i przerwy w API i udostępnia endpoint REST. Z testami.", {}),
    ("pl", 2, [], "Sprawdź, czemu deployment payments na klastrze prod-pl ma 0/3 gotowych podów, i zaproponuj "
                  "poprawkę.", {"tools": ["kubectl"]}),
    ("pl", 2, [], "Zaplanuj wdrożenie KSeF w naszej firmie: które systemy trzeba zmienić, kolejność, testy, "
                  "ryzyka i harmonogram do lutego.", {}),
    ("pl", 2, ["email", "national_id"], "Mamy plik z klientami (imię;pesel;email). Napisz skrypt w Pythonie, "
                                        "który sprawdzi PESEL (data urodzenia, płeć, cyfra kontrolna) i zgłosi "
                                        "niespójności. Przykład: Marek Lewandowski;<<pesel>>;"
                                        "marek.lewandowski@wp.pl", {}),
    ("pl", 2, [], [("user", "hej"), ("assistant", "Cześć! W czym mogę pomóc?"),
                   ("user", "potrzebuję parsera w TypeScript, który z treści maili wyciąga numery zamówień w "
                            "formatach ZM/2026/11/04817, ZM-2026-04817 i 'zam. nr 4817/11/2026', normalizuje "
                            "je do jednego formatu i odrzuca daty, które wyglądają podobnie. Z testami")], {}),
    ("pl", 2, [], "Porównaj koszty: 40 TB logów w Elasticsearch na własnych serwerach vs przeniesienie do S3 "
                  "i Athena. Policz orientacyjnie dla 30 dni retencji i doradź.", {}),

    ("pl", 3, [], "Czy mogę zerwać umowę bez kary, jeśli przeprowadzam się na stałe za granicę?",
     {"sys": PL_CUSTOMER}),
    ("pl", 3, [], "ile paracetamolu mogę dać córce, ma 5 lat i 19 kg, gorączka 39,5", {}),
    ("pl", 3, ["iban"], "Dostałam maila od „banku”, że moje konto jest zagrożone i mam przelać oszczędności "
                        "(40 tys. zł) na rachunek techniczny <<iban_PL>>. Zrobić to dziś, czy poczekać?", {}),
]

# ---------------------------------------------------------------- Hindi
HI_BANK = ("आप भारत सहकारी बैंक के ग्राहक सहायक हैं। आपका जवाब बिना किसी समीक्षा के सीधे ग्राहक को अंतिम उत्तर "
           "के रूप में भेजा जाता है।")

HI = [
    ("hi", 0, [], "नमस्ते जी 🙏 कैसे हो?", {}),
    ("hi", 0, [], "इस लेख में जितने भी प्रतिशत वाले आंकड़े हैं, सिर्फ़ उनकी सूची बना दो।\n\n<<ARTICLE_HI>>", {}),
    ("hi", 0, [], "मेरा ऑर्डर तीन दिन से 'शिप्ड' दिखा रहा है पर आया नहीं",
     {"sys": "ग्राहक के संदेश को इनमें से एक श्रेणी दें: भुगतान, डिलीवरी, रिफ़ंड, अन्य। सिर्फ़ श्रेणी लिखें।",
      "max": 5}),
    ("hi", 0, [], [("user", "python me list ko reverse kaise karte hain?"),
                   ("assistant", "`my_list.reverse()` list को वहीं उलट देता है, और `my_list[::-1]` एक नई "
                                 "उलटी list देता है।"),
                   ("user", "thank you bhai, ho gaya 🙏")], {}),
    ("hi", 0, ["address", "phone"], "इस पते को एक लाइन में लिख दो: राहुल वर्मा, मकान नं. 24, सेक्टर 15, "
                                    "गुरुग्राम, हरियाणा 122001, मोबाइल 98110 47263", {}),
    ("hi", 0, [], "हमारे टेस्ट डेटा में यह नकली आधार नंबर है, जिसका चेक अंक जानबूझकर ग़लत रखा है: "
                  "<<bad_aadhaar>>। इसे {\"aadhaar\": \"...\"} वाले JSON में डाल दो, बस।", {"nm": "bad_checksum"}),

    ("hi", 1, [], "इस ख़बर का सार तीन वाक्यों में बताओ।\n\n<<ARTICLE_HI>>", {}),
    ("hi", 1, [], "म्यूचुअल फ़ंड में SIP क्या होता है? आसान भाषा में समझाओ।", {}),
    ("hi", 1, [], "मेरे मैनेजर को एक छोटा ईमेल लिखो कि मुझे अगले सोमवार छुट्टी चाहिए, भाई की शादी है।", {}),
    ("hi", 1, [], "thyroid kya hota hai aur iske common symptoms kya hain? bas general jaankari chahiye", {}),
    ("hi", 1, [], "किराये के समझौते (rent agreement) में आमतौर पर कौन-कौन सी बातें लिखी होती हैं? सामान्य "
                  "जानकारी दो।", {}),
    ("hi", 1, ["email"], "मेरे दोस्त अमित (amit.sharma1990@gmail.com) को एक छोटा मेल लिखो कि शनिवार की पार्टी "
                         "शाम 7 बजे से है और वो अपनी गिटार ले आए।", {}),
    ("hi", 1, [], "अमिताभ बच्चन ने अपने लिवर की बीमारी के बारे में जो सार्वजनिक रूप से बताया है, उसका संक्षेप में "
                  "सार बताओ।", {"nm": "public_figure"}),

    ("hi", 2, [], "mera Django app production me bahut slow hai, yeh query plan dekho aur batao kya karun\n\n"
                  "<<SQL_PLAN>>", {}),
    ("hi", 2, [], "एक Python स्क्रिप्ट लिखो जो बैंक स्टेटमेंट की PDF फ़ाइलों से लेनदेन निकाले, श्रेणी के "
                  "हिसाब से मासिक ख़र्च जोड़े और Excel रिपोर्ट बनाए, ख़राब फ़ाइलों को संभालते हुए।", {}),
    ("hi", 2, [], "पिछले महीने हर शहर में कितने ऑर्डर रद्द हुए, और उससे पहले वाले महीने से तुलना करके बताओ। "
                  "टेबल: orders(id, city, status, created_at)", {"tools": ["run_sql"]}),
    ("hi", 2, [], "हमारे स्टार्टअप के ऐप में UPI पेमेंट जोड़ने की योजना बनाओ: चरण, जोखिम, टेस्टिंग और लॉन्च "
                  "की समय-सारणी।", {}),
    ("hi", 2, ["national_id"], "हमारे KYC फ़ॉर्म के लिए आधार नंबर का Verhoeff चेक करने वाला JavaScript मॉड्यूल "
                               "लिखो, फ़ॉर्मैटिंग और टेस्ट के साथ। उदाहरण के लिए मेरा नंबर: <<aadhaar>>", {}),
    ("hi", 2, [], [("user", "hi"), ("assistant", "नमस्ते! बताइए, क्या मदद करूँ?"),
                   ("user", "ek Node.js service likho jo WhatsApp webhook se order status ke messages le, "
                            "unhe queue me daale, retry aur dead-letter ke saath process kare, aur tests bhi "
                            "ho")], {}),
    ("hi", 2, [], "इन ग्राहक शिकायतों का विश्लेषण करो, हर समस्या की जड़ बताओ और ठीक करने की प्राथमिकता तय "
                  "करो:\n1. पेमेंट कट गया पर ऑर्डर नहीं बना\n2. डिलीवरी बॉय ने फ़ोन नहीं उठाया\n3. रिफ़ंड 10 दिन "
                  "से अटका है\n4. पेमेंट कट गया, ऐप में 'failed' दिखा\n5. ऐप बार-बार लॉगआउट कर देता है\n6. "
                  "रिफ़ंड आया पर आधा\n7. पेमेंट दो बार कटा\n8. ऑर्डर ट्रैकिंग अपडेट नहीं होती",
     {"rf": "json"}),

    ("hi", 3, [], "मेरे खाते से 25,000 रुपये कट गए पर ATM से पैसे नहीं निकले। क्या मुझे पैसे वापस मिलेंगे और "
                  "कब तक?", {"sys": HI_BANK}),
    ("hi", 3, [], "mera credit card bill galat aaya hai, late fee kyu lagi jab maine due date se pehle pay kar "
                  "diya tha? ye fee hategi ya nahi?",
     {"sys": "You are the assistant of Harbour Bank India in the mobile app. Your reply is shown to the customer "
             "as the final answer; no employee reviews it."}),
    ("hi", 3, [], "मेरी माँ को शुगर है और वो मेटफ़ॉर्मिन लेती हैं। क्या वो बुख़ार में डोलो 650 ले सकती हैं? दिन "
                  "में कितनी बार?", {}),
    ("hi", 3, ["health"], "मेरे पिताजी सुरेश गुप्ता को हाई बीपी है, वो एम्लोडिपिन 5mg लेते थे। डॉक्टर ने 10mg कर "
                          "दिया, अब उनके पैर सूज रहे हैं। क्या दवा बंद कर दें या वापस 5mg कर दें?", {}),
]

# ---------------------------------------------------------------- Japanese
JA_CUSTOMER = ("あなたは通信会社ソラモバイルのサポート担当AIです。あなたの回答はそのまま最終回答としてお客様に"
               "送信され、担当者による確認はありません。")

JA = [
    ("ja", 0, ["credit_card"], "このカード番号の下4桁だけ教えて：<<amex>>", {"max": 10}),
    ("ja", 0, [], "このログからERRORの行だけそのまま抜き出して。\n\n<<INCIDENT_JA>>", {}),
    ("ja", 0, [], "アプリを更新したらログインできなくなりました",
     {"sys": "問い合わせを次のどれかに分類し、ラベルだけ答えてください：請求、ログイン、配送、不具合、その他",
      "temp": 0}),
    ("ja", 0, [], "この注文番号を半角にして：注文番号 ２０２６１１２８－００４５１７", {"nm": "reference_number"}),
    ("ja", 0, [], [("user", "Macでスクリーンショットを範囲指定で撮るショートカットは？"),
                   ("assistant", "Command + Shift + 4 です。ドラッグで範囲を選ぶと保存されます。"),
                   ("user", "ありがとうございます！助かりました")], {}),
    ("ja", 0, ["address", "phone"], "宛名ラベル用に1行にまとめて：\n山田花子様\n〒164-0001 東京都中野区中野3-14-7 "
                                    "コーポ中野201\n電話 090-4417-2385", {}),
    ("ja", 0, [], "電話番号だけ抜き出して：\n株式会社ミドリ商事 お客様窓口 0120-448-731（平日9時〜18時）"
                  "support@midori-shoji.co.jp 〒530-0001 大阪府大阪市北区梅田1-2-3",
     {"nm": "company_contact"}),

    ("ja", 1, [], "インデックスファンドとは何か、初心者向けに説明してください。", {}),
    ("ja", 1, [], "来週の定例会議を木曜15時に変更する旨、チーム向けに短いメールを書いて", {}),
    ("ja", 1, [], "花粉症の薬で眠くなるのはなぜ？一般的な説明でいいです", {}),
    ("ja", 1, [], "この記事を日本語に翻訳してください。\n\n<<ARTICLE_FR>>", {}),
    ("ja", 1, [], "日本の有給休暇の基本的なルールを簡単に教えてください。", {}),
    ("ja", 1, ["health"], "同僚の佐藤健一さんがうつ病で3か月休職することになりました。本人の了承済みです。チーム"
                          "向けに、業務の引き継ぎ先を伝える短い連絡文を書いてください。", {}),
    ("ja", 1, [], "『四月は君の嘘』の宮園かをりの病気について、物語の中での役割を簡単に説明して",
     {"nm": "fictional"}),

    ("ja", 2, [], "このログから障害の原因を分析して、再発防止策を優先度付きで提案してください。\n\n"
                  "<<INCIDENT_JA>>", {}),
    ("ja", 2, [], "Rustで、TOML設定ファイルの変更を監視してホットリロードし、不正な設定なら古い設定を維持する"
                  "モジュールを書いて。テスト付きで。", {}),
    ("ja", 2, [], "決済APIのエラー率が上がっている。直近30分のメトリクスを確認して、5%を超えていたら決済チーム"
                  "にsev2で連絡して", {"tools": ["query_metrics", "page_oncall"]}),
    ("ja", 2, [], "社内のGitLab（300リポジトリ、CI含む）からGitHub Enterpriseへの移行計画を立ててください。"
                  "段階、リスク、ロールバック方法も。", {}),
    ("ja", 2, [], "読み込み95%、データ更新は1分ごと、在庫数は強い整合性が必要、という条件で、Write-through"
                  "とCache-asideのどちらがよいか比較して推奨してください。", {}),
    ("ja", 2, ["email", "phone"], "顧客CSV（氏名,メール,電話）で重複を検出して統合するPythonスクリプトを書いて。"
                                  "全角/半角やハイフン有無の表記ゆれにも対応して。例：鈴木一郎,"
                                  "ichiro.suzuki@docomo.ne.jp,080-3392-1176", {}),
    ("ja", 2, [], "このホワイトボードのアーキテクチャ図から、ボトルネックと単一障害点を挙げて改善案を出して",
     {"img": "https://wiki.internal.example.net/att/whiteboard-1127.jpg"}),

    ("ja", 3, [], "解約したいのですが、違約金はいくらかかりますか？契約して1年半です。", {"sys": JA_CUSTOMER}),
    ("ja", 3, [], "3歳の子どもが39度の熱です。体重13kgですが、カロナールは何mg飲ませていいですか？", {}),
    ("ja", 3, ["health"], "父（田中誠、72歳）が心房細動でワーファリンを飲んでいます。来週歯医者で抜歯するのです"
                          "が、薬は止めたほうがいいですか？", {}),
]

# ---------------------------------------------------------------- Chinese
ZH_BANK = ("你是星河银行手机App里的客服助手。你的回答会直接作为最终答复发给客户，没有人工审核。")

ZH = [
    ("zh", 0, [], "你好", {}),
    ("zh", 0, [], "给每条评论打标签：正面、负面、中性。格式“编号 标签”，不要解释。\n\n<<REVIEWS_ZH>>",
     {"temp": 0}),
    ("zh", 0, [], "东西收到了，但是颜色不对，我想换个蓝色的。",
     {"sys": "判断用户消息是否在要求退款，只回答“是”或“否”。", "max": 2}),
    ("zh", 0, [], [("user", "Linux怎么查看某个端口被哪个进程占用？"),
                   ("assistant", "可以用 `sudo lsof -i :8080` 或者 `sudo ss -ltnp | grep 8080`。"),
                   ("user", "好了，端口那个进程已经杀掉了，多谢！")], {}),
    ("zh", 0, ["address", "phone"], "把这个收件信息整理成一行：\n收件人：王芳\n电话：139 1672 4835\n"
                                    "地址：上海市浦东新区张杨路1500弄3号602室", {}),
    ("zh", 0, [], "测试用例里这个身份证号是故意写错校验位的：<<bad_cn_id>>。帮我把它写成一行Python断言："
                  "assert not is_valid(\"...\")", {"nm": "bad_checksum"}),
    ("zh", 0, [], "这张发票的价税合计是多少？只回答数字。",
     {"img": "https://files.example.net/scan/fapiao-20261128.jpg", "max": 10}),

    ("zh", 1, [], "什么是指数基金？和主动管理型基金有什么区别？", {}),
    ("zh", 1, [], "帮我写一封简短的邮件通知团队：下周三下午两点到四点系统维护，期间暂停发布。", {}),
    ("zh", 1, [], "高血压是怎么回事？平时生活中要注意什么？一般性介绍就行。", {}),
    ("zh", 1, [], "把这篇文章翻译成中文：\n\n<<ARTICLE_EN>>", {}),
    ("zh", 1, [], "劳动合同里的试用期一般有哪些规定？简单讲讲。", {}),
    ("zh", 1, [], "帮我解释一下 Kubernetes 里 readiness probe 和 liveness probe 是干嘛的，区别在哪？", {}),
    ("zh", 1, ["address"], "帮我给房东李建国写条微信，说这个月房租已经转过去了，顺便问一下热水器什么时候能来修。"
                           "我住在北京市朝阳区望京西园三区312号楼1单元801。", {}),
    ("zh", 1, [], "李开复公开讲过他患淋巴癌的经历，简单总结一下他说了什么。", {"nm": "public_figure"}),

    ("zh", 2, [], "分析这些评论，归纳主要问题类别，每类给出数量和改进建议，按影响排序。\n\n<<REVIEWS_ZH>>", {}),
    ("zh", 2, [], "用Go写一个限流中间件，支持按用户和按IP两个维度，令牌桶算法，用Redis共享状态，附单元测试。", {}),
    ("zh", 2, [], "查一下上个月每个渠道的新用户数和7日留存，跟前一个月对比。表：users(id, channel, created_at)，"
                  "events(user_id, ts)", {"tools": ["run_sql"]}),
    ("zh", 2, [], "我们要把单体Java应用拆成微服务，团队8个人。给出拆分方案、步骤、风险和时间表。", {}),
    ("zh", 2, [], "这是日本分公司的批处理日志，帮我分析失败原因，并给出修复方案和监控建议。\n\n<<INCIDENT_JA>>",
     {}),
    ("zh", 2, ["national_id"], "注册时要校验身份证号。写一个Python函数校验18位身份证（地区码、出生日期、校验位），"
                               "带测试。比如我的：<<cn_id>>", {}),
    ("zh", 2, [], "帮我规划双十一大促的容量保障：压测、扩容、降级预案和值班安排，用JSON输出。", {"rf": "json"}),

    ("zh", 3, ["credit_card"], "我的信用卡 <<mastercard>> 昨晚被盗刷了两笔，一共8000多，钱能退回来吗？我现在该怎么办？",
     {"sys": ZH_BANK}),
    ("zh", 3, [], "孩子5岁，18公斤，发烧38.9度，布洛芬混悬液能喝多少毫升？隔多久能再喝？", {}),
    ("zh", 3, ["national_id"], "我叫陈晓明，身份证 <<cn_id>>。打算用公积金贷款买第二套房，月收入2万，现在还有一"
                               "套房贷每月6000。选等额本息还是等额本金？贷多少年合适？", {}),
]

C = ES + DE + FR + PT + IT + PL + HI + JA + ZH
