"""What in an email body is not the writer's new text: quoted earlier messages, the
reply header above them, forwarded threads, signatures and disclaimers."""

from __future__ import annotations

import re

QUOTED = re.compile(r"^\s*>")
# "wrote:" and "Original Message" as mail programs write them in other languages
WROTE = r"(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|napisał\w*|escreveu|skrev)\s?:"
SEPARATOR = (r"(?:(?:Original|Forwarded) Message|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Message d'origine|"
             r"Message transféré|Mensaje original|Mensaje reenviado|Messaggio originale|Messaggio inoltrato|"
             r"Oorspronkelijk bericht|Doorgestuurd bericht|Wiadomość oryginalna|Mensagem original|Originalmeddelande)")
REPLY_HEADER = re.compile(
    r"^\s*((?:On|Am|Le|El|Il|Op|W dniu|Em|Den)\s.{4,200}" + WROTE + r"\s*$"  # On Mon, 2 Mar 2026 at 16:40, Dana <d@x> wrote:
    r"|Op\s.{4,200}\bschreef\s.{1,200}:\s*$"  # Dutch names the writer after the verb
    r"|-{2,}\s*" + SEPARATOR + r"\s*-{2,}"
    r"|Begin forwarded message:"
    r"|_{8,}\s*$)",  # Outlook's rule above the quoted header block
    re.IGNORECASE,
)
REPLY_HEADER_START = re.compile(r"^\s*(?:On|Am|Le|El|Il|Op|W dniu|Em|Den)\s.{4,200}$")
OUTLOOK_HEADER = re.compile(r"^\s*(?:From|Von|De|Da|Van|Od|Från):\s*\S")
OUTLOOK_NEXT = re.compile(r"^\s*(Sent|Date|To|Gesendet|Datum|An|Envoyé|Date d'envoi|À|Enviado|Fecha|Para|Inviato|Data|A|"
                          r"Verzonden|Aan|Wysłano|Do|Skickat|Till):\s", re.IGNORECASE)
SIGNATURE_DELIMITER = re.compile(r"^--\s?$")
_SIGN_OFF_WORDS = (
    r"best|best regards|kind regards|warm regards|warmest regards|regards|many thanks|"
    r"thanks|thank you|thanks again|cheers|sincerely|yours sincerely|yours faithfully|yours truly|faithfully|yours|"
    r"all the best|ngā mihi|nga mihi|kia ora|"
    r"talk soon|speak soon|best wishes|kindest regards|with (?:best|kind|warm) regards|"
    r"(?:many )?thanks (?:and|&) (?:best |kind |warm )?regards|"
    r"with thanks|respectfully|rgds|mit freundlichen grüßen|viele grüße|cordialement|bien à vous|saludos|"
    r"un saludo|cordiali saluti|un saluto|saluti|met vriendelijke groet(?:en)?|groeten|pozdrawiam|"
    r"atenciosamente|med vänlig hälsning|"
    r"(?:um )?abraço|abraços|(?:un )?abrazo|abrazos|atentamente|saludos cordiales|cumprimentos|cordialmente|"
    r"(?:beste|liebe|herzliche) grüße|vriendelijke groet(?:en)?|hälsningar|mvh|pozdrowienia|s pozdravem|distinti saluti|"
    r"warm wishes|take care"
)
# one sign-off, or two in two languages: "Met vriendelijke groet / kind regards,"
SIGN_OFF = re.compile(
    rf"^\s*({_SIGN_OFF_WORDS})(?:\s*/\s*(?:{_SIGN_OFF_WORDS}))?"
    r"(?:\s+from\s+(?-i:[A-Z])[\w.&'-]*(?:\s+[\w.&'-]+){0,3})?"  # "With best regards from Neu-Ulm"
    r"\s*[,.!]?\s*$",
    re.IGNORECASE,
)
DISCLAIMER = re.compile(
    r"^\s*(CONFIDENTIALITY NOTICE|DISCLAIMER|This (e-?mail|message|communication)"
    r"( and any (files|attachments)( transmitted with it)?)? (is|are|may (be|contain))"
    r"\s+(confidential|intended|privileged))",
    re.IGNORECASE,
)
SIGNATURE_MAX_LINES = 8
# a company footer under the name may run long: "Acme Ltd. Registered in England No. 0881…"
FOOTER = re.compile(r"\b(?:registered (?:in|office|address|number)|company (?:no|number|reg)|vat (?:no|number|reg)|"
                    r"ltd|limited|llc|inc|gmbh|plc|confidential|privileged|unsubscribe|"
                    r"(?:meet|visit|find|see) us at|stand [a-z]?\d+|booth \d+|book a (?:call|demo|meeting|site visit|visit)|follow us)\b",
                    re.IGNORECASE)
