// Ingest: raw bytes -> a Document with decoded UTF-8 text, tokens, sentences and a title.
#pragma once

#include <string>
#include <string_view>

#include "analysis.h"

namespace entente {

// Decodes, strips HTML (by file extension .html/.htm or an <html> prologue), tokenizes and splits sentences.
// Never throws: a file that cannot be analyzed gets Document::error (empty, binary, too large, read error).
Document ingest_file(int id, const InputFile& input, const IngestLimits& limits);

// The per-file limit message for a file of `bytes` ("file too large (25.0 MB; the limit is 20.0 MB per
// file)"). Callers that can see a file's size before reading it refuse it unread with this message.
std::string too_large_error(std::size_t bytes, const IngestLimits& limits);

// The message for a file skipped because the corpus already holds limits.max_total_bytes.
std::string corpus_full_error(const IngestLimits& limits);

// The message for a file skipped because the corpus already holds limits.max_files files.
std::string too_many_files_error(const IngestLimits& limits);

// ingest_file() for the next file of a corpus: a file that would take the corpus past
// limits.max_total_bytes is skipped with an error instead (a file over the per-file limit says that limit
// first), and running out of memory is reported on this file only. `total_bytes` holds the bytes ingested
// so far and is updated.
Document ingest_in_corpus(int id, const InputFile& input, const IngestLimits& limits,
                          std::size_t& total_bytes);

// A document for a file that was not analyzed: its name and size, and `error`.
Document skipped_file(int id, const InputFile& in, std::string error);

// The base name of a path ("a/b/c.txt" -> "c.txt"), for '/' and '\\' separators.
std::string base_name(std::string_view path);

}  // namespace entente
