// libFuzzer harness: one document's bytes through decoding, HTML stripping, tokenizing and sentences.
// The first byte picks the file name (.txt or .html); the invariants below must hold for any input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "decode.h"
#include "ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  entente::InputFile in;
  in.name = (data[0] & 1) ? "page.html" : "text.txt";
  in.bytes.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  entente::Document doc = entente::ingest_file(0, in, entente::IngestLimits{});
  if (!doc.error.empty()) return 0;
  // The contract: valid UTF-8 text, tokens and sentences inside it, every token in one sentence.
  if (!entente::is_valid_utf8(doc.text)) std::abort();
  std::size_t covered = 0;
  for (const entente::Token& t : doc.tokens)
    if (t.start > t.end || t.end > doc.text.size()) std::abort();
  for (const entente::Sentence& s : doc.sentences) {
    if (s.start > s.end || s.end > doc.text.size() || s.token_end - s.first_token > 200) std::abort();
    covered += s.token_end - s.first_token;
  }
  if (covered != doc.tokens.size()) std::abort();
  return 0;
}
