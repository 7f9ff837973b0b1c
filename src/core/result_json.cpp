// Maps the result structs onto the JSON contract. Field order follows the README contract.
#include "result_json.h"

#include <stdexcept>

namespace entente {
namespace {

using nlohmann::json;
using ordered = nlohmann::ordered_json;

template <typename T>
ordered opt(const std::optional<T>& v) {
  return v ? ordered(*v) : ordered(nullptr);
}

ordered documents_json(const std::vector<DocumentSummary>& docs) {
  ordered out = ordered::array();
  for (const DocumentSummary& d : docs) {
    out.push_back({{"id", d.id},
                   {"name", d.name},
                   {"bytes", d.bytes},
                   {"encoding", d.encoding},
                   {"tokens", d.tokens},
                   {"sentences", d.sentences},
                   {"title", d.title},
                   {"error", d.error.empty() ? ordered(nullptr) : ordered(d.error)}});
  }
  return out;
}

ordered term_counts_json(const std::vector<TermCount>& terms) {
  ordered out = ordered::array();
  for (const auto& c : terms) out.push_back({{"term", c.term}, {"count", c.count}, {"per_1000", c.per_1000}});
  return out;
}

ordered topics_json(const TopicsResult& t) {
  ordered lexicon = ordered::array(), freq = ordered::array(), corpus = ordered::array();
  for (const auto& l : t.lexicon) lexicon.push_back({{"id", l.id}, {"label", l.label}, {"terms", l.terms}});
  for (const auto& f : t.frequencies)
    freq.push_back({{"doc", f.doc}, {"topic", f.topic}, {"hits", f.hits}, {"per_1000", f.per_1000}});
  for (const auto& c : t.corpus)
    corpus.push_back({{"topic", c.topic}, {"hits", c.hits}, {"per_1000", c.per_1000}});
  ordered topics = ordered::array();
  for (const auto& d : t.discovered.topics) topics.push_back({{"top_terms", d.top_terms}});
  ordered discovered = {{"k", t.discovered.k},
                        {"seed", t.discovered.seed},
                        {"iterations", t.discovered.iterations},
                        {"topics", topics},
                        {"doc_topic", t.discovered.doc_topic}};
  ordered distinctive = ordered::array(), per_doc = ordered::array();
  for (const auto& d : t.terms.distinctive)
    distinctive.push_back({{"doc", d.doc}, {"terms", d.terms}, {"tf_idf", d.tf_idf}});
  for (const auto& d : t.terms.per_doc)
    per_doc.push_back({{"doc", d.doc}, {"terms", term_counts_json(d.terms)}});
  return {
      {"lexicon", lexicon},
      {"frequencies", freq},
      {"corpus", corpus},
      {"discovered", discovered},
      {"terms",
       {{"corpus", term_counts_json(t.terms.corpus)}, {"per_doc", per_doc}, {"distinctive", distinctive}}}};
}

ordered mentions_json(const std::vector<Mention>& mentions) {
  ordered out = ordered::array();
  for (const Mention& m : mentions) {
    out.push_back({{"doc", m.doc},
                   {"type", m.type},
                   {"start", m.start},
                   {"end", m.end},
                   {"text", m.text},
                   {"value", opt(m.value)},
                   {"unit", opt(m.unit)},
                   {"value_usd", opt(m.value_usd)},
                   {"canonical", opt(m.canonical)}});
  }
  return out;
}

ordered evidence_json(const Evidence& e) {
  return {{"start", e.start}, {"end", e.end}, {"text", e.text}};
}

ordered evidence_list_json(const std::vector<Evidence>& list) {
  ordered out = ordered::array();
  for (const Evidence& e : list) out.push_back(evidence_json(e));
  return out;
}

ordered deals_json(const std::vector<Deal>& deals) {
  ordered out = ordered::array();
  for (const Deal& d : deals) {
    out.push_back({{"doc", d.doc},
                   {"kind", d.kind},
                   {"sector", d.sector},
                   {"parties", d.parties},
                   {"item", d.item},
                   {"value_usd", opt(d.value_usd)},
                   {"value", opt(d.value)},
                   {"currency", opt(d.currency)},
                   {"value_text", opt(d.value_text)},
                   {"value_qualifier", opt(d.value_qualifier)},
                   {"quantity", opt(d.quantity)},
                   {"year", opt(d.year)},
                   {"date_text", opt(d.date_text)},
                   {"status", d.status},
                   {"evidence", evidence_json(d.evidence)},
                   {"evidence_extra", evidence_list_json(d.evidence_extra)},
                   {"aggregate", d.aggregate},
                   {"confidence", d.confidence},
                   {"group", d.group},
                   {"conflicts", d.conflicts}});
  }
  return out;
}

ordered overlap_json(const OverlapResult& o) {
  ordered pairs = ordered::array();
  for (const OverlapPair& p : o.pairs) {
    ordered passages = ordered::array();
    for (const Passage& s : p.passages) {
      passages.push_back({{"a_start", s.a_start},
                          {"a_end", s.a_end},
                          {"b_start", s.b_start},
                          {"b_end", s.b_end},
                          {"a_text", s.a_text},
                          {"b_text", s.b_text},
                          {"similarity", s.similarity}});
    }
    pairs.push_back({{"a", p.a},
                     {"b", p.b},
                     {"score", p.score},
                     {"shared_tokens", p.shared_tokens},
                     {"passages", passages}});
  }
  return {{"params",
           {{"shingle", o.params.shingle},
            {"min_passage_tokens", o.params.min_passage_tokens},
            {"max_gap", o.params.max_gap},
            {"min_score", o.params.min_score},
            {"max_passages", o.params.max_passages}}},
          {"pairs", pairs}};
}

std::vector<DocumentSummary> summarize_all(const Corpus& corpus) {
  std::vector<DocumentSummary> out;
  out.reserve(corpus.docs.size());
  for (const Document& d : corpus.docs) out.push_back(summarize(d));
  return out;
}

// One top-level value of the contract; the documents from `docs`, or from r.corpus when it is null.
ordered section_json(const AnalysisResult& r, const std::vector<DocumentSummary>* docs,
                     const std::string& key) {
  if (key == "version") return kContractVersion;
  if (key == "error") return r.error.empty() ? ordered(nullptr) : ordered(r.error);
  if (key == "documents") return documents_json(docs ? *docs : summarize_all(r.corpus));
  if (key == "topics") return topics_json(r.topics);
  if (key == "mentions") return mentions_json(r.deals.mentions);
  if (key == "deals") return deals_json(r.deals.deals);
  if (key == "overlap") return overlap_json(r.overlap);
  throw std::invalid_argument("not a key of the JSON contract: " + key);
}

ordered result_json(const AnalysisResult& r, const std::vector<DocumentSummary>& docs) {
  ordered out = ordered::object();
  for (const std::string& key : contract_keys()) out[key] = section_json(r, &docs, key);
  return out;
}

}  // namespace

DocumentSummary summarize(const Document& d) {
  return {d.id, d.name, d.bytes, d.encoding, d.title, d.error, d.tokens.size(), d.sentences.size()};
}

std::vector<std::string> contract_keys() {
  return {"version", "error", "documents", "topics", "mentions", "deals", "overlap"};
}

std::string section_json_text(const AnalysisResult& result, const std::string& key) {
  return section_json(result, nullptr, key).dump(-1, ' ', false, ordered::error_handler_t::replace);
}

ordered section_json_value(const AnalysisResult& result, const std::vector<DocumentSummary>& docs,
                           const std::string& key) {
  return section_json(result, &docs, key);
}

std::string deals_json_text(const std::vector<Deal>& deals, int indent) {
  return deals_json(deals).dump(indent, ' ', false, ordered::error_handler_t::replace);
}

nlohmann::json to_json(const AnalysisResult& result) {
  return nlohmann::json::parse(to_json_text(result, -1));
}

std::string to_json_text(const AnalysisResult& result, int indent) {
  // Invalid UTF-8 cannot occur (ingest decodes everything), but never throw from serialisation.
  return to_json_text(result, summarize_all(result.corpus), indent);
}

std::string to_json_text(const AnalysisResult& result, const std::vector<DocumentSummary>& docs, int indent) {
  return result_json(result, docs).dump(indent, ' ', false, ordered::error_handler_t::replace);
}

}  // namespace entente
