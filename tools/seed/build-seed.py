#!/usr/bin/env python3
"""Builds the seed article document from the verbatim text.

Offsets are computed, never typed: every span is found by searching the
body for the exact words (Python indexes strings by code point, as the
API does). Run from the repository root:

    python3 tools/seed/build-seed.py > src/main/resources/seed/vestnik-kavkaza-nazarbayev-baku.json

The service re-checks every span on import, so a wrong edit here fails
start-up and the tests rather than producing a silently wrong record.
"""
import json
import sys

TEXT = "src/test/resources/seed/vestnik-kavkaza-nazarbayev-baku.txt"
body = open(TEXT, encoding="utf-8", newline="").read()
CONTEXT = 32


def span(words, after=0, nth=1):
    """The nth occurrence of words at or after offset `after`."""
    at = after - 1
    for _ in range(nth):
        at = body.find(words, at + 1)
        if at < 0:
            sys.exit(f"not in the body after {after}: {words!r}")
    end = at + len(words)
    return {"start": at, "end": end, "text": words,
            "prefix": body[max(0, at - CONTEXT):at], "suffix": body[end:end + CONTEXT]}


def within(paragraph_words, words, nth=1):
    return span(words, after=span(paragraph_words)["start"], nth=nth)


def between_marks(opening_words, closing_mark):
    """Content of a quotation: what stands between its opening and closing marks."""
    start = body.find(opening_words)
    assert body[start - 1] == '"', opening_words
    end = body.find(closing_mark, start)
    return span(body[start:end], after=start)


P = {  # first words of each paragraph, to anchor searches inside it
    "lead": "Kazakh President Nursultan Nazarbayev said",
    "q1": '"In this connection',
    "p3": "Ilham Aliyev in his statement",
    "p4": "He explained that",
    "q4": '"First of all',
    "p6": "According to him, they discussed",
    "p7": "It was noted that the 14th",
    "p8": "Aliyev drew attention",
    "p9": "The President also said",
    "q9": '"We have great potential',
    "p11": "Another topic of the meetings",
}

lines = []
at = 0
for raw in body.split("\n"):
    if raw:
        lines.append(span(raw, after=at))
    at += len(raw) + 1
kinds = ["heading", "repeated_heading"] + ["paragraph"] * 11 + ["boilerplate", "boilerplate"]
assert len(lines) == len(kinds), len(lines)
paragraphs = [{"kind": k, "span": s} for k, s in zip(kinds, lines)]

nbsp = [i for i, c in enumerate(body) if c == "\u00a0"]

notes = [
    {"kind": "repeated_headline", "span": lines[1],
     "note": "The headline appears twice; the second copy has a leading space."},
    {"kind": "typo", "span": within(P["lead"], "o April 3"),
     "note": "\"o\" is a typo for \"on\"."},
    {"kind": "mixed_quote_marks", "span": within(P["q4"], "\u201d"),
     "note": "This quotation opens with a straight mark (\") and closes with a curly one (\u201d)."},
    {"kind": "mixed_quote_marks", "span": within(P["p6"], "\u201d"),
     "note": "This quotation opens with a straight mark (\") and closes with a curly one (\u201d)."},
    {"kind": "mixed_quote_marks", "span": within(P["q4"], "Kazakhstan\u2019s"),
     "note": "A curly apostrophe (\u2019) here; the rest of the text uses straight ones (')."},
    {"kind": "unattributed_statement", "span": within(P["p7"], "It was noted"),
     "note": "Reported without a speaker, so it is not recorded as a quote."},
    {"kind": "scare_quote", "span": within(P["p8"], "\"road map\""),
     "note": "Scare quotes around a term inside reported speech, not a quotation."},
    {"kind": "redundancy", "span": within(P["p8"], "specific areas and areas"),
     "note": "\"areas\" is repeated; kept as written."},
    {"kind": "ambiguous_reference", "span": within(P["p9"], "The President"),
     "note": "Either president could be meant; the paragraphs around it quote Aliyev, so the statement is attributed to him."},
    {"kind": "non_breaking_space", "span": span(body[nbsp[0]], after=nbsp[0]),
     "note": "A non-breaking space (U+00A0) where a sentence ends."},
    {"kind": "non_breaking_space", "span": span(body[nbsp[1]:nbsp[2] + 1], after=nbsp[1]),
     "note": "Two non-breaking spaces (U+00A0) between two words."},
    {"kind": "non_breaking_space", "span": span(body[nbsp[3]], after=nbsp[3]),
     "note": "A non-breaking space (U+00A0) between the speaker and the cue."},
    {"kind": "boilerplate", "span": lines[-2],
     "note": "The publisher's name, left over from the page it was copied from."},
    {"kind": "boilerplate", "span": lines[-1],
     "note": "Link text (\"on YouTube\") left over from the page it was copied from."},
]
assert len(nbsp) == 4, nbsp

