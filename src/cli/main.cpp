// `entente`: arguments -> core -> JSON. analyze here; the big-corpus commands in shard_commands.cpp.
#include <iostream>

#include "cli_args.h"
#include "inputs.h"
#include "result_json.h"
#include "shard_commands.h"

namespace {

int run_analyze(entente::CliArgs& args) {
  entente::AnalysisResult result =
      entente::analyze(entente::collect_inputs(args.paths, args.options.limits), args.options);
  std::string json = entente::to_json_text(result, args.indent);
  json += '\n';
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
