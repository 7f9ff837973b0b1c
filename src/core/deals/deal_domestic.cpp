// Domestic deals (see deal_domestic.h): "a domestic drilling contract", "Two Finnish companies signed ...".
#include "deal_domestic.h"

#include <algorithm>
#include <string_view>

#include "deal_home_market.h"
#include "spans_in.h"

namespace entente {
namespace {

constexpr std::size_t kReach = 24;  // lexemes searched each side of the trigger: the deal's own sentence part
constexpr std::size_t kModifiers = 3;  // "a domestic oil drilling contract"

bool deal_noun(std::string_view w) {
  return w == "contract" || w == "contracts" || w == "deal" || w == "deals" || w == "tender" ||
         w == "agreement" || w == "order";
}

bool firms_noun(std::string_view w) {
  return w == "companies" || w == "firms" || w == "lenders" || w == "banks" || w == "groups" ||
         w == "contractors" || w == "manufacturers";
}

// "domestic" with a deal noun at most kModifiers lexemes after it.
bool domestic_at(const LexedText& t, std::size_t k, std::size_t e) {
  if (!t.is(k, "domestic")) return false;
  for (std::size_t j = k + 1; j < e && j <= k + kModifiers; ++j) {
    if (deal_noun(t.low(j))) return true;
    if (t.is(j, ",") || t.is(j, ";")) return false;
  }
  return false;
}

// "two Finnish companies", "both Portuguese lenders": one country's demonym between the count and the firms.
bool one_country_firms(const FillContext& f, std::size_t k) {
  const LexedText& t = f.m.lexed;
  if (!t.is(k, "two") && !t.is(k, "both")) return false;
  auto [e, end] = spans_in(f.m.entities, k + 1, k + 2);
  return e != end && e->kind == EntityKind::Country && firms_noun(t.low(e->end));
}

// "is a domestic deal", "which was a domestic contract": the text's verdict on the deal told before.
bool predicate(const LexedText& t, std::size_t k) {
  for (std::size_t j = k; j + kModifiers > k && j > 0; --j)
    if (t.is(j - 1, "is") || t.is(j - 1, "was") || t.is(j - 1, "are") || t.is(j - 1, "were")) return true;
  return false;
}

// "Inside Argentina, YPF and Pampa signed ...": the sentence opens in one country, named alone in the clause.
bool inside_country(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  if (!t.is(d.sentence.b, "inside") && !t.is(d.sentence.b, "within")) return false;
  auto [e, end] = spans_in(f.m.entities, d.sentence.b + 1, d.sentence.b + 2);
  return e != end && e->kind == EntityKind::Country && t.is(e->end, ",") && d.trigger > e->end &&
         countries_in(f, LexRange{d.sentence.b, d.own.e}).size() == 1;
}

// "Ethiopian Airlines signed a contract with Ethiopian Construction Works": two firm names in the clause open
// with the demonym of its only country.
bool same_country_firms(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  std::size_t b = std::max(d.own.b, d.trigger > kReach ? d.trigger - kReach : 0);
  std::size_t firms = 0;
  for (auto [e, end] = spans_in(f.m.entities, b, std::min(d.own.e, d.trigger_end + kReach)); e != end; ++e)
    if (e->kind == EntityKind::Country && e->end == e->first + 1 && t.capitalized(e->end)) ++firms;
  return firms >= 2 && countries_in(f, d.own).size() == 1;
}

}  // namespace

bool domestic_deal(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  if (home_market(t, d)) return true;  // "plans to sell bonds at home"
  std::size_t b = std::max(d.sentence.b, d.trigger > kReach ? d.trigger - kReach : 0);
  std::size_t e = std::min(d.sentence.e, d.trigger_end + kReach);
  for (std::size_t k = b; k < e; ++k) {
    if (!domestic_at(t, k, e)) continue;
    bool own = k >= d.own.b && k < d.own.e;                // "awarded a domestic drilling contract"
    bool opening = k < d.sentence.b + kModifiers + 1;      // "In a separate domestic contract, ..."
    bool verdict = k >= d.trigger_end && predicate(t, k);  // "...; that is a domestic deal"
    if (own || opening || verdict) return true;
  }
  for (std::size_t k = b; k < d.trigger; ++k)
    if (one_country_firms(f, k)) return countries_in(f, d.own).size() < 2;
  return inside_country(f, d) || same_country_firms(f, d);
}

}  // namespace entente
