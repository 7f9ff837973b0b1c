// A bloc or international body as lender or giver (see deal_bloc_lender.h): a loan from the IMF, a World Bank
// grant or grants the European Union approved are no deals between two countries.
#include "deal_bloc_lender.h"

#include <algorithm>
#include <string_view>

#include "spans_in.h"

namespace entente {
namespace {

constexpr std::size_t kReach = 12;  // "a $1 billion budget support grant from the World Bank"

// An international lender, donor or bloc of no country: "World Bank", "International Monetary Fund",
// "Asian Development Bank", "European Union", "United Nations", "UNICEF", "World Food Programme"; not a
// firm ("Airbus"), a corridor or a national lender named without its country ("Exim Bank").
bool lender_name(std::string_view n) {
  auto has = [&](std::string_view w) { return n.find(w) != std::string_view::npos; };
  return (has("Bank") && !has("Exim")) || has("Fund") || has("Union") || has("Nations") || has("Programme") ||
         n.substr(0, 2) == "UN";
}

bool body(const FillContext& f, const EntityHit& e) {
  if (e.kind != EntityKind::Org || e.entity < 0) return false;
  const Entity& g = f.tables.gazetteer.entities[e.entity];
  return g.country.empty() && lender_name(g.name) && !f.m.lexed.is(e.end, "of");
}

// The body at lexeme k, after an optional "the": the lexeme after its name, else 0.
std::size_t body_at(const FillContext& f, std::size_t k) {
  if (f.m.lexed.is(k, "the")) ++k;
  auto [e, end] = spans_in(f.m.entities, k, k + 1);
  return e != end && e->first == k && body(f, *e) ? e->end : 0;
}

bool giving_verb(std::string_view w) {
  return w == "approved" || w == "pledged" || w == "granted" || w == "gave" || w == "lent" ||
         w == "provided" || w == "disbursed" || w == "extended" || w == "committed";
}

// "The European Union also approved grants to Angola": the body opens the sentence as the giver.
bool body_gives(const FillContext& f, LexRange sentence) {
  const LexedText& t = f.m.lexed;
  std::size_t k = body_at(f, sentence.b);
  if (k == 0) return false;
  while (k < sentence.e && (t.is(k, "also") || t.is(k, "has") || t.is(k, "had") || t.is(k, "will"))) ++k;
  return k < sentence.e && giving_verb(t.low(k));
}

}  // namespace

bool bloc_lender(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  bool lender = body_gives(f, d.sentence);  // "The European Union approved grants"
  std::size_t from = std::max(span_reach(d.trigger), d.sentence.b);
  for (auto [e, end] = spans_in(f.m.entities, from, d.trigger); e != end && !lender; ++e)
    lender = body(f, *e) && e->end == d.trigger;  // "a World Bank loan"
  for (std::size_t k = d.trigger_end; k < d.own.e && k < d.trigger_end + kReach && !lender; ++k)
    lender = t.is(k, "from") && body_at(f, k + 1) != 0;  // "a loan from the IMF"
  return lender && countries_in(f, d.sentence).size() < 2;
}

}  // namespace entente
