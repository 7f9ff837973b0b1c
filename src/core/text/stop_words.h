// The English stop word list (assets/stopwords.txt) and the rule for which tokens count as content terms
// in term statistics and discovered topics.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

#include "text.h"

namespace entente {

class StopWords {
 public:
  // Reads one word per line; blank lines and lines starting with '#' are skipped; words are folded.
  explicit StopWords(std::string_view list);
  // The embedded assets/stopwords.txt (empty set if it was not embedded).
  static StopWords english();

  bool contains(const std::string& folded_word) const { return words_.count(folded_word) != 0; }
  bool contains(std::string_view folded_word) const { return contains(std::string(folded_word)); }
  std::size_t size() const { return words_.size(); }

 private:
  std::unordered_set<std::string> words_;  // only looked up, never iterated
};

// A content term: a Word token (not a number, clitic or punctuation) of at least two characters whose folded
// form `lower` (its TokenList::lower) is not a stop word. Terms are compared by their lowered forms.
bool is_content_term(const Token& token, std::string_view lower, const StopWords& stop_words);

}  // namespace entente
