#!/usr/bin/python3
"""Entente over a big corpus on a Dask cluster: the same JSON as `entente analyze` on the same files.

Stages (each task runs the `entente` binary on a worker, reading the documents there: a shared file system):
  1. map       one task per shard: `entente map` -> map/NNNNN.part (+ the shard's join-vocabulary input)
  2. vocab     bag join: the joined forms of hyphenated words that some document writes closed
  3. features  one task per shard: `entente features` -> per-document shingles, fingerprints, bigrams, words
  4. shuffle   bags: document frequencies (boilerplate), then postings grouped by feature (a task shuffle),
               pairs of documents with their evidence folded by pair -> candidate pairs
  5. align     candidate pairs in chunks, as tasks: `entente align` -> align/NNNNN.part
  6. reduce    one task: `entente reduce` of every partial -> result.json
Outputs land in the output folder under their final names only when complete, so a run that stops can be
started again with the same arguments and skips what is done. Dask retries failed tasks (--retries).
"""

import argparse
import glob
import json
import os
import resource
import subprocess
import sys
import time

import dask
import dask.bag as db
from distributed import Client, LocalCluster, progress

TEXT_EXTENSIONS = (".txt", ".md", ".html", ".htm")
OVERLAP_FLAGS = ("shingle", "min_passage", "max_gap")
LDA_FLAGS = ("lda_k", "lda_seed", "lda_iterations")


# ---------------------------------------------------------------- inputs and the output folder


def expand_inputs(items):
    """Files in the order `entente analyze` reads them: a folder gives its text files in name order, a glob
    its matches in sorted order, a file itself."""
    files = []
    for item in items:
        if os.path.isdir(item):
            names = sorted(n for n in os.listdir(item) if n.lower().endswith(TEXT_EXTENSIONS)
                           and os.path.isfile(os.path.join(item, n)))
            files += [os.path.join(item, n) for n in names]
        elif any(c in item for c in "*?["):
            matches = sorted(glob.glob(item))
            if not matches:
                raise SystemExit(f"driver: no file matches '{item}'")
            files += matches
        else:
            files.append(item)
    return [os.path.abspath(f) for f in files]


def option_flags(args, names):
    flags = []
    for name in names:
        value = getattr(args, name)
        if value is not None:
            flags += ["--" + name.replace("_", "-"), str(value)]
    return flags


def prepare_folder(out, manifest):
    """Creates the output folder, or checks that it holds the same run (so its outputs can be reused)."""
    for sub in ("map", "features", "align"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    path = os.path.join(out, "manifest.json")
    if os.path.exists(path):
        with open(path) as f:
            if json.load(f) != manifest:
                raise SystemExit(f"driver: {out} holds another run (other files or options); use a new folder")
    else:
        write_atomic(path, json.dumps(manifest, indent=1))


def write_atomic(path, text):
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)


# ---------------------------------------------------------------- tasks (run on the workers)


def run_entente(cmd, outputs):
    """Runs one entente command writing `outputs` (final paths) through temporary names; skips it when all
    outputs exist (a resumed run). Raises on failure so that Dask retries the task."""
    if all(os.path.exists(o) for o in outputs):
        return "kept"
    tmp = {o: f"{o}.tmp{os.getpid()}" for o in outputs}
    cmd = [tmp.get(a, a) for a in cmd]
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:2])} failed ({done.returncode}): {done.stderr.strip()}")
    for o in outputs:
        os.replace(tmp[o], o)
    return "made"


def memory_peaks():
    """Peak resident memory (kB) of this worker process and of the largest entente it ran."""
    return {"worker_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            "entente_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}


def transfer_bytes(dask_worker):
    return sum(t["total"] for t in dask_worker.transfer_incoming_log)


# ---------------------------------------------------------------- the stages


def wait_all(client, futures, quiet):
    if not quiet and futures:
        progress(futures)
        print(file=sys.stderr)
    return client.gather(futures)


def run_maps(client, args, shards, out):
    futures = []
    first = 0
    for i, files in enumerate(shards):
        part = os.path.join(out, "map", f"{i:05d}.part")
        vocab = os.path.join(out, "map", f"{i:05d}.vocab.json")
        cmd = [args.entente, "map", "--first-id", str(first), "--out", part, "--vocab-out", vocab]
        cmd += args.map_flags + files
        futures.append(client.submit(run_entente, cmd, [part, vocab], key=f"map-{i:05d}", retries=args.retries))
        first += len(files)
    wait_all(client, futures, args.quiet)


