// Plural nouns spelt like deal verbs after a count (see deal_counted_noun.h).
#include "deal_counted_noun.h"

#include <initializer_list>
#include <string_view>

namespace entente {

bool counted_noun(const LexedText& t, std::size_t b) {
  std::string_view w = t.low(b);
  if (b < 2 || w.size() < 4 || w.back() != 's' || !t.is(b - 2, "with")) return false;
  if (t.lex[b - 1].kind == LexKind::Number) return true;
  std::string_view p = t.low(b - 1);
  for (std::string_view c : {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                             "twelve", "dozen", "several", "many", "few"})
    if (p == c) return true;
  return false;
}

}  // namespace entente
