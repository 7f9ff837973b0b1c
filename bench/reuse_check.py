#!/usr/bin/env python3
"""Synthetic reuse check for the overlap score (in the spirit of the Clough & Stevenson short-answer corpus).

  reuse_check.py ENTENTE_CLI SEEDS_DIR OUT_DIR [--seed N]

Cuts source passages ("orig_taskN.txt") from the seeds and writes answers against each: cut (sentences copied
verbatim with a few dropped), light (copied with word substitutions and small insertions), heavy (sentences
reordered, clauses moved, most content words replaced, new sentences added) and non (a passage on the same
topic from another seed). Runs `ENTENTE_CLI analyze`, scores with ../shared/tools/score.py reuse, and prints
the same AUCs for plain word-trigram containment (answer trigrams found in the source / answer trigrams) as
the baseline. Deterministic for a given --seed."""
import argparse, csv, pathlib, random, re, subprocess, sys, json

SYN = {
    "relations": "ties", "relationship": "bond", "countries": "nations", "country": "nation", "important": "crucial",
    "strong": "robust", "desire": "wish", "reduce": "curb", "influence": "sway", "economic": "financial",
    "cooperation": "collaboration", "energy": "power", "sector": "field", "support": "backing", "major": "key",
    "role": "part", "peace": "stability", "region": "area", "strategic": "tactical", "development": "growth",
    "developed": "established", "changing": "shifting", "global": "worldwide", "world": "globe", "policy": "approach",
    "issues": "problems", "interests": "concerns", "benefits": "gains", "meetings": "talks", "summit": "conference",
    "increase": "boost", "significant": "notable", "government": "administration", "military": "armed",
    "trade": "commerce", "agreement": "accord", "signed": "inked", "between": "among", "also": "moreover",
    "many": "numerous", "new": "fresh", "first": "initially", "time": "period", "years": "decades",
    "has": "had", "have": "possess", "will": "shall", "could": "might", "should": "ought to", "because": "since",
    "help": "assist", "build": "construct", "both": "the two", "further": "additional", "common": "shared",
    "growing": "expanding", "alliance": "partnership", "expressed": "voiced", "future": "coming years",
    "security": "safety", "against": "versus", "great": "large", "power": "might", "states": "nations",
    "foreign": "external", "visit": "trip", "leaders": "heads", "president": "head of state", "began": "started",
    "despite": "in spite of", "however": "yet", "therefore": "thus", "political": "governmental",
    "international": "global", "situation": "circumstances", "emerged": "arose", "played": "performed",
    "provide": "offer", "various": "several", "projects": "schemes", "opportunity": "chance", "closer": "nearer",
}
HARD = [0]  # set by --hard: heavier rewrites, more shared topic phrases in non answers
FILLER = ["In my view,", "It should be noted that", "Broadly speaking,", "As many observers argue,", "Clearly,",
          "To put it simply,", "In other words,", "At the same time,"]


def sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 6]


def passages(seed_dir):
    out = []
    for p in sorted(pathlib.Path(seed_dir).glob("*.txt")):
        sents = sentences(p.read_text(encoding="utf-8"))
        out.append((p.name, sents))
    return out


def substitute(sent, rate, rng):
    words = sent.split()
    for i, w in enumerate(words):
        core = re.sub(r"[^A-Za-z]", "", w).lower()
        if core in SYN and rng.random() < rate:
            words[i] = w.replace(re.sub(r"[^A-Za-z]", "", w), SYN[core])
    return " ".join(words)


def drop_words(sent, rate, rng):
    words = sent.split()
    keep = [w for i, w in enumerate(words) if i == 0 or rng.random() >= rate]
    return " ".join(keep)


def move_clauses(sent, rng):
    parts = [p.strip() for p in sent.rstrip(".").split(",") if p.strip()]
    if len(parts) > 1:
        rng.shuffle(parts)
    s = ", ".join(parts)
    return s[0].upper() + s[1:] + "."


def cut(src, rng):
    return " ".join(s for s in src if rng.random() > 0.15)


