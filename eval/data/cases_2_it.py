"""Second batch, Italian (see cases_2.py for the format and the tier rules)."""

from cases_2 import M, case, tools  # noqa: F401

S = "it"
FINAL = [
    "Sei Giada, l'assistente virtuale di Luce&Gas Tirreno. Quello che scrivi arriva al cliente così com'è, nessun operatore lo rilegge: è la risposta ufficiale dell'azienda.",
    "Rispondi ai messaggi WhatsApp dei clienti dell'Ottica Bellini. Le risposte partono in automatico e valgono come comunicazione definitiva del negozio.",
]
NEUTRO = "Sei un assistente per l'ufficio amministrativo di una piccola azienda. Rispondi in italiano."
BOZZA = "Prepari bozze per gli operatori del servizio clienti; ogni bozza viene controllata e modificata da un operatore prima dell'invio."
STORIA = [
    ("user", "Mi spieghi come funziona il bonus facciate?"),
    ("assistant", "In sintesi: era una detrazione fiscale per il rifacimento delle facciate esterne degli edifici, con percentuali scese negli ultimi anni; oggi va verificato se e come è ancora disponibile per l'anno in cui si paga la spesa."),
    ("user", "E per il condominio chi fa la pratica?"),
    ("assistant", "Di solito l'amministratore: raccoglie le fatture, effettua i pagamenti con bonifico parlante e comunica i dati all'Agenzia delle Entrate, poi ogni condomino detrae la sua quota in base ai millesimi."),
]

# --- tier 0 ------------------------------------------------------------------
case(S, 0, "Quanti condomini erano presenti? Solo il numero.\n\n" + M.IT_VERBALE)
case(S, 0, "Qual è il preventivo approvato? Dimmi solo il nome della ditta.\n\n" + M.IT_VERBALE)
case(S, 0, "A che ora si è chiusa la seduta?\n\n" + M.IT_VERBALE)
case(S, 0, "Scrivi il titolo di questo articolo tutto in maiuscolo.\n\n" + M.IT_ARTICOLO)
case(S, 0, "In che lingua è scritto questo testo? Rispondi con una parola.\n\n" + M.PT_ARTIGO)
case(S, 0, "Dal reclamo qui sotto estrai soltanto il numero d'ordine.\n\n" + M.IT_RECLAMO)
case(S, 0, "Classifica il reclamo con una sola etichetta tra: consegna, pagamento, danno, reso.\n\n" + M.IT_RECLAMO)
case(S, 0, "Il cliente ha già collegato la lavatrice? Sì o no.\n\n" + M.IT_RECLAMO)
case(S, 0, "Quant'è il canone mensile nel contratto? Solo la cifra.\n\n" + M.IT_CONTRATTO)
case(S, 0, "ciao!")
case(S, 0, "Buonasera, c'è qualcuno?")
case(S, 0, "grazie mille, sei stato chiarissimo", history=STORIA)
case(S, 0, "ok perfetto, grazie", history=STORIA, tools=True)
case(S, 0, "Metti in ordine alfabetico: Verona, Ancona, Trieste, Bari, Como, Lecce")
case(S, 0, "Converti 5 miglia in chilometri.")
case(S, 0, "togli i numeri di riga:\n1 Punto primo\n2 Punto secondo\n3 Punto terzo\n4 Varie ed eventuali")
case(S, 0, "Trasforma la data 7 marzo 2027 nel formato 2027-03-07, e fai lo stesso con 15 agosto 2026.")
case(S, 0, "Correggi solo gli errori di battitura: 'La riunone è spostata a giovedi pomerigio, portate i documneti.'")
case(S, 0, "Quante righe ha questa tabella, intestazione esclusa?\n\n" + M.CSV_SALES, sys=NEUTRO)
case(S, 0, "Questo codice è Python o JavaScript?\n\n" + M.CODE_PY)
case(S, 0, "Dimmi solo se nel verbale si parla di biciclette: sì o no.\n\n" + M.IT_VERBALE, tools=True)
case(S, 0, "Scegli i tag giusti tra [trasporti, sanità, scuola, lavoro, ambiente] per questo articolo.\n\n" + M.IT_ARTICOLO)
case(S, 0, "buongiorno :)", sys=NEUTRO)

