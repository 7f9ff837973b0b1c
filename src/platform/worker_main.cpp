// The analysis worker's entry point: the core without GLFW or ImGui, run as a plain Web Worker (no
// SharedArrayBuffer) by src/platform/worker_glue.js. Files arrive by postMessage, transferred; each section
// of the result goes back as soon as its stage is done, in binary (result_wire.h) for the UI's structs and
// as contract JSON (result_json.h) for entente.result(). Discovered topics are sent while they are sampled.
#include <emscripten.h>

#include <algorithm>
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
#include "similarity_order.h"
#include "worker_sampler.h"

namespace entente {
namespace {

constexpr std::size_t kJsonPieceBytes = 1 << 20;  // JSON copied out of wasm memory at a time
constexpr double kProgressEveryMs = 500;          // progress messages while a stage runs (each draws a frame)
constexpr double kDiscoveredEveryMs = 1000;       // live discovered topics while sampling
// Deals and mentions per message: a part decodes on the UI thread in a few milliseconds.
constexpr std::size_t kDealsPerPart = 1000;
constexpr std::size_t kMentionsPerPart = 20000;
constexpr std::size_t kDocumentBytesPerPart = 4 << 20;  // text per documents message

// Adds a piece of one contract section's JSON (copied out of wasm memory) to that section's pieces.
EM_JS(void, js_json_piece, (const char* key, const char* data, int size), {
  var k = UTF8ToString(key);
  var pieces = Module["ententeJsonPieces"] || (Module["ententeJsonPieces"] = {});
  (pieces[k] || (pieces[k] = [])).push(HEAPU8.slice(data, data + size));
});
// Joins the section's pieces (outside wasm memory) into its JSON for the next message (then transferred).
EM_JS(void, js_json_end, (const char* key), {
  var k = UTF8ToString(key);
  var pieces = (Module["ententeJsonPieces"] || {})[k] || [];
  if (Module["ententeJsonPieces"]) delete Module["ententeJsonPieces"][k];
  var total = 0;
  for (var i = 0; i < pieces.length; ++i) total += pieces[i].length;
  var all = new Uint8Array(total);
  for (var i = 0, at = 0; i < pieces.length; at += pieces[i].length, ++i) all.set(pieces[i], at);
  Module["ententeJson"][k] = all.buffer;
});
// Posts {type: "section", id, name, bin, json, notify, memory} with the JSON parts added since the last
// message (memory: the worker's wasm memory in bytes when it was sent).
EM_JS(void, js_post_section, (double id, const char* name, const char* data, int size, int notify), {
  var bin = HEAPU8.slice(data, data + size).buffer;
  var json = Module["ententeJson"];
  Module["ententeJson"] = {};
  var transfer = [bin].concat(Object.keys(json).map(function(k) { return json[k]; }));
  postMessage({
    type : "section",
    id : id,
    name : UTF8ToString(name),
    bin : bin,
    json : json,
    notify : !!notify,
    memory : HEAP8.length
  },
              transfer);
});
EM_JS(void, js_post_progress,
      (double id, const char* stage, double fraction, double done, double total, const char* unit, double eta,
       double files),
      {
        postMessage({
          type : "progress",
          id : id,
          stage : UTF8ToString(stage),
          fraction : fraction,
          done : done,
          total : total,
          unit : UTF8ToString(unit),
          eta : eta,
          files : files
        });
      });
// Posts {type, id, value, memory}; memory: the worker's wasm memory in bytes (it only grows: the peak).
EM_JS(void, js_post, (const char* type, double id, double value),
      { postMessage({type : UTF8ToString(type), id : id, value : value, memory : HEAP8.length}); });

// The second worker that samples topics (worker_glue.js starts it; none where a worker cannot start one).
EM_JS(int, js_has_sampler, (), { return Module["ententeSampler"] ? 1 : 0; });
// Posts {type: "sample", id, input} (input transferred) or {type} ("finish", "cancel") to the second worker;
// js_sampler_input returns 0 when there is none.
EM_JS(int, js_sampler_input, (double id, const char* data, int size), {
  if (!Module["ententeSampler"]) return 0;
  var input = HEAPU8.slice(data, data + size).buffer;
  Module["ententeSampler"].postMessage({type : "sample", id : id, input : input}, [input]);
  return 1;
});
EM_JS(void, js_sampler_tell, (const char* type), {
  if (Module["ententeSampler"]) Module["ententeSampler"].postMessage({type : UTF8ToString(type)});
});

// The overlap section with the heatmap's clustering order of the ok documents, so that the UI thread
// never clusters (O(n^2) time and memory).
std::string encode_overlap_ordered(const AnalysisResult& r) {
  OverlapResult overlap = r.overlap;
  std::vector<int> ids;
  for (const Document& d : r.corpus.docs)
    if (d.ok()) ids.push_back(d.id);
  overlap.doc_order = similarity_order(ids, r.overlap);
  return encode_overlap(overlap);
}

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

void Worker::post(const char* name, const std::string& bin, const std::vector<std::string>& keys,
                  const AnalysisResult& result, bool notify) {
  for (const std::string& key : keys) {  // in pieces: a whole section's text is never held in wasm memory
    section_json_pieces(result, key, kJsonPieceBytes, [&key](std::string_view piece) {
      js_json_piece(key.c_str(), piece.data(), static_cast<int>(piece.size()));
    });
    js_json_end(key.c_str());
  }
  js_post_section(id_, name, bin.data(), static_cast<int>(bin.size()), notify ? 1 : 0);
}

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

// Sends the section the stage that just ended produced.
void Worker::stage_done(const std::string& stage) {
  const AnalysisResult& r = job_->result();
  if (stage == "Reading files") {
    std::size_t bytes = 0;
    for (const Document& d : r.corpus.docs) bytes += d.text.size();
    const std::size_t parts =
        std::max<std::size_t>(1, (bytes + kDocumentBytesPerPart - 1) / kDocumentBytesPerPart);
    for (std::size_t i = 0; i + 1 < parts; ++i)
      post("documents", encode_documents_part(r.corpus, i, parts), {}, r);
    post("documents", encode_documents_part(r.corpus, parts - 1, parts), {"documents"}, r);
  }
  if (stage == "Counting topics") post("topics", encode_topics(r.topics, r.error), {"error", "topics"}, r);
  if (stage == "Finding deals") {
    const std::size_t parts =
        std::max<std::size_t>({1, (r.deals.deals.size() + kDealsPerPart - 1) / kDealsPerPart,
                               r.deals.mentions.size() / kMentionsPerPart});
    for (std::size_t i = 0; i + 1 < parts; ++i) post("deals", encode_deals_part(r.deals, i, parts), {}, r);
    post("deals", encode_deals_part(r.deals, parts - 1, parts), {"mentions", "deals"}, r);
  }
  if (stage == "Aligning passages") post("overlap", encode_overlap_ordered(r), {"overlap"}, r);
}

void Worker::finish() {
  result_ = job_->take_result();
  job_.reset();
  if (job_lexicon_ != options_.topics.lexicon_json && result_.error.empty()) {
    count_lexicon_topics(result_.corpus, lexicon_or_default(options_.topics.lexicon_json), result_.topics);
  }
  post("topics", encode_topics(result_.topics, result_.error), {"error", "topics"}, result_);
  js_post("done", id_, emscripten_get_now() - started_ms_);
}

void Worker::progress() {
  const double now = emscripten_get_now();
  if (now - progress_ms_ >= kProgressEveryMs) {
    progress_ms_ = now;
    const double fraction = job_->progress();
    const double eta = fraction > 0.02 ? (now - started_ms_) / 1000.0 * (1.0 - fraction) / fraction : -1.0;
    const StageProgress p = job_->stage_progress();
    js_post_progress(id_, job_->stage(), fraction, static_cast<double>(p.done), static_cast<double>(p.total),
                     p.unit, eta, static_cast<double>(files_));
  }
  if (now - discovered_ms_ >= kDiscoveredEveryMs && std::string(job_->stage()) == "Discovering topics" &&
      !job_->waiting_for_topics()) {  // topics sampled elsewhere are posted as they come
    discovered_ms_ = now;
    post("discovered", encode_discovered(job_->discovered()), {}, job_->result());
  }
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
