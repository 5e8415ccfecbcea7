"""The small vocabulary the sixth blind set's case files are written in: C()
builds one case (lang, tier, pii kinds, near-miss kind, OpenAI body) and the
tool definitions the agent cases offer. No data here."""


def _fn(name, desc, props, required=None):
    return {"type": "function", "function": {
        "name": name, "description": desc,
        "parameters": {"type": "object", "properties": {k: {"type": t, "description": d} for k, (t, d) in props.items()},
                       "required": required if required is not None else list(props)}}}


TOOLS = {
    "read_file": _fn("read_file", "Read a file from the checked-out repository.", {"path": ("string", "path relative to the repo root")}),
    "write_file": _fn("write_file", "Write a file in the repository.", {"path": ("string", "path"), "content": ("string", "new content")}),
    "run_shell": _fn("run_shell", "Run a shell command in the sandbox and return stdout, stderr and exit code.",
                     {"cmd": ("string", "command line"), "timeout_s": ("integer", "seconds")}, ["cmd"]),
    "search_code": _fn("search_code", "Search the repository for a string or symbol.", {"query": ("string", "text or symbol")}),
    "get_ci_run": _fn("get_ci_run", "Fetch a CI run's jobs and logs.", {"run_id": ("string", "CI run id")}),
    "open_pr_comment": _fn("open_pr_comment", "Post a review comment on a pull request.",
                           {"pr": ("integer", "PR number"), "path": ("string", "file"), "line": ("integer", "line"), "body": ("string", "comment")}),
    "search_kb": _fn("search_kb", "Search the help-center knowledge base.", {"q": ("string", "query")}),
    "get_ticket": _fn("get_ticket", "Load a support ticket with its history.", {"ticket_id": ("string", "ticket id")}),
    "crm_lookup": _fn("crm_lookup", "Look up an account in the CRM.", {"account": ("string", "account name or domain")}),
    "lookup_case": _fn("lookup_case", "Load a resident's case record from the case-management system.", {"case_ref": ("string", "case reference")}),
    "permit_status": _fn("permit_status", "Status of a permit application.", {"permit_no": ("string", "permit number")}),
    "translate": _fn("translate", "Machine-translate text.", {"text": ("string", "text"), "target": ("string", "language code")}),
    "get_calendar": _fn("get_calendar", "List calendar events in a date range.", {"from": ("string", "ISO date"), "to": ("string", "ISO date")}),
    "send_email": _fn("send_email", "Send an email.", {"to": ("string", "recipient"), "subject": ("string", "subject"), "body": ("string", "body")}),
    "lms_get_submissions": _fn("lms_get_submissions", "Fetch submissions for an assignment from the LMS.",
                               {"course": ("string", "course id"), "assignment": ("string", "assignment id")}),
    "lms_post_grade": _fn("lms_post_grade", "Post a grade and feedback to the LMS.",
                          {"submission": ("string", "submission id"), "score": ("number", "score"), "feedback": ("string", "feedback")}),
    "cms_publish": _fn("cms_publish", "Publish or schedule an article in the CMS.", {"slug": ("string", "slug"), "at": ("string", "ISO time")}),
    "get_weather": _fn("get_weather", "Current weather for a city.", {"city": ("string", "city")}),
}


def C(lang, tier, pii, text, sys=None, hist=(), tools=(), image=None, rf=None, mt=None, temp=None,
      stream=False, near=None):
    """One case. pii: space-separated kinds; hist: (user, assistant) pairs
    before the last user turn; rf: "json" or a JSON-schema dict; near: the
    kind of near miss the case carries (it is then labelled clean)."""
    msgs = []
    if sys:
        msgs.append({"role": "system", "content": sys})
    for u, a in hist:
        msgs += [{"role": "user", "content": u}, {"role": "assistant", "content": a}]
    last = text if image is None else [{"type": "text", "text": text}, {"type": "image_url", "image_url": {"url": image}}]
    msgs.append({"role": "user", "content": last})
    body = {"model": "auto", "messages": msgs}
    if tools:
        body["tools"] = [TOOLS[t] for t in tools]
    if mt:
        body["max_tokens"] = mt
    if temp is not None:
        body["temperature"] = float(temp)
    if rf == "json":
        body["response_format"] = {"type": "json_object"}
    elif rf:
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": rf.get("title", "out"), "schema": rf}}
    if stream:
        body["stream"] = True
    kinds = sorted(set(pii.split()))
    assert not (kinds and near), text[:40]
    return {"lang": lang, "tier": tier, "pii": kinds, "near": near, "request": body}


def schema(title, **props):
    return {"title": title, "type": "object", "properties": {k: {"type": v} for k, v in props.items()},
            "required": list(props)}
