// How the analysis worker sends its result: each section as soon as its stage is done, in parts where big
// (binary for the UI's structs, JSON in pieces for entente.result()), progress while a stage runs, live
// discovered topics, and the final topics with the end of the load.
#include <emscripten.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon.h"
#include "result_json.h"
#include "result_wire.h"
#include "similarity_order.h"
#include "worker.h"

namespace entente {
namespace {

constexpr std::size_t kJsonPieceBytes = 1 << 20;  // JSON copied out of wasm memory at a time
constexpr double kProgressEveryMs = 500;          // progress messages while a stage runs (each draws a frame)
constexpr double kDiscoveredEveryMs = 1000;       // live discovered topics while sampling
// Deals and mentions per message: a part decodes on the UI thread in a few milliseconds.
constexpr std::size_t kDealsPerPart = 1000;
constexpr std::size_t kMentionsPerPart = 20000;
constexpr std::size_t kDocumentBytesPerPart = 4 << 20;  // text per documents message

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

}  // namespace

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

}  // namespace entente
