// libFuzzer harness: the whole analysis (ingest, topics, deals, overlap, a few topic-sampling sweeps) of up
// to four documents, split from the input at 0xFF 0xFE 0xFD; the JSON written must parse back.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "analysis.h"
#include "result_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::vector<entente::InputFile> inputs;
  constexpr std::string_view kSeparator = "\xFF\xFE\xFD";
  while (inputs.size() < 4) {
    std::size_t cut = inputs.size() == 3 ? std::string_view::npos : bytes.find(kSeparator);
    std::string name = "doc" + std::to_string(inputs.size()) + (inputs.size() == 2 ? ".html" : ".txt");
    inputs.push_back({name, std::string(bytes.substr(0, cut)), ""});
    if (cut == std::string_view::npos) break;
    bytes.remove_prefix(cut + kSeparator.size());
  }
  entente::AnalysisOptions options;
  options.topics.lda_k = 2;
  options.topics.lda_iterations = 2;
  entente::AnalysisResult result = entente::analyze(std::move(inputs), options);
  if (!entente::to_json(result).is_object()) std::abort();
  return 0;
}
