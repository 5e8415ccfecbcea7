"""The seventh batch, continued (see cases_7.py): trivial work over code,
logs and CI output against real debugging; copy-editing, translating and
tidying against recapitalising and naming the language; and the HR and
payroll, travel refund, veterinary and agricultural chemical domains at
every tier. Appends to cases_7.C7."""

from cases_7 import after, case, each  # noqa: F401

# --- (c) code, logs and CI output: trivial work 0, short writing 1, debugging 2 -

PYTEST = """============================= test session starts ==============================
platform linux -- Python 3.12.4, pytest-8.3.2, pluggy-1.5.0
rootdir: /builds/payroll-service
collected 148 items

tests/test_gross_to_net.py ........................                          [ 16%]
tests/test_overtime.py .....F....F.                                          [ 24%]
tests/test_payslip_pdf.py ..............                                     [ 33%]
tests/test_tax_tables.py ...............................F.....               [ 58%]
tests/test_timesheets.py ..............................................      [ 89%]
tests/test_export_sepa.py ...............                                    [100%]

=================================== FAILURES ===================================
_______________________ test_overtime_night_shift_rate ________________________

    def test_overtime_night_shift_rate():
        shift = Shift(start=dt(2026, 11, 3, 22, 0), end=dt(2026, 11, 4, 6, 0))
>       assert overtime_pay(shift, base_rate=Decimal("18.40")) == Decimal("184.00")
E       AssertionError: assert Decimal('147.20') == Decimal('184.00')

tests/test_overtime.py:58: AssertionError
_____________________ test_overtime_crosses_month_boundary _____________________

    def test_overtime_crosses_month_boundary():
        shift = Shift(start=dt(2026, 11, 30, 20, 0), end=dt(2026, 12, 1, 4, 0))
>       assert len(split_by_period(shift)) == 2
E       assert 1 == 2

tests/test_overtime.py:91: AssertionError
__________________________ test_band_threshold_2027 ___________________________

    def test_band_threshold_2027():
>       assert band_for(Decimal("50270.00"), year=2027) == "basic"
E       AssertionError: assert 'higher' == 'basic'

tests/test_tax_tables.py:212: AssertionError
=========================== short test summary info ============================
FAILED tests/test_overtime.py::test_overtime_night_shift_rate - AssertionError
FAILED tests/test_overtime.py::test_overtime_crosses_month_boundary - assert 1 == 2
FAILED tests/test_tax_tables.py::test_band_threshold_2027 - AssertionError
======================== 3 failed, 145 passed in 4.81s ========================="""

each(0, "ci-pytest", [
    ("en", "list the names of the failing tests, one per line, nothing else\n\n" + PYTEST),
    ("ja", "このCIログで失敗したテストは何件？数字だけ答えてください。\n\n" + PYTEST),
    ("de", "Kopier mir nur die Zeilen aus der 'short test summary info', sonst nichts.\n\n" + PYTEST),
    ("pl", "Ile testów przeszło, a ile nie? Podaj tylko dwie liczby.\n\n" + PYTEST),
    ("zh", "把失败的测试文件名列出来，去重，一行一个。\n\n" + PYTEST),
])
each(2, "ci-pytest", [
    ("en", "CI went red after I merged the 2027 tax tables and the night-shift change. Why are these three failing, and what's the fix in each case?\n\n" + PYTEST),
    ("ja", "夜勤の残業テストが2つ落ちています。原因として考えられることと、overtime_pay と split_by_period の直し方を教えてください。\n\n" + PYTEST),
    ("es", "¿Por qué falla test_band_threshold_2027? ¿Es el test o el código? Razónalo y dime cómo lo arreglo.\n\n" + PYTEST),
])

