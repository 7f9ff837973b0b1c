// The topic sampler's input: each document's content terms as ids into one sorted vocabulary.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "stop_words.h"
#include "term_stats.h"
#include "text.h"

namespace entente {

// Documents as word ids. The vocabulary is sorted, so ids follow the alphabetical order of terms.
struct LdaCorpus {
  std::vector<std::string> vocab;
  std::vector<std::vector<std::uint32_t>> docs;  // one per input document, in text order; empty if none
  std::size_t tokens = 0;
};

// Corpora of at least this many documents with terms leave out of the sampler the terms found in more than
// half of those documents (as gensim's filter_extremes(no_above=0.5) does): words the whole corpus shares
// ("talks", "agreement", "minister" in a pile of news) tell no topic apart, and would lead every topic's
// terms. Smaller corpora keep every term: there, half the documents is only a few.
constexpr std::size_t kLdaCommonTermMinDocs = 20;

// Content terms (is_content_term) of every ok document, common terms left out as above; failed documents get
// an empty row.
LdaCorpus make_lda_corpus(const Corpus& corpus, const StopWords& stop_words);

// make_lda_corpus() from documents counted by count_doc_terms() (term_stats.h), in corpus order: the same
// corpus, so shards counted apart sample the same topics once merged.
LdaCorpus lda_corpus_of(const std::vector<DocTermCounts>& docs);

}  // namespace entente
