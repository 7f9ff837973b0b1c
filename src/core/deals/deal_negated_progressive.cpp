// Negated progressives: a trigger in the "-ing" form right after "am/is/are/was/were not" is denied.
#include "deal_negated_progressive.h"

#include <string_view>

namespace entente {
namespace {

bool be_form(std::string_view w) {
  return w == "am" || w == "is" || w == "are" || w == "was" || w == "were" || w == "re" || w == "m" ||
         w == "s";
}

bool negated_be_form(std::string_view w) {
  return w == "isn" || w == "aren" || w == "wasn" || w == "weren";
}

}  // namespace

bool negated_progressive(const LexedText& t, LexRange sentence, std::size_t b) {
  std::string_view g = t.low(b);
  if (g.size() < 5 || g.substr(g.size() - 3) != "ing" || b < sentence.b + 2) return false;
  if (t.is(b - 1, "not")) return be_form(t.low(b - 2));
  if (t.is(b - 1, "n't")) return be_form(t.low(b - 2)) || t.is(b - 2, "is") || t.is(b - 2, "are");
  // "aren't buying" lexed as "aren", "'", "t"
  return b >= sentence.b + 3 && t.is(b - 1, "t") && t.lex[b - 2].kind == LexKind::Punct &&
         negated_be_form(t.low(b - 3));
}

}  // namespace entente
