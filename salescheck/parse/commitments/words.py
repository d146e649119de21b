"""The words commitments are read with: actions, meetings, deliverables, frames,
and the labels notes put before a to-do."""

from __future__ import annotations

import re

from ..lexicon import Lexicon

CONTACT = {
    "call", "ring", "phone", "email", "e-mail", "meet", "speak", "talk", "chat", "catch",
    "touch", "follow", "reach", "circle", "loop", "ping", "text", "message", "connect", "visit",
    "revert", "sync", "reconnect", "regroup", "come", "get", "check", "pop", "drop", "hop",
    "swing", "stop", "jump", "reconvene", "introduce", "intro", "pick", "chase", "buzz", "contact", "inform", "notify",
    "revisit", "holler", "pass",
}


DELIVERY = {
    "send", "share", "forward", "deliver", "provide", "prepare", "write", "draft", "put",
    "pull", "revise", "update", "confirm", "circulate", "submit", "get", "email", "return", "shoot",
    "flick",  # Australian and NZ: "flick me the soil tests", "I'll flick it over"
}
ARRANGE = {"schedule", "book", "arrange", "set", "organise", "organize", "line"}
# a walkthrough with the reader: "Brian will take you through the integration", "walk your team through it"
GUIDING = {"walk", "take"}
# sending goods: a delivery to chase only when what goes is a sales paper or samples
# ("samples will be dispatched to your roastery"), not the order itself ("units ship in May")
SHIPPING = {"dispatch", "ship", "courier"}
MEETING_NOUNS = {"call", "meeting", "demo", "chat", "catch-up", "visit", "session", "follow-up", "review", "workshop",
                 "intro", "introduction", "callback", "call-back", "viewing", "walkthrough", "walk-through", "tour", "kickoff",
                 "kick-off"}
# particles that turn a verb into contact: get back, come back, follow up, catch up
PARTICLE_CONTACT = {
    "get": {"back", "together"}, "come": {"back", "by", "over"}, "follow": {"up"}, "catch": {"up"},
    "circle": {"back", "round", "around"}, "loop": {"back", "in"}, "reach": {"out"}, "touch": {"base"}, "check": {"in"},
    "pop": {"by", "in", "over", "round", "past", "out"}, "drop": {"by", "in", "past"}, "hop": {"on"}, "jump": {"on"},
    "swing": {"by", "round", "over", "past"}, "hit": {"up"}, "stop": {"by", "in"}, "pass": {"by"},  # "I will pass by your site office"
    "pick": set(),  # only "we'll pick this up" (below): "can you pick this one up?" hands over a task
}
# "hop on a call", "jump on Zoom": contact only when what they get on is a call
ON_A_CALL = {"hop", "jump"}
CALL_MEDIA = {"zoom", "teams", "phone", "line", "video", "webex", "meet"}
# things a prospect asks to be sent: "she wants a proposal by the end of the month"
DELIVERABLE_NOUNS = {"proposal", "quote", "quotation", "pricing", "contract", "sow", "msa", "deck", "study", "report",
                     "figures", "numbers", "breakdown", "estimate", "spec", "references", "samples", "sample", "roadmap",
                     "timeline", "summary", "recap", "brochure", "costing", "costings", "business case",
                     "boq", "drawings", "datasheet", "datasheets", "specs", "quotes", "swatches", "swatch",
                     "commercials"}  # Indian English: "revert with the revised commercials"  # boq: a bill of quantities
PLAN_NOUNS = {"plan", "idea", "aim", "intention", "goal", "hope", "proposal", "thinking", "suggestion"}
WELCOME = {"great", "helpful", "useful", "good", "ideal", "perfect", "brilliant", "wonderful", "appreciated", "handy"}
REPORTING = {"mention", "say", "tell", "confirm", "indicate", "explain", "note", "promise", "reckon", "think", "expect",
             "hope", "suggest", "agree"}
