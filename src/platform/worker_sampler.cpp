// WorkerSampler (worker_sampler.h), and the entry points of the page's second worker, which only samples:
// started by worker_glue.js when the worker's name is "entente-sampler".
#include "worker_sampler.h"

#include <emscripten.h>

#include "result_wire.h"

namespace entente {
namespace {

constexpr double kLiveEveryMs = 1000;         // live discovered topics while sampling
constexpr std::size_t kTokensPerRun = 50000;  // a few milliseconds: the budget is checked between runs

}  // namespace

void WorkerSampler::start(double id, std::string_view input) {
  LdaCorpus corpus;
  TopicsOptions options;
  decode_sampler_input(input, corpus, options);
  lda_ = std::make_unique<LdaSampler>(std::move(corpus), options);
  id_ = id;
  emitted_ms_ = emscripten_get_now();
}

bool WorkerSampler::run(double budget_ms) {
  if (!lda_) return false;
  const double start = emscripten_get_now();
  bool more = true;
  while (more && emscripten_get_now() - start < budget_ms) more = lda_->run(kTokensPerRun);
  if (!more) {
    finish();
    return false;
  }
  if (emscripten_get_now() - emitted_ms_ >= kLiveEveryMs) emit(false);
  return true;
}

void WorkerSampler::finish() {
  if (!lda_) return;
  emit(true);
  lda_.reset();
}

void WorkerSampler::emit(bool final) {
  emitted_ms_ = emscripten_get_now();
  emit_(id_, encode_discovered(lda_->result()), final);
}

namespace {

// Posts {type: "discovered", id, bin, final} to the first worker (bin transferred).
EM_JS(void, js_post_discovered, (double id, const char* data, int size, int final), {
  var bin = HEAPU8.slice(data, data + size).buffer;
  postMessage({type : "discovered", id : id, bin : bin, final : !!final}, [bin]);
});
// Posts {type: "sampler-error", id, message}: the input could not be sampled.
EM_JS(void, js_post_sampler_error, (double id, const char* message),
      { postMessage({type : "sampler-error", id : id, message : UTF8ToString(message)}); });

WorkerSampler* g_sampler = nullptr;  // exported C functions cannot carry a context

}  // namespace
}  // namespace entente

using entente::g_sampler;

extern "C" {

// Starts sampling the encoded input of load `id` (see WorkerSampler::start).
EMSCRIPTEN_KEEPALIVE void sampler_start(double id, const char* data, int size) {
  if (!g_sampler)
    g_sampler = new entente::WorkerSampler([](double for_id, const std::string& bin, bool final) {
      entente::js_post_discovered(for_id, bin.data(), static_cast<int>(bin.size()), final ? 1 : 0);
    });
  try {
    g_sampler->start(id, std::string_view(data, static_cast<std::size_t>(size)));
  } catch (const std::exception& e) {
    g_sampler->cancel();
    entente::js_post_sampler_error(id, e.what());
  }
}

// Samples for about budget_ms. Returns 1 while sampling remains.
EMSCRIPTEN_KEEPALIVE int sampler_run(double budget_ms) {
  return g_sampler && g_sampler->run(budget_ms) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void sampler_finish() {
  if (g_sampler) g_sampler->finish();
}

EMSCRIPTEN_KEEPALIVE void sampler_cancel() {
  if (g_sampler) g_sampler->cancel();
}

}  // extern "C"
