#!/usr/bin/env python3
"""Topic coherence of one or more topic lists, scored by the same code on the same reference corpus, so Entente's
topics and gensim's can be compared side by side.

    python3 bench/topic_coherence.py DUMP NAME=TOPICS [NAME=TOPICS ...] [--top 10]

DUMP is the LDA corpus (one document per line, terms separated by spaces: lda_bench --dump); each TOPICS file has
one topic per line, its top terms first (lda_bench --topics, gensim_lda.py --topics). Co-occurrence is counted per
document. For each topic's top N terms, ranked w_1..w_N:
  UMass = mean over i > j of log((D(w_i, w_j) + 1) / D(w_j))          (Mimno et al. 2011; higher is better, <= 0)
  NPMI  = mean over i > j of log(P(w_i, w_j) / (P(w_i) P(w_j))) / -log P(w_i, w_j), -1 for pairs never together
                                                                      (Bouma 2009; in [-1, 1], higher is better)
Prints one line per list and `RESULT name_umass=... name_npmi=...`.
"""
import argparse
import itertools
import math


def doc_sets(path):
    with open(path, encoding="utf-8") as f:
        return [set(line.split()) for line in f if line.strip()]


def read_topics(path, top):
    with open(path, encoding="utf-8") as f:
        return [line.split()[:top] for line in f if line.strip()]


def coherence(topics, docs):
    needed = {w for t in topics for w in t}
    postings = {w: set() for w in needed}
    for i, d in enumerate(docs):
        for w in needed & d:
            postings[w].add(i)
    n = len(docs)
    umass, npmi = [], []
    for terms in topics:
        u, p = [], []
        for j, i in itertools.combinations(range(len(terms)), 2):  # j ranks above i
            dj, di = postings[terms[j]], postings[terms[i]]
            both = len(dj & di)
            if dj:
                u.append(math.log((both + 1) / len(dj)))
            if both == 0:
                p.append(-1.0)
            elif both == n:
                p.append(1.0)
            else:
                pij, pi, pj = both / n, len(di) / n, len(dj) / n
                p.append(math.log(pij / (pi * pj)) / -math.log(pij))
        umass.append(sum(u) / len(u) if u else 0.0)
        npmi.append(sum(p) / len(p) if p else 0.0)
    return sum(umass) / len(umass), sum(npmi) / len(npmi)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("lists", nargs="+", help="NAME=TOPICS_FILE")
    ap.add_argument("--top", type=int, default=10)
    a = ap.parse_args()
    docs = doc_sets(a.dump)
    fields = []
    for spec in a.lists:
        name, _, path = spec.partition("=")
        topics = read_topics(path, a.top)
        u, p = coherence(topics, docs)
        print(f"{name}: {len(topics)} topics, top {a.top} terms: UMass {u:.3f}, NPMI {p:.3f}")
        fields += [f"{name}_umass={u:.3f}", f"{name}_npmi={p:.3f}"]
    print("RESULT " + " ".join(fields))


if __name__ == "__main__":
    main()