SETTLE = {"sort", "fix", "agree", "pin", "nail", "lock", "find"}
EAGER = {"keen", "eager", "interested", "happy", "glad", "delighted"}
HOLD_A_MEETING = {"have", "see", "do", "hold", "run", "get", "grab"}  # … a call, a demo, a workshop
# "he wants a call back", "she asked for a demo next month": a meeting asked for by name
NOUN_REQUEST_VERBS = {"want", "request", "need", "ask", "suggest", "prefer", "propose"}
# "we'll get a date in the diary": arranging a meeting without naming it
DIARY = {"diary", "calendar", "calendars", "diaries", "schedule"}
WILL = {"will", "'ll", "wil", "ll"}  # "wil" typed in a hurry; "ll" from "Ill" at a capital
FUTURE_AUX = WILL | {"shall", "wo"}
# what the verb of a promise reported afterwards carries: "he said he'd call", "told her we'll send it"
REPORTED_FUTURE = WILL | {"would", "'d"}
HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "'d"}
REQUEST_VERBS = {"ask", "request", "want", "tell", "say", "suggest", "prefer", "need", "expect", "invite"}
INTENT_VERBS = {"plan", "intend", "aim", "hope", "want", "need", "promise", "agree", "mean", "try", "expect", "arrange", "offer"}
# "once the lab is done" dates nothing: it stays a commitment without a date
CONDITIONAL_MARKS = {"if", "unless", "whether", "in case"}
# "… once you confirm": the reader's decision, not an event that will happen anyway
READER_DECIDES = {"confirm", "decide", "approve", "agree", "sign", "choose", "pick", "say", "reply", "respond", "give",
                  "let", "tell", "accept", "ok", "okay"}
SUPPLIER_NOUNS = {"vendor", "supplier", "provider", "contractor", "agency", "partner", "reseller", "installer",
                  "integrator", "consultant", "firm"}
ANSWERS = {"answer", "answers", "update", "updates", "detail", "decision", "headcount", "info", "information", "response", "confirmation",
           "figure", "number", "price", "cost", "feedback", "date", "availability", "view", "verdict", "count", "list",
           "value", "amount", "budget", "volume", "volumes", "quantity", "schedule", "programme", "details"}
QUANTITY_NOUNS = {"couple", "few", "number", "handful", "list", "selection", "set", "pair", "choice", "some"}
NOT_A_DELIVERABLE = {"availability", "times", "time", "slots", "slot", "windows", "window", "calendar", "thoughts", "feedback", "questions",
                     "regards", "best", "date", "dates", "address",
                     "feel", "sense", "idea", "picture", "flavour", "flavor", "taste", "handle", "grip"}  # "get a feel for it"
PERSON_OBJECT = {"meet", "connect", "call", "ring", "phone", "text", "message", "ping", "introduce", "intro", "buzz", "contact",
                 "inform", "notify"}  # contact when their object is a person
FOLLOW_UP = {"f/u", "follow-up"}
DURATIONS = {"minute", "minutes", "hour", "hours", "mins", "slot", "slots", "time"}
RING_NOUNS = {"ring", "call", "shout", "buzz", "bell", "tinkle", "holler", "yell", "heads-up", "headsup"}  # "I'll give you a ring"
# signing paperwork: "sign and return it" is the go-ahead, not a deliverable
SIGNING = {"sign", "countersign", "counter-sign", "initial", "execute"}
# what confirming gives the go-ahead to: "confirm the order", "sign page 6 to confirm the contract"
GO_AHEAD_THINGS = {"order", "po", "acceptance", "go-ahead", "contract", "agreement", "booking", "reservation"}
# what a reader sends back to close the deal: "Kindly revert with your approval" is the go-ahead
GO_AHEAD_ANSWERS = (GO_AHEAD_THINGS - {"contract", "booking", "reservation"}) | {"confirmation", "approval", "decision", "consent"}
# "be by", "be round": a visit
VISITING = {"by", "round", "over", "along", "around"}
# where someone comes to is a visit: "our technician will come to Mutare", "come to your office"
PLACES = {"site", "office", "offices", "plant", "factory", "farm", "store", "shop", "warehouse", "premises", "depot",
          "branch", "clinic", "hospital", "school", "mine", "yard", "hotel", "restaurant", "estate", "showroom", "you"}
PEOPLE_PRONOUNS = {"i", "we", "he", "she", "they", "you"}
# the writer's other customers: visiting "our customers" is no meeting with the reader
OUR_OTHERS = {"customer", "customers", "client", "clients", "distributor", "distributors", "dealer", "dealers",
              "reseller", "resellers", "partner", "partners"}
RECEIVING = {"expect", "have", "receive", "get", "hear"}  # "Expect the SOW from me", "you'll have it from us"
EVENT_ANCHOR = re.compile(
    r"\b(?:now|right away|straight away|immediately|same day|by return|today|tonight|"
    r"(?:straight |right |just |shortly )?after (?:the|our|this|that|today's|tomorrow's|your|my) (?:call|meeting|demo|visit|session|chat)|"
    r"(?:before|ahead of|in time for) (?:the|our|that|this|your|tomorrow's|\w+day's) (?:next )?(?:call|meeting|demo|visit|session|review)|"
    r"(?:at|during|in|to) (?:the|our|this|that) (?:call|meeting|demo|visit|session)|attached|herewith|(?<!the\s)below|"
    r"(?:the )?same (?:afternoon|morning|evening)|on the day|the (?:day|evening|afternoon|morning) (?:before|after)|the night before|"
    r"within \d+ (?:working |business |calendar )?days (?:of|after|from) (?:signature|signing|contract signature|receipt of (?:the |your )?"
    r"(?:po|purchase order|order)|(?:the |your )?po|award))\b".replace(" ", r"\s+"),  # "within 5 working days of signature"
    re.IGNORECASE)  # a phrase may wrap over two lines ("ahead of the" / "visit"); "further to the below" refers back
