// AnalysisJob's state (internal to analysis.cpp and analysis_stages.cpp): the stage it is in, its inputs and
// options, the result so far, and how topics are sampled (here, on a second thread, or elsewhere).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "analysis.h"
#include "analysis_threads.h"
#include "overlap_plan.h"
#include "term_stats.h"

namespace entente {

enum class Stage { Ingest, Topics, Deals, Overlap, Sampling, Done };

struct AnalysisJob::Impl {
  std::vector<InputFile> inputs;
  AnalysisOptions options;
  AnalysisResult result;
  Stage stage = Stage::Ingest;
  std::size_t next_file = 0;
  std::size_t total_bytes = 0;
  std::unique_ptr<LdaSampler> lda;
  std::unique_ptr<OverlapPlan> overlap_plan;  // set while candidates are being scored
  std::size_t next_candidate = 0;
  bool alongside = false;             // run_on_two_threads() was called
  bool elsewhere = false;             // sample_elsewhere() was called
  std::optional<LdaCorpus> handover;  // elsewhere: the sampler's input, until taken
  bool awaiting = false;              // elsewhere: the final topics have not come back yet
  DiscoveredTopics live;              // elsewhere: the latest topics that came back
  SamplerThread sampler;              // declared after `lda`: stopped before it is destroyed
  std::function<void(const AnalysisResult&)> all_but_topics;  // on_all_but_topics()

  void ingest_next();
  void ingest_all();
  void run_topics();
  void set_up_sampling(const std::vector<DocTermCounts>& term_counts);
  void run_overlap();
  void score_all_candidates();
  void run_sampling();
  // Sampling sweeps done and the most to run, here or elsewhere ({0, 0} when nothing samples).
  std::pair<int, int> sweeps() const {
    if (lda) return {lda->sweeps_done(), lda->iterations()};
    if (awaiting) return {live.iterations, options.topics.lda_iterations};
    return {0, 0};
  }
};

}  // namespace entente
