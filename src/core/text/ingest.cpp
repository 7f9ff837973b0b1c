// Ingest: size checks, decoding, HTML stripping, tokens, sentences and the title of one input file.
#include "ingest.h"

#include <new>

#include "decode.h"
#include "html.h"
#include "sentences.h"
#include "tokenize.h"

namespace entente {
namespace {

constexpr std::size_t kMaxTitleBytes = 160;

std::string megabytes(std::size_t bytes) {
  std::size_t tenths = (bytes * 10 + (1u << 19)) >> 20;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

std::string_view trim(std::string_view s) {
  auto space = [](unsigned char c) { return c <= ' '; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  // Non-breaking spaces (U+00A0) at either end.
  while (s.size() >= 2 && s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
  while (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
  return s;
}

// The first non-empty line when it is short enough to be a headline.
std::string title_of(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::string_view line = trim(text.substr(pos, nl == std::string_view::npos ? nl : nl - pos));
    if (!line.empty()) return line.size() <= kMaxTitleBytes ? std::string(line) : std::string();
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return {};
}

}  // namespace

std::string too_large_error(std::size_t bytes, const IngestLimits& limits) {
  return "file too large (" + megabytes(bytes) + "; the limit is " + megabytes(limits.max_file_bytes) +
         " per file)";
}

std::string corpus_full_error(const IngestLimits& limits) {
  return "corpus size limit reached (" + std::to_string(limits.max_total_bytes >> 20) +
         " MB in all): file skipped";
}

std::string too_many_files_error(const IngestLimits& limits) {
  return "file count limit reached (" + std::to_string(limits.max_files) + " files in all): file skipped";
}

std::string base_name(std::string_view path) {
  while (!path.empty() && (path.back() == '/' || path.back() == '\\')) path.remove_suffix(1);
  std::size_t slash = path.find_last_of("/\\");
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

Document ingest_file(int id, const InputFile& input, const IngestLimits& limits) {
  Document doc;
  doc.id = id;
  doc.name = input.name;
  doc.bytes = input.bytes.size();
  if (!input.read_error.empty()) {
    doc.bytes = input.unread_bytes;
    doc.error = input.read_error;
    return doc;
  }
  if (input.bytes.size() > limits.max_file_bytes) {
    doc.error = too_large_error(input.bytes.size(), limits);
    return doc;
  }
  Decoded decoded = decode_bytes(input.bytes);
  doc.encoding = decoded.encoding;
  if (!decoded.error.empty()) {
    doc.error = decoded.error;
    return doc;
  }
  doc.text = looks_like_html(input.name, decoded.text) ? html_to_text(decoded.text) : std::move(decoded.text);
  doc.tokens = tokenize(doc.text);
  bool has_words = false;
  for (const Token& t : doc.tokens) has_words |= t.kind == TokenKind::Word || t.kind == TokenKind::Number;
  if (!has_words) {
    doc.tokens.clear();
    doc.error = "no text found in the file";
    doc.text.clear();
    return doc;
  }
  doc.sentences = split_sentences(doc.text, doc.tokens);
  doc.title = title_of(doc.text);
  return doc;
}

std::string admit_to_corpus(const InputFile& in, const IngestLimits& limits, std::size_t& total_bytes) {
  // The per-file limit first: a file too large on its own says so, whatever the corpus holds.
  const bool fits = in.read_error.empty() && in.bytes.size() <= limits.max_file_bytes;
  if (fits && total_bytes + in.bytes.size() > limits.max_total_bytes) return corpus_full_error(limits);
  if (fits) total_bytes += in.bytes.size();
  return "";
}

Document ingest_admitted(int id, const InputFile& in, const IngestLimits& limits) {
  try {
    return ingest_file(id, in, limits);
  } catch (const std::bad_alloc&) {  // the wasm heap has a maximum: this file only
    return skipped_file(id, in,
                        "out of memory while reading this file: skipped (the files before it are analyzed)");
  }
}

Document ingest_in_corpus(int id, const InputFile& in, const IngestLimits& limits, std::size_t& total_bytes) {
  std::string refusal = admit_to_corpus(in, limits, total_bytes);
  return refusal.empty() ? ingest_admitted(id, in, limits) : skipped_file(id, in, std::move(refusal));
}

Document skipped_file(int id, const InputFile& in, std::string error) {
  Document doc;
  doc.id = id;
  doc.name = in.name;
  doc.bytes = in.read_error.empty() ? in.bytes.size() : in.unread_bytes;
  doc.error = std::move(error);
  return doc;
}

}  // namespace entente
