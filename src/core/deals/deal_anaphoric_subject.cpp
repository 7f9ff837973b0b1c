// Sentences whose subject is the deal just told (see deal_anaphoric_subject.h).
#include "deal_anaphoric_subject.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace entente {

namespace {

bool in_list(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words)
    if (w == x) return true;
  return false;
}

}  // namespace

bool anaphoric_subject(const FillContext& f, const DealDraft& d, const Deal& prev) {
  const LexedText& t = f.m.lexed;
  std::size_t b = d.sentence.b;
  if (d.trigger <= b + 2 || !in_list(t.low(b), {"the", "this", "that"})) return false;
  if (!in_list(t.low(b + 1), {"agreement", "deal", "accord", "pact", "contract", "treaty", "arrangement"}))
    return false;
  std::string_view next = t.low(b + 2);
  if (next != "," &&
      !in_list(next, {"also", "has", "had", "will", "would", "provides", "covers", "includes"}))
    return false;
  for (std::string_view c : countries_in(f, d.sentence))
    if (std::find(prev.parties.begin(), prev.parties.end(), c) == prev.parties.end()) return false;
  return true;
}

}  // namespace entente
