// Multi-word phrase lookup over lexemes: longest match first, with optional exact-case and "written
// together" constraints taken from how each phrase was spelled when added.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "deal_lex.h"

namespace entente {

struct PhraseMatch {
  int id = -1;          // the id given to add(); -1 when nothing matched
  std::size_t end = 0;  // one past the last lexeme of the match
};

class PhraseTable {
 public:
  // Adds `phrase` (lexed like text). With `exact_case` the text must match byte for byte; otherwise it is
  // compared lower-cased and, with `capital`, its first letter must be upper-case. Lexemes written together
  // in `phrase` ("US$") must be written together in the text; spaced ones may be either.
  void add(std::string_view phrase, int id, bool exact_case, bool capital);
  // The longest phrase starting at lexeme i. Inline: most lexemes start no phrase, and the filter says so
  // without a call.
  PhraseMatch match(const LexedText& t, std::size_t i) const {
    return may_match(t, i) ? match_group(t, i) : PhraseMatch{};
  }
  bool empty() const { return groups_.empty(); }
  // False when no phrase can start at lexeme i (a filter test: true may still match nothing).
  bool may_match(const LexedText& t, std::size_t i) const { return i < t.lex.size() && may_start(t.hash[i]); }

 private:
  struct Entry {
    std::vector<std::string> lower, raw;
    std::vector<std::uint64_t> hash;  // word_hash of each lower-cased lexeme: compared before the bytes
    std::vector<bool> joined;         // joined[k]: lexemes k and k + 1 must touch
    int id = -1;
    bool exact_case = false, capital = false;
  };
  bool matches(const Entry& e, const LexedText& t, std::size_t i) const;
  PhraseMatch match_group(const LexedText& t, std::size_t i) const;
  // The group of phrases whose first lower-cased lexeme has hash `h`, or null.
  const std::vector<Entry>* group(std::uint64_t h) const;
  std::vector<Entry>& add_group(std::uint64_t h);
  void place(std::uint64_t h, std::size_t group);
  // Entries grouped by the hash of their first lower-cased lexeme, longest first; found through an
  // open-addressing table of (hash, group + 1) slots, 0 for a free slot, at most half full.
  std::vector<std::vector<Entry>> groups_;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> slots_;
  // One bit per first-lexeme hash (its low kFilterBits bits): most lexemes start no phrase, and a clear bit
  // says so without a probe of slots_.
  static constexpr unsigned kFilterBits = 16;
  std::vector<std::uint64_t> filter_ = std::vector<std::uint64_t>((1u << kFilterBits) / 64, 0);
  bool may_start(std::uint64_t h) const {
    std::uint64_t b = h & ((1u << kFilterBits) - 1);
    return (filter_[b / 64] >> (b % 64)) & 1u;
  }
};

// Splits "a, b, c" into trimmed non-empty parts.
std::vector<std::string> split_list(std::string_view s);

// True when `s` has letters and all of them are upper-case ASCII ("US", "U.S.", "KSA").
bool all_caps(std::string_view s);

}  // namespace entente
