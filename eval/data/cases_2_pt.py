"""Second batch, Portuguese (see cases_2.py for the format and the tier rules)."""

from cases_2 import M, case, tools  # noqa: F401

S = "pt"
FINAL = [
    "Você é a Lia, assistente digital do Banco Ipê. Suas mensagens aparecem direto no app do correntista e valem como resposta oficial do banco; ninguém revisa antes.",
    "Atenda os clientes da loja Casa Jacarandá pelo chat do site. O que você escrever é enviado na hora, sem aprovação, e é a palavra final da loja.",
]
COMUM = "Você é um assistente que ajuda a equipe administrativa de uma escola. Seja breve."
RASCUNHO = "Você escreve rascunhos para os atendentes; um atendente lê e ajusta cada rascunho antes de enviar ao cliente."
HISTORICO = [
    ("user", "Me ajuda a entender esse contrato? Qual é o prazo e como renova?\n\n" + M.PT_CONTRATO),
    ("assistant", "O contrato vale 12 meses a partir da assinatura e renova sozinho por mais 12, a menos que uma das partes avise com pelo menos 60 dias de antecedência."),
]
HISTORICO_CURTO = [
    ("user", "qual a capital da Austrália?"),
    ("assistant", "Camberra."),
]

# --- tier 0 ------------------------------------------------------------------
case(S, 0, "Qual é o valor mensal do contrato? Só o número.\n\n" + M.PT_CONTRATO)
case(S, 0, "Qual é o foro eleito? Responda só a cidade.\n\n" + M.PT_CONTRATO)
case(S, 0, "Quantas pessoas diferentes falam neste chat? Só o número.\n\n" + M.PT_CHAT)
case(S, 0, "Tire os horários do começo de cada linha e deixe o resto igual.\n\n" + M.PT_CHAT)
case(S, 0, "Qual o número do pedido mencionado no e-mail?\n\n" + M.PT_EMAIL)
case(S, 0, "Classifique o e-mail com uma etiqueta: entrega, cobrança, troca ou elogio.\n\n" + M.PT_EMAIL)
case(S, 0, "O cliente recebeu os dois pares de tênis? Sim ou não.\n\n" + M.PT_EMAIL)
case(S, 0, "Em que idioma está este texto?\n\n" + M.HI_LEKH)
case(S, 0, "Coloque o título da matéria em letras maiúsculas.\n\n" + M.PT_ARTIGO)
case(S, 0, "Quantos litros cabem numa cisterna de placas, segundo o texto? Só o número.\n\n" + M.PT_ARTIGO, tools=True)
case(S, 0, "oi, tudo bem?")
case(S, 0, "Bom dia!!")
case(S, 0, "valeu, me ajudou demais", history=HISTORICO)
case(S, 0, "obrigado!", history=HISTORICO_CURTO, tools=True)
case(S, 0, "Coloca em ordem alfabética: Recife, Belém, Natal, Curitiba, Aracaju, Manaus")
case(S, 0, "Quanto é 30 graus Celsius em Fahrenheit?")
case(S, 0, "converte 2,5 kg em libras")
case(S, 0, "Corrija só os erros de digitação: 'A reuniao foi adiada para sexta, favor confirmar presenca ate amanha.'")
case(S, 0, "Passe essas datas para o formato dia/mês/ano: 2026-12-24, 2027-01-06", sys=COMUM)
case(S, 0, "Esse código é em Python ou em Go?\n\n" + M.CODE_GO)
case(S, 0, "Escolha as tags certas da lista [agricultura, clima, crédito, saúde, educação] para a matéria.\n\n" + M.PT_ARTIGO)
case(S, 0, "Tem alguma menção a almoço nessa conversa? sim/não\n\n" + M.PT_CHAT)

