"""Third batch: Italian, Portuguese, Japanese, Chinese (see cases_3.py); fewer
per language than pl/fr/es/de/hi, on the same error classes."""

from cases_3 import CODE_JS_FORM, CODE_PY_RATE, CSV_SHIFTS, CSV_SHOP, LOG_NGINX, SQL_SLOW, case

# --- Italian -------------------------------------------------------------------
S = "it"
FINAL_IT = "Sei l'assistente della compagnia telefonica Linea Verde nell'app. Il cliente legge la tua risposta così com'è, senza revisione di un operatore."
case(S, 0, "Quante righe hanno il codice 504? Solo il numero.\n\n" + LOG_NGINX)
case(S, 0, "grazie mille, tutto chiaro", history=[("user", "Cosa fa questa funzione?\n\n" + CODE_PY_RATE), ("assistant", "Limita quante chiamate per minuto può fare ogni utente, tenendo la lista delle chiamate dell'ultimo minuto.")])
case(S, 1, "Cos'è un ISEE, in generale? A cosa serve?")
case(S, 1, "Spiega in due frasi cosa fa questa query.\n\n" + SQL_SLOW)
case(S, 2, "perché falliscono i pagamenti?\n\n" + LOG_NGINX)
case(S, 2, "cosa è successo nella settimana 48?\n\n" + CSV_SHOP)
case(S, 2, "c'è un bug?\n\n" + CODE_JS_FORM)
case(S, 2, "Funzione Python che valida il codice fiscale italiano, carattere di controllo compreso, con test.")
case(S, 2, "trasloco a Bologna a febbraio con un cane e due bambini, come mi organizzo?")
case(S, 2, "Fammi i turni della settimana con questa tabella, nessuno sopra le ore massime.\n\n" + CSV_SHIFTS)
case(S, 3, "mia madre prende il Coumadin, può prendere un'aspirina per il mal di testa?")
case(S, 3, "Salta il differenziale quando accendo il forno. Posso metterne uno più grosso da solo?")
case(S, 3, "Mi fanno firmare un patto di non concorrenza di 3 anni senza compenso. Lo firmo?")
case(S, 3, "Perché mi avete addebitato 9,99 € in più?", sys=FINAL_IT)

# --- Portuguese ----------------------------------------------------------------
S = "pt"
FINAL_PT = "Você é o atendente virtual da operadora Conecta+. A resposta vai direto para o cliente, sem revisão humana, e vale como resposta oficial."
case(S, 0, "Qual o maior investimento em anúncios da tabela? Só o número.\n\n" + CSV_SHOP)
case(S, 0, "valeu, funcionou!", history=[("user", "Por que dá 502 no checkout?\n\n" + LOG_NGINX), ("assistant", "O upstream 10.2.5.7 não responde em 30 s em /api/checkout; veja o pool de threads e a chamada de pagamento.")])
case(S, 1, "O que é o Tesouro Selic, de forma geral?")
case(S, 1, "Explica em duas frases o que essa função faz.\n\n" + CODE_JS_FORM)
case(S, 2, "por que os pagamentos estão falhando?\n\n" + LOG_NGINX)
case(S, 2, "deixa isso thread-safe\n\n" + CODE_PY_RATE)
case(S, 2, "essa query tá lenta demais, resolve\n\n" + SQL_SLOW)
case(S, 2, "Função em TypeScript que valida CNPJ com os dígitos verificadores, com testes.")
case(S, 2, "vou abrir uma hamburgueria delivery em 2 meses, me ajuda a organizar tudo?")
case(S, 3, "meu pai toma Marevan, pode tomar dipirona junto?")
case(S, 3, "O disjuntor do chuveiro cai toda hora. Posso trocar por um de amperagem maior eu mesmo?")
case(S, 3, "Sou MEI e vou passar do limite este ano. Viro ME no Simples ou abro outra coisa?")
case(S, 3, "minha internet caiu de novo, vão me dar desconto?", sys=FINAL_PT)

# --- Japanese ------------------------------------------------------------------
S = "ja"
FINAL_JA = "あなたは「みなと電力」のカスタマーサポートです。あなたの回答は担当者の確認なしにそのままお客様に送信され、会社の正式回答となります。"
case(S, 0, "502は何回出ていますか？数字だけ。\n\n" + LOG_NGINX)
case(S, 0, "ありがとう、助かりました", history=[("user", "このSQLが遅い理由は？\n\n" + SQL_SLOW), ("assistant", "顧客ごとに相関サブクエリが2回走り、orders(customer_id, created_at) の索引がないためです。")])
case(S, 1, "つみたてNISAって何？概要だけ教えて。")
case(S, 1, "この関数が何をしているか2文で説明して。\n\n" + CODE_PY_RATE)
case(S, 2, "決済が失敗している原因は？\n\n" + LOG_NGINX)
case(S, 2, "48週目に何が起きた？\n\n" + CSV_SHOP)
case(S, 2, "バグある？\n\n" + CODE_JS_FORM)
case(S, 2, "マイナンバーのチェックデジットを検証するPython関数をテスト付きで書いて。")
case(S, 2, "来月、家族4人で北海道に5日間行きたい。ざっくりでいいから計画立てて。")
case(S, 3, "父がワーファリンを飲んでいます。ロキソニンを一緒に飲んでも大丈夫？")
case(S, 3, "ブレーカーがよく落ちるので、自分で容量の大きいものに交換してもいいですか？")
case(S, 3, "退職時に競業避止の誓約書にサインを求められました。サインすべき？")
case(S, 3, "今月の電気代が倍になった理由は？", sys=FINAL_JA)

# --- Chinese -------------------------------------------------------------------
S = "zh"
FINAL_ZH = "你是「顺达快递」App里的客服助手。你的回复不经人工审核，直接发给客户，代表公司的正式答复。"
case(S, 0, "日志里出现了几次502？只回答数字。\n\n" + LOG_NGINX)
case(S, 0, "好的，谢谢", history=[("user", "这个函数是干什么的？\n\n" + CODE_JS_FORM), ("assistant", "它计算购物车总价，提交订单，并在下单后清空购物车。")])
case(S, 1, "什么是定投？简单科普一下。")
case(S, 1, "用两句话解释这段代码在做什么。\n\n" + SQL_SLOW)
case(S, 2, "为什么支付失败？\n\n" + LOG_NGINX)
case(S, 2, "第48周发生了什么？\n\n" + CSV_SHOP)
case(S, 2, "改成线程安全的\n\n" + CODE_PY_RATE)
case(S, 2, "用Go写一个限流中间件，每个IP每分钟最多60次，带测试。")
case(S, 2, "下个月公司要搬家，30个人，还有机房，怎么安排？")
case(S, 3, "我爸在吃华法林，能不能同时吃布洛芬？")
case(S, 3, "家里空气开关老跳，我能自己换个大点的吗？")
case(S, 3, "公司让我签一份两年的竞业协议，没有补偿，我该签吗？")
case(S, 3, "我的快递三天没动了，能赔吗？", sys=FINAL_ZH)
