// Ingest benchmark: reads the text files of a folder into memory, then times ingest_file (decode, HTML strip,
// tokenize, sentence split) over all of them, repeating until at least --seconds have passed. Prints one
// human-readable line and one `RESULT key=value ...` line for scripts. Built natively and with Emscripten.
// With --deals it then times extract_deals (mentions, deal rules, consolidation, cross-document groups) over
// the ingested corpus and measures the deals section of the JSON (`DEALS key=value ...`).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "deals.h"
#include "ingest.h"
#include "result_json.h"

namespace fs = std::filesystem;

namespace {

struct Totals {
  std::size_t bytes = 0;
  std::size_t tokens = 0;
  std::size_t sentences = 0;
  std::size_t errors = 0;
};

bool is_text_file(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".md" || ext == ".html" || ext == ".htm";
}

// The text files of `dir` in name order, read into memory. Unreadable files are skipped.
std::vector<entente::InputFile> read_folder(const std::string& dir) {
  std::vector<fs::path> paths;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file(ec) && is_text_file(entry.path())) paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  std::vector<entente::InputFile> files;
  for (const fs::path& p : paths) {
    std::ifstream f(p, std::ios::binary);
    if (!f) continue;
    std::ostringstream buf;
    buf << f.rdbuf();
    files.push_back({p.filename().string(), buf.str(), ""});
  }
  return files;
}

// One pass of ingest over every file.
Totals ingest_all(const std::vector<entente::InputFile>& files) {
  Totals t;
  entente::IngestLimits limits;
  for (std::size_t i = 0; i < files.size(); ++i) {
    entente::Document doc = entente::ingest_file(static_cast<int>(i), files[i], limits);
    t.bytes += files[i].bytes.size();
    t.tokens += doc.tokens.size();
    t.sentences += doc.sentences.size();
    t.errors += doc.ok() ? 0 : 1;
  }
  return t;
}

int usage() {
  std::fprintf(stderr, "usage: ingest_bench FOLDER [--seconds S] [--deals]\n");
  return 2;
}

// Times extract_deals over the ingested corpus, pass after pass, until `min_seconds` of process CPU time
// have passed (at least 3 passes). CPU time, so that other work on a shared machine does not count against
// it; the rate is the fastest pass's (other tenants of a machine only ever add time), the mean beside it.
void bench_deals(const std::vector<entente::InputFile>& files, std::size_t bytes, double min_seconds) {
  entente::Corpus corpus;
  entente::IngestLimits limits;
  for (std::size_t i = 0; i < files.size(); ++i)
    corpus.docs.push_back(entente::ingest_file(static_cast<int>(i), files[i], limits));
  entente::DealsResult one = entente::extract_deals(corpus, {});
  int passes = 0;
  double seconds = 0, best = 0;
  do {
    const std::clock_t start = std::clock();
    entente::extract_deals(corpus, {});
    const double s = double(std::clock() - start) / CLOCKS_PER_SEC;
    best = passes == 0 || s < best ? s : best;
    seconds += s;
    ++passes;
  } while (seconds < min_seconds || passes < 3);
  entente::AnalysisResult deals_only;  // the contract's "deals" section (offsets, not sentence texts)
  deals_only.deals.deals = one.deals;
  const std::size_t json = entente::section_json_text(deals_only, "deals").size();
  const double mb_s = bytes / best / 1e6, mean_mb_s = bytes * passes / seconds / 1e6;
  std::printf(
      "deals: %zu deals in %.2f MB; %d passes in %.2f s CPU: fastest %.1f MB/s, mean %.1f MB/s; deals JSON "
      "%zu "
      "bytes (%.2fx corpus)\n",
      one.deals.size(), bytes / 1e6, passes, seconds, mb_s, mean_mb_s, json, double(json) / bytes);
  std::printf("DEALS deals=%zu mb_s=%.2f mean_mb_s=%.2f json_bytes=%zu json_ratio=%.3f\n", one.deals.size(),
              mb_s, mean_mb_s, json, double(json) / bytes);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  double min_seconds = 1.0;
  bool deals = false;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--seconds" && i + 1 < argc)
      min_seconds = std::atof(argv[++i]);
    else if (a == "--deals")
      deals = true;
    else
      return usage();
  }
  std::vector<entente::InputFile> files = read_folder(argv[1]);
  if (files.empty()) {
    std::fprintf(stderr, "ingest_bench: no .txt/.md/.html files in %s\n", argv[1]);
    return 1;
  }
  using Clock = std::chrono::steady_clock;
  Totals one = ingest_all(files);  // warm-up pass, also the per-pass counts
  int passes = 0;
  double seconds = 0;
  const Clock::time_point start = Clock::now();
  do {
    Totals t = ingest_all(files);
    if (t.tokens != one.tokens)
      return std::fprintf(stderr, "ingest_bench: non-deterministic token count\n"), 1;
    ++passes;
    seconds = std::chrono::duration<double>(Clock::now() - start).count();
  } while (seconds < min_seconds);
  const double mb_s = one.bytes * passes / seconds / 1e6;
  const double tok_s = one.tokens * passes / seconds;
  std::printf(
      "%zu files, %.2f MB, %zu tokens, %zu sentences, %zu errors; %d passes in %.2f s: %.1f MB/s, %.2f M "
      "tokens/s\n",
      files.size(), one.bytes / 1e6, one.tokens, one.sentences, one.errors, passes, seconds, mb_s,
      tok_s / 1e6);
  std::printf(
      "RESULT files=%zu bytes=%zu tokens=%zu sentences=%zu passes=%d seconds=%.3f mb_s=%.2f tok_s=%.0f\n",
      files.size(), one.bytes, one.tokens, one.sentences, passes, seconds, mb_s, tok_s);
  if (deals) bench_deals(files, one.bytes, min_seconds);
  return 0;
}
