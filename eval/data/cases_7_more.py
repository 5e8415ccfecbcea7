"""The seventh batch, continued (see cases_7.py): trivial work over code,
logs and CI output against real debugging; copy-editing, translating and
tidying against recapitalising and naming the language. (Its domain
section was dropped: see cases_7.py.) Appends to cases_7.C7."""

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