def join_vocabulary(out, n_shards):
    """The join vocabulary of the whole corpus, as far as any document asks: joined forms of hyphenated
    words (small) that some document writes closed."""
    files = [os.path.join(out, "map", f"{i:05d}.vocab.json") for i in range(n_shards)]
    shards = db.from_sequence(files, npartitions=max(1, min(len(files), 64))).map(lambda p: json.load(open(p)))
    joins, ok_docs = dask.compute(shards.pluck("joins").flatten().distinct(), shards.pluck("ok_docs").sum())
    joins = set(joins)
    vocab = shards.pluck("closed").flatten().filter(lambda h: h in joins).distinct().compute()
    return sorted(vocab), ok_docs


def run_features(client, args, shards, out, ok_docs):
    futures = []
    first = 0
    vocab = os.path.join(out, "join_vocab.json")
    for i, files in enumerate(shards):
        feat = os.path.join(out, "features", f"{i:05d}.jsonl")
        cmd = [args.entente, "features", "--first-id", str(first), "--ok-docs", str(ok_docs),
               "--join-vocab", vocab, "--out", feat] + args.map_flags + files
        futures.append(client.submit(run_entente, cmd, [feat], key=f"features-{i:05d}", retries=args.retries))
        first += len(files)
    wait_all(client, futures, args.quiet)


def read_features(path):
    with open(path) as f:
        next(f)  # the rule line
        return [json.loads(line) for line in f]


def frequent_features(feats, rule):
    """Features held by too many documents (overlap_plan.h): boilerplate shingles and words (> max_df),
    bigrams that neither pair nor score (> pair_df)."""
    def over(key, limit):
        return feats.pluck(key).flatten().frequencies().filter(lambda kv: kv[1] > limit).pluck(0)
    shingles, bigrams, words = dask.compute(over("shingles", rule["max_df"]), over("bigrams", rule["pair_df"]),
                                            over("words", rule["max_df"]))
    return {"shingles": sorted(shingles), "bigrams": sorted(bigrams), "words": sorted(words)}


def evidence(record, frequent_shingles, frequent_bigrams, tag):
    """A document's features for pairing, as plan_overlap() builds them: tagged winnowed fingerprints
    (boilerplate removed) and its bigram set; and the size of that bigram set."""
    bigram_set = [b for b in record["bigrams"] if b not in frequent_bigrams]
    prints = {p ^ tag for p in record["prints"] if p not in frequent_shingles}
    feats = (prints | set(bigram_set)) - {0}
    return record["doc"], sorted(feats), len(bigram_set)


def pairs_of_feature(group, pair_df):
    """((a, b), df) for every pair of documents holding a feature held by 2..pair_df documents."""
    docs = sorted(d for _, d in group[1])
    if not 2 <= len(docs) <= max(2, pair_df):
        return []
    return [((a, b), len(docs)) for i, a in enumerate(docs) for b in docs[i + 1:]]


def passes(pair_dfs, sizes, rule):
    """pair_index.cpp's test: evidence (1 / (df - 1) summed in ascending df order, as its sorted keys do)
    reaches min_evidence, or the shared features reach min_share of the smaller bigram set."""
    (a, b), dfs = pair_dfs
    total = 0.0
    for df in sorted(dfs):
        total += 1.0 / (df - 1)
    if total >= rule["min_evidence"]:
        return True
    return len(dfs) >= rule["min_share"] * float(min(sizes[a], sizes[b]))


def candidate_pairs(client, out, n_shards, args):
    files = [os.path.join(out, "features", f"{i:05d}.jsonl") for i in range(n_shards)]
    with open(files[0]) as f:
        rule = json.loads(next(f))
    feats = db.from_sequence(files, npartitions=len(files)).map(read_features).flatten()
    frequent = frequent_features(feats, rule)
    write_atomic(os.path.join(out, "frequent.json"), json.dumps(frequent))
    fs, fb, tag = set(frequent["shingles"]), set(frequent["bigrams"]), rule["print_tag"]
    evid = feats.map(evidence, fs, fb, tag)
    sizes = dict(evid.map(lambda e: (e[0], e[2])).compute())
    postings = evid.map(lambda e: [(f, e[0]) for f in e[1]]).flatten()
    groups = postings.groupby(lambda p: p[0], shuffle="tasks", max_branch=args.max_branch)
    pair_dfs = groups.map(pairs_of_feature, rule["pair_df"]).flatten().foldby(
        lambda x: x[0], lambda acc, x: acc + [x[1]], [], lambda x, y: x + y, [])
    found = pair_dfs.filter(lambda p: passes(p, sizes, rule)).pluck(0)
    future = client.compute(found, retries=args.retries)
    if not args.quiet:
        progress(future)
        print(file=sys.stderr)
    return sorted(tuple(p) for p in future.result())


