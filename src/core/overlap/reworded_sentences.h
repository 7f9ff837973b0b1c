// Passages at sentence level for listing: an aligned passage grows to the sentences it sits in when those
// sentences are reworded copies of each other (same content words, inflections folded), and reworded
// sentence pairs without an exact seed join the passages of a pair that already shares one.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "align.h"
#include "match_normalize.h"
#include "overlap_plan.h"
#include "text.h"

namespace entente {

// Two sentences are reworded copies when they share at least min_shared content words and those are at
// least min_dice of their two word sets (2 * shared / (size a + size b)).
struct RewordParams {
  std::uint32_t min_shared = 6;
  double min_dice = 0.45;
  int max_gap = 3;  // passages this close (in match tokens) on one side and overlapping on the other join
};

// The sentences of one document in match-token ranges, each with its content words.
struct SentenceWords {
  std::vector<std::uint32_t> begin, end;          // match-token range of each sentence, half-open
  std::vector<std::vector<std::uint64_t>> words;  // hashes of folded content words, sorted, unique
};

// The folded form of a normalized word: a final "ing" or "ed" dropped when three letters or more remain,
// then a final "e" when three letters or more remain ("reforming", "reformed" -> "reform"; "exchange",
// "exchanged", "exchanging" -> "exchang"), so that inflections of one verb compare equal.
std::string_view fold_inflection(std::string_view form);

// Sentences of `doc` over its match tokens `seq` (normalize_for_matching() of doc), each with those of its
// content words listed in `kept` (sorted match-token hashes: the document's words less the corpus's common
// ones, which say nothing about reuse); sentences without a usable match token are left out.
SentenceWords sentence_words(const Document& doc, const MatchSeq& seq,
                             const std::vector<std::uint64_t>& kept);

// The passages to list for a pair whose aligned passages are `spans` (align_pair()). Empty `spans` stay
// empty (no evidence of reuse). Otherwise each reworded sentence pair becomes a span (matched = its shared
// content words), grown over a neighbouring sentence of either side that holds mostly words of the other
// side's sentence (a sentence split in two, or two merged into one); spans overlapping on both sides, or on
// one side and within max_gap on the other, are joined (an aligned passage grows to the whole sentences
// around it), each joined span is cut back where it overlaps an aligned passage it does not hold, and the
// largest spans that do not overlap are returned, sorted by a_begin.
std::vector<AlignedSpan> widen_to_sentences(const SentenceWords& a, const SentenceWords& b,
                                            std::vector<AlignedSpan> spans, const RewordParams& params);

// The sentence words of the documents of a plan, each computed once, when first asked for.
class SentenceMemo {
 public:
  explicit SentenceMemo(std::size_t docs) : words_(docs), done_(docs, false) {}
  // sentence_words() of `doc`, plan.docs[index] (index < docs). References stay valid.
  const SentenceWords& of(const OverlapDoc& doc, std::uint32_t index);

 private:
  std::vector<SentenceWords> words_;
  std::vector<bool> done_;
};

// widen_to_sentences() over the sentences of a candidate pair of `plan` (its alignment's max_gap).
std::vector<AlignedSpan> sentence_passages(const OverlapPlan& plan, const OverlapCandidate& pair,
                                           std::vector<AlignedSpan> spans, SentenceMemo& memo);

}  // namespace entente
