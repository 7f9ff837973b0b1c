// `entente`: arguments -> core -> JSON. analyze here; the big-corpus commands in shard_commands.cpp.
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "analysis.h"
#include "cli_args.h"
#include "inputs.h"
#include "result_json.h"
#include "shard_commands.h"

namespace {

// Frees the documents' texts, tokens and sentences, which the JSON does not need (only their counts, taken
// first as summaries): the text is built beside less.
std::vector<entente::DocumentSummary> release_documents(entente::AnalysisResult& result) {
  std::vector<entente::DocumentSummary> docs;
  for (entente::Document& d : result.corpus.docs) {
    docs.push_back(entente::summarize(d));
    std::string().swap(d.text);
    d.tokens = entente::TokenList();
    std::vector<entente::Sentence>().swap(d.sentences);
  }
  return docs;
}

// The whole result and a newline, with the sections other than topics written while the second thread still
// samples them (the same bytes as to_json_text of the finished result).
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
  const std::vector<entente::DocumentSummary> docs = release_documents(result);
  std::string json = entente::to_json_text(result, docs, args.indent, ahead);
  json += '\n';
  return json;
}

int run_analyze(entente::CliArgs& args) {
  entente::AnalysisResult result;
  const std::string json = analyze_to_json(args, result);
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
