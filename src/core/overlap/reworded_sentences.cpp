// Reworded sentence pairs by shared content words, and the joining of aligned passages with them.
#include "reworded_sentences.h"

#include <algorithm>
#include <string>

#include "fingerprint.h"

namespace entente {

std::string_view fold_inflection(std::string_view form) {
  for (std::string_view suffix : {std::string_view("ing"), std::string_view("ed")}) {
    if (form.size() >= suffix.size() + 3 && form.substr(form.size() - suffix.size()) == suffix) {
      form.remove_suffix(suffix.size());
      break;
    }
  }
  if (form.size() >= 4 && form.back() == 'e') form.remove_suffix(1);
  return form;
}

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The folded hash of match token i: its own hash unless its word may carry an inflection.
std::uint64_t folded_word(const Document& doc, const MatchSeq& seq, std::uint32_t i) {
  const std::string_view lower = doc.tokens.lower(seq.token[i]);
  if (lower.find('-') != std::string_view::npos ||
      !(ends_with(lower, "ing") || ends_with(lower, "ed") || ends_with(lower, "e")))
    return seq.word[i];
  return hash_bytes(fold_inflection(normalize_word(lower)));
}

}  // namespace

SentenceWords sentence_words(const Document& doc, const MatchSeq& seq,
                             const std::vector<std::uint64_t>& kept) {
  // A bit per hash bucket of `kept`: most words left out (the corpus's common ones) fail the bit test.
  std::vector<std::uint64_t> bits(64, 0);
  for (std::uint64_t h : kept) bits[(h >> 6) & 63] |= std::uint64_t{1} << (h & 63);
  auto is_kept = [&](std::uint64_t h) {
    return ((bits[(h >> 6) & 63] >> (h & 63)) & 1) != 0 && std::binary_search(kept.begin(), kept.end(), h);
  };
  SentenceWords out;
  std::size_t s = 0, last = doc.sentences.size();
  for (std::uint32_t i = 0; i < seq.size(); ++i) {
    const std::uint32_t t = seq.token[i];
    while (s < doc.sentences.size() && doc.sentences[s].token_end <= t) ++s;
    if (s == doc.sentences.size() || t < doc.sentences[s].first_token || !seq.usable(i)) continue;
    if (s != last) {
      out.begin.push_back(i);
      out.end.push_back(i + 1);
      out.words.emplace_back();
      last = s;
    }
    out.end.back() = i + 1;
    if ((seq.flags[i] & kMatchStop) == 0 && is_kept(seq.word[i]))
      out.words.back().push_back(folded_word(doc, seq, i));
  }
  for (auto& w : out.words) w = sorted_set(std::move(w));
  return out;
}

const SentenceWords& SentenceMemo::of(const OverlapDoc& doc, std::uint32_t index) {
  if (!done_[index]) words_[index] = sentence_words(*doc.doc, doc.seq, doc.words);
  done_[index] = true;
  return words_[index];
}

std::vector<AlignedSpan> sentence_passages(const OverlapPlan& plan, const OverlapCandidate& pair,
                                           std::vector<AlignedSpan> spans, SentenceMemo& memo) {
  if (spans.empty()) return spans;
  const SentenceWords& a = memo.of(plan.docs[pair.a], pair.a);
  const SentenceWords& b = memo.of(plan.docs[pair.b], pair.b);
  RewordParams params;
  params.max_gap = plan.align.max_gap;
  return widen_to_sentences(a, b, std::move(spans), params);
}

namespace {

bool overlap(std::uint32_t b0, std::uint32_t e0, std::uint32_t b1, std::uint32_t e1) {
  return b0 < e1 && b1 < e0;
}

bool near(std::uint32_t b0, std::uint32_t e0, std::uint32_t b1, std::uint32_t e1, int gap) {
  const auto g = static_cast<std::uint32_t>(gap);
  return b0 < e1 + g && b1 < e0 + g;
}

// Overlapping on both sides, or on one side and within `gap` tokens on the other.
bool joinable(const AlignedSpan& x, const AlignedSpan& y, int gap) {
  const bool oa = overlap(x.a_begin, x.a_end, y.a_begin, y.a_end);
  const bool ob = overlap(x.b_begin, x.b_end, y.b_begin, y.b_end);
  if (oa && ob) return true;
  return (oa && near(x.b_begin, x.b_end, y.b_begin, y.b_end, gap)) ||
         (ob && near(x.a_begin, x.a_end, y.a_begin, y.a_end, gap));
}

// x grown to cover y. Matched tokens add up only when the two share no token on either side.
void join(AlignedSpan& x, const AlignedSpan& y) {
  const bool shared =
      overlap(x.a_begin, x.a_end, y.a_begin, y.a_end) || overlap(x.b_begin, x.b_end, y.b_begin, y.b_end);
  x.matched = shared ? std::max(x.matched, y.matched) : x.matched + y.matched;
  x.a_begin = std::min(x.a_begin, y.a_begin);
  x.a_end = std::max(x.a_end, y.a_end);
  x.b_begin = std::min(x.b_begin, y.b_begin);
  x.b_end = std::max(x.b_end, y.b_end);
}

// Shared content words of the sentence pairs that share any, as (i * sentences of b + j, count), sorted:
// sparse, as long documents have many sentences.
class SharedWords {
 public:
  SharedWords(const SentenceWords& a, const SentenceWords& b) : nb_(b.words.size()) {
    const auto x = by_word(a), y = by_word(b);
    std::vector<std::uint64_t> keys;
    auto i = x.begin(), j = y.begin();
    while (i != x.end() && j != y.end()) {
      if (i->first != j->first) {
        (i->first < j->first ? i : j)++;
        continue;
      }
      auto i_end = i, j_end = j;
      while (i_end != x.end() && i_end->first == i->first) ++i_end;
      while (j_end != y.end() && j_end->first == j->first) ++j_end;
      for (auto u = i; u != i_end; ++u)
        for (auto v = j; v != j_end; ++v) keys.push_back(u->second * nb_ + v->second);
      i = i_end;
      j = j_end;
    }
    std::sort(keys.begin(), keys.end());
    for (std::size_t k = 0; k < keys.size(); ++k) {
      if (k == 0 || keys[k] != keys[k - 1]) cells_.emplace_back(keys[k], 0);
      ++cells_.back().second;
    }
  }
  std::uint32_t operator()(std::size_t i, std::size_t j) const {
    const std::uint64_t key = i * nb_ + j;
    auto it = std::lower_bound(cells_.begin(), cells_.end(), std::make_pair(key, std::uint32_t{0}));
    return it != cells_.end() && it->first == key ? it->second : 0;
  }
  // Calls f(i, j, count) for every pair sharing a word.
  template <class F>
  void each(const F& f) const {
    for (const auto& [key, count] : cells_) f(key / nb_, key % nb_, count);
  }

