// reduce_partials: checks that the shards fit together, then merges each section.
#include "shard_reduce.h"

#include <algorithm>
#include <stdexcept>

#include "deal_merge.h"
#include "lda.h"
#include "partial.h"
#include "partial_codec.h"
#include "rates.h"
#include "term_stats.h"

namespace entente {
namespace {

using nlohmann::json;

struct Merged {
  std::vector<DocTermCounts> terms;
  std::vector<std::vector<int>> hits;  // per document, per lexicon topic
  Corpus names;                        // ids and names only, for deal conflicts
};

OverlapParams overlap_params_of(const json& j) {
  OverlapParams p;
  p.shingle = j.at("shingle").get<int>();
  p.min_passage_tokens = j.at("min_passage_tokens").get<int>();
  p.max_gap = j.at("max_gap").get<int>();
  p.boilerplate_share = j.at("boilerplate_share").get<double>();
  p.boilerplate_min_docs = j.at("boilerplate_min_docs").get<int>();
  return p;
}

// Orders the map partials by first document and checks that they cover 0..N-1 once, with one set of options.
void check_shards(std::vector<NamedPartial>& maps) {
  if (maps.empty()) throw PartialError("no map partial given");
  std::sort(maps.begin(), maps.end(), [](const NamedPartial& a, const NamedPartial& b) {
    return a.payload.at("first_id").get<long long>() < b.payload.at("first_id").get<long long>();
  });
  long long next = 0;
  for (const NamedPartial& m : maps) {
    const long long first = m.payload.at("first_id").get<long long>();
    const long long count = m.payload.at("count").get<long long>();
    if (first > next)
      throw PartialError("documents " + std::to_string(next) + " to " + std::to_string(first - 1) +
                         " are in no partial (a shard is missing before " + m.name + ")");
    if (first < next)
      throw PartialError(m.name + " holds documents from " + std::to_string(first) +
                         ", which another partial already holds");
    if (m.payload.at("docs").size() != static_cast<std::size_t>(count))
      throw PartialError(m.name + ": malformed (document count does not match)");
    for (const char* key : {"overlap", "lexicon", "lexicon_error"}) {
      if (m.payload.at(key) != maps.front().payload.at(key))
        throw PartialError(m.name + " was made with another " +
                           (key[0] == 'o' ? "overlap option" : "lexicon") + " than " + maps.front().name +
                           ": make all shards with the same options");
    }
    next = first + count;
  }
}

DocumentSummary summary_of(const json& d) {
  return {d.at("id").get<int>(),
          d.at("name").get<std::string>(),
          d.at("bytes").get<std::size_t>(),
          d.at("encoding").get<std::string>(),
          d.at("title").get<std::string>(),
          d.at("error").get<std::string>(),
          d.at("tokens").get<std::size_t>(),
          d.at("sentences").get<std::size_t>()};
}

void merge_shard(const json& p, Merged& m, ReducedResult& out) {
  for (const json& d : p.at("docs")) {
    out.docs.push_back(summary_of(d));
    DocTermCounts t;
    t.doc = out.docs.back().id;
    t.ok = out.docs.back().error.empty();
    t.words = d.at("words").get<std::size_t>();
    t.terms = d.at("terms").get<std::vector<std::string>>();
    t.counts = d.at("counts").get<std::vector<int>>();
    t.sequence = d.at("sequence").get<std::vector<std::uint32_t>>();
    for (std::uint32_t i : t.sequence)
      if (i >= t.terms.size()) throw PartialError("malformed term sequence");
    m.terms.push_back(std::move(t));
    m.hits.push_back(d.at("hits").get<std::vector<int>>());
    Document named;
    named.id = out.docs.back().id;
    named.name = out.docs.back().name;
    m.names.docs.push_back(std::move(named));
  }
  for (const json& x : p.at("mentions")) out.result.deals.mentions.push_back(decode_mention(x));
  for (const json& x : p.at("deals")) out.result.deals.deals.push_back(decode_deal(x));
}

// Lexicon topics per document and corpus (as count_lexicon_topics), term statistics and discovered topics.
void merge_topics(const json& lexicon, const Merged& m, const TopicsOptions& options, AnalysisResult& r) {
  TopicsResult& t = r.topics;
  for (const json& l : lexicon) t.lexicon.push_back({l.at(0), l.at(1), l.at(2)});
  std::vector<std::uint64_t> corpus_hits(t.lexicon.size(), 0);
  std::uint64_t corpus_words = 0;
  for (std::size_t d = 0; d < m.terms.size(); ++d) {
    if (m.hits[d].size() != t.lexicon.size()) throw PartialError("malformed lexicon hits");
    corpus_words += m.terms[d].words;
    for (std::size_t k = 0; k < t.lexicon.size(); ++k) {
      const auto hits = static_cast<std::uint64_t>(m.hits[d][k]);
      t.frequencies.push_back(
          {m.terms[d].doc, t.lexicon[k].id, m.hits[d][k], per_1000(hits, m.terms[d].words)});
      corpus_hits[k] += hits;
    }
  }
  for (std::size_t k = 0; k < t.lexicon.size(); ++k)
    t.corpus.push_back(
        {t.lexicon[k].id, static_cast<int>(corpus_hits[k]), per_1000(corpus_hits[k], corpus_words)});
  t.terms = term_stats_of(m.terms, TermStatsOptions{});
  try {
    LdaSampler lda(lda_corpus_of(m.terms), options);
    while (lda.sweep()) {
    }
    t.discovered = lda.result();
  } catch (const std::invalid_argument& e) {
    r.error = e.what();
  }
}

void merge_pairs(const std::vector<NamedPartial>& parts, OverlapResult& overlap) {
  for (const NamedPartial& p : parts)
    for (const json& x : p.payload.at("pairs")) overlap.pairs.push_back(decode_pair(x));
  std::sort(overlap.pairs.begin(), overlap.pairs.end(), [](const OverlapPair& x, const OverlapPair& y) {
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  for (std::size_t i = 1; i < overlap.pairs.size(); ++i) {
    if (overlap.pairs[i].a == overlap.pairs[i - 1].a && overlap.pairs[i].b == overlap.pairs[i - 1].b)
      throw PartialError("documents " + std::to_string(overlap.pairs[i].a) + " and " +
                         std::to_string(overlap.pairs[i].b) +
                         " were aligned twice (an align partial is repeated)");
  }
}

}  // namespace

ReducedResult reduce_partials(std::vector<NamedPartial> partials, const TopicsOptions& topics) {
  std::vector<NamedPartial> maps, pairs;
  for (NamedPartial& p : partials) {
    const std::string kind = p.payload.at("kind").get<std::string>();
    if (kind == "map") {
      maps.push_back(std::move(p));
    } else if (kind == "pairs") {
      pairs.push_back(std::move(p));
    } else {
      throw PartialError(p.name + ": a partial of kind '" + kind + "' (reduce takes map and align partials)");
    }
  }
  ReducedResult out;
  Merged merged;
  std::string at;  // the partial being read, for messages
  try {
    check_shards(maps);
    for (const NamedPartial& m : maps) {
      at = m.name;
      merge_shard(m.payload, merged, out);
    }
    at.clear();
    const json& first = maps.front().payload;
    out.result.overlap.params = overlap_params_of(first.at("overlap"));
    out.result.error = first.at("lexicon_error").get<std::string>();
    if (out.result.error.empty()) merge_topics(first.at("lexicon"), merged, topics, out.result);
    group_deals(merged.names, &out.result.deals.deals);
    merge_pairs(pairs, out.result.overlap);
  } catch (const json::exception& e) {
    throw PartialError((at.empty() ? std::string() : at + ": ") + "malformed partial (" + e.what() + ")");
  } catch (const PartialError& e) {
    if (at.empty()) throw;
    throw PartialError(at + ": " + e.what());
  }
  return out;
}

}  // namespace entente
