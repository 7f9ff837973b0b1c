// Facilities told with a foreign financer ("financed by the Export-Import Bank of China").
#include "deal_financer.h"

#include <algorithm>
#include <string_view>

#include "spans_in.h"

namespace entente {
namespace {

// A country, or a known bank or firm ("the Export-Import Bank of China"), within n lexemes from `from`.
bool country_within(const TriggerScan& s, std::size_t from, std::size_t n) {
  for (std::size_t k = from; k < s.sentence.e && k < from + n; ++k)
    if (s.items.country[k]) return true;
  for (auto [h, end] = spans_in(s.m.entities, from, std::min(s.sentence.e, from + n)); h != end; ++h)
    if (h->kind == EntityKind::Org) return true;
  return false;
}

bool loan_word(std::string_view w) {
  return w == "loans" || w == "loan" || w == "credits" || w == "credit" || w == "money" || w == "financing";
}

}  // namespace

bool financer_after(const TriggerScan& s, std::size_t e) {
  const LexedText& t = s.t;
  if ((t.is(e, "at") || t.is(e, "in") || t.is(e, "near")) && e + 1 < s.sentence.e && t.capitalized(e + 1))
    for (e += 2; e < s.sentence.e && t.capitalized(e);) ++e;  // "in Jujuy", "at Hambantota"
  if (e >= s.sentence.e) return false;
  std::size_t k = e;
  if (t.is(k, ",")) ++k;
  if (t.is(k, "was") || t.is(k, "were")) ++k;
  if (t.is(k, "largely") || t.is(k, "partly") || t.is(k, "also") || t.is(k, "jointly")) ++k;
  if (!(t.is(k, "financed") || t.is(k, "funded")) || !t.is(k + 1, "by")) return false;
  constexpr std::size_t kNear = 8;  // "by the Export-Import Bank of China"
  return country_within(s, k + 2, kNear);
}

bool loans_built_before(const TriggerScan& s, std::size_t b) {
  const LexedText& t = s.t;
  constexpr std::size_t kReach = 40;  // bounded work on long sentences
  for (std::size_t k = s.sentence.b + 1; k + 1 < b && k < s.sentence.b + kReach; ++k) {
    if (!loan_word(t.low(k)) || !t.is(k + 1, "built")) continue;
    for (std::size_t j = k; j > s.sentence.b && j + 3 > k; --j)
      if (s.items.country[j - 1]) return true;  // "Japanese loans built", "Japanese yen loans built"
  }
  return false;
}

}  // namespace entente