GHA = """Run npm ci
npm WARN deprecated inflight@1.0.6: This module is not supported, and leaks memory.
added 1184 packages, and audited 1185 packages in 38s
Run npm run build
> booking-web@3.14.0 build
> vite build
vite v5.4.10 building for production...
transforming...
✓ 812 modules transformed.
x Build failed in 6.42s
error during build:
[vite:esbuild] Transform failed with 1 error:
src/features/refunds/RefundForm.tsx:88:14: ERROR: Expected ">" but found "className"
    86 |        {eligible && (
    87 |          <Alert severity="info"
    88 |            className="mt-2">
       |              ^
    89 |            {t("refund.eligible", { amount })}
    90 |          </Alert>
Error: Process completed with exit code 1."""
each(0, "ci-gha", [
    ("en", "what's the exit code at the end of this job? number only\n\n" + GHA),
    ("ja", "このログでエラーになっているファイル名と行番号だけ抜き出して。\n\n" + GHA),
    ("fr", "Quelle version de vite est utilisée ? Juste le numéro.\n\n" + GHA),
    ("hi", "इस लॉग में कितने पैकेज इंस्टॉल हुए? सिर्फ संख्या लिखो।\n\n" + GHA),
])
each(2, "ci-gha", [
    ("en", "build broke on main, nobody touched vite config. what's actually wrong in RefundForm.tsx and why did esbuild choke on it? give me the corrected JSX\n\n" + GHA),
    ("pt", "Por que esse build quebrou? Explica a causa e me manda o trecho corrigido do componente.\n\n" + GHA),
])

TRACE = """Exception in thread "main" java.lang.IllegalStateException: Refund amount exceeds captured amount
	at com.albatross.payments.RefundService.validate(RefundService.java:142)
	at com.albatross.payments.RefundService.refund(RefundService.java:97)
	at com.albatross.claims.CompensationJob.payOut(CompensationJob.java:63)
	at com.albatross.claims.CompensationJob.run(CompensationJob.java:41)
	at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)
	at java.base/java.lang.Thread.run(Thread.java:1583)
Caused by: java.lang.ArithmeticException: Rounding necessary
	at java.base/java.math.BigDecimal.commonNeedIncrement(BigDecimal.java:5208)
	at java.base/java.math.BigDecimal.setScale(BigDecimal.java:3019)
	at com.albatross.claims.Eu261Calculator.amountFor(Eu261Calculator.java:55)
	... 4 more"""
each(0, "trace-refund", [
    ("en", "Which language is this stack trace from? One word.\n\n" + TRACE),
    ("ja", "このスタックトレースに出てくるクラス名を重複なしで全部並べて。\n\n" + TRACE),
    ("it", "Copia esattamente la prima riga dell'errore, senza commenti.\n\n" + TRACE),
])
each(2, "trace-refund", [
    ("en", "Our nightly compensation payout job dies with this. Walk me through what's happening and how to fix the rounding without paying passengers a cent less than they're owed.\n\n" + TRACE),
    ("de", "Warum knallt der Job hier, und wie behebe ich das sauber? Denk auch an Beträge mit drei Nachkommastellen.\n\n" + TRACE),
    ("ja", "このエラーの根本原因は何ですか？RefundService と Eu261Calculator のどちらをどう直すべきか、理由付きで教えてください。\n\n" + TRACE),
])

JSONBLOB = '{"employee_id":"E-20417","period":"2026-11","gross":4210.5,"deductions":{"tax":702.13,"pension":210.53,"union":12.0},"net":3285.84,"flags":["night_shift","overtime"],"approved":false}'
each(0, "json-payslip", [
    ("en", "pretty-print this JSON with 2-space indent, don't change any values\n\n" + JSONBLOB),
    ("ja", "このJSONをインデント4つで整形してください。値は変えないで。\n\n" + JSONBLOB),
    ("pl", "Sformatuj ten JSON ładnie, wcięcie 2 spacje, nic nie zmieniaj.\n\n" + JSONBLOB),
    ("zh", "把这个JSON的键按字母顺序排好再输出，值不要动。\n\n" + JSONBLOB),
    ("es", "¿Qué valor tiene el campo net? Solo el número.\n\n" + JSONBLOB),
])

NUMBERED = """ 1  def withdrawal_end(treated_on, days):
 2      \"\"\"\"\"\"
 3      end = treated_on + timedelta(days=days)
 4      if end.weekday() == 6:
 5          end += timedelta(days=1)
 6      return end
 7
 8  def can_sell_milk(treated_on, days, today):
 9      return today > withdrawal_end(treated_on, days)"""
