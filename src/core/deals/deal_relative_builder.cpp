// A project told before its builder in a relative clause ("Grand Faw, which Daewoo has been building").
#include "deal_relative_builder.h"

#include <string_view>

#include "deal_item.h"

namespace entente {
namespace {

// "began building", "has been building", "is building", "started constructing".
bool aspect_word(std::string_view w) {
  return w == "began" || w == "begun" || w == "begin" || w == "started" || w == "start" || w == "has" ||
         w == "have" || w == "had" || w == "been" || w == "is" || w == "are" || w == "was" || w == "were" ||
         w == "also" || w == "now" || w == "still";
}

// Lexeme k belongs to a builder's name: a capitalised word, or "and", "of", "&", "'s" inside one.
bool name_part(const LexedText& t, std::size_t k) {
  if (t.capitalized(k)) return true;
  std::string_view w = t.low(k);
  return w == "and" || w == "of" || w == "&" || w == "'" || w == "s" || w == "’";
}

// "in the Gobi", "near the border": a place after the project's head.
bool place_word(std::string_view w) {
  return w == "in" || w == "at" || w == "near" || w == "on" || w == "off" || w == "along" || w == "outside";
}

}  // namespace

LexRange relative_project(const TriggerScan& s, std::size_t b) {
  const LexedText& t = s.t;
  constexpr std::size_t kReach = 12;  // bounded work on long sentences
  std::size_t k = b;
  while (k > s.sentence.b && k + kReach > b && aspect_word(t.low(k - 1))) --k;
  std::size_t name_end = k;
  while (k > s.sentence.b && k + kReach > b && name_part(t, k - 1)) --k;
  if (k == name_end || !t.capitalized(k)) return {};  // a named builder opens the clause
  if (k <= s.sentence.b + 1 || !(t.is(k - 1, "which") || t.is(k - 1, "that"))) return {};
  std::size_t n = k - 1;
  if (t.is(n - 1, ",")) --n;
  if (n > s.sentence.b && t.is(n - 1, "itself")) --n;  // "Grand Faw itself, which ..."
  if (n <= s.sentence.b || t.lex[n - 1].kind != LexKind::Word || s.items.country[n - 1] ||
      s.lex.in(s.lex.left_stop, t, n - 1))
    return {};
  std::size_t from = modifiers_start(s.items, n - 1, s.sentence.b);
  // "a wind farm in the Gobi that ...": the head before a place told after it.
  std::size_t p = from;
  if (p > s.sentence.b && (t.is(p - 1, "the") || t.is(p - 1, "a"))) --p;
  if (p > s.sentence.b + 1 && place_word(t.low(p - 1)) && t.lex[p - 2].kind == LexKind::Word &&
      !s.items.country[p - 2])
    from = modifiers_start(s.items, p - 2, s.sentence.b);
  return {from, n};
}

}  // namespace entente
