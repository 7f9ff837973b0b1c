#!/usr/bin/python3
"""Entente over a big corpus on a Dask cluster: the same JSON as `entente analyze` on the same files.

Stages (each task runs the `entente` binary on a worker, reading the documents there: a shared file system):
  1. map       one task per shard: `entente map` -> map/NNNNN.part (+ the shard's join-vocabulary input)
  2. vocab     bag join (join.py): the joined forms of hyphenated words that some document writes closed
  3. features  one task per shard: `entente features` -> per-document shingles, fingerprints, bigrams, words
  4. shuffle   bags (join.py): document frequencies (boilerplate), then postings grouped by feature and
               document pairs grouped by pair (task shuffles) -> candidate pairs
  5. align     candidate pairs in chunks, as tasks: `entente align` -> align/NNNNN.part
  6. reduce    one task: `entente reduce` of every partial -> result.json
Outputs land in the output folder under their final names only when complete, so a run that stops can be
started again with the same arguments and skips what is done. Dask retries failed tasks (--retries).
"""

import argparse
import glob
import hashlib
import json
import os
import resource
import subprocess
import sys
import time

from distributed import Client, LocalCluster, get_worker, progress

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import join  # noqa: E402  (beside this file)
from join import write_atomic  # noqa: E402

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
            names = sorted(n for n in os.listdir(item) if os.path.splitext(n)[1].lower() in TEXT_EXTENSIONS
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


# ---------------------------------------------------------------- tasks (run on the workers)


def run_entente(cmd, outputs):
    """Runs one entente command writing `outputs` (final paths) through temporary names; skips it when all
    outputs exist (a resumed run). Raises on failure so that Dask retries the task. Returns the worker's
    address and the command's peak resident memory (kB; 0 when skipped)."""
    worker = get_worker().address
    if all(os.path.exists(o) for o in outputs):
        return worker, 0
    tmp = {o: f"{o}.tmp{os.getpid()}" for o in outputs}
    cmd = [tmp.get(a, a) for a in cmd]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:2])} failed ({proc.returncode}): {err.strip()}")
    for o in outputs:
        os.replace(tmp[o], o)
    return worker, usage.ru_maxrss


