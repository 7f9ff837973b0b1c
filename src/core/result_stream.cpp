// write_json_stream: walks each section's tree built without its rows (the skeleton), writing it as
// nlohmann's dump() would, and at each RowArray's place writes the rows chunk by chunk, each chunk's JSON
// built by the same section writer (section_json_value) on a result that holds only that chunk.
#include "result_stream.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <type_traits>

namespace entente {
namespace {

using ordered = nlohmann::ordered_json;

struct Place {
  std::string pointer;  // JSON pointer inside the section ("" for the section itself)
  RowArray array;
};

std::vector<Place> places_of(const std::string& key) {
  if (key == "documents") return {{"", RowArray::kDocuments}};
  if (key == "topics")
    return {{"/frequencies", RowArray::kFrequencies},
            {"/discovered/doc_topic", RowArray::kDocTopic},
            {"/terms/per_doc", RowArray::kTermsPerDoc},
            {"/terms/distinctive", RowArray::kDistinctive}};
  if (key == "mentions") return {{"", RowArray::kMentions}};
  if (key == "deals") return {{"", RowArray::kDeals}};
  if (key == "overlap") return {{"/pairs", RowArray::kPairs}};
  return {};
}

// Calls f with the vector that holds the rows of `array` (R: AnalysisResult, D: its documents; const or not).
template <typename R, typename D, typename F>
void with_rows(RowArray array, R& result, D& docs, F&& f) {
  switch (array) {
    case RowArray::kDocuments:
      return f(docs);
    case RowArray::kFrequencies:
      return f(result.topics.frequencies);
    case RowArray::kDocTopic:
      return f(result.topics.discovered.doc_topic);
    case RowArray::kTermsPerDoc:
      return f(result.topics.terms.per_doc);
    case RowArray::kDistinctive:
      return f(result.topics.terms.distinctive);
    case RowArray::kMentions:
      return f(result.deals.mentions);
    case RowArray::kDeals:
      return f(result.deals.deals);
    case RowArray::kPairs:
      return f(result.overlap.pairs);
  }
}

// Copies rows [begin, end) of `array` from (result, docs) into `to`.
template <typename R, typename D>
std::size_t copy_rows(RowArray array, R& result, D& docs, std::size_t begin, std::size_t limit,
                      RowChunk& to) {
  std::size_t copied = 0;
  with_rows(array, result, docs, [&](auto& from) {
    using Rows = std::decay_t<decltype(from)>;
    const std::size_t end = std::min(from.size(), begin + limit);
    with_rows(array, to.result, to.docs, [&](auto& into) {
      if constexpr (std::is_same_v<std::decay_t<decltype(into)>, Rows>) {
        if (begin < end) into.insert(into.end(), from.begin() + begin, from.begin() + end);
      }
    });
    copied = end > begin ? end - begin : 0;
  });
  return copied;
}

const ordered* find(const ordered& v, const std::string& pointer) {
  try {
    return &v.at(ordered::json_pointer(pointer));
  } catch (const nlohmann::json::exception&) {
    return nullptr;
  }
}

class Writer {
 public:
  Writer(std::ostream& out, const RowSource& source, int indent)
      : out_(out), source_(source), indent_(indent) {}

  void document(const AnalysisResult& head) {
    out_ << '{';
    bool first = true;
    for (const std::string& key : contract_keys()) {
      member(key, first, 1);
      first = false;
      section(head, key);
    }
    if (!first) newline(0);
    out_ << '}';
  }

 private:
  void section(const AnalysisResult& head, const std::string& key) {
    const std::vector<Place> places = places_of(key);
    const ordered skeleton = section_json_value(head, {}, key);
    const bool streamable = std::all_of(places.begin(), places.end(), [&](const Place& p) {
      const ordered* at = find(skeleton, p.pointer);
      return at && at->is_array() && at->empty();
    });
    if (streamable) {
      node(skeleton, key, "", places, 1);
    } else {
      gathered(head, key, places);
    }
  }

  void node(const ordered& v, const std::string& key, const std::string& pointer,
            const std::vector<Place>& places, int depth) {
    for (const Place& p : places)
      if (p.pointer == pointer) return rows(key, p, depth);
    const bool place_below = std::any_of(places.begin(), places.end(), [&](const Place& p) {
      return p.pointer.compare(0, pointer.size() + 1, pointer + "/") == 0;
    });
    if (!v.is_object() || v.empty() || !place_below) return value(v, depth);
    out_ << '{';
    bool first = true;
    for (const auto& item : v.items()) {
      member(item.key(), first, depth + 1);
      first = false;
      node(item.value(), key, pointer + "/" + item.key(), places, depth + 1);
    }
    newline(depth);
    out_ << '}';
  }

