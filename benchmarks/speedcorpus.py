"""A deterministic corpus of realistic sales documents for the speed benchmark: emails
(.eml and .txt drafts), call plans, call notes and proposals, about 300 words each.

    python benchmarks/speedcorpus.py OUT_DIR [--documents 1000] [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

NAMES = ["Dana Smith", "Priya Patel", "Tom Becker", "Aisha Khan", "Joe Marsh", "Hannah Lee", "Carlos Ruiz",
         "Mei Chen", "Olu Adeyemi", "Grace Murphy", "Ben Walsh", "Sofia Rossi", "Lena Ortiz", "Sam Porter"]
COMPANIES = ["Acme Logistics", "Northwind Foods", "Corbel Print", "Harbour Health", "Bluefin Retail",
             "Kestrel Energy", "Atlas Freight", "Juniper Schools", "Orchid Hotels", "Pinnacle Build"]
PRODUCTS = ["route planner", "fleet tracker", "scheduling suite", "analytics add-on", "inventory module",
            "payroll service", "booking platform", "telematics kit"]

EMAIL = [
    "Thanks again for your time on the call {when_past}; it was useful to hear how {company} plans the {season} peak.",
    "As promised, I've attached the case study from {company2}, who cut planning time by {pct}% in the first quarter.",
    "You mentioned that the team spends about {n} hours a week reconciling orders by hand, which is where the {product} helps most.",
    "I'll call you back next week to go through the figures with your finance lead.",
    "I'll call you on {slot} as agreed; the invite is in your calendar.",
    "I'll send the revised pricing by {day}.",
    "Could you share the current volumes so that we can size the pilot properly?",
    "The pilot would cover {n} users at the {site} site for sixty days, with weekly check-ins on the numbers.",
    "Our onboarding team normally needs two weeks' notice to plan training around shift patterns.",
    "I spoke to our product lead about the reporting question, and the export you asked about is on the roadmap for the summer.",
    "If it helps, I can put you in touch with {name2} at {company2}, who ran the same rollout last year.",
    "Let me know which of the two start dates suits you better, {day} or {day2}.",
    "Just checking in to see whether you had a chance to look at the proposal.",
    "I just wanted to touch base about the next steps.",
    "We can also keep the current contract running in parallel until the switch-over is complete.",
    "The security questionnaire is complete and attached, together with our certificate.",
    "I've booked {slot} for the technical deep-dive with your IT team; the dial-in details are in the invite.",
    "Please find the proposal attached; would you prefer Option A with the annual licence or Option B, billed monthly?",
    "Several of our customers in your sector started with a single depot before rolling out more widely.",
    "I know the board meets at the end of the month, so timing matters for your budget request.",
    "Happy to adjust the scope if the numbers look different once your team has reviewed them.",
]
PLAN = [
    "Objective: leave with a signed order for {n} seats of the {product} by {day}.",
    "Objective: catch up with {first} and see where they are with the review.",
    "Objective: agree the pilot scope and a start date of {date} with {first}.",
    "Goal: {first} confirms the budget of {amount} and names the final approver before the end of the call.",
]
PLAN_BODY = [
    "Attendees: {name}, {name2} and me.",
    "Background: {company} runs {n} vehicles out of three depots and plans routes in spreadsheets today.",
    "They trialled a competitor last year and dropped it because the drivers found the app slow.",
    "Key questions: who signs off spend above {amount}, and does IT need a security review first?",
    "Risks: procurement may insist on a tender if the annual value passes their threshold.",
    "Their finance director cares about fuel cost per drop more than about planning time.",
    "Bring the case study from {company2} and the ROI sheet with their own volumes filled in.",
    "Agenda: introductions, their current process, demo of the {product}, pricing options, next steps.",
    "Next steps: send the ROI sheet by {day} and book the technical call for {slot}.",
    "If they raise the contract length, offer the 12-month option with a break clause at six months.",
    "Fallback objective: {first} introduces us to the operations director within two weeks.",
    "Competition: the incumbent is cheaper per seat but charges for every integration.",
]
NOTES = [
    "{date} Called {first}, no answer",
    "{date} Called {first}, LVM about the pilot numbers",
    "{date} Spoke to {first} for 20 minutes; they want pricing for {n} seats",
    "{date} Emailed the case study and two slots for a demo",
    "{date} {first} replied: demo booked for {slot}, invite accepted",
    "{date} Demo with {first} and two planners; they liked the driver app",
    "{date} Sent the proposal with Option A and Option B",
    "{date} {first} asked me to call back next week once the budget is confirmed",
    "{date} Left a message with reception",
    "{date} Spoke to {first}: budget approved, waiting for procurement",
    "{date} Follow up on security questionnaire",
]
PROPOSAL = [
    "## Summary\n\n{company} wants to cut route planning time and fuel cost across {n} vehicles. This proposal sets out how the {product} does that and what it costs.",
    "## Option A: annual licence\n\n{n} users at {price} per user per month, billed annually, including onboarding and training for two planners.",
    "## Option B: monthly\n\n{n} users at {price2} per user per month, billed monthly, with a three-month minimum term.",
    "## Pricing\n\n| Item | Cost |\n|---|---|\n| Licences ({n} users) | {amount} |\n| Onboarding | £2,400 |\n| Training | £1,200 |",
    "## Implementation\n\nWeek 1: data import and route templates. Week 2: planner training. Week 3: drivers go live at the first depot.",
    "## Why {our}\n\nWe support more than two hundred fleets in the UK and Ireland, and our median customer is live within three weeks.",
    "## Next steps\n\nI'll send the contract for signature by {day}, and our onboarding lead will call {first} on {slot} to plan the rollout.",
    "Let me know if you'd like to go ahead.",
    "Would you like to go ahead with Option A, or would you prefer the flexibility of Option B?",
    "All prices exclude VAT and are valid for thirty days from the date of this proposal.",
]


def _fill(template: str, rng: random.Random, today: dt.date) -> str:
    day = today + dt.timedelta(days=rng.randint(2, 12))
    day2 = day + dt.timedelta(days=rng.randint(1, 5))
    name, name2 = rng.sample(NAMES, 2)
    hour = rng.choice(["10:00", "11:30", "14:00", "15:30", "9am", "2pm"])
    return template.format(
        when_past="yesterday", company=rng.choice(COMPANIES), company2=rng.choice(COMPANIES),
        season=rng.choice(["spring", "summer", "Christmas"]), pct=rng.randint(8, 35), n=rng.randint(5, 400),
        product=rng.choice(PRODUCTS), site=rng.choice(["Leeds", "Bristol", "Dublin", "Glasgow"]),
        name=name, name2=name2, first=name.split()[0], day=f"{day:%A} {day.day} {day:%B}",
        day2=f"{day2:%A} {day2.day} {day2:%B}", date=f"{day:%Y-%m-%d}",
        slot=f"{day:%a} {day.day} {day:%B} at {hour}", amount=f"£{rng.randint(5, 90)},000",
        price=f"£{rng.randint(12, 30)}", price2=f"£{rng.randint(31, 45)}", our="us",
    )


def _email(rng, today, index) -> tuple[str, str]:
    sender, recipient = rng.sample(NAMES, 2)
    body = " ".join(_fill(rng.choice(EMAIL), rng, today) for _ in range(rng.randint(14, 22)))
    paragraphs = [body[i:i + 400] for i in range(0, len(body), 400)]
    text = f"Hi {recipient.split()[0]},\n\n" + "\n\n".join(paragraphs) + f"\n\nBest regards,\n{sender}\nAccount Executive\n"
    if index % 2:
        headers = (f"From: {sender} <{sender.split()[0].lower()}@seller.example>\nTo: {recipient} <r@buyer.example>\n"
                   f"Subject: Following up\nDate: {today:%a, %d %b %Y} 09:{index % 60:02d}:00 +0000\n"
                   "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n")
        quote = f"\nOn {today:%a, %d %b %Y}, {recipient} wrote:\n> Thanks, I'll call you next week.\n> {recipient.split()[0]}\n"
        return f"email-{index:04d}.eml", headers + text + quote
    return f"email-{index:04d}.txt", f"---\nkind: email\ndate: {today}\n---\n" + text


def _plan(rng, today, index):
    lines = [f"---\nkind: call-plan\ndate: {today}\nauthor: {rng.choice(NAMES)}\n---\n",
             f"# Call plan: {rng.choice(COMPANIES)}\n", _fill(rng.choice(PLAN), rng, today) + "\n"]
    lines += ["- " + _fill(rng.choice(PLAN_BODY), rng, today) for _ in range(rng.randint(14, 20))]
    return f"plan-{index:04d}.md", "\n".join(lines) + "\n"


def _notes(rng, today, index):
    start = today - dt.timedelta(days=30)
    lines = [f"---\nkind: call-notes\ndate: {today}\n---\n", f"# {rng.choice(COMPANIES)}: activity\n"]
    for step in range(rng.randint(22, 30)):
        day = start + dt.timedelta(days=step)
        entry = rng.choice(NOTES).replace("{date}", f"{day:%Y-%m-%d}")
        lines.append(_fill(entry, rng, today) + ". " + _fill(rng.choice(PLAN_BODY), rng, today))
    return f"notes-{index:04d}.md", "\n".join(lines) + "\n"


def _proposal(rng, today, index):
    parts = [f"---\nkind: proposal\ndate: {today}\n---\n", f"# Proposal for {rng.choice(COMPANIES)}\n"]
    parts += [_fill(section, rng, today) for section in rng.sample(PROPOSAL, 7)]
    parts += [_fill(rng.choice(EMAIL), rng, today) for _ in range(4)]
    return f"proposal-{index:04d}.md", "\n\n".join(parts) + "\n"


def build_corpus(folder: Path, documents: int = 1000, seed: int = 7) -> int:
    """Write the corpus into `folder`; return its word count."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    makers = (_email, _email, _plan, _notes, _proposal)
    words = 0
    for index in range(documents):
        today = dt.date(2026, 3, 2) + dt.timedelta(days=index % 60)
        name, text = makers[index % len(makers)](rng, today, index)
        sub = folder / name.split("-")[0]
        sub.mkdir(exist_ok=True)
        (sub / name).write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(build_corpus(args.folder, args.documents, args.seed), "words")
