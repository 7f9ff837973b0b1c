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

// Whether the next file of a corpus is read: "" when it is (its bytes then count in `total_bytes`, the bytes
// admitted so far), else the error it is skipped with: a file that would take the corpus past
// limits.max_total_bytes. A file over the per-file limit is admitted (ingest_file() says that limit first).
std::string admit_to_corpus(const InputFile& input, const IngestLimits& limits, std::size_t& total_bytes);

// ingest_file() of an admitted file, with running out of memory reported on this file only.
Document ingest_admitted(int id, const InputFile& input, const IngestLimits& limits);

// admit_to_corpus() then ingest_admitted() (or skipped_file() with the refusal): the next file of a corpus.
Document ingest_in_corpus(int id, const InputFile& input, const IngestLimits& limits,
                          std::size_t& total_bytes);

// A document for a file that was not analyzed: its name and size, and `error`.
Document skipped_file(int id, const InputFile& in, std::string error);

// The base name of a path ("a/b/c.txt" -> "c.txt"), for '/' and '\\' separators.
std::string base_name(std::string_view path);

}  // namespace entente
