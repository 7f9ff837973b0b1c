// Stage benchmark: CPU time of each stage of `entente analyze` (reading, topic counting, deals, overlap,
// sampling) and of writing the compact JSON, best of --runs runs, on one folder. Prints one line per stage
// and a `STAGES key=seconds ...` line for scripts. bench/stage_bench.sh builds and runs it.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <string>
#include <vector>

#include "analysis.h"
#include "inputs.h"
#include "result_json.h"

namespace {

double cpu_seconds() {
  return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

// CPU seconds per stage name for one run, plus "json" for the compact JSON text.
std::map<std::string, double> run_once(const std::string& dir, const entente::AnalysisOptions& options) {
  std::map<std::string, double> spent;
  double t = cpu_seconds();
  std::vector<entente::InputFile> inputs = entente::collect_inputs({dir}, options.limits);
  spent["collect"] = cpu_seconds() - t;
  entente::AnalysisJob job(std::move(inputs), options);
  for (;;) {
    const std::string stage = job.stage();
    t = cpu_seconds();
    const bool more = job.step();
    spent[stage] += cpu_seconds() - t;
    if (!more) break;
  }
  t = cpu_seconds();
  const std::size_t json_bytes = entente::to_json_text(job.result(), -1).size();
  spent["json"] = cpu_seconds() - t;
  if (json_bytes == 0) std::fprintf(stderr, "stage_bench: empty JSON\n");
  return spent;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: stage_bench DIR [--lda-iterations N] [--runs R]\n");
    return 2;
  }
  entente::AnalysisOptions options;
  int runs = 3;
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--lda-iterations") options.topics.lda_iterations = std::atoi(argv[i + 1]);
    if (flag == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
  }
  std::map<std::string, double> best;
  for (int r = 0; r < runs; ++r) {
    for (const auto& [stage, seconds] : run_once(argv[1], options)) {
      auto it = best.find(stage);
      if (it == best.end() || seconds < it->second) best[stage] = seconds;
    }
  }
  double total = 0;
  std::printf("STAGES");
  for (const auto& [stage, seconds] : best) {
    std::fprintf(stderr, "%-22s %7.3f s\n", stage.c_str(), seconds);
    std::string key = stage;
    std::replace(key.begin(), key.end(), ' ', '_');
    std::printf(" %s=%.3f", key.c_str(), seconds);
    total += seconds;
  }
  std::printf(" total=%.3f\n", total);
  return 0;
}
