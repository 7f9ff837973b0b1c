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

// The content terms of one document: what term statistics and discovered topics need of it, so that shards
// of a corpus can be counted apart and merged (`entente map` / `reduce`).
struct DocTermCounts {
  int doc = 0;
  bool ok = false;                      // false for a failed document (empty row)
  std::size_t words = 0;                // running words (rates.h)
  std::vector<std::string> terms;       // distinct content terms, sorted (byte order)
  std::vector<int> counts;              // parallel to terms
  std::vector<std::uint32_t> sequence;  // the document's content terms in text order, as indices into terms
};

// Counts the content terms of `doc`.
DocTermCounts count_doc_terms(const Document& doc, const StopWords& stop_words);

// count_doc_terms() of every document of `corpus`, in corpus order.
std::vector<DocTermCounts> count_corpus_terms(const Corpus& corpus, const StopWords& stop_words);

// term_stats() over documents counted by count_doc_terms(), in corpus order: the same result.
TermStats term_stats_of(const std::vector<DocTermCounts>& docs, const TermStatsOptions& options);

}  // namespace entente
