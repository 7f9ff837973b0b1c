// Term statistics: counting, ranking and TF-IDF (see term_stats.h).
#include "term_stats.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "det_math.h"
#include "rates.h"

namespace entente {
namespace {

using Counts =
    std::unordered_map<std::string, int>;  // looked up and copied out, never iterated into output order
using Ranked = std::vector<std::pair<std::string, int>>;

// Entries sorted by count descending, then term: the order does not depend on the input order.
Ranked ranked(Ranked list) {
  std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  return list;
}

Ranked entries(const DocTermCounts& d) {
  Ranked out;
  out.reserve(d.terms.size());
  for (std::size_t i = 0; i < d.terms.size(); ++i) out.emplace_back(d.terms[i], d.counts[i]);
  return out;
}

std::vector<TermCount> top(const Ranked& list, std::size_t n, std::size_t words) {
  std::vector<TermCount> out;
  for (std::size_t i = 0; i < list.size() && i < n; ++i)
    out.push_back(
        {list[i].first, list[i].second, per_1000(static_cast<std::uint64_t>(list[i].second), words)});
  return out;
}

DistinctiveTerms distinctive(const DocTermCounts& d, const Counts& df, int docs_with_terms, std::size_t n) {
  struct Scored {
    const std::string* term;
    int count;
    double score;
  };
  std::vector<Scored> scored;
  for (std::size_t i = 0; i < d.terms.size(); ++i) {
    int in_docs = df.find(d.terms[i])->second;
    double idf = docs_with_terms == 1 ? 1.0 : det_log(double(docs_with_terms) / double(in_docs));
    double score = round_to(d.counts[i] * idf, 3);
    if (score > 0) scored.push_back({&d.terms[i], d.counts[i], score});
  }
  std::sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.count != b.count) return a.count > b.count;
    return *a.term < *b.term;
  });
  DistinctiveTerms out;
  out.doc = d.doc;
  for (std::size_t i = 0; i < scored.size() && i < n; ++i) {
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
  std::unordered_map<std::string, std::uint32_t> first_seen;  // looked up only
  std::vector<std::string> terms;
  for (const Token& t : doc.tokens) {
    if (!is_content_term(t, stop_words)) continue;
    auto [it, added] = first_seen.emplace(t.lower, static_cast<std::uint32_t>(terms.size()));
    if (added) terms.push_back(t.lower);
    out.sequence.push_back(it->second);
  }
  std::vector<std::uint32_t> order(terms.size()), rank(terms.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return terms[a] < terms[b]; });
  out.counts.assign(terms.size(), 0);
  for (std::uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  for (std::uint32_t& id : out.sequence) ++out.counts[id = rank[id]];
  for (std::uint32_t i : order) out.terms.push_back(std::move(terms[i]));
  return out;
}

TermStats term_stats_of(const std::vector<DocTermCounts>& docs, const TermStatsOptions& options) {
  Counts total, df;
  std::size_t corpus_words = 0;
  int docs_with_terms = 0;
  for (const DocTermCounts& d : docs) {
    if (!d.ok) continue;
    corpus_words += d.words;
    for (std::size_t i = 0; i < d.terms.size(); ++i) {
      total[d.terms[i]] += d.counts[i];
      ++df[d.terms[i]];
    }
    docs_with_terms += !d.terms.empty();
  }
  TermStats out;
  out.corpus = top(ranked(Ranked(total.begin(), total.end())), options.corpus_top, corpus_words);
  for (const DocTermCounts& d : docs) {
    out.per_doc.push_back({d.doc, top(ranked(entries(d)), options.doc_top, d.words)});
    out.distinctive.push_back(distinctive(d, df, docs_with_terms, options.distinctive_top));
  }
  return out;
}

TermStats term_stats(const Corpus& corpus, const StopWords& stop_words, const TermStatsOptions& options) {
  std::vector<DocTermCounts> docs;
  docs.reserve(corpus.docs.size());
  for (const Document& doc : corpus.docs) docs.push_back(count_doc_terms(doc, stop_words));
  return term_stats_of(docs, options);
}

}  // namespace entente
