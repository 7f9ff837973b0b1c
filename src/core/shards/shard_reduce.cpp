// reduce_partials: checks that the shards fit together, then merges each section.
#include "shard_reduce.h"

#include <algorithm>
#include <iterator>
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

// What the result needs of one map partial.
struct Shard {
  std::string name;
  long long first_id = 0, count = 0;
  json overlap, lexicon;
  std::string lexicon_error;
  std::vector<DocumentSummary> docs;
  std::vector<DocTermCounts> terms;
  std::vector<std::vector<int>> hits;
  std::vector<Mention> mentions;
  std::vector<Deal> deals;
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

// Orders the shards by first document and checks that they cover 0..N-1 once, with one set of options.
void check_shards(std::vector<Shard>& shards) {
  if (shards.empty()) throw PartialError("no map partial given");
  std::sort(shards.begin(), shards.end(),
            [](const Shard& a, const Shard& b) { return a.first_id < b.first_id; });
  long long next = 0;
  for (const Shard& m : shards) {
    if (m.first_id > next)
      throw PartialError("documents " + std::to_string(next) + " to " + std::to_string(m.first_id - 1) +
                         " are in no partial (a shard is missing before " + m.name + ")");
    if (m.first_id < next)
      throw PartialError(m.name + " holds documents from " + std::to_string(m.first_id) +
                         ", which another partial already holds");
    const Shard& f = shards.front();
    const char* other = m.overlap != f.overlap                                         ? "overlap option"
                        : m.lexicon != f.lexicon || m.lexicon_error != f.lexicon_error ? "lexicon"
                                                                                       : nullptr;
    if (other)
      throw PartialError(m.name + " was made with another " + other + " than " + f.name +
                         ": make all shards with the same options");
    next = m.first_id + m.count;
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

DocTermCounts terms_of(const json& d, const DocumentSummary& summary) {
  DocTermCounts t;
  t.doc = summary.id;
  t.ok = summary.error.empty();
  t.words = d.at("words").get<std::size_t>();
  t.terms = d.at("terms").get<std::vector<std::string>>();
  t.counts = d.at("counts").get<std::vector<int>>();
  t.sequence = d.at("sequence").get<std::vector<std::uint32_t>>();
  for (std::uint32_t i : t.sequence)
    if (i >= t.terms.size()) throw PartialError("malformed term sequence");
  return t;
}

// The shard of a map partial; throws json exceptions or PartialError (without the partial's name).
Shard read_shard(NamedPartial& p, bool keep_mentions) {
  Shard s;
  json& j = p.payload;
  s.name = p.name;
  s.first_id = j.at("first_id").get<long long>();
  s.count = j.at("count").get<long long>();
  s.overlap = std::move(j.at("overlap"));
  s.lexicon = std::move(j.at("lexicon"));
  s.lexicon_error = j.at("lexicon_error").get<std::string>();
  if (j.at("docs").size() != static_cast<std::size_t>(s.count))
    throw PartialError("malformed (document count does not match)");
  for (const json& d : j.at("docs")) {
    s.docs.push_back(summary_of(d));
    s.terms.push_back(terms_of(d, s.docs.back()));
    s.hits.push_back(d.at("hits").get<std::vector<int>>());
  }
  if (keep_mentions)
    for (const json& x : j.at("mentions")) s.mentions.push_back(decode_mention(x));
  for (const json& x : j.at("deals")) s.deals.push_back(decode_deal(x));
  return s;
}

// Lexicon topics per document and corpus (as count_lexicon_topics), term statistics and discovered topics.
// Frees the term counts once counted (before sampling).
void merge_topics(const json& lexicon, Merged& m, const TopicsOptions& options, AnalysisResult& r) {
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
  LdaCorpus lda_corpus = lda_corpus_of(m.terms);
  m.terms = {};
  try {
    LdaSampler lda(std::move(lda_corpus), options);
    while (lda.sweep()) {
    }
    t.discovered = lda.result();
  } catch (const std::invalid_argument& e) {
    r.error = e.what();
  }
}

void sort_pairs(OverlapResult& overlap) {
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

// The shards' rows moved, in document order, into `out` and `m`.
void gather(std::vector<Shard>& shards, Merged& m, ReducedResult& out) {
  for (Shard& s : shards) {
    out.map_names.push_back(s.name);
    for (std::size_t d = 0; d < s.docs.size(); ++d) {
      Document named;
      named.id = s.docs[d].id;
      named.name = s.docs[d].name;
      m.names.docs.push_back(std::move(named));
      out.docs.push_back(std::move(s.docs[d]));
      m.terms.push_back(std::move(s.terms[d]));
      m.hits.push_back(std::move(s.hits[d]));
    }
    auto move_all = [](auto& from, auto& into) {
      into.insert(into.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
      from = {};
    };
    move_all(s.mentions, out.result.deals.mentions);
    move_all(s.deals, out.result.deals.deals);
    s.docs = {}, s.terms = {}, s.hits = {};
  }
}

}  // namespace

struct ShardReducer::State {
  bool keep_mentions = true;
  std::vector<Shard> shards;
  std::vector<OverlapPair> pairs;
};

ShardReducer::ShardReducer(bool keep_mentions) : state_(new State) {
  state_->keep_mentions = keep_mentions;
}

ShardReducer::~ShardReducer() = default;

void ShardReducer::add(NamedPartial p) {
  const json* kind = p.payload.is_object() ? &p.payload["kind"] : nullptr;
  const std::string k = kind && kind->is_string() ? kind->get<std::string>() : std::string("?");
  if (k != "map" && k != "pairs")
    throw PartialError(p.name + ": a partial of kind '" + k + "' (reduce takes map and align partials)");
  try {
    if (k == "map") {
      state_->shards.push_back(read_shard(p, state_->keep_mentions));
    } else {
      for (const json& x : p.payload.at("pairs")) state_->pairs.push_back(decode_pair(x));
    }
  } catch (const json::exception& e) {
    throw PartialError(p.name + ": malformed partial (" + e.what() + ")");
  } catch (const PartialError& e) {
    throw PartialError(p.name + ": " + e.what());
  }
}

ReducedResult ShardReducer::finish(const TopicsOptions& topics) {
  std::vector<Shard>& shards = state_->shards;
  check_shards(shards);
  ReducedResult out;
  out.result.overlap.pairs = std::move(state_->pairs);
  sort_pairs(out.result.overlap);
  Merged merged;
  gather(shards, merged, out);
  const Shard& first = shards.front();
  try {
    out.result.overlap.params = overlap_params_of(first.overlap);
    out.result.error = first.lexicon_error;
    if (out.result.error.empty()) merge_topics(first.lexicon, merged, topics, out.result);
  } catch (const json::exception& e) {
    throw PartialError(first.name + ": malformed partial (" + e.what() + ")");
  }
  group_deals(merged.names, &out.result.deals.deals);
  return out;
}

ReducedResult reduce_partials(std::vector<NamedPartial> partials, const TopicsOptions& topics) {
  ShardReducer reducer;
  for (NamedPartial& p : partials) reducer.add(std::move(p));
  return reducer.finish(topics);
}

}  // namespace entente
