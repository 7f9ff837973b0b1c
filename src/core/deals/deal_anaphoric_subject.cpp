// Sentences whose subject is the deal just told (see deal_anaphoric_subject.h).
#include "deal_anaphoric_subject.h"

#include <algorithm>
#include <string_view>

namespace entente {

bool anaphoric_subject(const FillContext& f, const DealDraft& d, const Deal& prev) {
  const LexedText& t = f.m.lexed;
  std::size_t b = d.sentence.b;
  if (d.trigger <= b + 2 || !in_words(t.low(b), {"the", "this", "that"})) return false;
  if (!in_words(t.low(b + 1), {"agreement", "deal", "accord", "pact", "contract", "treaty", "arrangement"}))
    return false;
  std::string_view next = t.low(b + 2);
  if (next != "," &&
      !in_words(next, {"also", "has", "had", "will", "would", "provides", "covers", "includes"}))
    return false;
  for (std::string_view c : countries_in(f, d.sentence))
    if (std::find(prev.parties.begin(), prev.parties.end(), c) == prev.parties.end()) return false;
  return true;
}

}  // namespace entente
