// The binary sections: each section encoded (in parts where big) and decoded into the result, and the topic
// sampler's input. The format itself (field lists, Writer, Reader) is in wire_fields.h.
#include "result_wire.h"

#include <algorithm>
#include <iterator>
#include <type_traits>

#include "wire_fields.h"

namespace entente {
namespace {

// First byte of a sampler input: not a result section (decode_section() refuses it).
constexpr std::uint8_t kSamplerInputTag = 0x40;

using wire::encode;
using wire::Reader;
using wire::Writer;

}  // namespace

std::string encode_documents(const Corpus& corpus) {
  return encode_documents_part(corpus, 0, 1);
}

std::string encode_documents_part(const Corpus& corpus, std::size_t part, std::size_t parts) {
  const std::size_t n = corpus.docs.size(), first = n * part / parts, end = n * (part + 1) / parts;
  Writer w;
  w(static_cast<std::uint8_t>(WireSection::Documents));
  w(static_cast<std::uint8_t>(part > 0));          // appends
  w(static_cast<std::uint8_t>(part + 1 < parts));  // more parts follow
  w(static_cast<std::uint32_t>(end - first));
  for (std::size_t i = first; i < end; ++i) {
    const Document& d = corpus.docs[i];
    w(d);
    w(DocCounts{static_cast<std::uint32_t>(d.tokens.size()), static_cast<std::uint32_t>(d.sentences.size())});
  }
  return std::move(w.out);
}

std::string encode_topics(const TopicsResult& topics, const std::string& error) {
  std::string out = encode(WireSection::Topics, topics);
  Writer w;
  w(error);
  return out + w.out;
}

std::string encode_discovered(const DiscoveredTopics& discovered) {
  return encode(WireSection::Discovered, discovered);
}
std::string encode_deals(const DealsResult& deals) {
  return encode_deals_part(deals, 0, 1);
}

std::string encode_deals_part(const DealsResult& deals, std::size_t part, std::size_t parts) {
  auto slice = [&](const auto& list) {
    using List = std::decay_t<decltype(list)>;
    const std::size_t n = list.size();
    return List(list.begin() + static_cast<std::ptrdiff_t>(n * part / parts),
                list.begin() + static_cast<std::ptrdiff_t>(n * (part + 1) / parts));
  };
  Writer w;
  w(static_cast<std::uint8_t>(WireSection::Deals));
  w(static_cast<std::uint8_t>(part > 0));                // appends
  w(static_cast<std::uint8_t>(part + 1 < parts));        // more parts follow
  w(static_cast<std::uint32_t>(deals.mentions.size()));  // the totals, for the receiver's reserve
  w(static_cast<std::uint32_t>(deals.deals.size()));
  w(slice(deals.mentions));
  w(slice(deals.deals));
  return std::move(w.out);
}
std::string encode_overlap(const OverlapResult& overlap) {
  return encode(WireSection::Overlap, overlap);
}

namespace {

// A part of the documents section: replaces the documents (the first part) or appends to them. Returns
// whether more parts follow.
bool decode_documents(Reader& r, AnalysisResult& result, std::vector<DocCounts>& counts) {
  std::uint8_t appends = 0, follows = 0;
  r(appends), r(follows);
  const std::uint32_t n = r.length();
  if (!appends) result.corpus.docs.clear(), counts.clear();
  const std::size_t at = result.corpus.docs.size();
  result.corpus.docs.resize(at + n);
  counts.resize(at + n);
  for (std::uint32_t i = 0; i < n; ++i) r(result.corpus.docs[at + i]), r(counts[at + i]);
  return follows != 0;
}

// A part of the deals section (mentions and deals), likewise.
bool decode_deals(Reader& r, AnalysisResult& result) {
  std::uint8_t appends = 0, follows = 0;
  std::uint32_t total_mentions = 0, total_deals = 0;
  r(appends), r(follows), r(total_mentions), r(total_deals);
  DealsResult part;
  r(part);
  if (!appends) result.deals = DealsResult{};
  // Room for every part at once: appending a later part then moves none of the earlier ones (a total far
  // beyond what the parts' sizes allow is not believed).
  auto make_room = [](auto& to, std::size_t total, std::size_t part_size) {
    if (total <= (part_size + 1) * 256) to.reserve(std::max(to.size(), static_cast<std::size_t>(total)));
  };
  make_room(result.deals.mentions, total_mentions, part.mentions.size());
  make_room(result.deals.deals, total_deals, part.deals.size());
  auto append = [](auto& to, auto& from) {
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
  };
  append(result.deals.mentions, part.mentions);
  append(result.deals.deals, part.deals);
  return follows != 0;
}

}  // namespace

WireSection decode_section(std::string_view bytes, AnalysisResult& result, std::vector<DocCounts>& counts,
                           bool* more) {
  if (more) *more = false;
  Reader r{bytes};
  std::uint8_t tag = 0;
  r(tag);
  const auto section = static_cast<WireSection>(tag);
  switch (section) {
    case WireSection::Documents:
      if (decode_documents(r, result, counts) && more) *more = true;
      break;
    case WireSection::Topics:
      r(result.topics), r(result.error);
      break;
    case WireSection::Discovered:
      r(result.topics.discovered);
      break;
    case WireSection::Deals:
      if (decode_deals(r, result) && more) *more = true;
      break;
    case WireSection::Overlap:
      r(result.overlap);
      break;
    default:
      throw WireError("unknown result section " + std::to_string(tag));
  }
  if (!r.in.empty()) throw WireError("result section has trailing bytes");
  return section;
}

std::string encode_sampler_input(const LdaCorpus& corpus, const TopicsOptions& options) {
  Writer w;
  w(kSamplerInputTag);
  w(corpus);
  w(options);
  return std::move(w.out);
}

void decode_sampler_input(std::string_view bytes, LdaCorpus& corpus, TopicsOptions& options) {
  Reader r{bytes};
  std::uint8_t tag = 0;
  r(tag);
  if (tag != kSamplerInputTag) throw WireError("not a topic sampler input");
  r(corpus), r(options);
  if (!r.in.empty()) throw WireError("topic sampler input has trailing bytes");
}

}  // namespace entente
