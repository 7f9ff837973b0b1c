#!/usr/bin/python3
"""Unit checks of cluster/join.py's pair stage on arrays we build here (no cluster): pairs_in emits every
pair of a feature's documents with its document frequency, and candidates_in applies pair_index.cpp's rule,
the share test included with its floor of min_shared features (the same case as tests/pair_index_test.cpp)."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cluster"))
import join  # noqa: E402

RULE = {"min_evidence": 2.0, "min_share": 0.7, "min_shared": 0, "pair_df": 32}


def candidates(sets, sizes, rule):
    """Runs pairs_in then candidates_in over one bucket each, as the driver's two shuffles would."""
    feats = np.array([f for fs in sets for f in fs], np.uint64)
    docs = np.array([d for d, fs in enumerate(sets) for _ in fs], np.int64)
    keyed = join.pairs_in((0, [(0, (feats, docs))]), rule["pair_df"], 1)
    a, b, n_keys, n_pairs = join.candidates_in((0, keyed), np.array(sizes, np.int64), rule)
    return list(zip(a.tolist(), b.tolist())), n_keys, n_pairs


def main():
    # Documents 0 and 1 share features 1, 2 (also in documents 2..5: df 6) and 3: evidence 0.2 + 0.2 + 1.
    sets = [[1, 2, 3, 10], [1, 2, 3, 20]] + [[1, 2, 100 + d] for d in range(2, 6)]
    sizes = [4, 4, 40, 40, 40, 40]
    found, n_keys, n_pairs = candidates(sets, sizes, RULE)
    assert n_pairs == 15 and n_keys == 2 * 15 + 1, (n_keys, n_pairs)  # features 1 and 2: all 15 pairs; 3: one
    assert found == [(0, 1)], found  # 3 shared >= 0.7 * 4; other pairs share 2
    assert candidates(sets, sizes, dict(RULE, min_shared=3))[0] == [(0, 1)]
    assert candidates(sets, sizes, dict(RULE, min_shared=4))[0] == [], "the floor of shared features"
    # Evidence alone: two features held by the two documents only pass whatever the floor.
    found, _, _ = candidates([[7, 8], [7, 8], [9]], [100, 100, 100], dict(RULE, min_shared=4))
    assert found == [(0, 1)], found
    print("ok   cluster join: pair keys, evidence and the share rule with its floor")


if __name__ == "__main__":
    main()
