#!/usr/bin/python3
"""gensim's LdaModel (online variational Bayes) on the corpus lda_bench dumped (one document per line, terms
separated by spaces), with the same K, for comparison with Entente's Gibbs sampler. Prints tokens per second
per pass over the corpus and a `RESULT key=value ...` line.

    /usr/bin/python3 bench/gensim_lda.py DUMP [--k 8] [--passes 5] [--topics FILE]

--topics FILE writes the 10 top terms of each topic, one topic a line (for bench/topic_coherence.py).

Debian's python3-gensim lives in /usr/bin/python3; under another interpreter the script re-runs itself there.
"""
import argparse
import os
import sys
import time

try:
    import gensim
except ImportError:
    if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    print("gensim_lda: gensim is not installed (Debian package python3-gensim)", file=sys.stderr)
    sys.exit(3)
from gensim.corpora import Dictionary
from gensim.models import LdaModel


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dump")
    ap.add_argument("--k", type=int, default=8)
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--topics")
    a = ap.parse_args()
    with open(a.dump, encoding="utf-8") as f:
        docs = [line.split() for line in f]
    tokens = sum(len(d) for d in docs)
    t0 = time.perf_counter()
    vocab = Dictionary(docs)
    bow = [vocab.doc2bow(d) for d in docs]
    setup = time.perf_counter() - t0
    t0 = time.perf_counter()
    model = LdaModel(bow, id2word=vocab, num_topics=a.k, passes=a.passes, random_state=a.seed,
                     eval_every=None, chunksize=2000, alpha="symmetric")
    seconds = time.perf_counter() - t0
    tok_s = tokens * a.passes / seconds
    print(f"gensim {gensim.__version__} LdaModel: {len(docs)} docs, {tokens} tokens, vocabulary {len(vocab)}, "
          f"k {a.k}: setup {setup:.3f} s, {a.passes} passes in {seconds:.3f} s: {tok_s / 1e6:.2f} M tokens/s per pass")
    for t in range(min(a.k, 4)):
        print(f"  topic {t}: " + " ".join(w for w, _ in model.show_topic(t, 6)))
    if a.topics:
        with open(a.topics, "w", encoding="utf-8") as f:
            for t in range(a.k):
                f.write(" ".join(w for w, _ in model.show_topic(t, 10)) + "\n")
    print(f"RESULT docs={len(docs)} tokens={tokens} vocab={len(vocab)} k={a.k} passes={a.passes} "
          f"seconds={seconds:.3f} tok_s={tok_s:.0f}")


if __name__ == "__main__":
    main()