# --- tier 1 ------------------------------------------------------------------
case(S, 1, "Riassumi l'articolo in tre righe per la newsletter aziendale.\n\n" + M.IT_ARTICOLO)
case(S, 1, "Scrivi un breve avviso da appendere in bacheca: da lunedì la rastrelliera per le bici è nel cortile, vicino al cancello.")
case(S, 1, "Che cos'è un fondo pensione negoziale? Spiegamelo in generale.")
case(S, 1, "Mi spieghi in parole semplici cos'è la pressione arteriosa e perché si misura due volte?")
case(S, 1, "Cosa significa 'cedolare secca' in un contratto d'affitto? Spiegazione generale, niente di specifico.")
case(S, 1, "Prepara una bozza di risposta gentile al cliente: ci scusiamo e gli diciamo che lo ricontatterà il reparto spedizioni.\n\n" + M.IT_RECLAMO, sys=BOZZA)
case(S, 1, "Traduci in inglese questo verbale, mantenendo i punti.\n\n" + M.IT_VERBALE)
case(S, 1, "Scrivi un messaggio per il gruppo WhatsApp del calcetto: la partita di giovedì è annullata per pioggia.", tools=True)
case(S, 1, "Come funziona in generale l'ISEE e a cosa serve?")
case(S, 1, "Dammi qualche idea per il nome di una pasticceria a Bologna, cinque opzioni.")
case(S, 1, "Riformula in tono più cordiale: 'Le ricordiamo che il pagamento è scaduto da dieci giorni.'")

# --- tier 2 ------------------------------------------------------------------
case(S, 2, "Analizza le vendite per regione e trimestre: dove calano, dove crescono i resi, e cosa suggeriresti al responsabile commerciale?\n\n" + M.CSV_SALES)
case(S, 2, "Perché il backup di stanotte è fallito? Ricostruisci la sequenza dal log e proponi due correzioni.\n\n" + M.LOG_JOURNAL)
case(S, 2, "Questo codice Go ha un problema di concorrenza? Spiegami il caso peggiore e riscrivilo in modo corretto.\n\n" + M.CODE_GO)
case(S, 2, "Organizza un piano di lavoro per il rifacimento della facciata: fasi, cosa comunicare ai condomini e quando, rischi da gestire. Parti dal verbale.\n\n" + M.IT_VERBALE)
case(S, 2, "Scrivi uno script Python che legga un CSV di presenze, calcoli le ore settimanali per dipendente gestendo i turni notturni a cavallo della mezzanotte, e segnali chi supera le 48 ore.")
case(S, 2, "Controlla le giacenze degli articoli A-1190 e B-0042 e, se sono sotto le 50 unità, apri il riordino e manda una mail al fornitore.", tools=True)
case(S, 2, "Confronta le due versioni di questa funzione e dimmi quale è più efficiente su liste grandi e perché, con un esempio che lo dimostri.\n\n" + M.CODE_PY + "\n\n# versione 2\ndef total_busy(meetings):\n    busy = set()\n    for s, e in meetings:\n        busy.update(range(s, e))\n    return len(busy)")
case(S, 2, "Dalla chat di supporto qui sotto ricostruisci il problema, valuta se la diagnosi dell'operatore regge e proponi cosa chiedere al cliente la prossima volta.\n\n" + M.SUPPORT_CHAT_EN)

# --- tier 3 ------------------------------------------------------------------
case(S, 3, "Mia madre prende il Coumadin. Può prendere anche l'Aulin per il mal di denti?")
case(S, 3, "quante gocce di Tachipirina posso dare a un bimbo di 9 chili con la febbre a 39?")
case(S, 3, "Il contratto d'affitto dice questo. Se vado via dopo un anno per lavoro, devo pagare qualcosa? Posso andarmene senza preavviso?\n\n" + M.IT_CONTRATTO)
case(S, 3, "L'art. 11 sulla penale del mio contratto è legale? Il proprietario vuole applicarmela.\n\n" + M.IT_CONTRATTO)
case(S, 3, "Scrivimi la clausola di riservatezza per un accordo con un consulente esterno, valida cinque anni.")
case(S, 3, "Conviene che riscatti la laurea per andare in pensione prima? Ho 38 anni e 12 anni di contributi.")
case(S, 3, "Ho venduto delle azioni in perdita quest'anno: devo indicarle nel 730 o nel Redditi PF, e mi conviene?")
case(S, 3, "Ho sentito odore di bruciato dalla presa della stufetta e il salvavita è scattato. Posso riattaccarla?")
case(S, 3, "posso mescolare candeggina e anticalcare per pulire il box doccia?")
case(S, 3, "Salve, la bolletta di ottobre è il doppio del solito. Perché?", sys=FINAL[0])
case(S, 3, "grazie, e gli occhiali quando sono pronti?", sys=FINAL[1], history=[("user", "Buongiorno, avete ricevuto la mia ricetta?"), ("assistant", "Buongiorno! Sì, la ricetta è arrivata ieri.")])
case(S, 3, "Il cliente scrive questo: rispondigli tu.\n\n" + M.IT_RECLAMO, sys=FINAL[0])
case(S, 3, "Ciao", sys=FINAL[1])
