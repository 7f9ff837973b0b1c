// Term statistics: counting, ranking and TF-IDF (see term_stats.h).
#include "term_stats.h"

#include <algorithm>
#include <unordered_map>

#include "det_math.h"
#include "rates.h"

namespace entente {
namespace {

using Counts =
    std::unordered_map<std::string, int>;  // looked up and copied out, never iterated into output order

// Entries sorted by count descending, then term: the order does not depend on the map's iteration order.
std::vector<std::pair<std::string, int>> ranked(const Counts& counts) {
  std::vector<std::pair<std::string, int>> out(counts.begin(), counts.end());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  return out;
}

std::vector<TermCount> top(const std::vector<std::pair<std::string, int>>& list, std::size_t n,
                           std::size_t words) {
  std::vector<TermCount> out;
  for (std::size_t i = 0; i < list.size() && i < n; ++i)
    out.push_back(
        {list[i].first, list[i].second, per_1000(static_cast<std::uint64_t>(list[i].second), words)});
  return out;
}

DistinctiveTerms distinctive(int doc, const Counts& counts, const Counts& df, int docs_with_terms,
                             std::size_t n) {
  struct Scored {
    const std::string* term;
    int count;
    double score;
  };
  std::vector<Scored> scored;
  for (const auto& entry : counts) {
    int d = df.find(entry.first)->second;
    double idf = docs_with_terms == 1 ? 1.0 : det_log(double(docs_with_terms) / double(d));
    double score = round_to(entry.second * idf, 3);
    if (score > 0) scored.push_back({&entry.first, entry.second, score});
  }
  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.count != b.count) return a.count > b.count;
    return *a.term < *b.term;
  });
  DistinctiveTerms out;
  out.doc = doc;
  for (std::size_t i = 0; i < scored.size() && i < n; ++i) {
    out.terms.push_back(*scored[i].term);
    out.tf_idf.push_back(scored[i].score);
  }
  return out;
}

}  // namespace

TermStats term_stats(const Corpus& corpus, const StopWords& stop_words, const TermStatsOptions& options) {
  std::vector<Counts> doc_counts(corpus.docs.size());
  Counts total, df;
  std::size_t corpus_words = 0;
  int docs_with_terms = 0;
  for (std::size_t d = 0; d < corpus.docs.size(); ++d) {
    const Document& doc = corpus.docs[d];
    if (!doc.ok()) continue;
    corpus_words += running_words(doc);
    for (const Token& t : doc.tokens)
      if (is_content_term(t, stop_words)) ++doc_counts[d][t.lower];
    for (const auto& entry : doc_counts[d]) {
      total[entry.first] += entry.second;
      ++df[entry.first];
    }
    docs_with_terms += !doc_counts[d].empty();
  }
  TermStats out;
  out.corpus = top(ranked(total), options.corpus_top, corpus_words);
  for (std::size_t d = 0; d < corpus.docs.size(); ++d) {
    int id = corpus.docs[d].id;
    std::size_t words = corpus.docs[d].ok() ? running_words(corpus.docs[d]) : 0;
    out.per_doc.push_back({id, top(ranked(doc_counts[d]), options.doc_top, words)});
    out.distinctive.push_back(distinctive(id, doc_counts[d], df, docs_with_terms, options.distinctive_top));
  }
  return out;
}

}  // namespace entente
