#!/usr/bin/env python3
"""Deterministic generator of a synthetic news corpus about relations between countries, for benchmarks.

Each document has a headline, a dateline and 400-1,500 words of paragraphs mixing topic sentences (defence,
energy, trade, terrorism, diplomacy, infrastructure, health, technology), deal sentences with money,
quantities, dates and statuses, and quotes. Sentences are composed word group by word group from large
vocabularies, so unrelated documents rarely share five words in a row, as in real news. With --reuse F, a
fraction F of the documents copy and lightly edit 2-4 paragraphs of an earlier one; reuse.tsv lists them.
Standard library only; the same arguments always give the same bytes.

    python3 bench/gen_corpus.py --n 1000 --out build/bench/corpus --reuse 0.1 --seed 7
"""
import argparse
import os
import random
import re

# [SECTION] vocabulary
COUNTRIES = [  # name, adjective, capital, own-currency money formats
    ("India", "Indian", "New Delhi", ["Rs {n} crore", "₹{n} crore"]),
    ("Japan", "Japanese", "Tokyo", ["¥{n} billion"]),
    ("Brazil", "Brazilian", "Brasília", ["R$ {n} million"]),
    ("China", "Chinese", "Beijing", ["{n} billion yuan"]),
    ("Turkey", "Turkish", "Ankara", ["{n} million lira"]),
    ("Azerbaijan", "Azerbaijani", "Baku", ["{n} million manat"]),
    ("Germany", "German", "Berlin", ["€{n}m", "€{n} million", "EUR {n} million"]),
    ("France", "French", "Paris", ["€{n} billion", "€{n}m"]),
    ("Indonesia", "Indonesian", "Jakarta", ["Rp {n} trillion"]),
    ("Egypt", "Egyptian", "Cairo", ["EGP {n} billion"]),
    ("Kenya", "Kenyan", "Nairobi", ["KSh {n} billion"]),
    ("Vietnam", "Vietnamese", "Hanoi", ["{n} trillion dong"]),
    ("Saudi Arabia", "Saudi", "Riyadh", ["SAR {n} billion"]),
    ("the United Kingdom", "British", "London", ["£{n} million", "£{n}bn"]),
    ("South Korea", "South Korean", "Seoul", ["₩{n} billion"]),
    ("Australia", "Australian", "Canberra", ["A${n} million"]),
]
USD_FORMATS = ["${n} million", "${n} billion", "US$ {n} million", "US${n} billion", "USD {n} million",
               "nearly ${n}bn", "about ${n} billion", "$ {n}m", "more than ${n} million"]
MONTHS = "January February March April May June July August September October November December".split()
SHORT_MONTHS = ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
STATUSES = ["signed", "announced", "under negotiation", "proposed", "delivered", "completed", "approved",
            "under construction", "agreed in principle", "put on hold", "ratified", "cancelled"]

ACTORS = ("officials ministers diplomats negotiators envoys analysts economists executives bankers engineers "
          "lawmakers commanders strategists lobbyists investors exporters importers regulators planners "
          "observers scholars critics advisers industrialists traders contractors auditors").split()
ACTOR_MODS = ("senior junior veteran local foreign provincial federal military civilian independent regional "
              "Western Gulf Asian African younger influential cautious sceptical").split()
VERBS = ("discussed reviewed examined debated welcomed criticised questioned praised explored revived "
         "postponed accelerated endorsed opposed finalised outlined unveiled resisted championed defended "
         "scrutinised rejected broadened narrowed prioritised shelved relaunched drafted amended").split()
SAY = ("said|noted|argued|warned|insisted|suggested|stressed|acknowledged|conceded|claimed|predicted|"
       "observed|added|told reporters").split("|")
ADVERBS = ("quietly openly cautiously repeatedly firmly briefly privately publicly jointly swiftly "
           "reluctantly formally informally again finally").split()