def light(src, rng):
    out = []
    for s in src:
        s = substitute(s, 0.35, rng)
        if rng.random() < 0.3:
            s = rng.choice(FILLER) + " " + s[0].lower() + s[1:]
        out.append(s)
    return " ".join(out)


def heavy(src, own, rng):
    out = []
    for s in src:
        if rng.random() < 0.4 + 0.2 * HARD[0]:
            continue
        s = substitute(s, 1.0, rng)
        s = drop_words(s, 0.35 + 0.2 * HARD[0], rng)
        s = move_clauses(s, rng)
        if rng.random() < 0.5:
            s = rng.choice(FILLER) + " " + s[0].lower() + s[1:]
        out.append(s)
    rng.shuffle(out)
    out[len(out) // 2:len(out) // 2] = own[:3]
    return " ".join(out)


def topical(src, others, rng):
    """Unrelated sentences on the topic that mention a few of the source's phrases (names, terms)."""
    words = " ".join(src).split()
    out = rng.sample(others, 7)
    for i in range(4 + 4 * HARD[0]):
        j = rng.randrange(max(1, len(words) - 3))
        phrase = " ".join(re.sub(r"[^A-Za-z0-9-]", "", w) for w in words[j:j + rng.choice([2, 3])])
        k = rng.randrange(len(out))
        out[k] = out[k].rstrip(".") + ", as with " + phrase + "."
    return " ".join(out)


def trigrams(text):
    w = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(w[i:i + 3]) for i in range(len(w) - 2)}


def auc(pos, neg):
    if not pos or not neg:
        return float("nan")
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli"); ap.add_argument("seeds"); ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7); ap.add_argument("--per-category", type=int, default=4)
    ap.add_argument("--hard", action="store_true")
    a = ap.parse_args()
    HARD[0] = 1 if a.hard else 0
    rng = random.Random(a.seed)
    out = pathlib.Path(a.out); out.mkdir(parents=True, exist_ok=True)
    for f in out.glob("*.txt"):
        f.unlink()
    docs = passages(a.seeds)
    rows = []
    task = 0
    for di, (name, sents) in enumerate(docs):
        if name.startswith("001"):
            continue  # 001 reworks 000: not independent
        for start in range(0, len(sents) - 8, 14):
            src = sents[start:start + 8]
            task += 1
            (out / f"orig_task{task}.txt").write_text(" ".join(src) + "\n", encoding="utf-8")
            others = [s for j, (n, ss) in enumerate(docs) if j != di and not n.startswith("001") for s in ss]
            for k in range(a.per_category):
                own = rng.sample(others, 6)
                texts = {"cut": cut(src, rng), "light": light(src, rng),
                         "heavy": heavy(src, own, rng), "non": topical(src, others, rng)}
                for cat, text in texts.items():
                    fn = f"g{k}p{cat}_task{task}.txt"
                    (out / fn).write_text(text + "\n", encoding="utf-8")
                    rows.append({"file": fn, "task": task, "category": cat})
            if task >= 12:
                break
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "task", "category"]); w.writeheader(); w.writerows(rows)
    pred = out / "pred.json"
    files = sorted(str(p) for p in out.glob("*.txt"))
    with open(pred, "w", encoding="utf-8") as fh:
        subprocess.run([a.cli, "analyze", *files], stdout=fh, check=True)
    score = pathlib.Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"
    subprocess.run([sys.executable, str(score), "reuse", "--pred", str(pred), "--labels", str(out / "labels.csv")])
    base = {}
    for r in rows:
        ans = trigrams((out / r["file"]).read_text(encoding="utf-8"))
        src = trigrams((out / f"orig_task{r['task']}.txt").read_text(encoding="utf-8"))
        base.setdefault(r["category"], []).append(len(ans & src) / max(1, len(ans)))
    pos = base["cut"] + base["light"] + base["heavy"]
    mean = " ".join(f"mean_{k}={sum(v) / len(v):.3f}" for k, v in sorted(base.items()))
    print(f"trigram containment baseline: auc={auc(pos, base['non']):.3f} "
          f"auc_heavy_vs_non={auc(base['heavy'], base['non']):.3f} {mean}")


if __name__ == "__main__":
    main()
