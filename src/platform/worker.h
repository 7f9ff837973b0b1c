// The analysis worker (internal to worker_main.cpp and worker_send.cpp): the files of the next load, the
// running AnalysisJob, the last finished result, and who samples topics (the second worker or a fallback
// here).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis.h"
#include "worker_messages.h"
#include "worker_sampler.h"

namespace entente {

class Worker {
 public:
  void add(InputFile file) { pending_.push_back(std::move(file)); }
  // append: after the kept files; keep: the files stay for a later append (else freed once read).
  void start(double id, bool append, bool keep);
  static constexpr int kRunDone = 0, kRunMore = 1, kRunWaiting = 2;
  int run(double budget_ms);
  void set_lexicon(std::string json, double version);
  void stop_sampling();
  // Topics from the second worker (or the fallback sampler) for load `id`: live, or final.
  void discovered(double id, std::string_view bin, bool final);
  // The second worker failed: this worker samples from now on (the current load's input included).
  void sampler_failed();

 private:
  void post(const char* name, const std::string& bin, const std::vector<std::string>& keys,
            const AnalysisResult& result, bool notify = false);
  void stage_done(const std::string& stage);
  void finish();
  void progress();
  void hand_over();
  void start_fallback();

  std::vector<InputFile> pending_;  // files of the next start()
  std::vector<InputFile> inputs_;   // the corpus' files when kept, so that "add files" can re-analyze
  std::size_t files_ = 0;           // files in the running (or last) load
  AnalysisOptions options_;         // topics.lexicon_json follows set_lexicon()
  std::unique_ptr<AnalysisJob> job_;
  std::string job_lexicon_;  // options_.topics.lexicon_json when the job started
  AnalysisResult result_;    // the last finished result (recounted when the lexicon changes)
  double id_ = 0;            // the page's id of the running (or last) load
  double started_ms_ = 0, progress_ms_ = 0, discovered_ms_ = 0;
  bool sampler_ok_ = js_has_sampler() != 0;  // the second worker samples
  std::string sampler_input_;                // the current load's sampler input, until its final topics
  WorkerSampler fallback_{
      [this](double id, const std::string& bin, bool final) { discovered(id, bin, final); }};
};

}  // namespace entente