NAZ, ALI = "nursultan-nazarbayev", "ilham-aliyev"

people = [
    {"id": NAZ, "name": "Nursultan Nazarbayev", "role": "President of Kazakhstan", "country": "Kazakhstan",
     "aliases": ["Nazarbayev", "Nursultan Nazarbayev", "Kazakh President Nursultan Nazarbayev",
                 "the President of Kazakhstan", "Nursultan Abishevich"],
     "wikidataId": None,
     "mentions": [span("Nazarbayev"), span("Nazarbayev", after=62),
                  within(P["lead"], "Kazakh President Nursultan Nazarbayev"),
                  within(P["q1"], "the President of Kazakhstan"),
                  within(P["p4"], "Nursultan Nazarbayev"),
                  within(P["p6"], "Nursultan Abishevich")]},
    {"id": ALI, "name": "Ilham Aliyev", "role": "President of Azerbaijan", "country": "Azerbaijan",
     "aliases": ["Aliyev", "Ilham Aliyev", "President Aliyev", "the Azerbaijani President",
                 "the Azerbaijani President Ilham Aliyev"],
     "wikidataId": None,
     "mentions": [within(P["lead"], "the Azerbaijani President Ilham Aliyev"),
                  within(P["p3"], "Ilham Aliyev"),
                  within(P["p3"], "Aliyev", nth=2),
                  within(P["p4"], "the Azerbaijani President"),
                  within(P["q4"], "President Aliyev"),
                  within(P["p6"], "the Azerbaijani President"),
                  within(P["p8"], "Aliyev"),
                  within(P["q9"], "Ilham Aliyev"),
                  within(P["p11"], "President Aliyev")]},
]

places = [
    {"id": "azerbaijan", "name": "Azerbaijan", "kind": "country", "country": "Azerbaijan",
     "mentions": [within(P["p4"], "Azerbaijan"), within(P["q4"], "Azerbaijan", nth=1),
                  within(P["p7"], "Azerbaijan"), within(P["q9"], "Azerbaijan")]},
    {"id": "kazakhstan", "name": "Kazakhstan", "kind": "country", "country": "Kazakhstan",
     "mentions": [within(P["q1"], "Kazakhstan"), within(P["p4"], "Kazakhstan"),
                  within(P["p7"], "Kazakhstan"), within(P["q9"], "Kazakhstan")]},
    {"id": "armenia", "name": "Armenia", "kind": "country", "country": "Armenia",
     "mentions": [within(P["q1"], "Armenia", nth=2)]},
    {"id": "georgia", "name": "Georgia", "kind": "country", "country": "Georgia",
     "mentions": [within(P["q1"], "Georgia")]},
    {"id": "baku", "name": "Baku", "kind": "city", "country": "Azerbaijan",
     "mentions": [within(P["p3"], "Baku"), within(P["p7"], "Baku")]},
    {"id": "astana", "name": "Astana", "kind": "city", "country": "Kazakhstan",
     "mentions": [within(P["p3"], "Astana")]},
    {"id": "nagorno-karabakh", "name": "Nagorno-Karabakh", "kind": "region", "country": "Azerbaijan",
     "mentions": [within(P["p6"], "Nagorno-Karabakh")]},
    {"id": "port-of-kuryk", "name": "Port of Kuryk", "kind": "port", "country": "Kazakhstan",
     "mentions": [within(P["q9"], "the new port of Kuryk")]},
    {"id": "baku-tbilisi-kars-railway", "name": "Baku-Tbilisi-Kars railway", "kind": "railway", "country": None,
     "mentions": [within(P["q9"], "the Baku-Tbilisi-Kars railway")]},
]