  // The array at `p`, its rows from the source chunk by chunk.
  void rows(const std::string& key, const Place& p, int depth) {
    bool any = false;
    RowChunk chunk;
    while (source_(p.array, chunk)) {
      const ordered part = section_json_value(chunk.result, chunk.docs, key);
      for (const ordered& row : part.at(ordered::json_pointer(p.pointer))) {
        out_ << (any ? ',' : '[');
        any = true;
        newline(depth + 1);
        value(row, depth + 1);
      }
      chunk = RowChunk();
    }
    if (!any) out_ << '[';
    if (any) newline(depth);
    out_ << ']';
  }

  // The section built whole, every row gathered from the source (a format without an array at a place).
  void gathered(const AnalysisResult& head, const std::string& key, const std::vector<Place>& places) {
    RowChunk all{head, {}};
    for (const Place& p : places) {
      RowChunk chunk;
      while (source_(p.array, chunk)) {
        with_rows(p.array, chunk.result, chunk.docs, [&](auto& from) {
          with_rows(p.array, all.result, all.docs, [&](auto& into) {
            if constexpr (std::is_same_v<decltype(into), decltype(from)>)
              into.insert(into.end(), std::make_move_iterator(from.begin()),
                          std::make_move_iterator(from.end()));
          });
        });
        chunk = RowChunk();
      }
    }
    value(section_json_value(all.result, all.docs, key), 1);
  }

  void member(const std::string& name, bool first, int depth) {
    if (!first) out_ << ',';
    newline(depth);
    out_ << ordered(name).dump(-1, ' ', false, ordered::error_handler_t::replace)
         << (indent_ >= 0 ? ": " : ":");
  }

  void newline(int depth) {
    if (indent_ >= 0) out_ << '\n' << std::string(static_cast<std::size_t>(depth * indent_), ' ');
  }

  // v as dump() writes it at `depth` inside the document: its lines after the first shifted right.
  void value(const ordered& v, int depth) {
    const std::string text = v.dump(indent_, ' ', false, ordered::error_handler_t::replace);
    if (indent_ <= 0) {
      out_ << text;
      return;
    }
    const std::string shift(static_cast<std::size_t>(depth * indent_), ' ');
    std::size_t from = 0;
    for (std::size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', from)) {
      out_.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from));
      out_ << shift;
      from = nl + 1;
    }
    out_.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
  }

  std::ostream& out_;
  const RowSource& source_;
  int indent_;
};

}  // namespace

void write_json_stream(std::ostream& out, const AnalysisResult& head, const RowSource& source, int indent) {
  Writer(out, source, indent).document(head);
}

AnalysisResult head_of(const AnalysisResult& r) {
  AnalysisResult head;
  head.error = r.error;
  head.topics.lexicon = r.topics.lexicon;
  head.topics.corpus = r.topics.corpus;
  head.topics.discovered.k = r.topics.discovered.k;
  head.topics.discovered.seed = r.topics.discovered.seed;
  head.topics.discovered.iterations = r.topics.discovered.iterations;
  head.topics.discovered.topics = r.topics.discovered.topics;
  head.topics.terms.corpus = r.topics.terms.corpus;
  head.overlap.params = r.overlap.params;
  return head;
}

RowSource rows_in_memory(const AnalysisResult& result, const std::vector<DocumentSummary>& docs,
                         std::size_t chunk_rows) {
  std::array<std::size_t, 8> next{};  // per RowArray, the first row not yet given
  return [&result, &docs, chunk_rows, next](RowArray array, RowChunk& chunk) mutable {
    std::size_t& at = next[static_cast<std::size_t>(array)];
    std::size_t limit = std::max<std::size_t>(chunk_rows, 1);
    if (array == RowArray::kMentions) {  // a document's mentions in one chunk: they fold and form tables
      const std::vector<Mention>& m = result.deals.mentions;
      while (at + limit < m.size() && m[at + limit].doc == m[at + limit - 1].doc) ++limit;
    }
    const std::size_t copied = copy_rows(array, result, docs, at, limit, chunk);
    at += copied;
    return copied > 0;
  };
}

}  // namespace entente
