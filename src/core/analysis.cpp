// AnalysisJob: a small state machine over the pipeline stages, one bounded unit of work per step(). The
// stages themselves are in analysis_stages.cpp, the job's state in analysis_job.h.
#include "analysis.h"

#include <algorithm>
#include <new>
#include <utility>

#include "analysis_job.h"

namespace entente {

AnalysisJob::AnalysisJob(std::vector<InputFile> inputs, AnalysisOptions options) : impl_(new Impl) {
  impl_->inputs = std::move(inputs);
  impl_->options = std::move(options);
  impl_->result.overlap.params = impl_->options.overlap;
}

AnalysisJob::~AnalysisJob() = default;

bool AnalysisJob::step() {
  Impl& s = *impl_;
  switch (s.stage) {
    case Stage::Ingest:
      s.ingest_next();
      break;
    case Stage::Topics:
      s.run_topics();
      break;
    case Stage::Deals:
      try {
        s.result.deals = extract_deals(s.result.corpus, s.options.deals, s.alongside);
      } catch (const std::bad_alloc&) {
        s.result.error = "out of memory while finding deals: no deals listed (topics and overlap still run)";
      }
      s.stage = Stage::Overlap;
      break;
    case Stage::Overlap:
      s.run_overlap();
      break;
    case Stage::Sampling:
      s.run_sampling();
      break;
    case Stage::Done:
      return false;
  }
  return s.stage != Stage::Done;
}

bool AnalysisJob::done() const {
  return impl_->stage == Stage::Done;
}

double AnalysisJob::progress() const {
  const Impl& s = *impl_;
  // Weights: reading 30%, counting/deals/overlap 20%, sampling 50%.
  double files = s.inputs.empty() ? 1.0 : double(s.next_file) / double(s.inputs.size());
  switch (s.stage) {
    case Stage::Ingest:
      return 0.3 * files;
    case Stage::Topics:
      return 0.3;
    case Stage::Deals:
      return 0.37;
    case Stage::Overlap: {
      std::size_t total = s.overlap_plan ? s.overlap_plan->candidates.size() : 0;
      return 0.4 + (total > 0 ? 0.1 * double(s.next_candidate) / double(total) : 0.0);
    }
    case Stage::Sampling: {
      const auto [done, total] = s.sweeps();
      return 0.5 + (total > 0 ? 0.5 * done / total : 0.5);
    }
    case Stage::Done:
      return 1.0;
  }
  return 1.0;
}

const char* AnalysisJob::stage() const {
  switch (impl_->stage) {
    case Stage::Ingest:
      return "Reading files";
    case Stage::Topics:
      return "Counting topics";
    case Stage::Deals:
      return "Finding deals";
    case Stage::Overlap:
      return "Aligning passages";
    case Stage::Sampling:
      return "Discovering topics";
    case Stage::Done:
      return "Done";
  }
  return "";
}

StageProgress AnalysisJob::stage_progress() const {
  const Impl& s = *impl_;
  switch (s.stage) {
    case Stage::Ingest:
      return {s.next_file, s.inputs.size(), "files"};
    case Stage::Overlap:
      if (!s.overlap_plan) return {};
      return {std::min(s.next_candidate, s.overlap_plan->candidates.size()),
              s.overlap_plan->candidates.size(), "pairs"};
    case Stage::Sampling: {
      if (!s.lda && !s.awaiting) return {};
      const auto [done, total] = s.sweeps();
      return {static_cast<std::size_t>(done), static_cast<std::size_t>(total), "sweeps"};
    }
    default:
      return {};
  }
}

DiscoveredTopics AnalysisJob::discovered() const {
  const Impl& s = *impl_;
  if (s.stage == Stage::Sampling && s.lda) return s.lda->result();
  if (s.stage == Stage::Sampling && s.awaiting) return s.live;
  return s.result.topics.discovered;
}

void AnalysisJob::stop_sampling() {
  Impl& s = *impl_;
  if (s.stage != Stage::Sampling || s.awaiting) return;
  if (s.lda) s.result.topics.discovered = s.lda->result();
  s.lda.reset();
  s.stage = Stage::Done;
}

const AnalysisResult& AnalysisJob::result() const {
  return impl_->result;
}
AnalysisResult AnalysisJob::take_result() {
  return std::move(impl_->result);
}

void AnalysisJob::sample_elsewhere() {
  impl_->elsewhere = impl_->stage == Stage::Ingest && impl_->next_file == 0;
}

std::optional<LdaCorpus> AnalysisJob::take_sampler_corpus() {
  std::optional<LdaCorpus> out = std::move(impl_->handover);
  impl_->handover.reset();
  return out;
}

bool AnalysisJob::waiting_for_topics() const {
  return impl_->awaiting && impl_->stage == Stage::Sampling;
}

void AnalysisJob::provide_discovered(DiscoveredTopics discovered, bool final) {
  Impl& s = *impl_;
  if (!s.awaiting) return;
  if (!final) {
    s.live = std::move(discovered);
    return;
  }
  s.result.topics.discovered = std::move(discovered);
  s.awaiting = false;
}

void AnalysisJob::run_on_two_threads() {
  impl_->alongside = impl_->stage == Stage::Ingest && impl_->next_file == 0;
}

void AnalysisJob::on_all_but_topics(std::function<void(const AnalysisResult&)> fn) {
  impl_->all_but_topics = std::move(fn);
}

AnalysisResult analyze(std::vector<InputFile> inputs, const AnalysisOptions& options) {
  AnalysisJob job(std::move(inputs), options);
  job.run_on_two_threads();
  while (job.step()) {
  }
  return job.take_result();
}

}  // namespace entente