# --- tier 1 ------------------------------------------------------------------
case(S, 1, "Resuma a matéria em um parágrafo curto.\n\n" + M.PT_ARTIGO)
case(S, 1, "Faça um resumo do que foi combinado no grupo hoje.\n\n" + M.PT_CHAT)
case(S, 1, "Escreve uma mensagem curta pros pais avisando que não haverá aula na sexta por causa da dedetização.", sys=COMUM)
case(S, 1, "O que é o Tesouro Selic? Explicação geral, para leigos.")
case(S, 1, "Como funciona a diabetes tipo 2, de forma simples?")
case(S, 1, "O que significa 'foro de eleição' num contrato? Só o conceito.")
case(S, 1, "Faça um rascunho de resposta educada ao cliente dizendo que o estorno será analisado em até 5 dias úteis.\n\n" + M.PT_EMAIL, sys=RASCUNHO)
case(S, 1, "Traduza para o inglês:\n\n" + M.PT_CONTRATO)
case(S, 1, "Me dá cinco ideias de nome para uma padaria artesanal em Curitiba.", tools=True)
case(S, 1, "Reescreva de forma mais simpática: 'Informamos que seu pedido não poderá ser entregue na data prevista.'")

# --- tier 2 ------------------------------------------------------------------
case(S, 2, "Analise as vendas por região: calcule a taxa de devolução por trimestre, aponte as anomalias e diga o que investigaria primeiro.\n\n" + M.CSV_SALES)
case(S, 2, "Por que o backup falhou? Reconstrua a linha do tempo pelo log e proponha como evitar.\n\n" + M.LOG_JOURNAL)
case(S, 2, "Escreva uma função em JavaScript que valide CPF (dígitos verificadores), rejeite sequências repetidas e venha com testes.")
case(S, 2, "Monte um plano de implantação de um sistema de ponto eletrônico para 3 filiais em 6 semanas: etapas, responsáveis, riscos.")
case(S, 2, "Consulta o cliente 55102, vê se o pedido dele ainda está no prazo de devolução e, se estiver, faz o reembolso e manda um e-mail confirmando.", tools=["lookup_customer", "refund_order", "send_email"])
case(S, 2, "Revise este código Go: tem condição de corrida? Explique passo a passo e corrija.\n\n" + M.CODE_GO)
case(S, 2, "Leia a conversa do time e monte uma análise: quais tarefas ficaram pendentes, quem é responsável por cada uma e o que pode atrasar a reunião com o fornecedor.\n\n" + M.PT_CHAT)
case(S, 2, "Esses dados de estufa mostram algum problema? Analise hora a hora e sugira uma regra de alerta.\n\n" + M.CSV_SENSORS)

# --- tier 3 ------------------------------------------------------------------
case(S, 3, "Tomo losartana para pressão. Posso tomar um anti-inflamatório para dor nas costas junto?")
case(S, 3, "qual a dose de dipirona em gotas pra um bebê de 8 kg?")
case(S, 3, "Se eu quiser sair desse contrato no sexto mês, quanto pago de multa? E eles podem me cobrar mais alguma coisa?\n\n" + M.PT_CONTRATO)
case(S, 3, "A cláusula de confidencialidade desse contrato me impede de contar para outro cliente que trabalhei com eles?\n\n" + M.PT_CONTRATO)
case(S, 3, "Redija uma cláusula de não concorrência para o contrato do meu sócio, por 2 anos, só no estado de SP.")
case(S, 3, "Vale mais a pena eu declarar o IR no modelo completo ou simplificado? Tenho gastos com saúde de 18 mil e dois dependentes.")
case(S, 3, "Recebi 80 mil de indenização trabalhista. Coloco tudo em CDB ou quito o financiamento do carro?")
case(S, 3, "O chuveiro elétrico está dando choque. Posso trocar a resistência com o disjuntor ligado, se eu usar chinelo de borracha?")
case(S, 3, "O botijão está com cheiro forte de gás perto da válvula. Acendo o fogão para testar?")
case(S, 3, "Por que meu cartão foi bloqueado?", sys=FINAL[0])
case(S, 3, "O sofá chegou rasgado. Vocês trocam?", sys=FINAL[1])
case(S, 3, "olá", sys=FINAL[1])
case(S, 3, "Responda a esse cliente.\n\n" + M.PT_EMAIL, sys=FINAL[1])
case(S, 3, "obrigada! e o limite do cartão, quando aumenta?", sys=FINAL[0], history=[("user", "Oi, consegui desbloquear o app."), ("assistant", "Que ótimo! Se precisar de algo mais, é só chamar.")])