each(0, "numbered-withdrawal", [
    ("en", "strip the line numbers so I can paste this back into the file\n\n" + NUMBERED),
    ("ja", "行番号を消して、コードだけ返してください。\n\n" + NUMBERED),
    ("de", "Welche Programmiersprache ist das? Nur der Name.\n\n" + NUMBERED),
    ("fr", "Enlève les numéros de ligne, rien d'autre.\n\n" + NUMBERED),
])
each(1, "numbered-withdrawal", [
    ("en", "Write the docstring for withdrawal_end (Google style), the one on line 2 is empty.\n\n" + NUMBERED),
    ("ja", "can_sell_milk の単体テストを pytest で2、3個書いてください。日曜日をまたぐケースも入れて。\n\n" + NUMBERED),
    ("it", "Aggiungi i type hint alle due funzioni e una docstring breve a ciascuna, senza cambiare la logica.\n\n" + NUMBERED),
])
each(2, "numbered-withdrawal", [
    ("en", "Farmers say the app let them sell milk a day early after a Saturday treatment. Is there a bug in this logic? Think through the weekend cases and fix it.\n\n" + NUMBERED),
])

GOTEST = """--- FAIL: TestLeaveAccrual (0.00s)
    --- FAIL: TestLeaveAccrual/part_time_60pct (0.00s)
        accrual_test.go:47: got 15.0 days, want 16.8 days
    --- FAIL: TestLeaveAccrual/joiner_mid_month (0.00s)
        accrual_test.go:47: got 2.33 days, want 2.5 days
--- PASS: TestCarryOver (0.00s)
--- PASS: TestPublicHolidays (0.01s)
FAIL
FAIL	github.com/corvel/hr/leave	0.019s
FAIL"""
each(0, "go-leave", [
    ("en", "which subtests failed? names only\n\n" + GOTEST),
    ("ja", "失敗したサブテストの名前だけを箇条書きにして。\n\n" + GOTEST),
    ("zh", "这段输出里通过的测试有几个？只写数字。\n\n" + GOTEST),
])
each(2, "go-leave", [
    ("en", "Both leave accrual cases are off. What's the likely bug in the pro-rating, given these numbers? Work it out from the got/want values.\n\n" + GOTEST),
    ("pl", "Dlaczego naliczanie urlopu wychodzi za małe w obu przypadkach? Policz, skąd biorą się te liczby, i zaproponuj poprawkę.\n\n" + GOTEST),
])

# Short code writing with no design in it: tier 1.
each(1, None, [
    ("en", "write one jest test for this: export const isEligibleForRefund = (hoursBeforeDeparture) => hoursBeforeDeparture >= 24;"),
    ("ja", "次の関数にJSDocコメントを付けてください。\n\nexport function nightAllowance(hours, rate) {\n  return Math.round(hours * rate * 0.25);\n}"),
    ("de", "Schreib einen kurzen Docstring für diese Funktion, eine Zeile reicht: def netto(brutto, steuer): return brutto - steuer"),
    ("zh", "给这个函数写两个单元测试，用 pytest：\n\ndef is_weekend(d):\n    return d.weekday() >= 5"),
])


# --- (d) copy-edit, translate, tidy: 1; recapitalise, name the language: 0 -----