def run_aligns(client, args, out, files, candidates):
    vocab = os.path.join(out, "join_vocab.json")
    frequent = os.path.join(out, "frequent.json")
    futures, parts = [], []
    for i in range(0, len(candidates), args.pairs_per_task):
        chunk = candidates[i:i + args.pairs_per_task]
        n = i // args.pairs_per_task
        task = os.path.join(out, "align", f"{n:05d}.task.json")
        part = os.path.join(out, "align", f"{n:05d}.part")
        ids = sorted({d for pair in chunk for d in pair})
        if not os.path.exists(task):
            write_atomic(task, json.dumps({"docs": [[d, files[d]] for d in ids], "pairs": chunk}))
        cmd = [args.entente, "align", "--task", task, "--join-vocab", vocab, "--frequent", frequent,
               "--out", part] + option_flags(args, OVERLAP_FLAGS)
        futures.append(client.submit(run_entente, cmd, [part], key=f"align-{n:05d}", retries=args.retries))
        parts.append(part)
    wait_all(client, futures, args.quiet)
    return parts


def run_reduce(client, args, out, n_shards, align_parts):
    result = os.path.join(out, "result.json")
    maps = [os.path.join(out, "map", f"{i:05d}.part") for i in range(n_shards)]
    cmd = [args.entente, "reduce", "--out", result] + option_flags(args, LDA_FLAGS) + maps + align_parts
    if os.path.exists(result):
        os.remove(result)  # cheap to redo; the partials decide it
    wait_all(client, [client.submit(run_entente, cmd, [result], key="reduce", retries=args.retries)], args.quiet)
    return result


# ---------------------------------------------------------------- main


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="address of a running scheduler, e.g. tcp://10.0.0.5:8786")
    where.add_argument("--local", type=int, metavar="N", help="start a LocalCluster of N worker processes")
    p.add_argument("--out", required=True, help="output folder (resumable): partials and result.json")
    p.add_argument("--entente", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "build",
                                                     "native", "entente"),
                   help="the entente binary, at the same path on every worker")
    p.add_argument("--shard-size", type=int, default=1000, help="documents per map task (default 1000)")
    p.add_argument("--pairs-per-task", type=int, default=2000, help="candidate pairs per align task")
    p.add_argument("--retries", type=int, default=2, help="times Dask retries a failed task (default 2)")
    p.add_argument("--max-branch", type=int, default=32, help="fan-out of the task shuffle")
    p.add_argument("--lexicon", help="topic lexicon (JSON), readable on every worker")
    for name in OVERLAP_FLAGS + LDA_FLAGS:
        p.add_argument("--" + name.replace("_", "-"), type=int)
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.add_argument("--stats", help="write timings, peak memory and bytes shuffled to this JSON file")
    p.add_argument("inputs", nargs="+", help="folders, files or glob patterns ('corpus/*.txt')")
    args = p.parse_args(argv)
    args.entente = os.path.abspath(args.entente)
    args.map_flags = option_flags(args, OVERLAP_FLAGS)
    if args.lexicon:
        args.map_flags += ["--lexicon", os.path.abspath(args.lexicon)]
    return args


def main(argv):
    args = parse_args(argv)
    files = expand_inputs(args.inputs)
    if not files:
        raise SystemExit("driver: no input files")
    shards = [files[i:i + args.shard_size] for i in range(0, len(files), args.shard_size)]
    prepare_folder(args.out, {"files": files, "shard_size": args.shard_size, "map_flags": args.map_flags,
                              "pairs_per_task": args.pairs_per_task})
    cluster = None
    if args.local:
        cluster = LocalCluster(n_workers=args.local, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None)
    client = Client(cluster if cluster else args.scheduler)
    stats, t0 = {"documents": len(files), "shards": len(shards)}, time.time()

    def lap(name):
        stats[name + "_s"] = round(time.time() - t0 - sum(v for k, v in stats.items() if k.endswith("_s")), 2)

    try:
        run_maps(client, args, shards, args.out)
        lap("map")
        vocab, ok_docs = join_vocabulary(args.out, len(shards))
        write_atomic(os.path.join(args.out, "join_vocab.json"), json.dumps(vocab))
        run_features(client, args, shards, args.out, ok_docs)
        lap("features")
        before = sum(client.run(transfer_bytes).values())
        candidates = candidate_pairs(client, args.out, len(shards), args)
        stats["shuffle_bytes"] = sum(client.run(transfer_bytes).values()) - before
        stats["candidate_pairs"] = len(candidates)
        lap("shuffle")
        parts = run_aligns(client, args, args.out, files, candidates)
        lap("align")
        result = run_reduce(client, args, args.out, len(shards), parts)
        lap("reduce")
        stats["wall_s"] = round(time.time() - t0, 2)
        stats["workers"] = {w: m for w, m in client.run(memory_peaks).items()}
    finally:
        client.close()
        if cluster:
            cluster.close()
    if args.stats:
        write_atomic(args.stats, json.dumps(stats, indent=1))
    print(f"driver: {len(files)} documents in {len(shards)} shards, {stats['candidate_pairs']} candidate pairs, "
          f"{stats['wall_s']} s -> {result}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
