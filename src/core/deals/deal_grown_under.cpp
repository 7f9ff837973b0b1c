// An agreement named as the frame trade has grown under (see deal_grown_under.h).
#include "deal_grown_under.h"

#include <string_view>

#include "deal_lex.h"

namespace entente {

namespace {

bool growth_verb(std::string_view w) {
  return in_words(w, {"grown", "grew", "grows", "risen", "rose", "rises", "expanded", "expands", "doubled",
                      "tripled", "increased", "flourished", "boomed", "surged", "soared"});
}

bool deal_word(std::string_view w) {
  return in_words(w, {"signed", "sign", "signs", "agreed", "concluded", "ratified", "inked"});
}

}  // namespace

bool grown_under(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b) {
  using namespace std::string_view_literals;
  if (r.kind != "agreement"sv) return false;
  constexpr std::size_t kReach = 24;  // lexemes either side of the agreement noun ("has grown ... under")
  for (std::size_t k = b + 1; k < c.e && k <= b + kReach; ++k)  // "the agreement they signed in 2019"
    if (deal_word(s.t.low(k))) return false;
  bool under = false;
  for (std::size_t k = b; k-- > c.b && k + kReach > b;) {
    std::string_view w = s.t.low(k);
    if (deal_word(w)) return false;
    if (w == "under") under = true;
    if (growth_verb(w)) return under;
  }
  return false;
}

}  // namespace entente