organizations = [
    {"id": "un-security-council", "name": "UN Security Council", "kind": "international_body",
     "mentions": [within(P["lead"], "the UN Security Council"), within(P["q4"], "the UN Security Council"),
                  within(P["p6"], "the UN Security Council")]},
    {"id": "united-nations", "name": "United Nations", "kind": "international_body",
     "mentions": [within(P["q1"], "the United Nations")]},
    {"id": "armenian-armed-forces", "name": "Armenian armed forces", "kind": "military",
     "mentions": [within(P["lead"], "the Armenian armed forces"), within(P["p6"], "Armenian forces")]},
    {"id": "azerbaijan-kazakhstan-intergovernmental-commission",
     "name": "Joint intergovernmental commission on economic cooperation between Azerbaijan and Kazakhstan",
     "kind": "commission",
     "mentions": [within(P["p7"], "the joint intergovernmental commission on economic cooperation between Azerbaijan and Kazakhstan")]},
    {"id": "official-website-of-the-president-of-azerbaijan", "name": "Official website of the President of Azerbaijan",
     "kind": "media",
     "mentions": [within(P["p3"], "the official website")]},
    {"id": "vestnik-kavkaza", "name": "Vestnik Kavkaza", "kind": "media", "mentions": [lines[-2]]},
]

topics = [
    {"id": "nagorno-karabakh-conflict", "name": "Nagorno-Karabakh conflict settlement",
     "mentions": [within(P["q1"], "the Armenian-Azerbaijani conflict"),
                  within(P["p6"], "the settlement of the Nagorno-Karabakh conflict")]},
    {"id": "bilateral-cooperation", "name": "Azerbaijani-Kazakh bilateral cooperation",
     "mentions": [within(P["p3"], "bilateral cooperation"), within(P["p4"], "bilateral cooperation")]},
    {"id": "diplomatic-relations", "name": "Diplomatic relations",
     "mentions": [within(P["p3"], "the establishment of diplomatic relations")]},
    {"id": "un-security-council-membership", "name": "Kazakhstan's UN Security Council membership",
     "mentions": [within(P["q4"], "election as a member of the UN Security Council")]},
    {"id": "trade", "name": "Trade", "mentions": [within(P["p7"], "the trade turnover")]},
    {"id": "transit", "name": "Transit and transport",
     "mentions": [within(P["p9"], "transit"), within(P["q9"], "the transit of goods")]},
    {"id": "oil", "name": "Oil", "mentions": [within(P["p11"], "cooperation in the oil sphere")]},
    {"id": "humanitarian-cooperation", "name": "Humanitarian cooperation",
     "mentions": [within(P["p11"], "cooperation in the humanitarian sphere")]},
]


def quote(kind, speaker, source, cue, content, topics, channel=None):
    q = {"kind": kind, "speaker": {"id": speaker}, "source": source, "cue": cue, "content": content,
         "topics": [{"id": t} for t in topics]}
    if channel:
        q["channel"] = channel
    return q


quotes = [
    quote("indirect", NAZ, within(P["lead"], "Kazakh President Nursultan Nazarbayev"), within(P["lead"], "said"),
          within(P["lead"], "he supports the UN Security Council's resolutions on withdrawal of the Armenian armed forces from the occupied Azerbaijani territories"),
          ["nagorno-karabakh-conflict"]),
    quote("direct", NAZ, within(P["q1"], "the President of Kazakhstan"), within(P["q1"], "called on"),
          between_marks("In this connection", '"'), ["nagorno-karabakh-conflict"]),
    quote("indirect", ALI, within(P["p3"], "Ilham Aliyev"), within(P["p3"], "stressed"),
          within(P["p3"], "Astana and Baku are actively strengthening their bilateral cooperation"),
          ["bilateral-cooperation"]),
    quote("direct", ALI, within(P["p3"], "Aliyev", nth=2), within(P["p3"], "cited"),
          between_marks("Bilateral relations between", '"'), ["bilateral-cooperation", "diplomatic-relations"],
          channel={"name": "the official website", "span": within(P["p3"], "the official website")}),
    quote("indirect", ALI, within(P["p4"], "He"), within(P["p4"], "explained"),
          within(P["p4"], "Azerbaijan and Kazakhstan are strengthening bilateral cooperation"),
          ["bilateral-cooperation"]),
    quote("direct", ALI, within(P["p4"], "the Azerbaijani President"), within(P["p4"], "stressed"),
          between_marks("Today's visit", '"'), ["bilateral-cooperation"]),
    quote("direct", ALI, within(P["q4"], "President Aliyev"), within(P["q4"], "stressed"),
          between_marks("First of all", "\u201d"), ["un-security-council-membership"]),
    quote("indirect", ALI, within(P["p6"], "him"), within(P["p6"], "According to"),
          within(P["p6"], "they discussed issues related to the settlement of the Nagorno-Karabakh conflict"),
          ["nagorno-karabakh-conflict"]),
    quote("direct", ALI, within(P["p6"], "the Azerbaijani President"), within(P["p6"], "stressed"),
          between_marks("I informed Nursultan", "\u201d"), ["nagorno-karabakh-conflict"]),
    quote("indirect", ALI, within(P["p8"], "Aliyev"), within(P["p8"], "drew attention to"),
          within(P["p8"], "the importance of preparing the \"road map\" for specific areas and areas"),
          ["bilateral-cooperation"]),
    quote("indirect", ALI, within(P["p9"], "The President"), within(P["p9"], "said"),
          within(P["p9"], "issues related to transit were considered in the framework of the meetings"),
          ["transit"]),
    quote("direct", ALI, within(P["q9"], "Ilham Aliyev"), within(P["q9"], "emphasized"),
          between_marks("We have great potential", '"'), ["transit"]),
    quote("indirect", ALI, within(P["p11"], "him"), within(P["p11"], "according to"),
          within(P["p11"], "Another topic of the meetings, according to him, was cooperation in the oil sphere"),
          ["oil"]),
    quote("direct", ALI, within(P["p11"], "President Aliyev"), within(P["p11"], "concluded"),
          between_marks("And, of course", '"'), ["humanitarian-cooperation"]),
]

