// Phrase overlap: passages shared between documents, and a symmetric pair score.
// Owner of the "overlap" section of the analysis contract.
#pragma once

#include <string>
#include <vector>

#include "text.h"

namespace entente {

struct OverlapParams {
  int shingle = 5;             // words per hashed shingle; exact seeds of passages have this length
  int min_passage_tokens = 8;  // shortest passage, in words (longer side)
  int max_gap = 3;             // words skipped on each side between two matching runs of a passage
  // Boilerplate: in corpora of at least boilerplate_min_docs documents, a shingle or feature found in more
  // than boilerplate_share of them (or in more than 100 + N/100, to keep candidate generation linear) and in
  // more than boilerplate_min_docs documents is ignored: a source and its copies in a small reuse set (five
  // of twelve documents) are not boilerplate.
  double boilerplate_share = 0.3;
  int boilerplate_min_docs = 10;
  // Noise floor: pairs scoring below min_score are not listed. 0.03 sits above what unrelated documents on
  // one subject score (bench/reuse_check.py --hard: the highest "non" answer scores 0.028), so it drops
  // chance resemblances; on the 1,000-document generated corpus it keeps every planted copy (lowest 0.074)
  // and 1,371 of 9,260 scored pairs.
  double min_score = 0.03;
  // Passages listed per pair, at most: the ones with the most matched words (ties: the earlier), in text
  // order. The score counts every passage.
  int max_passages = 20;
};

// A shared passage: byte offsets (end exclusive) on word boundaries of each document's text. A passage whose
// sentences are reworded copies of each other (reworded_sentences.h) spans those whole sentences, and such a
// sentence pair is listed even without an exact seed when the pair shares another passage; listing only: the
// score and shared_tokens count aligned words alone.
struct Passage {
  std::uint32_t a_start = 0, a_end = 0, b_start = 0, b_end = 0;
  std::string a_text, b_text;
  double similarity = 0;  // 2 * matched words / (words of the a side + words of the b side); for a reworded
                          // sentence pair, matched words = the content words both sentences hold
};

// score = (coverage + words^2) / 2, in [0, 1], symmetric, rounded to 4 decimals, where
//   coverage = words matched in the aligned passages outside quotations / (words of the shorter document
//              less the quoted words it shares), capped at 1. A passage's matched words are outside
//              quotations in the smaller share of its two sides' words outside quotations (quoted_speech.h).
//              A quotation two documents share is aligned and listed but set aside, neither reuse nor text:
//              independent reports of one event quote the same people word for word. Hand-written news
//              reuse sets whose independent reports carry every quotation of the wire story ranked heavy
//              rewrites against those reports at AUC 0.98 this way, 0.89 when quotations counted;
//   words    = content words both hold / those of the document holding fewer (function words skipped),
//              the softer signal that still rises for heavy rewording. Squared: documents on one subject
//              share many words, so only a high share says much. Shared content bigrams ranked rewrites
//              against independent answers on one subject worse than shared words did (hand-written reuse
//              sets: AUC 0.85 against 0.92), so they only choose candidates.
// Boilerplate (stock lines, shingles and features in a large share of the corpus) counts nowhere. Identical
// texts score 1. Only candidate pairs are compared: those sharing enough winnowed fingerprints and content
// bigrams (each worth 1 / (df - 1), two needed) or 8% of the shorter one's content bigrams and at least
// four features; in corpora of at most 200 documents, every pair sharing one of them. Pairs not compared,
// and pairs scoring 0, are not listed.
struct OverlapPair {
  int a = 0, b = 0;  // a < b
  double score = 0;
  int shared_tokens = 0;          // words matched one to one inside the passages
  std::vector<Passage> passages;  // the top OverlapParams::max_passages, in text order
};

struct OverlapResult {
  OverlapParams params;
  std::vector<OverlapPair> pairs;
  // The heatmap's row order (similarity_order() over the ids of the ok documents, in corpus order) when the
  // page's worker computed it beside the pairs, so the UI thread never clusters; empty otherwise
  // (find_overlap leaves it empty). Not part of the JSON contract.
  std::vector<int> doc_order;
};

}  // namespace entente

namespace entente {

// Finds passages shared by pairs of documents. Lists every pair with a score above zero and at least
// params.min_score, a < b, sorted by (a, b). Failed documents are skipped. Deterministic.
OverlapResult find_overlap(const Corpus& corpus, const OverlapParams& params);

}  // namespace entente
