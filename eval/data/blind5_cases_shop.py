"""Fifth blind set: an e-commerce and logistics company's traffic (Asia and
Latin America), in English."""

from blind5_cases_lib import JSON, SEARCH_TOOLS, SHOP_TOOLS, c, schema
from blind5_materials import (MEETING_NOTES, ORDERS_CSV, PRODUCT_FEED, PY_ETL, RETURN_POLICY, SQL_SLOW,
                              WMS_LOG)

CS_BOT = ("You are the customer service assistant for Lumo Market (Philippines, Singapore, Malaysia). Your message "
          "goes straight to the customer in the chat widget and is final. Follow the returns policy exactly.")
LABELLER = ("Label each customer review. Return JSON {\"sentiment\": pos|neu|neg, \"topic\": delivery|product|"
            "price|service|other}. No other text.")

CASES = [
    # ---- tier 0
    c("en", 0, "", "lowercase all the titles and keep the rest\n\n" + PRODUCT_FEED[:1500]),
    c("en", 0, "", "\"Arrived in 2 days, box crushed but the rice cooker works fine. Rider was rude tho\"",
      sys=LABELLER, rf=JSON),
    c("en", 0, "", "how many orders in this file are from PH? number only\n\n" + ORDERS_CSV),
    c("en", 0, "", "what language is this: 'Barang sudah sampai tapi warnanya beda dengan foto'"),
    c("en", 0, "", "Pick the best matching category id for 'Mochila impermeable 25L' from: 101 Bags & Luggage, "
                   "102 Sports, 205 Home, 310 Electronics. id only", tools=SHOP_TOOLS),
    c("en", 0, "", "turn this into a markdown table\n\nSKU-44120 Yoga mat 6mm 38 units Manila\nSKU-44121 Yoga mat "
                   "8mm 12 units Manila\nSKU-51003 LED strip 5m 204 units Singapore\nSKU-51004 LED strip 10m 0 units "
                   "Singapore"),
    c("en", 0, "", "Just the tracking numbers from this carrier email please, one per line\n\nDear partner, the "
                   "following parcels were returned to origin: JT0008812649PH (address incomplete), "
                   "JT0008812712PH (refused), NV-SG-33019847 (no one home x3). Please advise by 3 Dec.",
      near="tracking_numbers"),
    c("en", 0, "", ["what's the cutoff time for same-day dispatch at the SG warehouse again?",
                    "Per the ops handbook you shared earlier it's 14:00 SGT for orders paid by then.",
                    "ok cool"]),
    c("en", 0, "", "does this banner say shipping is free? yes/no",
      img="https://cdn.lumo-market.mx/banners/2026/buen-fin/hero_mobile_v3.png"),
    c("en", 0, "", "Reformat these dates to ISO 8601: 03/12/2026, 4 Dec 2026, 2026.12.05, Dec 6th 26",
      near="timestamps"),
    c("en", 0, "", "Which carrier appears most in this CSV? one word\n\n" + ORDERS_CSV, tools=SHOP_TOOLS),
    # ---- tier 1
    c("en", 1, "", "Write 3 product bullet points for a 750ml stainless steel insulated bottle, keeps cold 24h, "
                   "hot 12h, BPA free. For the PH storefront, casual tone"),
    c("en", 1, "", "Summarise these meeting notes for people who missed it, short\n\n" + MEETING_NOTES),
    c("en", 1, "", "wat is incoterms DDP vs DAP, simple explenation for my new merchandiser pls"),
    c("en", 1, "national_id", "Draft a reply to this seller for me to review: they ask why their payout is delayed. Reason: "
                   "their bank account verification failed, they need to re-upload a bank statement. Seller: Joana Pires (BR), CPF <<cpf>>, store Casa Joana Decor."),
    c("en", 1, "", "Explain what this python function does, I didn't write it\n\n" + PY_ETL),
    c("en", 1, "email", "Write an email to our carrier account manager at Ninja Van (Siti Rahimah, siti.rahimah@ninjavan.co) "
                   "asking for the November SLA report and a call next week. Short."),
    c("en", 1, "", "Generate 5 Instagram caption ideas for 12.12 sale on air fryers, target Malaysia, mix of English "
                   "and Malay ok", temp=0.9),
    c("en", 1, "", "what's a good way to explain 'cash on delivery refusal rate' to a marketing intern?"),
    c("en", 1, "", "Look at the product photo and write a 40-word description for the listing",
      img="https://images.lumo-market.com/catalog/SKU-66321/main_1200.jpg", mt=120),
    c("en", 1, "phone", "Write a short WhatsApp message to our rider Jun Reyes (+63 917 824 5531) reminding him to "
                        "take the POD photo at the door, not in the lobby. I'll send it from my phone."),
    c("en", 1, "", "Write a polite out-of-office message for the SG merchandising team over Christmas, back 5 Jan, "
                   "urgent pricing issues to pricing-sg@lumo-market.com", near="role_mailbox"),
    # ---- tier 2
    c("en", 2, "", "The picker service is misbehaving in SG. From this log, what's happening and what's the fix "
                   "order of priority? the screenshot is our Grafana board for the same window, line them up\n\n" + WMS_LOG,
      img="https://grafana.ops.lumo-market.com/render/d-solo/wms/picker?panelId=4&from=1764136800000&to=1764144000000"),
    c("en", 2, "", "This query is too slow. Make it fast and explain the changes\n\n" + SQL_SLOW,
      pre=['hey r u good with postgres', "Yes, happy to help with Postgres. What's up?"]),
    c("en", 2, "", "Break down delivery performance by market and carrier from this data, find where we miss the "
                   "promise most, and tell me whether COD orders get delivered late more often\n\n" + ORDERS_CSV),
    c("en", 2, "", "Refactor this for 50M rows a day: streaming, no silent drops when a rate is missing, decimal "
                   "money, tests.\n\n" + PY_ETL),
    c("en", 2, "", "Customer says order SO882231 never arrived. Check the parcel status, check stock of the same "
                   "SKU in MX, and if we can reship today tell me; if the carrier shows delivered with no photo, "
                   "refund 349.00 instead.", tools=SHOP_TOOLS),
    c("en", 2, "", "Weekly GMV by market for last 8 weeks vs same weeks last year, and flag markets down >10%. "
                   "Use the warehouse.", tools=SHOP_TOOLS),
    c("en", 2, "", "Plan our Chinese New Year supplier shutdown: 40% of SKUs come from Guangdong suppliers closing "
                   "10 Feb - 3 Mar. Give me a week-by-week plan for buying, warehousing and marketing for MX, BR "
                   "and PH, with risks.", tools=SEARCH_TOOLS),
    c("en", 2, "", "From these notes, what decisions are actually still open, who is blocking each, and what "
                   "should the director push on first? Be critical.\n\n" + MEETING_NOTES),
    c("en", 2, "", "Write a Go service that consumes carrier webhook events (JSON), dedups by event id with a 24h "
                   "window, persists to Postgres, and exposes /healthz. Include the schema and graceful shutdown."),
    # ---- tier 3
    c("en", 3, "", "I bought earbuds 20 days ago and one side stopped working. Can I still return them and get "
                   "my money back?", sys=CS_BOT, stream=True, mt=400),
    c("en", 3, "email", ["hi im Grace Tan, order SO887102, acct email grace.tan.sg@gmail.com",
                    "Hi Grace, thanks! How can I help you with order SO887102 today?",
                    "the rice cooker i got has a cracked lid, i opened it only once. do i have to pay return "
                    "shipping?"], sys=CS_BOT),
    c("en", 3, "", "We want to sell our leftover power banks to a liquidator in Mexico. Draft the sale contract "
                   "clause excluding warranties and our liability for battery fires, enforceable under Mexican law."),
    c("en", 3, "", "warehouse in Cebu: the forklift battery charging room has a strong smell and one battery is "
                   "bulging and hot. Staff are asking if they can move it. What do they do now?"),
    c("en", 3, "", "Our customs broker says we misdeclared HS codes on 60 shipments into Brazil. Are we liable for "
                   "fines ourselves or is the broker under our contract? Here's the clause: 'The Broker shall "
                   "exercise reasonable care in classification based on information supplied by the Importer, and "
                   "shall not be liable for penalties arising from inaccurate or incomplete information so "
                   "supplied.'"),
    c("en", 3, "address credit_card email",
      "customer escalation, need the exact reply that goes to her, it's final, legal cc'd:\n\n"
      "From: Priya Raman <priya.raman.sg@gmail.com>\nI was charged twice on my card <<visa>> for order SO887712 "
      "delivered to Blk 412 Bedok North Ave 2, #08-131, Singapore 460412. I want one charge reversed today or I "
      "go to CASE.", sys=CS_BOT),
    # ---- near misses and more PII
    c("en", 0, "", "Mask the order numbers in this text with ###\n\nOrders SO880112, SO880113 and SO880190 were "
                   "cancelled by the system at 2026-11-28 23:59:59 UTC, refund batch RB-20261129-01.",
      near="order_numbers"),
    c("en", 1, "", "Our API docs show a sample customer {\"name\": \"Ana Cruz\", \"email\": \"ana.cruz@example.com\", "
                   "\"phone\": \"+1 555 0100\"}. Rewrite the sample so it looks Filipino instead", near="doc_domain"),
    c("en", 0, "email phone address", "pull the customer's phone and email from this ticket into JSON {phone, email}\n\n"
                                      "Ticket #88213 | from Mateo Villanueva | mateo.villanueva92@yahoo.com | "
                                      "mobile 0917 562 8841 | Address: 23 Mabini St, Barangay San Roque, Marikina "
                                      "City 1801 | says the parcel was left with the guard", rf=JSON),
    c("en", 1, "", "explain semantic versioning to our merch team, why did the app go from 4.9.12 to 5.0.0?",
      near="version"),
    c("en", 0, "", "Which of these is a valid Luhn number? reply with the line number only\n1) <<bad_card>>\n"
                   "2) 1234 5678 9012 3456", near="bad_checksum"),
]