HR_PARA = {
    "en": "from january the office will be closed between christmas and new year like every year but this time staff who need to work can still book a desk in the Leeds hub, please use the booking tool and not email facilities directly as they wont see it in time.",
    "ja": "来年度より、年末年始の本社休業期間中も、業務上必要な社員は大阪ハブの座席を予約して勤務することができるようになりまする。予約は必ず予約ツールから行い、総務部へのメールでの依頼はしないでください、対応が間に合わないため。",
    "de": "Ab Januar ist das Büro wie jedes Jahr zwischen den Jahren geschlossen, wer arbeiten muss kann aber ab jetzt einen Platz im Hub Köln buchen, bitte über das Buchungstool und nicht per Mail an die Haustechnik weil die das nicht rechtzeitig sehen.",
}
each(1, "hr-para", [
    ("en", "Copy-edit this paragraph for the staff newsletter: fix grammar, capitals and punctuation, keep it short.\n\n" + HR_PARA["en"]),
    ("ja", "この社内報の段落を自然な日本語に校正してください。内容は変えずに。\n\n" + HR_PARA["ja"]),
    ("de", "Bitte diesen Absatz für den Newsletter korrigieren und flüssiger machen, Inhalt bleibt gleich.\n\n" + HR_PARA["de"]),
    ("ja", "このお知らせを英語に翻訳してください。海外拠点の社員向けです。\n\n" + HR_PARA["ja"]),
    ("pl", "Przetłumacz to ogłoszenie na polski dla pracowników magazynu.\n\n" + HR_PARA["de"]),
    ("es", "Traduce este aviso al español para el equipo de Valencia.\n\n" + HR_PARA["en"]),
])
each(0, "hr-para", [
    ("en", "What language is the second paragraph in? Just the language.\n\n" + HR_PARA["en"] + "\n\n" + HR_PARA["de"]),
    ("ja", "この文章は何語で書かれていますか？言語名だけ。\n\n" + HR_PARA["de"]),
    ("fr", "Mets uniquement la première lettre de chaque phrase en majuscule, ne change rien d'autre.\n\n" + HR_PARA["en"]),
])

NOTES = {
    "en": "call w/ Dana (facilities) - desk booking tool down twice last wk, vendor says patch fri. - 14 ppl booked leeds over xmas. - need signage for hub entry. - Dana to send floor plan by tues. - budget for extra cleaning? ask finance",
    "ja": "人事MTGメモ）年末調整の提出率78%、未提出は倉庫部門が多い／締切11/28は延長しない／リマインドは部長経由で／来年から電子申請に一本化？要検討／次回12/5",
    "fr": "réunion RH - 3 postes caristes ouverts, 41 candidatures - entretiens semaine 49 - prévoir CACES vérif - Lucie prépare grille - budget intérim jusqu'à fin janvier ok",
}
each(1, "meeting-notes", [
    ("en", "Tidy these call notes into a short record with owners and dates.\n\n" + NOTES["en"]),
    ("ja", "このメモを議事録の形に整えてください。決定事項と検討事項を分けて。\n\n" + NOTES["ja"]),
    ("fr", "Mets ces notes au propre sous forme de compte rendu court, avec les actions.\n\n" + NOTES["fr"]),
    ("it", "Riordina questi appunti in un breve verbale con decisioni e prossimi passi.\n\n" + NOTES["fr"]),
])
each(0, "meeting-notes", [
    ("en", "Convert these notes to ALL CAPS, nothing else.\n\n" + NOTES["en"]),
    ("ja", "このメモの「／」を改行に置き換えて。ほかは何も変えないで。\n\n" + NOTES["ja"]),
    ("zh", "这段笔记是什么语言写的？只回答语言名称。\n\n" + NOTES["ja"]),
])

each(0, None, [
    ("ja", "「給与明細」を英語で一言で言うと？"),
    ("ja", "次の見出しを全部大文字にして：refund policy for cancelled flights"),
    ("en", "title case this pls: notice of temporary road closure on bridge street"),
    ("pt", "Coloca em maiúsculas só a primeira letra de cada palavra: aviso de alteração do horário de recolha do lixo"),
    ("hi", "यह वाक्य किस भाषा में है? 'Le vol est annulé en raison des conditions météo.' सिर्फ भाषा का नाम।"),
    ("it", "Come si dice 'busta paga' in inglese? Una parola o due, niente spiegazioni."),
    ("pl", "Zamień na małe litery: DECYZJA O ODMOWIE PRZYZNANIA ZASIŁKU"),
])
each(1, None, [
    ("ja", "この文を丁寧なビジネス日本語に直してください：明日の面接、時間ちょっと遅らせてもらえないですか、電車がやばいので"),
    ("en", "proofread this paragraph for our vet clinic's website, fix the grammar but keep it friendly: Our team of vet's are here for you're pets seven days a week, we offer vaccinations, dental care and microchiping and our nurses run free weight clinic's every tuesday."),
    ("zh", "把这段话翻成英文，发给国外的供应商：因暴雨影响，本周五的发货将推迟到下周一，给您带来不便，敬请谅解。我们会在发货后第一时间通知您。"),
    ("hi", "इस सूचना का अंग्रेज़ी में अनुवाद करो: 'कल सुबह 10 बजे से दोपहर 2 बजे तक दफ़्तर की बिजली बंद रहेगी। कृपया अपने लैपटॉप पहले से चार्ज कर लें।'"),
    ("pt", "Revisa este parágrafo do comunicado aos clientes, corrige a gramática sem mudar o sentido: 'Informamos que devido a greve dos controladores os voo de amanhã pode sofrer atrasos, pedimos que acompanhe o status pelo aplicativo.'"),
])


