// AnalysisJob: a small state machine over the pipeline stages, one bounded unit of work per step().
#include "analysis.h"

#include <algorithm>
#include <exception>
#include <new>
#include <utility>
#ifndef __EMSCRIPTEN__
#include <atomic>
#include <thread>
#endif

#include "ingest.h"
#include "lexicon.h"
#include "overlap_plan.h"
#include "stop_words.h"
#include "term_stats.h"

namespace entente {

// Tokens sampled per step: a few milliseconds in wasm, so a frame never waits on a whole sweep.
constexpr std::size_t kLdaTokensPerStep = 50000;

// Runs a sampler to its end on a second thread (native builds; in WebAssembly start() does nothing, and
// the Sampling stage samples in steps as before).
class SamplerThread {
 public:
  SamplerThread() = default;
  SamplerThread(const SamplerThread&) = delete;
  SamplerThread& operator=(const SamplerThread&) = delete;
  ~SamplerThread() { stop(); }

  void start(LdaSampler& lda) {
#ifndef __EMSCRIPTEN__
    thread_ = std::thread([this, &lda] {
      while (!cancel_.load(std::memory_order_relaxed) && lda.run(kLdaTokensPerStep)) {
      }
    });
#else
    (void)lda;
#endif
  }
  // Waits for the sampler to finish.
  void join() {
#ifndef __EMSCRIPTEN__
    if (thread_.joinable()) thread_.join();
#endif
  }
  // Stops the sampler after its current slice, and waits.
  void stop() {
#ifndef __EMSCRIPTEN__
    cancel_ = true;
#endif
    join();
  }

 private:
#ifndef __EMSCRIPTEN__
  std::thread thread_;
  std::atomic<bool> cancel_{false};
#endif
};

// Calls f(i) for every i < n: on two threads natively when `two` (f must then be safe to call for different
// i at once; an exception from either thread is rethrown here), else in order on this thread.
template <class F>
void for_each_index(std::size_t n, bool two, const F& f) {
#ifndef __EMSCRIPTEN__
  if (two && n > 1) {
    std::exception_ptr failed;
    std::thread other([&] {
      try {
        for (std::size_t i = 1; i < n; i += 2) f(i);
      } catch (...) {
        failed = std::current_exception();
      }
    });
    try {
      for (std::size_t i = 0; i < n; i += 2) f(i);
    } catch (...) {
      other.join();
      throw;
    }
    other.join();
    if (failed) std::rethrow_exception(failed);
    return;
  }
#else
  (void)two;
#endif
  for (std::size_t i = 0; i < n; ++i) f(i);
}

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
  void run_sampling();
  // Sampling sweeps done and the most to run, here or elsewhere ({0, 0} when nothing samples).
  std::pair<int, int> sweeps() const {
    if (lda) return {lda->sweeps_done(), lda->iterations()};
    if (awaiting) return {live.iterations, options.topics.lda_iterations};
    return {0, 0};
  }
};

void AnalysisJob::Impl::ingest_next() {
  if (alongside && next_file == 0) return ingest_all();
  if (next_file >= inputs.size()) {
    stage = Stage::Topics;
    return;
  }
  InputFile& in = inputs[next_file];
  int id = static_cast<int>(next_file);
  Document doc = next_file >= options.limits.max_files
                     ? skipped_file(id, in, too_many_files_error(options.limits))
                     : ingest_in_corpus(id, in, options.limits, total_bytes);
  in.bytes.clear();
  in.bytes.shrink_to_fit();
  result.corpus.docs.push_back(std::move(doc));
  ++next_file;
}

// ingest_next() for every file in one step, on two threads: which files are admitted is settled first, in
// order (the corpus limit depends on the files before), then the files are read in any order.
void AnalysisJob::Impl::ingest_all() {
  const std::size_t n = inputs.size();
  std::vector<std::string> refusals(n);
  for (std::size_t i = 0; i < n; ++i)
    refusals[i] = i >= options.limits.max_files ? too_many_files_error(options.limits)
                                                : admit_to_corpus(inputs[i], options.limits, total_bytes);
  result.corpus.docs.resize(n);
  for_each_index(n, true, [&](std::size_t i) {
    const int id = static_cast<int>(i);
    InputFile& in = inputs[i];
    result.corpus.docs[i] = refusals[i].empty() ? ingest_admitted(id, in, options.limits)
                                                : skipped_file(id, in, std::move(refusals[i]));
    in.bytes.clear();
    in.bytes.shrink_to_fit();
  });
  next_file = n;
  stage = Stage::Topics;
}

// count_topics() (topics.h) in an order that lets sampling start early (on a second thread or elsewhere):
// the lexicon is read first (a bad one is the error, as there), then the content terms are counted and the
// sampler set up, then the lexicon topics and term statistics are counted while it samples.
void AnalysisJob::Impl::run_topics() {
  try {
    const Lexicon lexicon = lexicon_or_default(options.topics.lexicon_json);
    std::vector<DocTermCounts> term_counts(
        result.corpus.docs.size());  // count_corpus_terms(), maybe on two threads
    const StopWords stop_words = StopWords::english();
    for_each_index(term_counts.size(), alongside, [&](std::size_t i) {
      term_counts[i] = count_doc_terms(result.corpus.docs[i], stop_words);
    });
    std::string sampler_error;  // reported after counting, as when the sampler was set up last
    try {
      set_up_sampling(term_counts);
    } catch (const std::invalid_argument& e) {
      sampler_error = e.what();
    }
    count_lexicon_topics(result.corpus, lexicon, result.topics);
    result.topics.terms = term_stats_of(term_counts, TermStatsOptions{});
    if (!sampler_error.empty()) result.error = sampler_error;
  } catch (const std::exception& e) {
    result.error = e.what();
  }
  stage = Stage::Deals;
}

// Hands the sampler's input over (elsewhere), or builds the sampler here (and starts its thread).
void AnalysisJob::Impl::set_up_sampling(const std::vector<DocTermCounts>& term_counts) {
  if (elsewhere && options.topics.lda_k > 0) {
    LdaSampler{LdaCorpus{}, options.topics};  // the options are checked here, as when sampling here
    handover = lda_corpus_of(term_counts);
    awaiting = true;
    live = DiscoveredTopics{options.topics.lda_k, options.topics.lda_seed, 0, {}, {}};
    return;
  }
  lda = std::make_unique<LdaSampler>(term_counts, options.topics);
  if (alongside) sampler.start(*lda);
}

// Candidate pairs aligned per step: a few milliseconds, so the page keeps drawing on large corpora.
constexpr std::size_t kCandidatesPerStep = 200;

void AnalysisJob::Impl::run_overlap() {
  if (!overlap_plan) {
    overlap_plan = std::make_unique<OverlapPlan>(plan_overlap(result.corpus, options.overlap));
    next_candidate = 0;
    return;
  }
  std::size_t end = next_candidate + kCandidatesPerStep;
  score_candidates(*overlap_plan, next_candidate, end, result.overlap.pairs);
  next_candidate = end;
  if (next_candidate >= overlap_plan->candidates.size()) {
    overlap_plan.reset();
    if (all_but_topics) all_but_topics(result);
    sampler.join();  // nothing reads the sampler while a second thread runs it
    stage = Stage::Sampling;
  }
}

void AnalysisJob::Impl::run_sampling() {
  if (awaiting) return;
  if (lda && lda->run(kLdaTokensPerStep)) return;
  if (lda) result.topics.discovered = lda->result();
  lda.reset();
  stage = Stage::Done;
}

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
        s.result.deals = extract_deals(s.result.corpus, s.options.deals);
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
