"""The corpus-wide joins of phrase overlap on Dask bags, for cluster/driver.py.

  join_vocabulary()  which joined forms of hyphenated words some document writes closed (match_normalize.h)
  candidate_pairs()  document frequencies of shingles, bigrams and words (boilerplate, frequent.json), then
                     postings bucketed by feature and shuffled (groupby, task shuffle), pairs of documents per
                     feature bucketed by pair and shuffled again, and the candidate test of pair_index.cpp

Arrays travel as numpy buffers in a few hundred bucket elements, never as one Python object per posting; the
rules (max_df, pair_df, evidence, share, tag) come from `entente features`, so they are written once, in C++.
"""

import json
import os
import sys
import time

import dask
import dask.bag as db
import numpy as np
from distributed import progress


def write_atomic(path, text):
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)


def join_vocabulary(out, n_shards):
    """The join vocabulary of the whole corpus, as far as any document asks: joined forms of hyphenated
    words (small) that some document writes closed."""
    files = [os.path.join(out, "map", f"{i:05d}.vocab.json") for i in range(n_shards)]
    shards = db.from_sequence(files, npartitions=max(1, min(len(files), 64))).map(lambda p: json.load(open(p)))
    joins, ok_docs = dask.compute(shards.pluck("joins").flatten().distinct(), shards.pluck("ok_docs").sum())
    joins = set(joins)
    vocab = shards.pluck("closed").flatten().filter(lambda h: h in joins).distinct().compute()
    return sorted(vocab), ok_docs




FAMILIES = ("shingles", "prints", "bigrams", "words")
DF_FAMILIES = ("shingles", "bigrams", "words")


def load_features(path):
    """One shard's features (`entente features`): the candidate rule, the document ids, and per family the
    values with the id of the document holding each (arrays)."""
    with open(path, "rb") as f:
        rule, head, raw = json.loads(f.readline()), json.loads(f.readline()), f.read()
    values = np.frombuffer(raw, dtype="<u8")
    ids = np.array(head["docs"], dtype=np.int64)
    counts = np.array(head["counts"], dtype=np.int64).reshape(-1, 4)
    shard, at = {"rule": rule, "ids": ids}, 0
    for k, family in enumerate(FAMILIES):
        n = int(counts[:, k].sum())
        shard[family] = (values[at:at + n], np.repeat(ids, counts[:, k]))
        at += n
    return shard


def buckets(tag, arrays, by, n):
    """Splits parallel arrays into n buckets by `by` % n: elements (tag * n + bucket, arrays) for a bag
    shuffle. Keys are ints: the task shuffle places keys by hash(), which for strings differs between
    worker processes."""
    b = (by % np.uint64(n)).astype(np.intp)
    order = np.argsort(b, kind="stable")
    bounds = np.searchsorted(b[order], np.arange(n + 1))
    return [(tag * n + i, tuple(a[order[bounds[i]:bounds[i + 1]]] for a in arrays))
            for i in range(n) if bounds[i] < bounds[i + 1]]


def concat(group, k):
    return np.concatenate([arrays[k] for _, arrays in group[1]])


def run_starts(sorted_keys):
    """Start and length of each run of equal values in a sorted array."""
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]]) if len(sorted_keys) else \
        np.zeros(0, np.int64)
    return starts, np.diff(np.r_[starts, len(sorted_keys)])


def df_pieces(shard, n):
    """Each family's values with their document frequency inside the shard, bucketed by value."""
    out = []
    for tag, family in enumerate(DF_FAMILIES):
        values, counts = np.unique(shard[family][0], return_counts=True)
        out += buckets(tag, (values, counts), values, n)
    return out


