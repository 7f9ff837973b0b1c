// The analysis worker's entry point and its message handlers: the core without GLFW or ImGui, run as a plain
// Web Worker (no SharedArrayBuffer) by src/platform/worker_glue.js. Files arrive by postMessage, transferred;
// the result goes back section by section (worker_send.cpp) through JavaScript calls (worker_messages.h).
#include <emscripten.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis.h"
#include "lexicon.h"
#include "result_json.h"
#include "result_wire.h"
#include "worker.h"

namespace entente {

void Worker::start(double id, bool append, bool keep) {
  if (!append) inputs_.clear();
  for (InputFile& f : pending_) inputs_.push_back(std::move(f));
  files_ = inputs_.size();
  pending_.clear();
  id_ = id;
  js_sampler_tell("cancel");
  fallback_.cancel();
  sampler_input_.clear();
  result_ = AnalysisResult{};
  result_.overlap.params = options_.overlap;
  post("reset", "", contract_keys(), result_);  // entente.result() shows the empty corpus from now on
  if (keep) {
    job_ = std::make_unique<AnalysisJob>(inputs_, options_);
  } else {  // the page sends the whole corpus each time: no copy of its bytes stays here
    job_ = std::make_unique<AnalysisJob>(std::move(inputs_), options_);
    inputs_.clear();
  }
  if (sampler_ok_) job_->sample_elsewhere();
  job_lexicon_ = options_.topics.lexicon_json;
  started_ms_ = progress_ms_ = discovered_ms_ = emscripten_get_now();
}

// Sends the sampler's input to the second worker once topics are counted.
void Worker::hand_over() {
  std::optional<LdaCorpus> corpus = job_->take_sampler_corpus();
  if (!corpus) return;
  sampler_input_ = encode_sampler_input(*corpus, options_.topics);
  sampler_ok_ =
      sampler_ok_ && js_sampler_input(id_, sampler_input_.data(), static_cast<int>(sampler_input_.size()));
  if (!sampler_ok_) start_fallback();
}

// Samples here what the second worker would have; an input that cannot be sampled ends with no topics.
void Worker::start_fallback() {
  try {
    fallback_.start(id_, sampler_input_);
  } catch (const std::exception& e) {
    emscripten_log(EM_LOG_WARN, "entente worker: topics not sampled: %s", e.what());
    job_->provide_discovered(DiscoveredTopics{options_.topics.lda_k, options_.topics.lda_seed, 0, {}, {}},
                             true);
  }
}

// Steps the job for about budget_ms. Returns kRunMore while work remains, kRunDone when finished, and
// kRunWaiting while only topics sampled by the second worker are awaited (its message resumes the work).
int Worker::run(double budget_ms) {
  if (!job_) return kRunDone;
  const double start = emscripten_get_now();
  do {
    if (job_->waiting_for_topics()) {
      if (!fallback_.active()) {
        progress();
        return kRunWaiting;
      }
      fallback_.run(budget_ms);  // its final topics end the wait
      continue;
    }
    const std::string before = job_->stage();
    const bool more = job_->step();
    if (before != job_->stage()) stage_done(before);
    hand_over();
    if (!more) {
      finish();
      return kRunDone;
    }
  } while (emscripten_get_now() - start < budget_ms);
  progress();
  return kRunMore;
}

void Worker::stop_sampling() {
  if (!job_) return;
  if (!job_->waiting_for_topics()) return job_->stop_sampling();
  if (fallback_.active())
    fallback_.finish();
  else
    js_sampler_tell("finish");
}

void Worker::discovered(double id, std::string_view bin, bool final) {
  if (!job_ || id != id_) return;  // a load that was replaced
  AnalysisResult decoded;
  std::vector<DocCounts> counts;
  try {
    decode_section(bin, decoded, counts);
  } catch (const WireError& e) {
    emscripten_log(EM_LOG_WARN, "entente worker: the topic sampler sent %s", e.what());
    return sampler_failed();
  }
  job_->provide_discovered(std::move(decoded.topics.discovered), final);
  if (final) sampler_input_.clear();  // nothing left for a fallback to sample
  js_post_section(id_, "discovered", bin.data(), static_cast<int>(bin.size()), 0);
  progress();
}

void Worker::sampler_failed() {
  sampler_ok_ = false;
  if (job_ && !sampler_input_.empty() && !fallback_.active()) start_fallback();
}

// The lexicon was checked on the UI side. A running job counts with it when it finishes; a finished
// corpus is recounted at once. Either way the page gets {type: "lexicon", value: version} last.
void Worker::set_lexicon(std::string json, double version) {
  options_.topics.lexicon_json = std::move(json);
  if (!job_ && !result_.corpus.docs.empty() && result_.error.empty()) {
    try {
      count_lexicon_topics(result_.corpus, lexicon_or_default(options_.topics.lexicon_json), result_.topics);
      post("topics", encode_topics(result_.topics, result_.error), {"error", "topics"}, result_, true);
    } catch (const LexiconError& e) {
      emscripten_log(EM_LOG_WARN, "entente worker: lexicon not applied: %s", e.what());
    }
  }
  js_post("lexicon", id_, version);
}

namespace {

Worker* g_worker = nullptr;  // exported C functions cannot carry a context

}  // namespace
}  // namespace entente

using entente::g_worker;

extern "C" {

// Adds a file to the next worker_start(): its base name and bytes.
EMSCRIPTEN_KEEPALIVE void worker_add(const char* name, const char* bytes, int size) {
  entente::InputFile f;
  f.name = name;
  f.bytes.assign(bytes, static_cast<std::size_t>(size));
  g_worker->add(std::move(f));
}

// Adds a file that could not be read (it becomes a document with this error).
EMSCRIPTEN_KEEPALIVE void worker_add_error(const char* name, const char* error) {
  entente::InputFile f;
  f.name = name;
  f.read_error = error;
  g_worker->add(std::move(f));
}

// Starts analyzing the added files (append != 0: after the current corpus' files); drops a running job.
// keep != 0: the files are kept for a later append; 0: they are freed once read (no append will follow).
EMSCRIPTEN_KEEPALIVE void worker_start(double id, int append, int keep) {
  g_worker->start(id, append != 0, keep != 0);
}

// Works for about budget_ms. Returns 1 while work remains, 0 when done, 2 while only topics sampled by the
// second worker are awaited (worker_discovered() then resumes the work).
EMSCRIPTEN_KEEPALIVE int worker_run(double budget_ms) {
  return g_worker->run(budget_ms);
}

// Topics from the second worker for load `id` (encode_discovered bytes): live, or final != 0.
EMSCRIPTEN_KEEPALIVE void worker_discovered(double id, const char* data, int size, int final) {
  g_worker->discovered(id, std::string_view(data, static_cast<std::size_t>(size)), final != 0);
}

// The second worker failed or cannot sample: this worker samples from now on.
EMSCRIPTEN_KEEPALIVE void worker_sampler_failed() {
  g_worker->sampler_failed();
}

EMSCRIPTEN_KEEPALIVE void worker_set_lexicon(const char* json, double version) {
  g_worker->set_lexicon(json, version);
}

EMSCRIPTEN_KEEPALIVE void worker_stop_sampling() {
  g_worker->stop_sampling();
}

}  // extern "C"

int main() {
  g_worker = new entente::Worker();  // lives as long as the worker
  entente::js_post("ready", 0, 0);
  return 0;
}
