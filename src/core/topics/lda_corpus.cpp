// Documents as word ids for the topic sampler (lda_corpus.h): from a corpus, or from term counts of shards.
#include "lda_corpus.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace entente {

LdaCorpus make_lda_corpus(const Corpus& corpus, const StopWords& stop_words) {
  return lda_corpus_of(count_corpus_terms(corpus, stop_words));
}

LdaCorpus lda_corpus_of(const std::vector<DocTermCounts>& docs) {
  // One pass with provisional ids in order of first sight (counting each term's documents), then the common
  // terms dropped and the rest renumbered in alphabetical order.
  std::unordered_map<std::string_view, std::uint32_t> ids;  // looked up only, never iterated
  std::vector<std::string_view> seen;
  std::vector<std::size_t> doc_freq;  // per provisional id
  std::size_t with_terms = 0;
  LdaCorpus out;
  out.docs.resize(docs.size());
  std::vector<std::uint32_t> local;  // the document's term index -> provisional id
  for (std::size_t d = 0; d < docs.size(); ++d) {
    local.clear();
    for (const std::string& t : docs[d].terms) {  // distinct within a document
      auto found = ids.try_emplace(t, static_cast<std::uint32_t>(seen.size()));
      if (found.second) {
        seen.push_back(t);
        doc_freq.push_back(0);
      }
      ++doc_freq[found.first->second];
      local.push_back(found.first->second);
    }
    with_terms += docs[d].terms.empty() ? 0 : 1;
    out.docs[d].reserve(docs[d].sequence.size());
    for (std::uint32_t i : docs[d].sequence) out.docs[d].push_back(local[i]);
  }
  const bool filter = with_terms >= kLdaCommonTermMinDocs;
  std::vector<std::uint32_t> order;
  for (std::uint32_t i = 0; i < seen.size(); ++i)
    if (!filter || 2 * doc_freq[i] <= with_terms) order.push_back(i);
  std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) { return seen[x] < seen[y]; });
  constexpr std::uint32_t kDropped = UINT32_MAX;
  std::vector<std::uint32_t> rank(seen.size(), kDropped);
  out.vocab.reserve(order.size());
  for (std::uint32_t r = 0; r < order.size(); ++r) {
    rank[order[r]] = r;
    out.vocab.emplace_back(seen[order[r]]);
  }
  for (std::vector<std::uint32_t>& words : out.docs) {
    std::size_t kept = 0;
    for (std::uint32_t w : words)
      if (rank[w] != kDropped) words[kept++] = rank[w];
    words.resize(kept);
    out.tokens += kept;
  }
  return out;
}

}  // namespace entente
