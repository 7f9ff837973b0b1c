// Command-line parsing for `entente analyze`.
#pragma once

#include <string>
#include <vector>

#include "analysis.h"

namespace entente {

struct CliArgs {
  std::string command;             // "analyze", "help", "version"
  std::vector<std::string> paths;  // files or folders, in the order given
  std::string out_file;            // empty: standard output
  std::string lexicon_file;        // empty: default lexicon
  AnalysisOptions options;
  int indent = 1;
};

// Parses argv. Returns an error message (empty on success); the caller prints usage and exits 2.
std::string parse_cli_args(int argc, char** argv, CliArgs& out);

// The usage text printed for --help and on bad arguments.
const char* cli_usage();

}  // namespace entente