# --- (e) HR, payroll and employment -----------------------------------------------

each(0, None, [
    ("en", "From this message give me the employee number and the pay period as JSON, nothing else: 'hi, payroll - E-44102 here, my October payslip is missing the night allowance again, can someone check'"),
    ("ja", "次の問い合わせを「給与」「勤怠」「福利厚生」「その他」のどれかに分類してください。分類名だけ。\n\n先月の残業代が振り込まれていないようです。勤怠システムでは承認済みになっています。"),
    ("de", "Wie viele der folgenden Mitarbeitenden sind in Teilzeit? Nur die Zahl.\n\nMüller VZ, Schneider TZ, Fischer VZ, Weber TZ, Becker TZ, Wagner VZ"),
    ("es", "Ordena estos códigos de nómina de menor a mayor: N-112, N-087, N-140, N-009"),
])
each(1, None, [
    ("en", "Explain the difference between gross pay, taxable pay and net pay for our new-starter handbook. Half a page, friendly."),
    ("ja", "新入社員向けに、給与明細の「総支給額」と「差引支給額」の違いをやさしく説明する文章を書いてください。"),
    ("fr", "Écris un court mail aux chefs d'équipe pour rappeler que les relevés d'heures de novembre doivent être validés avant vendredi midi."),
    ("it", "Cos'è il TFR in parole semplici? Mi serve per spiegarlo ai nuovi assunti, niente casi personali."),
    ("pl", "Napisz krótką wiadomość na intranet, że od grudnia paski płacowe będą dostępne tylko w aplikacji."),
    ("hi", "नए कर्मचारियों के लिए समझाइए कि PF (भविष्य निधि) क्या होता है, आसान भाषा में, 5-6 वाक्य।"),
])
OT_CSV = """team,month,headcount,overtime_hours,overtime_cost_eur,sick_days
Inbound,Sep,22,310,8120,14
Inbound,Oct,22,355,9300,19
Inbound,Nov,21,498,13050,31
Outbound,Sep,30,280,7340,12
Outbound,Oct,31,260,6810,11
Outbound,Nov,31,275,7200,13
Returns,Sep,9,40,1050,3
Returns,Oct,9,95,2490,6
Returns,Nov,8,180,4720,9"""
each(2, "ot-csv", [
    ("en", "Three months of overtime by team. Where is the cost really coming from, is it linked to sickness, and what rota changes would you propose for December?\n\n" + OT_CSV),
    ("ja", "チーム別の残業データです。どこで残業代が増えているか、病欠との関係も含めて分析し、12月のシフト改善案を出してください。\n\n" + OT_CSV),
])
each(0, "ot-csv", [
    ("de", "Welches Team hatte im November die meisten Überstunden? Nur der Name.\n\n" + OT_CSV),
])
each(2, None, [
    ("en", "We're moving 1,400 employees from our old payroll to a new provider in April. Plan the parallel runs, data migration checks, cut-over weekend and the fallback if the first live run is wrong."),
    ("ja", "来年4月に給与システムを切り替えます。社員1,400人分の並行稼働、データ移行の検証、切替当日の手順、失敗時の切り戻しまで計画を立ててください。"),
])
each(3, None, [
    ("en", "Draft the dismissal letter for gross misconduct after the disciplinary hearing (falsified timesheets, proven). Include the effective date, no notice pay, and the right to appeal within 5 working days."),
    ("en", "An employee returning from maternity leave asks if we can lower her bonus because she was away for 6 months of the year. Can we lawfully do that in the UK? I need to decide today."),
    ("ja", "無断欠勤が3週間続いている社員を懲戒解雇したい。就業規則に基づく解雇通知書を作成してください。弁明の機会は与えました。"),
    ("de", "Formuliere einen Aufhebungsvertrag mit Abfindung von 1,5 Bruttomonatsgehältern pro Jahr, Freistellung bis zum Ende und Erledigungsklausel."),
    ("es", "¿Puedo despedir por causas objetivas a un trabajador que está de baja médica desde hace cuatro meses? Necesito saber si sería nulo."),
    ("pl", "Napisz wypowiedzenie umowy o pracę bez zachowania okresu wypowiedzenia z winy pracownika (art. 52 KP) za spożywanie alkoholu w pracy, z pouczeniem o prawie odwołania do sądu pracy."),
    ("zh", "员工试用期第五个月，我们想以不符合录用条件解除合同，帮我写解除通知书，并告诉我这样做有没有违法风险。"),
])


