// Term statistics in the manner of Voyant: corpus and per-document top terms (counts and per 1,000 running
// words) and distinctive terms per document by TF-IDF. Terms are content terms (stop_words.h).
#pragma once

#include <cstddef>

#include "stop_words.h"
#include "text.h"
#include "topics.h"

namespace entente {

struct TermStatsOptions {
  std::size_t corpus_top = 50;       // terms in TermStats::corpus
  std::size_t doc_top = 20;          // terms per document in TermStats::per_doc
  std::size_t distinctive_top = 15;  // terms per document in TermStats::distinctive
};

// Counts content terms. Rankings: count descending, then term (byte order). per_1000 divides by the running
// words (rates.h) of the document or corpus. Distinctive terms rank by tf * ln(N / df) (tf: count in the
// document, N: documents with at least one term, df: documents containing the term), rounded to 3 decimals;
// terms found in every document score 0 and are left out, except in a one-document corpus, where the
// ranking falls back to counts. Failed documents have empty rows.
TermStats term_stats(const Corpus& corpus, const StopWords& stop_words, const TermStatsOptions& options);

}  // namespace entente