def worker_peak_kb():
    """Peak resident memory (kB) of this worker process itself."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def transfer_bytes(dask_worker):
    return sum(t["total"] for t in dask_worker.transfer_incoming_log)


# ---------------------------------------------------------------- the stages


PEAKS = {}  # stage -> worker -> largest entente peak (kB)


def wait_all(client, futures, quiet, stage):
    if not quiet and futures:
        print(f"driver: {stage}, {len(futures)} tasks", file=sys.stderr)
        progress(futures)
        print(file=sys.stderr)
    for worker, kb in client.gather(futures):
        PEAKS.setdefault(stage, {})[worker] = max(kb, PEAKS.get(stage, {}).get(worker, 0))


def run_maps(client, args, shards, out):
    futures = []
    first = 0
    for i, files in enumerate(shards):
        part = os.path.join(out, "map", f"{i:05d}.part")
        vocab = os.path.join(out, "map", f"{i:05d}.vocab.json")
        cmd = [args.entente, "map", "--first-id", str(first), "--out", part, "--vocab-out", vocab]
        cmd += args.map_flags + files
        futures.append(client.submit(run_entente, cmd, [part, vocab], key=f"map-{args.run_tag}-{i:05d}",
                                     retries=args.retries))
        first += len(files)
    wait_all(client, futures, args.quiet, "map")


def run_features(client, args, shards, out, ok_docs):
    futures = []
    first = 0
    vocab = os.path.join(out, "join_vocab.json")
    for i, files in enumerate(shards):
        feat = os.path.join(out, "features", f"{i:05d}.bin")
        cmd = [args.entente, "features", "--first-id", str(first), "--ok-docs", str(ok_docs),
               "--join-vocab", vocab, "--out", feat] + args.map_flags + files
        futures.append(client.submit(run_entente, cmd, [feat], key=f"features-{args.run_tag}-{i:05d}",
                                     retries=args.retries))
        first += len(files)
    wait_all(client, futures, args.quiet, "features")

def run_aligns(client, args, out, files, candidates):
    vocab = os.path.join(out, "join_vocab.json")
    frequent = os.path.join(out, "frequent.json")
    futures, parts = [], []
    for i in range(0, len(candidates), args.pairs_per_task):
        chunk = candidates[i:i + args.pairs_per_task].tolist()
        n = i // args.pairs_per_task
        task = os.path.join(out, "align", f"{n:05d}.task.json")
        part = os.path.join(out, "align", f"{n:05d}.part")
        ids = sorted({d for pair in chunk for d in pair})
        if not os.path.exists(task):
            write_atomic(task, json.dumps({"docs": [[d, files[d]] for d in ids], "pairs": chunk}))
        cmd = [args.entente, "align", "--task", task, "--join-vocab", vocab, "--frequent", frequent,
               "--out", part] + option_flags(args, OVERLAP_FLAGS)
        futures.append(client.submit(run_entente, cmd, [part], key=f"align-{args.run_tag}-{n:05d}",
                                     retries=args.retries))
        parts.append(part)
    wait_all(client, futures, args.quiet, "align")
    return parts


def run_reduce(client, args, out, n_shards, align_parts):
    result = os.path.join(out, "result.json")
    maps = [os.path.join(out, "map", f"{i:05d}.part") for i in range(n_shards)]
    cmd = [args.entente, "reduce", "--out", result] + option_flags(args, LDA_FLAGS) + maps + align_parts
    if os.path.exists(result):
        os.remove(result)  # cheap to redo; the partials decide it
    future = client.submit(run_entente, cmd, [result], key=f"reduce-{args.run_tag}", retries=args.retries)
    wait_all(client, [future], args.quiet, "reduce")
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
    p.add_argument("--buckets", type=int, help="shuffle buckets (default: shards, at most 64)")
    p.add_argument("--lexicon", help="topic lexicon (JSON), readable on every worker")
    for name in OVERLAP_FLAGS + LDA_FLAGS:
        p.add_argument("--" + name.replace("_", "-"), type=int)
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.add_argument("--stats", help="write timings, peak memory and bytes shuffled to this JSON file "
                                   "(after each stage)")
    p.add_argument("inputs", nargs="+", help="folders, files or glob patterns ('corpus/*.txt')")
    args = p.parse_args(argv)
    args.entente = os.path.abspath(args.entente)
    # Task keys name the run, so that two drivers sharing a scheduler never share results.
    args.run_tag = hashlib.sha1(os.path.abspath(args.out).encode()).hexdigest()[:10]
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
    client.upload_file(join.__file__)  # workers import join.py from the scheduler, not from their disks
    stats, t0 = {"documents": len(files), "shards": len(shards)}, time.time()

    def lap(name):  # the stats so far are written after every stage: a long run shows where it is
        stats[name + "_s"] = round(time.time() - t0 - sum(v for k, v in stats.items() if k.endswith("_s")), 2)
        if args.stats:
            write_atomic(args.stats, json.dumps(stats, indent=1))

    try:
        run_maps(client, args, shards, args.out)
        lap("map")
        vocab, ok_docs = join.join_vocabulary(args.out, len(shards))
        write_atomic(os.path.join(args.out, "join_vocab.json"), json.dumps(vocab))
        run_features(client, args, shards, args.out, ok_docs)
        lap("features")
        before = sum(client.run(transfer_bytes).values())
        candidates = join.candidate_pairs(client, args.out, len(shards), len(files), args, stats)
        stats["shuffle_bytes"] = sum(client.run(transfer_bytes).values()) - before
        stats["candidate_pairs"] = len(candidates)
        lap("shuffle")
        parts = run_aligns(client, args, args.out, files, candidates)
        lap("align")
        result = run_reduce(client, args, args.out, len(shards), parts)
        lap("reduce")
        stats["wall_s"] = round(time.time() - t0, 2)
        stats["worker_process_peak_kb"] = client.run(worker_peak_kb)
        stats["entente_peak_kb"] = PEAKS
    except RuntimeError as e:  # a task failed after its retries: its entente message says why
        raise SystemExit(f"driver: {e}")
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
