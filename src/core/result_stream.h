// The JSON contract written to a stream section by section, with the rows of its long arrays (a row per
// document or item) taken in chunks: a writer holds one chunk's JSON, never the whole tree or text. The
// bytes are to_json_text()'s, built by the section writers of result_json.h, so their format is the one.
#pragma once

#include <cstddef>
#include <functional>
#include <ostream>
#include <vector>

#include "result_json.h"

namespace entente {

// The arrays of the contract with a row per document or item, which a writer takes in chunks.
enum class RowArray {
  kDocuments,    // "documents"
  kFrequencies,  // "topics" / "frequencies"
  kDocTopic,     // "topics" / "discovered" / "doc_topic"
  kTermsPerDoc,  // "topics" / "terms" / "per_doc"
  kDistinctive,  // "topics" / "terms" / "distinctive"
  kMentions,     // "mentions"
  kDeals,        // "deals"
  kPairs,        // "overlap" / "pairs"
};

// One chunk of rows: only the vector of the array asked for is read (`docs` for kDocuments).
struct RowChunk {
  AnalysisResult result;
  std::vector<DocumentSummary> docs;
};

// Fills `chunk` (empty when called) with the next rows of `array`; returns false, rows or not, once the
// array has no rows left. Each array is asked for in the order the sections are written, from its start.
using RowSource = std::function<bool(RowArray array, RowChunk& chunk)>;

// Writes to_json_text(R, D, indent) to `out` (no newline after it), where R is `head` with the rows of every
// RowArray taken from `source` and D the documents from `source`. `head`'s own rows of those arrays must
// be empty (they are not written). When a section's format has no array at a RowArray's place, that
// section's rows are gathered and the section written whole: same bytes, more memory.
void write_json_stream(std::ostream& out, const AnalysisResult& head, const RowSource& source, int indent);

// `result` without the rows of any RowArray: the head that write_json_stream() takes.
AnalysisResult head_of(const AnalysisResult& result);

// A RowSource over rows held in memory (result's and `docs`), in chunks of `chunk_rows` rows (mentions:
// or more, to the end of a document, since a document's mentions are written together). `result` and
// `docs` must outlive it.
RowSource rows_in_memory(const AnalysisResult& result, const std::vector<DocumentSummary>& docs,
                         std::size_t chunk_rows);

}  // namespace entente
