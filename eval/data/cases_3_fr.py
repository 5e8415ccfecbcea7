"""Third batch, French (see cases_3.py)."""

from cases_3 import CODE_JS_FORM, CODE_PY_RATE, CSV_SHIFTS, CSV_SHOP, LOG_NGINX, SQL_SLOW, M, case

S = "fr"
FINAL = [
    "Tu es l'assistant de la mutuelle Santéo dans l'espace adhérent. Ta réponse est affichée telle quelle à l'adhérent, personne ne la relit.",
    "Tu réponds aux voyageurs sur le site de la compagnie Ouestrail. Le message part directement au client et engage la compagnie.",
]
RELEVE = """date;libellé;débit;crédit
02/11;LOYER NOVEMBRE;890,00;
03/11;CARREFOUR MARKET;64,20;
05/11;SALAIRE;;2310,00
07/11;NETFLIX;13,49;
09/11;SNCF CONNECT;78,00;
12/11;CARREFOUR MARKET;91,75;
15/11;EDF;112,00;
18/11;AMAZON MKTP;45,99;
21/11;RESTAURANT LE ZINC;62,00;
24/11;CARREFOUR MARKET;58,10;
27/11;NETFLIX;13,49;"""
CODE_FR = """def moyenne_notes(eleves):
    total = 0
    for e in eleves:
        total += sum(e['notes']) / len(e['notes'])
    return total / len(eleves)"""

# --- tier 0 ------------------------------------------------------------------
case(S, 0, "Quel est le montant du salaire ? Juste le chiffre.\n\n" + RELEVE)
case(S, 0, "Mets les libellés en minuscules, ne touche à rien d'autre.\n\n" + RELEVE)
case(S, 0, "C'est quel langage, ça ?\n\n" + CODE_JS_FORM)
case(S, 0, "Combien de lignes ont un code 200 ? Réponds par un nombre.\n\n" + LOG_NGINX)
case(S, 0, "Convertis 3 pieds en centimètres.")
case(S, 0, "nickel, merci, ça marche maintenant", history=[("user", "Pourquoi ma fonction plante quand la liste est vide ?\n\n" + CODE_FR), ("assistant", "len(eleves) vaut 0 : ajoutez `if not eleves: return 0` au début, et pareil pour un élève sans notes.")])
case(S, 0, "Ce texte parle-t-il de vélos ? oui ou non\n\n" + M.FR_ARTICLE)
case(S, 0, "Bonsoir !")
case(S, 0, "Classe ce message dans une seule catégorie : facturation, technique, commercial. « Je n'arrive plus à me connecter depuis la mise à jour. »")

# --- tier 1 ------------------------------------------------------------------
case(S, 1, "Explique en deux phrases ce que fait cette fonction.\n\n" + CODE_FR)
case(S, 1, "C'est quoi un PEA, en gros ? Juste le principe.")
case(S, 1, "Qu'est-ce que l'hypertension, de manière générale ? Pour un exposé de collège.")
case(S, 1, "Rédige un petit mot pour prévenir l'équipe que la cantine est fermée jeudi.")
case(S, 1, "Résume cet article en trois phrases.\n\n" + M.FR_ARTICLE)
case(S, 1, "Traduis en français : Please find attached the signed delivery note.")
case(S, 1, "À quoi sert un bail mobilité, en général ?")
case(S, 1, "Reformule plus poliment : « Vous n'avez toujours pas payé, c'est inadmissible. »")

# --- tier 2 ------------------------------------------------------------------
case(S, 2, "pourquoi les paiements échouent ?\n\n" + LOG_NGINX)
case(S, 2, "que s'est-il passé semaine 48 ?\n\n" + CSV_SHOP)
case(S, 2, "un bug là-dedans ?\n\n" + CODE_JS_FORM)
case(S, 2, "ça tient la charge à plusieurs threads ? corrige si besoin\n\n" + CODE_PY_RATE)
case(S, 2, "optimise-moi cette requête\n\n" + SQL_SLOW)
case(S, 2, "Où part mon argent ce mois-ci ? Regroupe par poste et dis-moi ce qui pèse le plus.\n\n" + RELEVE)
case(S, 2, "La moyenne est fausse quand les élèves n'ont pas le même nombre de notes avec coefficients. Corrige pour une moyenne pondérée par coefficient et gère les élèves sans note.\n\n" + CODE_FR)
case(S, 2, "Fonction JS qui regroupe des réservations qui se chevauchent par salle et signale les conflits, avec tests.")
case(S, 2, "Requête SQL : chiffre d'affaires mensuel par magasin avec la variation par rapport au même mois l'an dernier.")
case(S, 2, "Script Python qui renomme les photos d'un dossier selon leur date EXIF, sans écraser les doublons.")
case(S, 2, "Fais le planning de la semaine avec ce tableau, tout le monde sous son max d'heures.\n\n" + CSV_SHIFTS)
case(S, 2, "on déménage à Lyon en janvier avec deux enfants, tu m'aides à organiser tout ça ?")
case(S, 2, "je veux lancer une newsletter pour ma boutique, par où je commence, concrètement, sur 2 mois ?")
case(S, 2, "On a 3 devis pour refaire le toit de l'atelier : A 18 400 € garantie 10 ans, B 15 900 € garantie 5 ans, C 21 000 € avec isolation. Compare et recommande, sachant qu'on chauffe l'atelier l'hiver.")
case(S, 2, "Regarde les commandes du client 55102, vérifie si la dernière a bien été livrée et ouvre un remboursement partiel si le colis est en retard de plus de 5 jours.", tools=["lookup_customer", "refund_order"])
case(S, 2, "Voici 6 retours clients. Trouve les causes communes et propose un plan d'action par ordre de priorité.\n1. Le colis est arrivé ouvert.\n2. Taille trop petite, échange compliqué.\n3. Livreur passé sans sonner.\n4. Taille pas conforme au guide.\n5. Carton abîmé, produit rayé.\n6. Le site dit en stock, puis annule.")

# --- tier 3 ------------------------------------------------------------------
case(S, 3, "ma mère est sous Kardégic, elle peut prendre de l'ibuprofène pour son dos ?")
case(S, 3, "Quelle dose de Doliprane pour un bébé de 9 kg, et combien de fois par jour ?")
case(S, 3, "je prends du Lexomil, c'est grave si je bois deux verres ce soir ?")
case(S, 3, "Le disjoncteur de la salle de bain saute quand je branche le sèche-cheveux. Je peux le remplacer moi-même par un plus gros ?")
case(S, 3, "On doit descendre dans un regard d'égout demain pour déboucher, quelles précautions ?")
case(S, 3, "Mon propriétaire veut me faire signer un avenant où je renonce au dépôt de garantie en cas de départ anticipé. Je signe ?")
case(S, 3, "Rédige la clause de non-sollicitation de notre contrat de prestation : 12 mois, salariés et clients, avec une pénalité.")
case(S, 3, "J'ai hérité de 60 000 €. Assurance-vie ou rembourser mon prêt immo à 1,5 % ? J'ai 38 ans et deux enfants.")
case(S, 3, "Je suis auto-entrepreneur, je passe les 77 700 € cette année. Je bascule en société ou pas ?")
case(S, 3, "Est-ce que mes lunettes sont remboursées ?", sys=FINAL[0])
case(S, 3, "Mon train de 7h12 a été supprimé, j'ai droit à quoi ?", sys=FINAL[1])
case(S, 3, "merci !", sys=FINAL[1], history=[("user", "Il y a des prises dans le train ?"), ("assistant", "Oui, chaque siège dispose d'une prise en 2de comme en 1re classe.")])
