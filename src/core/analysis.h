// The analysis pipeline: input files in, one AnalysisResult out. AnalysisJob runs it in small steps so the
// browser can keep drawing frames; analyze() runs it to completion (CLI, tests).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "deals.h"
#include "lda_corpus.h"
#include "overlap.h"
#include "text.h"
#include "topics.h"

namespace entente {

struct InputFile {
  std::string name;              // base name shown to the user
  std::string bytes;             // raw file content
  std::string read_error;        // set by the caller when the file could not be read; bytes is then ignored
  std::size_t unread_bytes = 0;  // with read_error: the file's size when known (a file refused unread)
};

struct IngestLimits {
  std::size_t max_file_bytes = 20u << 20;    // 20 MB per file
  std::size_t max_total_bytes = 200u << 20;  // 200 MB per corpus
  std::size_t max_files = 10000;             // files beyond it are listed with an error, not read
};

struct AnalysisOptions {
  IngestLimits limits;
  TopicsOptions topics;
  DealsOptions deals;
  OverlapParams overlap;
};

struct AnalysisResult {
  Corpus corpus;
  TopicsResult topics;
  DealsResult deals;
  OverlapResult overlap;
  std::string error;  // corpus-level failure (e.g. a bad lexicon); per-file errors live in each Document
};

// Work units of the current stage: files read, candidate pairs aligned, sampling sweeps done.
struct StageProgress {
  std::size_t done = 0, total = 0;  // total 0: the stage is one unit of work
  const char* unit = "";            // "files", "pairs", "sweeps" or ""
};

class AnalysisJob {
 public:
  AnalysisJob(std::vector<InputFile> inputs, AnalysisOptions options);
  ~AnalysisJob();
  AnalysisJob(const AnalysisJob&) = delete;
  AnalysisJob& operator=(const AnalysisJob&) = delete;

  // Does one bounded unit of work (one file, one stage, one LDA sweep). Returns false once done.
  bool step();
  bool done() const;
  // Fraction of the work done, in [0, 1], and a short label of the current stage ("Reading files", ...).
  double progress() const;
  const char* stage() const;
  StageProgress stage_progress() const;
  // Topics discovered so far: the sampler's current state while sampling, else result().topics.discovered.
  DiscoveredTopics discovered() const;
  // Ends topic sampling early; the result reports the sweeps done so far.
  void stop_sampling();
  // Native builds, called before the first step(): the job then uses a second thread. Files are read and
  // their content terms counted on two threads, and topic sampling runs on the second from the moment topics
  // are counted, beside deals and overlap (the overlap stage's last step waits for it). The result is the
  // same. No effect in WebAssembly.
  void run_on_two_threads();
  // Calls fn(result()) once, when everything but the discovered topics is in the result: at the overlap
  // stage's end, before it waits for the second thread's sampling (run_on_two_threads), so that a caller can
  // write the rest of the result out meanwhile. fn must not keep the reference.
  void on_all_but_topics(std::function<void(const AnalysisResult&)> fn);

  // Topic sampling in another worker (the page), called before the first step(). Once topics are counted,
  // take_sampler_corpus() hands over the sampler's input (the options are this job's), and the Sampling
  // stage waits (step() does nothing, waiting_for_topics() is true) until provide_discovered() gives the
  // final topics; live ones show in discovered() and stage_progress() meanwhile. With lda_k 0 nothing is
  // handed over and nothing waits. stop_sampling() does not end the wait: ask the other worker to finish.
  void sample_elsewhere();
  // The sampler's input, once: none before topics are counted, with lda_k 0, or once taken.
  std::optional<LdaCorpus> take_sampler_corpus();
  bool waiting_for_topics() const;
  // Topics sampled elsewhere: live ones (`final` false) or the result's. Ignored when nothing waits.
  void provide_discovered(DiscoveredTopics discovered, bool final);
  // The result so far; complete once done().
  const AnalysisResult& result() const;
  AnalysisResult take_result();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Runs the whole pipeline. Never throws for bad input: file problems become Document::error,
// corpus-level problems AnalysisResult::error.
AnalysisResult analyze(std::vector<InputFile> inputs, const AnalysisOptions& options);

}  // namespace entente