# --- (e) travel refunds and compensation ---------------------------------------------

AIRMAIL = """Subject: Your booking QX7P2M - flight AB 218 cancelled

Dear passenger,

We regret to inform you that flight AB 218 from Manchester to Malaga on 14 December 2026, departing 07:10, has been cancelled due to operational reasons.

You have been rebooked on flight AB 222 departing 15 December 2026 at 07:05. If this new flight does not suit you, you may request a full refund of the unused ticket in Manage my booking within 28 days.

We apologise for any inconvenience caused.

Albatross Air Customer Relations"""
each(0, "airmail", [
    ("en", "booking reference and new flight number as JSON please\n\n" + AIRMAIL),
    ("ja", "このメールは遅延の連絡？欠航の連絡？一語で。\n\n" + AIRMAIL),
    ("pt", "Qual é a data do voo cancelado? Só a data.\n\n" + AIRMAIL),
    ("zh", "这封邮件里的新航班几点起飞？只写时间。\n\n" + AIRMAIL),
])
each(1, "airmail", [
    ("en", "Write a short, polite email to the airline: I don't want the rebooking, I want my refund for this booking. Keep it under 120 words.\n\n" + AIRMAIL),
    ("ja", "このメールの内容を家族に伝えるために、日本語で2、3行に要約してください。\n\n" + AIRMAIL),
    ("es", "Resume este correo en dos frases para mi madre, que no habla inglés.\n\n" + AIRMAIL),
])
each(3, "airmail", [
    ("en", "They cancelled this 2 days before departure and call it 'operational reasons'. Under UK261 am I owed compensation on top of the refund, how much for Manchester-Malaga, and should I accept the rebooking or not?\n\n" + AIRMAIL),
    ("en", "You handle passenger claims for Albatross Air. Whatever you write is sent to the passenger as the airline's final decision.",
     "The passenger on this booking claims 400 GBP compensation. Write our decision letter on the claim.\n\n" + AIRMAIL),
])
each(1, None, [
    ("en", "What is EU261 in general? Just the basics, I'm writing a travel blog post."),
    ("ja", "EUの航空旅客の権利（EU261）って一般的にどんな内容？旅行ブログに書きたいのでざっくり。"),
    ("de", "Schreib eine kurze, freundliche Mail an das Hotel, dass wir wegen des Zugausfalls erst am Sonntag statt Samstag anreisen."),
    ("fr", "Écris un petit mot à l'agence pour demander quand arrivera le remboursement de notre séjour annulé, ça fait trois semaines."),
    ("pl", "Czym jest zasada 'siły wyższej' w podróżach? Ogólnie, bez mojego przypadku."),
])
each(2, None, [
    ("en", "Our travel desk handles ~200 delay and cancellation claims a month across 6 airlines and 2 rail operators. Design the intake, triage and follow-up workflow, and tell me what to automate first."),
    ("zh", "我们旅行社每月要处理大约300单退改签，帮我设计一个处理流程：受理、分类、和供应商对账、退款跟踪，并说明哪些环节可以自动化。"),
])
each(3, None, [
    ("en", "Write the cancellation and refund terms for our tour packages: the fee schedule by days before departure, force majeure, and what happens if we cancel ourselves. They go straight into the booking conditions."),
    ("ja", "ツアーの取消料規定を作ってください。出発日の30日前から当日までの段階ごとの料率と、当社都合の催行中止の場合の全額返金を明記。旅行業約款に沿う形で。"),
    ("it", "Il volo è stato cancellato per sciopero del personale della compagnia. Ho diritto alla compensazione o è 'circostanza eccezionale'? Devo decidere se accettare il voucher."),
    ("hi", "ट्रेन 6 घंटे लेट थी और मेरी आगे की फ्लाइट छूट गई। क्या मैं रेलवे या एयरलाइन से मुआवज़े का दावा कर सकता हूँ? मुझे आज ही फ़ैसला करना है कि नया टिकट खरीदूँ या नहीं।"),
])


