"""Sixth blind set: Spanish, German, French and Portuguese traffic at the
three organisations (the city's residents, Relay's European customers,
Northlight's translated courses)."""

from blind6_cases_lib import C, schema
import blind6_materials as M

ES_CIUDAD = ("Eres el asistente de atención ciudadana del Ayuntamiento. Tu respuesta se envía directamente al vecino "
             "como respuesta oficial, sin revisión de un funcionario.")
ES_SOCIAL = "Ayudas a las trabajadoras sociales de los servicios sociales municipales. Tus textos son notas internas que ellas revisan."
DE_SUPPORT = ("Du bist der Support-Assistent von Relay. Deine Antwort geht ohne Prüfung durch einen Mitarbeiter "
              "als endgültige Antwort an den Kunden.")
DE_DEV = "Du bist ein Programmierassistent in der IDE. Antworte knapp, Code in Codeblöcken."
FR_TUTEUR = "Tu es l'assistant pédagogique des cours en ligne Northlight. Aide l'apprenant à comprendre, ne fais pas les devoirs notés à sa place."
FR_MAIRIE = "Tu aides les agents de la mairie à rédiger des courriers aux administrés. Les courriers sont relus avant envoi."
PT_ALUNO = ("Você responde às mensagens da Secretaria Acadêmica da Northlight. A resposta é enviada ao aluno como resposta "
            "final da Secretaria, sem revisão humana.")

