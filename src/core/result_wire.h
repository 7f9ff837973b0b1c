// A compact binary form of the analysis result, section by section, for the page: the worker encodes each
// section as soon as its stage is done and the UI thread decodes it into the same structs (no JSON parse on
// the UI thread). Both ends are the same build, so numbers travel in native layout; the format is never
// stored. Documents travel with their text but without tokens: their counts come in DocCounts.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "analysis.h"
#include "lda_corpus.h"

namespace entente {

// Token and sentence counts of a document whose tokens were not sent (the page's UI side).
struct DocCounts {
  std::uint32_t tokens = 0, sentences = 0;
};

// Thrown by decode_section() for bytes that are not a whole encoded section.
struct WireError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// One encoded section each; the first byte names the section.
std::string encode_documents(const Corpus& corpus);
// Part `part` of `parts` (0-based) of the documents, cut in even slices by count: 65 MB of text at 10,000
// documents goes in parts that each copy and decode in a few milliseconds. Part 0 replaces the decoded
// documents and later parts append; decode_section() tells when more parts follow.
std::string encode_documents_part(const Corpus& corpus, std::size_t part, std::size_t parts);
// Lexicon topics, term statistics, discovered topics and the corpus-level error (set while counting).
std::string encode_topics(const TopicsResult& topics, const std::string& error);
// Only the discovered topics (live updates while topics are sampled).
std::string encode_discovered(const DiscoveredTopics& discovered);
// Mentions and deals.
std::string encode_deals(const DealsResult& deals);
// Part `part` of `parts` (0-based) of the mentions and deals, each list cut in `parts` even slices: a big
// deal list goes in parts so that each decodes in a few milliseconds. Part 0 replaces the decoded deals and
// later parts append; decode_section() tells when more parts follow.
std::string encode_deals_part(const DealsResult& deals, std::size_t part, std::size_t parts);
std::string encode_overlap(const OverlapResult& overlap);

// The sections decode_section() can name.
enum class WireSection : std::uint8_t { Documents = 1, Topics, Discovered, Deals, Overlap };

// Replaces the section `bytes` holds in `result` (and `counts` for documents: one entry per document)
// and returns which section it was; `*more` (when given) is set when further parts of it follow. Throws
// WireError on truncated or unknown input; `result` may then hold a partly decoded section.
WireSection decode_section(std::string_view bytes, AnalysisResult& result, std::vector<DocCounts>& counts,
                           bool* more = nullptr);

// The topic sampler's input and options (lda_k, lda_seed, lda_iterations, lda_tolerance), for a second
// worker that samples while the first finds deals and overlap. decode_sampler_input() throws WireError on
// bytes that are not one whole encoded input; other fields of `options` are left as they were.
std::string encode_sampler_input(const LdaCorpus& corpus, const TopicsOptions& options);
void decode_sampler_input(std::string_view bytes, LdaCorpus& corpus, TopicsOptions& options);

}  // namespace entente
