// "First, stop signing power deals ...": advice in a numbered list, not a deal.
#include "deal_listed_advice.h"

#include <string_view>

namespace entente {

namespace {

bool ordinal(std::string_view w) {
  for (std::string_view o : {"first", "second", "third", "fourth", "fifth", "finally", "lastly", "next"})
    if (w == o) return true;
  return false;
}

// Words that open a clause with a subject or an adverbial, not an imperative.
bool no_imperative(std::string_view w) {
  for (std::string_view n :
       {"the",     "a",    "an",    "it",   "its",      "this",   "that",    "these", "those",  "there",
        "we",      "they", "he",    "she",  "i",        "you",    "our",     "their", "his",    "her",
        "in",      "on",   "at",    "for",  "with",     "after",  "before",  "since", "by",     "from",
        "as",      "when", "while", "if",   "although", "though", "because", "under", "during", "despite",
        "unlike",  "like", "both",  "each", "all",      "some",   "many",    "most",  "one",    "two",
        "not",     "and",  "but",   "or",   "so",       "then",   "last",    "only",  "once",   "even",
        "already", "no",   "every", "any",  "such",     "what",   "which"})
    if (w == n) return true;
  return false;
}

}  // namespace

bool listed_advice(const LexedText& t, LexRange sentence) {
  std::size_t b = sentence.b;
  if (b + 2 >= sentence.e || !t.capitalized(b) || !ordinal(t.low(b)) || !t.is(b + 1, ",")) return false;
  std::size_t v = b + 2;
  return t.lex[v].kind == LexKind::Word && !t.capitalized(v) && !no_imperative(t.low(v));
}

}  // namespace entente