TOPIC_NOUNS = {
    "defence": "frigates submarines radars drills patrols garrisons munitions airlifts doctrine deterrence "
               "drones helicopters logistics co-production interoperability minesweepers corvettes".split(),
    "energy": "pipelines refineries tariffs reactors turbines grids cargoes reserves subsidies emissions "
              "electrolysers interconnectors feedstock LNG hydropower storage".split(),
    "trade": "tariffs quotas exports imports duties invoices remittances shipments surpluses deficits "
             "standards certification rupee-trade barter safeguards".split(),
    "terrorism": "militants extremists financiers safe-havens extradition intelligence radicalisation "
                 "informants checkpoints sanctions watchlists propaganda".split(),
    "diplomacy": "summits consulates visas envoys communiqués mediation protocols treaties alliances "
                 "co-operation dialogue goodwill".split(),
    "infrastructure": "bridges corridors railways highways ports tunnels depots terminals viaducts "
                      "flyovers warehouses dredging".split(),
    "health": "vaccines clinics hospitals pharmacies generics diagnostics nurses epidemics antibiotics "
              "ventilators immunisation telemedicine".split(),
    "technology": "semiconductors satellites startups datacentres algorithms chips fintech broadband "
                  "cybersecurity telecoms robotics quantum".split(),
}
NOUN_MODS = ("new old joint bilateral regional costly ambitious delayed modest strategic long-term "
             "short-term commercial concessional green secure affordable cross-border offshore "
             "state-backed private domestic disputed pending fresh stalled revised").split()
PLACE_PREPS = ["near", "in", "at", "across", "along", "around", "beyond", "outside"]
PLACE_NOUNS = ("border|coast|capital|port|north|south|industrial belt|islands|desert|region|border districts|"
               "economic zone|air base|river delta|highlands|plateau|free port|steel towns|oil fields|"
               "hinterland|garrison towns|delta provinces|mining districts|eastern valleys").split("|")
WHY = ("amid rising costs|despite public criticism|after months of talks|before the election|under pressure "
       "from parliament|ahead of the summit|following a cabinet reshuffle|as prices fell|after a slow start|"
       "in the face of sanctions|while funding remained uncertain|once the monsoon ended").split("|")
NAMES = ("Ortega Hameed Tanaka Okafor Novak Rahman Kaya Aliyev Silva Schmidt Dubois Nguyen Park Wanjiru "
         "Haddad Santoso Chen Mehta Sato Yilmaz Costa Fischer Moreau Kim Brown Otieno Farouk Lim").split()
ROLES = ("former ambassador|trade consultant|professor of international relations|retired general|"
         "energy economist|opposition lawmaker|think-tank fellow|industry lobbyist|senior editor").split("|")
EXERCISE_A = ("Eastern Western Blue Iron Silver Golden Coral Desert Northern Southern Steppe Ocean Red Green "
              "Swift Bright Allied Mountain River Falcon").split()
EXERCISE_B = ("Shield Horizon Eagle Falcon Bridge Friendship Monsoon Anchor Crescent Watch Spear Tide Star "
              "Sentinel Guardian Thunder Harbour Dawn Compass Wave").split()
ITEM_MODS = ("upgraded|second-hand|locally assembled|refurbished|next-generation|export-model|licence-built|"
             "low-cost|heavy|light|additional|new").split("|")
UNITS = ["a year", "per annum", "annually", "each year", "every year"]
FORCES = ["units", "troops", "forces", "sailors", "airmen", "special forces", "marines", "coast guards"]
HOLD = ["hold", "stage", "conduct", "host", "run", "begin"]
FIRMS = ("a state-owned shipyard|a consortium of local banks|the national oil company|a private conglomerate|"
         "the state railway operator|a sovereign wealth fund|a family-owned trading house|a pension fund|"
         "a listed engineering group|the export credit agency").split("|")
