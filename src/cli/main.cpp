// `entente analyze`: files and folders in, the JSON contract out. Links only the core.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli_args.h"
#include "ingest.h"
#include "inputs.h"
#include "result_json.h"

namespace fs = std::filesystem;

namespace {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream buf;
  buf << f.rdbuf();
  out = buf.str();
  return true;
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
  if (!args.lexicon_file.empty() && !read_file(args.lexicon_file, args.options.topics.lexicon_json)) {
    std::cerr << "entente: cannot read lexicon file '" << args.lexicon_file << "'\n";
    return 2;
  }
  entente::AnalysisResult result =
      entente::analyze(entente::collect_inputs(args.paths, args.options.limits), args.options);
  std::string json = entente::to_json_text(result, args.indent) + "\n";
  if (args.out_file.empty()) {
    std::cout << json;
  } else {
    std::ofstream out(args.out_file, std::ios::binary);
    if (!(out << json)) {
      std::cerr << "entente: cannot write '" << args.out_file << "'\n";
      return 1;
    }
  }
  for (const auto& d : result.corpus.docs)
    if (!d.error.empty()) std::cerr << "entente: " << d.name << ": " << d.error << "\n";
  if (!result.error.empty()) {
    std::cerr << "entente: " << result.error << "\n";
    return 1;
  }
  return 0;
}