# a slot put to the reader, day and time: "Does Thursday, April 8th at 10am ET work for the security review?"
SLOT_OFFERED = re.compile(r"^\W*(?:(?:does|would|will|could|can)\b[^.?!]{0,60}\b(?:work|suit)|how about|what about|are you free|"
                          r"can you do|could you do)\b[^.?!]*\?", re.IGNORECASE)
# the reader asked when suits them: "are you free Thursday or Friday morning?"
AVAILABILITY_ASKED = re.compile(r"\b(?:are you (?:free|around|available)|(?:does|would|will|could)\b[^.?!]{0,40}\b(?:work|suit)(?: you)?|"
                                r"(?:what|which) (?:times?|days?|dates?|slots?)\b|when (?:suits|works|are you free))\b[^.?!]*\?", re.IGNORECASE)
BOOKED = re.compile(
    r"\b(?:booked|invite|invitation|calendar|diary|scheduled|confirmed|locked in|set for|in the diary|accepted|agreed|"
    r"(?:pleased|happy|glad|writing) to confirm|^\W*confirming (?:the|our|your))\b|"
    r"(?:^|\b(?:visit|call|meeting|demo|slot|date|time|appointment)\s+)fixed\s*:|"  # "Visit fixed: Fri 19.03., 10:00"
    r"\bfixed (?:the|a) (?:slot|date|time)\b|\b(?:we're|we are|we’re) on for\b|"  # "Fixed the slot right then: Mon 9 Feb, 11:00"
    r"^\W*fixed\s+(?:for\s+)?(?:mon|tue|wed|thu|fri|sat|sun|\d)|"  # notes: "Fixed Wed 28 January, 12:30, at the clinic"
    r"\b(?:got|have|put) (?:you|\w+)(?: and \w+)? down for\b",  # "we've got you and Sophie down for Friday, June 19 at 2:30"
    re.IGNORECASE)
# a sign-off, not a next step: "Speak soon", "Speak to you soon", "Hope to chat again soon", "Catch you later"
PLEASANTRY = re.compile(r"^\W*(?:(?:looking forward|look forward) to hearing (?:back )?from you\W+(?:and\s+)?)?"  # "…, and speak soon!"
                        r"(?:(?:hope|looking forward|look forward) to\s+)?(?:speak|talk|chat|catch up|catch you|see you|until)"
                        r"(?:\s+(?:to|with)\s+you)?(?:\s+again)?\s+(?:soon|later|then|shortly)\W*$|"
                        # a sign-off: "Thanks again Tom, we'll be in touch!" (not "Wanjiru will be in touch")
                        r"^\W*(?:thanks?(?: you)?(?: again)?(?: \w+)?\W+)?(?:we|i)(?:'ll|’ll| will) be in touch\W*$", re.IGNORECASE)
# what the product does by itself: "the portal will email you a receipt"
SYSTEMS = {"portal", "system", "platform", "app", "tool", "software", "dashboard", "website", "bot", "automation",
           "workflow", "docusign", "form", "inbox", "scheduler", "calendly", "controller", "sensor", "device", "unit",
           "thermostat", "meter", "tracker", "alarm", "pos", "crm", "erp", "printer", "terminal", "kiosk"}
TODO_LABEL = re.compile(r"^\s*(?:next (?:steps?|actions?)(?: (?:after|from|for) [^:\n]{1,30}?)?|action(?: items?)?|todo|to do|to-do|follow[- ]?ups?|f/u|next|"
                        r"(?:note|reminder) to self)\s*[:\-–]", re.IGNORECASE)
PLEASE = {"please", "pls", "plz", "kindly"}
ASKING_SOFTLY = PLEASE | {"simply", "just"}  # "simply countersign page 4 and return it"
FIRST_PERSON = {"i", "we", "me", "us", "myself"}
LEADING_BULLET = re.compile(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s+")
DATE_LABEL = re.compile(r"^\s*(?:(?:w/c|wc|w\.c\.|week of|by|before|on)\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+)?"
                        r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2})\s*:\s*",
                        re.IGNORECASE)