DEALS = {  # kind, object pattern, items, quantity range
    "defence": [("purchase", "{n} {item}", ["fighter jets", "attack helicopters", "patrol vessels",
                                            "armoured vehicles", "drones", "transport aircraft"], (4, 60)),
                ("supply", "{n} {item}", ["artillery shells", "assault rifles", "anti-tank missiles"],
                 (500, 90000))],
    "energy": [("pipeline", "a {n}-km {item}", ["gas pipeline", "oil pipeline", "hydrogen pipeline"], (120, 2400)),
               ("supply", "{n} million tonnes {unit} of {item}", ["LNG", "crude oil", "green ammonia"], (1, 9)),
               ("investment", "a {n} MW {item}", ["solar park", "wind farm", "hydropower plant"], (50, 2400))],
    "trade": [("purchase", "{n} tonnes of {item}", ["wheat", "rice", "palm oil", "fertiliser", "steel"],
               (10000, 900000)),
              ("agreement", "{item}", ["a free trade agreement", "a customs pact", "a currency swap line"], None)],
    "infrastructure": [("investment", "a {n}-km {item}", ["railway line", "highway", "metro line"], (12, 1300)),
                       ("agreement", "{item}", ["a port concession", "an airport expansion"], None)],
    "health": [("supply", "{n} doses of {item}", ["measles vaccine", "polio vaccine", "typhoid vaccine"],
                (10000, 4000000)),
               ("investment", "a {n}-bed {item}", ["hospital", "cancer centre", "teaching hospital"], (150, 1500))],
    "technology": [("investment", "{item}", ["a semiconductor plant", "a data centre", "an undersea cable"], None),
                   ("agreement", "{item}", ["a space co-operation agreement", "a 5G research pact"], None)],
}
HEADLINES = ["{A} and {B} sign {topic} deals worth {money}", "{Aadj}-{Badj} talks focus on {topic}",
             "Opinion: What {A} wants from {B} on {topic}", "{B} and {A} step up {topic} co-operation",
             "Joint statement after {Aadj} minister's visit to {Bcap}", "Analysis: the limits of {Aadj} {topic} ties"]
# Light edits for planted reuse: each pair may be applied in either direction.
EDITS = [("co-operation", "cooperation"), ("U.S.", "US"), ("said", "stated"), ("officials", "diplomats"),
         ("will", "would"), ("and", "as well as"), ("per cent", "percent"), ("new", "fresh")]


# [SECTION] phrases
def money(rng, country):
    """A sum in the country's own currency or in dollars, in one of many news formats."""
    fmt = rng.choice(country[3]) if rng.random() < 0.5 else rng.choice(USD_FORMATS)
    if "crore" in fmt:
        n = rng.randint(100, 9999)
    elif "trillion" in fmt or "billion" in fmt or "bn" in fmt:
        n = rng.choice([rng.randint(1, 90), round(rng.uniform(1, 9.9), 1)])
    else:
        n = rng.choice([rng.randint(5, 950), rng.randint(1, 9) * 1000])
    return fmt.format(n=f"{n:,}" if isinstance(n, int) else str(n))


def when(rng):
    """A date phrase with its preposition: "in March 2024", "on 12 March 2024", "from 2024 to 2030"."""
    year = rng.randint(2015, 2027)
    style = rng.randrange(5)
    if style == 0:
        return f"in {rng.choice(MONTHS)} {year}"
    if style == 1:
        return f"on {rng.randint(1, 28)} {rng.choice(MONTHS)} {year}"
    if style == 2:
        return f"on {rng.choice(SHORT_MONTHS)} {rng.randint(1, 28)}, {year}"
    if style == 3:
        return f"in {year}-{str(year + rng.randint(1, 5))[2:]}"
    return f"from {year} to {year + rng.randint(2, 15)}"


def actor(rng, a, b):
    roll = rng.random()
    if roll < 0.4:
        return f"{rng.choice(ACTOR_MODS)} {rng.choice([a, b])[1]} {rng.choice(ACTORS)}"
    if roll < 0.7:
        return f"{rng.choice(ACTORS)} in {rng.choice([a, b])[2]}"
    role = rng.choice(ROLES)
    return f"{rng.choice(['Mr.', 'Ms.', 'Dr.'])} {rng.choice(NAMES)}, {'an' if role[0] in 'aeiou' else 'a'} {role},"


