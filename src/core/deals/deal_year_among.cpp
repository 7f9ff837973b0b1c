// The year of a part told after "Among them", from the umbrella's sentence before.
#include "deal_year_among.h"

#include <string_view>

#include "deal_year_marks.h"

namespace entente {
namespace {

constexpr std::size_t kReach = 80;  // lexemes of the sentence before

bool umbrella_noun(std::string_view w) {
  return w == "agreements" || w == "deals" || w == "contracts" || w == "documents" || w == "accords" ||
         w == "memorandums" || w == "memoranda";
}

// "Among them", "Among the agreements", "These included", "They include": the sentence names parts.
bool opens_on_parts(const LexedText& t, std::size_t b) {
  if (b + 1 >= t.lex.size()) return false;
  if (t.is(b, "among")) {
    std::string_view w = t.low(b + 1);
    if (w == "them" || w == "these" || w == "those") return true;
    return w == "the" && b + 2 < t.lex.size() && umbrella_noun(t.low(b + 2));
  }
  std::string_view v = t.low(b + 1);
  return (t.is(b, "these") || t.is(b, "they")) && (v == "included" || v == "include");
}

}  // namespace

const DateSpan* among_year(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  if (d.sentence.b < 2 || !opens_on_parts(t, d.sentence.b)) return nullptr;
  std::size_t end = d.sentence.b;
  std::size_t b = end - 1;
  while (b > 0 && b + kReach > end && !t.is(b - 1, ".")) --b;
  std::vector<const DateSpan*> ys = years_in(f, {b, end});
  return ys.empty() ? nullptr : ys.back();
}

}  // namespace entente