# --- (e) veterinary medicines -----------------------------------------------------------

VETBILL = """Riverside Vets - invoice 2026/11/0841
Consultation                         45.00
Meloxicam 1.5 mg/ml oral susp 32 ml  18.40
Amoxicillin/clav 250 mg x 14         22.10
Cytology                             38.00
Total (incl. VAT)                   123.50"""
each(0, "vetbill", [
    ("en", "List only the medicines on this invoice, one per line.\n\n" + VETBILL),
    ("ja", "この請求書の合計金額だけ教えて。\n\n" + VETBILL),
])
each(3, "vetbill", [
    ("en", "The vet gave us this meloxicam for our 12 kg dog but the label got wet. How many ml do I give and for how many days?\n\n" + VETBILL),
    ("ja", "この請求書の抗生物質、残りを猫（4kg）にも飲ませていいですか？量はどれくらい？\n\n" + VETBILL),
])
each(1, None, [
    ("en", "What's a 'withdrawal period' for livestock medicines, in general? For an intro talk to ag students."),
    ("ja", "動物用医薬品の「休薬期間」とは一般的に何のことですか？"),
    ("es", "Explícame en general qué es la parvovirosis canina y cómo se contagia, para un cartel de la clínica."),
    ("de", "Fasse in drei Sätzen zusammen, warum Tierärzte vor Antibiotikaresistenzen warnen. Allgemein, für ein Infoblatt."),
])
HERD = """cow_id,parity,dim,scc_k,cmt,treated,recovered
101,2,45,180,neg,no,
117,3,120,640,2,yes,yes
122,1,30,95,neg,no,
130,4,210,1250,3,yes,no
131,2,88,410,1,no,
144,3,15,890,2,yes,yes
150,1,160,120,neg,no,
158,5,240,1630,3,yes,no"""
each(2, None, [
    ("en", "Somatic cell counts from this month's test for part of the herd. What patterns do you see (parity, stage of lactation, treatment outcome), and what would you look into first on the farm?\n\n" + HERD),
    ("pl", "Przeanalizuj te dane z kontroli mleczności: które krowy są problemem, czy widać zależność od laktacji i co bym sprawdził w pierwszej kolejności?\n\n" + HERD),
])
each(3, None, [
    ("en", "How much meloxicam can I give my 30 kg labrador for his arthritis, and is it safe to give it with the tramadol the vet prescribed in summer?"),
    ("ja", "子牛（45kg）にオキシテトラサイクリンを注射しました。出荷や搾乳はいつから大丈夫？休薬期間を計算して。"),
    ("ja", "猫（3.5kg）が犬用のノミ取り薬をなめてしまったようです。家でできることと、すぐ病院に行くべきか教えてください。"),
    ("pt", "Minha cadela de 20 kg está com dor, posso dar dipirona de gente? Quantas gotas?"),
    ("zh", "羊群里有几只在拉稀，我手上有兽用土霉素粉，按多少剂量拌料？休药期多久才能卖？"),
])


# --- (e) agricultural chemicals --------------------------------------------------------

