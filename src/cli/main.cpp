// `entente`: arguments -> core -> JSON. analyze here; the big-corpus commands in shard_commands.cpp.
#include <iostream>
#include <vector>

#include "cli_args.h"
#include "inputs.h"
#include "result_json.h"
#include "shard_commands.h"

namespace {

// The result's JSON and a newline (to_json_text's bytes). The documents' texts, tokens and sentences are
// freed first, as the JSON only needs their counts: the text is built beside less.
std::string json_of(entente::AnalysisResult& result, int indent) {
  std::vector<entente::DocumentSummary> docs;
  for (entente::Document& d : result.corpus.docs) {
    docs.push_back(entente::summarize(d));
    std::string().swap(d.text);
    d.tokens = entente::TokenList();
    std::vector<entente::Sentence>().swap(d.sentences);
  }
  std::string json = entente::to_json_text(result, docs, indent);
  json += '\n';
  return json;
}

int run_analyze(entente::CliArgs& args) {
  entente::AnalysisResult result =
      entente::analyze(entente::collect_inputs(args.paths, args.options.limits), args.options);
  const std::string json = json_of(result, args.indent);
  if (args.out_file.empty()) {
    std::cout.write(json.data(), static_cast<std::streamsize>(json.size())).flush();
  } else if (!entente::write_whole_file(args.out_file, json)) {
    std::cerr << "entente: cannot write '" << args.out_file << "'\n";
    return 1;
  }
  for (const auto& d : result.corpus.docs)
    if (!d.error.empty()) std::cerr << "entente: " << d.name << ": " << d.error << "\n";
  if (!result.error.empty()) {
    std::cerr << "entente: " << result.error << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  entente::CliArgs args;
  std::string err = entente::parse_cli_args(argc, argv, args);
  if (!err.empty()) {
    std::cerr << "entente: " << err << "\n\n" << entente::cli_usage();
    return 2;
  }
  if (args.command == "help") return std::cout << entente::cli_usage(), 0;
  if (args.command == "version")
    return std::cout << "entente contract " << entente::kContractVersion << "\n", 0;
  if (!args.lexicon_file.empty() &&
      !entente::read_whole_file(args.lexicon_file, args.options.topics.lexicon_json)) {
    std::cerr << "entente: cannot read lexicon file '" << args.lexicon_file << "'\n";
    return 2;
  }
  if (args.command == "analyze") return run_analyze(args);
  return entente::run_shard_command(args);
}
