// Topic sampling for the page's second worker (and in the first one when a second cannot start): an
// LdaSampler run in slices from an encoded input (encode_sampler_input, result_wire.h), handing back encoded
// discovered topics (encode_discovered) live about once a second and once at the end.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "topics.h"

namespace entente {

class WorkerSampler {
 public:
  // Receives the encoded topics of load `id`; `final` once, when sampling ends.
  using Emit = std::function<void(double id, const std::string& bin, bool final)>;
  explicit WorkerSampler(Emit emit) : emit_(std::move(emit)) {}

  // Starts sampling `input` for load `id` (dropping any other). Throws WireError on bytes that are not a
  // sampler input, and std::invalid_argument on options the sampler refuses.
  void start(double id, std::string_view input);
  // Samples for about budget_ms; returns true while sampling remains.
  bool run(double budget_ms);
  // Emits the final topics now (the sweeps done so far) and stops.
  void finish();
  // Stops without emitting anything.
  void cancel() { lda_.reset(); }
  bool active() const { return lda_ != nullptr; }

 private:
  void emit(bool final);

  Emit emit_;
  std::unique_ptr<LdaSampler> lda_;
  double id_ = 0;
  double emitted_ms_ = 0;
};

}  // namespace entente
