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
  // One pass with provisional ids in order of first sight, then renumbered in alphabetical order.
  std::unordered_map<std::string_view, std::uint32_t> ids;  // looked up only, never iterated
  std::vector<std::string_view> seen;
  LdaCorpus out;
  out.docs.resize(docs.size());
  std::vector<std::uint32_t> local;  // the document's term index -> provisional id
  for (std::size_t d = 0; d < docs.size(); ++d) {
    local.clear();
    for (const std::string& t : docs[d].terms) {
      auto found = ids.try_emplace(t, static_cast<std::uint32_t>(seen.size()));
      if (found.second) seen.push_back(t);
      local.push_back(found.first->second);
    }
    out.docs[d].reserve(docs[d].sequence.size());
    for (std::uint32_t i : docs[d].sequence) out.docs[d].push_back(local[i]);
    out.tokens += out.docs[d].size();
  }
  std::vector<std::uint32_t> order(seen.size()), rank(seen.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) { return seen[x] < seen[y]; });
  out.vocab.reserve(seen.size());
  for (std::uint32_t r = 0; r < order.size(); ++r) {
    rank[order[r]] = r;
    out.vocab.emplace_back(seen[order[r]]);
  }
  for (std::vector<std::uint32_t>& words : out.docs)
    for (std::uint32_t& w : words) w = rank[w];
  return out;
}

}  // namespace entente
