// The binary sections: one field list per struct (fields()), walked by a Writer to encode and by a Reader to
// decode, so the two directions cannot drift apart.
#include "result_wire.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <optional>
#include <type_traits>

namespace entente {
namespace {

// [SECTION] field lists, in struct order. The Writer only reads through these references.
template <class IO>
void fields(IO& io, Document& d) {
  io(d.id), io(d.name), io(d.bytes), io(d.encoding), io(d.title), io(d.error), io(d.text);
}
template <class IO>
void fields(IO& io, DocCounts& c) {
  io(c.tokens), io(c.sentences);
}
template <class IO>
void fields(IO& io, LexiconTopicInfo& t) {
  io(t.id), io(t.label), io(t.terms);
}
template <class IO>
void fields(IO& io, TopicFrequency& f) {
  io(f.doc), io(f.topic), io(f.hits), io(f.per_1000);
}
template <class IO>
void fields(IO& io, CorpusTopicFrequency& f) {
  io(f.topic), io(f.hits), io(f.per_1000);
}
template <class IO>
void fields(IO& io, DiscoveredTopic& t) {
  io(t.top_terms);
}
template <class IO>
void fields(IO& io, DiscoveredTopics& d) {
  io(d.k), io(d.seed), io(d.iterations), io(d.topics), io(d.doc_topic);
}
template <class IO>
void fields(IO& io, TermCount& c) {
  io(c.term), io(c.count), io(c.per_1000);
}
template <class IO>
void fields(IO& io, DistinctiveTerms& d) {
  io(d.doc), io(d.terms), io(d.tf_idf);
}
template <class IO>
void fields(IO& io, DocTerms& d) {
  io(d.doc), io(d.terms);
}
template <class IO>
void fields(IO& io, TermStats& t) {
  io(t.corpus), io(t.distinctive), io(t.per_doc);
}
template <class IO>
void fields(IO& io, TopicsResult& t) {
  io(t.lexicon), io(t.frequencies), io(t.corpus), io(t.discovered), io(t.terms);
}
template <class IO>
void fields(IO& io, Mention& m) {
  io(m.doc), io(m.type), io(m.start), io(m.end), io(m.text), io(m.value), io(m.unit), io(m.value_usd),
      io(m.canonical);
}
template <class IO>
void fields(IO& io, Evidence& e) {
  io(e.start), io(e.end), io(e.text);
}
// When Deal gains a field, add it here too: the round trip test (tests/result_wire_test.cpp) fails until
// then.
template <class IO>
void fields(IO& io, Deal& d) {
  io(d.doc), io(d.kind), io(d.sector), io(d.parties), io(d.item), io(d.value_usd), io(d.value),
      io(d.currency), io(d.value_text), io(d.value_qualifier), io(d.quantity), io(d.year), io(d.date_text),
      io(d.status), io(d.evidence), io(d.evidence_extra), io(d.aggregate), io(d.confidence), io(d.group),
      io(d.conflicts);
}
template <class IO>
void fields(IO& io, DealsResult& d) {
  io(d.mentions), io(d.deals);
}
template <class IO>
void fields(IO& io, OverlapParams& p) {
  io(p.shingle), io(p.min_passage_tokens), io(p.max_gap), io(p.boilerplate_share), io(p.boilerplate_min_docs);
}
template <class IO>
void fields(IO& io, Passage& p) {
  io(p.a_start), io(p.a_end), io(p.b_start), io(p.b_end), io(p.a_text), io(p.b_text), io(p.similarity);
}
template <class IO>
void fields(IO& io, OverlapPair& p) {
  io(p.a), io(p.b), io(p.score), io(p.shared_tokens), io(p.passages);
}
template <class IO>
void fields(IO& io, OverlapResult& o) {
  io(o.params), io(o.pairs), io(o.doc_order);
}
template <class IO>
void fields(IO& io, LdaCorpus& c) {
  io(c.vocab), io(c.docs), io(c.tokens);
}
template <class IO>
void fields(IO& io, TopicsOptions& o) {
  io(o.lda_k), io(o.lda_seed), io(o.lda_iterations), io(o.lda_tolerance);
}

// First byte of a sampler input: not a result section (decode_section() refuses it).
constexpr std::uint8_t kSamplerInputTag = 0x40;

// [SECTION] Writer and Reader: numbers as bytes, strings and vectors with a 32-bit length first.
struct Writer {
  std::string out;

  template <class T>
  void operator()(const T& v) {
    if constexpr (std::is_arithmetic_v<T>) {
      out.append(reinterpret_cast<const char*>(&v), sizeof v);
    } else {
      fields(*this, const_cast<T&>(v));  // fields() only reads when walked by a Writer
    }
  }
  void operator()(const std::string& s) {
    (*this)(static_cast<std::uint32_t>(s.size()));
    out += s;
  }
  template <class T>
  void operator()(const std::optional<T>& v) {
    (*this)(static_cast<std::uint8_t>(v.has_value()));
    if (v) (*this)(*v);
  }
  template <class T>
  void operator()(const std::vector<T>& v) {
    (*this)(static_cast<std::uint32_t>(v.size()));
    for (const T& x : v) (*this)(x);
  }
};

struct Reader {
  std::string_view in;

  std::string_view take(std::size_t n) {
    if (n > in.size()) throw WireError("result section truncated");
    std::string_view head = in.substr(0, n);
    in.remove_prefix(n);
    return head;
  }
  template <class T>
  void operator()(T& v) {
    if constexpr (std::is_arithmetic_v<T>) {
      std::memcpy(&v, take(sizeof v).data(), sizeof v);
    } else {
      fields(*this, v);
    }
  }
  std::uint32_t length() {
    std::uint32_t n = 0;
    (*this)(n);
    if (n > in.size()) throw WireError("result section truncated");  // every element takes a byte at least
    return n;
  }
  void operator()(std::string& s) {
    const std::uint32_t n = length();
    s.assign(take(n));
  }
  template <class T>
  void operator()(std::optional<T>& v) {
    std::uint8_t has = 0;
    (*this)(has);
    if (!has) return v.reset();
    T x{};
    (*this)(x);
    v = std::move(x);
  }
  template <class T>
  void operator()(std::vector<T>& v) {
    v.clear();
    v.resize(length());
    for (T& x : v) (*this)(x);
  }
};

template <class T>
std::string encode(WireSection section, const T& value) {
  Writer w;
  w(static_cast<std::uint8_t>(section));
  w(value);
  return std::move(w.out);
}

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

WireSection decode_section(std::string_view bytes, AnalysisResult& result, std::vector<DocCounts>& counts,
                           bool* more) {
  if (more) *more = false;
  Reader r{bytes};
  std::uint8_t tag = 0;
  r(tag);
  const auto section = static_cast<WireSection>(tag);
  switch (section) {
    case WireSection::Documents: {
      std::uint8_t appends = 0, follows = 0;
      r(appends), r(follows);
      const std::uint32_t n = r.length();
      if (!appends) result.corpus.docs.clear(), counts.clear();
      const std::size_t at = result.corpus.docs.size();
      result.corpus.docs.resize(at + n);
      counts.resize(at + n);
      for (std::uint32_t i = 0; i < n; ++i) r(result.corpus.docs[at + i]), r(counts[at + i]);
      if (more) *more = follows != 0;
      break;
    }
    case WireSection::Topics:
      r(result.topics), r(result.error);
      break;
    case WireSection::Discovered:
      r(result.topics.discovered);
      break;
    case WireSection::Deals: {
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
      if (more) *more = follows != 0;
      break;
    }
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
