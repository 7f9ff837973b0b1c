// Term statistics: counting, ranking and TF-IDF (see term_stats.h).
#include "term_stats.h"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "det_math.h"
#include "rates.h"

namespace entente {
namespace {

// The indices of the first `n` of `size` items in the order `before` (a strict total order), in that order:
// what a full sort would put first, without sorting the rest.
template <class Before>
std::vector<std::uint32_t> first_in_order(std::size_t size, std::size_t n, Before before) {
  std::vector<std::uint32_t> order(size);
  std::iota(order.begin(), order.end(), 0u);
  n = std::min(n, size);
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n), order.end(), before);
  order.resize(n);
  return order;
}

// The top `n` of parallel (terms, counts), by count descending, then term.
template <class Terms>
std::vector<TermCount> top(const Terms& terms, const std::vector<int>& counts, std::size_t n,
                           std::size_t words) {
  std::vector<TermCount> out;
  for (std::uint32_t i : first_in_order(terms.size(), n, [&](std::uint32_t a, std::uint32_t b) {
         return counts[a] != counts[b] ? counts[a] > counts[b] : terms[a] < terms[b];
       })) {
    out.push_back({std::string(terms[i]), counts[i], per_1000(static_cast<std::uint64_t>(counts[i]), words)});
  }
  return out;
}

// `ids`: the corpus-wide index of each of d's terms, for `df`.
DistinctiveTerms distinctive(const DocTermCounts& d, const std::vector<std::uint32_t>& ids,
                             const std::vector<int>& df, int docs_with_terms, std::size_t n) {
  struct Scored {
    const std::string* term;
    int count;
    double score;
  };
  std::vector<Scored> scored;
  for (std::size_t i = 0; i < d.terms.size(); ++i) {
    int in_docs = df[ids[i]];
    double idf = docs_with_terms == 1 ? 1.0 : det_log(double(docs_with_terms) / double(in_docs));
    double score = round_to(d.counts[i] * idf, 3);
    if (score > 0) scored.push_back({&d.terms[i], d.counts[i], score});
  }
  DistinctiveTerms out;
  out.doc = d.doc;
  for (std::uint32_t i : first_in_order(scored.size(), n, [&](std::uint32_t x, std::uint32_t y) {
         const Scored& a = scored[x];
         const Scored& b = scored[y];
         if (a.score != b.score) return a.score > b.score;
         if (a.count != b.count) return a.count > b.count;
         return *a.term < *b.term;
       })) {
    out.terms.push_back(*scored[i].term);
    out.tf_idf.push_back(scored[i].score);
  }
  return out;
}

}  // namespace

DocTermCounts count_doc_terms(const Document& doc, const StopWords& stop_words) {
  DocTermCounts out;
  out.doc = doc.id;
  out.ok = doc.ok();
  if (!out.ok) return out;
  out.words = running_words(doc);
  // Word form -> index into terms, or kNotTerm; a form is tested against the stop words once per document.
  constexpr std::uint32_t kNotTerm = UINT32_MAX;
  std::unordered_map<std::string_view, std::uint32_t> seen;  // looked up only
  std::vector<std::string_view> terms;
  for (const Token& t : doc.tokens) {
    if (t.kind != TokenKind::Word) continue;
    const std::string_view lower = doc.tokens.lower(t);
    auto [it, added] = seen.try_emplace(lower, kNotTerm);
    if (added && is_content_term(t, lower, stop_words)) {
      it->second = static_cast<std::uint32_t>(terms.size());
      terms.push_back(lower);
    }
    if (it->second != kNotTerm) out.sequence.push_back(it->second);
  }
  std::vector<std::uint32_t> order(terms.size()), rank(terms.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return terms[a] < terms[b]; });
  out.counts.assign(terms.size(), 0);
  for (std::uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  for (std::uint32_t& id : out.sequence) ++out.counts[id = rank[id]];
  out.terms.reserve(order.size());
  for (std::uint32_t i : order) out.terms.emplace_back(terms[i]);
  return out;
}

TermStats term_stats_of(const std::vector<DocTermCounts>& docs, const TermStatsOptions& options) {
  std::unordered_map<std::string_view, std::uint32_t> id_of;  // term -> index into vocab (looked up only)
  std::vector<std::string_view> vocab;
  std::vector<int> total, df;
  std::vector<std::vector<std::uint32_t>> ids(docs.size());  // per document, per term: index into vocab
  std::size_t corpus_words = 0;
  int docs_with_terms = 0;
  for (std::size_t d = 0; d < docs.size(); ++d) {
    if (!docs[d].ok) continue;
    corpus_words += docs[d].words;
    for (std::size_t i = 0; i < docs[d].terms.size(); ++i) {
      auto [it, added] = id_of.try_emplace(docs[d].terms[i], static_cast<std::uint32_t>(vocab.size()));
      if (added) vocab.push_back(docs[d].terms[i]), total.push_back(0), df.push_back(0);
      total[it->second] += docs[d].counts[i];
      ++df[it->second];
      ids[d].push_back(it->second);
    }
    docs_with_terms += !docs[d].terms.empty();
  }
  TermStats out;
  out.corpus = top(vocab, total, options.corpus_top, corpus_words);
  for (std::size_t d = 0; d < docs.size(); ++d) {
    out.per_doc.push_back({docs[d].doc, top(docs[d].terms, docs[d].counts, options.doc_top, docs[d].words)});
    out.distinctive.push_back(distinctive(docs[d], ids[d], df, docs_with_terms, options.distinctive_top));
  }
  return out;
}

std::vector<DocTermCounts> count_corpus_terms(const Corpus& corpus, const StopWords& stop_words) {
  std::vector<DocTermCounts> docs;
  docs.reserve(corpus.docs.size());
  for (const Document& doc : corpus.docs) docs.push_back(count_doc_terms(doc, stop_words));
  return docs;
}

TermStats term_stats(const Corpus& corpus, const StopWords& stop_words, const TermStatsOptions& options) {
  return term_stats_of(count_corpus_terms(corpus, stop_words), options);
}

}  // namespace entente