def place(rng):
    mod = f"{rng.choice(NOUN_MODS)} " if rng.random() < 0.4 else ""
    return f"{rng.choice(PLACE_PREPS)} the {mod}{rng.choice(PLACE_NOUNS)}"


def thing(rng, topic):
    noun = rng.choice(TOPIC_NOUNS[topic])
    return f"{rng.choice(NOUN_MODS)} {noun}" if rng.random() < 0.6 else noun


# [SECTION] sentences
def topic_sentence(rng, topic, a, b):
    s, t = actor(rng, a, b), thing(rng, topic)
    forms = [lambda: f"{s} {rng.choice(VERBS)} the {t} {place(rng) if rng.random() < 0.5 else rng.choice(WHY)}.",
             lambda: f"{s} {rng.choice(ADVERBS)} {rng.choice(SAY)} that {thing(rng, topic)} {place(rng)} "
                     f"were {rng.choice(NOUN_MODS)} but {rng.choice(NOUN_MODS)}.",
             lambda: f"{rng.choice(WHY).capitalize()}, {s} {rng.choice(VERBS)} plans for {t}.",
             lambda: f"Talks on {t} and {thing(rng, topic)} {rng.choice(STATUSES[:4])} {when(rng)} "
                     f"{rng.choice(WHY)}, {s} {rng.choice(SAY)}.",
             lambda: f"For {a[0]}, {t} matter {rng.choice(['more', 'less'])} than {thing(rng, topic)}, "
                     f"{s} {rng.choice(SAY)}."]
    text = rng.choice(forms)()
    return text[0].upper() + text[1:]


def deal_sentence(rng, topic, a, b):
    if topic in ("terrorism", "diplomacy"):
        name = f"{rng.choice(EXERCISE_A)} {rng.choice(EXERCISE_B)}"
        return (f"{a[1]} {rng.choice(FORCES)} will {rng.choice(HOLD)} {name}, a "
                f"{rng.choice(['joint', 'combined', 'bilateral'])} {rng.choice(['exercise', 'drill'])} with "
                f"{b[0]}, {when(rng)} {place(rng)}; about {rng.randint(2, 40) * 50:,} "
                f"{rng.choice(['personnel', 'soldiers', 'troops'])} {rng.choice(['will take', 'are taking'])} part.")
    kind, pattern, items, span = rng.choice(DEALS[topic])
    item = rng.choice(items)
    if not item.startswith(("a ", "an ")) and rng.random() < 0.5:
        item = f"{rng.choice(ITEM_MODS)} {item}"
    obj = pattern.format(n=f"{rng.randint(*span):,}" if span else "", item=item, unit=rng.choice(UNITS))
    status, date, cost = rng.choice(STATUSES), when(rng), money(rng, rng.choice([a, b]))
    firm = rng.choice(FIRMS)
    forms = [f"{rng.choice(['The', 'A', 'This'])} {rng.choice(NOUN_MODS)} {kind} of {obj}, "
             f"{rng.choice(['worth', 'valued at', 'costing', 'priced at'])} {cost}, was {status} {date}, "
             f"{actor(rng, a, b)} {rng.choice(SAY)}.",
             f"Under a deal {status} {date}, {b[0]} will {rng.choice(['provide', 'finance', 'build'])} "
             f"{obj} for {cost}.",
             f"{firm[0].upper() + firm[1:]} in {a[0]} put {cost} into {obj} ({status}, {date}).",
             f"{obj[0].upper() + obj[1:]} ({cost}) {rng.choice(['is', 'remains'])} {status}, "
             f"{actor(rng, a, b)} {rng.choice(SAY)} {rng.choice(WHY)}.",
             f"{date[0].upper() + date[1:]}, {a[0]} and {b[0]} {rng.choice(['signed', 'announced', 'proposed'])} "
             f"a {cost} {kind} for {obj}."]
    return rng.choice(forms)


