// Maps the result structs onto the JSON contract, streamed by JsonWriter (no tree). Field order follows the
// README contract.
#include "result_json.h"

#include <algorithm>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "deals_json.h"
#include "json_writer.h"

namespace entente {
namespace {

void write_documents(JsonWriter& w, const std::vector<DocumentSummary>& docs) {
  w.begin_array();
  for (const DocumentSummary& d : docs) {
    w.begin_object().field("id", d.id).field("name", d.name).field("bytes", d.bytes);
    w.field("encoding", d.encoding).field("tokens", d.tokens).field("sentences", d.sentences);
    w.field("title", d.title).key("error");
    d.error.empty() ? w.value(nullptr) : w.value(d.error);
    w.end_object();
  }
  w.end_array();
}

void write_term_counts(JsonWriter& w, const std::vector<TermCount>& terms) {
  w.begin_array();
  for (const TermCount& c : terms)
    w.begin_object().field("term", c.term).field("count", c.count).field("per_1000", c.per_1000).end_object();
  w.end_array();
}

void write_discovered(JsonWriter& w, const DiscoveredTopics& d) {
  w.begin_object().field("k", d.k).field("seed", d.seed).field("iterations", d.iterations).key("topics");
  w.begin_array();
  for (const DiscoveredTopic& t : d.topics) w.begin_object().field("top_terms", t.top_terms).end_object();
  w.end_array().field("doc_topic", d.doc_topic).end_object();
}

void write_terms(JsonWriter& w, const TermStats& t) {
  w.begin_object().key("corpus");
  write_term_counts(w, t.corpus);
  w.key("per_doc").begin_array();
  for (const DocTerms& d : t.per_doc) {  // parallel arrays, as "distinctive"
    w.begin_object().field("doc", d.doc).key("terms").begin_array();
    for (const TermCount& c : d.terms) w.value(c.term);
    w.end_array().key("count").begin_array();
    for (const TermCount& c : d.terms) w.value(c.count);
    w.end_array().key("per_1000").begin_array();
    for (const TermCount& c : d.terms) w.value(c.per_1000);
    w.end_array().end_object();
  }
  w.end_array().key("distinctive").begin_array();
  for (const DistinctiveTerms& d : t.distinctive)
    w.begin_object().field("doc", d.doc).field("terms", d.terms).field("tf_idf", d.tf_idf).end_object();
  w.end_array().end_object();
}

void write_topics(JsonWriter& w, const TopicsResult& t) {
  w.begin_object().key("lexicon").begin_array();
  for (const auto& l : t.lexicon)
    w.begin_object().field("id", l.id).field("label", l.label).field("terms", l.terms).end_object();
  w.end_array().key("frequencies").begin_array();
  for (const auto& f : t.frequencies) {
    if (f.hits == 0) continue;  // a topic absent from a document has no row
    w.begin_object().field("doc", f.doc).field("topic", f.topic).field("hits", f.hits);
    w.field("per_1000", f.per_1000).end_object();
  }
  w.end_array().key("corpus").begin_array();
  for (const auto& c : t.corpus)
    w.begin_object().field("topic", c.topic).field("hits", c.hits).field("per_1000", c.per_1000).end_object();
  w.end_array().key("discovered");
  write_discovered(w, t.discovered);
  w.key("terms");
  write_terms(w, t.terms);
  w.end_object();
}

void write_overlap(JsonWriter& w, const OverlapResult& o) {
  w.begin_object().key("params").begin_object();
  w.field("shingle", o.params.shingle).field("min_passage_tokens", o.params.min_passage_tokens);
  w.field("max_gap", o.params.max_gap).field("min_score", o.params.min_score);
  w.field("max_passages", o.params.max_passages).end_object().key("pairs").begin_array();
  for (const OverlapPair& p : o.pairs) {
    w.begin_object().field("a", p.a).field("b", p.b).field("score", p.score);
    w.field("shared_tokens", p.shared_tokens).key("passages").begin_array();
    for (const Passage& s : p.passages) {
      w.begin_object().field("a_start", s.a_start).field("a_end", s.a_end).field("b_start", s.b_start);
      w.field("b_end", s.b_end).field("similarity", s.similarity).end_object();
    }
    w.end_array().end_object();
  }
  w.end_array().end_object();
}

std::vector<DocumentSummary> summarize_all(const Corpus& corpus) {
  std::vector<DocumentSummary> out;
  out.reserve(corpus.docs.size());
  for (const Document& d : corpus.docs) out.push_back(summarize(d));
  return out;
}

// One top-level value of the contract; the documents from `docs`, or from r.corpus when it is null.
void write_section(JsonWriter& w, const AnalysisResult& r, const std::vector<DocumentSummary>* docs,
                   const std::string& key) {
  if (key == "version") {
    w.value(kContractVersion);
  } else if (key == "error") {
    r.error.empty() ? w.value(nullptr) : w.value(r.error);
  } else if (key == "documents") {
    write_documents(w, docs ? *docs : summarize_all(r.corpus));
  } else if (key == "topics") {
    write_topics(w, r.topics);
  } else if (key == "mentions") {
    write_mentions(w, r.deals.mentions);
  } else if (key == "deals") {
    write_deals(w, r.deals.deals, false);
  } else if (key == "overlap") {
    write_overlap(w, r.overlap);
  } else {
    throw std::invalid_argument("not a key of the JSON contract: " + key);
  }
}

}  // namespace

DocumentSummary summarize(const Document& d) {
  return {d.id, d.name, d.bytes, d.encoding, d.title, d.error, d.tokens.size(), d.sentences.size()};
}

std::vector<std::string> contract_keys() {
  return {"version", "error", "documents", "topics", "mentions", "deals", "overlap"};
}

std::string section_json_text(const AnalysisResult& result, const std::string& key) {
  JsonWriter w;
  write_section(w, result, nullptr, key);
  return w.take();
}

void section_json_pieces(const AnalysisResult& result, const std::string& key, std::size_t bytes,
                         const std::function<void(std::string_view)>& sink) {
  JsonWriter w;
  w.drain_to(sink, bytes);
  write_section(w, result, nullptr, key);
  w.flush();
}

nlohmann::ordered_json section_json_value(const AnalysisResult& result,
                                          const std::vector<DocumentSummary>& docs, const std::string& key) {
  // Parsed back from the streaming writer's text: dump() of this tree prints the same bytes
  // (json_writer_test).
  JsonWriter w;
  write_section(w, result, &docs, key);
  return nlohmann::ordered_json::parse(w.take());
}

std::string deals_json_text(const std::vector<Deal>& deals, int indent) {
  JsonWriter w(indent);
  write_deals(w, deals, true);
  return w.take();
}

nlohmann::json to_json(const AnalysisResult& result) {
  return nlohmann::json::parse(to_json_text(result, -1));
}

namespace {

// The whole contract: documents from `docs` (or result.corpus when null), values in `ahead` (when given) as
// they are.
std::string write_all(const AnalysisResult& result, const std::vector<DocumentSummary>* docs, int indent,
                      const std::map<std::string, std::string>* ahead) {
  JsonWriter w(indent);
  w.begin_object();
  for (const std::string& key : contract_keys()) {
    w.key(key);
    const auto written = ahead ? ahead->find(key) : std::map<std::string, std::string>::const_iterator{};
    if (ahead && written != ahead->end()) {
      w.raw(written->second);
    } else {
      write_section(w, result, docs, key);
    }
  }
  w.end_object();
  return w.take();
}

}  // namespace

std::string to_json_text(const AnalysisResult& result, int indent) {
  return write_all(result, nullptr, indent, nullptr);
}

std::string to_json_text(const AnalysisResult& result, const std::vector<DocumentSummary>& docs, int indent) {
  return write_all(result, &docs, indent, nullptr);
}

std::string to_json_text(const AnalysisResult& result, const std::vector<DocumentSummary>& docs, int indent,
                         const std::map<std::string, std::string>& ahead) {
  return write_all(result, &docs, indent, &ahead);
}

std::string ahead_section_text(const AnalysisResult& result, const std::string& key, int indent) {
  JsonWriter w(indent, 1);
  write_section(w, result, nullptr, key);
  return w.take();
}

}  // namespace entente