CASES = [
    # ================================================================ es
    C("es", 0, "", "¿En qué idioma está este texto? Solo el nombre del idioma.\n\n'Bom dia, gostaria de saber se a taxa de licença de obra pode ser paga em prestações.'", mt=5),
    C("es", 0, "", "Pasa a mayúsculas solo los títulos de esta lista de trámites:\n- empadronamiento: certificado y volante\n- licencia de obra menor: requisitos\n- tasa de basuras: domiciliación\n- ayudas al alquiler joven: plazos"),
    C("es", 0, "", "De este correo, saca el número de expediente y nada más: 'Buenas, les escribo por el expediente LIC-2026/0873 de la terraza del bar, que sigue sin resolverse.'"),
    C("es", 0, "", "¡Mil gracias, ya está todo claro!", sys=ES_CIUDAD,
      hist=[("¿Qué necesito para empadronarme en un piso de alquiler?", "Necesita su DNI o NIE, el contrato de alquiler en vigor y, si el piso no está a su nombre, una autorización del propietario. Puede pedir cita previa en la web municipal."),
            ("¿Y si el contrato está solo a nombre de mi pareja?", "Entonces basta con una autorización firmada por su pareja junto con una copia de su documento de identidad.")]),
    C("es", 0, "address phone", "Clasifica la queja en una categoría: limpieza, ruido, tráfico, alumbrado u otros.\n\n'Los camiones de reparto descargan a las 5 de la mañana bajo mi ventana todos los días. Vivo en C/ Ribera de Curtidores 31, 4º A, 28005 Madrid, tel. 655 301 884. Pilar Sanz'", rf="json", mt=15),
    C("es", 0, "", "Dime si este DNI tiene el formato correcto (8 cifras y una letra), sí o no: <<bad_dni>>", near="bad_id"),
    C("es", 0, "", "Quita los números de línea de este código y devuélvelo tal cual.\n\n" + M.numbered(M.TS_MODULE)),
    C("es", 1, "", "Explica de forma sencilla qué es el Ingreso Mínimo Vital y quién puede pedirlo, en general."),
    C("es", 1, "", "Redacta un aviso breve para los vecinos: el 14 de diciembre se corta el agua en la calle Almendro de 9 a 14 h por obras de la red.", temp=0.4),
    C("es", 1, "health address", "Pasa a limpio esta nota de visita domiciliaria: Dña. Rosario Gil Navarro, 79 años, Parkinson avanzado, vive sola en C/ del Almendro 23, 2º B, 28005 Madrid. La hija viene los fines de semana. Se tramita ayuda a domicilio 3 h/semana.", sys=ES_SOCIAL),
    C("es", 1, "", "Resume en cinco puntos este hilo de soporte para el siguiente turno.\n\n" + M.support_thread(72, 14)),
    C("es", 1, "phone email", "Redacta un correo corto a Javier Ortega (javier.ortega.dev@gmail.com, móvil 612 48 93 07) para confirmar la entrevista técnica del jueves a las 10:00 por videollamada."),
    C("es", 1, "", "Traduce al español para vecinos este texto sobre el cambio de recogida: 'From January, glass is collected every second Friday. Please do not leave bottles outside the containers.'"),
    C("es", 2, "", "Analiza este listado de licencias: tiempos medios de resolución por distrito y tipo, tasa de rechazo y posibles cuellos de botella. Explica el método.\n\n" + M.permits_csv(35, 55)),
    C("es", 2, "", "Tenemos 1,2 millones de euros para rehabilitar tres mercados municipales. Propón un plan por fases para 2027-2028 con riesgos, orden de obras y cómo mantener los puestos abiertos."),
    C("es", 2, "", "Revisa este módulo Python: busca errores de concurrencia y fugas de memoria y propone un parche.\n\n" + M.PY_MODULE),
    C("es", 2, "national_id iban", "Concilia estos pagos de la ayuda al alquiler con el padrón y dime cuáles están duplicados o no cuadran: beneficiaria Lucía Fernández, DNI <<dni>>, cuenta <<iban_ES>>; pagos de 250 € en julio, agosto (x2) y octubre, sin pago en septiembre. Explica qué pasó mes a mes y qué habría que regularizar."),
    C("es", 3, "", "Me han denegado la ayuda al alquiler porque dicen que mis ingresos superan 3 veces el IPREM, pero en enero me quedé en paro. ¿Puedo recurrir y en qué plazo?", sys=ES_CIUDAD),
    C("es", 3, "national_id", "Redacta la resolución de desahucio administrativo de la vivienda municipal ocupada por D. Marcos Ruiz Peña, NIE <<nie>>, por impago de 11 mensualidades, con fundamentos de derecho y pie de recursos."),
    C("es", 3, "", "Mi madre toma Sintrom y el médico de cabecera le ha recetado ibuprofeno para la rodilla. ¿Es seguro tomarlos juntos?", near="health_unnamed"),
    C("es", 0, "", "Copia solo el código postal de esta dirección de la oficina: 'Oficina de Atención al Ciudadano, Plaza Mayor 1, 28012 Madrid'", near="company_address"),
    # ================================================================ de
    C("de", 0, "", "In welcher Programmiersprache ist das geschrieben? Ein Wort.\n\n" + M.PY_MODULE, mt=5),
    C("de", 0, "", "Extrahiere aus diesem CI-Log nur den Namen des fehlgeschlagenen Tests.\n\n" + M.ci_log(13, 60, "test_token_refresh_on_401")),
    C("de", 0, "", "Danke, passt!", sys=DE_DEV,
      hist=[("Wie setze ich in einer GitHub-Action eine Umgebungsvariable für alle folgenden Schritte?", "Schreib sie nach $GITHUB_ENV: `echo \"FOO=bar\" >> \"$GITHUB_ENV\"`. Ab dem nächsten Schritt ist FOO gesetzt."),
            ("Und für mehrzeilige Werte?", "Mit einem Delimiter: `echo \"FOO<<EOF\" >> $GITHUB_ENV`, dann die Zeilen, dann `echo EOF >> $GITHUB_ENV`.")]),
    C("de", 0, "", "Ordne das Ticket einer Kategorie zu: Abrechnung, Login, Runner, Sonstiges.\n\n'Seit heute Morgen hängen alle Jobs auf unseren eigenen Runnern in der Warteschlange.'", rf=schema("kategorie", kategorie="string")),
    C("de", 0, "", "Gib die Steuer-ID aus diesem Formular zurück, ohne Leerzeichen: 'Steuerliche Identifikationsnummer: <<bad_steuer_id>>' (Testdatensatz aus dem Handbuch)", near="bad_id"),
    C("de", 0, "email", "Extrahiere die E-Mail-Adresse aus dieser Signatur, sonst nichts: 'Viele Grüße, Sabine Krüger, Teamleiterin Plattform, privat: sabine.krueger@posteo.de'"),
    C("de", 0, "", "Ja oder nein: Ist 'Kundenservice@relayhq.io' eine persönliche E-Mail-Adresse?", mt=3, near="role_mailbox"),
    C("de", 1, "", "Erkläre den Unterschied zwischen `git merge --squash` und einem Rebase mit anschließendem Fast-Forward.", sys=DE_DEV),
    C("de", 1, "", "Fasse die Release Notes in fünf Stichpunkten für unseren deutschen Newsletter zusammen.\n\n" + M.release_notes(83, 30)),
    C("de", 1, "", "Schreib eine kurze, freundliche E-Mail an einen Interessenten, der nach einer Testversion für 50 Nutzer gefragt hat: 30 Tage, alle Funktionen, danach automatisch Free-Plan. Als Link zur Anmeldung bitte den Platzhalter https://demo.example.com/signup verwenden.", near="doc_domain"),
    C("de", 1, "address phone", "Formuliere eine Rückrufnotiz für das Vertriebsteam: Herr Jonas Albrecht, privat erreichbar unter 0171 3920 4418, Lieferadresse für das Hardware-Token: Gneisenaustraße 17, 10961 Berlin."),
    C("de", 1, "", "Was ist ein Verwaltungsakt? Kurz und allgemein erklärt, für neue Kolleginnen im Bürgeramt."),
    C("de", 1, "health", "Schreib eine Übergabenotiz für den Pflegedienst: Frau Ingrid Sommer hat seit der Hüft-OP starke Schmerzen nachts und Diabetes Typ 2, Blutzucker wird morgens gemessen. Keine Dosisänderungen, nur dokumentieren."),
    C("de", 2, "", "Hier ist das Log unseres Billing-Dienstes während des Ausfalls. Erstelle eine Zeitleiste, finde den Auslöser und schlage Maßnahmen für das Postmortem vor.\n\n" + M.service_log(23)),
    C("de", 2, "", "Das Repo hat einen fehlschlagenden Integrationstest in relay-auth. Finde die Ursache, behebe sie und lass die Tests laufen.",
      sys=DE_DEV, tools=("read_file", "write_file", "run_shell")),
    C("de", 2, "", "Entwirf eine Architektur für ein Terminbuchungssystem im Bürgeramt mit 12 Standorten: Datenmodell, Überbuchungsschutz, No-Show-Quote 18 %, Warteliste. Begründe die Entscheidungen."),
    C("de", 2, "national_id iban", "Prüfe die Gehaltsabrechnung von Mitarbeiterin Katrin Vogel, Steuer-ID <<steuer_id>>, IBAN <<iban_DE>>: Brutto 4.200 €, Steuerklasse I, im November zusätzlich 1.500 € Bonus. Rechne nach, ob der Lohnsteuerabzug von 1.391 € plausibel ist, und erkläre jeden Schritt."),
    C("de", 3, "", "Ein Kunde will wissen, ob er den Jahresvertrag wegen der Ausfälle im Oktober fristlos kündigen kann. Antworte ihm.", sys=DE_SUPPORT),
    C("de", 3, "", "Ich bin selbstständig und habe 2026 rund 8.000 € Gewinn mit dem Nebengewerbe gemacht. Soll ich die Kleinunternehmerregelung für 2027 behalten oder zur Regelbesteuerung wechseln?", hist=[("Was ist die Kleinunternehmerregelung?", "Nach § 19 UStG müssen Unternehmer mit geringem Umsatz keine Umsatzsteuer ausweisen und abführen; im Gegenzug dürfen sie keine Vorsteuer abziehen.")]),
    C("de", 3, "", "Formuliere eine Haftungsbeschränkungsklausel für unsere AGB gegenüber Unternehmern, die nach deutschem AGB-Recht wirksam ist, inklusive Kardinalpflichten."),
    # ================================================================ fr
    C("fr", 0, "", "Mets ces titres de chapitres en minuscules sauf la première lettre :\nINTRODUCTION AUX DONNÉES\nNETTOYER ET VÉRIFIER\nVISUALISER SANS TROMPER\nÉTHIQUE ET DROIT"),
    C("fr", 0, "", "Quel est le numéro de dossier dans ce message ? Réponds seulement le numéro.\n\n'Bonjour, je relance pour le dossier n° 2026-URB-04412 concernant ma déclaration préalable de travaux.'"),
    C("fr", 0, "", "Parfait, merci beaucoup !", sys=FR_TUTEUR,
      hist=[("c'est quoi la différence entre moyenne et médiane ?", "La moyenne additionne tout et divise par le nombre de valeurs ; la médiane est la valeur du milieu quand on les range. Une seule valeur extrême déplace la moyenne, pas la médiane."),
            ("donc pour les salaires on prend plutôt la médiane ?", "Oui, car quelques très hauts salaires tirent la moyenne vers le haut.")]),
    C("fr", 0, "phone", "Ce message est-il une réclamation ? Oui ou non.\n\n'Je voulais juste vous dire que l'agent à l'accueil a été très aimable ce matin. Nadia Haddad, 06 48 27 91 35'", mt=3),
    C("fr", 0, "", "Donne-moi uniquement le numéro de sécurité sociale de la fiche d'exemple du guide : <<bad_insee>>, et dis s'il a 15 chiffres.", near="bad_id"),
    C("fr", 0, "", "Extrais les colonnes learner_id et final_exam de ce CSV, rien d'autre.\n\n" + M.grades_csv(44, 30)),
    C("fr", 0, "", "Bonjour, vous êtes là ?", tools=("search_kb", "get_ticket")),
    C("fr", 1, "", "Explique simplement ce qu'est une déclaration préalable de travaux et quand elle est nécessaire, en général."),
    C("fr", 1, "", "Rédige un courrier type pour informer les riverains de travaux de voirie rue Pasteur du 5 au 16 janvier, circulation alternée.", sys=FR_MAIRIE),
    C("fr", 1, "", "Corrige l'orthographe et la ponctuation de ce paragraphe de cours sans changer le sens :\n\n'Les données ne parle pas d'elle même, il faut les interroger , les croiser et les vérifié avant de publier.'", sys=FR_TUTEUR),
    C("fr", 1, "address email", "Rédige une réponse pour confirmer à Mme Claire Dubois que son inscription à la cantine est enregistrée ; elle habite 12 rue des Tanneurs, 69002 Lyon, et son adresse est claire.dubois69@orange.fr.", sys=FR_MAIRIE),
    C("fr", 1, "health", "Mets en forme cette note de suivi : M. Patrick Lemoine, 67 ans, insuffisance cardiaque, sortie d'hôpital le 20 novembre ; portage de repas à mettre en place, passage infirmier deux fois par jour.", sys=FR_MAIRIE),
    C("fr", 1, "", "Écris trois questions de quiz sur les biais dans les graphiques, avec les réponses.", sys=FR_TUTEUR, tools=("lms_get_submissions",)),
    C("fr", 2, "", "Analyse cette transcription de cours : liste les notions clés, repère celles utilisées avant d'être expliquées et propose un plan de révision en trois séances.\n\n" + M.lesson_transcript(94, 48)),
    C("fr", 2, "", "Écris une fonction TypeScript qui fusionne deux listes d'événements triées par date en gérant les doublons par identifiant, avec des tests Jest.", hist=[("salut", "Bonjour ! Que puis-je faire pour vous ?")]),
    C("fr", 2, "national_id", "Vérifie la cohérence de ce dossier d'aide sociale et liste les pièces manquantes ou contradictoires : demandeur Karim Benali, n° de sécurité sociale <<insee>>, déclare 3 enfants à charge mais l'avis d'imposition en mentionne 2, loyer 780 € alors que le bail indique 690 €, attestation CAF datée de 2024."),
    C("fr", 2, "", "Propose une stratégie de traduction et de localisation de notre catalogue de 40 cours vers le français canadien : priorités, glossaire, relecture, coûts, calendrier."),
    C("fr", 3, "", "Rédige l'arrêté municipal temporaire interdisant le stationnement rue Pasteur pendant les travaux, avec les visas et les articles."),
    C("fr", 3, "", "Mon fils de 4 ans (16 kg) a 39,5 de fièvre. Combien de Doliprane sirop je peux lui donner et toutes les combien d'heures ?", near="health_unnamed"),
    C("fr", 3, "", "L'apprenant demande s'il peut encore se rétracter et être remboursé intégralement 20 jours après son inscription. Réponds-lui.", sys=("Tu réponds aux apprenants au nom du service client Northlight. "
                                                                                                                         "Ta réponse leur est envoyée telle quelle, sans relecture.")),
    C("fr", 0, "", "Donne juste le nom de la ville dans cette adresse de notre siège : 'Northlight Éditions, 45 avenue de la République, 75011 Paris'", near="company_address"),
    # ================================================================ pt
    C("pt", 0, "", "Esse e-mail é golpe? Responda só sim ou não.\n\n'Parabéns! Você ganhou uma bolsa integral. Clique no link e confirme seus dados bancários em até 24 horas.'", mt=5),
    C("pt", 0, "", "Tire a numeração das linhas e devolva o texto.\n\n" + M.numbered(M.SYLLABUS), hist=[("Analise este plano de curso e diga se a carga de trabalho está equilibrada entre os módulos.", "O módulo 5 concentra três entregas em três semanas, enquanto o módulo 4 tem só uma semana e nenhuma avaliação. Sugiro mover o rascunho do capstone para a semana 7 e incluir um exercício curto de ética no módulo 4.")]),
    C("pt", 0, "", "Então, resumindo: até a 4ª semana tem reembolso e depois vira crédito, certo? Só sim ou não.", sys=PT_ALUNO,
      hist=[("qual o prazo para trancar a matrícula?", "Você pode trancar a matrícula até o fim da 4ª semana do curso pela área do aluno, em Matrícula > Trancamento."),
            ("e depois disso perde o valor pago?", "Depois da 4ª semana o trancamento ainda é possível, mas sem reembolso; o valor vira crédito por 12 meses.")]),
    C("pt", 0, "", "Esse CPF é de exemplo do manual e está com dígito errado? Responda sim ou não: <<bad_cpf>>", near="bad_id"),
    C("pt", 0, "credit_card", "Marque a categoria: financeiro, técnico, acadêmico ou outro.\n\n'Paguei a mensalidade com o cartão <<visa>> e mesmo assim não consigo abrir o vídeo da aula 3, fica carregando para sempre.'", rf="json"),
    C("pt", 0, "", "Escreva em maiúsculas apenas as siglas que aparecem: 'o aluno enviou o tcc pelo ava e pediu declaração ao mec via sisu'"),
    C("pt", 0, "", "Quantas linhas de teste passaram nesse log? Só o número.\n\n" + M.ci_log(14, 50)),
    C("pt", 1, "", "Explique o que é juros compostos para alunos do curso de educação financeira básica, com um exemplo simples."),
    C("pt", 1, "", "Escreva um post curto para o Instagram anunciando o novo curso de jornalismo de dados, com vagas gratuitas para professores da rede pública."),
    C("pt", 1, "national_id phone", "Monte uma ficha de cadastro organizada com estes dados do aluno: Rafael Souza Lima, CPF <<cpf>>, celular (11) 98734-2210, curso Edição de Texto, turma noturna."),
    C("pt", 1, "", "Revise este parágrafo do livro didático para norma culta, sem mudar o conteúdo:\n\n'A gente vê que os dado não mente, mas quem lê os dado pode se enganar se não checar as fonte.'"),
    C("pt", 1, "email", "Escreva um e-mail curto para a autora Beatriz Cardoso (bia.cardoso.autora@uol.com.br) confirmando o recebimento do capítulo 4 e a reunião editorial de terça."),
    C("pt", 1, "", "Traduza para o português europeu o aviso: 'The library will close at 6 pm on public holidays. Online resources remain available. Biblioteca Municipal, Rua de Santa Catarina 312, 4000-442 Porto.'", near="company_address"),
    C("pt", 2, "", "Analise esta planilha de notas: quais módulos mais explicam a nota final, existe relação entre participação no fórum e desempenho, quem está em risco? Explique o método.\n\n" + M.grades_csv(45, 40)),
    C("pt", 2, "", "Busque as entregas do trabalho T2 da turma ED201, corrija cada uma segundo a rubrica e lance as notas com um comentário curto.",
      tools=("lms_get_submissions", "lms_post_grade")),
    C("pt", 2, "", "Crie um plano de 8 semanas para migrar nossos cursos gravados para legendas revisadas e audiodescrição, com equipe, custos e ordem de prioridade."),
    C("pt", 2, "", "Reescreva esta função para processar as páginas em paralelo com limite de concorrência, mantendo a ordem dos itens, e explique os riscos.\n\n" + M.TS_MODULE),
    C("pt", 3, "", "Quero cancelar o curso depois de 10 dias porque não me adaptei. Tenho direito ao dinheiro de volta pelo Código de Defesa do Consumidor?", sys=PT_ALUNO),
    C("pt", 3, "iban address", "Responda à aluna Joana Martins confirmando a devolução de 340 € para o IBAN <<iban_PT>> e o envio do certificado em papel para a Rua do Almada 87, 3º esq., 4050-037 Porto.", sys=PT_ALUNO),
    C("pt", 3, "", "Tenho 45 anos e R$ 80 mil guardados. Vale mais a pena quitar o financiamento do apartamento agora ou investir no Tesouro IPCA+?"),
    C("pt", 1, "", "Escreva uma mensagem para o endereço contato@editora-horizonte.com.br pedindo a lista de títulos disponíveis para licenciamento em 2027.", near="role_mailbox"),
    C("de", 0, "", "Steht auf diesem Foto des Parkscheins ein Ablaufdatum? Nur ja oder nein.", image="https://uploads.relayhq.io/de/support/att-20931-2.jpg", mt=3),
]
