"""The fifth blind set's case helper and shared tool definitions.

A case is written as `c(lang, tier, pii, turns, ...)`: `pii` is a
space-separated list of the kinds the request carries (any message),
`turns` a string (one user turn) or a list alternating user and assistant
turns, starting and ending with the user (`pre` prepends earlier turns). `<<slot>>` marks an identifier
make_blind5.py draws from idgen.identifier (`<<dni>>`, `<<bad_iban_ES>>`,
...). `near` names the near-miss kind of a request without personal data
that carries something which looks like it. Standard library only."""


def c(lang, tier, pii, turns, sys=None, tools=None, img=None, mt=None, rf=None, near=None,
      temp=None, stream=None, pre=()):
    if isinstance(turns, str):
        turns = [turns]
    turns = list(pre) + list(turns)  # earlier user/assistant turns
    assert len(turns) % 2 == 1, turns[0][:40]
    msgs = []
    if sys:
        msgs.append({"role": "system", "content": sys})
    for i, t in enumerate(turns):
        msgs.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    if img:
        msgs[-1]["content"] = [{"type": "text", "text": msgs[-1]["content"]},
                               {"type": "image_url", "image_url": {"url": img}}]
    req = {"model": "auto", "messages": msgs}
    if tools:
        req["tools"] = tools
    if mt is not None:
        req["max_tokens"] = mt
    if rf is not None:
        req["response_format"] = rf
    if temp is not None:
        req["temperature"] = temp
    if stream is not None:
        req["stream"] = stream
    return {"lang": lang, "tier": tier, "pii": sorted(set(pii.split())), "request": req, "near": near}


def fn(name, desc, props, required=None):
    return {"type": "function", "function": {
        "name": name, "description": desc,
        "parameters": {"type": "object", "properties": {k: {"type": v} for k, v in props.items()},
                       "required": list(required if required is not None else props)}}}


BANK_TOOLS = [
    fn("get_account_summary", "Balances and last 30 transactions of an account", {"account_ref": "string"}),
    fn("block_card", "Block a payment card immediately", {"card_ref": "string", "reason": "string"}),
    fn("open_case", "Open a case in the CRM", {"category": "string", "summary": "string"}),
]
HOSPITAL_TOOLS = [
    fn("find_slots", "Free appointment slots for a clinic and specialty", {"clinic": "string", "specialty": "string", "from_date": "string"}),
    fn("get_lab_results", "Lab results of a patient by record number", {"mrn": "string"}),
    fn("create_ticket", "Open an IT service-desk ticket", {"title": "string", "priority": "string"}),
]
SHOP_TOOLS = [
    fn("track_parcel", "Carrier status of a shipment", {"tracking_no": "string"}),
    fn("get_stock", "Stock per warehouse for a SKU", {"sku": "string"}),
    fn("issue_refund", "Refund an order line", {"order_id": "string", "amount": "number"}),
    fn("run_sql", "Run a read-only SQL query on the analytics warehouse", {"query": "string"}),
]
SEARCH_TOOLS = [
    fn("web_search", "Search the web", {"q": "string"}),
    fn("fetch_url", "Fetch a page as text", {"url": "string"}),
]
JSON = {"type": "json_object"}


def schema(name, props):
    return {"type": "json_schema", "json_schema": {"name": name, "schema": {
        "type": "object", "properties": {k: {"type": v} for k, v in props.items()},
        "required": list(props)}}}
