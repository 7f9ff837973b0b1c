// The binary sections' format (internal to result_wire.cpp): one field list per struct (fields()), walked by
// a Writer to encode and by a Reader to decode, so the two directions cannot drift apart.
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "result_wire.h"

namespace entente {
namespace wire {

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

}  // namespace wire
}  // namespace entente
