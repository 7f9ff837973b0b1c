// Parses the command line (analyze and the big-corpus commands) into CliArgs.
#include "cli_args.h"

#include <cstdlib>
#include <string_view>

namespace entente {
namespace {

// Parses a whole decimal integer in [lo, hi]; false when `text` is anything else.
bool parse_int(const std::string& text, int lo, int hi, int& out) {
  if (text.empty() || text.size() > 9) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  int v = std::atoi(text.c_str());
  if (v < lo || v > hi) return false;
  out = v;
  return true;
}

// The option an integer flag sets, with its allowed range; nullptr when `flag` is not one.
int* int_target(std::string_view flag, AnalysisOptions& o, int& lo, int& hi) {
  lo = 1;
  hi = 1000000;
  if (flag == "--lda-k") return hi = 200, &o.topics.lda_k;
  if (flag == "--lda-seed") return lo = 0, hi = 999999999, &o.topics.lda_seed;
  if (flag == "--lda-iterations") return lo = 0, hi = 100000, &o.topics.lda_iterations;
  if (flag == "--shingle") return hi = 50, &o.overlap.shingle;
  if (flag == "--min-passage") return hi = 10000, &o.overlap.min_passage_tokens;
  if (flag == "--max-gap") return lo = 0, hi = 100, &o.overlap.max_gap;
  return nullptr;
}

// The string option `flag` sets; nullptr when it is not one.
std::string* string_target(std::string_view flag, CliArgs& a) {
  if (flag == "--out") return &a.out_file;
  if (flag == "--lexicon") return &a.lexicon_file;
  if (flag == "--vocab-out") return &a.vocab_out_file;
  if (flag == "--join-vocab") return &a.join_vocab_file;
  if (flag == "--frequent") return &a.frequent_file;
  if (flag == "--task") return &a.task_file;
  return nullptr;
}

bool is_command(std::string_view c) {
  return c == "analyze" || c == "map" || c == "features" || c == "align" || c == "reduce";
}

// What the command needs beyond well-formed options; an error message or "".
std::string check_command(const CliArgs& a) {
  const std::string& c = a.command;
  if (c != "analyze" && c != "reduce" && a.out_file.empty()) return c + " needs --out FILE";
  if (c == "features" && (a.join_vocab_file.empty() || a.ok_docs < 0))
    return "features needs --join-vocab FILE and --ok-docs N";
  if (c == "align") {
    if (a.join_vocab_file.empty() || a.frequent_file.empty() || a.task_file.empty())
      return "align needs --join-vocab FILE, --frequent FILE and --task FILE";
    return a.paths.empty() ? "" : "align takes its documents from --task, not from arguments";
  }
  if (a.paths.empty()) return c == "reduce" ? "no partial results given" : "no input files";
  return "";
}

}  // namespace

const char* cli_usage() {
  return "usage: entente analyze [options] PATH...\n"
         "       entente map --out PART [--first-id N] [--vocab-out FILE] [options] PATH...\n"
         "       entente features --out FILE --first-id N --join-vocab FILE --ok-docs N [options] PATH...\n"
         "       entente align --out PART --task FILE --join-vocab FILE --frequent FILE [options]\n"
         "       entente reduce [--out FILE] [--lda-k N] [--lda-seed S] [--lda-iterations N] PART...\n"
         "       entente --help | --version\n"
         "\n"
         "Analyzes text files (.txt, .md, .html, .htm; folders are expanded in name order) and prints one\n"
         "JSON object: documents, topics, mentions, deals and overlap.\n"
         "\n"
         "options:\n"
         "  --out FILE            write the JSON to FILE instead of standard output\n"
         "  --lexicon FILE        topic lexicon (JSON) instead of the default one\n"
         "  --lda-k N             number of discovered topics (default 8)\n"
         "  --lda-seed S          random seed of the topic sampler (default 1)\n"
         "  --lda-iterations N    at most N Gibbs sweeps (default 500; stops sooner once topics converge)\n"
         "  --shingle N           overlap: words per shingle (default 5)\n"
         "  --min-passage N       overlap: shortest reported passage in words (default 8)\n"
         "  --max-gap N           overlap: words that may differ inside a passage (default 3)\n"
         "  --compact             no indentation in the JSON\n"
         "\n"
         "map, features, align and reduce split the analysis of a big corpus into shards (README \"Big\n"
         "corpora\"; cluster/driver.py runs them on a Dask cluster). reduce of the map and align partials "
         "of\n"
         "every shard prints what analyze prints for the same files.\n";
}

std::string parse_cli_args(int argc, char** argv, CliArgs& out) {
  if (argc < 2) return "missing command";
  std::string_view cmd = argv[1];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") return out.command = "help", "";
  if (cmd == "--version") return out.command = "version", "";
  if (!is_command(cmd)) return "unknown command '" + std::string(cmd) + "'";
  out.command = std::string(cmd);
  for (int i = 2; i < argc; ++i) {
    std::string_view a = argv[i];
    auto value = [&](std::string& dst) {
      if (i + 1 >= argc) return false;
      dst = argv[++i];
      return true;
    };
    int lo = 0, hi = 0;
    if (std::string* target = string_target(a, out)) {
      if (!value(*target)) return std::string(a) + " needs a file name";
    } else if (a == "--compact") {
      out.indent = -1;
    } else if (a == "--first-id" || a == "--ok-docs") {
      std::string v;
      if (!value(v) || !parse_int(v, 0, 999999999, a == "--first-id" ? out.first_id : out.ok_docs))
        return std::string(a) + " needs a whole number from 0 to 999999999";
    } else if (int* target = int_target(a, out.options, lo, hi)) {
      std::string v;
      if (!value(v) || !parse_int(v, lo, hi, *target))
        return std::string(a) + " needs a whole number from " + std::to_string(lo) + " to " +
               std::to_string(hi);
    } else if (a.size() > 1 && a[0] == '-') {
      return "unknown option '" + std::string(a) + "'";
    } else {
      out.paths.emplace_back(a);
    }
  }
  return check_command(out);
}

}  // namespace entente
