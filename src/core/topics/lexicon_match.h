// Finds lexicon term hits in a tokenized document.
//
// Matching rules (the contract of the "topics" counts):
//  - Case-insensitive over the tokenizer's tokens: terms are folded like Token::lower (fold_lower).
//  - A word matches a token's whole folded form; "defen*" matches any token starting with "defen".
//  - A single-word term also matches one hyphen-separated part of a hyphenated token, so "terror*" counts
//    "counter-terrorism" and "nuclear" counts "nuclear-armed". A term written with a hyphen
//    ("people-to-people") matches whole tokens.
//  - A phrase matches consecutive tokens (punctuation in between breaks it: "gas. Pipeline" is no "gas
//  pipeline").
//  - Each token position counts at most once per topic. Within one topic, matches are taken left to right and
//    the longest term starting at a position wins ("joint military exercise" is one hit, not also
//    "military"); the tokens a hit covers cannot start or join another hit of that topic. Topics are
//    independent: "nuclear weapons" can be a hit of both "nuclear" and "defense".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lexicon.h"
#include "text.h"

namespace entente {

struct LexiconHit {
  int topic = 0;                  // index into Lexicon::topics
  int term = 0;                   // index into that topic's terms
  std::uint32_t first_token = 0;  // the hit covers tokens [first_token, token_end)
  std::uint32_t token_end = 0;
};

class LexiconMatcher {
 public:
  // Compiles `lexicon` (terms already validated by parse_lexicon; malformed terms are skipped).
  explicit LexiconMatcher(const Lexicon& lexicon);

  // All hits in `doc`, ordered by first_token, then topic index. Empty for a failed document.
  std::vector<LexiconHit> match(const Document& doc) const;

  // Memo from a token's folded form to the patterns that may start there. Its keys view the tokens of the
  // documents matched with it, which must outlive it; it belongs to one matcher. Only looked up.
  using StartCache = std::unordered_map<std::string_view, std::vector<int>>;
  // match(doc), with `cache` kept across documents so each distinct word is looked up in the lexicon once.
  std::vector<LexiconHit> match(const Document& doc, StartCache& cache) const;

  int topic_count() const { return topic_count_; }

 private:
  struct Word {
    std::string stem;  // folded, without the '*'
    bool prefix = false;
  };
  struct Pattern {
    int topic = 0, term = 0;
    std::vector<Word> words;
  };
  struct Candidate {
    int topic, term;
    std::uint32_t length;
  };

  void first_word_patterns(std::string_view token, std::vector<int>& out, bool whole_token) const;
  std::vector<int> start_patterns(std::string_view token) const;
  void add_candidates(const Document& doc, std::size_t i, const std::vector<int>& ids,
                      std::vector<Candidate>& out) const;
  static bool word_matches(const Word& w, std::string_view token);

  int topic_count_ = 0;
  std::vector<Pattern> patterns_;
  std::unordered_map<std::string, std::vector<int>> exact_;   // first word (exact) -> pattern ids
  std::unordered_map<std::string, std::vector<int>> prefix_;  // first word stem (wildcard) -> pattern ids
  std::size_t longest_stem_ = 0;
};

// Splits a term into its folded words ("Joint  Military exercis*" -> "joint", "military", "exercis*").
std::vector<std::string> term_words(std::string_view term);

}  // namespace entente
