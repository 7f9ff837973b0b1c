// map_shard: ingest, lexicon hits, term counts and deals of one shard, serialized for the reduce.
#include "shard_map.h"

#include <algorithm>
#include <exception>

#include "ingest.h"
#include "lexicon.h"
#include "match_normalize.h"
#include "partial_codec.h"
#include "rates.h"
#include "term_stats.h"

namespace entente {
namespace {

using nlohmann::json;

json overlap_params_json(const OverlapParams& p) {
  return {{"shingle", p.shingle},
          {"min_passage_tokens", p.min_passage_tokens},
          {"max_gap", p.max_gap},
          {"boilerplate_share", p.boilerplate_share},
          {"boilerplate_min_docs", p.boilerplate_min_docs}};
}

// One document's line: its summary, lexicon hits per topic and content terms.
json doc_json(const Document& d, const std::vector<int>& hits, const DocTermCounts& terms) {
  return {{"id", d.id},
          {"name", d.name},
          {"bytes", d.bytes},
          {"encoding", d.encoding},
          {"title", d.title},
          {"error", d.error},
          {"tokens", d.tokens.size()},
          {"sentences", d.sentences.size()},
          {"words", terms.words},
          {"hits", hits},
          {"terms", terms.terms},
          {"counts", terms.counts},
          {"sequence", terms.sequence}};
}

}  // namespace

Corpus ingest_shard(std::vector<InputFile> inputs, int first_id, const IngestLimits& limits) {
  Corpus corpus;
  std::size_t total = 0;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    corpus.docs.push_back(ingest_in_corpus(first_id + static_cast<int>(i), inputs[i], limits, total));
    inputs[i].bytes = std::string();
  }
  return corpus;
}

ShardMap map_shard(std::vector<InputFile> inputs, int first_id, const AnalysisOptions& options) {
  const std::size_t count = inputs.size();
  const Corpus corpus = ingest_shard(std::move(inputs), first_id, options.limits);
  ShardMap out;
  json& p = out.partial;
  p["kind"] = "map";
  p["first_id"] = first_id;
  p["count"] = count;
  p["overlap"] = overlap_params_json(options.overlap);
  TopicsResult topics;
  std::string lexicon_error;
  try {
    count_lexicon_topics(corpus, lexicon_or_default(options.topics.lexicon_json), topics);
  } catch (const std::exception& e) {
    lexicon_error = e.what();
  }
  json lexicon = json::array();
  for (const LexiconTopicInfo& t : topics.lexicon) lexicon.push_back({t.id, t.label, t.terms});
  p["lexicon"] = lexicon;
  p["lexicon_error"] = lexicon_error;
  const StopWords stop_words = StopWords::english();
  const std::size_t n_topics = topics.lexicon.size();
  json docs = json::array();
  for (std::size_t d = 0; d < corpus.docs.size(); ++d) {
    std::vector<int> hits;
    for (std::size_t t = 0; t < n_topics; ++t) hits.push_back(topics.frequencies[d * n_topics + t].hits);
    docs.push_back(doc_json(corpus.docs[d], hits, count_doc_terms(corpus.docs[d], stop_words)));
    out.ok_docs += corpus.docs[d].ok() ? 1 : 0;
  }
  p["docs"] = std::move(docs);
  const DealsResult deals = extract_deals(corpus, options.deals);
  json mentions = json::array(), deal_list = json::array();
  for (const Mention& m : deals.mentions) mentions.push_back(encode_mention(m));
  for (const Deal& d : deals.deals) deal_list.push_back(encode_deal(d));
  p["mentions"] = std::move(mentions);
  p["deals"] = std::move(deal_list);
  const JoinVocabulary closed = build_join_vocabulary(corpus);
  out.closed_forms.assign(closed.begin(), closed.end());
  std::sort(out.closed_forms.begin(), out.closed_forms.end());
  out.join_queries = join_queries(corpus);
  return out;
}

}  // namespace entente
