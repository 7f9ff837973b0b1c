// libFuzzer harness: the lexicon parser (a user's lexicon .json). Malformed input must throw LexiconError
// and nothing else; an accepted lexicon must survive the round trip through lexicon_to_json.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string json(reinterpret_cast<const char*>(data), size);
  entente::Lexicon lexicon;
  try {
    lexicon = entente::parse_lexicon(json);
  } catch (const entente::LexiconError&) {
    return 0;
  }
  std::string written = entente::lexicon_to_json(lexicon);
  if (entente::lexicon_to_json(entente::parse_lexicon(written)) != written) std::abort();
  return 0;
}
