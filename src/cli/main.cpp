// `entente`: arguments -> core -> JSON. analyze here; the big-corpus commands in shard_commands.cpp.
#include <iostream>
#include <map>
#include <string>

#include "analysis.h"
#include "cli_args.h"
#include "inputs.h"
#include "result_json.h"
#include "shard_commands.h"

namespace {

// The whole result, with the sections other than topics written while the second thread still samples them
// (the same bytes as to_json_text of the finished result).
std::string analyze_to_json(entente::CliArgs& args, entente::AnalysisResult& result) {
  entente::AnalysisJob job(entente::collect_inputs(args.paths, args.options.limits), args.options);
  job.run_on_two_threads();
  std::map<std::string, std::string> ahead;
  std::string error_then;
  job.on_all_but_topics([&](const entente::AnalysisResult& r) {
    for (const char* key : {"documents", "mentions", "deals", "overlap"})
      ahead[key] = entente::ahead_section_text(r, key, args.indent);
    error_then = r.error;
  });
  while (job.step()) {
  }
  result = job.take_result();
  if (result.error != error_then) ahead.clear();  // sampling failed after: nothing written before is kept
  return entente::to_json_text(result, args.indent, ahead);
}

int run_analyze(entente::CliArgs& args) {
  entente::AnalysisResult result;
  std::string json = analyze_to_json(args, result);
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
