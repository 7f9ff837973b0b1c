// The analysis contract as JSON (CLI output, wasm <-> JS, golden tests). See README "JSON contract".
// Version 3: no text that restates a span of a document (offsets only); per document, money mentions one
// object each and the other mentions one table per type; deals leave out null, false and empty fields;
// lexicon topics absent from a document have no frequency row.
#pragma once

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"

namespace entente {

inline constexpr int kContractVersion = 3;  // 3: no text restating a span, mention tables, lean deals

// A document's line in the "documents" section: what remains of it once its text and tokens are gone (a
// reduce holds these, not whole documents).
struct DocumentSummary {
  int id = 0;
  std::string name;
  std::size_t bytes = 0;
  std::string encoding, title, error;
  std::size_t tokens = 0, sentences = 0;
};
DocumentSummary summarize(const Document& doc);

nlohmann::json to_json(const AnalysisResult& result);
// Serialises deterministically (sorted keys as built, 1-space indent off): same result, same bytes.
std::string to_json_text(const AnalysisResult& result, int indent = 1);
// The same with the "documents" section taken from `docs` instead of result.corpus (which is then unused).
std::string to_json_text(const AnalysisResult& result, const std::vector<DocumentSummary>& docs, int indent);
// The same (documents from `docs`) with some top-level values written ahead: `ahead` maps a key to
// ahead_section_text()'s text for it
// (written from this result before its discovered topics came), taken as it is.
std::string to_json_text(const AnalysisResult& result, const std::vector<DocumentSummary>& docs, int indent,
                         const std::map<std::string, std::string>& ahead);
// The value of top-level key `key` as to_json_text(result, indent) writes it (at depth 1): for writing
// the sections that are ready while topics are still sampled (AnalysisJob::on_all_but_topics).
std::string ahead_section_text(const AnalysisResult& result, const std::string& key, int indent);
// The top-level keys of the contract, in output order: "version", "error", "documents", "topics",
// "mentions", "deals", "overlap".
std::vector<std::string> contract_keys();
// The compact JSON of one top-level value of the contract (`key` from contract_keys(); throws
// std::invalid_argument for any other). '{' + the "\"key\":" + value pairs joined by ',' + '}' is
// to_json_text(result, -1), byte for byte: the page's worker sends the sections one by one as they are ready.
std::string section_json_text(const AnalysisResult& result, const std::string& key);
// section_json_text(result, key) handed to `sink` in pieces of about `bytes` bytes or more (joined, the same
// text), so that no whole copy of a large section (the mentions of 10,000 documents: ~100 MB) is ever held.
// Throws as section_json_text().
void section_json_pieces(const AnalysisResult& result, const std::string& key, std::size_t bytes,
                         const std::function<void(std::string_view)>& sink);
// The tree that section_json_text() dumps, with the "documents" section from `docs` (result.corpus unused):
// for writers that stream a section in pieces (result_stream.h). Throws as section_json_text().
nlohmann::ordered_json section_json_value(const AnalysisResult& result,
                                          const std::vector<DocumentSummary>& docs, const std::string& key);
// The "deals" array of the contract for these deals only, with each evidence's text (the Deals panel's JSON
// export, which stands without the documents).
std::string deals_json_text(const std::vector<Deal>& deals, int indent = 1);

}  // namespace entente
