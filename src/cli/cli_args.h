// Command-line parsing for `entente analyze` and the big-corpus commands (map, features, align, reduce).
#pragma once

#include <string>
#include <vector>

#include "analysis.h"

namespace entente {

struct CliArgs {
  std::string command;             // "analyze", "map", "features", "align", "reduce", "help", "version"
  std::vector<std::string> paths;  // files or folders (partials for reduce), in the order given
  std::string out_file;            // empty: standard output
  std::string lexicon_file;        // empty: default lexicon
  // Big-corpus commands (README "Big corpora").
  int first_id = 0;             // map, features: id of the shard's first document
  int ok_docs = -1;             // features: successful documents in the whole corpus
  std::string vocab_out_file;   // map: where to write the shard's join-vocabulary input
  std::string join_vocab_file;  // features, align: the corpus-wide join vocabulary
  std::string frequent_file;    // align: features removed by corpus-wide document frequency
  std::string task_file;        // align: documents and candidate pairs
  AnalysisOptions options;
  int indent = 1;
};

// Parses argv. Returns an error message (empty on success); the caller prints usage and exits 2.
std::string parse_cli_args(int argc, char** argv, CliArgs& out);

// The usage text printed for --help and on bad arguments.
const char* cli_usage();

}  // namespace entente
