// Internal to the deal rules: a deal found in a sentence before its fields are filled in.
#pragma once

#include <cstddef>

namespace entente {

struct LexRange {
  std::size_t b = 0, e = 0;
  bool contains(std::size_t k) const { return k >= b && k < e; }
};

struct DealDraft {
  std::size_t trigger = 0, trigger_end = 0;  // lexemes of the trigger word(s)
  int rule = -1;                             // index into DealLexicon::rules
  LexRange item;                             // the item phrase found with the trigger
  LexRange own;                              // the clause (or list part) holding the trigger
  LexRange head, tail;                       // clauses without a deal before and after it in the sentence
  LexRange sentence;
  LexRange antecedent;  // "Qatar, which has bought 36 of the planes": the party a relative clause is about
};

}  // namespace entente