UNSC_NOTE = ("The article says only that the Security Council \"adopted four resolutions\"; "
             "that they are resolutions 822, 853, 874 and 884 of 1993 is known from the Security Council's records, not from the text.")
unsc_mentions = [within(P["lead"], "the UN Security Council's resolutions"),
                 within(P["q1"], "the resolutions adopted by the United Nations"),
                 within(P["p6"], "four resolutions demanding the immediate and unconditional withdrawal of Armenian forces from the occupied territories")]
demands = within(P["p6"], "the immediate and unconditional withdrawal of Armenian forces from the occupied territories")


def unsc(number, adopted):
    return {"issuer": "UN Security Council", "kind": "un_security_council_resolution",
            "title": f"UN Security Council Resolution {number}",
            "identifier": {"value": number, "stated": False, "source": UNSC_NOTE},
            "adopted": {"earliest": adopted, "latest": adopted, "precision": "day", "stated": False, "source": UNSC_NOTE},
            "demands": {"text": demands["text"], "span": demands},
            "mentions": unsc_mentions}


declaration_signed = {"earliest": "2017-04-03", "latest": "2017-04-03", "precision": "day",
                      "span": within(P["p6"], "just signed"), "stated": False,
                      "source": "\"just signed\" and \"signed today\" date it to the day of the talks, April 3; the year 2017 comes from the publication date."}
resolutions = [
    unsc("822", "1993-04-30"), unsc("853", "1993-07-29"), unsc("874", "1993-10-14"), unsc("884", "1993-11-12"),
    {"issuer": "Azerbaijan and Kazakhstan", "kind": "joint_declaration",
     "title": "Joint Declaration of the Presidents of Azerbaijan and Kazakhstan",
     "identifier": None,
     "adopted": declaration_signed,
     "demands": {"text": within(P["p6"], "these main points of settlement")["text"],
                 "span": within(P["p6"], "these main points of settlement")},
     "mentions": [within(P["p6"], "the Joint Declaration"), within(P["p6"], "the Declaration signed today")]},
]

YEAR_SOURCE = "The text gives no year; 2017 is the year the article was published (April 3, 2017)."
DAY = {"earliest": "2017-04-03", "latest": "2017-04-03", "precision": "day"}


def when(earliest, latest, precision, words, stated, source=None):
    return {"earliest": earliest, "latest": latest, "precision": precision, "span": words,
            "stated": stated, "source": source}