def frequent_in(group, limits, n):
    """The values of one bucket whose corpus document frequency passes the family's limit."""
    family = DF_FAMILIES[group[0] // n]
    values, counts = concat(group, 0), concat(group, 1)
    unique, inverse = np.unique(values, return_inverse=True)
    totals = np.zeros(len(unique), np.int64)
    np.add.at(totals, inverse, counts)
    return family, unique[totals > limits[family]]


def frequent_features(shards, rule, n):
    """Features held by too many documents (overlap_plan.h): boilerplate shingles and words (> max_df),
    bigrams that never pair (> pair_df)."""
    limits = {"shingles": rule["max_df"], "bigrams": rule["pair_df"], "words": rule["max_df"]}
    found = shards.map(df_pieces, n).flatten().groupby(lambda e: e[0], shuffle="tasks") \
        .map(frequent_in, limits, n).compute()
    out = {}
    for family in limits:
        parts = [v for f, v in found if f == family]
        out[family] = np.sort(np.concatenate(parts)) if parts else np.zeros(0, np.uint64)
    return out


def bigram_sets(shard, frequent_bigrams):
    values, docs = shard["bigrams"]
    keep = ~np.isin(values, frequent_bigrams)
    return values[keep], docs[keep]


def set_sizes(shard, frequent_bigrams):
    """(document ids, sizes of their bigram sets)."""
    _, docs = bigram_sets(shard, frequent_bigrams)
    return shard["ids"], np.bincount(np.searchsorted(shard["ids"], docs), minlength=len(shard["ids"]))


def posting_pieces(shard, frequent, tag, n):
    """A shard's postings (feature, document) as plan_overlap() builds them: tagged winnowed fingerprints
    (boilerplate removed) and bigram sets, one per (feature, document), bucketed by feature."""
    bigrams, bigram_docs = bigram_sets(shard, frequent["bigrams"])
    prints, print_docs = shard["prints"]
    keep = ~np.isin(prints, frequent["shingles"])
    feats = np.concatenate([prints[keep] ^ np.uint64(tag), bigrams])
    docs = np.concatenate([print_docs[keep], bigram_docs])
    order = np.lexsort((docs, feats))
    feats, docs = feats[order], docs[order]
    first = np.r_[True, (feats[1:] != feats[:-1]) | (docs[1:] != docs[:-1])] if len(feats) else np.zeros(0, bool)
    keep = first & (feats != 0)
    return buckets(0, (feats[keep], docs[keep]), feats[keep], n)


def pairs_in(group, pair_df, n):
    """Every pair of documents (a < b, packed a << 32 | b) holding one feature held by 2..pair_df
    documents, with that document frequency; bucketed by pair."""
    feats, docs = concat(group, 0), concat(group, 1)
    order = np.lexsort((docs, feats))
    feats, docs = feats[order], docs[order]
    starts, lens = run_starts(feats)
    keys, dfs = [np.zeros(0, np.uint64)], [np.zeros(0, np.uint8)]
    for size in range(2, max(2, pair_df) + 1):
        s = starts[lens == size]
        if len(s) == 0:
            continue
        block = docs[s[:, None] + np.arange(size)].astype(np.uint64)
        i, j = np.triu_indices(size, 1)
        keys.append(((block[:, i] << np.uint64(32)) | block[:, j]).ravel())
        dfs.append(np.full(len(keys[-1]), size, np.uint8))
    keys, dfs = np.concatenate(keys), np.concatenate(dfs)
    return buckets(0, (keys, dfs), keys ^ (keys >> np.uint64(29)), n)


def candidates_in(group, sizes, rule):
    """pair_index.cpp's test per pair: evidence (1 / (df - 1) added in ascending df order, as its sorted keys
    are) reaches min_evidence, or the shared features reach min_share of the smaller bigram set and number at
    least min_shared. Returns (first documents, second documents, pair keys, distinct pairs) of the bucket."""
    keys, dfs = concat(group, 0), concat(group, 1)
    order = np.lexsort((dfs, keys))
    keys, dfs = keys[order], dfs[order]
    starts, lens = run_starts(keys)
    values = 1.0 / (dfs.astype(np.float64) - 1.0)
    evidence = np.zeros(len(starts))
    active = np.arange(len(starts))
    for k in range(int(lens.max()) if len(lens) else 0):  # sequential sums, exactly as in C++
        active = active[lens[active] > k]
        evidence[active] += values[starts[active] + k]
    pairs = keys[starts]
    a, b = (pairs >> np.uint64(32)).astype(np.int64), (pairs & np.uint64(0xFFFFFFFF)).astype(np.int64)
    smaller = np.minimum(sizes[a], sizes[b]).astype(np.float64)
    passed = (evidence >= rule["min_evidence"]) | ((lens >= rule["min_share"] * smaller) &
                                                   (lens >= rule["min_shared"]))
    return a[passed], b[passed], len(keys), len(pairs)


def candidate_pairs(client, out, n_shards, n_docs, args, stats):
    """Candidate pairs as an array of (a, b) rows sorted by (a, b); records in stats["shuffle_detail"] the
    times of its two parts, the pair keys shuffled and the distinct pairs tested."""
    files = [os.path.join(out, "features", f"{i:05d}.bin") for i in range(n_shards)]
    with open(files[0], "rb") as f:
        rule = json.loads(f.readline())
    shards = db.from_sequence(files, npartitions=len(files)).map(load_features)
    n = args.buckets or max(1, min(64, n_shards))
    t0 = time.time()
    frequent = frequent_features(shards, rule, n)
    write_atomic(os.path.join(out, "frequent.json"), json.dumps({k: v.tolist() for k, v in frequent.items()}))
    sizes = np.zeros(n_docs, np.int64)
    for ids, counts in shards.map(set_sizes, frequent["bigrams"]).compute():
        sizes[ids] = counts
    t1 = time.time()
    postings = shards.map(posting_pieces, frequent, rule["print_tag"], n).flatten()
    by_feature = postings.groupby(lambda e: e[0], shuffle="tasks", max_branch=args.max_branch)
    pairs = by_feature.map(pairs_in, rule["pair_df"], n).flatten()
    by_pair = pairs.groupby(lambda e: e[0], shuffle="tasks", max_branch=args.max_branch)
    future = client.compute(by_pair.map(candidates_in, sizes, rule), retries=args.retries)
    if not args.quiet:
        print(f"driver: shuffle, {n} buckets", file=sys.stderr)
        progress(future)
        print(file=sys.stderr)
    found = future.result()
    a = np.concatenate([np.zeros(0, np.int64)] + [f[0] for f in found])
    b = np.concatenate([np.zeros(0, np.int64)] + [f[1] for f in found])
    order = np.lexsort((b, a))
    stats["shuffle_detail"] = {  # not summed into the stage times (keys ending in _s are)
        "frequent_and_sizes_sec": round(t1 - t0, 2), "pairs_sec": round(time.time() - t1, 2),
        "pair_keys": sum(f[2] for f in found), "distinct_pairs": sum(f[3] for f in found),
        "frequent_features": {k: len(v) for k, v in frequent.items()}}
    return np.stack([a[order], b[order]], axis=1)