 private:
  // (word, sentence) of every sentence's words, sorted.
  static std::vector<std::pair<std::uint64_t, std::uint64_t>> by_word(const SentenceWords& side) {
    std::vector<std::pair<std::uint64_t, std::uint64_t>> out;
    for (std::uint64_t s = 0; s < side.words.size(); ++s)
      for (std::uint64_t w : side.words[s]) out.emplace_back(w, s);
    std::sort(out.begin(), out.end());
    return out;
  }
  std::uint64_t nb_;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> cells_;
};

// True when `shared` words are most of a sentence of `size` words (at least two): the other half of a
// sentence the writer split in two, or merged with its neighbour.
bool other_half(std::size_t shared, std::size_t size) {
  return shared >= 2 && 2 * shared >= size;
}

// Sentences i of a and j of b as a span, grown over a neighbouring sentence of either side that is the other
// half of the same sentence.
AlignedSpan sentence_span(const SentenceWords& a, std::size_t i, const SentenceWords& b, std::size_t j,
                          const SharedWords& shared) {
  AlignedSpan s{a.begin[i], a.end[i], b.begin[j], b.end[j], shared(i, j)};
  if (i > 0 && other_half(shared(i - 1, j), a.words[i - 1].size())) s.a_begin = a.begin[i - 1];
  if (i + 1 < a.words.size() && other_half(shared(i + 1, j), a.words[i + 1].size())) s.a_end = a.end[i + 1];
  if (j > 0 && other_half(shared(i, j - 1), b.words[j - 1].size())) s.b_begin = b.begin[j - 1];
  if (j + 1 < b.words.size() && other_half(shared(i, j + 1), b.words[j + 1].size())) s.b_end = b.end[j + 1];
  return s;
}

// The reworded sentence pairs of a and b as spans.
std::vector<AlignedSpan> reworded_pairs(const SentenceWords& a, const SentenceWords& b,
                                        const RewordParams& p) {
  const SharedWords shared(a, b);
  std::vector<AlignedSpan> out;
  shared.each([&](std::size_t i, std::size_t j, std::uint32_t n) {
    const double sizes = static_cast<double>(a.words[i].size() + b.words[j].size());
    if (n >= p.min_shared && 2.0 * n >= p.min_dice * sizes) out.push_back(sentence_span(a, i, b, j, shared));
  });
  return out;
}

bool inside(const AlignedSpan& s, const AlignedSpan& box) {
  return box.a_begin <= s.a_begin && s.a_end <= box.a_end && box.b_begin <= s.b_begin && s.b_end <= box.b_end;
}

// Shrinks [begin, end) so that it leaves out [sb, se) when the two overlap: the part before it when it
// starts later, the part after it otherwise.
void clip(std::uint32_t& begin, std::uint32_t& end, std::uint32_t sb, std::uint32_t se) {
  if (!overlap(begin, end, sb, se)) return;
  if (sb > begin) {
    end = sb;
  } else {
    begin = std::min(end, se);
  }
}

// `box` without the aligned passages of `kept` it does not hold on both sides: a sentence grows over the
// words around a passage, never over another passage. False when nothing is left.
bool clip_to_neighbours(AlignedSpan& box, const std::vector<AlignedSpan>& kept) {
  for (const AlignedSpan& s : kept) {
    if (inside(s, box)) continue;
    clip(box.a_begin, box.a_end, s.a_begin, s.a_end);
    clip(box.b_begin, box.b_end, s.b_begin, s.b_end);
  }
  return box.a_begin < box.a_end && box.b_begin < box.b_end;
}

}  // namespace

std::vector<AlignedSpan> widen_to_sentences(const SentenceWords& a, const SentenceWords& b,
                                            std::vector<AlignedSpan> spans, const RewordParams& params) {
  if (spans.empty()) return spans;
  const std::vector<AlignedSpan> aligned = spans;
  for (const AlignedSpan& s : reworded_pairs(a, b, params)) spans.push_back(s);
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t i = 0; i < spans.size(); ++i) {
      for (std::size_t j = i + 1; j < spans.size(); ++j) {
        if (!joinable(spans[i], spans[j], params.max_gap)) continue;
        join(spans[i], spans[j]);
        spans.erase(spans.begin() + static_cast<std::ptrdiff_t>(j));
        changed = true;
        --j;
      }
    }
  }
  std::vector<AlignedSpan> clipped;
  for (AlignedSpan& s : spans)
    if (clip_to_neighbours(s, aligned)) clipped.push_back(s);
  return resolve_spans(std::move(clipped));
}

}  // namespace entente