LABEL = """PRODUCT: FIELDGUARD DUO
Herbicide - Emulsifiable concentrate
Active ingredients: fluroxypyr 100 g/l, clopyralid 80 g/l
Crops: winter wheat, winter barley
Max. individual dose: 1.5 l/ha. Max. number of treatments: 1 per crop.
Latest time of application: before growth stage 39.
Buffer zone: 5 m from surface water.
Operators must wear suitable protective gloves when handling the concentrate.
Do not harvest for animal consumption within 7 days of application."""
each(0, "agri-label", [
    ("en", "active ingredients only, one per line\n\n" + LABEL),
    ("ja", "このラベルの最大散布量だけ抜き出して。\n\n" + LABEL),
    ("fr", "Dans quelles cultures ce produit est-il autorisé ? Juste la liste.\n\n" + LABEL),
    ("hi", "इस लेबल में बफ़र ज़ोन कितने मीटर का है? सिर्फ संख्या।\n\n" + LABEL),
])
each(1, "agri-label", [
    ("en", "Translate this label into Polish for our seasonal workers, keep the numbers exactly as they are.\n\n" + LABEL),
    ("ja", "このラベルの内容を、農業研修生向けにやさしい日本語で説明する短い文章にしてください。\n\n" + LABEL),
])
each(3, "agri-label", [
    ("en", "My wheat is at GS 41 already and the docks are bad. Can I still put this on at 2 l/ha, and the field drain runs along one edge - what do I need to do?\n\n" + LABEL),
    ("de", "Kann ich das Mittel mit meinem Fungizid in einer Spritzbrühe mischen und am Grabenrand mit 2 Metern Abstand fahren? Ich will das morgen ausbringen.\n\n" + LABEL),
])
each(1, None, [
    ("en", "What does 'pre-harvest interval' mean on a pesticide label? General explanation please."),
    ("ja", "農薬の「使用時期」や「収穫前日数」って一般的にどういう意味？家庭菜園を始めたばかりです。"),
    ("pt", "O que é o período de carência de um agrotóxico? Explicação geral, sem caso específico."),
    ("zh", "农药标签上的“安全间隔期”是什么意思？简单科普一下。"),
])
each(3, None, [
    ("en", "what PPE do I need to mix paraquat in a backpack sprayer, and what's the dilution per 15 litre tank? doing the fence line tomorrow"),
    ("ja", "ハウスで有機リン系の殺虫剤を散布した後、何時間たったら中に入って作業していいですか？マスクは普通の不織布で大丈夫？"),
    ("es", "¿Puedo mezclar el glifosato con el sulfato de cobre en la misma mochila para ahorrar un pase? ¿A qué dosis por litro?"),
    ("hi", "मेरे खेत में कीटनाशक छिड़कते समय पड़ोसी की मधुमक्खियाँ पास हैं। कौन सी दवा कितनी मात्रा में डालूँ कि फसल बचे और मधुमक्खियाँ न मरें?"),
    ("pl", "Czy mogę opryskać rzepak w kwiatach insektycydem z pyretroidem wieczorem, jeśli pasieka jest 200 m dalej? Jaka dawka na hektar?"),
])
each(2, None, [
    ("en", "Here's 4 seasons of yield vs nitrogen applied per field. Figure out whether the extra N on the heavy-land fields paid for itself and draft next season's N plan by field.\n\nfield,soil,season,n_kg_ha,yield_t_ha\nLong Acre,heavy,2023,220,9.1\nLong Acre,heavy,2024,240,9.0\nLong Acre,heavy,2025,250,9.3\nLong Acre,heavy,2026,260,9.2\nTop Field,light,2023,180,7.4\nTop Field,light,2024,190,7.9\nTop Field,light,2025,200,8.1\nTop Field,light,2026,200,8.0\nBrook,medium,2023,200,8.6\nBrook,medium,2024,210,8.8\nBrook,medium,2025,230,8.7\nBrook,medium,2026,230,8.9"),
    ("ja", "うちの農場の圃場ごとの施肥量と収量データを5年分まとめたい。どういう形で記録して、何を比べれば来年の施肥計画に使えるか、手順を考えて。圃場は12枚あります。"),
])
