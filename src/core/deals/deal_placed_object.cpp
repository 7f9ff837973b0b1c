// A built object placed in a named town: "agreed to build a brewery in Da Nang" (see deal_trigger_objects.h).
#include <algorithm>
#include <string_view>

#include "deal_trigger_objects.h"
#include "spans_in.h"

namespace entente {
namespace {

// The country mention opening at lexeme k, when it is a town's name: not the country's own name as ranked
// in the document ("in Ukraine"), not an abbreviation in capitals ("in the US"), and no lower-case word after
// it but a verb's auxiliary or a linking word (not a demonym before a noun: "the surge in Indian manufactured
// exports").
bool town_at(const TriggerScan& s, std::size_t k) {
  const LexedText& t = s.t;
  auto [e, end] = spans_in(s.m.entities, k, k + 1);
  if (e == end || e->first != k || e->kind != EntityKind::Country) return false;
  std::string_view name = t.text.substr(t.lex[k].start, t.lex[e->end - 1].end - t.lex[k].start);
  const auto& rank = s.m.country_rank;
  if (std::find(rank.begin(), rank.end(), name) != rank.end()) return false;
  if (name.size() > 1 && name[1] >= 'A' && name[1] <= 'Z') return false;  // "US", "UAE"
  if (e->end >= s.sentence.e || t.lex[e->end].kind != LexKind::Word || t.capitalized(e->end)) return true;
  std::string_view w = t.low(e->end);  // "a free trade zone in Kano were continuing"
  return w == "was" || w == "were" || w == "is" || w == "are" || w == "has" || w == "have" || w == "had" ||
         w == "will" || w == "would" || w == "and" || w == "or" || w == "for" || w == "with" || w == "by" ||
         w == "from" || w == "to" || w == "that" || w == "which" || w == "where" || w == "in" || w == "on";
}

}  // namespace

bool placed_object(const TriggerScan& s, LexRange item) {
  const LexedText& t = s.t;
  // The place may close the phrase or follow it ("a free trade zone" + "in Kano").
  for (std::size_t k = item.b + 1; k <= item.e && k + 1 < s.sentence.e; ++k) {
    if (!t.is(k, "in") && !t.is(k, "at") && !t.is(k, "near")) continue;
    bool noun = t.lex[k - 1].kind == LexKind::Word && !t.capitalized(k - 1);  // "a brewery in"
    if (noun && town_at(s, k + 1)) return true;
  }
  return false;
}

}  // namespace entente