# who owns the item, as action lists write it: "Kelsey (Relay): share …", "Both: review …"
OWNER_LABEL = re.compile(
    r"^\s*(?!(?:objective|goal|aim|agenda|purpose|context|background|notes?|summary|outcome|status|update|why|what|"
    r"how|who|when|where|re|subject|ps|tip|ask|owner|result|decision|risk|issue|problem|question|answer|budget|"
    r"timeline|pricing|price|scope|attendees|contact|company|account)\b)"
    r"(?:(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*))?(?:\s*(?:\+|&|/|and)\s*(?-i:[A-Z][\w.'’-]*))*|both|all|us|me)"
    r"(?:\s*\([^)\n]{1,40}\))?\s*:\s+(?=(?-i:[a-z]))", re.IGNORECASE)
BROKEN = re.compile(r"\bbut (?:\w+ )?(?:didn't|did not|hasn't|has not|haven't|have not|never did|never has|never have|"
                    r"couldn't|could not|wasn't able)\b", re.IGNORECASE)
# a reported promise, then its keeping: "I promised to send the report; sent on 29 April"
KEPT = re.compile(r"[;,–—-]\s*(?:and |which )?(?:(?:i|we) )?(?:already )?(?:sent|done|delivered|did(?: so)?|emailed it|"
                  r"shared it)\b", re.IGNORECASE)
AND_THEN_I = re.compile(r"\band (?:i|we) ?(?:will|'ll|can)\b", re.IGNORECASE)
# … unless what follows is done on that call: "give me a bell and we'll work out the install window"
ON_THAT_CALL = re.compile(r"\band (?:i|we) ?(?:will|'ll|can) (?:work out|nail down|sort out|figure out|iron out|thrash out|"
                          r"hash out|pin down|talk (?:it )?through|go through|chat through|talk|chat|discuss|agree|finali[sz]e)\b",
                          re.IGNORECASE)
AWAITS_REPLY = re.compile(r"\b(?:let (?:me|us) know|reply|respond|write back|drop me a line|ping me|email me|"
                          r"give (?:me|us) a (?:shout|call|ring|bell|yell|buzz)|sing out|shout out|holler|"
                          r"say the word)\b.*\band (?:i|we)\b|"
                          # asked for the go-ahead: "Please confirm if you would like to proceed, and we will …"
                          r"(?:^|\b(?:please|pls|kindly|just|simply) )(?:confirm|approve|sign)\b.*\band (?:i|we)\b")
# a routine is a service, not a next step: "a service report on the first working day of each month"
RECURRING = re.compile(r"\b(?:each|every)\s+(?:(?:working|business|other)\s+)?(?:day|week|month|quarter|year|morning|"
                       r"afternoon|monday|tuesday|wednesday|thursday|friday|visit|shift|site|session|delivery|order|shipment|"
                       r"sprint|release|cycle)\b|"
                       r"\b(?:daily|weekly|fortnightly|monthly|quarterly|annually)\b|"
                       # a rate of the service: "four three-hour sessions per cohort" (not "the headcount per shift")
                       r"\b(?:sessions?|visits?|workshops?|classes|calls?|deliveries|reports?|check-?ins?)\s+per\s+"
                       r"(?:cohort|group|class|site|location|branch|team|department|shift|term|semester|week|month|quarter|year)\b|"
                       # a service level, promised for every such event: "within 4 hours of a fault report"
                       r"\bwithin\s+(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve|24|48)\s+(?:business\s+|working\s+)?"
                       r"(?:minutes|hours?|days?|weeks?)\s+(?:of|from)\s+(?:a|an|any|each|every|the|your|becoming|receiving|receipt|being)\b|"
                       # a step of the service, timed in minutes or hours from its event: "30 minutes before arrival"
                       r"\b(?:\d+|one|two|three|an?|half an)\s+(?:minutes?|mins|hours?|hrs?)\s+(?:before|after|ahead of|prior to)\s+"
                       r"(?:the\s+|your\s+|each\s+|every\s+)?(?:arrival|visit|appointment|delivery|install(?:ation)?|session|start|"
                       r"service|collection|pick-?up|renewal|expiry|expiration|due date|payment run)\b", re.IGNORECASE)
# the reader's outside parties (not their own people, whom we do meet): "your travel agency"
OUTSIDERS = {"agency", "agent", "broker", "accountant", "lawyer", "solicitor", "insurer", "bank", "landlord", "supplier",
             "vendor", "contractor", "tenant", "auditor"}
