"""Sixth blind set, English, organisation 3: Northlight, a publisher and
online-education company (course content, grading, student support,
marketing, translation, accessibility)."""

from blind6_cases_lib import C
import blind6_materials as M

TUTOR = "You are Nova, the study helper in Northlight Learning's online courses. Help learners understand; never write graded work for them."
STUDENT_FINAL = ("You answer messages sent to Northlight Student Services. Your reply is emailed to the student as the "
                 "final answer from Student Services; nobody reviews it first. Be accurate about fees, refunds, deadlines and policies.")
GRADER = "You grade short answers against the rubric you are given. Output only JSON with score and a one-sentence rationale."
EDITOR = "You are an editorial assistant at Northlight Press. House style: British spelling, Oxford comma, sentence-case headings."
MKT = "You write marketing copy for Northlight's course catalogue and newsletters."
A11Y = "You help the accessibility team make course materials usable with screen readers and for learners with disabilities."

CASES = [
    # ---------------------------------------------------------------- tier 0
    C("en", 0, "", "Convert this syllabus outline to a numbered markdown list, keep the wording exactly.\n\n" + M.SYLLABUS, sys=EDITOR),
    C("en", 0, "", "Which learner ids have a final_exam score below 40? Ids only.\n\n" + M.grades_csv(41)),
    C("en", 0, "", "Tag this course review with one of: positive, neutral, negative.\n\n'The videos were fine but the quizzes kept marking correct answers wrong, super frustrating.'", rf="json", mt=15),
    C("en", 0, "", "Remove the timestamps from this lecture transcript.\n\n" + M.lesson_transcript(91, 40), sys=A11Y),
    C("en", 0, "", "perfect, thanks Nova!", sys=TUTOR,
      hist=[("why does the Calvin cycle need ATP", "It uses ATP (and NADPH) to turn 3-phosphoglycerate into G3P, and ATP again to regenerate RuBP so the cycle can keep fixing CO2."),
            ("so no light = no Calvin cycle eventually?", "Right. Without light the light-dependent reactions stop making ATP and NADPH, so the Calvin cycle runs down within minutes.")]),
    C("en", 0, "", "Return the ISBN-13 from this copyright page, digits only.\n\n'First published 2026 by Northlight Press, 90 Shoreditch High Street, London E1 6JJ. ISBN 978-1-80441-227-3. All rights reserved.'", near="company_address"),
    C("en", 0, "", "Which module does the lesson on alt text belong to? Just the module number.\n\n" + M.SYLLABUS),
    C("en", 0, "", "Hi!", sys=STUDENT_FINAL),
    C("en", 0, "", "Capitalise the first word of every bullet and add a full stop at the end:\n- learners can pause any video\n- transcripts are downloadable\n- captions are human-checked\n- quizzes can be retaken twice"),
    C("en", 0, "", "Classify each forum post as 'question' or 'not question', JSON list, same order.\n1. Does the M2 quiz count toward the certificate?\n2. Loved the guest lecture today.\n3. Can't find the worksheet for 3.4\n4. Finished the capstone pitch!", rf="json"),
    C("en", 0, "", "Count the number of rows in this CSV, excluding the header.\n\n" + M.grades_csv(42, 33), mt=8),
    # ---------------------------------------------------------------- tier 1
    C("en", 1, "", "Explain the difference between mean and median to a learner who got confused in quiz 2, with an example using house prices.", sys=TUTOR, hist=[("hi nova, can you see my quiz 2 result?", "I can't see your results, but if you tell me which question tripped you up I can walk you through it."), ("question 4, it asked which is better for house prices", "Good one to revisit. Do you want the short answer or a worked example?")]),
    C("en", 1, "", "Grade this answer (0-3). Rubric: 3 = names both stages and where they happen; 2 = both stages, no location; 1 = one stage; 0 = wrong.\nQuestion: Name the two stages of photosynthesis.\nAnswer: light dependent reactions in the thylakoid and the calvin cycle in the stroma", sys=GRADER, rf="json"),
    C("en", 1, "", "Write alt text for this chart for a screen-reader user: it shows enrolments per month.", image="https://cdn.northlight.education/courses/dj101/m3/enrolments-2026.png", sys=A11Y),
    C("en", 1, "", "Write a 120-word course description for 'Data Journalism in Ten Weeks' for the catalogue. Audience: working reporters.", sys=MKT),
    C("en", 1, "", "Copy-edit this paragraph to house style:\n\n'In this module you will learn about color, contrast and charts. We recommend you organize your data before you visualize it, and that you utilize a data table alongside every map.'", sys=EDITOR),
    C("en", 1, "", "Summarise this lecture transcript into study notes with 5 headings.\n\n" + M.lesson_transcript(92, 50), sys=TUTOR),
    C("en", 1, "", "Explain what a p-value actually means, and what it doesn't, for a journalism student.", sys=TUTOR, tools=("search_kb",)),
    C("en", 1, "health", "Write a short note to the exam office requesting 25% extra time for Sofia Lindberg (learner L70412), who has a diagnosis of dyslexia and ADHD, for the M3 final exam.", sys=A11Y),
    C("en", 1, "", "What is general guidance for making a video accessible to deaf learners? Bullet list.", sys=A11Y),
    C("en", 1, "email", "Turn this into a tidy record for our CRM: Author enquiry from Kwame Asante, kwame.asante.writes@gmail.com, pitching a textbook on West African economic history, has two chapters ready, wants a response by end of month.", sys=EDITOR, rf="json"),
    # ---------------------------------------------------------------- tier 2
    C("en", 2, "", "Analyse this gradebook: which modules predict the final exam best, is forum activity related to scores, and which learners look at risk of failing? Explain your method and its limits.\n\n" + M.grades_csv(43, 45)),
    C("en", 2, "", "Fetch the submissions for assignment A3 in course DJ101, grade each against the rubric in the assignment description, and post grades with two lines of feedback each.",
      tools=("lms_get_submissions", "lms_post_grade"), sys=GRADER),
    C("en", 2, "", "Redesign this 10-week syllabus into a 6-week intensive without losing the learning outcomes: what to merge, what to cut, where assessments go, and why.\n\n" + M.SYLLABUS),
    C("en", 2, "", "Audit this lesson page HTML for WCAG 2.2 AA problems and give fixes in order of impact.\n\n<main><h1>Module 3</h1><h3>Choosing a chart</h3><img src=\"bar.png\"><p style=\"color:#9a9a9a;background:#fff\">Compare values with bars.</p><div onclick=\"next()\">Next lesson</div><table><tr><td>Chart</td><td>Use</td></tr><tr><td>Bar</td><td>Compare</td></tr></table><video src=\"l3.mp4\" autoplay></video></main>", sys=A11Y),
    C("en", 2, "", "Plan the launch campaign for the new 'AI for Editors' course: audiences, channels, a 6-week calendar, budget split for $18k, and how we measure it.", sys=MKT, tools=("get_calendar",)),
    C("en", 2, "", "Here's the transcript of the lecture. Build a glossary of every technical term with a learner-friendly definition and the timestamp where it's introduced, then list concepts that are used before they're explained.\n\n" + M.lesson_transcript(93, 50)),
    # ---------------------------------------------------------------- tier 3
    C("en", 3, "", "I paid £1,450 for the Data Journalism course three weeks ago and have to withdraw because my job changed. Am I entitled to a refund, and how much?", sys=STUDENT_FINAL),
    C("en", 3, "", "A student says they were marked down for plagiarism but they used a quote with a citation. Write our final decision on their appeal.", sys=STUDENT_FINAL),
    C("en", 3, "", "Our author contract says royalties are 8% of net receipts 'less returns and reserves against returns not exceeding 20%'. The author asks whether we can hold 20% indefinitely. Interpret the clause and draft a clarifying amendment."),
    C("en", 3, "health iban", "Please process a hardship refund for Tomás Herrera: he's withdrawing after a cancer diagnosis. Pay £980 to his account GB IBAN <<iban_GB>>. Reply to him confirming the amount and date.", sys=STUDENT_FINAL),
    C("en", 3, "", "I'm a student on the chemistry lab course. The lab sheet says mix the bleach and the ammonia cleaner to clean the glassware faster. Is that safe?", sys=TUTOR, mt=200),
    # ---------------------------------------------------------------- near misses
    C("en", 1, "", "Write a 100-word character note for our teaching edition: how Dr Jekyll's addiction to his potion drives the plot of Stevenson's novella.", sys=EDITOR, near="fictional"),
    C("en", 1, "", "Draft a newsletter blurb telling learners to write to accessibility@northlight.education for captioned copies of any video.", sys=MKT, near="role_mailbox"),
    C("en", 0, "", "From this order confirmation, return the order number only: 'Thanks for your order NL-ORD-2026-118842 for 3 print copies. Questions? Call our customer line on 0800 046 1122.'", near="order_number"),
    # ---------------------------------------------------------------- personal data and near misses, second pass
    C("en", 1, "health", "Summarise the accessibility plan for Ben Carter, who is registered blind and uses JAWS, enrolled on DJ101: which materials he gets in which format and who to contact.", sys=A11Y),
    C("en", 1, "address", "Write a short cover note for the prize parcel going to our essay competition winner, Aisha Bello, 58 Kingsley Road, Bristol BS7 9HD.", sys=EDITOR),
    C("en", 3, "iban", "Confirm to Amélie Roux that her scholarship instalment of €1,200 will be paid to <<iban_FR>> on 5 December, and explain what happens to it if she withdraws before the end of term.", sys=STUDENT_FINAL),
    C("en", 1, "", "Write four discussion questions on how Holden Caulfield's depression is portrayed in The Catcher in the Rye.", sys=TUTOR, near="fictional"),
    C("en", 1, "", "Write a 150-word explainer for teenagers on why Simone Biles' decision to withdraw at the Tokyo Olympics to protect her mental health mattered.", sys=MKT, near="public_figure"),
]