def quote(rng, a, b):
    topic = rng.choice(sorted(TOPIC_NOUNS))
    return (f"\"We {rng.choice(VERBS)} the {thing(rng, topic)} {rng.choice(WHY)},\" "
            f"{actor(rng, a, b).rstrip(',')} {rng.choice(SAY)} {when(rng)}.")


def paragraph(rng, topics, a, b):
    sents = []
    for _ in range(rng.randint(3, 6)):
        roll, topic = rng.random(), rng.choice(topics)
        if roll < 0.35:
            sents.append(deal_sentence(rng, topic, a, b))
        elif roll < 0.85:
            sents.append(topic_sentence(rng, topic, a, b))
        else:
            sents.append(quote(rng, a, b))
    return " ".join(sents)


# [SECTION] documents
MAX_WORDS = 1500


def document(rng, index, target):
    a, b = rng.sample(COUNTRIES, 2)
    topics = rng.sample(sorted(TOPIC_NOUNS), rng.randint(2, 4))
    head = rng.choice(HEADLINES).format(A=a[0], Aadj=a[1], B=b[0], Badj=b[1], Bcap=b[2], topic=topics[0],
                                        money=money(rng, a))
    head = head[0].upper() + head[1:]
    paras, words = [], len(head.split()) + 4
    while words < target:
        p = paragraph(rng, topics, a, b)
        if words >= 400 and words + len(p.split()) > MAX_WORDS:
            break
        paras.append(p)
        words += len(p.split())
    paras[0] = f"{b[2].upper()}, {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2019, 2026)} — {paras[0]}"
    slug = re.sub(r"[^a-z0-9]+", "_", head.lower()).strip("_")[:40]
    return f"{index:04d}_{slug}.txt", head, paras, words


def light_edit(rng, text):
    for old, new in EDITS:
        if rng.random() < 0.5:
            src, dst = (old, new) if rng.random() < 0.5 else (new, old)
            text = re.sub(rf"\b{re.escape(src)}(?!\w)", dst, text, count=1)
    if rng.random() < 0.5:
        sents = text.split(". ")
        sents.insert(rng.randrange(len(sents) + 1), "Observers noted the change in tone")
        text = ". ".join(sents)
    return text


def generate(n, out, reuse, seed):
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    docs, pairs, total = [], [], 0
    for i in range(n):
        reusing = bool(docs) and rng.random() < reuse
        name, head, paras, words = document(rng, i, rng.randint(400, 900 if reusing else MAX_WORDS))
        if reusing:
            j = rng.randrange(len(docs))
            src = docs[j][2]
            for k in sorted(rng.sample(range(len(src)), min(len(src), rng.randint(2, 4)))):
                copy = light_edit(rng, src[k])
                if words + len(copy.split()) <= MAX_WORDS:
                    paras.insert(rng.randrange(1, len(paras) + 1), copy)
                    words += len(copy.split())
            pairs.append((name, docs[j][0]))
        docs.append((name, head, paras))
        total += words
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            f.write(head + "\n\n" + "\n\n".join(paras) + "\n")
    with open(os.path.join(out, "reuse.tsv"), "w", encoding="utf-8") as f:
        f.write("document\tcopies_from\n")
        f.writelines(f"{d}\t{s}\n" for d, s in pairs)
    return len(docs), total, len(pairs)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="number of documents (default 1000)")
    ap.add_argument("--out", required=True, help="output folder (created if missing)")
    ap.add_argument("--reuse", type=float, default=0.0, help="fraction of documents with copied passages")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = ap.parse_args()
    if args.n < 0 or not 0.0 <= args.reuse <= 1.0:
        ap.error("--n must be >= 0 and --reuse in [0, 1]")
    docs, words, reused = generate(args.n, args.out, args.reuse, args.seed)
    print(f"gen_corpus: {docs} documents, {words:,} words, {reused} with reused passages -> {args.out}")


if __name__ == "__main__":
    main()