# the prospect's side talking to someone else: "they'll get back to the supplier", "she'll call her director"
OTHERS_ROLES = OUTSIDERS | {"provider", "incumbent", "board", "director", "manager", "boss", "cfo", "ceo", "cto", "coo", "cio",
                            "md", "finance", "procurement", "legal", "auditors", "partner", "partners"}
CLAUSE_MARKS = {",", ";", ":", "-", "–", "—"}
ACTION_FORMS_EXTRA = {"sent", "met", "spoke", "spoken", "got", "gotten", "came", "rang", "rung", "wrote", "written",
                      "caught", "drew", "f/u", "follow-up", "follow-ups"}
# a notes line's thing said to be done: "email #2 sent, no reply", "proposal received"
REPORTED_DONE = {"sent", "done", "left", "received", "delivered", "returned", "answered", "opened", "held", "completed",
                 "cancelled", "canceled", "made"}
# what a thing is got to before it is handed over: "will get the deal registration sorted"
FINISHED = {"sorted", "done", "finalised", "finalized", "completed", "drafted", "ready"}
# what a visit to a site is for: "arrange a site survey"
SITE_WORK = {"survey", "inspection", "assessment", "audit", "measure", "walk", "walkround", "walkthrough"}
# people a verb may have for its object: "provide a named account manager", "email the team"
PEOPLE_WORDS = {"manager", "engineer", "contact", "consultant", "team", "technician", "trainer", "coordinator", "person",
                "specialist", "representative", "rep", "lead", "supervisor", "architect", "advisor", "adviser", "analyst",
                "staff", "crew", "driver", "pilot", "owner", "director", "head", "officer", "everyone", "all"}
THINGS_PRONOUNS = {"it", "this", "that", "these", "those", "something", "anything"}  # "try it for 3 months"
# what can walk a reader through something without anyone meeting
WRITINGS = {"guide", "document", "doc", "deck", "video", "manual", "pack", "tutorial", "article", "page", "wizard", "webinar",
            "course", "section", "appendix", "brochure", "report", "proposal", "email", "note", "presentation", "demo", "recording",
            "checklist", "handbook", "playbook", "slides", "sheet", "module", "app", "tool", "portal", "platform", "software"}
# what kind of deck is a presentation ("the pitch deck"), as against a carry deck or a sun deck
DECK_KINDS = {"slide", "pitch", "sales", "investor", "presentation", "intro", "capabilities", "overview", "product",
              "board", "powerpoint", "ppt", "keynote", "demo", "company", "credentials", "strategy"}
# action words with one narrow use each, read in actions.py ("we shall advise on the rates", "issue an
# updated programme", "let's sit down"): the first pass must let them through too
NARROW_ACTIONS = {"advise", "issue", "sit"}
LEXICON = Lexicon(CONTACT | DELIVERY | ARRANGE | REQUEST_VERBS | INTENT_VERBS | MEETING_NOUNS | NOT_A_DELIVERABLE
                  | {"let", "look", "go", "sure", "ensure"} | GUIDING | SHIPPING | HOLD_A_MEETING | EAGER | READER_DECIDES | REPORTING | SETTLE)

# the seller's own records: "Update the CRM opportunity to stage 'Proposal'" is admin, not a delivery
RECORDS = {"crm", "opportunity", "opp", "record", "records", "pipeline", "forecast", "stage", "salesforce", "hubspot",
           "ticket", "spreadsheet", "tracker", "log", "deal", "field", "fields", "entry", "status"}
# what a message comes back to, as a topic: "I am coming back to the proposal I sent on 31 March"
TOPICS = {"proposal", "offer", "quote", "quotation", "question", "point", "topic", "matter", "subject", "request", "enquiry",
          "inquiry", "email", "message", "discussion", "conversation", "idea"}
# what "provide" gives that is a service, a place or people, not a thing handed over
NOT_PROVIDED = {"support", "training", "service", "services", "area", "space", "room", "parking", "power", "staff", "resources",
                "assistance", "help", "cover", "coverage", "maintenance", "installation", "escort", "facilities", "venue", "lunch",
                "refreshments", "catering", "transport", "accommodation", "site", "yard", "storage", "equipment", "labour", "labor",
                "manpower", "personnel", "supervision", "security", "warranty", "guarantee", "insurance", "hosting", "water",
                "electricity", "scaffolding", "crane", "vehicle", "vehicles", "driver", "drivers", "operator", "operators"}
# a line to try: "I'll try your desk line later in the week"
PHONE_LINES = {"line", "number", "mobile", "cell", "landline", "phone", "extension"}
# access handed to people: "arrange a sandbox login for his analysts"
ACCESS_THINGS = {"login", "logins", "access", "credentials", "sandbox"}
