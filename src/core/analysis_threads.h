// The second thread of a native analysis: a sampler run to its end beside the other stages (and, in
// index_threads.h, a loop over indexes shared by two threads). In WebAssembly it does not run at all.
#pragma once

#include <cstddef>
#ifndef __EMSCRIPTEN__
#include <atomic>
#include <thread>
#endif

#include "index_threads.h"
#include "topics.h"

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

  // Samples `lda` on the thread until it ends or stop() is called; `lda` must outlive the thread.
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

}  // namespace entente