NAME_LINE = re.compile(r"^\s*-?\s*(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s*$")
CONTACT_DETAIL = re.compile(r"\d{3}[\s.)-]*\d{3}|@|\||https?://|www\.|\b(?:manager|director|executive|account|sales|"
                            r"head of|vp|ceo|founder|consultant|engineer|ltd|inc|llc)\b", re.IGNORECASE)
POSTSCRIPT = re.compile(r"^\s*P\.?\s?(P\.?\s?)?S\b", re.IGNORECASE)  # P.S., PS:, P.P.S.
SENTENCE = re.compile(r"^\s*\S+(\s+\S+){3,}.*[.!?]\s*$")  # four words or more, ending a sentence


def hidden_lines(lines: list[str], draft: bool = False) -> set[int]:
    """Indices of lines to blank in an email body (or, `draft`, a text draft of one)."""
    # a draft saved as text may open with its own From:/To:/Subject: lines; in a real
    # email's body such a block is a forwarded message
    own = _own_header_end(lines) if draft else 0
    hidden: set[int] = set(range(own))
    cut = own + _thread_start(lines[own:])
    hidden.update(range(cut, len(lines)))
    hidden.update(i for i in range(cut) if QUOTED.match(lines[i]))
    signature = _signature_start(lines[:cut])
    if signature is not None:
        postscript = next((i for i in range(signature, cut) if POSTSCRIPT.match(lines[i])), cut)
        hidden.update(range(signature, postscript))
    return hidden


OWN_HEADER = re.compile(r"^\s*(?:From|To|Cc|Bcc|Subject|Date|Sent|Re)\s*:", re.IGNORECASE)


def _own_header_end(lines: list[str]) -> int:
    """The end of a header block that opens the text (blank lines before it allowed):
    the message's own From:/To:/Subject:, not an earlier message quoted below it."""
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    start = i
    while i < len(lines) and OWN_HEADER.match(lines[i]):
        i += 1
    return i if i - start >= 2 else 0


def _thread_start(lines: list[str]) -> int:
    """Where the earlier thread begins (reply header, forward, Outlook header block)."""
    for i, line in enumerate(lines):
        if REPLY_HEADER.match(line) or DISCLAIMER.match(line):
            return i
        # a reply header wrapped over two lines: "On Mon, ... Dana Smith <" / "dana@x> wrote:"
        if (REPLY_HEADER_START.match(line) and i + 1 < len(lines)
                and re.search(r"\b" + WROTE + r"\s*$", lines[i + 1])):
            return i
        if OUTLOOK_HEADER.match(line) and i + 1 < len(lines) and OUTLOOK_NEXT.match(lines[i + 1]):
            return i
    return len(lines)


def _signature_start(lines: list[str]) -> int | None:
    for i, line in enumerate(lines):
        if SIGNATURE_DELIMITER.match(line):
            return i
    # a sign-off followed only by a short block (name, title, phone) to the end or a P.S.
    for i in range(len(lines) - 1, -1, -1):
        if SIGN_OFF.match(lines[i]):
            rest = []
            for line in lines[i + 1:]:
                if POSTSCRIPT.match(line):
                    break
                if line.strip():
                    rest.append(line)
            # "Thanks!" at the top of a message is followed by the message, not a name
            if rest and SENTENCE.match(rest[0]):
                return None
            if len(rest) <= SIGNATURE_MAX_LINES and all(len(line) < 80 or FOOTER.search(line) for line in rest):
                return i + 1
            return None
    return _name_block_start(lines)


def _name_block_start(lines: list[str]) -> int | None:
    """No sign-off phrase: a first name alone on its line after a blank one, then only a
    short block with contact details ("Danielle" / "Danielle Fox | Sales" / phone)."""
    for i in range(len(lines) - 1, 0, -1):
        if NAME_LINE.match(lines[i]) and not lines[i - 1].strip():
            rest = [line for line in lines[i + 1:] if line.strip()]
            if len(rest) <= SIGNATURE_MAX_LINES and all(len(line) < 80 or FOOTER.search(line) for line in rest) \
                    and (not rest or any(CONTACT_DETAIL.search(line) for line in rest)):
                return i
            return None
    return None
