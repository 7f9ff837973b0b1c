// Ingest: raw bytes -> a Document with decoded UTF-8 text, tokens, sentences and a title.
#pragma once

#include <string>
#include <string_view>

#include "analysis.h"

namespace entente {

// Decodes, strips HTML (by file extension .html/.htm or an <html> prologue), tokenizes and splits sentences.
// Never throws: a file that cannot be analyzed gets Document::error (empty, binary, too large, read error).
Document ingest_file(int id, const InputFile& input, const IngestLimits& limits);

// ingest_file() for the next file of a corpus: a file that would take the corpus past
// limits.max_total_bytes is skipped with an error instead. `total_bytes` holds the bytes ingested so far and
// is updated.
Document ingest_in_corpus(int id, const InputFile& input, const IngestLimits& limits,
                          std::size_t& total_bytes);

// The base name of a path ("a/b/c.txt" -> "c.txt"), for '/' and '\\' separators.
std::string base_name(std::string_view path);

}  // namespace entente
