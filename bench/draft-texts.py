#!/usr/bin/env python3
"""Writes news-like articles of about 600 words for the drafts benchmark, deterministically.

usage: bench/draft-texts.py COUNT [SEED] > texts.ndjson   (a line per text: {"body", "published"})
       bench/draft-texts.py --one [SEED] > article.txt    (one text, plain)

The texts are the project's own (templates and invented names, as the corpus generator's are):
a headline, paragraphs of direct quotes in several quote styles, reported speech ("X said that",
"according to X"), times to place ("in May", "last year", "a few days ago") and events, and a
line of page furniture at the foot. They are for timing, not for scoring: nothing is annotated.
"""
import json
import random
import sys
from datetime import date, timedelta

FIRST = ["Elena", "Tomas", "Ayla", "Marek", "Ines", "Jonas", "Leila", "Pavel", "Sofia", "Karim", "Nadia", "Oskar",
         "Mira", "Anton", "Dana", "Viktor", "Lena", "Rustam", "Clara", "Emil"]
LAST = ["Varga", "Lind", "Karimova", "Novak", "Duarte", "Berg", "Haddad", "Orlov", "Marin", "Sadik", "Petrova", "Holm",
        "Reyes", "Kovac", "Ibrahimov", "Stern", "Falk", "Aliyeva", "Moreau", "Janssen"]
COUNTRIES = ["Norland", "Sudmark", "Estovia", "Kaldera", "Ostria", "Vallonia", "Tervia", "Marovia"]
CITIES = ["Tarvik", "Osterholm", "Ravna", "Kelbridge", "Vostra", "Amaro", "Lindau", "Port Selin"]
ROLES = ["Foreign Minister", "President", "Prime Minister", "Energy Minister", "Trade Minister", "Transport Minister"]
TOPICS = ["the railway", "the pipeline", "trade", "the river", "transit of goods", "the port", "energy prices", "the border"]
CUES = ["said", "stressed", "noted", "added", "emphasized", "told reporters"]
EVENTS = ["meeting", "visit", "talks", "signing", "commissioning", "shipment", "election", "anniversary"]
MARKS = [('"', '"'), ("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ('"', "\u201d")]
FILLER = [
    "The two sides have worked on the plan for several years.",
    "Officials declined to give further details of the schedule.",
    "Trade between the two countries grew by a third over the period.",
    "The proposal still needs the approval of both parliaments.",
    "Observers expect the first results before the end of the season.",
    "Local businesses have long asked for better links across the region.",
    "The cost of the project has not been made public.",
    "Several companies have already said they will take part.",
]
STATEMENTS = [
    "our countries have a great deal to gain from working together",
    "the agreement opens a new chapter in our relations",
    "we will not accept any delay in the works",
    "the new route will cut the time of transit by half",
    "both governments are committed to the schedule",
    "the talks were open and constructive",
    "trade will grow further in the coming years",
    "the project serves the interests of the whole region",
]
TIMES = ["in May", "last year", "a few days ago", "this year", "on April 3", "next month", "in June", "today"]


def person(rng):
    return {"first": rng.choice(FIRST), "last": rng.choice(LAST), "role": rng.choice(ROLES), "country": rng.choice(COUNTRIES)}


def sentence_case(text):
    return text[0].upper() + text[1:]


def article(seed):
    rng = random.Random(seed)
    a, b = person(rng), person(rng)
    while b["last"] == a["last"]:
        b = person(rng)
    city = rng.choice(CITIES)
    topic = rng.choice(TOPICS)
    headline = f"{a['last']} and {b['last']} agree on {topic} in {city}"
    paragraphs = [headline,
                  f"{a['country']}'s {a['role']} {a['first']} {a['last']} and {b['country']}'s {b['role']} "
                  f"{b['first']} {b['last']} met in {city} {rng.choice(TIMES)} to discuss {topic} and the wider relations "
                  f"between their countries."]
    speakers = [a, b]
    words = sum(len(p.split()) for p in paragraphs)
    while words < 585:
        s = rng.choice(speakers)
        open_, close = rng.choice(MARKS)
        kind = rng.randrange(6)
        statement = rng.choice(STATEMENTS)
        if kind == 0:
            text = f"{open_}{sentence_case(statement)}, and {rng.choice(STATEMENTS)},{close} {s['last']} {rng.choice(CUES)}."
        elif kind == 1:
            text = (f"{open_}{sentence_case(statement)},{close} the {s['role']} said. "
                    f"{open_}{sentence_case(rng.choice(STATEMENTS))}.{close}")
        elif kind == 2:
            text = f"{s['last']} {rng.choice(CUES)} that {statement}."
        elif kind == 3:
            text = f"According to {s['first']} {s['last']}, {statement}."
        elif kind == 4:
            event = rng.choice(EVENTS)
            text = (f"The next {event} on {topic} is due to take place in {rng.choice(CITIES)} {rng.choice(TIMES)}, "
                    f"{s['last']} said.")
        else:
            text = f"{rng.choice(FILLER)} {rng.choice(FILLER)}"
        if rng.random() < 0.5:
            text += " " + rng.choice(FILLER)
        paragraphs.append(text)
        words += len(text.split())
    paragraphs.append("Tarvik Times")
    published = date(2016, 1, 1) + timedelta(days=rng.randrange(3000))
    return {"body": "\n\n".join(paragraphs) + "\n", "published": published.isoformat()}


def main():
    args = sys.argv[1:]
    if args and args[0] == "--one":
        seed = int(args[1]) if len(args) > 1 else 1
        sys.stdout.write(article(seed)["body"])
        return
    if not args:
        sys.exit(__doc__)
    count = int(args[0])
    seed = int(args[1]) if len(args) > 1 else 1
    for i in range(count):
        sys.stdout.write(json.dumps(article(seed * 100_003 + i), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