talks_when = when("2017-04-03", "2017-04-03", "day", within(P["lead"], "April 3"), False, YEAR_SOURCE)
baku_source = "The text does not say where the talks took place; Baku is where Nazarbayev's visit to Azerbaijan took him (publisher's report)."
events = [
    {"kind": "talks", "title": "Talks between Nazarbayev and Aliyev", "status": "past", "when": talks_when,
     "place": {"id": "baku", "stated": False, "source": baku_source},
     "participants": [{"id": NAZ}, {"id": ALI}],
     "evidence": [within(P["lead"], "their talks o April 3"), within(P["p11"], "the meetings")]},
    {"kind": "statement", "title": "Joint press statement of the two presidents", "status": "past", "when": talks_when,
     "place": {"id": "baku", "stated": False, "source": baku_source},
     "participants": [{"id": NAZ}, {"id": ALI}],
     "evidence": [within(P["lead"], "the joint statement with the Azerbaijani President Ilham Aliyev")]},
    {"kind": "visit", "title": "Nazarbayev's visit to Azerbaijan", "status": "past",
     "when": when("2017-04-03", "2017-04-03", "day", within(P["p4"], "Today's"), False, YEAR_SOURCE),
     "place": {"id": "azerbaijan", "stated": False,
               "source": "Aliyev, the host, speaks of \"Today's visit\"; the text does not name the country."},
     "participants": [{"id": NAZ}],
     "evidence": [within(P["p4"], "Today's visit of Nursultan Nazarbayev")]},
    {"kind": "signing", "title": "Signing of the Joint Declaration and other documents", "status": "past",
     "when": when("2017-04-03", "2017-04-03", "day", within(P["p6"], "today"), False, YEAR_SOURCE),
     "place": {"id": "baku", "stated": False, "source": baku_source},
     "participants": [{"id": NAZ}, {"id": ALI}],
     "evidence": [within(P["p4"], "the signed documents"), within(P["p6"], "the Joint Declaration, which was just signed"),
                  within(P["p6"], "the Declaration signed today")]},
    {"kind": "anniversary", "title": "25th anniversary of diplomatic relations between Azerbaijan and Kazakhstan",
     "status": "ongoing",
     "when": when("2017-01-01", "2017-12-31", "year", within(P["p3"], "this year"), False, YEAR_SOURCE),
     "place": None, "participants": [],
     "evidence": [within(P["p3"], "this year we celebrate the 25th anniversary of the establishment of diplomatic relations between our countries")]},
    {"kind": "election", "title": "Kazakhstan elected a member of the UN Security Council", "status": "past",
     "when": when("2016-06-28", "2016-06-28", "day", None, False,
                  "The text gives no date; the UN General Assembly elected Kazakhstan on 28 June 2016 for 2017-2018."),
     "place": None, "participants": [],
     "evidence": [within(P["q4"], "Kazakhstan\u2019s election as a member of the UN Security Council")]},
    {"kind": "meeting", "title": "14th meeting of the Azerbaijan-Kazakhstan intergovernmental commission on economic cooperation",
     "status": "planned",
     "when": when("2017-05-01", "2017-05-31", "month", within(P["p7"], "in May"), False, YEAR_SOURCE),
     "place": {"id": "baku", "stated": True, "source": None},
     "participants": [],
     "evidence": [within(P["p7"], "the 14th meeting of the joint intergovernmental commission on economic cooperation between Azerbaijan and Kazakhstan is due to take place in Baku in May")]},
    {"kind": "commissioning", "title": "Commissioning of the Baku-Tbilisi-Kars railway", "status": "planned",
     "when": when("2017-01-01", "2017-12-31", "year", within(P["q9"], "this year"), False, YEAR_SOURCE),
     "place": {"id": "baku-tbilisi-kars-railway", "stated": True, "source": None},
     "participants": [],
     "evidence": [within(P["q9"], "the commissioning of the Baku-Tbilisi-Kars railway will be held this year")]},
    {"kind": "shipment", "title": "First cargo shipped from the new port of Kuryk to Azerbaijan", "status": "past",
     "when": when(None, "2017-04-02", "approximate", within(P["q9"], "a few days ago"), False,
                  "\"a few days ago\" as of the article's date, April 3, 2017."),
     "place": {"id": "port-of-kuryk", "stated": True, "source": None},
     "participants": [],
     "evidence": [within(P["q9"], "the first cargo was shipped from the new port of Kuryk to Azerbaijan")]},
]

document = {
    "slug": "vestnik-kavkaza-nazarbayev-baku",
    "headline": lines[0]["text"],
    "publisher": "Vestnik Kavkaza",
    "url": None,
    "language": "en",
    "published": {"earliest": "2017-04-03", "latest": "2017-04-03", "precision": "day", "span": None,
                  "stated": False,
                  "source": "The text dates only the talks (\"April 3\"); the publication date, April 3, 2017, is the publisher's."},
    "body": body,
    "paragraphs": paragraphs,
    "notes": notes,
    "people": people,
    "places": places,
    "organizations": organizations,
    "topics": topics,
    "quotes": quotes,
    "resolutions": resolutions,
    "events": events,
}
json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
sys.stdout.write("\n")
