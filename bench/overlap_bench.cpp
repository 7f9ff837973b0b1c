// Phrase-overlap benchmark: reads a folder of text files, ingests them, then times the candidate phase
// (plan_overlap: normalize, shingles, winnowing, inverted indexes) and the alignment phase (score_candidates)
// separately. With reuse.tsv in the folder (bench/gen_corpus.py), also reports how many planted pairs were
// found and how they rank. Prints one human line and one `RESULT key=value ...` line. Native and Emscripten.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "ingest.h"
#include "overlap_plan.h"

namespace fs = std::filesystem;

namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

std::string read_file(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream buf;
  buf << f.rdbuf();
  return buf.str();
}

entente::Corpus ingest_folder(const std::string& dir) {
  std::vector<fs::path> paths;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().extension() == ".txt") paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  entente::Corpus c;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    entente::InputFile in{paths[i].filename().string(), read_file(paths[i]), ""};
    c.docs.push_back(entente::ingest_file(static_cast<int>(i), in, entente::IngestLimits{}));
  }
  return c;
}

// Planted pairs as unordered name pairs.
std::set<std::pair<std::string, std::string>> planted(const std::string& dir) {
  std::set<std::pair<std::string, std::string>> out;
  std::ifstream f(fs::path(dir) / "reuse.tsv");
  std::string line;
  std::getline(f, line);
  while (std::getline(f, line)) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string x = line.substr(0, tab), y = line.substr(tab + 1);
    if (y < x) std::swap(x, y);
    out.insert({x, y});
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: overlap_bench DIR\n");
    return 2;
  }
  const std::string dir = argv[1];
  const entente::Corpus corpus = ingest_folder(dir);
  std::size_t tokens = 0;
  for (const auto& d : corpus.docs) tokens += d.tokens.size();

  auto t0 = std::chrono::steady_clock::now();
  const entente::OverlapPlan plan = entente::plan_overlap(corpus, entente::OverlapParams{});
  const double plan_s = seconds_since(t0);
  t0 = std::chrono::steady_clock::now();
  std::vector<entente::OverlapPair> pairs;
  entente::score_candidates(plan, 0, plan.candidates.size(), pairs);
  const double align_s = seconds_since(t0);

  const auto truth = planted(dir);
  std::size_t found = 0, with_passage = 0, above_all_negatives = 0;
  double max_negative = 0, min_positive = 1;
  std::vector<double> positive_scores;
  for (const auto& p : pairs) {
    std::string x = corpus.docs[p.a].name, y = corpus.docs[p.b].name;
    if (y < x) std::swap(x, y);
    if (truth.count({x, y}) != 0) {
      ++found;
      with_passage += p.passages.empty() ? 0 : 1;
      positive_scores.push_back(p.score);
      min_positive = std::min(min_positive, p.score);
    } else {
      max_negative = std::max(max_negative, p.score);
    }
  }
  for (double s : positive_scores) above_all_negatives += s > max_negative ? 1 : 0;
  std::size_t passages = 0;
  for (const auto& p : pairs) passages += p.passages.size();

  std::printf(
      "overlap: %zu docs, %zu tokens, %zu candidates, %zu pairs, %zu passages; candidates %.3f s, "
      "alignment %.3f s; planted %zu found %zu (with passage %zu, above every other pair %zu)\n",
      corpus.docs.size(), tokens, plan.candidates.size(), pairs.size(), passages, plan_s, align_s,
      truth.size(), found, with_passage, above_all_negatives);
  std::printf(
      "RESULT docs=%zu tokens=%zu candidates=%zu pairs=%zu passages=%zu plan_s=%.3f align_s=%.3f "
      "planted=%zu found=%zu with_passage=%zu above_negatives=%zu min_positive=%.4f max_negative=%.4f\n",
      corpus.docs.size(), tokens, plan.candidates.size(), pairs.size(), passages, plan_s, align_s,
      truth.size(), found, with_passage, above_all_negatives, truth.empty() ? 0.0 : min_positive,
      max_negative);
  return 0;
}
